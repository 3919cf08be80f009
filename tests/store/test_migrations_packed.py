"""Schema step 14: a store of version 10 with a real history (edits, a deletion, a restoration,
a merge with a conflict) has its snapshots packed, each unpacking to the text it was; its
history, past states, merges, export and verify are as they were, and tampering is caught."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from negoprep.records import model
from negoprep.store import chain, migrations
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import TamperedError, verify_file
from tests import revision_edit
from tests.store.test_merge import ALICE, D, edit
from tests.store.test_migrations_revisions import _lived_in, _revisions, _what_a_person_reads, version_10

__all__ = ["version_10"]  # (the fixture, from the tests of step 12)
STEP = migrations.PACKED_SNAPSHOTS


def _schema_sql(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'revisions'").fetchone()[0]
    finally:
        conn.close()


def test_a_version_10_store_with_history_keeps_it_through_step_14(tmp_path: Path, version_10: list[Any]) -> None:
    alice_path, later = _lived_in(tmp_path)
    merged_before = tmp_path / "merged-before.db"
    shutil.copy(alice_path, merged_before)
    with Store.open(alice_path, ALICE) as alice:
        before = _what_a_person_reads(alice)
        assert any(len(h) > 2 for h in before["history"].values())
        assert alice.db.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] > 0
    with Store.open(merged_before, ALICE) as copy:
        report_before = copy.merge_file(later)
        after_merge_before = json.dumps(copy.dump(D), sort_keys=True)
    revisions = _revisions(alice_path)
    assert all(isinstance(r[7], str) for r in revisions)  # (the snapshots, as text)

    migrations.MIGRATIONS.extend(version_10[: STEP - 10])
    assert migrations.current_version() == STEP
    with Store.open(alice_path, ALICE) as alice:
        assert alice.db.conn.execute("PRAGMA user_version").fetchone()[0] == STEP
        packed = _revisions(alice_path)
        # every revision as it was, its snapshot packed: the text it unpacks to is the text it was
        assert [(*r[:7], chain.unpack_snapshot(r[7]), *r[8:]) for r in packed] == revisions
        assert all(isinstance(r[7], bytes) for r in packed)
        assert sum(len(r[7]) for r in packed) * 2 < sum(len(r[7].encode()) for r in revisions)
        assert migrations.PACKED_SNAPSHOT in _schema_sql(alice_path)
        assert _what_a_person_reads(alice) == before
        report = alice.merge_file(later)
        assert json.dumps(alice.dump(D), sort_keys=True) == after_merge_before
        assert (report.as_json()["types"], report.revisions_added) == (
            report_before.as_json()["types"],
            report_before.revisions_added,
        )
        # what the merge brought in (the file, migrated in a private copy) is packed too
        kinds = {k for (k,) in alice.db.conn.execute("SELECT DISTINCT typeof(snapshot) FROM revisions")}
        assert kinds == {"blob"}
        out = tmp_path / "export.db"
        export_store(alice, out)
    assert verify_file(out).version == STEP
    assert verify_file(alice_path).version == STEP
    tampered = tmp_path / "tampered.db"
    shutil.copy(out, tampered)
    conn = revision_edit.connect(tampered)
    forged = revision_edit.edited("json_set(snapshot, '$.title', 'Forged')")
    changed = conn.execute(
        f"UPDATE revisions SET snapshot = {forged} "
        "WHERE table_name = 'agenda_items' AND row_id = 'a-0' AND op = 'insert'"
    ).rowcount
    conn.commit()
    conn.close()
    assert changed == 1
    with pytest.raises(TamperedError):
        verify_file(tampered)


def test_an_old_store_opened_by_this_negoprep_writes_packed_revisions_from_then_on(
    tmp_path: Path, version_10: list[Any]
) -> None:
    alice_path, _ = _lived_in(tmp_path)
    migrations.MIGRATIONS.extend(version_10[: STEP - 10])
    with Store.open(alice_path, ALICE) as alice:
        (count,) = alice.db.conn.execute("SELECT count(*) FROM revisions").fetchone()
        edit(alice, model.AgendaItem, "a-1", title="Item one, after the step")
        kinds = [k for (k,) in alice.db.conn.execute("SELECT typeof(snapshot) FROM revisions")]
        assert len(kinds) == count + 1 and set(kinds) == {"blob"}
        assert alice.history(model.AgendaItem, "a-1")[-1].snapshot["title"] == "Item one, after the step"
    assert verify_file(alice_path).version == STEP
