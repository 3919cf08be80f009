"""Every released schema version opens, migrates forward after a backup, and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from negoprep.records import model
from negoprep.store import backups, chain, migrations
from negoprep.store.migrations import current_version
from negoprep.store.store import Store
from tests.conftest import AUTHOR

# by version number, not by name: v10 comes after v9
FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("v*.db"), key=lambda p: int(p.stem[1:]))


def _rows_by_table(path: Path) -> dict[str, list[tuple]]:
    """Every row of a store file, by table, sorted; the search index and its own tables left
    out (virtual: the stdlib's SQLite may not read them, and a later step builds them anew)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'")
        ]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}"), key=repr) for t in tables}
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'search'")
        ]
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables if not t.startswith("search_")
        }
    finally:
        conn.close()


def test_there_is_a_fixture_of_the_current_version() -> None:
    assert f"v{current_version()}.db" in {p.name for p in FIXTURES}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_past_version_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = _counts(path)
    with Store.open(path, AUTHOR) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
        dossier = store.dossiers()[0]
        content = store.content(dossier.id)
        assert content.agenda_items and content.red_lines and content.packages
        assert store.search("LNG", dossier.id)
    after = _counts(path)
    for table, count in before.items():
        assert after.get(table, 0) >= count, table


@pytest.fixture
def extra_step():
    """Adds a migration step for the length of a test."""
    added = []

    def add(step) -> None:
        migrations.MIGRATIONS.append(step)
        added.append(step)

    yield add
    for step in added:
        migrations.MIGRATIONS.remove(step)


def test_a_migration_runs_after_a_backup(tmp_path: Path, extra_step) -> None:
    path = tmp_path / "store.db"
    shutil.copy(FIXTURES[-1], path)
    old_version = current_version()

    def add_language(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE dossiers ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")

    extra_step(add_language)
    with Store.open(path, AUTHOR) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
        assert store.db.conn.execute("SELECT language FROM dossiers").fetchone()[0] == "en"
    taken = list(backups.backup_folder(path).glob(f"store.v{old_version}-backup-*.db"))
    assert len(taken) == 1
    assert backups.latest_backup(path).path == taken[0]
    backup = sqlite3.connect(taken[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert backup.execute("SELECT count(*) FROM agenda_items").fetchone()[0] > 0
    backup.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path, extra_step) -> None:
    path = tmp_path / "store.db"
    shutil.copy(FIXTURES[-1], path)
    old_version = current_version()
    before = _counts(path)

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE dossiers ADD COLUMN half TEXT")
        raise sqlite3.OperationalError("disk I/O error")

    extra_step(broken)
    with pytest.raises(Exception, match="I/O"):
        Store.open(path, AUTHOR)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert "half" not in [r[1] for r in conn.execute("PRAGMA table_info(dossiers)")]
    conn.close()
    assert _counts(path) == before


def test_a_version_9_store_gains_the_talks_and_keeps_its_dossier(tmp_path: Path) -> None:
    """Schema step 10 adds rounds, offers, constituencies, demands and team weights (empty at
    first) and the other side's fields, and changes none of what the store held."""
    old = tmp_path / "v9.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "v9"), old)
    with Store.open(old, AUTHOR) as store:
        dossier = store.dossiers()[0]
        before = store.content(dossier.id)
        assert before is not None
        assert (before.rounds, before.offers, before.constituencies, before.team_weights) == ([], [], [], [])
        assert dossier.their_batna == "" and all(i.their_walk_away is None for i in before.agenda_items)
        weights = {i.id: i.weight for i in before.agenda_items}
    new = tmp_path / "v10.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "v10"), new)
    with Store.open(new, AUTHOR) as store:
        now = store.content(dossier.id)
        assert now is not None
        assert {i.id: i.weight for i in now.agenda_items} == weights
        assert len(now.rounds) == 2 and len(now.offers) == 3 and len(now.team_weights) == 36
        assert [len(c.items) for c in now.constituencies] == [1, 1, 1]


def test_a_version_10_store_gains_the_listing_indexes_and_keeps_every_record_and_its_history(
    tmp_path: Path,
) -> None:
    """Schema step 11 adds indexes only: the long lists in display order, the task counts and
    the weight sums are then read from them (no pass over the rows), and every record and revision stays."""
    path = tmp_path / "v10.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "v10"), path)
    rows_before = _rows_by_table(path)
    with Store.open(path, AUTHOR) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
        dossier = store.dossiers()[0]
        for table in ("agenda_items", "talking_points", "checklist_items"):
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT t.rowid FROM {table} t WHERE t.deleted = 0 AND t.dossier_id = ? "
                    "ORDER BY t.position, t.created_at, t.id",
                    (dossier.id,),
                )
            )
            assert f"COVERING INDEX {table}_in_order" in plan and "TEMP B-TREE" not in plan, plan
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT checklist_id, owner_id, count(*), sum(done), sum(due < ?) "
                "FROM checklist_items WHERE deleted = 0 AND dossier_id = ? GROUP BY checklist_id, owner_id",
                ("2025-04-20", dossier.id),
            )
        )
        assert "COVERING INDEX checklist_items_progress" in plan, plan
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT sum(weight), sum(their_weight), count(their_weight) FROM agenda_items "
                "WHERE deleted = 0 AND dossier_id = ?",
                (dossier.id,),
            )
        )
        assert "COVERING INDEX agenda_items_weights" in plan, plan
        assert store.weight_total(dossier.id) == sum(i.weight for i in store.records(model.AgendaItem, dossier.id))
        assert store.checklist_progress(dossier.id, "2025-04-20")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table, rows in rows_before.items():
            after = conn.execute(f"SELECT * FROM {table}").fetchall()
            if table == "revisions":  # (step 14 packs the snapshots: each unpacks to the text it was)
                after = [(*r[:7], chain.unpack_snapshot(r[7]), *r[8:]) for r in after]
            assert sorted(after, key=repr) == rows, table
    finally:
        conn.close()


