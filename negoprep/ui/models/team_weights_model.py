"""The grid of team weights: a row an agenda item, a column each of our delegates, then the
dossier's weight, the team's combined weight and the spread (negoprep.analysis.team).

The model holds what it was last given (`set_data`); a delegate's cell is editable, and an edit
is handed to `on_edit` (the dialog writes it through the workspace, then fills the model again).
The last row holds each column's total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from negoprep.analysis import team
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.ui.icons import icon
from negoprep.ui.record_form import format_number
from negoprep.ui.theme import alert_color

_Index = QModelIndex | QPersistentModelIndex
# (agenda item id, participant id, what was typed)
Edit = Callable[[str, str, str], None]


def _shown(value: float | None) -> str:
    return "" if value is None else format_number(round(value, 1))


class TeamWeightsModel(QAbstractTableModel):
    """Agenda items × our delegates' weights, with the dossier's, the combined and the spread."""

    def __init__(self, on_edit: Edit, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self.items: list[model.AgendaItem] = []
        self.delegates: list[model.Participant] = []
        self.given: dict[tuple[str, str], model.TeamWeight] = {}  # (item id, participant id) → weight
        self.combined: dict[str, float] = {}
        self.spreads: dict[str, float] = {}
        self.disputed: set[str] = set()
        self.team: list[team.TeamItem] = []
        self.editable = True

    def set_data(
        self,
        items: Sequence[model.AgendaItem],
        delegates: Sequence[model.Participant],
        weights: Sequence[model.TeamWeight],
        editable: bool = True,
    ) -> None:
        """Show `items` × `delegates` with their `weights` (those of other participants or items
        are left out)."""
        self.beginResetModel()
        self.items, self.delegates, self.editable = list(items), list(delegates), editable
        ids = {d.id for d in self.delegates}
        self.given = {(w.agenda_item_id, w.participant_id): w for w in weights if w.participant_id in ids}
        names = {d.id: d.name for d in self.delegates}
        self.team = team.team_weights(self.items, [w for w in weights if w.participant_id in ids], names)
        # (an item no delegate weighed keeps the dossier's weight: shown, not combined)
        self.combined = {t.agenda_item_id: t.combined for t in self.team if t.given}
        self.spreads = {t.agenda_item_id: t.spread for t in self.team if t.given}
        self.disputed = team.most_disputed(self.spreads)
        self.endResetModel()

    # --- the columns after the delegates' --------------------------------------------------

    @property
    def dossier_column(self) -> int:
        return 1 + len(self.delegates)

    @property
    def combined_column(self) -> int:
        return self.dossier_column + 1

    @property
    def spread_column(self) -> int:
        return self.dossier_column + 2

    def delegate_of(self, column: int) -> model.Participant | None:
        return self.delegates[column - 1] if 1 <= column <= len(self.delegates) else None

    def weight(self, item_id: str, participant_id: str) -> model.TeamWeight | None:
        return self.given.get((item_id, participant_id))

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or not self.items else len(self.items) + 1  # + the totals

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.spread_column + 1

    def _is_total(self, row: int) -> bool:
        return row == len(self.items)

    def _total(self, column: int) -> str:
        delegate = self.delegate_of(column)
        if delegate is not None:
            values = [w.weight for (_, who), w in self.given.items() if who == delegate.id]
            return _shown(sum(values)) if values else ""
        if column == self.dossier_column:
            return _shown(sum(i.weight for i in self.items))
        if column == self.combined_column:
            return _shown(sum(self.combined.values())) if self.combined else ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if self._is_total(row):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("TeamWeights", "Total") if column == 0 else self._total(column)
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
            if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        item = self.items[row]
        disputed = item.id in self.disputed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.spread_column and disputed:
            return icon("warning")
        if role == Qt.ItemDataRole.FontRole and disputed and column in (0, self.spread_column):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and disputed and column == self.spread_column:
            return alert_color(QGuiApplication.palette())
        return None

    def _text(self, item: model.AgendaItem, column: int) -> str:
        if column == 0:
            return item.title
        delegate = self.delegate_of(column)
        if delegate is not None:
            given = self.weight(item.id, delegate.id)
            return _shown(given.weight) if given is not None else ""
        if column == self.dossier_column:
            return _shown(item.weight)
        if column == self.combined_column:
            return _shown(self.combined.get(item.id))
        return _shown(self.spreads.get(item.id))

    def _tooltip(self, item: model.AgendaItem, column: int) -> str:
        if column == 0:
            return item.title
        delegate = self.delegate_of(column)
        if delegate is not None:
            return translate("TeamWeights", "{name}'s weight for {item}: type a number from 0 to 100").format(
                name=delegate.name, item=item.title
            )
        if column == self.combined_column and item.id not in self.combined:
            return translate("TeamWeights", "No delegate has weighted this item")
        if column == self.spread_column and item.id in self.disputed:
            return translate("TeamWeights", "One of the items where the team disagrees most")
        return ""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.editable
            and not self._is_total(index.row())
            and self.delegate_of(index.column()) is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        delegate = self.delegate_of(index.column())
        if delegate is None:
            return False
        self.on_edit(self.items[index.row()].id, delegate.id, str(value if value is not None else ""))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        delegate = self.delegate_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("TeamWeights", "Agenda item")
            if delegate is not None:
                return delegate.name
            return {
                self.dossier_column: translate("TeamWeights", "Dossier"),
                self.combined_column: translate("TeamWeights", "Combined"),
                self.spread_column: translate("TeamWeights", "Spread"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if delegate is not None:
                return ", ".join(filter(None, (delegate.name, delegate.title, delegate.organisation)))
            return {
                self.dossier_column: translate("TeamWeights", "The weight the dossier uses now"),
                self.combined_column: translate(
                    "TeamWeights", "The mean of the delegates who weighted the item, scaled so that they sum to 100"
                ),
                self.spread_column: translate(
                    "TeamWeights", "The highest delegate's weight minus the lowest: how far the team disagrees"
                ),
            }.get(section)
        return None
