"""The one door through which revisions are written, and the content hashes that chain them.

Every revision carries two SHA-256 digests (hex):

- `snapshot_hash`: the hash of its snapshot's text, canonical JSON (`snapshot_text`: keys
  sorted, non-ASCII kept, the separators fixed as `", "` and `": "`, as negoprep has always
  written snapshots). From schema version 14 the file keeps that text packed
  (`pack_snapshot`, negoprep.store.packing); the hash is of the text it unpacks to, so no
  hash changed with the packing. Whatever reads a snapshot reads it through
  `unpack_snapshot` (in SQL, `negoprep_snapshot(snapshot)`, which every connection has);
- `digest`: the hash of its id, table, row id, parents, **the parents' digests**, author id,
  time, operation and `snapshot_hash` (`digest`). A revision's digest thus covers its whole
  history: changing one revision changes the digest every later one should have.

An author's row carries `digest` too, of its id and its name (`author_digest`). A person who
renames themselves through negoprep gets a new author digest (their revisions name them by
id, so nothing else changes); a name changed with another program no longer matches.

An export blanks text in tombstones and old snapshots, and a release copy blanks withheld
fields (`negoprep.store.export.blank_fields`). Such a revision keeps its original
`snapshot_hash` and `digest` and lists the blanked fields in `redacted` (a JSON list of field
names); verify accepts it only while every field listed is blank. A revision written on top
of one that lists a field a release copy withheld, and that still holds it blank, lists it
too (`still_withheld`): whoever wrote it never saw the value, and a merge must not take their
blank for an edit (negoprep.store.merge). No hash of a single field is
ever stored: a short value (a walk-away of "10%") would be found from its hash at once.

A hash chain cannot see a cut head: a record rolled back (its newest revisions deleted, its
row set to an older snapshot) or removed with all its history leaves a whole chain. The
one-row table `history_seal` therefore holds the count of all revisions and the XOR of all
their digests, and the same of the authors (`SEAL_TABLE`). `add_revision` keeps it up to date
at O(1) a revision, `copy_revisions` for what it adds and chains anew, `save_author` and
`seal_authors` for the authors; whatever removes or rewrites revisions or authors in bulk (an
export leaving out other dossiers, a migration, a salvage) calls `reseal`. Verify recomputes
both over the whole file (`seal_of`).

What this detects is a file changed by any other program than negoprep (sqlite3, a hex
editor): it is not a signature, and someone who recomputes every digest with this module's
rules is not caught.

Everything that writes revisions calls `add_revision` / `add_revisions` (a new revision,
digests computed here), `copy_revisions` (a merge uniting another file's revisions) or
`rebuild` (a migration or a salvage computing the digests of a whole store). The rows of a
record table must equal the snapshot of their head revision (`mismatched_rows`): a store
migrated from before digests restates the rows that do not (`restate_mismatched`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.release import WITHHOLDABLE, blank_value
from negoprep.store import packing
from negoprep.store.engine import sqlite
from negoprep.store.packing import DamagedSnapshotError, pack_snapshot, unpack_snapshot

__all__ = ["DamagedSnapshotError", "pack_snapshot", "unpack_snapshot"]  # (with what is defined here)

#: The separators of a snapshot's canonical JSON (json.dumps' own defaults, as negoprep wrote them).
SEPARATORS = (", ", ": ")
_FIELDS = "id, table_name, row_id, parents, author_id, at, op, snapshot"
_BATCH = 5_000
#: The schema version from which revision snapshots are packed (negoprep.store.migrations).
PACKED_SNAPSHOTS = 14
#: The namespace of the ids of the revisions that restate a row (the same in every copy).
_RESTATED = uuid.UUID("9b2f0c3e-7d41-5a8e-b6c2-4e45474f4348")
#: bool and JSON columns, as the database module stores them (kept here: it imports this module)
#: Columns stored as 0/1 and read back as bool; columns stored as JSON text.
#: (Derived from the declarations: a column's name means the same in every table.)
BOOL_COLUMNS = frozenset(c.name for rtype in model.RECORD_TYPES for c in rtype.declared() if c.spec.kind == "bool")
JSON_COLUMNS = frozenset(c.name for rtype in model.RECORD_TYPES for c in rtype.declared() if c.spec.kind == "rule")
_BOOL_COLUMNS = BOOL_COLUMNS | {"deleted"}  # (with the tombstone mark, which is bookkeeping)


def snapshot_text(snapshot: dict[str, Any]) -> str:
    """A snapshot as it is stored: canonical JSON."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=SEPARATORS)


