"""UI responsiveness on a big store: stalls of the GUI thread while a person opens, scrolls,
sorts, filters, selects and edits 100,000 rows, search times against raw FTS5, and memory.

    python benchmarks/ui_responsiveness.py [--rows N] [--store PATH] [--quick] [--profile TEXT ...]

Budgets (DESIGN.md, "Speed and memory budgets"): no GUI-thread stall over 100 ms,
search under 10 ms, memory flat in the number of rows scrolled past. Exit 0 when within them.
With --json, the figures also go to a file for run.py, which holds a store of more than 100,000
rows to DESIGN's budgets for a 1,000,000-row store: no stall over 250 ms, under 500 MB.

A stall is measured the way a person feels it: a 5 ms QTimer on the GUI thread notes when it
fires; the longest gap between two ticks while an action runs is that action's stall. Every
action is driven through the event loop (QTimer.singleShot steps, paced like a person: a
scroll step every 20 ms, a keystroke every 80 ms), so the repaints it causes are counted.
"wall ms" is the sum over the action's steps of the time from the step's start to the next
tick (the step, its repaint and anything queued behind it), the pauses between steps left out.

The store is built in a temporary folder by make_big_store.py (in a subprocess, so that the
document it builds is not counted in this process's memory); --store PATH builds it at PATH,
or reuses PATH when it exists. The run works on a copy: the edits it makes and undoes leave
the store at PATH as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import ctypes
import gc
import io
import itertools
import math
import os
import pstats
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import table

HERE = Path(__file__).resolve().parent
TICK_MS = 5
STALL_BUDGET_MS = 100.0
SEARCH_BUDGET_MS = 10.0
#: DESIGN.md's budgets for a 1,000,000-row store (held to stores of more than 100,000 rows)
LARGE_STORE_ROWS = 100_000
LARGE_STORE_STALL_BUDGET_MS = 250.0
MEMORY_BUDGET_MB = 500.0
#: growth of the resident set per 10,000 rows scrolled past, once every page has been seen once
MEMORY_BUDGET_MB_PER_10K = 0.5
SCROLL_PACE_MS = 20  # a wheel or scroll-bar drag event about every frame
TYPING_PACE_MS = 80  # a quick typist
CLICK_PACE_MS = 60
FILTER_WORDS = "supply chain"  # one of make_big_store's words: "s", "su"... match many rows
EDIT_SUFFIX = " (edited by the benchmark)"

#: (section's key in the sidebar, section, header of a text column, header of a reference column, field edited)
SECTION_KEYS = (
    ("agenda", "Agenda", "Agenda item", "Track", "title"),
    ("talking-point", "Talking points", "Text", "Agenda item", "text"),
    ("checklist", "Checklists", "Task", "Owner", "text"),
)


def sections() -> list[tuple[int, str, str, str, str]]:
    """SECTION_KEYS with each key replaced by the section's row in the sidebar."""
    from negoprep.ui.sections import registry

    rows = {section.icon: row for row, section in enumerate(registry.SECTIONS)}
    return [(rows[key], *rest) for key, *rest in SECTION_KEYS]


SEARCHES = (
    # one word
    "tariff",
    "semiconductors",
    "quota",
    "energy",
    "ratification",
    "shipbuilding",
    # two words
    "tariff relief",
    "supply chain",
    "natural gas",
    "defense cost",
    "beef import",
    "walk away",
    # prefixes, as typed so far
    "semi",
    "ratif",
    "ship",
    "coop",
    "ta",
    # rare or absent
    "delegate 17",
    "checklist",
    "benchmark",
    "zebra",
)


# --- the process -------------------------------------------------------------------------------


def prepare_environment(folder: Path) -> None:
    """Offscreen unless there is a display; config, data and logs in the temporary folder."""
    if "QT_QPA_PLATFORM" not in os.environ and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = str(folder / sub)
    os.environ.pop("NEGOPREP_STORE", None)


