"""Slow work from the window runs off the GUI thread: the window keeps answering while a merge
runs, shows its progress, can cancel it (the store unchanged, no file left), says a refusal
in one clear line, and closes sensibly while one runs.

Speed itself is measured by benchmarks/ui_stall.py (two 50,000-row stores), never asserted
here: these tests check the structure that keeps the window responsive."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
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


# --- export, a received file's check and an older store's upgrade run there too ---------------


class Watch:
    """What the GUI thread sees while the window's operations run: its own 10 ms timer's ticks
    (the window answering), the progress bar's values and the operations started."""

    def __init__(self, window: MainWindow) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.ticks: list[int] = []
        self.shown: list[int] = []
        self.operations: list = []
        self.runs: list[tuple[int, int]] = []  # (ticks when an operation started, when it ended)
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(self.clock.elapsed()))
        window.files.runner.strip.bar.valueChanged.connect(self.shown.append)
        window.files.runner.busy_changed.connect(self._busy)
        self.runner = window.files.runner
        self.timer.start()

    def _busy(self, on: bool) -> None:
        if on:
            self.operations.append(self.runner.current)
            self.runs.append((len(self.ticks), -1))
        else:
            self.runs[-1] = (self.runs[-1][0], len(self.ticks))

    def ticks_while_running(self, n: int = 0) -> int:
        start, end = self.runs[n]
        return end - start

    def off_gui_thread(self) -> bool:
        gui = threading.current_thread().name
        return bool(self.operations) and all(op.thread_name not in (None, gui) for op in self.operations)


@pytest.fixture
def slow_export(monkeypatch) -> list:
    """The export's copy takes a little longer, so that the window's timer fires while it runs
    whatever the speed of the machine (the export itself is the real one). Functions appended
    to the returned list run on the worker once the copy is made."""
    from negoprep.store import sharing

    real = sharing.built_export
    then: list = []

    @contextlib.contextmanager
    def slowly(*args, **kwargs):
        time.sleep(0.3)
        with real(*args, **kwargs) as built:
            for hook in then:
                hook()
            yield built

    monkeypatch.setattr(sharing, "built_export", slowly)
    return then


def export_from_the_window(window: MainWindow, target: Path, monkeypatch) -> None:
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    window.files.export_dialog.store_radio.setChecked(True)
    window.files.export_dialog.export_button.click()


def test_an_export_runs_off_the_gui_thread_and_writes_what_the_export_writes(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_export, messages
) -> None:
    from negoprep.store.sharing import export_shared, verify_shared

    mine, _ = big_pair
    window = open_window(qtbot, copy_to(mine, tmp_path), tmp_path)
    before = fingerprint(window.store)
    watch = Watch(window)
    target = tmp_path / "share.db"
    export_from_the_window(window, target, monkeypatch)
    # while it runs: the progress is shown with Cancel, the actions that would conflict wait;
    # the store can still be edited (an export only reads it)
    assert window.files.runner.busy and window.files.runner.strip.isVisible()
    assert window.files.runner.strip.cancel_button.isEnabled()
    assert not window.export_action.isEnabled() and not window.merge_action.isEnabled()
    assert window.pages.isEnabled()
    finish_operation(qtbot, window)

    assert watch.off_gui_thread() and watch.ticks_while_running() >= 5
    assert watch.shown and max(watch.shown) == window.files.runner.strip.bar.maximum()
    assert not messages and "share.db" in window.statusBar().currentMessage()
    # the same file as an export made here and now
    report, inline = verify_shared(target), verify_shared(export_shared(window.store, tmp_path / "here.db").target)
    assert report.records == inline.records and report.dossiers == inline.dossiers
    assert fingerprint(window.store) == before and window.export_action.isEnabled()


def test_an_export_that_fails_in_the_worker_says_why_in_one_line_and_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, slow_export, messages
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "share.db"
    slow_export.append(folder.rmdir)  # the memory stick is pulled out while the export runs
    before = fingerprint(window.store)
    export_from_the_window(window, target, monkeypatch)
    finish_operation(qtbot, window)
    [message] = messages
    assert "share.db" in message and "\n" not in message and "Traceback" not in message
    assert window.files.export_dialog.isVisible()  # (back, to choose another place)
    assert not target.exists() and not left_files() and fingerprint(window.store) == before


def test_cancelling_an_export_writes_nothing(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_export
) -> None:
    mine, _ = big_pair
    window = open_window(qtbot, copy_to(mine, tmp_path), tmp_path)
    target = tmp_path / "share.db"
    slow_export.append(window.files.runner.cancel)  # Cancel pressed as the copy is made
    export_from_the_window(window, target, monkeypatch)
    finish_operation(qtbot, window)
    assert "cancelled" in window.statusBar().currentMessage()
    assert not target.exists() and not left_files()


