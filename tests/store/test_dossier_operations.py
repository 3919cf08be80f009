"""Copying and deleting a whole dossier are store operations: restoring their states undoes
them, through the same checks as any other undo, and touches no other dossier."""

from __future__ import annotations

import pytest

from negoprep import progress as progress_module
from negoprep.progress import CancelledError, Progress
from negoprep.records import editing, model
from negoprep.store.store import Store

EVERY = 10  # records between two reports (the store's own is larger than the demo)


@pytest.fixture
def often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "RECORDS_PER_REPORT", EVERY)


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


def _heard(stop_at: int | None = None) -> tuple[Progress, list[tuple[int, int, str]]]:
    """A progress that keeps what it hears, and asks to stop once `stop_at` records are done."""
    heard: list[tuple[int, int, str]] = []
    return Progress(
        report=lambda done, total, label: heard.append((done, total, label)),
        cancelled=lambda: stop_at is not None and any(done >= stop_at for done, _, _ in heard),
    ), heard


def _counts(store: Store) -> dict[str, int]:
    return {t: store.db.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in ("revisions", "agenda_items", "search")}


def test_copying_and_deleting_a_dossier_tell_their_progress_and_a_stop_changes_nothing(
    demo_store: Store, often: None
) -> None:
    demo_id = demo_store.dossiers()[0].id
    records = len(_live(demo_store, demo_id))
    assert records > 2 * EVERY  # (so that a stop lands mid-way)

    progress, heard = _heard()
    copy = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy", progress=progress)
    assert [done for done, _, _ in heard] == list(range(0, records, EVERY))
    assert {(total, label) for _, total, label in heard} == {(records, "Copy")}
    copy_id = next(rid for rtype, rid, _ in copy.after if rtype is model.Dossier)

    before = _counts(demo_store)
    progress, heard = _heard(stop_at=EVERY)
    with pytest.raises(CancelledError):
        demo_store.copy_dossier(demo_id, "Second rehearsal", "Copy", progress=progress)
    assert _counts(demo_store) == before and "Second rehearsal" not in [d.title for d in demo_store.dossiers()]

    progress, heard = _heard(stop_at=EVERY)
    with pytest.raises(CancelledError):
        demo_store.delete_dossier(copy_id, "Delete", progress=progress)
    assert _counts(demo_store) == before and len(_live(demo_store, copy_id)) == records

    progress, heard = _heard()
    demo_store.delete_dossier(copy_id, "Delete", progress=progress)
    assert heard[0] == (0, records, "Delete") and heard[-1][0] == (records - 1) // EVERY * EVERY
    assert _live(demo_store, copy_id) == {}


def test_a_load_tells_its_progress_and_a_stop_writes_nothing(store: Store, demo_doc: dict, often: None) -> None:
    progress, heard = _heard(stop_at=EVERY)
    with pytest.raises(CancelledError):
        store.load(demo_doc, progress=progress, label="Loading")
    assert store.dossiers() == [] and _counts(store) == {"revisions": 0, "agenda_items": 0, "search": 0}
    progress, heard = _heard()
    store.load(demo_doc, progress=progress, label="Loading")
    assert heard and heard[0][0] == 0 and {label for _, _, label in heard} == {"Loading"}
    assert heard[-1][1] == store.db.rows("SELECT count(*) AS n FROM revisions")[0]["n"]


def test_undoing_and_redoing_a_copy_tell_their_progress_and_a_stop_changes_nothing(
    demo_store: Store, often: None
) -> None:
    """Undoing the copy of a dossier reads, checks and deletes each of its records: the steps
    are told as it goes, always forward, to the end; a stop at any of them writes nothing."""
    demo_id = demo_store.dossiers()[0].id
    copy = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy")
    copy_id = next(rid for rtype, rid, _ in copy.after if rtype is model.Dossier)
    records = len(copy.after)
    before = _counts(demo_store)

    for stop_at in (EVERY, records + EVERY, 2 * records + EVERY):  # reading, checking, deleting
        progress, heard = _heard(stop_at=stop_at)
        with pytest.raises(CancelledError):
            demo_store.undo(copy, progress=progress)
        assert _counts(demo_store) == before and len(_live(demo_store, copy_id)) == records

    progress, heard = _heard()
    assert demo_store.undo(copy, progress=progress, label="Undo copy") == []
    assert _live(demo_store, copy_id) == {}
    done = [d for d, _, _ in heard]
    assert done == sorted(done) and len(done) >= 3 * records // EVERY
    assert {label for _, _, label in heard} == {"Undo copy"}
    assert all(d <= total for d, total, _ in heard) and heard[-1][1] == 3 * records

    progress, heard = _heard()
    assert demo_store.redo(copy, progress=progress) == []
    assert len(_live(demo_store, copy_id)) == records
    assert {label for _, _, label in heard} == {"Copy"} and len(heard) >= 2 * records // EVERY


def test_a_refused_undo_of_a_copy_names_a_few_reasons_and_counts_the_rest(demo_store: Store) -> None:
    """Another program deleted a delegate of the copy, clearing the owner of every item and
    task of theirs: those stay, so the copy cannot be taken back. The refusal names the first
    few of its many reasons and counts the others; nothing is written."""
    from negoprep.errors import MOST_NAMED
    from negoprep.store.operations import InvalidChangeError
    from tests.conftest import AUTHOR

    demo_id = demo_store.dossiers()[0].id
    copy = demo_store.copy_dossier(demo_id, "Rehearsal", "Copy")
    copy_id = next(rid for rtype, rid, _ in copy.after if rtype is model.Dossier)
    assert demo_store.path is not None
    with Store.open(demo_store.path, AUTHOR) as other:  # another program on the same file
        owned = [*other.records(model.AgendaItem, copy_id), *other.records(model.ChecklistItem, copy_id)]
        owners = {r.owner_id for r in owned}
        delegate = next(p for p in other.records(model.Participant, copy_id) if p.id in owners)
        other.apply("Delete delegate", deletes=[delegate])
    before, live = _counts(demo_store), _live(demo_store, copy_id)
    with pytest.raises(InvalidChangeError) as refused:
        demo_store.undo(copy)
    assert len(refused.value.problems) > MOST_NAMED
    said = str(refused.value)
    assert said.count(";") == MOST_NAMED - 1 and f"(and {len(refused.value.problems) - MOST_NAMED} more)" in said
    assert said.startswith('dossier "Rehearsal" has changed since')
    assert _counts(demo_store) == before and _live(demo_store, copy_id) == live
