"""Automatic backups of a store, and the way back from a damaged one.

Backups live in a folder beside the store (`<stem>-backups/`): one a day (the first time the app
opens the store for writing that day), one before every migration and one before every merge.
Each is written under a temporary name and renamed only when complete, so a backup cut off
half-way never sits under a real backup's name; what a dead process left half-written is
removed the next time. Old backups are pruned by count, age and size, always keeping the newest.

A damaged store is never opened silently: `check_integrity` says what is wrong, `restore` puts
the latest backup in its place (the damaged file is kept aside, renamed, never deleted), and
`salvage` reads what can still be read into a new store. A store whose search index does not
match its records has it written anew (`mend_search_index`: the index is derived data).

Nothing here opens a live store file except through SQLite: copies go through SQLite's backup
API, and moving files is a rename.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from negoprep import filenames, tempfiles
from negoprep.errors import StoreError
from negoprep.i18n import translate
from negoprep.store import engine, packing
from negoprep.store.engine import sqlite

KEEP_COUNT = 20
KEEP_DAYS = 60
KEEP_BYTES = 2 * 2**30
PARTIAL = ".partial"
SIDECARS = ("-wal", "-shm", "-journal")

_NAME = re.compile(
    r"^(?P<kind>daily|pre-merge|pre-encrypt|pre-decrypt|v\d+-backup)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?$"
)


def backup_folder(store_path: Path) -> Path:
    """The folder beside a store that holds its automatic backups."""
    return store_path.with_name(f"{store_path.stem}-backups")


@dataclass(frozen=True)
class Backup:
    """One complete automatic backup of a store."""

    path: Path
    kind: str  # "daily", "pre-merge", "pre-encrypt", "pre-decrypt" or "vN-backup" (before migrating from N)
    taken: datetime  # UTC
    seq: int = 1  # the second backup taken within the same second is "…Z-2"

    @property
    def label(self) -> str:
        """When it was taken, as a person reads it (local time)."""
        return self.taken.astimezone().strftime("%Y-%m-%d %H:%M")


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def _parse(store_path: Path, name: str) -> re.Match[str] | None:
    """The kind, time and sequence number in a backup's name `<stem>.<kind>-<time>[-n]<suffix>`,
    read from both ends: a store's name may hold dots of its own, or have no suffix at all."""
    head, tail = f"{store_path.stem}.", store_path.suffix
    if PARTIAL in name or not name.startswith(head) or not name.endswith(tail):
        return None
    return _NAME.match(name[len(head) : len(name) - len(tail)])


