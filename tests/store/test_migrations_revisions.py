"""Schema step 12: a store of version 10 with a real history (edits, a deletion, a restoration,
a merge with a conflict) keeps every revision, its history, its past states and its merges."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from negoprep.records import model
from negoprep.records.as_of import content_as_of
from negoprep.records.history import entries
from negoprep.store import chain, migrations
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import TamperedError, verify_file
from tests import revision_edit
from tests.store.test_merge import ALICE, BOB, D, edit, remove, small_doc

#: the version such a store is brought to (through step 12 and every step after it)
STEP = migrations.current_version()


@pytest.fixture
def version_10() -> Iterator[list[Any]]:
    """negoprep's ladder as it stood at schema version 10 (the steps after it are given, for
    the test to put back), whole again after the test."""
    later = migrations.MIGRATIONS[10:]
    del migrations.MIGRATIONS[10:]
    try:
        yield later
    finally:
        migrations.MIGRATIONS[10:] = later


def _revisions(path: Path) -> list[tuple[Any, ...]]:
    """Every revision as the file holds it, every column."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM revisions ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _index_sql(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'revisions_row'").fetchone()[0]
    finally:
        conn.close()


def _what_a_person_reads(store: Store) -> dict[str, Any]:
    """The dossier, every record's history, and the dossier at the time of every revision."""
    conn = store.db.conn
    records = [(rtype, rid) for rtype in model.RECORD_TYPES for (rid,) in conn.execute(f"SELECT id FROM {rtype.table}")]
    revisions = store.dossier_revisions(D)
    return {
        "dump": json.dumps(store.dump(D), sort_keys=True),
        "history": {(rtype.table, rid): entries(store.history(rtype, rid)) for rtype, rid in records},
        "as_of": [repr(content_as_of(revisions, r.at)) for r in revisions],
    }


def _lived_in(folder: Path) -> tuple[Path, Path]:
    """A version-10 store whose dossier was edited, lost a record that came back, and took in
    a colleague's work with a conflict; and a file of that colleague's later work."""
    alice_path, bob_path = folder / "alice.db", folder / "bob.db"
    with Store.open(alice_path, ALICE) as alice:
        alice.load(small_doc())
        alice.save_copy(bob_path)
        edit(alice, model.AgendaItem, "a-0", title="Item zero, Alice's", priority=5)
        remove(alice, model.TalkingPoint, "tp-1")
        gone = alice.apply("delete", deletes=[alice.get(model.Note, "n-0")])
        alice.restore(gone.before)
        with Store.open(bob_path, BOB) as bob:
            edit(bob, model.AgendaItem, "a-0", title="Item zero, Bob's")
            edit(bob, model.ChecklistItem, "ci-2", done=True)
            remove(bob, model.AgendaItem, "a-5")
            shared = folder / "bob-shared.db"
            bob.save_copy(shared)
            alice.merge_file(shared)
            shared.unlink()
            edit(bob, model.TalkingPoint, "tp-3", text="Bob's later point")
            bob.save_copy(folder / "bob-later.db")
    return alice_path, folder / "bob-later.db"


def test_a_version_10_store_with_history_keeps_it_through_step_12(tmp_path: Path, version_10: list[Any]) -> None:
    alice_path, later = _lived_in(tmp_path)
    merged_at_10 = tmp_path / "merged-at-10.db"
    shutil.copy(alice_path, merged_at_10)
    with Store.open(alice_path, ALICE) as alice:
        assert alice.db.conn.execute("PRAGMA user_version").fetchone()[0] == 10
        before = _what_a_person_reads(alice)
        assert any(len(h) > 2 for h in before["history"].values())
        assert alice.db.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] > 0
    with Store.open(merged_at_10, ALICE) as copy:
        report_at_10 = copy.merge_file(later)
        after_merge_at_10 = json.dumps(copy.dump(D), sort_keys=True)
    revisions = _revisions(alice_path)
    assert "at" in _index_sql(alice_path)

    migrations.MIGRATIONS.extend(version_10)
    assert migrations.current_version() == STEP
    with Store.open(alice_path, ALICE) as alice:
        assert alice.db.conn.execute("PRAGMA user_version").fetchone()[0] == STEP
        assert _what_a_person_reads(alice) == before
        # every revision as it was (step 14 packs the snapshots: each unpacks to the text it was)
        assert [(*r[:7], chain.unpack_snapshot(r[7]), *r[8:]) for r in _revisions(alice_path)] == revisions
        assert _index_sql(alice_path) == migrations.REVISIONS_ROW_INDEX
        report = alice.merge_file(later)
        assert json.dumps(alice.dump(D), sort_keys=True) == after_merge_at_10
        assert (report.as_json()["types"], report.revisions_added) == (
            report_at_10.as_json()["types"],
            report_at_10.revisions_added,
        )
        out = tmp_path / "export.db"
        export_store(alice, out)
    assert verify_file(out).version == STEP
    assert verify_file(alice_path).version == STEP
    tampered = tmp_path / "tampered.db"
    shutil.copy(out, tampered)
    conn = revision_edit.connect(tampered)
    conn.execute(
        "UPDATE revisions SET snapshot = " + revision_edit.edited("json_set(snapshot, '$.title', 'Forged')") + " "
        "WHERE table_name = 'agenda_items' AND row_id = 'a-0' AND op = 'insert'"
    )
    conn.commit()
    conn.close()
    with pytest.raises(TamperedError):
        verify_file(tampered)