def packs(conn: sqlite.Connection) -> bool:
    """Whether this store keeps its snapshots packed (its schema is of version 14 or later)."""
    return conn.execute("PRAGMA user_version").fetchone()[0] >= PACKED_SNAPSHOTS


def stored_snapshot(conn: sqlite.Connection, text: str) -> str | bytes:
    """A snapshot's text as this store keeps it: packed, or as text in a store before version 14."""
    return pack_snapshot(text) if packs(conn) else text


def snapshot_hash(text: str | bytes) -> str:
    """The hash of a stored snapshot's text."""
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()


def digest(
    rev: str,
    table: str,
    row_id: str,
    parents: Sequence[str],
    parent_digests: Sequence[str],
    author_id: str,
    at: str,
    op: str,
    snap_hash: str,
) -> str:
    """The digest of one revision (its parents' digests in the order of its parents)."""
    fields = [rev, table, row_id, list(parents), list(parent_digests), author_id, at, op, snap_hash]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()


def author_digest(author_id: str, name: str) -> str:
    """The digest of an author's row (survives a rename made through negoprep, which writes it anew)."""
    return hashlib.sha256(json.dumps([author_id, name], ensure_ascii=False).encode("utf-8")).hexdigest()


def save_author(conn: sqlite.Connection, author_id: str, name: str, *, rename: bool) -> None:
    """Write an author's row with its digest; with `rename`, an existing row takes the name."""
    insert = _RENAME_AUTHOR if rename else _ADD_AUTHOR
    conn.execute(insert, (author_id, name, author_digest(author_id, name)))
    seal_authors(conn)


_ADD_AUTHOR = "INSERT INTO authors (id, name, digest) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING"
_RENAME_AUTHOR = (
    "INSERT INTO authors (id, name, digest) VALUES (?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, digest = excluded.digest"
)


#: The seal of the history: one row (id 1).
SEAL_TABLE = (
    "CREATE TABLE history_seal (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "revisions INTEGER NOT NULL, revisions_xor TEXT NOT NULL, authors INTEGER NOT NULL, authors_xor TEXT NOT NULL)"
)


#: What each digest is hashed with before it joins the seal: the seal is not a plain XOR of
#: values the file shows, so it cannot be rebuilt without negoprep's own rules (as a digest).
_SEAL_DOMAIN = b"negoprep history seal\x00"


def _xor(acc: int, digests: Iterable[Any]) -> int:
    for made in digests:
        if isinstance(made, str) and made:
            acc ^= int.from_bytes(hashlib.sha256(_SEAL_DOMAIN + made.encode("ascii", "replace")).digest(), "big")
    return acc


def _hex(acc: int) -> str:
    return f"{acc:064x}"


def seal_of(conn: sqlite.Connection, schema: str = "main") -> tuple[int, str, int, str]:
    """(revisions, XOR of their digests, authors, XOR of theirs) as the store holds them now."""
    revisions = authors = 0
    rev_acc = author_acc = 0
    cursor = conn.execute(f"SELECT digest FROM {schema}.revisions")
    while rows := cursor.fetchmany(_BATCH):
        revisions += len(rows)
        rev_acc = _xor(rev_acc, (r[0] for r in rows))
    for (made,) in conn.execute(f"SELECT digest FROM {schema}.authors"):
        authors += 1
        author_acc = _xor(author_acc, (made,))
    return revisions, _hex(rev_acc), authors, _hex(author_acc)


