"""The At home section: the constituencies whose support a deal needs (the domestic win-set,
Putnam's two-level game) — the National Assembly, industries, ministries, the public.

The table lists the constituencies; under a constituency's form its demands are listed and
edited (one an agenda item: the item settled at least at a step of our mandate ladder, its
figure at most or at least an amount, or the item kept out of any deal), each change one
undoable step. Under the demands, every package that fails at home or is opposed there is
listed with the reason (negoprep.analysis.winset), as the Packages section shows it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from negoprep.analysis.winset import HomeCheck, check_at_home
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import child_id, new_id, next_position
from negoprep.records.numbers import typed_number, with_unit
from negoprep.records.values import field_problem
from negoprep.ui.icons import icon
from negoprep.ui.labels import enum_label
from negoprep.ui.models.choice_model import ChoiceModel, choices_of, list_choices
from negoprep.ui.models.item_list_model import ItemListModel
from negoprep.ui.models.record_table_model import Column, Labels
from negoprep.ui.record_form import FormField, error_color, format_number, mark_invalid, numbers_only
from negoprep.ui.sections.home_panel import failure_text
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def step_label(step: str) -> str:
    """A step of the mandate ladder as a person reads it."""
    return {
        "opening": translate("ConstituenciesView", "Opening"),
        "target": translate("ConstituenciesView", "Target"),
        "fallback": translate("ConstituenciesView", "Fallback"),
        "walk_away": translate("ConstituenciesView", "Walk-away"),
    }.get(step, step)


@dataclass(frozen=True)
class DemandRow:
    """One demand with the agenda item it is on (None if that is gone)."""

    demand: model.Demand
    agenda: model.AgendaItem | None

    @property
    def id(self) -> str:
        return self.demand.id


def condition_text(demand: model.Demand, unit: str = "") -> str:
    """What a demand asks, in a few words: "at least Target; at most 0 %" or "kept out of any deal"."""
    parts = []
    if demand.excluded:
        parts.append(translate("ConstituenciesView", "kept out of any deal"))
    if demand.at_least is not None:
        parts.append(translate("ConstituenciesView", "at least {step}").format(step=step_label(demand.at_least)))
    if demand.max_value is not None:
        figure = with_unit(format_number(demand.max_value), unit)
        parts.append(translate("ConstituenciesView", "at most {figure}").format(figure=figure))
    if demand.min_value is not None:
        figure = with_unit(format_number(demand.min_value), unit)
        parts.append(translate("ConstituenciesView", "at least {figure}").format(figure=figure))
    if not parts:
        return translate("ConstituenciesView", "(no condition yet)")
    return translate("ConstituenciesView", "; ").join(parts)


class ConstituenciesView(SectionView):
    rtype = model.Constituency
    watches = frozenset({"constituency_demands", "agenda_items", "packages", "package_items"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._constituency: model.Constituency | None = None
        self._loading = False
        self._want_demand: str | None = None  # the demand to select after the list is filled again
        self._demand_counts: dict[str, int] = {}
        super().__init__(workspace, parent)

    # --- the table of constituencies --------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(translate("ConstituenciesView", "Constituency"), "name", lambda c, _: c.name),
            Column(translate("ConstituenciesView", "Kind"), "kind", lambda c, _: enum_label(c.kind)),
            # a tick says it at a glance; no text, so that the column stays narrow
            Column(
                translate("ConstituenciesView", "Veto"),
                "veto",
                lambda c, _: "",
                tooltip=lambda c, _: translate("ConstituenciesView", "Can block ratification") if c.veto else "",
                check=lambda c: bool(c.veto),
            ),
            Column(translate("ConstituenciesView", "Demands"), None, self._demand_count, numeric=True),
            Column(
                translate("ConstituenciesView", "Notes"),
                "notes",
                lambda c, _: " ".join(c.notes.split()),
                tooltip=lambda c, _: c.notes,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [200, 100, 44, 70]

    def _demand_count(self, constituency: model.Constituency, _: Labels) -> str:
        if constituency.id not in self._demand_counts:
            self._demand_counts[constituency.id] = self.workspace.store.count(
                model.Demand, constituency.dossier_id, constituency_id=constituency.id
            )
        return str(self._demand_counts[constituency.id])

    def plural(self) -> str:
        return translate("ConstituenciesView", "constituencies")

    def form_fields(self) -> list[FormField]:
        return [
            FormField("name", placeholder=translate("ConstituenciesView", "e.g. National Assembly")),
            FormField("kind"),
            FormField(
                "veto",
                tooltip=translate(
                    "ConstituenciesView", "It can block the deal's ratification: a package it rejects fails at home"
                ),
            ),
            FormField("notes"),
        ]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        return model.Constituency(
            id=new_id(),
            dossier_id=dossier_id,
            name=translate("ConstituenciesView", "New constituency"),
            position=position,
        )

    def typed_first(self, record: model.Record) -> str | None:
        return "name"  # the name is a placeholder: typing replaces it

    def with_items(self, record: model.Record) -> model.Record:
        if not isinstance(record, model.Constituency):
            raise TypeError(f"a {record.noun} is no constituency")
        return model.with_items(record, self.workspace.store.children(model.Demand, "constituency_id", record.id))

    def on_dossier(self, dossier_id: str | None) -> None:
        self._demand_counts.clear()
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        self._demand_counts.clear()  # (the refresh that follows shows the demands and verdicts again)
        super().on_changed(tables)

    # --- the constituency's demands ---------------------------------------------------------

    def extra_details(self) -> list[QWidget]:
        box = QGroupBox(translate("ConstituenciesView", "Demands"))
        box.setObjectName("demands_box")
        box.setToolTip(translate("ConstituenciesView", "What this constituency needs of a deal to support it"))
        layout = QVBoxLayout(box)

        self.demands_model = ItemListModel(self.workspace.store, self._demand_columns(), self)
        self.demands_table = QTableView(objectName="demands_table")
        self.demands_table.setAccessibleName(translate("ConstituenciesView", "Demands of the constituency"))
        self.demands_table.setModel(self.demands_model)
        self.demands_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demands_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demands_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demands_table.setAlternatingRowColors(True)
        self.demands_table.setWordWrap(False)
        self.demands_table.verticalHeader().hide()
        self.demands_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.demands_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.demands_table.setColumnWidth(0, 220)
        rows = self.demands_table.verticalHeader().defaultSectionSize()
        self.demands_table.setMinimumHeight(rows * 4 + header.sizeHint().height() + 4)
        self.demands_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_demand())
        layout.addWidget(self.demands_table)

        # the selected demand's conditions, each saved when changed
        edit = QFormLayout()
        edit.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.demand_step = QComboBox(objectName="demand_at_least")
        self.demand_step.setAccessibleName(translate("ConstituenciesView", "Step the item must settle at, at least"))
        self.demand_step.setToolTip(
            translate(
                "ConstituenciesView",
                "The deal must settle the item at this step of our mandate ladder or a better one",
            )
        )
        self.demand_step.addItem(translate("ConstituenciesView", "(any step)"), None)
        for step in model.LADDER:
            self.demand_step.addItem(step_label(step), step)
        self.demand_step.currentIndexChanged.connect(lambda _: self._commit_demand("at_least"))
        self.demand_max = self._figure_edit("demand_max", translate("ConstituenciesView", "Highest figure allowed"))
        self.demand_min = self._figure_edit("demand_min", translate("ConstituenciesView", "Lowest figure allowed"))
        self.demand_max.editingFinished.connect(lambda: self._commit_demand("max_value"))
        self.demand_min.editingFinished.connect(lambda: self._commit_demand("min_value"))
        self.demand_unit = QLabel(objectName="demand_unit")
        figures = QHBoxLayout()
        figures.addWidget(QLabel(translate("ConstituenciesView", "at most")))
        figures.addWidget(self.demand_max, 1)
        figures.addSpacing(8)
        figures.addWidget(QLabel(translate("ConstituenciesView", "at least")))
        figures.addWidget(self.demand_min, 1)
        figures.addWidget(self.demand_unit)
        self.demand_excluded = QCheckBox(
            translate("ConstituenciesView", "Kept out of any deal"), objectName="demand_excluded"
        )
        self.demand_excluded.setToolTip(
            translate("ConstituenciesView", "A deal may not hold the item at all, in either role")
        )
        self.demand_excluded.toggled.connect(lambda _: self._commit_demand("excluded"))
        self.remove_demand_button = QPushButton(
            icon("delete"), translate("ConstituenciesView", "Remove demand"), objectName="remove_demand"
        )
        self.remove_demand_button.setToolTip(translate("ConstituenciesView", "Take the selected demand away"))
        self.remove_demand_button.clicked.connect(self.remove_demand)
        excluded_row = QHBoxLayout()
        excluded_row.addWidget(self.demand_excluded, 1)
        excluded_row.addWidget(self.remove_demand_button)
        edit.addRow(translate("ConstituenciesView", "Settled at least at:"), self.demand_step)
        edit.addRow(translate("ConstituenciesView", "Figure:"), figures)
        edit.addRow("", excluded_row)
        layout.addLayout(edit)
        self.demand_error = QLabel(objectName="demand_error", wordWrap=True)
        self.demand_error.hide()
        layout.addWidget(self.demand_error)

        add_row = QHBoxLayout()
        add_label = QLabel(translate("ConstituenciesView", "Add demand on:"))
        self.add_demand_combo = QComboBox(objectName="add_demand_agenda")
        list_choices(self.add_demand_combo, ChoiceModel(self.add_demand_combo), 16)
        self.add_demand_combo.setAccessibleName(translate("ConstituenciesView", "Agenda item to add a demand on"))
        self.add_demand_combo.setToolTip(
            translate("ConstituenciesView", "The dossier's agenda items this constituency makes no demand on yet")
        )
        add_label.setBuddy(self.add_demand_combo)
        self.add_demand_button = QPushButton(
            icon("add"), translate("ConstituenciesView", "Add"), objectName="add_demand"
        )
        self.add_demand_button.setAccessibleName(translate("ConstituenciesView", "Add a demand on the agenda item"))
        self.add_demand_button.clicked.connect(self.add_demand)
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_demand_combo, 1)
        add_row.addWidget(self.add_demand_button)
        layout.addLayout(add_row)

        # every package that would not pass at home, and why
        self.packages_box = QGroupBox(translate("ConstituenciesView", "Packages at home"))
        self.packages_box.setObjectName("packages_at_home_box")
        self.packages_box.setToolTip(
            translate("ConstituenciesView", "The packages that fail at home or are opposed there, and why")
        )
        self.packages_layout = QVBoxLayout(self.packages_box)
        self.packages_labels: list[QLabel] = []
        return [box, self.packages_box]

    def _figure_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(translate("ConstituenciesView", "In the unit of the item's key figure; empty: no limit"))
        edit.setPlaceholderText("—")
        edit.setClearButtonEnabled(True)
        numbers_only(edit, self._show_problem)
        return edit

    def _demand_columns(self) -> list[Column]:
        def title(r: DemandRow, names: Labels) -> str:
            return r.agenda.title if r.agenda else names(model.AgendaItem, r.demand.agenda_item_id)

        return [
            Column(translate("ConstituenciesView", "Agenda item"), None, title, tooltip=title),
            Column(
                translate("ConstituenciesView", "Condition"),
                None,
                lambda r, _: condition_text(r.demand, r.agenda.figure_unit if r.agenda else ""),
                tooltip=lambda r, _: condition_text(r.demand, r.agenda.figure_unit if r.agenda else ""),
            ),
        ]

    def show_extra(self, record: model.Record | None) -> None:
        constituency = record if isinstance(record, model.Constituency) and not record.deleted else None
        previous = self.current_demand()
        same = constituency is not None and self._constituency is not None and constituency.id == self._constituency.id
        keep = self._want_demand or (previous.id if same and previous is not None else None)
        self._want_demand = None
        self._constituency = constituency
        store = self.workspace.store
        rows = []
        if constituency is not None:
            for demand in store.children(model.Demand, "constituency_id", constituency.id):
                rows.append(DemandRow(demand, store.get(model.AgendaItem, demand.agenda_item_id)))
        self.demands_model.set_rows(rows)
        choices: list[tuple[str | None, str]] = []
        if constituency is not None:
            present = {r.demand.agenda_item_id for r in rows}
            choices = [c for c in self.workspace.choices(model.AgendaItem) if c[0] not in present]
        choices_of(self.add_demand_combo, ChoiceModel).set_choices(choices)
        row = self.demands_model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.demands_table.selectionModel().setCurrentIndex(
                self.demands_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_demand()
        self._show_packages()

    # --- the packages' verdicts at home -----------------------------------------------------

    def home_checks(self) -> list[tuple[model.Package, HomeCheck]]:
        """Every package of the dossier with its check at home, in the packages' order."""
        store, dossier_id = self.workspace.store, self.workspace.dossier_id
        if dossier_id is None:
            return []
        constituencies = [
            model.with_items(c, store.children(model.Demand, "constituency_id", c.id))
            for c in store.records(model.Constituency, dossier_id)
        ]
        found = []
        for package in store.records(model.Package, dossier_id):
            entries = store.children(model.PackageItem, "package_id", package.id)
            held = (store.get(model.AgendaItem, e.agenda_item_id) for e in entries)
            items = {a.id: a for a in held if a is not None and not a.deleted}
            found.append((package, check_at_home(model.with_items(package, entries), constituencies, items)))
        return found

    def _show_packages(self) -> None:
        while self.packages_layout.count():
            widget = self.packages_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.packages_labels = []
        red = error_color(self).name()
        checks = self.home_checks()
        failing = [(p, c) for p, c in checks if c.failures]
        failing.sort(key=lambda pc: not pc[1].fails)  # those that fail first, then those opposed
        if not checks:
            summary = translate("ConstituenciesView", "No package yet.")
        elif not failing:
            summary = translate("ConstituenciesView", "Every package passes at home.")
        else:
            fails = sum(c.fails for _, c in failing)
            summary = translate(
                "ConstituenciesView", "{fails} of {n} packages fail at home, {opposed} opposed."
            ).format(fails=fails, n=len(checks), opposed=len(failing) - fails)
        heading = QLabel(summary, objectName="packages_at_home_summary", wordWrap=True)
        self.packages_layout.addWidget(heading)
        for package, check in failing:
            verdict = (
                translate("ConstituenciesView", "Fails") if check.fails else translate("ConstituenciesView", "Opposed")
            )
            style = f' style="color: {red};"' if check.fails else ""
            lines = "<br>".join(html.escape(failure_text(f)) for f in check.failures)
            label = QLabel(
                f"<b>{html.escape(package.name)}</b> — <span{style}>{html.escape(verdict)}</span><br>{lines}",
                wordWrap=True,
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{package.name}: {check.verdict()}")
            self.packages_layout.addWidget(label)
            self.packages_labels.append(label)

    # --- editing demands --------------------------------------------------------------------

    def current_demand(self) -> model.Demand | None:
        if not hasattr(self, "demands_table"):
            return None
        index = self.demands_table.selectionModel().currentIndex()
        row = self.demands_model.row(index.row()) if index.isValid() else None
        return row.demand if row is not None else None

    def _show_demand(self) -> None:
        """Fill the editors of the selected demand (or empty and disable them)."""
        index = self.demands_table.selectionModel().currentIndex()
        row = self.demands_model.row(index.row()) if index.isValid() else None
        demand = row.demand if row is not None else None
        self._loading = True
        try:
            self.demand_step.setCurrentIndex(max(self.demand_step.findData(demand.at_least), 0) if demand else 0)
            for edit, value in (
                (self.demand_max, demand.max_value if demand else None),
                (self.demand_min, demand.min_value if demand else None),
            ):
                edit.setText(format_number(value) if value is not None else "")
            self.demand_excluded.setChecked(bool(demand and demand.excluded))
            unit = row.agenda.figure_unit if row is not None and row.agenda is not None else ""
            self.demand_unit.setText(unit)
            self.demand_unit.setVisible(bool(unit))
            self._show_problem(None)
        finally:
            self._loading = False
        writable = not self.workspace.readonly and self._constituency is not None
        for widget in (
            self.demand_step,
            self.demand_max,
            self.demand_min,
            self.demand_excluded,
            self.remove_demand_button,
        ):
            widget.setEnabled(writable and demand is not None)
        can_add = writable and self.add_demand_combo.count() > 0
        self.add_demand_combo.setEnabled(can_add)
        self.add_demand_button.setEnabled(can_add)

    def _show_problem(self, problem: str | None, edit: QLineEdit | None = None) -> None:
        if problem:
            self.demand_error.setText(translate("ConstituenciesView", "Figure: {problem}").format(problem=problem))
            self.demand_error.setStyleSheet(f"color: {error_color(self).name()};")
            self.demand_error.show()
        else:
            self.demand_error.hide()
        for each in (self.demand_max, self.demand_min):
            mark_invalid(each, bool(problem) and (edit is None or each is edit))

    def _commit_demand(self, name: str) -> None:
        """Save a change to one condition of the selected demand as one step."""
        if self._loading or self.workspace.readonly:
            return
        demand = self.current_demand()
        if demand is None:
            return
        value: object
        if name == "at_least":
            value = self.demand_step.currentData()
        elif name == "excluded":
            value = self.demand_excluded.isChecked()
        else:
            edit = self.demand_max if name == "max_value" else self.demand_min
            value = typed_number(edit.text())
            problem = field_problem(model.Demand, name, value)
            self._show_problem(problem, edit)
            if problem:
                return  # the field keeps what was typed, and says what is wrong with it
        if getattr(demand, name) == value:
            return
        labels = {
            "at_least": translate("ConstituenciesView", "Change step of demand"),
            "max_value": translate("ConstituenciesView", "Edit highest figure of demand"),
            "min_value": translate("ConstituenciesView", "Edit lowest figure of demand"),
            "excluded": translate("ConstituenciesView", "Change exclusion of demand"),
        }
        self._want_demand = demand.id
        if self.workspace.edit(labels[name], demand, **{name: value}) is None:
            self._want_demand = None

    def add_demand(self) -> None:
        """Add a demand of this constituency on the chosen agenda item (one a constituency)."""
        constituency = self._constituency
        agenda_id = self.add_demand_combo.currentData()
        if constituency is None or agenda_id is None or self.workspace.readonly:
            return
        existing = self.workspace.store.children(model.Demand, "constituency_id", constituency.id)
        demand = model.Demand(
            id=child_id(model.Demand, constituency.id, agenda_id),
            dossier_id=constituency.dossier_id,
            constituency_id=constituency.id,
            agenda_item_id=agenda_id,
            position=next_position(existing),
        )
        self._want_demand = demand.id
        if self.workspace.apply(translate("ConstituenciesView", "Add demand"), puts=[demand]) is None:
            self._want_demand = None

    def remove_demand(self) -> None:
        """Take the selected demand away (undoable)."""
        demand = self.current_demand()
        if demand is None or self.workspace.readonly:
            return
        row = self.demands_table.selectionModel().currentIndex().row()
        rows = self.demands_model.rows()
        after = rows[row + 1] if row + 1 < len(rows) else (rows[row - 1] if row > 0 else None)
        self._want_demand = after.id if after is not None else None
        if self.workspace.apply(translate("ConstituenciesView", "Remove demand"), deletes=[demand]) is None:
            self._want_demand = None

    def show_hit(self, table: str, record_id: str) -> bool:
        """A constituency, or one of its demands (shown within its constituency)."""
        if table == model.Demand.table:
            demand = self.workspace.store.get(model.Demand, record_id)
            if demand is None or demand.deleted:
                return False
            self._want_demand = demand.id
            return self.select(demand.constituency_id)
        return super().show_hit(table, record_id)
