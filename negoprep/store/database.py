"""The store's database: one connection, its transactions, and rows read and written as records.

A `Database` is what every part of the store shares, handed to each of them in the open: the
reads of `Store`, the paged lists of `Listing`, the checked changes of `Changes`, and merge,
export and the salvage of a backup (through `Store.db`). A part uses what this offers and
nothing of another part's inside.

A record is written with its revision (a snapshot with the parent revision, chained by its
digests through `negoprep.store.chain`) and its full-text index entry together, inside one
transaction.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from negoprep.errors import StoreError
from negoprep.i18n import translate
from negoprep.records import model, times, values
from negoprep.store import chain, search_text
from negoprep.store.connection import begin_immediate, translated_errors
from negoprep.store.engine import sqlite

R = TypeVar("R", bound=model.Record)

#: Columns stored as 0/1 and read back as bool; columns stored as JSON text.
BOOL_COLUMNS, JSON_COLUMNS = chain.BOOL_COLUMNS, chain.JSON_COLUMNS

_WORD = re.compile(r"\w+")
#: The columns of a row's index entry that search_text.entry gives, in its order.
INDEX_COLUMNS = "title, body, title_grams, body_grams"


#: Every record table asked at once which of them holds an id (see Database.holders_of).
def holders_sql(rtypes: tuple[type[model.Record], ...]) -> str:
    """SQL finding which of the tables of `rtypes` hold an id (one parameter per type)."""
    return (
        " UNION ALL ".join(
            f"SELECT {n} AS n, '{t.table}' AS name, {'id' if t is model.Dossier else 'dossier_id'} AS owner "
            f"FROM {t.table} WHERE id = ?"
            for n, t in enumerate(rtypes)
        )
        + " ORDER BY n"
    )


_HOLDERS_SQL = holders_sql(model.RECORD_TYPES)

_COLUMN_NAMES: dict[type[model.Record], tuple[str, ...]] = {}


def column_names(rtype: type[model.Record]) -> tuple[str, ...]:
    """The columns of a record type's table, in order (kept: asked again for every row)."""
    found = _COLUMN_NAMES.get(rtype)
    if found is None:
        found = _COLUMN_NAMES[rtype] = tuple(rtype.columns())
    return found


def encode(column: str, value: Any) -> Any:
    """A field's value as its column stores it."""
    if column in JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False)  # key order kept: a dump reads as it was written
    if column in BOOL_COLUMNS:
        return int(bool(value))
    return value


def decode_value(column: str, value: Any) -> Any:
    """A column's stored value as a record holds it."""
    if column in JSON_COLUMNS:
        return json.loads(value)
    if column in BOOL_COLUMNS:
        return bool(value)
    return value


def decode(rtype: type[R], row: dict[str, Any]) -> R:
    """A record from a row of its table (read as a dict by column name)."""
    fields = {}
    for name in column_names(rtype):
        value = row[name]
        if name in JSON_COLUMNS:
            value = json.loads(value)
        elif name in BOOL_COLUMNS:
            value = bool(value)
        fields[name] = value
    return rtype(**fields)


def decode_rows(rtype: type[R], rows: Iterable[dict[str, Any]]) -> list[R]:
    return [decode(rtype, row) for row in rows]


def dossier_of(record: model.Record) -> str | None:
    """The id of the dossier a record belongs to (a dossier's own id for a dossier)."""
    if isinstance(record, model.Dossier):
        return record.id
    found = getattr(record, "dossier_id", None)  # every other record type has one
    return found if isinstance(found, str) else None


def fts_query(text: str, *, titles: bool = False) -> str:
    """A safe FTS5 query from what a person typed (see search_text.query)."""
    return search_text.query(text, titles=titles)


def fts_match(text: str, dossier_id: str | None = None, table: str | None = None, *, titles: bool = False) -> str:
    """The whole MATCH expression: the typed words in what people wrote (a word as a prefix of
    a word, a Korean, Chinese or Japanese word as a part of a word; in titles only, with
    `titles`), narrowed by the index to a dossier and a table. Empty when nothing searchable
    was typed. (The narrowing is by phrase of the id's words: callers also compare the id
    exactly.)"""
    words = fts_query(text, titles=titles)
    if not words:
        return ""
    parts = [f"({words})"]
    for column, value in (("dossier_id", dossier_id), ("table_name", table)):
        tokens = _WORD.findall(value or "")
        if tokens:
            parts.append(f'{column} : "{" ".join(tokens)}"')
    return " AND ".join(parts)


