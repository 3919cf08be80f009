"""Damage found while the window is built, a dialog in one clear line, the check for every store
the window opens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox

from negoprep.store import backups
from negoprep.store.connection import DamagedStoreError
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui.dialogs.damaged_dialog import DamagedDialog, describe
from negoprep.ui.main_window import MainWindow
from tests.ui.helpers import choose_in_damaged_dialog as _choose


def _garble(path: Path) -> None:
    """Noise over the pages after the first: the store opens, its first read fails."""
    with open(path, "r+b") as handle:  # the store is closed: no SQLite lock to lose
        handle.seek(4096)
        handle.write(os.urandom(3 * 4096))


def test_the_dialog_says_the_first_problem_and_how_many_more(qtbot, store: Store) -> None:
    problems = ["*** in database main ***\nOn tree page 7 cell 2: Rowid 9 out of order"] + [
        f"row {i} missing from index revisions_row" for i in range(16)
    ]
    dialog = DamagedDialog(store.path, problems)
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    first = "On tree page 7 cell 2: Rowid 9 out of order"
    assert text.startswith(f"{store.path} is damaged: {first} (and 16 more problems)")
    assert "\n" not in text and "row 3 missing" not in text


def test_a_long_problem_is_shortened(store: Store) -> None:
    text = describe(store.path, ["x" * 500 + "\n" + "y" * 10])
    assert len(text) < len(str(store.path)) + 150 and "\n" not in text


def test_damage_at_open_is_said_once_without_the_command_lines_advice(
    qtbot, demo_store: Store, monkeypatch, messages
) -> None:
    backups.daily_backup(demo_store.path)
    path = demo_store.path
    demo_store.close()
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * 100)  # the header gone: not a database, but it has a backup
    seen: list[str] = []
    _choose(monkeypatch, "quit", seen)
    assert app_module._open(path, False, app_module.application()) is None
    assert seen and seen[0].count("is damaged") == 1
    assert "open it in the app" not in seen[0] and "latest backup is" not in seen[0]


def test_damaged_store_error_carries_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    exc = DamagedStoreError(f"{path} is damaged (file is not a database)", path, "file is not a database")
    assert exc.problem == "file is not a database"
    assert DamagedStoreError("y", path).problem == "y"


@pytest.fixture
def no_event_loop(qapp, monkeypatch) -> Iterator[None]:
    """The app's event loop is left at once, as if the person closed the window (the window
    closes while its store is still open, as it does in the app)."""

    def exec_() -> int:
        qapp.closeAllWindows()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_)
    yield


def test_damage_found_while_the_window_is_built_offers_the_ways_out(
    qtbot, demo_store: Store, monkeypatch, messages, no_event_loop
) -> None:
    backups.daily_backup(demo_store.path)
    path = demo_store.path
    expected = demo_store.dossiers()
    demo_store.close()
    _garble(path)
    built: list[object] = []
    real_window = app_module.MainWindow

    def window(store, settings):
        built.append(store.path)
        w = real_window(store, settings)
        assert w.store.dossiers() == expected
        return w

    monkeypatch.setattr(app_module, "MainWindow", window)
    seen: list[str] = []
    _choose(monkeypatch, "restore", seen)
    assert app_module.run(path, False) == 0
    assert seen and "is damaged" in seen[0]
    assert built[-1] == path


def test_damage_found_while_the_window_is_built_quits_when_asked(
    qtbot, demo_store: Store, monkeypatch, messages, no_event_loop
) -> None:
    path = demo_store.path
    demo_store.close()
    _garble(path)
    seen: list[str] = []
    _choose(monkeypatch, "quit", seen)
    assert app_module.run(path, False) == 2
    assert seen and "is damaged" in seen[0]


class _SignallingWindow(MainWindow):
    store_opened = Signal()


def test_every_store_the_window_opens_is_checked(qtbot, demo_store: Store, monkeypatch, no_event_loop) -> None:
    watched: list[object] = []
    monkeypatch.setattr(app_module, "watch_integrity", watched.append)
    windows: list[MainWindow] = []

    def window(store, settings):
        windows.append(_SignallingWindow(store, settings))
        return windows[-1]

    monkeypatch.setattr(app_module, "MainWindow", window)
    path = demo_store.path
    demo_store.close()
    assert app_module.run(path, False) == 0
    qtbot.waitUntil(lambda: len(watched) == 1)  # the store opened at start
    windows[0].store_opened.emit()  # after File → Open
    assert watched == [windows[0], windows[0]]


def test_what_escapes_a_slot_is_said_in_a_box_never_a_traceback(qtbot, monkeypatch, capsys) -> None:

    from negoprep.errors import StoreError
    from negoprep.ui import app as app_module

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(("warning", a[2])))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(("critical", a[2])))
    try:
        raise StoreError("s.db is damaged (database disk image is malformed)")
    except StoreError as exc:
        app_module._uncaught(type(exc), exc, exc.__traceback__)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        app_module._uncaught(type(exc), exc, exc.__traceback__)
    assert said[0] == ("warning", "s.db is damaged (database disk image is malformed)")
    assert said[1][0] == "critical" and "ZeroDivisionError" in said[1][1] and "negoprep.log" in said[1][1]
    assert "Traceback" not in capsys.readouterr().err


def test_the_full_check_begins_once_the_window_has_painted(qtbot, qapp, demo_store: Store, monkeypatch) -> None:
    """The check is a thread of its own: begun before the first paint, it would compete with it."""
    seen: list[str] = []
    monkeypatch.setattr(app_module, "watch_integrity", lambda window: seen.append("check"))

    class Window(MainWindow):
        def paintEvent(self, event) -> None:
            seen.append("paint")
            super().paintEvent(event)

    def exec_() -> int:
        qtbot.waitUntil(lambda: "check" in seen)
        qapp.closeAllWindows()
        return 0

    monkeypatch.setattr(app_module, "MainWindow", Window)
    monkeypatch.setattr(qapp, "exec", exec_)
    path = demo_store.path
    demo_store.close()
    assert app_module.run(path, False) == 0
    assert seen[0] == "paint"
    assert seen.count("check") == 1
