"""A revision's snapshot read or changed in a store file as another program would change it
(the tests of verify, merge and tampering), whether the file keeps it packed
(negoprep.store.packing, schema version 14) or as text (older files).

    conn = revision_edit.connect(path)          # sqlite3, with the snapshot functions
    forged = edited("json_set(snapshot, '$.title', 'X')")
    conn.execute(f"UPDATE revisions SET snapshot = {forged} WHERE ...")
    conn.execute("SELECT negoprep_snapshot(snapshot) FROM revisions ...")  # the text
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from pathlib import Path
from typing import Any

from negoprep.store import engine, packing

#: `snapshot` the column, not a part of another name (snapshot_hash) nor another table's (v.snapshot)
_COLUMN = re.compile(r"(?<![.\w])snapshot\b")


def functions(conn: Any) -> Any:
    """Give a plain SQLite connection the functions every negoprep connection has:
    `negoprep_snapshot(x)` (a snapshot's text) and `negoprep_pack_snapshot(text)`; and
    `as_stored(old, text)`, which `edited` writes with."""
    conn.create_function(packing.SQL_FUNCTION, 1, packing.snapshot_sql, deterministic=True)
    conn.create_function("negoprep_pack_snapshot", 1, packing.pack_snapshot, deterministic=True)
    conn.create_function("as_stored", 2, _as_stored, deterministic=True)
    return conn


def _as_stored(old: object, raw: object) -> object:
    """`raw` (the bytes of the new text) as the file kept `old`: packed where it was packed,
    else text. Bytes that are not UTF-8 (a hostile value written into the JSON) are packed
    as they are, or stay a BLOB: either way what verify must refuse."""
    if not isinstance(raw, bytes):
        return raw
    if isinstance(old, bytes):
        packer = zlib.compressobj(6, zlib.DEFLATED, -13, 8, zlib.Z_DEFAULT_STRATEGY, packing.DICTIONARY_1)
        return bytes((packing.PACKED_1,)) + packer.compress(raw) + packer.flush()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


def connect(path: Path | str, **kwargs: Any) -> sqlite3.Connection:
    """A connection to a store file from this negoprep's SQLite (it reads the search index),
    with `functions`: no negoprep code in the way of what it changes."""
    return functions(engine.connect(path, **kwargs))


def edited(expression: str) -> str:
    """SQL for `SET snapshot = …`: `expression`, written over `snapshot` as JSON text (as
    `json_set(snapshot, '$.title', 'Forged')`), applied to the snapshot's text and stored as
    the file keeps it (packed again where it was packed)."""
    over_text = _COLUMN.sub("negoprep_snapshot(snapshot)", expression)
    return f"as_stored(snapshot, CAST(({over_text}) AS BLOB))"


def text_of(value: str | bytes) -> str:
    """A snapshot's text from what the file holds."""
    return packing.unpack_snapshot(value)


def bytes_and_snapshots(path: Path) -> bytes:
    """A store file's bytes, and after them the text of every revision's snapshot: what a
    search for a word left in the file must look through (packed text hides it from the bytes)."""
    conn = connect(f"file:{path}?mode=ro", uri=True)
    try:
        texts = [row[0] or "" for row in conn.execute("SELECT negoprep_snapshot(snapshot) FROM revisions")]
    finally:
        conn.close()
    return path.read_bytes() + "\n".join(texts).encode("utf-8")
