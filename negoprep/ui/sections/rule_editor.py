"""The rule of a red line, written in a form: which kind of check it is and the tracks, agenda
item or number it speaks of, with the rule in plain words and what is wrong with it as it is
edited.

The form is derived from the kinds of rule (negoprep.redlines.rules.KINDS): each kind has a page with
one control per parameter, chosen by the parameter's type (tracks to tick, an agenda item to
choose, a number to type, a whole number to count), and the kind's words (its name, what it
means, how to write it, each parameter's label) come from the catalogue. A problem with the
rule names the parameter (and group) at fault: that control is marked, and the problem is
said in terms of the controls. A new kind of rule needs nothing here.

Unlike the fields of a record form, a rule is saved only by "Apply rule" (or Ctrl+Return), and
only when `negoprep.redlines.rules.rule_problems` finds nothing wrong with it: a rule is several
controls at once, and half of one (one group ticked, the other not yet) must never reach the
store.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from negoprep.echo import echoed
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.labels import field_label
from negoprep.records.numbers import typed_number, with_unit
from negoprep.records.problems import Problem, problem, words
from negoprep.records.values import form_problem
from negoprep.redlines.rules import KINDS, Names, Param, ParamType, RuleKind, rule_problems
from negoprep.ui.icons import icon
from negoprep.ui.models.choice_model import ChoiceModel, choices_of, list_choices
from negoprep.ui.record_form import error_color, format_number, hold_place, mark_invalid, numbers_only
from negoprep.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex

#: stands for a part of the rule not chosen yet, so that its words can already be read
_BLANK = "\u2026"
#: the most tracks a list shows before it scrolls
_LIST_ROWS = 8
#: the largest whole number a spin box offers (far more tracks than a dossier holds)
_MOST = 999


def _say(code: str, **params: Any) -> str:
    """Words of the catalogue: a kind's words live there, with the rest of the core's."""
    return words(problem(code, **params))


def kind_name(kind: str) -> str:
    """The short name of a rule kind, as the kind box lists it."""
    return _say(f"rule.{kind}.name") if kind in KINDS else kind


def rule_kind_label(kind: Any) -> str:
    """A rule's kind as a person reads it, with what it means."""
    if not isinstance(kind, str):
        return translate("RuleEditor", "None")
    if kind in KINDS:
        return _say(f"rule.{kind}.meaning")
    return translate("RuleEditor", "Unknown kind: {kind}").format(kind=kind)


def kind_tooltip(kind: Any) -> str:
    """When a package breaks a rule of this kind, with an example."""
    return _say(f"rule.{kind}.breaks") if isinstance(kind, str) and kind in KINDS else ""


def kind_hint(kind: Any) -> str:
    """How to write a rule of this kind with the controls."""
    if isinstance(kind, str) and kind in KINDS:
        return _say(f"rule.{kind}.how")
    return translate(
        "RuleEditor", "This version cannot edit a rule of this kind. Choose a kind above to write a new one."
    )


def param_words(kind: str, param: Param, what: str, group: int = 0) -> str:
    """A parameter's label, name (for screen readers) or tooltip, from the catalogue."""
    part = f".{group}" if group and what != "tip" else ""
    return _say(f"rule.{kind}.{param.name}{part}.{what}")


