"""The entries of a combo box that picks a record (an agenda item, an owner...), as a model.

A dossier may hold thousands of agenda items: one model reset lists them all at once, where
adding them one by one to a QComboBox would stall the window.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

_Index = QModelIndex | QPersistentModelIndex
M = TypeVar("M", bound="ChoiceModel")


class ChoiceModel(QAbstractListModel):
    """(id, label) pairs: the label shows, the id is the item data (Qt.UserRole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices: list[tuple[str | None, str]] = []
        self._rows: dict[str | None, int] | None = {}

    def set_choices(self, choices: list[tuple[str | None, str]]) -> None:
        self.beginResetModel()
        self.choices = choices
        self._rows = None  # (made when first asked: a box whose choice is never set needs none)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        record_id, label = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return record_id
        return None

    def row_of(self, record_id: str | None) -> int:
        """The row of an id (by key: QComboBox.findData would ask every row)."""
        if self._rows is None:
            self._rows = {record_id: row for row, (record_id, _) in enumerate(self.choices)}
        return self._rows.get(record_id, -1)


def choices_of(combo: QComboBox, kind: type[M]) -> M:
    """The model of a combo box that picks a record, which the box was given as a `kind`;
    TypeError when it lists its entries otherwise."""
    choices = combo.model()
    if not isinstance(choices, kind):
        raise TypeError(
            f"{combo.objectName() or 'the combo box'} lists a {type(choices).__name__}, not a {kind.__name__}"
        )
    return choices
