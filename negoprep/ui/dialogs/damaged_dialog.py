"""A damaged store, said plainly: restore its latest backup, salvage what can be read, or quit.

The full integrity check runs once the window has first painted, in a background thread with its own
read-only connection; a store found whole then gets its backup of the day.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.store import backups
from negoprep.store.engine import sqlite

#: how much of SQLite's description of a problem the dialog shows
PROBLEM_CHARS = 120


def _one_line(problem: str) -> str:
    # an integrity row may start with a line naming the database ("*** in database main ***")
    lines = [line.strip() for line in problem.splitlines() if line.strip() and not line.startswith("***")]
    text = " ".join(lines) or problem.strip()
    return text if len(text) <= PROBLEM_CHARS else text[: PROBLEM_CHARS - 1].rstrip() + "…"


def describe(path: Path, problems: str | list[str]) -> str:
    """The damage in one line: the first problem SQLite found, and how many more there are."""
    found = [problems] if isinstance(problems, str) else list(problems)
    if not found:
        return translate("DamagedDialog", "{name} is damaged").format(name=path)
    text = translate("DamagedDialog", "{name} is damaged: {problem}").format(name=path, problem=_one_line(found[0]))
    more = len(found) - 1
    if more == 1:
        text += " " + translate("DamagedDialog", "(and 1 more problem)")
    elif more > 1:
        text += " " + translate("DamagedDialog", "(and {count} more problems)").format(count=more)
    return text


class DamagedDialog(QDialog):
    """What is wrong with the store and the ways out; `choice` is "restore", "salvage" or "quit"."""

    def __init__(self, path: Path, problems: str | list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DamagedDialog", "The store is damaged"))
        self.path = path
        self.backup = backups.latest_backup(path)
        self.choice = "quit"
        text = describe(path, problems) + "."
        if self.backup is not None:
            text += " " + translate("DamagedDialog", "Its latest automatic backup is of {date}.").format(
                date=self.backup.label
            )
        else:
            text += " " + translate("DamagedDialog", "There is no automatic backup of it.")
        text += " " + translate("DamagedDialog", "The damaged file is kept aside under a new name, never deleted.")
        self.message = QLabel(text, wordWrap=True, objectName="damage_message")
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if self.backup is not None:
            self.restore_button = buttons.addButton(
                translate("DamagedDialog", "Restore the backup of {date}").format(date=self.backup.label),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.clicked.connect(lambda: self._choose("restore"))
        self.salvage_button = buttons.addButton(
            translate("DamagedDialog", "Salvage what can be read into a new file"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.salvage_button.clicked.connect(lambda: self._choose("salvage"))
        self.quit_button = buttons.addButton(translate("DamagedDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(lambda: self._choose("quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.restore_button or self.salvage_button).setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == "quit":
            self.reject()
        else:
            self.accept()


def recover(parent: QWidget | None, path: Path, problems: str | list[str]) -> Path | None:
    """Ask what to do with a damaged store and do it. Returns the store file to open next (the
    restored store, or the salvaged copy), or None to quit."""
    dialog = DamagedDialog(path, problems, parent)
    dialog.exec()
    try:
        if dialog.choice == "restore" and dialog.backup is not None:
            aside = backups.restore(path, dialog.backup)
            QMessageBox.information(
                parent,
                translate("DamagedDialog", "Restored"),
                translate(
                    "DamagedDialog", "{name} is the backup of {date} again. The damaged file is kept as {aside}."
                ).format(name=path, date=dialog.backup.label, aside=aside),
            )
            return path
        if dialog.choice == "salvage":
            report = backups.salvage(path)
            QMessageBox.information(
                parent,
                translate("DamagedDialog", "Salvaged"),
                translate(
                    "DamagedDialog", "Salvaged from {name}: {summary}. The damaged file is left as it was."
                ).format(name=path, summary=report.summary()),
            )
            return report.target
    except (NegoprepError, OSError, sqlite.Error) as exc:
        QMessageBox.critical(parent, translate("DamagedDialog", "Cannot recover the store"), str(exc))
    return None


class IntegrityCheck(QObject):
    """The full check of a store file, off the GUI thread; `damaged` carries what is wrong (a
    list of problems). A store found whole and open for writing has its search index written
    anew where it does not match the records (backups.mend_search_index), then gets its backup
    of the day; one that cannot be read now (locked, not allowed) is neither called damaged nor
    backed up."""

    damaged = Signal(list)
    done = Signal()

    def __init__(self, path: Path, *, writable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.writable = writable
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="negoprep-integrity", daemon=True)
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self) -> None:
        try:
            problems = backups.check_integrity(self.path)
        except NegoprepError:
            self.done.emit()
            return
        if problems:
            self.damaged.emit(problems)
        elif self.writable:
            # a search index that does not match the records (changed by another program, or
            # damaged) is written anew first, so that the day's backup holds it whole too; one
            # that cannot be mended now is tried again at the next check
            with contextlib.suppress(NegoprepError, OSError, sqlite.Error):
                backups.mend_search_index(self.path)
            # a backup that cannot be written today is tried again at the next start
            with contextlib.suppress(NegoprepError, OSError, sqlite.Error):
                backups.daily_backup(self.path)
        self.done.emit()
