"""The window's longest stall while it merges two diverged 50,000-row stores.

    python benchmarks/ui_stall.py [--rows 50000] [--keep DIR]

Builds the two stores as merge_speed.py does (or reuses them from --keep DIR), opens the main
window on a copy of one, and merges the other from File → Merge as a person would. While the
merge runs (from the click to the report shown), a 10 ms QTimer on the GUI thread notes when it
fires: the longest gap between two ticks is the stall a person feels. For comparison it also
times the same merge called on the GUI thread, as the window did before merges ran off it.

Prints the stall, the number of ticks and progress reports seen, and the merge's wall time;
exits 0 when the stall is under 100 ms, 1 when not.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import table
from merge_speed import build, copy_of

TICK_MS = 10
STALL_BUDGET_MS = 100.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--keep", type=Path, help="build the stores in this folder (reused when there)")
    parser.add_argument("--verbose", action="store_true", help="where the five longest gaps fell")
    table.add_option(parser)
    args = parser.parse_args()
    table.setup("ui_stall", args.rows)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from negoprep.records import model
    from negoprep.store.sharing import opened_shared
    from negoprep.store.store import Store
    from negoprep.ui.app import application
    from negoprep.ui.dialogs import file_dialogs
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    app = application()
    with tempfile.TemporaryDirectory(prefix="negoprep-stall-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        mine, theirs = folder / "mine.db", folder / "theirs.db"
        if not (mine.exists() and theirs.exists()):
            mine, theirs = build(folder, args.rows, args.share)
        author = model.Author(id=str(uuid.uuid4()), name="Merger")

        # the merge as it was: the file checked, then merged, on the GUI thread
        with Store.open(copy_of(mine, Path(tmp)), author) as store:
            start = time.perf_counter()
            with opened_shared(theirs) as plain:
                store.merge_file(plain, name=str(theirs))
            inline_s = time.perf_counter() - start

        work = copy_of(mine, Path(tmp))
        window = MainWindow(Store.open(work, author), Settings(Path(tmp) / "settings.ini"))
        window.show()
        app.processEvents()
        file_dialogs.open_file_name = lambda *a, **k: str(theirs)  # the file the person picks

        clock = QElapsedTimer()
        clock.start()
        ticks: list[int] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
        reports: list[tuple[int, int, str]] = []
        window.files.runner.strip.bar.valueChanged.connect(lambda v: reports.append((v, 0, "")))
        timer.start()
        for _ in range(5):  # a few ticks before the click: the first gap measured is a real one
            app.processEvents()
            time.sleep(TICK_MS / 1000)
        start = time.perf_counter()
        loop = QEventLoop()
        ended: list[int] = []

        def look() -> None:  # (the report is shown: the merge and its outcome are done)
            if not window.files.runner.busy and getattr(window.files, "merge_dialog", None) is not None:
                ended.append(clock.elapsed())
                loop.quit()

        watcher = QTimer()
        watcher.setInterval(50)
        watcher.timeout.connect(look)
        watcher.start()
        window.merge_action.trigger()
        loop.exec()
        watcher.stop()
        app.processEvents()
        wall_s = time.perf_counter() - start
        timer.stop()
        operation_thread = window.files.merge_dialog.report is not None
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        stall = max(gaps) if gaps else float("inf")
        if args.verbose:
            worst = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
            for n in reversed(worst):
                print(f"  gap of {gaps[n]} ms ending {ticks[n + 1] - ended[0]} ms from the report shown")
        window.files.merge_dialog.close()
        window.close()
        window.store.close()
        QApplication.processEvents()

    print(f"merge on the GUI thread (as before): {inline_s * 1000:8.0f} ms of frozen window")
    print(f"merge from the window, off the GUI thread: {wall_s * 1000:8.0f} ms from the click to the report")
    print(f"ticks every {TICK_MS} ms seen meanwhile: {len(ticks)}; progress updates shown: {len(reports)}")
    verdict = "within" if stall < STALL_BUDGET_MS else "OVER"
    print(f"longest stall {stall:8.0f} ms  {verdict} the budget of {STALL_BUDGET_MS:g} ms")
    table.record(
        "longest stall while File → Merge runs",
        stall,
        budget=STALL_BUDGET_MS,
        strict=True,
        ok=stall < STALL_BUDGET_MS and operation_thread,
        note=f"{len(ticks)} ticks of {TICK_MS} ms seen"
        + ("" if operation_thread else "; the merge did not run through the operations runner"),
    )
    table.record(
        "merge from the window, click to report",
        wall_s * 1000,
        floor=inline_s * 1000,
        floor_name="the same merge on the GUI thread",
        note=f"{len(reports)} progress updates shown",
    )
    table.write(args.json)
    return 0 if stall < STALL_BUDGET_MS and operation_thread else 1


if __name__ == "__main__":
    sys.exit(main())