def index_row(conn: sqlite.Connection, rtype: type[model.Record], row: dict[str, Any], delete: bool) -> None:
    """Keep the full-text index entry of a row in step with it (as search_text.entry has it).
    search_rows gives each indexed row a docid, so that its entry is found by key (FTS5
    cannot index the row id)."""
    key = (rtype.table, row["id"])
    found = conn.execute("SELECT docid FROM search_rows WHERE table_name = ? AND row_id = ?", key).fetchone()
    if found is not None:
        conn.execute("DELETE FROM search WHERE rowid = ?", (found[0],))
    if delete or not rtype.text_fields:
        if found is not None:
            conn.execute("DELETE FROM search_rows WHERE docid = ?", (found[0],))
        return
    if found is None:
        search_text.drop_unowned_above(conn)  # (the docid given next must hold no words yet)
    docid = (
        found[0]
        if found is not None
        else conn.execute("INSERT INTO search_rows (table_name, row_id) VALUES (?, ?)", key).lastrowid
    )
    dossier_id = row["id"] if rtype is model.Dossier else row["dossier_id"]
    texts = search_text.entry(rtype, row)
    conn.execute(
        f"INSERT INTO search (rowid, table_name, row_id, dossier_id, {INDEX_COLUMNS}) "
        f"VALUES (?, ?, ?, ?{', ?' * len(texts)})",
        (docid, *key, dossier_id, *texts),
    )


class Database:
    """One store's connection, with its transactions and its records read and written."""

    def __init__(self, conn: sqlite.Connection, path: Path | None, author: model.Author, readonly: bool):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.author = author
        #: told how many seconds a change has waited for another program's write to end
        self.on_wait: Callable[[float], None] | None = None
        self._depth = 0
        self._author_saved = False

    @property
    def name(self) -> str:
        return str(self.path) if self.path else translate("store", "the store")

    @property
    def in_change(self) -> bool:
        """Whether a transaction is open (a change is being made)."""
        return self._depth > 0

    def set_author(self, author: model.Author) -> None:
        """Record later changes under another author."""
        self.author = author
        self._author_saved = False

    # --- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of change: everything inside is written, or nothing is."""
        if self.readonly:
            raise StoreError(
                translate("store", "{name} is open read-only: the change was not saved").format(name=self.name)
            )
        with translated_errors(self.name):
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            if not self._author_saved:
                from negoprep.identity import checked_name

                checked_name(self.author.name)  # the name every change is recorded under
            begin_immediate(self.conn, self.name, self.on_wait)
            self._depth = 1
            try:
                if not self._author_saved:
                    chain.save_author(self.conn, self.author.id, self.author.name, rename=True)
                yield
                self.conn.execute("COMMIT")
                self._author_saved = True
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    # --- reading --------------------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """The rows a query gives, each a dict by column name."""
        with translated_errors(self.name):
            cursor = self.conn.execute(sql, tuple(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, rtype: type[R], record_id: str) -> R | None:
        """A record by id, deleted or not (None when the store never held it)."""
        rows = self.rows(f"SELECT * FROM {rtype.table} WHERE id = ?", (record_id,))
        return decode(rtype, rows[0]) if rows else None

    def records(self, rtype: type[R], where: str, params: Iterable[Any]) -> list[R]:
        """The live records of a type for which `where` holds, in display order."""
        sql = f"SELECT * FROM {rtype.table} WHERE {where} AND deleted = 0 ORDER BY position, created_at, id"
        return decode_rows(rtype, self.rows(sql, params))

    def holders_of(self, record_id: str) -> list[tuple[str, str]]:
        """(table, dossier id) of every record, live or deleted, whose id this is (one, in a
        sound store), in the order of model.RECORD_TYPES; one query."""
        rows = self.rows(_HOLDERS_SQL, tuple(record_id for _ in range(_HOLDERS_SQL.count("?"))))
        return [(row["name"], row["owner"]) for row in rows]

    def holder_of(self, record_id: str) -> tuple[str, str] | None:
        """(table, dossier id) of the record whose id this is; None when no record has it."""
        holders = self.holders_of(record_id)
        return holders[0] if holders else None

    # --- writing --------------------------------------------------------------------------

    def write(self, record: model.Record, *, delete: bool = False) -> str | None:
        """Write one record with its revision and index entry, unchecked; returns what
        happened ("insert", "update", "delete") or None when nothing changed. Call inside a
        transaction, after the checks of `Changes.refuse_invalid` (or those of `load`)."""
        rtype = type(record)
        if not delete:
            record = values.normalised(record)
        old = self.get(rtype, record.id)
        if old is not None:
            if delete and old.deleted:
                return None
            if not delete and not old.deleted and old.content() == record.content():
                return None
        elif delete:
            return None
        op = "delete" if delete else ("insert" if old is None or old.deleted else "update")
        at = times.stamp()
        rev = str(uuid.uuid4())
        # a tombstone keeps the record as it last was, whatever the caller passed
        content = old.content() if delete and old is not None else record.content()
        row = {
            **content,
            "created_at": old.created_at if old else at,
            "updated_at": at,
            "author_id": self.author.id,
            "rev": rev,
            "deleted": delete,
        }
        encoded = {k: encode(k, v) for k, v in row.items()}
        columns = list(encoded)
        assignments = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "created_at"))
        self.conn.execute(
            f"INSERT INTO {rtype.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {assignments}",
            list(encoded.values()),
        )
        snapshot = {k: v for k, v in row.items() if k != "rev"}
        chain.add_revision(
            self.conn, rev, rtype.table, record.id, [old.rev] if old else [], self.author.id, at, op, snapshot
        )
        index_row(self.conn, rtype, row, delete)
        return op
