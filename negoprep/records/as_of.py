"""A dossier as it was at a past time, rebuilt from its revisions, and what changed since.

Every change to a record appends a revision holding the record as it was after the change
(negoprep.store: `Store.dossier_revisions`). The dossier at a time WHEN is, for each record,
the snapshot of its latest revision at or before WHEN (a record whose latest revision then was
its deletion, or that had none yet, was not there). An addendum (negoprep.paper.addendum)
compares that dossier with today's, record by record and field by field (`compare`).

Times are UTC stamps as the store writes them (``YYYY-MM-DDTHH:MM:SS.mmmZ``), so text order is
time order; a time given by a person (`since_stamp`) is a date, meaning the start of that day
in UTC, or a UTC date-time. Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from negoprep.i18n import translate
from negoprep.records import model, times

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTC_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?Z", re.ASCII)
# (an offset of at most 14 hours, its minutes under 60: what a zone can be)
_OFFSET_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-](?:0\d|1[0-4]):[0-5]\d", re.ASCII)

# The fields a comparison leaves out: the store's bookkeeping, ids and display order.
SKIPPED = frozenset({*model.BOOKKEEPING, "id", "dossier_id", "position"})

# A child record type → its parent's record type and the field that names the parent.
CHILDREN: dict[type[model.Record], tuple[type[model.Record], str]] = {
    child: (parent, parent_attr) for parent, (child, parent_attr) in model.NESTED.items()
}


def since_stamp(text: str) -> str:
    """The stamp of a time a person gives: ``2025-05-01`` (the start of that day, UTC), a UTC
    date-time ``2025-05-01T09:30Z``, ``2025-05-01T09:30:00Z`` or with a fraction of a second,
    or a date-time with its offset (``2025-05-01T18:30+09:00``, that instant). Raises
    ValueError, in words for a person (in the installed language), for anything else: a time
    without a zone (whose clock it is cannot be known), an impossible date, other text."""
    given = text.strip()
    moment: datetime | None = None
    try:
        if _DATE.fullmatch(given):
            moment = datetime.fromisoformat(given).replace(tzinfo=UTC)
        elif _OFFSET_TIME.fullmatch(given):
            moment = datetime.fromisoformat(given).astimezone(UTC)
        elif found := _UTC_TIME.fullmatch(given):
            day, hour, minute, second, fraction = found.groups()
            micro = int((fraction or "0").ljust(6, "0"))
            moment = datetime.fromisoformat(f"{day}T{hour}:{minute}:{second or '00'}").replace(
                microsecond=micro, tzinfo=UTC
            )
    except ValueError:
        moment = None
    if moment is None:
        message = translate(
            "Addendum",
            "{given!r} is not a time to print changes since: give a date such as 2025-05-01 (the start of that "
            "day, UTC) or a time with its zone such as 2025-05-01T09:30:00Z or 2025-05-01T18:30+09:00",
        )
        raise ValueError(message.format(given=text))
    return times.stamp(moment)


def record_of(revision: model.Revision) -> model.Record | None:
    """The record a revision's snapshot holds (None for a deletion, or a table no longer
    known); a field the snapshot lacks (written before the field existed) holds its default."""
    rtype = model.BY_TABLE.get(revision.table)
    if rtype is None or revision.op == "delete" or revision.snapshot.get("deleted"):
        return None
    snapshot = revision.snapshot
    values: dict[str, Any] = {}
    for column in rtype.declared():
        if column.name in snapshot:
            values[column.name] = snapshot[column.name]
        elif column.default is not None or column.spec.nullable:
            values[column.name] = column.default
        else:  # a required field the snapshot lacks: not a record that can be shown
            return None
    values["rev"] = revision.id
    values["deleted"] = False
    return rtype(**values)


def _order(record: model.Record) -> tuple[int, str, str]:
    return (getattr(record, "position", 0), record.created_at, record.id)


def content_as_of(revisions: Iterable[model.Revision], when: str) -> model.DossierContent | None:
    """The dossier whose `revisions` these are (all of them, as `Store.dossier_revisions`
    gives them, oldest first) as it was at the stamp `when`: for each record, the snapshot of
    its latest revision at or before `when`. None when the dossier did not exist then (or was
    deleted). Lists are in display order, children under their parents."""
    latest: dict[tuple[str, str], model.Revision] = {}
    for revision in revisions:
        if revision.at <= when:  # (revisions of one time come in the order they were written)
            latest[(revision.table, revision.row_id)] = revision
    by_type: dict[type[model.Record], list[model.Record]] = {}
    dossier: model.Dossier | None = None
    for revision in latest.values():
        record = record_of(revision)
        if isinstance(record, model.Dossier):
            dossier = record
        elif record is not None:
            by_type.setdefault(type(record), []).append(record)
    if dossier is None:
        return None
    content = model.DossierContent(dossier=dossier)
    children: dict[type[model.Record], dict[str, list[model.Record]]] = {}
    for child_type, (_, parent_attr) in CHILDREN.items():
        grouped = children.setdefault(child_type, {})
        for child in sorted(by_type.get(child_type, []), key=_order):
            grouped.setdefault(getattr(child, parent_attr), []).append(child)
    for key, rtype in model.CONTENT_LISTS.items():
        records = sorted(by_type.get(rtype, []), key=_order)
        for child_type, (parent_type, _) in CHILDREN.items():
            if parent_type is rtype:
                records = [
                    model.with_items(r, children[child_type].get(r.id, [])) if isinstance(r, model.Parent) else r
                    for r in records
                ]
        setattr(content, key, records)
    return content


@dataclass(frozen=True)
class Change:
    """One record added, changed or removed between two states of a dossier.

    `fields` holds (field name, old value, new value) for each field that differs, in the
    order of the record's declaration; for an added or removed record it is empty. A child
    (a package's item, a constituency's demand) names its parent's id in `parent_id`."""

    table: str
    record_id: str
    action: str  # "added", "changed" or "removed"
    before: model.Record | None
    after: model.Record | None
    fields: tuple[tuple[str, Any, Any], ...] = ()
    parent_id: str | None = None

    @property
    def record(self) -> model.Record:
        """The record as it is now, or as it last was when removed."""
        found = self.after if self.after is not None else self.before
        assert found is not None
        return found