def _plan(conn: sqlite3.Connection, sql: str, *params: object) -> str:
    return " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_every_reference_and_dossier_membership_is_followed_by_an_index(store: Store) -> None:
    """What deleting a record takes along, clears or is refused by is found through an index,
    for every reference the model declares and for a dossier's members: never by a pass over
    a whole table once per record deleted (undoing the copy of a large dossier did that)."""
    conn = store.db.conn
    followed = [(rtype, column) for rtype, column, _, _ in model.REFERENCES]
    followed += [(rtype, "dossier_id") for rtype in model.RECORD_TYPES if rtype is not model.Dossier]
    for rtype, column in followed:
        # (the query negoprep.store.operations asks for each record it deletes)
        plan = _plan(conn, f"SELECT * FROM {rtype.table} WHERE {column} = ? AND deleted = 0 ORDER BY position, id", "x")
        assert f"SEARCH {rtype.table} USING INDEX" in plan, (rtype.table, column, plan)


def test_a_version_14_store_gains_the_reference_indexes_and_keeps_every_row(tmp_path: Path) -> None:
    """Schema step 15 adds indexes only: every row stays as it was, and deletions still take
    along and clear what they did."""
    path = tmp_path / "v14.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "v14"), path)
    rows_before = _rows_by_table(path)
    with Store.open(path, AUTHOR) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
        plan = _plan(conn, "SELECT * FROM checklist_items WHERE owner_id = ? AND deleted = 0", "x")
        assert "USING INDEX checklist_items_by_owner_id" in plan, plan
        dossier = store.dossiers()[0]
        owner = next(t.owner_id for t in store.records(model.ChecklistItem, dossier.id) if t.owner_id)
        effects = store.deletion_effects(store.get(model.Participant, owner))
        assert effects.unlink and all(getattr(r, "owner_id", None) is None for r in effects.unlink)
    assert _rows_by_table(path) == rows_before


def test_step_15_replaces_an_index_of_its_name_made_by_another_program(tmp_path: Path) -> None:
    """A store whose owner made an index of a name step 15 gives (with a database tool) is
    migrated all the same: the index becomes negoprep's own, and the store verifies."""
    from negoprep.store.verify import verify_file

    path = tmp_path / "v14.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "v14"), path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX agenda_items_by_track_id ON agenda_items(title)")
    conn.commit()
    conn.close()
    with Store.open(path, AUTHOR) as store:
        plan = _plan(store.db.conn, "SELECT * FROM agenda_items WHERE track_id = ? AND deleted = 0", "x")
        assert "USING INDEX agenda_items_by_track_id" in plan, plan
    assert verify_file(path).version == current_version()