def rss_mb() -> float:
    """The resident set size now (VmRSS), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, in KiB on Linux


class NoneGuard:
    """PySide6 6.12 on CPython 3.11 drops a reference to None in every call of a method that
    returns void (QLineEdit.setText, QComboBox.addItem, QTimer.stop ...). None is not immortal
    before 3.12: once its count reaches zero the interpreter aborts with "Fatal Python error:
    none_dealloc". Filling a combo box with 20,000 agenda items loses 40,000 references, more
    than None has, so the app aborts while opening the big store. To measure anything at all,
    the guard adds 2**40 references to None in this process only (when the defect is there),
    and counts how many the run loses, to tell where the app itself would have aborted."""

    EXTRA = 1 << 40

    def __init__(self, enabled: bool) -> None:
        self.defect = self._probe()
        self.real = sys.getrefcount(None)  # what the app would have to lose before aborting
        self.active = enabled and self.defect
        if self.active:
            ctypes.c_ssize_t.from_address(id(None)).value += self.EXTRA
        self.start = sys.getrefcount(None)
        self.aborted_in: str | None = None
        self.peak = 0  # the most references lost at the end of an action
        self.peak_in = ""

    @staticmethod
    def _probe() -> bool:
        if sys.version_info >= (3, 12):
            return False  # None is immortal
        from PySide6.QtCore import QObject

        probe = QObject()
        before = sys.getrefcount(None)
        for _ in range(200):
            probe.setObjectName("probe")
        return sys.getrefcount(None) < before - 100

    @property
    def lost(self) -> int:
        return self.start - sys.getrefcount(None)

    def check(self, action: str) -> None:
        """Note the loss so far (some calls give references back: the count is net, so a
        loss above None's own count at any moment means the app would have aborted)."""
        lost = self.lost
        if lost > self.peak:
            self.peak, self.peak_in = lost, action
        if self.defect and self.aborted_in is None and lost >= self.real:
            self.aborted_in = action


# --- the store ---------------------------------------------------------------------------------


def build_store(path: Path, rows: int) -> None:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "make_big_store.py"), str(path), "--rows", str(rows)], check=True, env=os.environ
    )
    print(f"built the store in {time.perf_counter() - start:.1f} s", flush=True)


def copy_store(source: Path, target: Path) -> None:
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def row_counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
            for table in ("agenda_items", "talking_points", "checklist_items")
        }


# --- measuring ---------------------------------------------------------------------------------


@dataclass
class Result:
    action: str
    steps: int
    stall_ms: float
    wall_ms: float
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.stall_ms <= STALL_BUDGET_MS


