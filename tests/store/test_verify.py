"""Verify: every hostile or broken file is refused with its own message, nothing is left behind,
and good files (an export, a store of an older version) are accepted."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from negoprep import cli
from negoprep.store import verify
from negoprep.store.export import export_store
from negoprep.store.migrations import current_version
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verified_copy, verify_file
from tests.conftest import AUTHOR
from tests.hostile_files import make_corpus

FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"
FUZZ_RUNS = int(os.environ.get("NEGOPREP_FUZZ", "300"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, so that a file left in it is ours to see."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def good(demo_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "shared" / "good.db"
    out.parent.mkdir()
    export_store(demo_store, out)
    return out


def test_a_good_export_is_accepted(good: Path, demo_store: Store, private_tmp: Path) -> None:
    before = _digest(good)
    report = verify_file(good)
    dossier = demo_store.dossiers()[0]
    assert report.version == current_version()
    assert report.dossiers == [(dossier.id, dossier.title)]
    assert report.live["agenda_items"] == len(demo_store.content(dossier.id).agenda_items)
    assert report.counts["revisions"] >= report.records > 100
    assert _digest(good) == before
    assert os.listdir(private_tmp) == []
    assert os.listdir(good.parent) == ["good.db"]  # not even a -journal beside it


def test_every_hostile_file_is_refused_with_its_own_message(
    good: Path, demo_store: Store, tmp_path: Path, private_tmp: Path
) -> None:
    corpus = make_corpus(good, tmp_path / "corpus")
    folder = tmp_path / "corpus"
    listing = sorted(os.listdir(folder))
    store_before = (_digest(demo_store.path), demo_store.dump(demo_store.dossiers()[0].id))
    messages: dict[str, str] = {}
    for case in corpus:
        before = _digest(case.path)
        with pytest.raises(VerifyError) as caught:
            verify_file(case.path)
        message = str(caught.value)
        assert case.message in message, (case.name, message)
        assert message.startswith(str(case.path)) and "\n" not in message and len(message) < 400, message
        assert "Traceback" not in message
        assert _digest(case.path) == before, case.name  # never changed
        assert os.listdir(private_tmp) == [], case.name  # no temporary file left
        assert sorted(os.listdir(folder)) == listing, case.name  # nothing beside it (no -journal, -wal)
        messages[case.name] = message.removeprefix(str(case.path))
    # each kind of trouble has a message of its own: no case gets another kind's words
    kinds = {case.message for case in corpus}
    for case in corpus:
        for words in kinds - {case.message}:
            if words not in case.message:
                assert words not in messages[case.name], (case.name, words)
    assert (_digest(demo_store.path), demo_store.dump(demo_store.dossiers()[0].id)) == store_before
    assert len(corpus) >= 30


def test_a_file_over_the_size_limit_is_refused_unread(good: Path, private_tmp: Path) -> None:
    with pytest.raises(VerifyError, match=r"is larger than 1000 bytes: too large to be a negoprep store"):
        verify_file(good, max_bytes=1000)
    with pytest.raises(VerifyError, match=r"is larger than 2 GiB"):
        raise verify._too_large(good, verify.MAX_BYTES)
    assert os.listdir(private_tmp) == []


def test_the_time_limit_grows_with_the_file(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large store is slow to check because it is large: a 200 MB colleague's file gets
    more than the half minute a small one gets, and the limit given is the one applied."""
    assert verify.time_allowed(0) == verify.SECONDS
    assert verify.time_allowed(200 * 1024**2) == pytest.approx(verify.SECONDS + 200 * verify.SECONDS_PER_MB)
    given: list[float] = []
    real = verify._Deadline

    def deadline(path: Path, seconds: float, progress=verify.SILENT) -> verify._Deadline:
        given.append(seconds)
        return real(path, seconds, progress)

    monkeypatch.setattr(verify, "_Deadline", deadline)
    verify_file(good)
    verify_file(good, seconds=5)
    assert given == [pytest.approx(verify.time_allowed(good.stat().st_size)), 5]


def test_the_time_limit(good: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VerifyError, match=r"took longer than 0 s to check: refused"):
        verify_file(good, seconds=0)
    assert os.listdir(private_tmp) == []

    # the limit also stops SQLite mid-query, through the progress handler
    opened = verify._open

    def open_then_expire(copy: Path, deadline: verify._Deadline) -> sqlite3.Connection:
        conn = opened(copy, deadline)
        deadline.end = 0.0
        return conn

    monkeypatch.setattr(verify, "_open", open_then_expire)
    monkeypatch.setattr(verify, "_STEP_OPS", 1)
    with pytest.raises(VerifyError, match=r"took longer than 30 s to check"):
        verify_file(good)
    assert os.listdir(private_tmp) == []