def test_opening_a_colleagues_file_checks_it_off_the_gui_thread(
    qtbot, window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch
) -> None:
    from negoprep.store import verify

    real = verify._check_database

    def slowly(*args, **kwargs):
        time.sleep(0.3)  # (whatever the speed of the machine, the timer fires meanwhile)
        return real(*args, **kwargs)

    monkeypatch.setattr(verify, "_check_database", slowly)
    received = tmp_path / "kim.db"
    demo_store.save_copy(received)
    watch = Watch(window)
    assert window.files.open_store_path(received) and window.files.runner.busy
    assert window.store is demo_store  # (opened once checked)
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and watch.ticks_while_running() >= 5 and watch.shown
    assert window.store.path == received


def older_store(folder: Path, version: int = 9) -> Path:
    """A copy of a store made by an older negoprep (schema `version`)."""
    path = folder / f"old-v{version}.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "stores" / f"v{version}.db", path)
    return path


def test_an_older_store_is_brought_up_to_date_off_the_gui_thread_then_opened(
    qtbot, window: MainWindow, demo_store: Store, tmp_path: Path
) -> None:
    from negoprep.store.connection import probe
    from negoprep.store.migrations import current_version

    path = older_store(tmp_path)
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as old:
        records = _count(old)
    window.settings.remember_store(path)  # the person's own store: opened without a check
    watch = Watch(window)
    assert window.files.open_store_path(path) and window.files.runner.busy
    assert "up to date" in window.files.runner.strip.label.text()
    assert not window.files.runner.strip.cancel_button.isVisible()  # (a schema step is not stopped halfway)
    assert not window.open_store_action.isEnabled() and window.store is demo_store
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and [op.label for op in watch.operations] == [f"Bringing {path.name} up to date"]
    assert window.store.path == path and probe(path)[1] == current_version()
    assert backups.backups(path)  # the backup taken before the upgrade
    after = _count(window.store.db.conn)
    assert {t: after[t] for t in records} == records  # every record kept (and tables added, empty)
    assert window.open_store_action.isEnabled()


def test_an_older_store_that_cannot_be_upgraded_says_why_and_the_window_keeps_its_store(
    qtbot, window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, messages
) -> None:
    from negoprep.store import connection, migrations
    from negoprep.store.engine import sqlite

    path = older_store(tmp_path)
    window.settings.remember_store(path)

    def full(db) -> None:
        raise sqlite.OperationalError("database or disk is full")  # the disk fills up as it is upgraded

    steps = [*migrations.MIGRATIONS[:-1], full]
    monkeypatch.setattr(connection, "MIGRATIONS", steps)
    window.files.open_store_path(path)
    finish_operation(qtbot, window)
    [message] = messages
    assert str(path) in message and "full" in message and "\n" not in message and "Traceback" not in message
    assert window.store is demo_store and window.open_store_action.isEnabled()
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as old:
        # the steps before it stand (after their backup); the step that failed left nothing
        assert old.execute("PRAGMA user_version").fetchone()[0] == len(steps) - 1


