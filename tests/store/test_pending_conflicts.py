"""Whether a merge conflict waits for a person: the File menu asks it each time it opens."""

from __future__ import annotations

from pathlib import Path

from negoprep.records import model
from tests.store.test_merge import ALICE, BOB, edit, make_copies, send


def test_a_conflict_waits_from_the_merge_until_it_is_resolved(tmp_path: Path) -> None:
    a, b = make_copies(tmp_path, [ALICE, BOB])
    try:
        assert not a.has_pending_conflicts()
        edit(a, model.AgendaItem, "a-5", title="Alice's")
        edit(b, model.AgendaItem, "a-5", title="Bob's")
        send(b, a)
        assert a.has_pending_conflicts() and not b.has_pending_conflicts()
        [conflict] = a.pending_conflicts()
        a.resolve_conflict(conflict.id, conflict.a, "mine")
        assert not a.has_pending_conflicts()
        assert a.pending_conflicts() == []
    finally:
        a.close()
        b.close()
