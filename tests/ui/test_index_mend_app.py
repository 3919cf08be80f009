"""The app's background check of its store writes the search index anew when the index does not
match the records, off the GUI thread, before the day's backup is taken."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from negoprep import paths
from negoprep.store import backups, engine, search_text
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui.dialogs.damaged_dialog import IntegrityCheck
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings


def _lose_an_entry(store: Store) -> str:
    """A talking point whose index entry another program removed; its id."""
    point = store.content(store.dossiers()[0].id).talking_points[0]
    point = store.put(replace(point, text="Findable 공급망안정화 line"))
    with store.transaction():
        docid = store.db.conn.execute(
            "SELECT docid FROM search_rows WHERE table_name = 'talking_points' AND row_id = ?", (point.id,)
        ).fetchone()[0]
        store.db.conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
        store.db.conn.execute(
            "INSERT INTO search (rowid, table_name, title) VALUES (9000001, 'talking_points', 'Qzorphanmarker')"
        )
    return point.id


def test_the_check_mends_the_index_off_the_gui_thread_before_the_backup(qtbot, demo_store: Store, monkeypatch) -> None:
    point_id = _lose_an_entry(demo_store)
    threads: list[bool] = []
    mend = backups.mend_search_index

    def watched(path: Path, **kwargs) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        assert backups.latest_backup(path) is None  # (mended before the day's backup)
        return mend(path, **kwargs)

    monkeypatch.setattr(backups, "mend_search_index", watched)
    check = IntegrityCheck(demo_store.path, writable=True)
    damaged: list[list[str]] = []
    check.damaged.connect(damaged.append)
    with qtbot.waitSignal(check.done, timeout=10_000):
        check.start()
    assert threads == [False] and not damaged
    assert [h.row_id for h in demo_store.search("Findable")] == [point_id]
    assert not demo_store.search("Qzorphanmarker")
    backup = backups.latest_backup(demo_store.path)
    assert backup is not None and backup.kind == "daily"
    conn = engine.connect(f"file:{backup.path}?mode=ro", uri=True, isolation_level=None)
    try:
        assert search_text.agrees(conn)  # the backup holds the mended index
    finally:
        conn.close()
    assert "did not match its records" in (paths.log_dir() / "negoprep.log").read_text(encoding="utf-8")


def test_a_read_only_window_does_not_mend(qtbot, demo_store: Store, monkeypatch) -> None:
    _lose_an_entry(demo_store)
    monkeypatch.setattr(backups, "mend_search_index", lambda *a, **k: (_ for _ in ()).throw(AssertionError("mended")))
    check = IntegrityCheck(demo_store.path, writable=False)
    with qtbot.waitSignal(check.done, timeout=10_000):
        check.start()
    assert not search_text.agrees(demo_store.db.conn)


def test_the_window_finds_the_record_once_its_store_is_checked(
    qtbot, demo_store: Store, tmp_path: Path, messages
) -> None:
    point_id = _lose_an_entry(demo_store)
    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert not window.store.search("Findable")
    check = app_module.watch_integrity(window)
    assert check is not None
    check.wait()
    qtbot.waitUntil(lambda: bool(window.store.search("Findable")), timeout=10_000)
    assert [h.row_id for h in window.store.search("Findable")] == [point_id]
    assert not messages
