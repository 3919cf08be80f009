"""A revision snapshot damaged in the store itself (negoprep.store.packing) is damage, seen at
every door: reads, the history, the addendum's past, export, merge and the background check
all say the store is damaged (DamagedStoreError, the restore-or-salvage flow); none reads it
as "no snapshot" and goes on (which once let a release copy keep withheld text in a damaged
blob). Salvage drops such a revision and keeps the live record; verify of a received file
refuses it with its own message."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from negoprep.errors import StoreError
from negoprep.records import model
from negoprep.store import backups, chain, connection, packing
from negoprep.store.connection import DamagedStoreError
from negoprep.store.engine import sqlite
from negoprep.store.export import export_store
from negoprep.store.merge import merge_file
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests.store.test_merge import ALICE, BOB, edit, small_doc

SECRET = "ZEBRAWALKAWAY"  # a walk-away point: what a release copy withholds


def _stored(text: str) -> bytes:
    """`text` packed as a stored (uncompressed) deflate stream: its words stay readable in the
    blob, as an attacker would want them, and it unpacks as negoprep's own packing does."""
    packer = zlib.compressobj(0, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, packing.DICTIONARY_1)
    return bytes((packing.PACKED_1,)) + packer.compress(text.encode()) + packer.flush()


def _other_record(store: Store) -> str:
    return chain.unpack_snapshot(
        store.db.conn.execute("SELECT snapshot FROM revisions WHERE row_id = 'a-1' LIMIT 1").fetchone()[0]
    )


#: ways to damage a packed snapshot (its blob, its text, the store) — each keeps the 0x01 first byte
DAMAGES: dict[str, Callable[[bytes, str, Store], bytes]] = {
    "overwritten": lambda blob, text, _: blob[:1] + bytes(b ^ 0x5A for b in blob[1:9]) + blob[9:],
    "cut short": lambda blob, text, _: _stored(text)[:-5],
    "not deflate": lambda blob, text, _: b"\x01\xff\xff\xff\x00\x00",
    "one byte": lambda blob, text, _: b"\x01",
    "not JSON": lambda blob, text, _: chain.pack_snapshot(text[:-1]),
    "another record's": lambda blob, text, store: chain.pack_snapshot(_other_record(store)),
}
UNPACKABLE = ("overwritten", "cut short", "not deflate", "one byte")


def _made(path: Path) -> None:
    with Store.open(path, ALICE) as store:
        store.load(small_doc())
        edit(store, model.AgendaItem, "a-0", walk_away=SECRET)
        edit(store, model.AgendaItem, "a-0", title="Item zero, edited")


def _damage(path: Path, how: str, *, head: bool = True) -> None:
    """Damage a packed snapshot of agenda item a-0 (its head revision, or its first) as
    another program would, in a store made by `_made`."""
    with Store.open(path, ALICE) as store:
        which = "max" if head else "min"
        rowid, blob = store.db.conn.execute(
            f"SELECT rowid, snapshot FROM revisions WHERE rowid = (SELECT {which}(rowid) FROM revisions "
            "WHERE row_id = 'a-0')"
        ).fetchone()
        text = chain.unpack_snapshot(blob)
        damaged = DAMAGES[how](blob, text, store)
    assert damaged[:1] == b"\x01"
    conn = sqlite3.connect(path)
    conn.execute("UPDATE revisions SET snapshot = ? WHERE rowid = ?", (damaged, rowid))
    conn.commit()
    conn.close()


@pytest.fixture(params=list(DAMAGES))
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, request.param)
    return path, request.param


@pytest.mark.parametrize("how", UNPACKABLE)
def test_the_damages_are_damage(tmp_path: Path, how: str) -> None:
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, how)
    conn = sqlite3.connect(path)
    blob = conn.execute("SELECT snapshot FROM revisions WHERE rowid = (SELECT max(rowid) FROM revisions "
                        "WHERE row_id = 'a-0')").fetchone()[0]  # fmt: skip
    conn.close()
    with pytest.raises(chain.DamagedSnapshotError):
        chain.unpack_snapshot(blob)


@pytest.mark.parametrize("how", UNPACKABLE)
def test_sql_reading_an_unpackable_snapshot_fails_as_damage(tmp_path: Path, how: str) -> None:
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, how)
    with Store.open(path, ALICE) as store:
        with pytest.raises(sqlite.Error) as raised:
            store.db.conn.execute("SELECT negoprep_snapshot(snapshot) FROM revisions").fetchall()
        assert connection.is_damage(raised.value)
        said = connection.user_message(raised.value, path)
        assert "damaged" in said and "snapshot" in said and "user-defined" not in said
        # the lenient reading (verify's judging, the salvage) says NULL instead
        found = store.db.conn.execute(
            "SELECT count(*) FROM revisions WHERE negoprep_snapshot_or_null(snapshot) IS NULL"
        ).fetchone()[0]
        assert found == 1


def test_another_functions_error_is_no_damage(tmp_path: Path) -> None:
    """Damage seen once does not make a later, unrelated error of this thread damage."""
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, "one byte")
    with Store.open(path, ALICE) as store:
        conn = store.db.conn
        with pytest.raises(sqlite.Error) as raised:
            conn.execute("SELECT negoprep_snapshot(snapshot) FROM revisions").fetchall()
        assert connection.is_damage(raised.value)  # (as every door asks)
        assert connection.is_damage(raised.value)  # (and asks again: the same error)

        def broken(_: object) -> object:
            raise RuntimeError("a defect")

        conn.create_function("broken", 1, broken)
        with pytest.raises(sqlite.Error) as raised:
            conn.execute("SELECT broken(1)").fetchall()
        assert not connection.is_damage(raised.value)


