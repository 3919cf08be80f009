"""Merging a teammate's store file into mine, without losing anyone's work.

Before anything is written, a file is refused whole when one of its records has the id of a
record of mine in another dossier, or when one id would name two kinds of record: a record
belongs to one dossier forever, and a merge never moves it.

Revisions are united (as git unites commits). Then every row the other file holds is one of:

- new to me: inserted as it is, with its revisions;
- at the same revision, or at one of my ancestors: left alone;
- ahead of mine (my head is an ancestor of theirs): fast-forwarded, the row copied as theirs;
- diverged: merged field by field by the rules of `negoprep.store.merge_rules`, over the united
  history of the row. A field changed on one side takes that change; a field changed
  differently on both sides shows the latest change and becomes a **conflict**, kept with
  both values until a person resolves it. `deleted` is a field too: a deletion against an
  edit its author had not seen is a conflict, and the row stays live meanwhile.
  The merge is written as a revision whose parents are both heads; its id, time and content
  depend only on the two heads, so that the same merge made on two machines is the same
  revision and two people who merge each other's files end with the same content.

A field that a release copy withheld (a BATNA, a walk-away point, an approver) is blank on
the other side because its people never saw it, not because they cleared it: their revisions
list it in `redacted` while it stays blank (negoprep.store.chain.still_withheld), and such a
blank writes nothing (`merge_rules.Revision.withheld`). A row whose head on their side is
ahead of mine but holds blank what I hold that way is merged field by field like a diverged
one (and counted as updated), so that a merge never takes such a blank nor makes it a
conflict; a value they typed into the field is an edit like any other, and a deletion is
carried as it is.

A live row that refers to a row deleted on the other side (a talking point added under an
agenda item someone deleted) is an edit against a deletion too: the deleted row is brought
back, with a conflict on its deletion.

Conflicts are rows of the `conflicts` table; they travel with the file (united by id, a
resolution made on either side wins) and are resolved with `resolve_conflict`. A conflict's
id is the record, the field and the two writes, and after each merge the pending conflicts
of every row it touched are what the rules find in the united history: each once, the same
whatever order the files came in. Everything happens in one transaction of the store, after
a backup copy of it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negoprep import live, tempfiles
from negoprep.errors import NegoprepError, StoreError
from negoprep.i18n import translate
from negoprep.progress import SILENT, CancelledError, Progress
from negoprep.records import model, times
from negoprep.records.problems import Problem, problem, words
from negoprep.records.release import WITHHOLDABLE, blank_value
from negoprep.store import backups, chain, engine, packing, search_text
from negoprep.store import merge_rules as rules
from negoprep.store.connection import probe, translated_errors
from negoprep.store.database import BOOL_COLUMNS, JSON_COLUMNS, column_names, encode
from negoprep.store.engine import sqlite
from negoprep.store.export import text_columns
from negoprep.store.migrations import APPLICATION_ID, current_version
from negoprep.store.operations import REFERENCES
from negoprep.store.store import Store

if TYPE_CHECKING:
    from negoprep.store.operations import Operation

#: The namespace of the ids a merge makes (merge revisions, restorations, conflicts): the
#: same merge made on two machines gets the same ids.
NAMESPACE = uuid.UUID("6f1d3c52-8a4e-5b0e-9c17-4e45474f4d52")
SOURCE = "merge_src"  # the schema name the other file is attached under
HOWS = ("mine", "theirs", "edit")
# the steps of a merge besides one per record type: the file checked, the backup, the
# conflicts settled; and how many come before the first record type
_STEPS_AROUND = 3
_STEPS_BEFORE = 2
# how often (in SQLite VM steps) a merge's statements look whether the person cancelled
_CANCEL_OPS = 20_000
COUNT_NAMES = ("added", "updated", "deleted", "auto_merged", "conflicts", "unchanged")

_CONFLICT_COLUMNS = (
    "id",
    "table_name",
    "row_id",
    "dossier_id",
    "field",
    "kind",
    "base",
    "a",
    "b",
    "a_rev",
    "b_rev",
    "merge_rev",
    "created_at",
    "resolved_at",
    "resolved_by",
    "resolution",
    "how",
)

#: (record type, column, target type): every link whose target must be live while the row is.
#: How long before its parent's deletion an item's deletion counts as part of the same change.
_WITH_PARENT = datetime.timedelta(seconds=5)
_LINKS: tuple[tuple[type[model.Record], str, type[model.Record]], ...] = (
    *((rtype, "dossier_id", model.Dossier) for rtype in model.RECORD_TYPES if rtype is not model.Dossier),
    *((rtype, column, target) for rtype, column, target, _ in REFERENCES),
)


# --- the report -----------------------------------------------------------------------------


@dataclass
class TypeCounts:
    """What a merge did to the rows of one record type (from my store's point of view)."""

    added: int = 0  # new to me (or brought back)
    updated: int = 0  # taken from theirs: changed on their side only
    deleted: int = 0  # a deletion arriving
    auto_merged: int = 0  # changed on both sides, merged without conflict
    conflicts: int = 0  # changed on both sides, with at least one field left to a person
    unchanged: int = 0  # nothing to take

    def as_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    def __add__(self, other: TypeCounts) -> TypeCounts:
        return TypeCounts(*(getattr(self, n) + getattr(other, n) for n in COUNT_NAMES))


@dataclass
class MergeReport:
    """What merging a file did."""

    source: str
    backup: Path | None = None
    counts: dict[str, TypeCounts] = field(default_factory=dict)  # by table, parents first
    revisions_added: int = 0
    new_conflicts: int = 0  # conflicts this merge found
    pending_conflicts: int = 0  # conflicts the store holds unresolved after it

    @property
    def total(self) -> TypeCounts:
        total = TypeCounts()
        for counts in self.counts.values():
            total = total + counts
        return total

    @property
    def changed(self) -> bool:
        t = self.total
        return bool(t.added or t.updated or t.deleted or t.auto_merged or t.conflicts or self.revisions_added)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "backup": str(self.backup) if self.backup else None,
            "types": {table: counts.as_json() for table, counts in self.counts.items()},
            "total": self.total.as_json(),
            "revisions_added": self.revisions_added,
            "new_conflicts": self.new_conflicts,
            "pending_conflicts": self.pending_conflicts,
        }

    def text(self) -> str:
        if self.backup:
            said = translate("merge", "Merged {file} (backup of the store before: {backup})")
        else:
            said = translate("merge", "Merged {file}")
        lines = [said.format(file=self.source, backup=self.backup)]
        shown = {t: c for t, c in self.counts.items() if any(c.as_json().values())}
        names = {t: translate("records", model.BY_TABLE[t].nouns()) for t in shown}
        width = max((len(name) for name in names.values()), default=0)
        for table, c in shown.items():
            counts = translate(
                "merge",
                "{added} added, {updated} updated, {deleted} deleted, "
                "{auto_merged} auto-merged, {conflicts} in conflict, {unchanged} unchanged",
            ).format(**c.as_json())
            lines.append(f"  {names[table]:<{width}}  {counts}")
        if not shown:
            lines.append("  " + translate("merge", "the file holds no records"))
        if self.pending_conflicts == 1:
            lines.append(translate("merge", "1 conflict left for a person to resolve (open the app)"))
        elif self.pending_conflicts:
            lines.append(
                translate("merge", "{count} conflicts left for a person to resolve (open the app)").format(
                    count=self.pending_conflicts
                )
            )
        else:
            lines.append(translate("merge", "No conflicts."))
        return "\n".join(lines) + "\n"


