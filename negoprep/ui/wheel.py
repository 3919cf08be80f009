"""The mouse wheel scrolls pages; it changes a value only in the box the person is in.

A spin box, date box or choice box (any QAbstractSpinBox or QComboBox) that the pointer rolls
over on the way down a long form keeps its value: the wheel scrolls the page under it instead.
Once the person has clicked or tabbed into the box, the wheel steps its value as usual.

One event filter on the application does this for every such box of every window, dialog and
editor, made now or later (`guard_wheel`, installed by `negoprep.ui.app.application`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

#: the boxes whose value a wheel would step
VALUE_BOXES = (QAbstractSpinBox, QComboBox)


def value_box(obj: QObject) -> QWidget | None:
    """The spin box or choice box `obj` is or belongs to (its line edit, say), else None."""
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None and not widget.isWindow():
        if isinstance(widget, VALUE_BOXES):
            return widget
        if not isinstance(widget.parentWidget(), VALUE_BOXES):
            return None  # only a box's own parts count, not what a box holds in a popup
        widget = widget.parentWidget()
    return None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area the widget is shown in (inside its viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Keeps wheel focus and wheel steps away from value boxes the person is not in."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, VALUE_BOXES):
            # Qt gives a spin box focus when the wheel rolls over it (WheelFocus), and then it
            # would count as "in use": only a click or Tab puts the person in a box
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        box = value_box(watched)
        if box is None or box.hasFocus():  # (hasFocus follows a box's focus proxy, its line edit)
            return False
        self._scroll_page(box, event)
        event.accept()
        return True  # the box never sees it

    @staticmethod
    def _scroll_page(box: QWidget, event: QWheelEvent) -> None:
        """Hand the wheel to the page the box is on (its nearest scroll area)."""
        area = _scroll_area_of(box)
        if area is None:
            return
        viewport = area.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        moved = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(viewport, moved)


def guard_wheel(app: QApplication) -> WheelGuard:
    """Install the wheel rule on the application (once; later calls return the same guard)."""
    guard = app.findChild(WheelGuard, "wheel_guard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheel_guard")
        app.installEventFilter(guard)
        steady_boxes(app)  # boxes polished before the guard came
    return guard


def steady_boxes(app: QApplication) -> None:
    """Give every value box made so far the focus a click or Tab gives, not the wheel (what
    the guard does as each box is polished, for boxes polished while it was not watching)."""
    for window in app.topLevelWidgets():
        boxes = [window] if isinstance(window, VALUE_BOXES) else []
        for kind in VALUE_BOXES:  # (asked by kind: the windows' other widgets are never wrapped)
            boxes += window.findChildren(kind)
        for box in boxes:
            if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
