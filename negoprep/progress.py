"""Progress and cancellation of long work (merge, verify, export), as plain callables.

Long core functions take an optional `Progress`. Between two steps they call
`progress.step(done, total, label)`: it tells whoever listens how far the work has come and,
when the person has asked to stop, raises `CancelledError`, so that the work ends where it can
end cleanly (a merge rolls its transaction back; an export writes nothing). A `Progress()`
with nothing attached costs a function call per step and never cancels.

Nothing here knows about threads or Qt: the window's operations runner attaches a `report`
that posts to the GUI thread and a `cancelled` that reads a flag the Cancel button sets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import TypeVar

from negoprep.errors import NegoprepError
from negoprep.i18n import translate

T = TypeVar("T")

#: Records written (or read) between two reports of a loop over records: often enough for a
#: bar that moves, rarely enough that reporting costs nothing.
RECORDS_PER_REPORT = 250


class CancelledError(NegoprepError):
    """The person stopped the work; nothing was changed or written."""

    def __init__(self, message: str | None = None):
        super().__init__(message or translate("progress", "cancelled: nothing was changed"))


@dataclass
class Progress:
    """How long work reports how far it has come, and learns whether to stop.

    `report(done, total, label)`: `done` of `total` steps (whole numbers, 0 ≤ done ≤ total),
    `label` a short phrase in the interface's language ("Merging agenda items"). It runs on
    the worker's thread, so it must be quick. `cancelled()`: True once the person has asked to
    stop; it is read between steps and from SQLite's progress handler, so it must be cheap."""

    report: Callable[[int, int, str], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int, label: str = "") -> None:
        """Tell how far the work has come; raises CancelledError when the person has asked to stop."""
        self.check()
        self.say(done, total, label)

    def each(
        self, items: Iterable[T], label: str = "", every: int | None = None, *, start: int = 0, total: int | None = None
    ) -> Iterator[T]:
        """The items one by one, with a `step(start + done, total, label)` before every
        `every`-th (the first included; by default every `RECORDS_PER_REPORT`-th): a loop that
        tells how far it has come and stops where asked. `start` and `total` (by default 0 and
        `len(items)`, which an iterator without a length must be given) place the loop within
        longer work of several loops."""
        every = every or RECORDS_PER_REPORT
        if total is None:
            if not isinstance(items, Sized):
                raise TypeError("the total of a loop over an iterator must be given")  # untranslated: a defect
            total = len(items) + start
        for done, item in enumerate(items):
            if done % every == 0:
                self.step(start + done, total, label)
            yield item

    def say(self, done: int, total: int, label: str = "") -> None:
        """Tell how far the work has come, without stopping it (past the point of no return)."""
        if self.report is not None:
            self.report(done, total, label)

    def is_cancelled(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def check(self) -> None:
        """Raise CancelledError when the person has asked to stop."""
        if self.is_cancelled():
            raise CancelledError()

    def interrupter(self) -> Callable[[], int]:
        """A handler for SQLite (`conn.set_progress_handler(progress.interrupter(), n)`) that
        stops the running statement once the person has asked to stop. It stops one statement
        only: the ROLLBACK and DETACH that clean up after it must run to their end."""
        stopped = False

        def handler() -> int:
            nonlocal stopped
            if stopped or not self.is_cancelled():
                return 0
            stopped = True
            return 1

        return handler


#: the progress of work nobody watches: it reports nothing and is never cancelled
SILENT = Progress()
