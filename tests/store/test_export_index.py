"""Export: the copy's search index holds exactly the entries of the copy's live records, whatever
the store's index held (entries written into the file by another program, or left by damage)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.records import model
from negoprep.store import engine, search_text
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import verify_file
from tests import revision_edit
from tests.conftest import AUTHOR

#: Words planted in the index alone. The raw bytes are searched for a marker without its first
#: letters: FTS5 keeps a term as the part that differs from the term before it on its page.
MARKER = "Qzorphanmarker"
KOREAN = "뷁쉛뛟기밀"


def _plant(store: Store, docid: int, words: str = MARKER, table: str | None = None, row_id: str = "") -> None:
    """An index entry written straight into the file (as sqlite3 would), with a `search_rows`
    row naming (`table`, `row_id`) when `table` is given."""
    conn = store.db.conn
    with store.transaction():
        if table is not None:
            conn.execute("INSERT INTO search_rows (docid, table_name, row_id) VALUES (?, ?, ?)", (docid, table, row_id))
        conn.execute(
            "INSERT INTO search (rowid, table_name, row_id, dossier_id, title, body, title_grams, body_grams) "
            "VALUES (?, ?, ?, '', ?, ?, ?, ?)",
            (docid, table or "talking_points", row_id, words, KOREAN, *map(search_text.grams, (words, KOREAN))),
        )


def _terms(path: Path) -> set[str]:
    """Every term of the file's search index (through fts5vocab)."""
    conn = engine.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, 'row')")
        return {row[0] for row in conn.execute("SELECT term FROM temp.terms")}
    finally:
        conn.close()


def _counts(path: Path) -> tuple[int, int, int]:
    """(index entries, search_rows rows, live records with text) of a file."""
    conn = engine.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        entries = conn.execute("SELECT count(*) FROM search_docsize").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        live = sum(
            conn.execute(f"SELECT count(*) FROM {t.table} WHERE deleted = 0").fetchone()[0]
            for t in model.RECORD_TYPES
            if t.text_fields
        )
        return entries, rows, live
    finally:
        conn.close()


def _planted_words(path: Path) -> list[str]:
    """The planted words found in a file: in its raw bytes (and unpacked snapshots), or as
    terms of its index."""
    found = []
    data = revision_edit.bytes_and_snapshots(path)
    tail = MARKER[2:].lower().encode()
    if tail in data:
        found.append(MARKER)
    terms = _terms(path)
    found.extend(t for t in terms if MARKER.lower() in t or any(ch in t for ch in "뷁쉛뛟"))
    return found


def _raw(store: Store, target: Path) -> Path:
    store.db.conn.execute("VACUUM INTO ?", (str(target),))
    return target


def _point(store: Store) -> model.TalkingPoint:
    return next(p for p in store.content(store.dossiers()[0].id).talking_points if p.disclosure == "shareable")


def _docid(store: Store, record: model.Record) -> int:
    return store.db.conn.execute(
        "SELECT docid FROM search_rows WHERE table_name = ? AND row_id = ?", (record.table, record.id)
    ).fetchone()[0]


DOORS = ("orphan entry", "row of a missing record", "row of an unknown table", "row of a tombstone")


def _open_door(store: Store, door: str) -> None:
    if door == "orphan entry":
        _plant(store, 9_000_001)
    elif door == "row of a missing record":
        _plant(store, 9_000_002, table="talking_points", row_id="no-such-point")
    elif door == "row of an unknown table":
        _plant(store, 9_000_003, table="secret_notes", row_id="x")
    else:
        point = _point(store)
        store.delete(point)
        _plant(store, 9_000_004, table="talking_points", row_id=point.id)


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("kind", ["plain", "release", "dossier"])
def test_entries_no_live_record_owns_do_not_travel(demo_store: Store, tmp_path: Path, door: str, kind: str) -> None:
    _open_door(demo_store, door)
    raw = _raw(demo_store, tmp_path / "raw.db")
    assert MARKER in _planted_words(raw) and len(_planted_words(raw)) > 1  # a plain copy carries them
    options = {"release": {"release": True}, "dossier": {"dossier_id": demo_store.dossiers()[0].id}}.get(kind, {})

    export_store(demo_store, tmp_path / "out.db", **options)

    assert _planted_words(tmp_path / "out.db") == []
    entries, rows, live = _counts(tmp_path / "out.db")
    assert entries == rows == live
    verify_file(tmp_path / "out.db")
    with Store.open(tmp_path / "out.db", AUTHOR, readonly=True) as out:
        assert not out.search(MARKER) and not out.search("뷁쉛")
        assert out.search("LNG")


