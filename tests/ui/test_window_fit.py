"""The window fits the screen it opens on (a 1366×768 laptop included), remembers where it was
on each screen, and every section is usable at that size: the main columns of the tables
without scrolling sideways, the form below the table where there is no room beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from negoprep.store.store import Store
from negoprep.ui import window_geometry
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.settings import Settings
from negoprep.ui.window_geometry import FRAME, PREFERRED, fits, fitted, screen_key

#: what a 1366×768 laptop leaves for windows beside a 40-pixel task bar, and a full-HD monitor
#: placed to its right
LAPTOP = QRect(0, 0, 1366, 728)
MONITOR = QRect(1366, 0, 1920, 1040)


class FakeScreen:
    def __init__(self, name: str, geometry: QRect, available: QRect) -> None:
        self._name, self._geometry, self._available = name, geometry, available

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._geometry

    def availableGeometry(self) -> QRect:
        return self._available


@pytest.mark.parametrize("available", [LAPTOP, MONITOR, QRect(0, 0, 1024, 600), QRect(-1280, 200, 1280, 1000)])
def test_the_window_fits_the_available_area_with_room_for_its_frame(available: QRect) -> None:
    rect = fitted(available)
    assert available.contains(rect.marginsAdded(FRAME))
    assert fits(rect, available)
    assert rect.width() == min(PREFERRED.width(), available.width() - FRAME.left() - FRAME.right())
    assert rect.height() == min(PREFERRED.height(), available.height() - FRAME.top() - FRAME.bottom())
    assert abs(rect.center().x() - available.center().x()) <= 1


def test_a_large_screen_gets_the_preferred_size() -> None:
    assert fitted(MONITOR).size() == PREFERRED
    assert fitted(QRect(0, 0, 3840, 2100)).size() == PREFERRED
    assert not fits(QRect(0, 0, 1400, 880), LAPTOP)  # the size the window used to open at


def _window(qtbot, store: Store, settings: Settings, screen: FakeScreen | None = None) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    if screen is not None:
        window_geometry.place(window, settings, screen)
    return window


def test_geometry_is_remembered_per_screen_and_restored_only_where_it_fits(
    qtbot, demo_store: Store, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    laptop = FakeScreen("eDP-1", QRect(0, 0, 1366, 768), LAPTOP)
    small = FakeScreen("eDP-1", QRect(0, 0, 640, 480), QRect(0, 0, 640, 480))  # the same panel, another mode
    assert screen_key(laptop) != screen_key(small)

    window = _window(qtbot, demo_store, settings, laptop)
    assert window.geometry() == fitted(LAPTOP)  # nothing remembered yet
    window.setGeometry(QRect(40, 60, 700, 500))
    settings.remember_geometry(screen_key(laptop), window.saveGeometry())
    settings.sync()

    again = _window(qtbot, demo_store, Settings(tmp_path / "settings.ini"), laptop)
    assert again.geometry() == QRect(40, 60, 700, 500)
    elsewhere = _window(qtbot, demo_store, Settings(tmp_path / "settings.ini"), small)
    assert elsewhere.geometry() == fitted(small.availableGeometry())

    # remembered for a screen whose free area has shrunk since (a task bar moved): too big now
    settings.remember_geometry(screen_key(small), window.saveGeometry())
    settings.sync()
    shrunk = _window(qtbot, demo_store, Settings(tmp_path / "settings.ini"), small)
    assert shrunk.geometry() == fitted(small.availableGeometry())


def test_closing_remembers_the_geometry_for_the_screen_it_is_on(qtbot, demo_store: Store, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    window = _window(qtbot, demo_store, settings)
    window.resize(700, 500)
    window.close()
    assert settings.geometry(screen_key(window.screen())) is not None
    assert settings.geometry("another screen 1920x1080") is None


@pytest.fixture
def laptop_window(qtbot, demo_store: Store, tmp_path: Path) -> MainWindow:
    """The window as it opens on a 1366×768 laptop."""
    window = _window(qtbot, demo_store, Settings(tmp_path / "settings.ini"))
    window.setGeometry(fitted(LAPTOP))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_section_fits_a_small_laptop(laptop_window: MainWindow) -> None:
    room = fitted(LAPTOP).size()
    for row, section in enumerate(registry.SECTIONS):
        laptop_window.show_section(row)
        QApplication.processEvents()
        needed = laptop_window.minimumSizeHint()
        assert needed.width() <= room.width() and needed.height() <= room.height(), (section.icon, needed)
        assert laptop_window.size() == room, section.icon


@pytest.mark.parametrize("icon", ["agenda", "package"])
@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1920, 1080)])
def test_the_main_columns_show_without_scrolling_sideways(laptop_window: MainWindow, icon: str, size: QSize) -> None:
    laptop_window.setGeometry(fitted(QRect(0, 0, size.width(), size.height() - 40)))
    laptop_window.show_section(next(row for row, s in enumerate(registry.SECTIONS) if s.icon == icon))
    QApplication.processEvents()
    view = laptop_window.current_section()
    assert isinstance(view, SectionView)
    header = view.table.horizontalHeader()
    visible = view.table.viewport().width()
    for column, width in enumerate(view.column_widths()):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible, (icon, column)
        assert header.sectionSize(column) >= width, (icon, column)
    assert view.table.horizontalScrollBar().maximum() == 0
    narrow = size.width() < 1500
    assert view.splitter.orientation().name == ("Vertical" if narrow else "Horizontal")
    assert view.details.isVisible() and view.details.width() > 400
