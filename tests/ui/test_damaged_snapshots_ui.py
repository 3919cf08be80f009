"""A revision snapshot damaged in the open store (negoprep.store.packing): the History pane says
so and the window offers the ways out of a damaged store (restore, salvage or quit), never an
"Internal error"; so does any other slot that meets the damage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.store.connection import DamagedStoreError
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui.dialogs.history_view import HistoryView
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from negoprep.ui.workspace import Workspace
from tests.store.test_damaged_snapshots import _damage, _made
from tests.store.test_merge import ALICE
from tests.ui.helpers import choose_in_damaged_dialog


def _damaged_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, "not deflate", head=False)
    return path


@pytest.fixture
def windows(qtbot) -> Iterator[list[MainWindow]]:
    """The windows a test makes; their stores are closed after the windows (at teardown)."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()
        window.store.close()


def test_the_history_pane_says_the_history_is_damaged(qtbot, tmp_path: Path) -> None:
    with Store.open(_damaged_store(tmp_path), ALICE) as store:
        workspace = Workspace(store)
        seen: list[DamagedStoreError] = []
        workspace.damaged.connect(seen.append)
        view = HistoryView(workspace)
        qtbot.addWidget(view)
        view.show_record(model.AgendaItem, "a-0")  # (raises nothing: said in the pane)
        assert "damaged" in view.toPlainText()
        assert len(seen) == 1 and seen[0].path == store.path
        view.show_record(model.AgendaItem, "a-1")  # another record's history still shows
        assert "damaged" not in view.toPlainText()


def test_damage_met_in_the_window_offers_the_ways_out(
    qtbot, tmp_path: Path, monkeypatch, messages, windows: list[MainWindow]
) -> None:
    path = _damaged_store(tmp_path)
    store = Store.open(path, ALICE)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    windows.append(window)
    app_module.watch_damage(window)
    seen: list[str] = []
    choose_in_damaged_dialog(monkeypatch, "salvage", seen)
    window.workspace.damaged.emit(DamagedStoreError("damaged", path, "a revision's snapshot is damaged"))
    qtbot.waitUntil(lambda: bool(seen))
    assert "snapshot" in seen[0]
    qtbot.waitUntil(lambda: window.store.path is not None and window.store.path != path)
    assert "salvaged" in window.store.path.name
    window._integrity_watch[1].wait()  # (the salvaged store is checked in turn)
    assert window.store.get(model.AgendaItem, "a-0") is not None
    assert not any("Internal error" in m for m in messages)


def test_damage_escaping_a_slot_offers_the_ways_out_not_an_internal_error(
    qtbot, tmp_path: Path, monkeypatch, windows: list[MainWindow]
) -> None:
    path = _damaged_store(tmp_path)
    store = Store.open(path, ALICE)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    offered: list[DamagedStoreError] = []
    window.store_damaged.connect(offered.append)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[1]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[1]))
    try:
        store.history(model.AgendaItem, "a-0")
    except DamagedStoreError as exc:
        app_module._uncaught(type(exc), exc, exc.__traceback__)
    assert len(offered) == 1 and said == []


def test_the_addendum_of_a_damaged_store_says_so_and_offers_the_ways_out(
    qtbot, tmp_path: Path, monkeypatch, windows: list[MainWindow]
) -> None:
    """The addendum's "before" is rebuilt from every revision: one it cannot read is damage,
    said in one line, and the window's store is then offered restore or salvage (as any slow
    operation that meets the damage of the window's store)."""
    from negoprep.ui import printing
    from tests.ui.helpers import finish_operation

    path = _damaged_store(tmp_path)
    window = MainWindow(Store.open(path, ALICE), Settings(tmp_path / "settings.ini"))
    windows.append(window)
    window.workspace.set_dossier(window.store.dossiers()[0].id)
    offered: list[DamagedStoreError] = []
    window.store_damaged.connect(offered.append)
    said: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: said.append((a[1], a[2])))
    assert printing.print_addendum(window, since="2000-01-01T00:00:00Z") is None  # (on the runner)
    finish_operation(qtbot, window)
    assert [title for title, _ in said] == ["Cannot print"]
    assert "damaged" in said[0][1] and "snapshot" in said[0][1]
    assert len(offered) == 1 and offered[0].path == path
