"""The Talking points section on the demo dossier, used as a person would: pick an agenda item
in the filter, add points to it, edit, move, delete and undo."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QStackedWidget, QWidget

from negoprep.records import model
from negoprep.records.editing import copy_document, new_id
from negoprep.store.store import Store
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace

AUTOS = "Tariff relief for automobiles"
ALASKA = "Alaska LNG project"


def written(store: Store, dossier_id: str) -> dict[str, list[dict[str, Any]]]:
    """What people wrote in a dossier, table by table (bookkeeping left out: an undo writes
    a new revision, so times and revision ids move on while the content comes back)."""
    content = store.content(dossier_id)
    assert content is not None
    return {
        key: sorted((r.content() for r in getattr(content, key)), key=lambda c: c["id"])
        for key in ("agenda_items", "talking_points", "red_lines")
    }


@pytest.fixture
def dossier_id(demo_store: Store) -> str:
    return demo_store.dossiers()[0].id


@pytest.fixture
def problems(ws: Workspace) -> list[str]:
    """What the workspace reported (the main window shows these)."""
    return ws.problems  # type: ignore[attr-defined]


@pytest.fixture
def view(qtbot, ws: Workspace) -> TalkingPointsView:
    widget = TalkingPointsView(ws)
    qtbot.addWidget(widget)
    return widget


def item_id(store: Store, dossier_id: str, title: str) -> str:
    return next(i.id for i in store.records(model.AgendaItem, dossier_id) if i.title == title)


def points_of(store: Store, dossier_id: str, agenda_item_id: str) -> list[model.TalkingPoint]:
    return store.records(model.TalkingPoint, dossier_id, agenda_item_id=agenda_item_id)


def column(view: TalkingPointsView, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [view.proxy.index(row, col).data(role) for row in range(view.proxy.rowCount())]


def shown_ids(view: TalkingPointsView) -> list[str]:
    return [view.model.record(row).id for row in range(view.proxy.rowCount())]


def choose_item(view: TalkingPointsView, title: str | None) -> None:
    combo = view.item_filter
    combo.setCurrentIndex(combo.findText(title) if title else 0)


def click_header(qtbot, view: TalkingPointsView, col: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_table_shows_the_points_of_every_item(view: TalkingPointsView, demo_store: Store, dossier_id: str) -> None:
    content = demo_store.content(dossier_id)
    titles = {i.id: i.title for i in content.agenda_items}
    points = content.talking_points
    assert view.proxy.rowCount() == len(points) == 53
    assert column(view, 0) == [titles[p.agenda_item_id] for p in points]
    kinds = {"point": "Point to make", "defensive": "Defensive line", "question": "Question", "answer": "Answer"}
    kinds["press"] = "Press line"
    assert column(view, 1) == [kinds[p.kind] for p in points]
    assert column(view, 2) == [p.text for p in points]  # the demo's texts are one line each
    assert column(view, 2, Qt.ItemDataRole.ToolTipRole) == [p.text for p in points]
    disclosures = {"shareable": "Shareable", "internal": "Internal", "never": "Never disclose"}
    assert column(view, 3) == [disclosures[p.disclosure] for p in points]
    assert view.count_label.text() == "53 talking points"
    kind: QComboBox = view.form.widgets["kind"]
    assert [kind.itemText(i) for i in range(kind.count())] == [kinds[k] for k in model.POINT_KINDS]


def test_a_text_of_several_lines_reads_as_one(view: TalkingPointsView, ws: Workspace, demo_store: Store) -> None:
    first = demo_store.get(model.TalkingPoint, view.current_record().id)
    ws.apply("Edit", puts=[replace(first, text="First line\n\n  second   line")])
    assert column(view, 2)[0] == "First line second line"
    assert column(view, 2, Qt.ItemDataRole.ToolTipRole)[0] == "First line\n\n  second   line"


def test_the_item_filter_shows_only_that_items_points(
    view: TalkingPointsView, demo_store: Store, dossier_id: str
) -> None:
    combo = view.item_filter
    items = demo_store.records(model.AgendaItem, dossier_id)
    assert [combo.itemText(i) for i in range(combo.count())] == ["All agenda items", *(i.title for i in items)]
    choose_item(view, ALASKA)
    alaska = points_of(demo_store, dossier_id, item_id(demo_store, dossier_id, ALASKA))
    assert shown_ids(view) == [p.id for p in alaska] and len(alaska) == 5
    assert set(column(view, 0)) == {ALASKA}
    assert view.count_label.text() == "5 talking points"
    assert view.current_record().id == alaska[0].id and view.form.record.id == alaska[0].id
    choose_item(view, None)
    assert view.proxy.rowCount() == 53


def test_clear_filters_and_select_show_a_hidden_point(
    view: TalkingPointsView, demo_store: Store, dossier_id: str
) -> None:
    choose_item(view, ALASKA)
    other = points_of(demo_store, dossier_id, item_id(demo_store, dossier_id, AUTOS))[0]
    assert view.select(other.id)
    assert view.item_filter.currentIndex() == 0 and view.proxy.rowCount() == 53
    assert view.current_record().id == other.id


def test_the_item_filter_follows_the_agenda(
    view: TalkingPointsView, ws: Workspace, demo_store: Store, problems: list[str]
) -> None:
    beef = demo_store.get(model.AgendaItem, item_id(demo_store, ws.dossier_id, "Limits on U.S. beef imports"))
    choose_item(view, beef.title)
    ws.apply("Rename", puts=[replace(beef, title="Beef")])
    assert view.item_filter.currentText() == "Beef" and view.proxy.rowCount() == 2
    assert set(column(view, 0)) == {"Beef"}
    # the item shown is deleted (its points with it): the list shows every item's points
    assert ws.apply("Delete", deletes=[beef]) is not None, problems
    assert view.item_filter.currentIndex() == 0 and view.item_filter.count() == 12
    assert view.proxy.rowCount() == 51 and view.count_label.text() == "51 talking points"
    ws.undo_stack.undo()
    assert view.item_filter.count() == 13 and view.proxy.rowCount() == 53


def test_another_dossier_refills_the_item_filter(
    view: TalkingPointsView, ws: Workspace, demo_store: Store, demo_doc: dict
) -> None:
    choose_item(view, ALASKA)
    copy = copy_document(demo_doc, "Copy")
    demo_store.load(copy)
    ws.set_dossier(copy["dossier"]["id"])
    combo = view.item_filter
    assert combo.currentIndex() == 0 and view.proxy.rowCount() == 53
    copy_ids = {i.id for i in demo_store.records(model.AgendaItem, copy["dossier"]["id"])}
    assert {combo.itemData(i) for i in range(1, combo.count())} == copy_ids
    assert {view.model.record(r).dossier_id for r in range(view.proxy.rowCount())} == {copy["dossier"]["id"]}


def test_sorting_by_kind_and_by_agenda_item(view: TalkingPointsView, qtbot) -> None:
    click_header(qtbot, view, 1)
    kinds = column(view, 1)
    assert kinds == sorted(kinds) and kinds[0] == "Answer"
    assert view.current_record() is not None  # a row stays current after sorting
    assert not view.up_action.isEnabled() and not view.down_action.isEnabled()
    click_header(qtbot, view, 0)
    titles = column(view, 0)
    assert titles == sorted(titles, key=str.lower)


def test_the_filter_box_keeps_matching_points(view: TalkingPointsView, qtbot) -> None:
    qtbot.keyClicks(view.filter_edit, "Alaska")
    texts = column(view, 2)
    assert texts and all("Alaska" in t for t in texts)
    assert view.count_label.text() == f"{len(texts)} talking points"
    assert view.form.record.id == view.current_record().id
    assert not view.up_action.isEnabled()  # a filtered list is not the dossier's order


def test_editing_a_point(view: TalkingPointsView, qtbot, demo_store: Store, dossier_id: str) -> None:
    choose_item(view, ALASKA)
    point = view.current_record()
    text = view.form.widgets["text"]
    text.setFocus()
    text.selectAll()
    qtbot.keyClicks(text, "Alaska is judged on energy security alone.")
    text.editingFinished.emit()
    kind: QComboBox = view.form.widgets["kind"]
    kind.setCurrentIndex(kind.findData("press"))
    disclosure: QComboBox = view.form.widgets["disclosure"]
    disclosure.setCurrentIndex(disclosure.findData("never"))
    stored = demo_store.get(model.TalkingPoint, point.id)
    assert stored.text == "Alaska is judged on energy security alone."
    assert (stored.kind, stored.disclosure) == ("press", "never")
    assert column(view, 1)[0] == "Press line" and column(view, 3)[0] == "Never disclose"
    # moved to another agenda item, it leaves the list of this one
    autos = item_id(demo_store, dossier_id, AUTOS)
    item: QComboBox = view.form.widgets["agenda_item_id"]
    item.setCurrentIndex(item.findData(autos))
    assert demo_store.get(model.TalkingPoint, point.id).agenda_item_id == autos
    assert point.id not in shown_ids(view) and view.proxy.rowCount() == 4


def test_a_blank_text_is_refused_and_not_saved(
    view: TalkingPointsView, qtbot, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    point = view.current_record()
    text = view.form.widgets["text"]
    text.setFocus()
    text.selectAll()
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    text.editingFinished.emit()
    error = view.form.errors["text"]
    assert not error.isHidden() and error.text() == "Text is required"
    assert text.toPlainText() == ""  # what was typed stays, to be put right
    assert written(demo_store, dossier_id) == before
    assert demo_store.get(model.TalkingPoint, point.id).text == point.text


def test_a_new_point_goes_on_the_item_chosen(
    view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    alaska = item_id(demo_store, dossier_id, ALASKA)
    choose_item(view, ALASKA)
    view.add_action.trigger()
    new = demo_store.get(model.TalkingPoint, view.current_record().id)
    assert (new.agenda_item_id, new.kind, new.disclosure) == (alaska, "point", "internal")
    assert new.text == "New talking point"
    # positions order the whole dossier: the new point is after every point, of any item
    assert new.position == 53
    assert view.proxy.rowCount() == 6 and shown_ids(view)[-1] == new.id
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_a_new_point_without_a_chosen_item_goes_on_the_current_rows(
    view: TalkingPointsView, demo_store: Store, dossier_id: str
) -> None:
    alaska = points_of(demo_store, dossier_id, item_id(demo_store, dossier_id, ALASKA))
    assert view.select(alaska[1].id)
    view.add_action.trigger()
    new = view.current_record()
    assert new.agenda_item_id == alaska[1].agenda_item_id and new.text == "New talking point"


def test_a_new_point_in_an_empty_list_goes_on_the_first_item(
    view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str
) -> None:
    first = demo_store.records(model.AgendaItem, dossier_id)[0]
    ws.apply("Clear", deletes=demo_store.records(model.TalkingPoint, dossier_id))
    assert view.proxy.rowCount() == 0 and view.current_record() is None
    view.add_action.trigger()
    assert view.current_record().agenda_item_id == first.id


def test_no_new_point_without_an_agenda_item(
    view: TalkingPointsView, ws: Workspace, demo_store: Store, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *a, **k: said.append(text))
    empty = new_id()
    demo_store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": empty, "title": "Empty"}})
    ws.set_dossier(empty)
    assert view.item_filter.count() == 1
    view.add_action.trigger()
    assert said and "agenda item" in said[0]
    assert demo_store.records(model.TalkingPoint, empty) == []
    assert ws.undo_stack.count() == 0


def test_duplicating_a_point(view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    choose_item(view, ALASKA)
    original = view.current_record()
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != original.id
    assert (copy.agenda_item_id, copy.kind, copy.text, copy.disclosure) == (
        original.agenda_item_id,
        original.kind,
        original.text,
        original.disclosure,
    )
    assert copy.position == 53 and view.proxy.rowCount() == 6
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_moving_points_of_one_item(view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    choose_item(view, ALASKA)
    # a point added to Alaska now sits at the end of the dossier, after other items' points
    view.add_action.trigger()
    before = written(demo_store, dossier_id)
    ids = shown_ids(view)
    assert view.current_record().id == ids[-1]
    assert view.up_action.isEnabled() and not view.down_action.isEnabled()
    view.up_action.trigger()
    assert shown_ids(view) == [*ids[:4], ids[5], ids[4]]
    assert view.current_record().id == ids[5]
    view.up_action.trigger()
    assert shown_ids(view) == [*ids[:3], ids[5], ids[3], ids[4]]
    # nobody else moved, and no two points of the dossier share a position
    positions = [p.position for p in demo_store.records(model.TalkingPoint, dossier_id)]
    assert len(set(positions)) == len(positions)
    others = {p.id: p.position for p in demo_store.records(model.TalkingPoint, dossier_id)}
    assert {i: others[i] for i in others if i not in ids} == {
        p["id"]: p["position"] for p in before["talking_points"] if p["id"] not in ids
    }
    # the whole dossier's list shows Alaska's points in the new order too
    choose_item(view, None)
    assert [i for i in shown_ids(view) if i in ids] == [*ids[:3], ids[5], ids[3], ids[4]]
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_moving_in_the_whole_list(view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    ids = shown_ids(view)
    view.down_action.trigger()
    assert shown_ids(view)[:2] == [ids[1], ids[0]] and view.current_record().id == ids[0]
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_deleting_a_point_and_undo(view: TalkingPointsView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    choose_item(view, ALASKA)
    doomed = view.current_record()
    next_one = shown_ids(view)[1]
    view.delete_action.trigger()
    assert demo_store.get(model.TalkingPoint, doomed.id).deleted
    assert view.proxy.rowCount() == 4 and view.current_record().id == next_one
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before
    assert doomed.id in shown_ids(view)


def test_the_model_passes_the_model_tester(view: TalkingPointsView, qtmodeltester) -> None:
    assert view.model.rowCount() == 53
    qtmodeltester.check(view.model)


def test_a_first_sort_finds_its_keys_worked_out_while_the_window_was_idle(qtbot, view, monkeypatch) -> None:
    """Shown and left idle, the section works out the sort keys of its text and reference
    columns a little at a time, then stops; a sort by any of them then works out none; a
    hidden section works out none."""
    from negoprep import i18n

    keyed: list[str] = []
    collation_key = i18n.collation_key
    monkeypatch.setattr(i18n, "collation_key", lambda text: keyed.append(text) or collation_key(text))
    assert not view._sort_keys_timer.isActive()  # (built out of sight: nothing keyed yet)
    view.show()
    qtbot.waitUntil(lambda: not view._sort_keys_timer.isActive())
    assert len(keyed) > 53  # (the talking points' texts and the agenda items' titles)
    prepared = len(keyed)
    for number, column in enumerate(view.model.columns):
        if column.sort is not None:
            view.model.sort(number, Qt.SortOrder.AscendingOrder)
    assert len(keyed) == prepared
    view.hide()
    assert not view._sort_keys_timer.isActive()
    view.on_dossier(view.model.dossier_id)
    assert not view._sort_keys_timer.isActive()
    view.show()
    assert view._sort_keys_timer.isActive()  # (shown again: rows may have come meanwhile)


def test_a_section_hidden_before_its_sorts_are_prepared_finishes_them_out_of_sight(
    qtbot, view, ws: Workspace, monkeypatch
) -> None:
    """Shown, then hidden before the window has worked out its orders, the section goes on
    (more slowly) until they are made: a sort then makes none. A change while it is out of
    sight stops it (it catches up once shown again)."""
    from negoprep.ui.sections import section_view

    monkeypatch.setattr(section_view, "SORT_KEYS_AT_ONCE", 5)  # (53 talking points: many steps)
    listing = ws.store._listing
    made: list[str] = []
    order_steps = listing._order_steps
    monkeypatch.setattr(listing, "_order_steps", lambda *a: made.append(a[3]) or order_steps(*a))
    stack = QStackedWidget()  # (as the window holds its sections: one page shown at a time)
    try:
        stack.addWidget(QWidget())
        stack.addWidget(view)
        stack.setCurrentWidget(view)
        stack.show()
        stack.setCurrentIndex(0)
        assert view._sort_keys_timer.isActive()
        qtbot.waitUntil(lambda: not view._sort_keys_timer.isActive())
        sortable = [n for n, column in enumerate(view.model.columns) if column.sort is not None]
        assert len(made) == len(sortable) >= 3
        for number in sortable:
            view.model.sort(number, Qt.SortOrder.DescendingOrder)
        assert len(made) == len(sortable)

        stack.setCurrentWidget(view)
        point = ws.store.records(model.TalkingPoint, view.model.dossier_id)[0]
        ws.store.apply("Edit", puts=[replace(point, text="Changed")])  # (the orders made are out of date)
        stack.setCurrentIndex(0)
        made.clear()
        assert view._sort_keys_timer.isActive()
        ws.changed.emit(frozenset({"talking_points"}))
        qtbot.waitUntil(lambda: not view._sort_keys_timer.isActive())
        assert made == []
    finally:  # (the view is the test's own, closed at its end)
        view.setParent(None)
        stack.deleteLater()


def test_a_store_that_cannot_be_read_stops_the_idle_sort_keys(qtbot, view, monkeypatch) -> None:
    """The failure is raised once (the window says it), and no tick tries again."""
    from negoprep.errors import StoreError

    calls: list[int] = []

    def failing(*_args: Any) -> bool:
        calls.append(1)
        raise StoreError("the store cannot be read")

    monkeypatch.setattr(view.workspace.store, "prepare_sort", failing)
    view.show()
    assert view._sort_keys_timer.isActive()
    with pytest.raises(StoreError):
        view._prepare_sort()
    assert not view._sort_keys_timer.isActive() and calls == [1]
