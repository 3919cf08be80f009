"""The Agenda section: agenda items with positions, mandate ladder, priorities and weights.

The mandate ladder reads as a small grid — each step's position, who approved it and what
settling there is worth to us — and the weights (ours, and theirs where we model them) are
totalled beside the fields that set them, since each should add up to 100 over the agenda.
"Team weights…" shows each delegate's own weights beside the dossier's, and adopts the team's
combined weights (negoprep.ui.dialogs.team_weights_dialog).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.ui.icons import icon
from negoprep.ui.labels import enum_label
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.record_form import FormField, PlainTextEdit, error_color, format_number, hold_place
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def step_label(step: str) -> str:
    """A step of the mandate ladder (model.LADDER) as a person reads it."""
    return {
        "opening": translate("AgendaView", "Opening"),
        "target": translate("AgendaView", "Target"),
        "fallback": translate("AgendaView", "Fallback"),
        "walk_away": translate("AgendaView", "Walk-away"),
    }.get(step, step)


class AgendaView(SectionView):
    rtype = model.AgendaItem
    updates_in_place = True
    watches = frozenset({"tracks", "participants"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.toolbar.addSeparator()
        self.team_action = QAction(icon("delegation"), translate("AgendaView", "Team weights…"), self)
        self.team_action.setObjectName("team_weights")
        self.team_action.setToolTip(
            translate(
                "AgendaView", "Each delegate's own weights, where the team disagrees, and adopting the combined weights"
            )
        )
        self.team_action.triggered.connect(self.open_team_weights)
        self.toolbar.addAction(self.team_action)
        button = self.toolbar.widgetForAction(self.team_action)
        if isinstance(button, QToolButton):
            # the delegation's icon alone would read as "go to the Delegation section"
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.team_dialog: QWidget | None = None  # while "Team weights" is open
        self._update_actions()

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "team_action"):  # not yet while the section is being built
            self.team_action.setEnabled(self.workspace.dossier_id is not None)

    def open_team_weights(self) -> None:
        """Open the grid of the delegates' own weights (one at a time)."""
        if self.workspace.dossier_id is None:
            return
        if self.team_dialog is not None:
            self.team_dialog.raise_()
            self.team_dialog.activateWindow()
            return
        from negoprep.ui.dialogs.team_weights_dialog import TeamWeightsDialog

        dialog = TeamWeightsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.team_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "team_dialog", None))
        dialog.open()

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("AgendaView", "Agenda item"),
                "title",
                lambda i, _: i.title,
                tooltip=lambda i, _: i.description,
            ),
            Column(translate("AgendaView", "Track"), "track_id", lambda i, names: names(model.Track, i.track_id)),
            Column(translate("AgendaView", "Priority"), "priority", lambda i, _: str(i.priority), numeric=True),
            Column(
                translate("AgendaView", "Flexibility"), "flexibility", lambda i, _: str(i.flexibility), numeric=True
            ),
            Column(translate("AgendaView", "Weight"), "weight", lambda i, _: format_number(i.weight), numeric=True),
            Column(translate("AgendaView", "Likelihood"), "likelihood", lambda i, _: enum_label(i.likelihood)),
            Column(translate("AgendaView", "Status"), "status", lambda i, _: enum_label(i.status)),
            Column(translate("AgendaView", "Owner"), "owner_id", lambda i, names: names(model.Participant, i.owner_id)),
            Column(translate("AgendaView", "Disclosure"), "disclosure", lambda i, _: enum_label(i.disclosure)),
        ]

    def column_widths(self) -> list[int]:
        return [260, 130, 60, 70, 60, 80, 70, 120]

    def _ladder_fields(self) -> list[FormField]:
        """Each step's position, approver and score; laid out as a grid by extra_details."""
        fields = []
        for step in model.LADDER:
            fields += [
                FormField(step, tooltip=translate("AgendaView", "What we say at this step of the mandate ladder")),
                FormField(
                    f"{step}_approved_by", tooltip=translate("AgendaView", "Who approved this step of the mandate")
                ),
                FormField(
                    f"{step}_score",
                    tooltip=translate(
                        "AgendaView", "What settling the item at this step is worth to us, from 0 to 100"
                    ),
                ),
            ]
        return fields

    def form_fields(self) -> list[FormField]:
        return [
            FormField("title"),
            FormField("track_id"),
            FormField("description"),
            FormField("our_position"),
            FormField("their_position"),
            FormField("interests", translate("AgendaView", "Interests behind it")),
            # the other side beside ours, then what a fair outcome can be argued from
            FormField("their_interests"),
            FormField("criteria"),
            *self._ladder_fields(),
            FormField("priority", tooltip=translate("AgendaView", "1 (low) to 5 (vital)")),
            FormField("flexibility", tooltip=translate("AgendaView", "1 (none) to 5 (much room)")),
            FormField("weight", tooltip=translate("AgendaView", "Share of 100 points across all agenda items")),
            FormField(
                "their_weight",
                tooltip=translate(
                    "AgendaView", "How much the item matters to them, as we model it: a share of their 100 points"
                ),
                placeholder=translate("AgendaView", "not modelled"),
            ),
            FormField("stance"),
            FormField("likelihood", translate("AgendaView", "Likelihood it comes up")),
            FormField("status"),
            FormField("owner_id"),
            FormField("disclosure"),
            FormField("figure_value", tooltip=translate("AgendaView", "A number this item turns on")),
            FormField(
                "figure_unit",
                translate("AgendaView", "Unit"),
                placeholder=translate("AgendaView", "e.g. USD bn, %, KRW tn"),
            ),
            FormField("figure_source"),
            FormField(
                "figure_better",
                tooltip=translate(
                    "AgendaView",
                    "Which way the figure is better for us: with it, a package's proposed figure places the item "
                    "on its mandate ladder",
                ),
                placeholder=translate("AgendaView", "not said"),
            ),
            *(
                FormField(
                    f"figure_{step}",
                    tooltip=translate(
                        "AgendaView",
                        "The figure at this step of the mandate ladder; a proposed figure past the walk-away "
                        "figure is beyond the walk-away point",
                    ),
                    placeholder=translate("AgendaView", "none"),
                )
                for step in model.LADDER
            ),
            # beside our own walk-away figure, in the same unit: the zone of agreement reads off
            FormField(
                "their_walk_away",
                tooltip=translate(
                    "AgendaView",
                    "Where we believe the other side would walk away, in the unit of the key figure",
                ),
                placeholder=translate("AgendaView", "not estimated"),
            ),
        ]

    # --- the ladder grid and the totals, placed inside the form -----------------------------

    def _take(self, name: str) -> QWidget:
        """Take a field's row out of the form, keeping its editor and error line (the form
        still fills, checks and saves it), and return what holds them."""
        box = self.form.widgets[name].parentWidget()
        result = self.form.layout_.takeRow(box)
        label = result.labelItem.widget() if result.labelItem is not None else None
        if label is not None:
            label.hide()  # at once: deleteLater waits for the event loop
            label.deleteLater()
        return box

    def extra_details(self) -> list[QWidget]:
        layout = self.form.layout_
        at, _ = layout.getWidgetPosition(self.form.widgets["opening"].parentWidget())

        self.ladder_box = QGroupBox(translate("AgendaView", "Mandate ladder"), objectName="mandate_ladder")
        self.ladder_box.setToolTip(translate("AgendaView", "From what we ask first to the point where we walk away"))
        grid = QGridLayout(self.ladder_box)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        # each step on two lines: the position across the width (it is a sentence), then who
        # approved it and its score; a grid of four narrow columns cut the sentences short
        for n, step in enumerate(model.LADDER):
            row = 3 * n
            label = QLabel(step_label(step) + ":")
            label.setBuddy(self.form.widgets[step])
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            spin = self.form.widgets[f"{step}_score"]
            assert isinstance(spin, QSpinBox)
            # typing "75" saves once, on leaving the box, not as 7 and then 75
            spin.setKeyboardTracking(False)
            approved = QLabel(translate("AgendaView", "approved by"))
            approved.setBuddy(self.form.widgets[f"{step}_approved_by"])
            scored = QLabel(translate("AgendaView", "score for us"))
            scored.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(self._take(step), row, 1, 1, 4)
            grid.addWidget(approved, row + 1, 1, Qt.AlignmentFlag.AlignRight)
            approver = self.form.widgets[f"{step}_approved_by"]
            # the approver takes what is left of the line, so that the grid asks for no more
            # width than the form did before it (the agenda table keeps its room)
            approver.setSizePolicy(QSizePolicy.Policy.Ignored, approver.sizePolicy().verticalPolicy())
            approver.setMinimumWidth(approver.fontMetrics().horizontalAdvance("x" * 12))
            if isinstance(approver, PlainTextEdit):
                approver.least = 1  # a name or two: one line, more as it grows
            grid.addWidget(self._take(f"{step}_approved_by"), row + 1, 2)
            grid.addWidget(scored, row + 1, 3, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self._take(f"{step}_score"), row + 1, 4)
            if n < len(model.LADDER) - 1:
                grid.setRowMinimumHeight(row + 2, 6)  # a gap between steps
        grid.setColumnStretch(2, 1)
        # the note's room is kept while it is hidden: the fields under the ladder stay put when
        # a score changed in the ladder brings it up
        self.ladder_note = hold_place(QLabel(self._ladder_note_text(), objectName="ladder_note", wordWrap=True))
        self.ladder_note.hide()
        grid.addWidget(self.ladder_note, 3 * len(model.LADDER), 0, 1, 5)
        layout.insertRow(at, self.ladder_box)

        # the running totals, under the two weights they add up
        self.weight_total = QLabel(objectName="weight_total")
        self.weight_total.setAccessibleName(translate("AgendaView", "Total of weights"))
        self.their_weight_total = QLabel(objectName="their_weight_total")
        self.their_weight_total.setAccessibleName(translate("AgendaView", "Total of their weights"))
        totals = QWidget()
        column = QVBoxLayout(totals)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.weight_total)
        column.addWidget(self.their_weight_total)
        below, _ = layout.getWidgetPosition(self.form.widgets["their_weight"].parentWidget())
        layout.insertRow(below + 1, "", totals)
        return []

    @staticmethod
    def _ladder_note_text() -> str:
        return translate("AgendaView", "The scores should fall from the opening to the walk-away point.")

    def _their_weights(self) -> tuple[float, int]:
        """The total of their weights and how many items have one."""
        dossier_id = self.workspace.dossier_id
        return self.workspace.store.their_weight_total(dossier_id) if dossier_id else (0.0, 0)

    def _show_total(self, label: QLabel, text: str, wrong: bool) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {error_color(self).name()};" if wrong else "")

    def show_extra(self, record: model.Record | None) -> None:
        dossier_id = self.workspace.dossier_id
        total = self.workspace.store.weight_total(dossier_id) if dossier_id else 0.0
        text = translate("AgendaView", "Weights of all agenda items: {total} of 100").format(
            total=format_number(round(total, 6))
        )
        wrong = abs(total - 100) > 1e-6
        if wrong:
            text += " — " + translate("AgendaView", "they should add up to 100")
        self._show_total(self.weight_total, text, wrong)

        theirs, modelled = self._their_weights()
        if not modelled:
            text, wrong = translate("AgendaView", "Their weights: not modelled on any item"), False
        else:
            text = (
                translate("AgendaView", "Their weights ({n} item modelled): {total} of 100")
                if modelled == 1
                else translate("AgendaView", "Their weights ({n} items modelled): {total} of 100")
            ).format(n=modelled, total=format_number(round(theirs, 6)))
            wrong = abs(theirs - 100) > 1e-6
            if wrong:
                text += " — " + translate("AgendaView", "they should add up to 100")
        self._show_total(self.their_weight_total, text, wrong)

        # a ladder whose scores rise on the way down is most likely a slip
        item = record if isinstance(record, model.AgendaItem) else None
        scores = [getattr(item, f"{step}_score") for step in model.LADDER] if item else []
        if any(later > earlier for earlier, later in itertools.pairwise(scores)):
            self.ladder_note.setText(self._ladder_note_text())
            self.ladder_note.setStyleSheet(f"color: {error_color(self).name()};")
            self.ladder_note.show()
        else:
            self.ladder_note.hide()

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        tracks = self.workspace.store.records(model.Track, dossier_id)
        if not tracks:
            QMessageBox.information(
                self,
                translate("AgendaView", "No track yet"),
                translate("AgendaView", "Add a track first (Overview → Tracks): every agenda item is on one."),
            )
            return None
        return model.AgendaItem(
            id=new_id(),
            dossier_id=dossier_id,
            track_id=tracks[0].id,
            title=translate("AgendaView", "New agenda item"),
            position=position,
        )
