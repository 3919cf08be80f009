"""The rule of a red line, written in a form: which kind of check it is and the tracks, agenda
item or number it speaks of, with the rule in plain words and what is wrong with it as it is
edited.

Unlike the fields of a record form, a rule is saved only by "Apply rule" (or Ctrl+Return), and
only when `negoprep.rules.rule_problems` finds nothing wrong with it: a rule is several
controls at once, and half of one (one group ticked, the other not yet) must never reach the
store.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
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
    QVBoxLayout,
    QWidget,
)

from negoprep import model
from negoprep.rules import RULE_KINDS, describe_rule, rule_problems
from negoprep.ui.choice_model import ChoiceModel
from negoprep.ui.icons import icon
from negoprep.ui.record_form import error_color, format_number
from negoprep.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex

#: stands for a part of the rule not chosen yet, so that its words can already be read
_BLANK = "\u2026"
#: the most tracks a list shows before it scrolls
_LIST_ROWS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleEditor", text)


def kind_name(kind: str) -> str:
    """The short name of a rule kind, as the kind box lists it."""
    names = {
        "no_linkage": _tr("No linkage between tracks"),
        "not_a_card": _tr("Not a card to give"),
        "no_bundle": _tr("No bundle of tracks"),
        "ceiling": _tr("Ceiling on a figure"),
        "floor": _tr("Floor on a figure"),
        "manual": _tr("Manual check by a person"),
    }
    return names.get(kind, kind)


def rule_kind_label(kind: Any) -> str:
    """A rule's kind as a person reads it, with what it means."""
    kinds = {
        "no_linkage": _tr("No linkage — two groups of tracks are never traded against each other"),
        "not_a_card": _tr("Not a card — an agenda item that is never given away"),
        "no_bundle": _tr("No bundle — a package spans at most a number of tracks"),
        "ceiling": _tr("Ceiling — an item's figure may not go above a value"),
        "floor": _tr("Floor — an item's figure may not go below a value"),
        "manual": _tr("Manual — checked by a person, never automatically"),
    }
    if not isinstance(kind, str):
        return _tr("None")
    return kinds.get(kind, _tr("Unknown kind: {kind}").format(kind=kind))


def kind_tooltip(kind: str) -> str:
    """When a package breaks a rule of this kind, with an example."""
    tips = {
        "no_linkage": _tr(
            "A package breaks it when it holds items of tracks of both groups.\n"
            "Example: no linkage of defense cost-sharing to trade."
        ),
        "not_a_card": _tr(
            "A package breaks it when it gives this agenda item; with tracks ticked, only when it gives it "
            "in exchange for items of those tracks.\nExample: Alaska LNG is not a card for tariffs."
        ),
        "no_bundle": _tr(
            "A package breaks it when its items span more than the maximum of these tracks.\n"
            "Example: no one-stop package of tariffs, security and energy."
        ),
        "ceiling": _tr(
            "A package breaks it when it proposes a figure for the item above this value.\n"
            "Example: no additional defense cost increase."
        ),
        "floor": _tr("A package breaks it when it proposes a figure for the item below this value."),
        "manual": _tr(
            "Never checked automatically: the red line is shown for a person to confirm against each package."
        ),
    }
    return tips.get(kind, "")


def kind_hint(kind: Any) -> str:
    """How to write a rule of this kind with the controls."""
    hints = {
        "no_linkage": _tr(
            "Tick the tracks of each group: a package may hold items of one group or of the other, never of both."
        ),
        "not_a_card": _tr(
            "Choose the agenda item we never give. Tick tracks to forbid giving it only in exchange for items of "
            "those tracks; tick none to forbid giving it at all."
        ),
        "no_bundle": _tr(
            "Tick the tracks, then how many of them one package may span at most (fewer than the tracks ticked)."
        ),
        "ceiling": _tr(
            "Choose an agenda item with a figure: a package may not propose a figure above this value. "
            "Items without a figure are marked: there is nothing to limit."
        ),
        "floor": _tr(
            "Choose an agenda item with a figure: a package may not propose a figure below this value. "
            "Items without a figure are marked: there is nothing to limit."
        ),
        "manual": _tr(
            "Nothing to set. This red line is never checked automatically: it is listed with each package "
            "for a person to confirm."
        ),
    }
    return hints.get(kind, _tr("This version cannot edit a rule of this kind. Choose a kind above to write a new one."))


