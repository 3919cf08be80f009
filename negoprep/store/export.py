"""Export: a self-contained copy of a store to pass around, with nothing in it that should not travel.

The copy is made with `VACUUM INTO` (never a file copy of a live WAL store), from a separate
read-only connection to the store, into a database that lives in memory only; everything
below happens there. Meanwhile SQLite checks the store itself (`Verdict`: each table with its
indexes, and the full-text index), in threads of their own: a copy of a damaged store is never
written out. The
target is written as an unnamed file (Linux `O_TMPFILE`) that is given its name only when it
is whole, so a process killed at any moment leaves either a whole export or nothing: never a
half-written file, never the unredacted copy. Where the folder cannot hold an unnamed file
(a FAT USB stick, other systems), a hidden temporary name beside the target is used, noted
with `tempfiles.register` so that the next negoprep process removes it if this one dies.
A store too large for the in-memory copy (over `MEMORY_LIMIT`), or any store where the SQLite
build cannot hand over an in-memory database's bytes (SQLCipher's), is copied into a private
temporary folder instead (`tempfiles.scratch`, removed afterwards, or by the next negoprep
process when this one is killed); the finished copy is then copied from there into the
unnamed target by the system (`copy_file_range`), never read into this process.

What the copy holds, and what it does not:

- **One dossier** (`dossier_id`): the rows of every other dossier are left out, with their
  revisions, merge conflicts and search entries, and the authors no remaining change names.
- **A release copy** (`release=True`): what each dossier's release policy withholds
  (negoprep.records.release, the one definition that the release briefing book and checklists
  follow too): agenda items and talking points of a withheld disclosure tier ("never disclose"
  always) with the talking points of a withheld item, every package that holds a withheld item
  (whole: its name and verdict would tell of the item) with the offers that table it, the
  demands of constituencies on a withheld item, the team weights (always), the notes when the
  policy says so; a checklist task that pointed at a withheld item keeps the task without the
  link. Withheld fields (both sides' BATNAs, walk-away points with their scores and the other
  side's estimated one, approvers, participants' notes) are
  blanked by `withhold_fields`, in the rows, in every revision snapshot of them, in the search
  index and in merge conflicts. A red line is kept even when its rule names a withheld item
  (the copy then shows that rule as one it cannot check).
- **Deleted text does not survive.** A deleted record (a tombstone) keeps its id, bookkeeping
  and references, so that a merge still carries the deletion, but its text fields are blanked
  (""), and so are they in every revision snapshot of it. Each live record keeps the snapshot
  of its head revision whole; the snapshots of its *older* revisions keep their id, parents,
  author, time and operation (so a merge still finds the common ancestor of two copies) and
  their non-text values, but their text fields are blanked. What this costs: a merge against
  an export whose common ancestor is such an older revision sees "" as the ancestor's text,
  so a text field both sides changed since then is a conflict rather than an automatic merge
  (merging into the store the export came from is unaffected: that store has the full
  snapshot). A resolved merge conflict keeps its row, but its kept values (base, a, b,
  resolution) are blanked to JSON null; an open conflict is kept whole.
- **The search index holds the copy's live records and nothing else.** A copy of one dossier
  or a release copy gets its index written anew from the records it holds
  (negoprep.store.search_text.rebuild); a whole copy is checked by counts (`search_text.agrees`:
  one entry for each live record, named by one `search_rows` row) and written anew only where
  they disagree. So an entry that no record owns (written into the store's file by another
  program, or left by damage) never travels, and a record whose entry was lost is found again
  in the copy. An entry rewritten in place (other words under a live record's own docid) cannot
  be told by counts: a copy that withholds or leaves out writes it anew, a whole copy carries it
  as the store holds it.
- Numbers, choices (enums) and dates of tombstones and old snapshots are kept: they are not
  text a person wrote.
- **Blanking keeps the history verifiable.** Every field blanked here goes through
  `blank_fields` / `blank_snapshots`: a revision whose snapshot lost a value keeps its
  original snapshot hash and digest and lists the field in `redacted`, and verify accepts it
  only while that field is blank (negoprep.store.chain), and only where an export blanks it
  (`may_blank`: a release field or a task's link to a withheld item anywhere; the text of a
  tombstone or of an older revision). No hash of a single value is stored.
- **The history stays sealed.** Revisions (and authors) removed here leave the copy's seal
  (`chain.reseal`) counting what the copy holds.
- Old content cannot linger in the file's free space: the temporary copy is written with
  `secure_delete` on (SQLite overwrites every byte it frees with zeros), the full-text index
  is merged into one segment whenever it may hold deleted entries (`optimize`: entries of
  deleted rows, old values and entries deleted by another program drop out; a rebuilt index
  drops every old segment whole), and whenever anything was left out, blanked, merged or
  rebuilt the copy is written anew with `VACUUM`
  (`VACUUM INTO` a new file, for a copy in a temporary folder), which writes only live
  content (secure_delete alone was seen to leave a rewritten row's old bytes in a page's
  unused space).

A store with a damaged revision snapshot is not exported (DamagedStoreError: "nothing was
exported"): one the clean-up must read stops it as damage (negoprep.store.packing: blanking
a value in what cannot be read would leave it there), and the check of the store reads every
snapshot of it beside SQLite's own check (`Verdict`), so none travels as it is.

An existing target is refused ("remove it first or choose another name"): an export never
overwrites a file. The copy keeps the store's application id and schema version, is in
rollback-journal mode (one file, no -wal beside it) and is readable by its owner only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negoprep import filenames, live, tempfiles
from negoprep.errors import StoreError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.records import model
from negoprep.records.release import FLAGS as RELEASE_FLAGS
from negoprep.records.release import (
    WITHHOLDABLE,
    ReleasePolicy,
    blank_value,
    rests_on_walk_aways,
    walk_away_reached,
)
from negoprep.store import chain, connection, engine, search_text
from negoprep.store.connection import DamagedStoreError
from negoprep.store.database import decode_rows
from negoprep.store.engine import sqlite

if TYPE_CHECKING:
    from negoprep.store.store import Store

#: A store larger than this is copied into a private temporary file rather than into memory
#: (SQLite's default limit of an in-memory database is 1 GiB).
MEMORY_LIMIT = 768 * 1024**2


@dataclass
class ExportReport:
    """What an export wrote."""

    target: Path
    release: bool
    dossiers: list[tuple[str, str]] = field(default_factory=list)  # (id, title) of the live dossiers in it
    records: int = 0  # live records in the copy
    revisions: int = 0
    left_out: int = 0  # records of other dossiers
    withheld: int = 0  # records withheld by the dossiers' release policies (release copy)
    withheld_fields: int = 0  # revision snapshots whose withheld fields were blanked (release copy)
    policies: dict[str, ReleasePolicy] = field(default_factory=dict)  # dossier id → its release policy
    blanked_records: int = 0  # deleted records whose text was blanked
    blanked_revisions: int = 0  # snapshots whose text was blanked
    vacuumed: bool = False
    bytes: int = 0
    seconds: float = 0.0


def text_columns(rtype: type[model.Record]) -> tuple[str, ...]:
    """The columns of a record type that hold text a person wrote (what is blanked)."""
    return tuple(c.name for c in rtype.declared() if c.is_text)


#: The link a release copy blanks in a checklist task that pointed at a withheld agenda item.
WITHHELD_LINKS: dict[str, tuple[str, ...]] = {"checklist_items": ("agenda_item_id", "red_line_id")}


def _release_blanks(table: str) -> frozenset[str]:
    return WITHHOLDABLE.get(table, frozenset()) | set(WITHHELD_LINKS.get(table, ()))


def may_blank(table: str, *, live_head: bool) -> frozenset[str]:
    """The fields an export may have blanked in a revision of `table` (what verify accepts as
    redacted): in the head revision of a live record, only what a release copy withholds
    (`withhold_fields`' release fields, `_withhold`'s links to a withheld item); in a
    tombstone's revisions and older ones, the text `_blank` blanks too. Never a choice, a
    flag or another number: their blanks are legal values, so a "redaction" would hide a change."""
    rtype = model.BY_TABLE[table]
    allowed = _release_blanks(table) if live_head else _release_blanks(table) | set(text_columns(rtype))
    return frozenset(n for n in allowed if n in rtype.columns())


def export_store(
    store: Store,
    target: Path | str,
    *,
    dossier_id: str | None = None,
    release: bool = False,
    check: str = "integrity",
) -> ExportReport:
    """Write an export of `store` to `target` (which must not exist yet).

    `dossier_id` keeps that dossier only; `release` leaves out everything marked "never
    disclose". `check` is the test the store passes while it is copied (`Verdict`):
    "integrity" (PRAGMA integrity_check of each table, the default) or "quick" (quick_check:
    the same, without comparing every index with its table). Raises StoreError, with nothing
    written, when the export cannot be made.
    """
    start = time.perf_counter()
    target = check_target(target)
    with built_export(store, target, dossier_id=dossier_id, release=release, check=check) as (made, report, verdict):
        write_new_file(target, made, before_naming=verdict.wait)
        report.bytes = made_size(made)
    report.seconds = time.perf_counter() - start
    return report


def made_size(made: bytes | Path) -> int:
    """The size of an export's copy (its bytes, or its work file)."""
    return len(made) if isinstance(made, bytes) else made.stat().st_size


