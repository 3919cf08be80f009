"""Every door a received file comes in by (verify, merge, opening a shared file, the encrypted
sniff) refuses at once what is not a regular file, and refuses a file whose -wal or hot
-journal beside it would change what SQLite reads from what was checked."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep import cli
from negoprep.store.export import export_store
from negoprep.store.sharing import is_encrypted_file, opened_shared, verify_shared
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verified_copy, verify_file
from tests.conftest import AUTHOR

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

# each door, run in a child process: a door that waits on a pipe would hang this one
DOORS = {
    "cli verify": "from negoprep.cli import main; sys.exit(main(['verify', PATH]))",
    "cli verify --passphrase-file": (
        "from negoprep.cli import main; sys.exit(main(['verify', PATH, '--passphrase-file', KEY]))"
    ),
    "cli merge": "from negoprep.cli import main; sys.exit(main(['--store', STORE, 'merge', PATH]))",
    "opened_shared": (
        "from negoprep.store.sharing import opened_shared\n"
        "from negoprep.errors import NegoprepError\n"
        "try:\n"
        "    with opened_shared(PATH): pass\n"
        "except NegoprepError as exc:\n"
        "    print(exc, file=sys.stderr); sys.exit(2)\n"
    ),
    "is_encrypted_file": (
        "from negoprep.store.sharing import is_encrypted_file\n"
        "print(is_encrypted_file(PATH), file=sys.stderr); sys.exit(2)\n"
    ),
}


@pytest.fixture
def good(demo_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "good.db"
    export_store(demo_store, out)
    return out


def _door(code: str, path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    key = tmp_path / "pass.txt"
    key.write_text("pass phrase\n")
    setup = f"import sys\nPATH, KEY, STORE = {str(path)!r}, {str(key)!r}, {str(tmp_path / 'mine.db')!r}\n"
    return subprocess.run(
        [sys.executable, "-c", setup + code], capture_output=True, text=True, timeout=60, cwd=Path.cwd()
    )


@pytest.mark.parametrize("door", DOORS)
def test_a_named_pipe_is_refused_at_once(door: str, tmp_path: Path) -> None:
    pipe = tmp_path / "x.db"
    os.mkfifo(pipe)
    result = _door(DOORS[door], pipe, tmp_path)  # (a hang fails as a timeout)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    if door == "is_encrypted_file":
        assert result.stderr.strip() == "False"
    else:
        refusal = f"{pipe} is not a regular file (a device, pipe or socket): not a store file"
        assert result.stderr.strip().endswith(refusal)
        assert len(result.stderr.strip().splitlines()) == 1


def test_devices_sockets_and_folders_are_refused(tmp_path: Path) -> None:
    sock_path = tmp_path / "s.db"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock_path))
        for path in (Path("/dev/null"), Path("/dev/zero"), sock_path):
            if not os.path.exists(path):
                continue
            for door in (verify_shared, verify_file):
                with pytest.raises(VerifyError, match=r"is not a regular file|cannot be read"):
                    door(path)
            with pytest.raises(VerifyError), opened_shared(path):
                pass
            assert not is_encrypted_file(path)
    finally:
        server.close()
    with pytest.raises(VerifyError, match="is a folder, not a store file"):
        verify_shared(tmp_path)
    assert not is_encrypted_file(tmp_path)


# --- sidecar files ---------------------------------------------------------------------------


def _planted_wal(good: Path, folder: Path) -> Path:
    """A copy of `good` in WAL mode, with a -wal beside it that holds a trigger and changed
    rows (written to another copy of the same file, whose -wal is copied beside this one)."""
    folder.mkdir()
    victim = folder / "victim.db"
    work = folder / "work.db"
    shutil.copyfile(good, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.close()
    shutil.copyfile(work, victim)  # (WAL mode, all in the main file: what verify accepts)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE dossiers SET title = 'Hijacked'")
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON authors BEGIN DELETE FROM dossiers; END")
    shutil.copyfile(f"{work}-wal", f"{victim}-wal")  # (while open: closing would checkpoint it)
    conn.close()
    work.unlink()
    return victim


def test_a_planted_wal_is_refused_by_every_door(good: Path, tmp_path: Path) -> None:
    victim = _planted_wal(good, tmp_path / "in")
    # what SQLite would read: the -wal's trigger and rows
    probe = tmp_path / "probe"
    probe.mkdir()
    shutil.copyfile(victim, probe / "v.db")
    shutil.copyfile(f"{victim}-wal", probe / "v.db-wal")
    conn = sqlite3.connect(probe / "v.db")
    assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall() == [("evil",)]
    conn.close()

    words = f"{victim} has changes that may live in victim.db-wal beside it"
    for door in (verify_file, verify_shared):
        with pytest.raises(VerifyError, match=words) as caught:
            door(victim)
        assert "negoprep export" in str(caught.value) and "File → Export…" in str(caught.value)
    with pytest.raises(VerifyError, match=words), verified_copy(victim):
        pass
    with pytest.raises(VerifyError, match=words), opened_shared(victim):
        pass
    assert cli.main(["--store", str(tmp_path / "mine.db"), "merge", str(victim)]) == 2
    assert not (tmp_path / "mine.db").exists()
    # the file alone, or with an empty -wal, is the file that was checked
    Path(f"{victim}-wal").write_bytes(b"")
    assert verify_file(victim).dossiers
    Path(f"{victim}-wal").unlink()
    assert verify_file(victim).dossiers


def test_a_hot_journal_is_refused_with_its_own_words(good: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    victim = folder / "victim.db"
    work = folder / "work.db"
    shutil.copyfile(good, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # the change spills into the file before it commits
    conn.execute("BEGIN")
    conn.execute("UPDATE revisions SET parents = parents || ' '")
    assert os.path.getsize(f"{work}-journal") > 0
    shutil.copyfile(work, victim)
    shutil.copyfile(f"{work}-journal", f"{victim}-journal")  # an interrupted change
    conn.execute("ROLLBACK")
    conn.close()
    with pytest.raises(VerifyError) as caught:
        verify_shared(victim)
    message = str(caught.value)
    assert message.startswith(f"{victim} has an unfinished change in victim.db-journal beside it")
    assert "negoprep export" in message and "-wal" not in message
    Path(f"{good}-journal").write_bytes(b"")  # an empty journal is no change at all
    assert verify_shared(good).dossiers


def test_a_log_put_beside_a_known_store_is_judged_with_it(good: Path, tmp_path: Path, qtbot, monkeypatch) -> None:
    """File → Open (or Open Recent) of a store opened here before does not verify it again,
    unless a log lies beside it: then the store is judged with its log applied, as SQLite
    would use it, and a planted trigger is refused before SQLite opens the file."""
    from PySide6.QtWidgets import QMessageBox

    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    victim = _planted_wal(good, tmp_path / "in")
    with pytest.raises(VerifyError, match="trigger"):
        verify_file(victim, with_log=True)
    settings = Settings(tmp_path / "settings.ini")
    settings.remember_store(victim)  # opened here once, before the log was planted
    window = MainWindow(Store.open(tmp_path / "mine.db", AUTHOR), settings)
    qtbot.addWidget(window)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    window.files.open_store_path(victim)  # checked on the runner: the window waits for it
    qtbot.waitUntil(lambda: not window.files.runner.busy, timeout=60_000)
    assert said and "trigger" in said[0]
    assert window.store.path == tmp_path / "mine.db"
    conn = sqlite3.connect(f"{victim.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    conn.close()


def test_a_crash_log_of_ones_own_store_is_applied_and_opened(good: Path, tmp_path: Path) -> None:
    """A log that holds honest changes (left by a crash, or by another program at work) is
    no reason to refuse: checked with it, the store says what SQLite will show."""
    folder = tmp_path / "own"
    folder.mkdir()
    store = folder / "own.db"
    shutil.copyfile(good, store)
    conn = sqlite3.connect(store, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.close()
    work = folder / "work.db"
    shutil.copyfile(store, work)
    with Store.open(work, AUTHOR) as other:
        dossier = other.dossiers()[0]
        other.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        other.put(replace(dossier, title="Renamed before the crash"))
        shutil.copyfile(f"{work}-wal", f"{store}-wal")
    report = verify_file(store, with_log=True)
    assert report.dossiers[0][1] == "Renamed before the crash"
