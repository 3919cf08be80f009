"""A merge killed at any moment leaves a store that opens cleanly, either fully merged or
exactly as it was before: never half of a merge."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.search_index import index_words
from tests.store.test_merge import ALICE, BOB, state

MERGER = model.Author(id="00000000-0000-4000-8000-0000000000ee", name="Merger")
D = "d-big"

CHILD = textwrap.dedent(
    f"""
    import sys
    from negoprep.records.model import Author
    from negoprep.store.store import Store

    store = Store.open(sys.argv[1], Author(id="{MERGER.id}", name="{MERGER.name}"))
    print("ready", flush=True)
    store.merge_file(sys.argv[2])
    print("done", flush=True)
    """
)


def big_doc(items: int, points: int) -> dict[str, Any]:
    rng = random.Random(5)
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": D, "title": "A large dossier"},
        "tracks": [{"id": f"t-{n}", "name": f"Track {n}"} for n in range(5)],
        "agenda_items": [
            {"id": f"a-{n}", "track": f"t-{n % 5}", "title": f"Item {n} " + "word " * rng.randint(3, 12)}
            for n in range(items)
        ],
        "talking_points": [
            {"id": f"tp-{n}", "agenda_item": f"a-{rng.randrange(items)}", "text": f"Point {n} " + "say " * 20}
            for n in range(points)
        ],
    }


def side_edits(side: str, items: int, points: int, seed: int) -> dict[str, Any]:
    """One person's changes: edits (some on the records the other edits too), deletions, additions."""
    rng = random.Random(seed)
    edited = rng.sample(range(points), points // 3)
    deleted = rng.sample(sorted(set(range(points)) - set(edited)), points // 20)
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": D},
        "agenda_items": [{"id": f"a-{n}", "title": f"{side} title {n}"} for n in range(0, items, 3)],
        "talking_points": [{"id": f"tp-{n}", "text": f"{side} text {n}"} for n in edited]
        + [{"id": f"tp-{n}", "deleted": True} for n in deleted]
        + [{"id": f"tp-{side}-{n}", "agenda_item": f"a-{n % items}", "text": f"new from {side}"} for n in range(300)],
    }


def full_state(store: Store) -> tuple[Any, ...]:
    # the words indexed for each row (docids may differ between the copies compared)
    rows = dict(store.db.conn.execute("SELECT docid, table_name || ' ' || row_id FROM search_rows"))
    search = sorted((rows.get(doc), col, at, word) for doc, col, at, word in index_words(store.db.conn))
    return (*state(store), search)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("merge-crash")
    items, points = 600, 4000
    with Store.open(folder / "base.db", AUTHOR) as base:
        base.load(big_doc(items, points))
        base.save_copy(folder / "mine.db")
        base.save_copy(folder / "theirs.db")
    with Store.open(folder / "mine.db", ALICE) as mine:
        mine.load(side_edits("mine", items, points, 1))
    with Store.open(folder / "theirs.db", BOB) as theirs:
        theirs.load(side_edits("theirs", items, points, 2))
    for name in ("mine.db", "theirs.db"):  # plain files: no WAL beside them
        Store.open(folder / name, AUTHOR).close()
    return {"mine": folder / "mine.db", "theirs": folder / "theirs.db", "folder": folder}


def run_child(target: Path, theirs: Path, kill_after: float | None) -> float:
    """Merge in a child process, killed `kill_after` seconds into the merge (None: let it end).
    Returns how long the merge ran."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(theirs)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        start = time.perf_counter()
        if kill_after is None:
            assert child.stdout.readline().strip() == "done"
        else:
            time.sleep(kill_after)
        return time.perf_counter() - start
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()


@pytest.mark.slow
def test_a_killed_merge_leaves_the_store_untouched_or_fully_merged(files: dict[str, Path]) -> None:
    folder = files["folder"]
    with Store.open(files["mine"], MERGER, readonly=True) as mine:
        before = full_state(mine)
    reference = folder / "reference.db"
    shutil.copy(files["mine"], reference)
    duration = run_child(reference, files["theirs"], None)
    with Store.open(reference, MERGER) as store:
        after = full_state(store)
        assert store.pending_conflicts() and after != before

    rng = random.Random(17)
    outcomes = []
    for run, share in enumerate((0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.2)):
        target = folder / f"run{run}.db"
        shutil.copy(files["mine"], target)
        run_child(target, files["theirs"], duration * share * rng.uniform(0.9, 1.1))
        with Store.open(target, MERGER) as store:
            assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
            now = full_state(store)
        assert now in (before, after), f"run {run}: a half-merged store"
        outcomes.append("merged" if now == after else "untouched")
    assert "untouched" in outcomes  # some kills landed before the end of the merge
