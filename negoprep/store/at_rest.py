"""Encryption at rest: turning a store file into an SQLCipher-encrypted one, and back.

Both ways follow SQLCipher's documented path: the store is copied whole with ATTACH … KEY and
`sqlcipher_export` into a new file beside it (a hidden name, `connection.conversion_name`;
if this process dies, the next negoprep process removes it with the -journal, -wal and -shm
files SQLite kept beside it, and the next conversion of the store removes whatever a killed
one left there), the copy is checked (SQLite's integrity check, and every table
holds as many rows as the store), a backup is taken of it, and only then does it replace the
store, in one atomic rename. Until that rename the store is untouched; a failure at any step
before it leaves the store as it was and removes the copy.

While this runs no other program may have the store open: the store is taken out of WAL mode
(which SQLite allows only to a connection that is alone on the file) and held under an
exclusive lock until the new file is in its place. A process killed while the store leaves
WAL mode leaves a hot journal beside it: SQLite rolls it back at the next open that can write
(`engine.roll_back`, done by the passphrase check), and the store is as it was.

Backups. A store's backups follow it: encrypting a store encrypts its existing backups with
the same key (so no plaintext copy of it is left in its backups folder), and its backups taken
from then on are encrypted (`backups.copy_database` keys them as the store); decrypting it
turns them back into plain files. The plaintext store file itself is removed by the rename:
its name is gone, and the disk blocks it used are freed as those of any deleted file are (a
file system keeps them until they are written over; whole-disk encryption protects those).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from negoprep import tempfiles
from negoprep.errors import StoreError
from negoprep.i18n import translate
from negoprep.store import backups, connection, engine
from negoprep.store.engine import sqlite

#: how long encrypting waits for other programs to let go of the store (they must close it)
ALONE_TIMEOUT_MS = 2_000
#: the fewest characters a store's passphrase may have (a shorter one is guessed in hours)
MIN_PASSPHRASE = 8


def encrypt_store(path: Path, passphrase: str) -> Path:
    """Encrypt the store at `path` with `passphrase` (of MIN_PASSPHRASE characters at least);
    returns the backup taken."""
    if not engine.CIPHER:
        raise engine.needs_cipher()
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(
            translate(
                "store", "the passphrase has {count} characters: a store's passphrase needs at least {minimum}"
            ).format(count=len(passphrase), minimum=MIN_PASSPHRASE)
        )
    _exists(path)
    if engine.looks_encrypted(path):
        raise StoreError(
            translate("store", "{path} is already encrypted: decrypt it first to change its passphrase").format(
                path=path
            )
        )
    return _convert(path, engine.new_key(passphrase), "pre-encrypt")


def decrypt_store(path: Path) -> Path:
    """Turn the encrypted store at `path` (unlocked with `engine.unlock` first) back into a
    plain SQLite file; returns the backup taken (plain, as its other backups become)."""
    if not engine.CIPHER:
        raise engine.needs_cipher()
    _exists(path)
    if not engine.looks_encrypted(path):
        raise StoreError(translate("store", "{path} is not encrypted: there is nothing to decrypt").format(path=path))
    backup = _convert(path, "", "pre-decrypt")
    engine.forget(path)
    return backup


def _exists(path: Path) -> None:
    if connection.regular_file(path) is None:
        raise StoreError(translate("store", "there is no store at {path}").format(path=path))


def _replace(source: Path, target: Path) -> None:
    """The one step that changes the store: the checked copy takes its name."""
    os.replace(source, target)


def _convert(path: Path, key: str, kind: str) -> Path:
    conn, readonly = connection.connect(path, create=False)
    try:
        if readonly:
            raise StoreError(
                translate("store", "{path} is read-only: it cannot be encrypted or decrypted here").format(path=path)
            )
        _alone(conn, path)
        try:
            return _write_copy(conn, path, key, kind)
        except BaseException:
            with contextlib.suppress(sqlite.Error):
                conn.execute("PRAGMA locking_mode = NORMAL")
                conn.execute("PRAGMA journal_mode = WAL")
            raise
    finally:
        conn.close()


def _alone(conn: sqlite.Connection, path: Path) -> None:
    """Leave WAL mode and hold the store under an exclusive lock, or say that another program
    has it open."""
    conn.execute(f"PRAGMA busy_timeout = {ALONE_TIMEOUT_MS}")
    busy = StoreError(
        translate("store", "{path} is open in another window or program: close it there first, then try again").format(
            path=path
        )
    )
    try:
        connection.checkpoint(conn)
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise busy
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")  # (in exclusive locking mode the lock stays after the commit)
    except sqlite.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if "locked" in str(exc) or "busy" in str(exc):
            raise busy from None
        raise StoreError(connection.user_message(exc, path)) from None


def _write_copy(conn: sqlite.Connection, path: Path, key: str, kind: str) -> Path:
    # what a conversion killed here before left (its sweep may have missed SQLite's files)
    for leftover in connection.conversions(path)[1]:
        with contextlib.suppress(OSError):
            leftover.unlink()
    work = connection.conversion_name(path)
    with tempfiles.register(work):
        try:
            with connection.translated_errors(path):
                engine.export_into(conn, f"{work.resolve().as_uri()}?mode=rwc", key)
                _check_copy(conn, path, work, key or None)
                backup = _backup(work, path, key or None, kind)
            try:
                os.chmod(work, stat.S_IMODE(os.stat(path).st_mode))  # (who may read it stays as it was)
                _replace(work, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    backup.unlink()  # (a backup in the new form of a store left in its old one)
                raise
        finally:
            for leftover in (work, *(Path(f"{work}{s}") for s in backups.SIDECARS)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    if key:
        engine.remember(path, key)
    # the earlier backups take the store's new form once the store has it
    with connection.translated_errors(path):
        _convert_backups(path, key, exclude=backup)
    return backup


def _check_copy(conn: sqlite.Connection, path: Path, work: Path, key: str | None) -> None:
    copy = engine.connect(work, key=key, isolation_level=None)
    try:
        if copy.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise StoreError(
                translate("store", "the new copy of {path} could not be put in WAL mode").format(path=path)
            )
        result = [row[0] for row in copy.execute("PRAGMA integrity_check(1)")]
        same = [
            copy.execute("PRAGMA application_id").fetchone()[0] == conn.execute("PRAGMA application_id").fetchone()[0],
            copy.execute("PRAGMA user_version").fetchone()[0] == conn.execute("PRAGMA user_version").fetchone()[0],
        ]
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        for table in tables:
            mine = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            theirs = copy.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            same.append(mine == theirs)
    finally:
        copy.close()  # (the last connection: SQLite folds its -wal in and removes it)
    if result != ["ok"] or not all(same):
        raise StoreError(
            translate("store", "the new copy of {path} did not match it ({problem}): the store was not changed").format(
                path=path, problem=result[0] if result != ["ok"] else translate("store", "a table differs")
            )
        )


def _backup(work: Path, path: Path, key: str | None, kind: str) -> Path:
    reader = engine.connect(f"{work.resolve().as_uri()}?mode=ro", uri=True, key=key, isolation_level=None)
    try:
        return backups.write_backup(reader, path, kind)
    finally:
        reader.close()


def _convert_backups(path: Path, key: str, exclude: Path) -> None:
    """Give the store's earlier backups the store's new form (encrypted with `key`, or plain)."""
    for backup in backups.backups(path):
        if backup.path == exclude:
            continue
        encrypted = engine.looks_encrypted(backup.path)
        if encrypted == bool(key):
            continue
        source_key = engine.key_for(backup.path) if encrypted else None
        if encrypted and source_key is None:
            continue  # encrypted with another passphrase: left as it is
        work = connection.conversion_name(backup.path)
        with tempfiles.register(work):
            try:
                source = engine.connect(
                    f"{backup.path.resolve().as_uri()}?mode=ro", uri=True, key=source_key, isolation_level=None
                )
                try:
                    engine.export_into(source, f"{work.resolve().as_uri()}?mode=rwc", key)
                finally:
                    source.close()
                os.replace(work, backup.path)
            finally:
                with contextlib.suppress(OSError):
                    work.unlink()
