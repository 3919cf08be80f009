"""Backups found by name whatever the store's file is called, pruned oldest first, and a store
that merely cannot be read (a read-only disk) never taken for a damaged one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from negoprep.errors import StoreError
from negoprep.store import backups, connection
from negoprep.store.engine import sqlite as sqlite3  # (the store's own SQLite: two in one process break its locks)
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.store.test_backups import _fake_backup
from tests.store.test_store_file import _can_mount_read_only

ROOT = Path(__file__).resolve().parents[2]
UNSHARE = shutil.which("unshare")


@pytest.mark.parametrize("name", ["team", "team.db", "my.team.db"])
def test_backups_are_found_whatever_the_store_is_called(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    when = datetime.now(UTC) - timedelta(hours=1)
    first = _fake_backup(path, "pre-merge", when)
    second = _fake_backup(path, "pre-merge", when)
    daily = _fake_backup(path, "daily", when + timedelta(minutes=1))
    assert [b.path for b in backups.backups(path)] == [first, second, daily]
    assert not backups.needs_daily_backup(path)


def test_stores_sharing_a_backups_folder_keep_their_own_backups(tmp_path: Path) -> None:
    when = datetime.now(UTC)
    bare = _fake_backup(tmp_path / "team", "daily", when)
    with_suffix = _fake_backup(tmp_path / "team.db", "daily", when)
    assert [b.path for b in backups.backups(tmp_path / "team")] == [bare]
    assert [b.path for b in backups.backups(tmp_path / "team.db")] == [with_suffix]


@pytest.mark.parametrize("name", ["team", "my.team.db"])
def test_the_count_cap_holds_for_any_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    start = datetime.now(UTC) - timedelta(hours=1)
    for i in range(25):
        _fake_backup(path, "pre-merge", start + timedelta(seconds=i))
    backups.prune(path, keep_count=20)
    assert len(backups.backups(path)) == 20


def test_within_one_second_the_later_sequence_number_is_newer(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    when = datetime.now(UTC).replace(microsecond=0)
    made = [_fake_backup(path, "pre-merge", when) for _ in range(11)]
    assert made[1].name.endswith("Z-2.db") and made[10].name.endswith("Z-11.db")
    assert [b.path for b in backups.backups(path)] == made
    removed = backups.prune(path, keep_count=2)
    assert sorted(removed) == sorted(made[:9])


def test_the_size_cap_removes_the_oldest_not_the_largest(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    now = datetime.now(UTC)
    oldest = _fake_backup(path, "daily", now - timedelta(days=3), size=1_000)
    large = _fake_backup(path, "daily", now - timedelta(days=2), size=90_000)
    newest = _fake_backup(path, "daily", now - timedelta(days=1), size=1_000)
    removed = backups.prune(path, keep_bytes=_size(newest) + _size(oldest) + 10_000)
    assert removed == [large, oldest] or sorted(removed) == sorted([large, oldest])
    assert [b.path for b in backups.backups(path)] == [newest]


def _size(path: Path) -> int:
    return path.stat().st_size


def test_a_store_that_cannot_be_opened_is_not_called_damaged(demo_store: Store, monkeypatch) -> None:
    path = demo_store.path
    demo_store.close()

    def cannot_open(_path: Path) -> sqlite3.Connection:
        exc = sqlite3.OperationalError("unable to open database file")
        exc.sqlite_errorname = "SQLITE_CANTOPEN"
        raise exc

    monkeypatch.setattr(connection, "read_only_connection", cannot_open)
    with pytest.raises(StoreError, match="cannot be read"):
        backups.check_integrity(path)


def test_a_store_readable_only_as_immutable_is_read_so(demo_store: Store, monkeypatch) -> None:
    path = demo_store.path
    demo_store.close()
    seen: list[Path] = []
    real = connection.read_only_connection

    def spy(p: Path) -> sqlite3.Connection:
        seen.append(p)
        return real(p)

    monkeypatch.setattr(connection, "read_only_connection", spy)
    assert backups.check_integrity(path) == []
    assert seen == [path]


def test_a_whole_store_on_a_read_only_disk_is_whole(tmp_path: Path) -> None:
    if not _can_mount_read_only(tmp_path):
        pytest.skip("no read-only mount here")
    folder = tmp_path / "disk"
    folder.mkdir()
    path = folder / "s.db"
    with Store.open(path, AUTHOR):
        pass
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    for sidecar in ("-wal", "-shm"):
        Path(f"{path}{sidecar}").unlink(missing_ok=True)
    code = (
        "import sys; from pathlib import Path; from negoprep.store import backups; "
        f"print(backups.check_integrity(Path({str(path)!r})))"
    )
    inner = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && {sys.executable} -c {code!r}"
    result = subprocess.run([UNSHARE, "-m", "sh", "-c", inner], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