class Bench:
    """Runs actions step by step through the event loop while a 5 ms timer ticks."""

    def __init__(self, profile: Sequence[str], guard: NoneGuard) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.profile = [text.lower() for text in profile]
        self.profiles: dict[str, cProfile.Profile] = {}
        self.guard = guard
        self.results: list[Result] = []
        self.ticks = array("d")
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def idle(self, ms: int = 200) -> Result:
        """The gaps between ticks with nothing to do: the floor of every stall."""
        return self.run("(idle: the timer alone)", [lambda: None], pace_ms=ms)

    def run(
        self,
        action: str,
        steps: Sequence[Callable[[], object]],
        pace_ms: int = CLICK_PACE_MS,
        note: str = "",
        labels: Sequence[str] = (),
        until: Callable[[], bool] | None = None,
    ) -> Result:
        """Run the steps `pace_ms` apart; with `labels` (one a step), the note names the slowest.
        With `until`, the action lasts until it is true after the last step (rows read off the
        GUI thread shown): the stall counts meanwhile, and the note says when that was."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        starts: list[float] = []
        shown: list[float] = []
        failure: list[BaseException] = []
        profiler = cProfile.Profile() if any(text in action.lower() for text in self.profile) else None

        def step(number: int) -> None:
            if number == len(steps) and until is not None and not failure and not until():
                QTimer.singleShot(TICK_MS, lambda: step(number))  # (not shown yet)
                return
            if number == len(steps) or failure:
                if until is not None and starts:
                    shown.append(time.perf_counter() - starts[0])
                loop.quit()
                return
            starts.append(time.perf_counter())
            if profiler is not None:
                profiler.enable()
            try:
                steps[number]()
            except BaseException as exc:  # noqa: BLE001 - reported once the loop has stopped
                failure.append(exc)
            finally:
                if profiler is not None:
                    profiler.disable()
            QTimer.singleShot(pace_ms, lambda: step(number + 1))

        self.ticks = array("d")
        QTimer.singleShot(pace_ms, lambda: step(0))
        loop.exec()
        if failure:
            raise RuntimeError(f"{action}: {failure[0]!r}") from failure[0]
        ticks = list(self.ticks)
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        responses = []
        for start in starts:
            after = next((t for t in ticks if t > start), ticks[-1])
            responses.append(max(after - start, 0.0))
        if labels and responses:
            slowest = max(range(len(responses)), key=responses.__getitem__)
            note = f"{note}; slowest step {labels[slowest]} {responses[slowest] * 1000:.0f} ms".lstrip("; ")
        if shown:
            note = f"{note}; shown {shown[0] * 1000:.0f} ms after the first step".lstrip("; ")
        result = Result(action, len(steps), max(gaps, default=0.0) * 1000, sum(responses) * 1000, note)
        if profiler is not None:
            self.profiles[action] = profiler
        self.results.append(result)
        self.guard.check(action)
        print(
            f"  {action:<44} stall {result.stall_ms:8.1f} ms  wall {result.wall_ms:8.1f} ms  {note}",
            flush=True,
        )
        return result

    def run_until(self, action: str, start: Callable[[], object], done: Callable[[], bool], note: str = "") -> Result:
        """Run `start`, then let the window go on until `done()`: work that ends off the GUI
        thread, shown once it arrives. The stall is the longest meanwhile; the wall time runs
        until it is shown."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        began: list[float] = []
        failure: list[BaseException] = []
        poll = QTimer(interval=TICK_MS)

        def check() -> None:
            try:
                if began and done():
                    began.append(time.perf_counter())
                    poll.stop()
                    QTimer.singleShot(CLICK_PACE_MS, loop.quit)
                elif began and time.perf_counter() - began[0] > 300:
                    raise TimeoutError(f"{action}: not done after 300 s")
            except BaseException as exc:  # noqa: BLE001 - reported once the loop has stopped
                failure.append(exc)
                poll.stop()
                loop.quit()

        def begin() -> None:
            began.append(time.perf_counter())
            try:
                start()
            except BaseException as exc:  # noqa: BLE001 - reported once the loop has stopped
                failure.append(exc)
                loop.quit()
                return
            poll.start()

        poll.timeout.connect(check)
        self.ticks = array("d")
        QTimer.singleShot(CLICK_PACE_MS, begin)
        loop.exec()
        if failure:
            raise RuntimeError(f"{action}: {failure[0]!r}") from failure[0]
        gaps = [b - a for a, b in itertools.pairwise(self.ticks)]
        result = Result(action, 1, max(gaps, default=0.0) * 1000, (began[1] - began[0]) * 1000, note or "shown then")
        self.results.append(result)
        self.guard.check(action)
        print(
            f"  {action:<44} stall {result.stall_ms:8.1f} ms  wall {result.wall_ms:8.1f} ms  {result.note}",
            flush=True,
        )
        return result

    def first_tick_after(self, moment: float) -> float:
        return next((t for t in self.ticks if t > moment), moment)


def all_read(window) -> bool:
    """Whether the section shown has every row of its list (a long list's rest is read off
    the GUI thread)."""
    model = getattr(window.current_section(), "model", None)
    return not getattr(model, "reading", False)


def scroll_values(scrollbar, steps: int) -> list[int]:
    top = scrollbar.maximum()
    return [round(top * k / steps) for k in range(1, steps + 1)]


