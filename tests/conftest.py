"""Every test runs without a display and without touching the person's own folders."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from negoprep import i18n, paths, startup
from negoprep.records.model import Author
from negoprep.store.store import Store

AUTHOR = Author(id="00000000-0000-4000-8000-000000000001", name="Test Author")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Config, data and logs go to a fresh folder; no environment leaks in from outside."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("NEGOPREP_STORE", raising=False)
    monkeypatch.delenv("NEGOPREP_AUTHOR", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # private folders go to the temp folder
    # English unless a test asks for another language: the machine's own locale stays out
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    yield
    # every test leaves English behind, Qt's locale included (a Korean locale changes the
    # fonts Qt picks for every later test of the process), and no stand-in translator
    translation = sys.modules.get("negoprep.ui.translation")
    if translation is not None:
        translation.use_language("en")
    else:
        i18n.install(i18n.SOURCE_LANGUAGE, None)


DEMO_LANGUAGES = sorted(startup.DEMO_SEEDS)
both_demos = pytest.mark.parametrize("demo_language", DEMO_LANGUAGES)  # a test on each demo dossier


@pytest.fixture
def demo_language() -> str:
    """The language of the demo dossier a test works on: English unless it is parametrized
    with `both_demos`."""
    return "en"


@pytest.fixture
def demo_doc(demo_language: str) -> dict:
    """The bundled demo dossier, as a fresh document."""
    return json.loads(paths.seed_text(startup.DEMO_SEEDS[demo_language]))


@pytest.fixture
def store(tmp_path: Path):
    """A new, empty store file."""
    with Store.open(tmp_path / "store.db", AUTHOR) as s:
        yield s


@pytest.fixture
def demo_store(store: Store, demo_doc: dict) -> Store:
    """A store file holding the demo dossier."""
    store.load(demo_doc)
    return store
