"""Team weights: each of our delegates' own issue weights side by side, where the team
disagrees, and adopting the team's combined weights as the dossier's in one undoable step.

A cell is a delegate's weight for an agenda item (model.TeamWeight, 0–100): typing a number
records or changes it, emptying the cell takes it away, each one undoable step. The combined
weight and the spread come from negoprep.analysis.team.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from negoprep.echo import echoed
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.records.numbers import typed_number
from negoprep.records.values import field_problem
from negoprep.ui.models.team_weights_model import TeamWeightsModel
from negoprep.ui.record_form import error_color, hold_place
from negoprep.ui.workspace import Workspace

#: the tables whose changes the grid shows
WATCHED = frozenset({"team_weights", "agenda_items", "participants"})


class TeamWeightsDialog(QDialog):
    """The grid of our delegates' weights, with the combined weights and an action adopting them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("team_weights_dialog")
        self.setWindowTitle(translate("TeamWeights", "Team weights"))
        self.resize(900, 560)

        intro = QLabel(
            translate(
                "TeamWeights",
                "Each of our delegates may weigh the agenda items (each delegate's weights should add up to "
                "100). The combined weight is the mean of those who weighted an item, scaled to add up to 100; "
                "the spread shows where the team disagrees (the largest are marked).",
            ),
            wordWrap=True,
        )
        self.model = TeamWeightsModel(self.edit_cell, self)
        self.table = QTableView(objectName="team_weights_table")
        self.table.setAccessibleName(translate("TeamWeights", "Team weights"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        # the figures as wide as they need, the titles the rest: every column in sight at once
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)

        self.message = hold_place(QLabel(objectName="team_weights_message", wordWrap=True))
        self.message.hide()
        self.adopt_button = QPushButton(translate("TeamWeights", "Adopt combined weights"), objectName="adopt_weights")
        self.adopt_button.clicked.connect(self.adopt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.adopt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        workspace.changed.connect(self._changed)
        # (a method, not a lambda: Qt forgets a method's connection when its dialog is deleted)
        workspace.dossier_changed.connect(self._dossier_changed)
        self.refresh()

    # --- showing ----------------------------------------------------------------------------

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.refresh()

    def _dossier_changed(self, _dossier_id: str | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        store, dossier_id = self.workspace.store, self.workspace.dossier_id
        if dossier_id is None:
            self.model.set_data([], [], [], editable=False)
        else:
            self.model.set_data(
                store.records(model.AgendaItem, dossier_id),
                store.records(model.Participant, dossier_id, side="ours"),
                store.records(model.TeamWeight, dossier_id),
                editable=not self.workspace.readonly,
            )
        self._update_adopt()

    def adoptable(self) -> tuple[dict[str, float], str]:
        """The weights adopting the combined ones gives every agenda item (negoprep.analysis.team:
        an item no delegate weighed keeps its weight) and, when they cannot be adopted, why."""
        model_ = self.model
        if not model_.delegates:
            return {}, translate("TeamWeights", "There is no delegate on our side (Delegation).")
        if not model_.combined:
            return {}, translate("TeamWeights", "No delegate has weighted an item yet.")
        if sum(model_.combined.values()) <= 0:
            return {}, translate("TeamWeights", "Every weight given is 0.")
        return {t.agenda_item_id: t.combined for t in model_.team}, ""

    def _update_adopt(self) -> None:
        weights, why = self.adoptable()
        same = all(i.weight == weights.get(i.id) for i in self.model.items)
        self.adopt_button.setEnabled(bool(weights) and not same and not self.workspace.readonly)
        self.adopt_button.setToolTip(
            why
            or (
                translate("TeamWeights", "The dossier's weights are the combined weights already")
                if same
                else translate("TeamWeights", "Write the combined weights into the agenda items (one step, undoable)")
            )
        )

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {error_color(self).name()};" if problem else "")
        self.message.setVisible(bool(text))

    # --- changing ---------------------------------------------------------------------------

    def edit_cell(self, item_id: str, participant_id: str, typed: str) -> None:
        """Record, change or (typed empty) take away a delegate's weight for an item."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return
        existing = self.model.weight(item_id, participant_id)
        if not typed.strip():
            if existing is not None:
                self.workspace.apply(translate("TeamWeights", "Remove team weight"), deletes=[existing])
            return
        value = typed_number(typed)
        problem = field_problem(model.TeamWeight, "weight", value)
        if problem:
            self._say(
                translate("TeamWeights", "Weight “{typed}”: {problem}").format(typed=echoed(typed), problem=problem),
                True,
            )
            return
        self._say("")
        if existing is not None:
            self.workspace.edit(translate("TeamWeights", "Change team weight"), existing, weight=value)
            return
        weight = model.TeamWeight(
            id=new_id(),
            dossier_id=dossier_id,
            participant_id=participant_id,
            agenda_item_id=item_id,
            weight=value,  # type: ignore[arg-type]  # (a number: field_problem said so)
            position=self.workspace.store.next_position(model.TeamWeight, dossier_id),
        )
        self.workspace.apply(translate("TeamWeights", "Add team weight"), puts=[weight])

    def adopt(self) -> None:
        """Write the combined weights into the agenda items' weights, as one undoable step."""
        weights, why = self.adoptable()
        if not weights or self.workspace.readonly:
            self._say(why, True)
            return
        changed = [replace(i, weight=weights[i.id]) for i in self.model.items if i.weight != weights[i.id]]
        if not changed:
            return
        if self.workspace.apply(translate("TeamWeights", "Adopt combined weights"), puts=changed) is not None:
            self._say(
                translate("TeamWeights", "The combined weights are now the dossier's ({n} items changed).").format(
                    n=len(changed)
                )
            )
