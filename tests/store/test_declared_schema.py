"""The schema the migrations build is the one the record declarations describe: every declared
field is a column of its table, in order, with the storage type, NOT NULL, default, reference
and CHECK constraints its spec says. Checked on a new store and on a store of every released
version brought forward, so that a migration step and a declaration cannot drift apart."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from negoprep.records import model
from negoprep.store.engine import sqlite as sqlite3  # (the store's own SQLite: two in one process break its locks)
from negoprep.store.store import Store
from tests.conftest import AUTHOR

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("v*.db"))

#: How SQLite stores each kind of value.
STORAGE = {
    "int": "INTEGER",
    "bool": "INTEGER",
    "number": "REAL",
    **{k: "TEXT" for k in ("id", "ref", "text", "enum", "date", "instant", "at", "rule")},
}


def _sql_default(text: str | None) -> Any:
    """A column's default as SQLite reports it ('x' quoted, numbers bare, NULL as None)."""
    if text is None or text.upper() == "NULL":
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return float(text) if "." in text else int(text)


def _expected_default(column: model.Column) -> Any:
    default = column.default
    if column.spec.kind == "bool":
        return int(default)
    if column.spec.kind == "rule":
        return '{"kind": "manual"}'
    if column.spec.kind == "number" and default is not None:
        return int(default) if float(default).is_integer() else default
    return default


def _checks(sql: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[float, float]]]:
    """The CHECK constraints of a table's SQL: value lists and ranges, by column."""
    lists = {
        m.group(1): tuple(v.strip().strip("'") for v in m.group(2).split(","))
        for m in re.finditer(r"CHECK \((?:\w+ IS NULL OR )?(\w+) IN \(([^)]*)\)\)", sql)
    }
    ranges = {
        m.group(1): (float(m.group(2)), float(m.group(3)))
        for m in re.finditer(r"CHECK \((?:\w+ IS NULL OR )?(\w+) BETWEEN (-?[\d.]+) AND (-?[\d.]+)\)", sql)
    }
    return lists, ranges


def schema_drift(conn: sqlite3.Connection) -> list[str]:
    """Every way the tables of `conn` differ from the declarations, in words."""
    drift = []
    for rtype in model.RECORD_TYPES:
        table = rtype.table
        info = {row[1]: row for row in conn.execute(f"PRAGMA table_xinfo({table})")}
        names = [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")]
        if names != rtype.columns():
            drift.append(f"{table}: columns {names} != declared {rtype.columns()}")
            continue
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        lists, ranges = _checks(sql)
        refs = {row[3]: row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
        for column in rtype.declared():
            spec, name = column.spec, column.name
            _, _, sql_type, notnull, dflt, _, _ = info[name]
            if sql_type != STORAGE[spec.kind]:
                drift.append(f"{table}.{name}: stored as {sql_type}, declared {spec.kind}")
            if bool(notnull) == spec.nullable:
                drift.append(f"{table}.{name}: NOT NULL is {bool(notnull)}, declared nullable={spec.nullable}")
            # (the id and the stamps are always written by the store: they have no default)
            stamped = name == "id" or name in model.BOOKKEEPING[:4]
            if not stamped and _sql_default(dflt) != _expected_default(column):
                drift.append(f"{table}.{name}: default {dflt!r}, declared {column.default!r}")
            if spec.kind == "ref" and refs.get(name) != spec.target:
                drift.append(f"{table}.{name}: references {refs.get(name)}, declared {spec.target}")
            if spec.kind != "ref" and name in refs:
                drift.append(f"{table}.{name}: references {refs[name]}, declared {spec.kind}")
            if spec.kind == "enum" and lists.get(name) != spec.choices:
                drift.append(f"{table}.{name}: allows {lists.get(name)}, declared {spec.choices}")
            if name in ranges and ranges[name] != (spec.low, spec.high):
                drift.append(f"{table}.{name}: range {ranges[name]}, declared {(spec.low, spec.high)}")
    return drift


def test_a_new_store_has_the_declared_schema() -> None:
    with Store.open(None, AUTHOR) as store:
        assert schema_drift(store.db.conn) == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_migrated_store_has_the_declared_schema(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Store.open(path, AUTHOR):
        pass
    conn = sqlite3.connect(path)
    try:
        assert schema_drift(conn) == []
    finally:
        conn.close()


def test_the_check_sees_drift() -> None:
    """A column whose constraint or default differs from its declaration is reported."""
    conn = sqlite3.connect(":memory:")
    with Store.open(None, AUTHOR) as store:
        store.db.conn.backup(conn)
    conn.executescript(
        """
        PRAGMA foreign_keys = OFF;
        ALTER TABLE tracks RENAME TO old_tracks;
        CREATE TABLE tracks AS SELECT * FROM old_tracks;
        """
    )
    assert any(d.startswith("tracks.id: NOT NULL") for d in schema_drift(conn))
    conn.executescript("ALTER TABLE notes ADD COLUMN extra TEXT;")
    assert any(d.startswith("notes: columns") for d in schema_drift(conn))
    conn.close()


def test_the_check_sees_a_declaration_ahead_of_the_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    """A choice declared but not allowed by the table (a migration step missing) is reported."""
    declared = model.Participant.declared()
    side = model.Participant.column("side")
    wider = model.Column("side", dataclasses.replace(side.spec, choices=(*side.spec.choices, "mediator")), "ours")
    changed = tuple(wider if c.name == "side" else c for c in declared)
    monkeypatch.setattr(model.Participant, "declared", classmethod(lambda cls: changed))
    with Store.open(None, AUTHOR) as store:
        assert [d for d in schema_drift(store.db.conn) if d.startswith("participants.side")] == [
            "participants.side: allows ('ours', 'theirs', 'other'), declared ('ours', 'theirs', 'other', 'mediator')"
        ]