# --- conflicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """A field two people changed differently (or a deletion against an edit).

    `b` is the value the record shows until a person decides (the latest write) and `a` a
    value written without having seen it; `a_rev` and `b_rev` are the revisions that wrote
    them. For kind "deleted" the field is "deleted", `a` is the deletion (true) and `b` the
    record kept (false)."""

    id: str
    table: str
    row_id: str
    dossier_id: str
    field: str
    kind: str  # "edited": both sides changed the field; "deleted": a deletion against an edit
    base: Any  # the common ancestor's value (None when there was none)
    a: Any
    b: Any
    a_rev: str
    b_rev: str
    a_author: str  # who wrote each value (names), and when
    b_author: str
    a_at: str
    b_at: str
    merge_rev: str
    created_at: str
    label: str = ""  # the record's name, for lists
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: Any = None
    how: str | None = None

    @property
    def noun(self) -> str:
        rtype = model.BY_TABLE.get(self.table)
        return rtype.noun if rtype else self.table


def _conflicts(store: Store, where: str, params: tuple[Any, ...]) -> list[Conflict]:
    rows = store.db.rows(
        "SELECT c.*, coalesce(aa.name, ra.author_id, '') AS a_author, coalesce(ra.at, '') AS a_at, "
        "coalesce(ab.name, rb.author_id, '') AS b_author, coalesce(rb.at, '') AS b_at FROM conflicts c "
        "LEFT JOIN revisions ra ON ra.id = c.a_rev LEFT JOIN authors aa ON aa.id = ra.author_id "
        "LEFT JOIN revisions rb ON rb.id = c.b_rev LEFT JOIN authors ab ON ab.id = rb.author_id "
        f"WHERE {where} ORDER BY c.created_at, c.table_name, c.row_id, c.field, c.id",
        params,
    )
    labels: dict[tuple[str, str], str] = {}
    out = []
    for row in rows:
        key = (row["table_name"], row["row_id"])
        if key not in labels:
            rtype = model.BY_TABLE.get(key[0])
            record = store.get(rtype, key[1]) if rtype else None
            labels[key] = record.label if record else ""
        out.append(
            Conflict(
                id=row["id"],
                table=row["table_name"],
                row_id=row["row_id"],
                dossier_id=row["dossier_id"],
                field=row["field"],
                kind=row["kind"],
                base=json.loads(row["base"]) if row["base"] is not None else None,
                a=json.loads(row["a"]),
                b=json.loads(row["b"]),
                a_rev=row["a_rev"],
                b_rev=row["b_rev"],
                a_author=row["a_author"],
                b_author=row["b_author"],
                a_at=row["a_at"],
                b_at=row["b_at"],
                merge_rev=row["merge_rev"],
                created_at=row["created_at"],
                label=labels[key],
                resolved_at=row["resolved_at"],
                resolved_by=row["resolved_by"],
                resolution=json.loads(row["resolution"]) if row["resolution"] is not None else None,
                how=row["how"],
            )
        )
    return out


def pending_conflicts(store: Store, dossier_id: str | None = None) -> list[Conflict]:
    """The conflicts no person has resolved yet (of one dossier, or of the whole store)."""
    if dossier_id is None:
        return _conflicts(store, "c.resolved_at IS NULL", ())
    return _conflicts(store, "c.resolved_at IS NULL AND c.dossier_id = ?", (dossier_id,))


def all_conflicts(store: Store, dossier_id: str | None = None) -> list[Conflict]:
    """Every conflict, resolved or not."""
    if dossier_id is None:
        return _conflicts(store, "1", ())
    return _conflicts(store, "c.dossier_id = ?", (dossier_id,))


def conflict_key(conflict: Conflict) -> tuple[str, str, str]:
    return conflict.table, conflict.row_id, conflict.field


def resolve_conflict(store: Store, conflict_id: str, value: Any, how: str) -> Operation | None:
    """Settle a conflict with `value` ("mine" / "theirs": one of its two values, "edit": a new
    one). The record is written through the store (a new revision by the current author, the
    search index kept in step); every pending conflict on the same field of the record is
    settled with it. For a "deleted" conflict, a true value deletes the record (with what
    cannot live without it, as any deletion) and a false one keeps it.
    Returns the operation written (for undo), or None when the record needed no change."""
    from negoprep.records.values import form_problem
    from negoprep.store.operations import InvalidChangeError

    if how not in HOWS:
        raise ValueError(f"how must be one of {HOWS}, not {how!r}")  # untranslated: a programming error
    found = _conflicts(store, "c.id = ?", (conflict_id,))
    if not found:
        raise StoreError(words(problem("conflict.none", id=conflict_id, store=store.name)))
    conflict = found[0]
    if conflict.resolved_at is not None:
        raise StoreError(words(problem("conflict.resolved", noun=conflict.noun, label=conflict.label)))
    rtype = model.BY_TABLE[conflict.table]
    record = store.get(rtype, conflict.row_id)
    if record is None:
        raise StoreError(words(problem("conflict.no_record", noun=conflict.noun, store=store.name)))
    operation = None
    label = translate("merge", "Resolve the conflict on {noun} “{label}”").format(
        noun=translate("records", conflict.noun), label=record.label
    )
    at = times.stamp()
    with store.transaction():
        if conflict.kind == "deleted":
            if value and not record.deleted:
                operation = store.apply(label, deletes=[record])
            elif not value and record.deleted:
                operation = store.apply(label, puts=[replace(record, deleted=False)])
            elif not value:
                _write_kept(store, record)
            if value:  # the record is gone: what was left to decide about its fields is moot
                store.db.conn.execute(
                    "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'null', how = 'deleted' "
                    "WHERE resolved_at IS NULL AND table_name = ? AND row_id = ? AND field != 'deleted'",
                    (at, store.author.id, conflict.table, conflict.row_id),
                )
        elif not record.deleted:
            if conflict.field not in column_names(rtype):
                raise StoreError(words(problem("conflict.no_field", noun=conflict.noun, field=conflict.field)))
            refused = form_problem(rtype.column(conflict.field), value)
            if refused is not None:  # (the field named as a person calls it)
                raise InvalidChangeError([refused.on(model.label_of(conflict.table, conflict.field))])
            if getattr(record, conflict.field) != value:
                operation = store.apply(label, puts=[replace(record, **{conflict.field: value})])
        # every pending conflict on this field of the record is settled by this decision
        store.db.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?, how = ? "
            "WHERE resolved_at IS NULL AND table_name = ? AND row_id = ? AND field = ?",
            (at, store.author.id, json.dumps(value, ensure_ascii=False), how, *conflict_key(conflict)),
        )
    return operation


def _write_kept(store: Store, record: model.Record) -> None:
    """A revision by the person who kept a record against a deletion, with nothing else
    changed: the rules read it as that decision, so that every later merge keeps the record
    too (a deletion made without having seen it is a new conflict)."""
    table, rev, at = type(record).table, str(uuid.uuid4()), times.stamp()
    snapshot = {**record.row(), "updated_at": at, "author_id": store.author.id, "deleted": False}
    del snapshot["rev"]
    store.db.conn.execute(
        f"UPDATE {table} SET rev = ?, updated_at = ?, author_id = ? WHERE id = ?",
        (rev, at, store.author.id, record.id),
    )
    chain.add_revision(store.db.conn, rev, table, record.id, [record.rev], store.author.id, at, "update", snapshot)


# --- opening the other file -----------------------------------------------------------------


def merge_backup_path(path: Path) -> Path:
    """Where the copy of a store taken before a merge goes (its backups folder, never over another)."""
    return backups.backup_target(path, "pre-merge")


def _check_source(theirs: Path) -> int:
    """The schema version of the file to merge; StoreError for what cannot be merged."""
    if not theirs.exists():
        raise StoreError(translate("merge", "there is no file {file}").format(file=theirs))
    if theirs.is_dir():
        raise StoreError(translate("merge", "{file} is a folder, not a store file").format(file=theirs))
    app_id, version, has_tables = probe(theirs)
    if not has_tables:
        raise StoreError(translate("merge", "{file} is empty: not a negoprep store").format(file=theirs))
    if app_id != APPLICATION_ID:
        raise StoreError(
            translate("merge", "{file} is another application's database, not a negoprep store").format(file=theirs)
        )
    if version > current_version():
        raise StoreError(
            translate(
                "merge",
                "{file} was made by a newer negoprep (store version {version}; this one reads up to "
                "{current_version}): update negoprep to merge it",
            ).format(file=theirs, version=version, current_version=current_version())
        )
    return version


@contextlib.contextmanager
def _attached(store: Store, theirs: Path) -> Iterator[None]:
    """The other file attached read-only to the store's connection (an older one migrated in
    a private copy first: the file itself is never written)."""
    version = _check_source(theirs)
    conn = store.db.conn
    with contextlib.ExitStack() as stack:
        source = theirs.resolve()
        if version < current_version():
            folder = stack.enter_context(tempfiles.scratch("merge"))
            copy = folder / "theirs.db"
            with translated_errors(theirs):
                src = engine.connect(f"{source.as_uri()}?mode=ro", uri=True)
                try:
                    backups.copy_database(src, copy)
                finally:
                    src.close()
            Store.open(copy, store.author).close()  # migrates the copy, after its own backup
            source = copy
        with translated_errors(theirs):
            # (into an encrypted store: KEY '', or SQLCipher would read the file with the store's key)
            conn.execute(f"ATTACH DATABASE ? AS {SOURCE}{engine.attach_key(conn)}", (f"{source.as_uri()}?mode=ro",))
            try:
                attached = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
                if Path(attached.get(SOURCE) or "") != source:  # a SQLite that takes no URI here
                    conn.execute(f"DETACH DATABASE {SOURCE}")
                    folder = stack.enter_context(tempfiles.scratch("merge"))
                    plain = folder / "theirs-plain.db"
                    shutil.copyfile(source, plain)
                    conn.execute(f"ATTACH DATABASE ? AS {SOURCE}{engine.attach_key(conn)}", (str(plain),))
                version = conn.execute(f"PRAGMA {SOURCE}.user_version").fetchone()[0]
                if version != current_version():
                    raise StoreError(
                        translate("merge", "{file} could not be brought to store version {current_version}").format(
                            file=theirs, current_version=current_version()
                        )
                    )
                yield
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.execute(f"DETACH DATABASE {SOURCE}")


# --- merging --------------------------------------------------------------------------------


class MergeRefusedError(StoreError):
    """A file that cannot be merged as it is; nothing of it was taken. `problems` says why."""

    def __init__(self, found: list[Problem]):
        self.problems = found
        super().__init__(refusal_words(found))


def refusal_words(found: Sequence[Problem]) -> str:
    """The refusal in one line: the first records that collide, how many more, and why."""
    *collisions, reason = found
    text = words(collisions[0]) if collisions else ""
    if len(collisions) > 1:
        text += f" ({words(Problem('merge.more_collisions', {'count': len(collisions) - 1}))})"
    return f"{text}: {words(reason)}" if text else words(reason)


def merge_file(
    store: Store, theirs: Path | str, *, name: str | None = None, progress: Progress = SILENT
) -> MergeReport:
    """Merge another negoprep store file (already verified) into `store`, in one transaction,
    after a backup copy of the store. Merging the same file again changes nothing.

    `name` is how messages call the file (the one the person chose, when `theirs` is a private
    copy of it). A file whose records would have to move to another dossier, or whose ids
    name two kinds of record, is refused (MergeRefusedError) before anything is written.

    `progress` hears each step (the file checked, the backup, each record type merged) and may
    stop the merge (`CancelledError`) at any step, or inside a long statement: the transaction is
    rolled back and the backup taken for it removed, so the store is as it was."""
    theirs = Path(theirs)
    if store.readonly:
        raise StoreError(translate("merge", "{name} is open read-only: nothing was merged").format(name=store.name))
    if store.db.in_change:
        raise StoreError(translate("merge", "a merge cannot run inside another change"))
    # the store itself or one of its files, under any name (a link too): refused as every door refuses it
    live.refuse_live(theirs, "merge", also=store.path)  # untranslated: a verb of live's message
    report = MergeReport(source=name or str(theirs))
    total = len(model.RECORD_TYPES) + _STEPS_AROUND
    progress.step(0, total, translate("merge", "Checking the file"))
    conn = store.db.conn
    # a long statement stops too when the person cancels (SQLite runs this every few thousand steps)
    conn.set_progress_handler(progress.interrupter(), _CANCEL_OPS)
    try:
        with _attached(store, theirs):
            checked = store.data_version()
            survey = _refuse_collisions(store, name or str(theirs))
            if store.path is not None:
                progress.step(1, total, translate("merge", "Backing up the store"))
                with translated_errors(store.path):
                    report.backup = backups.write_backup(conn, store.path, "pre-merge")
            progress.step(2, total, translate("merge", "Merging"))
            try:
                with store.transaction():
                    if store.data_version() != checked:  # another program wrote meanwhile: look again
                        survey = _refuse_collisions(store, name or str(theirs))
                    _Merger(store, report, survey, progress, total).run()
            except sqlite.IntegrityError as exc:  # a file that was not verified first
                raise StoreError(
                    translate("merge", "{file} cannot be merged: its records break the store's rules ({error})").format(
                        file=theirs, error=exc
                    )
                ) from exc
    except (NegoprepError, sqlite.Error) as exc:
        if not progress.is_cancelled():
            raise
        # nothing was merged: the backup taken for it would only be a copy of the store as it is
        if report.backup is not None:
            report.backup.unlink(missing_ok=True)
        raise exc if isinstance(exc, CancelledError) else CancelledError() from exc
    finally:
        conn.set_progress_handler(None, 0)
    progress.say(total, total, translate("merge", "Merged"))  # (written: too late to cancel)
    return report


# --- ids that would move a record ----------------------------------------------------------


@dataclass
class _Survey:
    """The rows of each table whose revision differs between the two files (new to me, or
    at another revision), with their heads' parents and dossiers, read in one pass."""

    # table → (id, their rev, their deleted, my rev, my deleted, their head's parents, my
    # head's parents, their dossier, my dossier)
    differing: dict[str, list[tuple[Any, ...]]]
    total: dict[str, int]  # table → the rows the other file holds