def check_target(target: Path | str) -> Path:
    """The target of an export, refused when it exists or its folder does not."""
    target = Path(target)
    folder = target.parent
    # first: a store's own file or a -wal, -shm or -journal name is refused for what it is,
    # whether or not it is there now (the open store's -wal and -shm are)
    live.refuse_companion(target, QT_TRANSLATE_NOOP("live", "export to"))
    if target.exists() or target.is_symlink():
        raise StoreError(
            translate(
                "export", "{target} already exists: remove it first or choose another name (an export never overwrites)"
            ).format(target=target)
        )
    live.refuse_output(target, QT_TRANSLATE_NOOP("live", "export to"))  # (a database another program has open)
    if not folder.is_dir():
        if folder.exists():
            said = translate("export", "cannot export to {target}: the folder {folder} is not a folder")
        else:
            said = translate("export", "cannot export to {target}: the folder {folder} does not exist")
        raise StoreError(said.format(target=target, folder=folder))
    return target


@contextlib.contextmanager
def built_export(
    store: Store,
    target: Path,
    *,
    dossier_id: str | None = None,
    release: bool = False,
    check: str = "integrity",
) -> Iterator[tuple[bytes | Path, ExportReport, Verdict]]:
    """An export of `store`, made where no person sees it: its bytes (made in memory), or its
    work file in a private temporary folder, removed on leaving; its report; and the verdict
    of the check of the store (`Verdict`), which runs meanwhile and must be waited for before
    the copy is given a name (leaving waits for it too).

    `target` only names the export in messages and the report."""
    if check not in ("integrity", "quick"):
        raise ValueError(f"check must be 'integrity' or 'quick', not {check!r}")  # untranslated: a programming error
    if dossier_id is not None:
        dossier = store.get(model.Dossier, dossier_id)
        if dossier is None or dossier.deleted:
            raise StoreError(
                translate("export", 'there is no dossier "{dossier_id}" in {name}').format(
                    dossier_id=dossier_id, name=store.name
                )
            )
    report = ExportReport(target=target, release=release)
    store_check = Verdict.of_store(store, target, check)  # (beside the copying, from now on)
    try:
        # (SQLCipher's connections cannot serialize: the copy is then always made in a private file)
        large = not engine.SERIALIZE or (store.path is not None and _size(store.path) > MEMORY_LIMIT)
        if not large:
            try:
                made, verdict = _build(store, target, None, dossier_id, release, report, check, store_check)
            except _MemoryFullError:
                report = ExportReport(target=target, release=release)
            else:
                try:
                    yield made, report, verdict
                finally:
                    verdict.join()  # (a check of the copy holds the copy open until it ends)
                return
        with tempfiles.scratch("export") as folder:
            made, verdict = _build(store, target, folder / "export.db", dossier_id, release, report, check, store_check)
            try:
                yield made, report, verdict
            finally:
                verdict.join()  # (before the work file goes with its folder)
    finally:
        if store_check is not None:
            store_check.cancel()
            store_check.join()


