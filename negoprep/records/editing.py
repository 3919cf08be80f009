"""Pure helpers for editing a dossier: new records, duplicates, moves, copies of dossiers."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from negoprep.records import model

L = TypeVar("L", bound=model.Listed)


_PACKAGE_ITEM_NS = uuid.UUID("7f1d5d0e-3c55-4c3e-9d87-5b1f2f0a6e11")
_DEMAND_NS = uuid.UUID("2c6f0f5e-8d3b-5b7e-a1f4-0e9c4d2b7a31")
#: The nested records whose id is made from their parent and their agenda item (at most one
#: per agenda item in a parent): the namespace of each type's ids, and the parent's field.
DERIVED_IDS: dict[type[model.Record], tuple[uuid.UUID, str]] = {
    model.PackageItem: (_PACKAGE_ITEM_NS, "package_id"),
    model.Demand: (_DEMAND_NS, "constituency_id"),
}


def new_id() -> str:
    return str(uuid.uuid4())


def package_item_id(package_id: str, agenda_item_id: str) -> str:
    """The id of an agenda item's place in a package: the same in every copy of the store."""
    return child_id(model.PackageItem, package_id, agenda_item_id)


def child_id(rtype: type[model.Record], parent_id: str, agenda_item_id: str) -> str:
    """The id of a nested record of `rtype` (a package item, a constituency's demand) made from
    its parent and its agenda item: the same in every copy of the store."""
    namespace, _ = DERIVED_IDS[rtype]
    return str(uuid.uuid5(namespace, f"{parent_id}\n{agenda_item_id}"))


def derived_id_of(record: model.Record) -> str | None:
    """The id a nested record must have (None for a record whose id is its own)."""
    if not isinstance(record, model.PackageItem | model.Demand):
        return None
    _, parent_attr = DERIVED_IDS[type(record)]
    return child_id(type(record), getattr(record, parent_attr), record.agenda_item_id)


def next_position(siblings: Sequence[model.Record]) -> int:
    """The position after the last of some records."""
    return max((getattr(r, "position", 0) for r in siblings), default=-1) + 1


def duplicate(record: model.Listed, position: int) -> list[model.Record]:
    """A copy of a record with a new id (its title marked as a copy), at `position`, and
    copies of its items for a package or checklist. Returns the records to write."""

    copy = replace(record, id=new_id(), created_at="", updated_at="", author_id="", rev="", deleted=False)
    copy = replace(copy, position=position)
    title_field = type(record).text_fields[0]
    if title_field in ("title", "name"):
        # a field named by the declaration, not in the code: a field map, as a document's reader has
        title: dict[str, Any] = {title_field: f"{getattr(record, title_field)} (copy)"}
        copy = replace(copy, **title)
    children: list[model.Record] = []
    for child in getattr(record, "items", []):
        parent_attr = model.NESTED[type(record)][1]
        moved = replace(child, rev="", deleted=False, **{parent_attr: copy.id})
        children.append(replace(moved, id=derived_id_of(moved) or new_id()))
    if isinstance(copy, model.Parent) and children:
        return [model.with_items(copy, children), *children]
    return [copy, *children]


def swapped(records: Sequence[L], index: int, delta: int) -> list[L]:
    """Move records[index] by delta places (−1 up, +1 down) among records in display order:
    the records whose position changes, renumbered so that no two share a position."""
    target = index + delta
    if not (0 <= index < len(records) and 0 <= target < len(records)):
        return []
    order = list(records)
    order[index], order[target] = order[target], order[index]
    positions = [r.position for r in records]
    if any(a >= b for a, b in itertools.pairwise(positions)):
        # shared positions (e.g. from a document that gave none): number the whole list anew
        return [replace(r, position=n) for n, r in enumerate(order) if r.position != n]
    low, high = min(index, target), max(index, target)
    base = min(r.position for r in records[low : high + 1])
    changed = []
    for offset, record in enumerate(order[low : high + 1]):
        if record.position != base + offset:
            changed.append(replace(record, position=base + offset))
    return changed


def copy_document(doc: dict[str, Any], title: str) -> dict[str, Any]:
    """A dossier document with new ids everywhere (references and rules follow), titled
    `title`: a copy that can live beside the original in the same store."""
    fresh: dict[str, str] = {}

    def remap(old: Any) -> Any:
        if not isinstance(old, str):
            return old
        if old not in fresh:
            fresh[old] = new_id()
        return fresh[old]

    # every reference a document may hold, by its key (the declarations say which keys they are)
    ref_keys = {c.key for rtype in model.RECORD_TYPES for c in rtype.declared() if c.spec.kind == "ref" and c.key}

    def remap_record(raw: dict[str, Any]) -> dict[str, Any]:
        return {k: (remap(v) if k == "id" or k in ref_keys else v) for k, v in raw.items()}

    out: dict[str, Any] = {**doc, "dossier": {**doc["dossier"], "id": remap(doc["dossier"]["id"]), "title": title}}
    for key in model.CONTENT_LISTS:
        if key not in doc:
            continue
        records = []
        for raw in doc[key]:
            record = remap_record(raw)
            if key == "red_lines":
                record["rule"] = _remap_rule(raw.get("rule", {"kind": "manual"}), remap)
            for children in ("items", "demands"):  # a package's or checklist's items, a constituency's demands
                if children in raw:
                    record[children] = [remap_record(item) for item in raw[children]]
            records.append(record)
        out[key] = records
    return out


def _remap_rule(rule: dict[str, Any], remap: Any) -> dict[str, Any]:
    out = dict(rule)
    if "between" in out:
        out["between"] = [[remap(t) for t in group] for group in out["between"]]
    for key in ("tracks", "against_tracks"):
        if key in out:
            out[key] = [remap(t) for t in out[key]]
    if "item" in out:
        out["item"] = remap(out["item"])
    return out
