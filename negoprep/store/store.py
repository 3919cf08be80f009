"""The store API: read dossiers as dataclasses, write every change with its revision and index.

A change is one call and one transaction: the row, its revision (a snapshot with the parent
revision) and its full-text index entry are written together or not at all. Nothing here
knows about Qt; the UI and the command line both go through this class.

`Store` is made of small parts that each receive the store's `Database` explicitly (the
connection, transactions, rows read and written as records): `Listing` (long lists a page at
a time) and `Changes` (checked, undoable changes). Merge, export and the salvage of a backup
work on `Store.db` too.
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from array import array
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from negoprep import live
from negoprep.echo import echoed
from negoprep.errors import DocumentError, StoreError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.progress import SILENT, Progress
from negoprep.records import model, values
from negoprep.store import packing, search_text
from negoprep.store.connection import connect, translated_errors
from negoprep.store.database import Database, decode_rows, fts_match, fts_query
from negoprep.store.engine import sqlite
from negoprep.store.listing import Listing
from negoprep.store.operations import Changes, DeletionEffects, Operation, State

if TYPE_CHECKING:
    from negoprep.analysis.scoring import PackageValue
    from negoprep.formats.dossier_json import LoadPlan
    from negoprep.redlines.check import DossierCheck
    from negoprep.store.standing import Standing

R = TypeVar("R", bound=model.Record)

#: the lists of a dossier `Store.package_content` reads whole (never the talking points, tasks,
#: notes, figures nor participants: the bulk of a large dossier)
PACKAGE_LISTS = ("tracks", "red_lines", "packages", "rounds", "offers", "constituencies")


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


class Store:
    """One negoprep store file (or an in-memory store for tests).

    Its parts each receive the store's `Database` (`db`): `Listing` reads long lists a page
    at a time, `Changes` checks and writes undoable changes; the store reads dossiers whole
    and answers for both (its methods below hand the lists and the changes on)."""

    def __init__(self, conn: sqlite.Connection, path: Path | None, author: model.Author, readonly: bool):
        self.db = Database(conn, path, author, readonly)
        self._listing = Listing(self.db)
        self._changes = Changes(self.db)
        self._marker = search_text.Marker()
        self._closed = False
        if path is not None:
            live.register(path)

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @property
    def author(self) -> model.Author:
        return self.db.author

    @property
    def on_wait(self) -> Callable[[float], None] | None:
        """Told how many seconds a change has waited for another program's write to end."""
        return self.db.on_wait

    @on_wait.setter
    def on_wait(self, listener: Callable[[float], None] | None) -> None:
        self.db.on_wait = listener

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

    @property
    def closed(self) -> bool:
        """Whether `close` was called: the store reads and writes nothing more."""
        return self._closed

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
            self._marker.close()
            self.db.conn.close()
            if self.path is not None:
                live.unregister(self.path)

    def data_version(self) -> int:
        """A number that changes whenever another connection (another program, or another
        store object on the same file) commits a change; this store's own changes leave it."""
        with translated_errors(self.name):
            return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the .db file, so that a copy of the file alone is
        complete. Returns False when a reader in another program held it back (nothing is lost:
        a later checkpoint, or the last program to close the store, folds it in)."""
        if self.readonly or self.path is None or self.db.conn.in_transaction:
            return False
        try:
            # PASSIVE never waits: the window stays responsive while another program reads
            busy, frames, done = self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite.Error:
            return False
        return busy == 0 and frames == done

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_author(self, author: model.Author) -> None:
        """Record later changes under another author (e.g. after the person renamed themself)."""
        self.db.set_author(author)

    @property
    def name(self) -> str:
        return self.db.name

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """One unit of change: everything inside is written, or nothing is."""
        return self.db.transaction()

    # --- reading --------------------------------------------------------------------------

    def get(self, rtype: type[R], record_id: str) -> R | None:
        """A record by id, deleted or not (None when the store never held it)."""
        return self.db.get(rtype, record_id)

    def dossiers(self) -> list[model.Dossier]:
        """The store's live dossiers, by title."""
        rows = self.db.rows("SELECT * FROM dossiers WHERE deleted = 0 ORDER BY collation_key(title), id")
        return decode_rows(model.Dossier, rows)

    def find_dossier(self, ref: str | None = None) -> model.Dossier:
        """A dossier by its id, its title (any case), a unique id prefix (4 characters or more)
        or a unique start of its title (any case, in any Unicode form: Korean typed on a Mac
        finds a title typed elsewhere); with no ref, the store's only (or first) dossier.
        Spaces around `ref` do not count, and ids match in any case (an exact id first); a
        blank `ref` names the dossier whose title is blank.
        StoreError when the store holds none, when nothing matches, or when the ref fits more
        than one (naming each, with its id)."""
        dossiers = self.dossiers()
        if not dossiers:
            raise StoreError(translate("store", "{name} holds no dossier").format(name=self.name))
        if ref is None:
            return dossiers[0]
        wanted = _comparable(ref)
        key = ref.strip()  # (an id copied with the spaces or line break around it)
        folded = key.casefold()  # ids are hexadecimal: "51CBF1DB" is "51cbf1db"
        if not wanted:
            # a title of spaces only: named by a blank ref, as it cannot be named otherwise
            tests: tuple[Callable[[model.Dossier], bool], ...] = (lambda d: not _comparable(d.title),)
        else:
            tests = (
                lambda d: d.id == key,
                lambda d: d.id.casefold() == folded,
                lambda d: _comparable(d.title) == wanted,
                lambda d: len(key) >= 4 and d.id.casefold().startswith(folded),
                lambda d: _comparable(d.title).startswith(wanted),
            )
        for test in tests:
            found = [d for d in dossiers if test(d)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = "; ".join(f'"{echoed(d.title)}" ({echoed(d.id)})' for d in found)
                message = translate("store", '"{ref}" fits more than one dossier: {names}; give more of the '
                                    "title, or the id")  # fmt: skip
                raise StoreError(message.format(ref=echoed(ref), names=names))
        if wanted and any(d.id.casefold().startswith(folded) for d in dossiers):  # (an id start shorter than 4)
            message = translate("store", 'there is no dossier "{ref}" in {name}: give at least 4 characters of an id')
            raise StoreError(message.format(ref=echoed(key), name=self.name))
        raise StoreError(
            translate("store", 'there is no dossier "{ref}" in {name}').format(ref=echoed(ref), name=self.name)
        )

    def children(self, rtype: type[R], parent_attr: str, parent_id: str) -> list[R]:
        return self.db.records(rtype, f"{parent_attr} = ?", (parent_id,))

    def content(self, dossier_id: str, only: Collection[str] | None = None) -> model.DossierContent | None:
        """Everything live in a dossier (None when there is no such live dossier); with
        `only`, just those lists (names of model.CONTENT_LISTS), the others left empty."""
        dossier = self.get(model.Dossier, dossier_id)
        if dossier is None or dossier.deleted:
            return None
        by_dossier = ("dossier_id = ?", (dossier_id,))
        content = model.DossierContent(dossier=dossier)
        for key, rtype in model.CONTENT_LISTS.items():
            if only is not None and key not in only:
                continue
            records = self.db.records(rtype, *by_dossier)
            if rtype in model.NESTED:
                child_type, parent_attr = model.NESTED[rtype]
                grouped: dict[str, list[model.Record]] = {}
                for child in self.db.records(child_type, *by_dossier):
                    grouped.setdefault(getattr(child, parent_attr), []).append(child)
                records = [
                    model.with_items(r, grouped.get(r.id, [])) if isinstance(r, model.Parent) else r for r in records
                ]
            setattr(content, key, records)
        return content

    def package_content(self, dossier_id: str) -> model.DossierContent | None:
        """What the analyses of a dossier's packages read (red lines, the frontier, the checks
        at home, the offers by round, the sensitivity): its tracks, red lines, packages with
        their items, rounds, offers and constituencies with their demands, and of its agenda
        items only those a package holds, a red line's rule names or a demand is about, in
        display order; the other lists empty. None when there is no such live dossier.

        Every other item counts in the sensitivity by its weight alone (`fields` reads it):
        reading 200,000 items as records took seconds and hundreds of megabytes."""
        from negoprep.redlines.rules import referenced_ids

        content = self.content(dossier_id, only=PACKAGE_LISTS)
        if content is None:
            return None
        named = {entry.agenda_item_id for package in content.packages for entry in package.items}
        named.update(demand.agenda_item_id for group in content.constituencies for demand in group.items)
        named.update(item_id for red_line in content.red_lines for item_id in referenced_ids(red_line.rule)[1])
        content.agenda_items = self.db.records(
            model.AgendaItem,
            "dossier_id = ? AND id IN (SELECT value FROM json_each(?))",
            (dossier_id, json.dumps(sorted(named))),
        )
        return content

    def history(self, rtype: type[model.Record], record_id: str) -> list[model.Revision]:
        """Every change to a record, oldest first."""
        rows = self.db.rows(
            "SELECT r.*, coalesce(a.name, r.author_id) AS author_name FROM revisions r "
            "LEFT JOIN authors a ON a.id = r.author_id WHERE r.table_name = ? AND r.row_id = ? ORDER BY r.at, r.rowid",
            (rtype.table, record_id),
        )
        with translated_errors(self.name):
            return [_revision(row) for row in rows]

    def dossier_revisions(self, dossier_id: str) -> list[model.Revision]:
        """Every change to a dossier and to every record it holds or held (deleted ones too),
        oldest first: what `negoprep.records.as_of` rebuilds the dossier at a past time from."""
        rows = self.db.rows(
            "SELECT r.*, coalesce(a.name, r.author_id) AS author_name FROM revisions r "
            "LEFT JOIN authors a ON a.id = r.author_id "
            "WHERE (r.table_name = 'dossiers' AND r.row_id = ?) "
            "OR json_extract(negoprep_snapshot(r.snapshot), '$.dossier_id') = ? "
            "ORDER BY r.at, r.rowid",
            (dossier_id, dossier_id),
        )
        with translated_errors(self.name):
            return [_revision(row) for row in rows]

    def search(self, text: str, dossier_id: str | None = None, limit: int = 50) -> list[model.SearchHit]:
        """Records whose text holds every word typed (a word as a prefix of a word, a Korean,
        Chinese or Japanese word as any part of a word), best first.

        Best: the records whose title (a record's first text: an item's title, a point's
        text) holds every word come first, then the others; newest first within each. The
        index finds both in the order it keeps its entries, and stops at the last one shown,
        however many records a word is in (a ranking by relevance, such as FTS5's bm25, reads
        every entry of every word first: tens of milliseconds for a word of a large dossier).
        Only the records shown are read and given a snippet: search answers while a person
        types."""
        if limit <= 0 or not fts_query(text):
            return []
        # with one dossier in the store there is nothing to narrow: the index answers alone
        narrow = dossier_id if dossier_id is not None and [d.id for d in self.dossiers()] != [dossier_id] else None
        wanted = limit
        while True:
            docids, more = self._ranked(text, narrow, wanted)
            shown = self._entries(docids, narrow)
            # (the index narrows to a dossier by its id's words: a record of another dossier
            # whose id has the same words is left out here, and more are asked for)
            if len(shown) >= limit or not more or len(shown) == len(docids):
                break
            wanted *= 2
        shown = dict(list(shown.items())[:limit])
        parts = search_text.cjk_parts(text)
        texts = {docid: search_text.title_and_body(rtype, row) for docid, (rtype, row) in shown.items()}
        # the parts of words typed, marked where found as typed (FTS5 marks whole words only)
        by_parts = {
            docid: search_text.mark(body, parts) or search_text.mark(title, parts)
            for docid, (title, body) in texts.items()
        }
        # FTS5 marks the words it matched, in an index of the shown entries alone; a query of
        # CJK parts alone matches only their gram columns, where it marks nothing of the texts:
        # it is asked then only for an entry where no part is found as typed (told apart by
        # case or accents). (The grams of every word it needs took half the time of a search
        # showing 50 Korean entries.)
        only_parts = search_text.only_cjk_parts(text) is not None
        marked = self._marker.snippets(
            {
                docid: (title, body, search_text.grams(title), search_text.grams(body))
                for docid, (title, body) in texts.items()
                if not (only_parts and by_parts[docid])
            },
            fts_query(text),
        )
        hits = []
        for docid, (rtype, row) in shown.items():
            title = texts[docid][0]
            in_title, in_body = marked.get(docid, ("", ""))
            # the words around a match in the body, else in the title, else around a part
            snippet = in_body if "[" in in_body else in_title
            if "[" not in snippet:
                snippet = by_parts[docid] or snippet
            title = " ".join(title.split())
            hits.append(
                model.SearchHit(
                    table=rtype.table,
                    row_id=row["id"],
                    dossier_id=row["id"] if rtype is model.Dossier else row["dossier_id"],
                    kind=rtype.noun,
                    title=title if len(title) <= 80 else title[:79] + "…",
                    snippet=" ".join(snippet.split()),
                )
            )
        return hits

    def _ranked(self, text: str, dossier_id: str | None, limit: int) -> tuple[list[int], bool]:
        """The docids of the first `limit` entries that search finds for `text` (see `search`),
        best first, narrowed by the index to `dossier_id` when given; and whether it found more."""
        sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"
        with translated_errors(self.name):
            titled = [
                row[0] for row in self.db.conn.execute(sql, (fts_match(text, dossier_id, titles=True), limit + 1))
            ]
            if len(titled) > limit:
                return titled[:limit], True
            # (the titled ones are found again among all: as many more as there are of them)
            found = self.db.conn.execute(sql, (fts_match(text, dossier_id), limit + len(titled) + 1)).fetchall()
        first = set(titled)
        ordered = titled + [row[0] for row in found if row[0] not in first]
        return ordered[:limit], len(ordered) > limit

    def _entries(
        self, docids: list[int], dossier_id: str | None
    ) -> dict[int, tuple[type[model.Record], dict[str, Any]]]:
        """The live records of index entries, in the order given, by docid: each with its
        type and its row; in `dossier_id` only, if given."""
        keys = self.db.rows(
            "SELECT docid, table_name, row_id FROM search_rows WHERE docid IN (SELECT value FROM json_each(?))",
            (json.dumps(docids),),
        )
        by_table: dict[str, list[str]] = {}
        for key in keys:
            if key["table_name"] in model.BY_TABLE:  # (an entry of no known table is no record)
                by_table.setdefault(key["table_name"], []).append(key["row_id"])
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for table, ids in by_table.items():
            sql = f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0"
            for row in self.db.rows(sql, (json.dumps(ids),)):
                rows[(table, row["id"])] = row
        docid_of = {(k["table_name"], k["row_id"]): k["docid"] for k in keys}
        found = {}
        for (table, row_id), row in rows.items():
            rtype = model.BY_TABLE[table]
            owner = row["id"] if rtype is model.Dossier else row["dossier_id"]
            if dossier_id is None or owner == dossier_id:
                found[docid_of[(table, row_id)]] = (rtype, row)
        return {d: found[d] for d in docids if d in found}

    # --- writing --------------------------------------------------------------------------

    def put(self, record: R) -> R:
        """Create or change one record (a package's or checklist's items are written with it),
        checked as every change is: InvalidChangeError, and nothing written, when refused."""
        records = [record, *getattr(record, "items", [])]
        with self.transaction():
            self.refuse_invalid(records)
            for each in records:
                self.db.write(each)
        stored = self.get(type(record), record.id)
        assert stored is not None
        if isinstance(stored, model.Parent):
            child_type, parent_attr = model.NESTED[type(stored)]
            # (with_items gives back a record of the type it was given: R, here)
            return cast(R, model.with_items(stored, self.children(child_type, parent_attr, record.id)))
        return stored

    def delete(self, record: model.Record) -> None:
        """Delete a record (a tombstone that a merge can carry) with what cannot live without
        it, clearing optional links to it; InvalidChangeError when something blocks it."""
        self.apply(translate("store", "Delete {noun}").format(noun=translate("records", record.noun)), deletes=[record])

    def check_packages(self, dossier_id: str, package_ids: Iterable[str] | None = None) -> DossierCheck:
        """Every package of a dossier (or those named) checked against its red lines, reading
        only the agenda items the packages hold: cheap in a dossier of thousands of items."""
        from negoprep.redlines.check import DossierCheck, check_package, unchecked

        packages, items, red_lines, tracks = self._packages_to_check(dossier_id, package_ids)
        report = DossierCheck(broken_rules=unchecked(red_lines, items, tracks))
        report.packages = [check_package(p, red_lines, items, tracks) for p in packages]
        return report

    def package_values(self, dossier_id: str, package_ids: Iterable[str] | None = None) -> dict[str, PackageValue]:
        """What each package of a dossier (or those named) is worth, by package id, with its
        verdict: checked against the dossier's red lines (unacceptable when it breaks an
        absolute one), as `check_packages` checks it."""
        from negoprep.analysis.scoring import value

        packages, items, red_lines, tracks = self._packages_to_check(dossier_id, package_ids)
        return {p.id: value(p, items, red_lines, tracks) for p in packages}

    def _packages_to_check(
        self, dossier_id: str, package_ids: Iterable[str] | None
    ) -> tuple[list[model.Package], dict[str, model.AgendaItem], list[model.RedLine], dict[str, str]]:
        """Packages with their items; the live agenda items they hold and those the red lines
        name (their figures matter); the red lines; track id → name."""
        from negoprep.redlines.rules import referenced_ids

        red_lines = self.records(model.RedLine, dossier_id)
        tracks = {t.id: t.name for t in self.records(model.Track, dossier_id)}
        packages, items = self._packages_with_items(dossier_id, package_ids)
        named = {i for r in red_lines for i in referenced_ids(r.rule)[1]}
        items.update(self._live_items(named - set(items)))
        return packages, items, red_lines, tracks

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

    def _dossier_records(self, dossier_id: str) -> list[model.Record]:
        """The dossier's live records, itself first, then each type in `model.RECORD_TYPES` order."""
        dossier = self.get(model.Dossier, dossier_id)
        found: list[model.Record] = [dossier] if dossier is not None and not dossier.deleted else []
        for rtype in model.RECORD_TYPES:
            if rtype is not model.Dossier:
                found += self.db.records(rtype, "dossier_id = ?", (dossier_id,))
        return found

    def delete_dossier(self, dossier_id: str, label: str = "", *, progress: Progress | None = None) -> Operation:
        """Delete a dossier and everything in it (tombstones, in one transaction). Returns the
        change as an Operation called `label`: `restore` of its `before` states (an undo) brings
        the dossier back with every record as it was; other dossiers are not touched. Nothing
        is deleted (an empty Operation) when there is no such live dossier. `progress` hears
        how many records are done (`label` names the step) and may cancel: nothing is deleted."""
        with self.transaction():
            records = self._dossier_records(dossier_id)
            # (what lives in the dossier goes before it)
            for record in (progress or SILENT).each(records[::-1], label):
                self.db.write(record, delete=True)
        before = tuple((type(r), r.id, r) for r in records)
        return Operation(label, before, tuple((type(r), r.id, None) for r in records))

    def copy_dossier(
        self, dossier_id: str, title: str, label: str = "", *, progress: Progress | None = None
    ) -> Operation:
        """Add a copy of a dossier, called `title`, with new ids for every record (in one
        transaction); returns the change as an Operation called `label`, whose undo (`restore`
        of its `before` states) removes the copy again. Raises DocumentError when the copy is
        refused (e.g. an empty title) and StoreError when the dossier does not exist (`dump`).
        `progress` hears how many records are written (`label` names the step) and may cancel:
        nothing is added."""
        from negoprep.records.editing import copy_document

        with self.transaction():
            copy = copy_document(self.dump(dossier_id), title)
            copy_id = self.load(copy, progress=progress, label=label).dossier_id
            records = self._dossier_records(copy_id)
        after = tuple((type(r), r.id, r) for r in records)
        return Operation(label, tuple((type(r), r.id, None) for r in records), after)

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole store to a new file (never a raw copy of a
        live WAL file). The target must not exist yet."""
        live.refuse_output(target, QT_TRANSLATE_NOOP("live", "write a copy over"), also=self.path)
        if target.exists():
            raise StoreError(translate("store", "{target} already exists").format(target=target))
        with translated_errors(target):
            self.db.conn.execute("VACUUM INTO ?", (str(target),))

    # --- long lists, a page at a time (Listing) -----------------------------------------------

    def rowids(
        self,
        rtype: type[model.Record],
        dossier_id: str,
        *,
        order: str | None = None,
        descending: bool = False,
        text: str = "",
        equals: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> array:
        """See Listing.rowids."""
        return self._listing.rowids(
            rtype, dossier_id, order=order, descending=descending, text=text, equals=equals, limit=limit
        )

    def prepare_sort(self, rtype: type[model.Record], dossier_id: str, columns: Sequence[str], limit: int) -> bool:
        """See Listing.prepare_sort."""
        return self._listing.prepare_sort(rtype, dossier_id, columns, limit)

    def make_order(self, rtype: type[model.Record], dossier_id: str, column: str, step: int) -> None:
        """See Listing.make_order."""
        self._listing.make_order(rtype, dossier_id, column, step)

    def sort_token(self, rtype: type[model.Record], dossier_id: str, column: str) -> tuple[Any, ...]:
        """See Listing.sort_token."""
        return self._listing.sort_token(rtype, dossier_id, column)

    def order_kept(self, rtype: type[model.Record], dossier_id: str, column: str) -> dict[bool, array] | None:
        """See Listing.order_kept."""
        return self._listing.order_kept(rtype, dossier_id, column)

    def keep_order(
        self, rtype: type[model.Record], dossier_id: str, column: str, token: tuple[Any, ...], orders: dict[bool, array]
    ) -> None:
        """See Listing.keep_order."""
        self._listing.keep_order(rtype, dossier_id, column, token, orders)

    def page(self, rtype: type[R], rowids: Sequence[int]) -> list[R]:
        """See Listing.page."""
        return self._listing.page(rtype, rowids)

    def records(self, rtype: type[R], dossier_id: str, **equals: Any) -> list[R]:
        """All live records of a type in a dossier, in display order: for short lists only
        (tracks, participants, checklists) that fill combo boxes."""
        return self.page(rtype, self.rowids(rtype, dossier_id, equals=equals))

    def fields(self, rtype: type[model.Record], dossier_id: str, names: Sequence[str]) -> list[tuple[Any, ...]]:
        """See Listing.fields."""
        return self._listing.fields(rtype, dossier_id, names)

    def rowid_of(self, rtype: type[model.Record], record_id: str) -> int | None:
        return self._listing.rowid_of(rtype, record_id)

    def count(self, rtype: type[model.Record], dossier_id: str, **equals: Any) -> int:
        """See Listing.count."""
        return self._listing.count(rtype, dossier_id, **equals)

    def choices(self, rtype: type[model.Record], dossier_id: str) -> list[tuple[str, str]]:
        """See Listing.choices."""
        return self._listing.choices(rtype, dossier_id)

    def titles(self, rtype: type[model.Record], ids: Iterable[str]) -> dict[str, str]:
        """See Listing.titles."""
        return self._listing.titles(rtype, ids)

    def next_position(self, rtype: type[model.Record], dossier_id: str, **equals: Any) -> int:
        """See Listing.next_position."""
        return self._listing.next_position(rtype, dossier_id, **equals)

    def checklist_progress(self, dossier_id: str, today: str) -> list[tuple[str, str | None, int, int, int, int]]:
        """See Listing.checklist_progress."""
        return self._listing.checklist_progress(dossier_id, today)

    def their_weight_total(self, dossier_id: str) -> tuple[float, int]:
        """See Listing.their_weight_total."""
        return self._listing.their_weight_total(dossier_id)

    def weight_total(self, dossier_id: str) -> float:
        """See Listing.weight_total."""
        return self._listing.weight_total(dossier_id)

    def standing(self, dossier_id: str, today: str) -> Standing:
        """Where a dossier's preparation stands on `today` (negoprep.store.standing)."""
        from negoprep.store.standing import standing

        return standing(self, dossier_id, today)

    # --- checked, undoable changes (Changes) ----------------------------------------------------

    def change_problems(
        self,
        record: model.Record,
        pending: Mapping[tuple[str, str], str | None] | None = None,
        written: Mapping[tuple[str, str], model.Record] | None = None,
    ) -> list[str]:
        """See Changes.change_problems."""
        return self._changes.change_problems(record, pending, written)

    def deletion_effects(self, record: model.Record) -> DeletionEffects:
        """See Changes.deletion_effects."""
        return self._changes.deletion_effects(record)

    def apply(self, label: str, puts: Sequence[model.Record] = (), deletes: Sequence[model.Record] = ()) -> Operation:
        """See Changes.apply."""
        return self._changes.apply(label, puts, deletes)

    def refuse_invalid(
        self,
        puts: Sequence[model.Record],
        deleted: Sequence[tuple[type[model.Record], str]] = (),
        problems: Sequence[str] = (),
    ) -> None:
        """See Changes.refuse_invalid."""
        self._changes.refuse_invalid(puts, deleted, problems)

    def restore(self, states: Sequence[State]) -> None:
        """See Changes.restore."""
        self._changes.restore(states)

    def undo(self, operation: Operation, *, progress: Progress | None = None, label: str | None = None) -> list[str]:
        """See Changes.undo."""
        return self._changes.undo(operation, progress=progress, label=label)

    def redo(self, operation: Operation, *, progress: Progress | None = None, label: str | None = None) -> list[str]:
        """See Changes.redo."""
        return self._changes.redo(operation, progress=progress, label=label)

    # --- the dossier JSON format ----------------------------------------------------------

    def load(
        self, doc: dict[str, Any], source: str = "", *, progress: Progress | None = None, label: str = ""
    ) -> LoadResult:
        """Add a dossier from a document, or apply it as edits to the dossier it names.

        The document is checked whole first: on any problem DocumentError is raised and the
        store is left exactly as it was. `progress` hears how many records are written
        (`label` names the step) and may cancel (CancelledError): nothing is written.
        """
        # the format's module is imported when used, not at start-up (the window needs it not)
        from negoprep.formats import dossier_json
        from negoprep.records.problems import problem

        if not isinstance(doc, dict):
            raise DocumentError([problem("doc.not_object")], source)
        raw = doc.get("dossier")
        dossier_id = raw.get("id") if isinstance(raw, dict) else None
        existing = None
        if isinstance(dossier_id, str) and values.id_problem(dossier_id) is None:  # (else refused below)
            existing = self.content(dossier_id)
        try:
            plan = dossier_json.plan_load(doc, existing, self.db.holder_of)
        except DocumentError as exc:
            raise DocumentError(exc.found, source) from None
        writes = [(r, False) for r in plan.puts] + [(r, True) for r in plan.deletes]
        with self.transaction():
            told = (progress or SILENT).each(writes, label)
            ops = [self.db.write(record, delete=delete) for record, delete in told]
        return LoadResult(plan, [op for op in ops if op])

    def dump(self, dossier_id: str) -> dict[str, Any]:
        """A dossier as a document of the JSON format."""
        content = self.content(dossier_id)
        if content is None:
            raise StoreError(
                translate("store", 'there is no dossier "{dossier_id}" in {name}').format(
                    dossier_id=dossier_id, name=self.name
                )
            )
        from negoprep.formats import dossier_json

        return dossier_json.dump(content)

    # --- merging a teammate's file (negoprep.store.merge) -----------------------------------

    def merge_file(self, theirs: Path | str, *, name: str | None = None, progress: Progress | None = None) -> Any:
        """Merge another (verified) store file into this one; returns a MergeReport. `name`
        is how messages call the file (when `theirs` is a private copy of it); `progress`
        hears each step and may cancel the merge (negoprep.progress)."""
        from negoprep.store.merge import merge_file

        return merge_file(self, Path(theirs), name=name, progress=progress or SILENT)

    def pending_conflicts(self, dossier_id: str | None = None) -> list[Any]:
        """The merge conflicts no person has resolved yet (merge.Conflict objects)."""
        from negoprep.store.merge import pending_conflicts

        return pending_conflicts(self, dossier_id)

    def has_pending_conflicts(self) -> bool:
        """Whether a merge conflict waits for a person (what enables File → Resolve conflicts),
        asked without reading the conflicts nor loading the merge."""
        return bool(self.db.rows("SELECT EXISTS (SELECT 1 FROM conflicts WHERE resolved_at IS NULL) AS n")[0]["n"])

    def resolve_conflict(self, conflict_id: str, value: Any, how: str) -> Any:
        """Settle a merge conflict ("mine", "theirs" or "edit"); returns the Operation written."""
        from negoprep.store.merge import resolve_conflict

        return resolve_conflict(self, conflict_id, value, how)


def _revision(row: dict[str, Any]) -> model.Revision:
    """A revision as read from its row (with its author's name as `author_name`)."""
    return model.Revision(
        id=row["id"],
        table=row["table_name"],
        row_id=row["row_id"],
        parents=tuple(json.loads(row["parents"])),
        author_id=row["author_id"],
        author_name=row["author_name"],
        at=row["at"],
        op=row["op"],
        snapshot=packing.snapshot_record(row["snapshot"], row["row_id"]),  # (else damage: DamagedSnapshotError)
    )


def _comparable(text: str) -> str:
    """A title as `find_dossier` compares it: composed (NFC), case folded, spaces trimmed."""
    return unicodedata.normalize("NFC", text).casefold().strip()
