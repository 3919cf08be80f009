"""A store file holds only what its own schema version allows: one that says it is of an older
version but holds what only a later one writes (packed snapshots, an agenda item's later
statuses, a record field its version lacks) is refused by verify and is not opened, and the
file is left as it was. Each case is forged into a copy of a fixture store with SQLite alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from negoprep.errors import StoreError
from negoprep.store import migrations
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests import revision_edit
from tests.store.test_merge import ALICE

FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"
OLDER = [v for v in range(1, migrations.PACKED_SNAPSHOTS)]


def _forged(tmp_path: Path, version: int, *statements: str) -> Path:
    """A copy of the fixture store of `version` changed by SQL, CHECK constraints ignored
    (as a program other than negoprep may write)."""
    path = tmp_path / f"forged-v{version}.db"
    shutil.copyfile(FIXTURES / f"v{version}.db", path)
    conn = revision_edit.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            assert conn.execute(statement).rowcount > 0, statement
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return path


def _refused_everywhere(path: Path, *words: str) -> None:
    """verify refuses the file and opening it fails, each with one line naming `words`; the
    file is not changed and no backup of it is taken."""
    before = path.read_bytes()
    with pytest.raises(VerifyError) as verified:
        verify_file(path)
    with pytest.raises(StoreError) as opened:
        Store.open(path, ALICE).close()
    for message in (str(verified.value), str(opened.value)):
        assert "\n" not in message
        for word in words:
            assert word in message, message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


PACK_ONE = (
    "UPDATE revisions SET snapshot = negoprep_pack_snapshot(snapshot) WHERE rowid = (SELECT max(rowid) FROM revisions)"
)


@pytest.mark.parametrize("version", OLDER)
def test_packed_snapshots_in_a_file_older_than_version_14_are_refused(tmp_path: Path, version: int) -> None:
    path = _forged(tmp_path, version, PACK_ONE)
    _refused_everywhere(path, f"version {version}", "packed revision snapshots", "version 14")


def test_a_blob_of_any_kind_where_a_version_13_file_keeps_text_is_refused(tmp_path: Path) -> None:
    path = _forged(tmp_path, 13, "UPDATE revisions SET snapshot = CAST(snapshot AS BLOB) WHERE rowid = 1")
    _refused_everywhere(path, "version 13", "packed revision snapshots")


def test_the_current_version_keeps_its_packed_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    shutil.copyfile(FIXTURES / f"v{migrations.current_version()}.db", path)
    assert verify_file(path).version == migrations.current_version()


@pytest.mark.parametrize("where", ["row", "snapshot"])
def test_a_status_of_version_10_in_a_version_9_file_is_refused(tmp_path: Path, where: str) -> None:
    statement = {
        "row": "UPDATE agenda_items SET status = 'countered' WHERE rowid = 1",
        "snapshot": "UPDATE revisions SET snapshot = json_set(snapshot, '$.status', 'escalated') "
        "WHERE rowid = (SELECT min(rowid) FROM revisions WHERE table_name = 'agenda_items')",
    }[where]
    _refused_everywhere(_forged(tmp_path, 9, statement), "version 9", "countered", "version 10")


@pytest.mark.parametrize(
    ("version", "table", "field", "since"),
    [
        (6, "dossiers", "release_batna", 7),
        (8, "agenda_items", "figure_opening", 9),
        (9, "dossiers", "their_batna", 10),
        (3, "checklist_items", "notes", 4),
    ],
)
def test_a_snapshot_field_of_a_later_version_is_refused(
    tmp_path: Path, version: int, table: str, field: str, since: int
) -> None:
    path = _forged(
        tmp_path,
        version,
        f"UPDATE revisions SET snapshot = json_set(snapshot, '$.{field}', json('false')) "
        f"WHERE rowid = (SELECT min(rowid) FROM revisions WHERE table_name = '{table}')",
    )
    _refused_everywhere(path, f"version {version}", f"“{field}”", f"version {since}")


def test_every_check_of_the_files_own_version_holds_where_integrity_check_skips_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The net under the named cases: SQLite's integrity_check runs no CHECK constraint on a
    read-only connection (as verify's is), so verify runs those of the file's own version."""
    monkeypatch.setattr(migrations, "LATER_VALUES", ())
    path = _forged(tmp_path, 13, PACK_ONE)
    with pytest.raises(VerifyError, match="breaks a rule of its schema version 13: json_valid"):
        verify_file(path)
    path = _forged(tmp_path, 12, "UPDATE participants SET side = 'nobody' WHERE rowid = 1")
    with pytest.raises(VerifyError, match="participants"):
        verify_file(path)