def _survey(conn: sqlite.Connection) -> _Survey:
    survey = _Survey({}, {})
    for rtype in model.RECORD_TYPES:
        table = rtype.table
        dossier = "s.id, m.id" if rtype is model.Dossier else "s.dossier_id, m.dossier_id"
        survey.differing[table] = conn.execute(
            f"SELECT s.id, s.rev, s.deleted, m.rev, m.deleted, rs.parents, rm.parents, {dossier} "
            f"FROM {SOURCE}.{table} AS s LEFT JOIN main.{table} AS m ON m.id = s.id "
            f"LEFT JOIN {SOURCE}.revisions AS rs ON rs.id = s.rev LEFT JOIN main.revisions AS rm ON rm.id = m.rev "
            "WHERE m.rev IS NOT s.rev"
        ).fetchall()
        survey.total[table] = conn.execute(f"SELECT count(*) FROM {SOURCE}.{table}").fetchone()[0]
    return survey


def _refuse_collisions(store: Store, file: str) -> _Survey:
    """The survey of the two files, once nothing in them collides (else MergeRefusedError)."""
    with translated_errors(store.name):
        survey = _survey(store.db.conn)
        changed = _changed_revisions(store.db.conn, file)
        collisions = _collisions(store.db.conn, survey, file)
    if changed:
        raise MergeRefusedError([*changed, Problem("merge.revisions_refused")])
    if collisions:
        raise MergeRefusedError([*collisions, Problem("merge.ids_refused")])
    return survey


