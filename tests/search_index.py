"""What the search index holds, read from its vocabulary: an index that keeps no copy of the
texts (schema version 11) is compared by the words it indexes where, not by its texts."""

from __future__ import annotations

from negoprep.store.engine import sqlite


def index_words(conn: sqlite.Connection) -> list[tuple[int, str, int, str]]:
    """(docid, column, position, word) of every word the index holds, sorted."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, search, instance)")
    try:
        return sorted(conn.execute('SELECT doc, col, "offset", term FROM temp.search_instances'))
    finally:
        conn.execute("DROP TABLE temp.search_instances")
