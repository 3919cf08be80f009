"""The Packages section: proposed deals, ours or theirs, each a set of agenda items we would
give or get, with the figure proposed for each.

The table lists the packages; under a package's form its items are listed and edited
(added, removed, given a role, a proposed figure and notes), each change one undoable step.
Under the items, what the package is worth (to us, and to them where their weights are
modelled; Raiffa-style scoring, see negoprep.analysis.scoring) and its give/get balance are shown, then
the red lines it breaks, listed as it is built, with the items that break them marked, and the
demands at home it fails (the domestic win-set, negoprep.analysis.winset). The table lists each
package's value beside its red-line status and its verdict at home, so that packages read side by
side; a package that breaks an absolute red line reads "unacceptable" there, whatever it scores
(its value comes with that verdict: scoring.value). "Propose equivalent offers…" builds several
packages of about equal value to us.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.analysis import scoring
from negoprep.analysis.winset import HomeCheck, check_at_home
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id, next_position, package_item_id
from negoprep.records.numbers import typed_number, with_unit
from negoprep.records.values import field_problem
from negoprep.redlines.check import DossierCheck, PackageCheck, Violation
from negoprep.ui.icons import icon
from negoprep.ui.labels import enum_label
from negoprep.ui.models.choice_model import ChoiceModel, choices_of, list_choices
from negoprep.ui.models.item_list_model import ItemListModel
from negoprep.ui.models.record_table_model import Column, Labels
from negoprep.ui.record_form import (
    FormField,
    error_color,
    format_number,
    mark_invalid,
    numbers_only,
)
from negoprep.ui.sections.home_panel import HomePanel, home_icon, home_text, home_tooltip
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.sections.violations_view import (
    ViolationsPanel,
    alert_icon,
    causes,
    causes_tooltip,
    status_text,
    status_tooltip,
)
from negoprep.ui.workspace import Workspace


def role_label(role: str) -> str:
    """ "give" / "get" as a person reads them (labels.enum_label does not know roles)."""
    return {"give": translate("PackagesView", "Give"), "get": translate("PackagesView", "Get")}.get(role, role)


def level_label(level: str) -> str:
    """A step of an item's mandate ladder (model.LEVELS) as a person reads it."""
    return {
        "opening": translate("PackagesView", "Opening"),
        "target": translate("PackagesView", "Target"),
        "fallback": translate("PackagesView", "Fallback"),
        "walk_away": translate("PackagesView", "Walk-away"),
        "beyond": translate("PackagesView", "Beyond walk-away"),
    }.get(level, level)


