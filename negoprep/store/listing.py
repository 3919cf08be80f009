"""Reading long lists a page at a time: row ids in order, then only the rows on screen.

A table of 100,000 talking points is held as an array of SQLite rowids (8 bytes each);
the records themselves are read page by page as they are shown. Sorting and filtering
happen here, in SQL, so that nothing has to read every row to reorder it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from typing import Any, TypeVar

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
_TEXT_SORT = "collation_key({})"
_CHUNK = 500  # SQLite's limit on bound parameters is far above this


def _names_itself(rtype: type[model.Record]) -> bool:
    """Whether a record type says its own label (a round: "Round 2") rather than being called
    by its first text (a round's venue): its few records are read whole to name them."""
    return rtype.label is not model.Record.label


def _one_line(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= 80 else text[:79] + "…"


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
        join = ""
        if order is not None:
            if order not in columns:
                raise ValueError(f"{rtype.table} has no column {order}")  # untranslated: a defect
            direction = "DESC" if descending else "ASC"
            if order in REFERENCE_LABELS:
                # a join, not a lookup per row in ORDER BY: a quarter faster on 50,000 rows
                table, label = REFERENCE_LABELS[order]
                join = f" LEFT JOIN {table} r ON r.id = t.{order}"
                key = _TEXT_SORT.format(f"r.{label}")
            elif (rtype.table, order) in SORT_KEYS:
                key = SORT_KEYS[(rtype.table, order)]
            else:
                key = _TEXT_SORT.format(f"t.{order}") if _is_text(rtype, order) else f"t.{order}"
            order_by = f"{key} {direction}, {order_by}"
        sql = f"SELECT t.rowid FROM {rows}{join} WHERE {' AND '.join(where)} ORDER BY {order_by}"
        return array("q", (row[0] for row in self.db.conn.execute(sql, params)))

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

    def overdue_count(self, dossier_id: str, today: str) -> int:
        """Tasks not done whose due date (YYYY-MM-DD) is before `today`."""
        rows = self.db.rows(
            "SELECT count(*) AS n FROM checklist_items WHERE deleted = 0 AND dossier_id = ? AND done = 0 "
            "AND due IS NOT NULL AND due < ?",
            (dossier_id, today),
        )
        return rows[0]["n"]

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