def debounce_ms(view) -> int:
    """How long the view waits for a pause in typing before it filters (0: it filters at once)."""
    from negoprep.ui.sections.section_view import LONG_LIST

    timer = getattr(view, "_filter_timer", None)
    return timer.interval() if timer is not None and view.model.total_rows > LONG_LIST else 0


def column_of(view, header: str) -> int:
    return next((n for n, column in enumerate(view.model.columns) if column.header == header), -1)


def scroll_through(app, view) -> int:
    """Scroll a table from top to bottom a model page (100 rows) per step, painting each
    step: every page of records is read once. Returns the rows scrolled past."""
    from negoprep.ui.models.record_table_model import PAGE

    scrollbar = view.table.verticalScrollBar()
    rows = view.model.rowCount()
    if rows == 0:
        return 0
    units = scrollbar.maximum() + scrollbar.pageStep()
    step = max(1, round(PAGE * units / rows))
    for value in [*range(0, scrollbar.maximum() + 1, step), scrollbar.maximum()]:
        scrollbar.setValue(value)
        app.processEvents()
    scrollbar.setValue(0)
    app.processEvents()
    return rows


# --- the run -----------------------------------------------------------------------------------


def chart_actions(bench: Bench, window) -> None:
    """The Charts section: its first visit, then each chart in turn, each until it is shown
    (charts are built and drawn off the GUI thread)."""
    from negoprep.paper import charts
    from negoprep.ui.sections import registry

    row = next(row for row, section in enumerate(registry.SECTIONS) if section.icon == "chart")

    def shown() -> bool:
        view = window.current_section()
        return view.canvas is not None and not view.drawing

    bench.run_until("switch to Charts (first visit)", lambda: window.show_section(row), shown)
    view = window.current_section()
    for number, kind in enumerate(charts.KINDS):
        if number:
            bench.run_until(f"Charts: show {kind}", lambda n=number: view.kinds.setCurrentRow(n), shown)