def stored_seal(conn: sqlite.Connection) -> tuple[Any, ...] | None:
    """The seal the store holds (None when it holds no seal row)."""
    row = conn.execute("SELECT revisions, revisions_xor, authors, authors_xor FROM history_seal").fetchall()
    return tuple(row[0]) if len(row) == 1 else None


def _sealed(conn: sqlite.Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_seal'").fetchone()
    return found is not None


def reseal(conn: sqlite.Connection) -> None:
    """Compute the seal anew over the whole store (after revisions or authors were removed or
    rewritten in bulk); nothing when the store's schema predates the seal."""
    if not _sealed(conn):
        return
    conn.execute("DELETE FROM history_seal")
    conn.execute(
        "INSERT INTO history_seal (id, revisions, revisions_xor, authors, authors_xor) VALUES (1, ?, ?, ?, ?)",
        seal_of(conn),
    )


def _seal_revisions(conn: sqlite.Connection, added: int, out: Iterable[str], into: Iterable[str]) -> None:
    """Count `added` more revisions, XOR the digests `out` out of the seal and `into` in."""
    if not _sealed(conn):  # (a store whose schema predates the seal)
        return
    row = conn.execute("SELECT revisions, revisions_xor FROM history_seal WHERE id = 1").fetchone()
    if row is None:  # (a store without its seal row: computed whole)
        reseal(conn)
        return
    acc = _xor(_xor(int(row[1], 16), out), into)
    conn.execute("UPDATE history_seal SET revisions = ?, revisions_xor = ? WHERE id = 1", (row[0] + added, _hex(acc)))


def seal_authors(conn: sqlite.Connection) -> None:
    """Compute the authors' part of the seal anew (a store has few authors)."""
    if not _sealed(conn):
        return
    if conn.execute("SELECT 1 FROM history_seal WHERE id = 1").fetchone() is None:
        reseal(conn)
        return
    digests = [r[0] for r in conn.execute("SELECT digest FROM authors")]
    conn.execute(
        "UPDATE history_seal SET authors = ?, authors_xor = ? WHERE id = 1", (len(digests), _hex(_xor(0, digests)))
    )


def _parents(conn: sqlite.Connection, parents: Sequence[str]) -> tuple[list[str], set[str]]:
    """The parents' digests (in the order of the parents) and the fields every one of them
    lists as redacted (a merge of a withheld blank with a value, or with a blank someone
    wrote, holds what was written)."""
    found: list[str] = []
    withheld: set[str] | None = None
    for parent in parents:  # (one primary-key lookup each: a revision has one parent, or two)
        row = conn.execute("SELECT digest, redacted FROM revisions WHERE id = ?", (parent,)).fetchone()
        found.append(row[0] if row is not None else "")
        listed = set(json.loads(row[1])) if row is not None and row[1] != "[]" else set()
        withheld = listed if withheld is None else withheld & listed
    return found, withheld or set()


def still_withheld(table: str, snapshot: dict[str, Any], parents_withheld: set[str]) -> list[str]:
    """The fields a new revision holds blank only because a release copy withheld them: a
    field some release policy withholds, listed as redacted by its parents, and still blank
    here (whoever writes the revision never saw its value). A value typed into it is no
    longer withheld, and a blank written after such a value is a real edit."""
    names = WITHHOLDABLE.get(table)
    if not names or not parents_withheld:
        return []
    rtype = model.BY_TABLE[table]
    return sorted(
        name
        for name in names & parents_withheld
        if snapshot.get(name, blank_value(rtype, name)) == blank_value(rtype, name)
    )


def add_revision(
    conn: sqlite.Connection,
    rev: str,
    table: str,
    row_id: str,
    parents: Sequence[str],
    author_id: str,
    at: str,
    op: str,
    snapshot: dict[str, Any],
    *,
    ignore: bool = False,
    chained: bool = True,
) -> None:
    """Write one new revision with its digests, and count it in the seal. `ignore`: a
    revision of that id already there is kept (a merge or a migration made the same one
    before). `chained=False` is for the migration steps of schema versions before digests
    (`rebuild` computes them, and the seal, later)."""
    made = _write_revision(conn, rev, table, row_id, parents, author_id, at, op, snapshot, ignore, chained)
    if made is not None:
        _seal_revisions(conn, 1, (), (made,))


def _write_revision(
    conn: sqlite.Connection,
    rev: str,
    table: str,
    row_id: str,
    parents: Sequence[str],
    author_id: str,
    at: str,
    op: str,
    snapshot: dict[str, Any],
    ignore: bool,
    chained: bool,
) -> str | None:
    """Insert one revision; its digest when a chained one was written (None otherwise)."""
    text = snapshot_text(snapshot)
    stored = stored_snapshot(conn, text)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    parents_text = json.dumps(list(parents))
    if not chained:
        conn.execute(
            f"{verb} INTO revisions ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rev, table, row_id, parents_text, author_id, at, op, stored),
        )
        return None
    snap = snapshot_hash(text)
    digests, withheld = _parents(conn, parents)
    made = digest(rev, table, row_id, parents, digests, author_id, at, op, snap)
    redacted = json.dumps(still_withheld(table, snapshot, withheld))
    written = conn.execute(
        f"{verb} INTO revisions ({_FIELDS}, snapshot_hash, digest, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rev, table, row_id, parents_text, author_id, at, op, stored, snap, made, redacted),
    ).rowcount
    return made if written == 1 else None


def add_revisions(conn: sqlite.Connection, revisions: Iterable[tuple[Any, ...]], *, ignore: bool = False) -> None:
    """Write new revisions, each (id, table, row id, parents, author id, time, operation,
    snapshot), and count them in the seal at once."""
    made = []
    for rev, table, row_id, parents, author_id, at, op, snapshot in revisions:
        written = _write_revision(conn, rev, table, row_id, parents, author_id, at, op, snapshot, ignore, True)
        if written is not None:
            made.append(written)
    if made:
        _seal_revisions(conn, len(made), (), made)


def copy_revisions(conn: sqlite.Connection, source: str) -> int:
    """Unite the revisions of the attached, verified file `source` with mine: those I lack
    are copied with their hashes, their redactions and their authors. Where a parent's digest
    here differs from the file's (the same merge, made on two machines by two people, is one
    revision id with two authors), the revisions above it are chained anew onto mine, so the
    store's own chain stays whole. A snapshot the file holds as text (a file of a version
    before 14) is packed as it is copied into a store that packs. Returns how many were added."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS chain_new (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.chain_new")
    conn.execute(
        f"INSERT INTO temp.chain_new SELECT id FROM {source}.revisions AS s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.revisions AS m WHERE m.id = s.id)"
    )
    added = conn.execute(
        f"INSERT INTO main.revisions ({_FIELDS}, snapshot_hash, digest, redacted) "
        f"SELECT {_FIELDS.removesuffix('snapshot')}{_PACKED_SQL if packs(conn) else text_sql()}, "
        f"snapshot_hash, digest, redacted FROM {source}.revisions "
        "WHERE id IN (SELECT id FROM temp.chain_new)"
    ).rowcount
    _seal_revisions(
        conn,
        max(added, 0),
        (),
        (r[0] for r in conn.execute("SELECT digest FROM main.revisions WHERE id IN (SELECT id FROM temp.chain_new)")),
    )
    # the new revisions with a parent whose digest here is not the file's
    moved = {
        row[0]
        for row in conn.execute(
            f"SELECT s.id FROM {source}.revisions AS s, json_each(s.parents) AS j "
            f"JOIN main.revisions AS m ON m.id = j.value JOIN {source}.revisions AS p ON p.id = j.value "
            "WHERE s.id IN (SELECT id FROM temp.chain_new) AND m.digest IS NOT p.digest"
        )
    }
    if moved:
        new = [
            (rev, parents)
            for rev, parents in conn.execute(
                "SELECT id, parents FROM main.revisions WHERE id IN (SELECT id FROM temp.chain_new)"
            )
        ]
        children: dict[str, list[str]] = {}
        for rev, parents in new:
            for parent in json.loads(parents):
                children.setdefault(parent, []).append(rev)
        stack = list(moved)
        while stack:  # every new revision above one that moved moves too
            for child in children.get(stack.pop(), ()):
                if child not in moved:
                    moved.add(child)
                    stack.append(child)
        _rechain(conn, sorted(moved))
    conn.execute("DELETE FROM temp.chain_new")
    return max(added, 0)


def text_sql(column: str = "snapshot", *, lenient: bool = False) -> str:
    """A revision's snapshot's text, in SQL: a text snapshot as it is, a packed one unpacked
    (the function is called for packed ones only). One that cannot be unpacked fails the
    statement as damage (negoprep.store.packing), or, `lenient` (for judging a file), is NULL."""
    function = packing.SQL_LENIENT_FUNCTION if lenient else packing.SQL_FUNCTION
    return f"(CASE WHEN typeof({column}) = 'blob' THEN {function}({column}) ELSE {column} END)"


def damaged_snapshots(conn: sqlite.Connection, *, limit: int = 20) -> list[str]:
    """The revisions whose snapshot is damaged (cannot be unpacked, is no JSON object, or
    holds another record than its row: `packing.snapshot_fault`), each in a line naming it.
    Every snapshot is read: about 0.85 s for 100,000 revisions, as long as SQLite's own
    integrity check of such a store. Empty for a file that keeps no revisions."""
    conn.create_function("negoprep_snapshot_fault", 2, packing.snapshot_fault, deterministic=True)
    try:
        rows = conn.execute(
            "SELECT id, table_name, row_id, negoprep_snapshot_fault(snapshot, row_id) FROM revisions "
            "WHERE negoprep_snapshot_fault(snapshot, row_id) IS NOT NULL LIMIT ?",
            (limit,),
        ).fetchall()
    except sqlite.OperationalError as exc:
        if "no such table" in str(exc) or "no such column" in str(exc):
            return []
        raise
    said = translate("store", "revision {id} of {table} {row}: {problem}")
    return [said.format(id=rev, table=table, row=row_id, problem=problem) for rev, table, row_id, problem in rows]


#: A revision's snapshot packed, in SQL (whether the file holds it as text or packed already).
_PACKED_SQL = "CASE WHEN typeof(snapshot) = 'text' THEN negoprep_pack_snapshot(snapshot) ELSE snapshot END"
#: A revision's snapshot's text, in SQL, as its hash is computed (the bytes a text snapshot is).
HASHED_SQL = "CASE WHEN typeof(snapshot) = 'blob' THEN negoprep_snapshot(snapshot) ELSE CAST(snapshot AS BLOB) END"


def _in_order(conn: sqlite.Connection, ids: Sequence[str] | None) -> Iterator[tuple[Any, ...]]:
    """The revisions (all, or these) with what a digest covers, each after its parents among them."""
    where = "" if ids is None else "WHERE id IN (SELECT value FROM json_each(?))"
    params = () if ids is None else (json.dumps(list(ids)),)
    rows = {
        r[0]: r
        for r in conn.execute(
            f"SELECT id, table_name, row_id, parents, author_id, at, op, snapshot_hash FROM revisions {where}", params
        )
    }
    done: set[str] = set()
    for start in rows:
        if start in done:
            continue
        stack = [start]
        while stack:
            rev = stack[-1]
            waiting = [p for p in json.loads(rows[rev][3]) if p in rows and p not in done and p not in stack]
            if waiting:
                stack.extend(waiting)
                continue
            stack.pop()
            if rev not in done:
                done.add(rev)
                yield rows[rev]


def _rechain(conn: sqlite.Connection, ids: Sequence[str] | None) -> None:
    """Compute the digests of these revisions (or all) again, parents first, and the seal
    with them (for these: their old digests out, their new ones in; for all: anew)."""
    known: dict[str, str] = {}
    batch: list[tuple[str, str]] = []
    old: list[str] = []
    if ids is not None:
        old = [
            r[0]
            for r in conn.execute(
                "SELECT digest FROM revisions WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)
            )
        ]
    new: list[str] = []
    for rev, table, row_id, parents_text, author_id, at, op, snap in _in_order(conn, ids):
        parents = json.loads(parents_text)
        digests = []
        for parent in parents:
            if parent not in known:
                found = conn.execute("SELECT digest FROM revisions WHERE id = ?", (parent,)).fetchone()
                known[parent] = found[0] if found is not None else ""
            digests.append(known[parent])
        known[rev] = digest(rev, table, row_id, parents, digests, author_id, at, op, snap)
        batch.append((known[rev], rev))
        if ids is not None:
            new.append(known[rev])
        if len(batch) >= _BATCH:
            conn.executemany("UPDATE revisions SET digest = ? WHERE id = ?", batch)
            batch.clear()
    conn.executemany("UPDATE revisions SET digest = ? WHERE id = ?", batch)
    if ids is None:
        reseal(conn)
    elif _sealed(conn):
        _seal_revisions(conn, 0, old, new)


def rebuild(conn: sqlite.Connection) -> None:
    """Compute every digest of a store anew: the authors', the snapshot hash of every
    revision not redacted (a redacted one keeps the hash of what it held), then the chain."""
    conn.create_function("negoprep_sha256", 1, snapshot_hash, deterministic=True)
    conn.create_function("negoprep_author_digest", 2, author_digest, deterministic=True)
    conn.execute("UPDATE authors SET digest = negoprep_author_digest(id, name)")  # (sealed by _rechain's reseal)
    conn.execute(
        f"UPDATE revisions SET snapshot_hash = negoprep_sha256({HASHED_SQL}) "
        "WHERE redacted = '[]' OR snapshot_hash = ''"
    )
    _rechain(conn, None)


# --- rows against their head revision -------------------------------------------------------


def _same(column: str, row_value: Any, snapshot: dict[str, Any]) -> bool:
    if column not in snapshot:
        return False
    kept = snapshot[column]
    if column in _BOOL_COLUMNS:
        return isinstance(kept, bool | int) and isinstance(row_value, int) and bool(kept) == bool(row_value)
    if column in JSON_COLUMNS:
        try:
            value = json.loads(row_value) if isinstance(row_value, str) else row_value
            kept = json.loads(kept) if isinstance(kept, str) else kept
        except ValueError:
            return False
        return bool(value == kept)
    if isinstance(kept, bool) or isinstance(row_value, bool):
        return False
    if isinstance(kept, int | float) and isinstance(row_value, int | float):
        return float(kept) == float(row_value)
    return type(kept) is type(row_value) and bool(kept == row_value)


def _as_snapshot_text(row: dict[str, Any]) -> str | None:
    """The snapshot a row's head revision holds when negoprep wrote both (None when the row
    holds what no snapshot can)."""
    held: dict[str, Any] = {}
    for name, value in row.items():
        if name == "rev":
            continue
        if name in _BOOL_COLUMNS:
            value = bool(value)
        elif name in JSON_COLUMNS and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return None
        held[name] = value
    try:
        return snapshot_text(held)
    except (TypeError, ValueError):  # bytes, or a number JSON cannot write
        return None


def differing_field(row: dict[str, Any], snapshot_text_: str | None) -> str | None:
    """The first field (by column) in which a row differs from its head revision's snapshot;
    "rev" when it has no readable head revision; None when they agree."""
    if snapshot_text_ is None:
        return "rev"
    if _as_snapshot_text(row) == snapshot_text_:  # (the usual case, and the quick one)
        return None
    try:
        snapshot = json.loads(snapshot_text_)
    except ValueError:
        return "rev"
    if not isinstance(snapshot, dict):
        return "rev"
    for column, value in row.items():
        if column != "rev" and not _same(column, value, snapshot):
            return column
    extra = set(snapshot) - set(row)
    return min(extra) if extra else None


def _snapshot_sql(conn: sqlite.Connection, table: str) -> str:
    """SQL that writes a row of `table` as `snapshot_text` writes its snapshot (keys sorted,
    the same separators and string escapes). Numbers SQL writes with fewer digits, and JSON
    columns, may differ from Python's text: such rows are compared field by field."""
    columns = sorted(row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "rev")
    parts = []
    for column in columns:
        if column in _BOOL_COLUMNS:
            value = f"CASE t.{column} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END"
        else:
            value = f"json_quote(t.{column})"
        parts.append(f"'{json.dumps(column)}: ' || {value}")
    return "'{' || " + " || ', ' || ".join(parts) + " || '}'"


