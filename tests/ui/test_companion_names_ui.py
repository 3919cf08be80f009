"""The window's doors that write a file a person names (export, a new store) refuse a name
ending in -wal, -shm or -journal for what it is, not as a file that "already exists"."""

from __future__ import annotations

from pathlib import Path

from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.main_window import MainWindow


def test_exporting_over_the_stores_log_says_it_is_the_stores(
    window: MainWindow, demo_store: Store, monkeypatch, messages: list[str]
) -> None:
    wal = Path(f"{demo_store.path}-wal")
    assert wal.exists()  # (the open store's log)
    before = wal.read_bytes()
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(wal), ""))
    window.export_action.trigger()
    window.files.export_dialog.store_radio.setChecked(True)
    window.files.export_dialog.export_button.click()
    [message] = messages
    assert "belongs to the store" in message and "exists" not in message
    assert wal.read_bytes() == before


def test_a_new_store_is_not_made_under_a_companion_name(
    window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, messages: list[str]
) -> None:
    for target in (Path(f"{demo_store.path}-wal"), tmp_path / "later.db-journal"):
        monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, t=target, **k: (str(t), ""))
        window.new_store_action.trigger()
        assert window.store is demo_store
    assert len(messages) == 2
    assert "belongs to the store" in messages[0] and "exists" not in messages[0]
    assert "companion file" in messages[1]
    assert not (tmp_path / "later.db-journal").exists()
