"""Revision snapshots packed with a preset dictionary (negoprep.store.packing): lossless,
versioned by their first byte, never unpacked past their cap; a damaged one is refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from negoprep.records import model
from negoprep.store import chain, engine, packing
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests import revision_edit
from tests.store.test_merge import ALICE, edit, small_doc

TEXTS = [
    "{}",
    '{"id": "a-0", "title": "Item zero"}',
    chain.snapshot_text({"id": "x", "text": "한국어 협상 준비 — «ünïcode» \U0001f600", "position": 3}),
    chain.snapshot_text({"id": "y", "notes": "line one\nline two\r\n\u202e", "value": 1.5e300}),
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_snapshot_unpacks_to_the_very_text_it_was(text: str) -> None:
    packed = chain.pack_snapshot(text)
    assert isinstance(packed, bytes) and packed[0] == packing.PACKED_1
    assert chain.unpack_snapshot(packed) == text
    assert chain.unpack_snapshot(text) == text  # (a text snapshot, as older files hold it)
    assert chain.snapshot_hash(chain.unpack_snapshot(packed)) == chain.snapshot_hash(text)


def test_a_revision_of_an_agenda_item_takes_a_fraction_of_its_text() -> None:
    with Store.open(None, ALICE) as store:
        store.load(small_doc())
        edit(store, model.AgendaItem, "a-0", title="Item zero, edited")
        rows = store.db.conn.execute("SELECT snapshot FROM revisions WHERE table_name = 'agenda_items'").fetchall()
    assert rows and all(isinstance(r[0], bytes) for r in rows)
    packed = sum(len(r[0]) for r in rows)
    text = sum(len(chain.unpack_snapshot(r[0]).encode()) for r in rows)
    assert packed * 2 < text


def test_the_dictionary_of_packed_snapshots_never_changes() -> None:
    # every file's packed snapshots depend on it: a new dictionary is a new first byte
    assert hashlib.sha256(packing.DICTIONARY_1).hexdigest()[:16] == "e9b781b9b81ceda0"


def _raw(text: bytes) -> bytes:
    """Bytes packed as negoprep packs, whatever they hold."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, packing.DICTIONARY_1)
    return bytes((packing.PACKED_1,)) + packer.compress(text) + packer.flush()


BOMB = _raw(b'{"id": "' + b"a" * (packing.MAX_UNPACKED + 10) + b'"}')
DAMAGED = [
    pytest.param(b"", id="empty"),
    pytest.param(b"\x02" + chain.pack_snapshot("{}")[1:], id="unknown dictionary"),
    pytest.param(chain.pack_snapshot('{"id": "a"}')[:-2], id="cut short"),
    pytest.param(chain.pack_snapshot("{}") + b"more", id="trailing bytes"),
    pytest.param(b"\x01\xff\xff\xff", id="not deflate"),
    pytest.param(_raw(b'{"id": "\xff\xfe"}'), id="not UTF-8"),
    pytest.param(BOMB, id="deflate bomb"),
]


@pytest.mark.parametrize("value", DAMAGED)
def test_a_damaged_packed_snapshot_is_refused_with_a_clear_error(value: bytes) -> None:
    assert len(value) < 100_000
    with pytest.raises(chain.DamagedSnapshotError, match="cannot be unpacked"):
        chain.unpack_snapshot(value)
    # in SQL: negoprep_snapshot fails the statement (the store is damaged); only the lenient
    # reading of verify and salvage takes it for no snapshot
    with pytest.raises(chain.DamagedSnapshotError):
        packing.snapshot_sql(value)
    assert packing.snapshot_or_none(value) is None


def test_every_connection_reads_a_snapshot_in_sql() -> None:
    conn = engine.connect(":memory:")
    try:
        text = TEXTS[2]
        assert conn.execute("SELECT negoprep_snapshot(?)", (chain.pack_snapshot(text),)).fetchone()[0] == text
        assert conn.execute("SELECT negoprep_snapshot(?)", (text,)).fetchone()[0] == text
        with pytest.raises(engine.sqlite.OperationalError):
            conn.execute("SELECT negoprep_snapshot(?)", (BOMB,)).fetchone()
        assert conn.execute("SELECT negoprep_snapshot_or_null(?)", (BOMB,)).fetchone()[0] is None
        assert conn.execute("SELECT negoprep_snapshot(negoprep_pack_snapshot(?))", (text,)).fetchone()[0] == text
    finally:
        conn.close()


@pytest.mark.parametrize("value", [BOMB, b"\x01\xff\xff\xff"], ids=["deflate bomb", "not deflate"])
def test_verify_reports_a_packed_snapshot_that_does_not_unpack(tmp_path: Path, value: bytes) -> None:
    path = tmp_path / "store.db"
    with Store.open(path, ALICE) as store:
        store.load(small_doc())
        edit(store, model.AgendaItem, "a-0", title="Item zero, edited")
    verify_file(path)
    damaged = tmp_path / "damaged.db"
    shutil.copy(path, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute(
        "UPDATE revisions SET snapshot = ? WHERE rowid = (SELECT min(rowid) FROM revisions WHERE row_id = 'a-0')",
        (value,),
    )
    conn.commit()
    conn.close()
    with pytest.raises(VerifyError, match="packed snapshot that cannot be unpacked"):
        verify_file(damaged)


def test_a_snapshot_edited_by_another_program_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with Store.open(path, ALICE) as store:
        store.load(small_doc())
    conn = revision_edit.connect(path)
    forged = revision_edit.edited("json_set(snapshot, '$.title', 'Forged')")
    conn.execute(f"UPDATE revisions SET snapshot = {forged} WHERE row_id = 'a-0'")
    conn.commit()
    kind, text = conn.execute(
        "SELECT typeof(snapshot), negoprep_snapshot(snapshot) FROM revisions WHERE row_id = 'a-0'"
    ).fetchone()
    conn.close()
    assert kind == "blob" and '"title":"Forged"' in text
    with pytest.raises(VerifyError):
        verify_file(path)
