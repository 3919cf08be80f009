"""The Notes section on the demo dossier: dated notes, worked as a person would."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model, times
from negoprep.store.store import Store
from negoprep.ui.dialogs.history_view import HistoryView
from negoprep.ui.sections.notes_view import NotesView, when_text
from negoprep.ui.workspace import Workspace
from tests.clock import on_clock
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


def test_when_reads_to_the_minute_in_local_time_with_its_zone() -> None:
    with on_clock("Asia/Seoul"):
        assert when_text(None) == ""
        assert when_text("2025-04-20") == "2025-04-20"
        assert when_text("2025-04-20T00:30:15Z") == "2025-04-20 09:30 KST"
    with on_clock("Europe/Zurich"):
        assert when_text("2025-04-20T00:30:15Z") == "2025-04-20 02:30 CEST"
        assert when_text("2025-04-20T09:30") == "2025-04-20 09:30"  # no zone known: as written


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
    start = datetime.now(UTC).replace(second=0, microsecond=0)
    view.add_action.trigger()
    end = datetime.now(UTC)
    created = view.current_record()
    assert times.is_instant(created.at) and created.at.endswith(":00Z")  # a UTC instant, to the minute
    assert start <= datetime.fromisoformat(created.at) <= end
    assert (created.title, created.text) == ("", "New note")
    assert demo_store.get(model.Note, created.id).text == "New note"
    assert column(view, 0)[-1] == times.local_text(created.at)
    assert view.form.widgets["at"].text() == times.form_text(created.at)
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
    with on_clock("Asia/Seoul"):
        type_into(qtbot, form.widgets["at"], "2025-04-21 09:30")  # in local time
        type_into(qtbot, form.widgets["title"], "Debrief")
        text = form.widgets["text"]
        text.selectAll()
        qtbot.keyClicks(text, "First line")
        text.editingFinished.emit()
        saved = demo_store.get(model.Note, ABOUT)
        assert (saved.at, saved.title, saved.text) == ("2025-04-21T00:30:00Z", "Debrief", "First line")
        row = view.model.row_of(ABOUT)
        assert [view.proxy.index(row, c).data() for c in range(3)] == ["2025-04-21 09:30 KST", "Debrief", "First line"]
        assert view.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
            "2025-04-21 09:30:00 KST (2025-04-21T00:30:00Z)"
        )
        assert form.widgets["at"].text() == "2025-04-21 09:30 KST"
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
    with on_clock("Asia/Seoul"):
        type_into(qtbot, field, "2025-04-20 23:00")
    assert not error.isVisible() and demo_store.get(model.Note, CONTEXT).at == "2025-04-20T14:00:00Z"


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


def test_new_note_time_is_the_instant_shown_in_local_time(view: NotesView, monkeypatch) -> None:
    # a note made late in the evening in Seoul: kept as the instant, read by the clock on the wall
    fixed = datetime(2025, 4, 23, 14, 59, 42, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed.astimezone(tz)

    monkeypatch.setattr("negoprep.ui.sections.notes_view.datetime", Clock)
    with on_clock("Asia/Seoul"):
        view.add_action.trigger()
        created = view.current_record()
        assert created.at == "2025-04-23T14:59:00Z"
        assert column(view, 0)[-1] == "2025-04-23 23:59 KST"
        assert view.form.widgets["at"].text() == "2025-04-23 23:59 KST"


# A delegation's notes typed on laptops in three zones (the fault: kept as each laptop's local
# time and sorted as text, they came out 00:00 UTC, 22:00 UTC, 23:00 UTC)
TRAVELS = [
    ("America/New_York", "2025-04-20 20:00", "Washington debrief"),  # 00:00 UTC on the 21st
    ("Europe/Zurich", "2025-04-21 00:00", "Geneva late call"),  # 22:00 UTC on the 20th
    ("Asia/Seoul", "2025-04-21 08:00", "Seoul breakfast"),  # 23:00 UTC on the 20th
]


def test_a_travelling_delegations_notes_sort_by_instant(qtbot, view: NotesView, demo_store: Store) -> None:
    for zone, typed, title in TRAVELS:
        with on_clock(zone):
            view.add_action.trigger()
            type_into(qtbot, view.form.widgets["at"], typed)
            type_into(qtbot, view.form.widgets["title"], title)
    stored = {n.title: n.at for n in demo_store.content(view.workspace.dossier_id).notes}
    assert [stored[t] for _, _, t in TRAVELS] == [
        "2025-04-21T00:00:00Z",
        "2025-04-20T22:00:00Z",
        "2025-04-20T23:00:00Z",
    ]
    with on_clock("Asia/Seoul"):
        sort_by(view, 0, Qt.SortOrder.AscendingOrder)
        assert column(view, 1) == [
            "About this demo dossier",  # undated
            "Context",  # 2025-04-20: the day began in Seoul before these three
            "Geneva late call",
            "Seoul breakfast",
            "Washington debrief",
        ]
        assert column(view, 0)[2:] == ["2025-04-21 07:00 KST", "2025-04-21 08:00 KST", "2025-04-21 09:00 KST"]
        sort_by(view, 0, Qt.SortOrder.DescendingOrder)
        assert column(view, 1)[:3] == ["Washington debrief", "Seoul breakfast", "Geneva late call"]


def test_a_time_in_another_zone_can_be_typed(qtbot, view: NotesView, demo_store: Store) -> None:
    select(view, CONTEXT)
    with on_clock("Asia/Seoul"):
        type_into(qtbot, view.form.widgets["at"], "2025-04-20 15:00-04:00")  # Washington time, given as such
        assert demo_store.get(model.Note, CONTEXT).at == "2025-04-20T19:00:00Z"
        assert view.form.widgets["at"].text() == "2025-04-21 04:00 KST"  # shown back in local time


def test_a_local_time_the_clocks_skipped_is_refused(qtbot, view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, CONTEXT)
    with on_clock("America/New_York"):
        type_into(qtbot, view.form.widgets["at"], "2025-03-09 02:30")
        error = view.form.errors["at"]
        assert error.isVisible() and "never happened" in error.text()
        assert demo_store.get(model.Note, CONTEXT).at == "2025-04-20" and ws.undo_stack.count() == 0
        type_into(qtbot, view.form.widgets["at"], "2025-03-09 03:30")
        assert not error.isVisible() and demo_store.get(model.Note, CONTEXT).at == "2025-03-09T07:30:00Z"


@pytest.mark.parametrize(
    ("zone", "at", "shown"),
    [
        ("Asia/Seoul", "2025-04-20T06:00:30Z", "2025-04-20 15:00:30 KST"),  # seconds from a document
        ("America/New_York", "2025-11-02T06:30:00Z", "2025-11-02 01:30 EST"),  # the repeated hour, again
    ],
)
def test_leaving_the_time_untouched_changes_nothing(
    qtbot, view: NotesView, ws: Workspace, demo_store: Store, zone: str, at: str, shown: str
) -> None:
    demo_store.put(replace(demo_store.get(model.Note, CONTEXT), at=at))
    with on_clock(zone):
        ws.changed.emit(frozenset({"notes"}))  # as after a change made elsewhere
        select(view, CONTEXT)
        field = view.form.widgets["at"]
        assert field.text() == shown
        field.setFocus()
        field.editingFinished.emit()
        assert demo_store.get(model.Note, CONTEXT).at == at and ws.undo_stack.count() == 0


def test_a_time_shown_before_the_computer_changed_zone_keeps_its_instant(
    qtbot, view: NotesView, ws: Workspace, demo_store: Store
) -> None:
    demo_store.put(replace(demo_store.get(model.Note, CONTEXT), at="2025-04-20T06:00:00Z"))
    with on_clock("Asia/Seoul"):
        ws.changed.emit(frozenset({"notes"}))
        select(view, CONTEXT)
        assert view.form.widgets["at"].text() == "2025-04-20 15:00 KST"
    with on_clock("Europe/Zurich"):  # landed in Geneva with the window open
        view.form.widgets["at"].editingFinished.emit()
        assert demo_store.get(model.Note, CONTEXT).at == "2025-04-20T06:00:00Z" and ws.undo_stack.count() == 0
        ws.changed.emit(frozenset({"notes"}))
        assert view.form.widgets["at"].text() == "2025-04-20 08:00 CEST"


def test_editing_the_time_shown_with_its_zone(qtbot, view: NotesView, demo_store: Store) -> None:
    demo_store.put(replace(demo_store.get(model.Note, CONTEXT), at="2025-11-02T05:30:00Z"))
    with on_clock("America/New_York"):
        view.workspace.changed.emit(frozenset({"notes"}))
        select(view, CONTEXT)
        field = view.form.widgets["at"]
        assert field.text() == "2025-11-02 01:30 EDT"
        field.setText("2025-11-02 01:30 EST")  # the second pass of the repeated hour
        field.editingFinished.emit()
        assert demo_store.get(model.Note, CONTEXT).at == "2025-11-02T06:30:00Z"
        field.setText("2025-11-02 09:30 KST")
        field.editingFinished.emit()
        assert "KST is not this computer's time zone (EST)" in view.form.errors["at"].text()
        assert demo_store.get(model.Note, CONTEXT).at == "2025-11-02T06:30:00Z"


def test_history_shows_note_times_in_local_time(qtbot, view: NotesView, ws: Workspace, demo_store: Store) -> None:
    select(view, CONTEXT)
    with on_clock("Asia/Seoul"):
        type_into(qtbot, view.form.widgets["at"], "2025-04-21 09:30")
        history = HistoryView(ws)
        qtbot.addWidget(history)
        history.show_record(model.Note, CONTEXT)
        text = history.toPlainText()
        assert "When: 2025-04-20 → 2025-04-21 09:30 KST" in text
        assert "2025-04-21T00:30:00Z" not in text
        stamp = demo_store.history(model.Note, CONTEXT)[-1].at
        assert times.local_text(stamp) in text and " KST · " in text
