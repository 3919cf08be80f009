"""Opening a store file: recognise it, refuse what is not ours, migrate after a backup.

Every way a file can be wrong gets its own message, and a file this code refuses is never
modified (the checks read it through a read-only connection before anything else).
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from negoprep import i18n, live, tempfiles
from negoprep.errors import StoreError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.store import backups, engine, packing
from negoprep.store.engine import sqlite
from negoprep.store.migrations import APPLICATION_ID, MIGRATIONS, current_version, later_value

SQLITE_HEADER = b"SQLite format 3\x00"
#: how long SQLite itself waits for a lock another program holds (reads, checkpoints)
BUSY_TIMEOUT_MS = 60_000
#: how long a change waits for another program's write to end before giving up
LOCK_WAIT_SECONDS = 60.0
#: while waiting for the write lock: how long SQLite waits between two reports of the wait
LOCK_SLICE_MS = 250
#: what follows a store's name in the name of its copy being encrypted or decrypted
CONVERTING = ".converting-"


class DamagedStoreError(StoreError):
    """A store file SQLite finds damaged: never opened as if it were whole."""

    def __init__(self, message: str, path: Path, problem: str | None = None):
        super().__init__(message)
        self.path = path
        self.problem = problem or message  # what SQLite found wrong, without advice around it


def user_message(exc: sqlite.Error, path: Path | str = "") -> str:
    """What a SQLite error means for the person, in one line."""
    if path:
        not_plain = _not_plain(exc, Path(path))
        if not_plain is not None:
            return str(not_plain)
    path = path or translate("store", "the store")
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return translate("store", "the disk holding {path} is full: the change was not saved").format(path=path)
    if name.startswith("SQLITE_READONLY") or "readonly" in str(exc):
        return translate("store", "{path} is read-only: the change was not saved").format(path=path)
    if _busy(exc):
        return translate("store", "{path} is busy in another program: try again in a moment").format(path=path)
    if "decode to UTF-8" in str(exc):
        return translate(
            "store", "{path} is damaged, or was changed outside negoprep: it holds text that is not UTF-8"
        ).format(path=path)
    if is_damage(exc):
        return translate("store", "{path} is damaged ({error})").format(
            path=path, error=problem_of(exc)
        ) + _backup_hint(path)
    if name.startswith("SQLITE_IOERR") or name.startswith("SQLITE_CANTOPEN"):
        return translate("store", "{path} cannot be read or written ({error})").format(path=path, error=exc)
    return f"{path}: {exc}"


def is_damage(exc: sqlite.Error) -> bool:
    """Whether SQLite's error says the file is damaged (not merely busy, full or unreadable):
    its pages, or a revision's snapshot that cannot be unpacked (negoprep.store.packing)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return (
        name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in str(exc) or packing.damage_raised(exc) is not None
    )


def problem_of(exc: sqlite.Error) -> str:
    """What is wrong, as SQLite says it (or, for a snapshot it could not read, as we do)."""
    return packing.damage_raised(exc) or str(exc)


def damaged_snapshot(exc: packing.DamagedSnapshotError, path: Path | str) -> DamagedStoreError:
    """The store damaged: one of its revisions' snapshots, read here, is damaged (it cannot be
    unpacked, or is no JSON object of its record)."""
    message = translate("store", "{path} is damaged ({error})").format(path=path, error=exc) + _backup_hint(path)
    return DamagedStoreError(message, Path(path), str(exc))


def _backup_hint(path: Path | str) -> str:
    if path == "the store":
        return ""
    latest = backups.latest_backup(Path(path))
    if latest is None:
        return ""
    return translate(
        "store", "; its latest backup is {path} (of {label}): open it in the app to restore or salvage"
    ).format(path=latest.path, label=latest.label)


