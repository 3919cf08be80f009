"""Merging a teammate's file: revisions united, one-sided changes taken, both-sided changes
merged field by field, real conflicts kept for a person, deletions carried; idempotent,
convergent for two and for three people, all or nothing, after a backup."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import shutil
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negoprep.cli import main
from negoprep.errors import StoreError
from negoprep.records import history, model
from negoprep.store import backups
from negoprep.store import merge as merging
from negoprep.store.database import index_row
from negoprep.store.engine import sqlite as sqlite3  # (the store's own SQLite: two in one process break its locks)
from negoprep.store.migrations import current_version
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.search_index import index_words

ALICE = model.Author(id="00000000-0000-4000-8000-00000000a11c", name="Alice")
BOB = model.Author(id="00000000-0000-4000-8000-000000000b0b", name="Bob")
CAROL = model.Author(id="00000000-0000-4000-8000-00000000ca01", name="Carol")
FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"
D = "d-merge"


def small_doc() -> dict[str, Any]:
    """A small dossier with some of everything."""
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": D, "title": "Merge test dossier", "counterpart": "Them"},
        "tracks": [{"id": f"t-{n}", "name": f"Track {n}"} for n in range(3)],
        "participants": [{"id": f"p-{n}", "name": f"Delegate {n}", "side": "ours"} for n in range(3)],
        "agenda_items": [
            {"id": f"a-{n}", "track": f"t-{n % 3}", "title": f"Item {n}", "owner": f"p-{n % 3}", "weight": 10}
            for n in range(6)
        ],
        "talking_points": [{"id": f"tp-{n}", "agenda_item": f"a-{n % 6}", "text": f"Point {n}"} for n in range(8)],
        "red_lines": [{"id": "r-0", "title": "Nothing for free", "rule": {"kind": "manual"}}],
        "packages": [
            {
                "id": "k-0",
                "name": "Opening offer",
                "items": [{"agenda_item": "a-0", "role": "give"}, {"agenda_item": "a-1", "role": "get"}],
            }
        ],
        "checklists": [
            {"id": "c-0", "title": "Before we fly", "items": [{"id": f"ci-{n}", "text": f"Task {n}"} for n in range(4)]}
        ],
        "notes": [{"id": f"n-{n}", "text": f"Note {n}"} for n in range(2)],
    }


# --- helpers ----------------------------------------------------------------------------------


def make_copies(folder: Path, authors: list[model.Author]) -> list[Store]:
    """Copies of one store (the small dossier), each opened by its own person."""
    with Store.open(folder / "base.db", AUTHOR) as base:
        base.load(small_doc())
        for n in range(len(authors)):
            base.save_copy(folder / f"copy{n}.db")
    return [Store.open(folder / f"copy{n}.db", author) for n, author in enumerate(authors)]


@pytest.fixture
def pair(tmp_path: Path):
    stores = make_copies(tmp_path, [ALICE, BOB])
    yield stores
    for s in stores:
        s.close()


def send(src: Store, dst: Store) -> merging.MergeReport:
    """`dst` merges the file `src` shares (a consistent copy of it)."""
    file = src.path.with_name(f"share-{uuid.uuid4().hex[:8]}.db")
    src.save_copy(file)
    try:
        return dst.merge_file(file)
    finally:
        file.unlink()


def tick() -> None:
    time.sleep(0.003)  # revision times have milliseconds: keep "later" unambiguous


def edit(store: Store, rtype: type[model.Record], record_id: str, **changes: Any) -> None:
    tick()
    store.apply("edit", puts=[replace(store.get(rtype, record_id), **changes)])


def remove(store: Store, rtype: type[model.Record], record_id: str) -> None:
    tick()
    store.apply("delete", deletes=[store.get(rtype, record_id)])


def fingerprint(store: Store) -> dict[str, list[str]]:
    """Every row of every table (revisions, conflicts and the search index included)."""
    conn = store.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables if t != "authors"}


def heads(store: Store) -> dict[tuple[str, str], tuple[str, bool]]:
    out = {}
    for rtype in model.RECORD_TYPES:
        for rid, rev, deleted in store.db.conn.execute(f"SELECT id, rev, deleted FROM {rtype.table}"):
            out[(rtype.table, rid)] = (rev, bool(deleted))
    return out


def conflict_set(store: Store) -> set[tuple[Any, ...]]:
    return {
        (c.id, c.table, c.row_id, c.field, json.dumps(c.a), json.dumps(c.b), c.resolved_at)
        for c in merging.all_conflicts(store)
    }


def state(store: Store) -> tuple[Any, ...]:
    """What must be the same on every side once everyone has everyone's work."""
    dumps = json.dumps({d.id: store.dump(d.id) for d in store.dossiers()}, sort_keys=True)
    revisions = {r[0] for r in store.db.conn.execute("SELECT id FROM revisions")}
    return dumps, heads(store), revisions, conflict_set(store)


def revision_count(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]


# --- one change on one side -------------------------------------------------------------------


