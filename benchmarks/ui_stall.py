"""The window's longest stall while it merges, exports and checks 50,000-row stores.

    python benchmarks/ui_stall.py [--rows 50000] [--keep DIR] [--only merge|export|verify|copy ...]

Each operation runs from the window as a person starts it, off the GUI thread:
- merge: File → Merge of a diverged copy (the two stores built as merge_speed.py does), from
  the click to the report shown;
- export: File → Export of the whole store (a store built by make_big_store.py), from the
  click on Export… to the status bar's message;
- verify: File → Open of a colleague's copy of that store, which is checked as a received file
  before it opens, from the click to the end of the check; the window's opening of the checked
  store (its sections built anew, on the GUI thread) is shown on a line of its own;
- copy: File → Copy this dossier of that store's dossier, from the click to the copy shown;
  then Edit → Undo of that copy ("undo"), from the click to the original shown again.

While each runs, a 10 ms QTimer on the GUI thread notes when it fires: the longest gap between
two ticks is the stall a person feels. The floor is the same work called on the GUI thread, as
the window did before it ran off it: the window is frozen that long. The "(idle)" line is the
timer's own jitter over two seconds with nothing running.

Prints, for each operation, the stall, the frozen time on the GUI thread, the ratio of the two,
the ticks and progress updates seen and the wall time; exits 0 when every stall is under 100 ms
and each operation ran off the GUI thread, 1 when not.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import table
from merge_speed import build, copy_of

HERE = Path(__file__).resolve().parent

TICK_MS = 10
STALL_BUDGET_MS = 100.0
OPERATIONS = ("merge", "export", "verify", "copy")
OPERATION_NAMES = {
    "merge": "File → Merge",
    "export": "File → Export",
    "verify": "the check of a received file",
    "copy": "File → Copy this dossier",
    "undo": "Edit → Undo of that copy",
}


@dataclass
class Watched:
    """What the GUI thread's timer saw while one operation ran from the window."""

    name: str
    inline_s: float  # the same work on the GUI thread: the window frozen that long
    wall_s: float = 0.0
    ticks: list[int] = field(default_factory=list)
    reports: int = 0
    ended_ms: int = 0  # when the operation's outcome was shown
    off_thread: bool = False
    runner_free_ms: int | None = None  # when the runner ended the work (before its outcome is shown)
    after: list[int] = field(default_factory=list)  # ticks once the work ended (see bench_verify)
    # Python's garbage collections of 10 ms or more: (when it ended, ms it took, generation, thread)
    collections: list[tuple[int, int, int, str]] = field(default_factory=list)

    @property
    def gaps(self) -> list[int]:
        return [b - a for a, b in itertools.pairwise(self.ticks)]

    @property
    def stall(self) -> float:
        return max(self.gaps, default=float("inf"))