@contextlib.contextmanager
def translated_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's errors into StoreErrors a person can act on."""
    try:
        yield
    except sqlite.IntegrityError:
        raise  # a broken constraint is a defect in the caller, not the person's doing
    except sqlite.Error as exc:
        not_plain = _not_plain(exc, Path(path)) if path else None
        if not_plain is not None:
            raise not_plain from exc
        if is_damage(exc):
            raise DamagedStoreError(user_message(exc, path), Path(path), problem_of(exc)) from exc
        raise StoreError(user_message(exc, path)) from exc
    except packing.DamagedSnapshotError as exc:  # (one unpacked in Python, not in SQL)
        raise damaged_snapshot(exc, path) from exc


def conversion_name(path: Path) -> Path:
    """The hidden file beside a store into which this process copies it to encrypt or decrypt
    it (`at_rest`): named by its host and process, so that others can tell it is at work."""
    return path.with_name(f".{path.name}{CONVERTING}{socket.gethostname()}-{os.getpid()}")


def conversions(path: Path) -> tuple[list[Path], list[Path]]:
    """The conversion copies beside a store (with the -journal, -wal and -shm files SQLite
    keeps beside them): those of running processes, and those a process of this computer that
    no longer runs left behind (kill -9)."""
    prefix = f".{path.name}{CONVERTING}"
    try:
        names = os.listdir(path.parent)
    except OSError:
        return [], []
    live: list[Path] = []
    dead: list[Path] = []
    for name in names:
        if not name.startswith(prefix):
            continue
        base = name
        for suffix in backups.SIDECARS:
            base = base.removesuffix(suffix)
        host, _, pid = base[len(prefix) :].rpartition("-")
        gone = host == socket.gethostname() and (not pid.isdigit() or not tempfiles.alive(int(pid)))
        (dead if gone else live).append(path.with_name(name))
    return live, dead


def _converting(path: Path) -> StoreError | None:
    """The error for a store that another negoprep process is encrypting or decrypting now
    (its conversion copy lies beside it, and its process runs), else None."""
    live, _ = conversions(path)
    if not live:
        return None
    return StoreError(
        translate(
            "store",
            "{path} is being encrypted or decrypted by another negoprep process: try again when it is done",
        ).format(path=path)
    )


def _not_plain(exc: sqlite.Error, path: Path) -> StoreError | None:
    """What a file SQLite finds "not a database" is when it is no damage: an encrypted store
    (opened without its passphrase, or with another), one being encrypted or decrypted by
    another process right now, or one decrypted by another process after it was unlocked
    here. None for anything else. Asked wherever a store may be found damaged, so that no
    encrypted store is ever called damaged and sent to its backups."""
    if getattr(exc, "sqlite_errorname", "") != "SQLITE_NOTADB":
        return None
    if engine.decrypted_meanwhile(path):
        return StoreError(
            translate(
                "store", "{path} was decrypted by another negoprep process while it was being opened: try again"
            ).format(path=path)
        )
    return _encrypted(exc, path) or _converting(path)


def _uri(path: Path, query: str) -> str:
    return f"{path.resolve().as_uri()}?{query}"


def regular_file(path: Path) -> os.stat_result | None:
    """The file's status (None when there is none), refusing what is not a regular file: a
    pipe or a device given as a store would hang or harm. Asks the file system only."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            translate("store", "{path} cannot be read: {error}").format(path=path, error=exc.strerror)
        ) from exc
    if stat.S_ISDIR(status.st_mode):
        raise StoreError(translate("store", "{path} is a folder, not a store file").format(path=path))
    if not stat.S_ISREG(status.st_mode):
        raise StoreError(
            translate(
                "store", "{path} is not a regular file (a pipe, a device or a socket): not a negoprep store"
            ).format(path=path)
        )
    return status


can_write = engine.can_write


def nothing_can_write(path: Path) -> bool:
    """Whether no program can change the file: it is on a read-only file system, or no one
    may write it or the folder it needs for its -wal. Only then may SQLite read it as immutable."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
        no_write_bits = 0o222
        return not (os.stat(path).st_mode & no_write_bits and os.stat(path.parent).st_mode & no_write_bits)
    except OSError:
        return False


