"""Edit → Undo beside another program on the same store: only what the change changed goes
back, what the other program changed since stays (and the person is told), and a copied
dossier another program has added to since is not taken away with its new records."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from negoprep.records import editing, model
from negoprep.store.store import Store
from negoprep.ui.workspace import Workspace

OTHER = model.Author(id="00000000-0000-4000-8000-000000000007", name="Other Program")
ITEM = "Tariff relief for automobiles"


@pytest.fixture
def other(ws: Workspace) -> Iterator[Store]:
    with Store.open(ws.store.path, OTHER) as store:
        yield store


def _item(store: Store, dossier_id: str) -> model.AgendaItem:
    return next(i for i in store.records(model.AgendaItem, dossier_id) if i.title == ITEM)


def test_undo_keeps_the_other_programs_priority(ws: Workspace, other: Store) -> None:
    item = _item(ws.store, ws.dossier_id)
    assert item.priority == 5
    ws.edit("Rename", item, title="APP TITLE")
    doc = other.dump(ws.dossier_id)  # the command line: dump, change, load
    next(i for i in doc["agenda_items"] if i["id"] == item.id)["priority"] = 1
    other.load(doc)

    ws.undo_stack.undo()
    stored = ws.store.get(model.AgendaItem, item.id)
    assert (stored.title, stored.priority) == (ITEM, 1)
    assert ws.problems == []  # type: ignore[attr-defined]

    ws.undo_stack.redo()
    other.apply("Theirs", puts=[editing_title(other, item.id, "THEIR TITLE")])
    ws.undo_stack.undo()  # all "Rename" changed was changed since: nothing to take back
    stored = ws.store.get(model.AgendaItem, item.id)
    assert (stored.title, stored.priority) == ("THEIR TITLE", 1)
    assert len(ws.problems) == 1  # type: ignore[attr-defined]
    assert '"Rename" was not undone: all it changed was changed since' in ws.problems[0]  # type: ignore[attr-defined]
    assert "THEIR TITLE" in ws.problems[0]  # type: ignore[attr-defined]
    assert not ws.undo_stack.canRedo()  # nothing moved: no redo is offered

    # a change of two fields, one of them changed since: the other goes back, and that is said
    ws.edit("Two fields", ws.store.get(model.AgendaItem, item.id), title="APP AGAIN", status="agreed")
    other.apply("Theirs again", puts=[editing_title(other, item.id, "THEIRS AGAIN")])
    ws.undo_stack.undo()
    stored = ws.store.get(model.AgendaItem, item.id)
    assert (stored.title, stored.status) == ("THEIRS AGAIN", item.status)
    assert '"Two fields" was undone, except' in ws.problems[-1]  # type: ignore[attr-defined]
    assert ws.undo_stack.canRedo()


def editing_title(store: Store, item_id: str, title: str) -> model.AgendaItem:
    from dataclasses import replace

    return replace(store.get(model.AgendaItem, item_id), title=title)


def test_undoing_a_copy_another_program_added_a_note_to_is_refused(ws: Workspace, other: Store) -> None:
    demo_id = ws.dossier_id
    copy_id = ws.copy_dossier("Copy dossier", "Rehearsal")
    assert copy_id is not None and ws.dossier_id == copy_id
    doc = other.dump(copy_id)
    note_id = editing.new_id()
    doc["notes"].append({"id": note_id, "at": None, "title": "Their note", "text": "From the command line."})
    other.load(doc)

    ws.undo_stack.undo()
    assert copy_id in [d.id for d in ws.store.dossiers()]
    assert not ws.store.get(model.Note, note_id).deleted
    assert [h.row_id for h in ws.store.search("command line", copy_id)] == [note_id]
    assert len(ws.store.records(model.AgendaItem, copy_id)) == len(ws.store.records(model.AgendaItem, demo_id))
    assert ws.dossier_id == copy_id  # still shown: it is still there
    [message] = ws.problems  # type: ignore[attr-defined]
    assert '"Copy dossier" was not undone' in message
    assert 'dossier "Rehearsal" has changed since: note "Their note" is in it' in message
    # nothing moved: the menu offers no redo of what was not undone, nor the same undo again
    assert not ws.undo_stack.canRedo() and not ws.undo_stack.canUndo()


def test_a_refused_redo_leaves_the_edit_menu_offering_nothing_it_cannot_do(
    qtbot, ws: Workspace, other: Store, tmp_path, monkeypatch
) -> None:
    """Delete a track, undo, another program puts an agenda item on it, redo: refused, and
    Edit → Redo is no longer offered (the stack dropped the step)."""
    from PySide6.QtWidgets import QMessageBox

    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    window = MainWindow(ws.store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    ws = window.workspace
    track = model.Track(id=editing.new_id(), dossier_id=ws.dossier_id, name="Fisheries")
    assert ws.apply("New track", puts=[track]) is not None
    assert ws.apply("Delete track", deletes=[ws.store.get(model.Track, track.id)]) is not None
    ws.undo_stack.undo()
    assert window.redo_action.isEnabled()
    item = model.AgendaItem(id=editing.new_id(), dossier_id=ws.dossier_id, track_id=track.id, title="Quota")
    other.apply("Theirs", puts=[item])
    ws.undo_stack.redo()
    assert not ws.store.get(model.Track, track.id).deleted
    qtbot.wait(10)  # (the stack drops the step once the redo has returned)
    assert not window.redo_action.isEnabled()
    assert not ws.undo_stack.canRedo()
    assert len(said) == 1 and "was not redone" in said[0]
