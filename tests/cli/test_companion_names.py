"""A file a person names to write to, by any command, whose name ends in -wal, -shm or
-journal is refused for what it is (a database's companion file, the store's own or one that
SQLite would take for part of a database of that name), never as a file that "already
exists", and nothing is written. The store's own companion files exist while it is open, so a
check of existence made first gave the wrong reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from negoprep import live
from negoprep.errors import StoreError
from negoprep.store.export import check_target
from negoprep.store.store import Store
from tests.cli.test_cli import run
from tests.conftest import AUTHOR

SUFFIXES = ("-wal", "-shm", "-journal")
#: every command that writes a file (or a folder) a person names, `{out}` for the name
WRITERS = {
    "export": ["export", "--out", "{out}"],
    "dump": ["dump", "--out", "{out}"],
    "print": ["print", "checklist", "--out", "{out}"],
    "chart": ["chart", "status", "--out", "{out}"],
    "screenshots": ["screenshots", "--out", "{out}"],
}

#: a chart's name must end in .png or .svg, which is said first and is as true
REASON = {"chart": "must end in .png or .svg"}


def _refused(err: str, *words: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "already exists" not in err and "File exists" not in err, err
    for word in words:
        assert word in err, err


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("command", WRITERS)
def test_the_stores_own_companion_file_is_refused_as_such_while_it_exists(
    demo_path: Path, capsys: pytest.CaptureFixture[str], command: str, suffix: str
) -> None:
    companion = Path(f"{demo_path}{suffix}")
    companion.write_bytes(b"")  # (there, as the -wal and -shm are while the store is open)
    args = [part.format(out=companion) for part in WRITERS[command]]
    code, _, err = run(capsys, "--store", str(demo_path), *args)
    assert code == 2
    _refused(err, f"{demo_path.name}{suffix}", REASON.get(command, "belongs to the store"))
    # (SQLite removes an empty -wal and the -shm when the store is closed)
    assert not companion.exists() or companion.read_bytes() == b""
    with Store.open(demo_path, AUTHOR) as store:
        assert store.dossiers()


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("command", WRITERS)
def test_a_companion_name_of_no_database_yet_is_refused_and_not_written(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, suffix: str
) -> None:
    out = tmp_path / f"share.db{suffix}"
    args = [part.format(out=out) for part in WRITERS[command]]
    code, _, err = run(capsys, "--store", str(demo_path), *args)
    assert code == 2
    _refused(err, f"share.db{suffix}", REASON.get(command, "companion file"))
    assert not out.exists()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_store_is_not_created_under_a_companion_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    (tmp_path / "kim.db").write_bytes(b"")
    for name in (f"kim.db{suffix}", f"new.db{suffix}"):
        code, _, err = run(capsys, "--store", str(tmp_path / name), "demo")
        assert code == 2
        _refused(err, name, "create a store at")
        assert not (tmp_path / name).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kim.db"]


def test_the_export_check_names_the_reason_before_existence(store: Store, tmp_path: Path) -> None:
    wal = Path(f"{store.path}-wal")
    assert wal.exists()  # (the open store's log)
    with pytest.raises(StoreError, match="belongs to the store") as refused:
        check_target(wal)
    assert "exists" not in str(refused.value)
    with pytest.raises(StoreError, match="companion file"):
        check_target(tmp_path / "later.db-journal")
    (tmp_path / "taken.db").write_bytes(b"x")
    with pytest.raises(StoreError, match="already exists"):  # (what exists and is nothing else)
        check_target(tmp_path / "taken.db")
    check_target(tmp_path / "share.db-walnut")  # (a name that only begins so)


def test_opening_a_store_under_a_companion_name_that_is_there_is_no_creation(tmp_path: Path) -> None:
    """An existing store file is opened whatever its name: only making a new one is refused."""
    path = tmp_path / "odd.db-wal"
    with Store.open(tmp_path / "made.db", AUTHOR):
        pass
    (tmp_path / "made.db").rename(path)
    with Store.open(path, AUTHOR) as opened:
        assert opened.dossiers() == []
    with pytest.raises(StoreError, match="companion file"):
        live.refuse_output(tmp_path / "x.db-shm", "write to")
