"""The store API: read dossiers as dataclasses, write every change with its revision and index.

A change is one call and one transaction: the row, its revision (a snapshot with the parent
revision) and its full-text index entry are written together or not at all. Nothing here
knows about Qt; the UI and the command line both go through this class.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from negoprep import live
from negoprep.errors import DocumentError, StoreError
from negoprep.records import model, values
from negoprep.store.connection import begin_immediate, connect, translated_errors
from negoprep.store.listing import ListingMixin
from negoprep.store.operations import OperationsMixin

if TYPE_CHECKING:
    from negoprep.analysis.scoring import PackageValue
    from negoprep.formats.dossier_json import LoadPlan
    from negoprep.redlines.check import DossierCheck

R = TypeVar("R", bound=model.Record)

_BOOL_COLUMNS = frozenset({"deleted", "head", "done"})
_JSON_COLUMNS = frozenset({"rule"})
_CHILDREN: dict[type[model.Record], tuple[type[model.Record], str]] = {
    model.Package: (model.PackageItem, "package_id"),
    model.Checklist: (model.ChecklistItem, "checklist_id"),
}
_WORD = re.compile(r"\w+")


def now() -> str:
    """The current time as stored: UTC, ISO 8601, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _encode(column: str, value: Any) -> Any:
    if column in _JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False)  # key order kept: a dump reads as it was written
    if column in _BOOL_COLUMNS:
        return int(bool(value))
    return value


#: Every record table asked at once which of them holds an id (see Store._holders_of).
_HOLDERS_SQL = (
    " UNION ALL ".join(
        f"SELECT {n} AS n, '{t.table}' AS name, {'id' if t is model.Dossier else 'dossier_id'} AS owner "
        f"FROM {t.table} WHERE id = ?"
        for n, t in enumerate(model.RECORD_TYPES)
    )
    + " ORDER BY n"
)


@functools.cache
def _columns(rtype: type[model.Record]) -> tuple[str, ...]:
    return tuple(rtype.columns())  # dataclasses.fields() is slow to ask again for every row


def _decode(rtype: type[R], row: dict[str, Any]) -> R:
    values = {}
    for name in _columns(rtype):
        value = row[name]
        if name in _JSON_COLUMNS:
            value = json.loads(value)
        elif name in _BOOL_COLUMNS:
            value = bool(value)
        values[name] = value
    return rtype(**values)


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word, as a prefix, all required."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text))


def fts_match(text: str, dossier_id: str | None = None, table: str | None = None) -> str:
    """The whole MATCH expression: the typed words in what people wrote (title and body),
    narrowed by the index to a dossier and a table. Empty when nothing searchable was typed.
    (The narrowing is by phrase of the id's words: callers also compare the id exactly.)"""
    words = fts_query(text)
    if not words:
        return ""
    parts = [f"{{title body}} : ({words})"]
    for column, value in (("dossier_id", dossier_id), ("table_name", table)):
        tokens = _WORD.findall(value or "")
        if tokens:
            parts.append(f'{column} : "{" ".join(tokens)}"')
    return " AND ".join(parts)


class LoadResult:
    """What loading a dossier document did."""

    def __init__(self, plan: LoadPlan, ops: list[str]):
        self.dossier_id = plan.dossier_id
        self.new_dossier = plan.new_dossier
        self.added = ops.count("insert")
        self.changed = ops.count("update")
        self.deleted = ops.count("delete")
        self.unchanged = plan.unchanged
        self.warnings = plan.warnings


