"""Where the main window opens: on the screen it opens on, never larger than that screen's
available area (a 1366×768 laptop has less room than the window would like), at the place
and size it had when last closed on that same screen, if that still fits."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from negoprep.ui.settings import Settings

#: the size the window likes, in pixels, where the screen has room for it (a full-HD screen:
#: each table's main columns with the record's form beside them)
PREFERRED = QSize(1600, 1000)
#: room kept around the window for its frame (title bar, borders), which the window system
#: adds only once it is shown
FRAME = QMargins(8, 32, 8, 8)


def fitted(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The window's geometry (without its frame) on a screen whose available area (the screen
    less task bars and docks, in pixels) is `available`: `preferred`, shrunk to fit the area
    less room for the frame, centred in it."""
    room = available.marginsRemoved(FRAME)
    size = preferred.boundedTo(room.size())
    # (whole pixels from the corner: QRect.moveCenter rounds off by one left of the origin)
    offset = QPoint((room.width() - size.width()) // 2, (room.height() - size.height()) // 2)
    return QRect(room.topLeft() + offset, size)


def fits(geometry: QRect, available: QRect) -> bool:
    """Whether a window's geometry (without its frame) lies wholly inside a screen's available
    area, with room for its frame."""
    return available.marginsRemoved(FRAME).contains(geometry)


class Screen(Protocol):
    """What placing a window reads of a screen (a QScreen)."""

    def name(self) -> str: ...
    def geometry(self) -> QRect: ...
    def availableGeometry(self) -> QRect: ...


def screen_key(screen: Screen) -> str:
    """The name a screen's geometry is remembered under: its name and size, so that a laptop
    seen alone and with a monitor beside it keeps a window geometry for each."""
    size = screen.geometry().size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def place(window: QWidget, settings: Settings, screen: Screen | None = None) -> None:
    """Open `window` where it was last closed on `screen` (by default the one it opens on),
    when that still fits the screen's available area; else at the preferred size, fitted to
    that area."""
    screen = screen or window.screen()
    if screen is None:  # (a platform with no screen yet, e.g. a framebuffer being set up)
        return
    available = screen.availableGeometry()
    saved = settings.geometry(screen_key(screen))
    if saved is not None and window.restoreGeometry(saved) and fits(window.normalGeometry(), available):
        return
    window.setGeometry(fitted(available))


def remember(window: QWidget, settings: Settings) -> None:
    """Keep the window's geometry for the screen it is on now."""
    if window.screen() is None:
        return
    settings.remember_geometry(screen_key(window.screen()), window.saveGeometry())