def _changed_revisions(conn: sqlite.Connection, file: str) -> list[Problem]:
    """Revisions of mine that the other file holds as another change: a revision id names one
    change to one record, the same in every copy, and the merge relies on it (a record at a
    revision I hold is taken as mine). Its ids are random, not made from the content, so a
    file could give one to another record, or move a record to another dossier under it."""
    rows = conn.execute(
        f"SELECT s.id, s.table_name, s.row_id FROM {SOURCE}.revisions AS s JOIN main.revisions AS m ON m.id = s.id "
        # which record, and where: an export blanks the words of older snapshots, and the
        # revision a merge makes to settle a conflict has the same id, but not the same
        # author and time, on every machine that makes it
        "WHERE s.table_name IS NOT m.table_name OR s.row_id IS NOT m.row_id "
        # (the same snapshot, packed the same, is not unpacked to be compared)
        "OR (s.snapshot IS NOT m.snapshot AND json_extract(negoprep_snapshot(s.snapshot), '$.dossier_id') "
        "IS NOT json_extract(negoprep_snapshot(m.snapshot), '$.dossier_id')) "
        "LIMIT 6"
    ).fetchall()
    return [
        Problem("merge.revision_differs", {"id": rev, "table": table, "row": row, "file": file})
        for rev, table, row in rows
    ]


def _collisions(conn: sqlite.Connection, survey: _Survey, file: str) -> list[Problem]:
    """What in the other file would move a record of mine to another dossier or make one id
    name two kinds of record: each collision once, by record type and id.

    Only rows at another revision than mine can be in another dossier (a revision is one
    content), and only ids new to a table can name another kind."""
    found: list[Problem] = []
    titles: dict[tuple[str, str], str] = {}

    def title(schema: str, dossier_id: str) -> str:
        key = (schema, dossier_id)
        if key not in titles:
            row = conn.execute(f"SELECT title FROM {schema}.dossiers WHERE id = ?", (dossier_id,)).fetchone()
            titles[key] = row[0] if row and row[0] else dossier_id
        return titles[key]

    tables = [rtype.table for rtype in model.RECORD_TYPES]
    nouns = {rtype.table: rtype.noun for rtype in model.RECORD_TYPES}
    new_kind: dict[str, str] = {}  # an id new to a table → that table (the first, by record type)
    twice: list[Problem] = []
    for table in tables:
        for row_id, _, _, m_rev, _, _, _, there, here in survey.differing[table]:
            params = {"id": row_id, "noun": nouns[table], "file": file}
            if m_rev is None:
                first = new_kind.setdefault(row_id, table)
                if first != table:
                    twice.append(
                        Problem("merge.id_two_kinds_there", {**params, "noun": nouns[first], "other": nouns[table]})
                    )
            elif there != here:
                found.append(
                    Problem(
                        "merge.id_in_two_dossiers",
                        {**params, "here": title("main", here), "there": title(SOURCE, there)},
                    )
                )
    found.sort(key=lambda p: (_ORDER[p.params["noun"]], p.params["id"]))
    # an id new to one of my tables that names another kind of record of mine (an id two of
    # my tables hold already was so before this file)
    mine_too: list[Problem] = []
    if new_kind:
        new = _js(list(new_kind))
        for other in tables:
            for (row_id,) in conn.execute(f"SELECT id FROM main.{other} WHERE {_ids_in('id')}", (new,)):
                table = new_kind[row_id]
                mine_too.append(
                    Problem(
                        "merge.id_two_kinds_here",
                        {"id": row_id, "noun": nouns[table], "other": nouns[other], "file": file},
                    )
                )
    found += sorted(twice, key=lambda p: p.params["id"]) + sorted(mine_too, key=lambda p: p.params["id"])
    return found


_ORDER = {rtype.noun: n for n, rtype in enumerate(model.RECORD_TYPES)}


def _js(values: Sequence[Any] | set[Any]) -> str:
    return json.dumps(list(values))


def _ids_in(column: str) -> str:
    return f"{column} IN (SELECT value FROM json_each(?))"


