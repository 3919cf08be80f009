"""Opening the store file: recognised through SQLite alone, opened read-only wherever it cannot be
written, and safe when several programs create or upgrade it at the same moment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from negoprep.errors import StoreError
from negoprep.store import backups, connection
from negoprep.store.engine import sqlite as sqlite3  # (the store's own SQLite: two in one process break its locks)
from negoprep.store.migrations import APPLICATION_ID, current_version
from negoprep.store.store import Store
from tests.conftest import AUTHOR

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"
SETPRIV = shutil.which("setpriv")
UNSHARE = shutil.which("unshare")


def cli(*args: str, user: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "negoprep", *args]
    if user == "nobody":
        command = [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="negoprep-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def write_demo(path: Path) -> None:
    assert cli("--store", str(path), "demo").returncode == 0


# --- recognising the file: SQLite only ----------------------------------------------------------


def test_probe_never_opens_the_file_with_python(store: Store, monkeypatch) -> None:
    path = store.path
    opened: list[str] = []
    real_open = os.open

    def watching_open(file, *args, **kwargs):
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", watching_open)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: pytest.fail(f"Path.open({self})"))
    assert connection.probe(path)[:2] == (APPLICATION_ID, current_version())
    assert not [f for f in opened if f.startswith(str(path))]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is text and not a database at all\n" * 20, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "not a SQLite database"),
    ],
)
def test_what_is_not_sqlite_is_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "s.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store.open(path, AUTHOR)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another application's database"):
        Store.open(path, AUTHOR)


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "s.db"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(StoreError, match="not a regular file"):
        Store.open(fifo, AUTHOR)
    assert time.monotonic() - started < 2
    result = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(fifo), "dump"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_copy_of_a_fresh_open_store_is_a_negoprep_store(store: Store, tmp_path: Path) -> None:
    # the copy is made by another process: this one holds the store open
    copy = tmp_path / "copy.db"
    subprocess.run(["cp", str(store.path), str(copy)], check=True)
    app_id, version, has_tables = connection.probe(copy)
    assert (app_id, version, has_tables) == (APPLICATION_ID, current_version(), True)


# --- read-only wherever the store cannot be written -----------------------------------------------


def test_a_store_in_a_folder_that_cannot_be_written_opens_read_only(demo_store: Store, monkeypatch) -> None:
    path = demo_store.path
    demo_store.close()
    folder = str(path.parent)
    real_access = os.access
    monkeypatch.setattr(
        "negoprep.store.connection.os.access",
        lambda p, mode: False if os.fspath(p) == folder else real_access(p, mode),
    )
    with Store.open(path, AUTHOR) as s:
        assert s.readonly
        assert s.dossiers()


@pytest.mark.skipif(SETPRIV is None or os.geteuid() != 0, reason="needs setpriv and root")
@pytest.mark.parametrize("file_mode", [0o644, 0o666])
def test_dump_works_in_a_read_only_folder_for_another_user(public_dir: Path, file_mode: int) -> None:
    folder = public_dir / "ro"
    folder.mkdir()
    path = folder / "s.db"
    write_demo(path)
    path.chmod(file_mode)
    folder.chmod(0o555)
    try:
        result = cli("--store", str(path), "dump", user="nobody")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert '"negoprep-dossier"' in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["s.db"]


def _read_only_mount(folder: Path, *args: str) -> subprocess.CompletedProcess:
    inner = " ".join(
        [
            f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} &&",
            sys.executable,
            "-m negoprep",
            *args,
        ]
    )
    return subprocess.run([UNSHARE, "-m", "sh", "-c", inner], cwd=ROOT, capture_output=True, text=True, timeout=120)


def _can_mount_read_only(tmp_path: Path) -> bool:
    if UNSHARE is None or os.geteuid() != 0:
        return False
    probe_dir = tmp_path / "probe"
    probe_dir.mkdir()
    inner = f"mount --bind {probe_dir} {probe_dir} && mount -o remount,bind,ro {probe_dir} && touch {probe_dir}/x"
    result = subprocess.run([UNSHARE, "-m", "sh", "-c", inner], capture_output=True, timeout=20)
    return result.returncode != 0 and b"Read-only file system" in result.stderr


def _leave_wal(path: Path, keep_shm: bool) -> None:
    """A store whose last change is still in its -wal (the writer died before checkpointing)."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute(\"UPDATE dossiers SET title = 'In the WAL'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(f"{path}-wal").exists()
    if not keep_shm:
        Path(f"{path}-shm").unlink()


@pytest.mark.parametrize("wal", ["none", "wal and shm", "wal without shm"])
def test_a_store_on_a_read_only_disk_opens_read_only(tmp_path: Path, wal: str) -> None:
    if not _can_mount_read_only(tmp_path):
        pytest.skip("no read-only mount here")
    folder = tmp_path / "disk"
    folder.mkdir()
    path = folder / "s.db"
    write_demo(path)
    if wal != "none":
        _leave_wal(path, keep_shm=wal == "wal and shm")
    result = _read_only_mount(folder, "--store", str(path), "dump")
    if wal == "wal without shm":
        # its last changes cannot be read there: said plainly, never shown as if they did not exist
        assert result.returncode == 2
        assert "s.db-wal" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    else:
        assert result.returncode == 0, result.stderr
        assert ("In the WAL" in result.stdout) == (wal != "none")