def test_a_change_on_one_side_is_taken_as_it_is(pair) -> None:
    a, b = pair
    edit(b, model.AgendaItem, "a-1", title="Bob's title", priority=5)
    report = send(b, a)
    item = a.get(model.AgendaItem, "a-1")
    assert item.title == "Bob's title" and item.priority == 5
    assert item.rev == b.get(model.AgendaItem, "a-1").rev  # fast-forward: no new revision
    assert revision_count(a) == revision_count(b)
    assert report.counts["agenda_items"].updated == 1
    assert report.total.auto_merged == report.total.conflicts == report.pending_conflicts == 0
    assert [h.row_id for h in a.search("Bob's")] == ["a-1"]


def test_different_fields_changed_on_both_sides_merge(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-1", title="Alice's title")
    edit(b, model.AgendaItem, "a-1", status="tabled", description="Bob's words")
    before_a, before_b = a.get(model.AgendaItem, "a-1").rev, b.get(model.AgendaItem, "a-1").rev
    report = send(b, a)
    item = a.get(model.AgendaItem, "a-1")
    assert (item.title, item.status, item.description) == ("Alice's title", "tabled", "Bob's words")
    assert report.counts["agenda_items"].auto_merged == 1 and report.pending_conflicts == 0
    merge_rev = a.history(model.AgendaItem, "a-1")[-1]
    assert merge_rev.id == item.rev and sorted(merge_rev.parents) == sorted([before_a, before_b])
    assert merge_rev.author_name == "Alice"
    assert {h.row_id for h in a.search("Bob's words")} == {"a-1"}
    assert {h.row_id for h in a.search("Alice's title")} == {"a-1"}


def test_the_same_field_changed_differently_is_a_conflict(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-2", title="Alice's title", priority=1)
    edit(b, model.AgendaItem, "a-2", title="Bob's title", priority=1)  # the later one
    report = send(b, a)
    assert report.counts["agenda_items"].conflicts == 1
    assert report.new_conflicts == report.pending_conflicts == 1
    [conflict] = a.pending_conflicts()
    assert (conflict.table, conflict.row_id, conflict.field, conflict.kind) == (
        "agenda_items",
        "a-2",
        "title",
        "edited",
    )
    assert (conflict.base, conflict.a, conflict.b) == ("Item 2", "Alice's title", "Bob's title")
    assert (conflict.a_author, conflict.b_author) == ("Alice", "Bob")
    assert conflict.dossier_id == D and conflict.label == "Bob's title"
    item = a.get(model.AgendaItem, "a-2")
    assert item.title == "Bob's title" and item.priority == 1  # the later value, until someone decides
    # the other side, merging back, holds the same content and the same conflict
    send(a, b)
    assert state(a) == state(b)


def test_a_deletion_against_an_edit_is_a_conflict_and_loses_nothing(pair) -> None:
    a, b = pair
    remove(a, model.AgendaItem, "a-3")  # takes its talking point with it
    edit(b, model.AgendaItem, "a-3", our_position="We hold firm")
    report = send(b, a)
    item = a.get(model.AgendaItem, "a-3")
    assert not item.deleted and item.our_position == "We hold firm"
    [conflict] = a.pending_conflicts()
    assert (conflict.field, conflict.kind, conflict.a, conflict.b) == ("deleted", "deleted", True, False)
    assert report.counts["agenda_items"].conflicts == 1
    assert a.search("hold firm")
    send(a, b)
    assert state(a) == state(b)


def test_a_deletion_on_one_side_is_carried(pair) -> None:
    a, b = pair
    remove(b, model.Note, "n-1")
    edit(a, model.Note, "n-0", text="Alice's note")  # another record: no conflict
    report = send(b, a)
    assert a.get(model.Note, "n-1").deleted and report.counts["notes"].deleted == 1
    assert not a.search("Note 1", D) or all(h.row_id != "n-1" for h in a.search("Note 1", D))
    assert report.pending_conflicts == 0


def test_deleted_on_both_sides_stays_deleted_without_conflict(pair) -> None:
    a, b = pair
    edit(a, model.Note, "n-1", text="first Alice edits it")
    remove(a, model.Note, "n-1")
    remove(b, model.Note, "n-1")
    report = send(b, a)
    assert a.get(model.Note, "n-1").deleted
    assert report.pending_conflicts == 0
    send(a, b)
    assert state(a) == state(b)


def test_records_added_on_each_side_are_all_kept(pair) -> None:
    a, b = pair
    a.apply("add", puts=[model.Note(id="n-alice", dossier_id=D, text="Alice's new note")])
    b.apply("add", puts=[model.Note(id="n-bob", dossier_id=D, text="Bob's new note")])
    b.apply("add", puts=[model.TalkingPoint(id="tp-bob", dossier_id=D, agenda_item_id="a-0", text="Bob's point")])
    report = send(b, a)
    assert report.counts["notes"].added == 1 and report.counts["talking_points"].added == 1
    send(a, b)
    for s in (a, b):
        assert {"n-alice", "n-bob"} <= {n.id for n in s.content(D).notes}
        assert [h.row_id for h in s.search("Bob's point")] == ["tp-bob"]
    assert state(a) == state(b)


def test_an_addition_under_a_deleted_record_brings_it_back_with_a_conflict(pair) -> None:
    a, b = pair
    remove(a, model.AgendaItem, "a-4")
    b.apply("add", puts=[model.TalkingPoint(id="tp-new", dossier_id=D, agenda_item_id="a-4", text="A new line")])
    send(b, a)
    assert not a.get(model.AgendaItem, "a-4").deleted
    assert not a.get(model.TalkingPoint, "tp-new").deleted
    [conflict] = a.pending_conflicts()
    assert (conflict.row_id, conflict.field, conflict.kind) == ("a-4", "deleted", "deleted")
    send(a, b)
    assert state(a) == state(b)
    # keeping the deletion takes the new talking point with it, as any deletion would
    a.resolve_conflict(conflict.id, True, "mine")
    assert a.get(model.AgendaItem, "a-4").deleted and a.get(model.TalkingPoint, "tp-new").deleted
    assert a.pending_conflicts() == []


def test_merging_the_same_file_twice_changes_nothing(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-0", title="A0 by Alice")
    edit(b, model.AgendaItem, "a-0", title="A0 by Bob")
    edit(b, model.AgendaItem, "a-1", status="agreed")
    remove(b, model.TalkingPoint, "tp-2")
    file = b.path.with_name("shared.db")
    b.save_copy(file)
    first = a.merge_file(file)
    assert first.changed
    before = fingerprint(a)
    again = a.merge_file(file)
    assert fingerprint(a) == before
    assert not again.changed and again.total.unchanged == sum(first.total.as_json().values())


def test_merging_each_way_converges(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-0", title="A0 by Alice", priority=2)
    edit(b, model.AgendaItem, "a-0", title="A0 by Bob", status="tabled")
    edit(a, model.Track, "t-1", description="Alice's track")
    remove(b, model.ChecklistItem, "ci-1")
    edit(a, model.ChecklistItem, "ci-2", done=True)
    edit(b, model.ChecklistItem, "ci-2", text="Bob's task")
    file_a, file_b = a.path.with_name("from-a.db"), b.path.with_name("from-b.db")
    a.save_copy(file_a)
    b.save_copy(file_b)
    a.merge_file(file_b)  # each merges the other's file, made before either merged
    b.merge_file(file_a)
    assert state(a) == state(b)
    assert {c.id for c in a.pending_conflicts()} == {c.id for c in b.pending_conflicts()} != set()


# --- resolving ----------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["mine", "theirs", "edit"])
def test_resolving_a_conflict_writes_a_revision_by_the_person(pair, how: str) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-5", title="Alice's")
    edit(b, model.AgendaItem, "a-5", title="Bob's")
    send(b, a)
    [conflict] = a.pending_conflicts()
    value = {"mine": conflict.a, "theirs": conflict.b, "edit": "Agreed wording"}[how]
    carol = model.Author(id=CAROL.id, name=CAROL.name)
    a.set_author(carol)
    a.resolve_conflict(conflict.id, value, how)
    assert a.get(model.AgendaItem, "a-5").title == value
    assert a.pending_conflicts() == []
    [resolved] = merging.all_conflicts(a)
    assert (resolved.resolution, resolved.how, resolved.resolved_by) == (value, how, CAROL.id)
    assert resolved.resolved_at is not None
    entries = history.entries(a.history(model.AgendaItem, "a-5"))
    authors = [e.author for e in entries]
    assert {"Alice", "Bob"} <= set(authors)  # who wrote each value
    if how != "theirs":  # Bob's value is the one the merge kept: nothing to write then
        assert entries[-1].author == "Carol" and ("title", "Bob's", value) in entries[-1].changes
    with pytest.raises(StoreError, match="already resolved"):
        a.resolve_conflict(conflict.id, value, how)
    # the resolution travels: Bob's side takes it and has nothing left to resolve
    send(a, b)
    assert b.pending_conflicts() == [] and b.get(model.AgendaItem, "a-5").title == value


def test_a_resolution_is_checked_like_any_edit(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-5", priority=1)
    edit(b, model.AgendaItem, "a-5", priority=5)
    send(b, a)
    [conflict] = a.pending_conflicts()
    with pytest.raises(InvalidChangeError, match=r"^'Priority' must be between 1 and 5, not 9$"):
        a.resolve_conflict(conflict.id, 9, "edit")
    assert a.pending_conflicts() == [conflict]
    with pytest.raises(ValueError, match="how"):
        a.resolve_conflict(conflict.id, 1, "whatever")
    with pytest.raises(StoreError, match="no conflict"):
        a.resolve_conflict("nope", 1, "edit")


def test_a_refused_resolution_names_the_field_by_its_label(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-5", owner_id="p-0")
    edit(b, model.AgendaItem, "a-5", owner_id="p-1")
    send(b, a)
    [conflict] = a.pending_conflicts()
    label = model.label_of("agenda_items", "owner_id")
    assert label != "owner_id"
    with pytest.raises(InvalidChangeError) as caught:
        a.resolve_conflict(conflict.id, 5, "edit")
    assert str(caught.value) == f"'{label}' must be a non-empty string id"
    assert "owner_id" not in str(caught.value)
    assert a.pending_conflicts() == [conflict]


def test_resolving_a_deletion_conflict_either_way(pair) -> None:
    a, b = pair
    remove(a, model.Note, "n-0")
    edit(b, model.Note, "n-0", text="Bob keeps it")
    edit(a, model.Note, "n-1", text="Alice's n1")
    edit(b, model.Note, "n-1", text="Bob's n1")
    send(b, a)
    send(a, b)
    assert {(c.row_id, c.field) for c in b.pending_conflicts()} == {("n-0", "deleted"), ("n-1", "text")}
    remove(a, model.Note, "n-1")  # with its text conflict still open
    edit(b, model.Note, "n-1", text="Bob's n1, again")
    send(b, a)
    conflicts = {(c.row_id, c.field): c for c in a.pending_conflicts()}
    assert set(conflicts) == {("n-0", "deleted"), ("n-1", "deleted"), ("n-1", "text")}
    assert a.get(model.Note, "n-1").text == "Bob's n1, again"  # the live side's content stays
    a.resolve_conflict(conflicts[("n-0", "deleted")].id, False, "theirs")  # keep Bob's edit
    assert a.get(model.Note, "n-0").text == "Bob keeps it" and not a.get(model.Note, "n-0").deleted
    a.resolve_conflict(conflicts[("n-1", "deleted")].id, True, "mine")  # keep the deletion
    assert a.get(model.Note, "n-1").deleted
    assert a.pending_conflicts() == []  # the text of a deleted note is moot
    send(a, b)
    assert b.pending_conflicts() == [] and state(a) == state(b)


def test_keeping_a_record_brought_back_is_a_decision_the_next_merges_keep(pair) -> None:
    a, b = pair
    remove(a, model.AgendaItem, "a-4")
    b.apply("add", puts=[model.TalkingPoint(id="tp-new", dossier_id=D, agenda_item_id="a-4", text="A new line")])
    send(b, a)
    [conflict] = a.pending_conflicts()
    assert a.resolve_conflict(conflict.id, False, "theirs") is None  # nothing to undo: it was shown kept
    assert a.history(model.AgendaItem, "a-4")[-1].author_name == "Alice"  # the decision is in its history
    # meanwhile Bob, who never saw the deletion, takes his point back and edits the item
    remove(b, model.TalkingPoint, "tp-new")
    edit(b, model.AgendaItem, "a-4", status="tabled")
    send(b, a)
    send(a, b)
    for s in (a, b):
        item = s.get(model.AgendaItem, "a-4")
        assert not item.deleted and item.status == "tabled"
        assert s.pending_conflicts() == []
    assert state(a) == state(b)


def test_an_export_with_blanked_tombstones_merges_without_loss(pair) -> None:
    export = pytest.importorskip("negoprep.store.export")
    a, b = pair
    remove(a, model.AgendaItem, "a-3")  # the export blanks the text of what is deleted
    edit(b, model.AgendaItem, "a-3", status="agreed")
    shared = a.path.with_name("alice-export.db")
    export.export_store(a, shared)
    send_file = b.merge_file(shared)
    item = b.get(model.AgendaItem, "a-3")
    assert not item.deleted and item.title == "Item 3" and item.status == "agreed"
    assert [c.field for c in b.pending_conflicts()] == ["deleted"] and send_file.pending_conflicts == 1
    back = b.path.with_name("bob-export.db")
    export.export_store(b, back)
    a.merge_file(back)
    assert a.get(model.AgendaItem, "a-3").title == "Item 3"
    assert a.dump(D) == b.dump(D)


# --- the three people property tests -------------------------------------------------------------

EDITABLE: dict[type[model.Record], dict[str, list[Any]]] = {
    model.AgendaItem: {
        "title": ["Alpha", "Beta", "Gamma"],
        "status": ["open", "tabled", "agreed"],
        "priority": [1, 3, 5],
    },
    model.TalkingPoint: {"text": ["Alpha", "Beta", "Gamma"], "kind": ["point", "press"]},
    model.Track: {"name": ["Alpha", "Beta"], "description": ["Alpha", "Beta"]},
    model.ChecklistItem: {"text": ["Alpha", "Beta"], "done": [True, False]},
    model.Note: {"text": ["Alpha", "Beta", "Gamma"]},
    model.Participant: {"name": ["Alpha", "Beta"]},
}
DELETABLE = (model.TalkingPoint, model.Note, model.ChecklistItem, model.AgendaItem, model.Participant, model.Track)

op_strategy = st.tuples(
    st.sampled_from(["edit", "edit", "edit", "delete", "add"]),
    st.integers(0, 50),  # which record
    st.integers(0, 50),  # which field / kind
    st.integers(0, 50),  # which value
)


def live(store: Store, rtype: type[model.Record]) -> list[model.Record]:
    return store.records(rtype, D)


def run_ops(store: Store, ops: list[tuple[str, int, int, int]], who: int) -> None:
    for n, (kind, pick, what, value) in enumerate(ops):
        try:
            if kind == "edit":
                rtype = list(EDITABLE)[what % len(EDITABLE)]
                records = live(store, rtype)
                if not records:
                    continue
                fields = EDITABLE[rtype]
                name = list(fields)[value % len(fields)]
                record = records[pick % len(records)]
                store.apply("edit", puts=[replace(record, **{name: fields[name][(pick + value) % len(fields[name])]})])
            elif kind == "delete":
                rtype = DELETABLE[what % len(DELETABLE)]
                records = live(store, rtype)
                if records:
                    store.apply("delete", deletes=[records[pick % len(records)]])
            else:
                items = live(store, model.AgendaItem)
                if what % 2 and items:
                    item = items[pick % len(items)]
                    new = model.TalkingPoint(id=f"tp-{who}-{n}", dossier_id=D, agenda_item_id=item.id, text="Added")
                else:
                    new = model.Note(id=f"n-{who}-{n}", dossier_id=D, text=f"Added by {who}")
                store.apply("add", puts=[new])
        except InvalidChangeError:
            pass  # a deletion the store blocks (a track still holding items)


def rows_by_key(store: Store) -> dict[tuple[str, str], model.Record]:
    out = {}
    for rtype in model.RECORD_TYPES:
        for row in store.db.rows(f"SELECT * FROM {rtype.table}"):
            out[(rtype.table, row["id"])] = store.get(rtype, row["id"])
    return out


def intentions(base: dict[tuple[str, str], model.Record], store: Store) -> tuple[set, set]:
    """What one person did, from their store against the common start: the values they
    wrote (table, id, field, value) and the records they deleted (table, id)."""
    written, deleted = set(), set()
    for key, record in rows_by_key(store).items():
        before = base.get(key)
        if record.deleted:
            if before is not None and not before.deleted:
                deleted.add(key)
            continue
        for name, value in record.content().items():
            if before is None or getattr(before, name) != value:
                written.add((*key, name, json.dumps(value, sort_keys=True)))
    return written, deleted


def exchange_until_settled(stores: list[Store], order: list[tuple[int, int]], check_idempotence: bool) -> None:
    """The given exchanges, then rounds of everyone merging everyone's file until a round
    changes nothing (every file has reached everyone)."""
    for dst, src in order:
        if dst != src:
            send(stores[src], stores[dst])
    pairs = [(d, s) for d, s in itertools.permutations(range(len(stores)), 2)]
    for _ in range(8):
        before = [fingerprint(s) for s in stores]
        for dst, src in pairs:
            file = stores[src].path.with_name(f"share-{dst}-{src}.db")
            file.unlink(missing_ok=True)
            stores[src].save_copy(file)
            stores[dst].merge_file(file)
            if check_idempotence:
                settled = fingerprint(stores[dst])
                stores[dst].merge_file(file)
                assert fingerprint(stores[dst]) == settled, "merging the same file twice changed the store"
                check_idempotence = False  # once per example is enough to catch it, and cheap
            file.unlink()
        if [fingerprint(s) for s in stores] == before:
            return
    raise AssertionError("the stores did not settle")


def check_nothing_lost(stores: list[Store], intents: list[tuple[set, set]]) -> None:
    final = stores[0]
    conflicts = merging.all_conflicts(final)
    in_conflict: dict[tuple[str, str, str], set[str]] = {}
    for c in conflicts:
        in_conflict.setdefault((c.table, c.row_id, c.field), set()).update(
            json.dumps(v, sort_keys=True) for v in (c.a, c.b)
        )
    deletion_conflicts = {(c.table, c.row_id) for c in conflicts if c.field == "deleted"}
    rows = rows_by_key(final)
    for written, deleted in intents:
        for table, rid, name, value in written:
            record = rows[(table, rid)]
            assert not record.deleted, f"{table} {rid} was edited and is deleted without a conflict"
            current = json.dumps(getattr(record, name), sort_keys=True)
            kept = in_conflict.get((table, rid, name), set())
            assert current == value or value in kept, f"{table} {rid} {name}={value} was lost"
        for key in deleted:
            assert rows[key].deleted or key in deletion_conflicts, f"{key} came back without a conflict"


def check_converged(stores: list[Store]) -> None:
    first = state(stores[0])
    for other in stores[1:]:
        assert state(other) == first
    pending = [{c.id for c in s.pending_conflicts()} for s in stores]
    assert all(p == pending[0] for p in pending)


def run_scenario(people: list[model.Author], ops: list[list], order: list[tuple[int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stores = make_copies(Path(folder), people)
        try:
            base = rows_by_key(stores[0])
            for who, (store, store_ops) in enumerate(zip(stores, ops, strict=True)):
                run_ops(store, store_ops, who)
            intents = [intentions(base, s) for s in stores]
            exchange_until_settled(stores, order, check_idempotence=True)
            check_converged(stores)
            check_nothing_lost(stores, intents)
        finally:
            for s in stores:
                s.close()


FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.slow
@FAST
@given(
    ops=st.lists(st.lists(op_strategy, max_size=8), min_size=2, max_size=2),
    order=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 1)), max_size=3),
)
def test_two_people_edit_at_random_and_converge(ops, order) -> None:
    run_scenario([ALICE, BOB], ops, order)


@pytest.mark.slow
@FAST
@given(
    ops=st.lists(st.lists(op_strategy, max_size=6), min_size=3, max_size=3),
    order=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=5),
)
def test_three_people_exchange_in_any_order_and_converge(ops, order) -> None:
    run_scenario([ALICE, BOB, CAROL], ops, order)


def send_export(src: Store, dst: Store) -> merging.MergeReport:
    """`dst` merges an export of `src`: what people pass around, its older text blanked."""
    from negoprep.store import export

    file = src.path.with_name(f"export-{uuid.uuid4().hex[:8]}.db")
    export.export_store(src, file)
    try:
        return dst.merge_file(file)
    finally:
        file.unlink()


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=st.lists(st.lists(op_strategy, max_size=6), min_size=3, max_size=3),
    order=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=5),
)
def test_three_people_passing_exports_lose_nothing_and_converge(ops, order) -> None:
    """Exports blank the text of older revisions; a merge must take no blank for anyone's
    writing, and everyone still ends with the same dossier and the same conflicts."""
    with tempfile.TemporaryDirectory() as folder:
        stores = make_copies(Path(folder), [ALICE, BOB, CAROL])
        try:
            base = rows_by_key(stores[0])
            for who, (store, store_ops) in enumerate(zip(stores, ops, strict=True)):
                run_ops(store, store_ops, who)
            intents = [intentions(base, s) for s in stores]
            for dst, src in order:
                if dst != src:
                    send_export(stores[src], stores[dst])
            for _ in range(8):
                before = [fingerprint(s) for s in stores]
                for dst, src in itertools.permutations(range(3), 2):
                    send_export(stores[src], stores[dst])
                if [fingerprint(s) for s in stores] == before:
                    break
            check_nothing_lost(stores, intents)
            dumps, _, _, conflicts = state(stores[0])
            for other in stores[1:]:
                assert state(other)[0] == dumps and state(other)[3] == conflicts
        finally:
            for s in stores:
                s.close()


def resolve_some(store: Store, picks: list[int]) -> None:
    """A person settles some pending conflicts: keeping a, taking b, or writing a new value."""
    for pick in picks:
        pending = store.pending_conflicts()
        if not pending:
            return
        conflict = pending[pick % len(pending)]
        how = HOWS[pick % 3]
        value = conflict.b if how == "theirs" else conflict.a
        if how == "edit" and isinstance(value, str) and conflict.field != "deleted":
            value = "Omega"
        with contextlib.suppress(InvalidChangeError):  # e.g. a deletion the store blocks
            store.resolve_conflict(conflict.id, value, how)


HOWS = ("mine", "theirs", "edit")


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rounds=st.lists(
        st.tuples(
            st.lists(st.lists(op_strategy, min_size=1, max_size=6), min_size=3, max_size=3),
            st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=4),
            st.lists(st.integers(0, 30), min_size=1, max_size=3),
            st.integers(0, 2),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_three_people_editing_resolving_and_exchanging_in_rounds_converge(rounds) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stores = make_copies(Path(folder), [ALICE, BOB, CAROL])
        try:
            for n, (ops, order, picks, who) in enumerate(rounds):
                for person, (store, store_ops) in enumerate(zip(stores, ops, strict=True)):
                    run_ops(store, store_ops, person + 10 * n)
                for dst, src in order:
                    if dst != src:
                        send(stores[src], stores[dst])
                resolve_some(stores[who], picks)
            exchange_until_settled(stores, [], check_idempotence=True)
            check_converged(stores)
        finally:
            for s in stores:
                s.close()


def test_a_conflict_made_moot_by_a_deletion_goes_on_every_machine(tmp_path: Path) -> None:
    """Alice deletes a note Bob edited; merging Bob's file keeps it, in conflict. Alice then
    deletes it again, knowing. Whoever merges what, the conflict goes everywhere."""
    stores = make_copies(tmp_path, [ALICE, BOB, CAROL])
    alice, bob, _ = stores
    try:
        remove(alice, model.Note, "n-1")
        edit(bob, model.Note, "n-1", text="Bob's")
        send(bob, alice)
        assert [c.field for c in alice.pending_conflicts()] == ["deleted"]
        remove(alice, model.Note, "n-1")
        exchange_until_settled(stores, [], check_idempotence=True)
        check_converged(stores)
        assert all(s.pending_conflicts() == [] and s.get(model.Note, "n-1").deleted for s in stores)
    finally:
        for s in stores:
            s.close()


def test_three_people_with_criss_cross_conflicts_converge(tmp_path: Path) -> None:
    stores = make_copies(tmp_path, [ALICE, BOB, CAROL])
    try:
        base = rows_by_key(stores[0])
        for store, title in zip(stores, ["Alpha", "Beta", "Gamma"], strict=True):
            edit(store, model.AgendaItem, "a-0", title=title)
        remove(stores[2], model.Note, "n-0")
        edit(stores[0], model.Note, "n-0", text="still needed")
        intents = [intentions(base, s) for s in stores]
        exchange_until_settled(stores, [(0, 1), (2, 1), (1, 2), (0, 2)], check_idempotence=True)
        check_converged(stores)
        check_nothing_lost(stores, intents)
        titles = {json.dumps(v) for c in stores[0].pending_conflicts() if c.field == "title" for v in (c.a, c.b)}
        assert {'"Alpha"', '"Beta"', '"Gamma"'} <= titles
    finally:
        for s in stores:
            s.close()


# --- the file, the backup, the transaction ----------------------------------------------------


def test_a_backup_is_taken_before_the_merge(pair) -> None:
    a, b = pair
    edit(b, model.Note, "n-0", text="Bob's")
    before = fingerprint(a)
    report = send(b, a)
    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == backups.backup_folder(a.path)  # with the store's other backups
    assert backups.latest_backup(a.path).path == report.backup
    with Store.open(report.backup, AUTHOR, readonly=True) as backup:
        assert fingerprint(backup) == before


def test_a_failing_merge_changes_nothing(pair, monkeypatch) -> None:
    a, b = pair
    edit(b, model.AgendaItem, "a-0", title="Bob's")
    remove(b, model.Note, "n-0")
    before = fingerprint(a)

    def broken(self) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merging._Merger, "_unite_conflicts", broken)
    with pytest.raises(StoreError, match="I/O"):
        send(b, a)
    assert fingerprint(a) == before
    assert a.db.conn.execute("PRAGMA database_list").fetchall()[-1][1] != merging.SOURCE  # detached again


def test_the_search_index_after_a_merge_is_what_the_store_writes(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-0", title="Lumber quota", description="")
    edit(b, model.AgendaItem, "a-0", our_position="Hold on lumber", interests="Mills")
    remove(b, model.TalkingPoint, "tp-3")
    b.apply("add", puts=[model.Note(id="n-x", dossier_id=D, title="Side talk", text="Met the envoy")])
    send(b, a)

    def index() -> list[tuple]:
        rows = sorted(a.db.conn.execute("SELECT docid, table_name, row_id FROM search_rows"))
        return [rows, index_words(a.db.conn)]

    merged = index()
    with a.transaction():  # write every entry again the store's own way
        for rtype in model.RECORD_TYPES:
            for row in a.db.rows(f"SELECT * FROM {rtype.table}"):
                index_row(a.db.conn, rtype, row, bool(row["deleted"]))
        rebuilt = index()
    assert merged == rebuilt


def test_an_older_file_is_merged_through_a_migrated_copy_and_left_as_it_was(store: Store, tmp_path: Path) -> None:
    old = tmp_path / "v2.db"
    shutil.copy(FIXTURES / "v2.db", old)
    # the same dossier loaded here from its own dump: the same content, but no common revision
    opened = tmp_path / "opened.db"
    shutil.copy(old, opened)
    with Store.open(opened, AUTHOR) as migrated:
        docs = [migrated.dump(d.id) for d in migrated.dossiers()]
    for doc in docs:
        store.load(doc)
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    report = store.merge_file(old)
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest
    assert list(tmp_path.rglob("v2.v2-backup-*")) == []  # the migration's backup went with the private copy
    # the same demo loaded twice, never shared: no common revision, but the same content
    assert report.pending_conflicts == 0 and report.total.auto_merged > 0
    again = store.merge_file(old)
    assert not again.changed


def test_a_file_from_a_newer_negoprep_is_refused(store: Store, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    store.save_copy(newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {current_version() + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer negoprep"):
        store.merge_file(newer)


def test_what_is_not_a_store_is_refused(store: Store, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("hello")
    with pytest.raises(StoreError, match="not a negoprep store"):
        store.merge_file(text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="another application"):
        store.merge_file(other)
    with pytest.raises(StoreError, match="the store itself"):
        store.merge_file(store.path)
    with pytest.raises(StoreError, match="no file"):
        store.merge_file(tmp_path / "missing.db")


# --- the command line -------------------------------------------------------------------------


def test_cli_merge_reports_and_exits_by_conflicts(pair, capsys) -> None:
    a, b = pair
    edit(b, model.Note, "n-0", text="Bob's")
    remove(b, model.Note, "n-1")
    shared = b.path.with_name("bob.db")
    b.save_copy(shared)
    a.close()
    code = main(["--store", str(a.path), "merge", str(shared), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    assert doc["types"]["notes"] == {
        "added": 0,
        "updated": 1,
        "deleted": 1,
        "auto_merged": 0,
        "conflicts": 0,
        "unchanged": 0,
    }
    assert doc["pending_conflicts"] == 0 and doc["file"] == str(shared)

    edit(b, model.Note, "n-0", text="Bob again")
    b.save_copy(other := b.path.with_name("bob2.db"))
    with Store.open(a.path, ALICE) as again:
        edit(again, model.Note, "n-0", text="Alice meanwhile")
    code = main(["--store", str(a.path), "merge", str(other)])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "notes" in out and "1 conflict left for a person to resolve (open the app)" in out

    code = main(["--store", str(a.path), "merge", str(a.path.with_name("missing.db"))])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_cli_merge_runs_the_file_through_the_verifier(pair, capsys) -> None:
    verify = pytest.importorskip("negoprep.store.verify")
    if not hasattr(verify, "verified_copy"):
        pytest.skip("no verifier yet")
    a, b = pair
    shared = b.path.with_name("tampered.db")
    b.save_copy(shared)
    conn = sqlite3.connect(shared)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON notes BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    before = fingerprint(a)
    a.close()
    code = main(["--store", str(a.path), "merge", str(shared)])
    _, err = capsys.readouterr()
    assert code == 2 and "trigger" in err and err.count("\n") == 1
    with Store.open(a.path, ALICE) as again:
        assert fingerprint(again) == before


def test_an_unverified_file_breaking_the_rules_is_refused_whole(pair) -> None:
    a, b = pair
    b.apply("add", puts=[model.Note(id="n-new", dossier_id=D, text="fine")])
    shared = b.path.with_name("broken.db")
    b.save_copy(shared)
    conn = sqlite3.connect(shared)  # a talking point on an agenda item that does not exist
    columns = [r[1] for r in conn.execute("PRAGMA table_info(talking_points)")]
    picked = ", ".join("'tp-bad'" if c == "id" else "'nowhere'" if c == "agenda_item_id" else c for c in columns)
    conn.execute(f"INSERT INTO talking_points SELECT {picked} FROM talking_points WHERE id = 'tp-0'")
    conn.commit()
    conn.close()
    before = fingerprint(a)
    with pytest.raises(StoreError, match=r"broken\.db cannot be merged"):
        a.merge_file(shared)
    assert fingerprint(a) == before


def test_an_unverified_file_missing_a_records_history_is_refused_whole(pair) -> None:
    a, b = pair
    edit(a, model.AgendaItem, "a-0", title="Alice's")
    edit(b, model.AgendaItem, "a-0", title="Bob's")
    shared = b.path.with_name("no-history.db")
    b.save_copy(shared)
    conn = sqlite3.connect(shared)
    with conn:
        conn.execute("DELETE FROM revisions WHERE id = ?", (b.get(model.AgendaItem, "a-0").rev,))
    conn.close()
    before = fingerprint(a)
    with pytest.raises(StoreError, match=r"no-history\.db cannot be merged: the agenda item a-0 has no revision"):
        a.merge_file(shared)
    assert fingerprint(a) == before


def test_an_unverified_file_with_a_conflict_on_no_record_does_not_break_the_merge(pair) -> None:
    a, b = pair
    edit(b, model.Note, "n-0", text="Bob's")
    shared = b.path.with_name("stray-conflict.db")
    b.save_copy(shared)
    conn = sqlite3.connect(shared)
    with conn:
        conn.execute(
            "INSERT INTO conflicts (id, table_name, row_id, dossier_id, field, kind, a, b, a_rev, b_rev, merge_rev, "
            "created_at) VALUES ('c-stray', 'notes', 'n-nowhere', ?, 'text', 'edited', '\"x\"', '\"y\"', 'r1', 'r2', "
            "'r3', '2025-01-01T00:00:00.000Z')",
            (D,),
        )
    conn.close()
    report = a.merge_file(shared)
    assert a.get(model.Note, "n-0").text == "Bob's" and report.counts["notes"].updated == 1


def test_a_third_persons_export_with_blanked_history_loses_no_text(tmp_path: Path) -> None:
    """An export blanks the text of older revisions. Merging it into a copy that never saw
    them must not take the blanks for anyone's writing: the item keeps its words, and the
    values in conflict are all there."""
    export = pytest.importorskip("negoprep.store.export")
    alice, bob, carol = make_copies(tmp_path, [ALICE, BOB, CAROL])
    try:
        edit(alice, model.AgendaItem, "a-0", title="Alpha", description="Why it matters")
        edit(bob, model.AgendaItem, "a-0", title="Beta")
        send(bob, alice)  # a conflict on the title, pending at Alice's
        edit(carol, model.AgendaItem, "a-0", title="Gamma", our_position="Carol's line")
        shared = tmp_path / "alice-export.db"
        export.export_store(alice, shared)
        carol.merge_file(shared)
        item = carol.get(model.AgendaItem, "a-0")
        assert (item.description, item.our_position) == ("Why it matters", "Carol's line")
        values = {v for c in carol.pending_conflicts() if c.field == "title" for v in (c.a, c.b)}
        assert values == {"Alpha", "Beta", "Gamma"}
        before = {c.field for c in carol.pending_conflicts()}
        assert before == {"title"}
    finally:
        for s in (alice, bob, carol):
            s.close()


def test_cli_merge_refuses_a_file_whose_revision_is_its_own_ancestor(pair, capsys) -> None:
    a, b = pair
    edit(b, model.Note, "n-0", text="Bob's")
    shared = b.path.with_name("loop.db")
    b.save_copy(shared)
    rev = b.get(model.Note, "n-0").rev
    conn = sqlite3.connect(shared)
    with conn:
        conn.execute("UPDATE revisions SET parents = json_array(id) WHERE id = ?", (rev,))
    conn.close()
    before = fingerprint(a)
    a.close()
    code = main(["--store", str(a.path), "merge", str(shared)])
    _, err = capsys.readouterr()
    assert code == 2, err
    assert "its own ancestor" in err and rev in err and err.count("\n") == 1
    with Store.open(a.path, ALICE) as again:
        assert fingerprint(again) == before
