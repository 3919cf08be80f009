"""Undo and redo beside another program on the same store file: they take back only what the
operation changed, keep what was changed since (and say so), and never leave a live record
inside, or pointing at, one they delete."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from negoprep.records import editing, model
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store

OTHER = model.Author(id="00000000-0000-4000-8000-000000000007", name="Other Program")
ITEM = "Tariff relief for automobiles"


@pytest.fixture
def other(demo_store: Store) -> Iterator[Store]:
    """A second program on the same store file."""
    with Store.open(demo_store.path, OTHER) as store:
        yield store


def _dossier(store: Store) -> str:
    return store.dossiers()[0].id


def _item(store: Store, title: str = ITEM) -> model.AgendaItem:
    return next(i for i in store.records(model.AgendaItem, _dossier(store)) if i.title == title)


def _live(store: Store) -> dict[tuple[str, str], dict]:
    """Every live record of the store, as a person wrote it."""
    found = {}
    for rtype in model.RECORD_TYPES:
        for row in store.db.rows(f"SELECT * FROM {rtype.table} WHERE deleted = 0"):
            record = store.db.get(rtype, row["id"])
            found[(rtype.table, record.id)] = record.content()
    return found


def _set_priority_by_load(other: Store, item_id: str, priority: int) -> None:
    """What the command line does: dump, change the item in the document, load it back."""
    doc = other.dump(_dossier(other))
    entry = next(i for i in doc["agenda_items"] if i["id"] == item_id)
    entry["priority"] = priority
    other.load(doc)


# --- fields -----------------------------------------------------------------------------------


def test_undo_takes_back_its_own_field_and_keeps_another_programs_change(demo_store: Store, other: Store) -> None:
    item = _item(demo_store)
    assert item.priority == 5
    op = demo_store.apply("Rename", puts=[replace(item, title="APP TITLE")])
    _set_priority_by_load(other, item.id, 1)

    assert demo_store.undo(op) == []
    now = demo_store.get(model.AgendaItem, item.id)
    assert (now.title, now.priority) == (ITEM, 1)

    assert demo_store.redo(op) == []
    now = demo_store.get(model.AgendaItem, item.id)
    assert (now.title, now.priority) == ("APP TITLE", 1)


def test_undo_keeps_a_field_changed_since_and_says_so(demo_store: Store, other: Store) -> None:
    item = _item(demo_store)
    op = demo_store.apply("Retitle", puts=[replace(item, title="APP TITLE", priority=2)])
    other.apply("Theirs", puts=[replace(other.get(model.AgendaItem, item.id), title="THEIR TITLE")])

    kept = demo_store.undo(op)
    now = demo_store.get(model.AgendaItem, item.id)
    assert (now.title, now.priority) == ("THEIR TITLE", 5)  # theirs kept; the rest taken back
    assert len(kept) == 1 and "THEIR TITLE" in kept[0] and "Title" in kept[0] and "Priority" not in kept[0]


def test_redo_keeps_a_field_changed_since_and_says_so(demo_store: Store, other: Store) -> None:
    item = _item(demo_store)
    op = demo_store.apply("Reprioritise", puts=[replace(item, priority=2, status="agreed")])
    demo_store.undo(op)
    other.apply("Theirs", puts=[replace(other.get(model.AgendaItem, item.id), priority=4)])

    kept = demo_store.redo(op)
    now = demo_store.get(model.AgendaItem, item.id)
    assert (now.priority, now.status) == (4, "agreed")
    assert len(kept) == 1 and "Priority" in kept[0]


def test_undo_keeps_a_record_deleted_since_deleted_and_says_so(demo_store: Store, other: Store) -> None:
    dossier_id = _dossier(demo_store)
    note = demo_store.records(model.Note, dossier_id)[0]
    op = demo_store.apply("Retitle note", puts=[replace(note, title="Mine")])
    other.delete(other.get(model.Note, note.id))

    # all it changed is gone since: nothing to take back, and nothing written
    with pytest.raises(InvalidChangeError, match=r"all it changed was changed since: .*deleted") as refused:
        demo_store.undo(op)
    assert demo_store.get(model.Note, note.id).deleted
    assert len(refused.value.problems) == 1


# --- records the operation created or deleted ----------------------------------------------


def test_undoing_a_creation_keeps_the_record_when_changed_since(demo_store: Store, other: Store) -> None:
    dossier_id = _dossier(demo_store)
    fig = model.Figure(id=editing.new_id(), dossier_id=dossier_id, series="Surplus", label="2026", value=1.0)
    op = demo_store.apply("Add figure", puts=[fig])
    other.apply("Theirs", puts=[replace(other.get(model.Figure, fig.id), value=2.0)])

    with pytest.raises(InvalidChangeError, match="all it changed was changed since"):
        demo_store.undo(op)
    stored = demo_store.get(model.Figure, fig.id)
    assert not stored.deleted and stored.value == 2.0


def test_undoing_a_creation_is_refused_when_another_program_put_a_record_in_it(demo_store: Store, other: Store) -> None:
    dossier_id = _dossier(demo_store)
    track = demo_store.records(model.Track, dossier_id)[0]
    item = model.AgendaItem(id=editing.new_id(), dossier_id=dossier_id, track_id=track.id, title="New item")
    op = demo_store.apply("Add item", puts=[item])
    point = model.TalkingPoint(id=editing.new_id(), dossier_id=dossier_id, agenda_item_id=item.id, text="Theirs")
    other.apply("Their point", puts=[point])
    before = _live(demo_store)

    with pytest.raises(InvalidChangeError) as info:
        demo_store.undo(op)
    assert any("has changed since" in p and "Theirs" in p for p in info.value.problems), info.value.problems
    assert _live(demo_store) == before


def test_undoing_a_participant_is_refused_when_a_task_names_it_since(demo_store: Store, other: Store) -> None:
    dossier_id = _dossier(demo_store)
    person = model.Participant(id=editing.new_id(), dossier_id=dossier_id, name="New Person")
    op = demo_store.apply("Add person", puts=[person])
    item = other.get(model.AgendaItem, _item(other).id)
    other.apply("Owner", puts=[replace(item, owner_id=person.id)])
    before = _live(demo_store)

    with pytest.raises(InvalidChangeError) as info:
        demo_store.undo(op)
    assert any("has changed since" in p and ITEM in p for p in info.value.problems), info.value.problems
    assert _live(demo_store) == before


def test_redoing_a_deletion_is_refused_when_a_child_was_added_since(demo_store: Store, other: Store) -> None:
    dossier_id = _dossier(demo_store)
    track = model.Track(id=editing.new_id(), dossier_id=dossier_id, name="Spare track")
    demo_store.apply("Add track", puts=[track])
    op = demo_store.apply("Delete track", deletes=[track])
    demo_store.undo(op)
    item = model.AgendaItem(id=editing.new_id(), dossier_id=dossier_id, track_id=track.id, title="Their item")
    other.apply("Their item", puts=[item])
    before = _live(demo_store)

    with pytest.raises(InvalidChangeError) as info:
        demo_store.redo(op)
    assert any("Their item" in p for p in info.value.problems), info.value.problems
    assert _live(demo_store) == before


# --- whole dossiers ---------------------------------------------------------------------------


def _add_note_by_load(other: Store, dossier_id: str, title: str) -> str:
    doc = other.dump(dossier_id)
    note_id = editing.new_id()
    doc["notes"].append({"id": note_id, "at": None, "title": title, "text": "Added from the command line."})
    other.load(doc)
    return note_id


def test_undoing_a_copy_is_refused_when_a_note_was_added_to_it_since(demo_store: Store, other: Store) -> None:
    demo_id = _dossier(demo_store)
    op = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy")
    copy_id = next(rid for rtype, rid, _ in op.after if rtype is model.Dossier)
    note_id = _add_note_by_load(other, copy_id, "Their note")
    before = _live(demo_store)

    with pytest.raises(InvalidChangeError) as info:
        demo_store.undo(op)
    assert any("Rehearsal" in p and "Their note" in p and "has changed since" in p for p in info.value.problems)
    assert _live(demo_store) == before
    assert not demo_store.get(model.Note, note_id).deleted
    assert copy_id in [d.id for d in demo_store.dossiers()]


def test_undoing_a_copy_without_later_changes_removes_it_whole(demo_store: Store) -> None:
    demo_id = _dossier(demo_store)
    before = _live(demo_store)
    op = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy")
    assert demo_store.undo(op) == []
    assert _live(demo_store) == before


def test_redoing_a_dossier_deletion_is_refused_when_a_note_was_added_since(demo_store: Store, other: Store) -> None:
    demo_id = _dossier(demo_store)
    op = demo_store.delete_dossier(demo_id, "Delete")
    demo_store.undo(op)
    _add_note_by_load(other, demo_id, "Their note")
    before = _live(demo_store)

    with pytest.raises(InvalidChangeError):
        demo_store.redo(op)
    assert _live(demo_store) == before


def test_deleting_a_dossier_through_apply_takes_everything_in_it(demo_store: Store) -> None:
    demo_id = _dossier(demo_store)
    other_id = demo_store.load(editing.copy_document(demo_store.dump(demo_id), "Other")).dossier_id
    before = _live(demo_store)
    op = demo_store.apply("Delete", deletes=[demo_store.get(model.Dossier, demo_id)])
    left = _live(demo_store)
    assert all(content.get("dossier_id", key[1]) != demo_id for key, content in left.items())
    assert {k: v for k, v in before.items() if v.get("dossier_id", k[1]) == other_id} == {
        k: v for k, v in left.items() if v.get("dossier_id", k[1]) == other_id
    }
    assert demo_store.undo(op) == []
    assert _live(demo_store) == before
