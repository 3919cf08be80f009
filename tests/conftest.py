"""Every test runs without a display and without touching the person's own folders."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
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


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """The widgets a test leaves (pytest-qt closes and `deleteLater`s those it was given) are
    deleted now: `processEvents` alone never runs a deferred delete, so every window of every
    earlier test would stay alive, and each later language change or event would reach them all."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
    """age's passphrase encryption (scrypt, about a second and a half each way by design) is
    paid once per plaintext and passphrase in a test session: an age file encrypted with a
    passphrase is remembered, with what it holds, and the same bytes encrypted again with
    the same passphrase give that file again; decrypting it gives what it was made from
    without deriving the key again, and so does decrypting any file once decrypted. Every
    file is one age made (with a salt and file key of its own, whose work factor is age's),
    a refusal is never remembered (a wrong passphrase, a changed byte: tried for real each
    time), and the age tool itself still opens what negoprep writes (test_crypto)."""
    import pyrage

    real_encrypt, real_decrypt = pyrage.passphrase.encrypt, pyrage.passphrase.decrypt
    encrypted: dict[tuple[bytes, str], bytes] = {}
    decrypted: dict[tuple[bytes, str], bytes] = {}

    def encrypt(data: bytes, passphrase: str) -> bytes:
        known = (hashlib.sha256(data).digest(), passphrase)
        if known not in encrypted:
            made = encrypted[known] = real_encrypt(data, passphrase)
            decrypted[hashlib.sha256(made).digest(), passphrase] = bytes(data)
        return encrypted[known]

    def decrypt(data: bytes, passphrase: str) -> bytes:
        known = (hashlib.sha256(data).digest(), passphrase)
        if known not in decrypted:
            decrypted[known] = real_decrypt(data, passphrase)
        return decrypted[known]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pyrage.passphrase, "encrypt", encrypt)
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


@pytest.fixture(scope="session")
def _store_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str | None], Path]:
    """The store file the `store` and `demo_store` fixtures start from, made once per test
    process and copied for each test: a new store (None), or one holding the demo dossier in a
    language, each made as those fixtures made it for every test before (`Store.open`, then
    `Store.load` of the bundled document; closed, so that it is one file)."""
    folder = tmp_path_factory.mktemp("store-templates")

    @functools.cache
    def made(language: str | None) -> Path:
        path = folder / f"store-{language or 'new'}.db"
        with Store.open(path, AUTHOR) as store:
            if language is not None:
                store.load(json.loads(paths.seed_text(startup.DEMO_SEEDS[language])))
        return path

    return made


@pytest.fixture
def store(tmp_path: Path, request: pytest.FixtureRequest, _store_template: Callable[[str | None], Path]):
    """A new, empty store file; for a test that asks for `demo_store`, one holding the demo
    dossier (a copy of the store made once per test process: loading the demo costs ten times
    the copy)."""
    language = request.getfixturevalue("demo_language") if "demo_store" in request.fixturenames else None
    path = tmp_path / "store.db"
    shutil.copyfile(_store_template(language), path)
    with Store.open(path, AUTHOR) as s:
        yield s


@pytest.fixture
def demo_store(store: Store, demo_language: str) -> Store:
    """A store file holding the demo dossier in `demo_language` (the `store` of the test)."""
    return store
