"""What a section does, counted rather than timed: selecting a row fills the form once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from negoprep.store.store import Store
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace


@pytest.fixture
def view(qtbot, ws: Workspace) -> TalkingPointsView:
    widget = TalkingPointsView(ws)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def fills(view: TalkingPointsView, monkeypatch) -> list[str | None]:
    """The ids of the records the form was filled with, in order."""
    shown: list[str | None] = []
    show_record = view.form.show_record

    def counted(record):
        shown.append(record.id if record is not None else None)
        show_record(record)

    monkeypatch.setattr(view.form, "show_record", counted)
    return shown


def test_selecting_another_row_fills_the_form_once(view: TalkingPointsView, fills: list[str | None]) -> None:
    assert view.model.rowCount() > 3
    target = view.model.record(3)
    assert view.select(target.id)
    assert fills == [target.id]
    assert view.form.record is not None and view.form.record.id == target.id


def test_selecting_the_row_shown_fills_the_form_again_once(
    view: TalkingPointsView, fills: list[str | None], ws: Workspace, demo_store: Store
) -> None:
    # (the row stays current, so no signal comes: the form is still filled, with the record as stored)
    current = view.current_record()
    assert current is not None
    assert view.select(current.id)
    assert fills == [current.id]


def test_a_sort_keeps_the_record_shown_and_fills_the_form_once(
    view: TalkingPointsView, fills: list[str | None]
) -> None:
    target = view.model.record(2)
    view.select(target.id)
    fills.clear()
    view.proxy.sort(2)
    assert view.current_record() is not None and view.current_record().id == target.id
    assert fills == [target.id]


# --- a change made here updates the rows it changed, not every row -------------------------


@pytest.fixture
def queries(view: TalkingPointsView, monkeypatch) -> list[str]:
    """What the section asked the store for that reads every row: the list of rows (`rowids`)
    and the combo box lists (`choices`)."""
    asked: list[str] = []
    store = view.workspace.store
    for name in ("rowids", "choices"):
        original = getattr(store, name)
        monkeypatch.setattr(
            store, name, lambda *a, _name=name, _original=original, **k: asked.append(_name) or _original(*a, **k)
        )
    return asked


def _text_typed(view: TalkingPointsView, text: str) -> None:
    """A new text typed into the form's text box, then the box left (which commits it)."""
    box = view.form.widgets["text"]
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText(text)
    view.form.commit_pending()


def test_an_edit_and_its_undo_update_the_row_in_place(
    qtbot, view: TalkingPointsView, ws: Workspace, demo_store: Store, queries: list[str], fills: list[str | None]
) -> None:
    target = view.model.record(4)
    view.select(target.id)
    order = [view.model.record(row).id for row in range(view.model.rowCount())]
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    changed_rows: list[int] = []
    view.model.dataChanged.connect(lambda top, bottom, roles=(): changed_rows.append(top.row()))
    fills.clear()

    _text_typed(view, "A new line on autos")
    assert demo_store.get(type(target), target.id).text == "A new line on autos"
    assert queries == [] and resets == [] and changed_rows == [4]
    assert view.proxy.index(4, 2).data() == "A new line on autos"
    assert fills == [target.id] and view.form.record.text == "A new line on autos"

    ws.undo_stack.undo()
    assert view.proxy.index(4, 2).data() == target.text
    assert view.form.record is not None and view.form.record.text == target.text
    assert queries == [] and resets == []
    assert [view.model.record(row).id for row in range(view.model.rowCount())] == order


def test_an_edit_that_moves_the_row_queries_the_rows_again(
    qtbot, view: TalkingPointsView, demo_store: Store, queries: list[str]
) -> None:
    view.proxy.sort(2)  # by text: a new text moves the row
    target = view.model.record(1)
    view.select(target.id)
    queries.clear()
    _text_typed(view, "zzz the last line")
    assert queries == ["rowids"]
    assert view.model.record(view.model.rowCount() - 1).id == target.id
    assert view.current_record().id == target.id


