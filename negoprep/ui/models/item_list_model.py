"""A small read-only table model over a short list held in memory (a package's items).

Unlike RecordTableModel, which pages through a whole table of the store, this one shows a
list the section already has at hand: a few dozen rows at most, replaced whole after each
change. It reads its rows with the same `Column`s, so a section writes its columns once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from negoprep.store.store import Store
from negoprep.ui.models.record_table_model import ID_ROLE, Column, Labels, column_data

_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractTableModel):
    """Rows are the objects given to `set_rows`; each needs an `id` attribute (for ID_ROLE
    and `row_of`) unless `key` says how to find one."""

    def __init__(self, store: Store, columns: list[Column], parent: Any = None, key: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.labels = Labels(store)
        self._rows: list[Any] = []
        self._key = key or (lambda row: row.id)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.labels.clear()  # names may have changed with the rows
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        return next((n for n, row in enumerate(self._rows) if self._key(row) == key), -1)

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        if item is None or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return self._key(item)
        return column_data(self.columns[index.column()], item, self.labels, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None
