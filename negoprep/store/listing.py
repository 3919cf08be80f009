"""Reading long lists a page at a time: row ids in order, then only the rows on screen.

A table of 100,000 talking points is held as an array of SQLite rowids (8 bytes each);
the records themselves are read page by page as they are shown. Filtering and sorting happen
here: in SQL where SQLite's order is the order shown (a number, a day), and otherwise (a
text, or what a reference names, in the language's collation) as orders of rowids made a
few thousand rows at a time while the window is idle (`Listing.prepare_sort`), kept until
what they were made from changes.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableSequence, Sequence
from dataclasses import fields
from itertools import chain, islice
from typing import Any, TypeVar, cast

from negoprep import i18n
from negoprep.records import model, times
from negoprep.store.database import BOOL_COLUMNS, JSON_COLUMNS, Database, decode_rows, decode_value, fts_match
from negoprep.store.engine import sqlite

R = TypeVar("R", bound=model.Record)

#: A reference column sorts by the name of what it points to, not by its id.
REFERENCE_LABELS: dict[str, tuple[str, str]] = {
    "track_id": ("tracks", "name"),
    "owner_id": ("participants", "name"),
    "agenda_item_id": ("agenda_items", "title"),
    "package_id": ("packages", "name"),
    "checklist_id": ("checklists", "title"),
    "red_line_id": ("red_lines", "title"),
}
#: A column whose text order is not its order: a note's time sorts by instant (a day at its
#: local midnight), as negoprep.records.times has it; an offer's round by the round's number.
SORT_KEYS: dict[tuple[str, str], str] = {
    ("notes", "at"): times.sql_sort_key("t.at"),
    ("offers", "round_id"): "(SELECT r.number FROM rounds r WHERE r.id = t.round_id)",
}
#: heads of texts whose collation keys are remembered (at most 40 characters each): about 50 MB
#: of English text, 90 MB of Korean (whose keys take more bytes a character)
_KEYS_KEPT = 200_000
#: the most rows of a table (and of the table whose labels a reference sorts by) whose sorts
#: are prepared while the window is idle: beyond, their keys would not all be kept, and the
#: ranks of the labels, worked out at once, would hold the window up for seconds
_PREPARED_ROWS = _KEYS_KEPT // 2
_CHUNK = 500  # SQLite's limit on bound parameters is far above this
#: columns whose whole order (both ways) is kept at once, two arrays of 8 bytes a row each:
#: as many as the sections of a window sort by
_ORDERS_KEPT = 32
#: the ranks of labels kept at once (a dict of id to rank each): as many tables as the
#: sections' references sort by (agenda items, participants, tracks, red lines...)
_RANKS_KEPT = 8


def _names_itself(rtype: type[model.Record]) -> bool:
    """Whether a record type says its own label (a round: "Round 2") rather than being called
    by its first text (a round's venue): its few records are read whole to name them."""
    return rtype.label is not model.Record.label


def _one_line(text: str) -> str:
    """A label on one line: runs of white space (line breaks included) as one space, none at
    the ends, at most 80 characters."""
    if text and len(text) <= 80 and text.isprintable() and "  " not in text and text[0] != " " != text[-1]:
        return text  # (already so, as almost every label is: told without splitting it)
    text = " ".join((text or "").split())
    return text if len(text) <= 80 else text[:79] + "…"


#: the characters of a text its sort key is first worked out from (see Listing._settle)
_HEAD = 40


def _head(text: str) -> str:
    """The first `_HEAD` characters of a text (the whole of a text no longer), cut back so
    that no number is split in two (a number's key is its padded value); `text` may hold one
    character more than the head, to tell whether it goes on. Every other part of a collation
    key is a character's own, so a whole text's key is its head's key followed by the key of
    the rest."""
    if len(text) <= _HEAD:
        return text
    cut = _HEAD
    while cut and text[cut - 1].isdecimal() and text[cut].isdecimal():
        cut -= 1
    return text[:cut]


def _conditions(rtype: type[model.Record], dossier_id: str, equals: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """The WHERE clause (over alias t) of a dossier's live records with column values."""
    columns = rtype.columns()
    where = ["t.deleted = 0", "t.dossier_id = ?"]
    params: list[Any] = [dossier_id]
    for column, value in equals.items():
        if column not in columns:
            raise ValueError(f"{rtype.table} has no column {column}")  # untranslated: a defect
        where.append(f"t.{column} IS ?")
        params.append(value)
    return " AND ".join(where), params


def _keep(kept: dict[Any, Any], at: Any, value: Any, most: int) -> None:
    """Keep `value` at `at` as the latest of at most `most` entries (the oldest go first)."""
    kept.pop(at, None)
    while len(kept) >= most:
        del kept[next(iter(kept))]
    kept[at] = value


def _kept(rtype: type[model.Record], column: str) -> bool:
    """Whether a sort by a column is made and kept here (`Listing._kept_order`: a text, or
    what a reference names), not left to SQL."""
    return column in REFERENCE_LABELS or ((rtype.table, column) not in SORT_KEYS and _is_text(rtype, column))


def _is_text(rtype: type[model.Record], column: str) -> bool:
    # annotations are strings here (postponed evaluation): "str" or "str | None"
    return any(f.name == column and str(f.type).startswith("str") for f in fields(rtype))


class Listing:
    """Lazy, sorted, filtered lists of a dossier's records, read from the database given."""

    def __init__(self, db: Database):
        self.db = db
        # collation keys of the texts met before (see _collation_key): the store's SQL works
        # them out through it too, so that sorting again after a change keys only what changed
        self._keys: dict[str, str | None] = {}
        self._keys_language = ""
        db.conn.create_function("collation_key", 1, self._collation_key)
        # the ranks of the labels sorted by, and when, per (table, column, dossier) (see
        # _label_ranks): a few, as each section sorts by labels of its own
        self._ranks: dict[tuple[str, str, str], tuple[tuple[Any, ...], dict[str, int]]] = {}
        # the labels `prepare_sort` has read so far, per (table, column, dossier, language),
        # with the file's state as it began (see _token): ranked once all are read
        self._labels_read: dict[tuple[str, str, str, str], tuple[tuple[Any, ...], list[tuple[str, str | None]]]] = {}
        # the rows in the order of each column sorted by or prepared (text or reference), both
        # ways, made or being made a step at a time (see _Ordering), by (table, column, dossier)
        self._orders: dict[tuple[str, str, str], _Ordering] = {}
        # whether this connection's writes are counted table by table (see _writes); None
        # until an order or ranks are first kept
        self._counted: bool | None = None
        # how many rows of a table a dossier holds, and when (see _rows)
        self._sizes: dict[tuple[str, str], tuple[tuple[Any, ...], int]] = {}
        # how far `prepare_sort` has keyed the labels of each (table, column, dossier,
        # language) a reference sorts by: the last rowid keyed, or None once every row was
        self._prepared: dict[tuple[str, str, str, str], int | None] = {}

    def prepare_sort(self, rtype: type[model.Record], dossier_id: str, columns: Sequence[str], limit: int) -> bool:
        """Work out, `limit` rows at a time, what a sort by one of `columns` (text columns, or
        references, whose labels are sorted) needs, so that the sort itself, when asked for,
        finds it made: first the collation keys of the labels references name, and their
        ranks; then each column's whole order, both ways (`_Ordering`), kept while what it
        was made from is unchanged (`_token`). False while some remain.
        Called a little at a time while the window is idle: each call reads at most `limit`
        rows. Stops when the keys kept are as many as are ever kept; prepares nothing for a
        table of more than `_PREPARED_ROWS` rows (nor a reference to one)."""
        if self.db.conn.in_transaction:
            return True  # (nothing made within a transaction is kept: see _ordering)
        keys = self._key_cache()  # (first: a new language starts the preparation anew)
        language = self._keys_language
        if self._rows(rtype.table, dossier_id) > _PREPARED_ROWS:
            return True
        sortable = [
            column
            for column in columns
            if (
                self._rows(REFERENCE_LABELS[column][0], dossier_id) <= _PREPARED_ROWS
                if column in REFERENCE_LABELS
                else _is_text(rtype, column)
            )
        ]
        for column in sortable:
            if column not in REFERENCE_LABELS:
                continue
            table, text = REFERENCE_LABELS[column]
            done = (table, text, dossier_id, language)
            after = self._prepared.get(done, 0)
            if after is None:
                continue
            if len(keys) >= _KEYS_KEPT:
                return True
            if after == 0:
                self._labels_read[done] = (self._token(table, text, dossier_id), [])
            # (a walk along the rowids: the dossier's index would read its rows again each call)
            rows = self.db.conn.execute(
                f"SELECT rowid, id, substr({text}, 1, {_HEAD + 1}) FROM {table} "
                "WHERE rowid > ? AND +dossier_id = ? ORDER BY rowid LIMIT ?",
                (after, dossier_id, limit),
            ).fetchall()
            self._head_keys(value for _, _, value in rows if value is not None)
            began, read = self._labels_read.get(done, ((), []))
            read += [(rid, value) for _, rid, value in rows]
            if len(rows) == limit:
                self._prepared[done] = rows[-1][0]
            else:
                # ranked from the labels read on the way, unless the table changed meanwhile
                self._prepared[done] = None
                del self._labels_read[done]
                same = began == self._token(table, text, dossier_id)
                self._label_ranks((table, text), dossier_id, read if same else None)  # (kept, as a sort keeps it)
            return False
        for column in sortable:
            if len(self._key_cache()) >= _KEYS_KEPT:
                return True
            if not self._ordering(rtype, dossier_id, column).advance(limit):
                return False
        return True

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
        """The rowids of a dossier's live records of one type, in display order or sorted
        by a column, keeping only those whose text matches `text` and whose columns equal
        `equals`; with `limit`, the first `limit` of them."""
        columns = rtype.columns()
        condition, params = _conditions(rtype, dossier_id, equals or {})
        where = [condition]
        rows = f"{rtype.table} t"
        if text.strip():
            query = fts_match(text, dossier_id, rtype.table)
            if not query:
                return array("q")
            # from the entries found to their rows (never a pass over the table: a word found
            # in a few rows of 100,000 costs a few lookups)
            rows = (
                "(SELECT rowid AS docid FROM search WHERE search MATCH ?) AS f "
                f"CROSS JOIN search_rows AS s ON s.docid = f.docid CROSS JOIN {rtype.table} t ON t.id = s.row_id"
            )
            where.append("s.table_name = ?")
            params = [query, *params, rtype.table]
        order_by = "t.position, t.created_at, t.id"
        if order is not None:
            if order not in columns:
                raise ValueError(f"{rtype.table} has no column {order}")  # untranslated: a defect
            if _kept(rtype, order):
                filtered = len(where) > 1 or bool(equals)
                kept = self._kept_order(
                    rtype, dossier_id, order, descending, filtered, rows, " AND ".join(where), params
                )
                return kept if limit is None else kept[:limit]
            direction = "DESC" if descending else "ASC"
            key = SORT_KEYS.get((rtype.table, order), f"t.{order}")
            order_by = f"{key} {direction}, {order_by}"
        sql = f"SELECT t.rowid FROM {rows} WHERE {' AND '.join(where)} ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        # (each row a one-value tuple, unpacked in C: a Python loop over 50,000 rows takes longer)
        return array("q", chain.from_iterable(self.db.conn.execute(sql, params)))

    def _label_ranks(
        self, labelled: tuple[str, str], dossier_id: str, labels: Sequence[tuple[str, str | None]] | None = None
    ) -> dict[str, int]:
        """The rank of each labelled record of a dossier (id -> rank) in the order of its label's
        collation key (a record without a label has none), from `labels` (id, the head of its
        label) when given, else read. A few are kept, each while its table is unchanged
        (`_token`), so that sorting the other way round, or again, reads no label."""
        table, label = labelled
        token = self._token(table, label, dossier_id)
        at = (table, label, dossier_id)
        kept = self._ranks.get(at)
        if kept is not None and kept[0] == token:
            _keep(self._ranks, at, kept, _RANKS_KEPT)  # (put back last: the latest is dropped last)
            return kept[1]
        if labels is None:
            labels = self.db.conn.execute(
                f"SELECT id, substr({label}, 1, {_HEAD + 1}) FROM {table} WHERE dossier_id = ?", (dossier_id,)
            ).fetchall()
        ids, keys = self._ranked(labels, lambda ids: self._whole_texts(table, label, "id", ids))
        ranks: dict[str, int] = {}
        rank, previous = -1, None
        for rid, key in zip(ids, keys, strict=True):
            if key is None:
                continue  # (a record without a label has no rank)
            if key != previous:
                rank, previous = rank + 1, key
            ranks[rid] = rank
        if not self.db.conn.in_transaction:  # (see _ordering)
            _keep(self._ranks, at, (token, ranks), _RANKS_KEPT)
        return ranks

    def _rows(self, table: str, dossier_id: str) -> int:
        """How many rows of a table a dossier holds, deleted ones included; counted again only
        after the table has changed."""
        token = self._token(table, "", dossier_id)
        known = self._sizes.get((table, dossier_id))
        if known is None or known[0] != token:
            sql = f"SELECT count(*) FROM {table} WHERE dossier_id = ?"
            (count,) = self.db.conn.execute(sql, (dossier_id,)).fetchone()
            known = self._sizes[(table, dossier_id)] = (token, count)
        return known[1]

    def _token(self, table: str, column: str, dossier_id: str) -> tuple[Any, ...]:
        """What an order or ranks worked out from a column hold for: the column, the language,
        the file as other programs left it, and this connection's writes to the table (and,
        for a reference, to the table whose labels it sorts by)."""
        (changed,) = self.db.conn.execute("PRAGMA data_version").fetchone()
        tables = (table, REFERENCE_LABELS[column][0]) if column in REFERENCE_LABELS else (table,)
        return (table, column, dossier_id, i18n.language(), changed, *self._writes(tables))

    def _writes(self, tables: Sequence[str]) -> tuple[int, ...]:
        """How many rows this connection has written in each of some tables: counted by TEMP
        triggers, which see every write of this connection whatever made it, and are no part
        of the file; so that an order kept for one table outlives a change to another. Where
        the connection cannot hold them, every change counts for every table."""
        if self._counted is None:
            self._counted = self._count_writes()
        if not self._counted:
            return (self.db.conn.total_changes,)
        marks = ", ".join("?" * len(tables))
        found = dict(self.db.conn.execute(f"SELECT name, n FROM temp.listing_writes WHERE name IN ({marks})", tables))
        return tuple(found.get(table, 0) for table in tables)

    def _count_writes(self) -> bool:
        """Set up the counting of `_writes`; False where the connection refuses it."""
        conn = self.db.conn
        try:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS listing_writes (name TEXT PRIMARY KEY, n INTEGER NOT NULL)")
            for rtype in model.RECORD_TYPES:
                for event in ("INSERT", "UPDATE", "DELETE"):
                    # (a trigger's statements name no schema: listing_writes is found in temp)
                    conn.execute(
                        f'CREATE TEMP TRIGGER IF NOT EXISTS "listing_{rtype.table}_{event.lower()}" '
                        f'AFTER {event} ON main."{rtype.table}" BEGIN '
                        f"INSERT INTO listing_writes VALUES ('{rtype.table}', 1) "
                        "ON CONFLICT (name) DO UPDATE SET n = n + 1; END"
                    )
        except sqlite.Error:
            return False
        return True

    def make_order(self, rtype: type[model.Record], dossier_id: str, column: str, step: int) -> None:
        """Make the whole order of a text or reference column (`_Ordering`, kept as a sort
        keeps it) `step` rows at a time, for a caller off the GUI thread: each step holds the
        interpreter only as long as sorting `step` rows takes, where a sort of 500,000 texts
        at once held it, and with it the window, for 250 ms. Nothing for a column SQL sorts."""
        if _kept(rtype, column):
            ordering = self._ordering(rtype, dossier_id, column)
            while not ordering.advance(step):
                pass

    def sort_token(self, rtype: type[model.Record], dossier_id: str, column: str) -> tuple[Any, ...]:
        """What an order of a column made now holds for (see `keep_order`)."""
        return self._token(rtype.table, column, dossier_id)

    def order_kept(self, rtype: type[model.Record], dossier_id: str, column: str) -> dict[bool, array] | None:
        """The whole order of a text or reference column (both ways: ascending, False, and
        descending, True) when this connection keeps it made for the file as it is now; None
        when it does not (a sort by the column would work it out), or the column is sorted by
        SQL alone."""
        ordering = self._orders.get((rtype.table, column, dossier_id))
        if ordering is None or ordering.orders is None:
            return None
        return ordering.orders if ordering.token == self._token(rtype.table, column, dossier_id) else None

    def keep_order(
        self, rtype: type[model.Record], dossier_id: str, column: str, token: tuple[Any, ...], orders: dict[bool, array]
    ) -> None:
        """Keep an order of a column made elsewhere (`order_kept` of another connection to the
        same file, opened after `sort_token` gave `token` here) as if made here: only while
        nothing has changed since `token` (this connection's writes, other programs' commits,
        the language), so that it is the order this connection would make."""
        if self.db.conn.in_transaction or token != self._token(rtype.table, column, dossier_id):
            return
        ordering = _Ordering(token, lambda ordering: iter(()))
        ordering.orders = {False: array("q", orders[False]), True: array("q", orders[True])}
        _keep(self._orders, (rtype.table, column, dossier_id), ordering, _ORDERS_KEPT)

    def _ordering(self, rtype: type[model.Record], dossier_id: str, column: str) -> _Ordering:
        """The order (made, or being made) of a text or reference column, for the file as it is
        now; an order worked out before a change to what it reads is dropped."""
        token = self._token(rtype.table, column, dossier_id)
        if self.db.conn.in_transaction:
            # (the counts of `_writes` would go back with a rollback, and a later write bring
            # them to what they are now: an order made within a transaction is not kept)
            return _Ordering(token, lambda ordering: self._order_steps(ordering, rtype, dossier_id, column))
        at = (rtype.table, column, dossier_id)
        ordering = self._orders.get(at)
        if ordering is None or ordering.token != token or ordering.failed:
            # (the orders out of date go first; then the oldest, beyond those kept)
            self._orders = {kept: order for kept, order in self._orders.items() if order.token == self._token(*kept)}
            ordering = _Ordering(token, lambda ordering: self._order_steps(ordering, rtype, dossier_id, column))
        _keep(self._orders, at, ordering, _ORDERS_KEPT)  # (put back last: the latest is dropped last)
        return ordering

    def _order_steps(
        self, ordering: _Ordering, rtype: type[model.Record], dossier_id: str, column: str
    ) -> Iterator[None]:
        """The steps that make an ordering (see _Ordering), each of at most `ordering.limit`
        rows: the rows are read in display order and each batch is sorted by its key (a text's
        head's collation key, or the rank of the label a reference names); the sorted batches
        are merged, texts their heads cannot place are placed by their whole texts
        (`_settle`), and the descending order is the ascending one turned round, ties kept in
        display order. Rows with no text or reference come first ascending and last
        descending."""
        condition, params = _conditions(rtype, dossier_id, {})
        reference = column in REFERENCE_LABELS
        ranks = self._label_ranks(REFERENCE_LABELS[column], dossier_id) if reference else {}
        value = f"t.{column}" if reference else f"substr(t.{column}, 1, {_HEAD + 1})"
        # (numbers in arrays, which Python's collections pass over, not in lists, which each
        # full collection would walk element by element while the order is being made)
        blanks = array("q")  # (rows with no text or reference, in display order)
        runs: list[tuple[list[Any], array, array]] = []  # (keys, places in display order, rowids)
        cut = bytearray()  # (by place in display order: 1 where a text is longer than its head)
        after: tuple[Any, ...] = ()
        read = 0
        while True:
            limit = ordering.limit
            # (from where the last batch ended, along the dossier's index in display order)
            where = condition + (" AND (t.position, t.created_at, t.id) > (?, ?, ?)" if after else "")
            rows = self.db.conn.execute(
                f"SELECT t.rowid, {value} FROM {rtype.table} t "
                f"WHERE {where} ORDER BY t.position, t.created_at, t.id LIMIT ?",
                (*params, *after, -1 if limit is None else limit),
            ).fetchall()
            keys: list[Any]
            if reference:
                keys = [ranks.get(target, -1) for _, target in rows]
                places = [n for n, key in enumerate(keys) if key >= 0]
                blanks.extend(rows[n][0] for n, key in enumerate(keys) if key < 0)
            else:
                places = [n for n, (_, text) in enumerate(rows) if text is not None]
                blanks.extend(rowid for rowid, text in rows if text is None)
                keys = [""] * len(rows)
                for n, key in zip(places, self._head_keys(rows[n][1] for n in places), strict=True):
                    keys[n] = key
                cut += bytes(text is not None and len(text) > _HEAD for _, text in rows)
            places.sort(key=keys.__getitem__)  # (stable: rows of equal keys stay in display order)
            runs.append(
                (
                    [keys[n] for n in places],
                    array("q", [read + n for n in places]),
                    array("q", [rows[n][0] for n in places]),
                )
            )
            read += len(rows)
            if limit is None or len(rows) < limit:
                break
            after = self.db.conn.execute(
                f"SELECT position, created_at, id FROM {rtype.table} WHERE rowid = ?", (rows[-1][0],)
            ).fetchone()
            yield
        if len(runs) == 1:
            keys_in_order, seqs, ids = runs[0]
        else:  # the batches merged, a step at a time
            merged = heapq.merge(*(zip(*run, strict=True) for run in runs))
            keys_in_order, seqs, ids = [], array("q"), array("q")
            while True:
                limit = ordering.limit
                batch = list(islice(merged, limit))
                keys_in_order += [entry[0] for entry in batch]
                seqs.extend(entry[1] for entry in batch)
                ids.extend(entry[2] for entry in batch)
                if limit is None or len(batch) < limit:
                    break
                yield
        del runs
        if not reference:
            yield
            yield from self._settle(
                ids,
                keys_in_order,
                seqs,
                cut,
                lambda rowids: self._whole_texts(rtype.table, column, "rowid", rowids),
            )
        yield
        # the other way round: runs of equal keys from the last, each in display order
        descending = array("q")
        end = len(ids)
        since = 0  # (rows turned round since the last step)
        while end:
            start = end - 1
            while start and keys_in_order[start - 1] == keys_in_order[end - 1]:
                start -= 1
            descending.extend(ids[start:end])
            since += end - start
            end = start
            if end and ordering.limit is not None and since >= ordering.limit:
                since = 0
                yield
        ordering.orders = {False: blanks + ids, True: descending + blanks}

    def _ranked(
        self, rows: Sequence[tuple[Any, str | None]], whole: Callable[[list[Any]], dict[Any, str]]
    ) -> tuple[list[Any], list[str | None]]:
        """Rows (an id, the head of its text: `_HEAD` + 1 characters of it at most) in the
        order of their texts' collation keys, rows of equal keys in the order given: their
        ids, and the key each one sorts by (None: no text, first; equal keys, equal texts'
        keys). `whole` gives the whole texts of some ids (see `_settle`)."""
        ids = [row[0] for row in rows]
        texts = [row[1] for row in rows]
        head_keys = self._head_keys(text or "" for text in texts)
        blank = [ids[n] for n, text in enumerate(texts) if text is None]  # (no text: first)
        order = sorted((n for n, text in enumerate(texts) if text is not None), key=head_keys.__getitem__)
        cut = bytes(text is not None and len(text) > _HEAD for text in texts)
        settled, keys = [ids[n] for n in order], [head_keys[n] for n in order]
        for _ in self._settle(settled, keys, order, cut, whole):
            pass  # (all at once)
        return [*blank, *settled], [*([None] * len(blank)), *keys]

    def _settle(
        self,
        ids: MutableSequence[Any],
        keys: list[str],
        seqs: Sequence[int],
        cut: bytes | bytearray,
        whole: Callable[[list[Any]], dict[Any, str]],
    ) -> Iterator[None]:
        """Rows (`ids`) in the order of their texts' heads' collation keys (`keys`; rows of
        equal keys in display order, `seqs` giving each one's place in it) placed by their
        whole texts where their heads cannot place them: `ids` are put in the order of the
        texts' collation keys, and `keys` hold the key each one sorts by (equal keys, equal
        texts' keys). `cut` is 1 at the place in display order of each text longer than its
        head; `whole` gives some ids' texts. A pass over the rows at each step (see _Ordering).

        A key is worked out from a text's head (`_head`: its first characters, cut where no
        number is split), which is what orders almost every text; the key of a whole text is
        its head's key followed by the rest's. So after sorting by heads, the rows whose head
        keys begin with a cut text's head key lie right after it, and only such a group is
        sorted again by whole keys: a long text is read and keyed whole only where its head
        cannot place it."""
        heads = list(keys)  # (the groups are found by the heads' keys, as sorted at first)
        was_cut = bytes(cut[seq] for seq in seqs)
        yield
        # where a cut text's head key begins the next one's: a group to sort by whole keys
        starts = [
            p
            for p, (is_cut, key, after) in enumerate(zip(was_cut, heads, heads[1:], strict=False))
            if is_cut and after.startswith(key)
        ]
        yield
        inside = bytearray(len(ids))  # (1: in a group sorted whole)
        for start in starts:
            if inside[start]:
                continue  # (inside a group sorted whole already: it holds every row of this one)
            first = heads[start]
            end = start + 1
            while end < len(ids) and heads[end].startswith(first):
                end += 1
            inside[start:end] = b"\x01" * (end - start)
            wholes = whole([ids[p] for p in range(start, end) if was_cut[p]])
            # (whole texts' keys are not kept: what is kept stays as short as a head)
            resorted = sorted(
                ((i18n.collation_key(wholes[ids[p]]) or "") if was_cut[p] else keys[p], seqs[p], ids[p])
                for p in range(start, end)
            )
            for place, (key, _, rid) in enumerate(resorted, start):
                keys[place], ids[place] = key, rid
        yield
        # A cut text in no group is placed by its head; where the text before it has that same
        # key (a text no longer than the head, or one whose rest a key leaves out, such as
        # combining marks), its whole key says whether the two tie.
        alone = [p for p in range(1, len(ids)) if was_cut[p] and not inside[p] and keys[p - 1] == keys[p]]
        if alone:
            wholes = whole([ids[p] for p in alone])
            for p in alone:
                keys[p] = i18n.collation_key(wholes[ids[p]]) or ""

    def _whole_texts(self, table: str, column: str, by: str, ids: Sequence[Any]) -> dict[Any, str]:
        """The texts of a column of some rows of a table, by rowid or id (`by`)."""
        texts: dict[Any, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {by}, {column} FROM {table} WHERE {by} IN ({marks})"
            texts.update((rid, str(text)) for rid, text in self.db.conn.execute(sql, tuple(chunk)))
        return texts

    def _kept_order(
        self,
        rtype: type[model.Record],
        dossier_id: str,
        column: str,
        descending: bool,
        filtered: bool,
        rows_from: str,
        where: str,
        params: Sequence[Any],
    ) -> array:
        """The rowids sorted by a text column or by what a reference names, then in display
        order. The whole list is sorted once both ways and kept, as arrays of rowids, while
        nothing in the file has changed (this connection's changes and other programs' both
        count) and the language is the same (the window makes it while idle: `prepare_sort`):
        sorting again works out no key, and a filter keeps the rows it matches (read from
        `rows_from`, the table as `t` or the search's entries joined to it) from the order
        kept."""
        ordering = self._ordering(rtype, dossier_id, column)
        ordering.advance(None)
        order = cast(dict[bool, array], ordering.orders)[descending]
        if not filtered:
            return array("q", order)  # (every live row: the order kept, as it is)
        matching = {row[0] for row in self.db.conn.execute(f"SELECT t.rowid FROM {rows_from} WHERE {where}", params)}
        return array("q", (rowid for rowid in order if rowid in matching))

    def _key_cache(self) -> dict[str, str | None]:
        """The collation keys of the texts met before, in the language now installed."""
        language = i18n.language()
        if self._keys_language != language or len(self._keys) > _KEYS_KEPT:
            self._keys, self._keys_language = {}, language
            self._prepared.clear()  # (what was prepared went with them)
        return self._keys

    def _head_keys(self, texts: Iterable[str]) -> list[str]:
        """The collation key of each text's head (`_head`), worked out once and kept."""
        keys = self._key_cache()
        heads = [_head(text) for text in texts]
        found = [keys.get(head) for head in heads]
        for n in [n for n, key in enumerate(found) if key is None]:
            found[n] = self._collation_key(heads[n])
        return cast(list[str], found)

    def _collation_key(self, text: str | None) -> str | None:
        """i18n.collation_key, remembered for texts met before in the same language."""
        keys = self._key_cache()
        if text is None:
            return None
        key = keys.get(text)
        if key is None:
            key = keys[text] = i18n.collation_key(text)
        return key

    def page(self, rtype: type[R], rowids: Sequence[int]) -> list[R]:
        """The live records of these rowids, in the order given (rows deleted since are skipped)."""
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(rowids), _CHUNK):
            chunk = list(rowids[start : start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT rowid AS _rowid, * FROM {rtype.table} WHERE rowid IN ({marks}) AND deleted = 0"
            for row in self.db.rows(sql, tuple(chunk)):
                found[row.pop("_rowid")] = row
        return decode_rows(rtype, (found[r] for r in rowids if r in found))

    def fields(self, rtype: type[model.Record], dossier_id: str, names: Sequence[str]) -> list[tuple[Any, ...]]:
        """Some fields of a dossier's live records of a type, a tuple a record in display
        order, each value as the record holds it: what a chart or a count over every record
        reads, without building the records (a tenth of the time, a fraction of the memory).
        Raises ValueError for a name the type does not have."""
        columns = rtype.columns()
        for name in names:
            if name not in columns:
                raise ValueError(f"{rtype.table} has no column {name}")  # untranslated: a defect
        sql = (
            f"SELECT {', '.join(names)} FROM {rtype.table} WHERE deleted = 0 AND dossier_id = ? "
            "ORDER BY position, created_at, id"
        )
        rows = self.db.conn.execute(sql, (dossier_id,)).fetchall()
        if any(name in JSON_COLUMNS or name in BOOL_COLUMNS for name in names):
            return [tuple(decode_value(name, value) for name, value in zip(names, row, strict=True)) for row in rows]
        return rows

    def rowid_of(self, rtype: type[model.Record], record_id: str) -> int | None:
        rows = self.db.rows(f"SELECT rowid AS r FROM {rtype.table} WHERE id = ?", (record_id,))
        return rows[0]["r"] if rows else None

    def count(self, rtype: type[model.Record], dossier_id: str, **equals: Any) -> int:
        """How many live records of a type a dossier holds (optionally with column values)."""
        where, params = _conditions(rtype, dossier_id, equals)
        return self.db.rows(f"SELECT count(*) AS n FROM {rtype.table} t WHERE {where}", tuple(params))[0]["n"]

    def choices(self, rtype: type[model.Record], dossier_id: str) -> list[tuple[str, str]]:
        """(id, label) of a dossier's live records of a type, in display order: what a combo
        box lists, read without building every record."""
        if _names_itself(rtype):
            return [(r.id, _one_line(r.label)) for r in self.page(rtype, self.rowids(rtype, dossier_id))]
        column = rtype.text_fields[0]
        rows = self.db.conn.execute(
            f"SELECT id, {column} FROM {rtype.table} WHERE deleted = 0 AND dossier_id = ? "
            "ORDER BY position, created_at, id",
            (dossier_id,),
        )
        return [(rid, _one_line(label)) for rid, label in rows]

    @staticmethod
    def choice_label(record: model.Record) -> str:
        """How `choices` lists a record."""
        if _names_itself(type(record)):
            return _one_line(record.label)
        return _one_line(getattr(record, type(record).text_fields[0]))

    def titles(self, rtype: type[model.Record], ids: Iterable[str]) -> dict[str, str]:
        """The labels of some records by id (deleted ones included, for history)."""
        wanted = sorted(set(ids))
        column = rtype.text_fields[0]
        labels: dict[str, str] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            if _names_itself(rtype):
                found = self.db.rows(f"SELECT * FROM {rtype.table} WHERE id IN ({marks})", tuple(chunk))
                labels.update((r.id, r.label) for r in decode_rows(rtype, found))
                continue
            sql = f"SELECT id, {column} AS label FROM {rtype.table} WHERE id IN ({marks})"
            for row in self.db.rows(sql, tuple(chunk)):
                labels[row["id"]] = row["label"]
        return labels

    def next_position(self, rtype: type[model.Record], dossier_id: str, **equals: Any) -> int:
        """The position after the last live record of a type (among those with `equals`)."""
        columns = rtype.columns()
        where = "deleted = 0 AND dossier_id = ?"
        params: list[Any] = [dossier_id]
        for column, value in equals.items():
            if column not in columns:
                raise ValueError(f"{rtype.table} has no column {column}")  # untranslated: a defect
            where += f" AND {column} IS ?"
            params.append(value)
        rows = self.db.rows(
            f"SELECT coalesce(max(position), -1) + 1 AS p FROM {rtype.table} WHERE {where}", tuple(params)
        )
        return rows[0]["p"]

    def checklist_progress(self, dossier_id: str, today: str) -> list[tuple[str, str | None, int, int, int, int]]:
        """How far a dossier's tasks have got, per checklist and owner: (checklist id, owner
        id or None, tasks, done, overdue, due today), where overdue is not done and due
        before `today` (YYYY-MM-DD) and due today is not done and due on it. One pass in SQL."""
        rows = self.db.conn.execute(
            "SELECT checklist_id, owner_id, count(*), coalesce(sum(done <> 0), 0), "
            "coalesce(sum(done = 0 AND due IS NOT NULL AND due <> '' AND due < ?), 0), "
            "coalesce(sum(done = 0 AND due = ?), 0) "
            "FROM checklist_items WHERE deleted = 0 AND dossier_id = ? GROUP BY checklist_id, owner_id",
            (today, today, dossier_id),
        )
        return [tuple(row) for row in rows]

    def their_weight_total(self, dossier_id: str) -> tuple[float, int]:
        """The sum of the other side's weights over the agenda items where they are modelled,
        and how many items that is."""
        rows = self.db.rows(
            "SELECT coalesce(sum(their_weight), 0) AS total, count(their_weight) AS n FROM agenda_items "
            "WHERE deleted = 0 AND dossier_id = ?",
            (dossier_id,),
        )
        return float(rows[0]["total"]), rows[0]["n"]

    def weight_total(self, dossier_id: str) -> float:
        """The sum of the weights of a dossier's live agenda items (should be 100)."""
        rows = self.db.rows(
            "SELECT coalesce(sum(weight), 0) AS total FROM agenda_items WHERE deleted = 0 AND dossier_id = ?",
            (dossier_id,),
        )
        return float(rows[0]["total"])


class _Ordering:
    """The rows of one column of a dossier's records sorted both ways (`orders`: ascending,
    False, and descending, True; arrays of rowids), made a step at a time (`advance`) by
    `Listing._order_steps`, for the file and language as they were when it began (`token`)."""

    def __init__(self, token: tuple[Any, ...], steps: Callable[[_Ordering], Iterator[None]]) -> None:
        self.token = token
        self.orders: dict[bool, array] | None = None
        #: the rows a step reads or sorts at most (None: no limit), as the step begins
        self.limit: int | None = None
        self.failed = False
        self._steps = steps(self)

    def advance(self, limit: int | None) -> bool:
        """The next step, of at most `limit` rows, or every step left (None); True once made.
        What a step raises (the file cannot be read) is raised, and the ordering is `failed`:
        its steps cannot go on, and it is made anew when next asked for."""
        self.limit = limit
        while self.orders is None:
            if self.failed:
                raise RuntimeError("an ordering whose step failed was asked to go on")  # untranslated: a defect
            try:
                next(self._steps, None)  # (the last step sets `orders` and ends)
            except BaseException:
                self.failed = True
                raise
            if limit is not None:
                break
        return self.orders is not None
