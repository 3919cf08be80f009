"""The app's "Add the demo dossier" adds the demo in the language of the interface."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from negoprep import i18n, paths, startup
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from negoprep.ui.translation import use_language


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    use_language("en")


def test_every_language_of_the_interface_has_its_demo() -> None:
    assert set(startup.DEMO_SEEDS) == set(i18n.LANGUAGES)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_demo_button_adds_the_demo_in_the_interface_language(
    qtbot, store: Store, tmp_path: Path, language: str
) -> None:
    use_language(language)  # as Settings → Language does; the system's language is English
    win = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    assert win.pages.currentIndex() == 1  # the empty store's page
    qtbot.mouseClick(win.demo_button, Qt.MouseButton.LeftButton)
    seed = json.loads(paths.seed_text(startup.DEMO_SEEDS[language]))
    assert [d.id for d in store.dossiers()] == [seed["dossier"]["id"]]
    assert win.pages.currentIndex() == 0 and win.workspace.dossier_id == seed["dossier"]["id"]
