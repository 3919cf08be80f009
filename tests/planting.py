"""Records written past the store's door, as an older version of negoprep, a damaged file or
another program could have left them: for tests of what reads a store that holds them."""

from __future__ import annotations

import contextlib
import math
import sqlite3

from negoprep.records import model
from negoprep.store import chain
from negoprep.store.database import BOOL_COLUMNS, JSON_COLUMNS
from negoprep.store.engine import sqlite
from negoprep.store.store import Store
from tests import revision_edit

#: What a connection of either library raises (the store's own, or the standard library's).
_ERRORS = (sqlite3.Error, sqlite.Error)


def plant(store: Store, record: model.Record) -> model.Record:
    """Write a record with its revision and index entry, unchecked; returns it as stored."""
    with store.transaction():
        store.db.write(record)
    stored = store.get(type(record), record.id)
    assert stored is not None
    return stored


def in_history(conn: sqlite3.Connection, table: str, key: object, *columns: str, by: str = "id") -> None:
    """After a row was changed past negoprep: its head revision's snapshot holds the same, and
    the history's digests are made anew, as another system's negoprep would have written them
    (so that only the value itself is judged). A value no JSON can hold is left out. The row
    is found by `by` ("id" or "rowid")."""
    revision_edit.functions(conn)
    for column in columns:
        value = f'(SELECT "{column}" FROM {table} WHERE {by} = :key)'
        if column in BOOL_COLUMNS:
            value = f"CASE {value} WHEN 1 THEN json('true') WHEN 0 THEN json('false') ELSE {value} END"
        elif column in JSON_COLUMNS:
            value = f"CASE WHEN json_valid({value}) THEN json({value}) ELSE {value} END"
        else:  # (a real in full: SQL's JSON writes 15 digits, its printf at most 16)
            with contextlib.suppress(*_ERRORS):
                held = conn.execute(f'SELECT "{column}" FROM {table} WHERE {by} = ?', (key,)).fetchone()
                if held is not None and isinstance(held[0], float) and math.isfinite(held[0]):
                    value = f"json('{held[0]!r}')"  # Python's repr: the shortest text that reads back exactly
        with contextlib.suppress(*_ERRORS):
            conn.execute(
                "UPDATE revisions SET snapshot = "
                + revision_edit.edited(f"json_set(snapshot, '$.{column}', {value})")
                + " "
                f"WHERE id = (SELECT rev FROM {table} WHERE {by} = :key)",
                {"key": key},
            )
    with contextlib.suppress(*_ERRORS):  # (text that is not UTF-8: verify refuses the value first)
        chain.rebuild(conn)