class _MemoryFullError(Exception):
    """The in-memory copy reached SQLite's limit for it."""


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.stat(f"{path}{suffix}").st_size
    return total


def _build(
    store: Store,
    target: Path,
    work_file: Path | None,
    dossier_id: str | None,
    release: bool,
    report: ExportReport,
    check: str,
    store_check: Verdict | None,
) -> tuple[bytes | Path, Verdict]:
    """Copy the store into a work database (in memory, or `work_file`), clean it up and
    return it, marked as a rollback-journal file (its bytes, or the file that holds it: the
    work file, or a copy of it beside it holding only what is live), with its verdict: the
    `store_check` running already, or else (None) a check of the copy, then started."""
    if work_file is None:
        # a memdb whose name starts with "/" is shared within the process while a connection
        # holds it open: the VACUUM INTO of another connection can write into it
        uri = f"file:/negoprep-export-{uuid.uuid4().hex}?vfs=memdb"
    else:
        uri = f"{work_file.as_uri()}?mode=rwc"
    try:
        conn = engine.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite.Error as exc:
        raise _failure(exc, target, store) from None
    made: bytes | Path
    try:
        _copy_store(store, conn, uri)
        rebuild = _prepare(conn, dossier_id, release, report)
        if work_file is None:
            if rebuild:
                conn.execute("VACUUM")
            made = conn.serialize()
        else:
            if rebuild:
                # a new file holding only what is live: VACUUM INTO writes it once, where a
                # VACUUM of the work file would write it twice (into memory, then back)
                clean = work_file.with_name(f"clean-{work_file.name}")
                conn.execute("VACUUM INTO ?", (str(clean),))
                conn.close()
                work_file.unlink()  # (the unredacted copy goes at once, not with its folder)
                conn = engine.connect(clean, isolation_level=None, check_same_thread=False)
                work_file = clean
            made = _finished_file(conn, work_file)
    except sqlite.Error as exc:
        conn.close()
        if work_file is None and getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
            raise _MemoryFullError from None
        raise _failure(exc, target, store) from None
    except BaseException:
        conn.close()
        raise
    if rebuild:
        report.vacuumed = True
    if store_check is None:
        verdict = Verdict.of_copy(conn, check, target, store)  # (the connection is the verdict's now)
    else:
        conn.close()
        verdict = store_check
    if isinstance(made, bytes) and made[18:20] != b"\x01\x01":
        # a copy of a WAL store says so in its header: one self-contained file says otherwise
        made = b"".join((made[:18], b"\x01\x01", made[20:]))
    return made, verdict


def _copy_store(store: Store, conn: sqlite.Connection, uri: str) -> None:
    """VACUUM INTO the work database (opened by `conn` at `uri`), from a read-only connection
    of its own (which takes the URI as a URI); a store in memory is copied page by page."""
    if store.path is None:
        store.db.conn.backup(conn)
        conn.execute("VACUUM")
        return
    if engine.key_of(store.db.conn) is not None:
        # VACUUM INTO would give the copy the store's key: an export is a plain SQLite file
        source = engine.connect(
            f"{store.path.resolve().as_uri()}?mode=ro",
            key=engine.key_for(store.path),
            uri=True,
            isolation_level=None,
            timeout=30,
        )
        try:
            engine.export_into(source, uri, "")
        finally:
            source.close()
        return
    if store.readonly:
        # (on a read-only disk a second connection could not be opened: the store's own reads)
        store.db.conn.execute("VACUUM INTO ?", (uri,))
        return
    source = engine.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=30)
    try:
        source.execute("VACUUM INTO ?", (uri,))
    finally:
        source.close()


def _finished_file(conn: sqlite.Connection, work_file: Path) -> Path:
    """The work file (a private copy in a private folder), with every change in it: one file
    in rollback-journal mode, nothing left in a -wal."""
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    # (a private file, and the connection holds no lock now: another descriptor may open it)
    fd = os.open(work_file, os.O_RDWR)
    try:
        if os.pread(fd, 2, 18) != b"\x01\x01":
            # a copy of a WAL store says so in its header: one self-contained file says otherwise
            os.pwrite(fd, b"\x01\x01", 18)
    finally:
        os.close(fd)
    return work_file


# --- the work on the private copy ---------------------------------------------------------


def _broken_reference(table: str) -> str:
    return translate("export", "the export would hold a broken reference (in {broken}): nothing was exported").format(
        broken=table
    )


#: The job of a check that reads every revision snapshot (chain.damaged_snapshots): SQLite's
#: own check sees a damaged packed snapshot as a value like any other.
_SNAPSHOTS = "snapshots"
#: The job of a check that the store's schema is negoprep's (negoprep.store.verify): an index,
#: table or trigger another program added would travel in the copy, and every receiver would
#: refuse the file as tampered with.
_SCHEMA = "schema"


def _damage_in(conn: sqlite.Connection, job: str) -> str | None:
    """What one job of a check finds wrong (None: nothing): SQLite's check (a PRAGMA
    quick_check or integrity_check, of the whole file or of one table), or the reading of
    every revision snapshot (`_SNAPSHOTS`)."""
    if job == _SNAPSHOTS:
        damaged = chain.damaged_snapshots(conn, limit=1)
        return damaged[0] if damaged else None
    result = [row[0] for row in conn.execute(job)]
    return None if result == ["ok"] else str(result[0])


