"""A damaged store at start-up: said plainly, with the latest backup offered, never opened silently."""

from __future__ import annotations

import threading
from pathlib import Path

from negoprep.store import backups
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui.dialogs.damaged_dialog import DamagedDialog, IntegrityCheck, recover
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from tests.conftest import AUTHOR
from tests.store.test_backups import _break_an_index, _corrupt_page_one
from tests.ui.helpers import choose_in_damaged_dialog as _choose


def test_the_dialog_names_the_damage_and_the_backup(qtbot, demo_store: Store) -> None:
    backups.daily_backup(demo_store.path)
    dialog = DamagedDialog(demo_store.path, "database disk image is malformed")
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert f"{demo_store.path} is damaged: database disk image is malformed." in text
    assert dialog.restore_button is not None and dialog.backup.label in dialog.restore_button.text()
    dialog.salvage_button.click()
    assert dialog.choice == "salvage"


def test_without_a_backup_only_salvage_and_quit_are_offered(qtbot, store: Store) -> None:
    dialog = DamagedDialog(store.path, "broken")
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and "no automatic backup" in dialog.message.text()
    dialog.quit_button.click()
    assert dialog.choice == "quit"


def test_the_check_runs_off_the_gui_thread_and_reports_in_it(qtbot, demo_store: Store) -> None:
    path = demo_store.path
    demo_store.close()
    _break_an_index(path)
    check = IntegrityCheck(path, writable=True)
    heard: list[tuple[str, bool]] = []
    in_gui_thread = threading.current_thread
    check.damaged.connect(lambda problem: heard.append((problem, in_gui_thread() is threading.main_thread())))
    with qtbot.waitSignal(check.done, timeout=10_000):
        check.start()
    qtbot.waitUntil(lambda: bool(heard))
    assert heard[0][0] and heard[0][1]
    assert backups.latest_backup(path) is None  # never a daily backup of a damaged store


def test_a_whole_store_gets_its_daily_backup(qtbot, demo_store: Store) -> None:
    check = IntegrityCheck(demo_store.path, writable=True)
    damaged: list[str] = []
    check.damaged.connect(damaged.append)
    with qtbot.waitSignal(check.done, timeout=10_000):
        check.start()
    assert not damaged and backups.latest_backup(demo_store.path).kind == "daily"


def test_damage_found_after_the_window_shows_restores_the_backup(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch, messages
) -> None:
    backups.daily_backup(demo_store.path)
    path = demo_store.path
    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    _break_an_index(path)  # by another connection: SQLite's own, as any writer would
    seen: list[str] = []
    _choose(monkeypatch, "restore", seen)
    check = app_module.watch_integrity(window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    check.wait()
    assert seen and "is damaged" in seen[0]
    assert "kept as" in messages[0]
    assert window.store.path == path and not window.store.readonly
    assert backups.check_integrity(path) == []
    assert list(path.parent.glob("store.damaged-*.db"))
    assert window.store.dossiers()


def test_a_store_damaged_at_open_is_not_opened_when_the_person_quits(
    qtbot, demo_store: Store, monkeypatch, messages
) -> None:
    backups.daily_backup(demo_store.path)
    path = demo_store.path
    demo_store.close()
    _corrupt_page_one(path)
    seen: list[str] = []
    _choose(monkeypatch, "quit", seen)
    assert app_module._open(path, False, app_module.application()) is None
    assert "is damaged" in seen[0] and "latest automatic backup" in seen[0]
    assert not list(path.parent.glob("store.damaged-*"))  # nothing moved


def test_a_store_damaged_at_open_is_restored_from_its_backup(qtbot, demo_store: Store, monkeypatch, messages) -> None:
    backups.daily_backup(demo_store.path)
    path = demo_store.path
    expected = demo_store.dossiers()
    demo_store.close()
    _corrupt_page_one(path)
    _choose(monkeypatch, "restore", [])
    opened = app_module._open(path, False, app_module.application())
    assert opened is not None and opened.path == path
    with opened:
        assert opened.dossiers() == expected


def test_a_damaged_store_is_salvaged_into_a_new_file(qtbot, demo_store: Store, monkeypatch, messages) -> None:
    path = demo_store.path
    expected = demo_store.dossiers()
    demo_store.close()
    _break_an_index(path)
    _choose(monkeypatch, "salvage", [])
    chosen = recover(None, path, "broken index")
    assert chosen is not None and chosen != path and "rows kept in" in messages[0]
    with Store.open(chosen, AUTHOR) as salvaged:
        assert salvaged.dossiers() == expected