def test_a_change_elsewhere_that_lists_the_same_items_rebuilds_no_list(
    qtbot, view: TalkingPointsView, ws: Workspace, demo_store: Store, queries: list[str]
) -> None:
    """An agenda item's weight changed: the agenda item filter and the form's list of agenda
    items stay as they are, and the rows are not queried again; its title changed: both lists
    are set again with the new title, without reading every title; an item added: the titles
    are read once for both lists."""
    from dataclasses import replace

    from negoprep.records import model

    filter_model = view.item_filter.model()
    form_model = view.form.widgets["agenda_item_id"].model()
    resets: list[str] = []
    filter_model.modelReset.connect(lambda: resets.append("filter"))
    form_model.modelReset.connect(lambda: resets.append("form"))
    item = demo_store.records(model.AgendaItem, ws.dossier_id)[0]
    queries.clear()

    ws.apply("Weight", puts=[replace(item, weight=(item.weight or 0) + 1)])
    assert queries == [] and resets == []
    ws.apply("Title", puts=[replace(demo_store.get(model.AgendaItem, item.id), title="Renamed  item\n")])
    assert queries == [] and sorted(resets) == ["filter", "form"]  # (the list kept, the title renamed)
    assert view.item_filter.findText("Renamed item") > 0
    assert ws.choices(model.AgendaItem) == demo_store.choices(model.AgendaItem, ws.dossier_id)
    queries.clear()
    ws.undo_stack.undo()
    assert view.item_filter.findText("Renamed item") < 0 and view.item_filter.findText(item.title) > 0
    added = replace(item, id="added-item", title="Added item", position=999)
    ws.apply("Add", puts=[added])
    assert queries == ["choices"]  # (read once for both lists)
    assert view.item_filter.findText("Added item") > 0
    assert ws.choices(model.AgendaItem) == demo_store.choices(model.AgendaItem, ws.dossier_id)


def test_a_move_or_a_deletion_among_renames_rebuilds_the_list_and_other_tables_keep_theirs(
    qtbot, view: TalkingPointsView, ws: Workspace, demo_store: Store
) -> None:
    """Renames kept as renames only while nothing else of the table's list changed in the same
    step: a renamed item moved too, or another deleted, and the list is read anew (with what
    it holds now); a list of a table the step did not touch is the same list object after it."""
    from dataclasses import replace

    from negoprep.records import model

    items = demo_store.records(model.AgendaItem, ws.dossier_id)
    tracks = ws.choices(model.Track)
    first = ws.choices(model.AgendaItem)
    moved = replace(items[1], title="Moved and renamed", position=items[-1].position + 10)
    ws.apply("Rename and move", puts=[replace(items[0], title="Renamed first"), moved])
    assert ws.choices(model.AgendaItem) is not first
    assert ws.choices(model.AgendaItem) == demo_store.choices(model.AgendaItem, ws.dossier_id)
    assert ws.choices(model.AgendaItem)[-1] == (moved.id, "Moved and renamed")
    assert ws.choices(model.Track) is tracks
    ws.undo_stack.undo()
    assert ws.choices(model.AgendaItem) == demo_store.choices(model.AgendaItem, ws.dossier_id)
    assert ws.choices(model.AgendaItem)[0] == (items[0].id, items[0].title)
    talking = [p for p in demo_store.records(model.TalkingPoint, ws.dossier_id) if p.agenda_item_id == items[2].id]
    ws.apply("Delete", deletes=[*talking, items[2]])
    assert items[2].id not in dict(ws.choices(model.AgendaItem))
    ws.undo_stack.undo()
    assert ws.choices(model.AgendaItem) == demo_store.choices(model.AgendaItem, ws.dossier_id)
    assert ws.choices(model.Track) is tracks


def test_a_task_ticked_in_checklists_updates_its_row_and_the_progress_line(
    qtbot, ws: Workspace, demo_store: Store, monkeypatch
) -> None:
    from negoprep.ui.sections.checklists_view import ChecklistsView

    checklists = ChecklistsView(ws)
    qtbot.addWidget(checklists)
    checklists.settle()
    asked: list[str] = []
    rowids = demo_store.rowids
    monkeypatch.setattr(demo_store, "rowids", lambda *a, **k: asked.append("rowids") or rowids(*a, **k))
    line = checklists.progress_label.text()
    row = next(r for r in range(checklists.model.rowCount()) if not checklists.model.record(r).done)
    checklists.toggle_done(row)
    checklists.settle()  # (the tasks are counted off the GUI thread)
    assert asked == [] and checklists.model.record(row).done and checklists.progress_label.text() != line
    ws.undo_stack.undo()
    checklists.settle()
    assert asked == [] and not checklists.model.record(row).done and checklists.progress_label.text() == line
