"""The Resolve conflicts dialog: each field two people changed differently after a merge
(or a record one deleted while the other edited it), both values side by side with who
wrote them and when, and a way to settle it: keep one, or write the value to keep."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from negoprep.echo import echoed
from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.records import model, times
from negoprep.records.problems import Problem, words
from negoprep.records.values import field_problem
from negoprep.store.merge import Conflict, pending_conflicts, resolve_conflict
from negoprep.ui.field_text import Records, column_of, field_label, value_text
from negoprep.ui.workspace import OperationCommand, Workspace


def shown_value(conflict: Conflict, value: Any, records: Records | None = None) -> str:
    """One side's value of a conflict as a person reads it, by its field's declaration (a
    reference by the name of the record it points at, from `records`)."""
    return value_text(conflict.table, conflict.field, value, records)


def field_text(conflict: Conflict) -> str:
    """What a conflict is about: the field's declared label, or the record's fate."""
    if conflict.kind == "deleted":
        return translate("ConflictsDialog", "deleted or kept")
    return field_label(conflict.table, conflict.field)


def noun_text(conflict: Conflict) -> str:
    return translate("records", conflict.noun.capitalize())


def edit_text(value: Any, time: bool = False) -> str:
    """A value as it is written into the edit box (what parse_value reads back)."""
    if time and isinstance(value, str):
        return times.form_text(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def parse_value(text: str, conflict: Conflict) -> Any:
    """The value an edited text stands for, of the same kind as the conflicting values.
    ValueError when it cannot be read as one."""
    values = [v for v in (conflict.b, conflict.a) if v is not None]
    if not text.strip() and (None in (conflict.a, conflict.b, conflict.base) or not values):
        return None
    if _is_time(conflict):  # read as the notes form reads it: local time unless a zone is given
        parsed = times.parse_typed(text)
        if isinstance(parsed, Problem):
            raise ValueError(words(parsed))
        return parsed
    if not values or isinstance(values[0], str):
        return text
    try:
        return json.loads(text.strip().lower() if isinstance(values[0], bool) else text)
    except json.JSONDecodeError:
        raise ValueError(
            translate("ConflictsDialog", "“{text}” is not a value this field can hold.").format(text=echoed(text))
        ) from None


def _is_time(conflict: Conflict) -> bool:
    return (conflict.table, conflict.field) in times.TIME_FIELDS


def _writable(conflict: Conflict) -> bool:
    """Whether a value of one's own may be written for the field (rather than one side kept)."""
    column = column_of(conflict.table, conflict.field)
    return column is None or column.spec.kind in ("text", "int", "number", "date", "at")


def when_text(at: str) -> str:
    """A revision time (a UTC stamp) in local time to the minute, with its zone."""
    return times.local_text(at)


def _value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _author(name: str | None) -> str:
    return name or translate("ConflictsDialog", "someone")


