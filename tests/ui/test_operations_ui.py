"""Slow work from the window runs off the GUI thread: the window keeps answering while a merge
runs, shows its progress, can cancel it (the store unchanged, no file left), says a refusal
in one clear line, and closes sensibly while one runs.

Speed itself is measured by benchmarks/ui_stall.py (two 50,000-row stores), never asserted
here: these tests check the structure that keeps the window responsive."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox

from negoprep import tempfiles
from negoprep.records import model
from negoprep.store import backups, merge
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from tests.store.test_merge import BOB, fingerprint
from tests.ui.helpers import finish_operation

ROWS = 5_000  # each store's rows (benchmarks/ui_stall.py measures 50,000)


@pytest.fixture(scope="module")
def big_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two diverged copies of a store of ROWS rows, built as benchmarks/merge_speed.py does."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from merge_speed import build

    return build(tmp_path_factory.mktemp("big"), ROWS, 0.1)


@pytest.fixture
def slow_merge(monkeypatch) -> None:
    """Each record type takes a little longer to merge, so that a test can act while a merge
    runs whatever the speed of the machine (the merge itself is the real one)."""
    real = merge._Merger._merge_table

    def slowly(self, rtype):
        time.sleep(0.03)
        return real(self, rtype)

    monkeypatch.setattr(merge._Merger, "_merge_table", slowly)


def open_window(qtbot, path: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(Store.open(path, model.Author(id="00000000-0000-4000-8000-0000000000a1", name="Ann")),
                        Settings(tmp_path / "settings.ini"))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def copy_to(path: Path, folder: Path) -> Path:
    with Store.open(path, BOB, readonly=True) as store:
        store.save_copy(folder / "mine.db")
    return folder / "mine.db"


def stored_files(folder: Path) -> list[Path]:
    """The store's files and whatever else lies beside them (the window's settings aside)."""
    return sorted(p for p in folder.rglob("*") if p.name != "settings.ini")


def left_files() -> list[Path]:
    folder = tempfiles.base_folder()
    return list(folder.glob(f"{tempfiles.PREFIX}{os.getpid()}-*")) if folder.exists() else []


def test_a_merge_runs_off_the_gui_thread_and_the_window_keeps_answering(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_merge
) -> None:
    mine, theirs = big_pair
    window = open_window(qtbot, copy_to(mine, tmp_path), tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(theirs))
    clock = QElapsedTimer()
    clock.start()
    ticks: list[int] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(clock.elapsed()))
    shown: list[int] = []
    window.files.runner.strip.bar.valueChanged.connect(shown.append)
    probe.start()
    operation = window.files.merge_shared()
    assert operation is not None and window.files.runner.busy
    started = len(ticks)
    # while it runs: the progress is shown, and what would conflict with it waits
    assert window.files.runner.strip.isVisible() and window.files.runner.strip.cancel_button.isEnabled()
    assert not window.merge_action.isEnabled() and not window.export_action.isEnabled()
    assert not window.pages.isEnabled()  # no edits while the merge writes the store
    finish_operation(qtbot, window)
    probe.stop()

    assert operation.thread_name is not None and operation.thread_name != threading.current_thread().name
    assert len(ticks) - started >= 5  # the GUI thread's timer fired while the merge ran
    assert shown and max(shown) == window.files.runner.strip.bar.maximum()  # progress reached the end
    report = window.files.merge_dialog.report
    assert report.total.updated > 0 and window.files.merge_dialog.isVisible()
    assert window.merge_action.isEnabled() and window.export_action.isEnabled() and window.pages.isEnabled()
    assert not window.files.runner.strip.isVisible()


def test_cancel_leaves_the_store_unchanged_and_no_file(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_merge
) -> None:
    mine, theirs = big_pair
    path = copy_to(mine, tmp_path)
    window = open_window(qtbot, path, tmp_path)
    before = fingerprint(window.store)
    files_before = stored_files(tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(theirs))
    # Cancel as soon as the merge has started merging records (its third report)
    bar = window.files.runner.strip.bar
    bar.valueChanged.connect(lambda value: value >= 3 and window.files.runner.strip.cancel_button.click())
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    assert "cancelled" in window.statusBar().currentMessage()
    assert getattr(window.files, "merge_dialog", None) is None
    assert fingerprint(window.store) == before
    assert backups.backups(path) == []  # the backup taken for the merge went with it
    assert stored_files(tmp_path) == files_before and not left_files()
    assert window.merge_action.isEnabled() and window.pages.isEnabled()


def test_an_error_in_the_worker_is_one_clear_line(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, messages
) -> None:
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_bytes(b"these are meeting notes, not a store\n" * 50)
    before = fingerprint(window.store)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(not_a_store))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    [message] = messages
    assert str(not_a_store) in message and "\n" not in message and "Traceback" not in message
    assert fingerprint(window.store) == before and not left_files()
    assert window.merge_action.isEnabled()


def test_closing_while_a_merge_runs_asks_and_stops_it_cleanly(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_merge
) -> None:
    mine, theirs = big_pair
    path = copy_to(mine, tmp_path)
    window = open_window(qtbot, path, tmp_path)
    before = fingerprint(window.store)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(theirs))
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer["button"])

    window.merge_action.trigger()
    assert window.files.runner.busy
    assert not window.close()  # "No": the window stays, the merge goes on
    assert asked and "Merging" in asked[0] and window.isVisible() and window.files.runner.busy

    answer["button"] = QMessageBox.StandardButton.Yes
    assert window.close()  # "Yes": the merge is stopped, the window closes once it has ended
    assert not window.files.runner.busy and not window.isVisible()
    window.store.close()
    with Store.open(path, BOB) as reopened:  # the store is whole, and as it was
        assert fingerprint(reopened) == before
        assert reopened.db.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert backups.backups(path) == [] and not left_files()


def test_closing_with_nothing_running_asks_nothing(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    assert window.close() and asked == []


def test_another_language_while_a_merge_runs_keeps_its_conflicting_actions_waiting(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_merge
) -> None:
    mine, theirs = big_pair
    window = open_window(qtbot, copy_to(mine, tmp_path), tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(theirs))
    assert window.files.merge_shared() is not None and window.files.runner.busy
    window.set_language("ko")  # the actions are made anew, in Korean
    try:
        assert window.files.runner.busy
        assert not window.merge_action.isEnabled() and not window.export_action.isEnabled()
        assert not window.new_dossier_action.isEnabled()
        finish_operation(qtbot, window)
        assert window.merge_action.isEnabled() and window.export_action.isEnabled()
    finally:
        window.set_language("en")
