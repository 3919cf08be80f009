"""A store whose search index does not match its records (entries no record owns, records with
no entry, an emptied index) has it written anew from the records: it is derived data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from negoprep import paths
from negoprep.records import model
from negoprep.store import backups, connection, search_text
from negoprep.store.store import Store
from tests.conftest import AUTHOR


def _point(store: Store) -> model.TalkingPoint:
    return store.content(store.dossiers()[0].id).talking_points[0]


def _docid(store: Store, record: model.Record) -> int:
    return store.db.conn.execute(
        "SELECT docid FROM search_rows WHERE table_name = ? AND row_id = ?", (record.table, record.id)
    ).fetchone()[0]


def _orphan(store: Store) -> None:
    store.db.conn.execute(
        "INSERT INTO search (rowid, table_name, row_id, dossier_id, title, body, title_grams, body_grams) "
        "VALUES (9000001, 'talking_points', '', '', 'Qzorphanmarker', '극비양보안', '', ?)",
        (search_text.grams("극비양보안"),),
    )


def _lost(store: Store) -> None:
    point = store.put(replace(_point(store), text="Findable 공급망안정화 line"))
    docid = _docid(store, point)
    store.db.conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
    store.db.conn.execute("DELETE FROM search_rows WHERE docid = ?", (docid,))


def _emptied(store: Store) -> None:
    store.put(replace(_point(store), text="Findable 공급망안정화 line"))
    store.db.conn.execute("INSERT INTO search(search) VALUES ('delete-all')")


def _tombstone(store: Store) -> None:
    point = store.put(replace(_point(store), text="Findable 공급망안정화 line"))
    gone = store.content(store.dossiers()[0].id).talking_points[-1]
    store.delete(gone)
    store.db.conn.execute("INSERT INTO search_rows VALUES (9000002, 'talking_points', ?)", (gone.id,))
    store.db.conn.execute(
        "INSERT INTO search (rowid, table_name, title) VALUES (9000002, 'talking_points', 'Qzorphanmarker')"
    )
    assert point


@pytest.mark.parametrize("damage", [_orphan, _lost, _emptied, _tombstone], ids=lambda f: f.__name__.strip("_"))
def test_a_store_whose_index_disagrees_gets_it_written_anew(demo_store: Store, damage) -> None:
    with demo_store.transaction():
        damage(demo_store)
    assert not search_text.agrees(demo_store.db.conn)

    assert backups.mend_search_index(demo_store.path) is True

    assert search_text.agrees(demo_store.db.conn)
    assert not demo_store.search("Qzorphanmarker") and not demo_store.search("극비양보")
    if damage is not _orphan:
        point = _point(demo_store)
        assert [h.row_id for h in demo_store.search("Findable")] == [point.id]
        assert [h.row_id for h in demo_store.search("안정")] == [point.id]
    assert demo_store.search("LNG")
    log = (paths.log_dir() / "negoprep.log").read_text(encoding="utf-8")
    assert f"the search index of {demo_store.path} did not match its records: written anew" in log


def test_a_store_whose_index_agrees_is_left_alone(demo_store: Store) -> None:
    before = demo_store.db.conn.execute("PRAGMA data_version").fetchone()[0], demo_store.db.conn.total_changes
    assert backups.mend_search_index(demo_store.path) is False
    assert not (paths.log_dir() / "negoprep.log").exists()
    assert (demo_store.db.conn.execute("PRAGMA data_version").fetchone()[0], demo_store.db.conn.total_changes) == before


def test_a_store_that_cannot_be_written_is_left_as_it_is(demo_store: Store, monkeypatch) -> None:
    with demo_store.transaction():
        _orphan(demo_store)
    path = demo_store.path
    demo_store.close()
    monkeypatch.setattr(connection, "can_write", lambda _path: False)  # (a read-only disk)
    assert backups.mend_search_index(path) is False
    with Store.open(path, AUTHOR, readonly=True) as store:
        assert not search_text.agrees(store.db.conn)


def test_a_busy_store_is_left_for_the_next_check(demo_store: Store) -> None:
    with demo_store.transaction():
        _orphan(demo_store)
    demo_store.db.conn.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        assert backups.mend_search_index(demo_store.path, wait=0.3) is False
    finally:
        demo_store.db.conn.execute("ROLLBACK")
    assert not search_text.agrees(demo_store.db.conn)
    assert backups.mend_search_index(demo_store.path) is True


@pytest.mark.parametrize("how", ["put", "load", "reindex"])
def test_a_new_record_never_takes_the_words_of_an_entry_no_record_owns(demo_store: Store, how: str) -> None:
    """An entry at the docid the next new record gets would otherwise become that record's
    (its words found with it, and counted as its entry)."""
    conn = demo_store.db.conn
    top = conn.execute("SELECT max(docid) FROM search_rows").fetchone()[0]
    with demo_store.transaction():
        for docid in (top + 1, top + 2):
            conn.execute(
                "INSERT INTO search (rowid, table_name, title) VALUES (?, 'talking_points', 'Qzorphanmarker')", (docid,)
            )
    point = _point(demo_store)
    new = replace(point, id="new-point", text="A new line")
    if how == "put":
        demo_store.put(new)
    elif how == "load":
        demo_store.load(OTHER_DOSSIER)
    else:
        with demo_store.transaction():
            conn.execute("DELETE FROM search WHERE rowid = ?", (_docid(demo_store, point),))
            conn.execute("DELETE FROM search_rows WHERE table_name = 'talking_points' AND row_id = ?", (point.id,))
            search_text.reindex(conn, model.TalkingPoint, None)
    assert not demo_store.search("Qzorphanmarker")
    assert search_text.agrees(conn)


OTHER_DOSSIER = {
    "format": "negoprep-dossier",
    "version": 1,
    "dossier": {"id": "other-dossier", "title": "Another negotiation"},
    "tracks": [{"id": "other-track", "name": "Fisheries"}],
}
