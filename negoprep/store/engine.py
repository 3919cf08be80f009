"""The one SQLite library every store connection of this process uses, and the keys of
encrypted stores.

Two different SQLite builds opening the same file in one process break each other's POSIX
locks (DESIGN promise 1), so no store code imports `sqlite3` itself: it takes `sqlite` from
here. That is SQLCipher (`sqlcipher3`, from the sqlcipher3-wheels package), which behaves as
plain SQLite when no key is given; only where it is not installed is it the standard library's
`sqlite3`, and then encryption at rest says plainly that it needs that package.

Keys. SQLCipher 4 derives a store's key from its passphrase with PBKDF2-HMAC-SHA512 (256,000
iterations, a 16-byte salt kept in the file's first 16 bytes), about a fifth of a second each
time a connection is keyed with the passphrase. This process derives it once per store, the
same way (`derive`, proved equal to SQLCipher's own derivation by the tests), and keys every
connection with the raw key and its salt (`x'<key><salt>'`), which SQLCipher uses as it is.
Keys are remembered by the file's path and by their salt: a store's backups and the copies
made of it carry the same salt and open with the same key.

Every connection made here keeps SQLite's temporary files in memory (`temp_store=MEMORY`), so
that sorting and temporary tables never spill the plaintext of an encrypted store to disk.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negoprep.errors import StoreError
from negoprep.i18n import translate
from negoprep.store import packing

if TYPE_CHECKING:
    import sqlite3 as sqlite  # (sqlcipher3 has no type stubs: it is a DB-API twin of sqlite3)

    CIPHER = True
else:
    try:
        import sqlcipher3 as sqlite

        CIPHER = True
    except ImportError:  # pragma: no cover - the package is a dependency; this is its absence
        import sqlite3 as sqlite

        CIPHER = False

__all__ = ["CIPHER", "SERIALIZE", "sqlite"]

#: whether a connection can give its database's bytes (the standard library's; not SQLCipher's)
SERIALIZE = hasattr(sqlite.Connection, "serialize")

#: SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, a 16-byte salt
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
#: the first 16 bytes of a plain SQLite file (an encrypted one has its salt there)
SQLITE_HEADER = b"SQLite format 3\x00"

_keys_by_path: dict[str, str] = {}
_keys_by_salt: dict[str, str] = {}

if CIPHER:
    # SQLCipher writes its own lines to stderr when a key does not fit; negoprep says it once
    _quiet = sqlite.connect(":memory:")
    _quiet.execute("PRAGMA cipher_log_level = NONE")
    _quiet.close()


class EncryptedStoreError(StoreError):
    """An encrypted store opened without its passphrase: the app asks for it."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


class WrongPassphraseError(StoreError):
    """A passphrase that does not open the encrypted store it was given for."""


class UnfinishedChangeError(StoreError):
    """A store beside a hot journal: only a connection that can write may roll it back."""


def unfinished(path: Path) -> UnfinishedChangeError:
    """The error for a hot journal that cannot be rolled back here."""
    return UnfinishedChangeError(
        translate(
            "store",
            "{path} has an unfinished change ({name}-journal) that can only be rolled back where "
            "the file can be written: copy both files to a folder you can write to, or open it "
            "there",
        ).format(path=path, name=path.name)
    )