def _sentence(text: str) -> str:
    """scoring.value's warnings start in lower case ("it gives …"): shown alone, as a sentence."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".") if text else text


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


@dataclass(frozen=True)
class ItemRow:
    """One item of a package with the agenda item it stands for (None if that is gone), and
    the red lines it helps break in this package."""

    item: model.PackageItem
    agenda: model.AgendaItem | None
    violations: tuple[Violation, ...] = ()

    @property
    def id(self) -> str:
        return self.item.id


def _figure_text(row: ItemRow, _: Labels) -> str:
    if row.item.value is None:
        return ""
    unit = row.agenda.figure_unit if row.agenda is not None else ""
    return with_unit(format_number(row.item.value), unit)


def _level_text(row: ItemRow, _: Labels) -> str:
    level = scoring.level_of(row.item, row.agenda)
    if level != scoring.level_of(row.item):
        return translate("PackagesView", "{step} (by the figure)").format(step=level_label(level))
    if row.item.level is None:
        return translate("PackagesView", "{step} (by role)").format(step=level_label(level))
    return level_label(level)


def _level_tooltip(row: ItemRow, _: Labels) -> str:
    level = scoring.level_of(row.item, row.agenda)
    if row.agenda is None:
        return ""
    if level == "beyond":
        return translate("PackagesView", "Past the walk-away point: worth nothing to us")
    position = getattr(row.agenda, level, "").strip()
    worth = translate("PackagesView", "worth {score} of 100 to us").format(score=scoring.score(row.agenda, level))
    return f"{level_label(level)}: {position} — {worth}" if position else f"{level_label(level)}: {worth}"


def _figure_tooltip(row: ItemRow, _: Labels) -> str:
    agenda = row.agenda
    if agenda is None or agenda.figure_value is None:
        return ""
    current = with_unit(format_number(agenda.figure_value), agenda.figure_unit)
    return translate("PackagesView", "The agenda item's key figure: {figure}").format(figure=current)


class PackagesView(SectionView):
    rtype = model.Package
    watches = frozenset(
        {"package_items", "agenda_items", "tracks", "red_lines", "constituencies", "constituency_demands"}
    )

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        # (gives, gets) per package, counted when first shown and forgotten on any change
        self._counts: dict[str, tuple[int, int]] = {}
        # the red-line check of each package, made when first shown and forgotten on any change
        self._checks: dict[str, DossierCheck] = {}
        # what each package is worth, worked out when first shown and forgotten on any change
        self._values: dict[str, scoring.PackageValue] = {}
        # the check at home of each package, and the constituencies with their demands, read
        # when first needed and forgotten on any change
        self._homes: dict[str, HomeCheck] = {}
        self._constituencies: list[model.Constituency] | None = None
        self._package: model.Package | None = None
        self._loading = False
        self._want_item: str | None = None  # the item to select after the list is filled again
        super().__init__(workspace, parent)
        # the items need room beside the few columns of the package table
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # and the package table, with its value columns, about as much room as before them:
        # left to size hints, the wider item editor would take it (sizes are proportions here)
        self.splitter.setSizes([620, 780])
        # "Red lines" is the model's last column (so the others keep their numbers) but reads
        # best beside the counts, leaving the long notes the stretching last place
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(self.RED_LINES_COLUMN), header.visualIndex(self.NOTES_COLUMN))
        # the values follow the red lines, and the notes stay last
        header.moveSection(header.visualIndex(self.NOTES_COLUMN), header.count() - 1)
        # the verdict at home beside the red lines: the two checks a deal must pass
        header.moveSection(header.visualIndex(self.HOME_COLUMN), header.visualIndex(self.RED_LINES_COLUMN) + 1)

        self.toolbar.addSeparator()
        self.propose_action = QAction(icon("package"), translate("PackagesView", "Propose equivalent offers…"), self)
        self.propose_action.setObjectName("propose_offers")
        self.propose_action.setIconText(translate("PackagesView", "Offers…"))
        self.propose_action.setToolTip(
            translate(
                "PackagesView", "Propose several packages of about equal value to us, none of which breaks a red line"
            )
        )
        self.propose_action.triggered.connect(self.propose_offers)
        self.toolbar.addAction(self.propose_action)
        button = self.toolbar.widgetForAction(self.propose_action)
        if isinstance(button, QToolButton):
            # an icon alone would not say what it does: the package icon is the section's own
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(translate("PackagesView", "Propose equivalent offers"))
        self.offers_dialog: QWidget | None = None  # while "Propose equivalent offers" is open
        self._update_actions()

    # --- the table of packages --------------------------------------------------------------

    def _count(self, package: model.Package, role: str) -> str:
        if package.id not in self._counts:
            count = self.workspace.store.count
            self._counts[package.id] = (
                count(model.PackageItem, package.dossier_id, package_id=package.id, role="give"),
                count(model.PackageItem, package.dossier_id, package_id=package.id, role="get"),
            )
        gives, gets = self._counts[package.id]
        return str(gives if role == "give" else gets)

    NOTES_COLUMN = 4
    RED_LINES_COLUMN = 5
    HOME_COLUMN = 8

    def columns(self) -> list[Column]:
        return [
            Column(translate("PackagesView", "Package"), "name", lambda p, _: p.name, tooltip=lambda p, _: p.notes),
            Column(translate("PackagesView", "Origin"), "origin", lambda p, _: enum_label(p.origin)),
            Column(translate("PackagesView", "Gives"), None, lambda p, _: self._count(p, "give"), numeric=True),
            Column(translate("PackagesView", "Gets"), None, lambda p, _: self._count(p, "get"), numeric=True),
            Column(
                translate("PackagesView", "Notes"),
                "notes",
                lambda p, _: _first_line(p.notes),
                tooltip=lambda p, _: p.notes,
            ),
            Column(
                translate("PackagesView", "Red lines"),
                None,
                lambda p, _: status_text(self.check(p)),
                tooltip=lambda p, _: status_tooltip(self.check(p)),
                icon=lambda p, _: self._absolute_icon(self.check(p).breaks_absolute),
            ),
            Column(
                translate("PackagesView", "For us"),
                None,
                lambda p, _: self._ours_cell(self.value_of(p)),
                tooltip=lambda p, _: self._value_tooltip(self.value_of(p)),
                numeric=True,
                icon=lambda p, _: self._value_icon(self.value_of(p)),
            ),
            Column(
                translate("PackagesView", "For them"),
                None,
                lambda p, _: self._theirs_text(self.value_of(p)),
                tooltip=lambda p, _: self._theirs_tooltip(self.value_of(p)),
                numeric=True,
            ),
            Column(
                translate("PackagesView", "At home"),
                None,
                lambda p, _: home_text(self.home_check(p), len(self.constituencies())),
                tooltip=lambda p, _: home_tooltip(self.home_check(p), len(self.constituencies())),
                icon=lambda p, _: home_icon(self, self.home_check(p)),
            ),
        ]

    def column_widths(self) -> list[int]:
        return [200, 52, 44, 38, 40, 150, 112, 66, 72]  # the notes (last on screen) stretch to fill what is left

    def _absolute_icon(self, absolute: bool) -> QIcon | None:
        return alert_icon(error_color(self)) if absolute else None

    # --- what packages are worth -----------------------------------------------------------

    def value_of(self, package: model.Package) -> scoring.PackageValue:
        """What `package` is worth to us and them (kept until a change)."""
        if package.id not in self._values:
            # the store reads the package's items and only the agenda items they hold
            self._values.update(self.workspace.store.package_values(package.dossier_id, [package.id]))
        return self._values[package.id]

    @staticmethod
    def _ours_cell(worth: scoring.PackageValue) -> str:
        """The value for us as the table shows it: "unacceptable" instead of a number when the
        package breaks an absolute red line (the score is in the tooltip and the form)."""
        if worth.acceptable:
            return format_number(worth.ours)
        return translate("PackagesView", "unacceptable")

    def _value_icon(self, worth: scoring.PackageValue) -> QIcon | None:
        if not worth.acceptable:
            return self._absolute_icon(True)
        return icon("warning") if worth.warnings else None

    @staticmethod
    def _unacceptable_text(worth: scoring.PackageValue) -> str:
        """Why the package is unacceptable, naming the absolute red lines it breaks."""
        names = "; ".join(f"“{title}”" for title in worth.breaks)
        if len(worth.breaks) == 1:
            text = translate(
                "PackagesView", "Unacceptable whatever it scores: it breaks the absolute red line {names}."
            )
        else:
            text = translate(
                "PackagesView", "Unacceptable whatever it scores: it breaks the absolute red lines {names}."
            )
        return text.format(names=names)

    @staticmethod
    def _ours_text(worth: scoring.PackageValue) -> str:
        return translate("PackagesView", "{ours} of {possible} points").format(
            ours=format_number(worth.ours), possible=format_number(worth.possible)
        )

    @staticmethod
    def _theirs_text(worth: scoring.PackageValue) -> str:
        return format_number(worth.theirs) if worth.theirs is not None else "—"

    @staticmethod
    def _theirs_tooltip(worth: scoring.PackageValue) -> str:
        if worth.theirs is None:
            return translate("PackagesView", "Their weights are not modelled for the items of this package")
        return translate("PackagesView", "{theirs} points for them, as we model their weights").format(
            theirs=format_number(worth.theirs)
        )

    @staticmethod
    def _balance_text(worth: scoring.PackageValue) -> str:
        return translate("PackagesView", "gives {gives} (weight {given}), gets {gets} (weight {gained})").format(
            gives=worth.gives,
            given=format_number(worth.given_weight),
            gets=worth.gets,
            gained=format_number(worth.gained_weight),
        )

    def _value_tooltip(self, worth: scoring.PackageValue) -> str:
        lines = [] if worth.acceptable else [self._unacceptable_text(worth)]
        lines += [
            translate("PackagesView", "For us: {value}").format(value=self._ours_text(worth)),
            _sentence(self._balance_text(worth)),
        ]
        lines += [_sentence(w) for w in worth.warnings]
        return "\n".join(lines)

    # --- checking packages at home ----------------------------------------------------------

    def constituencies(self) -> list[model.Constituency]:
        """The dossier's constituencies at home with their demands (kept until a change)."""
        if self._constituencies is None:
            store, dossier_id = self.workspace.store, self.workspace.dossier_id
            self._constituencies = (
                [
                    model.with_items(c, store.children(model.Demand, "constituency_id", c.id))
                    for c in store.records(model.Constituency, dossier_id)
                ]
                if dossier_id is not None
                else []
            )
        return self._constituencies

    def home_check(self, package: model.Package) -> HomeCheck:
        """The demands at home `package` fails (kept until a change)."""
        if package.id not in self._homes:
            store = self.workspace.store
            entries = store.children(model.PackageItem, "package_id", package.id)
            held = (store.get(model.AgendaItem, e.agenda_item_id) for e in entries)
            items = {a.id: a for a in held if a is not None and not a.deleted}
            whole = model.with_items(package, entries)
            self._homes[package.id] = check_at_home(whole, self.constituencies(), items)
        return self._homes[package.id]

    # --- checking packages against the red lines --------------------------------------------

    def check(self, package: model.Package) -> PackageCheck:
        """The red lines `package` breaks (kept until a change)."""
        return self._report(package).packages[0]

    def _report(self, package: model.Package) -> DossierCheck:
        if package.id not in self._checks:
            # the store reads only the agenda items the package holds, not the whole agenda
            self._checks[package.id] = self.workspace.store.check_packages(package.dossier_id, [package.id])
        return self._checks[package.id]

    def form_fields(self) -> list[FormField]:
        return [
            FormField("name"),
            FormField("origin", tooltip=translate("PackagesView", "Who puts it forward")),
            FormField("notes"),
        ]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        return model.Package(
            id=new_id(), dossier_id=dossier_id, name=translate("PackagesView", "New package"), position=position
        )

    def with_items(self, record: model.Record) -> model.Record:
        if not isinstance(record, model.Package):
            raise TypeError(f"a {record.noun} is no package")
        return model.with_items(record, self.workspace.store.children(model.PackageItem, "package_id", record.id))

    def _forget(self) -> None:
        self._counts.clear()
        self._checks.clear()
        self._values.clear()
        self._homes.clear()
        self._constituencies = None

    def on_dossier(self, dossier_id: str | None) -> None:
        self._forget()
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        if tables & (self.watches | {self.rtype.table}):
            self._forget()
        super().on_changed(tables)

    # --- the package's items ----------------------------------------------------------------

    def extra_details(self) -> list[QWidget]:
        box = QGroupBox(translate("PackagesView", "Items of the package"))
        box.setObjectName("package_items_box")
        layout = QVBoxLayout(box)

        self.items_model = ItemListModel(self.workspace.store, self._item_columns(), self)
        self.items_table = QTableView()
        self.items_table.setObjectName("package_items_table")
        self.items_table.setAccessibleName(translate("PackagesView", "Items of the package"))
        self.items_table.setModel(self.items_model)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setAlternatingRowColors(True)
        self.items_table.setWordWrap(False)
        self.items_table.verticalHeader().hide()
        self.items_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the level reads best beside the role: it is the model's last column, so that the
        # others keep their numbers, moved beside it on screen
        header.moveSection(header.visualIndex(self.LEVEL_COLUMN), header.visualIndex(2) + 1)
        for column, width in enumerate((185, 110, 45, 110, 80, 230)):  # the first holds a mark too
            self.items_table.setColumnWidth(column, width)
        rows = self.items_table.verticalHeader().defaultSectionSize()
        self.items_table.setMinimumHeight(rows * 5 + header.sizeHint().height() + 4)  # five rows at least
        self.items_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        layout.addWidget(self.items_table)

        # what the package is worth, and whether it gives without getting
        self.value_label = QLabel(objectName="package_value", wordWrap=True)
        self.value_label.setAccessibleName(translate("PackagesView", "Value of the package"))
        self.value_label.setToolTip(
            translate("PackagesView", "Each item's weight × the score of the step the package settles it at, ÷ 100")
        )
        self.value_warnings = QLabel(objectName="package_value_warnings", wordWrap=True)
        self.value_warnings.setAccessibleName(translate("PackagesView", "Warnings on the value of the package"))
        self.value_warnings.hide()

        # the selected item: its role, proposed figure and notes, saved when changed
        edit = QFormLayout()
        edit.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.item_role = QComboBox(objectName="package_item_role")
        self.item_role.setAccessibleName(translate("PackagesView", "Role of the selected item"))
        self.item_role.setToolTip(translate("PackagesView", "Whether we would give this item or get it in the package"))
        for role in model.ROLES:
            self.item_role.addItem(role_label(role), role)
        self.item_role.currentIndexChanged.connect(lambda _: self._commit_item("role"))
        self.item_level = QComboBox(objectName="package_item_level")
        self.item_level.setAccessibleName(translate("PackagesView", "Level of the selected item"))
        self.item_level.setToolTip(
            translate(
                "PackagesView",
                "Where on the item's mandate ladder the package settles it. By role: a get counts at "
                "its target, a give at its fallback.",
            )
        )
        self.item_level.addItem(translate("PackagesView", "(by role)"), None)
        # sized to its shorter steps, not to "(by role: Fallback)": the row also holds the role
        # and the Remove button, and a wide row would take room from the table of packages
        self.item_level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_level.setMinimumContentsLength(10)
        for level in model.LEVELS:
            self.item_level.addItem(level_label(level), level)
        self.item_level.currentIndexChanged.connect(lambda _: self._commit_item("level"))
        self.item_value = QLineEdit(objectName="package_item_value")
        self.item_value.setAccessibleName(translate("PackagesView", "Proposed figure of the selected item"))
        self.item_value.setToolTip(
            translate("PackagesView", "The figure this package proposes for the item, in the item's unit")
        )
        self.item_value.setPlaceholderText("—")
        self.item_value.setClearButtonEnabled(True)
        numbers_only(self.item_value, self._show_problem)
        self.item_value.textChanged.connect(self._check_value)
        self.item_value.editingFinished.connect(lambda: self._commit_item("value"))
        self.item_unit = QLabel(objectName="package_item_unit")
        value_row = QHBoxLayout()
        value_row.addWidget(self.item_value, 1)
        value_row.addWidget(self.item_unit)
        self.item_notes = QLineEdit(objectName="package_item_notes")
        self.item_notes.setAccessibleName(translate("PackagesView", "Notes on the selected item"))
        self.item_notes.editingFinished.connect(lambda: self._commit_item("notes"))
        self.item_error = QLabel(objectName="package_item_error", wordWrap=True)
        self.item_error.hide()
        self.remove_item_button = QPushButton(
            icon("delete"), translate("PackagesView", "Remove item"), objectName="remove_package_item"
        )
        self.remove_item_button.setAccessibleName(
            translate("PackagesView", "Remove the selected item from the package")
        )
        self.remove_item_button.setToolTip(
            translate("PackagesView", "Take the selected agenda item out of this package")
        )
        self.remove_item_button.clicked.connect(self.remove_item)
        # role, level and removal on one line, so that the red lines below fit on screen
        role_row = QHBoxLayout()
        role_row.addWidget(self.item_role, 1)
        level_label_ = QLabel(translate("PackagesView", "Level:"))
        level_label_.setBuddy(self.item_level)
        role_row.addSpacing(8)
        role_row.addWidget(level_label_)
        role_row.addWidget(self.item_level, 2)
        role_row.addSpacing(8)
        role_row.addWidget(self.remove_item_button)
        edit.addRow(translate("PackagesView", "Role:"), role_row)
        edit.addRow(translate("PackagesView", "Proposed figure:"), value_row)
        edit.addRow(translate("PackagesView", "Item notes:"), self.item_notes)
        layout.addLayout(edit)

        # adding: an agenda item not yet in the package, and what we do with it
        add_row = QHBoxLayout()
        add_label = QLabel(translate("PackagesView", "Add item:"))
        self.add_item_combo = QComboBox(objectName="add_package_item_agenda")
        list_choices(self.add_item_combo, ChoiceModel(self.add_item_combo), 16)
        self.add_item_combo.setAccessibleName(translate("PackagesView", "Agenda item to add"))
        self.add_item_combo.setToolTip(
            translate("PackagesView", "The dossier's agenda items that are not in this package yet")
        )
        add_label.setBuddy(self.add_item_combo)
        self.add_item_role = QComboBox(objectName="add_package_item_role")
        self.add_item_role.setAccessibleName(translate("PackagesView", "Role of the item to add"))
        self.add_item_role.setToolTip(translate("PackagesView", "Give: we offer it. Get: we obtain it."))
        for role in model.ROLES:
            self.add_item_role.addItem(role_label(role), role)
        self.add_item_button = QPushButton(icon("add"), translate("PackagesView", "Add"), objectName="add_package_item")
        self.add_item_button.setAccessibleName(translate("PackagesView", "Add the agenda item to the package"))
        self.add_item_button.setToolTip(translate("PackagesView", "Put the chosen agenda item into this package"))
        self.add_item_button.clicked.connect(self.add_item)
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_item_combo, 1)
        add_row.addWidget(self.add_item_role)
        add_row.addWidget(self.add_item_button)
        layout.addLayout(add_row)
        # what is wrong with the figure typed, and what the package is worth, come last, under
        # every control of the box: they change with each key and each item added or changed,
        # and would move what is under them
        layout.addWidget(self.item_error)
        layout.addWidget(self.value_label)
        layout.addWidget(self.value_warnings)

        self.violations = ViolationsPanel()
        self.home = HomePanel()
        return [box, self.violations, self.home]

    def _item_columns(self) -> list[Column]:
        def agenda_title(r: ItemRow, names: Labels) -> str:
            return r.agenda.title if r.agenda else names(model.AgendaItem, r.item.agenda_item_id)

        def title_tooltip(r: ItemRow, names: Labels) -> str:
            return "\n".join(filter(None, (agenda_title(r, names), causes_tooltip(r.violations))))

        def mark(r: ItemRow, _: Labels) -> QIcon | None:
            # the item helps break a red line: red when one of them is absolute
            if not r.violations:
                return None
            return self._absolute_icon(True) if any(v.severity == "absolute" for v in r.violations) else icon("warning")

        return [
            Column(translate("PackagesView", "Agenda item"), None, agenda_title, tooltip=title_tooltip, icon=mark),
            Column(
                translate("PackagesView", "Track"),
                None,
                lambda r, names: names(model.Track, r.agenda.track_id) if r.agenda else "",
            ),
            Column(translate("PackagesView", "Role"), None, lambda r, _: role_label(r.item.role)),
            Column(
                translate("PackagesView", "Proposed figure"), None, _figure_text, tooltip=_figure_tooltip, numeric=True
            ),
            Column(
                translate("PackagesView", "Notes"),
                None,
                lambda r, _: _first_line(r.item.notes),
                tooltip=lambda r, _: r.item.notes,
            ),
            Column(
                translate("PackagesView", "Level"),
                None,
                _level_text,
                tooltip=_level_tooltip,
                icon=lambda r, _: self._absolute_icon(True) if scoring.level_of(r.item, r.agenda) == "beyond" else None,
            ),
        ]

    LEVEL_COLUMN = 5

    def show_extra(self, record: model.Record | None) -> None:
        package = record if isinstance(record, model.Package) and not record.deleted else None
        # the same package shown again (after a change): keep its selected item
        previous = self.current_item()
        same = package is not None and self._package is not None and package.id == self._package.id
        keep = self._want_item or (previous.id if same and previous is not None else None)
        self._want_item = None
        self._package = package
        store = self.workspace.store
        check = self.check(package) if package is not None else None
        breaking = causes(check)
        rows: list[ItemRow] = []
        if package is not None:
            for item in store.children(model.PackageItem, "package_id", package.id):
                agenda = store.get(model.AgendaItem, item.agenda_item_id)
                rows.append(ItemRow(item, agenda, tuple(breaking.get(item.agenda_item_id, ()))))
        self.items_model.set_rows(rows)
        self._show_value(package, rows)
        unchecked = [r for r, _ in self._report(package).broken_rules] if package is not None else []
        self.violations.show_check(check, unchecked)
        self.home.show_check(self.home_check(package) if package is not None else None, len(self.constituencies()))
        # with no constituency recorded there is nothing to say at home (the table's cell says so)
        self.home.setVisible(bool(self.constituencies()))

        choices: list[tuple[str | None, str]] = []
        if package is not None and self.workspace.dossier_id is not None:
            present = {r.item.agenda_item_id for r in rows}
            choices = [c for c in self.workspace.choices(model.AgendaItem) if c[0] not in present]
        choices_of(self.add_item_combo, ChoiceModel).set_choices(choices)
        row = self.items_model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.items_table.selectionModel().setCurrentIndex(
                self.items_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_item()

    def _show_value(self, package: model.Package | None, rows: list[ItemRow]) -> None:
        """The package's value for us and them, its give/get balance and what to warn about."""
        if package is None or not rows:
            self.value_label.setText(
                translate("PackagesView", "No items yet: nothing to value.") if package is not None else ""
            )
            self.value_warnings.hide()
            return
        # the rows hold the package's items and their agenda items already
        held = {r.agenda.id: r.agenda for r in rows if r.agenda is not None and not r.agenda.deleted}
        worth = scoring.valued(replace(package, items=[r.item for r in rows]), held, self.check(package))
        self._values[package.id] = worth
        theirs = (
            translate("PackagesView", "for them: {theirs}").format(theirs=format_number(worth.theirs))
            if worth.theirs is not None
            else translate("PackagesView", "for them: not modelled")
        )
        ours = self._ours_text(worth)
        if not worth.acceptable:  # (the red lines it breaks are listed just below)
            ours = translate("PackagesView", "unacceptable ({value})").format(value=ours)
        self.value_label.setText(
            translate("PackagesView", "Value for us: {ours}; {theirs} — {balance}").format(
                ours=ours, theirs=theirs, balance=self._balance_text(worth)
            )
        )
        self.value_label.setToolTip("" if worth.acceptable else self._unacceptable_text(worth))
        self.value_warnings.setText("\n".join("⚠ " + _sentence(w) for w in worth.warnings))
        self.value_warnings.setStyleSheet(f"color: {error_color(self).name()};")
        self.value_warnings.setVisible(bool(worth.warnings))

    def current_item(self) -> model.PackageItem | None:
        if not hasattr(self, "items_table"):
            return None
        index = self.items_table.selectionModel().currentIndex()
        row = self.items_model.row(index.row()) if index.isValid() else None
        return row.item if row is not None else None

    def _show_item(self) -> None:
        """Fill the editors of the selected item (or empty and disable them)."""
        item = self.current_item()
        index = self.items_table.selectionModel().currentIndex()
        row = self.items_model.row(index.row()) if index.isValid() else None
        self._loading = True
        try:
            self.item_role.setCurrentIndex(max(self.item_role.findData(item.role), 0) if item else 0)
            self._fill_levels(row)
            self.item_value.setText(format_number(item.value) if item and item.value is not None else "")
            self.item_notes.setText(item.notes if item else "")
            unit = row.agenda.figure_unit if row is not None and row.agenda is not None else ""
            self.item_unit.setText(unit)
            self.item_unit.setVisible(bool(unit))
            self._show_problem(None)
        finally:
            self._loading = False
        self._update_item_controls()

    def _fill_levels(self, row: ItemRow | None) -> None:
        """Set the level combo to the item's level; say what "by role" means for it, and what
        each step of its agenda item's ladder says and is worth."""
        item = row.item if row is not None else None
        by_role = "target" if item is not None and item.role == "get" else "fallback"
        self.item_level.setItemText(
            0,
            translate("PackagesView", "(by role: {step})").format(step=level_label(by_role))
            if item
            else translate("PackagesView", "(by role)"),
        )
        agenda = row.agenda if row is not None else None
        for index in range(self.item_level.count()):
            level = self.item_level.itemData(index) or by_role
            tip = ""
            if agenda is not None:
                if level == "beyond":
                    tip = translate("PackagesView", "Past the walk-away point: worth nothing to us")
                else:
                    worth = translate("PackagesView", "worth {score} of 100 to us").format(
                        score=scoring.score(agenda, level)
                    )
                    position = getattr(agenda, level, "").strip()
                    tip = f"{position} — {worth}" if position else worth
            self.item_level.setItemData(index, tip or None, Qt.ItemDataRole.ToolTipRole)
        current = max(self.item_level.findData(item.level), 0) if item else 0
        for index in range(1, self.item_level.count()):
            self.item_level.setItemText(index, level_label(self.item_level.itemData(index)))
        if item is not None and agenda is not None:
            settled = scoring.level_of(item, agenda)
            if settled != scoring.level_of(item):  # the proposed figure moves it: the box says so
                chosen = item.level or by_role
                self.item_level.setItemText(
                    current,
                    translate("PackagesView", "{chosen} → {step} (by the figure)").format(
                        chosen=level_label(chosen) if item.level else self.item_level.itemText(0),
                        step=level_label(settled),
                    ),
                )
        self.item_level.setCurrentIndex(current)

    def _update_item_controls(self) -> None:
        writable = not self.workspace.readonly and self._package is not None
        has_item = self.current_item() is not None
        for widget in (self.item_role, self.item_level, self.item_value, self.item_notes, self.remove_item_button):
            widget.setEnabled(writable and has_item)
        can_add = writable and self.add_item_combo.count() > 0
        for widget in (self.add_item_combo, self.add_item_role, self.add_item_button):
            widget.setEnabled(can_add)

    def _show_problem(self, problem: str | None) -> None:
        if problem:
            self.item_error.setText(translate("PackagesView", "Proposed figure: {problem}").format(problem=problem))
            self.item_error.setStyleSheet(f"color: {error_color(self).name()};")
            self.item_error.show()
        else:
            self.item_error.hide()
        mark_invalid(self.item_value, bool(problem))
        self.item_value.setProperty("invalid", bool(problem))

    def _check_value(self) -> None:
        if not self._loading:
            self._show_problem(field_problem(model.PackageItem, "value", typed_number(self.item_value.text())))

    def _commit_item(self, name: str) -> None:
        """Save a change to the selected item's role, level, figure or notes as one step."""
        if self._loading or self.workspace.readonly:
            return
        item = self.current_item()
        if item is None:
            return
        if name == "role":
            value = self.item_role.currentData()
        elif name == "level":
            value = self.item_level.currentData()
        elif name == "value":
            value = typed_number(self.item_value.text())
        else:
            value = self.item_notes.text()
        problem = field_problem(model.PackageItem, name, value)
        if name == "value":
            self._show_problem(problem)
        if problem:
            if name != "value":
                self.workspace.problem.emit(problem)
            return  # the field keeps what was typed, and says what is wrong with it
        if getattr(item, name) == value:
            return
        labels = {
            "role": translate("PackagesView", "Change role of package item"),
            "level": translate("PackagesView", "Change level of package item"),
            "value": translate("PackagesView", "Edit proposed figure"),
            "notes": translate("PackagesView", "Edit package item notes"),
        }
        self._want_item = item.id
        if self.workspace.edit(labels[name], item, **{name: value}) is None:
            self._want_item = None

    def add_item(self) -> None:
        """Put the chosen agenda item into the package with the chosen role."""
        package = self._package
        agenda_id = self.add_item_combo.currentData()
        if package is None or agenda_id is None or self.workspace.readonly:
            return
        existing = self.workspace.store.children(model.PackageItem, "package_id", package.id)
        item = model.PackageItem(
            id=package_item_id(package.id, agenda_id),
            dossier_id=package.dossier_id,
            package_id=package.id,
            agenda_item_id=agenda_id,
            role=self.add_item_role.currentData(),
            value=None,
            position=next_position(existing),
        )
        self._want_item = item.id
        if self.workspace.apply(translate("PackagesView", "Add item to package"), puts=[item]) is None:
            self._want_item = None

    def remove_item(self) -> None:
        """Take the selected item out of the package (undoable)."""
        item = self.current_item()
        if item is None or self.workspace.readonly:
            return
        row = self.items_table.selectionModel().currentIndex().row()
        rows = self.items_model.rows()
        # keep the selection where it was: on the next item, or the one before the last
        after = rows[row + 1] if row + 1 < len(rows) else (rows[row - 1] if row > 0 else None)
        self._want_item = after.id if after is not None else None
        if self.workspace.apply(translate("PackagesView", "Remove item from package"), deletes=[item]) is None:
            self._want_item = None

    # --- equivalent offers ------------------------------------------------------------------

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "propose_action"):  # not yet while the section is being built
            self.propose_action.setEnabled(not self.workspace.readonly and self.workspace.dossier_id is not None)

    def propose_offers(self) -> None:
        """Open the dialog that proposes offers of about equal value; show the first added."""
        if self.workspace.dossier_id is None or self.workspace.readonly:
            return
        from negoprep.ui.dialogs.offers_dialog import OffersDialog  # it uses this module's labels

        dialog = OffersDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.added and self.select(dialog.added[0]))
        self.offers_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "offers_dialog", None))
        dialog.open()
