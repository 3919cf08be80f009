"""The open store and dossier as the views see them: every change goes through here.

`Workspace.apply` runs a store operation as an undoable command on the shared QUndoStack and
announces which tables changed, so that each view refreshes what it shows and nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.store.listing import Listing
from negoprep.store.operations import InvalidChangeError, Operation
from negoprep.store.store import Store
from negoprep.ui.operations import Background, read_or_here, reading

#: the record types a reference names: the lists a form or a filter may show
REFERENCED = tuple(dict.fromkeys(target for _, _, target, _ in model.REFERENCES))
#: how long after a dossier is shown its lists are read (`Workspace.prepare_choices`): once the
#: window has painted it
PREPARE_CHOICES_AFTER_MS = 150
#: the most records of a list a form or filter has read at once when it needs it
#: (`Workspace.choices_read`); a longer list is read off the GUI thread
CHOICES_AT_ONCE = 5000


class OperationCommand(QUndoCommand):
    """An applied store operation on the undo stack: undo takes back, and redo makes again,
    only what it changed (`Store.undo`, `Store.redo`): what another program changed since stays."""

    def __init__(self, workspace: Workspace, operation: Operation) -> None:
        super().__init__(operation.label)
        self.workspace = workspace
        self.operation = operation
        self._first = True
        #: put back in its place after a step not taken for now: the next undo or redo the
        #: history makes of it is that move, not a change
        self._staying = False
        #: the outcome of the undo or redo about to be taken, made already off the GUI thread
        #: (FileController.revert_dossier_change): what was kept, or why it was refused; None
        #: while the command makes its undo and redo itself
        self.outcome: list[str] | str | None = None

    def redo(self) -> None:
        if self._first:  # the operation was applied when it was made
            self._first = False
        elif self._staying:
            self._staying = False  # (put back in its place: nothing to make again)
        else:
            self.workspace._revert(self.operation, undo=False, outcome=self._taken_outcome())
            self._drop_if_refused(step_back=-1)

    def undo(self) -> None:
        if self._staying:
            self._staying = False
            return
        self.workspace._revert(self.operation, undo=True, outcome=self._taken_outcome())
        self._drop_if_refused(step_back=1)

    def _taken_outcome(self) -> list[str] | str | None:
        outcome, self.outcome = self.outcome, None
        return outcome

    def _drop_if_refused(self, step_back: int) -> None:
        if self.workspace.not_taken_for_now:
            # not taken for now (the store busy past the wait, a full disk): nothing moved, and
            # the history puts the step back where it was, to be taken once that has passed
            self._staying = True
            stack = self.workspace.undo_stack
            QTimer.singleShot(0, lambda: stack.setIndex(stack.index() + step_back))
            return
        # refused (another program changed what it would take back): nothing moved, so the
        # menu must not offer to go the other way; the stack drops an obsolete command
        if not self.workspace.last_restore_ok:
            self.setObsolete(True)
            # (the stack drops it after this returns, and says nothing when a redo is dropped)
            QTimer.singleShot(0, self.workspace.history_changed.emit)


class DossierCommand(OperationCommand):
    """A change that adds or removes a whole dossier (a copy, a deletion), on the undo stack:
    each way it goes, the window shows the dossier that change leaves in front of the person,
    and the history stays (the command is on it)."""

    def __init__(
        self, workspace: Workspace, operation: Operation, shown_before: str | None, shown_after: str | None
    ) -> None:
        super().__init__(workspace, operation)
        self.shown_before = shown_before
        self.shown_after = shown_after

    def redo(self) -> None:
        first = self._first
        super().redo()
        if first or self.workspace.last_restore_ok:
            self.workspace._show_keeping_history(self.shown_after)

    def undo(self) -> None:
        super().undo()
        if self.workspace.last_restore_ok:
            self.workspace._show_keeping_history(self.shown_before)


class Workspace(QObject):
    """One store, the dossier shown, and the undo history of this window."""

    #: the tables an applied, undone or redone change touched
    changed = Signal(frozenset)
    #: the dossier shown is another one (or None)
    dossier_changed = Signal(object)
    #: the undo history lost a step that could not be taken (what Undo and Redo offer changed)
    history_changed = Signal()
    #: a change was refused or failed: the message to show
    problem = Signal(str)
    #: reading the store found it damaged (the DamagedStoreError): the window offers the ways out
    damaged = Signal(object)
    #: a record to show (table, id), e.g. after undo or from search
    reveal = Signal(str, str)
    #: a dossier was added or removed (a copy, a deletion, their undo or redo): the window
    #: lists the store's dossiers again and shows this one (None: any)
    dossiers_changed = Signal(object)
    #: the list of a table's records (for combo boxes) was read off the GUI thread: the
    #: table's name (`choices_read` gives the list now)
    choices_arrived = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dossier_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self._keeping_history = False  # a switch of dossier made by a command on the stack
        self.last_restore_ok = True
        #: the last undo or redo failed for now, not refused (the store busy, a full disk)
        self.not_taken_for_now = False
        # (id, label) lists for combo boxes, shared by every section until their table changes
        self._choices: dict[str, list[tuple[str, str]]] = {}
        # counts the changes that may make a list read meanwhile out of date, per table, and
        # the dossiers shown (see _read_ahead)
        self._choices_generation: dict[str, int] = {}
        self._choices_epoch = 0
        # the lists being read ahead, by table
        self._preparing: dict[str, Background] = {}
        self._prepare_timer = QTimer(self, singleShot=True, interval=PREPARE_CHOICES_AFTER_MS)
        self._prepare_timer.timeout.connect(self.prepare_choices)
        self._stopped = False  # (see stop_reading)
        self._waited: set[str] = set()  # the lists a form or filter waits for (see choices_read)
        #: while `changed` is emitted for an operation made, undone or redone here: that
        #: operation (what each record was before and after; turned round when undone), so
        #: that a view may update only those rows; None while it is emitted for other changes
        #: (another program's, a merge)
        self.announced: Operation | None = None
        self.changed.connect(self._forget_choices)

    def _forget_choices(self, tables: frozenset[str]) -> None:
        """Forget the combo box lists of changed tables, unless the change is known to have
        left every list as it was (an edit of an agenda item's weight lists the same titles)."""
        for table in tables:
            self._choices_generation[table] = self._choices_generation.get(table, 0) + 1
        kept = tables & self._choices.keys()
        if not kept:
            return
        operation = self.announced
        changes = _list_changes(operation, kept) if operation is not None else dict.fromkeys(kept)
        for table, renamed in changes.items():
            listed = self._choices.pop(table)
            if renamed is not None:
                # only labels changed: a new list with those entries renamed (a new list
                # object, so that the combo boxes showing the old one set it again)
                self._choices[table] = [(rid, renamed.get(rid, label)) for rid, label in listed]

    def choices(self, rtype: type[model.Record]) -> list[tuple[str, str]]:
        """(id, label) of the dossier's live records of a type, for combo boxes."""
        if self.dossier_id is None:
            return []
        ahead = self._preparing.pop(rtype.table, None) if rtype.table not in self._choices else None
        if ahead is not None:
            if ahead.running():
                ahead.settle()  # (read here as well, both readings would take twice as long)
            else:
                ahead.drop()  # (not begun: read here, at once)
        if rtype.table not in self._choices:
            self._choices[rtype.table] = self.store.choices(rtype, self.dossier_id)
        return self._choices[rtype.table]

    def stop_reading(self) -> None:
        """Read nothing more off the GUI thread (the window closes, or shows another store):
        a reader opened after the store is closed would leave its -wal beside it."""
        self._stopped = True
        self._prepare_timer.stop()
        self._drop_reading_ahead()

    def _drop_reading_ahead(self) -> None:
        for ahead in self._preparing.values():
            ahead.drop()
        self._preparing.clear()

    def shows(self, rtype: type[model.Record], record_id: str) -> bool:
        """Whether a record is a live one of the dossier shown (one read)."""
        record = self.store.get(rtype, record_id)
        live = record is not None and not record.deleted
        return live and getattr(record, "dossier_id", None) == self.dossier_id

    def choices_read(self, rtype: type[model.Record]) -> list[tuple[str, str]] | None:
        """The list `choices` gives, when it is read already, or short (`CHOICES_AT_ONCE`);
        else None, and it is read off the GUI thread (200,000 agenda items' titles take
        300-600 ms): `choices_arrived` says when it is in. Where no second connection would
        see what this one does (a store in memory, a change under way), it is read at once."""
        if self.dossier_id is None or rtype.table in self._choices:
            return self.choices(rtype)
        if self.store.path is None or self.store.db.conn.in_transaction or self._stopped:
            return self.choices(rtype)
        if self.store.count(rtype, self.dossier_id) <= CHOICES_AT_ONCE:
            return self.choices(rtype)
        if rtype.table not in self._preparing:
            self._read_ahead([rtype])
        self._waited.add(rtype.table)
        return None

    def prepare_choices(self) -> None:
        """Read the lists of every table a reference names (those the sections' forms and
        filters list: 20,000 agenda items' titles in a large dossier, 40 ms) on a connection
        and thread of their own, so that a section's first visit finds them read."""
        self._read_ahead([t for t in REFERENCED if t.table not in self._choices])

    def _read_ahead(self, types: Sequence[type[model.Record]]) -> None:
        """Read these lists off the GUI thread, one work a list (a short list asked for waits
        for no long one). A list read while its table changed is read again; one read for
        another dossier, or that could not be read, is dropped (read again when asked for)."""
        dossier_id, store = self.dossier_id, self.store
        if dossier_id is None or store.path is None or self._stopped:
            return
        epoch = self._choices_epoch
        for rtype in types:
            table = rtype.table
            generation = self._choices_generation.get(table, 0)

            def arrived(
                listed: list[tuple[str, str]] | Exception,
                rtype: type[model.Record] = rtype,
                generation: int = generation,
            ) -> None:
                table = rtype.table
                self._preparing.pop(table, None)
                if epoch != self._choices_epoch:
                    return
                if generation != self._choices_generation.get(table, 0):
                    self._read_ahead([rtype])  # (changed meanwhile: as it is now)
                    return
                if isinstance(listed, Exception) and table not in self._waited:
                    return  # (read ahead for no one yet: read when asked for)
                # (one that could not be read a second time, and that a form waits for: read here)
                listed = read_or_here(listed, lambda: store.choices(rtype, dossier_id))
                self._waited.discard(table)
                self._choices.setdefault(table, listed)
                self.choices_arrived.emit(table)

            ahead = self._preparing.pop(table, None)
            if ahead is not None:
                ahead.drop()
            read = reading(store, lambda reader, rtype=rtype: reader.choices(rtype, dossier_id))
            self._preparing[table] = Background(read, self, arrived)

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def set_dossier(self, dossier_id: str | None) -> None:
        if dossier_id == self.dossier_id:
            return
        self.dossier_id = dossier_id
        self._choices.clear()
        self._waited.clear()
        self._choices_epoch += 1
        self._drop_reading_ahead()
        self._prepare_timer.start()
        # commands speak of rows of the dossier they were made in: a fresh history per dossier,
        # unless the switch is made by a copy or deletion of a dossier, itself on the stack
        if not self._keeping_history:
            self.undo_stack.clear()
        self.dossier_changed.emit(dossier_id)

    def dossier(self) -> model.Dossier | None:
        return self.store.get(model.Dossier, self.dossier_id) if self.dossier_id else None

    def apply(
        self, label: str, puts: Sequence[model.Record] = (), deletes: Sequence[model.Record] = ()
    ) -> Operation | None:
        """Make a change as one undoable step; on refusal, say why and change nothing."""
        try:
            operation = self.store.apply(label, puts, deletes)
        except NegoprepError as exc:
            self.problem.emit(str(exc))
            return None
        if operation.is_empty():
            return operation
        self.undo_stack.push(OperationCommand(self, operation))
        self._announce(operation)
        return operation

    def _announce(self, operation: Operation) -> None:
        """Say which tables an operation made, undone or redone here changed (and, meanwhile,
        which operation it was: `announced`)."""
        self.announced = operation
        try:
            self.changed.emit(operation.tables)
        finally:
            self.announced = None

    def edit(self, label: str, record: model.Record, /, **fields: object) -> Operation | None:
        """Change some fields of a record as one undoable step, on the record as it is stored
        now: what another program changed meanwhile in its other fields stays (the record
        shown may be older than the file by up to a poll of the store)."""
        stored = self.store.get(type(record), record.id)
        base = stored if stored is not None and not stored.deleted else record
        if all(getattr(base, name) == value for name, value in fields.items()):
            return Operation(label, (), ())
        return self.apply(label, puts=[replace(base, **fields)])

    def new_dossier(self, label: str, dossier: model.Dossier) -> bool:
        """Add a dossier as one undoable step, and show it; False (after saying why) when the
        store refuses it."""
        try:
            operation = self.store.apply(label, puts=[dossier])
        except NegoprepError as exc:
            self.problem.emit(str(exc))
            return False
        self._push_dossier_change(operation, dossier.id)
        return True

    def copy_dossier(self, label: str, title: str) -> str | None:
        """Add a copy of the dossier shown, called `title`, as one undoable step, and show it;
        returns the copy's id, or None (after saying why) when the store refuses it."""
        if self.dossier_id is None:
            return None
        try:
            operation = self.store.copy_dossier(self.dossier_id, title, label)
        except NegoprepError as exc:
            self.problem.emit(str(exc))
            return None
        copy_id = next(rid for rtype, rid, _, _ in operation.rows() if rtype is model.Dossier)
        self._push_dossier_change(operation, copy_id)
        return copy_id

    def delete_dossier(self, label: str) -> bool:
        """Delete the dossier shown and everything in it as one undoable step (another dossier
        is shown then; undo brings this one back as it was); False (after saying why) when the
        store refuses."""
        if self.dossier_id is None:
            return False
        try:
            operation = self.store.delete_dossier(self.dossier_id, label)
        except NegoprepError as exc:
            self.problem.emit(str(exc))
            return False
        self._push_dossier_change(operation, None)
        return True

    def push_dossier_change(self, operation: Operation, shown_after: str | None) -> None:
        """Put a change that adds or removes a dossier, made through another connection to the
        store (the window's operations runner), on the stack, and show `shown_after` (None: any
        dossier left)."""
        self._push_dossier_change(operation, shown_after)

    def _push_dossier_change(self, operation: Operation, shown_after: str | None) -> None:
        """Put a change that adds or removes a dossier on the stack, and show `shown_after`
        (None: any dossier left)."""
        self.changed.emit(operation.tables)
        self.undo_stack.push(DossierCommand(self, operation, self.dossier_id, shown_after))

    def _show_keeping_history(self, dossier_id: str | None) -> None:
        """Show a dossier (the first, when that one is gone) after a dossier was added or
        removed, keeping the undo history."""
        live = [d.id for d in self.store.dossiers()]
        if dossier_id not in live:
            dossier_id = live[0] if live else None
        self._keeping_history = True
        try:
            self.set_dossier(dossier_id)
            self.dossiers_changed.emit(dossier_id)
        finally:
            self._keeping_history = False

    def say_not_taken(self, label: str, reason: str, *, undo: bool) -> None:
        """Say that the undo (or redo) of the change called `label` was not taken, and why."""
        said = (
            translate("Workspace", '"{label}" was not undone: {reason}')
            if undo
            else translate("Workspace", '"{label}" was not redone: {reason}')
        )
        self.problem.emit(said.format(label=_inner_quotes(label), reason=reason))

    def _revert(self, operation: Operation, *, undo: bool, outcome: list[str] | str | None = None) -> None:
        """Undo or redo an operation, or show one undone or redone already through another
        connection (`outcome`: what it kept, or why it was refused); say what was refused, or
        kept because another program changed it since."""
        self.last_restore_ok = False
        self.not_taken_for_now = False
        if outcome is None:
            try:
                outcome = self.store.undo(operation) if undo else self.store.redo(operation)
            except InvalidChangeError as exc:
                outcome = str(exc)  # refused for good
            except NegoprepError as exc:
                outcome = str(exc)
                self.not_taken_for_now = True
        if isinstance(outcome, str):
            self.say_not_taken(operation.label, outcome, undo=undo)
            return
        kept = outcome
        self.last_restore_ok = True
        # (undone, the change goes from what the operation made back to what it found)
        self._announce(operation.turned_round() if undo else operation)
        first = operation.first_there(after=not undo)
        if first is not None:
            self.reveal.emit(first[0].table, first[1])
        if kept:
            text = (
                translate("Workspace", '"{label}" was undone, except what was changed since: {kept}')
                if undo
                else translate("Workspace", '"{label}" was redone, except what was changed since: {kept}')
            )
            self.problem.emit(text.format(label=_inner_quotes(operation.label), kept="; ".join(kept)))


def _inner_quotes(label: str) -> str:
    """A label to be quoted in a message, its own quoted parts in the other quotation marks
    ('Copy dossier "X"' → 'Copy dossier “X”'), so that the quotes nest and read as two."""
    pieces = label.split('"')
    if len(pieces) % 2 == 0:
        return label  # (an odd number of quotes: left as they are)
    marks = ("\u201c", "\u201d")
    return pieces[0] + "".join(marks[n % 2] + piece for n, piece in enumerate(pieces[1:]))


def _list_changes(operation: Operation, tables: Set[str]) -> dict[str, dict[str, str] | None]:
    """What an operation did to the (id, label) lists, in display order, of those of `tables`
    whose records it touched: for each, the new labels (id -> label as listed) when it changed
    only labels, or None when it may have changed more (a record added or removed, moved, or
    into another dossier). A table whose list it left as it was is not named.

    A record is made again only for a table where no record was added or removed (told from
    what the operation keeps, without making any): the undo of a dossier's copy touches every
    record of it, and making them all on the GUI thread stalled the window."""
    found: dict[str, dict[str, str] | None] = {}
    for table in tables & operation.tables:
        if operation.adds_or_removes(table):
            found[table] = None
            continue
        renamed: dict[str, str] | None = {}
        for _, record_id, before, after in operation.rows(table):
            if before is None or after is None:
                continue  # (not there before or after)
            was, now = _listed_as(before), _listed_as(after)
            if before.deleted or after.deleted or was[2:] != now[2:]:
                renamed = None  # a tombstone changed, or moved, or into another dossier
                break
            if was != now:
                renamed[record_id] = Listing.choice_label(after)
        if renamed != {}:
            found[table] = renamed
    return found


def _listed_as(record: model.Record) -> tuple[object, ...]:
    """What a record's entry in a combo box list shows and where it goes."""
    first = getattr(record, record.text_fields[0], None) if record.text_fields else None
    return (
        record.label,
        first,
        getattr(record, "dossier_id", None),
        getattr(record, "position", None),
        record.created_at,
    )
