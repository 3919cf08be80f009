"""Any order of the same merges ends the same, whatever the three people changed: three
diverged copies of one store, each edited with values drawn from the record declarations
(any field of any record type, tests/declared.py), records added and deleted, merged into the
starting store in every order, end with equal records and one equal set of pending conflicts,
none twice. (tests/store/test_merge_orders.py holds fixed examples.)"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from negoprep.formats import dossier_json
from negoprep.records import model
from negoprep.records.editing import package_item_id
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from tests import declared
from tests.store.test_merge import ALICE, BOB, CAROL, D, make_copies, tick
from tests.store.test_merge_orders import merged_in_order

#: (record type, the attribute naming its parent, the parent's type) of the nested lists
_CHILDREN = {s.child.type: (s.child, s.child.parent_attr, s.type) for s in dossier_json.SECTIONS if s.child}
_SECTION = {s.type: s for s, _ in declared.ALL_SECTIONS}
_TYPES = [model.Dossier, *_SECTION]


def _pools(store: Store) -> dict[str, list[str]]:
    """The ids of the live records of each table of the dossier, for references."""
    pools: dict[str, list[str]] = {model.Dossier.table: [D]}
    for rtype in _SECTION:
        pools[rtype.table] = [r.id for r in store.records(rtype, D)]
    items = store.records(model.AgendaItem, D)
    pools[declared.WITH_FIGURE] = [i.id for i in items if i.figure_value is not None]
    return pools


def _value(column: model.Column, pools: dict[str, list[str]]) -> st.SearchStrategy[Any]:
    return declared.valid(column, pools, typed=True)


def _editable(rtype: type[model.Record]) -> list[model.Column]:
    """The fields a person edits: those of documents, but the id and what an id is made from."""
    section = _SECTION.get(rtype, dossier_json.DOSSIER)
    return [
        c
        for c in dossier_json.document_columns(rtype, with_id=False)
        if not (section.derived_id and c.spec.kind == "ref" and c.spec.required)
    ]


def _edit(store: Store, data: st.DataObject) -> None:
    rtype = data.draw(st.sampled_from(_TYPES))
    live = [store.get(model.Dossier, D)] if rtype is model.Dossier else store.records(rtype, D)
    if not live:
        return
    record = data.draw(st.sampled_from(live))
    column = data.draw(st.sampled_from(_editable(rtype)))
    value = data.draw(_value(column, _pools(store)), label=f"{rtype.table}.{column.name}")
    store.apply("edit", puts=[replace(record, **{column.name: value})])


def _add(store: Store, data: st.DataObject, name: str) -> None:
    rtype = data.draw(st.sampled_from(list(_SECTION)))
    pools = _pools(store)
    fields = {c.name: data.draw(_value(c, pools), label=f"new {c.name}") for c in _editable(rtype)}
    fields["dossier_id"] = D
    if rtype in _CHILDREN:
        section, parent_attr, parent_type = _CHILDREN[rtype]
        parents = pools[parent_type.table]
        if not parents:
            return
        fields[parent_attr] = data.draw(st.sampled_from(parents))
        if section.derived_id:  # its id is made from its parent and what it names
            ref = next(c for c in section.type.declared() if c.spec.kind == "ref" and c.spec.required and c.key)
            if not pools[ref.spec.target]:
                return
            fields[ref.name] = data.draw(st.sampled_from(pools[ref.spec.target]))
            fields["id"] = package_item_id(fields[parent_attr], fields[ref.name])
    fields.setdefault("id", name)
    store.apply("add", puts=[rtype(**fields)])


def _delete(store: Store, data: st.DataObject) -> None:
    rtype = data.draw(st.sampled_from(list(_SECTION)))
    live = store.records(rtype, D)
    if live:
        store.apply("delete", deletes=[data.draw(st.sampled_from(live))])


def _diverge(folder: Path, data: st.DataObject) -> list[Path]:
    """Three people's copies of one store, each changed on its own: the files they share."""
    stores = make_copies(folder, [ALICE, BOB, CAROL])
    files = []
    try:
        for who, store in enumerate(stores):
            for n in range(data.draw(st.integers(1, 6), label=f"changes by {who}")):
                op = data.draw(st.sampled_from(["edit", "edit", "edit", "add", "delete"]))
                tick()
                try:
                    if op == "edit":
                        _edit(store, data)
                    elif op == "add":
                        _add(store, data, f"new-{who}-{n}")
                    else:
                        _delete(store, data)
                    event(f"{op} written")
                except InvalidChangeError:
                    event(f"{op} refused")  # a change the store refuses (a deletion it blocks, …)
            files.append(folder / f"shared{who}.db")
            store.save_copy(files[-1])
    finally:
        for store in stores:
            store.close()
    return files


@pytest.mark.slow
@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_order_of_merging_three_copies_edited_in_any_field_ends_the_same(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = _diverge(folder, data)
        first, *others = [
            merged_in_order(folder, folder / "base.db", files, order) for order in itertools.permutations(range(3))
        ]
        event(f"{len(first[1])} pending conflicts")
        for other in others:
            assert other[0] == first[0], "the records differ by the order of the merges"
            assert other[1] == first[1], "the pending conflicts differ by the order of the merges"
