"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.operations import Background
from negoprep.ui.settings import Settings
from negoprep.ui.tab_order import guard_tab_order
from negoprep.ui.wheel import guard_wheel
from negoprep.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def _input_rules(qapp) -> None:
    """The wheel and Tab rules the app installs at start (negoprep.ui.app.application), for
    views and dialogs built on their own."""
    guard_wheel(qapp)
    guard_tab_order(qapp)


@pytest.fixture(autouse=True)
def _background_settled() -> Iterator[None]:
    """Work a test started off the GUI thread (charts drawn, lists read) ends within it: none
    delivers into the next test, nor holds the collections back there."""
    yield
    Background.settle_all()


@pytest.fixture
def ws(demo_store: Store) -> Workspace:
    """A workspace on the demo dossier that keeps the problems it reports (as `problems`)."""
    workspace = Workspace(demo_store)
    workspace.set_dossier(demo_store.dossiers()[0].id)
    workspace.problems = []  # type: ignore[attr-defined]
    workspace.problem.connect(workspace.problems.append)  # type: ignore[attr-defined]
    return workspace


@pytest.fixture
def window(qtbot, demo_store: Store, tmp_path: Path) -> MainWindow:
    """The main window on the demo dossier, shown, with settings of its own."""
    win = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """The texts of the message boxes shown (information, warning, critical), none of them shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append(text))
    return shown