def backups(store_path: Path) -> list[Backup]:
    """Every complete backup of a store, oldest first (by time, then sequence number)."""
    folder = backup_folder(store_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _parse(store_path, name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(Backup(folder / name, match["kind"], taken, int(match["seq"] or 1)))
    return sorted(found, key=lambda b: (b.taken, b.seq, b.kind))


def latest_backup(store_path: Path) -> Backup | None:
    """The newest complete backup of a store, if any."""
    found = backups(store_path)
    return found[-1] if found else None


def backup_target(store_path: Path, kind: str, when: datetime | None = None) -> Path:
    """Where a new backup of that kind goes (in the backups folder, never over another)."""
    folder = backup_folder(store_path)
    stamp = _stamp(when or datetime.now(UTC))
    target = folder / f"{store_path.stem}.{kind}-{stamp}{store_path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{store_path.stem}.{kind}-{stamp}-{n}{store_path.suffix}"
    return target


def _partial_name(target: Path) -> Path:
    return filenames.partial_path(target, f"{socket.gethostname()}-{os.getpid()}", PARTIAL)


def copy_database(conn: sqlite.Connection, target: Path) -> None:
    """A consistent, self-contained copy of an open database at `target`, through SQLite's
    backup API (a raw file copy could miss the WAL), written under a temporary name first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial_name(target)
    try:
        # a copy of an encrypted store is encrypted with the same key: SQLCipher copies pages
        # only between databases keyed alike, and plaintext must not leave the store this way
        dest = engine.connect(partial, key=engine.key_of(conn), isolation_level=None)
        try:
            # written without SQLite's syncs (a partial file is thrown away, never used), then
            # synced once, whole, before it gets its name: as durable, in less time
            dest.execute("PRAGMA synchronous = OFF")
            conn.backup(dest)
            # a backup needs no -wal or -shm beside it: it reads as one file, even on read-only media
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _sync(partial)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, *(Path(f"{partial}{s}") for s in SIDECARS)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _sync(path: Path) -> None:
    """Make the file's bytes durable (a private file: no connection of it is open)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(conn: sqlite.Connection, store_path: Path, kind: str) -> Path:
    """Take a backup of the store open on `conn`; returns where it went."""
    remove_leftovers(store_path)
    target = backup_target(store_path, kind)
    try:
        copy_database(conn, target)
    except OSError as exc:
        raise StoreError(
            translate("backups", "the backup of {store_path} could not be written to {parent}: {error}").format(
                store_path=store_path, parent=target.parent, error=exc.strerror
            )
        ) from exc
    prune(store_path)
    return target


def remove_leftovers(store_path: Path, *, older_than: timedelta = timedelta(days=1)) -> list[Path]:
    """Remove half-written backups whose writer is gone (a process of this computer that no
    longer runs, or anything left for a day)."""
    folder = backup_folder(store_path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    host = socket.gethostname()
    removed = []
    for name in names:
        if PARTIAL not in name:
            continue
        path = folder / name
        writer = re.search(r"\.([^.]+)-(\d+)\.partial", name)
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            continue
        dead = writer is not None and writer[1] == host and not tempfiles.alive(int(writer[2]))
        if dead or age > older_than.total_seconds():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def prune(
    store_path: Path, *, keep_count: int = KEEP_COUNT, keep_days: int = KEEP_DAYS, keep_bytes: int = KEEP_BYTES
) -> list[Path]:
    """Remove the oldest backups beyond the caps (count, age, total size); the newest always stays.
    Once one backup is over a cap, every older one goes too: a large recent backup is never
    given up to keep smaller older ones."""
    found = backups(store_path)
    if not found:
        return []
    cutoff = datetime.now(UTC) - timedelta(days=keep_days)
    older = list(reversed(found[:-1]))  # newest first
    total = size_of(found[-1].path)
    keep = 0
    while keep < len(older) and keep + 1 < keep_count and older[keep].taken >= cutoff:
        total += size_of(older[keep].path)
        if total > keep_bytes:
            break
        keep += 1
    removed = []
    for backup in older[keep:]:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def size_of(path: Path | str) -> int:
    """A file's size in bytes; 0 when there is no such file or it cannot be looked at."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def needs_daily_backup(store_path: Path, today: datetime | None = None) -> bool:
    """Whether no backup of the store was taken today (a listing of the backups folder)."""
    latest = latest_backup(store_path)
    day = (today or datetime.now(UTC)).astimezone().date()
    return latest is None or latest.taken.astimezone().date() != day


def daily_backup(store_path: Path) -> Path | None:
    """The day's backup, if none was taken today; read through its own read-only connection,
    so it may run beside the app's own (e.g. in a background thread)."""
    if not needs_daily_backup(store_path):
        return None
    conn = _reader(store_path)
    try:
        return write_backup(conn, store_path, "daily")
    finally:
        conn.close()


def _reader(path: Path) -> sqlite.Connection:
    """A connection that only reads, opened as the store itself opens one: a WAL store on a
    read-only disk cannot have its -shm made beside it, and is then read as immutable."""
    from negoprep.store import connection  # it imports this module

    try:
        return connection.read_only_connection(path)
    except sqlite.Error as exc:
        if not _damage(exc):
            raise
    # a damaged file still reads in part, table by table: what the check and the salvage need
    return engine.connect(
        f"{path.resolve().as_uri()}?mode=ro", key=engine.key_for(path), uri=True, isolation_level=None
    )


def _damage(exc: sqlite.Error) -> bool:
    from negoprep.store import connection

    return connection.is_damage(exc)


# --- a damaged store --------------------------------------------------------------------------------


def check_integrity(store_path: Path, *, limit: int = 20) -> list[str]:
    """What is wrong in a store file (empty: nothing): what SQLite's full integrity check
    finds (not the quick one: it misses a broken index), then every revision whose snapshot
    is damaged (chain.damaged_snapshots: SQLite sees a damaged packed snapshot as a value
    like any other; reading them all takes about 0.85 s for 100,000 revisions, off the GUI
    thread). Only damage is reported: a file that cannot be read for another reason (locked,
    not allowed, cut off from its -wal) raises a StoreError saying so."""
    from negoprep.store import chain, connection

    try:
        conn = _reader(store_path)
        try:
            rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
            problems = [str(row[0]) for row in rows]
            if problems == ["ok"]:
                problems = chain.damaged_snapshots(conn, limit=limit)
        finally:
            conn.close()
    except sqlite.Error as exc:
        if _damage(exc):
            return [connection.problem_of(exc)]
        raise StoreError(connection.user_message(exc, store_path)) from exc
    return problems


def mend_search_index(store_path: Path, *, wait: float = 5.0) -> bool:
    """Write the store's full-text index anew from its records when it does not correspond one
    to one with them (negoprep.store.search_text.agrees: an entry no record owns, a record with
    no entry, an emptied index), noting it in the log; returns whether it was written anew. The
    index is derived data: nothing is lost. The test is a few counts (about 60 ms at 100,000
    records); the rebuild (seconds at that size) holds the store's write lock, so this runs off
    the GUI thread. A store that cannot be written (read-only, or busy past `wait` seconds) is
    left as it is: the next check tries again. Raises StoreError where the store cannot be read."""
    from negoprep import paths
    from negoprep.store import connection, search_text

    reader = _reader(store_path)
    try:
        if search_text.agrees(reader):
            return False
    finally:
        reader.close()
    conn, readonly = connection.connect(store_path, create=False)
    try:
        if readonly:
            return False
        try:
            connection.begin_immediate(conn, store_path, seconds=wait)
        except StoreError:
            return False
        try:
            if search_text.agrees(conn):  # (another program mended it meanwhile)
                conn.execute("ROLLBACK")
                return False
            search_text.rebuild(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    paths.log_note(f"the search index of {store_path} did not match its records: written anew")  # untranslated: log
    return True


def _aside(store_path: Path, kind: str) -> Path:
    stamp = _stamp(datetime.now(UTC))
    target = store_path.with_name(f"{store_path.stem}.{kind}-{stamp}{store_path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = store_path.with_name(f"{store_path.stem}.{kind}-{stamp}-{n}{store_path.suffix}")
    return target


def put_aside(store_path: Path) -> Path:
    """Rename a damaged store (with its -wal/-shm/-journal, which belong to it) out of the way;
    returns its new name. Nothing is deleted."""
    target = _aside(store_path, "damaged")
    try:
        os.rename(store_path, target)
        for sidecar in SIDECARS:
            with contextlib.suppress(FileNotFoundError):
                os.rename(f"{store_path}{sidecar}", f"{target}{sidecar}")
    except OSError as exc:
        raise StoreError(
            translate("backups", "{store_path} could not be set aside: {error}").format(
                store_path=store_path, error=exc.strerror
            )
        ) from exc
    return target


def restore(store_path: Path, backup: Backup | Path) -> Path:
    """Put a backup in the place of a damaged store (closed by the caller first). The damaged
    file is kept aside under a new name, which is returned."""
    source = backup.path if isinstance(backup, Backup) else backup
    problems = check_integrity(source)
    if problems:
        raise StoreError(
            translate("backups", "the backup {source} is damaged too ({problem})").format(
                source=source, problem=problems[0]
            )
        )
    aside = put_aside(store_path)
    conn = _reader(source)
    try:
        copy_database(conn, store_path)
    except (OSError, sqlite.Error) as exc:
        raise StoreError(
            translate("backups", "{source} could not be copied to {store_path}: {error}").format(
                source=source, store_path=store_path, error=exc
            )
        ) from exc
    finally:
        conn.close()
    return aside


@dataclass
class SalvageReport:
    """What a salvage kept and what it could not read."""

    target: Path
    kept: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)  # table: what SQLite said
    orphans: dict[str, int] = field(default_factory=dict)  # rows dropped: their parent was lost
    mended: int = 0  # rows whose latest revision was lost, given one anew from the row itself
    lost_revisions: int = 0  # revisions whose snapshot was damaged: that change's history is lost

    def summary(self) -> str:
        kept = sum(self.kept.values())
        parts = [translate("backups", "{kept} rows kept in {target}").format(kept=kept, target=self.target)]
        if self.unreadable:
            parts.append(
                translate("backups", "could not read all of {tables}").format(tables=", ".join(sorted(self.unreadable)))
            )
        if self.orphans:
            parts.append(
                translate("backups", "{count} rows left out whose parent was lost").format(
                    count=sum(self.orphans.values())
                )
            )
        if self.lost_revisions:
            parts.append(
                translate("backups", "{count} revisions left out whose snapshot was damaged").format(
                    count=self.lost_revisions
                )
            )
        if self.mended:
            parts.append(
                translate("backups", "{mended} rows given their history back from what they hold now").format(
                    mended=self.mended
                )
            )
        return "; ".join(parts)


def salvage(damaged: Path, target: Path | None = None) -> SalvageReport:
    """Read every table of a damaged store row by row and load what reads into a new store
    (`<stem>.salvaged-<time>.db` beside it unless named). The damaged file is not changed."""
    from negoprep.store.connection import connect  # the store's own creation, schema and all

    target = target or _aside(damaged, "salvaged")
    report = SalvageReport(target)
    source = _reader(damaged)
    key = engine.key_of(source)
    if key is not None:
        engine.remember(target, key)  # what is saved of an encrypted store stays encrypted
    try:
        conn, _ = connect(target, create=True)
        try:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND name != 'search' AND name NOT LIKE 'search_%'"
                )
            ]
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table in tables:
                    _salvage_table(source, conn, table, report)
                _drop_orphans(conn, report)
                _mend_history(conn, report)
                _reindex(conn, target)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("PRAGMA foreign_keys = ON")
        finally:
            conn.close()
    finally:
        source.close()
    return report


def _salvage_table(source: sqlite.Connection, dest: sqlite.Connection, table: str, report: SalvageReport) -> None:
    wanted = [row[1] for row in dest.execute(f"PRAGMA table_info({table})")]
    try:
        there = {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
    except sqlite.DatabaseError as exc:
        report.unreadable[table] = str(exc)
        return
    columns = [c for c in wanted if c in there]
    if not columns:
        return
    names = ", ".join(columns)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    after, kept, skips = None, 0, 0
    while True:
        where = "" if after is None else "WHERE rowid > ?"
        params = () if after is None else (after,)
        try:
            for row in source.execute(f"SELECT rowid, {names} FROM {table} {where} ORDER BY rowid", params):
                after = row[0]
                dest.execute(insert, row[1:])
                kept += 1
            break
        except sqlite.DatabaseError as exc:
            report.unreadable.setdefault(table, str(exc))
            skips += 1
            if skips > 64:
                break
            # step over the unreadable part, further each time it goes on being unreadable
            after = (after or 0) + 2**skips
    report.kept[table] = kept


def _drop_orphans(conn: sqlite.Connection, report: SalvageReport) -> None:
    for _ in range(10):  # a dropped row may orphan its own children in turn
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, _fk in problems:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            report.orphans[table] = report.orphans.get(table, 0) + 1
            report.kept[table] = report.kept.get(table, 0) - 1


def _mend_history(conn: sqlite.Connection, report: SalvageReport) -> None:
    """Make the salvaged history whole, as every store's must be (and verify checks): the
    revisions of rows that were lost go, parents that were lost are forgotten, authors that
    were lost come back under their id, and a row whose latest revision was lost gets a new
    one holding what the row holds now (its earlier history, where it was read, stays)."""
    import json
    import uuid

    from negoprep.records import model
    from negoprep.store import chain, migrations
    from negoprep.store.database import decode

    tables = [rtype.table for rtype in model.RECORD_TYPES]
    for table in tables:
        for kind in ("revisions", "conflicts"):
            conn.execute(
                f"DELETE FROM {kind} WHERE table_name = ? AND row_id NOT IN (SELECT id FROM {table})", (table,)
            )
    conn.execute(f"DELETE FROM revisions WHERE table_name NOT IN ({', '.join('?' * len(tables))})", tables)
    # a snapshot that no longer unpacks, or holds no record of its row, is a revision lost
    # (negoprep.store.packing): its record keeps its row, and a new head revision where it was the head
    conn.create_function("negoprep_snapshot_fault", 2, packing.snapshot_fault, deterministic=True)
    report.lost_revisions = conn.execute(
        "DELETE FROM revisions WHERE negoprep_snapshot_fault(snapshot, row_id) IS NOT NULL"
    ).rowcount
    known = {row[0] for row in conn.execute("SELECT id FROM revisions")}
    for rev_id, parents in conn.execute("SELECT id, parents FROM revisions").fetchall():
        try:
            listed = json.loads(parents)
        except (TypeError, ValueError):
            listed = []
        kept = [p for p in listed if isinstance(p, str) and p in known] if isinstance(listed, list) else []
        if kept != listed:
            conn.execute("UPDATE revisions SET parents = ? WHERE id = ?", (json.dumps(kept), rev_id))
    for table in ("revisions", *tables):
        conn.execute(
            f"INSERT OR IGNORE INTO authors (id, name) SELECT DISTINCT author_id, author_id FROM {table} "
            "WHERE author_id NOT IN (SELECT id FROM authors)"
        )
    for rtype in model.RECORD_TYPES:
        cursor = conn.execute(
            f"SELECT * FROM {rtype.table} t WHERE NOT EXISTS (SELECT 1 FROM revisions r "
            "WHERE r.id = t.rev AND r.table_name = ? AND r.row_id = t.id)",
            (rtype.table,),
        )
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            record = decode(rtype, row)
            latest = conn.execute(
                "SELECT id FROM revisions WHERE table_name = ? AND row_id = ? ORDER BY at DESC, rowid DESC LIMIT 1",
                (rtype.table, record.id),
            ).fetchone()
            snapshot = {
                **record.content(),
                "created_at": row["created_at"],
                "updated_at": row["updated_at"],
                "author_id": row["author_id"],
                "deleted": bool(row["deleted"]),
            }
            rev = str(uuid.uuid4())
            chain.add_revision(
                conn,
                rev,
                rtype.table,
                record.id,
                [latest[0]] if latest else [],
                row["author_id"],
                row["updated_at"],
                "update" if latest else "insert",
                snapshot,
                chained=False,  # the whole history is chained below, once it is mended
            )
            conn.execute(f"UPDATE {rtype.table} SET rev = ? WHERE id = ?", (rev, record.id))
            report.mended += 1
    # what was salvaged is chained anew (whatever hashes the damaged file held), and a row that
    # no longer holds what its head revision says is restated, as a migration restates one
    chain.rebuild(conn)
    report.mended += chain.restate_mismatched(conn, migrations.RESTATER_ID, migrations.RESTATER_NAME)


def _reindex(conn: sqlite.Connection, target: Path) -> None:
    """The search index of the salvaged rows, written the store's own way."""
    from negoprep.records import model
    from negoprep.store.database import Database, index_row

    db = Database(conn, None, model.Author(id="", name=""), readonly=True)  # read here; written by index_row
    for rtype in model.RECORD_TYPES:
        for row in db.rows(f"SELECT * FROM {rtype.table}"):
            index_row(conn, rtype, row, bool(row["deleted"]))
