"""What the full-text index holds of a record's text, and what a typed query asks of it.

The index (the FTS5 table `search`) keeps two kinds of entry for each record:

- its words (`title`, `body`), found by prefix: "semicond" finds "semiconductors";
- the parts of its Korean, Chinese and Japanese words (`title_grams`, `body_grams`): every two
  characters in a row of a word that holds such a character, each word closed by its last
  character alone. These scripts join words without spaces (상호관세, 자동차관세, 半导体出口),
  so a person searches for a part: a typed word of such characters is the phrase of its
  character pairs, and so matches wherever the word is inside a longer one ("관세" in
  "자동차관세", "동차" too); no pair spans two words, so a phrase never matches across a space.

Everything is indexed and asked in one normal form (NFC), so that decomposed text (from a Mac's
file names, some PDFs) and composed text find each other. Every writer of the index goes
through `entry`, `reindex` or `rebuild`.

The index keeps no copy of the texts (a contentless FTS5 table, since schema version 11): the
records hold them. An entry is found by its docid, whose row `search_rows` names; an entry is
deleted by docid alone (`contentless_delete`); the snippets of the few entries a search shows
are made from their records (`Marker`).
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from typing import Any

from negoprep.records import model
from negoprep.store import chain
from negoprep.store.engine import sqlite

#: The characters of the scripts written without spaces between words: Hangul (syllables,
#: jamo, compatibility jamo), Han ideographs (with extensions and compatibility forms),
#: Hiragana, Katakana (with half-width forms and phonetic extensions), Bopomofo.
_CJK = (
    "\u1100-\u11ff\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uffdc"
    "\U00020000-\U0003134f"
)


@functools.cache
def _cjk() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a CJK character, a run of anything else), compiled when first asked for: their many
    ranges take milliseconds to compile, which a start-up that indexes and searches nothing
    should not spend."""
    return re.compile(f"[{_CJK}]"), re.compile(f"[^{_CJK}]+")


#: A word as the index's tokenizer (unicode61) sees it: letters and digits, nothing else.
_PIECE = re.compile(r"[^\W_]+")
#: A word typed (as search has always split what was typed).
_TYPED = re.compile(r"\w+")

#: The columns searched for words (a word may stand inside a CJK word), and for the parts of
#: CJK words.
WORD_COLUMNS = "{title body title_grams body_grams}"
GRAM_COLUMNS = "{title_grams body_grams}"
#: The same, in titles only.
TITLE_WORD_COLUMNS = "{title title_grams}"
TITLE_GRAM_COLUMNS = "{title_grams}"