class _Merger:
    def __init__(self, store: Store, report: MergeReport, survey: _Survey, progress: Progress, total: int):
        self.store = store
        self.progress = progress
        self.total = total
        self.survey = survey
        self.conn = store.db.conn
        self.report = report
        self.me = store.author.id
        self.outcome: dict[str, dict[str, str]] = {}  # table → row id → count name
        self.touched: dict[str, set[str]] = {}  # table → rows this merge wrote
        self.same: dict[str, int] = {}  # table → rows at the same revision on both sides
        self.merged: dict[tuple[str, str], rules.Outcome] = {}  # (table, row id) → what the rules decided
        self.restored: set[tuple[str, str]] = set()  # rows brought back because something refers to them
        self.taken: set[tuple[str, str]] = set()  # rows theirs was ahead of, merged for what it withheld

    def run(self) -> None:
        conn = self.conn
        # their authors and revisions as they are: a revision brought in stays its author's
        conn.execute(
            f"INSERT OR IGNORE INTO main.authors (id, name, digest) SELECT id, name, digest FROM {SOURCE}.authors"
        )
        chain.seal_authors(conn)
        self.report.revisions_added = chain.copy_revisions(conn, SOURCE)
        for number, rtype in enumerate(model.RECORD_TYPES):
            self.progress.step(_STEPS_BEFORE + number, self.total, translate("merge", "Merging"))
            self._merge_table(rtype)
        self.progress.step(self.total - 1, self.total, translate("merge", "Settling conflicts"))
        self._bring_back_referenced()
        self._unite_conflicts()
        self._settle_conflicts()
        for rtype in model.RECORD_TYPES:
            counts = TypeCounts(unchanged=self.same.get(rtype.table, 0))
            for name in self.outcome.get(rtype.table, {}).values():
                setattr(counts, name, getattr(counts, name) + 1)
            self.report.counts[rtype.table] = counts
        self.report.pending_conflicts = conn.execute(
            "SELECT count(*) FROM main.conflicts WHERE resolved_at IS NULL"
        ).fetchone()[0]

    # --- one table ----------------------------------------------------------------------

    def _merge_table(self, rtype: type[model.Record]) -> None:
        table = rtype.table
        conn = self.conn
        outcome = self.outcome.setdefault(table, {})
        # both sides' heads, with their parents (a head that is the other's child needs no
        # more of the history), as the survey read them; the rows at the same revision are
        # only counted
        differing = self.survey.differing[table]
        self.same[table] = self.survey.total[table] - len(differing)
        new = [(rid, s_del) for rid, _, s_del, m_rev, *_ in differing if m_rev is None]
        known = [row[:7] for row in differing if row[3] is not None]
        columns = column_names(rtype)
        names = ", ".join(columns)
        if new:
            ids = [rid for rid, _ in new]
            conn.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM {SOURCE}.{table} WHERE {_ids_in('id')}",
                (_js(ids),),
            )
            for rid, s_del in new:
                outcome[rid] = "unchanged" if s_del else "added"
            self._reindex(rtype, ids)
        if not known:
            return
        unclear = [row[0] for row in known if not _child(row[5], row[3]) and not _child(row[6], row[1])]
        graph = self._graph(table, unclear) if unclear else {}
        forward, diverged = [], []
        for rid, s_rev, s_del, m_rev, m_del, s_parents, m_parents in known:
            if _child(s_parents, m_rev):
                how = rules.THEIRS_AHEAD
            elif _child(m_parents, s_rev):
                how = rules.MINE_HOLDS_THEIRS
            else:
                how = rules.relation(graph.get(rid, {}), m_rev, s_rev)
            if how == rules.MINE_HOLDS_THEIRS:
                outcome[rid] = "unchanged"
            elif how == rules.THEIRS_AHEAD:
                forward.append(rid)
                if s_del and not m_del:
                    outcome[rid] = "deleted"
                elif m_del and not s_del:
                    outcome[rid] = "added"
                else:
                    outcome[rid] = "unchanged" if s_del and m_del else "updated"
            else:
                diverged.append((rid, m_rev, s_rev))
        if forward:
            # theirs ahead, but blank where a release copy withheld what I hold: merged field
            # by field, so that their blank is taken for what it is (nothing they wrote)
            held = self._withheld_from_them(rtype, forward)
            if held:
                forward = [rid for rid in forward if rid not in held]
                by_id = {row[0]: row for row in known}
                for rid in held:
                    diverged.append((rid, by_id[rid][3], by_id[rid][1]))
                    self.taken.add((table, rid))
        if forward:
            assignments = ", ".join(f"{c} = s.{c}" for c in columns if c != "id")
            conn.execute(
                f"UPDATE main.{table} SET {assignments} FROM {SOURCE}.{table} AS s "
                f"WHERE s.id = {table}.id AND {_ids_in(f'{table}.id')}",
                (_js(forward),),
            )
            self._reindex(rtype, forward)
        if diverged:
            self._merge_diverged(rtype, diverged, graph)

    def _withheld_from_them(self, rtype: type[model.Record], ids: list[str]) -> set[str]:
        """Of rows whose live head on their side is ahead of mine, those where it holds blank
        a field that a release copy withheld from them (their head lists it as redacted) and
        that I hold a value in."""
        names = sorted(WITHHOLDABLE.get(rtype.table, ()))
        if not names:
            return set()
        table = rtype.table
        mine = ", ".join(f"m.{n}" for n in names)
        rows = self.conn.execute(
            f"SELECT s.id, r.redacted, {mine} FROM {SOURCE}.{table} AS s "
            f"JOIN {SOURCE}.revisions AS r ON r.id = s.rev JOIN main.{table} AS m ON m.id = s.id "
            f"WHERE s.deleted = 0 AND r.redacted != '[]' AND {_ids_in('s.id')}",
            (_js(ids),),
        )
        held = set()
        for rid, redacted, *values in rows:
            listed = set(json.loads(redacted))
            for name, value in zip(names, values, strict=True):
                if name in listed and value != encode(name, blank_value(rtype, name)):
                    held.add(rid)
                    break
        return held

    def _graph(self, table: str, row_ids: list[str]) -> dict[str, dict[str, rules.Revision]]:
        """The united revisions of these rows (parents and time): row id → revision id → revision."""
        graph: dict[str, dict[str, rules.Revision]] = {}
        rows = self.conn.execute(
            f"SELECT row_id, id, parents, at FROM main.revisions WHERE table_name = ? AND {_ids_in('row_id')}",
            (table, _js(row_ids)),
        )
        for row_id, rev, parents, at in rows:
            graph.setdefault(row_id, {})[rev] = rules.Revision(rev, rules.parents_of(parents), at)
        return graph

    def _histories(self, rtype: type[model.Record], row_ids: list[str]) -> dict[str, dict[str, rules.Revision]]:
        """The united revisions of these rows with the record each left, as the rules read
        them: every field present (a field a revision predates has its default), the
        restorations a merge made marked, and a value an export blanked in an old revision
        taken back from a pending conflict that kept it."""
        table = rtype.table
        defaults = _defaults(rtype)
        content = _content(rtype)
        kept: dict[tuple[str, str], Any] = {}  # (revision, field) → its value, from pending conflicts
        for schema in (SOURCE, "main"):
            for name, a, b, a_rev, b_rev in self.conn.execute(
                f"SELECT field, a, b, a_rev, b_rev FROM {schema}.conflicts "
                f"WHERE resolved_at IS NULL AND table_name = ? AND {_ids_in('row_id')}",
                (table, _js(row_ids)),
            ):
                kept[(a_rev, name)] = _value(name, json.loads(a), snapshot=True)
                kept[(b_rev, name)] = _value(name, json.loads(b), snapshot=True)
        histories: dict[str, dict[str, rules.Revision]] = {}
        withholdable = WITHHOLDABLE.get(table, frozenset())
        rows = self.conn.execute(
            "SELECT row_id, id, parents, at, op, snapshot, redacted FROM main.revisions "
            f"WHERE table_name = ? AND {_ids_in('row_id')}",
            (table, _js(row_ids)),
        )
        special = [c for c in content if c in JSON_COLUMNS or c in BOOL_COLUMNS]
        texts = text_columns(rtype)
        blank = frozenset(texts)
        for row_id, rev, parents_text, at, op, snapshot, redacted in rows:
            parents = rules.parents_of(parents_text)
            stored = packing.snapshot_record(snapshot, row_id)  # (damaged: the merge stops, damage)
            values = {c: stored.get(c, defaults.get(c)) for c in content}
            for c in special:
                values[c] = _value(c, values[c], snapshot=True)
            values["deleted"] = bool(stored.get("deleted"))
            # every text of it empty: an older revision as an export leaves it, which tells
            # nothing of what was written (taken back below where a pending conflict kept it)
            unknown = blank if texts and not any(values[c] for c in texts) else frozenset()
            if kept:
                for c in (*content, "deleted"):
                    if (rev, c) in kept:
                        values[c] = kept[(rev, c)]
                        unknown -= {c}
            # a merge's restoration: an "insert" after one parent, with the id made from it
            by_merge = op == "insert" and len(parents) == 1 and rev == _restoration_id(parents[0])
            # blank because a release copy withheld it (in the copy, or from whoever edited one)
            withheld: frozenset[str] = frozenset()
            if redacted != "[]":
                withheld = frozenset(c for c in json.loads(redacted) if c in withholdable and (rev, c) not in kept)
            histories.setdefault(row_id, {})[rev] = rules.Revision(
                rev, parents, at, values, by_merge, unknown, withheld
            )
        return histories

    def _decide(
        self,
        rtype: type[model.Record],
        histories: dict[str, dict[str, rules.Revision]],
        row_id: str,
        tops: list[str],
        settled: dict[str, list[tuple[str, str, str]]],
    ) -> rules.Outcome:
        """What the rules make of a row's history up to `tops`."""
        history = histories.get(row_id, {})
        lost = [t for t in tops if t not in history]
        if lost:  # (a file that was not verified first)
            raise StoreError(
                translate("merge", "{source} cannot be merged: the {noun} {row_id} has no revision {lost}").format(
                    source=self.report.source, noun=rtype.noun, row_id=row_id, lost=lost[0]
                )
            )
        return rules.merge_record(history, tops, _content(rtype), settled.get(row_id, ()))

    def _settled(self, table: str, row_ids: list[str]) -> dict[str, list[tuple[str, str, str]]]:
        """The conflicts of these rows a person has decided, on either side."""
        settled: dict[str, list[tuple[str, str, str]]] = {}
        for schema in ("main", SOURCE):
            for row_id, name, a_rev, b_rev in self.conn.execute(
                f"SELECT row_id, field, a_rev, b_rev FROM {schema}.conflicts "
                f"WHERE resolved_at IS NOT NULL AND table_name = ? AND {_ids_in('row_id')}",
                (table, _js(row_ids)),
            ):
                settled.setdefault(row_id, []).append((name, a_rev, b_rev))
        return settled

    def _rows_of(self, schema: str, table: str, ids: list[str], columns: str = "*") -> dict[str, dict[str, Any]]:
        cursor = self.conn.execute(f"SELECT {columns} FROM {schema}.{table} WHERE {_ids_in('id')}", (_js(ids),))
        names = [d[0] for d in cursor.description]
        rows = (dict(zip(names, row, strict=True)) for row in cursor)
        return {row["id"]: row for row in rows}

    def _merge_diverged(
        self,
        rtype: type[model.Record],
        diverged: list[tuple[str, str, str]],
        graph: dict[str, dict[str, rules.Revision]],
    ) -> None:
        """Rows changed on both sides: each becomes what the rules make of both histories,
        written as a merge revision whose parents are the two heads. Its id, time and content
        depend only on the two heads, so the same merge made on two machines is the same
        revision."""
        table = rtype.table
        ids = [d[0] for d in diverged]
        content = _content(rtype)
        stored = [c for c in content if c in JSON_COLUMNS]  # kept as written when a side holds the value
        wanted = ", ".join(["id", "created_at", "updated_at", "deleted", *stored])
        mine = self._rows_of("main", table, ids, wanted)
        theirs = self._rows_of(SOURCE, table, ids, wanted)
        histories = self._histories(rtype, ids)
        settled = self._settled(table, ids)
        columns = column_names(rtype)
        updates, revisions = [], []
        outcome = self.outcome[table]
        for rid, m_rev, s_rev in diverged:
            m, s = mine[rid], theirs[rid]
            merged = self._decide(rtype, histories, rid, [m_rev, s_rev], settled)
            self.merged[(table, rid)] = merged
            deleted = merged.deleted
            parents = sorted((m_rev, s_rev))
            merge_rev = str(uuid.uuid5(NAMESPACE, "\n".join(parents)))
            at = max(_time(graph, rid, m_rev, m), _time(graph, rid, s_rev, s))
            snapshot = {
                "id": rid,
                **merged.values,
                "created_at": min(m["created_at"], s["created_at"]),
                "updated_at": at,
                "author_id": self.me,
                "deleted": deleted,
            }
            row = {c: encode(c, v) for c, v in snapshot.items()}
            for c in stored:  # the text of a side that holds the value, so that JSON keeps its key order
                if _value(c, m[c]) == snapshot[c]:
                    row[c] = m[c]
                elif _value(c, s[c]) == snapshot[c]:
                    row[c] = s[c]
            row["rev"] = merge_rev
            updates.append([row[c] for c in columns if c != "id"] + [rid])
            revisions.append(
                (
                    merge_rev,
                    table,
                    rid,
                    parents,
                    self.me,
                    at,
                    "delete" if deleted else "update",
                    snapshot,
                )
            )
            if merged.conflicts:
                outcome[rid] = "conflicts"
            elif deleted and not m["deleted"]:
                outcome[rid] = "deleted"
            elif (table, rid) in self.taken:
                outcome[rid] = "added" if m["deleted"] else "updated"  # changed on their side only
            else:
                outcome[rid] = "auto_merged"
        assignments = ", ".join(f"{c} = ?" for c in columns if c != "id")
        self._write_back(rtype, ids, f"UPDATE main.{table} SET {assignments} WHERE id = ?", updates, revisions)

    def _write_back(
        self,
        rtype: type[model.Record],
        ids: list[str],
        update: str,
        updates: list[Any],
        revisions: list[Any],
    ) -> None:
        """Write what merging some rows of a table decided: the rows, their new revisions and
        their search index entries."""
        self.conn.executemany(update, updates)
        chain.add_revisions(self.conn, revisions, ignore=True)
        self._reindex(rtype, ids)

    # --- links to deleted rows ----------------------------------------------------------

    def _bring_back_referenced(self) -> None:
        """A live row this merge wrote that refers to a deleted row (or a live row referring
        to a row this merge deleted) is an edit against that deletion: the deleted row comes
        back, with a conflict on its deletion for a person to settle."""
        for _ in range(len(model.RECORD_TYPES) + 1):  # each round can only climb one level
            wanted: dict[type[model.Record], set[str]] = {}
            deleted = {}  # table → the rows this merge wrote that are deleted now
            for table, ids in self.touched.items():
                deleted[table] = [
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT id FROM main.{table} WHERE deleted = 1 AND {_ids_in('id')}", (_js(ids),)
                    )
                ]
            for rtype, column, target in _LINKS:
                found = wanted.setdefault(target, set())
                written = self.touched.get(rtype.table)
                if written:  # rows written by the merge, pointing at a deleted row
                    rows = self.conn.execute(
                        f"SELECT DISTINCT x.{column} FROM main.{rtype.table} AS x "
                        f"JOIN main.{target.table} AS t ON t.id = x.{column} "
                        f"WHERE x.deleted = 0 AND t.deleted = 1 AND {_ids_in('x.id')}",
                        (_js(written),),
                    )
                    found.update(r[0] for r in rows)
                if deleted.get(target.table):  # rows deleted by the merge, still pointed at
                    rows = self.conn.execute(
                        f"SELECT DISTINCT x.{column} FROM main.{rtype.table} AS x "
                        f"WHERE x.deleted = 0 AND {_ids_in(f'x.{column}')}",
                        (_js(deleted[target.table]),),
                    )
                    found.update(r[0] for r in rows)
            wanted = {t: ids for t, ids in wanted.items() if ids}
            if not wanted:
                return
            for target, ids in wanted.items():
                deletions = self._bring_back(target, sorted(ids))
                if target in model.NESTED:
                    self._bring_back_nested(target, deletions)

    def _bring_back_nested(self, rtype: type[model.Record], deletions: dict[str, str]) -> None:
        """The items of restored packages, checklists or constituencies that went with them come
        back too: a package brought back for an offer that tables it is that package, not an
        empty one. An item went with its parent when its deletion is the same person's, made
        in the moments just before the parent's (a change deletes the items first).
        `deletions` maps each restored parent's id to the revision that had deleted it."""
        child, parent_attr = model.NESTED[rtype]
        found: list[str] = []
        for rid, deletion in deletions.items():
            head = self.conn.execute(
                "SELECT at, author_id FROM main.revisions WHERE id = ? AND op = 'delete'", (deletion,)
            ).fetchone()
            if head is None:
                continue
            at, author = head
            moment = times.moment_of(at)
            if moment is None:
                continue
            since = times.stamp(moment - _WITH_PARENT)
            found += [
                row[0]
                for row in self.conn.execute(
                    f"SELECT c.id FROM main.{child.table} AS c JOIN main.revisions AS r ON r.id = c.rev "
                    f"WHERE c.{parent_attr} = ? AND c.deleted = 1 AND r.op = 'delete' AND r.author_id = ? "
                    "AND r.at BETWEEN ? AND ?",
                    (rid, author, since, at),
                )
            ]
        if found:
            self._bring_back(child, sorted(found))

    def _bring_back(self, rtype: type[model.Record], ids: list[str]) -> dict[str, str]:
        """Restore deleted rows something live refers to, as they last were while live (a
        deletion from a shared file arrives with its text blanked: the text comes back from
        the newest live revision this store holds whole). A restoration writes nothing in the
        rules' eyes (a person has not decided it): the conflict on the deletion stays until
        one does. Returns each row's head before it came back (its deletion), by id."""
        table = rtype.table
        rows = self._rows_of("main", table, ids)
        graph = self._graph(table, ids)
        columns = column_names(rtype)
        content = _content(rtype)
        updates, revisions = [], []
        heads: dict[str, str] = {}
        for rid in ids:
            row = rows[rid]
            head = heads[rid] = row["rev"]
            at = _time(graph, rid, head, row)
            rev = _restoration_id(head)
            found = self.conn.execute(
                "SELECT snapshot FROM main.revisions WHERE table_name = ? AND row_id = ? AND op != 'delete' "
                "AND redacted = '[]' ORDER BY at DESC, id DESC LIMIT 1",
                (table, rid),
            ).fetchone()
            if found is not None:
                last_live = packing.snapshot_record(found[0], rid)
                row.update({c: encode(c, last_live[c]) for c in content if c in last_live})
            row = {**row, "deleted": 0, "rev": rev, "updated_at": at, "author_id": self.me}
            updates.append((rev, at, self.me, *(row[c] for c in content), rid))
            snapshot = {c: _value(c, row[c]) for c in columns if c != "rev"}
            revisions.append(
                (
                    rev,
                    table,
                    rid,
                    [head],
                    self.me,
                    at,
                    "insert",
                    snapshot,
                )
            )
            self.outcome.setdefault(table, {})[rid] = "conflicts"
            self.restored.add((table, rid))
        restored = "".join(f", {c} = ?" for c in content)
        update = f"UPDATE main.{table} SET deleted = 0, rev = ?, updated_at = ?, author_id = ?{restored} WHERE id = ?"
        self._write_back(rtype, ids, update, updates, revisions)
        return heads

    # --- conflicts ----------------------------------------------------------------------

    def _unite_conflicts(self) -> None:
        names = ", ".join(_CONFLICT_COLUMNS)
        self.conn.execute(
            f"INSERT INTO main.conflicts ({names}) SELECT {names} FROM {SOURCE}.conflicts AS s "
            "WHERE NOT EXISTS (SELECT 1 FROM main.conflicts AS m WHERE m.id = s.id)"
        )
        # a resolution made on either side wins; of two, the later (the same on both sides). The
        # same resolution blanked by an export (its values set to null) does not replace mine.
        self.conn.execute(
            "UPDATE main.conflicts SET resolved_at = s.resolved_at, resolved_by = s.resolved_by, "
            f"resolution = s.resolution, how = s.how FROM {SOURCE}.conflicts AS s "
            "WHERE s.id = conflicts.id AND s.resolved_at IS NOT NULL AND (conflicts.resolved_at IS NULL OR "
            "(s.resolved_at, s.resolved_by, s.how) > (conflicts.resolved_at, conflicts.resolved_by, conflicts.how))"
        )

    def _settle_conflicts(self) -> None:
        """Make the pending conflicts of every row this merge decided, and of every row with
        pending conflicts, what the rules say they are: the conflicts the united history
        holds, each once, whoever found it first and in whatever order the files came.
        A pending conflict stays while someone changed the record without settling it (it is
        before them); one that a later change by someone who had not seen it replaced goes,
        as it would never have been found had the files come in another order, and so do
        those of a record deleted since. Every store does this on every merge, so a conflict
        a change on one machine made moot goes on every machine."""
        pending: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
        for cid, table, row_id, name, kind, a_rev, b_rev in self.conn.execute(
            "SELECT id, table_name, row_id, field, kind, a_rev, b_rev FROM main.conflicts WHERE resolved_at IS NULL"
        ):
            pending.setdefault((table, row_id), []).append((cid, name, kind, a_rev, b_rev))
        rows = set(self.merged) | self.restored | set(pending)
        by_table: dict[str, list[str]] = {}
        for table, rid in rows:
            by_table.setdefault(table, []).append(rid)
        found: list[tuple[Any, ...]] = []
        gone: list[tuple[str]] = []
        for rtype in model.RECORD_TYPES:
            ids = sorted(by_table.get(rtype.table, ()))
            if not ids:
                continue
            table = rtype.table
            dossier = "id AS dossier_id" if rtype is model.Dossier else "dossier_id"
            current = self._rows_of("main", table, ids, f"id, rev, deleted, updated_at, {dossier}")
            missing = [rid for rid in ids if (table, rid) not in self.merged]
            histories = self._histories(rtype, missing) if missing else {}
            settled = self._settled(table, missing) if missing else {}
            for rid in ids:
                row = current.get(rid)
                if row is None:  # a conflict on no record (a file that was not verified first)
                    continue
                merged = self.merged.get((table, rid))
                if merged is None:
                    merged = self._decide(rtype, histories, rid, [row["rev"]], settled)
                dossier_id = row["dossier_id"]
                wanted = {}
                for c in merged.conflicts:
                    cid = _conflict_id(table, rid, c.field, c.a_rev, c.b_rev)
                    wanted[cid] = (c.field, c.kind, c.base, c.a, c.b, c.a_rev, c.b_rev, max(c.a_at, c.b_at))
                if merged.deleted and not row["deleted"] and merged.latest_deletion:
                    # brought back because something refers to it: the deletion waits for a person
                    d = merged.latest_deletion
                    cid = _conflict_id(table, rid, "deleted", d, "brought back")  # untranslated: part of an id
                    wanted[cid] = ("deleted", "deleted", False, True, False, d, row["rev"], row["updated_at"])
                for cid, name, kind, a_rev, b_rev in pending.get((table, rid), ()):
                    if cid in wanted:
                        continue
                    # the fields of a deleted record are moot; a conflict someone changed the
                    # record with before them stays for a person
                    moot = row["deleted"] or (merged.deleted and kind != "deleted")
                    if not moot and merged.covers(name, a_rev, b_rev):
                        continue
                    gone.append((cid,))
                for cid, (name, kind, base, a, b, a_rev, b_rev, at) in wanted.items():
                    found.append(
                        (
                            cid,
                            table,
                            rid,
                            dossier_id,
                            name,
                            kind,
                            None if base is None else json.dumps(base, ensure_ascii=False),
                            json.dumps(a, ensure_ascii=False),
                            json.dumps(b, ensure_ascii=False),
                            a_rev,
                            b_rev,
                            row["rev"],
                            at,
                        )
                    )
        if gone:
            self.conn.executemany("DELETE FROM main.conflicts WHERE id = ? AND resolved_at IS NULL", gone)
        if found:
            cursor = self.conn.executemany(
                f"INSERT OR IGNORE INTO main.conflicts ({', '.join(_CONFLICT_COLUMNS[:13])}) "
                f"VALUES ({', '.join('?' * 13)})",
                found,
            )
            self.report.new_conflicts += max(cursor.rowcount, 0)

    # --- the search index ---------------------------------------------------------------

    def _reindex(self, rtype: type[model.Record], ids: list[str]) -> None:
        """Bring the full-text entries of these rows in step with them, as database.index_row does
        for one row, in a few statements for all of them."""
        if not ids:
            return
        self.touched.setdefault(rtype.table, set()).update(ids)
        search_text.reindex(self.conn, rtype, _js(ids))