def records_of(content: model.DossierContent | None, tables: Sequence[str]) -> dict[str, dict[str, model.Record]]:
    """Table → record id → record, for `tables` of a dossier (children included)."""
    out: dict[str, dict[str, model.Record]] = {table: {} for table in tables}
    if content is None:
        return out
    found: list[model.Record] = [content.dossier]
    for key in model.CONTENT_LISTS:
        for record in getattr(content, key):
            found.append(record)
            found += getattr(record, "items", [])
    for record in found:
        if record.table in out:
            out[record.table][record.id] = record
    return out


def field_changes(before: model.Record, after: model.Record) -> tuple[tuple[str, Any, Any], ...]:
    """(field, old, new) for each declared field whose value differs, bookkeeping left out."""
    return tuple(
        (name, getattr(before, name), getattr(after, name))
        for name in after.columns()
        if name not in SKIPPED and getattr(before, name) != getattr(after, name)
    )


def compare(before: model.DossierContent | None, after: model.DossierContent, tables: Sequence[str]) -> list[Change]:
    """What changed in `tables` of a dossier from `before` (None: it did not exist) to `after`:
    added, changed and removed records, in the order of `tables`, each table's records in the
    order of `after` (removed ones after them, in the order of `before`)."""
    old, new = records_of(before, tables), records_of(after, tables)
    out: list[Change] = []
    for table in tables:
        rtype = model.BY_TABLE[table]
        parent_attr = CHILDREN[rtype][1] if rtype in CHILDREN else None
        for record_id, record in new[table].items():
            parent = getattr(record, parent_attr) if parent_attr else None
            was = old[table].get(record_id)
            if was is None:
                out.append(Change(table, record_id, "added", None, record, (), parent))
            elif fields := field_changes(was, record):
                out.append(Change(table, record_id, "changed", was, record, fields, parent))
        for record_id, record in old[table].items():
            if record_id not in new[table]:
                parent = getattr(record, parent_attr) if parent_attr else None
                out.append(Change(table, record_id, "removed", record, None, (), parent))
    return out