def _count(conn) -> dict[str, int]:
    """How many rows each record table of a store holds."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in model.BY_TABLE if t in tables}


# --- copying and deleting a whole dossier --------------------------------------------------------


@pytest.fixture
def slow_dossier_changes(monkeypatch) -> None:
    """Copying and deleting a dossier, and taking either back, take a little longer (the change
    itself is the real one)."""
    for name in ("copy_dossier", "delete_dossier", "undo", "redo"):
        real = getattr(Store, name)

        def slowly(self, *args, _real=real, **kwargs):
            time.sleep(0.3)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, slowly)


@pytest.mark.slow  # (four changes of a 5,000-row dossier, each written record by record)
def test_copying_and_deleting_a_dossier_run_off_the_gui_thread_and_undo_as_before(
    qtbot, big_pair: tuple[Path, Path], tmp_path: Path, monkeypatch, slow_dossier_changes, messages
) -> None:
    from PySide6.QtWidgets import QInputDialog

    mine, _ = big_pair
    window = open_window(qtbot, copy_to(mine, tmp_path), tmp_path)
    store = window.store
    original = window.workspace.dossier_id
    rows = store.count(model.AgendaItem, original)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal", True))
    watch = Watch(window)
    window.copy_dossier_action.trigger()
    # while it runs: a busy bar with what is being done, Cancel, no edits, no second change
    assert window.files.runner.busy and "Copy dossier" in window.files.runner.strip.label.text()
    assert window.files.runner.strip.cancel_button.isVisible()
    assert not window.pages.isEnabled() and not window.copy_dossier_action.isEnabled()
    assert not window.undo_action.isEnabled()
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and watch.ticks_while_running() >= 5
    copy = window.workspace.dossier()
    assert copy.title == "Rehearsal" and copy.id != original and store.count(model.AgendaItem, copy.id) == rows
    assert window.dossier_box.currentText() == "Rehearsal" and window.pages.isEnabled()
    assert "copy dossier" in window.undo_action.text().casefold()
    assert not window.store_watch.paused and not messages

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_dossier_action.trigger()
    assert window.files.runner.busy
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and len(watch.operations) == 2 and watch.ticks_while_running(1) >= 5
    assert [d.id for d in store.dossiers()] == [original] and window.workspace.dossier_id == original
    # each taken back on the runner too: every record is written again (seconds)
    window.undo_action.trigger()  # the deletion taken back: the copy is there again, whole
    assert window.files.runner.busy and not window.undo_action.isEnabled()
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and len(watch.operations) == 3 and watch.ticks_while_running(2) >= 5
    assert window.workspace.dossier_id == copy.id and store.count(model.AgendaItem, copy.id) == rows
    window.undo_action.trigger()  # the copy taken back
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and len(watch.operations) == 4
    assert [d.id for d in store.dossiers()] == [original] and window.workspace.dossier_id == original
    window.redo_action.trigger()  # and made again
    finish_operation(qtbot, window)
    assert watch.off_gui_thread() and len(watch.operations) == 5
    assert window.workspace.dossier_id == copy.id and store.count(model.AgendaItem, copy.id) == rows
    assert not messages


def test_a_dossier_copy_refused_in_the_worker_says_why_and_changes_nothing(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch, messages
) -> None:
    from PySide6.QtWidgets import QInputDialog

    demo_id = window.workspace.dossier_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal", True))
    real = Store.copy_dossier

    def gone_meanwhile(self, dossier_id, *args, **kwargs):
        with Store.open(self.path, BOB) as other:  # another program deletes it as the copy starts
            other.delete_dossier(dossier_id)
        return real(self, dossier_id, *args, **kwargs)

    monkeypatch.setattr(Store, "copy_dossier", gone_meanwhile)
    history = window.workspace.undo_stack.count()
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    [message] = messages
    assert demo_id in message and "\n" not in message and "Traceback" not in message
    assert "Rehearsal" not in [d.title for d in demo_store.dossiers()]
    assert window.workspace.undo_stack.count() == history and window.pages.isEnabled()


def test_full_collections_wait_while_work_runs(qtbot, window: MainWindow) -> None:
    """A full garbage collection walks every object with the interpreter held: while work
    runs off the GUI thread none runs (the window would freeze with it); once it has ended,
    the collections are as they were, and nothing the work left is kept from them."""
    import gc

    from negoprep.ui.operations import Background, Operation

    window.workspace.prepare_choices()  # (the lists read now, not while the work runs)
    Background.settle_all()
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    during: list[tuple[int, int, int]] = []
    gate = threading.Event()

    def work(progress) -> list[list[int]]:
        gate.wait(10)
        return [[n] for n in range(20_000)]  # (what a large change keeps: lists, which collections walk)

    kept: list[object] = []
    Operation("Making records", work).success(kept.append).run_on(window.files.runner)
    during.append(gc.get_threshold())
    gate.set()
    finish_operation(qtbot, window)
    assert during[0][:2] == before[:2] and during[0][2] > 1_000_000
    Background.settle_all()
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen and len(kept[0]) == 20_000
    assert gc.isenabled()


def test_the_full_collection_held_back_runs_once_the_outcome_is_shown(qtbot, window: MainWindow) -> None:
    """What the work made garbage of, in reference cycles that only a full collection frees,
    is freed right after the outcome is shown (as an event of its own), not at a moment
    Python picks later, in the middle of what the person does next."""
    import gc
    import weakref

    from negoprep.ui.operations import Background, Operation

    window.workspace.prepare_choices()  # (the lists read now: the work runs alone)
    Background.settle_all()

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    gc.collect()  # (the cycle among the oldest objects: a young collection does not free it)
    held = [cycle]
    del cycle

    def work(progress) -> list[list[int]]:
        held.clear()  # (garbage now, for a full collection to find)
        return [[n] for n in range(100_000)]  # (enough kept objects for a full collection to be due)

    shown: list[bool] = []

    def outcome(made: list[list[int]]) -> None:
        gc.disable()  # (from here on, only a collection asked for runs)
        shown.append(gone() is not None)

    Operation("Making records", work).success(outcome).run_on(window.files.runner)
    try:
        finish_operation(qtbot, window)
        qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    finally:
        gc.enable()
    assert shown == [True]


def test_full_collections_wait_until_every_work_running_has_ended(qtbot) -> None:
    """A chart drawn while a merge runs: the collections come back when both have ended."""
    import gc

    from negoprep.ui.operations import LongWork

    before = gc.get_threshold()
    LongWork.begin()
    LongWork.begin()
    LongWork.end()
    assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 1_000_000
    LongWork.end()
    assert gc.get_threshold() == before


def test_a_views_background_work_forces_no_full_collection_after_it(qtbot, monkeypatch) -> None:
    """A chart drawn or a list read keeps most of what it makes: a full collection forced after
    each (50-130 ms at 100,000 rows) landed in the next action; an operation's still comes."""
    import gc

    from negoprep.ui import operations

    operations.LongWork.begin(collect_after=False)  # (its timer made, a real one)
    operations.LongWork.end()
    scheduled: list[object] = []

    class Timer:
        @staticmethod
        def singleShot(_ms: int, call: object) -> None:
            scheduled.append(call)

    monkeypatch.setattr(operations, "QTimer", Timer)
    for collect_after in (False, True):
        operations.LongWork.begin(collect_after=collect_after)
        made = [[n] for n in range(100_000)]
        operations.LongWork.collect_young()
        operations.LongWork.end()
        del made
    assert scheduled == [gc.collect] and gc.isenabled()
