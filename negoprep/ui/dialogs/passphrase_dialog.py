"""Asking for the passphrase of an encrypted store, and keeping it in the system keyring.

The passphrase is typed into a masked field and checked against the store at once: a wrong
one is said so, and asked again; Cancel opens nothing. The person may tick "keep it in the
system keyring" (the optional `keyring` package): a kept passphrase is used the next time
without asking. Where keyring is not installed, or no keyring works here, the tick box is
disabled and says why.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from negoprep.i18n import translate
from negoprep.store import engine
from negoprep.ui.operations import while_painting
from negoprep.ui.record_form import hold_place

KEYRING_SERVICE = "negoprep"


def _keyring() -> Any:
    # optional (and without type stubs): a passphrase is kept only where it is installed
    return importlib.import_module("keyring")


def keyring_problem() -> str | None:
    """Why no passphrase can be kept here (None: the system keyring works)."""
    try:
        keyring = _keyring()
    except ImportError:
        return translate("PassphraseDialog", "the keyring package is not installed")
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure of a backend means: no keyring here
        return translate("PassphraseDialog", "no system keyring works here")
    if getattr(backend, "priority", 1) <= 0:  # keyring's "fail" and "null" backends
        return translate("PassphraseDialog", "no system keyring works here")
    return None


def _account(path: Path) -> str:
    return str(path.resolve())


def kept_passphrase(path: Path) -> str | None:
    """The passphrase kept in the system keyring for the store at `path`, if any."""
    if keyring_problem() is not None:
        return None
    try:
        found = _keyring().get_password(KEYRING_SERVICE, _account(path))
    except Exception:  # noqa: BLE001 - a keyring that fails keeps nothing
        return None
    return found if isinstance(found, str) and found else None


def keep_passphrase(path: Path, passphrase: str) -> None:
    _keyring().set_password(KEYRING_SERVICE, _account(path), passphrase)


def forget_passphrase(path: Path) -> None:
    # nothing kept, or no keyring: nothing to forget
    with contextlib.suppress(Exception):
        _keyring().delete_password(KEYRING_SERVICE, _account(path))


class PassphraseDialog(QDialog):
    """The passphrase of one encrypted store, checked before the dialog closes."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(translate("PassphraseDialog", "Encrypted store"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("PassphraseDialog", "{name} is encrypted. Its passphrase:").format(name=path.name))
        )
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        layout.addWidget(self.field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        hold_place(self.problem)  # the buttons under it stay where they are when it speaks
        self.problem.hide()
        layout.addWidget(self.problem)
        self.keep = QCheckBox(translate("PassphraseDialog", "Keep the passphrase in the system keyring"))
        reason = keyring_problem()
        if reason is not None:
            self.keep.setEnabled(False)
            self.keep.setToolTip(reason)
            self.keep.setText(
                translate("PassphraseDialog", "Keep the passphrase in the system keyring ({reason})").format(
                    reason=reason
                )
            )
        layout.addWidget(self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self._say(translate("PassphraseDialog", "Type the passphrase."))
            return
        self._say(translate("PassphraseDialog", "Opening…"))
        self.setEnabled(False)  # one try at a time; the key takes a moment to derive
        try:
            while_painting(lambda: engine.unlock(self.path, passphrase))
        except engine.WrongPassphraseError:
            self.field.clear()
            self._say(translate("PassphraseDialog", "That passphrase does not open this store. Try again."))
            return
        except Exception as exc:  # noqa: BLE001 - a store that cannot be read: said, and nothing opened
            self._say(str(exc))
            return
        finally:
            self.setEnabled(True)
            self.field.setFocus()
        self.problem.hide()
        if self.keep.isChecked():
            try:
                keep_passphrase(self.path, passphrase)
            except Exception as exc:  # noqa: BLE001 - the store opens; only the keeping failed
                self._say(
                    translate("PassphraseDialog", "The passphrase could not be kept in the keyring: {error}").format(
                        error=exc
                    )
                )
        super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def unlock_store(path: Path, parent: QWidget | None = None) -> bool:
    """Unlock the encrypted store at `path` with its kept passphrase, or ask for it; False when
    the person cancels."""
    kept = kept_passphrase(path)
    if kept is not None:
        try:
            while_painting(lambda: engine.unlock(path, kept))
            return True
        except engine.WrongPassphraseError:
            forget_passphrase(path)  # (the store was encrypted again with another one)
    return PassphraseDialog(path, parent).exec() == QDialog.DialogCode.Accepted