class Store(ListingMixin, OperationsMixin):
    """One negoprep store file (or an in-memory store for tests)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, author: model.Author, readonly: bool):
        self._conn = conn
        self.path = path
        self.author = author
        self.readonly = readonly
        self._depth = 0
        self._author_saved = False
        #: told how many seconds a change has waited for another program's write to end
        self.on_wait: Callable[[float], None] | None = None
        self._closed = False
        if path is not None:
            live.register(path)

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str | None, author: model.Author, *, create: bool = True, readonly: bool = False
    ) -> Store:
        """Open (and if needed create or migrate) a store; None opens a store in memory."""
        file = Path(path) if path is not None else None
        conn, readonly = connect(file, create=create, readonly=readonly)
        if file is not None and not readonly:
            from negoprep.store.backups import remove_leftovers

            remove_leftovers(file)  # half-written backups of programs that were killed
        return cls(conn, file, author, readonly)

    def close(self) -> None:
        """Close the store; the .db file alone then holds every change (unless another
        program is reading it at that moment, in which case the last to close folds it in)."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly:
                self.checkpoint()
        finally:
            self._conn.close()
            if self.path is not None:
                live.unregister(self.path)

    def data_version(self) -> int:
        """A number that changes whenever another connection (another program, or another
        store object on the same file) commits a change; this store's own changes leave it."""
        with translated_errors(self.name):
            return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the .db file, so that a copy of the file alone is
        complete. Returns False when a reader in another program held it back (nothing is lost:
        a later checkpoint, or the last program to close the store, folds it in)."""
        if self.readonly or self.path is None or self._conn.in_transaction:
            return False
        try:
            # PASSIVE never waits: the window stays responsive while another program reads
            busy, frames, done = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False
        return busy == 0 and frames == done

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_author(self, author: model.Author) -> None:
        """Record later changes under another author (e.g. after the person renamed themself)."""
        self.author = author
        self._author_saved = False

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "the store"

    # --- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of change: everything inside is written, or nothing is."""
        if self.readonly:
            raise StoreError(f"{self.name} is open read-only: the change was not saved")
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
            begin_immediate(self._conn, self.name, self.on_wait)
            self._depth = 1
            try:
                if not self._author_saved:
                    self._conn.execute(
                        "INSERT INTO authors (id, name) VALUES (?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                        (self.author.id, self.author.name),
                    )
                yield
                self._conn.execute("COMMIT")
                self._author_saved = True
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    # --- reading --------------------------------------------------------------------------

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with translated_errors(self.name):
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _decode_rows(self, rtype: type[R], rows: Iterable[dict[str, Any]]) -> list[R]:
        return [_decode(rtype, row) for row in rows]

    def _records(self, rtype: type[R], where: str, params: tuple[Any, ...]) -> list[R]:
        sql = f"SELECT * FROM {rtype.table} WHERE {where} AND deleted = 0 ORDER BY position, created_at, id"
        return [_decode(rtype, row) for row in self._rows(sql, params)]

    def get(self, rtype: type[R], record_id: str) -> R | None:
        """A record by id, deleted or not (None when the store never held it)."""
        rows = self._rows(f"SELECT * FROM {rtype.table} WHERE id = ?", (record_id,))
        return _decode(rtype, rows[0]) if rows else None

    def dossiers(self) -> list[model.Dossier]:
        """The store's live dossiers, by title."""
        rows = self._rows("SELECT * FROM dossiers WHERE deleted = 0 ORDER BY title COLLATE NOCASE, id")
        return [_decode(model.Dossier, row) for row in rows]

    def find_dossier(self, ref: str | None = None) -> model.Dossier:
        """A dossier by id, unique id prefix or exact title; with no ref, the store's only
        (or first) dossier."""
        dossiers = self.dossiers()
        if not dossiers:
            raise StoreError(f"{self.name} holds no dossier")
        if ref is None:
            return dossiers[0]
        for test in (
            lambda d: d.id == ref,
            lambda d: d.title.casefold() == ref.casefold(),
            lambda d: len(ref) >= 4 and d.id.startswith(ref),
        ):
            found = [d for d in dossiers if test(d)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise StoreError(f'"{ref}" names more than one dossier: give its full id')
        raise StoreError(f'there is no dossier "{ref}" in {self.name}')

    def children(self, rtype: type[R], parent_attr: str, parent_id: str) -> list[R]:
        return self._records(rtype, f"{parent_attr} = ?", (parent_id,))

    def content(self, dossier_id: str) -> model.DossierContent | None:
        """Everything live in a dossier (None when there is no such live dossier)."""
        dossier = self.get(model.Dossier, dossier_id)
        if dossier is None or dossier.deleted:
            return None
        by_dossier = ("dossier_id = ?", (dossier_id,))
        content = model.DossierContent(dossier=dossier)
        for key, rtype in (
            ("tracks", model.Track),
            ("participants", model.Participant),
            ("agenda_items", model.AgendaItem),
            ("talking_points", model.TalkingPoint),
            ("red_lines", model.RedLine),
            ("packages", model.Package),
            ("checklists", model.Checklist),
            ("figures", model.Figure),
            ("notes", model.Note),
        ):
            records = self._records(rtype, *by_dossier)
            if rtype in _CHILDREN:
                child_type, parent_attr = _CHILDREN[rtype]
                grouped: dict[str, list[model.Record]] = {}
                for child in self._records(child_type, *by_dossier):
                    grouped.setdefault(getattr(child, parent_attr), []).append(child)
                records = [replace(r, items=grouped.get(r.id, [])) for r in records]
            setattr(content, key, records)
        return content

    def _holders_of(self, record_id: str) -> list[tuple[str, str]]:
        """(table, dossier id) of every record, live or deleted, whose id this is (one, in a
        sound store), in the order of model.RECORD_TYPES; one query."""
        rows = self._rows(_HOLDERS_SQL, tuple(record_id for _ in model.RECORD_TYPES))
        return [(row["name"], row["owner"]) for row in rows]

    def _holder_of(self, record_id: str) -> tuple[str, str] | None:
        """(table, dossier id) of the record whose id this is; None when no record has it."""
        holders = self._holders_of(record_id)
        return holders[0] if holders else None

    def history(self, rtype: type[model.Record], record_id: str) -> list[model.Revision]:
        """Every change to a record, oldest first."""
        rows = self._rows(
            "SELECT r.*, coalesce(a.name, r.author_id) AS author_name FROM revisions r "
            "LEFT JOIN authors a ON a.id = r.author_id WHERE r.table_name = ? AND r.row_id = ? ORDER BY r.at, r.rowid",
            (rtype.table, record_id),
        )
        return [
            model.Revision(
                id=row["id"],
                table=row["table_name"],
                row_id=row["row_id"],
                parents=tuple(json.loads(row["parents"])),
                author_id=row["author_id"],
                author_name=row["author_name"],
                at=row["at"],
                op=row["op"],
                snapshot=json.loads(row["snapshot"]),
            )
            for row in rows
        ]

    def search(self, text: str, dossier_id: str | None = None, limit: int = 50) -> list[model.SearchHit]:
        """Records whose text holds every word typed (as word prefixes), best first."""
        # with one dossier in the store there is nothing to narrow: the index answers alone
        narrow = dossier_id is not None and [d.id for d in self.dossiers()] != [dossier_id]
        query = fts_match(text, dossier_id if narrow else None)
        if not query:
            return []
        sql = (
            "SELECT table_name, row_id, dossier_id, title, snippet(search, 2, '[', ']', '…', 12) AS in_title, "
            "snippet(search, 3, '[', ']', '…', 12) AS in_body FROM search WHERE search MATCH ?"
        )
        params: tuple[Any, ...] = (query,)
        if narrow:
            sql += " AND dossier_id = ?"
            params += (dossier_id,)
        sql += " ORDER BY bm25(search, 0, 0, 4.0, 1.0, 0) LIMIT ?"
        hits = []
        for row in self._rows(sql, (*params, limit)):
            rtype = model.BY_TABLE[row["table_name"]]
            title = " ".join(row["title"].split())
            hits.append(
                model.SearchHit(
                    table=row["table_name"],
                    row_id=row["row_id"],
                    dossier_id=row["dossier_id"],
                    kind=rtype.noun,
                    title=title if len(title) <= 80 else title[:79] + "…",
                    # the words around a match in the body, else in the title
                    snippet=" ".join((row["in_body"] if "[" in row["in_body"] else row["in_title"]).split()),
                )
            )
        return hits

    # --- writing --------------------------------------------------------------------------

    def _write(self, record: model.Record, *, delete: bool = False) -> str | None:
        """Write one record with its revision and index entry; returns what happened
        ("insert", "update", "delete") or None when nothing changed. Call inside a transaction."""
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
        at = now()
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
        encoded = {k: _encode(k, v) for k, v in row.items()}
        columns = list(encoded)
        assignments = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "created_at"))
        self._conn.execute(
            f"INSERT INTO {rtype.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {assignments}",
            list(encoded.values()),
        )
        snapshot = {k: v for k, v in row.items() if k != "rev"}
        self._conn.execute(
            "INSERT INTO revisions (id, table_name, row_id, parents, author_id, at, op, snapshot) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rev,
                rtype.table,
                record.id,
                json.dumps([old.rev] if old else []),
                self.author.id,
                at,
                op,
                json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            ),
        )
        self._index(rtype, row, delete)
        return op

    def _index(self, rtype: type[model.Record], row: dict[str, Any], delete: bool) -> None:
        """Keep the full-text index entry of a row in step with it. search_rows gives each
        indexed row a docid, so that its entry is found by key (FTS5 cannot index the row id)."""
        key = (rtype.table, row["id"])
        found = self._conn.execute("SELECT docid FROM search_rows WHERE table_name = ? AND row_id = ?", key).fetchone()
        if found is not None:
            self._conn.execute("DELETE FROM search WHERE rowid = ?", (found[0],))
        if delete or not rtype.text_fields:
            if found is not None:
                self._conn.execute("DELETE FROM search_rows WHERE docid = ?", (found[0],))
            return
        docid = (
            found[0]
            if found is not None
            else self._conn.execute("INSERT INTO search_rows (table_name, row_id) VALUES (?, ?)", key).lastrowid
        )
        texts = [str(row.get(name) or "") for name in rtype.text_fields]
        dossier_id = row["id"] if rtype is model.Dossier else row["dossier_id"]
        self._conn.execute(
            "INSERT INTO search (rowid, table_name, row_id, dossier_id, title, body) VALUES (?, ?, ?, ?, ?, ?)",
            (docid, *key, dossier_id, texts[0], "\n".join(t for t in texts[1:] if t)),
        )

    def put(self, record: R) -> R:
        """Create or change one record (a package's or checklist's items are written with it),
        checked as every change is: InvalidChangeError, and nothing written, when refused."""
        records = [record, *getattr(record, "items", [])]
        with self.transaction():
            self.refuse_invalid(records)
            for each in records:
                self._write(each)
        stored = self.get(type(record), record.id)
        assert stored is not None
        if type(record) in _CHILDREN:
            child_type, parent_attr = _CHILDREN[type(record)]
            stored = replace(stored, items=self.children(child_type, parent_attr, record.id))  # type: ignore[call-arg]
        return stored

    def delete(self, record: model.Record) -> None:
        """Delete a record (a tombstone that a merge can carry) with what cannot live without
        it, clearing optional links to it; InvalidChangeError when something blocks it."""
        self.apply(f"Delete {record.noun}", deletes=[record])

    def check_packages(self, dossier_id: str, package_ids: Iterable[str] | None = None) -> DossierCheck:
        """Every package of a dossier (or those named) checked against its red lines, reading
        only the agenda items the packages hold: cheap in a dossier of thousands of items."""
        from negoprep.redlines.check import DossierCheck, check_package, unchecked
        from negoprep.redlines.rules import referenced_ids

        red_lines = self.records(model.RedLine, dossier_id)
        tracks = {t.id: t.name for t in self.records(model.Track, dossier_id)}
        packages, items = self._packages_with_items(dossier_id, package_ids)
        named = {i for r in red_lines for i in referenced_ids(r.rule)[1]}
        items.update(self._live_items(named - set(items)))  # items the rules name: their figures matter
        report = DossierCheck(broken_rules=unchecked(red_lines, items, tracks))
        report.packages = [check_package(p, red_lines, items, tracks) for p in packages]
        return report

    def package_values(self, dossier_id: str, package_ids: Iterable[str] | None = None) -> dict[str, PackageValue]:
        """What each package of a dossier (or those named) is worth, by package id."""
        from negoprep.analysis.scoring import value

        packages, items = self._packages_with_items(dossier_id, package_ids)
        return {p.id: value(p, items) for p in packages}

    def _packages_with_items(
        self, dossier_id: str, package_ids: Iterable[str] | None
    ) -> tuple[list[model.Package], dict[str, model.AgendaItem]]:
        """Packages with their items, and the live agenda items they hold (only those)."""
        packages = self.records(model.Package, dossier_id)
        if package_ids is not None:
            wanted = set(package_ids)
            packages = [p for p in packages if p.id in wanted]
        packages = [replace(p, items=self.children(model.PackageItem, "package_id", p.id)) for p in packages]
        return packages, self._live_items({e.agenda_item_id for p in packages for e in p.items})

    def _live_items(self, ids: Iterable[str]) -> dict[str, model.AgendaItem]:
        found = {}
        for item_id in ids:
            item = self.get(model.AgendaItem, item_id)
            if item is not None and not item.deleted:
                found[item_id] = item
        return found

    def delete_dossier(self, dossier_id: str) -> None:
        """Delete a dossier and everything in it (tombstones, in one transaction)."""
        with self.transaction():
            for rtype in reversed(model.RECORD_TYPES):
                if rtype is model.Dossier:
                    continue
                for record in self._records(rtype, "dossier_id = ?", (dossier_id,)):
                    self._write(record, delete=True)
            dossier = self.get(model.Dossier, dossier_id)
            if dossier is not None:
                self._write(dossier, delete=True)

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole store to a new file (never a raw copy of a
        live WAL file). The target must not exist yet."""
        live.refuse_output(target, "write a copy over", also=self.path)
        if target.exists():
            raise StoreError(f"{target} already exists")
        with translated_errors(target):
            self._conn.execute("VACUUM INTO ?", (str(target),))

    # --- the dossier JSON format ----------------------------------------------------------

    def load(self, doc: dict[str, Any], source: str = "") -> LoadResult:
        """Add a dossier from a document, or apply it as edits to the dossier it names.

        The document is checked whole first: on any problem DocumentError is raised and the
        store is left exactly as it was.
        """
        # the format's module is imported when used, not at start-up (the window needs it not)
        from negoprep.formats import dossier_json

        if not isinstance(doc, dict):
            raise DocumentError(["the document must be a JSON object"], source)
        raw = doc.get("dossier")
        dossier_id = raw.get("id") if isinstance(raw, dict) else None
        usable = isinstance(dossier_id, str) and values.id_problem(dossier_id) is None  # (else refused below)
        existing = self.content(dossier_id) if usable else None
        try:
            plan = dossier_json.plan_load(doc, existing, self._holder_of)
        except DocumentError as exc:
            raise DocumentError(exc.found, source) from None
        with self.transaction():
            ops = [self._write(r) for r in plan.puts]
            ops += [self._write(r, delete=True) for r in plan.deletes]
        return LoadResult(plan, [op for op in ops if op])

    def dump(self, dossier_id: str) -> dict[str, Any]:
        """A dossier as a document of the JSON format."""
        content = self.content(dossier_id)
        if content is None:
            raise StoreError(f'there is no dossier "{dossier_id}" in {self.name}')
        from negoprep.formats import dossier_json

        return dossier_json.dump(content)

    # --- merging a teammate's file (negoprep.store.merge) -----------------------------------

    def merge_file(self, theirs: Path | str, *, name: str | None = None) -> Any:
        """Merge another (verified) store file into this one; returns a MergeReport. `name`
        is how messages call the file (when `theirs` is a private copy of it)."""
        from negoprep.store.merge import merge_file

        return merge_file(self, Path(theirs), name=name)

    def pending_conflicts(self, dossier_id: str | None = None) -> list[Any]:
        """The merge conflicts no person has resolved yet (merge.Conflict objects)."""
        from negoprep.store.merge import pending_conflicts

        return pending_conflicts(self, dossier_id)

    def resolve_conflict(self, conflict_id: str, value: Any, how: str) -> Any:
        """Settle a merge conflict ("mine", "theirs" or "edit"); returns the Operation written."""
        from negoprep.store.merge import resolve_conflict

        return resolve_conflict(self, conflict_id, value, how)