# --- small helpers --------------------------------------------------------------------------


def _conflict_id(table: str, row_id: str, name: str, a_rev: str, b_rev: str) -> str:
    """A conflict's id: the record, the field and the two writes. The same conflict found by
    two merges, on two machines or in two orders, is one conflict."""
    return str(uuid.uuid5(NAMESPACE, "\n".join(["conflict", table, row_id, name, a_rev, b_rev])))


def _child(parents: str | None, parent: str) -> bool:
    """Whether a revision with these parents (their JSON) is the child of `parent` alone."""
    return parents is not None and rules.parents_of(parents) == (parent,)


def _restoration_id(head: str) -> str:
    """The id of the revision that brings a deleted row back after `head` (the same on every
    machine, and how the rules know a merge made it)."""
    return str(uuid.uuid5(NAMESPACE, f"restore\n{head}"))


def _time(graph: dict[str, dict[str, rules.Revision]], row_id: str, rev: str, row: dict[str, Any]) -> str:
    known = graph.get(row_id, {}).get(rev)
    return known.at if known is not None else row["updated_at"]


def _value(column: str, value: Any, *, snapshot: bool = False) -> Any:
    """A value as Python compares it: JSON columns parsed, flags as bools (a snapshot holds
    them so already)."""
    if value is None:
        return None
    if column in JSON_COLUMNS:
        return value if snapshot and not isinstance(value, str) else json.loads(value)
    if column in BOOL_COLUMNS:
        return bool(value)
    return value


_DEFAULTS: dict[type[model.Record], dict[str, Any]] = {}


def _defaults(rtype: type[model.Record]) -> dict[str, Any]:
    """The default of each field (what a revision written before the field existed means)."""
    if rtype not in _DEFAULTS:
        out = {}
        for f in dataclasses.fields(rtype):
            if f.default is not dataclasses.MISSING:
                out[f.name] = f.default
            elif f.default_factory is not dataclasses.MISSING:
                out[f.name] = f.default_factory()
        _DEFAULTS[rtype] = out
    return _DEFAULTS[rtype]


_CONTENT: dict[type[model.Record], tuple[str, ...]] = {}


def _content(rtype: type[model.Record]) -> tuple[str, ...]:
    """The fields a person writes: what the rules merge."""
    if rtype not in _CONTENT:
        _CONTENT[rtype] = tuple(c for c in column_names(rtype) if c not in model.BOOKKEEPING and c != "id")
    return _CONTENT[rtype]