def test_the_history_of_a_damaged_record_says_the_store_is_damaged(damaged: tuple[Path, str]) -> None:
    path, _how = damaged
    with Store.open(path, ALICE) as store:
        with pytest.raises(DamagedStoreError) as raised:
            store.history(model.AgendaItem, "a-0")
        assert raised.value.path == path
        assert "snapshot" in raised.value.problem
        store.history(model.AgendaItem, "a-2")  # (another record's history reads)


def test_the_past_of_a_dossier_says_the_store_is_damaged(damaged: tuple[Path, str]) -> None:
    """The addendum's "before" is rebuilt from every revision: one that cannot be read is no
    revision left out (a wrong "before"), but damage."""
    path, _how = damaged
    with Store.open(path, ALICE) as store, pytest.raises(DamagedStoreError):
        store.dossier_revisions(small_doc()["dossier"]["id"])


def test_the_addendum_of_a_damaged_store_is_refused(tmp_path: Path) -> None:
    from negoprep.paper.addendum import addendum_html

    path = tmp_path / "store.db"
    _made(path)
    _damage(path, "cut short", head=False)
    with Store.open(path, ALICE) as store, pytest.raises(DamagedStoreError):
        addendum_html(store, small_doc()["dossier"]["id"], "2000-01-01T00:00:00Z")


@pytest.mark.parametrize("release", [True, False], ids=["release", "full"])
@pytest.mark.parametrize("head", [True, False], ids=["head", "older"])
def test_export_of_a_damaged_store_is_refused_and_writes_nothing(
    damaged: tuple[Path, str], release: bool, head: bool
) -> None:
    path, how = damaged
    if not head:  # the first revision damaged instead (made anew: the fixture damaged the head)
        path = path.with_name("older.db")
        _made(path)
        _damage(path, how, head=False)
    target = path.with_name("out.db")
    before = {p.name for p in path.parent.iterdir()}
    with Store.open(path, ALICE) as store, pytest.raises(DamagedStoreError) as raised:
        export_store(store, target, release=release)
    said = str(raised.value)
    assert "damaged" in said and ("snapshot" in said or "JSON" in said) and "nothing was exported" in said, said
    assert not target.exists()
    assert {p.name for p in path.parent.iterdir()} - before <= {"store.db-wal", "store.db-shm"}


def test_a_withheld_word_in_a_damaged_snapshot_never_leaves(tmp_path: Path, capfd: pytest.CaptureFixture) -> None:
    path = tmp_path / "store.db"
    _made(path)
    _damage(path, "cut short")
    assert SECRET.encode() in path.read_bytes()  # (the damaged blob holds it readable)
    out = tmp_path / "out"
    out.mkdir()
    with Store.open(path, ALICE) as store, pytest.raises(StoreError) as raised:
        export_store(store, out / "release.db", release=True)
    assert SECRET not in str(raised.value)
    assert list(out.iterdir()) == []
    captured = capfd.readouterr()
    assert SECRET not in captured.out + captured.err


def test_the_background_check_finds_a_damaged_snapshot(damaged: tuple[Path, str]) -> None:
    path, how = damaged
    problems = backups.check_integrity(path)
    assert problems, how
    assert "snapshot" in problems[0]


def test_a_whole_store_passes_the_background_check(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _made(path)
    assert backups.check_integrity(path) == []


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _made(path)
    backup = tmp_path / "backup.db"
    _made(backup)
    _damage(backup, "not deflate")
    with pytest.raises(StoreError, match="damaged too"):
        backups.restore(path, backup)


def test_salvage_drops_the_damaged_revision_and_keeps_the_record(damaged: tuple[Path, str]) -> None:
    path, _how = damaged
    report = backups.salvage(path)
    assert report.lost_revisions == 1
    assert "revision" in report.summary()
    verify_file(report.target)  # the salvaged store is whole
    assert backups.check_integrity(report.target) == []
    with Store.open(report.target, ALICE) as store:
        item = store.get(model.AgendaItem, "a-0")
        assert item is not None and item.title == "Item zero, edited"
        assert store.history(model.AgendaItem, "a-0")


def test_verify_of_a_received_damaged_file_says_what_is_wrong(damaged: tuple[Path, str]) -> None:
    path, how = damaged
    expected = {
        "not JSON": "not a JSON object",
        "another record's": "not a snapshot of its row",
    }.get(how, "packed snapshot that cannot be unpacked")
    with pytest.raises(VerifyError, match=expected) as raised:
        verify_file(path)
    assert "\n" not in str(raised.value)


def test_merging_into_a_damaged_store_says_it_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _made(path)
    theirs = tmp_path / "theirs.db"
    with Store.open(path, ALICE) as store:
        export_store(store, theirs)
    with Store.open(theirs, BOB) as store:
        edit(store, model.AgendaItem, "a-0", title="Bob's title")
    _damage(path, "not deflate", head=False)
    with Store.open(path, ALICE) as store, pytest.raises(DamagedStoreError):
        merge_file(store, theirs)
