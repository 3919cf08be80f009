"""Private temporary folders: made owner-only, removed afterwards, and swept by the next
negoprep process when their own was killed; with kill -9 at random moments of an export, an
encrypted export and the verifying of an encrypted file, nothing is ever left behind."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from negoprep import tempfiles
from negoprep.formats import crypto
from negoprep.store import export
from negoprep.store.sharing import verify_shared
from negoprep.store.store import Store
from negoprep.store.verify import verify_file
from tests.conftest import AUTHOR

pytestmark = pytest.mark.skipif(tempfiles.fcntl is None or sys.platform == "win32", reason="flock is POSIX")

ROOT = Path(__file__).resolve().parents[2]
KILLS_PER_JOB = 8


@pytest.fixture
def run_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder of this test and of the processes it starts."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


def _child(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def test_a_scratch_folder_is_private_and_removed(run_dir: Path) -> None:
    with tempfiles.scratch("test") as folder:
        assert folder.parent.parent == run_dir
        assert folder.parent.name.startswith(f"negoprep-{os.getpid()}-")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
        (folder / "plain.db").write_bytes(b"secret")
        assert tempfiles.sweep() == 0  # this process is alive: its folder stays
        assert folder.exists()
    assert os.listdir(run_dir) == []  # an idle process keeps no folder


def test_xdg_runtime_dir_when_usable(tmp_path: Path, run_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert tempfiles.base_folder() == runtime
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    assert tempfiles.base_folder() == run_dir
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative")
    assert tempfiles.base_folder() == run_dir


def test_the_folder_of_a_killed_process_is_swept_a_live_ones_kept(run_dir: Path, tmp_path: Path) -> None:
    beside = tmp_path / "usb"
    beside.mkdir()
    half = beside / ".out.db.1234.export-tmp"
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from negoprep import tempfiles\n"
        f"half = Path({str(half)!r})\n"
        "with tempfiles.scratch('decrypt') as folder, tempfiles.register(half):\n"
        "    (folder / 'decrypted.db').write_bytes(b'plain text')\n"
        "    half.write_bytes(b'half an export')\n"
        "    print(folder, flush=True)\n"
        "    time.sleep(60)\n"
    )
    child = _child(code)
    try:
        folder = Path(child.stdout.readline().strip())
        assert (folder / "decrypted.db").exists() and half.exists()
        assert tempfiles.sweep() == 0  # its process holds the lock
        assert folder.exists() and half.exists()
    finally:
        _kill(child)
    assert folder.exists()
    assert tempfiles.sweep() == 1
    assert os.listdir(run_dir) == [] and os.listdir(beside) == []
    # any negoprep command sweeps: a folder left by another killed process goes
    child = _child(code.replace("decrypt", "verify"))
    folder = Path(child.stdout.readline().strip())
    _kill(child)
    assert folder.exists()
    subprocess.run([sys.executable, "-m", "negoprep", "--version"], cwd=ROOT, capture_output=True, check=True)
    assert os.listdir(run_dir) == []


def test_a_folder_whose_process_died_while_removing_it_is_swept(run_dir: Path) -> None:
    """Killed half-way through removing its own folder, a process leaves it without its lock
    file (removed first): once that process is gone, the folder goes too."""
    child = _child("print('started', flush=True)")
    child.communicate(timeout=60)
    dead = run_dir / f"negoprep-{child.pid}-abc123"
    (dead / "verify-x").mkdir(parents=True)
    (dead / "verify-x" / "incoming.db").write_bytes(b"a colleague's dossier")
    mine = run_dir / f"negoprep-{os.getpid()}-def456"  # a live process: kept, even without a lock
    mine.mkdir()
    assert tempfiles.sweep() == 1
    assert os.listdir(run_dir) == [mine.name]
    mine.rmdir()


def test_an_export_where_no_unnamed_file_can_be_made(
    demo_store: Store, tmp_path: Path, run_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_unnamed_file", lambda target: None)  # as on a FAT stick
    out = tmp_path / "usb" / "out.db"
    out.parent.mkdir()
    export.export_store(demo_store, out)
    assert os.listdir(out.parent) == ["out.db"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert verify_file(out).dossiers
    assert os.listdir(run_dir) == []


# --- kill -9 at random moments ---------------------------------------------------------------


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store large enough that an export takes a while (a few thousand records)."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_big_store.py"), str(path), "--rows", "4000"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return path


def _negoprep(*args: str) -> list[str]:
    return [sys.executable, "-m", "negoprep", *args]


@pytest.mark.slow
def test_kill_9_at_random_moments_leaves_nothing(big_store: Path, tmp_path: Path, run_dir: Path) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    sealed = tmp_path / "sealed.age"
    subprocess.run(
        _negoprep("--store", str(big_store), "export", "--out", str(sealed), "--encrypt", "--recipient", public),
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    plain_out, sealed_out = out_dir / "export.db", out_dir / "export.age"
    exporting = ("--store", str(big_store), "export", "--out")
    jobs = {
        "export": (_negoprep(*exporting, str(plain_out)), plain_out),
        "encrypted export": (_negoprep(*exporting, str(sealed_out), "--encrypt", "--recipient", public), sealed_out),
        "verify encrypted": (_negoprep("verify", str(sealed), "--identity", str(key)), None),
    }
    rng = random.Random(20250611)
    outcomes: dict[str, list[str]] = {name: [] for name in jobs}
    for name, (command, target) in jobs.items():
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        whole = time.perf_counter() - start
        if target is not None:
            target.unlink()
        assert os.listdir(run_dir) == [], name
        # until KILLS_PER_JOB kills landed mid-way (a run that finishes first, on a machine
        # quicker than it was, says how long a whole run takes now)
        while outcomes[name].count("killed") < KILLS_PER_JOB and len(outcomes[name]) < 3 * KILLS_PER_JOB:
            started = time.perf_counter()
            child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                child.wait(timeout=rng.uniform(0.05, 1.1) * whole)
                whole = time.perf_counter() - started  # (it finished first: a whole run's time now)
            except subprocess.TimeoutExpired:
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=60)
            outcomes[name].append("finished" if child.returncode == 0 else "killed")
            # the next negoprep process sweeps what the killed one left
            subprocess.run(_negoprep("--version"), cwd=ROOT, check=True, capture_output=True)
            assert os.listdir(run_dir) == [], (name, os.listdir(run_dir))
            left = os.listdir(out_dir)
            assert left in ([], [target.name] if target else []), (name, left)
            if left:
                _check_whole(target, key)
                target.unlink()
    # every job was killed mid-way KILLS_PER_JOB times
    assert all(outcome.count("killed") == KILLS_PER_JOB for outcome in outcomes.values()), outcomes


def _check_whole(target: Path, key: Path) -> None:
    if target.suffix == ".age":
        assert verify_shared(target, identity=key).records > 4000
    else:
        assert verify_file(target).records > 4000
        with Store.open(target, AUTHOR, readonly=True) as copy:
            assert copy.dossiers()


def test_a_folder_half_set_up_by_a_process_that_is_gone_is_removed_at_once(run_dir: Path) -> None:
    """A process killed between making its folder and naming it left it for a minute (the soak
    test saw one after its writers were killed); its process is gone, so the next sweep takes it."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    half = run_dir / f".negoprep-new-{dead}-abc123"
    half.mkdir(mode=0o700)
    live = run_dir / f".negoprep-new-{os.getpid()}-def456"  # still being set up by a live process
    live.mkdir(mode=0o700)
    tempfiles.sweep()
    assert not half.exists()
    assert live.exists()
