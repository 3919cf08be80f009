"""Make a store with one very large dossier, for the speed and memory benchmarks.

    python benchmarks/make_big_store.py OUT.db [--rows 100000]

The rows are split between agenda items (20%), talking points (50%) and checklist tasks (30%),
with realistic lengths of text, and go in through the ordinary load path (revisions and the
search index included), so that the store is what a person's would be.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path

from negoprep.records.model import Author
from negoprep.store.store import Store

WORDS = (
    "tariff relief automobiles semiconductors surplus purchase liquefied natural gas aircraft emission "
    "standard beef import quota shipbuilding naval cooperation defense cost sharing ratification assembly "
    "consultation agenda coordination reciprocal exemption quota safeguard investment supply chain "
    "energy security bundle linkage package mandate fallback walk away ministers treasury trade"
).split()


def sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def document(rows: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    ident = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731 - reproducible ids
    tracks = [{"id": ident(), "name": f"Track {n + 1}"} for n in range(12)]
    people = [{"id": ident(), "name": f"Delegate {n + 1}", "side": "ours"} for n in range(40)]
    n_items, n_points = rows // 5, rows // 2
    n_tasks = rows - n_items - n_points
    items = [
        {
            "id": ident(),
            "track": rng.choice(tracks)["id"],
            "title": sentence(rng, 3, 8),
            "our_position": sentence(rng, 10, 30),
            "priority": rng.randint(1, 5),
            "flexibility": rng.randint(1, 5),
            "weight": 100 / n_items,
            "status": rng.choice(["open", "tabled", "agreed", "deferred"]),
            "owner": rng.choice(people)["id"],
        }
        for _ in range(n_items)
    ]
    points = [
        {
            "id": ident(),
            "agenda_item": rng.choice(items)["id"],
            "kind": rng.choice(["point", "defensive", "press"]),
            "text": sentence(rng, 8, 25),
        }
        for _ in range(n_points)
    ]
    checklists = [
        {
            "id": ident(),
            "title": f"Checklist {c + 1}",
            "items": [
                {
                    "id": ident(),
                    "text": sentence(rng, 4, 12),
                    "owner": rng.choice(people)["id"],
                    "due": f"2025-0{rng.randint(1, 4)}-{rng.randint(10, 28)}",
                    "done": rng.random() < 0.4,
                }
                for _ in range(n_tasks // 10)
            ],
        }
        for c in range(10)
    ]
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": ident(), "title": f"A dossier of {rows:,} rows", "counterpart": "Benchmark"},
        "tracks": tracks,
        "participants": people,
        "agenda_items": items,
        "talking_points": points,
        "checklists": checklists,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists: remove it first", file=sys.stderr)
        return 2
    start = time.perf_counter()
    doc = document(args.rows)
    with Store.open(args.out, Author(id=str(uuid.uuid4()), name="Benchmark")) as store:
        result = store.load(doc)
    print(f"{args.out}: {result.added:,} records in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
