"""Automatic backups and the way back from a damaged store: never a broken file under a backup's
name, pruned under caps, restore keeps the damaged file aside, salvage keeps what reads."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from negoprep.store import backups
from negoprep.store.connection import DamagedStoreError
from negoprep.store.store import Store
from tests.conftest import AUTHOR

ROOT = Path(__file__).resolve().parents[2]


def _fake_backup(store_path: Path, kind: str, when: datetime, size: int = 0) -> Path:
    target = backups.backup_target(store_path, kind, when)
    target.parent.mkdir(exist_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE t (x)")
    if size:
        conn.execute("INSERT INTO t VALUES (?)", (b"x" * size,))
    conn.commit()
    conn.close()
    return target


def _closed_demo(demo_store: Store) -> Path:
    path = demo_store.path
    demo_store.close()
    return path


def _corrupt_page_one(path: Path) -> None:
    """Garbage over the schema's page: SQLite cannot even list the tables."""
    with open(path, "r+b") as handle:  # the store is closed: no SQLite lock to lose
        handle.seek(100)
        handle.write(b"\x07" * 3000)


def _break_an_index(path: Path) -> None:
    """An index whose entries no longer match its table: the quick check does not see it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX revisions_row ON revisions(table_name, author_id, at)' "
        "WHERE name = 'revisions_row'"
    )
    conn.commit()
    conn.close()


# --- writing and keeping backups -------------------------------------------------------------------


def test_the_daily_backup_is_taken_once_a_day(demo_store: Store) -> None:
    first = backups.daily_backup(demo_store.path)
    assert first is not None and first.parent == backups.backup_folder(demo_store.path)
    assert backups.daily_backup(demo_store.path) is None
    assert backups.latest_backup(demo_store.path).path == first
    with Store.open(first, AUTHOR, readonly=True) as copy:
        assert copy.dossiers() == demo_store.dossiers()
    # a backup reads as one file: nothing beside it
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]


def test_a_backup_cut_off_half_way_never_has_a_backups_name(demo_store: Store) -> None:
    class Failing:
        def execute(self, sql: str) -> sqlite3.Cursor:  # (a plain database: asked for its key)
            return sqlite3.connect(":memory:").execute(sql)

        def backup(self, dest: sqlite3.Connection) -> None:
            dest.execute("CREATE TABLE half (x)")
            raise OSError(28, "No space left on device")

    target = backups.backup_target(demo_store.path, "daily")
    with pytest.raises(OSError):
        backups.copy_database(Failing(), target)  # type: ignore[arg-type]
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names a descriptor's file through /proc")
def test_a_backup_is_synced_whole_before_it_gets_its_name(demo_store: Store, monkeypatch) -> None:
    """SQLite writes a backup without its own syncs; the file is synced once, whole, and
    only then named: a crash never leaves a backup's name on bytes that were not on disk."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(f"sync {Path(os.readlink(f'/proc/self/fd/{fd}')).name}")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(f"name {Path(src).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = backups.backup_target(demo_store.path, "daily")
    backups.copy_database(demo_store.db.conn, target)
    monkeypatch.undo()
    named = [e for e in events if e.startswith("name ")]
    assert len(named) == 1 and f"sync {named[0][5:]}" in events[: events.index(named[0])]
    with Store.open(target, AUTHOR, readonly=True) as copy:
        assert copy.dossiers() == demo_store.dossiers()


