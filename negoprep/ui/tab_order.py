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
    QScrollArea,
    QStackedWidget,
    QWidget,
)


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab may stop at the widget itself (rather than at its focus proxy)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _parts(layout: QLayout, host: QWidget) -> list[QWidget | QLayout]:
    """A layout's widgets and inner layouts in reading order. Each is found among `host`'s
    child widgets and the layout's child layouts and asked where it sits (`indexOf`, the
    form's and the grid's positions), never through the layout's items: PySide keeps a Python
    object for every item handed out (a spacer, a widget's item) as long as the layout's, and
    once Qt deletes the item and reuses its memory that object stands for whatever came next."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    placed: list[tuple[tuple[int, int], QWidget | QLayout]] = []
    for part in [*host.findChildren(QWidget, options=direct), *layout.findChildren(QLayout, options=direct)]:
        index = layout.indexOf(part)
        if index < 0:
            continue  # in an inner layout, or in none
        placed.append((_place(layout, part, index), part))
    placed.sort(key=lambda found: found[0])
    return [part for _, part in placed]


def _place(layout: QLayout, part: QWidget | QLayout, index: int) -> tuple[int, int]:
    """Where a part of a layout comes in reading order: a form's row and role, a grid's row and
    column, a box's place in its direction."""
    if isinstance(layout, QFormLayout):
        row, role = layout.getWidgetPosition(part) if isinstance(part, QWidget) else layout.getLayoutPosition(part)
        return row, role.value
    if isinstance(layout, QGridLayout):
        row, column, _, _ = layout.getItemPosition(index)
        return row, column
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        return 0, -index
    return 0, index


def _walk_layout(layout: QLayout, host: QWidget, out: list[QWidget]) -> None:
    for part in _parts(layout, host):
        if isinstance(part, QWidget):
            _walk_widget(part, out)
        else:
            _walk_layout(part, host, out)


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
        _walk_layout(widget.layout(), widget, out)
    elif widget.focusProxy() is not None and takes_tab(widget.focusProxy()):
        out.append(widget.focusProxy())


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that Tab stops at, in the order its layouts place them."""
    out: list[QWidget] = []
    if root.layout() is not None:
        _walk_layout(root.layout(), root, out)
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