@pytest.mark.parametrize("how", ["entry deleted", "row and entry deleted", "index emptied"])
@pytest.mark.parametrize("kind", ["plain", "release"])
def test_a_live_record_without_its_entry_gets_it_in_the_copy(
    demo_store: Store, tmp_path: Path, how: str, kind: str
) -> None:
    point = demo_store.put(replace(_point(demo_store), text="Findable 공급망안정화 line"))
    docid = _docid(demo_store, point)
    conn = demo_store.db.conn
    with demo_store.transaction():
        if how == "index emptied":
            conn.execute("INSERT INTO search(search) VALUES ('delete-all')")
        else:
            conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
            if how == "row and entry deleted":
                conn.execute("DELETE FROM search_rows WHERE docid = ?", (docid,))
    assert not demo_store.search("Findable")

    export_store(demo_store, tmp_path / "out.db", release=kind == "release")

    entries, rows, live = _counts(tmp_path / "out.db")
    assert entries == rows == live
    verify_file(tmp_path / "out.db")
    with Store.open(tmp_path / "out.db", AUTHOR, readonly=True) as out:
        assert [h.row_id for h in out.search("Findable")] == [point.id]
        assert [h.row_id for h in out.search("안정")] == [point.id]  # a part of a Korean word
        assert out.search("LNG")


@pytest.mark.parametrize("kind", ["release", "dossier"])
def test_an_entry_rewritten_by_hand_is_written_anew_in_a_copy_that_withholds(
    demo_store: Store, tmp_path: Path, kind: str
) -> None:
    """An entry whose words are not its record's (rewritten in the file) cannot be told from
    a right one without writing it again: a copy that withholds or leaves out writes every
    entry anew from its records."""
    point = _point(demo_store)
    docid = _docid(demo_store, point)
    with demo_store.transaction():
        demo_store.db.conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
    _plant(demo_store, docid)  # its own docid, other words
    options = {"release": True} if kind == "release" else {"dossier_id": demo_store.dossiers()[0].id}

    export_store(demo_store, tmp_path / "out.db", **options)

    assert _planted_words(tmp_path / "out.db") == []
    with Store.open(tmp_path / "out.db", AUTHOR, readonly=True) as out:
        words = " ".join(point.text.split()[:3])
        assert point.id in [h.row_id for h in out.search(words)]


def test_words_of_an_entry_deleted_outside_negoprep_do_not_travel(demo_store: Store, tmp_path: Path) -> None:
    """An entry deleted by docid alone (as FTS5 deletes from a contentless index) leaves its words
    in the index's segments, marked deleted, until they are merged: with no record deleted or
    changed, nothing else would have the copy's index merged."""
    _plant(demo_store, 9_000_001)
    with demo_store.transaction():
        demo_store.db.conn.execute("DELETE FROM search WHERE rowid = 9000001")
    assert search_text.agrees(demo_store.db.conn)
    raw = _raw(demo_store, tmp_path / "raw.db")
    assert MARKER[2:].lower().encode() in revision_edit.bytes_and_snapshots(raw)  # a plain copy carries them

    report = export_store(demo_store, tmp_path / "out.db")

    assert report.vacuumed
    assert _planted_words(tmp_path / "out.db") == []
    verify_file(tmp_path / "out.db")
