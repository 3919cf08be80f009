"""A store's size against its floor: the JSON of its dossiers (budget: 3x).

    python benchmarks/store_size.py [--rows N] [--store PATH] [--edits N]

Builds a store of N rows (default 100,000) with make_big_store.py in a temporary folder (or at
PATH, reused when it exists). The floor is what `negoprep dump` prints for each of its
dossiers. The figure is the store file as it lies on disk (with its -wal, if one is left).
Prints both, their ratio, and where the bytes are: each table and index (SQLite's `dbstat`),
with the part of its pages left unused, and the free pages.

With --edits N, the same again on a copy after N edits of agenda items and talking points
(one field each, as a person makes them): each edit adds a revision, and the JSON stays as large.

Exits 0 when the store as built is within budget, else 1. The store at PATH is not changed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUDGET = 3.0
#: the objects listed by name; the rest are added up in one line
SHOWN = 14


def build_store(path: Path, rows: int) -> None:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "make_big_store.py"), str(path), "--rows", str(rows)], check=True, env=os.environ
    )
    print(f"built the store in {time.perf_counter() - start:.1f} s", flush=True)


def _cli(store: Path, *args: str) -> bytes:
    return subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(store), *args],
        check=True,
        capture_output=True,
        env=os.environ,
    ).stdout


def json_bytes(store: Path) -> int:
    """The bytes `negoprep dump` prints for every dossier of the store."""
    dossiers = json.loads(_cli(store, "list", "--json"))
    return sum(len(_cli(store, "dump", "--dossier", d["id"])) for d in dossiers)


def file_bytes(store: Path) -> int:
    wal = store.with_name(store.name + "-wal")
    return store.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def breakdown(store: Path) -> list[tuple[str, int, int]]:
    """(name, bytes, unused bytes) of each table and index, largest first; free pages last."""
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT name, SUM(pgsize), SUM(unused) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page
    finally:
        conn.close()
    return [*rows, ("(free pages)", free, free)]


def report(title: str, store: Path, floor: int) -> float:
    size = file_bytes(store)
    ratio = size / floor
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        conn.close()
    print(f"\n{title}: page size {page}, {revisions:,} revisions")
    print(f"  {'object':44} {'MB':>8} {'unused':>8}")
    parts = breakdown(store)
    for name, used, unused in parts[:SHOWN]:
        print(f"  {name:44} {used / 1e6:8.2f} {unused / 1e6:8.2f}")
    rest = parts[SHOWN:-1]
    if rest:
        used, unused = sum(p[1] for p in rest), sum(p[2] for p in rest)
        print(f"  {f'({len(rest)} more)':44} {used / 1e6:8.2f} {unused / 1e6:8.2f}")
    if parts[-1] not in parts[:SHOWN]:
        print(f"  {parts[-1][0]:44} {parts[-1][1] / 1e6:8.2f}")
    verdict = "ok" if ratio <= BUDGET else "OVER BUDGET"
    print(f"  store file {size / 1e6:.1f} MB, JSON {floor / 1e6:.1f} MB: {ratio:.2f}x (budget {BUDGET}x) {verdict}")
    return ratio


def edit(store: Path, edits: int) -> None:
    """Change one field of `edits` agenda items and talking points, one change each."""
    from negoprep.records import model
    from negoprep.store.store import Store

    author = model.Author(id="00000000-0000-4000-8000-0000000be5c4", name="Benchmark")
    rng = random.Random(11)
    with Store.open(store, author) as opened:
        dossier = opened.dossiers()[0].id
        items = opened.page(model.AgendaItem, opened.rowids(model.AgendaItem, dossier))
        points = opened.page(model.TalkingPoint, opened.rowids(model.TalkingPoint, dossier))
        for n in range(edits):
            if n % 2:
                point = rng.choice(points)
                opened.apply("edit", puts=[replace(opened.get(model.TalkingPoint, point.id), text=f"Point {n}.")])
            else:
                item = rng.choice(items)
                opened.apply("edit", puts=[replace(opened.get(model.AgendaItem, item.id), priority=1 + n % 5)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="build the store here, or reuse it if it exists")
    parser.add_argument("--edits", type=int, default=0, help="also measure a copy after this many edits")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = args.store or folder / "big.db"
        if not store.exists():
            build_store(store, args.rows)
        # copies: the store at PATH is left as it is, and the one measured is not opened by
        # negoprep first (a store of an older version would be migrated by the dump)
        copy, dumped = folder / "measured.db", folder / "dumped.db"
        shutil.copy(store, copy)
        shutil.copy(store, dumped)
        floor = json_bytes(dumped)
        ratio = report("as built", copy, floor)
        if args.edits:
            edit(copy, args.edits)
            report(f"after {args.edits:,} edits", copy, floor)
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