def test_a_read_only_file_with_an_unfinished_change_says_so(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR):
        pass
    # a change cut off half-way in rollback-journal mode leaves a hot journal beside the file
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE')\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"INSERT INTO authors (id, name) VALUES ('a', 'x')\")\n"
        "c.executemany('INSERT INTO authors (id, name) VALUES (?, ?)', ((str(i), 'y' * 2000) for i in range(500)))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with monkeypatch.context() as patched:
        patched.setattr("negoprep.store.connection.os.access", lambda p, mode: False)
        with pytest.raises(StoreError, match=r"unfinished change \(s\.db-journal\).*rolled back where the file can"):
            Store.open(path, AUTHOR)
    # where it can be written, SQLite rolls the cut-off change back and the store opens
    with Store.open(path, AUTHOR) as s:
        assert s.db.conn.execute("SELECT count(*) FROM authors").fetchone()[0] == 0
    assert not journal.exists() or journal.stat().st_size == 0


# --- several programs at once --------------------------------------------------------------------


def _run_at_once(args_list: list[list[str]]) -> list[subprocess.CompletedProcess]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "negoprep", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in args_list
    ]
    results = []
    for proc, args in zip(procs, args_list, strict=True):
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(args, proc.returncode, out, err))
    return results


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow  # (four processes at once, three times)
@pytest.mark.parametrize("attempt", range(3))
def test_four_programs_create_the_same_store_at_once(tmp_path: Path, demo_doc: dict, attempt: int) -> None:
    import json

    doc = tmp_path / "d.json"
    doc.write_text(json.dumps(demo_doc), encoding="utf-8")
    path = tmp_path / "new.db"
    results = _run_at_once([["--store", str(path), "load", str(doc)] for _ in range(4)])
    assert [r.stderr for r in results] == [""] * 4
    assert all(r.returncode == 0 for r in results)
    assert _integrity(path) == "ok"
    with Store.open(path, AUTHOR) as s:
        assert len(s.dossiers()) == 1


@pytest.mark.slow  # (four processes at once, six times)
@pytest.mark.parametrize("fixture", ["v1.db", "v3.db"])
@pytest.mark.parametrize("attempt", range(3))
def test_four_programs_upgrade_the_same_store_at_once(tmp_path: Path, fixture: str, attempt: int) -> None:
    path = tmp_path / "s.db"
    shutil.copy(FIXTURES / fixture, path)
    results = _run_at_once([["--store", str(path), "dump"] for _ in range(4)])
    assert [r.stderr for r in results] == [""] * 4
    assert len({r.stdout for r in results}) == 1
    version = int(fixture[1])
    made = list(backups.backup_folder(path).glob(f"*.v{version}-backup-*.db"))
    assert len(made) == 1, made
    assert list(tmp_path.glob("*backup*.db")) == []  # all in the backups folder
    assert _integrity(path) == "ok"
    conn = sqlite3.connect(made[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


# --- waiting for another program -------------------------------------------------------------------


def _hold_lock(path: Path, seconds: float, ready: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    ready.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_a_change_waits_for_another_program_and_says_so(demo_store: Store) -> None:
    waited: list[float] = []
    demo_store.on_wait = waited.append
    ready = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(demo_store.path, 1.2, ready))
    holder.start()
    ready.wait()
    try:
        with demo_store.transaction():
            demo_store.db.conn.execute("UPDATE dossiers SET venue = 'Seoul'")
    finally:
        holder.join()
    assert waited and waited == sorted(waited) and waited[-1] < 5
    assert demo_store.dossiers()[0].venue == "Seoul"


def test_a_change_gives_up_after_the_deadline_with_a_clear_line(demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(connection, "LOCK_WAIT_SECONDS", 0.6)
    ready = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(demo_store.path, 1.5, ready))
    holder.start()
    ready.wait()
    try:
        with pytest.raises(StoreError, match="busy in another program"), demo_store.transaction():
            pass
    finally:
        holder.join()
    assert not demo_store.db.conn.in_transaction


def test_the_busy_timeout_outlasts_a_short_hold(store: Store) -> None:
    assert store.db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 30_000


@pytest.mark.skipif(SETPRIV is None or os.geteuid() != 0, reason="needs setpriv and root")
def test_export_from_a_store_in_a_read_only_folder(public_dir: Path) -> None:
    folder = public_dir / "ro"
    folder.mkdir()
    path = folder / "s.db"
    write_demo(path)
    out = public_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    folder.chmod(0o555)
    try:
        result = cli("--store", str(path), "export", "--out", str(out / "x.db"), user="nobody")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert cli("verify", str(out / "x.db")).returncode == 0


def test_a_store_named_like_a_uri_is_a_file_name(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "negoprep", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    made = run("--store", "file:b.db", "demo")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "file:b.db").exists() and not (tmp_path / "b.db").exists()
    assert run("--store", "file:b.db", "dump").returncode == 0