def test_what_a_killed_backup_left_is_removed_next_time(demo_store: Store) -> None:
    code = (
        "import os, sqlite3, sys\n"
        "from pathlib import Path\n"
        "from negoprep.store import backups\n"
        "class Killed:\n"
        "    def execute(self, sql):\n"
        "        return sqlite3.connect(':memory:').execute(sql)\n"
        "    def backup(self, dest):\n"
        "        dest.execute('CREATE TABLE half (x)')\n"
        "        os._exit(9)\n"
        "backups.copy_database(Killed(), backups.backup_target(Path(sys.argv[1]), 'daily'))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(demo_store.path)], cwd=ROOT, check=False)
    folder = backups.backup_folder(demo_store.path)
    left = [p.name for p in folder.iterdir()]
    assert left and all(backups.PARTIAL in name for name in left)
    assert backups.latest_backup(demo_store.path) is None
    made = backups.daily_backup(demo_store.path)
    assert [p.name for p in folder.iterdir()] == [made.name]


def test_a_partial_backup_of_a_live_writer_is_left_alone(store: Store) -> None:
    folder = backups.backup_folder(store.path)
    folder.mkdir()
    mine = folder / f".store.daily-20250101T000000Z.db.{os.uname().nodename}-{os.getpid()}{backups.PARTIAL}"
    mine.write_bytes(b"")
    assert backups.remove_leftovers(store.path) == []
    assert mine.exists()


def test_pruning_keeps_the_newest_under_count_age_and_size(store: Store) -> None:
    now = datetime.now(UTC)
    made = [_fake_backup(store.path, "daily", now - timedelta(days=d)) for d in range(10, 0, -1)]
    old = _fake_backup(store.path, "v2-backup", now - timedelta(days=400))
    backups.prune(store.path, keep_count=5, keep_days=60)
    names = {b.path for b in backups.backups(store.path)}
    assert names == set(made[-5:]) and not old.exists()
    backups.prune(store.path, keep_bytes=1)  # nothing fits: the newest still stays
    assert [b.path for b in backups.backups(store.path)] == [made[-1]]


def test_backups_of_another_store_in_the_folder_are_not_counted(tmp_path: Path) -> None:
    store = tmp_path / "a.db"
    _fake_backup(tmp_path / "a.db", "daily", datetime.now(UTC))
    folder = backups.backup_folder(store)
    (folder / "ab.daily-20250101T000000Z.db").write_bytes(b"")
    (folder / "notes.txt").write_text("x")
    assert len(backups.backups(store)) == 1


# --- a damaged store ----------------------------------------------------------------------------------


def test_the_full_check_finds_a_broken_index_the_quick_one_misses(demo_store: Store) -> None:
    path = _closed_demo(demo_store)
    _break_an_index(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert backups.check_integrity(path)
    assert backups.check_integrity(path)[0] != "ok"


def test_a_store_damaged_at_open_is_said_with_its_backup(demo_store: Store) -> None:
    backups.daily_backup(demo_store.path)
    path = _closed_demo(demo_store)
    _corrupt_page_one(path)
    with pytest.raises(DamagedStoreError, match="is damaged") as caught:
        Store.open(path, AUTHOR)
    assert str(backups.latest_backup(path).path) in str(caught.value)
    result = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(path), "dump"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and "latest backup is" in lines[0]


def test_restore_puts_the_backup_in_place_and_keeps_the_damaged_file(demo_store: Store) -> None:
    backups.daily_backup(demo_store.path)
    expected = demo_store.dossiers()
    path = _closed_demo(demo_store)
    _corrupt_page_one(path)
    Path(f"{path}-wal").write_bytes(b"leftover")  # belongs to the damaged file: must go with it
    damaged_bytes = path.read_bytes()
    aside = backups.restore(path, backups.latest_backup(path))
    assert aside.read_bytes() == damaged_bytes and Path(f"{aside}-wal").exists()
    assert not Path(f"{path}-wal").exists()
    with Store.open(path, AUTHOR) as restored:
        assert restored.dossiers() == expected
        assert restored.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert backups.check_integrity(path) == []


def test_salvage_keeps_what_reads(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    items = len(demo_store.content(dossier.id).agenda_items)
    path = _closed_demo(demo_store)
    _break_an_index(path)
    report = backups.salvage(path)
    assert report.kept["agenda_items"] == items and not report.unreadable
    assert str(report.target) in report.summary()
    with Store.open(report.target, AUTHOR) as salvaged:
        assert salvaged.content(dossier.id).agenda_items
        assert salvaged.search("LNG", dossier.id)
    assert backups.check_integrity(report.target) == []


def test_salvage_of_a_table_with_a_broken_page_keeps_the_rest(demo_store: Store) -> None:
    path = _closed_demo(demo_store)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf'")]
    conn.close()
    assert root and len(pages) > 3
    with open(path, "r+b") as handle:  # the store is closed: no SQLite lock to lose
        handle.seek((pages[1] - 1) * page_size)
        handle.write(b"\xff" * page_size)
    report = backups.salvage(path)
    assert "revisions" in report.unreadable
    assert report.kept["agenda_items"] > 0 and report.kept["revisions"] > 0
    assert "could not read all of revisions" in report.summary()
    # what was salvaged is a whole store: it verifies, and so does an export of it
    from negoprep.store.export import export_store
    from negoprep.store.verify import verify_file

    assert report.mended > 0
    assert verify_file(report.target).dossiers
    with Store.open(report.target, AUTHOR) as salvaged:
        export_store(salvaged, path.with_name("from-salvage.db"))
    assert verify_file(path.with_name("from-salvage.db")).dossiers