def section_actions(bench: Bench, app, window, row: int, name: str, text_header: str, ref_header: str, field: str):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    bench.run(f"switch to {name} again", [lambda: window.show_section(row)])
    view = window.current_section()
    table, model = view.table, view.model
    scrollbar = table.verticalScrollBar()
    rows = model.rowCount()

    bench.run(
        f"{name}: scroll top to bottom (20 steps)",
        [lambda v=v: scrollbar.setValue(v) for v in scroll_values(scrollbar, 20)],
        SCROLL_PACE_MS,
        f"{rows:,} rows",
    )
    bench.run(
        f"{name}: jump to the end and back",
        [lambda: scrollbar.setValue(scrollbar.maximum()), lambda: scrollbar.setValue(0)],
        SCROLL_PACE_MS,
    )

    header = table.horizontalHeader()
    for label in (text_header, ref_header):
        column = column_of(view, label)
        if column < 0:
            print(f"  {name}: no column {label!r}: sort skipped")
            continue
        kind = "text" if label == text_header else "reference"
        # (a long list's sort by an order not kept is read off the GUI thread: until shown)
        bench.run(
            f"{name}: sort by {label} ({kind})",
            [lambda c=column: header.setSortIndicator(c, Qt.SortOrder.AscendingOrder)],
            until=lambda: not model.reading,
        )
        bench.run(
            f"{name}: sort by {label}, descending",
            [lambda c=column: header.setSortIndicator(c, Qt.SortOrder.DescendingOrder)],
            until=lambda: not model.reading,
        )
    unsorted = Qt.SortOrder.AscendingOrder
    back = [lambda: header.setSortIndicator(-1, unsorted)]
    bench.run(f"{name}: back to the dossier's order", back, until=lambda: not model.reading)

    edit = view.filter_edit
    # a long list filters once typing pauses (the view's timer): each action then lasts until
    # the timer has fired, so that the filtering is inside it
    waits = debounce_ms(view)
    typing_pause = [lambda: None] * math.ceil(waits / TYPING_PACE_MS + 1) if waits else []
    typed = bench.run(
        f"{name}: type {FILTER_WORDS!r} in the filter",
        [*(lambda ch=ch: QTest.keyClick(edit, ch) for ch in FILTER_WORDS), *typing_pause],
        TYPING_PACE_MS,
        labels=[*(repr(FILTER_WORDS[: n + 1]) for n in range(len(FILTER_WORDS))), *["(pause)"] * len(typing_pause)],
        until=lambda: not model.reading,  # (a long list's filter is read off the GUI thread)
    )
    typed.note = f"{model.rowCount():,} rows match; {typed.note}"
    clear_pause = [lambda: None] * math.ceil(waits / CLICK_PACE_MS + 1) if waits else []
    bench.run(f"{name}: clear the filter", [edit.clear, *clear_pause], until=lambda: not model.reading)
    bench.results[-1].note = f"{model.rowCount():,} rows"

    far = [rows // 2, rows * 9 // 10, rows - 1]
    bench.run(
        f"{name}: select rows far down (form fill)",
        [lambda r=r: table.selectRow(r) for r in far],
        labels=[f"row {r:,}" for r in far],
    )
    record = view.current_record()
    if record is None:
        print(f"  {name}: no row selected: edit skipped")
        return
    widget = view.form.widgets[field]
    before = getattr(record, field)
    changed = before + EDIT_SUFFIX

    def type_value() -> None:
        if isinstance(widget, QLineEdit):
            widget.setText(changed)
        else:
            widget.setPlainText(changed)

    def commit() -> None:
        if isinstance(widget, QLineEdit):
            QTest.keyClick(widget, Qt.Key.Key_Return)  # editingFinished, as pressing Return does
        else:
            widget.editingFinished.emit()  # what leaving the text box does

    store = window.workspace.store
    edited = bench.run(f"{name}: edit {field} and commit", [type_value, commit], labels=["typing", "commit"])
    saved = getattr(store.get(type(record), record.id), field)
    edited.note = ("saved; " if saved == changed else f"NOT SAVED ({saved!r}); ") + edited.note
    bench.run(f"{name}: undo the edit", [window.undo])
    restored = getattr(store.get(type(record), record.id), field)
    bench.results[-1].note = "restored" if restored == before else f"NOT RESTORED ({restored!r})"


def measure_search(store, dossier_id: str, repeats: int = 5) -> tuple[list[float], list[float], dict[str, int]]:
    """Per query, the median of `repeats` timings (ms) of store.search and of raw FTS5."""
    from negoprep.store.database import fts_query

    conn = store.db.conn
    raw_sql = "SELECT rowid FROM search WHERE search MATCH ? LIMIT 50"
    hits = {}
    for text in SEARCHES:  # warm up: the pages of the index are read once
        hits[text] = len(store.search(text, dossier_id))
        conn.execute(raw_sql, (fts_query(text),)).fetchall()
    ours, raw = [], []
    for text in SEARCHES:
        query = fts_query(text)
        times_ours, times_raw = [], []
        for _ in range(repeats):
            start = time.perf_counter()
            store.search(text, dossier_id)
            times_ours.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            conn.execute(raw_sql, (query,)).fetchall()
            times_raw.append((time.perf_counter() - start) * 1000)
        ours.append(statistics.median(times_ours))
        raw.append(statistics.median(times_raw))
    return ours, raw, hits


def run(store_path: Path, folder: Path, args: argparse.Namespace, guard: NoneGuard) -> int:
    from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler

    from negoprep.records.model import Author
    from negoprep.store.store import Store
    from negoprep.ui import input_rules
    from negoprep.ui.app import after_first_paint, application
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    def quiet(mode, context, message: str) -> None:
        if "does not support" not in message:  # the offscreen platform's notes on window hints
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = application()
    bench = Bench(args.profile, guard)
    floor = bench.idle()

    class PaintSpy(QObject):
        first: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.first is None and event.type() == QEvent.Type.Paint:
                self.first = time.perf_counter()
            return False

    opened: list = []
    spy = PaintSpy()

    def open_window() -> None:
        # as negoprep.ui.app.run opens it: the input rules out until the first paint, and
        # nothing but the window itself watched for it (an event filter on the application
        # would see, and convert into Python, every event of every widget built)
        opened.append(time.perf_counter())
        input_rules.pause(app)
        store = Store.open(store_path, Author(id=str(uuid.uuid4()), name="Benchmark"), create=False)
        window = MainWindow(store, Settings(folder / "negoprep.ini"))
        window.installEventFilter(spy)
        after_first_paint(window, lambda: input_rules.resume(app))
        window.show()
        opened.append(window)

    rss_before = rss_mb()
    bench.run("open the main window on the store", [open_window])
    opened[1].removeEventFilter(spy)
    began, window = opened
    if spy.first is not None:  # the tick after the first paint event: the whole first paint is done
        painted = (bench.first_tick_after(spy.first) - began) * 1000
        bench.results[-1].note = f"first paint {painted:.0f} ms after the start"
    else:
        bench.results[-1].note = "no paint seen"
    rss_open = rss_mb()

    # first visits (a section's view may be built then), then each section's actions, with
    # every section built: a change then refreshes all the views that show it
    for row, name, *_ in sections():
        visit = [lambda row=row: window.show_section(row)]
        bench.run(f"switch to {name} (first visit)", visit, until=lambda: all_read(window))
    for row, name, text_header, ref_header, field in sections():
        section_actions(bench, app, window, row, name, text_header, ref_header, field)
    chart_actions(bench, window)

    # memory: every table scrolled end to end, twice; the second pass reads no page for the
    # first time, so whatever it adds is kept for rows that are no longer on screen
    print("  scrolling every table end to end, twice (memory)...", flush=True)
    views = {}

    def scroll_all() -> int:
        scrolled = 0
        for row, name, *_ in sections():
            window.show_section(row)
            app.processEvents()
            views[name] = window.current_section()
            scrolled += scroll_through(app, views[name])
        gc.collect()
        return scrolled

    # RSS hardly moves once the heap has grown for the actions before (freed memory is
    # reused), so the live Python blocks are counted too
    gc.collect()
    rss_scroll, blocks_scroll = rss_mb(), sys.getallocatedblocks()
    passes = []
    for _ in range(2):
        scrolled = scroll_all()
        passes.append((scrolled, rss_mb(), sys.getallocatedblocks()))
    # a third pass, from fresh models (as after a sort), under tracemalloc (which would upset
    # the RSS figures above): what the models keep, and where
    for view in views.values():
        view.model.refresh()
    tracemalloc.start()
    scroll_all()
    traced = tracemalloc.get_traced_memory()[0] / 2**20
    kept_where = tracemalloc.take_snapshot().statistics("lineno")[:4]
    tracemalloc.stop()
    guard.check("scrolling every table end to end (memory)")
    caches = [
        f"{name}: {len(view.model._pages)} pages, {len(view.model.labels._cache):,} labels"
        for name, view in views.items()
    ]

    print("  searching...", flush=True)
    workspace = window.workspace
    ours, raw, hits = measure_search(workspace.store, workspace.dossier_id)
    rss_end = rss_mb()

    window.close()
    window.store.close()
    window.deleteLater()
    app.processEvents()

    # --- the report ---------------------------------------------------------------------------
    print()
    print(f"{'action':<46} {'stall ms':>9} {'wall ms':>9}  verdict  note")
    print(f"{'-' * 46} {'-' * 9} {'-' * 9}  -------  ----")
    for r in bench.results:
        verdict = "ok" if r.ok else "OVER"
        if r is floor:
            verdict = "floor"
        print(f"{r.action:<46} {r.stall_ms:9.1f} {r.wall_ms:9.1f}  {verdict:<7}  {r.note}")
    stalls = [r for r in bench.results if r is not floor]
    over = [r for r in stalls if not r.ok]
    print(f"stall budget {STALL_BUDGET_MS:.0f} ms: {len(over)} of {len(stalls)} actions over")
    if over:
        worst = max(over, key=lambda r: r.stall_ms)
        print(f"worst: {worst.action} ({worst.stall_ms:.0f} ms)")

    print()
    search_median, search_max = statistics.median(ours), max(ours)
    raw_median, raw_max = statistics.median(raw), max(raw)
    search_ok = search_max < SEARCH_BUDGET_MS
    print(f"search ({len(SEARCHES)} queries, median of 5 runs each):")
    print(f"  {'query':<18} {'hits':>5} {'search ms':>10} {'raw FTS5 ms':>12} {'ratio':>7}")
    for text, a, b in zip(SEARCHES, ours, raw, strict=True):
        print(f"  {text:<18} {hits[text]:5d} {a:10.2f} {b:12.3f} {a / max(b, 1e-6):7.0f}")
    print(
        f"  store.search: median {search_median:.2f} ms, max {search_max:.2f} ms "
        f"(budget {SEARCH_BUDGET_MS:.0f} ms) {'ok' if search_ok else 'OVER'}"
    )
    print(f"  raw FTS5 (SELECT rowid ... MATCH ? LIMIT 50): median {raw_median:.3f} ms, max {raw_max:.3f} ms")
    print(f"  ratio of medians: {search_median / max(raw_median, 1e-6):.0f}x the floor")

    print()
    (pass1_rows, pass1_rss, pass1_blocks), (pass2_rows, pass2_rss, pass2_blocks) = passes
    per_10k_1, per_10k_2 = 10_000 / max(pass1_rows, 1), 10_000 / max(pass2_rows, 1)
    growth = (pass2_rss - pass1_rss) * per_10k_2
    memory_ok = growth <= MEMORY_BUDGET_MB_PER_10K
    print("memory (resident set):")
    print(f"  before opening       {rss_before:8.1f} MB")
    print(f"  after opening        {rss_open:8.1f} MB")
    print(f"  after the actions    {rss_scroll:8.1f} MB  (every section built, sorted, filtered, edited)")
    print(
        f"  after scroll pass 1  {pass1_rss:8.1f} MB  ({pass1_rows:,} rows scrolled past; "
        f"live Python blocks {pass1_blocks - blocks_scroll:+,})"
    )
    print(f"  after scroll pass 2  {pass2_rss:8.1f} MB  ({pass2_rows:,} more rows; {pass2_blocks - pass1_blocks:+,})")
    print(f"  at the end           {rss_end:8.1f} MB  (after a third pass under tracemalloc and the searches)")
    print(
        f"  growth in pass 1: {(pass1_rss - rss_scroll) * per_10k_1:.2f} MB, "
        f"{(pass1_blocks - blocks_scroll) * per_10k_1:+,.0f} Python blocks per 10,000 rows scrolled"
    )
    print(
        f"  growth in pass 2: {growth:.2f} MB, {(pass2_blocks - pass1_blocks) * per_10k_2:+,.0f} Python blocks "
        f"per 10,000 rows scrolled (budget {MEMORY_BUDGET_MB_PER_10K} MB) {'ok' if memory_ok else 'OVER'}"
    )
    print("  kept by the models: " + "; ".join(caches))
    print(f"  a pass from fresh models keeps {traced:.2f} MB of Python memory; where (tracemalloc, top lines):")
    for stat in kept_where:
        frame = stat.traceback[0]
        print(f"    {stat.size / 2**20:6.2f} MB in {stat.count:7,} blocks  {frame.filename}:{frame.lineno}")

    crash_ok = True
    if guard.defect:
        print()
        print(
            f"PySide6 None reference defect (PySide6 {_pyside_version()}, Python {sys.version.split()[0]}): "
            f"None had {guard.real:,} references; the run had lost {guard.peak:,} of them by the end of "
            f"'{guard.peak_in}' (net of those given back), {guard.lost:,} at its end."
        )
        if guard.aborted_in:
            crash_ok = False
            where = f"by the end of '{guard.aborted_in}'"
            print(f"  without the guard the app aborts (Fatal Python error: none_dealloc) {where}: CRASH")
        if not guard.active:
            print("  (the guard was off: --no-none-guard)")

    for action, profiler in bench.profiles.items():
        print()
        print(f"profile of '{action}' (times under cProfile are inflated; the stall above was measured with it on)")
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(12)
        print(out.getvalue())

    # the figures, for run.py (--json)
    stall_budget = STALL_BUDGET_MS if store_rows(store_path) <= LARGE_STORE_ROWS else LARGE_STORE_STALL_BUDGET_MS
    for r in stalls:
        table.record(
            r.action, r.stall_ms, floor=floor.stall_ms, floor_name="idle timer", budget=stall_budget, note=r.note
        )
    for text, a, b in zip(SEARCHES, ours, raw, strict=True):
        table.record(
            f"search {text!r}", a, floor=b, floor_name="raw FTS5, first 50", budget=SEARCH_BUDGET_MS, strict=True
        )
    table.record(
        "memory: resident after the actions and two scroll passes",
        max(rss_open, rss_scroll, pass1_rss, pass2_rss),
        "MB",
        floor=rss_before,
        floor_name="the process before opening",
        budget=MEMORY_BUDGET_MB,
        note=f"{rss_end:.0f} MB at the end (after tracemalloc and the searches)",
    )
    table.record(
        "memory: growth per 10,000 rows scrolled, second pass",
        growth,
        "MB",
        budget=MEMORY_BUDGET_MB_PER_10K,
        note=f"{(pass2_blocks - pass1_blocks) * per_10k_2:+,.0f} Python blocks",
    )
    if guard.defect:
        table.record(
            "PySide6 None references lost (aborts at None's count)",
            guard.peak,
            "refs",
            budget=guard.real,
            strict=True,
            note=f"most by the end of '{guard.peak_in}'",
        )
    table.write(args.json)

    ok = not over and search_ok and memory_ok and crash_ok
    print()
    print("within budgets" if ok else "OVER BUDGET")
    return 0 if ok else 1


def store_rows(path: Path) -> int:
    return sum(row_counts(path).values())


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the store to build (default 100,000)")
    parser.add_argument("--store", type=Path, help="build the store here, or reuse it when it exists")
    parser.add_argument("--quick", action="store_true", help="10,000 rows: a smoke run")
    parser.add_argument(
        "--profile",
        metavar="TEXT",
        action="append",
        default=[],
        help="cProfile each action whose name holds TEXT (case-insensitive; may be repeated)",
    )
    parser.add_argument(
        "--no-none-guard",
        action="store_true",
        help="do not shield None from PySide6's lost references (the run may abort, showing where)",
    )
    table.add_option(parser)
    args = parser.parse_args()
    rows = 10_000 if args.quick else args.rows

    with tempfile.TemporaryDirectory(prefix="negoprep-ui-bench-") as name:
        folder = Path(name)
        prepare_environment(folder)
        guard = NoneGuard(enabled=not args.no_none_guard)
        source = args.store or folder / "big.db"
        if not source.exists():
            build_store(source, rows)
        store_path = folder / "work.db"
        copy_store(source, store_path)
        counts = row_counts(store_path)
        table.setup("ui", sum(counts.values()))
        print(
            f"store: {sum(counts.values()):,} rows ("
            + ", ".join(f"{n:,} {table}" for table, n in counts.items())
            + f"), {os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(display)')}",
            flush=True,
        )
        return run(store_path, folder, args, guard)


if __name__ == "__main__":
    sys.exit(main())