def can_write(path: Path) -> bool:
    """Whether this process may write the store: the file, and its folder (where SQLite keeps
    the -wal, -shm and -journal files beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def has_journal(path: Path) -> bool:
    """Whether a non-empty -journal lies beside the file (a change cut short may have left it
    hot). Asks the file system only."""
    try:
        return os.stat(f"{path}-journal").st_size > 0
    except OSError:
        return False


def roll_back(path: Path, key: str | None) -> None:
    """Let SQLite roll back a change cut short (a process killed while it wrote the store in
    rollback-journal mode, as encrypt and decrypt do): its hot journal is rolled back only by
    a connection that may write, so one is opened here, where the file and its folder can be
    written. SQLite writes the journal's pages back as they are (SQLCipher journals pages
    encrypted), so the rollback is the same with or without the key and cannot harm the file.
    Does nothing without a journal, or where nothing can be written (the open that follows
    says so); a journal that is not hot (a live writer's, or an emptied one) is left alone by
    SQLite itself."""
    if not has_journal(path) or not can_write(path):
        return
    try:
        conn = connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True, key=key)
    except sqlite.Error:
        return
    try:
        # taking the read lock rolls a hot journal back; reading then needs the right key
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite.Error:
        pass
    finally:
        conn.close()


def needs_cipher() -> StoreError:
    """The error for encryption at rest without SQLCipher."""
    return StoreError(translate("store", "encryption at rest needs the sqlcipher3-wheels package: install it with pip"))


def derive(passphrase: str, salt: bytes) -> str:
    """The raw key SQLCipher 4 derives from `passphrase` and `salt`, with the salt, as the
    value of `PRAGMA key` (`x'<64 hex digits of key><32 of salt>'`)."""
    key = hashlib.pbkdf2_hmac(KDF_ALGORITHM, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return f"x'{key.hex()}{salt.hex()}'"


def new_key(passphrase: str) -> str:
    """A key for a new encrypted file: `passphrase` with a fresh random salt (remembered)."""
    if not CIPHER:
        raise needs_cipher()
    key = derive(passphrase, secrets.token_bytes(SALT_BYTES))
    _keys_by_salt[_salt_of_key(key)] = key
    return key


def _salt_of_key(key: str) -> str:
    return key[2 + 2 * KEY_BYTES : -1].lower()


def _name(path: Path | str) -> str:
    return os.path.realpath(path)


def remember(path: Path | str, key: str) -> None:
    """Key every later connection to `path` (and to files with the same salt) with `key`."""
    _keys_by_path[_name(path)] = key
    _keys_by_salt[_salt_of_key(key)] = key


def forget(path: Path | str) -> None:
    """`path` is no longer encrypted (it was decrypted)."""
    _keys_by_path.pop(_name(path), None)


def connect(database: str | Path, *, key: str | None = None, **kwargs: Any) -> sqlite.Connection:
    """A connection from the process's one SQLite library: keyed with `key` first (an
    encrypted file), then with its temporary files in memory and the functions that read
    and pack revision snapshots (negoprep.store.packing)."""
    conn = sqlite.connect(database, **kwargs)
    try:
        if key is not None:
            if not CIPHER:
                raise needs_cipher()
            conn.execute(f'PRAGMA key = "{key}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        # a revision's snapshot is read (and a text one packed) in SQL through these
        conn.create_function(packing.SQL_FUNCTION, 1, packing.snapshot_sql, deterministic=True)
        conn.create_function(packing.SQL_LENIENT_FUNCTION, 1, packing.snapshot_or_none, deterministic=True)
        conn.create_function("negoprep_pack_snapshot", 1, packing.pack_snapshot, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def file_header(path: Path) -> bytes | None:
    """The first 16 bytes of an SQLite-shaped file, read through SQLite itself (never a
    descriptor of Python's own: closing one would drop the locks SQLite holds on a live store);
    None without SQLCipher or for an empty file."""
    if not CIPHER:
        return None
    try:
        if os.stat(path).st_size == 0:
            return None
        conn = sqlite.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite.Error):
        return None
    try:
        conn.execute("PRAGMA key = 'negoprep-probe'")  # (reading the salt derives no key)
        row = conn.execute("PRAGMA cipher_salt").fetchone()
    except sqlite.Error:
        return None
    finally:
        conn.close()
    return bytes.fromhex(row[0]) if row else None


def looks_encrypted(path: Path) -> bool:
    """Whether the file is shaped like an SQLCipher store: whole pages, and a random salt
    where a plain SQLite file has its header. (Random bytes in whole pages look the same: this
    is asked only of a file SQLite could not read without a key.)"""
    try:
        size = os.stat(path).st_size
    except OSError:
        return False
    if size < 512 or size % 512:
        return False
    header = file_header(path)
    # a salt is 16 random bytes (all but never fewer than 8 different values); a damaged plain
    # store whose header was wiped (zeros, a repeated byte, text) is not taken for one
    return header is not None and header != SQLITE_HEADER and len(set(header)) >= 8


def key_for(path: Path | str) -> str | None:
    """The key this process knows for the file at `path`: given for it, or known for its salt
    (a backup or copy of an unlocked store). None for a file given a key that is a plain SQLite
    file now: another process decrypted it meanwhile."""
    key = _keys_by_path.get(_name(path))
    if key is not None:
        return None if file_header(Path(path)) == SQLITE_HEADER else key
    if not _keys_by_salt:
        return None
    header = file_header(Path(path))
    if header is None or header == SQLITE_HEADER:
        return None
    return _keys_by_salt.get(header.hex())


def decrypted_meanwhile(path: Path) -> bool:
    """Whether the file at `path` was given a key here and is a plain SQLite file now."""
    return _name(path) in _keys_by_path and file_header(path) == SQLITE_HEADER


def key_of(conn: sqlite.Connection, schema: str = "main") -> str | None:
    """The key of an open connection's database (None: a plain one)."""
    if not CIPHER:
        return None
    try:
        row = conn.execute(f"PRAGMA {schema}.cipher_salt").fetchone()
    except sqlite.Error:
        return None
    return _keys_by_salt.get(row[0].lower()) if row else None


def attach_key(conn: sqlite.Connection) -> str:
    """What an ATTACH of a plain file needs on `conn`: SQLCipher gives an attached file the
    main database's key unless told otherwise."""
    return " KEY ''" if key_of(conn) is not None else ""


def unlock(path: Path, passphrase: str) -> str:
    """Derive the key of the encrypted store at `path` from `passphrase`, check it opens the
    file, and remember it; a wrong passphrase is a StoreError."""
    if not CIPHER:
        raise needs_cipher()
    header = file_header(path)
    if header is None or header == SQLITE_HEADER:
        raise StoreError(translate("store", "{path} is not encrypted").format(path=path))
    key = derive(passphrase, header)
    roll_back(path, key)  # (a decrypt or encrypt killed midway: its journal is rolled back first)
    if not opens_with(path, key):
        raise WrongPassphraseError(
            translate("store", "the passphrase does not open {path}: it is not the one it was encrypted with").format(
                path=path
            )
        )
    remember(path, key)
    return key


def opens_with(path: Path, key: str) -> bool:
    """Whether `key` reads the file at `path` (a hot journal beside it that cannot be rolled
    back here is an UnfinishedChangeError)."""
    conn = connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, key=key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name == "SQLITE_NOTADB":
            return False
        if name.startswith("SQLITE_READONLY") and has_journal(path):
            raise unfinished(path) from None
        raise
    finally:
        conn.close()


def export_into(conn: sqlite.Connection, uri: str, key: str) -> None:
    """Copy the whole database open on `conn` into the empty database at `uri` (a URI), keyed
    with `key` ("" for a plain file), as SQLCipher documents it: ATTACH … KEY and
    `sqlcipher_export`; the application id and schema version go along."""
    if not CIPHER:
        raise needs_cipher()
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    quoted = key.replace("'", "''")
    conn.execute(f"ATTACH DATABASE ? AS negoprep_copy KEY '{quoted}'", (uri,))
    try:
        conn.execute("SELECT sqlcipher_export('negoprep_copy')").fetchall()
        conn.execute(f"PRAGMA negoprep_copy.application_id = {int(app_id)}")
        conn.execute(f"PRAGMA negoprep_copy.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE negoprep_copy")
