"""The entries of a combo box that picks a record (an agenda item, an owner...), as a model.

A dossier may hold thousands of agenda items: one model reset lists them all at once, where
adding them one by one to a QComboBox would stall the window.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView

_Index = QModelIndex | QPersistentModelIndex
M = TypeVar("M", bound="ChoiceModel")


class ChoiceModel(QAbstractListModel):
    """(id, label) pairs: the label shows, the id is the item data (Qt.UserRole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices: list[tuple[str | None, str]] = []
        self._ids: list[str | None] | None = []

    def set_choices(self, choices: list[tuple[str | None, str]]) -> None:
        self.beginResetModel()
        self.choices = choices
        self._ids = None  # (made when first asked: a box whose choice is never set needs none)
        self.endResetModel()

    def add_choice(self, record_id: str, label: str) -> int:
        """One more entry, at the end; its row."""
        row = len(self.choices)
        self.beginInsertRows(QModelIndex(), row, row)
        self.choices = [*self.choices, (record_id, label)]
        if self._ids is not None:
            self._ids.append(record_id)
        self.endInsertRows()
        return row

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
        """The row of an id, -1 when it is not listed. QComboBox.findData would ask every row
        through Python; a dict of 200,000 ids took 60-130 ms to make (each id hashed anew),
        where the list of ids takes 6 and a look-up in it at most 4, both in C."""
        if self._ids is None:
            self._ids = list(map(itemgetter(0), self.choices))
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1


def list_choices(combo: QComboBox, choices: M, width: int) -> M:
    """Have `combo` list `choices` (a ChoiceModel), `width` characters wide whatever its
    entries: measuring thousands of titles to size the box, or to lay out its list, would
    stall the window (the list's entries are one line each, alike in height: opening a list of
    20,000 took 0.9 s where it takes 0.36)."""
    combo.setModel(choices)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width)
    view = combo.view()
    if isinstance(view, QListView):
        view.setUniformItemSizes(True)
    return choices


def choices_of(combo: QComboBox, kind: type[M]) -> M:
    """The model of a combo box that picks a record, which the box was given as a `kind`;
    TypeError when it lists its entries otherwise."""
    choices = combo.model()
    if not isinstance(choices, kind):
        raise TypeError(
            f"{combo.objectName() or 'the combo box'} lists a {type(choices).__name__}, not a {kind.__name__}"
        )
    return choices
