"""Render every section of the main window to PNG files, without a screen."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget

from negoprep.store.store import Store
from negoprep.ui.app import application
from negoprep.ui.main_window import MainWindow
from negoprep.ui.qt_log import quiet_platform_noise
from negoprep.ui.sections.registry import SECTIONS
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.settings import Settings
from negoprep.ui.theme import apply_palette


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


#: the window's size (width, height in pixels) when no other is asked for
DEFAULT_SIZE = (1440, 900)


def render(
    store: Store,
    out: Path,
    dossier_id: str | None = None,
    dark: bool = False,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> list[Path]:
    """One PNG per section, then a record's history, the search and the guide, of the window at `size`
    (width, height in pixels: e.g. (1366, 768), a small laptop's screen); returns the files. Qt's
    platform noise ("This plugin does not support raise()") stays off the terminal."""
    with quiet_platform_noise():
        return _render(store, out, dossier_id, dark, size)


def _render(store: Store, out: Path, dossier_id: str | None, dark: bool, size: tuple[int, int]) -> list[Path]:
    app = application()
    apply_palette(app, dark)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:  # the person's own settings stay untouched
        window = MainWindow(store, Settings(Path(folder) / "settings.ini"))
        window.resize(*size)
        if dossier_id is not None:
            window.refresh_dossiers(dossier_id)
        window.show()
        _settle(app)

        def shot(name: str, widget=None) -> None:
            _settle(app)
            path = out / f"{len(written) + 1:02d}-{name}.png"
            (widget or window).grab().save(str(path))
            written.append(path)

        for row, section in enumerate(SECTIONS):
            window.show_section(row)
            shot(section.icon)
        window.show_section(next(row for row, s in enumerate(SECTIONS) if "agenda_items" in s.tables))
        agenda = window.current_section()
        if not isinstance(agenda, SectionView):
            raise TypeError(f"the agenda is shown by a {type(agenda).__name__}, not a SectionView")
        agenda.details.setCurrentWidget(agenda.history)
        shot("agenda-history")
        agenda.details.setCurrentIndex(0)
        window.show_section(next(row for row, s in enumerate(SECTIONS) if "offers" in s.tables))
        tabs = getattr(window.current_section(), "tabs", None)
        if isinstance(tabs, QTabWidget):  # the talks' second tab: target vs actual
            tabs.setCurrentIndex(1)
            shot("target-vs-actual")
            tabs.setCurrentIndex(0)
        window.open_search()
        dialog = window.search_dialog
        assert dialog is not None
        dialog.query.setText("alaska lng")  # untranslated: a search typed into the demo
        dialog.run()
        shot("search", dialog)
        dialog.close()
        window.open_guide()
        shot("guide", window.guide_dialog)
        window.guide_dialog.close()
        window.close()
        window.deleteLater()
        _settle(app)
    return written
