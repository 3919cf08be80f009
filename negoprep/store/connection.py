"""Opening a store file: recognise it, refuse what is not ours, migrate after a backup.

Every way a file can be wrong gets its own message, and a file this code refuses is never
modified (the checks read it through a read-only connection before anything else).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from negoprep.errors import StoreError
from negoprep.store.migrations import APPLICATION_ID, MIGRATIONS, current_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def user_message(exc: sqlite3.Error, path: Path | str = "the store") -> str:
    """What a SQLite error means for the person, in one line."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return f"the disk holding {path} is full: the change was not saved"
    if name.startswith("SQLITE_READONLY") or "readonly" in str(exc):
        return f"{path} is read-only: the change was not saved"
    if name.startswith("SQLITE_BUSY") or "locked" in str(exc):
        return f"{path} is busy in another program: try again in a moment"
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in str(exc):
        return f"{path} is damaged ({exc})"
    if name.startswith("SQLITE_IOERR") or name.startswith("SQLITE_CANTOPEN"):
        return f"{path} cannot be read or written ({exc})"
    return f"{path}: {exc}"


@contextlib.contextmanager
def translated_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's errors into StoreErrors a person can act on."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # a broken constraint is a defect in the caller, not the person's doing
    except sqlite3.Error as exc:
        raise StoreError(user_message(exc, path)) from exc


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def probe(path: Path) -> tuple[int, int, bool]:
    """(application id, schema version, holds tables) of an existing file, read without
    changing it; raises StoreError for what is not a SQLite database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror}") from exc
    if not header:
        return 0, 0, False
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a negoprep store (it is not a SQLite database)")
    try:
        conn = _read_only_connection(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(user_message(exc, path)) from exc
    return app_id, version, has_tables


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API (a raw file copy could miss the WAL)."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def migrate(conn: sqlite3.Connection, path: Path | None, from_version: int) -> Path | None:
    """Run every step after `from_version`, each in its own transaction. Returns the backup
    taken first (none for a new, empty store)."""
    backup = None
    if from_version > 0 and path is not None:
        backup = backup_path(path, from_version)
        _backup(conn, backup)
    import sqlite_utils  # here, not at the top: it costs a tenth of a second at start-up

    db = sqlite_utils.Database(conn)
    for number, step in enumerate(MIGRATIONS[from_version:], start=from_version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backup


def _configure(conn: sqlite3.Connection, writable: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed change survives a power cut, at a cost no person notices
        conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path | None, *, create: bool = True, readonly: bool = False) -> tuple[sqlite3.Connection, bool]:
    """Open a store (None: in memory). Returns the connection and whether it is read-only:
    as asked, or because the file cannot be written (a colleague's file on a USB stick)."""
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _configure(conn, writable=False)
        migrate(conn, None, 0)
        return conn, False

    exists = path.exists()
    if exists and path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    if not exists:
        if not create:
            raise StoreError(f"there is no store at {path}")
        if not path.parent.is_dir():
            raise StoreError(f"the folder {path.parent} does not exist")
        app_id, version, has_tables = 0, 0, False
    else:
        app_id, version, has_tables = probe(path)
    if has_tables and app_id != APPLICATION_ID:
        raise StoreError(f"{path} is another application's database, not a negoprep store")
    newest = current_version()
    if version > newest:
        raise StoreError(
            f"{path} was made by a newer negoprep (store version {version}; this one reads up to "
            f"{newest}): update negoprep to open it"
        )
    readonly = exists and (readonly or not os.access(path, os.W_OK))
    with translated_errors(path):
        if readonly:
            if version < newest:
                raise StoreError(f"{path} is read-only and needs upgrading: copy it to a folder you can write to")
            try:
                conn = _read_only_connection(path)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a WAL file on read-only media: read it as it stands
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
            _configure(conn, writable=False)
            return conn, True
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            _configure(conn, writable=True)
            if version < newest:
                migrate(conn, path, version)
        except BaseException:
            conn.close()
            raise
    return conn, False
