"""Copying and deleting a whole dossier are store operations: restoring their states undoes
them, through the same checks as any other undo, and touches no other dossier."""

from __future__ import annotations

from negoprep.records import editing, model
from negoprep.store.store import Store


def _live(store: Store, dossier_id: str) -> dict[tuple[str, str], dict]:
    records = [store.get(model.Dossier, dossier_id)]
    for rtype in model.RECORD_TYPES[1:]:
        records += store.db.records(rtype, "dossier_id = ?", (dossier_id,))
    return {(r.table, r.id): r.content() for r in records if r is not None and not r.deleted}


def test_a_deleted_dossier_is_restored_whole(demo_store: Store) -> None:
    demo_id = demo_store.dossiers()[0].id
    other = demo_store.load(editing.copy_document(demo_store.dump(demo_id), "Other")).dossier_id
    before, other_before = _live(demo_store, demo_id), _live(demo_store, other)
    rules = [r for r in demo_store.records(model.RedLine, demo_id) if r.rule["kind"] != "manual"]
    assert rules  # rules naming tracks and items that come back in the same change

    operation = demo_store.delete_dossier(demo_id, "Delete")
    assert operation.label == "Delete" and not operation.is_empty()
    assert _live(demo_store, demo_id) == {}
    demo_store.restore(operation.before)
    assert _live(demo_store, demo_id) == before
    demo_store.restore(operation.after)
    assert _live(demo_store, demo_id) == {}
    assert _live(demo_store, other) == other_before


def test_a_copy_is_removed_by_restoring_its_before_states(demo_store: Store) -> None:
    demo_id = demo_store.dossiers()[0].id
    before = _live(demo_store, demo_id)
    operation = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy")
    copy_id = next(rid for rtype, rid, _ in operation.after if rtype is model.Dossier)
    assert len(_live(demo_store, copy_id)) == len(before)
    demo_store.restore(operation.before)
    assert [d.id for d in demo_store.dossiers()] == [demo_id]
    assert _live(demo_store, copy_id) == {} and _live(demo_store, demo_id) == before


def test_deleting_a_missing_dossier_changes_nothing(demo_store: Store) -> None:
    assert demo_store.delete_dossier("00000000-0000-4000-8000-00000000dead").is_empty()
