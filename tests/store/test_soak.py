"""Soak: the app and two command-line writers on one store, writers killed at random moments.

The window (a real MainWindow, in this process) adds notes and changes the objective while
two writer programs (tests/soak_writer.py) add notes, load documents, export and merge, and
are killed with SIGKILL over and over. Afterwards every change that was committed is in the
store exactly once, SQLite finds the file whole, verify accepts it, every export left behind
is whole, and nothing is left in the temporary folder or beside the exports.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from negoprep import paths
from negoprep.records import model
from negoprep.store.sharing import verify_shared
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from tests.conftest import AUTHOR

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("NEGOPREP_SOAK_KILLS", "100"))
MIN_OPERATIONS = 3 * KILLS


def _start(store: Path, name: str, journal: Path, exports: Path, env: dict) -> subprocess.Popen:
    with open(journal.with_suffix(".log"), "ab") as log:  # what a writer says before it dies
        return subprocess.Popen(
            [sys.executable, "-m", "tests.soak_writer", str(store), name, str(journal), str(exports)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _journal(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines if not lines or path.read_text(encoding="utf-8").endswith("\n") else lines[:-1]


def _done(journals: dict[str, Path]) -> int:
    """The operations the writers have committed so far."""
    return sum(len(_journal(journal)) for journal in journals.values())


def test_soak_app_and_two_writers_killed_at_random(qtbot, tmp_path: Path) -> None:
    store_path = tmp_path / "team.db"
    scratch = tmp_path / "tmp"
    exports = tmp_path / "exports"
    scratch.mkdir()
    exports.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "XDG_RUNTIME_DIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}
    with Store.open(store_path, AUTHOR) as seed:
        seed.load(json.loads(paths.seed_text()))

    store = Store.open(store_path, AUTHOR)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    dossier_id = workspace.dossier_id

    journals = {name: tmp_path / f"{name}.journal" for name in ("w1", "w2")}
    writers = {name: _start(store_path, name, journal, exports, env) for name, journal in journals.items()}
    rng = random.Random(20261130)
    app_notes: list[str] = []
    kills = 0
    try:
        # at least KILLS kills, and on until the writers have done MIN_OPERATIONS between them:
        # on a busy machine a writer does less between two kills, so the test goes on longer
        # rather than proving less (up to ten times the kills)
        while kills < KILLS or (_done(journals) + len(app_notes) < MIN_OPERATIONS and kills < 10 * KILLS):
            text = f"app:{uuid.uuid4()}"
            note = model.Note(id=str(uuid.uuid4()), dossier_id=dossier_id, text=text)
            if workspace.apply("Add a note", puts=[note]) is not None:
                app_notes.append(text)
            qtbot.wait(rng.randint(50, 400))  # the window polls, refreshes and checkpoints meanwhile
            name = rng.choice(sorted(writers))
            process = writers[name]
            if process.poll() is not None:
                log = journals[name].with_suffix(".log").read_text(errors="replace")
                raise AssertionError(f"writer {name} stopped by itself: {log[-2000:]}")
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            writers[name] = _start(store_path, name, journals[name], exports, env)
        time.sleep(1.0)  # the last writers get some work done
    finally:
        for process in writers.values():
            process.send_signal(signal.SIGKILL)
            process.wait()
    window.close()
    store.close()

    written = [line for journal in journals.values() for line in _journal(journal)]
    committed = [line.split(" ", 1)[1] for line in written if line.startswith("note ")] + app_notes
    operations = len(written) + len(app_notes)
    assert kills >= KILLS and operations >= MIN_OPERATIONS, (kills, operations)
    refusals = [line for line in written if line.startswith("refused ")]
    assert not refusals, refusals[:5]

    # the next commands, as after a restart, clear what killed processes left
    for command in (["verify", str(store_path)], ["--store", str(store_path), "check"]):
        done = subprocess.run(
            [sys.executable, "-m", "negoprep", *command], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode in (0, 1), done.stderr  # (check says 1 when a package breaks a red line)
    with Store.open(store_path, AUTHOR, readonly=True) as result:
        texts = Counter(n.text for n in result.records(model.Note, dossier_id))
    missing = [t for t in committed if texts[t] != 1]
    assert not missing, f"{len(missing)} committed notes not there exactly once, e.g. {missing[:3]}"
    assert all(count == 1 for text, count in texts.items() if ":" in text)
    conn = sqlite3.connect(f"{store_path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    leftovers = [p.name for p in scratch.iterdir()]
    assert leftovers == [], leftovers
    strays = [p.name for p in exports.iterdir() if p.suffix != ".db"]
    assert strays == [], strays
    for export in exports.glob("*.db"):
        verify_shared(export)  # raises for a file that is not a whole export
    beside = {p.name for p in tmp_path.iterdir()} - {"team.db", "tmp", "exports", "settings.ini", "w1.journal",
                                                     "w2.journal", "w1.log", "w2.log", "team.db-wal",
                                                     "team.db-shm"}  # fmt: skip
    assert beside <= {"team-backups"}, beside
    for backup in (tmp_path / "team-backups").iterdir():
        assert backup.suffix == ".db" and not backup.name.startswith("."), backup.name  # whole ones only
        conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], backup.name
        finally:
            conn.close()