UnfinishedChangeError = engine.UnfinishedChangeError
_unfinished = engine.unfinished


def read_only_connection(path: Path) -> sqlite.Connection:
    """A connection that reads the file and never writes it (nor creates anything beside it,
    where it cannot). Immutable only where nothing can change the file."""
    try:
        conn = engine.connect(
            _uri(path, "mode=ro"),
            key=engine.key_for(path),
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn
    except sqlite.Error as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_READONLY":
            # SQLCipher's connections give SQLite's primary codes only: which read-only case it
            # is shows beside the file (a hot journal that only a writer may roll back, or else
            # no -shm can be made)
            journal = backups.size_of(f"{path}-journal")
            name = "SQLITE_READONLY_ROLLBACK" if journal else "SQLITE_READONLY_CANTINIT"
        if name == "SQLITE_READONLY_ROLLBACK":
            raise _unfinished(path) from exc
        # SQLite needs the -shm file beside a WAL store even to read it; where it cannot make one
        # and nothing can write, the file is as it stands: read it so, unless its last changes
        # are still in a -wal or -journal that only a writer could bring in
        cannot_share = name in ("SQLITE_CANTOPEN", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_CANTINIT")
        if not cannot_share:
            raise
        if not nothing_can_write(path):
            raise StoreError(
                translate(
                    "store",
                    "{path} can be read only where its folder can be written (SQLite keeps {name}-shm "
                    "beside it, and another user may be writing it): copy it to a folder you can write to",
                ).format(path=path, name=path.name)
            ) from exc
    if backups.size_of(f"{path}-journal"):
        raise _unfinished(path)
    if backups.size_of(f"{path}-wal"):
        raise StoreError(
            translate(
                "store",
                "{path} has changes not yet written into it ({name}-wal) that cannot be read where "
                "the folder cannot be written: copy both files to a folder you can write to and open "
                "the copy",
            ).format(path=path, name=path.name)
        )
    return engine.connect(
        _uri(path, "immutable=1"),
        key=engine.key_for(path),
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _facts(conn: sqlite.Connection) -> tuple[int, int, bool]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    return app_id, version, has_tables


def _probe_error(exc: sqlite.Error, path: Path) -> StoreError:
    not_plain = _not_plain(exc, path)
    if not_plain is not None:
        return not_plain
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        return StoreError(
            translate("store", "{path} is not a negoprep store (it is not a SQLite database)").format(path=path)
        )
    return StoreError(user_message(exc, path))


def probe(path: Path) -> tuple[int, int, bool]:
    """(application id, schema version, holds tables) of an existing file, read through a
    read-only SQLite connection without changing it; raises StoreError for what is not a
    SQLite database. The file is never opened any other way: closing another descriptor on a
    live store would drop the locks SQLite holds on it for this process."""
    if regular_file(path) is None:
        raise StoreError(translate("store", "there is no file {path}").format(path=path))
    try:
        conn = read_only_connection(path)
        try:
            return _facts(conn)
        finally:
            conn.close()
    except sqlite.Error as exc:
        raise _probe_error(exc, path) from exc


def _refuse(path: Path, app_id: int, version: int, has_tables: bool) -> None:
    if has_tables and app_id != APPLICATION_ID:
        raise StoreError(
            translate("store", "{path} is another application's database, not a negoprep store").format(path=path)
        )
    newest = current_version()
    if version > newest:
        raise StoreError(
            translate(
                "store",
                "{path} was made by a newer negoprep (store version {version}; this one reads up to "
                "{newest}): update negoprep to open it",
            ).format(path=path, version=version, newest=newest)
        )


def _refuse_later_values(conn: sqlite.Connection, path: Path | None, version: int) -> None:
    """A store holds only what its own version allows (migrations.later_value): one that says
    it is older than what it holds was changed by other means, and migrating it would take
    that for what the version wrote."""
    if version == 0:
        return
    found = later_value(conn, version)
    if found is not None:
        since, what = found
        raise StoreError(
            translate(
                "store",
                "{path} says it is a store of version {version} but holds {what}, which only version {since} "
                "and later write: it is not opened",
            ).format(path=path or translate("store", "the store"), version=version, what=what, since=since)
        )


def _busy(exc: sqlite.Error) -> bool:
    return (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY") or "locked" in str(exc)


def begin_immediate(
    conn: sqlite.Connection,
    name: Path | str,
    on_wait: Callable[[float], None] | None = None,
    seconds: float | None = None,
) -> None:
    """Take the store's write lock, waiting for another program that holds it: SQLite waits a
    short while at a time, and between tries `on_wait` hears how long it has been, so that a
    person can be told. Past the deadline, a clear StoreError."""
    deadline = LOCK_WAIT_SECONDS if seconds is None else seconds
    started = time.monotonic()
    conn.execute(f"PRAGMA busy_timeout = {LOCK_SLICE_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite.OperationalError as exc:
                if not _busy(exc):
                    raise
            waited = time.monotonic() - started
            if waited >= deadline:
                raise StoreError(
                    translate(
                        "store",
                        "{name} is busy in another program (waited {waited:.0f} s): the change was not "
                        "saved; try again when it is done",
                    ).format(name=name, waited=waited)
                )
            if on_wait is not None:
                on_wait(waited)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def checkpoint(conn: sqlite.Connection) -> None:
    """Bring every change in the -wal into the .db file, so that a copy of the file alone is
    complete. Readers in other programs may hold part of it back: what they hold is brought
    in by the next checkpoint."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def backup_path(path: Path, version: int) -> Path:
    """Where the backup taken before migrating a store from `version` goes."""
    return backups.backup_target(path, f"v{version}-backup")


def migrate(conn: sqlite.Connection, path: Path | None, known_version: int | None = None) -> Path | None:
    """Create the schema or bring it up to this negoprep's version. Returns the backup taken
    first (none for a new, empty store).

    Another program may be doing the same at the same moment (two windows, a script running
    several commands): the whole ladder runs under the store's write lock, with the version read
    again inside it, so only what is still needed runs and the backup is taken once. Each step
    is its own savepoint: a failing step leaves the store as the step before left it."""
    newest = current_version()
    if known_version == newest:
        return None
    begin_immediate(conn, path or translate("store", "the store"))
    backup = None
    try:
        app_id, version, has_tables = _facts(conn)
        _refuse(path or Path("the store"), app_id, version, has_tables)
        _refuse_later_values(conn, path, version)
        if version < newest:
            if version > 0 and path is not None:
                # read by a second connection: a connection holding the write lock cannot be the
                # source of SQLite's backup, and the lock keeps what it reads as it is
                reader = read_only_connection(path)
                try:
                    backup = backups.write_backup(reader, path, f"v{version}-backup")
                finally:
                    reader.close()
            import sqlite_utils  # here, not at the top: it costs a tenth of a second at start-up

            db = sqlite_utils.Database(conn)
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                conn.execute("SAVEPOINT migration_step")
                try:
                    step(db)
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {number}")
                except BaseException:
                    conn.execute("ROLLBACK TO migration_step")
                    conn.execute("RELEASE migration_step")
                    conn.execute("COMMIT")  # the steps before it stand
                    raise
                conn.execute("RELEASE migration_step")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return backup


def _configure(conn: sqlite.Connection, writable: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # names and titles sort as the person's language orders them, not by code point
    conn.create_function("collation_key", 1, i18n.collation_key)
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        # FULL: a committed change survives a power cut, at a cost no person notices
        conn.execute("PRAGMA synchronous = FULL")


def _wal(conn: sqlite.Connection, path: Path) -> None:
    """Put the store in WAL mode (a no-op once it is). Changing the mode needs the file to
    itself: another program opening it at the same moment makes it wait, then find it done."""
    started = time.monotonic()
    while True:
        try:
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                return
        except sqlite.OperationalError as exc:
            if not _busy(exc):
                raise
        if time.monotonic() - started > LOCK_WAIT_SECONDS:
            raise StoreError(
                translate("store", "{path} is busy in another program: try again in a moment").format(path=path)
            )
        time.sleep(0.05)


def _encrypted(exc: sqlite.Error, path: Path) -> StoreError | None:
    """An encrypted store opened without its key (or whose key no longer opens it), said so."""
    if getattr(exc, "sqlite_errorname", "") != "SQLITE_NOTADB" or not engine.looks_encrypted(path):
        return None
    if engine.key_for(path) is not None:
        return engine.WrongPassphraseError(
            translate("store", "the passphrase does not open {path}: it is not the one it was encrypted with").format(
                path=path
            )
        )
    if not engine.CIPHER:
        return engine.needs_cipher()
    return engine.EncryptedStoreError(
        translate("store", "{path} is encrypted: give its passphrase with --passphrase-file FILE").format(path=path),
        path,
    )


def _open_damaged(exc: sqlite.Error, path: Path) -> StoreError:
    not_plain = _not_plain(exc, path)
    if not_plain is not None:
        return not_plain
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_NOTADB" and backups.latest_backup(path) is None:
        return _probe_error(exc, path)  # no sign it ever was a store
    if is_damage(exc):
        return DamagedStoreError(user_message(exc, path), path, problem_of(exc))
    return _probe_error(exc, path)


def connect(path: Path | None, *, create: bool = True, readonly: bool = False) -> tuple[sqlite.Connection, bool]:
    """Open a store (None: in memory). Returns the connection and whether it is read-only:
    as asked, or because the file or its folder cannot be written (a colleague's file on a USB
    stick, a read-only disk)."""
    if path is None:
        conn = engine.connect(":memory:", isolation_level=None)
        _configure(conn, writable=False)
        migrate(conn, None, 0)
        return conn, False

    status = regular_file(path)
    if status is None:
        if not create:
            raise StoreError(translate("store", "there is no store at {path}").format(path=path))
        live.refuse_output(path, QT_TRANSLATE_NOOP("live", "create a store at"))  # (not a -wal or -journal name)
        if not path.parent.is_dir():
            raise StoreError(translate("store", "the folder {parent} does not exist").format(parent=path.parent))
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise StoreError(
                translate("store", "a store cannot be made in {parent}: the folder is read-only").format(
                    parent=path.parent
                )
            )
        version = 0
    else:
        readonly = readonly or not can_write(path)
        try:
            reader = read_only_connection(path)
        except UnfinishedChangeError:
            if readonly:
                raise
            reader = None  # opened for writing, SQLite rolls the cut-off change back first
        except sqlite.Error as exc:
            raise _open_damaged(exc, path) from exc
        if reader is not None:
            try:
                try:
                    app_id, version, has_tables = _facts(reader)
                except sqlite.Error as exc:
                    raise _open_damaged(exc, path) from exc
                _refuse(path, app_id, version, has_tables)
                if readonly:
                    if version < current_version():
                        raise StoreError(
                            translate(
                                "store", "{path} is read-only and needs upgrading: copy it to a folder you can write to"
                            ).format(path=path)
                        )
                    with translated_errors(path):
                        _configure(reader, writable=False)
                    return reader, True
            except BaseException:
                reader.close()
                raise
            reader.close()
        else:
            version = None  # read under the write lock, after the rollback
    with translated_errors(path):
        # as a URI built from the path: a name such as "file:x.db" is a file name, never a URI
        conn = engine.connect(
            _uri(path, "mode=rwc"),
            key=engine.key_for(path),
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        try:
            _configure(conn, writable=True)
            changed = migrate(conn, path, version) is not None or version != current_version()
            _wal(conn, path)
            if changed:
                checkpoint(conn)  # the .db alone carries the application id and the schema
        except BaseException:
            conn.close()
            raise
    return conn, False
