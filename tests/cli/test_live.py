"""The open store is never opened, overwritten or read as anything but a store by negoprep's
own code: every door that reads or writes a file a person names refuses the store and its
-wal, -shm and -journal, and no job run on an open store opens those files with Python."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from negoprep import live
from negoprep.errors import NegoprepError, StoreError
from negoprep.store.store import Store
from tests.conftest import AUTHOR

ROOT = Path(__file__).resolve().parents[2]


def test_the_store_and_its_sidecars_are_refused_while_open(store: Store, tmp_path: Path) -> None:
    for name in ("store.db", "store.db-wal", "store.db-shm", "store.db-journal"):
        with pytest.raises(StoreError, match="store"):
            live.refuse_live(tmp_path / name, "write to")
    live.refuse_live(tmp_path / "other.db", "write to")
    live.refuse_live(tmp_path / "store.db-walnut", "write to")


def test_another_name_for_the_same_file_is_refused(store: Store, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(store.path)
    with pytest.raises(StoreError):
        live.refuse_live(link, "write to")


def test_a_closed_store_is_free_again(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store.open(path, AUTHOR).close()
    live.refuse_live(path, "write to")  # nothing holds it
    with pytest.raises(StoreError):
        live.refuse_live(path, "write to", also=path)  # unless the caller names it


def test_save_a_copy_over_the_log_is_refused(demo_store: Store, tmp_path: Path) -> None:
    wal = Path(f"{demo_store.path}-wal")
    before = wal.stat().st_size
    with pytest.raises(StoreError):
        demo_store.save_copy(wal)
    with pytest.raises(StoreError):
        demo_store.save_copy(Path(f"{demo_store.path}-journal"))
    assert wal.stat().st_size == before
    assert not Path(f"{demo_store.path}-journal").exists()


def test_a_chart_is_never_drawn_over_the_store(demo_store: Store) -> None:
    from negoprep.paper import charts

    figure = charts.build("status", demo_store, demo_store.dossiers()[0].id)
    for target in (demo_store.path, Path(f"{demo_store.path}-shm")):
        with pytest.raises(NegoprepError):
            charts.save(figure, target)
    assert demo_store.dossiers()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "negoprep", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("r.db", ["print", "checklist", "--out", "{store}"]),
        ("r.db", ["print", "briefing", "--out", "{store}-wal"]),
        ("r.svg", ["chart", "status", "--out", "{store}"]),  # (a chart's name must end in .png or .svg)
        ("r.db", ["dump", "--out", "{store}"]),
        ("r.db", ["export", "--out", "{store}-journal"]),
    ],
)
def test_the_command_line_never_writes_its_output_over_the_store(tmp_path: Path, name: str, command: list[str]) -> None:
    store = tmp_path / name
    assert _cli("--store", str(store), "demo").returncode == 0
    before = store.read_bytes()
    result = _cli("--store", str(store), *[part.format(store=store) for part in command])
    assert result.returncode == 2, result.stderr
    assert "store" in result.stderr and "Traceback" not in result.stderr
    assert store.read_bytes() == before
    assert not Path(f"{store}-journal").exists()
    assert _cli("verify", str(store)).returncode == 0


@pytest.fixture
def python_opens() -> Iterator[list[str]]:
    """Every file this process opens from Python while the fixture is in use."""
    seen: list[str] = []
    active = [True]

    def hook(event: str, args: tuple) -> None:
        if event == "open" and active[0] and isinstance(args[0], str | bytes | os.PathLike):
            seen.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)  # (a hook cannot be removed: it goes quiet instead)
    yield seen
    active[0] = False


def test_no_job_on_an_open_store_opens_its_files_from_python(
    demo_store: Store, tmp_path: Path, python_opens: list[str]
) -> None:
    """Export (plain and encrypted), verify, merge, a copy, a chart and a document dump, all
    while the store is open here: none of them may open the store's files outside SQLite."""
    from negoprep.paper import charts
    from negoprep.store.sharing import export_shared, opened_shared, verify_shared

    dossier_id = demo_store.dossiers()[0].id
    export_shared(demo_store, tmp_path / "plain.db")
    export_shared(demo_store, tmp_path / "release.db", release=True, dossier_id=dossier_id)
    export_shared(demo_store, tmp_path / "sealed.age", passphrase="correct horse battery staple")
    verify_shared(tmp_path / "plain.db")
    with opened_shared(tmp_path / "sealed.age", passphrase="correct horse battery staple") as plain:
        demo_store.merge_file(plain)
    demo_store.save_copy(tmp_path / "copy.db")
    charts.save(charts.build("status", demo_store, dossier_id), tmp_path / "status.png")
    demo_store.dump(dossier_id)
    for target in ("store.db", "store.db-wal"):  # chosen as a colleague's file by mistake
        with pytest.raises(NegoprepError):
            verify_shared(tmp_path / target)
        with pytest.raises(NegoprepError), opened_shared(tmp_path / target):
            pass
    for name in ("store.db", "store.db-wal", "store.db-shm", "store.db-journal"):
        forbidden = os.path.realpath(tmp_path / name)
        assert not [p for p in python_opens if os.path.realpath(p) == forbidden], f"{name} was opened from Python"