def test_what_is_not_a_file(tmp_path: Path, private_tmp: Path) -> None:
    with pytest.raises(VerifyError, match="there is no file"):
        verify_file(tmp_path / "missing.db")
    with pytest.raises(VerifyError, match="is a folder, not a store file"):
        verify_file(tmp_path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.db")  # opening a pipe to read would wait for a writer forever
        with pytest.raises(VerifyError, match="is not a regular file"):
            verify_file(tmp_path / "pipe.db")
    assert os.listdir(private_tmp) == []


def test_a_version_1_store_is_accepted_and_migrated_on_the_private_copy(private_tmp: Path) -> None:
    fixture = FIXTURES / "v1.db"
    before = _digest(fixture)
    report = verify_file(fixture)
    assert report.version == 1 and len(report.dossiers) == 1
    with verified_copy(fixture, migrate=True) as copy:
        assert copy.parent.parent.parent == private_tmp  # in the process's own folder
        assert stat.S_IMODE(copy.stat().st_mode) == 0o400
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
        with Store.open(copy, AUTHOR, readonly=True) as store:
            assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
            dossier = store.dossiers()[0]
            assert store.content(dossier.id).agenda_items
        assert verify_file(copy).version == current_version()
    assert not copy.exists()
    assert os.listdir(private_tmp) == []
    assert _digest(fixture) == before


def test_every_released_version_is_accepted(private_tmp: Path) -> None:
    for fixture in sorted(FIXTURES.glob("v*.db")):
        assert verify_file(fixture).version == int(fixture.stem[1:])


def test_a_copy_without_migrating_keeps_its_version(private_tmp: Path) -> None:
    with verified_copy(FIXTURES / "v1.db") as copy:
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        conn.close()
    assert os.listdir(private_tmp) == []


def test_a_store_saved_in_wal_mode_is_accepted(demo_store: Store, tmp_path: Path, private_tmp: Path) -> None:
    path = demo_store.path
    demo_store.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"
    with verified_copy(path) as copy:
        assert copy.read_bytes()[18:20] == b"\x01\x01"
        with Store.open(copy, AUTHOR, readonly=True) as store:
            assert store.dossiers()
    assert path.read_bytes()[18:20] == b"\x02\x02"


def test_an_error_inside_the_block_still_removes_the_copy(good: Path, private_tmp: Path) -> None:
    with pytest.raises(RuntimeError), verified_copy(good) as copy:
        assert copy.exists()
        raise RuntimeError("the importer failed")
    assert os.listdir(private_tmp) == []


def test_the_command_line(good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", str(good)]) == 0
    assert capsys.readouterr().out.startswith(f"{good}: accepted, a negoprep store (version {current_version()})")
    assert cli.main(["verify", str(good), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == current_version() and doc["records"]["agenda_items"] > 0
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"age-encryption.org/v1\n-> scrypt abc 18\n")
    assert cli.main(["verify", str(bad)]) == 2
    assert capsys.readouterr().err == f"negoprep: {bad} is encrypted: give --passphrase-file or --identity\n"


@pytest.mark.slow
def test_fuzzed_files_are_accepted_or_refused_never_a_crash(good: Path, tmp_path: Path) -> None:
    """Byte-mutated copies of an export, verified in a separate process (so that a crash of
    SQLite or Python would show): each is accepted or refused with VerifyError, nothing else.
    NEGOPREP_FUZZ=3000 runs more."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostile_files", "--fuzz", str(good), str(FUZZ_RUNS), "20261128"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    assert summary["uncaught"] == [], summary["uncaught"][:3]
    assert summary["accepted"] + summary["refused"] == FUZZ_RUNS
    assert summary["refused"] > FUZZ_RUNS // 3
    assert summary["left_behind"] == []


def test_ctrl_c_while_checking_is_not_blamed_on_the_file(demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    """Ctrl+C arrives while SQLite checks the copy: Python raises it inside the progress
    handler, SQLite turns that into "interrupted"; the person hears of no damage."""
    good = tmp_path / "good.db"
    export_store(demo_store, good)
    calls = [0]

    def passed(self) -> bool:
        calls[0] += 1
        if calls[0] == 3:
            raise KeyboardInterrupt  # what a SIGINT does to the handler's Python code
        return False

    monkeypatch.setattr(verify._Deadline, "passed", passed)
    monkeypatch.setattr(verify, "_STEP_OPS", 10)  # the handler runs often enough to be hit
    with pytest.raises(KeyboardInterrupt):
        verify_file(good)
    assert calls[0] >= 3


# --- the schema's allow-list: quotes ---------------------------------------------------------

#: Tampered definitions that differ from negoprep's only by double quotes, each changing what
#: the definition means: (table or index, what is replaced, by what).
QUOTE_TAMPERS = {
    "rule-default": ("red_lines", 'DEFAULT \'{"kind": "manual"}\'', "DEFAULT '{kind: manual}'"),
    "check-as-string": ("tracks", "CHECK (deleted IN (0, 1))", 'CHECK ("deleted IN (0, 1)")'),
    "partial-index": ("conflicts_pending", "WHERE resolved_at IS NULL", 'WHERE "resolved_at IS NULL"'),
    "search-column": ("search", "row_id UNINDEXED", '"row_id UNINDEXED"'),
    "spaced-name": ("revisions_row", "(table_name, row_id)", '("table_name row_id")'),
}


@pytest.mark.parametrize("case", sorted(QUOTE_TAMPERS))
def test_a_definition_that_differs_only_by_double_quotes_is_refused(good: Path, tmp_path: Path, case: str) -> None:
    from tests.hostile_files import _with_sql

    name, old, new = QUOTE_TAMPERS[case]
    target = tmp_path / f"{case}.db"
    _with_sql(
        good,
        target,
        "PRAGMA writable_schema = ON",
        f"UPDATE sqlite_master SET sql = replace(sql, '{old.replace(chr(39), chr(39) * 2)}', "
        f"'{new.replace(chr(39), chr(39) * 2)}') WHERE name = '{name}'",
    )
    conn = sqlite3.connect(target)
    try:
        [sql] = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    finally:
        conn.close()
    assert new in sql  # (the file was tampered with as meant)
    with pytest.raises(VerifyError, match=f'"{name}" is not defined as negoprep defines it'):
        verify_file(target)


def test_quotes_around_a_plain_name_change_nothing(good: Path, tmp_path: Path) -> None:
    """Tools quote names differently: a quoted plain name is the name."""
    from tests.hostile_files import _with_sql

    target = tmp_path / "quoted.db"
    _with_sql(
        good,
        target,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(replace(sql, 'ON revisions(table_name', "
        "'ON [revisions](`table_name`'), 'row_id)', '\"row_id\"  )') WHERE name = 'revisions_row'",
    )
    verify_file(target)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ('CREATE INDEX "i" ON "t" ("a", "b")', "CREATE INDEX i ON t(a,b)", True),
        ("CREATE TABLE t (a TEXT DEFAULT 'x')", "CREATE TABLE [t] (`a` TEXT  DEFAULT 'x')", True),
        ("CREATE TABLE t (a TEXT DEFAULT 'x')", 'CREATE TABLE t (a TEXT DEFAULT "x")', False),
        ("CREATE TABLE t (a TEXT DEFAULT 'a  b')", "CREATE TABLE t (a TEXT DEFAULT 'a b')", False),
        ("CREATE TABLE t (a TEXT DEFAULT 'a\"b')", "CREATE TABLE t (a TEXT DEFAULT 'ab')", False),
        ("CREATE TABLE t (a b)", 'CREATE TABLE t ("a b")', False),
        ("CREATE TABLE t (a DEFAULT CURRENT_TIME)", 'CREATE TABLE t (a DEFAULT "CURRENT_TIME")', False),
        ('CREATE TABLE t ("order" TEXT)', "CREATE TABLE t (order TEXT)", False),
        ('CREATE TABLE t ("x" TEXT)', "CREATE TABLE t ([x] TEXT)", True),
        ('CREATE TABLE t ("a b" TEXT)', "CREATE TABLE t ([a b] TEXT)", False),
        ('CREATE TABLE t ("é" TEXT)', "CREATE TABLE t (é TEXT)", False),
        ("CREATE TABLE t (a, b)", "CREATE TABLE t (a b)", False),
        ("CREATE TABLE t (a DEFAULT x'00')", "CREATE TABLE t (a DEFAULT x '00')", False),
        ("CREATE TABLE t (a CHECK (a <= 1))", "CREATE TABLE t (a CHECK (a < = 1))", False),
        ('CREATE TABLE t ("a""b")', 'CREATE TABLE t ("ab")', False),
    ],
)
def test_normal_sql_unquotes_only_plain_names(a: str, b: str, same: bool) -> None:
    assert (verify._normal_sql(a) == verify._normal_sql(b)) is same


# --- the revision graph ------------------------------------------------------------------------


def _revision_loop(good: Path, target: Path, length: int) -> str:
    """A copy of `good` in which a revision is made an ancestor of itself: its own parent
    (length 1), or the parent of its parent (length 2). Returns the revision."""
    from tests.hostile_files import _one, _with_sql

    rev = _one(good, "SELECT id FROM revisions ORDER BY id LIMIT 1")
    if length == 1:
        _with_sql(good, target, f"UPDATE revisions SET parents = json_array(id) WHERE id = '{rev}'")
    else:
        other = _one(
            good,
            f"SELECT id FROM revisions WHERE row_id = (SELECT row_id FROM revisions WHERE id = '{rev}') "
            f"AND id != '{rev}' UNION ALL SELECT max(id) FROM revisions LIMIT 1",
        )
        _with_sql(
            good,
            target,
            f"UPDATE revisions SET parents = json_array('{other}') WHERE id = '{rev}'",
            f"UPDATE revisions SET parents = json_array('{rev}') WHERE id = '{other}'",
        )
    return rev


@pytest.mark.parametrize("length", [1, 2])
def test_a_revision_that_is_its_own_ancestor_is_refused(
    good: Path, tmp_path: Path, length: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "loop.db"
    rev = _revision_loop(good, target, length)
    with pytest.raises(VerifyError) as caught:
        verify_file(target)
    message = str(caught.value)
    assert "its own ancestor" in message and "\n" not in message
    assert f"revisions.parents of {rev}" in message
    assert cli.main(["verify", str(target)]) == 2
    err = capsys.readouterr().err
    assert "its own ancestor" in err and err.count("\n") == 1


# --- ids made from other fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        # another agenda item under the same id (the item is then held twice, or under two ids)
        "UPDATE package_items SET agenda_item_id = (SELECT a.id FROM agenda_items a WHERE a.id NOT IN "
        "(SELECT agenda_item_id FROM package_items p WHERE p.package_id = package_items.package_id) LIMIT 1) "
        "WHERE id = (SELECT min(id) FROM package_items)",
        # an id of its own making
        "UPDATE package_items SET id = 'pi-' || id WHERE id = (SELECT min(id) FROM package_items)",
    ],
    ids=["other-item", "own-id"],
)
def test_a_package_item_whose_id_is_not_made_from_its_package_and_item_is_refused(
    good: Path, tmp_path: Path, change: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.hostile_files import _with_sql

    target = tmp_path / "package-item.db"
    _with_sql(good, target, change)
    with pytest.raises(VerifyError) as caught:
        verify_file(target)
    assert "is not the id made from its parent and agenda item" in str(caught.value)
    assert cli.main(["verify", str(target)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


# --- the names of authors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_name", ["Evil\nName", "Tab\tName", "", "   ", "Kim \u202eeerf", "Line\u2028Break"], ids=repr
)
def test_an_author_name_follows_the_rule_of_a_name_given_at_home(
    good: Path, tmp_path: Path, demo_store: Store, bad_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A received file's author name is held to the rule NEGOPREP_AUTHOR is held to."""
    from negoprep.identity import AuthorNameError, checked_name
    from tests.hostile_files import _with_sql

    with pytest.raises(AuthorNameError):
        checked_name(bad_name)
    target = tmp_path / "author.db"
    conn_name = bad_name.replace("'", "''")
    _with_sql(good, target, f"UPDATE authors SET name = '{conn_name}'")
    with pytest.raises(VerifyError) as caught:
        verify_file(target)
    assert "authors.name of" in str(caught.value)
    before = _digest(demo_store.path)
    assert cli.main(["--store", str(demo_store.path), "merge", str(target)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _digest(demo_store.path) == before


def test_a_refusal_shows_what_a_terminal_would_act_on(good: Path, tmp_path: Path) -> None:
    """An id holding U+202E and a newline is named in the refusal with both written visibly."""
    from tests.hostile_files import _with_sql

    target = tmp_path / "odd-id.db"
    _with_sql(good, target, "UPDATE notes SET id = 'n-' || char(8238) || 'x' || char(10) || 'y' WHERE rowid = 1")
    with pytest.raises(VerifyError) as caught:
        verify_file(target)
    assert "n-\\u202ex\\ny" in str(caught.value)


def test_judging_conflict_values_keeps_to_the_time_limit(good: Path, tmp_path: Path) -> None:
    """The competing values of conflicts are judged under the same deadline as the rows."""
    import time

    target = tmp_path / "conflicts.db"
    shutil.copyfile(good, target)
    conn = sqlite3.connect(target, isolation_level=None)
    note_id, dossier_id, rev = conn.execute("SELECT id, dossier_id, rev FROM notes LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO conflicts (id, table_name, row_id, dossier_id, field, kind, base, a, b, a_rev, b_rev, merge_rev, "
        "created_at) VALUES ('c-1', 'notes', ?, ?, 'title', 'edited', '\"a\"', '\"b\"', '\"c\"', ?, ?, ?, "
        "'2025-01-01T00:00:00.000Z')",
        (note_id, dossier_id, rev, rev, rev),
    )
    deadline = verify._Deadline(target, 0)
    time.sleep(0.01)
    with pytest.raises(VerifyError, match="took longer than 0 s"):
        verify._scan_conflict_values(str(target), conn, deadline)  # (before: no deadline at all)
    conn.close()
