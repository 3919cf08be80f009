"""Small helpers the section tests share: what a person does, and what they see."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from negoprep.store.store import Store


def snapshot(store: Store, dossier_id: str) -> dict:
    """Everything a person wrote in the dossier (no bookkeeping), to compare before and after."""
    content = store.content(dossier_id)
    out = {}
    for f in fields(content):
        value = getattr(content, f.name)
        records = value if isinstance(value, list) else [value]
        out[f.name] = [(r.content(), [i.content() for i in getattr(r, "items", [])]) for r in records]
    return out


def column(view, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    """What a column of a section's table shows, top to bottom."""
    return [view.proxy.index(row, col).data(role) for row in range(view.proxy.rowCount())]


def sort_by(view, col: int, order: Qt.SortOrder) -> None:
    """What a click on a column header does."""
    view.table.horizontalHeader().setSortIndicator(col, order)


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text by typing, then leave the field."""
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        widget.clear()
    widget.editingFinished.emit()


def choose_in_damaged_dialog(monkeypatch, choice: str, seen: list[str]) -> None:
    """Answer the damaged-store dialog with "restore", "salvage" or "quit", keeping what it said."""
    from negoprep.ui.dialogs.damaged_dialog import DamagedDialog

    def exec_(self: DamagedDialog) -> int:
        seen.append(self.message.text())
        button = {"restore": self.restore_button, "salvage": self.salvage_button, "quit": self.quit_button}[choice]
        button.click()
        return self.result()

    monkeypatch.setattr(DamagedDialog, "exec", exec_)


def finish_operation(qtbot, window, timeout_ms: int = 60_000) -> None:
    """Wait, with the event loop running, until the window's slow operation (merge, export,
    a file's check) has ended and its outcome has been shown."""
    qtbot.waitUntil(lambda: not window.files.runner.busy, timeout=timeout_ms)


def wheel(widget: QWidget, steps: int) -> None:
    """Roll the mouse wheel over a widget: positive steps away from the person (up)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
