"""Starting the desktop app: the Qt application, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from negoprep import __version__
from negoprep.errors import NegoprepError
from negoprep.startup import open_store
from negoprep.store.connection import DamagedStoreError
from negoprep.store.store import Store
from negoprep.ui.damaged_dialog import IntegrityCheck, recover
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


def _open(path: Path, is_default: bool, app: QApplication) -> Store | None:
    """The store, or None when it cannot be opened (said in a message box). A store damaged at
    open is never opened as if whole: the person chooses to restore, salvage or quit."""
    try:
        return open_store(path, is_default=is_default, create=True)
    except DamagedStoreError as exc:
        chosen = recover(None, exc.path, str(exc))
        if chosen is None:
            return None
        return _open(chosen, False, app)
    except NegoprepError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the store"), str(exc))
        return None


def watch_integrity(window: MainWindow) -> IntegrityCheck | None:
    """Check the window's store in the background; if it is damaged, say so and offer the ways
    out (the window then shows the restored or salvaged store, or closes)."""
    store = window.store
    if store.path is None:
        return None
    check = IntegrityCheck(store.path, writable=not store.readonly, parent=window)

    def damaged(problem: str) -> None:
        path = window.store.path
        if path is None or path != check.path:
            return  # the window moved on to another store meanwhile
        window.commit_pending()
        # the store is closed before its file is touched: the window holds an empty one meanwhile
        window.set_store(Store.open(None, window.store.author))
        chosen = recover(window, path, problem)
        if chosen is None:
            window.close()
            return
        try:
            window.set_store(open_store(chosen, is_default=False, create=False))
        except NegoprepError as exc:
            QMessageBox.critical(window, window.tr("Cannot open the store"), str(exc))
            window.close()
            return
        watch_integrity(window)

    check.damaged.connect(damaged)
    check.start()
    return check


def run(path: Path, is_default: bool) -> int:
    """Open the window on a store and run until it is closed. Started with no store named,
    the app reopens the store used last."""
    app = application()
    settings = Settings()
    last = settings.last_store()
    if is_default and last is not None and last.exists():
        path, is_default = last, False
    store = _open(path, is_default, app)
    if store is None:
        return 2
    window = MainWindow(store, settings)
    window.show()
    QTimer.singleShot(0, lambda: watch_integrity(window))
    try:
        return app.exec()
    finally:
        window.store.close()
