"""Long core work (merge, verify, export) reports its steps and stops cleanly when cancelled:
the store unchanged, no backup, no file, nothing left in the private folders."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep import tempfiles
from negoprep.progress import CancelledError, Progress
from negoprep.records import model
from negoprep.store import backups
from negoprep.store.sharing import export_shared, opened_shared
from negoprep.store.store import Store
from negoprep.store.verify import verify_file
from tests.store.test_merge import BOB, fingerprint


def diverged(demo_store: Store, folder: Path) -> Path:
    """A colleague's copy of the store with one agenda item renamed."""
    demo_store.save_copy(folder / "bob.db")
    with Store.open(folder / "bob.db", BOB) as bob:
        item = bob.content(bob.dossiers()[0].id).agenda_items[0]
        time.sleep(0.003)
        bob.apply("edit", puts=[replace(item, title="Bob's title")])
    return folder / "bob.db"


def cancel_at(step: int) -> tuple[Progress, list[tuple[int, int, str]]]:
    """A progress that records what it hears and is cancelled from its `step`-th report on."""
    heard: list[tuple[int, int, str]] = []
    return Progress(report=lambda *a: heard.append(a), cancelled=lambda: len(heard) >= step), heard


def leftovers() -> list[Path]:
    folder = tempfiles.base_folder()
    return [p for p in folder.glob(f"{tempfiles.PREFIX}{os.getpid()}-*")] if folder.exists() else []


def test_a_merge_reports_every_step_in_order(demo_store: Store, tmp_path: Path) -> None:
    theirs = diverged(demo_store, tmp_path)
    heard: list[tuple[int, int, str]] = []
    report = demo_store.merge_file(theirs, progress=Progress(report=lambda *a: heard.append(a)))
    assert report.counts["agenda_items"].updated == 1
    done = [d for d, _, _ in heard]
    total = heard[0][1]
    assert done == sorted(done) and done[0] == 0 and done[-1] == total
    assert total == len(model.RECORD_TYPES) + 3 and all(label for *_, label in heard)


@pytest.mark.parametrize("step", [1, 2, 3, 8])
def test_a_cancelled_merge_changes_nothing_and_keeps_no_backup(demo_store: Store, tmp_path: Path, step: int) -> None:
    theirs = diverged(demo_store, tmp_path)
    before = fingerprint(demo_store)
    progress, heard = cancel_at(step)
    with pytest.raises(CancelledError, match="cancelled"):
        demo_store.merge_file(theirs, progress=progress)
    assert len(heard) == step
    assert fingerprint(demo_store) == before
    assert backups.backups(demo_store.path) == []
    assert not leftovers()
    # and the store goes on as before: the same merge, not cancelled, goes through
    assert demo_store.merge_file(theirs).counts["agenda_items"].updated == 1


def test_a_cancel_inside_a_long_statement_stops_it(demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    """Cancelled while SQLite runs one of the merge's statements: SQLite's progress handler
    stops it, the transaction is rolled back."""
    from negoprep.store import merge

    theirs = diverged(demo_store, tmp_path)
    before = fingerprint(demo_store)
    monkeypatch.setattr(merge, "_CANCEL_OPS", 1)  # (the handler runs at every step)
    asked = {"now": False}
    finished: list[str] = []
    real = merge._Merger._merge_table

    def merge_table(self, rtype):  # the person presses Cancel while the agenda is merged
        asked["now"] = asked["now"] or rtype.table == "agenda_items"
        real(self, rtype)
        finished.append(rtype.table)

    monkeypatch.setattr(merge._Merger, "_merge_table", merge_table)
    with pytest.raises(CancelledError):
        demo_store.merge_file(theirs, progress=Progress(cancelled=lambda: asked["now"]))
    assert "agenda_items" not in finished  # stopped inside the table's statements, not at the next step
    assert fingerprint(demo_store) == before
    assert not demo_store.db.conn.in_transaction


def test_a_cancelled_check_leaves_no_copy(demo_store: Store, tmp_path: Path) -> None:
    theirs = diverged(demo_store, tmp_path)
    for step in (1, 2):
        progress, _ = cancel_at(step)
        with pytest.raises(CancelledError):
            verify_file(theirs, progress=progress)
        with pytest.raises(CancelledError), opened_shared(theirs, progress=cancel_at(step)[0]):
            pass
        assert not leftovers()


@pytest.mark.parametrize("passphrase", [None, "correct horse"])
def test_a_cancelled_export_writes_no_file(demo_store: Store, tmp_path: Path, passphrase: str | None) -> None:
    steps = 3 if passphrase else 2
    for step in range(1, steps + 1):
        target = tmp_path / f"share-{step}.db"
        progress, heard = cancel_at(step)
        with pytest.raises(CancelledError):
            export_shared(demo_store, target, passphrase=passphrase, progress=progress)
        assert not target.exists() and not list(tmp_path.glob(f".share-{step}*"))
    assert not leftovers()
    target = tmp_path / "share.db"
    heard = []
    export_shared(demo_store, target, passphrase=passphrase, progress=Progress(report=lambda *a: heard.append(a)))
    assert target.exists() and heard[-1][0] == heard[-1][1] == steps
