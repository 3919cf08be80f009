"""Proposing several packages of about equal value to us (multiple equivalent simultaneous
offers), and adding those the person keeps as packages of the dossier.

Putting two or three offers of the same worth to us on the table at once lets the other
side's choice tell us what it values. The offers come from `negoprep.analysis.scoring.propose_equivalent`:
built from the heaviest agenda items, each gives and gets, and none breaks a red line.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from negoprep.analysis import scoring
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.numbers import typed_number
from negoprep.redlines.check import check_package
from negoprep.ui.record_form import error_color, format_number, hold_place
from negoprep.ui.sections.packages_view import level_label, role_label
from negoprep.ui.workspace import Workspace


def why_none(items: list[model.AgendaItem], red_lines: list[model.RedLine], tracks: dict[str, str], size: int) -> str:
    """Why no offer could be built from these items, in plain words."""
    pool = scoring.candidate_pool(items)
    if not pool:
        return translate("OffersDialog", "No agenda item has a weight yet: give the items weights (Agenda) first.")
    seek = [i for i in pool if i.stance == "offensive"]
    defend = [i for i in pool if i.stance != "offensive"]
    if not seek:
        return translate(
            "OffersDialog",
            "None of the weighted items is one we seek (stance Offensive): an offer must get something in return.",
        )
    if not defend:
        return translate(
            "OffersDialog",
            "None of the weighted items is one we defend (stance Defensive): there is nothing we could give.",
        )
    by_id = {i.id: i for i in items}

    def breaks(item: model.AgendaItem, role: str) -> bool:
        entry = model.PackageItem(id="", dossier_id="", package_id="", agenda_item_id=item.id, role=role)
        package = model.Package(id="", dossier_id="", name="", items=[entry])
        return bool(check_package(package, red_lines, by_id, tracks).violations)

    if all(breaks(i, "give") for i in defend):
        return translate("OffersDialog", "There is no item we could give without breaking a red line.")
    if all(breaks(i, "get") for i in seek):
        return translate("OffersDialog", "There is no item we could get without breaking a red line.")
    if size > len(pool):
        return translate("OffersDialog", "Only {n} agenda items have a weight: ask for fewer items per offer.").format(
            n=len(pool)
        )
    return translate(
        "OffersDialog",
        "Every combination of {size} of the heaviest items breaks a red line or gives more weight than it gets: "
        "try fewer items per offer.",
    ).format(size=size)


def _cell(text: str, tooltip: str = "", numeric: bool = False) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    if tooltip:
        cell.setToolTip(tooltip)
    if numeric:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


class OffersDialog(QDialog):
    """Ask for offers, look at them, and add the chosen ones as packages (one undo step)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("offers_dialog")
        self.setWindowTitle(translate("OffersDialog", "Propose equivalent offers"))
        self.resize(720, 560)
        self.proposals: list[scoring.Proposal] = []
        self._items: dict[str, model.AgendaItem] = {}  # the agenda read for the last proposal
        #: the packages added, in order (the section selects the first)
        self.added: list[str] = []

        intro = QLabel(
            translate(
                "OffersDialog",
                "Several packages of about the same value to us, to put on the table at once: which one "
                "the other side prefers tells us what it values. Each is built from the heaviest agenda "
                "items, gives what we defend (at its fallback) and gets what we seek (at its target), "
                "and breaks no red line.",
            ),
            wordWrap=True,
        )

        self.count = QSpinBox(objectName="offers_count", minimum=1, maximum=6, value=3)
        self.count.setAccessibleName(translate("OffersDialog", "Number of offers"))
        self.count.setToolTip(translate("OffersDialog", "How many offers to propose"))
        self.size = QSpinBox(objectName="offers_size", minimum=2, maximum=6, value=4)
        self.size.setAccessibleName(translate("OffersDialog", "Items per offer"))
        self.size.setToolTip(translate("OffersDialog", "How many agenda items each offer holds"))
        self.target = QLineEdit(objectName="offers_target")
        self.target.setAccessibleName(translate("OffersDialog", "Target value for us"))
        self.target.setPlaceholderText(translate("OffersDialog", "middle of what is possible"))
        self.target.setToolTip(
            translate(
                "OffersDialog",
                "The value for us, in points, the offers should be worth; empty: the middle of what is possible",
            )
        )
        self.target.setClearButtonEnabled(True)
        self.target.textChanged.connect(self._check_target)
        self.target_error = hold_place(QLabel(objectName="offers_target_error", wordWrap=True))
        self.target_error.hide()
        self.tolerance = QDoubleSpinBox(objectName="offers_tolerance", minimum=0, maximum=100, value=3)
        self.tolerance.setDecimals(1)
        self.tolerance.setSingleStep(0.5)
        self.tolerance.setSuffix(translate("OffersDialog", " points"))
        self.tolerance.setAccessibleName(translate("OffersDialog", "Tolerance"))
        self.tolerance.setToolTip(
            translate("OffersDialog", "How far, in points for us, the offers may be apart in value")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.target.setMinimumWidth(self.target.fontMetrics().horizontalAdvance(self.target.placeholderText()) + 40)
        form.addRow(translate("OffersDialog", "Offers:"), self.count)
        form.addRow(translate("OffersDialog", "Items per offer:"), self.size)
        target_column = QVBoxLayout()
        target_column.setSpacing(2)
        target_column.addWidget(self.target)
        target_column.addWidget(self.target_error)
        form.addRow(translate("OffersDialog", "Target value for us:"), target_column)
        form.addRow(translate("OffersDialog", "Tolerance:"), self.tolerance)

        self.propose_button = QPushButton(translate("OffersDialog", "Propose"), objectName="offers_propose")
        self.propose_button.setAccessibleName(translate("OffersDialog", "Propose offers"))
        self.propose_button.setToolTip(translate("OffersDialog", "Build offers from the dossier's agenda items"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        propose_row = QHBoxLayout()
        propose_row.addWidget(self.propose_button)
        propose_row.addStretch()

        self.status = QLabel(objectName="offers_status", wordWrap=True)
        self.status.setAccessibleName(translate("OffersDialog", "What was proposed"))

        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(lambda _: self._update_buttons())
        self.view = QTreeView(objectName="offers_view")
        self.view.setAccessibleName(translate("OffersDialog", "Proposed offers"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            translate("OffersDialog", "Add as packages"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("offers_add")
        self.add_button.setAccessibleName(translate("OffersDialog", "Add the ticked offers as packages"))
        self.add_button.setToolTip(
            translate("OffersDialog", "Add the ticked offers to the dossier as our packages (one step to undo)")
        )
        # not through `accepted`: adding may be refused, and then the dialog stays open
        self.add_button.clicked.connect(self.add_packages)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(propose_row)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._show([])
        self.status.setText(translate("OffersDialog", "Set what you want and press Propose."))

    # --- asking -----------------------------------------------------------------------------

    def target_value(self) -> float | str | None:
        """The typed target: a number, None when empty, or the text when it is no number."""
        value = typed_number(self.target.text())
        return float(value) if isinstance(value, int | float) else value

    def _check_target(self) -> None:
        value = self.target_value()
        problem = ""
        if isinstance(value, str):
            problem = translate("OffersDialog", "The target must be a number of points, e.g. 25.")
        elif value is not None and value < 0:
            problem = translate("OffersDialog", "The target cannot be below 0.")
        self.target_error.setText(problem)
        self.target_error.setStyleSheet(f"color: {error_color(self).name()};")
        self.target_error.setVisible(bool(problem))
        self.propose_button.setEnabled(not problem)

    def propose(self) -> None:
        """Build the offers from the dossier's agenda items, red lines and tracks."""
        dossier_id = self.workspace.dossier_id
        target = self.target_value()
        if dossier_id is None or isinstance(target, str):
            return
        store = self.workspace.store
        # the whole agenda, read once at the person's request: the proposer weighs every item
        items = store.records(model.AgendaItem, dossier_id)
        red_lines = store.records(model.RedLine, dossier_id)
        tracks = {t.id: t.name for t in store.records(model.Track, dossier_id)}
        proposals = scoring.propose_equivalent(
            dossier_id,
            items,
            red_lines,
            tracks,
            count=self.count.value(),
            size=self.size.value(),
            target=target,
            tolerance=self.tolerance.value(),
        )
        self._items = {i.id: i for i in items}
        self._show(proposals)
        if not proposals:
            self.status.setText(
                translate("OffersDialog", "No offer could be built. {why}").format(
                    why=why_none(items, red_lines, tracks, self.size.value())
                )
            )
            self.status.setStyleSheet(f"color: {error_color(self).name()};")
            return
        self.status.setStyleSheet("")
        values = [p.value.ours for p in proposals]
        text = translate(
            "OffersDialog", "{n} offers worth {low} to {high} points to us, none breaking a red line."
        ).format(n=len(proposals), low=format_number(min(values)), high=format_number(max(values)))
        if len(proposals) == 1:
            text = translate("OffersDialog", "1 offer worth {value} points to us, breaking no red line.").format(
                value=format_number(values[0])
            )
        manual = [r.title for r in red_lines if r.rule.get("kind") == "manual"]
        if manual:
            text += " " + translate(
                "OffersDialog", "Red lines only a person can check still apply to each: {titles}."
            ).format(titles="; ".join(f"“{t}”" for t in manual))
        if len(proposals) < self.count.value():
            text += " " + translate(
                "OffersDialog", "No more differ enough from these within the tolerance: widen it for more."
            )
        self.status.setText(text)

    # --- showing ----------------------------------------------------------------------------

    def _show(self, proposals: list[scoring.Proposal]) -> None:
        self.proposals = [self._named(p, n) for n, p in enumerate(proposals)]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                translate("OffersDialog", "Offer"),
                translate("OffersDialog", "Role"),
                translate("OffersDialog", "Level"),
                translate("OffersDialog", "For us"),
                translate("OffersDialog", "For them"),
            ]
        )
        for proposal in self.proposals:
            worth = proposal.value
            balance = translate("OffersDialog", "Gives {gives} (weight {given}), gets {gets} (weight {gained})").format(
                gives=worth.gives,
                given=format_number(worth.given_weight),
                gets=worth.gets,
                gained=format_number(worth.gained_weight),
            )
            name = _cell(proposal.package.name, balance)
            name.setCheckable(True)
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(proposal.package.id, Qt.ItemDataRole.UserRole)
            ours = translate("OffersDialog", "{ours} of {possible} points").format(
                ours=format_number(worth.ours), possible=format_number(worth.possible)
            )
            theirs = format_number(worth.theirs) if worth.theirs is not None else "—"
            row = [name, _cell(""), _cell(""), _cell(format_number(worth.ours), ours, True), _cell(theirs, "", True)]
            for entry in proposal.package.items:
                item = self._items.get(entry.agenda_item_id)
                if item is None:
                    continue
                level = scoring.level_of(entry, item)
                points = item.weight * scoring.score(item, level) / 100
                them = (
                    format_number(round(item.their_weight * (100 - scoring.score(item, level)) / 100, 2))
                    if item.their_weight is not None
                    else "—"
                )
                name.appendRow(
                    [
                        _cell(item.title, item.title),
                        _cell(role_label(entry.role)),
                        _cell(level_label(level), getattr(item, level, "")),
                        _cell(format_number(round(points, 2)), "", True),
                        _cell(them, "", True),
                    ]
                )
            self.model.appendRow(row)
        self.view.expandAll()
        # the titles take what the figures leave
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 60), (2, 90), (3, 80), (4, 80)):
            self.view.setColumnWidth(column, width)
        self._update_buttons()

    def _named(self, proposal: scoring.Proposal, n: int) -> scoring.Proposal:
        """The proposal under a translated name and note (the proposer's are in English)."""
        name = translate("OffersDialog", "Equivalent offer {letter} ({points} points)").format(
            letter=chr(ord("A") + n), points=format_number(proposal.value.ours)
        )
        notes = translate("OffersDialog", "Proposed as one of several offers of about equal value to us.")
        return replace(proposal, package=replace(proposal.package, name=name, notes=notes))

    def chosen(self) -> list[scoring.Proposal]:
        """The ticked offers."""
        ticked = []
        for row, proposal in enumerate(self.proposals):
            item = self.model.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.append(proposal)
        return ticked

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.chosen()) and not self.workspace.readonly)

    # --- adding -----------------------------------------------------------------------------

    def add_packages(self) -> None:
        """Write the ticked offers, packages and items, as one undoable step."""
        chosen = self.chosen()
        dossier_id = self.workspace.dossier_id
        if not chosen or dossier_id is None or self.workspace.readonly:
            return
        position = self.workspace.store.next_position(model.Package, dossier_id)
        puts: list[model.Record] = []
        for n, proposal in enumerate(chosen):
            package = replace(proposal.package, position=position + n)
            puts += [package, *package.items]
        label = (
            translate("OffersDialog", "Add {n} equivalent offers").format(n=len(chosen))
            if len(chosen) > 1
            else translate("OffersDialog", "Add an offer")
        )
        if self.workspace.apply(label, puts=puts) is None:
            return  # the workspace said why
        self.added = [p.package.id for p in chosen]
        self.accept()
