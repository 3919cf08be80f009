"""Starting the desktop app: the Qt application, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from negoprep import __version__
from negoprep.errors import NegoprepError
from negoprep.startup import open_store
from negoprep.ui.icons import icon
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from negoprep.ui.theme import follow_system


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("negoprep")
    app.setApplicationDisplayName("negoprep")
    app.setOrganizationName("negoprep")
    app.setApplicationVersion(__version__)
    # Fusion looks the same everywhere and follows the system's light or dark scheme
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
        follow_system(app)
    app.setWindowIcon(icon("agenda"))
    return app  # type: ignore[return-value]


def run(path: Path, is_default: bool) -> int:
    """Open the window on a store and run until it is closed. Started with no store named,
    the app reopens the store used last."""
    app = application()
    settings = Settings()
    last = settings.last_store()
    if is_default and last is not None and last.exists():
        path, is_default = last, False
    try:
        store = open_store(path, is_default=is_default, create=True)
    except NegoprepError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the store"), str(exc))
        return 2
    window = MainWindow(store, settings)
    window.show()
    try:
        return app.exec()
    finally:
        window.store.close()