def composed(text: str) -> str:
    """Text in the one form the index keeps and asks in (NFC)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def grams(text: str) -> str:
    """The character pairs of every word of `text` that holds a CJK character, each word
    closed by its last character alone, space-separated (empty for text without CJK)."""
    if text.isascii():
        return ""
    text = composed(text)
    has_cjk, not_cjk = _cjk()
    if not has_cjk.search(text):
        return ""
    out: list[str] = []
    for word in _PIECE.findall(text):
        if has_cjk.search(word):
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
            out.append(word[-1])
            # a Latin or number run inside it is a word of its own: "LNG" in "알래스카LNG구매"
            out.extend(run for run in not_cjk.findall(word) if len(run) > 1)
    return " ".join(out)


def typed_words(text: str) -> list[str]:
    """The words a person typed, composed."""
    return _TYPED.findall(composed(text))


def cjk_parts(text: str) -> list[str]:
    """The parts of what was typed that are searched as parts of words (those holding a
    CJK character), composed."""
    has_cjk = _cjk()[0]
    return [piece for piece in _PIECE.findall(composed(text)) if has_cjk.search(piece)]


def only_cjk_parts(text: str) -> list[str] | None:
    """The parts of what was typed when every one of them holds a CJK character (`cjk_parts`:
    the query then asks nothing but the gram columns); None when some part is other text."""
    has_cjk = _cjk()[0]
    pieces = _PIECE.findall(composed(text))
    return pieces if pieces and all(has_cjk.search(piece) for piece in pieces) else None


#: The most words of a query that are searched for (the rest of a pasted text is left out).
MOST_WORDS = 32


def query(text: str, *, titles: bool = False) -> str:
    """A safe FTS5 expression for what a person typed: every word required, a word as a
    prefix of a word, a word holding CJK characters as a part of a word (each in a title,
    with `titles`)."""
    words, parts = (TITLE_WORD_COLUMNS, TITLE_GRAM_COLUMNS) if titles else (WORD_COLUMNS, GRAM_COLUMNS)
    clauses: list[str] = []
    has_cjk = _cjk()[0]
    # each word once, and no more than a person types: a pasted page must not stall search
    for word in list(dict.fromkeys(typed_words(text)))[:MOST_WORDS]:
        if not has_cjk.search(word):
            clauses.append(f'{words} : "{word}"*')
            continue
        for piece in _PIECE.findall(word):
            if not has_cjk.search(piece):
                clauses.append(f'{words} : "{piece}"*')
            elif len(piece) == 1:
                clauses.append(f'{parts} : "{piece}"*')  # a pair starting with it, or a word's end
            else:
                pairs = " ".join(piece[i : i + 2] for i in range(len(piece) - 1))
                clauses.append(f'{parts} : "{pairs}"')
    return " AND ".join(f"({c})" for c in clauses)


def mark(text: str, parts: list[str], around: int = 40) -> str:
    """The stretch of `text` around the first of `parts` found in it, that part in [ ], as
    FTS5's snippet marks a word; empty when none is there."""
    best = None
    for part in parts:
        # (ignoring case as the index does, in the text's own positions: a lower-cased copy
        # may be longer than the text, "İ" being two characters in lower case)
        found = re.search(re.escape(part), text, re.IGNORECASE)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), found.end())
    if best is None:
        return ""
    start, end = best
    lead = max(0, start - around)
    tail = min(len(text), end + around)
    return (
        ("…" if lead else "")
        + f"{text[lead:start]}[{text[start:end]}]{text[end:tail]}"
        + ("…" if tail < len(text) else "")
    )


def entry(rtype: type[model.Record], row: dict[str, Any]) -> tuple[str, str, str, str]:
    """(title, body, title_grams, body_grams) of a row's index entry (`title_and_body`, and
    the grams of each)."""
    title, body = title_and_body(rtype, row)
    return title, body, grams(title), grams(body)


def title_and_body(rtype: type[model.Record], row: dict[str, Any]) -> tuple[str, str]:
    """The texts of a row's index entry: its first text field is the title, the others,
    non-empty, one per line, the body (composed)."""
    texts = [composed(str(row.get(name) or "")) for name in rtype.text_fields]
    return texts[0], "\n".join(t for t in texts[1:] if t)