def _table_checks(conn: sqlite.Connection, check: str) -> list[str]:
    """The jobs of the check of the database on `conn`: the reading of its snapshots, and
    SQLite's check of each table with its indexes (`PRAGMA quick_check(T)`, or
    integrity_check; for the full-text index, its own check of its segments), the largest
    first so that the threads sharing them finish together: the tables that grow with a
    dossier lead, the others follow."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rootpage")]
    first = [name for name in _LARGEST if name in names]
    rest = [name for name in names if name not in first]
    return [_SCHEMA, _SNAPSHOTS, *(f"PRAGMA {check}_check({_quoted(name)})" for name in first + rest)]


#: the tables that grow with a dossier, largest (slowest to check) first
_LARGEST = ("talking_points", "search", "revisions", "checklist_items", "agenda_items", "search_rows")


def _quoted(name: str) -> str:
    """A name as SQL quotes it."""
    return '"' + name.replace('"', '""') + '"'


#: the threads that check the store while its export is made
_CHECKERS = 2


class Verdict:
    """The check that an export's copy comes from a sound store: SQLite's own check of the
    store itself (each table with its indexes, and the full-text index's segments) and the
    reading of every revision snapshot, run in threads of their own, each with its own
    read-only connection, *while* the copy is made and cleaned up. `wait()` gives its
    outcome, which must be "whole" before the copy gets its name: damage found is the
    store's (DamagedStoreError, with the ways out a damaged store has).

    Why the store rather than the copy: the copy is what `VACUUM INTO` writes from the store
    (every page anew; pages, rows and indexes as SQLite reads them) and what this module then
    changes through SQL (a snapshot it rewrites is read first, and one that cannot be read
    stops it), so damage in the copy can only come from damage in the store; checked after the
    copy was made, the same check would add its whole time to every export (it takes longer
    than the copy itself), checked beside it, it mostly hides behind it. What the clean-up
    itself could break, a reference to a row it left out, is checked on the copy
    (`_prepare`). A store in memory, or one on a read-only disk (no second connection can open
    it), has its copy checked instead, once made (`Verdict.of_copy`)."""

    def __init__(self, target: Path, store_name: str, store_path: Path | None, jobs: Sequence[str]) -> None:
        self.error: StoreError | None = None
        self._target = target
        self._store_name = store_name
        self._store_path = store_path
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._jobs = list(jobs)

    @classmethod
    def of_store(cls, store: Store, target: Path, check: str) -> Verdict | None:
        """The check of `store`'s file, started; None when it cannot be read by a connection
        of its own (in memory, or on a read-only disk)."""
        if store.path is None or store.readonly:
            return None
        uri = f"{store.path.resolve().as_uri()}?mode=ro"
        key = engine.key_for(store.path)

        def reader() -> sqlite.Connection:
            return engine.connect(uri, key=key, uri=True, isolation_level=None, timeout=30, check_same_thread=False)

        try:
            first = reader()
            jobs = _table_checks(first, check)
        except sqlite.Error as exc:
            raise _failure(exc, target, store) from None
        verdict = cls(target, store.name, store.path, jobs)
        verdict.start_checker(first)
        for _ in range(_CHECKERS - 1):
            verdict.start_checker(reader)
        return verdict

    @classmethod
    def of_copy(cls, conn: sqlite.Connection, check: str, target: Path, store: Store) -> Verdict:
        """The check of the copy on `conn` (whose connection it closes), started."""
        verdict = cls(target, store.name, store.path, [_SCHEMA, f"PRAGMA {check}_check", _SNAPSHOTS])
        verdict.start_checker(conn)
        return verdict

    def start_checker(self, conn: sqlite.Connection | Callable[[], sqlite.Connection]) -> None:
        thread = threading.Thread(target=self._run, args=(conn,), name="negoprep-export-check", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _next(self) -> str | None:
        with self._lock:
            return None if self.error is not None or not self._jobs else self._jobs.pop(0)

    def _run(self, conn: sqlite.Connection | Callable[[], sqlite.Connection]) -> None:
        opened: sqlite.Connection | None = None
        try:
            opened = conn if isinstance(conn, sqlite.Connection) else conn()
            while (job := self._next()) is not None:
                if job == _SCHEMA:
                    self._check_schema(opened)
                    continue
                problem = _damage_in(opened, job)
                if problem is not None:
                    self._fail(_damaged(problem, self._store_name, self._store_path))
        except sqlite.Error as exc:
            self._fail(_failure(exc, self._target, self._store_name, self._store_path))
        finally:
            if opened is not None:
                opened.close()

    def _check_schema(self, conn: sqlite.Connection) -> None:
        from negoprep.store import verify

        try:
            verify.check_schema(self._store_name, conn)
        except verify.VerifyError as exc:
            self._fail(StoreError(translate("export", "{problem}: nothing was exported").format(problem=exc)))

    def _fail(self, error: StoreError) -> None:
        with self._lock:
            if self.error is None:
                self.error = error

    def cancel(self) -> None:
        """Check nothing further (the export stopped): the jobs under way finish."""
        with self._lock:
            self._jobs.clear()

    def wait(self) -> None:
        """Raises StoreError (DamagedStoreError for damage in the store) when the check found
        something wrong."""
        self.join()
        if self.error is not None:
            raise self.error

    def join(self) -> None:
        """Wait until the check is over (and its connections closed), whatever its outcome."""
        for thread in self._threads:
            thread.join()


def _prepare(conn: sqlite.Connection, dossier_id: str | None, release: bool, report: ExportReport) -> bool:
    """Leave out and blank in the work copy what must not travel; returns whether the copy
    must then be written anew (VACUUM), so that nothing left out or blanked survives in its
    free space."""
    # the copy is private and thrown away on any error: no journal, no syncs
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA secure_delete = ON")  # every freed byte is overwritten with zeros
    conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's and our scratch tables: no plaintext in /tmp
    conn.execute("PRAGMA foreign_keys = OFF")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    has_conflicts = "conflicts" in tables
    conn.execute("BEGIN")
    if dossier_id is not None:
        report.left_out = _keep_dossier(conn, dossier_id, has_conflicts)
    blanked_fields = 0
    if release:
        report.policies = release_policies(conn)
        report.withheld = _withhold(conn, report.policies)
        blanked_fields = withhold_fields(conn, report.policies, index=False)  # (the index is rebuilt below)
        report.withheld_fields = blanked_fields
    removed = dossier_id is not None or release
    if removed:
        _drop_orphans(conn, has_conflicts, authors=dossier_id is not None)
        chain.reseal(conn)  # (what the copy holds: revisions and authors left out)
        # (the one thing the store's check cannot vouch for: no row kept names one left out)
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise StoreError(_broken_reference(broken[0]))
    # rows whose text changed or went: deleted ones, and those with more than one revision
    conn.execute("CREATE TEMP TABLE touched (table_name TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (table_name, id))")
    tombstones = 0
    for rtype in model.RECORD_TYPES:
        tombstones += conn.execute(
            f"INSERT OR IGNORE INTO temp.touched SELECT ?, id FROM {rtype.table} WHERE deleted = 1", (rtype.table,)
        ).rowcount
    conn.execute(
        "INSERT OR IGNORE INTO temp.touched SELECT table_name, row_id FROM revisions "
        "GROUP BY table_name, row_id HAVING count(*) > 1"
    )
    changed = conn.execute("SELECT 1 FROM temp.touched LIMIT 1").fetchone() is not None
    # The copy's search index holds one entry for each of its live records, written from it, and
    # nothing else, whatever the store's index held. Its index is contentless: an entry no
    # search_rows row names (written into the file by another program, left by damage) keeps its
    # words in the file and is found by them; an entry rewritten in place under a live record's
    # docid cannot be told from a right one without writing it again. So:
    # - a copy that leaves something out (one dossier, a release copy) gets its whole index
    #   written anew from the records it holds (`search_text.rebuild`): then no word of anything
    #   withheld, left out or planted can be in it, whatever was in the store's, and no entry of
    #   it needs to be looked for first;
    # - a whole copy is checked by counts (`search_text.agrees`: about 60 ms of CPU at 100,000
    #   records, a fifth of the VACUUM INTO it follows), and written anew only where the index
    #   and its records disagree: a store keeps them in step, so a rebuild (about 3.6 s of CPU
    #   at 100,000 records, twelve times that VACUUM INTO) is paid only by a store whose index
    #   was changed outside negoprep or damaged.
    #   What a whole copy cannot tell is an entry rewritten in place: it carries no more than
    #   the store gives it to carry in full.
    rebuilt = removed or not search_text.agrees(conn)
    if rebuilt:
        search_text.rebuild(conn)  # (it ends with the index merged into one segment)
    report.blanked_records, report.blanked_revisions = _blank(conn, has_conflicts)
    conn.execute("DROP TABLE temp.touched")
    # An entry of the full-text index deleted or replaced (its row deleted or changed, or the
    # entry deleted by another program) keeps its words in its segment, marked deleted, until
    # the segment is merged: the index is merged into one segment then, and only then (else it
    # holds nothing but live text already, and merging would change nothing).
    merged = not rebuilt and (changed or search_text.holds_deleted(conn))
    if merged:
        conn.execute("INSERT INTO search(search) VALUES ('optimize')")
    conn.execute("COMMIT")

    report.dossiers = [
        tuple(r) for r in conn.execute("SELECT id, title FROM dossiers WHERE deleted = 0 ORDER BY title")
    ]
    # (count(*) reads the smallest index, where "deleted = 0" would read every row)
    rows = sum(conn.execute(f"SELECT count(*) FROM {rtype.table}").fetchone()[0] for rtype in model.RECORD_TYPES)
    report.records = rows - tombstones
    report.revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    # Whatever was left out or blanked, the copy is written anew: secure_delete zeroes freed
    # pages and cells, but SQLite 3.51 (SQLCipher's) was seen leaving a rewritten revision's
    # old bytes in a page's unused space; VACUUM writes only what is live.
    # The same after the index was written anew or merged: its old segments are free pages now,
    # which VACUUM leaves out.
    return bool(
        removed or changed or rebuilt or merged or report.blanked_records or report.blanked_revisions or blanked_fields
    )


def _keep_dossier(conn: sqlite.Connection, dossier_id: str, has_conflicts: bool) -> int:
    """Remove the rows of every other dossier; returns how many records went."""
    gone = 0
    for rtype in reversed(model.RECORD_TYPES):
        column = "id" if rtype is model.Dossier else "dossier_id"
        gone += conn.execute(f"DELETE FROM {rtype.table} WHERE {column} IS NOT ?", (dossier_id,)).rowcount
    if has_conflicts:
        conn.execute("DELETE FROM conflicts WHERE dossier_id IS NOT ?", (dossier_id,))
    return gone


def release_policies(conn: sqlite.Connection) -> dict[str, ReleasePolicy]:
    """The release policy of every dossier in the copy, by dossier id."""
    flags = ", ".join(RELEASE_FLAGS)
    return {
        row[0]: ReleasePolicy(
            **{f.removeprefix("release_"): bool(v) for f, v in zip(RELEASE_FLAGS, row[1:], strict=True)}
        )
        for row in conn.execute(f"SELECT id, {flags} FROM dossiers")
    }


def _past_walk_away(conn: sqlite.Connection, dossier_id: str) -> set[str]:
    """The ids of the packages of a dossier that settle an item at or beyond its walk-away step,
    or whose value for the other side rests on the walk-away figures (`rests_on_walk_aways`)."""

    def read(rtype: type[model.R]) -> list[model.R]:
        cursor = conn.execute(f"SELECT * FROM {rtype.table} WHERE dossier_id = ?", (dossier_id,))
        names = [d[0] for d in cursor.description]
        return decode_rows(rtype, (dict(zip(names, row, strict=True)) for row in cursor))

    agenda = {i.id: i for i in read(model.AgendaItem)}
    entries = read(model.PackageItem)
    return {
        e.package_id
        for e in entries
        if walk_away_reached(e, agenda.get(e.agenda_item_id)) or rests_on_walk_aways(e, agenda.get(e.agenda_item_id))
    }


def _withhold(conn: sqlite.Connection, policies: dict[str, ReleasePolicy]) -> int:
    """Remove the records each dossier's release policy withholds (negoprep.records.release);
    returns how many records went."""
    conn.execute("CREATE TEMP TABLE withheld_items (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE withheld_packages (id TEXT PRIMARY KEY) WITHOUT ROWID")
    gone = 0
    for dossier_id, policy in policies.items():
        tiers = ", ".join(f"'{tier}'" for tier in policy.tiers)  # (tiers are the model's own words)
        conn.execute(
            f"INSERT OR IGNORE INTO temp.withheld_items SELECT id FROM agenda_items "
            f"WHERE dossier_id = ? AND disclosure IN ({tiers})",
            (dossier_id,),
        )
        gone += conn.execute(
            f"DELETE FROM talking_points WHERE dossier_id = ? AND disclosure IN ({tiers})", (dossier_id,)
        ).rowcount
        for table in policy.withheld_tables:
            gone += conn.execute(f"DELETE FROM {table} WHERE dossier_id = ?", (dossier_id,)).rowcount
    withheld = "(SELECT id FROM temp.withheld_items)"
    gone += conn.execute(f"DELETE FROM talking_points WHERE agenda_item_id IN {withheld}").rowcount
    # a package that holds a withheld item goes whole: its name, its verdict and its value
    # would all tell of the item (and without it, it would be another package)
    conn.execute(
        f"INSERT OR IGNORE INTO temp.withheld_packages SELECT package_id FROM package_items "
        f"WHERE agenda_item_id IN {withheld}"
    )
    # and, where walk-away points are withheld, one that settles an item at or beyond its
    # walk-away step (negoprep.records.release.package_withheld)
    # — its named step or its proposed figure says so (the one rule, negoprep.records.ladder)
    for dossier_id, policy in policies.items():
        if policy.walk_away:
            conn.executemany(
                "INSERT OR IGNORE INTO temp.withheld_packages VALUES (?)",
                [(package_id,) for package_id in _past_walk_away(conn, dossier_id)],
            )
    packages = "(SELECT id FROM temp.withheld_packages)"
    gone += conn.execute(f"DELETE FROM package_items WHERE package_id IN {packages}").rowcount
    # an offer tables its package whole: with the package gone it would point at nothing
    gone += conn.execute(f"DELETE FROM offers WHERE package_id IN {packages}").rowcount
    gone += conn.execute(f"DELETE FROM packages WHERE id IN {packages}").rowcount
    # a constituency stays, without its demands on a withheld item
    gone += conn.execute(f"DELETE FROM constituency_demands WHERE agenda_item_id IN {withheld}").rowcount
    # a task stays, without its link to what is withheld (in its row and its snapshots)
    blank_fields(
        conn, "checklist_items", ["agenda_item_id"], f"agenda_item_id IS NOT NULL AND agenda_item_id IN {withheld}"
    )
    blank_snapshots(
        conn,
        "checklist_items",
        ["agenda_item_id"],
        f"json_extract(negoprep_snapshot(snapshot), '$.agenda_item_id') IN {withheld}",
    )
    # a red line whose rule names a withheld item goes too (negoprep.records.release.names_withheld):
    # its rule would point at nothing in the copy, and no package the copy shows can break it
    red_lines = f"(SELECT id FROM red_lines WHERE json_extract(rule, '$.item') IN {withheld})"
    blank_fields(conn, "checklist_items", ["red_line_id"], f"red_line_id IS NOT NULL AND red_line_id IN {red_lines}")
    blank_snapshots(
        conn,
        "checklist_items",
        ["red_line_id"],
        f"json_extract(negoprep_snapshot(snapshot), '$.red_line_id') IN {red_lines}",
    )
    gone += conn.execute(f"DELETE FROM red_lines WHERE id IN {red_lines}").rowcount
    gone += conn.execute(f"DELETE FROM agenda_items WHERE id IN {withheld}").rowcount
    conn.execute("DROP TABLE temp.withheld_items")
    conn.execute("DROP TABLE temp.withheld_packages")
    return gone


def withhold_fields(conn: sqlite.Connection, policies: dict[str, ReleasePolicy], *, index: bool = True) -> int:
    """Blank the fields each dossier's release policy withholds (its BATNA, walk-away points,
    approvers, ...: negoprep.records.release), in every row, tombstones included, and in every
    revision snapshot of those rows (through `blank_fields`, so the copy still verifies), in the
    search index (unless `index` is False: the caller writes the index anew) and in merge
    conflicts about them. A withheld field holds its declared default ("" for text). Returns how
    many snapshots were changed."""
    has_conflicts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'conflicts'").fetchone() is not None
    snapshots = 0
    for dossier_id, policy in policies.items():
        for table, names in policy.fields().items():
            rtype = model.BY_TABLE[table]
            blanks = tuple(blank_value(rtype, n) for n in names)
            owner = "id" if rtype is model.Dossier else "dossier_id"
            differs = " OR ".join(f"{n} IS NOT ?" for n in names)
            changed = [
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM {table} WHERE {owner} = ? AND ({differs})", (dossier_id, *blanks)
                )
            ]
            snapshots += blank_fields(conn, table, names, f"{owner} = ?", (dossier_id,))[1]
            if has_conflicts:
                marks = ", ".join("?" for _ in names)
                conn.execute(
                    f"DELETE FROM conflicts WHERE table_name = ? AND field IN ({marks}) "
                    f"AND row_id IN (SELECT id FROM {table} WHERE {owner} = ?)",
                    (table, *names, dossier_id),
                )
            if index and changed and any(rtype.column(n).spec.search for n in names):
                search_text.reindex(conn, rtype, json.dumps(changed))
    return snapshots


def _drop_orphans(conn: sqlite.Connection, has_conflicts: bool, *, authors: bool) -> None:
    """Remove the revisions and conflicts of rows no longer in the copy (and unused authors)."""
    for rtype in model.RECORD_TYPES:
        table = rtype.table
        conn.execute(f"DELETE FROM revisions WHERE table_name = ? AND row_id NOT IN (SELECT id FROM {table})", (table,))
        if has_conflicts:
            conn.execute(
                f"DELETE FROM conflicts WHERE table_name = ? AND row_id NOT IN (SELECT id FROM {table})", (table,)
            )
    known = ", ".join(f"'{rtype.table}'" for rtype in model.RECORD_TYPES)
    conn.execute(f"DELETE FROM revisions WHERE table_name NOT IN ({known})")
    if has_conflicts:
        conn.execute(f"DELETE FROM conflicts WHERE table_name NOT IN ({known})")
    if authors:
        named = "SELECT author_id FROM revisions" + (
            " UNION SELECT resolved_by FROM conflicts WHERE resolved_by IS NOT NULL" if has_conflicts else ""
        )
        conn.execute(f"DELETE FROM authors WHERE id NOT IN ({named})")


def blank_snapshots(
    conn: sqlite.Connection, table: str, fields: Sequence[str], where_sql: str, params: Sequence[Any] = ()
) -> int:
    """Blank `fields` in the snapshots of the revisions of `table` for which `where_sql` (on
    the revisions table) holds, and mark each revision changed as redacted for them: it keeps
    its original snapshot hash and digest, which verify then accepts only while those fields
    are blank (negoprep.store.chain). Returns how many snapshots were blanked."""
    rtype = model.BY_TABLE[table]
    fields = [f for f in fields if f in rtype.columns()]
    if not fields:
        return 0
    blanks = [blank_value(rtype, f) for f in fields]
    paths = ", ".join(f"'$.{f}', ?" for f in fields)
    # a field the snapshot lacks (its history predates it) counts as blank
    written = " OR ".join(f"coalesce(json_extract(negoprep_snapshot(snapshot), '$.{f}'), ?) IS NOT ?" for f in fields)
    # the snapshot written again as the file keeps it (packed, or as text before version 14)
    blanked = f"json_replace(negoprep_snapshot(snapshot), {paths})"
    if chain.packs(conn):
        blanked = f"negoprep_pack_snapshot({blanked})"
    return conn.execute(
        f"UPDATE revisions SET snapshot = {blanked}, "
        "redacted = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(revisions.redacted) "
        "UNION SELECT value FROM json_each(?) ORDER BY value)) "
        f"WHERE table_name = ? AND ({where_sql}) AND ({written})",
        (*blanks, json.dumps(fields), table, *params, *[b for b in blanks for _ in (0, 1)]),
    ).rowcount


def blank_fields(
    conn: sqlite.Connection,
    table: str,
    fields: Sequence[str],
    where_sql: str,
    params: Sequence[Any] = (),
    *,
    live_heads: bool = True,
) -> tuple[int, int]:
    """Blank `fields` (each to its declared default: "" for text, null for a link) in the rows of `table` for which
    `where_sql` (on that table's rows) holds and in every snapshot of their revisions,
    marking those revisions redacted (see `blank_snapshots`). With `live_heads=False`, a
    live row and its head revision are left whole: only tombstones and older snapshots are
    blanked. The one way an export blanks a field, so that the copy still verifies.
    Returns (rows blanked, snapshots blanked)."""
    rtype = model.BY_TABLE[table]
    fields = [f for f in fields if f in rtype.columns()]
    if not fields:
        return 0, 0
    blanks = [blank_value(rtype, f) for f in fields]
    written = " OR ".join(f"{f} IS NOT ?" for f in fields)
    # the snapshots first: `where_sql` may speak of the values blanked
    chosen = f"row_id IN (SELECT id FROM {table} WHERE {where_sql})"
    if not live_heads:
        chosen += (
            f" AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.id = revisions.row_id "
            "AND r.rev = revisions.id AND r.deleted = 0)"
        )
    snapshots = blank_snapshots(conn, table, fields, chosen, params)
    assignments = ", ".join(f"{f} = ?" for f in fields)
    rows = conn.execute(
        f"UPDATE {table} SET {assignments} WHERE ({where_sql}) AND ({written})"
        + ("" if live_heads else " AND deleted = 1"),
        (*blanks, *params, *blanks),
    ).rowcount
    return rows, snapshots


def _blank(conn: sqlite.Connection, has_conflicts: bool) -> tuple[int, int]:
    """Blank the text of tombstones, of their snapshots and of every snapshot older than its
    row's head revision (the rows listed in temp.touched: the others have one revision, the
    head). Returns (records blanked, snapshots blanked)."""
    records = snapshots = 0
    for rtype in model.RECORD_TYPES:
        columns = text_columns(rtype)
        if not columns:
            continue
        table = rtype.table
        rows, blanked = blank_fields(
            conn,
            table,
            columns,
            "id IN (SELECT id FROM temp.touched WHERE table_name = ?)",
            (table,),
            live_heads=False,
        )
        records += rows
        snapshots += blanked
    if has_conflicts:
        # a settled conflict keeps no values; nor does any conflict on a deleted record, open
        # or not: its competing texts are text of a deleted record like any other
        deleted = " UNION ALL ".join(
            f"SELECT '{rtype.table}', id FROM {rtype.table} WHERE deleted = 1" for rtype in model.RECORD_TYPES
        )
        conn.execute(
            "UPDATE conflicts SET base = NULL, a = 'null', b = 'null', resolution = NULL "
            f"WHERE (resolved_at IS NOT NULL OR (table_name, row_id) IN ({deleted})) "
            "AND NOT (base IS NULL AND a = 'null' AND b = 'null' AND resolution IS NULL)"
        )
    return records, snapshots


# --- putting the file in place -------------------------------------------------------------


def write_new_file(target: Path, data: bytes | Path, before_naming: Callable[[], None] | None = None) -> None:
    """Write `data` (bytes, or the content of a private file, copied by the system without
    passing through this process) as the new file `target` (mode 0600), whole or not at all,
    never replacing a file: as an unnamed file linked to its name once written and synced
    (Linux), else under a registered temporary name beside it. `before_naming` runs just
    before the file gets its name (and may refuse it by raising). Raises StoreError."""
    with contextlib.ExitStack() as stack:
        content: bytes | int = data if isinstance(data, bytes) else -1
        if isinstance(data, Path):
            # (held open until the file is named: closing it while a connection still reads
            # the private file would drop that connection's locks)
            content = os.open(data, os.O_RDONLY)
            stack.callback(os.close, content)
        _write_new_file(target, content, before_naming)


def _write_new_file(target: Path, data: bytes | int, before_naming: Callable[[], None] | None) -> None:
    folder = target.parent
    fd = _unnamed_file(target)
    if fd is not None:
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
            except OSError as exc:
                raise StoreError(_os_message(exc, target)) from None
            if before_naming is not None:
                before_naming()
            try:
                os.link(f"/proc/self/fd/{fd}", target)
                linked = True
            except FileExistsError:
                raise StoreError(_exists(target)) from None
            except OSError as exc:
                if exc.errno not in (*_NO_LINK, errno.ENOENT):  # (ENOENT: no /proc)
                    raise StoreError(_os_message(exc, target)) from None
                linked = False
        finally:
            os.close(fd)
        if linked:
            _sync_folder(folder)
            return
    if before_naming is not None:
        before_naming()
    _write_named(target, data)
    _sync_folder(folder)


#: errno of a folder that cannot hold an unnamed file or a hard link (FAT, old kernels, ...)
_NO_LINK = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS)
_NO_TMPFILE = (errno.EISDIR, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS)


def _unnamed_file(target: Path) -> int | None:
    """A file in the target's folder that has no name yet (so nothing is left if the process
    dies), or None where the system or file system has none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(target.parent, flag | os.O_WRONLY, 0o600)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return None
        raise StoreError(_os_message(exc, target)) from None


