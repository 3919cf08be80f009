"""Merging two 50,000-row stores, against the raw SQL that copies the same rows.

    python benchmarks/merge_speed.py [--rows 50000] [--runs 3] [--keep DIR]

Builds one store with make_big_store's dossier, makes two copies of it, and changes each copy
the way two people would between two exchanges (through the ordinary load path, so that every
change has its revision and index entry): about a tenth of the agenda items and talking points
edited on each side, a fifth of those on the same records (half of those on the same field, so
that they are conflicts), some deletions, some additions. Then it times:

- merge: `merge_file` of the other copy into a fresh copy of mine (backup, one transaction,
  revisions united, fast-forwards, three-way merges, conflicts, search index);
- floor: the raw SQL that copies the same rows into a fresh copy of mine: with the other file
  attached, in one transaction, every row whose revision differs (inserted, or updated in place) and every
  revision the store lacks; no backup, no index, no merging.

Prints both medians and their ratio; exits 0 within the budget (2x, as DESIGN.md sets it), 1 when not.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import table
from make_big_store import document

from negoprep.records import model
from negoprep.store import merge as merging
from negoprep.store.store import Store

BUDGET = 2.0


def edits(doc: dict, side: str, rng: random.Random, shared: list[str], share: float) -> dict:
    """A document of one side's changes: edits, deletions and additions. The `shared` agenda
    items are edited on both sides: on the same field for half of them (conflicts), on
    different fields for the other half (auto-merged)."""
    items, points = doc["agenda_items"], doc["talking_points"]
    out = {"format": doc["format"], "version": 1, "dossier": {"id": doc["dossier"]["id"]}}
    out["agenda_items"] = [
        {"id": i, ("title" if side == "mine" or n % 2 == 0 else "our_position"): f"{side} shared {n}"}
        for n, i in enumerate(shared)
    ]
    own = [i for i in items if i["id"] not in set(shared)]
    n_items = max(int(len(items) * share) - len(shared), 0)
    out["agenda_items"] += [
        {"id": item["id"], rng.choice(["title", "our_position", "interests"]): f"{side} edit {n}"}
        for n, item in enumerate(rng.sample(own, n_items))
    ]
    n_points = int(len(points) * share)
    chosen = rng.sample(range(len(points)), n_points + n_points // 10)
    out["talking_points"] = [
        {"id": points[k]["id"], "text": f"{side} says {n}"} for n, k in enumerate(chosen[:n_points])
    ]
    out["talking_points"] += [{"id": points[k]["id"], "deleted": True} for k in chosen[n_points:]]
    item_ids = [i["id"] for i in items]
    out["talking_points"] += [
        {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "agenda_item": rng.choice(item_ids), "text": t}
        for t in (f"new {side} point {n}" for n in range(n_points // 5))
    ]
    return out


def build(folder: Path, rows: int, share: float) -> tuple[Path, Path]:
    doc = document(rows)
    rng = random.Random(11)
    items = doc["agenda_items"]
    shared = [i["id"] for i in rng.sample(items, int(len(items) * share / 5))]
    start = time.perf_counter()
    with Store.open(folder / "base.db", model.Author(id=str(uuid.uuid4()), name="Base")) as store:
        store.load(doc)
        mine, theirs = folder / "mine.db", folder / "theirs.db"
        store.save_copy(mine)
        store.save_copy(theirs)
    for path, side, seed in ((mine, "mine", 1), (theirs, "theirs", 2)):
        with Store.open(path, model.Author(id=str(uuid.uuid4()), name=side.title())) as store:
            store.load(edits(doc, side, random.Random(seed), shared, share))
    print(f"built {rows:,}-row stores and two sets of changes in {time.perf_counter() - start:.1f} s")
    return mine, theirs


def copy_of(path: Path, folder: Path) -> Path:
    target = folder / f"work-{uuid.uuid4().hex[:8]}.db"
    with Store.open(path, model.Author(id="x", name="x"), readonly=True) as store:
        store.save_copy(target)
    return target


def time_merge(mine: Path, theirs: Path, folder: Path) -> tuple[float, merging.MergeReport]:
    work = copy_of(mine, folder)
    with Store.open(work, model.Author(id=str(uuid.uuid4()), name="Merger")) as store:
        start = time.perf_counter()
        report = merging.merge_file(store, theirs)
        elapsed = time.perf_counter() - start
    return elapsed, report


def time_floor(mine: Path, theirs: Path, folder: Path) -> float:
    work = copy_of(mine, folder)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    conn.execute("ATTACH DATABASE ? AS src", (f"{theirs.resolve().as_uri()}?mode=ro",))
    conn.execute("BEGIN IMMEDIATE")
    for rtype in model.RECORD_TYPES:
        t, columns = rtype.table, rtype.columns()
        names = ", ".join(columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        conn.execute(
            f"INSERT INTO main.{t} ({names}) SELECT {names} FROM src.{t} AS s "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{t} AS m WHERE m.id = s.id AND m.rev = s.rev) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
    conn.execute(
        "INSERT INTO main.revisions SELECT * FROM src.revisions AS s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.revisions AS m WHERE m.id = s.id)"
    )
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.1, help="the share of records each side edits")
    parser.add_argument("--keep", type=Path, help="build the stores in this folder (reused when there)")
    table.add_option(parser)
    args = parser.parse_args()
    table.setup("merge", args.rows)
    with tempfile.TemporaryDirectory(prefix="negoprep-merge-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        mine, theirs = folder / "mine.db", folder / "theirs.db"
        if not (mine.exists() and theirs.exists()):
            mine, theirs = build(folder, args.rows, args.share)
        merges, floors, report = [], [], None
        for _ in range(args.runs):
            elapsed, report = time_merge(mine, theirs, Path(tmp))
            merges.append(elapsed)
            floors.append(time_floor(mine, theirs, Path(tmp)))
    total = report.total
    print(
        f"merge report: {total.added:,} added, {total.updated:,} updated, {total.deleted:,} deleted, "
        f"{total.auto_merged:,} auto-merged, {total.conflicts:,} in conflict, {total.unchanged:,} unchanged; "
        f"{report.revisions_added:,} revisions added, {report.new_conflicts:,} conflicts"
    )
    merge_s, floor_s = statistics.median(merges), statistics.median(floors)
    ratio = merge_s / floor_s
    print(f"merge  {merge_s * 1000:8.0f} ms   (runs: {', '.join(f'{m * 1000:.0f}' for m in merges)})")
    print(f"floor  {floor_s * 1000:8.0f} ms   (runs: {', '.join(f'{f * 1000:.0f}' for f in floors)})")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"ratio  {ratio:8.2f} x  {verdict} the budget of {BUDGET:g}x")
    table.record(
        "merge two diverged stores",
        merge_s * 1000,
        floor=floor_s * 1000,
        floor_name="raw SQL copy of the same rows",
        budget=BUDGET,
        budget_of="ratio",
        note=f"median of {args.runs}; {total.conflicts:,} in conflict, {total.auto_merged:,} auto-merged",
    )
    table.write(args.json)
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