def indexed(conn: sqlite.Connection, rtype: type[model.Record], schema: str = "main") -> list[str]:
    """The text fields of a table that it has (an older version's table may lack later ones):
    a table with none has no entries."""
    present = {row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({rtype.table})")}
    return [name for name in rtype.text_fields if name in present]


def agrees(conn: sqlite.Connection, schema: str = "main") -> bool:
    """Whether the index and `search_rows` correspond one to one with the live records that
    have text: every entry (a row of FTS5's `search_docsize`, id = docid) named by one
    `search_rows` row, each such row naming a live record of a record table, and every live
    record named. By counts over keys, with no anti-join (about 60 ms at 100,000 records):
    the docids of the two tables are both unique, so equal counts with as many matches prove
    the one-to-one; each record table is matched the same way. The words of an entry are not
    looked at (see the module's docstring)."""
    entries = conn.execute(f"SELECT count(*) FROM {schema}.search_docsize").fetchone()[0]
    rows = conn.execute(f"SELECT count(*) FROM {schema}.search_rows").fetchone()[0]
    if entries != rows:
        return False
    matched = conn.execute(
        f"SELECT count(*) FROM {schema}.search_rows s JOIN {schema}.search_docsize d ON d.id = s.docid"
    ).fetchone()[0]
    if matched != rows:
        return False
    named = 0
    for rtype in chain.present_types(conn):
        if not indexed(conn, rtype, schema):
            continue
        table = rtype.table
        live = conn.execute(f"SELECT count(*) FROM {schema}.{table} WHERE deleted = 0").fetchone()[0]
        # (from the live rows, whose listing index covers this, into search_rows' own index: no
        # row of either table is read, half the time of the join the other way round)
        found = conn.execute(
            f"SELECT count(*) FROM {schema}.{table} x WHERE x.deleted = 0 AND EXISTS "
            f"(SELECT 1 FROM {schema}.search_rows s WHERE s.table_name = ? AND s.row_id = x.id)",
            (table,),
        ).fetchone()[0]
        if found != live:
            return False
        named += found
    # (no row of an unknown table, of a table without text, of a tombstone or of no record)
    return named == rows


#: The ids of FTS5's pages of deleted entries ("tombstones", contentless_delete): their segment
#: number is offset by 2**16 (FTS5_TOMBSTONE_ROWID), which puts every such page at or above 2**53
#: in `search_data`, above every page of entries.
_TOMBSTONE_PAGES = 1 << 53


def holds_deleted(conn: sqlite.Connection, schema: str = "main") -> bool:
    """Whether the index's segments still hold entries deleted since they were last merged: an
    entry of a contentless index is deleted by docid alone, its words staying in its segment,
    marked deleted, until the segment is merged (`optimize`). One key look-up."""
    return (
        conn.execute(f"SELECT 1 FROM {schema}.search_data WHERE id >= ? LIMIT 1", (_TOMBSTONE_PAGES,)).fetchone()
        is not None
    )


def drop_unowned_above(conn: sqlite.Connection, schema: str = "main") -> None:
    """Remove the entries whose docids are above every docid `search_rows` gives: no record owns
    them, and the next docid given to a record would otherwise adopt their words (FTS5 adds a
    contentless entry's words to those already under its rowid). Two key look-ups when there
    are none, as in a store negoprep alone wrote."""
    conn.execute(
        f"DELETE FROM {schema}.search WHERE rowid IN (SELECT id FROM {schema}.search_docsize WHERE id > "
        f"(SELECT coalesce(max(docid), 0) FROM {schema}.search_rows))"
    )


def rebuild(conn: sqlite.Connection, schema: str = "main") -> None:
    """Write the whole index anew from the records, in the caller's transaction: every entry
    goes ("delete-all" drops every segment, so no word of an old entry stays in the index),
    `search_rows` keeps the rows of live records (their docids) and nothing else, and each
    record table is indexed as `reindex` indexes it; the index is then merged into one segment."""
    known = [rtype for rtype in chain.present_types(conn) if indexed(conn, rtype, schema)]
    conn.execute(f"INSERT INTO {schema}.search(search) VALUES ('delete-all')")
    names = ", ".join(f"'{rtype.table}'" for rtype in known)  # (the model's own names)
    conn.execute(f"DELETE FROM {schema}.search_rows WHERE table_name NOT IN ({names})")
    for rtype in known:
        conn.execute(
            f"DELETE FROM {schema}.search_rows WHERE table_name = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {schema}.{rtype.table} x WHERE x.id = search_rows.row_id AND x.deleted = 0)",
            (rtype.table,),
        )
    # Merging segments as they are written (FTS5's automerge) would merge the same entries again
    # and again: they are written unmerged and merged once, at the end (a tenth less work at
    # 100,000 records).
    setting = conn.execute(f"SELECT v FROM {schema}.search_config WHERE k = 'automerge'").fetchone()
    conn.execute(f"INSERT INTO {schema}.search(search, rank) VALUES ('automerge', 0)")
    for rtype in known:
        reindex(conn, rtype, None, schema)
    conn.execute(f"INSERT INTO {schema}.search(search) VALUES ('optimize')")
    restored = 4 if setting is None else setting[0]
    conn.execute(f"INSERT INTO {schema}.search(search, rank) VALUES ('automerge', ?)", (restored,))
    if setting is None:
        # as it was: no setting of its own (FTS5's default, 4, which it now holds in memory too)
        conn.execute(f"DELETE FROM {schema}.search_config WHERE k = 'automerge'")


def reindex(conn: sqlite.Connection, rtype: type[model.Record], ids: str | None, schema: str = "main") -> None:
    """Bring the index entries of rows of one table in step with them, in a few statements:
    those whose ids are in the JSON array `ids`, or every row of the table (None). A deleted
    row leaves the index; a live one is written as `entry` writes it. The texts indexed are
    the text fields of the table that it has (an older version's table may lack later ones)."""
    table = rtype.table
    fields = indexed(conn, rtype, schema)
    for name, function in (("np_composed", composed), ("np_grams", grams)):
        # SQLCipher's connections refuse to define a function again while a statement that
        # used it is not yet reset: it is defined already, as this same function
        with contextlib.suppress(sqlite.Error):
            conn.create_function(name, 1, function, deterministic=True)
    chosen = "1" if ids is None else "{c} IN (SELECT value FROM json_each(?))"
    params: tuple[Any, ...] = () if ids is None else (ids,)
    conn.execute(
        f"DELETE FROM {schema}.search WHERE rowid IN (SELECT docid FROM {schema}.search_rows "
        f"WHERE table_name = ? AND {chosen.format(c='row_id')})",
        (table, *params),
    )
    if not fields:
        conn.execute(
            f"DELETE FROM {schema}.search_rows WHERE table_name = ? AND {chosen.format(c='row_id')}", (table, *params)
        )
        return
    conn.execute(
        f"DELETE FROM {schema}.search_rows WHERE table_name = ? AND row_id IN "
        f"(SELECT id FROM {schema}.{table} WHERE deleted = 1 AND {chosen.format(c='id')})",
        (table, *params),
    )
    drop_unowned_above(conn, schema)  # (before new rows are given docids)
    conn.execute(
        f"INSERT OR IGNORE INTO {schema}.search_rows (table_name, row_id) "
        f"SELECT ?, id FROM {schema}.{table} WHERE deleted = 0 AND {chosen.format(c='id')}",
        (table, *params),
    )
    first, *rest = fields
    title = f"np_composed(coalesce(x.{first}, ''))"
    # "\n".join of the non-empty texts, as `entry` writes it
    body = "substr(" + " || ".join(f"coalesce(char(10) || nullif(x.{c}, ''), '')" for c in rest) + ", 2)"
    body = f"np_composed({body})" if rest else "''"
    dossier = "x.id" if rtype is model.Dossier else "x.dossier_id"
    conn.execute(
        f"INSERT INTO {schema}.search (rowid, table_name, row_id, dossier_id, title, body, title_grams, body_grams) "
        f"SELECT docid, ?, id, dossier_id, title, body, np_grams(title), np_grams(body) FROM "
        f"(SELECT r.docid AS docid, x.id AS id, {dossier} AS dossier_id, {title} AS title, {body} AS body "
        f"FROM {schema}.{table} AS x JOIN {schema}.search_rows AS r ON r.table_name = ? AND r.row_id = x.id "
        f"WHERE x.deleted = 0 AND {chosen.format(c='x.id')})",
        (table, table, *params),
    )


class Marker:
    """The words a query matched, marked in the few entries a search shows, as FTS5's
    `snippet` marks them: over an index, in memory, of those entries alone, made and asked
    anew for each search (so the store's own index needs no copy of the texts, and snippets
    cost nothing for the entries found but not shown). One per store, used in its thread."""

    def __init__(self) -> None:
        self._conn: sqlite.Connection | None = None

    def snippets(self, entries: dict[int, tuple[str, str, str, str]], query: str) -> dict[int, tuple[str, str]]:
        """(in title, in body) of each entry (title, body, title_grams, body_grams, as `entry`
        gives them) by its key: the words around the best match, matched words in [ ], "…"
        where text is left out (empty when the query matches nothing of the entry)."""
        if not entries:
            return {}
        if self._conn is None:
            from negoprep.store import engine

            self._conn = engine.connect(":memory:", isolation_level=None)
            self._conn.execute(
                "CREATE VIRTUAL TABLE shown USING fts5(title, body, title_grams, body_grams, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
        conn = self._conn
        conn.execute("BEGIN")
        try:
            conn.executemany(
                "INSERT INTO shown (rowid, title, body, title_grams, body_grams) VALUES (?, ?, ?, ?, ?)",
                ((key, *texts) for key, texts in entries.items()),
            )
            found = {
                row[0]: (row[1], row[2])
                for row in conn.execute(
                    "SELECT rowid, snippet(shown, 0, '[', ']', '…', 12), snippet(shown, 1, '[', ']', '…', 12) "
                    "FROM shown WHERE shown MATCH ?",
                    (query,),
                )
            }
        finally:
            conn.execute("ROLLBACK")  # (the next search starts from an empty index)
        return found

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