def _ids(value: Any) -> list[str]:
    """The track ids of a stored list, read defensively (a damaged file may hold anything)."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(v for v in value if isinstance(v, str)))


def _mark(widget: QWidget, text: str) -> None:
    """Mark a control whose value is wrong (in red; the reason for screen readers)."""
    if bool(widget.property("invalid")) != bool(text):
        widget.setProperty("invalid", bool(text))
        if isinstance(widget, QSpinBox):
            # a style sheet would draw the spin box without its arrows: its number goes red
            palette = QPalette()
            if text:
                palette.setColor(QPalette.ColorRole.Text, error_color(widget))
            widget.setPalette(palette)
        else:
            mark_invalid(widget, bool(text))
    widget.setAccessibleDescription(text)


# --- the models of the lists and boxes ------------------------------------------------------


class TrackCheckModel(QAbstractListModel):
    """The dossier's tracks, each with a tick box. Ticks are kept in the order they were made
    (a stored rule's order is kept, so an untouched rule reads back exactly as stored), and a
    ticked id that is no track of the dossier (a deleted one) stays listed, marked, so the
    person sees it and can untick it."""

    ticked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._rows: list[tuple[str, str, bool]] = []  # id, label, whether it is a track here
        self._ticked: list[str] = []
        self._warning: QIcon | None = None

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """The dossier's tracks (id, name); the ticks are kept."""
        self._choices = list(choices)
        self._rebuild()

    def set_ticked(self, ids: list[str]) -> None:
        self._ticked = list(dict.fromkeys(ids))
        self._rebuild()

    def ticked(self) -> list[str]:
        return list(self._ticked)

    def unknown(self) -> list[str]:
        """Ticked ids that are no track of the dossier."""
        known = {i for i, _ in self._choices}
        return [i for i in self._ticked if i not in known]

    def row_of(self, track_id: str) -> int:
        return next((row for row, (i, _, _) in enumerate(self._rows) if i == track_id), -1)

    def _rebuild(self) -> None:
        self.beginResetModel()
        known = {i for i, _ in self._choices}
        self._rows = [(i, name, True) for i, name in self._choices]
        self._rows += [(i, translate("RuleEditor", "A deleted track"), False) for i in self._ticked if i not in known]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        track_id, label, known = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if track_id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if known:
                return label
            return translate(
                "RuleEditor", "No track of this dossier has the id {id} (it was deleted?): untick it"
            ).format(id=track_id)
        if role == Qt.ItemDataRole.DecorationRole and not known:
            if self._warning is None:
                self._warning = icon("warning")
            return self._warning
        if role == Qt.ItemDataRole.UserRole:
            return track_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        track_id = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (track_id in self._ticked):
            return True
        if checked:
            self._ticked.append(track_id)  # a new tick goes last: the words follow the person's order
        else:
            self._ticked.remove(track_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True


class ItemChoiceModel(ChoiceModel):
    """Agenda items for a rule's item box: a first entry for "none chosen yet", an item that is
    no longer in the dossier marked as such, and (for ceilings and floors) the items without a
    figure marked, since a limit can only be checked against an item that has one."""

    def __init__(self, mark_figureless: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.mark_figureless = mark_figureless
        self.with_figure: set[str] = set()
        self.missing: set[str] = set()
        self._warning: QIcon | None = None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        record_id, label = self.choices[index.row()]
        if record_id is not None and record_id in self.missing:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "RuleEditor", "No agenda item of this dossier has the id {id} (it was deleted?)"
                ).format(id=record_id)
            if role == Qt.ItemDataRole.DecorationRole:
                if self._warning is None:
                    self._warning = icon("warning")
                return self._warning
        elif self.mark_figureless and record_id is not None and record_id not in self.with_figure:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("RuleEditor", "{title} (no figure)").format(title=label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "RuleEditor",
                    "{title} has no figure: a ceiling or floor can only limit an item with a figure "
                    "(choose it and type its figure below, or give it one in the Agenda section)",
                ).format(title=label)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return super().data(index, role)


class KindPage(QWidget):
    """A page of the kinds' stack. Only the page shown counts for the stack's size: a stacked
    widget is as tall as its tallest page, and the kinds' pages differ a lot (a manual rule
    has nothing to set, a no-linkage rule two lists)."""

    def _shown(self) -> bool:
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self

    def sizeHint(self) -> QSize:
        return super().sizeHint() if self._shown() else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() if self._shown() else QSize(0, 0)

    def heightForWidth(self, width: int) -> int:
        # a page with wrapped words (a limit's note on the figure) is asked this too
        return super().heightForWidth(width) if self._shown() else 0


# --- one control per parameter --------------------------------------------------------------


class ParamControl:
    """The control of one parameter of one kind: it shows the parameter's value, gives it back
    as the rule holds it, and is marked when a problem names it."""

    def __init__(self, editor: RuleEditor, kind: RuleKind, param: Param) -> None:
        self.editor = editor
        self.kind = kind
        self.param = param
        self.base = f"{kind.name}_{param.name}"  # the objects' names

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value (read defensively: a damaged file may hold anything)."""
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    def carried(self) -> Any:
        """What another kind's control of the same type may take over (None: nothing)."""
        return None if self.is_empty() else self.value()

    def take(self, value: Any) -> None:
        """Take over what the control of the kind shown before held."""
        self.set_value(value)

    def widgets(self, found: Problem | None = None) -> list[QWidget]:
        """The widgets to mark for a problem (all of them when None)."""
        raise NotImplementedError

    def add_to(self, page: PageBuilder) -> None:
        raise NotImplementedError

    def follow(self) -> None:
        """Show what follows from the other parameters (a unit, a count)."""


class PageBuilder:
    """Lays out a kind's page: lists stacked, the other controls in aligned form rows."""

    def __init__(self, layout: QVBoxLayout) -> None:
        self.layout = layout
        self._form: QFormLayout | None = None

    def widget(self, widget: QWidget) -> None:
        self._form = None
        self.layout.addWidget(widget)

    def inner(self, layout: QHBoxLayout | QVBoxLayout) -> None:
        self._form = None
        self.layout.addLayout(layout)

    def row(self, label: QLabel | str, field: QWidget | QHBoxLayout) -> None:
        self._the_form().addRow(label, field)

    def span(self, widget: QWidget) -> None:
        """A form row across both columns (a hidden one takes no room)."""
        self._the_form().addRow(widget)

    def _the_form(self) -> QFormLayout:
        if self._form is None:
            self._form = QFormLayout()
            self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.layout.addLayout(self._form)
        return self._form


class TracksControl(ParamControl):
    """Tracks to tick: one list, or (for a parameter of groups) one list per group, side by side."""

    def __init__(self, editor: RuleEditor, kind: RuleKind, param: Param) -> None:
        super().__init__(editor, kind, param)
        self.views: list[QListView] = []
        self.models: list[TrackCheckModel] = []
        self.labels: list[QLabel] = []
        for n in range(1, max(param.groups, 1) + 1):
            group = n if param.groups else 0
            checks = TrackCheckModel(editor)
            checks.ticked_changed.connect(editor._changed)
            view = QListView(objectName=f"{self.base}_{n}" if group else self.base)
            view.setModel(checks)
            view.setAccessibleName(param_words(kind.name, param, "name", group))
            view.setToolTip(param_words(kind.name, param, "tip"))
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setUniformItemSizes(True)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label = QLabel(param_words(kind.name, param, "label", group))
            label.setBuddy(view)
            self.views.append(view)
            self.models.append(checks)
            self.labels.append(label)

    def value(self) -> Any:
        ticked = [m.ticked() for m in self.models]
        return ticked if self.param.groups else ticked[0]

    def set_value(self, value: Any) -> None:
        if self.param.groups:
            groups = value if isinstance(value, list) else []
            for n, checks in enumerate(self.models):
                checks.set_ticked(_ids(groups[n]) if n < len(groups) else [])
        else:
            self.models[0].set_ticked(_ids(value))

    def clear(self) -> None:
        for checks in self.models:
            checks.set_ticked([])

    def is_empty(self) -> bool:
        return not any(m.ticked() for m in self.models)

    def carried(self) -> Any:
        # every track ticked, in the order ticked: a kind of one list takes them all
        return None if self.is_empty() else list(dict.fromkeys(t for m in self.models for t in m.ticked()))

    def take(self, value: Any) -> None:
        # all in the first group: which tracks go in the second is for the person to say
        self.models[0].set_ticked(_ids(value))

    def widgets(self, found: Problem | None = None) -> list[QWidget]:
        group = found.params.get("group") if found is not None else None
        if isinstance(group, int) and 1 <= group <= len(self.views):
            return [self.views[group - 1]]
        return list(self.views)

    def add_to(self, page: PageBuilder) -> None:
        if not self.param.groups:
            page.widget(self.labels[0])
            page.widget(self.views[0])
            return
        row = QHBoxLayout()
        for label, view in zip(self.labels, self.views, strict=True):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view)
            row.addLayout(column, 1)
        page.inner(row)

    def unknown(self) -> list[str]:
        return [t for m in self.models for t in m.unknown()]


class ItemControl(ParamControl):
    """An agenda item to choose; for a limit, the items without a figure are marked."""

    def __init__(self, editor: RuleEditor, kind: RuleKind, param: Param) -> None:
        super().__init__(editor, kind, param)
        self.combo = QComboBox(objectName=self.base)
        list_choices(self.combo, ItemChoiceModel(param.with_figure, self.combo), 20)
        self.combo.setAccessibleName(param_words(kind.name, param, "name"))
        self.combo.setToolTip(param_words(kind.name, param, "tip"))
        self.combo.currentIndexChanged.connect(lambda _: editor._changed())
        self.label = QLabel(param_words(kind.name, param, "label"))
        self.label.setBuddy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.editor._fill_items(self.combo, value)

    def clear(self) -> None:
        self.editor._fill_items(self.combo, None)

    def is_empty(self) -> bool:
        return self.combo.currentData() is None

    def widgets(self, found: Problem | None = None) -> list[QWidget]:
        return [self.combo]

    def add_to(self, page: PageBuilder) -> None:
        page.row(self.label, self.combo)


class NumberControl(ParamControl):
    """A number to type; one in the unit of an item's figure shows that unit and the figure,
    and, when the item chosen has no figure yet, lets the person type it (number and unit, as
    the item holds them), to be saved on the item together with the rule."""

    def __init__(self, editor: RuleEditor, kind: RuleKind, param: Param) -> None:
        super().__init__(editor, kind, param)
        self.edit = QLineEdit(objectName=self.base)
        self.edit.setAccessibleName(param_words(kind.name, param, "name"))
        self.edit.setToolTip(param_words(kind.name, param, "tip"))
        self.edit.setPlaceholderText(translate("RuleEditor", "a number"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _: editor._changed())
        numbers_only(self.edit, lambda words: QToolTip.showText(self.edit.mapToGlobal(QPoint(0, 0)), words, self.edit))
        self.label = QLabel(param_words(kind.name, param, "label"))
        self.label.setBuddy(self.edit)
        self.unit = QLabel(objectName=f"{self.base}_unit")
        self.unit.setAccessibleName(translate("RuleEditor", "Unit of the figure"))
        self.figure = QLabel(objectName=f"{self.base}_figure")
        self.figure.setAccessibleName(translate("RuleEditor", "Current figure of the item"))
        self.figure.setToolTip(translate("RuleEditor", "The item's figure as the Agenda section holds it now"))
        self.figure_label = QLabel(translate("RuleEditor", "Figure now:"))
        # the item's own figure, when it has none: the fields the Agenda form has for it
        self.new_figure = QLineEdit(objectName=f"{self.base}_new_figure")
        self.new_figure.setAccessibleName(field_label(model.AgendaItem, "figure_value"))
        self.new_figure.setPlaceholderText(translate("RuleEditor", "its figure today"))
        self.new_figure.textChanged.connect(lambda _: editor._changed())
        self.new_unit = QLineEdit(objectName=f"{self.base}_new_unit")
        self.new_unit.setAccessibleName(field_label(model.AgendaItem, "figure_unit"))
        self.new_unit.setPlaceholderText(translate("RuleEditor", "unit, e.g. USD bn"))
        self.new_unit.textChanged.connect(lambda _: editor._changed())
        for edit in (self.new_figure, self.new_unit):
            edit.setToolTip(
                translate("RuleEditor", "Saved on the agenda item with the rule, as one step (Edit → Undo takes both)")
            )
        self.why = editor._hint(
            translate(
                "RuleEditor",
                "Its figure today, in the unit of the limit; saved on the item with the rule.",
            ),
            f"{self.base}_figure_why",
        )
        self.why.setAccessibleName(translate("RuleEditor", "What the item's figure is for"))

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> Any:
        return typed_number(self.edit.text())

    def set_value(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.edit.setText(format_number(value))
        else:
            self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)

    def clear(self) -> None:
        self.edit.clear()
        self.clear_figure()

    def clear_figure(self) -> None:
        self.new_figure.clear()
        self.new_unit.clear()

    def is_empty(self) -> bool:
        return not self.text()

    def carried(self) -> Any:
        return self.edit.text() or None

    def take(self, value: Any) -> None:
        self.edit.setText(str(value))

    def widgets(self, found: Problem | None = None) -> list[QWidget]:
        part = found.params.get("part") if found is not None else None
        if part == "figure":
            return [self.new_figure]
        if part == "unit":
            return [self.new_unit]
        if found is not None or not self.param.unit_of:
            return [self.edit]
        return [self.edit, self.new_figure, self.new_unit]

    def add_to(self, page: PageBuilder) -> None:
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        page.row(self.label, row)
        if self.param.unit_of:
            figure = QHBoxLayout()
            figure.addWidget(self.figure)
            figure.addWidget(self.new_figure, 1)
            figure.addWidget(self.new_unit, 1)
            self.figure_label.setBuddy(self.new_figure)
            page.row(self.figure_label, figure)
            page.span(self.why)
        else:
            for widget in (self.figure, self.figure_label, self.new_figure, self.new_unit, self.why):
                widget.hide()

    def figureless_item(self) -> str | None:
        """The item chosen, when it is an item of the dossier with no figure yet (None otherwise,
        or for a number that is in no item's unit)."""
        if not self.param.unit_of:
            return None
        item = self.editor.control(self.kind.name, self.param.unit_of).value()
        known = isinstance(item, str) and item in self.editor._item_titles
        return item if known and item not in self.editor._figures else None

    def typed_figure(self) -> tuple[str, Any, str] | None:
        """(item id, figure, unit) typed for a figureless item; None when nothing is typed."""
        item = self.figureless_item()
        if item is None or not self.new_figure.text().strip():
            return None
        return item, typed_number(self.new_figure.text()), self.new_unit.text().strip()

    def figure_problems(self) -> list[Problem]:
        """What the item's record would refuse in the figure typed (by the Agenda form's rules)."""
        typed = self.typed_figure()
        if typed is None:
            return []
        _, value, unit = typed
        found = []
        for part, name, typed_value in (("figure", "figure_value", value), ("unit", "figure_unit", unit)):
            bad = form_problem(model.AgendaItem.column(name), typed_value)
            if bad is not None:
                params = {**bad.params, "param": self.param.name, "part": part}
                found.append(replace(bad, params=params))
        return found

    def follow(self) -> None:
        if not self.param.unit_of:
            return
        item = self.editor.control(self.kind.name, self.param.unit_of).value()
        figure = self.editor._figures.get(item) if isinstance(item, str) else None
        asks = self.figureless_item() is not None
        typed = self.typed_figure()
        self.unit.setText(figure[1] if figure else typed[2] if typed else "")
        for widget in (self.new_figure, self.new_unit, self.why):
            widget.setVisible(asks)
        self.figure.setVisible(not asks)
        self.figure_label.setText(
            translate("RuleEditor", "Its figure:") if asks else translate("RuleEditor", "Figure now:")
        )
        if figure is not None:
            value, unit = figure
            self.figure.setText(with_unit(format_number(value), unit))
        elif item is None:
            self.figure.setText("—")
        else:
            self.figure.setText(translate("RuleEditor", "none"))  # the problems below say why that matters


class WholeControl(ParamControl):
    """A whole number to count up or down; one below a number of tracks says how many are ticked."""

    def __init__(self, editor: RuleEditor, kind: RuleKind, param: Param) -> None:
        super().__init__(editor, kind, param)
        self.spin = QSpinBox(objectName=self.base)
        self.spin.setRange(param.least, _MOST)
        self.spin.setAccessibleName(param_words(kind.name, param, "name"))
        self.spin.setToolTip(param_words(kind.name, param, "tip"))
        self.spin.valueChanged.connect(lambda _: editor._changed())
        self.label = QLabel(param_words(kind.name, param, "label"))
        self.label.setBuddy(self.spin)
        self.count = QLabel(objectName=f"{self.base}_of")
        self.count.setAccessibleName(translate("RuleEditor", "Number of tracks ticked"))

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            self.spin.setValue(value)

    def clear(self) -> None:
        self.spin.setValue(max(self.param.least, 1))

    def is_empty(self) -> bool:
        return False  # a count always has a value: it is never taken over from another kind

    def carried(self) -> Any:
        return None

    def widgets(self, found: Problem | None = None) -> list[QWidget]:
        return [self.spin]

    def add_to(self, page: PageBuilder) -> None:
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addWidget(self.count, 1)
        page.row(self.label, row)
        if not self.param.below:
            self.count.hide()

    def follow(self) -> None:
        if self.param.below:
            ticked = self.editor.control(self.kind.name, self.param.below).value()
            self.count.setText(translate("RuleEditor", "of the {count} tracks ticked").format(count=len(ticked)))


CONTROLS: dict[ParamType, Callable[[RuleEditor, RuleKind, Param], ParamControl]] = {
    ParamType.TRACKS: TracksControl,
    ParamType.ITEM: ItemControl,
    ParamType.NUMBER: NumberControl,
    ParamType.WHOLE: WholeControl,
}


# --- the editor -----------------------------------------------------------------------------


class RuleEditor(QWidget):
    """Edits the rule of one red line; `show_red_line` fills it, `refill` follows the
    dossier's tracks and agenda items."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rule_editor")
        self.workspace = workspace
        self.red_line: model.RedLine | None = None
        self._stored: Any = None  # the rule as stored, to compare and to revert to
        self._kind: Any = "manual"  # the kind shown, to carry what it can when it changes
        self._loading = False
        # the dossier as rules see it, read at refill: track names, item titles, figures
        self._track_names: dict[str, str] = {}
        self._item_titles: dict[str, str] = {}
        self._figures: dict[str, tuple[float, str]] = {}

        self.kind_combo = QComboBox(objectName="rule_kind_combo")
        self.kind_combo.setAccessibleName(translate("RuleEditor", "Kind of rule"))
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
            self.kind_combo.setItemData(self.kind_combo.count() - 1, kind_tooltip(kind), Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.kind_help = QLabel(objectName="rule_kind", wordWrap=True)
        self.kind_help.setAccessibleName(translate("RuleEditor", "What this kind of rule means"))
        self.kind_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kind_hint = self._hint("", "rule_kind_hint")

        # one page per kind, one control per parameter; the pages hold no wrapped text (the
        # hint above says how to fill them in): their height is then the same at any width,
        # and the stack is never taller than the page
        self.pages: dict[str, QWidget] = {}
        self.controls_of: dict[str, dict[str, ParamControl]] = {}
        self.stack = QStackedWidget(objectName="rule_pages")
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for kind in KINDS.values():
            self._build_page(kind)
        self.unknown_page, _ = self._page("unknown_page")  # a kind this version does not know
        self.stack.currentChanged.connect(lambda _: self._fit_stack())

        self.words = QLabel(objectName="rule_words", wordWrap=True)
        self.words.setAccessibleName(translate("RuleEditor", "Rule in plain words"))
        self.words.setToolTip(translate("RuleEditor", "The rule as it reads now, updated as you edit it"))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.words.font()
        font.setBold(True)
        self.words.setFont(font)
        self.problems_label = QLabel(objectName="rule_problems", wordWrap=True)
        self.problems_label.setAccessibleName(translate("RuleEditor", "What is wrong with the rule"))
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.status_label = QLabel(objectName="rule_status", wordWrap=True)
        self.status_label.setAccessibleName(translate("RuleEditor", "Whether the rule is applied"))
        hold_place(self.status_label, 2)  # its two lines stay, said or not: Apply does not bob
        self.status_label.hide()

        shortcut = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.apply_button = QPushButton(translate("RuleEditor", "Apply rule"), objectName="apply_rule")
        self.apply_button.setAccessibleName(translate("RuleEditor", "Apply rule"))
        self.apply_button.setToolTip(
            translate("RuleEditor", "Save this rule for the red line ({shortcut}); Edit → Undo takes it back").format(
                shortcut=shortcut
            )
        )
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(translate("RuleEditor", "Revert"), objectName="revert_rule")
        self.revert_button.setAccessibleName(translate("RuleEditor", "Revert the rule"))
        self.revert_button.setToolTip(translate("RuleEditor", "Forget these edits and show the stored rule again"))
        self.revert_button.clicked.connect(self.revert)
        # Ctrl+Return applies from any control of the editor (the record form's fields save on
        # their own, so the shortcut belongs to the editor alone)
        self.apply_action = QAction(translate("RuleEditor", "Apply rule"), self)
        self.apply_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.apply_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.apply_action.setToolTip(self.apply_button.toolTip())
        self.apply_action.triggered.connect(self.apply)
        self.addAction(self.apply_action)

        # the controls a read-only store or a missing red line disables; the words stay readable
        self.controls = QWidget(objectName="rule_controls")
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(translate("RuleEditor", "Kind:"), self.kind_combo)
        controls.addLayout(top)
        controls.addWidget(self.kind_help)
        controls.addWidget(self.kind_hint)
        controls.addWidget(self.stack)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        words_row = QFormLayout()
        words_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        words_row.addRow(translate("RuleEditor", "In words:"), self.words)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the buttons right under the controls: the words and problems below them change with
        # every tick and would move the buttons as the person reaches for them
        layout.addWidget(self.controls)
        layout.addLayout(buttons)
        layout.addLayout(words_row)
        layout.addWidget(self.problems_label)

        self.refill()
        self.show_red_line(None)

    # --- building ---------------------------------------------------------------------------

    def _hint(self, text: str, name: str) -> QLabel:
        label = QLabel(text, objectName=name, wordWrap=True)
        label.setAccessibleName(translate("RuleEditor", "How to write this rule"))
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    def _page(self, name: str) -> tuple[KindPage, QVBoxLayout]:
        page = KindPage(objectName=name)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(page)
        return page, layout

    def _build_page(self, kind: RuleKind) -> None:
        page, layout = self._page(f"{kind.name}_page")
        builder = PageBuilder(layout)
        controls = {p.name: CONTROLS[p.type](self, kind, p) for p in kind.params}
        for control in controls.values():
            control.add_to(builder)
        self.pages[kind.name] = page
        self.controls_of[kind.name] = controls

    def control(self, kind: str, param: str) -> Any:
        """The control of one parameter of one kind (e.g. ``control("ceiling", "value")``)."""
        return self.controls_of[kind][param]

    def _all_controls(self) -> list[ParamControl]:
        return [c for controls in self.controls_of.values() for c in controls.values()]

    def _track_controls(self) -> list[TracksControl]:
        return [c for c in self._all_controls() if isinstance(c, TracksControl)]

    def _item_controls(self) -> list[ItemControl]:
        return [c for c in self._all_controls() if isinstance(c, ItemControl)]

    def _fit_stack(self) -> None:
        # the stack's size is the page shown's (KindPage): have the layouts ask again
        for index in range(self.stack.count()):
            self.stack.widget(index).updateGeometry()
        self.stack.updateGeometry()

    def _fit_list(self, view: QListView) -> None:
        rows = min(max(view.model().rowCount(), 3), _LIST_ROWS)
        row_height = view.sizeHintForRow(0) if view.model().rowCount() else -1
        if row_height <= 0:
            row_height = view.fontMetrics().height() + 6
        view.setFixedHeight(rows * row_height + 2 * view.frameWidth() + 2)

    def _fit_lists(self) -> None:
        for control in self._track_controls():
            for view in control.views:
                self._fit_list(view)

    # --- following the dossier --------------------------------------------------------------

    def refill(self, tables: frozenset[str] | None = None) -> None:
        """List the dossier's own tracks and agenda items again (those of `tables`, when given),
        keeping what the person ticked and chose."""
        loading, self._loading = self._loading, True
        try:
            if tables is None or "tracks" in tables:
                choices = self.workspace.choices(model.Track)
                self._track_names = dict(choices)
                for control in self._track_controls():
                    for checks in control.models:
                        checks.set_choices(choices)
                self._fit_lists()
            if tables is None or "agenda_items" in tables:
                self._read_items()
                for control in self._item_controls():
                    self._fill_items(control.combo, control.combo.currentData())
        finally:
            self._loading = loading
        if not loading:
            self._changed()

    def _read_items(self) -> None:
        """The titles of the dossier's agenda items, and the figure and unit of those that
        have one (read from the few records with a figure, not from every item)."""
        self._item_titles = dict(self.workspace.choices(model.AgendaItem))
        self._figures = {}
        store, dossier_id = self.workspace.store, self.workspace.dossier_id
        if dossier_id is None:
            return
        without = set(store.rowids(model.AgendaItem, dossier_id, equals={"figure_value": None}))
        rowids = [r for r in store.rowids(model.AgendaItem, dossier_id) if r not in without]
        for item in store.page(model.AgendaItem, rowids):
            if item.figure_value is not None:
                self._figures[item.id] = (item.figure_value, item.figure_unit)

    def _fill_items(self, combo: QComboBox, keep: Any) -> None:
        """List the agenda items in an item box and choose `keep` (marked when it is no item
        of the dossier, so that the person sees which item the rule names)."""
        choices: list[tuple[str | None, str]] = [(None, translate("RuleEditor", "Choose an agenda item…"))]
        choices += self.workspace.choices(model.AgendaItem)
        items = choices_of(combo, ItemChoiceModel)  # set in ItemControl
        items.missing = set()
        if isinstance(keep, str) and keep not in self._item_titles:
            items.missing = {keep}
            choices.append((keep, translate("RuleEditor", "A deleted agenda item")))
        items.with_figure = set(self._figures)
        loading, self._loading = self._loading, True
        try:
            items.set_choices(choices)
            combo.setCurrentIndex(max(items.row_of(keep if isinstance(keep, str) else None), 0))
        finally:
            self._loading = loading

    # --- showing a red line -----------------------------------------------------------------

    def show_red_line(self, red_line: model.RedLine | None, *, force: bool = False) -> None:
        """Show a red line's rule. The same red line with the same stored rule keeps what the
        person is editing (the view shows the record again after every change, e.g. a rename
        of a track or a save of another field); a changed stored rule (an undo) replaces it."""
        same = (
            not force
            and red_line is not None
            and self.red_line is not None
            and red_line.id == self.red_line.id
            and red_line.rule == self._stored
        )
        self.red_line = red_line
        if same:
            self._changed()
            return
        self._stored = copy.deepcopy(red_line.rule) if red_line is not None else None
        self._load(self._stored if red_line is not None else {"kind": "manual"})

    def _load(self, rule: Any) -> None:
        self._loading = True
        try:
            for control in self._all_controls():
                control.clear()
            rule = rule if isinstance(rule, dict) else {}
            kind = rule.get("kind")
            self._set_kind(kind)
            for name, control in self.controls_of.get(kind, {}).items() if isinstance(kind, str) else ():
                if name in rule:
                    control.set_value(rule[name])
            self._fit_lists()  # a deleted track listed makes a list a row longer
        finally:
            self._loading = False
        self._changed()

    def _set_kind(self, kind: Any) -> None:
        """Choose a kind in the box; one this version does not know gets an entry of its own."""
        unknown = self.kind_combo.count() - 1 if self.kind_combo.count() > len(KINDS) else -1
        if unknown >= 0:
            self.kind_combo.removeItem(unknown)
        if not isinstance(kind, str):
            kind = ""  # a damaged file's kind (a list, a number): no kind, said as such
        index = self.kind_combo.findData(kind)
        if index < 0:
            self.kind_combo.addItem(icon("warning"), rule_kind_label(kind or None), kind)
            index = self.kind_combo.count() - 1
        self.kind_combo.setCurrentIndex(index)
        self._kind = kind
        self._show_page()

    def _show_page(self) -> None:
        kind = self.kind_combo.currentData()
        self.stack.setCurrentWidget(self.pages.get(kind, self.unknown_page))
        self.kind_help.setText(rule_kind_label(kind))
        self.kind_combo.setToolTip(
            kind_tooltip(kind) or translate("RuleEditor", "Which check this red line's rule makes")
        )
        self.kind_hint.setText(kind_hint(kind))
        self._fit_stack()

    # --- editing ----------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._loading:
            return
        old, new = self._kind, self.kind_combo.currentData()
        # the new kind takes over what it can use (the tracks ticked, the item chosen, the
        # number typed) into the controls still empty: a page already filled in keeps its own
        carried: dict[ParamType, Any] = {}
        for control in self.controls_of.get(old, {}).values() if isinstance(old, str) else ():
            value = control.carried()
            if value is not None:
                carried.setdefault(control.param.type, value)
        self._loading = True
        try:
            for control in self.controls_of.get(new, {}).values():
                if control.is_empty() and control.param.type in carried:
                    control.take(carried[control.param.type])
        finally:
            self._loading = False
        self._kind = new
        self._show_page()
        self._changed()

    def rule(self) -> Any:
        """The rule the controls hold now."""
        kind = self.kind_combo.currentData()
        if kind not in KINDS:
            return copy.deepcopy(self._stored)  # a kind this version cannot edit stays as it is
        stored = self._stored if isinstance(self._stored, dict) and self._stored.get("kind") == kind else {}
        rule: dict[str, Any] = {"kind": kind}
        for name, control in self.controls_of[kind].items():
            value = control.value()
            # an optional parameter left empty is left out, unless the stored rule holds it
            # empty (kept as it was)
            if control.param.required or not control.is_empty() or (name in stored and stored[name] == value):
                rule[name] = value
        return rule

    def problems(self) -> list[Problem]:
        """What rule_problems finds wrong with the rule the controls hold (an item's figure
        typed beside it counts as the item's), and what is wrong with that figure."""
        items = {i: i in self._figures for i in self._item_titles}
        found: list[Problem] = []
        for control in self._figure_controls():
            typed = control.typed_figure()
            problems = control.figure_problems()
            if typed is not None and not problems:
                items[typed[0]] = True
            found += problems
        return rule_problems(self.rule(), self._track_names, items) + found

    def _figure_controls(self) -> list[NumberControl]:
        """The number controls of the kind shown that are in the unit of an item's figure."""
        kind = self.kind_combo.currentData()
        controls = self.controls_of.get(kind, {}).values() if isinstance(kind, str) else ()
        return [c for c in controls if isinstance(c, NumberControl) and c.param.unit_of]

    def typed_figures(self) -> list[tuple[str, Any, str]]:
        """(item id, figure, unit) of each figure typed for a figureless item, to be saved with the rule."""
        return [typed for c in self._figure_controls() if (typed := c.typed_figure()) is not None]

    def is_changed(self) -> bool:
        return self.red_line is not None and (self.rule() != self._stored or bool(self.typed_figures()))

    def _changed(self) -> None:
        if self._loading:
            return
        rule = self.rule()
        has = self.red_line is not None
        writable = has and not self.workspace.readonly
        problems = self.problems() if has else []
        changed = self.is_changed()
        kind = self.kind_combo.currentData()
        for control in self.controls_of.get(kind, {}).values() if isinstance(kind, str) else ():
            control.follow()
        self._mark(kind, problems)
        self.words.setText(self.words_of(rule) if has else "")
        if problems:
            self.problems_label.setText("\n".join("• " + self.problem_text(p) for p in problems))
            palette = self.problems_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
            self.problems_label.setPalette(palette)
        self.problems_label.setVisible(bool(problems))
        if changed and writable:
            self.status_label.setText(
                translate("RuleEditor", "Not applied yet.")
                if not problems
                else translate("RuleEditor", "Not applied: fix what is listed below.")
            )
        self.status_label.setVisible(changed and writable)
        self.controls.setEnabled(writable)
        self.apply_button.setEnabled(writable and changed and not problems)
        self.apply_action.setEnabled(self.apply_button.isEnabled())
        self.revert_button.setEnabled(writable and changed)

    def _mark(self, kind: Any, problems: Sequence[Problem]) -> None:
        """Mark the controls the problems name (each by its parameter and group)."""
        reasons: dict[int, list[str]] = {}
        controls = self.controls_of.get(kind, {}) if isinstance(kind, str) else {}
        for found in problems:
            control = controls.get(found.params.get("param", ""))
            if control is not None:
                for widget in control.widgets(found):
                    reasons.setdefault(id(widget), []).append(self.problem_text(found))
        for control in self._all_controls():
            for widget in control.widgets():
                _mark(widget, " ".join(reasons.get(id(widget), [])))

    def invalid_controls(self) -> list[QWidget]:
        """The controls marked as holding a wrong value."""
        return [w for c in self._all_controls() for w in c.widgets() if w.property("invalid")]

    def words_of(self, rule: Any) -> str:
        """The rule in plain words, with "…" for what is not chosen yet."""
        kind = KINDS.get(rule.get("kind")) if isinstance(rule, dict) and isinstance(rule.get("kind"), str) else None
        if kind is None:
            return _say("rule.says.unreadable")
        tracks = {**self._track_names, _BLANK: _BLANK}
        for control in self._track_controls():
            tracks.update({i: translate("RuleEditor", "a deleted track") for i in control.unknown()})
        titles = {**self._item_titles, _BLANK: _BLANK}
        units = {i: unit for i, (_, unit) in self._figures.items()}
        units.update({item: unit for item, _, unit in self.typed_figures()})
        shown = dict(rule)
        for param in kind.params:
            value = shown.get(param.name)
            if param.type is ParamType.TRACKS and param.groups and isinstance(value, list):
                shown[param.name] = [g if g else [_BLANK] for g in value]
            elif param.type is ParamType.TRACKS and param.required and not value:
                shown[param.name] = [_BLANK]
            elif param.type is ParamType.ITEM:
                if not isinstance(value, str):
                    shown[param.name] = _BLANK
                elif value not in titles:
                    titles[value] = translate("RuleEditor", "a deleted agenda item")
            elif param.type is ParamType.NUMBER and (not isinstance(value, int | float) or isinstance(value, bool)):
                shown[param.name] = _BLANK
        try:
            return words(kind.says(shown, Names(tracks, titles, units)))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return translate("RuleEditor", "Not complete yet: see below")

    def problem_text(self, found: Problem) -> str:
        """A problem with the rule as the person reads it: in terms of the controls, not of
        the stored keys. A problem not known here is said in the catalogue's words."""
        code, params = found.code, found.params
        if code == "rule.group.empty":
            group = params.get("group")
            if group == 1:
                return translate("RuleEditor", "Tick at least one track in the first group.")
            if group == 2:
                return translate("RuleEditor", "Tick at least one track in the second group.")
            return translate("RuleEditor", "Tick at least one track in group {group}.").format(group=group)
        if code == "rule.groups_share":
            names = ", ".join(self._track_names.get(t, t) for t in params.get("tracks", []))
            return translate("RuleEditor", "A track cannot be in both groups: {names}.").format(names=names)
        if code in ("rule.unknown_track", "rule.group.unknown_track"):
            return translate(
                "RuleEditor", "A ticked track is no longer a track of this dossier (it was deleted?): untick it."
            )
        if code == "rule.too_few_tracks":
            return translate("RuleEditor", "Tick at least {least} tracks.").format(least=params.get("least"))
        if code == "rule.not_below":
            count = params.get("count", 0)
            return translate(
                "RuleEditor",
                "With {count} tracks ticked, a package may span at most {most} of them: "
                "at {count} or more the rule could never be broken.",
            ).format(count=count, most=count - 1)
        if code == "rule.not_item":
            return translate("RuleEditor", "Choose an agenda item.")
        if code == "rule.unknown_item":
            return translate(
                "RuleEditor", "The agenda item chosen is no longer in this dossier (it was deleted?): choose another."
            )
        if code == "rule.no_figure":
            return translate(
                "RuleEditor",
                "“{title}” has no figure: only an item with a figure can be limited. "
                "Type its figure under the limit, or choose another item.",
            ).format(title=self._item_titles.get(params.get("item", ""), ""))
        if params.get("part") in ("figure", "unit"):
            name = field_label(model.AgendaItem, "figure_value" if params["part"] == "figure" else "figure_unit")
            return translate("RuleEditor", "{name}: {problem}").format(name=name, problem=words(found))
        if code in ("rule.not_number", "rule.not_finite"):
            return self._number_text(found)
        if code == "rule.unknown_kind":
            return translate("RuleEditor", "Choose one of the kinds listed: this version cannot check it.")
        return words(found)

    def _number_text(self, found: Problem) -> str:
        kind = self.kind_combo.currentData()
        control = self.controls_of.get(kind, {}).get(found.params.get("param", ""))
        if not isinstance(control, NumberControl):
            return words(found)
        text = control.text()
        if not text:
            return translate("RuleEditor", "{name}: type a number.").format(name=control.edit.accessibleName())
        if isinstance(typed_number(text), str):
            return translate("RuleEditor", "“{text}” is not a number.").format(text=echoed(text))
        return translate("RuleEditor", "{name}: a number between -1e15 and 1e15.").format(
            name=control.edit.accessibleName()
        )

    # --- saving -----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Save the rule as one undoable step, if it can be checked, together with the figure
        typed for its item (the same step: one undo takes both back); True when saved."""
        if self.red_line is None or self.workspace.readonly or not self.is_changed() or self.problems():
            return False
        # the stored records, not the ones shown: their other fields may have been saved since
        store = self.workspace.store
        current = store.get(model.RedLine, self.red_line.id)
        if current is None or current.deleted:
            return False
        rule = self.rule()
        puts: list[model.Record] = [replace(current, rule=rule)]
        for item_id, value, unit in self.typed_figures():
            item = store.get(model.AgendaItem, item_id)
            if item is None or item.deleted:
                return False
            puts.append(replace(item, figure_value=value, figure_unit=unit))
        label = (
            translate("RuleEditor", "Edit rule and the item's figure")
            if len(puts) > 1
            else translate("RuleEditor", "Edit rule")
        )
        previous, self._stored = self._stored, copy.deepcopy(rule)
        # with the new rule as the stored one, the view showing the record again after the
        # change keeps the controls as they are (no reload under the person's hands)
        if self.workspace.apply(label, puts=puts) is None:
            self._stored = previous
            self._changed()
            return False
        self.red_line = store.get(model.RedLine, current.id) or replace(current, rule=rule)
        # the figure is the item's now: an undo must not find it typed here again
        loading, self._loading = self._loading, True
        try:
            for control in self._figure_controls():
                control.clear_figure()
        finally:
            self._loading = loading
        self._changed()
        return True

    def revert(self) -> None:
        """Show the stored rule again, forgetting the edits."""
        if self.red_line is None:
            return
        stored = self.workspace.store.get(model.RedLine, self.red_line.id)
        self.show_red_line(stored if stored is not None and not stored.deleted else self.red_line, force=True)
