"""Every test runs without a display and without touching the person's own folders."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from negoprep import i18n, paths, startup
from negoprep.records.model import Author
from negoprep.store import engine
from negoprep.store.store import Store

AUTHOR = Author(id="00000000-0000-4000-8000-000000000001", name="Test Author")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--runslow",
        action="store_true",
        help="also run the tests marked slow (property, soak and stress tests); CI runs them",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked slow run only with --runslow (`.ci/run` gives it)."""
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


#: the store's key derivation itself (PBKDF2, a fraction of a second each time by design)
REAL_DERIVE = engine.derive


@pytest.fixture(autouse=True, scope="session")
def _each_key_derived_once() -> Iterator[None]:
    """The key of a passphrase and salt is derived once per test session and then remembered:
    `engine.derive` is a pure function of the two, so every test gets the very key the app
    derives, without paying the derivation's deliberate cost again for every command that
    reopens the same encrypted store. What the app writes is unchanged (the work factor is the
    app's own; test_at_rest checks that SQLCipher opens our files with the bare passphrase), and
    a test that counts derivations asks for `real_derive`."""
    derived: dict[tuple[str, bytes], str] = {}

    def derive(passphrase: str, salt: bytes) -> str:
        key = derived.get((passphrase, salt))
        if key is None:
            key = derived[passphrase, salt] = REAL_DERIVE(passphrase, salt)
        return key

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "derive", derive)
        yield


@pytest.fixture
def real_derive(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key derived anew, as by a new process (for a test that counts the derivations)."""
    monkeypatch.setattr(engine, "derive", REAL_DERIVE)


@pytest.fixture(autouse=True, scope="session")
def _each_file_decrypted_once() -> Iterator[None]:
    """An age file is decrypted with a passphrase once per test session, its content then
    remembered: decryption is a pure function of the file's bytes and the passphrase, and each
    costs about a second of scrypt by design, paid again whenever a test verifies, previews and
    then merges the same file. A refusal is never remembered (a wrong passphrase is tried for
    real each time), and encryption is the real one every time (a new file key and salt)."""
    import pyrage

    real = pyrage.passphrase.decrypt
    decrypted: dict[tuple[bytes, str], bytes] = {}

    def decrypt(data: bytes, passphrase: str) -> bytes:
        known = (hashlib.sha256(data).digest(), passphrase)
        if known not in decrypted:
            decrypted[known] = real(data, passphrase)
        return decrypted[known]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pyrage.passphrase, "decrypt", decrypt)
        yield


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
