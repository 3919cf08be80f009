"""Export speed against its floor: a raw `VACUUM INTO` of the same store (budget: 1.5x).

    python benchmarks/export_speed.py [--rows N] [--store PATH] [--runs N] [--quick]

Builds a store of N rows (default 100,000) with make_big_store.py in a temporary folder (or at
PATH, reused when it exists), then times, as the median of --runs runs (default 3):

- the floor: `VACUUM INTO` a new file, on the store's own connection;
- `export_store` on the same store: VACUUM INTO, the clean-up on the copy, the final check
  (PRAGMA integrity_check, the default) and the rename; then the same with check="quick"
  (quick_check), and the integrity_check alone on the exported file, to show what it costs
  (with the SQLite the export uses, whose integrity_check includes the full-text index's own);
- the same on an *edited* copy of the store (--edits changes, a third of them deletions,
  default 2,000): there every step of the clean-up has work to do (blanking the text of
  tombstones and old snapshots, merging the search index into one segment).

Prints each time and its ratio to the floor; exits 0 when the default export of the loaded
store is within budget, else 1. The store at PATH is not changed (the edits go to a copy).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import table

from negoprep.records import model
from negoprep.store.engine import sqlite
from negoprep.store.export import export_store
from negoprep.store.store import Store

HERE = Path(__file__).resolve().parent
BUDGET = 1.5
AUTHOR = model.Author(id="00000000-0000-4000-8000-0000000be5c4", name="Benchmark")


def build_store(path: Path, rows: int) -> None:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "make_big_store.py"), str(path), "--rows", str(rows)], check=True, env=os.environ
    )
    print(f"built the store in {time.perf_counter() - start:.1f} s", flush=True)


def median_time(runs: int, work: Callable[[Path], object], folder: Path) -> float:
    times = []
    for number in range(runs):
        target = folder / f"run-{number}.db"
        start = time.perf_counter()
        work(target)
        times.append(time.perf_counter() - start)
        target.unlink()
    return statistics.median(times)


def integrity_time(store: Store, folder: Path) -> float:
    target = folder / "checked.db"
    export_store(store, target, check="quick")
    # (the SQLite the export itself uses: since 3.44 its integrity_check runs the full-text
    # index's own check too, which the standard library's older SQLite may not)
    conn = sqlite.connect(f"file:{target}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        conn.execute("PRAGMA integrity_check").fetchall()
        return time.perf_counter() - start
    finally:
        conn.close()
        target.unlink()


def edit(store: Store, edits: int, seed: int = 11) -> None:
    """Change and delete talking points and agenda items, as weeks of work would."""
    rng = random.Random(seed)
    dossier_id = store.dossiers()[0].id
    points = store.db.rows("SELECT id FROM talking_points WHERE deleted = 0 ORDER BY id")
    chosen = rng.sample([r["id"] for r in points], edits)
    with store.transaction():
        for number, point_id in enumerate(chosen):
            point = store.get(model.TalkingPoint, point_id)
            if number % 3 == 0:
                store.delete(point)
            else:
                store.put(replace(point, text=f"{point.text} (revised {number})"))
    print(f"edited a copy: {edits:,} changes to the dossier {dossier_id}", flush=True)


def measure(store: Store, folder: Path, runs: int, label: str) -> float:
    floor = median_time(runs, lambda t: store.db.conn.execute("VACUUM INTO ?", (str(t),)), folder)
    full = median_time(runs, lambda t: export_store(store, t), folder)
    quick = median_time(runs, lambda t: export_store(store, t, check="quick"), folder)
    check = integrity_time(store, folder)
    print(f"\n{label}")
    print(f"  VACUUM INTO (floor)                    {floor * 1000:8.0f} ms")
    print(f"  export (integrity_check, the default)  {full * 1000:8.0f} ms   {full / floor:5.2f}x")
    print(f"  export with check='quick'              {quick * 1000:8.0f} ms   {quick / floor:5.2f}x")
    print(f"  of which integrity_check alone         {check * 1000:8.0f} ms   {check / floor:5.2f}x")
    table.record(
        f"export, {label.split(' (')[0]}",
        full * 1000,
        floor=floor * 1000,
        floor_name="VACUUM INTO",
        budget=BUDGET,
        budget_of="ratio",
        note=f"with check='quick' {quick / floor:.2f}x; integrity_check alone {check / floor:.2f}x",
    )
    return full / floor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="build the store here, or reuse it")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=2_000)
    parser.add_argument("--quick", action="store_true", help="10,000 rows")
    table.add_option(parser)
    args = parser.parse_args()
    rows = 10_000 if args.quick else args.rows
    table.setup("export", rows)
    with tempfile.TemporaryDirectory(prefix="negoprep-export-bench-") as tmp:
        folder = Path(tmp)
        path = args.store or folder / "big.db"
        if not path.exists():
            build_store(path, rows)
        size = path.stat().st_size
        print(f"store: {path} ({size / 2**20:.0f} MB)", flush=True)
        # opened as the app and the command line open it (read-write, WAL): a read-only
        # connection to a WAL file reads it more slowly, which would flatter the ratios
        with Store.open(path, AUTHOR) as store:
            ratio = measure(store, folder, args.runs, "as loaded (no edits: nothing to blank)")
            edited = folder / "edited.db"
            store.db.conn.execute("VACUUM INTO ?", (str(edited),))
        with Store.open(edited, AUTHOR) as store:
            edit(store, min(args.edits, rows // 4))
            edited_ratio = measure(store, folder, args.runs, "after edits (tombstones, old snapshots, index merge)")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"\nexport / VACUUM INTO: {ratio:.2f}x as loaded, {edited_ratio:.2f}x edited: {verdict} the {BUDGET}x budget")
    table.write(args.json)
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
