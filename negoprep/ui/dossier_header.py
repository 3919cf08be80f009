"""The top of the window: the dossier's classification, title and key facts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from negoprep.model import Dossier
from negoprep.ui.labels import enum_label


def _when(dossier: Dossier) -> str:
    def nice(value: str) -> str:
        day = date.fromisoformat(value)
        return f"{day.day} {day:%B %Y}"

    if not dossier.starts_on:
        return ""
    if dossier.ends_on and dossier.ends_on != dossier.starts_on:
        return f"{nice(dossier.starts_on)} – {nice(dossier.ends_on)}"
    return nice(dossier.starts_on)


class DossierHeader(QWidget):
    """Shows one dossier's title and facts; `show_dossier` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.classification = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.classification.setObjectName("classification")
        self.classification.setStyleSheet(
            "QLabel#classification { background: #b3261e; color: white; font-weight: bold; padding: 2px; }"
        )
        self.title = QLabel(wordWrap=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.classification)
        layout.addWidget(self.title)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.counterpart = QLabel(wordWrap=True)
        self.venue = QLabel(wordWrap=True)
        self.when = QLabel()
        self.format = QLabel()
        self.objective = QLabel(wordWrap=True)
        for label, widget in (
            (self.tr("Counterpart:"), self.counterpart),
            (self.tr("Venue:"), self.venue),
            (self.tr("Date:"), self.when),
            (self.tr("Format:"), self.format),
            (self.tr("Objective:"), self.objective),
        ):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setAccessibleName(label.rstrip(":"))
            facts.addRow(label, widget)
        layout.addLayout(facts)

    def show_dossier(self, dossier: Dossier) -> None:
        self.classification.setText(dossier.classification)
        self.classification.setVisible(bool(dossier.classification))
        self.title.setText(dossier.title)
        self.counterpart.setText(dossier.counterpart)
        self.venue.setText(dossier.venue)
        self.when.setText(_when(dossier))
        self.format.setText(enum_label(dossier.format))
        self.objective.setText(dossier.objective)
