"""Tab goes from field to field in the order a person reads them: down the form, and left to
right along a row.

Qt's own Tab order is the order the widgets were given their parent, which a form loses as
soon as a view moves fields around after building it (the Agenda's mandate ladder, built into
a grid after the other fields). `follow_layout` sets the order from the layouts themselves —
a form's rows top to bottom, a grid's cells row by row, a row's widgets in its direction —
once a page is built, so that no view keeps a list of its own. Every dialog gets the same
order when it is first shown (`guard_tab_order`, installed by `negoprep.ui.app.application`).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab may stop at the widget itself (rather than at its focus proxy)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _items(layout: QLayout) -> list[QLayoutItem]:
    """A layout's items in reading order."""
    if isinstance(layout, QFormLayout):
        roles = (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        )
        found = (layout.itemAt(row, role) for row in range(layout.rowCount()) for role in roles)
        return [item for item in found if item is not None]
    if isinstance(layout, QGridLayout):
        cells = []
        for index in range(layout.count()):
            row, column, _, _ = layout.getItemPosition(index)
            cells.append((row, column, index))
        return [layout.itemAt(index) for _, _, index in sorted(cells)]
    items = [layout.itemAt(index) for index in range(layout.count())]
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        items.reverse()
    return items


def _walk_layout(layout: QLayout, out: list[QWidget]) -> None:
    for item in _items(layout):
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            _walk_widget(widget, out)
        elif inner is not None:
            _walk_layout(inner, out)


def _walk_widget(widget: QWidget, out: list[QWidget]) -> None:
    if widget.isWindow():
        return
    if takes_tab(widget):
        out.append(widget)  # a control: what it holds inside (a spin box's line) is its own
        return
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            _walk_widget(widget.widget(), out)
    elif isinstance(widget, QStackedWidget):
        for index in range(widget.count()):  # Tab skips the pages not shown
            _walk_widget(widget.widget(index), out)
    elif widget.layout() is not None:
        _walk_layout(widget.layout(), out)
    elif widget.focusProxy() is not None and takes_tab(widget.focusProxy()):
        out.append(widget.focusProxy())


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that Tab stops at, in the order its layouts place them."""
    out: list[QWidget] = []
    if root.layout() is not None:
        _walk_layout(root.layout(), out)
    return list(dict.fromkeys(out))


def follow_layout(root: QWidget) -> list[QWidget]:
    """Set the Tab order of everything under `root` to its reading order (call it once the
    page is built); returns that order."""
    order = reading_order(root)
    for before, after in pairwise(order):
        QWidget.setTabOrder(before, after)
    return order


class TabOrderGuard(QObject):
    """Gives every dialog the Tab order of its layouts when it is first shown (built, then
    polished: its fields are all in place by then)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QDialog):
            follow_layout(watched)
        return False


def guard_tab_order(app: QApplication) -> TabOrderGuard:
    """Install the dialogs' Tab rule on the application (once; later calls return the same guard)."""
    guard = app.findChild(TabOrderGuard, "tab_order_guard")
    if guard is None:
        guard = TabOrderGuard(app)
        guard.setObjectName("tab_order_guard")
        app.installEventFilter(guard)
    return guard
