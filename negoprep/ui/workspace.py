"""The open store and dossier as the views see them: every change goes through here.

`Workspace.apply` runs a store operation as an undoable command on the shared QUndoStack and
announces which tables changed, so that each view refreshes what it shows and nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from negoprep.errors import NegoprepError
from negoprep.records import model
from negoprep.store.operations import Operation, State
from negoprep.store.store import Store


class OperationCommand(QUndoCommand):
    """An applied store operation on the undo stack: undo and redo restore its states."""

    def __init__(self, workspace: Workspace, operation: Operation) -> None:
        super().__init__(operation.label)
        self.workspace = workspace
        self.operation = operation
        self._first = True

    def redo(self) -> None:
        if self._first:  # the operation was applied when it was made
            self._first = False
        else:
            self.workspace._restore(self.operation.after, self.operation)

    def undo(self) -> None:
        self.workspace._restore(self.operation.before, self.operation)


class Workspace(QObject):
    """One store, the dossier shown, and the undo history of this window."""

    #: the tables an applied, undone or redone change touched
    changed = Signal(frozenset)
    #: the dossier shown is another one (or None)
    dossier_changed = Signal(object)
    #: a change was refused or failed: the message to show
    problem = Signal(str)
    #: a record to show (table, id), e.g. after undo or from search
    reveal = Signal(str, str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dossier_id: str | None = None
        self.undo_stack = QUndoStack(self)
        # (id, label) lists for combo boxes, shared by every section until their table changes
        self._choices: dict[str, list[tuple[str, str]]] = {}
        self.changed.connect(lambda tables: [self._choices.pop(t, None) for t in tables])

    def choices(self, rtype: type[model.Record]) -> list[tuple[str, str]]:
        """(id, label) of the dossier's live records of a type, for combo boxes."""
        if self.dossier_id is None:
            return []
        if rtype.table not in self._choices:
            self._choices[rtype.table] = self.store.choices(rtype, self.dossier_id)
        return self._choices[rtype.table]

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def set_dossier(self, dossier_id: str | None) -> None:
        if dossier_id == self.dossier_id:
            return
        self.dossier_id = dossier_id
        self._choices.clear()
        # commands speak of rows of the dossier they were made in: a fresh history per dossier
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
        self.changed.emit(operation.tables)
        return operation

    def edit(self, label: str, record: model.Record, /, **fields: object) -> Operation | None:
        """Change some fields of a record as one undoable step, on the record as it is stored
        now: what another program changed meanwhile in its other fields stays (the record
        shown may be older than the file by up to a poll of the store)."""
        stored = self.store.get(type(record), record.id)
        base = stored if stored is not None and not stored.deleted else record
        if all(getattr(base, name) == value for name, value in fields.items()):
            return Operation(label, (), ())
        return self.apply(label, puts=[replace(base, **fields)])

    def _restore(self, states: Sequence[State], operation: Operation) -> None:
        try:
            self.store.restore(states)
        except NegoprepError as exc:
            self.problem.emit(str(exc))
            return
        self.changed.emit(operation.tables)
        first = next((s for s in states if s[2] is not None), None)
        if first is not None:
            self.reveal.emit(first[0].table, first[1])
