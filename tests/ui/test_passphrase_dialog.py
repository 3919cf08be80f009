"""The app asks for an encrypted store's passphrase: masked, checked, asked again when wrong,
Cancel opens nothing; a passphrase kept in the system keyring is used without asking."""

from __future__ import annotations

import shutil
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit

from negoprep.store import at_rest, engine
from negoprep.store.store import Store
from negoprep.ui.dialogs import passphrase_dialog
from negoprep.ui.dialogs.passphrase_dialog import PassphraseDialog, unlock_store
from tests.conftest import AUTHOR

pytestmark = pytest.mark.skipif(not engine.CIPHER, reason="needs sqlcipher3-wheels")

PASSPHRASE = "the delegation's passphrase"
Step = Callable[[PassphraseDialog], None]


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "template.db"
    with Store.open(path, AUTHOR) as store:
        store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d-1", "title": "Secret talks"}})
    at_rest.encrypt_store(path, PASSPHRASE)
    return path


@pytest.fixture
def encrypted(encrypted_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the encrypted store, in a process that knows no key yet."""
    path = tmp_path / "secret.db"
    shutil.copyfile(encrypted_template, path)
    monkeypatch.setattr(engine, "_keys_by_path", {})
    monkeypatch.setattr(engine, "_keys_by_salt", {})
    return path


class FakeKeyring(types.ModuleType):
    """A keyring whose backend works, holding passwords in a dict."""

    def __init__(self) -> None:
        super().__init__("keyring")
        self.kept: dict[tuple[str, str], str] = {}

    def get_keyring(self) -> object:
        return types.SimpleNamespace(priority=5)

    def get_password(self, service: str, account: str) -> str | None:
        return self.kept.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.kept[(service, account)] = password

    def delete_password(self, service: str, account: str) -> None:
        del self.kept[(service, account)]


def answer(steps: list[Step]) -> None:
    """Run each step on the open dialog in turn, as a person would type and click."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, act)
            return
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)


def type_and_ok(text: str) -> Step:
    def step(dialog: PassphraseDialog) -> None:
        field = dialog.findChild(QLineEdit, "passphrase")
        assert field.echoMode() == QLineEdit.EchoMode.Password
        field.setText(text)
        dialog.accept()

    return step


def test_a_wrong_passphrase_is_said_and_asked_again(qtbot, encrypted: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    seen: list[str] = []

    def look(dialog: PassphraseDialog) -> None:
        problem = dialog.findChild(QLabel, "problem")
        seen.append(problem.text() if not problem.isHidden() else "")
        box = dialog.findChild(QCheckBox)
        seen.append(f"{box.isEnabled()} {box.text()}")

    answer([type_and_ok("not it"), look, type_and_ok(PASSPHRASE)])
    assert unlock_store(encrypted)
    assert seen == [
        "That passphrase does not open this store. Try again.",
        "False Keep the passphrase in the system keyring (the keyring package is not installed)",
    ]
    with Store.open(encrypted, AUTHOR, create=False) as store:
        assert [d.title for d in store.dossiers()] == ["Secret talks"]


def test_cancel_opens_nothing(qtbot, encrypted: Path) -> None:
    answer([lambda dialog: dialog.reject()])
    assert not unlock_store(encrypted)
    assert engine.key_for(encrypted) is None
    with pytest.raises(engine.EncryptedStoreError):
        Store.open(encrypted, AUTHOR, create=False)


def test_a_kept_passphrase_is_used_next_time_without_asking(qtbot, encrypted: Path, monkeypatch) -> None:
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)

    def keep(dialog: PassphraseDialog) -> None:
        box = dialog.findChild(QCheckBox)
        assert box.isEnabled()
        box.setChecked(True)
        type_and_ok(PASSPHRASE)(dialog)

    answer([keep])
    assert unlock_store(encrypted)
    assert list(fake.kept.values()) == [PASSPHRASE]
    monkeypatch.setattr(engine, "_keys_by_path", {})
    monkeypatch.setattr(engine, "_keys_by_salt", {})
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: pytest.fail("asked again"))
    assert unlock_store(encrypted)
    assert passphrase_dialog.kept_passphrase(encrypted) == PASSPHRASE


def test_the_key_is_derived_off_the_windows_thread_the_dialog_painting_meanwhile(
    qtbot, encrypted: Path, monkeypatch
) -> None:
    """scrypt takes a moment (about 0.2 s): the dialog keeps painting, and takes no second try."""
    import threading

    monkeypatch.setitem(sys.modules, "keyring", None)
    real = engine.unlock
    during: list[tuple[str, bool]] = []
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)

    def unlock(path: Path, passphrase: str) -> str:
        dialog = QApplication.activeModalWidget()
        during.append((threading.current_thread().name, dialog.isEnabled()))
        threading.Event().wait(0.2)  # as slow as a laptop's scrypt, whatever this machine is
        return real(path, passphrase)

    monkeypatch.setattr(engine, "unlock", unlock)
    answer([type_and_ok(PASSPHRASE)])
    before = len(ticks)
    assert unlock_store(encrypted)
    timer.stop()
    assert during == [(during[0][0], False)] and during[0][0] != threading.main_thread().name
    assert len(ticks) - before >= 10  # the event loop ran while the key was derived
