"""A note's time at every door of the store: kept as a UTC instant, sorted by instant; stores
and received files of earlier versions (local times without a zone) restated on migration;
merges of copies restated alike agree, and of copies restated in different zones meet as a
conflict; a received file of this version holding another form of time is refused."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from negoprep.errors import DocumentError
from negoprep.records import history, model, times
from negoprep.store import chain, database, migrations
from negoprep.store.engine import sqlite as sqlite3  # (the store's own SQLite: two in one process break its locks)
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests.clock import on_clock
from tests.conftest import AUTHOR

ALICE = model.Author(id="00000000-0000-4000-8000-00000000a11c", name="Alice")
BOB = model.Author(id="00000000-0000-4000-8000-000000000b0b", name="Bob")
D = "d-times"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"
BEFORE_UTC = migrations.UTC_NOTE_TIMES - 1

# A travelling delegation's notes as the form of an earlier version kept them: each laptop's
# own local time, no zone. Washington 20:00 (00:00 UTC on the 21st), Geneva 00:00 on the
# 21st (22:00 UTC on the 20th), Seoul 08:00 on the 21st (23:00 UTC on the 20th).
TRAVELLERS = {
    "n-washington": ("2025-04-20T20:00-04:00", "2025-04-21T00:00:00Z"),
    "n-geneva": ("2025-04-21T00:00+02:00", "2025-04-20T22:00:00Z"),
    "n-seoul": ("2025-04-21T08:00+09:00", "2025-04-20T23:00:00Z"),
}


@contextlib.contextmanager
def migrations_up_to(version: int) -> Iterator[None]:
    """Stores opened inside are made (and written) as negoprep of that schema version made them."""
    later = migrations.MIGRATIONS[version:]
    del migrations.MIGRATIONS[version:]
    try:
        with contextlib.ExitStack() as patches:
            if version < migrations.SEARCH_PARTS:
                patches.enter_context(mock.patch("negoprep.store.database.search_text.entry", _words_only))
                patches.enter_context(mock.patch("negoprep.store.database.INDEX_COLUMNS", "title, body"))
            # dossiers without the release policy's flags (version 7) or their BATNA (version 10)
            later_fields = {c for c in model.Dossier.columns() if c.startswith("release_")}
            later_fields = (later_fields if version < migrations.RELEASE_POLICY else set()) | (
                {"their_batna"} if version < migrations.TALKS else set()
            )
            if later_fields:
                content = model.Record.content
                patches.enter_context(
                    mock.patch.object(
                        model.Dossier,
                        "content",
                        lambda self: {k: v for k, v in content(self).items() if k not in later_fields},
                    )
                )
                columns = tuple(c for c in model.Dossier.columns() if c not in later_fields)
                patches.enter_context(mock.patch.dict(database._COLUMN_NAMES, {model.Dossier: columns}))
            if version < migrations.TALKS:  # no tables of the talks yet
                before = tuple(t for t in model.RECORD_TYPES if t not in _TALKS)
                patches.enter_context(mock.patch("negoprep.store.database._HOLDERS_SQL", database.holders_sql(before)))
            if version < migrations.DIGESTS:  # revisions and authors without their digests
                patches.enter_context(mock.patch("negoprep.store.chain.add_revision", _unchained))
                patches.enter_context(mock.patch("negoprep.store.chain.save_author", _author_without_digest))
            yield
    finally:
        migrations.MIGRATIONS.extend(later)


_ADD_REVISION = chain.add_revision
#: the record types schema version 10 (migrations.TALKS) adds
_TALKS = (model.Round, model.Offer, model.Constituency, model.Demand, model.TeamWeight)


def _unchained(*args: Any, **kwargs: Any) -> None:
    _ADD_REVISION(*args, **{**kwargs, "chained": False})


def _author_without_digest(conn: sqlite3.Connection, author_id: str, name: str, *, rename: bool) -> None:
    conflict = "DO UPDATE SET name = excluded.name" if rename else "DO NOTHING"
    conn.execute(f"INSERT INTO authors (id, name) VALUES (?, ?) ON CONFLICT(id) {conflict}", (author_id, name))


def _words_only(rtype: type[model.Record], row: dict) -> tuple[str, str]:
    """The index entry of a row as versions before SEARCH_PARTS wrote it: title and body."""
    texts = [str(row.get(name) or "") for name in rtype.text_fields]
    return texts[0], "\n".join(t for t in texts[1:] if t)


def dossier(store: Store) -> None:
    store.put(model.Dossier(id=D, title="Times"))


def old_store(path: Path, notes: dict[str, str | None], author: model.Author = AUTHOR) -> None:
    """A store of the version before note times were UTC, with notes whose times are as given
    (written through the store's own write path, which took them as they came: without the
    restating of times every write now does)."""
    with (
        migrations_up_to(BEFORE_UTC),
        mock.patch("negoprep.records.values.normalised", lambda record: record),
        Store.open(path, author) as store,
    ):
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE_UTC
        dossier(store)
        for position, (note_id, at) in enumerate(notes.items()):
            store.put(model.Note(id=note_id, dossier_id=D, at=at, text=f"Note {note_id}", position=position))


def stored_times(store: Store) -> dict[str, str | None]:
    return dict(store.db.conn.execute("SELECT id, at FROM notes ORDER BY id").fetchall())


def sorted_by_time(store: Store, descending: bool = False) -> list[str]:
    rowids = store.rowids(model.Note, D, order="at", descending=descending)
    return [n.id for n in store.page(model.Note, rowids)]


# --- the stores' own order --------------------------------------------------------------------


def test_the_travellers_notes_sort_by_instant(store: Store) -> None:
    dossier(store)
    for position, (note_id, (given, _)) in enumerate(TRAVELLERS.items()):
        store.apply("Add", puts=[model.Note(id=note_id, dossier_id=D, at=times.parse_when(given), text="x")])
        assert store.get(model.Note, note_id).at == TRAVELLERS[note_id][1], position
    assert sorted_by_time(store) == ["n-geneva", "n-seoul", "n-washington"]
    assert sorted_by_time(store, descending=True) == ["n-washington", "n-seoul", "n-geneva"]


def test_a_day_sorts_at_the_start_of_that_day_where_the_computer_is(store: Store) -> None:
    dossier(store)
    notes = {
        "n-undated": None,
        "n-day": "2025-04-21",
        "n-evening-before": "2025-04-20T14:30:00Z",  # 23:30 in Seoul on the 20th
        "n-breakfast": "2025-04-20T23:00:00Z",  # 08:00 in Seoul on the 21st
    }
    store.apply("Add", puts=[model.Note(id=i, dossier_id=D, at=at, text="x") for i, at in notes.items()])
    with on_clock("Asia/Seoul"):
        assert sorted_by_time(store) == ["n-undated", "n-evening-before", "n-day", "n-breakfast"]
    with on_clock("America/New_York"):  # the 21st starts at 04:00 UTC there
        assert sorted_by_time(store) == ["n-undated", "n-evening-before", "n-breakfast", "n-day"]


def test_times_an_earlier_version_kept_sort_by_instant_even_unrestated(store: Store) -> None:
    # what `load` kept before it restated times: the store's sort reads them as instants too
    dossier(store)
    store.apply(
        "Add", puts=[model.Note(id=i, dossier_id=D, at=given, text="x") for i, (given, _) in TRAVELLERS.items()]
    )
    assert sorted_by_time(store) == ["n-geneva", "n-seoul", "n-washington"]


# --- migrating a store of an earlier version ------------------------------------------------


def test_an_earlier_stores_note_times_are_restated_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = {
        "n-form": "2025-04-21T08:00",  # typed in Seoul into an earlier version's form
        "n-seconds": "2025-04-21T08:00:30",
        "n-offset": "2025-04-21T00:00+02:00",  # loaded from a document
        "n-zulu": "2025-04-20T22:00Z",
        "n-day": "2025-04-21",
        "n-undated": None,
    }
    old_store(path, old)
    with migrations_up_to(BEFORE_UTC), Store.open(path, AUTHOR) as store:
        before = {i: store.get(model.Note, i) for i in old}
    with on_clock("Asia/Seoul"), Store.open(path, AUTHOR) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.current_version()
        assert stored_times(store) == {
            "n-form": "2025-04-20T23:00:00Z",
            "n-seconds": "2025-04-20T23:00:30Z",
            "n-offset": "2025-04-20T22:00:00Z",
            "n-zulu": "2025-04-20T22:00:00Z",
            "n-day": "2025-04-21",
            "n-undated": None,
        }
        for note_id in ("n-day", "n-undated"):  # nothing to restate: no new revision
            assert store.get(model.Note, note_id) == before[note_id]
        restated = store.get(model.Note, "n-form")
        assert (restated.text, restated.created_at, restated.updated_at) == (
            before["n-form"].text,
            before["n-form"].created_at,
            before["n-form"].updated_at,
        )
        # the change is negoprep's, in the note's history; what was there is still readable
        revisions = store.history(model.Note, "n-form")
        assert [r.author_name for r in revisions] == [AUTHOR.name, migrations.RESTATER_NAME]
        assert revisions[-1].parents == (before["n-form"].rev,) and revisions[-1].id == restated.rev
        assert revisions[-1].snapshot == {k: v for k, v in restated.row().items() if k != "rev"}
        (_, changed) = history.entries(revisions)
        assert changed.action == "changed" and changed.author == "negoprep"
        assert changed.changes == (("at", "2025-04-21T08:00", "2025-04-20T23:00:00Z"),)
        store.save_copy(tmp_path / "copy.db")
    verify_file(tmp_path / "copy.db")  # a store so migrated passes what a received file must


def test_a_note_time_that_is_no_time_is_emptied_and_stays_in_the_history(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_store(path, {"n-junk": None})
    # what a received file could slip in before it was checked: in the row and its snapshot
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET at = 'now'")
    conn.execute("UPDATE revisions SET snapshot = json_set(snapshot, '$.at', 'now') WHERE table_name = 'notes'")
    conn.commit()
    conn.close()
    with on_clock("Asia/Seoul"), Store.open(path, AUTHOR) as store:
        assert stored_times(store) == {"n-junk": None}
        assert history.entries(store.history(model.Note, "n-junk"))[-1].changes == (("at", "now", None),)


def test_a_deleted_note_is_restated_too_and_stays_deleted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_store(path, {"n-1": "2025-04-21T08:00"})
    with migrations_up_to(BEFORE_UTC), Store.open(path, AUTHOR) as store:
        store.delete(store.get(model.Note, "n-1"))
    with on_clock("Asia/Seoul"), Store.open(path, AUTHOR) as store:
        note = store.get(model.Note, "n-1")
        assert note.deleted and note.at == "2025-04-20T23:00:00Z"
        actions = [e.action for e in history.entries(store.history(model.Note, "n-1"))]
        assert actions == ["created", "deleted", "changed"]
        store.apply("Restore", puts=[replace(note, deleted=False)])
        back = store.get(model.Note, "n-1")
        assert not back.deleted and back.at == "2025-04-20T23:00:00Z"  # back in UTC, not as it was


def test_the_demo_fixtures_of_every_version_migrate_with_their_days(tmp_path: Path) -> None:
    for fixture in sorted(FIXTURES.glob("v*.db")):
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with Store.open(path, AUTHOR) as store:
            assert sorted(filter(None, stored_times(store).values())) == ["2025-04-20"], fixture.name
            # no note time restated (step 7 restates the rows whose history predates a field)
            restated = store.db.conn.execute(
                "SELECT count(*) FROM revisions WHERE table_name = 'notes' AND author_id = ?",
                (migrations.RESTATER_ID,),
            ).fetchone()[0]
            assert restated == 0, fixture.name


def test_pending_conflicts_on_a_note_time_are_restated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_store(path, {"n-1": "2025-04-21T08:00"})
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO conflicts (id, table_name, row_id, dossier_id, field, kind, base, a, b, a_rev, b_rev, merge_rev, "
        "created_at) VALUES ('c-1', 'notes', 'n-1', ?, 'at', 'edited', ?, ?, 'null', 'r1', 'r2', 'r3', ?)",
        (D, json.dumps("2025-04-21T07:00"), json.dumps("2025-04-21T08:00+09:00"), times.stamp()),
    )
    conn.commit()
    conn.close()
    with on_clock("Asia/Seoul"), Store.open(path, AUTHOR) as store:
        row = store.db.conn.execute("SELECT base, a, b FROM conflicts WHERE id = 'c-1'").fetchone()
        assert [json.loads(v) for v in row] == ["2025-04-20T22:00:00Z", "2025-04-20T23:00:00Z", None]


# --- merging ----------------------------------------------------------------------------------


def two_old_copies(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "base.db"
    old_store(base, {"n-1": "2025-04-21T08:00", "n-2": "2025-04-21"})
    alice, bob = tmp_path / "alice.db", tmp_path / "bob.db"
    shutil.copy(base, alice)
    shutil.copy(base, bob)
    return alice, bob


def test_copies_restated_in_the_same_zone_merge_without_a_conflict(tmp_path: Path) -> None:
    alice, bob = two_old_copies(tmp_path)
    with on_clock("Asia/Seoul"):
        with Store.open(bob, BOB) as store:
            store.apply("Edit", puts=[replace(store.get(model.Note, "n-2"), text="Bob's")])
        with Store.open(alice, ALICE) as store:
            report = store.merge_file(bob)
            assert report.new_conflicts == 0 and report.pending_conflicts == 0
            assert stored_times(store)["n-1"] == "2025-04-20T23:00:00Z"
            assert store.get(model.Note, "n-2").text == "Bob's"
            # the same restatement on both sides is the same revision: nothing to merge
            assert report.counts["notes"].unchanged == 1 and report.counts["notes"].updated == 1


def test_copies_restated_in_different_zones_meet_as_a_conflict_on_the_time(tmp_path: Path) -> None:
    alice, bob = two_old_copies(tmp_path)
    with on_clock("Asia/Seoul"), Store.open(alice, ALICE):
        pass
    with on_clock("Europe/Zurich"), Store.open(bob, BOB):
        pass
    with on_clock("Asia/Seoul"), Store.open(alice, ALICE) as store:
        report = store.merge_file(bob)
        assert report.new_conflicts == 1
        (conflict,) = store.pending_conflicts()
        assert (conflict.table, conflict.row_id, conflict.field) == ("notes", "n-1", "at")
        assert {conflict.a, conflict.b} == {"2025-04-20T23:00:00Z", "2025-04-21T06:00:00Z"}
        assert conflict.base == "2025-04-21T08:00"  # as it was kept before
        store.resolve_conflict(conflict.id, "2025-04-20T23:00:00Z", "mine")
        assert stored_times(store)["n-1"] == "2025-04-20T23:00:00Z"


def test_an_earlier_file_merged_in_is_restated_where_it_is_merged(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    old_store(old, {"n-old": "2025-04-21T08:00"}, BOB)  # a teammate still on the earlier version
    with on_clock("Asia/Seoul"), Store.open(tmp_path / "me.db", ALICE) as store:
        store.merge_file(old)
        assert stored_times(store) == {"n-old": "2025-04-20T23:00:00Z"}
    # the file itself is never written
    conn = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE_UTC
    assert conn.execute("SELECT at FROM notes").fetchone()[0] == "2025-04-21T08:00"
    conn.close()


# --- received files of this version -----------------------------------------------------------


def exported(tmp_path: Path, at: str | None) -> Path:
    path = tmp_path / "shared.db"
    with Store.open(tmp_path / "store.db", ALICE) as store:
        dossier(store)
        store.apply("Add", puts=[model.Note(id="n-1", dossier_id=D, at=at, text="x")])
        store.save_copy(path)
    return path


@pytest.mark.parametrize("at", [None, "2025-04-21", "2025-04-20T23:00:00Z"])
def test_a_received_file_with_stored_times_is_accepted(tmp_path: Path, at: str | None) -> None:
    verify_file(exported(tmp_path, at))


@pytest.mark.parametrize(
    "at",
    ["2025-04-21T08:00", "2025-04-21T08:00+09:00", "2025-04-20T23:00Z", "now", "2460000.5", "2025-02-30"],
)
def test_a_received_file_of_this_version_with_another_note_time_is_refused(tmp_path: Path, at: str) -> None:
    path = exported(tmp_path, "2025-04-20T23:00:00Z")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET at = ?", (at,))
    conn.commit()
    conn.close()
    with pytest.raises(VerifyError, match=r'notes.*"n-1".*at.* is not a date or a UTC time|at.*n-1') as caught:
        verify_file(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("column", ["created_at", "updated_at"])
@pytest.mark.parametrize("value", ["now", "2460000.5", "2025-04-21 08:00:00", "2025-04-20T23:00:00Z"])
def test_a_received_file_with_another_time_of_a_change_is_refused(tmp_path: Path, column: str, value: str) -> None:
    path = exported(tmp_path, None)
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE notes SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    with pytest.raises(VerifyError, match="is not the time of a change as negoprep stamps it"):
        verify_file(path)


@pytest.mark.parametrize("value", ["now", "2460000.5", "2025-04-20T23:00:00Z"])
def test_a_received_file_with_another_revision_time_is_refused(tmp_path: Path, value: str) -> None:
    path = exported(tmp_path, None)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE revisions SET at = ? WHERE table_name = 'notes'", (value,))
    conn.commit()
    conn.close()
    with pytest.raises(VerifyError, match="is not a time"):
        verify_file(path)


# --- the dossier JSON format --------------------------------------------------------------------


def doc_with_notes(notes: list[dict]) -> dict:
    return {"format": "negoprep-dossier", "version": 1, "dossier": {"id": D, "title": "Times"}, "notes": notes}


def test_a_dumped_note_time_loads_back_as_itself(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db", ALICE) as store:
        dossier(store)
        store.apply("Add", puts=[model.Note(id="n-1", dossier_id=D, at="2025-04-20T23:00:00Z", text="x")])
        dumped = store.dump(D)
    assert dumped["notes"][0]["at"] == "2025-04-20T23:00:00Z"
    with on_clock("America/New_York"), Store.open(tmp_path / "b.db", BOB) as store:
        store.load(dumped)
        assert stored_times(store) == {"n-1": "2025-04-20T23:00:00Z"}
        assert store.dump(D)["notes"] == dumped["notes"]


def test_load_keeps_a_note_time_in_utc(store: Store) -> None:
    doc = doc_with_notes(
        [
            {"id": "n-offset", "at": "2025-04-21T08:00+09:00", "text": "x"},
            {"id": "n-local", "at": "2025-04-21T08:00", "text": "x"},
            {"id": "n-day", "at": "2025-04-21", "text": "x"},
        ]
    )
    with on_clock("Asia/Seoul"):
        store.load(doc)
    assert stored_times(store) == {
        "n-day": "2025-04-21",
        "n-local": "2025-04-20T23:00:00Z",
        "n-offset": "2025-04-20T23:00:00Z",
    }
    assert [n["at"] for n in store.dump(D)["notes"]] == ["2025-04-20T23:00:00Z", "2025-04-20T23:00:00Z", "2025-04-21"]
    with on_clock("Asia/Seoul"):
        again = store.load(doc)  # the same document, read the same way: nothing changes
    assert (again.added, again.changed, again.deleted) == (0, 0, 0)


@pytest.mark.parametrize(
    ("at", "words"),
    [
        ("2025-03-09T02:30", "never happened in this computer's time zone"),
        ("2025-04-21 08:00", "is not a date or date-time"),
        ("2025-04-21T08:00:00.250Z", "is not a date or date-time"),
        ("0001-01-01T00:00+01:00", "is outside the years 1 to 9999 in UTC"),
    ],
)
def test_load_refuses_what_is_no_time_and_changes_nothing(store: Store, at: str, words: str) -> None:
    with on_clock("America/New_York"), pytest.raises(DocumentError) as refused:
        store.load(doc_with_notes([{"id": "n-1", "at": at, "text": "x"}]))
    message = str(refused.value)
    assert words in message and 'notes[0] "x"' in message, message
    assert store.dossiers() == []
