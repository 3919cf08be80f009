"""Adding, copying and deleting a whole dossier are changes like any other: Edit → Undo takes
them back (a deleted dossier returns with all its records and their history), Redo makes them
again, and nothing else in the store (or in another store) moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from negoprep.records import editing, model
from negoprep.store.store import Store
from negoprep.ui import operations
from negoprep.ui.main_window import MainWindow
from negoprep.ui.workspace import Workspace
from tests.conftest import AUTHOR
from tests.ui.helpers import finish_operation


def _contents(store: Store, dossier_id: str) -> dict[tuple[str, str], dict]:
    """Every live record of a dossier (itself included), as a person wrote it."""
    content = store.content(dossier_id)
    if content is None:
        return {}
    records: list[model.Record] = [content.dossier]
    for rtype in model.RECORD_TYPES:
        if rtype is not model.Dossier:
            records += store.db.records(rtype, "dossier_id = ?", (dossier_id,))
    return {(r.table, r.id): r.content() for r in records}


def _histories(store: Store, dossier_id: str) -> dict[tuple[str, str], list[str]]:
    keys = _contents(store, dossier_id)
    return {key: [rev.id for rev in store.history(model.BY_TABLE[key[0]], key[1])] for key in keys}


@pytest.fixture
def two(ws: Workspace) -> tuple[Workspace, str, str]:
    """The workspace on the demo dossier, with a second dossier beside it: (ws, demo, other)."""
    store = ws.store
    demo_id = ws.dossier_id
    other = store.load(editing.copy_document(store.dump(demo_id), "Another negotiation")).dossier_id
    return ws, demo_id, other


@pytest.fixture
def elsewhere(tmp_path: Path, demo_doc: dict) -> Store:
    """Another store file, holding the demo dossier."""
    with Store.open(tmp_path / "elsewhere.db", AUTHOR) as store:
        store.load(demo_doc)
        yield store


def test_undo_brings_a_deleted_dossier_back_as_it_was(two, elsewhere: Store) -> None:
    ws, demo_id, other = two
    store = ws.store
    item = store.records(model.AgendaItem, demo_id)[0]
    ws.edit("Rename", item, title="Cars first")  # an edit before the deletion stays undoable
    before, histories = _contents(store, demo_id), _histories(store, demo_id)
    other_before, elsewhere_before = _contents(store, other), _contents(elsewhere, elsewhere.dossiers()[0].id)
    shown: list[object] = []
    ws.dossiers_changed.connect(shown.append)

    assert ws.delete_dossier('Delete dossier "Korea"')
    assert demo_id not in [d.id for d in store.dossiers()]
    assert ws.dossier_id == other and shown == [other]
    assert store.search("semiconductors", demo_id) == []
    assert ws.undo_stack.undoText() == 'Delete dossier "Korea"'

    ws.undo_stack.undo()
    assert not ws.problems  # type: ignore[attr-defined]
    assert _contents(store, demo_id) == before
    assert ws.dossier_id == demo_id and shown[-1] == demo_id
    for key, revisions in _histories(store, demo_id).items():
        assert revisions[: len(histories[key])] == histories[key], key  # its history, then delete and back
        assert len(revisions) == len(histories[key]) + 2, key
    assert store.search("semiconductors", demo_id)
    ws.undo_stack.undo()  # the edit made before it
    assert store.get(model.AgendaItem, item.id).title == item.title

    ws.undo_stack.redo()
    ws.undo_stack.redo()
    assert demo_id not in [d.id for d in store.dossiers()] and ws.dossier_id == other
    ws.undo_stack.undo()
    assert _contents(store, demo_id) == before
    assert _contents(store, other) == other_before
    assert _contents(elsewhere, elsewhere.dossiers()[0].id) == elsewhere_before


def test_undo_of_a_copy_removes_the_copy(two, elsewhere: Store) -> None:
    ws, demo_id, other = two
    store = ws.store
    before, other_before = _contents(store, demo_id), _contents(store, other)
    elsewhere_before = _contents(elsewhere, elsewhere.dossiers()[0].id)

    copy_id = ws.copy_dossier('Copy dossier "Korea"', "Rehearsal")
    assert copy_id is not None and ws.dossier_id == copy_id
    copied = _contents(store, copy_id)
    assert len(copied) == len(before)
    assert store.get(model.Dossier, copy_id).title == "Rehearsal"

    ws.undo_stack.undo()
    assert copy_id not in [d.id for d in store.dossiers()]
    assert ws.dossier_id == demo_id
    assert all(store.db.get(model.BY_TABLE[t], rid).deleted for t, rid in copied)
    assert not [h for h in store.search("semiconductors") if h.dossier_id == copy_id]

    ws.undo_stack.redo()
    assert ws.dossier_id == copy_id and _contents(store, copy_id) == copied
    ws.undo_stack.undo()
    assert _contents(store, demo_id) == before and _contents(store, other) == other_before
    assert _contents(elsewhere, elsewhere.dossiers()[0].id) == elsewhere_before


def test_a_new_dossier_is_undone_too(ws: Workspace) -> None:
    demo_id = ws.dossier_id
    dossier = model.Dossier(id=editing.new_id(), title="Japan–US tariff talks")
    assert ws.new_dossier("New dossier", dossier)
    assert ws.dossier_id == dossier.id
    ws.undo_stack.undo()
    assert ws.dossier_id == demo_id and [d.id for d in ws.store.dossiers()] == [demo_id]
    ws.undo_stack.redo()
    assert ws.dossier_id == dossier.id


def test_a_refused_copy_says_why_and_changes_nothing(two) -> None:
    ws, demo_id, _other = two
    ws.store.delete_dossier(demo_id)  # by another program, before the window noticed
    count = ws.undo_stack.count(), len(ws.store.dossiers())
    assert ws.copy_dossier("Copy", "Rehearsal") is None
    assert ws.problems  # type: ignore[attr-defined]
    assert (ws.undo_stack.count(), len(ws.store.dossiers())) == count


def test_switching_dossier_by_hand_still_starts_a_fresh_history(two) -> None:
    ws, demo_id, other = two
    ws.edit("Rename", ws.store.records(model.AgendaItem, demo_id)[0], title="Cars first")
    ws.set_dossier(other)
    assert ws.undo_stack.count() == 0


def test_copy_and_delete_from_the_window_then_undo_from_the_edit_menu(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch
) -> None:
    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)  # (made on the operations runner)
    assert window.dossier_box.count() == 2 and window.dossier_box.currentText() == "Rehearsal copy"
    assert window.undo_action.isEnabled() and "copy dossier" in window.undo_action.text()
    records = sum(window.store.count(rtype, window.workspace.dossier_id) for rtype in model.RECORD_TYPES[1:]) + 1
    monkeypatch.setattr(operations, "REPORT_EVERY_S", 0.0)  # (every report reaches the window)
    shown: list[tuple[int, int, str]] = []
    monkeypatch.setattr(window.files.runner.strip, "show_progress", lambda *report: shown.append(report))
    undo_text = window.undo_action.text()
    window.undo_action.trigger()
    finish_operation(qtbot, window)  # (taken back on the operations runner too)
    assert window.dossier_box.count() == 1 and window.workspace.dossier_id == demo_id
    # the window told how far it had come: each record read, checked and deleted, in its words
    assert {label for _, _, label in shown} == {undo_text}, shown
    assert shown[-1][1] == 3 * records and [d for d, _, _ in shown] == sorted(d for d, _, _ in shown)
    monkeypatch.undo()
    window.redo_action.trigger()
    finish_operation(qtbot, window)
    assert window.dossier_box.currentText() == "Rehearsal copy"

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_dossier_action.trigger()
    finish_operation(qtbot, window)  # (made on the operations runner)
    assert window.dossier_box.count() == 1 and window.workspace.dossier_id == demo_id
    assert "delete dossier" in window.undo_action.text()
    window.undo_action.trigger()
    finish_operation(qtbot, window)  # (taken back on the operations runner too)
    assert window.dossier_box.count() == 2 and window.dossier_box.currentText() == "Rehearsal copy"
    assert demo_store.count(model.AgendaItem, window.workspace.dossier_id) == 12
    window.undo_action.trigger()  # the copy itself
    finish_operation(qtbot, window)
    assert window.dossier_box.count() == 1

    # the last dossier deleted: the empty page, and undo brings it back
    window.delete_dossier_action.trigger()
    finish_operation(qtbot, window)  # (made on the operations runner)
    assert window.pages.currentIndex() == 1 and window.workspace.dossier_id is None
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    finish_operation(qtbot, window)  # (taken back on the operations runner too)
    assert window.pages.currentIndex() == 0 and window.workspace.dossier_id == demo_id


def test_an_undo_refused_on_the_runner_says_why_and_the_history_drops_it(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch, messages
) -> None:
    from negoprep.store.operations import InvalidChangeError

    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    copy_id = window.workspace.dossier_id
    assert copy_id != demo_id and "copy dossier" in window.undo_action.text()

    def refused(self, operation, **_):
        raise InvalidChangeError(["the copy's agenda changed meanwhile"])

    monkeypatch.setattr(Store, "undo", refused)
    window.undo_action.trigger()
    assert window.files.runner.busy  # (taken on the runner, as the copy was made)
    finish_operation(qtbot, window)
    [said] = messages
    assert said.startswith('"Copy dossier') and said.endswith("was not undone: the copy's agenda changed meanwhile")
    # (the title's own quotes inside the label's: they nest, never two straight ones in a row)
    assert "“" in said and '""' not in said
    # nothing moved, and the history no longer offers what it could not take back
    assert "copy dossier" not in window.undo_action.text().casefold()
    assert {d.id for d in demo_store.dossiers()} == {demo_id, copy_id} and window.workspace.dossier_id == copy_id


def test_a_copy_and_its_undo_can_be_cancelled_and_change_nothing(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch, messages
) -> None:
    """Cancel stops a copy, or the undo of one, with nothing written: no copy made, or the
    copy kept and the history as it was."""
    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    assert window.files.runner.strip.cancel_button.isVisible()
    window.files.runner.cancel()  # (read at the work's first step)
    finish_operation(qtbot, window)
    assert [d.id for d in demo_store.dossiers()] == [demo_id] and "cancelled" in window.statusBar().currentMessage()
    assert "copy dossier" not in window.undo_action.text().casefold() and not messages

    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    assert window.statusBar().currentMessage().endswith(": done")  # (the bar gone, the end said)
    copy_id = window.workspace.dossier_id
    undo_text = window.undo_action.text()
    window.undo_action.trigger()
    assert window.files.runner.strip.cancel_button.isVisible()
    window.files.runner.cancel()
    finish_operation(qtbot, window)
    assert {d.id for d in demo_store.dossiers()} == {demo_id, copy_id} and window.workspace.dossier_id == copy_id
    assert window.undo_action.text() == undo_text and "cancelled" in window.statusBar().currentMessage()
    window.undo_action.trigger()  # (and it is still there to be taken)
    finish_operation(qtbot, window)
    assert [d.id for d in demo_store.dossiers()] == [demo_id] and not messages


def test_an_undo_waiting_for_another_program_says_so_and_can_be_cancelled(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch, messages
) -> None:
    """While another program holds the store's write lock, the undo says it is waiting, and
    Cancel stops it then (not after the minute it would wait)."""
    import time

    from negoprep.store.engine import sqlite

    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    copy_id = window.workspace.dossier_id
    other = sqlite.connect(str(demo_store.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: "Waiting for another program" in window.files.runner.strip.label.text(), timeout=10_000)
        asked = time.monotonic()
        window.files.runner.cancel()
        finish_operation(qtbot, window, timeout_ms=10_000)
        assert time.monotonic() - asked < 5
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert {d.id for d in demo_store.dossiers()} == {
        demo_id,
        copy_id,
    } and "cancelled" in window.statusBar().currentMessage()
    assert "copy dossier" in window.undo_action.text().casefold() and not messages


def test_an_undo_that_cannot_be_taken_now_says_why_and_the_history_keeps_it(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch, messages
) -> None:
    """The store busy past the wait (or a full disk) is no refusal: the undo is not taken now,
    and stays in the history, to be taken once that has passed."""
    from negoprep.errors import StoreError

    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    copy_id = window.workspace.dossier_id
    undo_text = window.undo_action.text()
    real = Store.undo

    def busy(self, operation, **_):
        raise StoreError("demo.db is busy in another program (waited 60 s): the change was not saved")

    monkeypatch.setattr(Store, "undo", busy)
    window.undo_action.trigger()
    finish_operation(qtbot, window)
    [said] = messages
    assert "was not undone" in said and "busy in another program" in said
    assert window.undo_action.text() == undo_text and not window.redo_action.isEnabled()
    assert {d.id for d in demo_store.dossiers()} == {demo_id, copy_id}
    monkeypatch.setattr(Store, "undo", real)
    window.undo_action.trigger()  # (once the other program is done)
    finish_operation(qtbot, window)
    assert [d.id for d in demo_store.dossiers()] == [demo_id] and len(messages) == 1


def test_an_edit_whose_undo_cannot_be_taken_now_keeps_its_place_in_the_history(
    qtbot, ws: Workspace, monkeypatch
) -> None:
    """An edit undone on the GUI thread while the store stays busy past the wait: nothing moves,
    the history puts the step back where it was, and it is taken once that has passed."""
    from negoprep.errors import StoreError

    store = ws.store
    item = store.records(model.AgendaItem, ws.dossier_id)[0]
    ws.edit("Rename", item, title="Cars first")
    real = Store.undo

    def busy(self, operation, **_):
        raise StoreError("demo.db is busy in another program (waited 60 s): the change was not saved")

    monkeypatch.setattr(Store, "undo", busy)
    ws.undo_stack.undo()
    qtbot.waitUntil(lambda: ws.undo_stack.canUndo(), timeout=2000)
    assert ws.undo_stack.undoText() == "Rename" and not ws.undo_stack.canRedo()
    assert store.get(model.AgendaItem, item.id).title == "Cars first"
    assert any("busy in another program" in p for p in ws.problems)  # type: ignore[attr-defined]
    monkeypatch.setattr(Store, "undo", real)
    ws.undo_stack.undo()
    assert store.get(model.AgendaItem, item.id).title == item.title and ws.undo_stack.canRedo()
