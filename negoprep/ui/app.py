"""Starting the desktop app: the Qt application, the store, the main window."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# isort: off
from negoprep.ui import pyside_features  # noqa: F401  (first: every module after it is imported unread)

# isort: on
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from negoprep import __version__, paths
from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.startup import open_store
from negoprep.store import backups
from negoprep.store.connection import DamagedStoreError
from negoprep.store.engine import EncryptedStoreError, sqlite
from negoprep.store.store import Store
from negoprep.ui import input_rules
from negoprep.ui.icons import icon
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from negoprep.ui.tab_order import guard_tab_order
from negoprep.ui.theme import follow_system, is_ours
from negoprep.ui.translation import use_language
from negoprep.ui.wheel import guard_wheel

if TYPE_CHECKING:  # (the dialogs are loaded when a store is encrypted or damaged)
    from negoprep.ui.dialogs.damaged_dialog import IntegrityCheck


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a Qt application without widgets is running: the window needs a QApplication")
    app.setApplicationName("negoprep")
    app.setApplicationDisplayName("negoprep")
    app.setOrganizationName("negoprep")
    app.setApplicationVersion(__version__)
    # Fusion looks the same everywhere and follows the system's light or dark scheme
    if not is_ours(app.style()):
        follow_system(app)
    app.setWindowIcon(icon("agenda"))
    # the wheel scrolls pages and steps only the box the person is in, in every window;
    # Tab goes through every dialog in the order it reads
    guard_wheel(app)
    guard_tab_order(app)
    # the language chosen in Settings, else the system's; Qt's own dialogs speak it too
    use_language(Settings().language() or None)
    return app


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, action: Callable[[], object]) -> None:
        super().__init__(window)
        self._action: Callable[[], object] | None = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._action is not None and event.type() in _PAINTED_OR_GONE:
            action, self._action = self._action, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, action)  # once the paint is done
        return False


#: what a window sees at its first paint, or instead of one: hidden or closed before it painted
_PAINTED_OR_GONE = (QEvent.Type.Paint, QEvent.Type.Hide, QEvent.Type.Close)


def after_first_paint(window: QWidget, action: Callable[[], object]) -> None:
    """Do `action` once, at the turn of the event loop after the window first paints (or after
    it is hidden or closed, if it never painted)."""
    _FirstPaint(window, action)


def _open(path: Path, is_default: bool, app: QApplication) -> Store | None:
    """The store, or None when it cannot be opened (said in a message box). A store damaged at
    open is never opened as if whole: the person chooses to restore, salvage or quit."""
    try:
        return open_store(path, is_default=is_default, create=True)
    except EncryptedStoreError as exc:
        from negoprep.ui.dialogs.passphrase_dialog import unlock_store

        if not unlock_store(exc.path):
            return None  # cancelled: nothing opened
        return _open(path, is_default, app)
    except DamagedStoreError as exc:
        from negoprep.ui.dialogs.damaged_dialog import recover

        chosen = recover(None, exc.path, exc.problem)
        if chosen is None:
            return None
        return _open(chosen, False, app)
    except NegoprepError as exc:
        QMessageBox.critical(None, translate("app", "Cannot open the store"), str(exc))
        return None


def _damage_in(path: Path | None) -> list[str]:
    """What the full check finds wrong in a store file (nothing, where it cannot be read)."""
    if path is None:
        return []
    try:
        return backups.check_integrity(path)
    except NegoprepError:
        return []


def _window(store: Store, settings: Settings, app: QApplication) -> MainWindow | None:
    """The main window on the store, or None to quit. Damage that shows only when the window
    first reads the store is handled as damage found at open: restore, salvage or quit."""
    while True:
        try:
            return MainWindow(store, settings)
        except (NegoprepError, sqlite.DatabaseError) as exc:
            input_rules.resume(app)  # dialogs follow: the rules watch them
            path = store.path
            # the half-built window would go on watching the store it failed to read
            for widget in app.topLevelWidgets():
                watch = getattr(widget, "store_watch", None)
                if watch is not None:
                    watch.stop()
                    widget.deleteLater()
            # the store is closed before its file is touched (set aside, restored over)
            with contextlib.suppress(NegoprepError, sqlite.Error):
                store.close()
            problems = exc.problem if isinstance(exc, DamagedStoreError) else _damage_in(path)
            if path is None or not problems:
                QMessageBox.critical(None, translate("app", "Cannot open the store"), str(exc))
                return None
            from negoprep.ui.dialogs.damaged_dialog import recover

            chosen = recover(None, path, problems)
            if chosen is None:
                return None
            reopened = _open(chosen, False, app)
            if reopened is None:
                return None
            store = reopened


def watch_integrity(window: MainWindow) -> IntegrityCheck | None:
    """Check the window's store in the background; if it is damaged, say so and offer the ways
    out (the window then shows the restored or salvaged store, or closes). A store already
    being checked is not checked twice."""
    store = window.store
    if store.path is None:
        return None
    current = getattr(window, "_integrity_watch", None)
    if current is not None and current[0] is store:
        return current[1]
    from negoprep.ui.dialogs.damaged_dialog import IntegrityCheck

    check = IntegrityCheck(store.path, writable=not store.readonly, parent=window)
    window._integrity_watch = (store, check)

    def damaged(problem: list[str]) -> None:
        path = window.store.path
        if path is None or path != check.path:
            return  # the window moved on to another store meanwhile
        _recover(window, path, problem)

    check.damaged.connect(damaged)
    check.start()
    return check


def watch_damage(window: MainWindow) -> None:
    """Damage the window meets while reading its store (a revision's snapshot that cannot be
    read, a page SQLite finds damaged) is handled as damage the background check finds: said,
    with the ways out (restore, salvage or quit), once for each store."""

    def damaged(exc: DamagedStoreError) -> None:
        path = window.store.path
        if path is None or path != exc.path or getattr(window, "_recovering", None) == path:
            return  # another store meanwhile, or its damage already being seen to
        window._recovering = path
        # (after the slot that met it has returned: the window's views are rebuilt)
        QTimer.singleShot(0, lambda: _recover(window, path, [exc.problem]))

    window.store_damaged.connect(damaged)


def _recover(window: MainWindow, path: Path, problem: list[str]) -> None:
    """Offer the ways out of the window's damaged store; the window then shows the restored or
    salvaged store, or closes."""
    from negoprep.ui.dialogs.damaged_dialog import recover

    if window.store.path != path:
        return  # the window moved on to another store meanwhile
    window.commit_pending()
    # the store is closed before its file is touched: the window holds an empty one meanwhile
    window.set_store(Store.open(None, window.store.author))
    chosen = recover(window, path, problem)
    window._recovering = None
    if chosen is None:
        window.close()
        return
    try:
        window.set_store(open_store(chosen, is_default=False, create=False))
    except NegoprepError as exc:
        QMessageBox.critical(window, translate("app", "Cannot open the store"), str(exc))
        window.close()
        return
    watch_integrity(window)


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
    # the window is built and painted with the wheel and Tab rules out (negoprep.ui.input_rules:
    # a seventh of the time to the first paint): no wheel turns over a window not yet painted,
    # and no dialog with a form opens meanwhile (a problem met while it is built is said in a
    # message box, buttons only; damage found then puts the rules back first, see `_window`)
    input_rules.pause(app)
    window = _window(store, settings, app)
    if window is None:
        return 2
    window.show()
    watch_damage(window)
    previous_hook, sys.excepthook = sys.excepthook, _uncaught
    # what the first paint does not need waits for it: the wheel and Tab rules, the full check
    # of the store (a thread of its own, which would compete with the paint for the processor)
    after_first_paint(window, lambda: (input_rules.resume(app), watch_integrity(window)))
    # every store the window opens later (File → Open) is checked as the first one was
    opened = getattr(window, "store_opened", None)
    if opened is not None:
        opened.connect(lambda: watch_integrity(window))
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.store.close()


def _uncaught(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
    """What escapes a slot of the window: a problem the person can act on is said in a box;
    anything else is a defect, written to the log and said in one line, never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, DamagedStoreError):
        # the damage of the store a window shows: the ways out, as the background check offers them
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.store.path == exc.path:
                widget.store_damaged.emit(exc)
                return
    if isinstance(exc, NegoprepError):
        QMessageBox.warning(parent, translate("app", "Not done"), str(exc))
        return
    log = paths.log_defect(exc, "(window)")
    where = " " + translate("app", "Details are in {log}.").format(log=log) if log else ""
    text = translate("app", "Something went wrong inside negoprep: {what}.").format(what=kind.__name__)
    QMessageBox.critical(parent, translate("app", "Internal error"), text + where)
