"""The application's input rules, taken out while a large part of a window is built.

The rules (the wheel's, negoprep.ui.wheel, and Tab's, negoprep.ui.tab_order) are event filters
on the application written in Python: each sees every event of every widget, and each event
costs the conversion of the widget and the event into Python. Building and first showing a
form of 40 fields sends about 3,000 events, and the two rules doubled the time Qt takes for
them. Nothing they act on happens meanwhile: the event loop does not run, so no wheel turns,
and no dialog opens. `pause` takes them out, `resume` puts them back and steadies the boxes
polished meanwhile (as the wheel rule does as each box is polished); `paused` does both around
a piece of work, unless they are out already (the main window being built at start-up).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from negoprep.ui.tab_order import TabOrderGuard
from negoprep.ui.wheel import WheelGuard, steady_boxes

#: whether the rules are out of the application now
_out = False


def rules(app: QApplication) -> list[QObject]:
    """The wheel and Tab rules installed on the application (see negoprep.ui.app.application)."""
    found = (app.findChild(WheelGuard, "wheel_guard"), app.findChild(TabOrderGuard, "tab_order_guard"))
    return [rule for rule in found if rule is not None]


def pause(app: QApplication) -> bool:
    """Take the rules out of the application; False (nothing done) when they are out already."""
    global _out
    if _out:
        return False
    for rule in rules(app):
        app.removeEventFilter(rule)
    _out = True
    return True


def resume(app: QApplication) -> None:
    """Put the rules back (in the order they were installed) and steady the value boxes
    polished while they were out."""
    global _out
    for rule in rules(app):
        app.removeEventFilter(rule)  # (never twice)
        app.installEventFilter(rule)
    _out = False
    steady_boxes(app)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The rules out while the block runs, unless they are out already."""
    app = QApplication.instance()
    took = isinstance(app, QApplication) and pause(app)
    try:
        yield
    finally:
        if took:
            assert isinstance(app, QApplication)
            resume(app)
