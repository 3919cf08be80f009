"""Verify: check a shared store file as hostile before anything of it is used.

The original file is never opened with SQLite. Anything that is not a regular file (a named
pipe, a device, a socket, a folder) is refused before a byte is read. A file with a non-empty
`-wal` or `-journal` beside it is refused too: SQLite would replay that file's changes when the
file is opened, so what was checked would not be what is used. The file is read (up to a size
limit) into a private temporary folder (`tempfiles.scratch`), and every check runs on that copy:

1. the bytes: empty, age-encrypted (binary or armored), not a SQLite file (with a guess of
   what it is), truncated (shorter than the page count × page size its header announces),
   another application's database (application id), made by a newer negoprep (schema
   version), a text encoding negoprep never writes;
2. SQLite, opened read-only and immutable with `trusted_schema=OFF`, `cell_size_check=ON`,
   `mmap_size=0`, `query_only`, tight limits and a time limit (a progress handler):
   - the schema against an allow-list: that of a store freshly created at the file's own
     version. Any trigger, view, extra or missing table, column or index, or a definition
     that differs is refused, naming the object. This comes before SQLite's own check, so
     that nothing of an unknown schema (an index on an expression, a partial index) is run;
   - `PRAGMA integrity_check` (quick_check's checks, and that every index matches its table);
   - nothing that only a later version writes (migrations.later_value: packed snapshots in a
     file of version 13, a field its version's records lack); and every CHECK constraint of
     the file's own version, which integrity_check skips on a read-only connection;
   - the values, row by row in SQL: types, choices, numbers and their ranges, dates,
     timestamps, text lengths (at most 200,000 characters a field), references between
     tables (within the same dossier), the JSON of rules, snapshots and revision parents (no
     revision its own ancestor),
     the full-text index's configuration, and that its entries (FTS5's `search_docsize`
     rows, by docid) and `search_rows` correspond one to one and name exactly the live
     records that have text (an entry no record owns, one of a deleted record, a record
     with no entry: each refused).

Each way a file can be wrong raises `VerifyError` with its own one-line message. A rejected
file changes nothing anywhere and leaves no temporary file behind (nor does a killed process,
once the next negoprep process has swept its folder). Files of an older schema
version are accepted; `verified_copy(..., migrate=True)` migrates the private copy to the
current version.

The words of the full-text index's entries (the FTS5 segments) are not compared with their
records' text (that takes writing the index anew): whoever imports rows from a verified file
writes their index entries anew, and an export of one dossier or a release copy writes its
whole index anew (negoprep.store.export).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negoprep import live, tempfiles
from negoprep.echo import echoed
from negoprep.errors import NegoprepError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.identity import name_problem
from negoprep.progress import SILENT, Progress
from negoprep.records import model, times, values
from negoprep.records.editing import DERIVED_IDS, child_id
from negoprep.records.problems import Problem, problem, words
from negoprep.records.release import FLAGS as RELEASE_FLAGS
from negoprep.records.release import WITHHOLDABLE, ReleasePolicy, blank_value
from negoprep.records.values import MAX_TEXT  # the limits a file must keep are the ones load keeps
from negoprep.store import chain, engine, export, merge_rules, migrations, packing, search_text
from negoprep.store.connection import SQLITE_HEADER
from negoprep.store.engine import sqlite
from negoprep.store.migrations import APPLICATION_ID

MAX_BYTES = 2 * 1024**3
#: The time a check may take: SECONDS for any file, and SECONDS_PER_MB more for each megabyte
#: of it (a colleague's 100,000-row store of 200 MB checks in about 40 s on a busy laptop: it
#: gets 90 s; a small file built to be slow is still stopped after half a minute).
SECONDS = 30.0
SECONDS_PER_MB = 0.3
MAX_ID = 200
MAX_SNAPSHOT = 4_000_000  # characters of one revision snapshot (all of a record's fields)
AGE_HEADER = b"age-encryption.org/v1"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_CHUNK = 1 << 20
_COPY_NAME = "incoming.db"
_STEP_OPS = 10_000  # the progress handler runs every this many SQLite VM steps
#: Keys of the full-text index's configuration a store may hold, and their allowed values.
_FTS_CONFIG = {
    "version": (4, 4),
    "pgsz": (32, 65536),
    "automerge": (0, 64),
    "crisismerge": (0, 1_000_000),
    "usermerge": (2, 16),
    "deletemerge": (0, 100),
    "secure-delete": (0, 1),
}


class VerifyError(NegoprepError):
    """A shared file that negoprep refuses, with the reason in one line."""


@dataclass
class VerifyReport:
    """What a verified file holds."""

    path: Path
    version: int  # its schema version (files of older versions are accepted)
    bytes: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per table (tombstones included)
    live: dict[str, int] = field(default_factory=dict)  # live records per record table
    dossiers: list[tuple[str, str]] = field(default_factory=list)  # (id, title) of its live dossiers
    # a release copy: dossier id → (its release policy, the fields found withheld, "table.field")
    release: dict[str, tuple[ReleasePolicy, list[str]]] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.live.values())


def verify_file(
    path: Path | str,
    *,
    max_bytes: int = MAX_BYTES,
    seconds: float | None = None,
    with_log: bool = False,
    progress: Progress = SILENT,
) -> VerifyReport:
    """Check a shared file without importing it; raises VerifyError when it is refused.

    With `with_log`, a -wal beside the file is not refused: it is copied too and applied to the
    private copy, so that what is checked is what SQLite would use on opening the file (for a
    store of the person's own that another program has open, or that a crash left with its log).

    `progress` hears each stage (read, checked) and may stop the check (`CancelledError`) between
    any two steps of it, the time limit's own steps included. The time limit is `seconds`, or
    by default one that grows with the file (`time_allowed`)."""
    with _verified(
        Path(path), max_bytes=max_bytes, seconds=seconds, migrate=False, with_log=with_log, progress=progress
    ) as (_, report):
        return report


@contextlib.contextmanager
def verified_copy(
    path: Path | str,
    *,
    max_bytes: int = MAX_BYTES,
    seconds: float | None = None,
    migrate: bool = False,
    progress: Progress = SILENT,
) -> Iterator[Path]:
    """A private, verified, read-only copy of a shared file, deleted afterwards.

    With `migrate`, a file of an older schema version is migrated (on the copy) to the
    current version first. Raises VerifyError, leaving nothing behind, when the file is refused
    (CancelledError when `progress` is cancelled, leaving nothing behind either).
    """
    with _verified(
        Path(path), max_bytes=max_bytes, seconds=seconds, migrate=migrate, normalise=True, progress=progress
    ) as (copy, _):
        yield copy


@contextlib.contextmanager
def _verified(
    path: Path,
    *,
    max_bytes: int,
    seconds: float | None,
    migrate: bool,
    with_log: bool = False,
    normalise: bool = False,
    progress: Progress = SILENT,
) -> Iterator[tuple[Path, VerifyReport]]:
    name = str(path)
    steps = 2 + migrate + normalise
    progress.step(0, steps, translate("verify", "Reading {name}").format(name=path.name))
    head, size = _read_head(path, max_bytes)
    deadline = _Deadline(path, time_allowed(size) if seconds is None else seconds, progress)
    version = _check_header(name, head, size)
    check_sidecars(path, with_log=with_log)
    with tempfiles.scratch("verify") as folder:
        copy = folder / _COPY_NAME
        size = _copy(path, copy, max_bytes, deadline)
        if with_log:
            _apply_log(name, path, copy, max_bytes, deadline)
            size = copy.stat().st_size
        else:
            check_sidecars(path)  # (none appeared while the file was copied)
        version = _check_header(name, _head_of(copy), size)  # the bytes copied, as they are
        _leave_wal_mode(copy)
        copy.chmod(0o400)
        report = VerifyReport(path=path, version=version, bytes=size)
        progress.step(1, steps, translate("verify", "Checking {name}").format(name=path.name))
        _check_database(name, copy, version, report, deadline)
        if migrate and version < migrations.current_version():
            progress.step(2, steps, translate("verify", "Bringing {name} up to date").format(name=path.name))
            _migrate(name, copy, version)
        if normalise:
            progress.step(steps - 1, steps, translate("verify", "Preparing {name}").format(name=path.name))
            _normalise_text(name, copy, deadline)
        progress.say(steps, steps, translate("verify", "Checked {name}").format(name=path.name))
        yield copy, report


def time_allowed(size: int) -> float:
    """Seconds a check of a file of `size` bytes may take (SECONDS, and SECONDS_PER_MB more
    per megabyte): a large store is slow to check because it is large, not because it is built
    to be slow."""
    return SECONDS + SECONDS_PER_MB * size / 1024**2


# --- the bytes ------------------------------------------------------------------------------


class _Deadline:
    """The time limit of a check, and the person's Cancel: both are looked at between steps
    and from SQLite's progress handler."""

    def __init__(self, path: Path, seconds: float, progress: Progress = SILENT):
        self.path = path
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.progress = progress

    def passed(self) -> bool:
        return time.monotonic() > self.end

    def stop(self) -> int:
        """For SQLite's progress handler: non-zero stops the statement (time is up, or cancelled)."""
        return 1 if self.passed() or self.progress.is_cancelled() else 0

    def error(self) -> VerifyError:
        return VerifyError(
            translate(
                "verify",
                "{path} took longer than {seconds:g} s to check: refused (a file this slow to read "
                "is too large or built to be slow)",
            ).format(path=self.path, seconds=round(self.seconds))
        )

    def check(self) -> None:
        self.progress.check()
        if self.passed():
            raise self.error()


def _too_large(path: Path | str, max_bytes: int) -> VerifyError:
    return VerifyError(
        translate("verify", "{path} is larger than {size}: too large to be a negoprep store").format(
            path=path, size=_size_text(max_bytes)
        )
    )


def _size_text(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return translate("verify", "{n} bytes").format(n=n)


def open_regular(path: Path) -> int:
    """A read-only descriptor of a regular file; raises VerifyError for anything else (a
    folder, a named pipe, a device, a socket) without ever waiting on it."""
    if live.live_store_of(path) is not None:  # reading it here would drop SQLite's locks on it
        raise VerifyError(
            translate("verify", "{path} is the store open here, or one of its files: choose a colleague's file").format(
                path=path
            )
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise VerifyError(translate("verify", "there is no file {path}").format(path=path)) from None
    except IsADirectoryError:
        raise VerifyError(translate("verify", "{path} is a folder, not a store file").format(path=path)) from None
    except OSError as exc:
        raise VerifyError(
            translate("verify", "{path} cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise VerifyError(
            translate("verify", "{path} cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise VerifyError(translate("verify", "{path} is a folder, not a store file").format(path=path))
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise VerifyError(
            translate("verify", "{path} is not a regular file (a device, pipe or socket): not a store file").format(
                path=path
            )
        )
    return fd


def _apply_log(name: str, path: Path, copy: Path, max_bytes: int, deadline: _Deadline) -> None:
    """Copy the -wal beside `path` next to the private copy and fold it in there (SQLite
    replays pages: nothing of the file's own SQL runs), leaving one file to check."""
    log = Path(f"{path}-wal")
    try:
        present = os.stat(log).st_size > 0
    except FileNotFoundError:
        return
    except OSError as exc:
        raise VerifyError(
            translate("verify", "{name} cannot be checked: {file} beside it cannot be read ({error})").format(
                name=name, file=log.name, error=exc.strerror
            )
        ) from None
    if not present:
        return
    _copy(log, Path(f"{copy}-wal"), max_bytes, deadline)
    try:
        conn = engine.connect(f"{copy.as_uri()}?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite.Error as exc:
        raise _sqlite_failure(name, exc, deadline) from None


def check_sidecars(path: Path, *, with_log: bool = False) -> None:
    """Refuse a file with a non-empty -wal or -journal beside it: SQLite would apply what that
    holds whenever the file is opened, so the file alone is not what would be used. With
    `with_log`, a -wal is accepted (the caller checks it with the file)."""
    for suffix in ("-journal",) if with_log else ("-wal", "-journal"):
        sidecar = Path(f"{path}{suffix}")
        try:
            info = os.stat(sidecar)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise VerifyError(
                translate("verify", "{path} cannot be checked: {name} beside it cannot be read ({error})").format(
                    path=path, name=sidecar.name, error=exc.strerror
                )
            ) from None
        if stat.S_ISREG(info.st_mode) and info.st_size == 0:
            continue
        if suffix == "-wal":
            raise VerifyError(
                translate(
                    "verify",
                    "{path} has changes that may live in {name} beside it, which SQLite would apply when "
                    "opening it: refused (ask the sender for an export, made with `negoprep export` or "
                    "File → Export…, rather than a copy of a store that was in use)",
                ).format(path=path, name=sidecar.name)
            )
        raise VerifyError(
            translate(
                "verify",
                "{path} has an unfinished change in {name} beside it, which SQLite would roll back "
                "when opening it: refused (ask the sender for an export, made with `negoprep export` "
                "or File → Export…, rather than a copy of a store that was being written)",
            ).format(path=path, name=sidecar.name)
        )


def _read_head(path: Path, max_bytes: int) -> tuple[bytes, int]:
    """The file's first bytes and its size, read before anything is copied."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise _too_large(path, max_bytes)
        head = os.read(fd, 4096)
    except OSError as exc:
        raise VerifyError(
            translate("verify", "{path} cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    finally:
        os.close(fd)
    return head, max(size, len(head))


def _head_of(copy: Path) -> bytes:
    with copy.open("rb") as handle:
        return handle.read(4096)


def _copy(path: Path, copy: Path, max_bytes: int, deadline: _Deadline) -> int:
    """Copy at most max_bytes of the file into the private folder; returns the size."""
    fd = open_regular(path)
    total = 0
    try:
        out = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            while True:
                chunk = os.read(fd, _CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise _too_large(path, max_bytes)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view) :]
                deadline.check()
        finally:
            os.close(out)
    except OSError as exc:
        raise VerifyError(
            translate("verify", "{path} cannot be checked: {error} (while copying it privately)").format(
                path=path, error=exc.strerror or exc
            )
        ) from None
    finally:
        os.close(fd)
    return total


def _what_it_is(head: bytes) -> str:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return translate("verify", "a ZIP archive")
    if head.startswith(b"\x1f\x8b"):
        return translate("verify", "a gzip-compressed file")
    if head.startswith(b"%PDF"):
        return translate("verify", "a PDF document")
    sample = head[:1024]
    text: str | None
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a sample may end inside a character
        text = sample[: exc.start].decode("utf-8") if exc.start > len(sample) - 4 else None
    if text is not None and "\x00" not in text:
        stripped = text.lstrip("\ufeff \t\r\n")
        if stripped.startswith("{") and "negoprep-dossier" in text:
            return translate("verify", "a dossier document in JSON: load it with `negoprep load`")
        if stripped.startswith(("{", "[")):
            return translate("verify", "a JSON text")
        return translate("verify", "a text file")
    return translate("verify", "unrecognised data")


def _sqlcipher_shaped(head: bytes, size: int) -> bool:
    """Whether the bytes look like an SQLCipher store: whole pages of what reads as noise (a
    random salt, then encrypted pages), where no known kind of file begins."""
    if size < 1024 or size % 512:
        return False
    if head.startswith((b"PK", b"\x1f\x8b", b"%PDF", b"{", b"[")):
        return False
    sample = head[:100]
    printable = sum(32 <= byte < 127 for byte in sample)
    return printable < len(sample) * 0.6


def _u32(head: bytes, offset: int) -> int:
    return int.from_bytes(head[offset : offset + 4], "big")


def _check_header(name: str, head: bytes, size: int) -> int:
    """Check what the first bytes say; returns the schema version."""
    if size == 0 or not head:
        raise VerifyError(translate("verify", "{name} is empty: not a negoprep store").format(name=name))
    if head.startswith(AGE_HEADER) or head.lstrip().startswith(AGE_ARMOR):
        raise VerifyError(
            translate("verify", "{name} is encrypted: give --passphrase-file or --identity").format(name=name)
        )
    if not head.startswith(SQLITE_HEADER):
        if len(head) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(head):
            raise _truncated(name, size, 100)
        if _sqlcipher_shaped(head, size):
            raise VerifyError(
                translate(
                    "verify",
                    "{name} is an encrypted store (encrypted at rest): export it first, and share the export",
                ).format(name=name)
            )
        raise VerifyError(
            translate("verify", "{name} is not a negoprep store: it is not a SQLite database ({what})").format(
                name=name, what=_what_it_is(head)
            )
        )
    if len(head) < 100:
        raise _truncated(name, size, 100)
    raw_page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1) or head[21:24] != b"\x40\x20\x20":
        raise VerifyError(translate("verify", "{name} is damaged: its SQLite header is not valid").format(name=name))
    pages = _u32(head, 28)
    if pages and _u32(head, 24) == _u32(head, 92):  # the page count in the header is valid
        if size < pages * page_size:
            raise _truncated(name, size, pages * page_size)
    elif size % page_size:
        raise _truncated(name, size, (size // page_size + 1) * page_size)
    app_id = _u32(head, 68)
    version = _u32(head, 60)
    if app_id != APPLICATION_ID:
        raise VerifyError(
            translate("verify", "{name} is another application's database, not a negoprep store").format(name=name)
        )
    newest = migrations.current_version()
    if version > newest:
        raise VerifyError(
            translate(
                "verify",
                "{name} was made by a newer negoprep (store version {version}; this one reads up to "
                "{newest}): update negoprep to open it",
            ).format(name=name, version=version, newest=newest)
        )
    if version == 0:
        raise VerifyError(
            translate(
                "verify", "{name} has been tampered with: it is marked as a negoprep store but holds no schema version"
            ).format(name=name)
        )
    if _u32(head, 56) not in (0, 1):
        raise VerifyError(
            translate(
                "verify", "{name} has been tampered with: its text is not in UTF-8, which negoprep always writes"
            ).format(name=name)
        )
    return version


def _truncated(name: str, size: int, expected: int) -> VerifyError:
    return VerifyError(
        translate(
            "verify",
            "{name} is truncated: it holds {size:,} bytes of the {expected:,} it should (an "
            "interrupted copy or download?)",
        ).format(name=name, size=size, expected=expected)
    )


def _leave_wal_mode(copy: Path) -> None:
    """A file saved in WAL mode comes without its -wal: mark the private copy as a plain
    rollback-journal file, so that it opens read-only without needing one."""
    with copy.open("r+b") as handle:
        handle.seek(18)
        if handle.read(2) == b"\x02\x02":
            handle.seek(18)
            handle.write(b"\x01\x01")


# --- SQLite ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Schema:
    objects: dict[str, tuple[str, str, str | None]]  # name → (type, table, normalised sql)
    columns: dict[str, tuple[tuple[Any, ...], ...]]  # table → its columns (PRAGMA table_xinfo)
    fts_version: int


#: SQLite's keywords (https://sqlite.org/lang_keywords.html), and the names that mean a value
#: when bare: a quoted one is a name (or, in double quotes, a string), never the keyword.
_KEYWORDS = frozenset(
    """ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN
    BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT
    CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH
    DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST
    FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX
    INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH
    MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER
    PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX
    RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP
    TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW
    VIRTUAL WHEN WHERE WINDOW WITH WITHOUT TRUE FALSE ROWID OID _ROWID_""".split()
)
#: One token of SQL as SQLite reads it: a comment or space (dropped), a string, a quoted name,
#: a blob, a number, a word, an operator.
_TOKEN = re.compile(
    r"""(?P<space>\s+|--[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/)?)
    |(?P<string>'(?:[^']|'')*')
    |(?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    |(?P<blob>[xX]'[^']*')
    |(?P<number>0[xX][0-9A-Fa-f]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<word>[A-Za-z_\x80-\U0010ffff][\w$\x80-\U0010ffff]*)
    |(?P<op>\|\||<<|>>|<=|>=|==|!=|<>|->>|->|.)""",
    re.VERBOSE | re.DOTALL,
)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _normal_sql(sql: str | None) -> str | None:
    """SQL as its tokens, one space apart, so that spacing and the way a tool quotes a name do
    not count: a quoted name that is a plain identifier (letters, digits, underscores; not a
    keyword) is the bare name. Every other token is kept exactly as written: a string, a
    quoted name that is not plain (in double quotes SQLite may read it as a string), a
    keyword."""
    if sql is None:
        return None
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            name = text[1:-1]
            if _PLAIN_NAME.fullmatch(name) and name.upper() not in _KEYWORDS:
                text = name
        tokens.append(text)
    return " ".join(tokens)


@functools.cache
def _schema_of(steps: tuple[Any, ...]) -> _Schema:
    """The schema of a store freshly made by these migration steps (in memory)."""
    import sqlite_utils

    conn = engine.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn)
        for step in steps:
            step(db)
        return _read_schema(conn)
    finally:
        conn.close()


def _read_schema(conn: sqlite.Connection) -> _Schema:
    objects = {
        name: (kind, table, _normal_sql(sql))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }
    columns = {
        name: tuple(tuple(row) for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)))
        for name, (kind, _, sql) in objects.items()
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL")
    }
    found = conn.execute("SELECT v FROM search_config WHERE k = 'version'").fetchone()
    return _Schema(objects, columns, found[0] if found else 0)


def expected_schema(version: int) -> _Schema:
    """The allow-list for a file of this schema version."""
    return _schema_of(tuple(migrations.MIGRATIONS[:version]))


def check_schema(name: str, conn: sqlite.Connection) -> None:
    """Raise VerifyError (the file `name` "has been tampered with") when the database on
    `conn` holds a table, index, view or trigger that no negoprep store of its schema version
    holds, lacks one that every such store holds, or defines one otherwise."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    _check_schema(name, conn, expected_schema(version))


def _open(copy: Path, deadline: _Deadline) -> sqlite.Connection:
    conn = engine.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
    conn.set_progress_handler(deadline.stop, _STEP_OPS)
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "query_only = ON",
        "recursive_triggers = OFF",
        "foreign_keys = OFF",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if hasattr(conn, "setlimit"):
        for limit, value in (
            (sqlite.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES),
            (sqlite.SQLITE_LIMIT_SQL_LENGTH, 1_000_000),
            (sqlite.SQLITE_LIMIT_ATTACHED, 0),
            (sqlite.SQLITE_LIMIT_TRIGGER_DEPTH, 1),
        ):
            conn.setlimit(limit, value)
    else:
        # SQLCipher's connections set no limits: no ATTACH is allowed by the authorizer, the
        # length of values is checked by `_check_sizes` before any is read, the SQL is ours,
        # and the file has no triggers (the schema's allow-list) on a read-only connection
        conn.set_authorizer(_no_attach)
    return conn


#: the largest value (in bytes) of a shared file that SQLite is let read
MAX_VALUE_BYTES = 4 * MAX_SNAPSHOT + 1000


def _no_attach(action: int, *_: object) -> int:
    return sqlite.SQLITE_DENY if action == sqlite.SQLITE_ATTACH else sqlite.SQLITE_OK


def _check_sizes(name: str, conn: sqlite.Connection) -> None:
    """Refuse a value larger than negoprep ever writes before any is read: `octet_length`
    takes a value's size from its record's header without loading it (what
    SQLITE_LIMIT_LENGTH does where the library can set it)."""
    if hasattr(conn, "setlimit"):
        return
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    for (table,) in tables:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        if not columns:
            continue
        test = " OR ".join(f'octet_length("{column}") > {MAX_VALUE_BYTES}' for column in columns)
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {test} LIMIT 1').fetchone() is not None:
            raise VerifyError(
                translate("verify", "{name} holds a value larger than negoprep ever writes: refused").format(name=name)
            )


def _sqlite_failure(name: str, exc: sqlite.Error, deadline: _Deadline) -> VerifyError:
    if deadline.passed():
        return deadline.error()
    deadline.progress.check()  # stopped by the person's Cancel: the file is not at fault
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = _one_line(str(exc).replace("*** in database main ***", ""))
    if code == "SQLITE_INTERRUPT" or text == "interrupted":
        # the time limit had not passed: the person pressed Ctrl+C (the signal surfaced inside
        # the progress handler, where SQLite turned it into this error); the file is not at fault
        raise KeyboardInterrupt
    if code == "SQLITE_TOOBIG" or "too big" in text:
        return VerifyError(
            translate("verify", "{name} holds a value larger than negoprep ever writes: refused").format(name=name)
        )
    if code == "SQLITE_NOMEM":
        return VerifyError(
            translate("verify", "{name} is too large to check in the memory available: refused").format(name=name)
        )
    if "decode" in text and "UTF-8" in text:
        return VerifyError(
            translate("verify", "{name} has been tampered with: it holds text that is not valid UTF-8").format(
                name=name
            )
        )
    return VerifyError(translate("verify", "{name} is damaged ({text})").format(name=name, text=text))


def _one_line(text: str, limit: int = 160) -> str:
    """Text from the file or from SQLite, for a one-line message: what a terminal would act on
    written visibly (an id holding a newline or U+202E shows it as \\n or \\u202e)."""
    return echoed(text, limit)


def _check_database(name: str, copy: Path, version: int, report: VerifyReport, deadline: _Deadline) -> None:
    try:
        conn = _open(copy, deadline)
    except sqlite.Error as exc:
        raise _sqlite_failure(name, exc, deadline) from None
    try:
        _check_schema(name, conn, expected_schema(version))
        _check_sizes(name, conn)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        if result != ["ok"]:
            raise VerifyError(
                translate("verify", "{name} is damaged ({problem})").format(
                    name=name, problem=_one_line(str(result[0]).replace("*** in database main ***", ""))
                )
            )
        _check_version_values(name, conn, version)
        _check_values(name, conn, version, deadline)
        _check_rules(name, conn, version, expected_schema(version), deadline)
        _describe(conn, report)
    except sqlite.Error as exc:
        raise _sqlite_failure(name, exc, deadline) from None
    except UnicodeError:
        raise VerifyError(
            translate("verify", "{name} has been tampered with: it holds text that is not valid UTF-8").format(
                name=name
            )
        ) from None
    except (RecursionError, MemoryError, OverflowError, ValueError) as exc:
        raise VerifyError(
            translate("verify", "{name} has been tampered with: {error}").format(
                name=name, error=_one_line(str(exc)) or type(exc).__name__
            )
        ) from None
    finally:
        conn.close()


def _check_version_values(name: str, conn: sqlite.Connection, version: int) -> None:
    """A file holds only what its own schema version allows: nothing that only a later version
    writes (packed snapshots in a file of version 13, a field its version's records lack)."""
    found = migrations.later_value(conn, version)
    if found is not None:
        since, what = found
        raise VerifyError(
            translate(
                "verify",
                "{name} says it is a store of version {version} but holds {what}, which only version {since} "
                "and later write: refused",
            ).format(name=name, version=version, what=what, since=since)
        )


def _checks_of(sql: str) -> list[str]:
    """The CHECK constraints of a table's definition (negoprep's own SQL), each an expression."""
    tokens = [m.group() for m in _TOKEN.finditer(sql) if m.lastgroup != "space"]
    found = []
    for i, token in enumerate(tokens):
        if token.upper() != "CHECK" or i + 1 >= len(tokens) or tokens[i + 1] != "(":
            continue
        depth, j = 0, i + 1
        while j < len(tokens):
            depth += {"(": 1, ")": -1}.get(tokens[j], 0)
            if depth == 0:
                break
            j += 1
        found.append(" ".join(tokens[i + 2 : j]))
    return found


def _check_rules(name: str, conn: sqlite.Connection, version: int, expected: _Schema, deadline: _Deadline) -> None:
    """Every row keeps the CHECK constraints of its own version's schema (what that version
    allows): SQLite's integrity_check skips them on a read-only connection, so they are run
    here, each table in one pass. The rules are taken from a store freshly made at that
    version, never from the file."""
    for table, (kind, _, sql) in sorted(expected.objects.items()):
        if kind != "table" or sql is None or sql.upper().startswith("CREATE VIRTUAL"):
            continue
        checks = _checks_of(sql)
        if not checks:
            continue
        deadline.check()
        failing = ", ".join(f"ifnull(NOT ({c}), 0)" for c in checks)
        where = " OR ".join(f"ifnull(NOT ({c}), 0)" for c in checks)
        row = conn.execute(f'SELECT rowid, {failing} FROM "{table}" WHERE {where} LIMIT 1').fetchone()
        if row is None:
            continue
        rule = next(c for c, failed in zip(checks, row[1:], strict=True) if failed)
        raise _tampered(
            name,
            translate("verify", "row {number} of {table} breaks a rule of its schema version {version}: {rule}").format(
                number=row[0], table=table, version=version, rule=_one_line(rule, 120)
            ),
        )


def _tampered(name: str, what: str) -> VerifyError:
    return VerifyError(translate("verify", "{name} has been tampered with: {what}").format(name=name, what=what))


_ARTICLE = {
    "table": QT_TRANSLATE_NOOP("verify", "a table"),
    "index": QT_TRANSLATE_NOOP("verify", "an index"),
    "view": QT_TRANSLATE_NOOP("verify", "a view"),
    "trigger": QT_TRANSLATE_NOOP("verify", "a trigger"),
}
#: the kinds of SQLite object, as messages name them
_KINDS = {
    "table": QT_TRANSLATE_NOOP("verify", "table"),
    "index": QT_TRANSLATE_NOOP("verify", "index"),
    "view": QT_TRANSLATE_NOOP("verify", "view"),
    "trigger": QT_TRANSLATE_NOOP("verify", "trigger"),
}


def _kind(kind: Any) -> str:
    """A kind of SQLite object named in the installed language."""
    return translate("verify", _KINDS[kind]) if kind in _KINDS else _one_line(str(kind), 20)


def _a_kind(kind: Any) -> str:
    """A kind of SQLite object with its article ("a table"), or the unknown one it is."""
    if kind in _ARTICLE:
        return translate("verify", _ARTICLE[kind])
    return translate("verify", 'an object of the unknown type "{kind}"').format(kind=_one_line(str(kind), 20))


def _check_schema(name: str, conn: sqlite.Connection, expected: _Schema) -> None:
    found = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    seen = set()
    for kind, obj, table, sql in found:
        seen.add(obj)
        if kind == "trigger":
            raise _tampered(
                name,
                translate("verify", 'it holds a trigger "{obj}" (on {table}), which no negoprep store has').format(
                    obj=obj, table=table
                ),
            )
        if kind == "view" and obj in expected.objects:
            raise _tampered(
                name,
                translate("verify", '"{obj}" is a view where negoprep has a {kind}').format(
                    obj=obj, kind=_kind(expected.objects[obj][0])
                ),
            )
        if kind == "view":
            raise _tampered(
                name, translate("verify", 'it holds a view "{obj}", which no negoprep store has').format(obj=obj)
            )
        if obj not in expected.objects:
            what = (
                translate("verify", "an extra table")
                if kind == "table"
                else (translate("verify", "an extra index") if kind == "index" else _a_kind(kind))
            )
            on = translate("verify", " on {table}").format(table=table) if kind == "index" else ""
            raise _tampered(
                name,
                translate("verify", 'it holds {what} "{obj}"{on}, which no negoprep store has').format(
                    what=what, obj=obj, on=on
                ),
            )
        want_kind, want_table, want_sql = expected.objects[obj]
        if kind != want_kind:
            raise _tampered(
                name,
                translate("verify", '"{obj}" is {what} where negoprep has a {kind}').format(
                    obj=obj, what=_a_kind(kind), kind=_kind(want_kind)
                ),
            )
        if table != want_table:
            raise _tampered(
                name,
                translate("verify", 'the {kind} "{obj}" belongs to {table}, not to {want_table}').format(
                    kind=_kind(kind), obj=obj, table=table, want_table=want_table
                ),
            )
        if _normal_sql(sql) != want_sql:
            if kind == "table" and obj in expected.columns and not (sql or "").upper().startswith("CREATE VIRTUAL"):
                _compare_columns(name, conn, obj, expected.columns[obj])
            raise _tampered(
                name,
                translate("verify", 'the {kind} "{obj}" is not defined as negoprep defines it').format(
                    kind=_kind(kind), obj=obj
                ),
            )
    missing = sorted(set(expected.objects) - seen)
    if missing:
        kind = expected.objects[missing[0]][0]
        raise _tampered(
            name,
            translate("verify", 'it lacks the {kind} "{missing}" that every negoprep store has').format(
                kind=_kind(kind), missing=missing[0]
            ),
        )
    for table, want in expected.columns.items():
        got = tuple(tuple(row) for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)))
        if got != want:
            _compare_columns(name, conn, table, want)
            raise _tampered(
                name,
                translate("verify", 'the table "{table}" is not defined as negoprep defines it').format(table=table),
            )


def _compare_columns(name: str, conn: sqlite.Connection, table: str, want: tuple[tuple[Any, ...], ...]) -> None:
    got = [tuple(row) for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,))]
    want_names = [row[1] for row in want]
    got_names = [row[1] for row in got]
    extra = [c for c in got_names if c not in want_names]
    if extra:
        raise _tampered(
            name,
            translate("verify", 'the table "{table}" has an extra column "{extra}"').format(
                table=table, extra=extra[0]
            ),
        )
    lacking = [c for c in want_names if c not in got_names]
    if lacking:
        raise _tampered(
            name,
            translate("verify", 'the table "{table}" lacks the column "{lacking}"').format(
                table=table, lacking=lacking[0]
            ),
        )
    for row, wanted in zip(got, want, strict=False):
        if row != wanted:
            raise _tampered(
                name,
                translate(
                    "verify", 'the column "{row}" of the table "{table}" is not defined as negoprep defines it'
                ).format(row=row[1], table=table),
            )


# --- values ---------------------------------------------------------------------------------


def _bad_value(name: str, table: str, row_id: Any, column: str, problem: str) -> VerifyError:
    return VerifyError(
        translate(
            "verify", "{name} holds a value negoprep never writes: {table}.{column} of {row_id} {problem}"
        ).format(name=name, table=table, column=column, row_id=_one_line(str(row_id), 60), problem=problem)
    )


def _bad_reference(name: str, table: str, row_id: Any, column: str, target: str) -> VerifyError:
    return VerifyError(
        translate(
            "verify", "{name} holds a broken reference: {table}.{column} of {row_id} names no {target} in the same file"
        ).format(name=name, table=table, column=column, row_id=_one_line(str(row_id), 60), target=target)
    )


_TEXT = "typeof({c}) != 'text' OR length(CAST({c} AS BLOB)) > {max}"
_TIME = times.sql_not_stamp("{c}")  # the time of a change: a stamp, as negoprep has always written it
_ID = "typeof({c}) != 'text' OR length({c}) = 0 OR length(CAST({c} AS BLOB)) > " + str(4 * MAX_ID)
_ROWS_PER_CHECK = 5_000  # rows between two looks at the clock
_BYTES_PER_CHECK = 8 * 1024**2  # or bytes of text, whichever comes first
_AUTHOR_NAME = model.Column("name", model.Spec("text", QT_TRANSLATE_NOOP("fields", "Name")), "")


def _nullable(expr: str, column: str, nullable: bool) -> str:
    return f"{column} IS NOT NULL AND ({expr})" if nullable else f"{column} IS NULL OR ({expr})"


def _scan_values(
    name: str, conn: sqlite.Connection, table: str, columns: Sequence[model.Column], deadline: _Deadline
) -> None:
    """Every value of every row of a table judged by the very rules `load` applies
    (negoprep.records.values), read as SQLite holds it: text as bytes, so that text that is not
    UTF-8 is found here rather than by whoever reads it next. Raises for the first bad value."""
    names = ", ".join(f'"{c.name}"' for c in columns)
    blob = " OR ".join(f"typeof(\"{c.name}\") = 'blob'" for c in columns)
    row = conn.execute(f"SELECT rowid FROM {table} WHERE {blob} LIMIT 1").fetchone()
    if row is not None:
        raise _bad_value(
            name,
            table,
            translate("verify", "row {number}").format(number=row[0]),
            "",
            translate("verify", "holds binary data where negoprep keeps text or numbers"),
        )
    judges = [values.stored_checker(c) for c in columns]
    pairs = list(zip(columns, judges, strict=True))
    conn.text_factory = bytes
    try:
        cursor = conn.execute(f"SELECT rowid, {names} FROM {table}")
        spent = 0
        while rows := cursor.fetchmany(_ROWS_PER_CHECK):
            deadline.check()
            for row in rows:
                for (column, judge), value in zip(pairs, row[1:], strict=True):
                    found = judge(value)
                    if found is not None:
                        raise _bad_value(name, table, _row_name(row, columns), column.name, words(found))
                    if type(value) is bytes:
                        spent += len(value)
                if spent > _BYTES_PER_CHECK:  # a few rows of long text take as long as many short ones
                    deadline.check()
                    spent = 0
    finally:
        conn.text_factory = str


def _row_name(row: Sequence[Any], columns: Sequence[model.Column]) -> str:
    for column, value in zip(columns, row[1:], strict=True):
        if column.name == "id" and isinstance(value, bytes):
            return value.decode("utf-8", "replace")
    return translate("verify", "row {number}").format(number=row[0])


def _record_columns(rtype: type[model.Record], present: set[str]) -> list[model.Column]:
    return [c for c in rtype.declared() if c.name in present]


def _references(rtype: type[model.Record]) -> list[tuple[str, type[model.Record]]]:
    from negoprep.store.operations import REFERENCES

    # (an item's link to its parent is declared as a reference too: model.REFERENCES)
    return [(column, target) for source, column, target, _ in REFERENCES if source is rtype]


def _first(conn: sqlite.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def _scan(name: str, conn: sqlite.Connection, table: str, checks: Any) -> None:
    """Every check of a table's values in one pass; raises for the first bad value found."""
    checks = list(checks)
    tests = [f"ifnull(({sql}), 0)" for _, sql, _ in checks]
    row = conn.execute(
        f"SELECT coalesce(id, rowid), {', '.join(tests)} FROM {table} WHERE {' OR '.join(tests)} LIMIT 1"
    ).fetchone()
    if row is None:
        return
    for (column, _, text), failed in zip(checks, row[1:], strict=True):
        if failed:
            raise _bad_value(name, table, row[0], column, text)


def _check_values(name: str, conn: sqlite.Connection, version: int, deadline: _Deadline) -> None:
    expected = expected_schema(version)
    record_tables = [rtype.table for rtype in chain.present_types(conn)]
    known = ", ".join(f"'{t}'" for t in record_tables)

    # authors first: the records name them
    _scan_values(name, conn, "authors", (model.Record.column("id"), _AUTHOR_NAME), deadline)
    _check_author_names(name, conn)

    for rtype in chain.present_types(conn):
        deadline.check()
        present = {row[1] for row in expected.columns[rtype.table]}
        _scan_values(name, conn, rtype.table, _record_columns(rtype, present), deadline)
        if rtype is model.Note and version >= migrations.UTC_NOTE_TIMES:
            # a note's time as this version keeps it (older files: restated on migration)
            _scan(
                name,
                conn,
                rtype.table,
                (("at", times.sql_not_when("at"), translate("verify", "is not a date or a UTC time")),),
            )
    _check_unique_ids(name, conn)
    _check_package_item_ids(name, conn, deadline)
    for rtype in chain.present_types(conn):
        table = rtype.table
        if rtype is not model.Dossier:
            bad = _first(
                conn,
                f"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = t.dossier_id) "
                "LIMIT 1",
            )
            if bad is not None:
                raise _bad_reference(name, table, bad, "dossier_id", translate("verify", "dossier"))
        for column, target in _references(rtype):
            bad = _first(
                conn,
                f"SELECT t.id FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {target.table} x WHERE x.id = t.{column} AND x.dossier_id = t.dossier_id) LIMIT 1",
            )
            if bad is not None:
                raise _bad_reference(
                    name,
                    table,
                    bad,
                    column,
                    translate("verify", "{noun} of its dossier").format(noun=translate("records", target.noun)),
                )
        bad = _first(
            conn,
            f"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM authors a WHERE a.id = t.author_id) LIMIT 1",
        )
        if bad is not None:
            raise _bad_reference(name, table, bad, "author_id", translate("verify", "author"))
        bad = _first(
            conn,
            f"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = t.rev "
            "AND r.table_name = ? AND r.row_id = t.id) LIMIT 1",
            (table,),
        )
        if bad is not None:
            raise _bad_reference(name, table, bad, "rev", translate("verify", "revision of that row"))
    deadline.check()
    _check_revisions(name, conn, known, record_tables, deadline)
    deadline.check()
    if version >= migrations.DIGESTS:
        _check_chain(name, conn, deadline)
    deadline.check()
    _check_index(name, conn, known, record_tables, expected, deadline)
    if "conflicts" in expected.columns:
        _check_conflicts(name, conn, known, record_tables, deadline)
    _check_other_tables(name, conn, expected)


# (nested CASEs: each JSON function runs only on text already known to be valid JSON)
_PARENTS_OK = (
    "CASE WHEN typeof(parents) = 'text' AND length(parents) <= 100000 AND json_valid(parents) "
    "THEN json_type(parents) = 'array' ELSE 0 END"
)
_SNAPSHOT = chain.text_sql(lenient=True)  # (its text, as it is or unpacked; NULL when it cannot be unpacked)
_SNAPSHOT_OK = (
    f"CASE WHEN typeof(snapshot) IN ('text', 'blob') AND length({_SNAPSHOT}) <= {MAX_SNAPSHOT} "
    f"AND json_valid({_SNAPSHOT}) THEN json_type({_SNAPSHOT}) = 'object' ELSE 0 END"
)


def _check_revisions(
    name: str, conn: sqlite.Connection, known: str, record_tables: list[str], deadline: _Deadline
) -> None:
    checks = (
        ("id", _ID.format(c="id"), translate("verify", "is not an id")),
        (
            "table_name",
            f"table_name IS NULL OR table_name NOT IN ({known})",
            translate("verify", "is not a table of records"),
        ),
        ("row_id", _ID.format(c="row_id"), translate("verify", "is not an id")),
        ("author_id", _ID.format(c="author_id"), translate("verify", "is not an id")),
        ("at", _TIME.format(c="at"), translate("verify", "is not a time")),
        (
            "op",
            "op IS NULL OR op NOT IN ('insert', 'update', 'delete')",
            translate("verify", "is not insert, update or delete"),
        ),
        (
            "parents",
            "CASE WHEN typeof(parents) != 'text' OR length(parents) > 100000 OR NOT json_valid(parents) THEN 1 "
            "WHEN json_type(parents) != 'array' THEN 1 ELSE 0 END",
            translate("verify", "is not a JSON list"),
        ),
        (
            "parents",
            f"CASE WHEN {_PARENTS_OK} THEN EXISTS (SELECT 1 FROM json_each(revisions.parents) j "
            f"WHERE j.type != 'text' OR length(j.value) > {MAX_ID}) ELSE 0 END",
            translate("verify", "holds something other than revision ids"),
        ),
        (
            "snapshot",
            f"typeof(snapshot) = 'blob' AND {packing.SQL_LENIENT_FUNCTION}(snapshot) IS NULL",
            translate("verify", "is a packed snapshot that cannot be unpacked (damaged, or too large)"),
        ),
        (
            "snapshot",
            f"CASE WHEN {_SNAPSHOT_OK} THEN 0 ELSE 1 END",
            translate("verify", "is not a JSON object"),
        ),
        (
            "snapshot",
            f"CASE WHEN {_SNAPSHOT_OK} THEN json_extract({_SNAPSHOT}, '$.id') IS NOT row_id ELSE 0 END",
            translate("verify", "is not a snapshot of its row"),
        ),
    )
    _scan(name, conn, "revisions", checks)
    deadline.check()
    bad = _first(
        conn,
        "SELECT r.id FROM revisions r WHERE EXISTS (SELECT 1 FROM json_each(r.parents) j "
        "WHERE NOT EXISTS (SELECT 1 FROM revisions p WHERE p.id = j.value)) LIMIT 1",
    )
    if bad is not None:
        raise _bad_reference(name, "revisions", bad, "parents", translate("verify", "revision"))
    _check_no_cycle(name, conn, deadline)
    bad = _first(
        conn, "SELECT r.id FROM revisions r WHERE NOT EXISTS (SELECT 1 FROM authors a WHERE a.id = r.author_id) LIMIT 1"
    )
    if bad is not None:
        raise _bad_reference(name, "revisions", bad, "author_id", translate("verify", "author"))
    for table in record_tables:
        bad = _first(
            conn,
            f"SELECT r.id FROM revisions r WHERE r.table_name = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = r.row_id) LIMIT 1",
            (table,),
        )
        if bad is not None:
            raise _bad_reference(
                name, "revisions", bad, "row_id", translate("verify", "row of {table}").format(table=table)
            )
    _scan_snapshots(name, conn, deadline)


class TamperedError(VerifyError):
    """A file whose rows or history were changed outside negoprep (the problem kind
    "tampered"): `problem` names the first record that does not match."""

    kind = "tampered"

    def __init__(self, name: str, found: Problem):
        self.problem = found
        super().__init__(
            translate("verify", "{name} was changed outside negoprep (tampered): {problem}").format(
                name=name, problem=_one_line(words(found), 400)
            )
        )


def _record_words(conn: sqlite.Connection, table: str, row_id: str) -> Problem:
    """A record as a message names it: its kind in words, its title when readable, its id."""
    rtype = model.BY_TABLE[table]
    title = ""
    try:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        if found is not None:
            from negoprep.store.database import decode

            title = decode(rtype, dict(zip(names, found, strict=True))).label
    except (sqlite.Error, ValueError, TypeError):
        title = ""
    shown = _one_line(str(row_id), 60)
    if title:
        return Problem("file.record", {"noun": rtype.noun, "title": _one_line(title, 60), "id": shown})
    return Problem("file.record_untitled", {"noun": rtype.noun, "id": shown})


def _redacted_fields(text: Any, table: str) -> list[str] | None:
    """The fields a revision says an export blanked; None when that is not a list of its fields."""
    if text == "[]":
        return []
    try:
        listed = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    columns = model.BY_TABLE[table].columns()
    if not isinstance(listed, list) or not all(isinstance(f, str) and f in columns for f in listed):
        return None
    return listed


def _check_chain(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """The file's history as negoprep wrote it (negoprep.store.chain): every author's name
    matches its digest, every revision's snapshot its hash (or, where an export blanked
    fields, those fields are blank) and every revision its digest, which covers its parents'
    digests; then every row equals the snapshot of its head revision."""
    for author_id, author_name, made in conn.execute("SELECT id, name, digest FROM authors ORDER BY rowid"):
        if made != chain.author_digest(author_id, author_name):
            raise TamperedError(
                name,
                problem("file.tampered.author", name=_one_line(str(author_name), 60), id=_one_line(author_id, 60)),
            )
    deadline.check()
    digests = dict(conn.execute("SELECT id, digest FROM revisions"))
    cursor = conn.execute(
        # (a text snapshot is hashed as the bytes it is, a packed one as the text it unpacks to)
        "SELECT id, table_name, row_id, parents, author_id, at, op, typeof(snapshot) = 'blob', "
        "CAST(snapshot AS BLOB), snapshot_hash, digest, redacted FROM revisions ORDER BY rowid"
    )
    while rows := cursor.fetchmany(_ROWS_PER_CHECK):
        deadline.check()
        for rev, table, row_id, parents_text, author_id, at, op, packed, stored, snap_hash, made, redacted in rows:
            snapshot = chain.unpack_snapshot(stored) if packed else stored
            code, field_name = None, ""
            blanked = _redacted_fields(redacted, table)
            if blanked is None:
                code = "file.tampered.redacted_list"
            elif not blanked:
                if chain.snapshot_hash(snapshot) != snap_hash:
                    code = "file.tampered.snapshot"
            else:
                held = json.loads(snapshot)
                rtype = model.BY_TABLE[table]
                # only where an export blanks (a live record's head: what a release withholds)
                live_head = _first(
                    conn, f"SELECT 1 FROM {table} WHERE id = ? AND rev = ? AND deleted = 0", (row_id, rev)
                )
                allowed = export.may_blank(table, live_head=live_head is not None)
                field_name = next((f for f in blanked if f not in allowed), "")
                if field_name:
                    code = "file.tampered.not_blankable"
                else:
                    # blank as an export blanks: the field's declared default (or absent)
                    field_name = next(
                        (f for f in blanked if held.get(f, blank_value(rtype, f)) != blank_value(rtype, f)), ""
                    )
                    if field_name:
                        code = "file.tampered.redacted"
            if code is None:
                parents = [] if parents_text == "[]" else json.loads(parents_text)
                expected = chain.digest(
                    rev, table, row_id, parents, [digests.get(p, "") for p in parents], author_id, at, op, snap_hash
                )
                if made != expected:
                    code = "file.tampered.digest"
            if code is not None:
                record = _record_words(conn, table, row_id)
                raise TamperedError(name, problem(code, id=_one_line(rev, 60), record=record, field=field_name))
    deadline.check()
    _check_seal(name, conn)
    for rtype in chain.present_types(conn):
        bad = chain.mismatched_rows(conn, rtype, limit=1, check=deadline.check)
        if bad:
            row_id, column = bad[0]
            found = problem("file.tampered.row", record=_record_words(conn, rtype.table, row_id), field=column)
            raise TamperedError(name, found)


def _check_seal(name: str, conn: sqlite.Connection) -> None:
    """The history is whole: as many revisions and authors, with the same digests, as negoprep
    sealed (chain.SEAL_TABLE). A record rolled back (its newest revisions cut, its row set to
    an older snapshot) or removed with its whole history leaves every chain whole, not the seal."""
    rows = conn.execute("SELECT id, revisions, revisions_xor, authors, authors_xor FROM history_seal").fetchall()
    shaped = (
        len(rows) == 1
        and rows[0][0] == 1
        and all(type(rows[0][i]) is int for i in (1, 3))
        and all(isinstance(rows[0][i], str) and re.fullmatch("[0-9a-f]{64}", rows[0][i]) for i in (2, 4))
    )
    if not shaped:
        raise TamperedError(name, problem("file.tampered.no_seal"))
    sealed = tuple(rows[0][1:])
    found = chain.seal_of(conn)
    for start, what in ((0, "file.seal.revisions"), (2, "file.seal.authors")):
        if found[start : start + 2] != sealed[start : start + 2]:
            raise TamperedError(
                name, problem("file.tampered.seal", found=found[start], sealed=sealed[start], what=problem(what))
            )


def _check_no_cycle(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """No revision is its own ancestor: a history runs one way (the merge walks it)."""
    parents: dict[str, tuple[str, ...]] = {}
    cursor = conn.execute("SELECT id, parents FROM revisions")
    while rows := cursor.fetchmany(_ROWS_PER_CHECK):
        deadline.check()
        for rev_id, text in rows:
            parents[rev_id] = merge_rules.parents_of(text)
    deadline.check()
    looped = merge_rules.own_ancestor(parents)
    if looped is not None:
        raise _bad_value(name, "revisions", looped, "parents", words(problem("file.own_ancestor")))


def _scan_snapshots(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """Every field of every revision snapshot judged by the rules of that field (a snapshot
    comes back into the store on undo, restore and merge): only the record's own fields,
    each a value `load` would accept."""
    by_table = {rtype.table: _snapshot_judges(rtype) for rtype in model.RECORD_TYPES}
    conn.text_factory = bytes
    try:
        cursor = conn.execute("SELECT id, table_name, typeof(snapshot) = 'blob', snapshot FROM revisions")
        while rows := cursor.fetchmany(_ROWS_PER_CHECK):
            deadline.check()
            spent = 0
            for rev_id, table, packed, stored in rows:
                snapshot = chain.unpack_snapshot(stored).encode("utf-8") if packed else stored
                spent += len(snapshot)
                if spent > _BYTES_PER_CHECK:
                    deadline.check()
                    spent = 0
                found = _snapshot_problem(by_table[table.decode()], snapshot)
                if found is not None:
                    shown = rev_id.decode("utf-8", "replace")
                    raise _bad_value(name, "revisions", shown, "snapshot", words(found))
    finally:
        conn.text_factory = str


def _snapshot_judges(rtype: type[model.Record]) -> dict[str, Callable[[Any], Problem | None]]:
    return {c.name: values.snapshot_checker(c) for c in rtype.declared()}


def _snapshot_problem(judges: dict[str, Callable[[Any], Problem | None]], snapshot: bytes) -> Problem | None:
    try:
        fields = json.loads(snapshot.decode("utf-8"), object_pairs_hook=values.one_of_each)
    except UnicodeDecodeError:
        return problem("value.not_utf8")
    except values.RepeatedKeyError as exc:
        return problem("doc.duplicate_key", key=exc.key)
    except (ValueError, RecursionError):
        return problem("file.not_snapshot")
    if not isinstance(fields, dict):
        return problem("file.not_snapshot")
    for key, value in fields.items():
        judge = judges.get(key)
        if judge is None:
            return problem("file.snapshot_key", key=key)
        found = judge(value)
        if found is not None:
            return found.on(key)
    return None


def _check_index(
    name: str, conn: sqlite.Connection, known: str, record_tables: list[str], expected: _Schema, deadline: _Deadline
) -> None:
    bad = _first(
        conn,
        "SELECT docid FROM search_rows WHERE typeof(docid) != 'integer' "
        f"OR table_name IS NULL OR table_name NOT IN ({known}) OR {_ID.format(c='row_id')} LIMIT 1",
    )
    if bad is not None:
        raise _bad_value(
            name,
            "search_rows",
            translate("verify", "row {number}").format(number=bad),
            "table_name",
            translate("verify", "is not an entry of a record"),
        )
    for table in record_tables:
        bad = _first(
            conn,
            "SELECT s.row_id FROM search_rows s WHERE s.table_name = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = s.row_id) LIMIT 1",
            (table,),
        )
        if bad is not None:
            raise _bad_reference(
                name, "search_rows", bad, "row_id", translate("verify", "row of {table}").format(table=table)
            )
    _check_index_entries(name, conn, deadline)
    for key, value in conn.execute("SELECT k, v FROM search_config"):
        allowed = dict(_FTS_CONFIG, version=(expected.fts_version, expected.fts_version)).get(key)
        if allowed is None or not isinstance(value, int) or not allowed[0] <= value <= allowed[1]:
            raise _tampered(
                name,
                translate("verify", 'the search index is configured as negoprep never configures it ("{key}")').format(
                    key=_one_line(str(key), 40)
                ),
            )


def _check_index_entries(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """The index's entries (FTS5 keeps one row of `search_docsize` for each, its id the entry's
    docid) and `search_rows` correspond one to one, and name exactly the live records that have
    text: an entry no record owns would carry its words (withheld or deleted text, or anything)
    to whoever opens the file, and a record without its entry would never be found. Anti-joins,
    each stopped at its first find, under the time limit like every statement here."""
    orphan = _first(
        conn,
        "SELECT d.id FROM search_docsize d WHERE NOT EXISTS (SELECT 1 FROM search_rows s WHERE s.docid = d.id) LIMIT 1",
    )
    if orphan is None:
        # (a row of a table whose records have no text: no record owns its entry either)
        textless = [rtype.table for rtype in chain.present_types(conn) if not search_text.indexed(conn, rtype)]
        marks = ", ".join("?" for _ in textless)
        orphan = _first(conn, f"SELECT docid FROM search_rows WHERE table_name IN ({marks}) LIMIT 1", tuple(textless))
    if orphan is not None:
        raise _tampered(
            name,
            translate("verify", "its search index holds an entry ({docid}) that no record owns").format(
                docid=_one_line(str(orphan), 40)
            ),
        )
    for rtype in chain.present_types(conn):
        if not search_text.indexed(conn, rtype):
            continue
        deadline.check()
        table = rtype.table
        dead = _first(
            conn,
            f"SELECT s.row_id FROM search_rows s JOIN {table} t ON t.id = s.row_id "
            "WHERE s.table_name = ? AND t.deleted = 1 LIMIT 1",
            (table,),
        )
        if dead is not None:
            raise _tampered(
                name,
                translate("verify", "its search index holds an entry of a deleted record ({table} {row_id})").format(
                    table=table, row_id=_one_line(str(dead), 60)
                ),
            )
        missing = _first(
            conn,
            "SELECT s.row_id FROM search_rows s WHERE s.table_name = ? AND NOT EXISTS "
            "(SELECT 1 FROM search_docsize d WHERE d.id = s.docid) LIMIT 1",
            (table,),
        )
        if missing is None:
            missing = _first(
                conn,
                f"SELECT t.id FROM {table} t WHERE t.deleted = 0 AND NOT EXISTS "
                "(SELECT 1 FROM search_rows s WHERE s.table_name = ? AND s.row_id = t.id) LIMIT 1",
                (table,),
            )
        if missing is not None:
            raise _tampered(
                name,
                translate("verify", "its search index has no entry for {table} {row_id}").format(
                    table=table, row_id=_one_line(str(missing), 60)
                ),
            )


def _check_conflicts(
    name: str, conn: sqlite.Connection, known: str, record_tables: list[str], deadline: _Deadline
) -> None:
    json_value = "typeof({c}) != 'text' OR length({c}) > " + str(MAX_TEXT * 2 + 10) + " OR NOT json_valid({c})"
    checks = (
        ("id", _ID.format(c="id"), translate("verify", "is not an id")),
        (
            "table_name",
            f"table_name IS NULL OR table_name NOT IN ({known})",
            translate("verify", "is not a table of records"),
        ),
        ("row_id", _ID.format(c="row_id"), translate("verify", "is not an id")),
        ("dossier_id", _ID.format(c="dossier_id"), translate("verify", "is not an id")),
        ("field", _ID.format(c="field"), translate("verify", "is not a field name")),
        ("kind", "kind IS NULL OR kind NOT IN ('edited', 'deleted')", translate("verify", "is not edited or deleted")),
        ("base", _nullable(json_value.format(c="base"), "base", True), translate("verify", "is not a JSON value")),
        ("a", _nullable(json_value.format(c="a"), "a", False), translate("verify", "is not a JSON value")),
        ("b", _nullable(json_value.format(c="b"), "b", False), translate("verify", "is not a JSON value")),
        (
            "resolution",
            _nullable(json_value.format(c="resolution"), "resolution", True),
            translate("verify", "is not a JSON value"),
        ),
        ("a_rev", _ID.format(c="a_rev"), translate("verify", "is not an id")),
        ("b_rev", _ID.format(c="b_rev"), translate("verify", "is not an id")),
        ("merge_rev", _ID.format(c="merge_rev"), translate("verify", "is not an id")),
        ("created_at", _TIME.format(c="created_at"), translate("verify", "is not a time")),
        (
            "resolved_at",
            _nullable(_TIME.format(c="resolved_at"), "resolved_at", True),
            translate("verify", "is not a time"),
        ),
        (
            "resolved_by",
            _nullable(_ID.format(c="resolved_by"), "resolved_by", True),
            translate("verify", "is not an id"),
        ),
        (
            "how",
            "how IS NOT NULL AND how NOT IN ('mine', 'theirs', 'edit', 'deleted')",
            translate("verify", "is not a way to resolve"),
        ),
    )
    _scan(name, conn, "conflicts", checks)
    _scan_conflict_values(name, conn, deadline)
    for table in record_tables:
        bad = _first(
            conn,
            "SELECT c.id FROM conflicts c WHERE c.table_name = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = c.row_id) LIMIT 1",
            (table,),
        )
        if bad is not None:
            raise _bad_reference(
                name, "conflicts", bad, "row_id", translate("verify", "row of {table}").format(table=table)
            )
        columns = {rtype.table: rtype.columns() for rtype in model.RECORD_TYPES}[table]
        fields = ", ".join(f"'{c}'" for c in columns)
        bad = _first(
            conn, f"SELECT id FROM conflicts WHERE table_name = ? AND field NOT IN ({fields}) LIMIT 1", (table,)
        )
        if bad is not None:
            raise _bad_value(
                name, "conflicts", bad, "field", translate("verify", "is not a field of {table}").format(table=table)
            )
    bad = _first(
        conn,
        "SELECT c.id FROM conflicts c WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = c.dossier_id) LIMIT 1",
    )
    if bad is not None:
        raise _bad_reference(name, "conflicts", bad, "dossier_id", translate("verify", "dossier"))


def _scan_conflict_values(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """A conflict's competing values are values of its field: a person may choose either,
    so each must be one `load` would accept."""
    by_table = {rtype.table: _snapshot_judges(rtype) for rtype in model.RECORD_TYPES}
    conn.text_factory = bytes
    try:
        rows = conn.execute("SELECT id, table_name, field, base, a, b, resolution FROM conflicts")
        spent = 0
        for n, (conflict_id, table, field_name, *competing) in enumerate(rows):
            spent += sum(len(v) for v in competing if v is not None)
            if n % _ROWS_PER_CHECK == 0 or spent > _BYTES_PER_CHECK:
                deadline.check()  # (a file of huge conflict values takes long to judge)
                spent = 0
            name_ = field_name.decode()
            judge = by_table[table.decode()].get(name_)
            for value in competing:
                if value in (None, b"null") or judge is None:  # (null: blanked in an export)
                    continue  # (a field that is none of its table's is reported below)
                found = _snapshot_problem({name_: judge}, b'{"%s": %s}' % (name_.encode(), value))
                if found is not None:
                    raise _bad_value(name, "conflicts", conflict_id.decode("utf-8", "replace"), "value", words(found))
    finally:
        conn.text_factory = str


def _check_unique_ids(name: str, conn: sqlite.Connection) -> None:
    """An id names one record in the whole file: one table, one dossier."""
    union = " UNION ALL ".join(f"SELECT id FROM {rtype.table}" for rtype in chain.present_types(conn))
    bad = _first(conn, f"SELECT id FROM ({union}) GROUP BY id HAVING count(*) > 1 LIMIT 1")
    if bad is not None:
        raise VerifyError(
            translate("verify", '{name} gives two records the same id "{bad}": refused').format(
                name=name, bad=_one_line(str(bad), 60)
            )
        )


def _check_author_names(name: str, conn: sqlite.Connection) -> None:
    """An author's name follows the rule of a name this person gives (NEGOPREP_AUTHOR, the
    identity file, renaming oneself): one line, not blank, no direction overrides."""
    for author_id, author_name in conn.execute("SELECT id, name FROM authors"):
        found = name_problem(author_name)
        if found is not None:
            raise _bad_value(name, "authors", author_id, "name", found)


def _check_package_item_ids(name: str, conn: sqlite.Connection, deadline: _Deadline) -> None:
    """A package item's id is made from its package and agenda item, and a constituency's
    demand's from its constituency and agenda item, the same in every copy
    (`editing.child_id`): one under another id would come back as another record, or hold an
    agenda item in a package twice."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for rtype, (_, parent_attr) in DERIVED_IDS.items():
        if rtype.table not in tables:  # (a file of an earlier version)
            continue
        rows = conn.execute(f"SELECT id, {parent_attr}, agenda_item_id FROM {rtype.table}")
        for n, (row_id, parent_id, item_id) in enumerate(rows):
            if n % 10_000 == 0:
                deadline.check()
            if row_id != child_id(rtype, parent_id, item_id):
                raise _bad_value(
                    name,
                    rtype.table,
                    row_id,
                    "id",
                    translate("verify", "is not the id made from its parent and agenda item"),
                )


def _check_other_tables(name: str, conn: sqlite.Connection, expected: _Schema) -> None:
    """Tables this module knows no rules for (added by later versions): text within limits."""
    handled = {rtype.table for rtype in model.RECORD_TYPES} | {
        "authors",
        "revisions",
        "search_rows",
        "conflicts",
        "history_seal",  # (checked with the chain)
    }
    for table, columns in expected.columns.items():
        if table in handled or table.startswith("search_"):
            continue
        for column in (row[1] for row in columns):
            bad = _first(conn, f'SELECT rowid FROM "{table}" WHERE length("{column}") > {MAX_TEXT * 2 + 10} LIMIT 1')
            if bad is not None:
                raise _bad_value(
                    name,
                    table,
                    translate("verify", "row {number}").format(number=bad),
                    column,
                    translate("verify", "is longer than negoprep ever writes"),
                )


def _describe(conn: sqlite.Connection, report: VerifyReport) -> None:
    tables = [rtype.table for rtype in chain.present_types(conn)]
    for table in (*tables, "revisions", "authors"):
        report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for table in tables:
        report.live[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
    report.dossiers = [
        (row[0], row[1])
        for row in conn.execute("SELECT id, title FROM dossiers WHERE deleted = 0 ORDER BY title COLLATE NOCASE, id")
    ]
    report.release = _released(conn)


def _released(conn: sqlite.Connection) -> dict[str, tuple[ReleasePolicy, list[str]]]:
    """The dossiers the file is a release copy of: those with a live record whose latest
    revision lists a field a release policy withholds as redacted (an export blanks old
    revisions and tombstones, never a live head, unless a release copy withheld it; a
    revision written on such a head keeps the mark while the field stays blank). With each,
    its release policy and the fields found withheld."""
    if "redacted" not in {row[1] for row in conn.execute("PRAGMA table_info(revisions)")}:
        return {}  # (older than the release policy: no release copy)
    found: dict[str, set[str]] = {}
    for table, names in sorted(WITHHOLDABLE.items()):
        owner = "t.id" if table == "dossiers" else "t.dossier_id"
        for dossier_id, redacted in conn.execute(
            f"SELECT {owner}, r.redacted FROM {table} AS t JOIN revisions AS r ON r.id = t.rev "
            "WHERE t.deleted = 0 AND r.redacted != '[]'"
        ):
            listed = names & set(json.loads(redacted))
            if listed:
                found.setdefault(dossier_id, set()).update(f"{table}.{name}" for name in listed)
    if not found:
        return {}
    flags = ", ".join(RELEASE_FLAGS)
    out = {}
    for dossier_id, *flag_values in conn.execute(f"SELECT id, {flags} FROM dossiers WHERE deleted = 0 ORDER BY id"):
        if dossier_id in found:
            policy = ReleasePolicy(
                **{f.removeprefix("release_"): bool(v) for f, v in zip(RELEASE_FLAGS, flag_values, strict=True)}
            )
            out[dossier_id] = (policy, sorted(found[dossier_id]))
    return out


# --- migrating the private copy -------------------------------------------------------------


def _normalise_text(name: str, copy: Path, deadline: _Deadline) -> None:
    """The text of the copy's records as negoprep keeps it (`values.normal_text`: Unicode
    normal form C, LF line ends), as `load` takes a document's text: text typed on another
    system (decomposed Hangul from a Mac, CR LF line ends) reads, sorts and is found the same.
    Canonically equivalent text, so no record says anything else; only non-ASCII text or text
    with a CR is looked at."""

    def needs(value: str) -> bool:
        # (asked before normalising: most text of a Korean dossier is non-ASCII and already NFC)
        return "\r" in value or not unicodedata.is_normalized("NFC", value)

    copy.chmod(0o600)
    try:
        conn = engine.connect(copy, isolation_level=None)
        try:
            conn.create_function("np_needs_normal", 1, needs, deterministic=True)
            conn.create_function("np_normal", 1, values.normal_text, deterministic=True)
            conn.execute("BEGIN")
            # the index entries of the rows changed are written again, composed (when the copy
            # has this version's index: an older one is built again when it is migrated)
            index = {row[1] for row in conn.execute("PRAGMA table_info(search)")} >= {"title_grams"}
            for rtype in chain.present_types(conn):
                present = {row[1] for row in conn.execute(f"PRAGMA table_info({rtype.table})")}
                changed: set[str] = set()
                for column in (c.name for c in rtype.declared() if c.is_text and c.name in present):
                    deadline.check()
                    changed.update(
                        row[0]
                        for row in conn.execute(
                            f"UPDATE {rtype.table} SET {column} = np_normal({column}) "
                            f"WHERE ({column} GLOB ? OR instr({column}, char(13)) > 0) AND np_needs_normal({column}) "
                            "RETURNING id",
                            ("*[^\x01-\x7f]*",),  # any character beyond ASCII
                        )
                    )
                if changed and index:
                    search_text.reindex(conn, rtype, json.dumps(sorted(changed)))
            chained = {row[1] for row in conn.execute("PRAGMA table_info(revisions)")} >= {"digest"}
            if chained and _normalise_snapshots(conn, needs, deadline):
                # the copy's history hashed as what it now holds (checked as it came, above)
                chain.rebuild(conn)
            conn.execute("COMMIT")
        finally:
            conn.close()
    except sqlite.Error as exc:
        raise VerifyError(
            translate("verify", "{name} could not be read as negoprep keeps text ({error})").format(
                name=name, error=_one_line(str(exc))
            )
        ) from None
    finally:
        copy.chmod(0o400)


def _normalise_snapshots(conn: sqlite.Connection, needs: Callable[[str], bool], deadline: _Deadline) -> bool:
    """The text of the copy's revision snapshots as negoprep keeps it, as its rows' (a row
    equals its head revision's snapshot); returns whether any changed."""
    texts = {rtype.table: [c.name for c in rtype.declared() if c.is_text] for rtype in model.RECORD_TYPES}
    changed = []
    rows = conn.execute(
        f"SELECT id, table_name, snapshot FROM revisions WHERE {_SNAPSHOT} GLOB ? OR instr({_SNAPSHOT}, '\\r') > 0",
        ("*[^\x01-\x7f]*",),
    )
    while batch := rows.fetchmany(_ROWS_PER_CHECK):
        deadline.check()
        for rev, table, stored in batch:
            held = json.loads(chain.unpack_snapshot(stored))
            normal = {
                c: values.normal_text(v) for c in texts.get(table, ()) if isinstance(v := held.get(c), str) and needs(v)
            }
            if normal:
                changed.append((chain.stored_snapshot(conn, chain.snapshot_text({**held, **normal})), rev))
    conn.executemany("UPDATE revisions SET snapshot = ? WHERE id = ?", changed)
    return bool(changed)


def _migrate(name: str, copy: Path, version: int) -> None:
    from negoprep.store.connection import migrate

    copy.chmod(0o600)
    try:
        conn = engine.connect(copy, isolation_level=None)
        try:
            migrate(conn, None, version)  # (the schema is negoprep's own: it was just compared)
        finally:
            conn.close()
    except sqlite.Error as exc:
        raise VerifyError(
            translate("verify", "{name} could not be brought up to this negoprep's version ({error})").format(
                name=name, error=_one_line(str(exc))
            )
        ) from None
    finally:
        copy.chmod(0o400)