def test_the_command_line_waits_for_another_writer_and_says_so(tmp_path: Path) -> None:
    store = tmp_path / "r.db"
    assert _cli("--store", str(store), "demo").returncode == 0
    hold = (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('holding', flush=True)\n"
        "time.sleep(3)\n"
        "conn.execute('COMMIT')\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        demo = _cli("--store", str(store), "demo")  # brings the demo dossier up to date: a write
    finally:
        holder.wait(timeout=30)
        holder.stdout.close()
    assert demo.returncode == 0, demo.stderr
    assert "waiting for another program" in demo.stderr


def test_links_to_the_store_or_its_log_are_refused_under_any_name(demo_store: Store, tmp_path: Path) -> None:
    wal, shm = Path(f"{demo_store.path}-wal"), Path(f"{demo_store.path}-shm")
    assert wal.exists() and shm.exists()
    (tmp_path / "wal-link.svg").symlink_to(wal)
    (tmp_path / "shm-link.pdf").symlink_to(shm)
    os.link(wal, tmp_path / "hard-wal.png")
    (tmp_path / "journal-link.db").symlink_to(tmp_path / "store.db-journal")  # not there yet
    for name in ("wal-link.svg", "shm-link.pdf", "hard-wal.png", "journal-link.db"):
        with pytest.raises(StoreError, match="belongs to the store"):
            live.refuse_live(tmp_path / name, "write to")


def test_outputs_never_go_over_another_database_or_its_log(tmp_path: Path) -> None:
    other = tmp_path / "kim.db"
    assert _cli("--store", str(other), "demo").returncode == 0
    for name in ("kim.db-wal", "kim.db-shm", "kim.db-journal"):
        with pytest.raises(StoreError, match="belongs to the database"):
            live.refuse_output(tmp_path / name, "write to")
    with pytest.raises(StoreError, match="is a database"):
        live.refuse_output(other, "write to")
    live.refuse_output(other, "write a copy over", stores=False)  # an older copy may be replaced
    live.refuse_output(tmp_path / "notes.pdf", "print to")


def test_outputs_never_go_over_a_database_another_program_has_open(tmp_path: Path) -> None:
    import sqlite3

    held = tmp_path / "o.db"
    conn = sqlite3.connect(held, isolation_level=None)  # another program, at work on its file
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        for stores in (True, False):  # not even as an old copy to replace
            with pytest.raises(StoreError, match="another program may have open"):
                live.refuse_output(held, "write a copy over", stores=stores)
        (tmp_path / "plain.db").write_bytes(b"SQLite format 3\x00" + bytes(84))
        with pytest.raises(StoreError, match="is a database"):
            live.refuse_output(tmp_path / "plain.db", "print to")
        store = tmp_path / "s.db"
        assert _cli("--store", str(store), "demo").returncode == 0
        for command in (["print", "checklist", "--out", str(held)], ["dump", "--out", str(held)]):
            result = _cli("--store", str(store), *command)
            assert result.returncode == 2 and "another program" in result.stderr
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        conn.close()
