"""A detail form for one record, built from a list of fields.

Each field checks what is typed as it is typed (the same checks the store makes, from
`values.field_problem`), shows what is wrong beside it, and saves a valid change
through the workspace as soon as the person leaves the field — there is no Save button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from math import ceil
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
    QTextOption,
    QValidator,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from negoprep.i18n import translate
from negoprep.records import model, times
from negoprep.records.numbers import could_be_number, figure_text, typed_number
from negoprep.records.problems import Problem, words
from negoprep.records.problems import problem as make_problem
from negoprep.records.values import field_problem
from negoprep.store.operations import reference_required
from negoprep.ui.labels import enum_label
from negoprep.ui.models.choice_model import ChoiceModel, choices_of, list_choices
from negoprep.ui.theme import alert_color
from negoprep.ui.workspace import Workspace

W = TypeVar("W", bound=QWidget)
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


@dataclass(frozen=True)
class FormField:
    """Where a view places one field of a record, and what it says about it where the form
    wants other words than the declaration's. Everything else — the kind of control, its
    choices, the records a reference lists, the range of a whole number, the label and the
    tooltip — comes from the field's declaration (`model.Spec`), filled in by `declared_field`."""

    name: str
    label: str = ""  # "": the declared label
    kind: str = ""  # "": from the declaration; "text": a box of several lines for a text field
    tooltip: str = ""  # "": the declared help, for what a person types
    placeholder: str = ""
    # filled in from the declaration
    choices: tuple[str, ...] = ()  # for enum
    ref: type[model.Record] | None = None  # for ref: the records to choose from
    low: int = 1
    high: int = 5


#: The control each kind of declared value is edited with ("line": one line of text; a text
#: declared as prose gets "text", lines that wrap and grow with it).
FORM_KINDS = {
    "text": "line",
    "int": "int",
    "number": "number",
    "enum": "enum",
    "ref": "ref",
    "bool": "bool",
    "date": "date",
    "at": "at",
}
#: Fields no form edits: the store's bookkeeping, the id, the dossier a record belongs to for
#: ever, and its place in the list (set by moving it). A red line's rule (kind "rule", no
#: control here) has an editor of its own in the Red lines section.
NOT_IN_FORMS = frozenset({*model.BOOKKEEPING, "id", "dossier_id", "position"})


def _fields_tr(text: str) -> str:
    return translate("fields", text)


def declared_field(rtype: type[model.Record], placed: FormField) -> FormField:
    """A view's placing of a field, completed from the field's declaration."""
    column = rtype.column(placed.name)
    spec = column.spec
    kind = "text" if spec.prose else FORM_KINDS[spec.kind]
    if placed.kind:
        # a view chooses only how much room a text takes, never what a field holds
        assert spec.kind == "text" and placed.kind in ("text", "line"), (rtype.table, placed)
        kind = placed.kind
    tooltip = placed.tooltip
    if not tooltip and spec.help and spec.kind in ("text", "int", "number"):
        # the help of the other kinds says how a document writes the value (an id, null, the
        # stored word of a choice), which a form does not show
        tooltip = _fields_tr(spec.help)
    return replace(
        placed,
        label=placed.label or _fields_tr(column.label),
        kind=kind,
        tooltip=tooltip,
        choices=spec.choices,
        ref=model.BY_TABLE[spec.target] if spec.kind == "ref" else None,
        low=int(spec.low) if spec.kind == "int" and spec.low is not None else placed.low,
        high=int(spec.high) if spec.kind == "int" and spec.high is not None else placed.high,
    )


def form_fields(rtype: type[model.Record], placed: list[FormField]) -> list[FormField]:
    """The fields of a record's form: those the view places, in its order, then every other
    declared field a person edits, with its declared label and a control for its kind (so that
    a field added to a record type shows in its form without a change to the view)."""
    names = {f.name for f in placed}
    rest = [
        FormField(c.name)
        for c in rtype.declared()
        if c.name not in names and c.name not in NOT_IN_FORMS and c.spec.kind in FORM_KINDS
    ]
    return [declared_field(rtype, f) for f in [*placed, *rest]]