def _write_all(fd: int, data: bytes | int) -> None:
    """Write `data`: bytes, or the whole of the file open as that descriptor."""
    if isinstance(data, int):
        _copy_all(data, fd)
        return
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[: 1 << 24]) :]


def _copy_all(source: int, fd: int) -> None:
    """Copy the file open as `source` into `fd` from their starts, in the kernel where it can."""
    size = os.fstat(source).st_size
    done = 0
    copy = getattr(os, "copy_file_range", None)
    while copy is not None and done < size:
        try:
            step = copy(source, fd, size - done, done, done)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
                raise
            break
        if step == 0:
            break
        done += step
    while done < size:
        chunk = os.pread(source, min(size - done, 1 << 24), done)
        if not chunk:
            raise OSError(errno.EIO, os.strerror(errno.EIO))  # (the file ended early)
        view = memoryview(chunk)
        while view:
            written = os.pwrite(fd, view, done)
            view = view[written:]
            done += written


def _write_named(target: Path, data: bytes | int) -> None:
    tmp = filenames.partial_path(target, secrets.token_hex(6), ".export-tmp")  # (fits beside a long name)
    with tempfiles.register(tmp):
        try:
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            except OSError as exc:
                raise StoreError(_os_message(exc, target)) from None
            try:
                _write_all(fd, data)
                os.fsync(fd)
            except OSError as exc:
                raise StoreError(_os_message(exc, target)) from None
            finally:
                os.close(fd)
            _place(tmp, target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _exists(target: Path) -> str:
    return translate("export", "{target} already exists: remove it first or choose another name").format(target=target)


def _place(tmp: Path, target: Path) -> None:
    """Give the finished copy the target's name, atomically and without replacing a file that
    appeared meanwhile: a hard link fails if the target exists; where a folder has no hard
    links (FAT on a USB stick), a rename after a last look."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise StoreError(_exists(target)) from None
    except OSError as exc:
        if exc.errno not in _NO_LINK:
            raise StoreError(_os_message(exc, target)) from None
        if target.exists():
            raise StoreError(_exists(target)) from None
        try:
            os.rename(tmp, target)  # on Windows, rename refuses an existing target
        except OSError as exc2:
            raise StoreError(_os_message(exc2, target)) from None


# --- messages ------------------------------------------------------------------------------


def _failure(exc: sqlite.Error, target: Path, store: Store | str, store_path: Path | None = None) -> StoreError:
    """The export refused for what SQLite found: the store damaged (DamagedStoreError, with the
    ways out a damaged store has), or another reason to say."""
    name = store if isinstance(store, str) else store.name
    if not isinstance(store, str):
        store_path = store.path
    if connection.is_damage(exc):
        return _damaged(connection.problem_of(exc), name, store_path)
    return StoreError(_sqlite_message(exc, target, name))


def _damaged(problem: str, source: str, path: Path | None) -> StoreError:
    text = " ".join(problem.split())
    said = translate("export", "{source} is damaged ({text}): nothing was exported").format(source=source, text=text)
    return StoreError(said) if path is None else DamagedStoreError(said, path, problem)


def _os_message(exc: OSError, target: Path) -> str:
    folder = target.parent
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return translate("export", "the disk holding {folder} is full: nothing was exported").format(folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("export", "cannot write to the folder {folder} ({error}): nothing was exported").format(
            folder=folder, error=exc.strerror
        )
    return translate("export", "cannot write {target} ({error}): nothing was exported").format(
        target=target, error=exc.strerror or exc
    )


def _sqlite_message(exc: sqlite.Error, target: Path, source: str) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = " ".join(str(exc).split())
    folder = target.parent
    if name == "SQLITE_FULL" or "disk is full" in text:
        return translate("export", "the disk holding {folder} is full: nothing was exported").format(folder=folder)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return translate("export", "cannot write to the folder {folder} ({text}): nothing was exported").format(
            folder=folder, text=text
        )
    if name.startswith("SQLITE_IOERR"):
        return translate(
            "export", "cannot write {target} ({text}; is the disk full or removed?): nothing was exported"
        ).format(target=target, text=text)
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return translate("export", "{source} is busy in another program: try again in a moment").format(source=source)
    return translate("export", "the export to {target} failed ({text}): nothing was exported").format(
        target=target, text=text
    )
