"""The red lines of a dossier as a table, each rule said in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from negoprep.model import SEVERITIES, RedLine
from negoprep.rules import describe_rule
from negoprep.ui.labels import enum_label
from negoprep.ui.record_table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RedLineTableModel", text)


class RedLineTableModel(RecordTableModel):
    """Red lines with severity, rule and approver."""

    def __init__(self, parent: Any = None) -> None:
        self.track_names: Mapping[str, str] = {}
        self.item_titles: Mapping[str, str] = {}
        self.item_units: Mapping[str, str] = {}
        super().__init__(parent)

    def set_names(self, tracks: Mapping[str, str], items: Mapping[str, str], units: Mapping[str, str]) -> None:
        self.track_names = tracks
        self.item_titles = items
        self.item_units = units

    def _rule(self, red_line: RedLine) -> str:
        return describe_rule(red_line.rule, self.track_names, self.item_titles, self.item_units)

    def columns(self) -> list[Column]:
        return [
            Column(_tr("Red line"), lambda r: r.title, tooltip=lambda r: r.statement),
            Column(
                _tr("Severity"),
                lambda r: enum_label(r.severity),
                sort=lambda r: SEVERITIES.index(r.severity),
            ),
            Column(_tr("Rule"), self._rule, tooltip=self._rule),
            Column(_tr("Approved by"), lambda r: r.approved_by),
        ]