def mismatched_rows(
    conn: sqlite.Connection, rtype: type[model.Record], *, limit: int | None = None, check: Any = None
) -> list[tuple[str, str]]:
    """(id, field) of the rows of a record table that differ from their head revision's
    snapshot, in rowid order (at most `limit`). SQL finds the rows whose text differs from
    the snapshot's; each is then compared field by field. `check` is called between batches."""
    table = rtype.table
    head = text_sql("r.snapshot")
    cursor = conn.execute(
        f"SELECT t.*, {head} AS negoprep_head FROM {table} AS t "
        "LEFT JOIN revisions AS r ON r.id = t.rev AND r.table_name = ? AND r.row_id = t.id "
        f"WHERE {head} IS NOT ({_snapshot_sql(conn, table)}) ORDER BY t.rowid",
        (table,),
    )
    names = [d[0] for d in cursor.description][:-1]
    found: list[tuple[str, str]] = []
    while rows := cursor.fetchmany(_BATCH):
        if check is not None:
            check()
        for values in rows:
            row = dict(zip(names, values[:-1], strict=True))
            field = differing_field(row, values[-1])
            if field is not None:
                found.append((row["id"], field))
                if limit is not None and len(found) >= limit:
                    return found
    return found


def present_types(conn: sqlite.Connection) -> list[type[model.Record]]:
    """The record types whose tables a store has (a migration step runs before later steps
    add theirs), in `model.RECORD_TYPES` order."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [rtype for rtype in model.RECORD_TYPES if rtype.table in tables]


def restate_mismatched(conn: sqlite.Connection, author_id: str, author_name: str) -> int:
    """Give every row that differs from its head revision's snapshot a revision holding what
    the row holds, by `author_id` (negoprep itself, in a migration). Its id and time depend
    only on the row's head and content, so that two copies restated alike agree. Returns how
    many rows were restated."""
    restated = 0
    for rtype in present_types(conn):
        ids = [row_id for row_id, _ in mismatched_rows(conn, rtype)]
        for row_id in ids:
            if not restated:
                save_author(conn, author_id, author_name, rename=False)
            cursor = conn.execute(f"SELECT * FROM {rtype.table} WHERE id = ?", (row_id,))
            names = [d[0] for d in cursor.description]
            row = dict(zip(names, cursor.fetchone(), strict=True))
            head = row["rev"]
            known = conn.execute("SELECT at FROM revisions WHERE id = ?", (head,)).fetchone()
            at = known[0] if known is not None else row["updated_at"]
            row.update(updated_at=at, author_id=author_id)
            snapshot: dict[str, Any] = {}
            for name, value in row.items():
                if name == "rev":
                    continue
                if name in _BOOL_COLUMNS:
                    value = bool(value)
                elif name in JSON_COLUMNS and isinstance(value, str):
                    value = json.loads(value)
                snapshot[name] = value
            rev = str(uuid.uuid5(_RESTATED, f"{head}\n{snapshot_text(snapshot)}"))
            parents = [head] if known is not None else []
            op = "delete" if row["deleted"] else "update"
            add_revision(conn, rev, rtype.table, row_id, parents, author_id, at, op, snapshot, ignore=True)
            conn.execute(
                f"UPDATE {rtype.table} SET rev = ?, updated_at = ?, author_id = ? WHERE id = ?",
                (rev, at, author_id, row_id),
            )
            restated += 1
    return restated