def parse_value(text: str) -> float | int | str | None:
    """A typed number as a rule holds it; text that is no number is kept as it is, so that
    rule_problems says what is wrong with it."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _ids(value: Any) -> list[str]:
    """The track ids of a stored list, read defensively (a damaged file may hold anything)."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(v for v in value if isinstance(v, str)))


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
        self._rows += [(i, _tr("A deleted track"), False) for i in self._ticked if i not in known]
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
            return _tr("No track of this dossier has the id {id} (it was deleted?): untick it").format(id=track_id)
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
                return _tr("No agenda item of this dossier has the id {id} (it was deleted?)").format(id=record_id)
            if role == Qt.ItemDataRole.DecorationRole:
                if self._warning is None:
                    self._warning = icon("warning")
                return self._warning
        elif self.mark_figureless and record_id is not None and record_id not in self.with_figure:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr("{title} (no figure)").format(title=label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(
                    "{title} has no figure: a ceiling or floor can only limit an item with a figure "
                    "(give it one in the Agenda section)"
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
        self.kind_combo.setAccessibleName(_tr("Kind of rule"))
        for kind in RULE_KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
            self.kind_combo.setItemData(self.kind_combo.count() - 1, kind_tooltip(kind), Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.kind_help = QLabel(objectName="rule_kind", wordWrap=True)
        self.kind_help.setAccessibleName(_tr("What this kind of rule means"))
        self.kind_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kind_hint = self._hint("", "rule_kind_hint")

        self.pages: dict[str, QWidget] = {}
        # the pages hold no wrapped text (the hint above says how to fill them in): their
        # height is then the same at any width, and the stack is never taller than the page
        self.stack = QStackedWidget(objectName="rule_pages")
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._build_linkage_page()
        self._build_card_page()
        self._build_bundle_page()
        self._build_limit_page()
        self._build_manual_page()
        self._build_unknown_page()
        self.stack.currentChanged.connect(lambda _: self._fit_stack())

        self.words = QLabel(objectName="rule_words", wordWrap=True)
        self.words.setAccessibleName(_tr("Rule in plain words"))
        self.words.setToolTip(_tr("The rule as it reads now, updated as you edit it"))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.words.font()
        font.setBold(True)
        self.words.setFont(font)
        self.problems_label = QLabel(objectName="rule_problems", wordWrap=True)
        self.problems_label.setAccessibleName(_tr("What is wrong with the rule"))
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.status_label = QLabel(objectName="rule_status", wordWrap=True)
        self.status_label.setAccessibleName(_tr("Whether the rule is applied"))
        self.status_label.hide()

        shortcut = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.apply_button = QPushButton(_tr("Apply rule"), objectName="apply_rule")
        self.apply_button.setAccessibleName(_tr("Apply rule"))
        self.apply_button.setToolTip(
            _tr("Save this rule for the red line ({shortcut}); Edit → Undo takes it back").format(shortcut=shortcut)
        )
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(_tr("Revert"), objectName="revert_rule")
        self.revert_button.setAccessibleName(_tr("Revert the rule"))
        self.revert_button.setToolTip(_tr("Forget these edits and show the stored rule again"))
        self.revert_button.clicked.connect(self.revert)
        # Ctrl+Return applies from any control of the editor (the record form's fields save on
        # their own, so the shortcut belongs to the editor alone)
        self.apply_action = QAction(_tr("Apply rule"), self)
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
        top.addRow(_tr("Kind:"), self.kind_combo)
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
        words_row.addRow(_tr("In words:"), self.words)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        layout.addLayout(words_row)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

        self.refill()
        self.show_red_line(None)

    # --- building ---------------------------------------------------------------------------

    def _hint(self, text: str, name: str) -> QLabel:
        label = QLabel(text, objectName=name, wordWrap=True)
        label.setAccessibleName(_tr("How to write this rule"))
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    def _track_list(self, name: str, accessible: str, tooltip: str) -> tuple[QListView, TrackCheckModel]:
        checks = TrackCheckModel(self)
        checks.ticked_changed.connect(self._changed)
        view = QListView(objectName=name)
        view.setModel(checks)
        view.setAccessibleName(accessible)
        view.setToolTip(tooltip)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return view, checks

    def _item_combo(self, name: str, accessible: str, tooltip: str, mark_figureless: bool) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setModel(ItemChoiceModel(mark_figureless, combo))
        combo.setAccessibleName(accessible)
        combo.setToolTip(tooltip)
        # measuring thousands of titles to size the box would stall: a fixed width
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        combo.currentIndexChanged.connect(lambda _: self._changed())
        return combo

    def _page(self, kinds: tuple[str, ...], name: str) -> QVBoxLayout:
        page = KindPage(objectName=name)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(page)
        for kind in kinds:
            self.pages[kind] = page
        return layout

    def _build_linkage_page(self) -> None:
        layout = self._page(("no_linkage",), "no_linkage_page")
        self.group_views: list[QListView] = []
        self.group_models: list[TrackCheckModel] = []
        row = QHBoxLayout()
        for n, (title, accessible) in enumerate(
            (
                (_tr("These tracks…"), _tr("Tracks of the first group")),
                (_tr("…are never traded against these:"), _tr("Tracks of the second group")),
            ),
            1,
        ):
            view, checks = self._track_list(
                f"no_linkage_group_{n}",
                accessible,
                _tr("Tick a track to put it in this group; a track belongs to one group at most"),
            )
            label = QLabel(title)
            label.setBuddy(view)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view)
            row.addLayout(column, 1)
            self.group_views.append(view)
            self.group_models.append(checks)
        layout.addLayout(row)

    def _build_card_page(self) -> None:
        layout = self._page(("not_a_card",), "not_a_card_page")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.card_item = self._item_combo(
            "not_a_card_item",
            _tr("Agenda item that is not a card"),
            _tr("The agenda item a package may not give"),
            mark_figureless=False,
        )
        form.addRow(_tr("Agenda item:"), self.card_item)
        layout.addLayout(form)
        self.against_view, self.against_model = self._track_list(
            "not_a_card_tracks",
            _tr("Only in exchange for these tracks (optional)"),
            _tr("Optional: tick tracks to forbid giving the item only in exchange for items of these tracks"),
        )
        label = QLabel(_tr("Only in exchange for items of these tracks (optional):"))
        label.setBuddy(self.against_view)
        layout.addWidget(label)
        layout.addWidget(self.against_view)

    def _build_bundle_page(self) -> None:
        layout = self._page(("no_bundle",), "no_bundle_page")
        self.bundle_view, self.bundle_model = self._track_list(
            "no_bundle_tracks",
            _tr("Tracks no package may all span"),
            _tr("Tick at least two tracks; a package may hold items of at most the maximum of them"),
        )
        label = QLabel(_tr("Tracks:"))
        label.setBuddy(self.bundle_view)
        layout.addWidget(label)
        layout.addWidget(self.bundle_view)
        self.bundle_max = QSpinBox(objectName="no_bundle_max")
        self.bundle_max.setRange(1, 999)
        self.bundle_max.setAccessibleName(_tr("Most tracks a package may span"))
        self.bundle_max.setToolTip(_tr("How many of the ticked tracks one package may span at most"))
        self.bundle_max.valueChanged.connect(lambda _: self._changed())
        self.bundle_of = QLabel(objectName="no_bundle_of")
        self.bundle_of.setAccessibleName(_tr("Number of tracks ticked"))
        row = QHBoxLayout()
        row.addWidget(self.bundle_max)
        row.addWidget(self.bundle_of, 1)
        form = QFormLayout()
        form.addRow(_tr("At most:"), row)
        layout.addLayout(form)

    def _build_limit_page(self) -> None:
        layout = self._page(("ceiling", "floor"), "limit_page")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.limit_item = self._item_combo(
            "limit_item",
            _tr("Agenda item whose figure is limited"),
            _tr("Only items with a figure can be limited; the others are marked “no figure”"),
            mark_figureless=True,
        )
        form.addRow(_tr("Agenda item:"), self.limit_item)
        self.limit_value = QLineEdit(objectName="limit_value")
        self.limit_value.setAccessibleName(_tr("Limit of the figure"))
        self.limit_value.setToolTip(_tr("A number, in the unit of the item's figure"))
        self.limit_value.setPlaceholderText(_tr("a number"))
        self.limit_value.setClearButtonEnabled(True)
        self.limit_value.textChanged.connect(lambda _: self._changed())
        self.limit_unit = QLabel(objectName="limit_unit")
        self.limit_unit.setAccessibleName(_tr("Unit of the figure"))
        value_row = QHBoxLayout()
        value_row.addWidget(self.limit_value, 1)
        value_row.addWidget(self.limit_unit)
        self.limit_bound = QLabel(_tr("At most:"))
        self.limit_bound.setBuddy(self.limit_value)
        form.addRow(self.limit_bound, value_row)
        self.limit_figure = QLabel(objectName="limit_figure")
        self.limit_figure.setAccessibleName(_tr("Current figure of the item"))
        self.limit_figure.setToolTip(_tr("The item's figure as the Agenda section holds it now"))
        form.addRow(_tr("Figure now:"), self.limit_figure)
        layout.addLayout(form)

    def _build_manual_page(self) -> None:
        self._page(("manual",), "manual_page")  # nothing to set: the hint above explains it

    def _build_unknown_page(self) -> None:
        # a kind this version does not know: nothing to edit, the hint says so
        self._page((), "unknown_page")
        self.unknown_page = self.stack.widget(self.stack.count() - 1)

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

    # --- following the dossier --------------------------------------------------------------

    def _track_models(self) -> list[TrackCheckModel]:
        return [*self.group_models, self.against_model, self.bundle_model]

    def _item_combos(self) -> list[QComboBox]:
        return [self.card_item, self.limit_item]

    def refill(self, tables: frozenset[str] | None = None) -> None:
        """List the dossier's own tracks and agenda items again (those of `tables`, when given),
        keeping what the person ticked and chose."""
        loading, self._loading = self._loading, True
        try:
            if tables is None or "tracks" in tables:
                choices = self.workspace.choices(model.Track)
                self._track_names = dict(choices)
                for checks in self._track_models():
                    checks.set_choices(choices)
                for view in [*self.group_views, self.against_view, self.bundle_view]:
                    self._fit_list(view)
            if tables is None or "agenda_items" in tables:
                self._read_items()
                for combo in self._item_combos():
                    self._fill_items(combo, combo.currentData())
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
        choices: list[tuple[str | None, str]] = [(None, _tr("Choose an agenda item…"))]
        choices += self.workspace.choices(model.AgendaItem)
        items: ItemChoiceModel = combo.model()  # type: ignore[assignment]
        items.missing = set()
        if isinstance(keep, str) and keep not in self._item_titles:
            items.missing = {keep}
            choices.append((keep, _tr("A deleted agenda item")))
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
            for checks in self._track_models():
                checks.set_ticked([])
            for combo in self._item_combos():
                self._fill_items(combo, None)
            self.bundle_max.setValue(1)
            self.limit_value.clear()
            rule = rule if isinstance(rule, dict) else {}
            kind = rule.get("kind")
            self._set_kind(kind)
            if kind == "no_linkage":
                groups = rule.get("between")
                groups = groups if isinstance(groups, list) else []
                for n, checks in enumerate(self.group_models):
                    checks.set_ticked(_ids(groups[n]) if n < len(groups) else [])
            elif kind == "not_a_card":
                self._fill_items(self.card_item, rule.get("item"))
                self.against_model.set_ticked(_ids(rule.get("against_tracks")))
            elif kind == "no_bundle":
                self.bundle_model.set_ticked(_ids(rule.get("tracks")))
                limit = rule.get("max")
                if isinstance(limit, int) and not isinstance(limit, bool):
                    self.bundle_max.setValue(limit)
            elif kind in ("ceiling", "floor"):
                self._fill_items(self.limit_item, rule.get("item"))
                value = rule.get("value")
                if isinstance(value, int | float) and not isinstance(value, bool):
                    self.limit_value.setText(format_number(value))
                elif value is not None:
                    self.limit_value.setText(str(value))
                self.limit_value.setCursorPosition(0)
            for view in [*self.group_views, self.against_view, self.bundle_view]:
                self._fit_list(view)  # a deleted track listed makes a list a row longer
        finally:
            self._loading = False
        self._changed()

    def _set_kind(self, kind: Any) -> None:
        """Choose a kind in the box; one this version does not know gets an entry of its own."""
        unknown = self.kind_combo.count() - 1 if self.kind_combo.count() > len(RULE_KINDS) else -1
        if unknown >= 0:
            self.kind_combo.removeItem(unknown)
        index = self.kind_combo.findData(kind) if isinstance(kind, str) else -1
        if index < 0:
            self.kind_combo.addItem(icon("warning"), rule_kind_label(kind), kind)
            index = self.kind_combo.count() - 1
        self.kind_combo.setCurrentIndex(index)
        self._kind = kind
        self._show_page()

    def _show_page(self) -> None:
        kind = self.kind_combo.currentData()
        self.stack.setCurrentWidget(self.pages.get(kind, self.unknown_page))
        self.kind_help.setText(rule_kind_label(kind))
        self.kind_combo.setToolTip(kind_tooltip(kind) or _tr("Which check this red line's rule makes"))
        bound = _tr("At most:") if kind == "ceiling" else _tr("At least:")
        self.limit_bound.setText(bound)
        self.kind_hint.setText(kind_hint(kind))
        self._fit_stack()

    # --- editing ----------------------------------------------------------------------------

    def _tracks_of(self, kind: Any) -> list[str]:
        if kind == "no_linkage":
            return list(dict.fromkeys(self.group_models[0].ticked() + self.group_models[1].ticked()))
        if kind == "not_a_card":
            return self.against_model.ticked()
        if kind == "no_bundle":
            return self.bundle_model.ticked()
        return []

    def _item_of(self, kind: Any) -> Any:
        if kind == "not_a_card":
            return self.card_item.currentData()
        if kind in ("ceiling", "floor"):
            return self.limit_item.currentData()
        return None

    def _kind_changed(self) -> None:
        if self._loading:
            return
        old, new = self._kind, self.kind_combo.currentData()
        # keep what the new kind can use: the tracks ticked, the item chosen (a page the
        # person already filled in keeps its own)
        tracks, item = self._tracks_of(old), self._item_of(old)
        self._loading = True
        try:
            if new == "no_linkage" and not any(m.ticked() for m in self.group_models):
                # all in the first group: which tracks go in the second is for the person to say
                self.group_models[0].set_ticked(tracks)
            elif new == "no_bundle" and not self.bundle_model.ticked():
                self.bundle_model.set_ticked(tracks)
            elif new == "not_a_card":
                if not self.against_model.ticked():
                    self.against_model.set_ticked(tracks)
                if self.card_item.currentData() is None and item is not None:
                    self._fill_items(self.card_item, item)
            elif new in ("ceiling", "floor") and self.limit_item.currentData() is None and item is not None:
                self._fill_items(self.limit_item, item)
        finally:
            self._loading = False
        self._kind = new
        self._show_page()
        self._changed()

    def rule(self) -> Any:
        """The rule the controls hold now."""
        kind = self.kind_combo.currentData()
        if kind == "no_linkage":
            return {"kind": kind, "between": [m.ticked() for m in self.group_models]}
        if kind == "not_a_card":
            rule: dict[str, Any] = {"kind": kind, "item": self.card_item.currentData()}
            against = self.against_model.ticked()
            stored = self._stored if isinstance(self._stored, dict) else {}
            # no tracks: the key is left out, unless the stored rule says [] (kept as it was)
            if against or (stored.get("kind") == kind and stored.get("against_tracks") == []):
                rule["against_tracks"] = against
            return rule
        if kind == "no_bundle":
            return {"kind": kind, "tracks": self.bundle_model.ticked(), "max": self.bundle_max.value()}
        if kind in ("ceiling", "floor"):
            return {"kind": kind, "item": self.limit_item.currentData(), "value": parse_value(self.limit_value.text())}
        if kind == "manual":
            return {"kind": "manual"}
        return copy.deepcopy(self._stored)  # a kind this version cannot edit stays as it is

    def problems(self) -> list[str]:
        """What rule_problems finds wrong with the rule the controls hold."""
        items = {i: i in self._figures for i in self._item_titles}
        return rule_problems(self.rule(), self._track_names, items)

    def is_changed(self) -> bool:
        return self.red_line is not None and self.rule() != self._stored

    def _changed(self) -> None:
        if self._loading:
            return
        rule = self.rule()
        has = self.red_line is not None
        writable = has and not self.workspace.readonly
        problems = self.problems() if has else []
        changed = self.is_changed()
        self._show_limit_figure()
        ticked = len(self.bundle_model.ticked())
        self.bundle_of.setText(_tr("of the {count} tracks ticked").format(count=ticked))
        self.words.setText(self.words_of(rule) if has else "")
        if problems:
            self.problems_label.setText("\n".join("• " + self.problem_text(p, rule) for p in problems))
            palette = self.problems_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
            self.problems_label.setPalette(palette)
        self.problems_label.setVisible(bool(problems))
        if changed and writable:
            self.status_label.setText(
                _tr("Not applied yet.") if not problems else _tr("Not applied: fix what is listed above.")
            )
        self.status_label.setVisible(changed and writable)
        self.controls.setEnabled(writable)
        self.apply_button.setEnabled(writable and changed and not problems)
        self.apply_action.setEnabled(self.apply_button.isEnabled())
        self.revert_button.setEnabled(writable and changed)

    def _show_limit_figure(self) -> None:
        item = self.limit_item.currentData()
        figure = self._figures.get(item) if isinstance(item, str) else None
        self.limit_unit.setText(figure[1] if figure else "")
        if figure is not None:
            value, unit = figure
            self.limit_figure.setText(f"{format_number(value)} {unit}".strip())
        elif item is None:
            self.limit_figure.setText("—")
        else:
            self.limit_figure.setText(_tr("none"))  # the problems below say why that matters

    def words_of(self, rule: Any) -> str:
        """The rule in plain words (describe_rule), with "…" for what is not chosen yet."""
        if not isinstance(rule, dict) or rule.get("kind") not in RULE_KINDS:
            return _tr("A rule this version cannot read")
        names = {**self._track_names, _BLANK: _BLANK}
        for checks in self._track_models():
            names.update({i: _tr("a deleted track") for i in checks.unknown()})
        titles = {**self._item_titles, _BLANK: _BLANK}
        units = {i: unit for i, (_, unit) in self._figures.items()}
        shown = dict(rule)
        if isinstance(shown.get("between"), list):
            shown["between"] = [g if g else [_BLANK] for g in shown["between"]]
        if shown.get("kind") == "no_bundle" and not shown.get("tracks"):
            shown["tracks"] = [_BLANK]
        if "item" in shown:
            item = shown["item"]
            if item is None:
                shown["item"] = _BLANK
            elif item not in titles:
                titles[item] = _tr("a deleted agenda item")
        try:
            return describe_rule(shown, names, titles, units)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return _tr("Not complete yet: see below")

    def problem_text(self, problem: str, rule: Any) -> str:
        """A problem found by rule_problems as the person reads it: in terms of the controls,
        not of the stored keys. A problem not known here is shown as it is."""
        rule = rule if isinstance(rule, dict) else {}
        kind = rule.get("kind")
        patterns: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (
                r"group ([12]) of 'between' is empty",
                lambda m: (
                    _tr("Tick at least one track in the first group.")
                    if m.group(1) == "1"
                    else _tr("Tick at least one track in the second group.")
                ),
            ),
            (r"the two groups of 'between' share a track", lambda m: self._shared_text(rule)),
            (
                r".*: \"(.*)\" is not a track of this dossier",
                lambda m: _tr("A ticked track is no longer a track of this dossier (it was deleted?): untick it."),
            ),
            (r"'tracks' must name at least two tracks", lambda m: _tr("Tick at least two tracks.")),
            (
                r"'max' must be less than the number of tracks \((\d+)\)",
                lambda m: _tr(
                    "With {count} tracks ticked, a package may span at most {most} of them: "
                    "at {count} or more the rule could never be broken."
                ).format(count=m.group(1), most=int(m.group(1)) - 1),
            ),
            (r"(.*) is not an agenda item of this dossier", lambda m: self._item_text(rule)),
            (
                r"a (ceiling|floor) needs an agenda item with a figure",
                lambda m: _tr(
                    "“{title}” has no figure: a ceiling or floor can only limit an item with a figure. "
                    "Give it one in the Agenda section, or choose another item."
                ).format(title=self._item_titles.get(rule.get("item"), "")),
            ),
            (r"'value' must be a .*", lambda m: self._value_text(kind)),
            (r"unknown rule kind .*", lambda m: _tr("Choose one of the kinds listed: this version cannot check it.")),
        ]
        for pattern, text in patterns:
            match = re.fullmatch(pattern, problem)
            if match:
                return text(match)
        return problem

    def _shared_text(self, rule: Mapping[str, Any]) -> str:
        groups = rule.get("between") or [[], []]
        shared = [t for t in groups[0] if t in groups[1]]
        names = ", ".join(self._track_names.get(t, t) for t in shared)
        return _tr("A track cannot be in both groups: {names}.").format(names=names)

    def _item_text(self, rule: Mapping[str, Any]) -> str:
        if rule.get("item") is None:
            return _tr("Choose an agenda item.")
        return _tr("The agenda item chosen is no longer in this dossier (it was deleted?): choose another.")

    def _value_text(self, kind: Any) -> str:
        text = self.limit_value.text().strip()
        if not text:
            return _tr("Type the ceiling: a number.") if kind == "ceiling" else _tr("Type the floor: a number.")
        if isinstance(parse_value(text), str):
            return _tr("“{text}” is not a number.").format(text=text)
        return _tr("The limit must be a number between -1e15 and 1e15.")

    # --- saving -----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Save the rule as one undoable step, if it can be checked; True when saved."""
        if self.red_line is None or self.workspace.readonly or not self.is_changed() or self.problems():
            return False
        # the stored record, not the one shown: its other fields may have been saved since
        current = self.workspace.store.get(model.RedLine, self.red_line.id)
        if current is None or current.deleted:
            return False
        rule = self.rule()
        previous, self._stored = self._stored, copy.deepcopy(rule)
        # with the new rule as the stored one, the view showing the record again after the
        # change keeps the controls as they are (no reload under the person's hands)
        if self.workspace.apply(_tr("Edit rule"), puts=[replace(current, rule=rule)]) is None:
            self._stored = previous
            self._changed()
            return False
        self.red_line = self.workspace.store.get(model.RedLine, current.id) or replace(current, rule=rule)
        self._changed()
        return True

    def revert(self) -> None:
        """Show the stored rule again, forgetting the edits."""
        if self.red_line is None:
            return
        stored = self.workspace.store.get(model.RedLine, self.red_line.id)
        self.show_red_line(stored if stored is not None and not stored.deleted else self.red_line, force=True)
