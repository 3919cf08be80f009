"""The Agenda section: items, the form that checks as you type, weights, new items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.workspace import Workspace


@pytest.fixture
def view(qtbot, ws: Workspace) -> AgendaView:
    v = AgendaView(ws)
    qtbot.addWidget(v)
    v.show()
    return v


def titles(view: AgendaView) -> list[str]:
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def test_lists_items_with_track_and_owner_names(view: AgendaView, demo_store: Store) -> None:
    content = demo_store.content(demo_store.dossiers()[0].id)
    assert titles(view) == [i.title for i in content.agenda_items]
    tracks = {t.id: t.name for t in content.tracks}
    assert view.proxy.index(0, 1).data() == tracks[content.agenda_items[0].track_id]
    assert view.count_label.text() == "12 agenda items"


def test_sort_by_priority_and_back_to_display_order(view: AgendaView, qtbot) -> None:
    header = view.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    priorities = [int(view.proxy.index(r, 2).data()) for r in range(view.proxy.rowCount())]
    assert priorities == sorted(priorities, reverse=True)
    assert not view.up_action.isEnabled() and not view.down_action.isEnabled()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert view.model.in_display_order


def test_filter_keeps_matching_rows_and_a_current_row(view: AgendaView, qtbot) -> None:
    qtbot.keyClicks(view.filter_edit, "semicond")
    shown = [view.model.record(row) for row in range(view.model.rowCount())]
    assert "Tariff relief for semiconductors" in [r.title for r in shown] and len(shown) < 12
    for record in shown:  # every word of the filter starts a word somewhere in what was written
        text = " ".join(str(v) for v in record.content().values()).lower()
        assert "semicond" in text
    assert view.current_record() is not None
    assert view.count_label.text() == f"{len(shown)} agenda item" + ("s" if len(shown) != 1 else "")
    view.filter_edit.clear()
    assert view.model.rowCount() == 12


def test_invalid_weight_is_shown_and_not_saved(view: AgendaView, demo_store: Store, qtbot) -> None:
    item = view.current_record()
    weight = view.form.widgets["weight"]
    weight.clear()
    qtbot.keyClicks(weight, "sixteen")
    assert view.form.errors["weight"].isVisibleTo(view) and "number" in view.form.errors["weight"].text()
    weight.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).weight == item.weight
    weight.clear()
    qtbot.keyClicks(weight, "20")
    weight.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).weight == 20
    assert "104 of 100" in view.weight_total.text() and "should add up" in view.weight_total.text()


def test_required_title_and_spin_boxes_hold_the_range(view: AgendaView, demo_store: Store, qtbot) -> None:
    item = view.current_record()
    title = view.form.widgets["title"]
    title.clear()
    title.editingFinished.emit()
    assert "required" in view.form.errors["title"].text()
    assert demo_store.get(model.AgendaItem, item.id).title == item.title
    priority = view.form.widgets["priority"]
    assert (priority.minimum(), priority.maximum()) == (1, 5)
    priority.setValue(1)
    assert demo_store.get(model.AgendaItem, item.id).priority == 1


def test_track_combo_lists_the_dossiers_tracks(view: AgendaView, demo_store: Store) -> None:
    combo = view.form.widgets["track_id"]
    tracks = demo_store.records(model.Track, demo_store.dossiers()[0].id)
    assert [combo.itemText(i) for i in range(combo.count())] == [t.name for t in tracks]
    owner = view.form.widgets["owner_id"]
    assert owner.itemText(0) == "(none)"
    item = view.current_record()
    combo.setCurrentIndex(combo.findText("Energy"))
    assert demo_store.get(model.AgendaItem, item.id).track_id == tracks[[t.name for t in tracks].index("Energy")].id


def test_new_duplicate_move_delete_and_undo(view: AgendaView, ws: Workspace, demo_store: Store,
                                           monkeypatch) -> None:  # fmt: skip
    dossier_id = ws.dossier_id
    start = demo_store.dump(dossier_id)
    view.add_action.trigger()
    assert titles(view)[-1] == "New agenda item" and view.current_record().title == "New agenda item"
    view.duplicate_action.trigger()
    assert titles(view)[-1] == "New agenda item (copy)"
    view.up_action.trigger()
    assert titles(view)[-2:] == ["New agenda item (copy)", "New agenda item"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.select(demo_store.content(dossier_id).agenda_items[0].id)
    view.delete_action.trigger()  # cascades its talking points and package entries
    assert demo_store.count(model.AgendaItem, dossier_id) == 13
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
    assert demo_store.dump(dossier_id) == start


def test_deleting_an_item_a_red_line_uses_is_refused(view: AgendaView, demo_store: Store, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    alaska = next(i for i in demo_store.content(demo_store.dossiers()[0].id).agenda_items if "Alaska" in i.title)
    view.select(alaska.id)
    view.delete_action.trigger()
    assert warned and "red line" in warned[0]
    assert not demo_store.get(model.AgendaItem, alaska.id).deleted


def test_new_item_needs_a_track(qtbot, store: Store, monkeypatch) -> None:
    ws = Workspace(store)
    dossier = model.Dossier(id="d", title="Empty talks")
    ws.apply("New dossier", puts=[dossier])
    ws.set_dossier("d")
    v = AgendaView(ws)
    qtbot.addWidget(v)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    v.add_action.trigger()
    assert told and "track" in told[0] and store.count(model.AgendaItem, "d") == 0


def test_read_only_store_disables_editing(qtbot, demo_store: Store) -> None:
    path = demo_store.path
    demo_store.close()
    from tests.conftest import AUTHOR

    store = Store.open(path, AUTHOR, readonly=True)
    ws = Workspace(store)
    ws.set_dossier(store.dossiers()[0].id)
    v = AgendaView(ws)
    qtbot.addWidget(v)
    assert v.model.rowCount() == 12
    assert not v.form.isEnabled() and not v.add_action.isEnabled()
    store.close()


def test_models_pass_the_model_tester(qtmodeltester, view: AgendaView) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_which_way_is_better_may_be_left_unsaid_and_the_ladder_takes_figures(
    view: AgendaView, demo_store: Store, qtbot
) -> None:
    # the semiconductor item: no key figure, no ladder figures (the auto tariff's are said)
    view.select(demo_store.content(view.current_record().dossier_id).agenda_items[1].id)
    item = view.current_record()
    assert item.title == "Tariff relief for semiconductors" and item.figure_better is None
    better = view.form.widgets["figure_better"]
    assert better.currentData() is None and better.currentText() == "not said"  # never shown as "more"
    better.setCurrentIndex(better.findData("less"))
    assert demo_store.get(model.AgendaItem, item.id).figure_better == "less"
    walk_away = view.form.widgets["figure_walk_away"]
    qtbot.keyClicks(walk_away, "10")
    walk_away.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).figure_walk_away == 10
    assert better.itemData(0) is None
    better.setCurrentIndex(0)
    assert demo_store.get(model.AgendaItem, item.id).figure_better is None  # and back to unsaid


def test_undoing_a_deletion_selects_the_record_brought_back(
    view: AgendaView, ws: Workspace, demo_store: Store, monkeypatch
) -> None:
    """The item deleted comes back selected, not a neighbour or one of the talking points it
    took along (the history shows the first record the person asked to change)."""
    revealed: list[tuple[str, str]] = []
    ws.reveal.connect(lambda table, record_id: revealed.append((table, record_id)))
    points = demo_store.records(model.TalkingPoint, ws.dossier_id)
    item = next(
        i for i in demo_store.content(ws.dossier_id).agenda_items[1:] if any(p.agenda_item_id == i.id for p in points)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.show()
    view.select(item.id)
    view.delete_action.trigger()
    assert demo_store.get(model.AgendaItem, item.id).deleted
    assert view.current_record() is None or view.current_record().id != item.id
    ws.undo_stack.undo()
    assert revealed[-1] == ("agenda_items", item.id)
    assert view.current_record() is not None and view.current_record().id == item.id
