"""A record's fields and their values as a person reads them, from the record declarations:
each field by its declared label, a reference by the name of the record it points at, a
choice, a yes/no, a number and a time each in its own words — never a column name or an id.
The history and the Resolve conflicts dialog both show values this way."""

from __future__ import annotations

import json
from typing import Any, Protocol

from negoprep.i18n import format_date, translate
from negoprep.records import model, times
from negoprep.records.numbers import figure_text
from negoprep.redlines.rules import describe_rule, referenced_ids
from negoprep.ui.labels import enum_label


class Records(Protocol):
    """Where a reference is looked up: the store (a record by id, deleted or not)."""

    def get(self, rtype: type[Any], record_id: str) -> Any: ...


def field_label(table: str, name: str) -> str:
    """A field's declared label, translated (e.g. agenda_items.owner_id → "Owner")."""
    return translate("fields", model.label_of(table, name))


def column_of(table: str, name: str) -> model.Column | None:
    """The declaration of a field, or None for a field the record types do not declare."""
    rtype = model.BY_TABLE.get(table)
    try:
        return rtype.column(name) if rtype is not None else None
    except KeyError:
        return None


def record_name(records: Records, table: str, record_id: str) -> str:
    """The name of a record a reference points at: its title or name, marked when deleted;
    "(deleted)" alone when the store no longer holds it at all."""
    rtype = model.BY_TABLE.get(table)
    record = records.get(rtype, record_id) if rtype is not None else None
    if record is None:
        return translate("FieldText", "(deleted)")
    label = record.label or translate("FieldText", "(untitled)")
    return translate("FieldText", "{name} (deleted)").format(name=label) if record.deleted else label


def _rule_text(records: Records, rule: Any) -> str:
    if not isinstance(rule, dict):
        return translate("FieldText", "A rule this version cannot read")
    try:
        track_ids, item_ids = referenced_ids(rule)
        tracks = {i: record_name(records, "tracks", i) for i in track_ids if isinstance(i, str)}
        items = {i: record_name(records, "agenda_items", i) for i in item_ids if isinstance(i, str)}
        return describe_rule(rule, tracks, items)
    except (AttributeError, KeyError, TypeError, ValueError):
        return translate("FieldText", "A rule this version cannot read")


def value_text(table: str, name: str, value: Any, records: Records | None = None) -> str:
    """A field's value as a person reads it, by the kind its declaration gives it. `records`
    (the store) names the record a reference points at; without it a reference is "a record"."""
    column = column_of(table, name)
    kind = column.spec.kind if column is not None else ""
    if value is None:
        return translate("FieldText", "none")
    if kind == "ref":
        if records is None or not isinstance(value, str):
            return translate("FieldText", "a record")
        return record_name(records, column.spec.target, value) if column is not None else value
    if value == "":
        return translate("FieldText", "(empty)")
    if isinstance(value, bool) or kind == "bool":
        return translate("FieldText", "Yes") if value else translate("FieldText", "No")
    if kind == "enum" and isinstance(value, str):
        return enum_label(value)
    if isinstance(value, int | float):
        return figure_text(value)
    if kind == "date" and isinstance(value, str):
        return format_date(value)
    if kind in ("at", "instant") and isinstance(value, str):
        return times.local_text(value)
    if kind == "rule":
        return _rule_text(records, value) if records is not None else translate("FieldText", "A rule")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)
