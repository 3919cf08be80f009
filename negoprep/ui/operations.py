"""The one runner of slow work (merge, verify, export, decryption, printing, bringing an older
store up to date) off the GUI thread.

An `Operation` is a plain function and what to do with its outcome, in the manner of Anki's
`CollectionOp`/`QueryOp`:

    Operation(label, work, store=window.store, writes=True).success(show_report).run_on(runner)

`work(progress)` (or `work(store, progress)` with `store`) runs on a worker thread of the
runner's own QThreadPool. A store connection never crosses threads: with `store`, the worker
opens its own connection to the same file (as another program would; SQLite's locks and
WAL keep the two apart) and closes it when the work ends. The work calls
`progress.step(done, total, label)` between steps (negoprep.progress): the status bar shows a
bar and the label, and once the person presses Cancel the next step raises `CancelledError`.

The outcome comes back on the GUI thread: the result to `success`; a NegoprepError or an
OSError (bad input, a refused file) to `failure` as the one clear line the app shows
elsewhere, never a traceback; a cancel to `cancelled` (the work left nothing changed); any
other exception is a defect and is raised again on the GUI thread (the app's crash handler
takes it). One operation runs at a time: `busy_changed` lets the window disable the actions
that would conflict with it meanwhile.

A store in memory has no file a second connection could open: its work runs on the GUI
thread, as before (only tests use such stores).

While work runs, Python's full garbage collections wait (`LongWork`): the work of a large
store makes and keeps hundreds of thousands of objects (a copied dossier's records, the
states an undo needs), and each full collection walks every object with the interpreter held,
which froze the window for up to 190 ms at a time, several times in one piece of work. The
one held back runs once the work has ended, right after its outcome is shown. (Freezing what
the work left, out of every later walk, was tried: an undo step dropped from the history, held
in a reference cycle, then stayed in memory for good.)
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton, QWidget

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.progress import CancelledError, Progress
from negoprep.store.connection import DamagedStoreError
from negoprep.store.engine import sqlite
from negoprep.store.store import Store

#: the shortest time between two progress reports posted to the GUI thread
REPORT_EVERY_S = 0.05

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")


class Operation:
    """One slow piece of work and what the window does with its outcome."""

    def __init__(
        self,
        label: str,
        work: Callable[..., Any],
        *,
        store: Store | None = None,
        writes: bool = False,
        cancellable: bool = True,
    ) -> None:
        """`label`: what the status bar says while it runs ("Merging kim.db"). `work`:
        `work(progress)`, or `work(store, progress)` when `store` is given (then it gets a
        connection of its own to that store's file, read-only where the store is). `writes`:
        the work changes the store (the window then takes no edits until it ends).
        `cancellable`: whether Cancel is offered (the work checks `progress` between steps)."""
        self.label = label
        self.work = work
        self.store_path: Path | None = store.path if store is not None else None
        self.author = store.author if store is not None else None
        self.readonly = store.readonly if store is not None else False
        self.in_memory = store if store is not None and store.path is None else None
        self.with_store = store is not None
        self.writes = writes
        self.cancellable = cancellable
        self._success: Callable[[Any], object] = lambda _result: None
        self._failure: Callable[[str], None] = lambda _message: None
        self._cancelled: Callable[[], None] = lambda: None
        #: the thread the work ran on (for tests and benchmarks)
        self.thread_name: str | None = None

    def success(self, handler: Callable[[Any], object]) -> Operation:
        """Call `handler(result)` on the GUI thread when the work returns."""
        self._success = handler
        return self

    def failure(self, handler: Callable[[str], None]) -> Operation:
        """Call `handler(message)` on the GUI thread when the work raises a NegoprepError or an
        OSError: `message` is its one line, for a message box."""
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[], None]) -> Operation:
        """Call `handler()` on the GUI thread when the person cancelled the work."""
        self._cancelled = handler
        return self

    def run_on(self, runner: OperationRunner) -> bool:
        """Start on `runner`; False (and said in the status bar) when another operation runs."""
        return runner.run(self)

    # --- on the worker thread -------------------------------------------------------------

    def execute(self, progress: Progress) -> Any:
        self.thread_name = threading.current_thread().name
        if not self.with_store:
            return self.work(progress)
        if self.in_memory is not None:
            return self.work(self.in_memory, progress)
        assert self.store_path is not None and self.author is not None
        with Store.open(self.store_path, self.author, create=False, readonly=self.readonly) as store:
            store.on_wait = lambda seconds: self._waiting(store, progress, seconds)
            return self.work(store, progress)

    def _waiting(self, store: Store, progress: Progress, seconds: float) -> None:
        """The work waits for another program that is writing to the store: say so, and stop
        there when the person asks (nothing is written yet: the work has not begun its change)."""
        progress.check()
        text = translate("MainWindow", "Waiting for another program to finish writing to {name}… ({seconds} s)")
        progress.say(0, 0, text.format(name=store.name, seconds=int(seconds)))


class _Signals(QObject):
    """Lives on the GUI thread: what the worker emits arrives there, queued."""

    progressed = Signal(int, int, str)
    ended = Signal(str, object)  # "done" | "failed" | "cancelled" | "defect", the result or error


class _Job(QRunnable):
    def __init__(self, operation: Operation, signals: _Signals, cancel: threading.Event, over: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self.operation = operation
        self.signals = signals
        self.cancel = cancel
        self.over = over
        self._last = 0.0
        self._label = ""

    def _report(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        # a few reports a second are enough for a person; a flood would keep the GUI busy
        if label == self._label and done < total and now - self._last < REPORT_EVERY_S:
            return
        self._last, self._label = now, label
        self.signals.progressed.emit(done, total, label)

    def run(self) -> None:
        progress = Progress(report=self._report, cancelled=self.cancel.is_set)
        try:
            result = self.operation.execute(progress)
            outcome: tuple[str, object] = ("done", result)
        except CancelledError:
            outcome = ("cancelled", None)
        except (NegoprepError, OSError) as exc:
            outcome = ("cancelled", None) if self.cancel.is_set() else ("failed", exc)
        except Exception as exc:  # noqa: BLE001 - a defect: raised again on the GUI thread
            outcome = ("defect", exc)
        self.over.set()
        self.signals.ended.emit(*outcome)


class ProgressStrip(QWidget):
    """The status bar's label, bar and Cancel button of the running operation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operation_progress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton()
        self._name_parts()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def _name_parts(self) -> None:
        self.bar.setAccessibleName(translate("Operations", "Progress"))
        self.cancel_button.setText(translate("Operations", "Cancel"))
        self.cancel_button.setAccessibleName(translate("Operations", "Cancel the running operation"))
        self.cancel_button.setToolTip(translate("Operations", "Stop it: nothing is changed or written"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()  # (in the language chosen in Settings, at once)
        super().changeEvent(event)

    def show_progress(self, done: int, total: int, label: str) -> None:
        if label:
            self.label.setText(label)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(max(done, 0), total))
        else:
            self.bar.setRange(0, 0)  # (a busy bar: how long is not known)


#: how long after the last work ends the full collection held back runs
COLLECT_AFTER_MS = 50


class LongWork:
    """While work runs off the GUI thread, Python's garbage collections run on the GUI thread
    only, and full ones are held back. Counted: so it stays while any of the works begun
    (`begin`) has not ended.

    On the GUI thread only: Python collects on whichever thread allocates, and a collection
    on a worker thread destroyed what the GUI thread had dropped in a reference cycle, widgets
    and timers among it, on the wrong thread (Qt then stops, or crashes). Automatic
    collection is off meanwhile; a timer of the GUI thread collects the young generations
    when their counts pass their thresholds, as Python would (a young collection walks only
    what was made since the last one).

    Full ones held back: a full collection walks every object with the interpreter held,
    and the work of a large store makes and keeps hundreds of thousands of them."""

    #: a number of young collections no work reaches
    _NEVER = 1 << 30
    #: how often the GUI thread's timer looks at the counts of the young generations
    YOUNG_EVERY_MS = 20

    _running = 0
    _thresholds: tuple[int, int, int] | None = None
    _was_enabled = True
    _timer: QTimer | None = None
    #: the objects made (less those freed) since the work began, as the young collections
    #: found them: what tells whether a full collection is due once it ends
    _made = 0
    _collect_after = False

    @classmethod
    def begin(cls, *, collect_after: bool = True) -> None:
        """A work begins. `collect_after`: a full collection may be due once it ends (work
        that makes and drops as much as a merge); a view's reading or drawing leaves that to
        Python's own measure of what is due (its objects are mostly kept, not garbage: a full
        collection forced after each took 50-130 ms at 100,000 rows, in the next action)."""
        cls._running += 1
        cls._collect_after = cls._collect_after or collect_after
        if cls._thresholds is None:
            cls._thresholds = gc.get_threshold()
            cls._was_enabled = gc.isenabled()
            gc.set_threshold(cls._thresholds[0], cls._thresholds[1], cls._NEVER)
            gc.disable()
            cls._made = 0
            if cls._timer is None:
                cls._timer = QTimer(QCoreApplication.instance(), interval=cls.YOUNG_EVERY_MS)
                cls._timer.timeout.connect(cls.collect_young)
            cls._timer.start()

    @classmethod
    def collect_young(cls) -> None:
        """Collect the young generations that are due (on the GUI thread)."""
        young, middle, _ = gc.get_count()
        first, second, _ = gc.get_threshold()
        if young > first:
            cls._made += young
            gc.collect(1 if middle >= second else 0)

    @classmethod
    def end(cls) -> None:
        """One work ended. Once none runs: the collections as they were before; a full
        collection held back runs next, as an event of its own just after the work's outcome
        is shown (else it ran at the first allocation to come: in the middle of what the
        person does next)."""
        cls._running = max(cls._running - 1, 0)
        if cls._running == 0 and cls._thresholds is not None:
            first, second, third = cls._thresholds
            # (as many objects as make Python's automatic collections reach a full one)
            due = cls._collect_after and (
                gc.get_count()[2] >= third or cls._made + gc.get_count()[0] >= first * second * third
            )
            cls._collect_after = False
            gc.set_threshold(*cls._thresholds)
            cls._thresholds = None
            if cls._timer is not None:
                cls._timer.stop()
            if cls._was_enabled:
                gc.enable()
            if due:
                # (a moment later: not in the same turn of the event loop as the painting of
                # the outcome, which would then wait for both)
                QTimer.singleShot(COLLECT_AFTER_MS, gc.collect)


class OperationRunner(QObject):
    """Runs one Operation at a time on a worker thread and shows its progress in the
    window's status bar."""

    #: an operation started (True) or ended (False)
    busy_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.strip = ProgressStrip(window)
        window.statusBar().addPermanentWidget(self.strip)
        self.strip.cancel_button.clicked.connect(self.cancel)
        self.current: Operation | None = None
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._signals: _Signals | None = None
        self._deliver = True

    @property
    def busy(self) -> bool:
        return self.current is not None

    def run(self, operation: Operation) -> bool:
        """Start `operation`; False when another one runs (the status bar says so)."""
        if self.current is not None:
            self.window.statusBar().showMessage(
                translate("Operations", "Wait until {label} is done").format(label=self.current.label), 5000
            )
            return False
        self.current = operation
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._deliver = True
        signals = _Signals()
        signals.progressed.connect(self.strip.show_progress)
        signals.ended.connect(self._ended)
        self._signals = signals
        self.strip.label.setText(operation.label)
        self.strip.bar.setRange(0, 0)
        self.strip.cancel_button.setEnabled(operation.cancellable)
        self.strip.cancel_button.setVisible(operation.cancellable)
        self.strip.show()
        self.busy_changed.emit(True)
        LongWork.begin()
        job = _Job(operation, signals, self._cancel, self._over)
        if operation.in_memory is not None:
            job.run()  # (no second connection sees a store in memory: see the module's note)
        else:
            self.pool.start(job)
        return True

    def cancel(self) -> None:
        """Ask the running operation to stop at its next step."""
        if self.current is not None and self.current.cancellable:
            self._cancel.set()
            self.strip.cancel_button.setEnabled(False)
            self.strip.label.setText(translate("Operations", "Cancelling…"))

    def wait(self, *, deliver: bool = True) -> None:
        """Return once no operation runs, keeping the window painted meanwhile (what the
        person does waits). Without `deliver`, its outcome is dropped (the window is closing)."""
        if self.current is None:
            return
        self._deliver = deliver
        while not self._over.is_set():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            self._over.wait(0.01)
        self.pool.waitForDone()
        while self.current is not None:  # (its outcome, queued to this thread)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)

    def _ended(self, how: str, value: object) -> None:
        operation = self.current
        self.current = None
        LongWork.end()
        self.strip.hide()
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        self.busy_changed.emit(False)
        if operation is None or not self._deliver:
            return
        if how == "done":
            # (the bar is gone: say that it ended well; what the work shows next may say more)
            self.window.statusBar().showMessage(
                translate("Operations", "{label}: done").format(label=operation.label), 8000
            )
            operation._success(value)
        elif how == "failed":
            operation._failure(_message(value))
            damaged = getattr(self.window, "store_damaged", None)
            if isinstance(value, DamagedStoreError) and damaged is not None:
                damaged.emit(value)  # (the ways out, when it is the window's store: negoprep.ui.app)
        elif how == "cancelled":
            self.window.statusBar().showMessage(
                translate("Operations", "{label}: cancelled, nothing was changed").format(label=operation.label), 8000
            )
            operation._cancelled()
        else:
            assert isinstance(value, BaseException)
            raise value


def _message(exc: object) -> str:
    """The one line a person reads for an expected error."""
    if isinstance(exc, OSError) and not isinstance(exc, NegoprepError):
        name = f"{exc.filename}: " if exc.filename else ""
        return f"{name}{exc.strerror or exc}"
    return str(exc)


def while_painting(work: Callable[[], T]) -> T:
    """Run `work()` on a thread of its own and return what it returns (or raise what it raises)
    here, the windows painting meanwhile while what the person does waits. For short work a
    person waits on in a modal dialog, where a status-bar operation would be out of place:
    deriving a store's key from its passphrase (scrypt, about 0.2 s on a laptop). `work` must
    not touch widgets nor a connection of this thread."""
    outcome: dict[str, Any] = {}
    over = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
            outcome["error"] = exc
        finally:
            over.set()

    thread = threading.Thread(target=run, name="negoprep-while-painting", daemon=True)
    thread.start()
    while not over.wait(0.01):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class Background:
    """Work for a view done off the GUI thread (a chart built, a picture drawn), whose outcome
    comes back to the GUI thread: `arrived(result)`, or `arrived(exception)` when the work
    raised, called once the work ends unless `owner` was deleted by then or the work was
    dropped (the work must touch no Qt object). Meanwhile collections run on the GUI thread
    only, full ones held back (`LongWork`). Unlike an `Operation`, it blocks none of the
    window's actions: for reading and drawing only.

    The works of one `lane` run in turn, on one thread kept for them: "draw" for charts
    (matplotlib keeps its fonts per thread, and loading them again on each new thread held
    the interpreter for up to 200 ms at a time: a CJK font's tables), "read" for what views
    read from the store (not held up behind a chart of a large dossier). The threads are not
    daemons: a process leaving while one draws waits for it (a daemon thread stopped inside
    matplotlib's C++ would abort the process)."""

    _pending: ClassVar[list[Background]] = []
    _timer: ClassVar[QTimer | None] = None
    _lanes: ClassVar[dict[str, ThreadPoolExecutor]] = {}

    def __init__(
        self, work: Callable[[], Any], owner: QObject, arrived: Callable[[Any], None], *, lane: str = "read"
    ) -> None:
        self._owner = owner
        self._arrived = arrived
        self._dropped = False
        worker = self._lanes.get(lane)
        if worker is None:
            from concurrent.futures import ThreadPoolExecutor  # (not at start-up: on first use)

            worker = self._lanes[lane] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"negoprep-{lane}")
        LongWork.begin(collect_after=False)
        self._pending.append(self)
        self._future: Future = worker.submit(work)
        if Background._timer is None:
            Background._timer = QTimer(QCoreApplication.instance(), interval=15)
            Background._timer.timeout.connect(Background._collect)
        Background._timer.start()

    @classmethod
    def busy(cls) -> bool:
        """Whether any such work is under way or waits to be delivered."""
        return bool(cls._pending)

    def running(self) -> bool:
        """Whether the work has begun and not yet ended."""
        return self._future.running()

    def drop(self) -> None:
        """Its outcome is no longer wanted (a newer request replaces it): not begun yet, it
        never runs; under way, it ends and is told no one."""
        self._future.cancel()
        self._dropped = True

    def settle(self) -> None:
        """Wait for the work and deliver its outcome now (for what cannot go on without it,
        pictures and tests)."""
        from concurrent.futures import wait

        wait([self._future])
        self._deliver()

    def _deliver(self) -> None:
        if self not in self._pending:
            return  # (delivered already)
        self._pending.remove(self)
        LongWork.end()
        if not self._pending and Background._timer is not None:
            Background._timer.stop()
        if self._dropped or not shiboken6.isValid(self._owner):
            return
        error = self._future.exception()
        self._arrived(error if error is not None else self._future.result())

    @classmethod
    def wait_all(cls) -> None:
        """Return once no such work runs, the windows painting meanwhile (what the person does
        waits): before the store they read is closed, since a connection of theirs still open
        then would leave the store's -wal file beside it."""
        while any(not work._future.done() for work in cls._pending):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            time.sleep(0.01)
        cls._collect()

    @classmethod
    def settle_all(cls) -> None:
        """Wait for every such work and deliver its outcome (for tests: none outlives its test)."""
        while cls._pending:
            cls._pending[0].settle()

    @classmethod
    def _collect(cls) -> None:
        for work in [w for w in cls._pending if w._future.done()]:
            work._deliver()


def read_or_here(result: Any, here: Callable[[], T]) -> T:
    """What a `reading` gave (`result`, as `Background` delivers it); when the file could not
    be read a second time (locked for a moment, say), `here()`: the same read on the
    store's own connection. Any other exception is a defect, raised for the app's handler of
    uncaught errors."""
    if isinstance(result, Exception):
        if not isinstance(result, (NegoprepError, sqlite.Error)):
            raise result
        return here()
    return cast(T, result)


def reading(store: Store, work: Callable[[Store], T]) -> Callable[[], T]:
    """`work(reader)` as work for another thread: `reader` a read-only connection of its own to
    `store`'s file (as another program's would be), opened and closed on that thread."""
    path, author = store.path, store.author
    assert path is not None  # (a store in memory has no file a second connection could open)

    def run() -> T:
        with Store.open(path, author, create=False, readonly=True) as reader:
            return work(reader)

    return run
