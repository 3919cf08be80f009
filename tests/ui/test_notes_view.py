"""The Notes section on the demo dossier: dated notes, worked as a person would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep import model
from negoprep.store.store import Store
from negoprep.ui.notes_view import NotesView, when_text
from negoprep.ui.workspace import Workspace
from tests.ui.helpers import column, snapshot, sort_by, type_into

ABOUT = "5c399bbe-068c-5ace-8364-515a95ee633f"  # undated
CONTEXT = "e98f27f1-3f93-5fe9-953e-f871c3fadb57"  # 2025-04-20


@pytest.fixture
def view(qtbot, ws: Workspace) -> NotesView:
    v = NotesView(ws)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def select(view: NotesView, note_id: str) -> None:
    assert view.select(note_id)
    assert view.current_record().id == note_id


def test_table_shows_the_notes(view: NotesView, demo_store: Store, ws: Workspace) -> None:
    notes = demo_store.content(ws.dossier_id).notes
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())] == [
        "When",
        "Title",
        "Text",
    ]
    assert column(view, 0) == ["", "2025-04-20"]
    assert column(view, 1) == ["About this demo dossier", "Context"]
    # the first line of the text; the whole text in the tooltip
    assert column(view, 2)[0] == notes[0].text.splitlines()[0]
    assert "\n" in notes[0].text
    assert column(view, 2, Qt.ItemDataRole.ToolTipRole) == [n.text for n in notes]
    assert view.count_label.text() == "2 notes"
    assert view.form.widgets["title"].text() == "About this demo dossier"


def test_when_reads_to_the_minute() -> None:
    assert when_text(None) == ""
    assert when_text("2025-04-20") == "2025-04-20"
    assert when_text("2025-04-20T09:30") == "2025-04-20 09:30"
    assert when_text("2025-04-20T09:30:15+09:00") == "2025-04-20 09:30"


def test_model_passes_the_model_tester(qtmodeltester, view: NotesView) -> None:
    qtmodeltester.check(view.model)


def test_sorting(view: NotesView) -> None:
    select(view, CONTEXT)
    sort_by(view, 1, Qt.SortOrder.DescendingOrder)
    assert column(view, 1) == ["Context", "About this demo dossier"]
    assert view.current_record().id == CONTEXT
    sort_by(view, 0, Qt.SortOrder.DescendingOrder)
    assert column(view, 0) == ["2025-04-20", ""]
    sort_by(view, 0, Qt.SortOrder.AscendingOrder)
    assert column(view, 0) == ["", "2025-04-20"]


def test_filter_box(qtbot, view: NotesView) -> None:
    qtbot.keyClicks(view.filter_edit, "shipbuilding cooperation")
    assert column(view, 1) == ["Context"]
    assert view.current_record().id == CONTEXT
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 2


def test_new_note_is_dated_now_and_its_text_selected(view: NotesView, ws: Workspace, demo_store: Store) -> None:
    before = snapshot(demo_store, ws.dossier_id)
    start = datetime.now().replace(second=0, microsecond=0)
    view.add_action.trigger()
    end = datetime.now()
    created = view.current_record()
    assert len(created.at) == 16 and start <= datetime.fromisoformat(created.at) <= end
    assert (created.title, created.text) == ("", "New note")
    assert demo_store.get(model.Note, created.id).text == "New note"
    assert column(view, 0)[-1] == created.at.replace("T", " ")
    assert view.form.widgets["at"].text() == created.at.replace("T", " ")
    text = view.form.widgets["text"]
    assert text.hasFocus() and text.textCursor().selectedText() == "New note"
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_typing_over_the_new_note(qtbot, view: NotesView, ws: Workspace, demo_store: Store) -> None:
    view.add_action.trigger()
    created = view.current_record()
    text = view.form.widgets["text"]
    qtbot.keyClicks(text, "Greer opened on beef.")  # replaces the selected placeholder
    text.editingFinished.emit()
    assert demo_store.get(model.Note, created.id).text == "Greer opened on beef."
    assert column(view, 2)[-1] == "Greer opened on beef."


def test_edit_note(qtbot, view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, ABOUT)
    before = snapshot(demo_store, ws.dossier_id)
    form = view.form
    type_into(qtbot, form.widgets["at"], "2025-04-21 09:30")
    type_into(qtbot, form.widgets["title"], "Debrief")
    text = form.widgets["text"]
    text.selectAll()
    qtbot.keyClicks(text, "First line")
    text.editingFinished.emit()
    saved = demo_store.get(model.Note, ABOUT)
    assert (saved.at, saved.title, saved.text) == ("2025-04-21T09:30", "Debrief", "First line")
    row = view.model.row_of(ABOUT)
    assert [view.proxy.index(row, c).data() for c in range(3)] == ["2025-04-21 09:30", "Debrief", "First line"]
    # a date alone, and no date at all, are fine too
    type_into(qtbot, form.widgets["at"], "2025-04-22")
    assert demo_store.get(model.Note, ABOUT).at == "2025-04-22"
    type_into(qtbot, form.widgets["at"], "")
    assert demo_store.get(model.Note, ABOUT).at is None
    for _ in range(5):
        ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


@pytest.mark.parametrize("typed", ["2025-04-20 25:00", "2025-02-30", "tomorrow", "20.04.2025"])
def test_bad_times_are_refused(qtbot, view: NotesView, ws: Workspace, demo_store: Store, typed: str) -> None:
    select(view, CONTEXT)
    before = snapshot(demo_store, ws.dossier_id)
    field = view.form.widgets["at"]
    type_into(qtbot, field, typed)
    error = view.form.errors["at"]
    assert error.isVisible() and error.text().startswith("When ") and "is not a date" in error.text()
    assert field.text() == typed  # kept, to be corrected
    assert demo_store.get(model.Note, CONTEXT).at == "2025-04-20"
    assert snapshot(demo_store, ws.dossier_id) == before and ws.undo_stack.count() == 0
    type_into(qtbot, field, "2025-04-20 23:00")
    assert not error.isVisible() and demo_store.get(model.Note, CONTEXT).at == "2025-04-20T23:00"


def test_blank_text_is_refused(qtbot, view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, CONTEXT)
    text = view.form.widgets["text"]
    text.selectAll()
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    text.editingFinished.emit()
    assert view.form.errors["text"].isVisible() and "Text is required" in view.form.errors["text"].text()
    assert demo_store.get(model.Note, CONTEXT).text.startswith("The U.S. asked") and ws.undo_stack.count() == 0


def test_duplicate_note(view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, CONTEXT)
    before = snapshot(demo_store, ws.dossier_id)
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != CONTEXT and copy.title == "Context (copy)" and copy.at == "2025-04-20"
    assert view.proxy.rowCount() == 3
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_move_note(view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, CONTEXT)
    before = snapshot(demo_store, ws.dossier_id)
    view.up_action.trigger()
    assert column(view, 1) == ["Context", "About this demo dossier"]
    assert view.current_record().id == CONTEXT and not view.up_action.isEnabled()
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert column(view, 1) == ["About this demo dossier", "Context"]


def test_delete_note(view: NotesView, ws: Workspace, demo_store: Store, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    select(view, CONTEXT)
    before = snapshot(demo_store, ws.dossier_id)
    view.delete_action.trigger()
    assert not asked
    assert demo_store.get(model.Note, CONTEXT).deleted
    assert column(view, 1) == ["About this demo dossier"]
    assert view.current_record().id == ABOUT
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert view.proxy.rowCount() == 2
    assert ws.problems == []  # type: ignore[attr-defined]


def test_new_note_time_is_local(view: NotesView, monkeypatch) -> None:
    # a note made late in the evening is dated by the clock on the wall, not UTC
    fixed = datetime(2025, 4, 23, 23, 59, 42)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed if tz is None else fixed.astimezone(tz)

    monkeypatch.setattr("negoprep.ui.notes_view.datetime", Clock)
    view.add_action.trigger()
    assert view.current_record().at == "2025-04-23T23:59"


def test_render(view: NotesView) -> None:
    view.grab().save("/tmp/np/notes.png")
