"""Starting the desktop app: the Qt application, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from negoprep import __version__
from negoprep.errors import NegoprepError
from negoprep.startup import open_store
from negoprep.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("negoprep")
    app.setApplicationDisplayName("negoprep")
    app.setOrganizationName("negoprep")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(path: Path, is_default: bool) -> int:
    """Open the window on a store and run until it is closed."""
    app = application()
    try:
        store = open_store(path, is_default=is_default, create=True)
    except NegoprepError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the store"), str(exc))
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
