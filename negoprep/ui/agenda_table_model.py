"""The agenda items of a dossier as a table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from negoprep.model import LIKELIHOODS, STATUSES, AgendaItem
from negoprep.ui.labels import enum_label
from negoprep.ui.record_table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTableModel", text)


def _weight(item: AgendaItem) -> str:
    return f"{item.weight:g}"


class AgendaTableModel(RecordTableModel):
    """Agenda items with their track and owner by name."""

    def __init__(self, parent: Any = None) -> None:
        self.track_names: Mapping[str, str] = {}
        self.owner_names: Mapping[str, str] = {}
        super().__init__(parent)

    def set_names(self, tracks: Mapping[str, str], owners: Mapping[str, str]) -> None:
        self.track_names = tracks
        self.owner_names = owners

    def columns(self) -> list[Column]:
        return [
            Column(_tr("Agenda item"), lambda i: i.title, tooltip=lambda i: i.description),
            Column(_tr("Track"), lambda i: self.track_names.get(i.track_id, "")),
            Column(_tr("Priority"), lambda i: str(i.priority), sort=lambda i: i.priority, numeric=True),
            Column(_tr("Weight"), _weight, sort=lambda i: i.weight, numeric=True),
            Column(
                _tr("Likelihood"),
                lambda i: enum_label(i.likelihood),
                sort=lambda i: LIKELIHOODS.index(i.likelihood),
            ),
            Column(_tr("Status"), lambda i: enum_label(i.status), sort=lambda i: STATUSES.index(i.status)),
            Column(_tr("Owner"), lambda i: self.owner_names.get(i.owner_id or "", "")),
            Column(_tr("Our position"), lambda i: " ".join(i.our_position.split()), tooltip=lambda i: i.our_position),
        ]
