"""Operations: every edit a person makes, as one undoable unit.

`apply` checks and writes a set of changes in one transaction and returns an `Operation`
holding the state of every row it touched before and after. Undo takes the change back and
redo makes it again, each again through the store, so that an undo is itself a recorded
change that a merge can carry; another program may have written the same store meanwhile, so
both take back or make again only the fields the change changed, keep what was changed
since (and say so), and refuse to leave a live record in or pointing at one they delete.
Deleting a record takes with it what cannot live without it (an agenda item's talking
points; everything in a dossier) and clears optional links to it (a checklist task's owner);
what must not lose its target (a track still holding agenda items) blocks the deletion with
a message.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from negoprep.errors import NegoprepError, listed
from negoprep.i18n import translate
from negoprep.progress import SILENT, Progress
from negoprep.records import model
from negoprep.records.editing import derived_id_of
from negoprep.records.problems import Problem, problem
from negoprep.redlines.rules import referenced_ids, rule_problems
from negoprep.store.database import Database, decode_rows, dossier_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

#: A display position is a whole number well inside SQLite's 64 bits, so that "one after
#: the last" can never overflow.
MAX_POSITION = model.MAX_POSITION

#: (record type, id, the record as it was, or None where it did not exist or was deleted)
State = tuple[type[model.Record], str, model.Record | None]

#: Who points at whom: (record type, column, target type, what deleting the target does).
REFERENCES = model.REFERENCES

#: A live red line with the ids of the tracks and agenda items its rule names.
_RuleUse = tuple[model.RedLine, set[Any], set[Any]]


def reference_required(rtype: type[model.Record], column: str) -> bool:
    """Whether a record must always point at a live target through `column`. A reference that
    deleting its target would clear ("unlink") may be empty; one whose target cannot go
    without taking the record along ("cascade") or without being refused ("block") may not."""
    return any(r is rtype and c == column and action != "unlink" for r, c, _, action in REFERENCES)


class InvalidChangeError(NegoprepError):
    """A change the store refuses, with every reason."""

    def __init__(self, problems: Sequence[str | Problem]):
        self.problems = [str(p) for p in problems]  # in words, every one
        super().__init__(listed(self.problems))


@dataclass(frozen=True)
class PackedRows:
    """The rows of an Operation as it keeps them: their types, their ids, and what each held
    before and after (a record's field values in its fields' order; None: no record)."""

    types: tuple[type[model.Record], ...]
    ids: tuple[str, ...]
    before: tuple[tuple[Any, ...] | None, ...]
    after: tuple[tuple[Any, ...] | None, ...]


class Operation:
    """One applied change: what it was called (`label`) and every touched row before and
    after (`before`, `after`: a State for each row, the same rows in the same order).

    What the rows held is kept as plain values (each record's field values in a tuple), not
    as records, and in parallel tuples (`packed`), not as a tuple a row: a change of a whole
    dossier touches every record of it and the history keeps it, and Python's full garbage
    collection walks, with the interpreter held, every record and every tuple that holds one,
    where tuples of plain values are set aside once seen (at 50,000 records, 45 ms more for
    each full collection on a 2-core laptop; 3 ms packed). Records are made again from the
    values when asked for (`before`, `after`, `rows`)."""

    def __init__(
        self, label: str, before: Sequence[State] = (), after: Sequence[State] = (), *, packed: PackedRows | None = None
    ) -> None:
        self.label = label
        if packed is None:
            types = tuple(state[0] for state in before)
            ids = tuple(state[1] for state in before)
            if tuple(state[1] for state in after) != ids or tuple(state[0] for state in after) != types:
                # (no change is ever made so)
                raise ValueError("before and after must name the same rows")  # untranslated: a defect
            packed = PackedRows(
                types,
                ids,
                tuple(_packed(rtype, record) for rtype, _, record in before),
                tuple(_packed(rtype, record) for rtype, _, record in after),
            )
        self.packed = packed

    @property
    def before(self) -> tuple[State, ...]:
        """Each touched row as it was before (None: not there, or deleted)."""
        return tuple((rtype, rid, was) for rtype, rid, was, _ in self.rows())

    @property
    def after(self) -> tuple[State, ...]:
        """Each touched row as it was after."""
        return tuple((rtype, rid, now) for rtype, rid, _, now in self.rows())

    def rows(
        self, table: str | None = None
    ) -> Iterator[tuple[type[model.Record], str, model.Record | None, model.Record | None]]:
        """Each touched row (of `table` only, if given): (record type, id, before, after),
        each record made when reached (so a loop that stops early makes few, and no record of
        another table is made)."""
        packed = self.packed
        for rtype, rid, was, now in zip(packed.types, packed.ids, packed.before, packed.after, strict=True):
            if table is None or rtype.table == table:
                yield rtype, rid, _unpacked(rtype, was), _unpacked(rtype, now)

    def adds_or_removes(self, table: str) -> bool:
        """Whether the change added a record of `table` or removed one (deleted it, or
        brought it back), told without making any record."""
        packed = self.packed
        return any(
            (was is None) != (now is None)
            for rtype, was, now in zip(packed.types, packed.before, packed.after, strict=True)
            if rtype.table == table
        )

    def first_there(self, *, after: bool) -> tuple[type[model.Record], str] | None:
        """(record type, id) of the first row there (live) after the change, or before it;
        None when there is none. No record is made for it."""
        packed = self.packed
        held = packed.after if after else packed.before
        at = next((n for n, values in enumerate(held) if values is not None), None)
        return None if at is None else (packed.types[at], packed.ids[at])

    @functools.cached_property
    def tables(self) -> frozenset[str]:
        """The tables of the rows it touched."""
        return frozenset(rtype.table for rtype in set(self.packed.types))

    def turned_round(self) -> Operation:
        """The same change the other way round (what an undo of it does): its `before` and
        `after` swapped."""
        packed = self.packed
        return Operation(self.label, packed=replace(packed, before=packed.after, after=packed.before))

    def is_empty(self) -> bool:
        return all(_same(was, now) for _, _, was, now in self.rows())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Operation):
            return NotImplemented
        return (self.label, self.packed) == (other.label, other.packed)

    __hash__ = None  # type: ignore[assignment]  # (compared by what it holds)

    @property
    def size(self) -> int:
        """How many rows it touched."""
        return len(self.packed.ids)

    def __repr__(self) -> str:
        return f"Operation({self.label!r}, {self.size} rows)"  # untranslated: for a programmer


_FIELD_NAMES: dict[type[model.Record], tuple[str, ...]] = {}


def _field_names(rtype: type[model.Record]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(rtype)
    if names is None:
        names = _FIELD_NAMES[rtype] = tuple(f.name for f in fields(rtype))
    return names


def _packed(rtype: type[model.Record], record: model.Record | None) -> tuple[Any, ...] | None:
    """A record's field values, in its fields' order (None: no record)."""
    if record is None:
        return None
    if type(record) is not rtype:  # (a defect: a state's record is of its type)
        raise TypeError(f"a state of {rtype.__name__} holds a {type(record).__name__}")  # untranslated: a defect
    return tuple(getattr(record, name) for name in _field_names(rtype))


def _unpacked(rtype: type[model.Record], values: tuple[Any, ...] | None) -> model.Record | None:
    """The record whose field values these are (as `_packed` gave them), made without its
    `__init__` (every value was a record's already)."""
    if values is None:
        return None
    record = object.__new__(rtype)
    record.__dict__.update(zip(_field_names(rtype), values, strict=True))
    return record


def _same(ra: model.Record | None, rb: model.Record | None) -> bool:
    if ra is None or rb is None:
        return ra is rb
    return ra.content() == rb.content()


@dataclass
class DeletionEffects:
    """What deleting a record would do besides deleting it."""

    cascade: list[model.Record] = field(default_factory=list)  # deleted with it
    unlink: list[model.Record] = field(default_factory=list)  # kept, the link cleared
    blockers: list[str] = field(default_factory=list)  # why it cannot be deleted


class Changes:
    """Checked, undoable changes to the database given: every write of a record a person
    makes goes through `refuse_invalid`, and each change is one transaction."""

    def __init__(self, db: Database):
        self.db = db

    # --- checking ---------------------------------------------------------------------------

    def _live(
        self,
        rtype: type[model.Record],
        record_id: object,
        dossier_id: object,
        pending: Mapping[tuple[str, str], str | None] | None = None,
    ) -> bool:
        """Whether a record is live in a dossier, or is being written to it in the same change
        (a record deleted by the same change is mapped to None there). The ids are as a
        record holds them: of any type, before its values are judged."""
        if not isinstance(record_id, str) or not isinstance(dossier_id, str):
            return False  # a value of the wrong kind, named by the value rules
        if pending and (rtype.table, record_id) in pending:
            return pending[(rtype.table, record_id)] == dossier_id
        table, column = ("dossiers", "id") if rtype is model.Dossier else (rtype.table, "dossier_id")
        rows = self.db.rows(
            f"SELECT 1 FROM {table} WHERE id = ? AND {column} = ? AND deleted = 0", (record_id, dossier_id)
        )
        return bool(rows)

    def _team_weight_problems(
        self,
        weight: model.TeamWeight,
        pending: Mapping[tuple[str, str], str | None] | None,
        written: Mapping[tuple[str, str], model.Record],
    ) -> list[str | Problem]:
        """A delegate has one team weight per agenda item (judged with what the same change
        writes and deletes). Two that a merge of two copies brought together stay editable:
        only a new one is refused beside another."""
        found: list[str | Problem] = []
        others = {
            row["id"]
            for row in self.db.rows(
                "SELECT id FROM team_weights WHERE participant_id = ? AND agenda_item_id = ? AND deleted = 0 "
                "AND id != ?",
                (weight.participant_id, weight.agenda_item_id, weight.id),
            )
        }
        others = {i for i in others if not pending or pending.get((model.TeamWeight.table, i), "") is not None}
        others |= {
            r.id
            for r in written.values()
            if isinstance(r, model.TeamWeight)
            and r.id != weight.id
            and not r.deleted
            and (r.participant_id, r.agenda_item_id) == (weight.participant_id, weight.agenda_item_id)
        }
        stored = self.db.get(model.TeamWeight, weight.id)
        if others and (stored is None or stored.deleted):
            found.append(problem("change.weight_twice", translate("records", "agenda item")))
        return found

    def change_problems(
        self,
        record: model.Record,
        pending: Mapping[tuple[str, str], str | None] | None = None,
        written: Mapping[tuple[str, str], model.Record] | None = None,
    ) -> list[str]:
        """Everything the store would refuse in this record, in words: its values (the rules
        `load` applies), its place in the store (its dossier, an id no other record holds),
        its references (a required one set, each to a record live in its dossier; `pending`
        names the records written in the same change: (table, id) → dossier id, or None for
        one deleted by it), and a figure a red-line rule still needs (`written`: the records
        put by the same change, (table, id) → record, judged as they will be, not as stored)."""
        return [str(p) for p in self._change_problems(record, pending, written or {})]

    def _change_problems(
        self,
        record: model.Record,
        pending: Mapping[tuple[str, str], str | None] | None,
        written: Mapping[tuple[str, str], model.Record],
    ) -> list[str | Problem]:
        from negoprep.records.values import field_problem, record_problems

        rtype = type(record)
        problems: list[str | Problem] = list(record_problems(record))
        id_problem = field_problem(rtype, "id", record.id)
        if id_problem:
            problems.append(translate("store", "id: {problem}").format(problem=id_problem))
            return problems  # what is known by an unusable id cannot be looked up
        problems += self._place_problems(record)
        if isinstance(record, model.Dossier):
            return problems
        dossier_id = dossier_of(record)
        if dossier_id is None or not self._live(model.Dossier, dossier_id, dossier_id, pending):
            return [*problems, problem("change.no_dossier", "dossier")]
        if isinstance(record, model.AgendaItem) and record.figure_value is None:
            for red_line in self._rules_on_item(record, pending, written):
                problems.append(problem("change.figure_needed", "figure", red_line=red_line.label))
        for source, column, target, _ in REFERENCES:
            if source is not rtype:
                continue
            value = getattr(record, column, None)
            what = column.removesuffix("_id").replace("_", " ")
            if value is None:
                # (a reference the value rules know as required is named by them already)
                if reference_required(rtype, column) and field_problem(rtype, column, None) is None:
                    problems.append(problem("value.required", what))
            elif not self._live(target, value, dossier_id, pending):
                problems.append(problem("change.no_target", what, target=target.noun))
        if isinstance(record, model.TeamWeight):
            problems += self._team_weight_problems(record, pending, written)
        if derived_id_of(record) not in (None, record.id):
            # its id is made from both, the same in every copy: another of either is another record
            problems.append(problem("change.package_item_moved", translate("records", "agenda item")))
        if isinstance(record, model.RedLine):
            track_ids: set[Any] = set()
            item_ids: set[Any] = set()
            rule: object = record.rule  # as the record holds it: not yet judged a rule
            if isinstance(rule, dict) and isinstance(rule.get("kind"), str):
                with contextlib.suppress(TypeError):  # malformed parameters: rule_problems names them
                    track_ids, item_ids = referenced_ids(rule)
            # (what the same change writes counts as it will be: a dossier restored whole)
            tracks = {t: t for t in track_ids if isinstance(t, str) and self._live(model.Track, t, dossier_id, pending)}
            figures = {}
            for item_id in item_ids:
                if isinstance(item_id, str) and self._live(model.AgendaItem, item_id, dossier_id, pending):
                    # the item as this change leaves it: its figure may be written beside the rule
                    item = written.get((model.AgendaItem.table, item_id)) or self.db.get(model.AgendaItem, item_id)
                    figures[item_id] = isinstance(item, model.AgendaItem) and item.figure_value is not None
            problems += [
                translate("store", "rule: {problem}").format(problem=p)
                for p in rule_problems(record.rule, tracks, figures)
            ]
        return problems

    def _rules_on_item(
        self,
        item: model.AgendaItem,
        pending: Mapping[tuple[str, str], str | None] | None = None,
        written: Mapping[tuple[str, str], model.Record] | None = None,
    ) -> list[model.RedLine]:
        """The live red lines whose ceiling or floor is on an agenda item, as the change leaves
        them: one the same change deletes, or rewrites to limit something else, no longer
        counts. (A red line the change rewrites to limit this item says so in its own check.)"""
        rows = self.db.rows(
            "SELECT * FROM red_lines WHERE dossier_id = ? AND deleted = 0 "
            "AND json_extract(rule, '$.kind') IN ('ceiling', 'floor') AND json_extract(rule, '$.item') = ?",
            (item.dossier_id, item.id),
        )
        found = []
        for red_line in decode_rows(model.RedLine, rows):
            key = (model.RedLine.table, red_line.id)
            if pending and key in pending and pending[key] is None:
                continue  # deleted by the same change
            after = (written or {}).get(key)
            if isinstance(after, model.RedLine):
                rule: object = after.rule  # as the record holds it: not yet judged a rule
                if not (
                    isinstance(rule, dict) and rule.get("kind") in ("ceiling", "floor") and rule.get("item") == item.id
                ):
                    continue
            found.append(red_line)
        return found

    def _place_problems(self, record: model.Record) -> list[Problem]:
        """A record's place in the store: its position is a whole number of a sane size, it
        stays in the dossier it was made in, and no record of another kind holds its id."""
        found = []  # (its position: a declared field, checked with the others)
        own = dossier_of(record)
        holders = self.db.holders_of(record.id)
        if any(table == record.table and dossier != own for table, dossier in holders):
            found.append(problem("change.moved", "dossier"))
        elsewhere = [table for table, _ in holders if table != record.table]
        if elsewhere:
            found.append(problem("change.id_taken", "id", noun=model.BY_TABLE[elsewhere[0]].noun))
        return found

    def deletion_effects(self, record: model.Record) -> DeletionEffects:
        """What else deleting `record` would delete or unlink, or why it cannot be deleted."""
        effects = DeletionEffects()
        self._collect_effects(record, effects, seen={record.id})
        return effects

    def _referrers(self, rtype: type[model.Record], column: str, target_id: str) -> list[model.Record]:
        rows = self.db.rows(
            f"SELECT * FROM {rtype.table} WHERE {column} = ? AND deleted = 0 ORDER BY position, id", (target_id,)
        )
        return decode_rows(rtype, rows)

    def _rule_uses(self, dossier_id: str, rules: dict[str, list[_RuleUse]] | None) -> list[_RuleUse]:
        """The dossier's live red lines with what their rules name, read once per dossier for
        one change (`rules` keeps them by dossier id; None: read now, kept nowhere)."""
        if rules is not None and dossier_id in rules:
            return rules[dossier_id]
        rows = self.db.rows("SELECT * FROM red_lines WHERE dossier_id = ? AND deleted = 0", (dossier_id,))
        found = [(r, *referenced_ids(r.rule)) for r in decode_rows(model.RedLine, rows)]
        if rules is not None:
            rules[dossier_id] = found
        return found

    def _collect_effects(
        self,
        record: model.Record,
        effects: DeletionEffects,
        seen: set[str],
        rules: dict[str, list[_RuleUse]] | None = None,
    ) -> None:
        target_type = type(record)
        if isinstance(record, model.Dossier):
            # everything in a dossier lives by it: it all goes with it (its own links included)
            for rtype in model.RECORD_TYPES:
                if rtype is model.Dossier:
                    continue
                for member in self._referrers(rtype, "dossier_id", record.id):
                    if member.id not in seen:
                        seen.add(member.id)
                        effects.cascade.append(member)
            return
        for rtype, column, target, action in REFERENCES:
            if target is not target_type:
                continue
            for referrer in self._referrers(rtype, column, record.id):
                if referrer.id in seen:
                    continue
                if action == "block":
                    effects.blockers.append(
                        translate("store", '{noun} "{label}" is on it').format(
                            noun=translate("records", referrer.noun), label=referrer.label
                        )
                    )
                elif action == "cascade":
                    seen.add(referrer.id)
                    effects.cascade.append(referrer)
                    self._collect_effects(referrer, effects, seen, rules)
                else:
                    unlinked = next((r for r in effects.unlink if r.id == referrer.id), referrer)
                    effects.unlink = [r for r in effects.unlink if r.id != referrer.id]
                    cleared: dict[str, Any] = {column: None}
                    effects.unlink.append(replace(unlinked, **cleared))
        if isinstance(record, model.Track | model.AgendaItem):
            for red_line, track_ids, item_ids in self._rule_uses(record.dossier_id, rules):
                if record.id in (track_ids if isinstance(record, model.Track) else item_ids):
                    effects.blockers.append(
                        translate("store", 'the rule of red line "{label}" uses it').format(label=red_line.label)
                    )

    # --- applying ---------------------------------------------------------------------------

    def _state(self, rtype: type[model.Record], record_id: str) -> State:
        current = self.db.get(rtype, record_id)
        return (rtype, record_id, None if current is None or current.deleted else current)

    def apply(
        self,
        label: str,
        puts: Sequence[model.Record] = (),
        deletes: Sequence[model.Record] = (),
    ) -> Operation:
        """Check and write a change in one transaction. Raises InvalidChangeError (and writes
        nothing) when any record is refused or any deletion is blocked."""
        with self.db.transaction():  # checked under the write lock: no other program writes between
            problems: list[str] = []
            rows: list[tuple[model.Record, bool]] = []
            for record in deletes:
                effects = self.deletion_effects(record)
                problems += [
                    translate("store", '{noun} "{label}" cannot be deleted: {reason}').format(
                        noun=translate("records", record.noun), label=record.label, reason=b
                    )
                    for b in effects.blockers
                ]
                rows += [(r, True) for r in [*effects.cascade, record]]
                rows += [(r, False) for r in effects.unlink]
            deleted = [(type(r), r.id) for r, delete in rows if delete]
            self.refuse_invalid(puts, deleted, problems)
            rows = [(r, False) for r in puts] + rows
            # (the records asked for come first among the rows, before what they took along: an
            # undo shows the first one back in its place, the deleted agenda item rather than
            # its first talking point)
            asked = [(type(r), r.id) for r in [*puts, *deletes]]
            keys = list(dict.fromkeys([*asked, *((type(r), r.id) for r, _ in rows)]))
            before = tuple(self._state(rtype, rid) for rtype, rid in keys)
            for record, delete in rows:
                self.db.write(record, delete=delete)
            after = tuple(self._state(rtype, rid) for rtype, rid in keys)
        return Operation(label, before, after)

    def refuse_invalid(
        self,
        puts: Sequence[model.Record],
        deleted: Sequence[tuple[type[model.Record], str]] = (),
        problems: Sequence[str] = (),
    ) -> None:
        """Raise InvalidChangeError naming every problem (these, and whatever the store would
        refuse in `puts`, written in one change that also deletes `deleted`); the one check
        every write of a record goes through."""
        pending: dict[tuple[str, str], str | None] = {(rtype.table, rid): None for rtype, rid in deleted}
        for r in puts:
            pending[(r.table, r.id)] = dossier_of(r)
        written = {(r.table, r.id): r for r in puts}
        found = list(problems)
        for record in puts:
            found += [f'{record.noun} "{record.label}": {p}' for p in self.change_problems(record, pending, written)]
        if found:
            raise InvalidChangeError(found)

    def restore(self, states: Sequence[State]) -> None:
        """Bring rows back to recorded states whole, in one transaction; a state the store would
        now refuse (its dossier or a record it needs deleted since), or a deletion that would
        leave a live record in or pointing at the deleted one, is refused with
        InvalidChangeError, and nothing is written. It overwrites what another program changed
        since: an undo or a redo goes through `undo` and `redo`, which keep that."""
        with self.db.transaction():
            puts = [state for _, _, state in states if state is not None]
            gone = [self.db.get(rtype, rid) for rtype, rid, state in states if state is None]
            deleted = [r for r in gone if r is not None and not r.deleted]
            self.refuse_invalid(
                puts, [(rtype, rid) for rtype, rid, state in states if state is None], self._left_behind(deleted, puts)
            )
            for rtype, record_id, state in states:
                if state is not None:
                    self.db.write(state)
                else:
                    current = self.db.get(rtype, record_id)
                    if current is not None and not current.deleted:
                        self.db.write(current, delete=True)

    def undo(self, operation: Operation, *, progress: Progress | None = None, label: str | None = None) -> list[str]:
        """Take an applied operation back, in one transaction, field by field: a field the
        operation changed goes back where it still holds what the operation wrote; one changed
        since (by another program on the same store) keeps its value now, as does the rest of
        the record. A record the operation made is deleted, one it deleted comes back, each
        only while nobody changed it since. Returns what was kept, in words, one line per
        record (empty: all taken back). Raises InvalidChangeError, and writes nothing, when
        all it changed was changed since (nothing is left to take back), when the result would
        be refused (a record needs one deleted since), or when it would leave a live record in,
        or pointing at, one it deletes (e.g. a note added since to a copied dossier).
        `progress` hears how many of the operation's records are read, checked and written
        (`label` names the step: by default the operation's own label) and may cancel
        (CancelledError): nothing is written."""
        return self._revert(operation.turned_round(), progress, operation.label if label is None else label)

    def redo(self, operation: Operation, *, progress: Progress | None = None, label: str | None = None) -> list[str]:
        """Make an undone operation again, by the same rules as `undo` the other way round."""
        return self._revert(operation, progress, operation.label if label is None else label)

    def _revert(self, operation: Operation, progress: Progress | None, label: str) -> list[str]:
        """Move each row of `operation` from its `before` (what it held when last written by
        this change, or its undo) to its `after`, three ways: per field, before → after, kept
        where the stored value is neither. (Its records are made one by one, as the loop that
        reads the store reaches them.)"""
        progress = progress or SILENT
        with self.db.transaction():  # read and written under the write lock
            kept: list[str] = []
            changes: list[tuple[model.Record, bool]] = []
            # (each record is read, then each deleted one checked, then each changed one
            # written: at most three steps a record, the total known once the reads are done)
            count = operation.size
            for rtype, record_id, was, wanted in progress.each(operation.rows(), label, total=3 * count):
                current = self._state(rtype, record_id)[2]
                change, note = _three_way(was, wanted, current)
                if change is not None:
                    changes.append(change)
                if note:
                    kept.append(note)
            if kept and not changes:  # all of it was changed since: there is nothing to take back
                raise InvalidChangeError(
                    [translate("store", "all it changed was changed since: {kept}").format(kept=listed(kept))]
                )
            puts = [r for r, delete in changes if not delete]
            deleted = [r for r, delete in changes if delete]
            total = count + len(deleted) + len(changes)
            left = self._left_behind(deleted, puts, progress.each(deleted, label, start=count, total=total))
            self.refuse_invalid(puts, [(type(r), r.id) for r in deleted], left)
            for record, delete in progress.each(changes, label, start=count + len(deleted), total=total):
                self.db.write(record, delete=delete)
        return kept

    def _left_behind(
        self, deleted: Sequence[model.Record], puts: Sequence[model.Record], told: Iterable[model.Record] | None = None
    ) -> list[str]:
        """Why deleting `deleted` (and writing `puts`) in one change would leave a live record
        in, or pointing at, one of them: each such record named, in words. (A record `puts`
        writes is judged as written, by `refuse_invalid`.) `told`: `deleted` as a loop that
        tells its progress."""
        # (one set, and one reading of each dossier's red lines, for the whole change: made
        # again for each record, they made undoing the copy of a large dossier quadratic)
        settled = {(r.table, r.id) for r in deleted} | {(r.table, r.id) for r in puts}
        rules: dict[str, list[_RuleUse]] = {}
        found = []
        for record in deleted if told is None else told:
            effects = DeletionEffects()
            self._collect_effects(record, effects, seen={record.id}, rules=rules)
            changed = translate("store", '{noun} "{label}" has changed since').format(
                noun=translate("records", record.noun), label=record.label
            )
            # (for a dossier, `cascade` is everything in it)
            relation = (
                translate("store", '{changed}: {noun} "{label}" is in it')
                if isinstance(record, model.Dossier)
                else translate("store", '{changed}: {noun} "{label}" refers to it')
            )
            for other in [*effects.cascade, *effects.unlink]:
                if (other.table, other.id) not in settled:
                    found.append(
                        relation.format(changed=changed, noun=translate("records", other.noun), label=other.label)
                    )
            found += [
                translate("store", "{changed}: {reason}").format(changed=changed, reason=reason)
                for reason in self._blocking(record, settled, rules)
            ]
        return found

    def _blocking(
        self, record: model.Record, handled: set[tuple[str, str]], rules: dict[str, list[_RuleUse]] | None = None
    ) -> list[str]:
        """What keeps `record` from being deleted, leaving out what the same change deletes or
        rewrites (in `handled`: (table, id)); `rules` as for `_rule_uses`."""
        reasons = []
        for rtype, column, target, action in REFERENCES:
            if target is type(record) and action == "block":
                for referrer in self._referrers(rtype, column, record.id):
                    if (referrer.table, referrer.id) not in handled:
                        reasons.append(
                            translate("store", '{noun} "{label}" is on it').format(
                                noun=translate("records", referrer.noun), label=referrer.label
                            )
                        )
        if isinstance(record, model.Track | model.AgendaItem):
            for red_line, track_ids, item_ids in self._rule_uses(record.dossier_id, rules):
                if (red_line.table, red_line.id) in handled:
                    continue
                if record.id in (track_ids if isinstance(record, model.Track) else item_ids):
                    reasons.append(
                        translate("store", 'the rule of red line "{label}" uses it').format(label=red_line.label)
                    )
        return reasons


def _three_way(
    was: model.Record | None, wanted: model.Record | None, current: model.Record | None
) -> tuple[tuple[model.Record, bool] | None, str]:
    """What moving one record from `was` to `wanted` writes, now that it is `current` (None:
    not there, or deleted): (the record, whether it is deleted) or None for nothing, and in
    words what is kept because it was changed since ("" for nothing)."""
    from negoprep.records.labels import field_label

    shown = current or wanted or was
    assert shown is not None
    name = translate("store", '{noun} "{label}"').format(noun=translate("records", shown.noun), label=shown.label)
    if wanted is None:  # a record to delete (an undone creation, a redone deletion)
        if current is None or was is None:
            return None, ""
        if current.content() != was.content():
            return None, translate("store", "{record} has changed since; it stays").format(record=name)
        return (current, True), ""
    if current is None:
        if was is None:  # a record to bring back (an undone deletion, a redone creation)
            return (wanted, False), ""
        if was.content() != wanted.content():
            return None, translate("store", "{record} was deleted since; it stays deleted").format(record=name)
        return None, ""
    if was is None:  # brought back since by another program
        if current.content() != wanted.content():
            return None, translate("store", "{record} has changed since; it stays").format(record=name)
        return None, ""
    base, goal, now = was.content(), wanted.content(), current.content()
    changes: dict[str, Any] = {}
    clashes = []
    for key, value in goal.items():
        if value == base.get(key) or now.get(key) == value:
            continue  # not changed by the operation, or already as wanted
        if now.get(key) == base.get(key):
            changes[key] = value
        else:
            clashes.append(field_label(type(current), key))
    row = (replace(current, **changes), False) if changes else None
    if clashes:
        return row, translate("store", "{record}: {fields} changed since; kept as now").format(
            record=name, fields=", ".join(clashes)
        )
    return row, ""
