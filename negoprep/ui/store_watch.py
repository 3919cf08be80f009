"""Keeping the open window and the store file in step with each other and with other programs.

Two duties, on one timer of the GUI thread (SQLite's connection belongs to that thread):

- **Others' changes show.** `PRAGMA data_version` changes when another program (the command
  line, a second window) commits to the store; the workspace then announces every table as
  changed, so each view reloads what it shows (a field the person is typing in keeps what was
  typed: see RecordForm.show_record).
- **The .db file alone is complete whenever the app is idle.** In WAL mode recent changes live
  in the -wal file beside the store; once nothing has changed for IDLE_MS, the log is folded
  into the .db (a checkpoint that never waits), so that a copy of the .db made then, on a USB
  stick, holds everything. A checkpoint another program holds back is tried again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from negoprep.errors import NegoprepError
from negoprep.records import model
from negoprep.ui.workspace import Workspace

POLL_MS = 500
IDLE_MS = 1000


class StoreWatch(QObject):
    """Polls the workspace's store for others' changes and folds its log in when idle."""

    #: another program changed the store (the workspace has announced it already)
    external_change = Signal()

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, before_refresh: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: saves what the person has typed before the views reload: a record another program
        #: changed may leave the filtered list, and its form with it
        self.before_refresh = before_refresh
        self.store = workspace.store
        self._version = self._read_version()
        self._dirty = True  # a store may be opened with a log left by an earlier session
        self._last_change = time.monotonic()
        #: set while a change of this window waits for the store: no look in between
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        workspace.changed.connect(self._changed_here)
        if self.store.path is not None:  # (read-only too: it still shows what others write)
            self.timer.start()

    def _read_version(self) -> int | None:
        try:
            return self.store.data_version()
        except NegoprepError:
            return None

    def take_own_change(self) -> None:
        """This window changed the store through a connection of its own (an operation on a
        worker thread): take the store's version as it is now, so that the change is not
        announced as another program's."""
        version = self._read_version()
        if version is not None:
            self._version = version
        self._changed_here()

    def _changed_here(self, _tables: object = None) -> None:
        self._dirty = True
        self._last_change = time.monotonic()

    def poll(self) -> None:
        """One look: others' changes first, then a checkpoint when the store has been idle."""
        if self.paused:
            return
        version = self._read_version()
        if version is not None and self._version is not None and version != self._version:
            self._version = version
            self._changed_here()
            if self.before_refresh is not None:
                self.before_refresh()
            self.workspace.changed.emit(frozenset(model.BY_TABLE))
            self.external_change.emit()
        elif self._version is None:
            self._version = version
        idle_for = (time.monotonic() - self._last_change) * 1000
        if self._dirty and idle_for >= IDLE_MS and not self.store.readonly:
            self._dirty = not self.store.checkpoint()

    def stop(self) -> None:
        self.timer.stop()
