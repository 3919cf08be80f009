"""Any order of the same merges ends the same: three diverged copies of one store (the same
fields edited on several sides, deletions, new records), merged in every order, or exchanged
at random until each has everyone's work, end with equal records and one equal set of
pending conflicts, none twice."""

from __future__ import annotations

import itertools
import json
import random
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negoprep.records import model
from negoprep.store import merge as merging
from negoprep.store.store import Store
from tests.store.test_merge import ALICE, BOB, CAROL, edit, make_copies, op_strategy, remove, run_ops, send

MERGER = model.Author(id="00000000-0000-4000-8000-0000000000dd", name="Dana")


def records(store: Store) -> dict[tuple[str, str], tuple[str, bool]]:
    """Every record, deleted ones included: what it holds and whether it is deleted."""
    out = {}
    for rtype in model.RECORD_TYPES:
        for row in store.db.rows(f"SELECT id FROM {rtype.table}"):
            record = store.get(rtype, row["id"])
            out[(rtype.table, record.id)] = (json.dumps(record.content(), sort_keys=True), record.deleted)
    return out


def pending(store: Store) -> list[tuple[Any, ...]]:
    """The pending conflicts: which record and field, and the competing values."""
    return sorted(
        (c.id, c.table, c.row_id, c.field, c.kind, json.dumps(c.a, sort_keys=True), json.dumps(c.b, sort_keys=True))
        for c in merging.pending_conflicts(store)
    )


def end_state(store: Store) -> tuple[Any, ...]:
    found = pending(store)
    assert len({c[1:] for c in found}) == len(found), "a pending conflict is there twice"
    return records(store), found


def diverge(folder: Path, ops: list[list]) -> tuple[list[Path], Path]:
    """Three people's copies of one store, each changed on its own; the files they share,
    and the store they started from."""
    stores = make_copies(folder, [ALICE, BOB, CAROL])
    files = []
    try:
        for who, (store, store_ops) in enumerate(zip(stores, ops, strict=True)):
            run_ops(store, store_ops, who)
            files.append(folder / f"shared{who}.db")
            store.save_copy(files[-1])
    finally:
        for store in stores:
            store.close()
    return files, folder / "base.db"


def merged_in_order(folder: Path, base: Path, files: list[Path], order: tuple[int, ...]) -> tuple[Any, ...]:
    """A fresh copy of the start that merges the files in this order."""
    target = folder / f"into-{''.join(map(str, order))}.db"
    with Store.open(base, MERGER, readonly=True) as start:
        start.save_copy(target)
    with Store.open(target, MERGER) as store:
        for n in order:
            store.merge_file(files[n])
        return end_state(store)


def check_every_order(ops: list[list]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, base = diverge(folder, ops)
        first, *others = [merged_in_order(folder, base, files, order) for order in itertools.permutations(range(3))]
        for other in others:
            assert other[0] == first[0], "the records differ by the order of the merges"
            assert other[1] == first[1], "the pending conflicts differ by the order of the merges"


three_sides = st.lists(st.lists(op_strategy, min_size=1, max_size=8), min_size=3, max_size=3)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=three_sides)
def test_three_diverged_copies_merged_in_every_order_end_equal(ops) -> None:
    check_every_order(ops)


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=three_sides, seed=st.integers(0, 2**32 - 1), exchanges=st.integers(0, 6))
def test_copies_exchanged_at_random_end_as_one_store_merging_every_file(ops, seed: int, exchanges: int) -> None:
    """People pass files around at random; once each has merged the others' latest files,
    each holds what a store merging the three first files holds."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, base = diverge(folder, ops)
        reference = merged_in_order(folder, base, files, (0, 1, 2))
        people = [Store.open(file, author) for file, author in zip(files, [ALICE, BOB, CAROL], strict=True)]
        try:
            for _ in range(exchanges):
                dst, src = rng.sample(range(3), 2)
                send(people[src], people[dst])
            for dst in range(3):
                for src in rng.sample([n for n in range(3) if n != dst], 2):
                    send(people[src], people[dst])
                assert end_state(people[dst]) == reference
        finally:
            for store in people:
                store.close()


def test_three_values_of_one_field_are_two_conflicts_against_the_latest_in_every_order(tmp_path: Path) -> None:
    """Alpha, Beta and Gamma written to one title on three sides: the title shows the latest,
    Gamma, and each of the two others stands against it, whatever the order."""
    stores = make_copies(tmp_path, [ALICE, BOB, CAROL])
    files = []
    for n, (store, title) in enumerate(zip(stores, ["Alpha", "Beta", "Gamma"], strict=True)):
        edit(store, model.AgendaItem, "a-0", title=title)
        files.append(tmp_path / f"shared{n}.db")
        store.save_copy(files[-1])
        store.close()
    ends = [merged_in_order(tmp_path, tmp_path / "base.db", files, o) for o in itertools.permutations(range(3))]
    for end in ends:
        assert end == ends[0]
        assert [(c[3], c[5], c[6]) for c in end[1]] in (
            [("title", '"Alpha"', '"Gamma"'), ("title", '"Beta"', '"Gamma"')],
            [("title", '"Beta"', '"Gamma"'), ("title", '"Alpha"', '"Gamma"')],
        )


def test_a_value_replaced_by_someone_who_had_seen_it_is_not_a_conflict_in_any_order(tmp_path: Path) -> None:
    """Alice writes Alpha; Bob merges her file and writes Beta over it; Carol writes Gamma.
    Whatever order the three files come in, Beta stands against Gamma, and Alpha against
    nothing: Bob had seen it."""
    alice, bob, carol = make_copies(tmp_path, [ALICE, BOB, CAROL])
    edit(alice, model.AgendaItem, "a-0", title="Alpha")
    send(alice, bob)
    edit(bob, model.AgendaItem, "a-0", title="Beta")
    edit(carol, model.AgendaItem, "a-0", title="Gamma")
    files = []
    for n, store in enumerate((alice, bob, carol)):
        files.append(tmp_path / f"shared{n}.db")
        store.save_copy(files[-1])
        store.close()
    ends = [merged_in_order(tmp_path, tmp_path / "base.db", files, o) for o in itertools.permutations(range(3))]
    for end in ends:
        assert end == ends[0]
    assert [(c[3], c[5], c[6]) for c in ends[0][1]] == [("title", '"Beta"', '"Gamma"')]


def test_an_edit_against_deletions_on_two_sides_is_one_conflict(tmp_path: Path) -> None:
    alice, bob, carol = make_copies(tmp_path, [ALICE, BOB, CAROL])
    remove(alice, model.Note, "n-0")
    remove(bob, model.Note, "n-0")
    edit(carol, model.Note, "n-0", text="Still needed")
    files = []
    for n, store in enumerate((alice, bob, carol)):
        files.append(tmp_path / f"shared{n}.db")
        store.save_copy(files[-1])
        store.close()
    ends = [merged_in_order(tmp_path, tmp_path / "base.db", files, o) for o in itertools.permutations(range(3))]
    for end in ends:
        assert end == ends[0]
    [conflict] = ends[0][1]
    assert conflict[2:7] == ("n-0", "deleted", "deleted", "true", "false")
    assert ends[0][0][("notes", "n-0")][1] is False  # kept, until a person decides