class PlainTextEdit(QPlainTextEdit):
    """A box of text lines that wrap (between words where a word fits on a line), as tall as
    its text between `least` and `most` lines (a longer text scrolls inside), and that says
    when the person leaves it, like QLineEdit does. Tab moves on to the next field; Enter
    starts a new line; Ctrl+Enter saves what is typed, staying in the box."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, least: int = 2, most: int = 12) -> None:
        super().__init__(parent)
        self.least, self.most = least, most
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._measured: tuple[int, str, int] | None = None  # (width, text, height) last measured
        self._frame_height = 0
        self._hinted = 0  # the height last hinted to the layout
        self.document().contentsChanged.connect(self._refit)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()  # saved now, as leaving the box would
            event.accept()
            return
        super().keyPressEvent(event)

    def viewport_width(self) -> int:
        """The width of the box's viewport (`viewport().width()`), worked out from the box itself:
        the viewport is made by Qt, and the first time Python is handed it, PySide looks for its
        class among every kind of widget it wraps (some 25 ms, before the window's first paint)."""
        width = self.maximumViewportSize().width()  # (the width with no scroll bar that may come and go)
        bar = self.verticalScrollBar()
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn and bar.isVisibleTo(self):
            width -= bar.width()
        return width

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines

    def _text_height(self, width: int) -> int:
        """The height the text takes laid out at `width` pixels (its margins included)."""
        text = self.toPlainText()
        if self._measured is not None and self._measured[:2] == (width, text):
            return self._measured[2]
        measure = QTextDocument()
        measure.setDefaultFont(self.font())
        measure.setDocumentMargin(self.document().documentMargin())
        option = QTextOption(self.document().defaultTextOption())
        option.setWrapMode(self.wordWrapMode())
        measure.setDefaultTextOption(option)
        measure.setPlainText(text)
        measure.setTextWidth(max(width, 1))
        height = ceil(measure.size().height())
        self._measured = (width, text, height)
        return height

    def _frame(self) -> int:
        # the widest frame seen: a problem's red border (a style sheet, thinner) must not
        # change the height
        self._frame_height = max(self._frame_height, 2 * self.frameWidth())
        return self._frame_height + 2  # (a little room: no last line is clipped)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.viewport_width() if self.isVisible() else hint.width() - 2 * self.frameWidth()
        text = self._text_height(width)
        least = self._lines_height(self.least) + 2 * int(self.document().documentMargin())
        most = self._lines_height(self.most) + 2 * int(self.document().documentMargin())
        return QSize(hint.width(), max(least, min(text, most)) + self._frame())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def _refit(self) -> None:
        # past `most` lines the text scrolls: only then may a scroll bar take width from it
        full = self._text_height(self.viewport_width()) > self._lines_height(self.most) + 2 * int(
            self.document().documentMargin()
        )
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if full else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        hint = self.sizeHint().height()
        if self.height() != hint or hint != self._hinted:
            # (the layout may have asked before the width settled: a hint it holds is stale)
            self._hinted = hint
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()


class NumberValidator(QValidator):
    """Lets into a number field only what can be the start of a number as `typed_number`
    reads it: digits, a sign, thousands commas, one decimal point and an exponent. Anything
    else is refused as it is typed or pasted (the field's `inputRejected` says so), rather than
    kept to be refused, or lost, on saving. What is admitted but not yet a number ("-", "1e")
    is left to the value rules to name."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # spaces around a pasted number are dropped; spaces inside one make it no number
        stripped = text.strip()
        if not could_be_number(stripped):
            return QValidator.State.Invalid, text, pos
        pos -= len(text) - len(text.lstrip())
        return QValidator.State.Acceptable, stripped, max(0, min(pos, len(stripped)))


def numbers_only(edit: QLineEdit, refused: Callable[[str], None]) -> None:
    """Make `edit` a number field: what is no number cannot be typed into it, and each refused
    key or paste calls `refused` with words saying so (a field shows them beside itself)."""
    edit.setValidator(NumberValidator(edit))
    edit.inputRejected.connect(lambda: refused(refused_words()))


def refused_words() -> str:
    """What a number field says when something else is typed into it."""
    return translate("RecordForm", "takes only a number: no letters or units")


def hold_place(label: QLabel, lines: int = 1) -> QLabel:
    """Keep room for a message that comes and goes, so that the controls under it never move
    while the person reaches for them: the label takes `lines` lines, shown or hidden (a
    longer message grows it). It must sit in a box layout (a form layout drops hidden rows)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)
    return label