def watch(app, window, name: str, inline_s: float, start: Callable[[], None], done: Callable[[], bool]) -> Watched:
    """Run `start()` with the 10 ms timer ticking and the event loop running, until `done()`."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    seen = Watched(name, inline_s)
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: seen.ticks.append(clock.elapsed()))
    began: dict[int, float] = {}

    def collecting(phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            began[threading.get_ident()] = now
            return
        took = (now - began.pop(threading.get_ident(), now)) * 1000
        if took >= 10:
            where = threading.current_thread().name
            seen.collections.append((clock.elapsed(), round(took), info["generation"], where))

    gc.callbacks.append(collecting)
    bar = window.files.runner.strip.bar

    def reported(_value: int) -> None:
        seen.reports += 1

    bar.valueChanged.connect(reported)
    timer.start()
    for _ in range(5):  # a few ticks before the click: the first gap measured is a real one
        app.processEvents()
        time.sleep(TICK_MS / 1000)
    loop = QEventLoop()
    gui = threading.current_thread().name
    threads: set[str] = set()
    operations: list = []

    def busy(on: bool) -> None:
        operation = window.files.runner.current
        if on and operation is not None:
            operations.append(operation)
        elif not on and seen.runner_free_ms is None:
            seen.runner_free_ms = clock.elapsed()

    window.files.runner.busy_changed.connect(busy)

    def look() -> None:
        if done():
            seen.ended_ms = clock.elapsed()
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(look)
    started = time.perf_counter()
    watcher.start()
    QTimer.singleShot(0, start)
    loop.exec()
    watcher.stop()
    seen.wall_s = time.perf_counter() - started
    # (a fifth of a second more: the last gap is closed by a tick, and what runs right after the
    # outcome is shown, such as the full garbage collection held back while the work ran, counts)
    QTimer.singleShot(20 * TICK_MS, loop.quit)
    loop.exec()
    timer.stop()
    gc.callbacks.remove(collecting)
    bar.valueChanged.disconnect(reported)
    window.files.runner.busy_changed.disconnect(busy)
    threads.update(operation.thread_name for operation in operations if operation.thread_name)
    seen.off_thread = bool(threads) and gui not in threads
    return seen


def show_gaps(seen: Watched) -> None:
    gaps = seen.gaps
    for n in sorted(sorted(range(len(gaps)), key=gaps.__getitem__)[-5:], key=gaps.__getitem__, reverse=True):
        print(f"    {seen.name}: gap of {gaps[n]} ms ending {seen.ticks[n + 1] - seen.ended_ms} ms from the end")
    for ended, took, generation, thread in seen.collections:
        print(
            f"    {seen.name}: garbage collection of generation {generation}, {took} ms on {thread}, "
            f"ending {ended - seen.ended_ms} ms from the end"
        )


def open_window(path: Path, author, folder: Path):
    from negoprep.store.store import Store
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    window = MainWindow(Store.open(path, author), Settings(folder / f"settings-{uuid.uuid4().hex[:6]}.ini"))
    window.show()
    return window


def close_window(app, window) -> None:
    for name in ("merge_dialog", "export_dialog"):
        dialog = getattr(window.files, name, None)
        if dialog is not None:
            dialog.close()
    window.close()
    window.store.close()
    app.processEvents()


def bench_merge(app, folder: Path, work: Path, args) -> Watched:
    from negoprep.records import model
    from negoprep.store.sharing import opened_shared
    from negoprep.store.store import Store
    from negoprep.ui.dialogs import file_dialogs

    pair = folder / f"merge-{args.rows}"  # (each size of its own)
    pair.mkdir(exist_ok=True)
    mine, theirs = pair / "mine.db", pair / "theirs.db"
    if not (mine.exists() and theirs.exists()):
        mine, theirs = build(pair, args.rows, args.share)
    author = model.Author(id=str(uuid.uuid4()), name="Merger")
    # the merge as it was: the file checked, then merged, on the GUI thread
    with Store.open(copy_of(mine, work), author) as store:
        start = time.perf_counter()
        with opened_shared(theirs) as plain:
            store.merge_file(plain, name=str(theirs))
        inline_s = time.perf_counter() - start

    window = open_window(copy_of(mine, work), author, work)
    app.processEvents()
    file_dialogs.open_file_name = lambda *a, **k: str(theirs)  # the file the person picks
    seen = watch(
        app,
        window,
        "merge",
        inline_s,
        window.merge_action.trigger,
        lambda: not window.files.runner.busy and getattr(window.files, "merge_dialog", None) is not None,
    )
    seen.off_thread = seen.off_thread and window.files.merge_dialog.report is not None
    close_window(app, window)
    return seen


def big_store(folder: Path, rows: int) -> Path:
    """A store built by make_big_store.py (in a subprocess: its document is not this process's)."""
    path = folder / f"big-{rows}.db"
    if not path.exists():
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "make_big_store.py"), str(path), "--rows", str(rows)],
            check=True,
            env=os.environ,
        )
        print(f"built the {rows:,}-row store in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def bench_export(app, folder: Path, work: Path, args) -> Watched:
    from negoprep.records import model
    from negoprep.store.sharing import export_shared
    from negoprep.store.store import Store
    from negoprep.ui.dialogs import file_dialogs

    big = big_store(folder, args.rows)
    author = model.Author(id=str(uuid.uuid4()), name="Exporter")
    # the export as it was: on the GUI thread
    with Store.open(copy_of(big, work), author) as store:
        start = time.perf_counter()
        export_shared(store, work / "inline-export.db")
        inline_s = time.perf_counter() - start

    window = open_window(copy_of(big, work), author, work)
    app.processEvents()
    target = work / "export.db"
    file_dialogs.save_file_name = lambda *a, **k: (str(target), "")  # the file the person names
    window.export_action.trigger()
    app.processEvents()
    dialog = window.files.export_dialog
    dialog.store_radio.setChecked(True)
    seen = watch(
        app,
        window,
        "export",
        inline_s,
        dialog.export_button.click,
        lambda: not window.files.runner.busy and dialog.report is not None,
    )
    seen.off_thread = seen.off_thread and target.exists()
    close_window(app, window)
    return seen


def bench_verify(app, folder: Path, work: Path, args) -> Watched:
    from negoprep.records import model
    from negoprep.store.sharing import verify_shared
    from negoprep.ui.dialogs import file_dialogs

    big = big_store(folder, args.rows)
    received = work / "colleague.db"
    shutil.copyfile(copy_of(big, work), received)  # (a whole file: no log beside it)
    # the check as it was: on the GUI thread
    start = time.perf_counter()
    verify_shared(received)
    inline_s = time.perf_counter() - start

    author = model.Author(id=str(uuid.uuid4()), name="Reader")
    window = open_window(copy_of(big, work), author, work)
    app.processEvents()
    file_dialogs.open_file_name = lambda *a, **k: str(received)  # the file the person picks
    seen = watch(
        app,
        window,
        "verify",
        inline_s,
        window.open_store_action.trigger,
        lambda: window.store.path is not None and window.store.path.name == received.name,
    )
    close_window(app, window)
    # the check ends with the runner; the window's opening of the checked store comes after
    end = seen.runner_free_ms
    if end is not None:
        before = [t for t in seen.ticks if t <= end]
        seen.after = before[-1:] + [t for t in seen.ticks if t > end]  # (the gap across the end is the opening's)
        seen.ticks = before
    return seen


def bench_copy(app, folder: Path, work: Path, args) -> list[Watched]:
    from PySide6.QtWidgets import QInputDialog

    from negoprep.records import model
    from negoprep.store.store import Store

    big = big_store(folder, args.rows)
    author = model.Author(id=str(uuid.uuid4()), name="Copier")
    # the copy as it was: on the GUI thread
    with Store.open(copy_of(big, work), author) as store:
        start = time.perf_counter()
        copied = store.copy_dossier(store.dossiers()[0].id, "Rehearsal", "Copy")
        inline_s = time.perf_counter() - start
        start = time.perf_counter()
        store.undo(copied)
        undo_inline_s = time.perf_counter() - start
        # (the copy measured here is the person's no more: a process of theirs would not hold
        # its 50,000 records too, and every full collection after would walk them)
        del copied

    window = open_window(copy_of(big, work), author, work)
    app.processEvents()
    QInputDialog.getText = staticmethod(lambda *a, **k: ("Rehearsal", True))  # the title the person types
    seen = watch(
        app,
        window,
        "copy",
        inline_s,
        window.copy_dossier_action.trigger,
        lambda: not window.files.runner.busy and window.workspace.dossier().title == "Rehearsal",
    )
    undone = watch(
        app,
        window,
        "undo",
        undo_inline_s,
        window.undo_action.trigger,
        lambda: not window.files.runner.busy and window.workspace.dossier().title != "Rehearsal",
    )
    close_window(app, window)
    return [seen, undone]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--keep", type=Path, help="build the stores in this folder (reused when there)")
    parser.add_argument("--only", action="append", choices=OPERATIONS, help="this operation only (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="where the five longest gaps fell")
    table.add_option(parser)
    args = parser.parse_args()
    table.setup("ui_stall", args.rows)

    from negoprep.ui.app import application

    app = application()
    chosen = args.only or list(OPERATIONS)
    results: list[Watched] = []
    with tempfile.TemporaryDirectory(prefix="negoprep-stall-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        idle = idle_floor(app)
        for name in chosen:
            work = Path(tmp) / name
            work.mkdir()
            bench = {"merge": bench_merge, "export": bench_export, "verify": bench_verify, "copy": bench_copy}[name]
            made = bench(app, folder, work, args)
            results.extend(made if isinstance(made, list) else [made])
            print(f"  {name}: done", flush=True)

    print()
    print(f"GUI-thread stalls, {args.rows:,} rows; a {TICK_MS} ms timer's longest gap (idle: {idle} ms)")
    print(f"{'operation':<10} {'stall ms':>9} {'on GUI ms':>10} {'ratio':>6} {'ticks':>6} {'updates':>8} "
          f"{'wall ms':>8}  verdict")  # fmt: skip
    ok = True
    for seen in results:
        within = seen.stall < STALL_BUDGET_MS and seen.off_thread
        ok = ok and within
        ratio = seen.stall / (seen.inline_s * 1000) if seen.inline_s else float("nan")
        verdict = "within" if within else ("OVER" if seen.off_thread else "ON THE GUI THREAD")
        print(
            f"{seen.name:<10} {seen.stall:9.0f} {seen.inline_s * 1000:10.0f} {ratio:6.2f} {len(seen.ticks):6d} "
            f"{seen.reports:8d} {seen.wall_s * 1000:8.0f}  {verdict} ({STALL_BUDGET_MS:g} ms)"
        )
        if seen.after:
            gaps = [b - a for a, b in itertools.pairwise(seen.after)]
            print(f"{'':<10} then opening the checked store: longest stall {max(gaps, default=0):.0f} ms "
                  "(the window's sections built anew: see ui_responsiveness.py's open)")  # fmt: skip
        if args.verbose:
            show_gaps(seen)
        table.record(
            f"longest stall while the window runs {seen.name} ({OPERATION_NAMES[seen.name]})",
            seen.stall,
            budget=STALL_BUDGET_MS,
            strict=True,
            ok=within,
            note=f"{len(seen.ticks)} ticks of {TICK_MS} ms seen; idle floor {idle} ms"
            + ("" if seen.off_thread else "; the work did not run off the GUI thread"),
        )
        table.record(
            f"{seen.name} from the window, click to end",
            seen.wall_s * 1000,
            floor=seen.inline_s * 1000,
            floor_name=f"the same {seen.name} on the GUI thread",
            note=f"{seen.reports} progress updates shown",
        )
    print(f"budget: no stall over {STALL_BUDGET_MS:g} ms while the work runs off the GUI thread")
    table.write(args.json)
    return 0 if ok else 1


def idle_floor(app) -> int:
    """The timer's own longest gap over two seconds with nothing running (on a busy machine,
    the other programs' share of the processors)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    loop = QEventLoop()
    timer.start()
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    timer.stop()
    return max((b - a for a, b in itertools.pairwise(ticks)), default=0)


if __name__ == "__main__":
    sys.exit(main())