class ConflictsDialog(QDialog):
    """Every pending conflict of the store, settled one at a time."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(translate("ConflictsDialog", "Resolve conflicts"))
        self.setAccessibleName(translate("ConflictsDialog", "Resolve conflicts"))

        self.list_model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setAccessibleName(translate("ConflictsDialog", "Pending conflicts"))
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.setMinimumWidth(240)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        self.heading = QLabel(wordWrap=True)
        self.heading.setAccessibleName(translate("ConflictsDialog", "Conflict"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.explain = QLabel(wordWrap=True)
        self.explain.setAccessibleName(translate("ConflictsDialog", "What happened"))

        self.a_box, self.a_value, self.a_meta = self._side("A", translate("ConflictsDialog", "A (the earlier change)"))
        self.b_box, self.b_value, self.b_meta = self._side(
            "B", translate("ConflictsDialog", "B (the later change, shown now)")
        )
        sides = QHBoxLayout()
        sides.addWidget(self.a_box, 1)
        sides.addWidget(self.b_box, 1)
        self.base_label = QLabel(wordWrap=True)
        self.base_label.setAccessibleName(translate("ConflictsDialog", "Common ancestor's value"))
        self.base_label.setTextFormat(Qt.TextFormat.PlainText)

        # the ways out: a field edited on both sides, or a deletion against an edit
        self.keep_a_button = self._button(
            translate("ConflictsDialog", "Keep A"),
            translate("ConflictsDialog", "Keep the value A wrote"),
            lambda: self._keep("a"),
        )
        self.keep_b_button = self._button(
            translate("ConflictsDialog", "Keep B"),
            translate("ConflictsDialog", "Keep the value B wrote"),
            lambda: self._keep("b"),
        )
        self.edit_box = QPlainTextEdit()
        self.edit_box.setAccessibleName(translate("ConflictsDialog", "Value to keep"))
        self.edit_box.setToolTip(
            translate("ConflictsDialog", "Write the value to keep (it starts as B's), then choose Use this")
        )
        self.edit_box.setTabChangesFocus(True)
        self.edit_box.setFixedHeight(90)
        self.use_button = self._button(
            translate("ConflictsDialog", "Use this"),
            translate("ConflictsDialog", "Keep the value written in the box"),
            self._use_edited,
        )
        edited_page = QWidget()
        edited_layout = QVBoxLayout(edited_page)
        edited_layout.setContentsMargins(0, 0, 0, 0)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_a_button)
        keep_row.addWidget(self.keep_b_button)
        keep_row.addStretch()
        edited_layout.addLayout(keep_row)
        # writing a value of one's own: for what a person types (text, numbers, days, times);
        # a reference, a choice, a yes/no or a rule is settled by keeping one side
        self.write_part = QWidget()
        write_layout = QVBoxLayout(self.write_part)
        write_layout.setContentsMargins(0, 0, 0, 0)
        write_layout.addWidget(QLabel(translate("ConflictsDialog", "Or write the value to keep:")))
        write_layout.addWidget(self.edit_box)
        use_row = QHBoxLayout()
        use_row.addStretch()
        use_row.addWidget(self.use_button)
        write_layout.addLayout(use_row)
        edited_layout.addWidget(self.write_part)
        self.keep_deleted_button = self._button(
            translate("ConflictsDialog", "Keep deleted"),
            translate("ConflictsDialog", "The record stays deleted"),
            lambda: self._keep_deleted(True),
        )
        self.keep_record_button = self._button(
            translate("ConflictsDialog", "Keep the record"),
            translate("ConflictsDialog", "The record is kept, with its edits"),
            lambda: self._keep_deleted(False),
        )
        deleted_page = QWidget()
        deleted_layout = QHBoxLayout(deleted_page)
        deleted_layout.setContentsMargins(0, 0, 0, 0)
        deleted_layout.addWidget(self.keep_deleted_button)
        deleted_layout.addWidget(self.keep_record_button)
        deleted_layout.addStretch()
        self.ways = QStackedWidget()
        self.ways.addWidget(edited_page)
        self.ways.addWidget(deleted_page)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.explain)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.base_label)
        detail_layout.addWidget(self.ways)
        self.done_label = QLabel(
            translate("ConflictsDialog", "No conflicts left to resolve."), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.done_label.setAccessibleName(translate("ConflictsDialog", "No conflicts left"))
        self.right = QStackedWidget()
        self.right.addWidget(self.detail)
        self.right.addWidget(self.done_label)

        splitter = QSplitter()
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._announce)
        self.resize(1000, 560)
        self.refresh()

    def _side(self, name: str, title: str) -> tuple[QGroupBox, QLabel, QLabel]:
        box = QGroupBox(title)
        box.setAccessibleName(translate("ConflictsDialog", "Value {side}").format(side=name))
        value = _value_label()
        value.setAccessibleName(translate("ConflictsDialog", "Value {side}").format(side=name))
        meta = QLabel(wordWrap=True)
        meta.setAccessibleName(translate("ConflictsDialog", "Who wrote {side}").format(side=name))
        font = meta.font()
        font.setItalic(True)
        meta.setFont(font)
        layout = QVBoxLayout(box)
        layout.addWidget(value, 1)
        layout.addWidget(meta)
        return box, value, meta

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setEnabled(not self.store.readonly)
        button.clicked.connect(slot)
        return button

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the pending conflicts anew, keeping the place in the list."""
        row = max(self.list_view.currentIndex().row(), 0)
        self.conflicts = pending_conflicts(self.store)
        self.list_model.clear()
        for conflict in self.conflicts:
            text = translate("ConflictsDialog", "{noun} “{label}” — {field}").format(
                noun=noun_text(conflict), label=conflict.label, field=field_text(conflict)
            )
            if conflict.kind != "deleted":
                # two merges can leave two conflicts on one field: who wrote each tells them apart
                text += translate("ConflictsDialog", " ({a} / {b})").format(
                    a=_author(conflict.a_author), b=_author(conflict.b_author)
                )
            item = QStandardItem(text)
            item.setToolTip(text)
            self.list_model.appendRow(item)
        if self.conflicts:
            index = self.list_model.index(min(row, len(self.conflicts) - 1), 0)
            self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    def current(self) -> Conflict | None:
        row = self.list_view.currentIndex().row()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def select(self, row: int) -> None:
        index = self.list_model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _show_current(self) -> None:
        conflict = self.current()
        self.right.setCurrentWidget(self.detail if conflict else self.done_label)
        if conflict is None:
            return
        noun = noun_text(conflict)
        a_meta = translate("ConflictsDialog", "by {author}, {when}").format(
            author=conflict.a_author or translate("ConflictsDialog", "someone"), when=when_text(conflict.a_at)
        )
        b_meta = translate("ConflictsDialog", "by {author}, {when}").format(
            author=conflict.b_author or translate("ConflictsDialog", "someone"), when=when_text(conflict.b_at)
        )
        self.a_meta.setText(a_meta)
        self.b_meta.setText(b_meta)
        if conflict.kind == "deleted":
            self.heading.setText(
                translate("ConflictsDialog", "{noun} “{label}”").format(noun=noun, label=conflict.label)
            )
            self.explain.setText(
                translate("ConflictsDialog", "One of you deleted this record while the other changed it.")
            )
            for label, deleted in ((self.a_value, conflict.a), (self.b_value, conflict.b)):
                label.setText(
                    translate("ConflictsDialog", "Deleted the record")
                    if deleted
                    else translate("ConflictsDialog", "Kept and changed the record")
                )
            self.base_label.setVisible(False)
            self.ways.setCurrentIndex(1)
            return
        self.heading.setText(
            translate("ConflictsDialog", "{noun} “{label}” — {field}").format(
                noun=noun, label=conflict.label, field=field_text(conflict)
            )
        )
        self.explain.setText(
            translate(
                "ConflictsDialog", "{a} and {b} changed this field differently. The record shows B until you decide."
            ).format(a=_author(conflict.a_author), b=_author(conflict.b_author))
        )
        time = _is_time(conflict)
        self.a_value.setText(shown_value(conflict, conflict.a, self.store))
        self.b_value.setText(shown_value(conflict, conflict.b, self.store))
        self.base_label.setVisible(True)
        self.base_label.setText(
            translate("ConflictsDialog", "Before either change: {value}").format(
                value=shown_value(conflict, conflict.base, self.store)
            )
            if conflict.base is not None
            else translate("ConflictsDialog", "There is no common earlier value.")
        )
        self.write_part.setVisible(_writable(conflict))
        self.edit_box.setPlainText(edit_text(conflict.b, time) if _writable(conflict) else "")
        self.ways.setCurrentIndex(0)

    # --- settling ------------------------------------------------------------------------------

    def _keep(self, side: str) -> None:
        conflict = self.current()
        if conflict is not None:
            self.resolve(conflict, conflict.a if side == "a" else conflict.b, "mine" if side == "a" else "theirs")

    def _use_edited(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            value = parse_value(self.edit_box.toPlainText(), conflict)
        except ValueError as exc:
            QMessageBox.warning(self, translate("ConflictsDialog", "Not changed"), str(exc))
            return
        # checked here by the rules the store applies, so that the refusal names the field as
        # the dialog does (by its label)
        rtype = model.BY_TABLE.get(conflict.table)
        problem = field_problem(rtype, conflict.field, value) if rtype is not None else None
        if problem:
            QMessageBox.warning(
                self,
                translate("ConflictsDialog", "Not changed"),
                translate("ConflictsDialog", "{field} {problem}").format(field=field_text(conflict), problem=problem),
            )
            return
        self.resolve(conflict, value, "edit")

    def _keep_deleted(self, deleted: bool) -> None:
        conflict = self.current()
        if conflict is not None:
            self.resolve(conflict, deleted, "mine" if bool(conflict.a) == deleted else "theirs")

    def resolve(self, conflict: Conflict, value: Any, how: str) -> bool:
        """Settle a conflict; a refusal is shown and changes nothing."""
        try:
            operation = resolve_conflict(self.store, conflict.id, value, how)
        except (NegoprepError, ValueError) as exc:
            QMessageBox.warning(self, translate("ConflictsDialog", "Not changed"), str(exc))
            return False
        if operation is not None and not operation.is_empty():
            if conflict.dossier_id == self.workspace.dossier_id:  # the undo history is of the dossier shown
                self.workspace.undo_stack.push(OperationCommand(self.workspace, operation))
            self.workspace.changed.emit(operation.tables)
        self.refresh()
        return True

    def _announce(self) -> None:
        # resolutions may touch records of any table (a deletion takes what depends on it)
        self.workspace.changed.emit(frozenset(model.BY_TABLE))
