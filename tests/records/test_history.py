"""A record's history as a person reads it: who did what to which fields, oldest first."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from negoprep.records import model
from negoprep.records.history import HistoryEntry, entries
from negoprep.store.store import Store
from tests.clock import on_clock
from tests.conftest import AUTHOR

SECOND = model.Author(id="00000000-0000-4000-8000-000000000002", name="Second Author")
THIRD = model.Author(id="00000000-0000-4000-8000-000000000003", name="Third Author")
_MINUTES = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} (?:[A-Z]{2,6}|UTC[+-]\d{2}:\d{2})")  # with its zone


@pytest.fixture
def mem_store() -> Store:
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d1", title="History"))
        store.put(model.Track(id="t1", dossier_id="d1", name="Trade"))
        store.put(model.Participant(id="p1", dossier_id="d1", name="Kim"))
        yield store


def test_created_changed_deleted_restored(mem_store: Store) -> None:
    store = mem_store
    item = model.AgendaItem(id="a1", dossier_id="d1", track_id="t1", title="Steel quota", priority=2)
    store.apply("Add", puts=[item])
    store.set_author(SECOND)
    store.apply("Edit", puts=[replace(item, title="Steel quotas", priority=4)])
    store.set_author(THIRD)
    current = store.get(model.AgendaItem, "a1")
    store.apply("Edit", puts=[replace(current, owner_id="p1", figure_value=2.5, position=9)])
    store.set_author(AUTHOR)
    deleted = store.apply("Delete", deletes=[store.get(model.AgendaItem, "a1")])
    store.set_author(SECOND)
    store.restore(deleted.before)

    got = entries(store.history(model.AgendaItem, "a1"))
    assert [e.action for e in got] == ["created", "changed", "changed", "deleted", "restored"]
    assert [e.author for e in got] == [AUTHOR.name, SECOND.name, THIRD.name, AUTHOR.name, SECOND.name]
    assert got[0].changes == ()
    assert sorted(got[1].changes) == [("priority", 2, 4), ("title", "Steel quota", "Steel quotas")]
    # the position is not a change a person reads about
    assert sorted(got[2].changes) == [("figure_value", None, 2.5), ("owner_id", None, "p1")]
    assert got[3].changes == ()
    assert got[4].changes == ()  # restored as it was when deleted
    assert all(_MINUTES.fullmatch(e.at) for e in got)
    assert all(isinstance(e, HistoryEntry) for e in got)


def test_a_change_lists_every_changed_field(mem_store: Store) -> None:
    store = mem_store
    point = model.TalkingPoint(id="tp", dossier_id="d1", agenda_item_id="a1", text="First", kind="point")
    store.apply("Add item", puts=[model.AgendaItem(id="a1", dossier_id="d1", track_id="t1", title="Item")])
    store.apply("Add point", puts=[point])
    store.apply("Edit", puts=[replace(point, text="Second", kind="press", disclosure="never")])
    (created, changed) = entries(store.history(model.TalkingPoint, "tp"))
    assert created.action == "created" and changed.action == "changed"
    assert sorted(changed.changes) == [
        ("disclosure", "internal", "never"),
        ("kind", "point", "press"),
        ("text", "First", "Second"),
    ]


def test_a_no_op_writes_no_history(mem_store: Store) -> None:
    track = mem_store.get(model.Track, "t1")
    op = mem_store.apply("Nothing", puts=[track])
    assert op.is_empty()
    assert [e.action for e in entries(mem_store.history(model.Track, "t1"))] == ["created"]


def test_undo_of_a_creation_and_its_redo(mem_store: Store) -> None:
    note = model.Note(id="n1", dossier_id="d1", title="Plan", text="Text")
    op = mem_store.apply("Add", puts=[note])
    mem_store.restore(op.before)
    mem_store.restore(op.after)
    got = entries(mem_store.history(model.Note, "n1"))
    assert [e.action for e in got] == ["created", "deleted", "restored"]
    assert got[2].changes == ()


def test_undo_of_a_change_is_a_change_back(mem_store: Store) -> None:
    participant = mem_store.get(model.Participant, "p1")
    op = mem_store.apply("Edit", puts=[replace(participant, side="theirs", head=True)])
    mem_store.set_author(SECOND)
    mem_store.restore(op.before)
    got = entries(mem_store.history(model.Participant, "p1"))
    assert [e.action for e in got] == ["created", "changed", "changed"]
    assert sorted(got[1].changes) == [("head", False, True), ("side", "ours", "theirs")]
    assert sorted(got[2].changes) == [("head", True, False), ("side", "theirs", "ours")]
    assert got[2].author == SECOND.name


def test_cascade_deletes_show_in_each_record_history(mem_store: Store) -> None:
    store = mem_store
    store.apply("Add item", puts=[model.AgendaItem(id="a1", dossier_id="d1", track_id="t1", title="Item")])
    store.apply("Add point", puts=[model.TalkingPoint(id="tp", dossier_id="d1", agenda_item_id="a1", text="Say")])
    op = store.apply("Delete item", deletes=[store.get(model.AgendaItem, "a1")])
    assert [e.action for e in entries(store.history(model.TalkingPoint, "tp"))] == ["created", "deleted"]
    store.restore(op.before)
    assert [e.action for e in entries(store.history(model.TalkingPoint, "tp"))] == ["created", "deleted", "restored"]
    assert [e.action for e in entries(store.history(model.AgendaItem, "a1"))] == ["created", "deleted", "restored"]


def test_a_renamed_author_is_named_as_now(mem_store: Store) -> None:
    mem_store.set_author(model.Author(id=AUTHOR.id, name="Renamed Author"))
    mem_store.apply("Edit", puts=[replace(mem_store.get(model.Track, "t1"), name="Tariffs")])
    got = entries(mem_store.history(model.Track, "t1"))
    assert [e.author for e in got] == ["Renamed Author", "Renamed Author"]


def test_entries_of_the_demo(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    item = demo_store.content(dossier_id).agenda_items[0]
    got = entries(demo_store.history(model.AgendaItem, item.id))
    assert [(e.action, e.author, e.changes) for e in got] == [("created", AUTHOR.name, ())]
    assert entries([]) == []


def test_times_are_local_minutes_with_their_zone_and_odd_times_pass_through() -> None:
    revision = model.Revision(
        id="r",
        table="notes",
        row_id="n",
        parents=(),
        author_id="a",
        author_name="A",
        at="2025-04-24T10:15:30.000Z",
        op="insert",
        snapshot={"text": "x"},
    )
    (entry,) = entries([revision])
    assert _MINUTES.fullmatch(entry.at)
    with on_clock("Asia/Seoul"):
        assert entries([revision])[0].at == "2025-04-24 19:15 KST"
    with on_clock("America/New_York"):
        assert entries([revision])[0].at == "2025-04-24 06:15 EDT"
    with on_clock("Asia/Dubai"):  # a zone without an abbreviation of its own: the offset
        assert entries([revision])[0].at == "2025-04-24 14:15 UTC+04:00"
    (odd,) = entries([replace(revision, at="not a time")])
    assert odd.at == "not a time"


def test_a_branch_is_compared_with_its_parent_not_with_the_other_branch() -> None:
    from negoprep.records.model import Revision

    def rev(rid: str, parents: tuple[str, ...], at: str, **fields: object) -> Revision:
        snapshot = {"title": "T", "venue": "V", "deleted": False, **fields}
        return Revision(rid, "dossiers", "d", parents, "a", "Ann", at, "update" if parents else "insert", snapshot)

    revisions = [
        rev("r1", (), "2025-01-01T00:00:00Z"),
        rev("r2", ("r1",), "2025-01-02T00:00:00Z", title="Mine"),
        rev("r3", ("r1",), "2025-01-03T00:00:00Z", venue="Seoul"),  # another person's branch
        rev("r4", ("r2", "r3"), "2025-01-04T00:00:00Z", title="Mine", venue="Seoul"),
    ]
    listed = entries(revisions)
    assert [c[0] for c in listed[2].changes] == ["venue"]  # not "title" undone
    assert [c[0] for c in listed[3].changes] == ["venue"]  # the merge brings the other branch's venue
