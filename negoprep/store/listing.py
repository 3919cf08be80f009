"""Reading long lists a page at a time: row ids in order, then only the rows on screen.

A table of 100,000 talking points is held as an array of SQLite rowids (8 bytes each);
the records themselves are read page by page as they are shown. Sorting and filtering
happen here, in SQL, so that nothing has to read every row to reorder it.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any, TypeVar, cast

from negoprep import i18n
from negoprep.records import model, times
from negoprep.store.database import Database, decode_rows, fts_match

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
_CHUNK = 500  # SQLite's limit on bound parameters is far above this


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


#: the characters of a text its sort key is first worked out from (see Listing._by_text)
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
        # the ranks of the labels last sorted by, and when (see _label_ranks)
        self._ranks: tuple[tuple[Any, ...], dict[str, int]] | None = None
        # the rows in the order of the column last sorted by (text or reference), both ways,
        # and when (see _kept_order)
        self._kept: tuple[tuple[Any, ...], dict[bool, array]] | None = None
        # how far `prepare_sort` has keyed each (table, column, dossier, language): the last
        # rowid keyed, or None once every row was
        self._prepared: dict[tuple[str, str, str, str], int | None] = {}

    def prepare_sort(self, rtype: type[model.Record], dossier_id: str, columns: Sequence[str], limit: int) -> bool:
        """Work out the collation keys of up to `limit` more texts that a sort by one of
        `columns` (text columns, or references, whose labels are sorted: then their ranks
        too) would key, so that the sort itself, when asked for, finds them worked out; False
        while some remain.
        Called a little at a time while the window is idle: each call reads at most `limit`
        rows, in rowid order from where the last one stopped. Stops when the keys kept are as
        many as are ever kept."""
        keys = self._key_cache()  # (first: a new language starts the preparation anew)
        language = self._keys_language
        for column in columns:
            table, text = REFERENCE_LABELS.get(column, (rtype.table, column))
            if column not in REFERENCE_LABELS and not _is_text(rtype, column):
                continue
            done = (table, text, dossier_id, language)
            after = self._prepared.get(done, 0)
            if after is None:
                continue
            if len(keys) >= _KEYS_KEPT:
                return True
            # (a walk along the rowids: the dossier's index would read its rows again each call)
            rows = self.db.conn.execute(
                f"SELECT rowid, substr({text}, 1, {_HEAD + 1}) FROM {table} "
                "WHERE rowid > ? AND +dossier_id = ? AND +deleted = 0 ORDER BY rowid LIMIT ?",
                (after, dossier_id, limit),
            ).fetchall()
            self._head_keys(value for _, value in rows if value is not None)
            if len(rows) == limit:
                self._prepared[done] = rows[-1][0]
            else:
                self._prepared[done] = None
                if column in REFERENCE_LABELS:
                    self._label_ranks((table, text), dossier_id)  # (kept, as a sort by it keeps it)
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
    ) -> array:
        """The rowids of a dossier's live records of one type, in display order or sorted
        by a column, keeping only those whose text matches `text` and whose columns equal
        `equals`."""
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
            if order in REFERENCE_LABELS or ((rtype.table, order) not in SORT_KEYS and _is_text(rtype, order)):
                filtered = len(where) > 1 or bool(equals)
                return self._kept_order(
                    rtype, dossier_id, order, descending, filtered, rows, " AND ".join(where), params
                )
            direction = "DESC" if descending else "ASC"
            key = SORT_KEYS.get((rtype.table, order), f"t.{order}")
            order_by = f"{key} {direction}, {order_by}"
        sql = f"SELECT t.rowid FROM {rows} WHERE {' AND '.join(where)} ORDER BY {order_by}"
        return array("q", (row[0] for row in self.db.conn.execute(sql, params)))

    def _by_reference(self, rtype: type[model.Record], dossier_id: str, column: str) -> list[tuple[int, Any]]:
        """Every live row (rowid, rank) in the order of the label of the record `column` points
        to (none first, as SQL's null), then in display order. A reference is to a record of
        the same dossier (every door checks it), so that dossier's labels are read, each one's
        collation key is worked out once (not once a row), and the rows, read in display
        order, are sorted by their label's rank: a stable sort keeps that order in ties."""
        ranks = self._label_ranks(REFERENCE_LABELS[column], dossier_id)
        condition, params = _conditions(rtype, dossier_id, {})
        rows = self.db.conn.execute(
            f"SELECT t.rowid, t.{column} FROM {rtype.table} t WHERE {condition} "
            "ORDER BY t.position, t.created_at, t.id",
            params,
        )
        keyed = [(rowid, ranks.get(target, -1)) for rowid, target in rows]
        keyed.sort(key=operator.itemgetter(1))
        return keyed

    def _label_ranks(self, labelled: tuple[str, str], dossier_id: str) -> dict[str, int]:
        """The rank of each labelled record of a dossier (id -> rank) in the order of its label's
        collation key (a record without a label has none). The last one worked out is kept
        while nothing in the file has changed (this connection's changes and other programs'
        both count), so that sorting the other way round, or again, reads no label."""
        table, label = labelled
        (changed,) = self.db.conn.execute("PRAGMA data_version").fetchone()
        token = (table, label, dossier_id, i18n.language(), self.db.conn.total_changes, changed)
        if self._ranks is not None and self._ranks[0] == token:
            return self._ranks[1]
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
        self._ranks = (token, ranks)
        return ranks

    def _by_text(self, rtype: type[model.Record], dossier_id: str, column: str) -> tuple[array, array]:
        """Every live row's rowid in the order of the collation key of a text column, then in
        display order; ascending (rows with no text first, as SQL's null) and descending (last)."""
        condition, params = _conditions(rtype, dossier_id, {})
        rows = self.db.conn.execute(
            f"SELECT t.rowid, substr(t.{column}, 1, {_HEAD + 1}) FROM {rtype.table} t WHERE {condition} "
            "ORDER BY t.position, t.created_at, t.id",
            params,
        ).fetchall()
        rowids, keys = self._ranked(rows, lambda rowids: self._whole_texts(rtype.table, column, "rowid", rowids))
        # the other way round: a stable sort of the same keys keeps ties in display order;
        # the rows with no text, first ascending, go last
        blank = keys.count(None)
        descending = sorted(range(blank, len(rowids)), key=cast(Callable[[int], str], keys.__getitem__), reverse=True)
        return array("q", rowids), array("q", [*(rowids[n] for n in descending), *rowids[:blank]])

    def _ranked(
        self, rows: Sequence[tuple[Any, str | None]], whole: Callable[[list[Any]], dict[Any, str]]
    ) -> tuple[list[Any], list[str | None]]:
        """Rows (an id, the head of its text: `_HEAD` + 1 characters of it at most) in the
        order of their texts' collation keys, rows of equal keys in the order given: their
        ids, and the key each one sorts by (None: no text, first; equal keys, equal texts'
        keys). `whole` gives the whole texts of some ids.

        A key is worked out from a text's head (`_head`: its first characters, cut where no
        number is split), which is what orders almost every text; the key of a whole text is
        its head's key followed by the rest's. So after sorting by heads, the rows whose head
        keys begin with a cut text's head key lie right after it, and only such a group is
        sorted again by whole keys: a long text is read and keyed whole only where its head
        cannot place it."""
        ids = [row[0] for row in rows]
        texts = [row[1] for row in rows]
        was_cut = [text is not None and len(text) > _HEAD for text in texts]
        head_keys = self._head_keys(text or "" for text in texts)
        order = [n for n, text in enumerate(texts) if text is None]  # (no text: first)
        blank = len(order)
        order += sorted((n for n, text in enumerate(texts) if text is not None), key=head_keys.__getitem__)
        ordered_keys = [head_keys[n] for n in order]
        cut_at = [was_cut[n] for n in order]
        # where a cut text's head key begins the next one's: a group to sort by whole keys
        grouped = [
            cut and after.startswith(key)
            for cut, key, after in zip(cut_at, ordered_keys, ordered_keys[1:], strict=False)
        ]
        grouped.append(False)
        sorted_by: list[str | None] = list(ordered_keys)
        sorted_by[:blank] = [None] * blank
        inside = bytearray(len(order))  # (1: in a group sorted whole)
        for start in [p for p, group in enumerate(grouped) if group]:
            if inside[start]:
                continue  # (inside a group sorted whole already: it holds every row of this one)
            first = ordered_keys[start]
            end = start + 1
            while end < len(order) and ordered_keys[end].startswith(first):
                end += 1
            inside[start:end] = b"\x01" * (end - start)
            group = order[start:end]
            cut = [n for n in group if was_cut[n]]
            wholes = whole([ids[n] for n in cut])
            # (whole texts' keys are not kept: what is kept stays as short as a head)
            whole_keys = {n: i18n.collation_key(wholes[ids[n]]) or "" for n in cut}
            resorted = sorted((whole_keys.get(n, head_keys[n]), n) for n in group)
            order[start:end] = [n for _, n in resorted]
            sorted_by[start:end] = [key for key, _ in resorted]
        # A cut text in no group is placed by its head; where the text before it has that same
        # key (a text no longer than the head, or one whose rest a key leaves out, such as
        # combining marks), its whole key says whether the two tie.
        alone = [
            p for p in range(blank + 1, len(order)) if cut_at[p] and not inside[p] and sorted_by[p - 1] == sorted_by[p]
        ]
        if alone:
            wholes = whole([ids[order[p]] for p in alone])
            for p in alone:
                sorted_by[p] = i18n.collation_key(wholes[ids[order[p]]]) or ""
        return [ids[n] for n in order], sorted_by

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
        order. The whole list is sorted once each way and kept, as an array of rowids, while
        nothing in the file has changed (this connection's changes and other programs' both
        count) and the language is the same: sorting again works out no key, and a filter
        keeps the rows it matches (read from `rows_from`, the table as `t` or the search's
        entries joined to it) from the order kept."""
        (changed,) = self.db.conn.execute("PRAGMA data_version").fetchone()
        token = (rtype.table, column, dossier_id, i18n.language(), self.db.conn.total_changes, changed)
        if self._kept is None or self._kept[0] != token:
            self._kept = (token, {})  # (the old orders go before new ones are made)
        orders = self._kept[1]
        if descending not in orders:
            if column in REFERENCE_LABELS:
                rows = self._by_reference(rtype, dossier_id, column)
                orders[False] = array("q", (row[0] for row in rows))
                rows.sort(key=operator.itemgetter(1), reverse=True)  # (stable: ties stay in display order)
                orders[True] = array("q", (row[0] for row in rows))
            else:
                orders[False], orders[True] = self._by_text(rtype, dossier_id, column)
        order = orders[descending]
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