class MessageLabel(QLabel):
    """A message under a field that keeps the room its likely message (`room`) takes at the
    width it is given, shown or hidden: a shorter message leaves the rest blank, a longer one
    grows it. The controls under it stay put as messages come and go."""

    def __init__(self, room: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True)
        self.room = room
        hold_place(self)

    def _room_height(self, width: int) -> int:
        if not self.room or width <= 0:
            return 0
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.fontMetrics().boundingRect(0, 0, inner, 1 << 20, flags, self.room).height() + (
            margins.top() + margins.bottom()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # as tall as the room's words at the new width (a minimum, so that the layouts
            # need no height-for-width of it: they would squeeze the form to fit otherwise)
            height = max(self._room_height(event.size().width()), self.fontMetrics().lineSpacing())
            if height != self.minimumHeight():
                self.setMinimumHeight(height)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Draw a red border round a control whose value is wrong (or take it away). A style
    sheet draws a box a few pixels taller or shorter: the control keeps the height it had, so
    that nothing under it moves as the border comes and goes (a box of lines keeps its own)."""
    held = isinstance(widget, QLineEdit | QComboBox)  # (others keep a height of their own)
    if invalid:
        if held:
            widget.setFixedHeight(widget.height() if widget.isVisible() else widget.sizeHint().height())
        widget.setStyleSheet(f"border: 1px solid {error_color(widget).name()};")
    else:
        widget.setStyleSheet("")
        if held:
            widget.setMinimumHeight(0)
            widget.setMaximumHeight(QWIDGETSIZE_MAX)


def error_color(widget: QWidget) -> QColor:
    """A red that reads on the widget's palette, light or dark."""
    return alert_color(widget.palette())


format_number = figure_text  # the name the views know it by


class RecordForm(QWidget):
    """Edits the fields of one record; `show_record` fills it."""

    def __init__(self, workspace: Workspace, rtype: type[model.Record], fields: list[FormField], parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rtype = rtype
        fields = form_fields(rtype, fields)
        self.fields = {f.name: f for f in fields}
        self.record: model.Record | None = None
        self.widgets: dict[str, QWidget] = {}
        # the workspace's lists each combo box shows (None: a list being read, see refill_choices)
        self._listed: dict[str, list[tuple[str, str]] | None] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        # a time's box: the text shown and the stored value it stands for. Local time is read
        # by the zone of the moment: an untouched box keeps its value after the zone changed.
        self._times_shown: dict[str, tuple[str, Any]] = {}
        workspace.choices_arrived.connect(self._choices_arrived)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.layout_)
        # the form keeps its own height: what a section shows under it follows straight on
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for f in fields:
            widget = self._make(f)
            widget.setObjectName(f.name)
            widget.setAccessibleName(f.label)
            if f.tooltip:
                widget.setToolTip(f.tooltip)
            # a field that may refuse what is typed keeps room under it for saying why
            error = MessageLabel(self._likely_message(f)) if self._may_refuse(f) else QLabel(wordWrap=True)
            error.setObjectName(f"{f.name}_error")
            error.hide()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            self.layout_.addRow(translate("RecordForm", "{field}:").format(field=f.label), box)
            self.widgets[f.name] = widget
            self.errors[f.name] = error
        self.setEnabled(False)

    def _may_refuse(self, f: FormField) -> bool:
        """Whether the field may refuse what a person types into it: a number, a date or time,
        a text that must not be left blank."""
        return f.kind in ("number", "date", "at") or (
            f.kind in ("line", "text") and self.rtype.column(f.name).spec.required
        )

    def _likely_message(self, f: FormField) -> str:
        """What the field says of a value it refuses, the longest of the likely ones."""
        if f.kind == "at":
            # a time's message spells out every way to write one (several lines): a blank of
            # that size would stand under the field for ever; it keeps one line, and grows
            return ""
        if f.kind in ("number", "date"):
            found = [field_problem(self.rtype, f.name, "?")] + ([refused_words()] if f.kind == "number" else [])
        else:
            found = [field_problem(self.rtype, f.name, "")]
        texts = [
            translate("RecordForm", "{field} {problem}").format(field=f.label, problem=problem)
            for problem in found
            if problem
        ]
        return max(texts, key=len, default="")

    def widget(self, name: str, kind: type[W]) -> W:
        """The control of a field, which the form built as a `kind` (e.g. QLineEdit for a line of
        text); TypeError when it is another."""
        widget = self.widgets[name]
        if not isinstance(widget, kind):
            raise TypeError(f"the form's {name!r} is a {type(widget).__name__}, not a {kind.__name__}")
        return widget

    # --- building ---------------------------------------------------------------------------

    def _make(self, f: FormField) -> QWidget:
        if f.kind == "text":
            # as tall as its text (a very long one scrolls inside), so that nothing is cut
            widget = PlainTextEdit()
            widget.textChanged.connect(lambda: self._check(f.name))
            widget.editingFinished.connect(lambda: self._commit(f.name))
            return widget
        if f.kind in ("line", "number", "date", "at"):
            widget = QLineEdit()
            widget.setPlaceholderText(
                f.placeholder or {"date": "YYYY-MM-DD", "at": "YYYY-MM-DD HH:MM", "number": "—"}.get(f.kind, "")
            )
            widget.setClearButtonEnabled(f.kind != "line")
            if f.kind == "number":
                numbers_only(widget, lambda words: self._show_problem(f.name, words))
            widget.textChanged.connect(lambda: self._check(f.name))
            widget.editingFinished.connect(lambda: self._commit(f.name))
            return widget
        if f.kind == "int":
            widget = QSpinBox()
            widget.setRange(f.low, f.high)
            widget.valueChanged.connect(lambda: self._commit(f.name))
            return widget
        if f.kind in ("enum", "ref"):
            widget = QComboBox()
            if f.kind == "enum":
                if self._nullable(f.name):  # (a choice that may be left unsaid, e.g. which way is better)
                    widget.addItem(f.placeholder or translate("RecordForm", "(none)"), None)
                for value in f.choices:
                    widget.addItem(enum_label(value), value)
            else:
                list_choices(widget, ChoiceModel(widget), 20)
            widget.currentIndexChanged.connect(lambda: self._commit(f.name))
            return widget
        if f.kind == "bool":
            widget = QCheckBox()
            widget.toggled.connect(lambda: self._commit(f.name))
            return widget
        raise ValueError(f.kind)

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row of the section's own (e.g. the running total of weights)."""
        self.layout_.addRow(label, widget)

    def ref_tables(self) -> frozenset[str]:
        """The tables whose records the combo boxes list."""
        return frozenset(f.ref.table for f in self.fields.values() if f.kind == "ref" and f.ref is not None)

    def refill_choices(self, tables: frozenset[str] | None = None) -> None:
        """List the dossier's own tracks, participants... in the reference combo boxes (only
        those listing `tables`, when given). A long list not read yet is read off the GUI
        thread (`Workspace.choices_read`): meanwhile its box lists only what each record shown
        names (see `_set`), so that what the form holds is what the record holds."""
        dossier_id = self.workspace.dossier_id
        for name, f in self.fields.items():
            if f.kind != "ref" or f.ref is None or (tables is not None and f.ref.table not in tables):
                continue
            combo = self.widget(name, QComboBox)
            listed = self.workspace.choices_read(f.ref) if dossier_id is not None else []
            if listed is not None and listed is self._listed.get(name):
                continue  # the workspace's list is the one shown: nothing in it changed
            self._listed[name] = listed
            choices: list[tuple[str | None, str]] = (
                [(None, translate("RecordForm", "(none)"))] if self._nullable(name) else []
            )
            choices += listed or []
            self._loading = True
            choices_of(combo, ChoiceModel).set_choices(choices)
            self._loading = False
        if self.record is not None:
            self.show_record(self.record)

    def _choices_arrived(self, table: str) -> None:
        """A list being read is in: the boxes waiting for it list it."""
        waiting = [n for n, f in self.fields.items() if f.ref is not None and f.ref.table == table]
        if any(name in self._listed and self._listed[name] is None for name in waiting):
            self.refill_choices(frozenset({table}))

    def _nullable(self, name: str) -> bool:
        """Whether a field may be left empty: a reference the store requires offers no "(none)"."""
        return field_problem(self.rtype, name, None) is None and not reference_required(self.rtype, name)

    # --- showing ----------------------------------------------------------------------------

    def show_record(self, record: model.Record | None) -> None:
        """Show a record. When it is the record shown already (reloaded after a change made
        elsewhere), a field the person has typed in and not yet left keeps what was typed."""
        typed = set()
        if record is not None and self.record is not None and record.id == self.record.id:
            # (what was typed and is now the record's value was saved: it shows as saved values do)
            typed = {
                name
                for name in self.widgets
                if self._typed_in(name) and self.value(name) != getattr(record, name, None)
            }
        self.record = record
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                if name in typed:
                    continue
                value = getattr(record, name, None) if record is not None else None
                self._set(self.fields[name], widget, value)
                self._show_problem(name, None)
        finally:
            self._loading = False
        self.setEnabled(record is not None and not self.workspace.readonly)

    def _typed_in(self, name: str) -> bool:
        """Whether a text field holds what the person typed and has not saved yet."""
        widget = self.widgets[name]
        if not isinstance(widget, QLineEdit | QPlainTextEdit) or self.record is None:
            return False
        return self.value(name) != getattr(self.record, name, None)

    def _set(self, f: FormField, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            text = "" if value is None else (format_number(value) if f.kind == "number" else str(value))
            if f.kind == "at":
                text = times.form_text(value)  # local time
                self._times_shown[f.name] = (text, value)
            if widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)  # a long value reads from its start
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value) if value is not None else f.low)
        elif isinstance(widget, QComboBox):
            choices = widget.model()
            if isinstance(choices, ChoiceModel):
                index = choices.row_of(value)
                if index < 0 and value is not None and f.ref is not None and self._listed.get(f.name, []) is None:
                    # (its list is being read: the record's own reference, by its title)
                    label = self.workspace.store.titles(f.ref, [value]).get(value, value)
                    index = choices.add_choice(value, label)
            elif value is None:  # (findData does not find a None item)
                index = next((i for i in range(widget.count()) if widget.itemData(i) is None), -1)
            else:
                index = widget.findData(value)
            if index < 0 and value is not None and f.kind == "enum":
                widget.addItem(enum_label(value), value)  # a value from elsewhere: show it as it is
                index = widget.count() - 1
            # a reference to nothing listed shows blank, never as the first record listed
            widget.setCurrentIndex(index if f.kind == "ref" else max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def value(self, name: str) -> Any:
        """What the control of a field holds now, as the record would store it."""
        f = self.fields[name]
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            text = widget.text()
            if f.kind == "number":
                return typed_number(text)
            if f.kind == "at":
                shown, stored = self._times_shown.get(name, (None, None))
                if text == shown:
                    return stored
                parsed = times.parse_typed(text)
                return text.strip() if isinstance(parsed, Problem) else parsed  # as typed: problem() says why
            if f.kind == "date":
                text = text.strip()
                return text.replace(" ", "T", 1) if text else None
            return text
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise TypeError(widget)

    # --- checking and saving ----------------------------------------------------------------

    def _show_problem(self, name: str, problem: str | None, *, whole: bool = False) -> None:
        """Say what is wrong with a field beside it (`whole`: a sentence of its own, such as
        the store's refusal, rather than what follows the field's name)."""
        label = self.errors[name]
        widget = self.widgets[name]
        if problem:
            label.setText(
                problem
                if whole
                else translate("RecordForm", "{field} {problem}").format(field=self.fields[name].label, problem=problem)
            )
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
            label.setPalette(palette)
            label.show()
        else:
            label.hide()
            label.clear()  # (a message label keeps the room of the field's likely message)
        mark_invalid(widget, bool(problem))
        widget.setProperty("invalid", bool(problem))

    def problem(self, name: str) -> str | None:
        """What is wrong with the field's value, by the rules of `load` and the store."""
        widget = self.widgets[name]
        if self.fields[name].kind == "at" and isinstance(widget, QLineEdit):
            # what is typed, read as the box reads it (local time, a space for the T)
            shown = self._times_shown.get(name, ("",))[0]
            parsed = None if widget.text() == shown else times.parse_typed(widget.text())
            if isinstance(parsed, Problem):
                return words(parsed)
        value = self.value(name)
        if value is None and self.fields[name].kind == "ref" and not self._nullable(name):
            return words(make_problem("value.required"))
        return field_problem(self.rtype, name, value)

    def _check(self, name: str) -> None:
        if not self._loading:
            self._show_problem(name, self.problem(name))

    def has_problems(self) -> bool:
        return any(self.widgets[name].property("invalid") for name in self.widgets)

    def _commit(self, name: str) -> None:
        if self._loading or self.record is None or self.workspace.readonly:
            return
        problem = self.problem(name)
        self._show_problem(name, problem)
        if problem:
            return  # the field keeps what was typed, and says what is wrong with it
        value = self.value(name)
        if getattr(self.record, name) == value:
            return
        label = translate("RecordForm", "Edit {field}").format(field=self.fields[name].label.lower())
        record = self.record
        refusals: list[str] = []
        keep = refusals.append
        self.workspace.problem.connect(keep)
        try:
            # (the views reload as the change is announced: the form may show another record after)
            done = self.workspace.edit(label, record, **{name: value})
        finally:
            self.workspace.problem.disconnect(keep)
        if done is None:
            # refused by the store (said in a message too): the field keeps the value, and says why
            if refusals and self.record is record:
                self._show_problem(name, refusals[-1], whole=True)
            return
        if self.record is record:
            self.record = self.workspace.store.get(self.rtype, record.id) or record

    def commit_pending(self) -> None:
        """Save what a field still holds (the person clicked away without leaving it)."""
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                self._commit(name)

    def select_text(self, name: str) -> None:
        """Focus a text field and select its text, so that typing replaces it."""
        widget = self.widgets[name]
        if not isinstance(widget, QLineEdit | QPlainTextEdit):
            raise TypeError(f"the form's {name!r} is a {type(widget).__name__}, not a text field")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.selectAll()

    def focus_first(self) -> None:
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
