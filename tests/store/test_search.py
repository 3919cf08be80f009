"""Search ranks in the index and reads only the records it shows; the section filter goes from
the entries found to their rows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from negoprep.records import model
from negoprep.store import database, engine
from negoprep.store.migrations import current_version
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.search_index import index_words


def _dossier(dossier_id: str, texts: list[str]) -> dict[str, Any]:
    """A dossier document with one agenda item and a talking point of each text."""
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": dossier_id, "title": f"Dossier {dossier_id}"},
        "tracks": [{"id": f"{dossier_id}-track", "name": "Trade"}],
        "agenda_items": [{"id": f"{dossier_id}-item", "track": f"{dossier_id}-track", "title": "Agenda"}],
        "talking_points": [
            {"id": f"{dossier_id}-point-{n}", "agenda_item": f"{dossier_id}-item", "text": text}
            for n, text in enumerate(texts)
        ],
    }


def test_search_gives_the_best_first_with_the_words_around_the_match(store: Store) -> None:
    store.load(
        _dossier(
            "d1",
            [
                "Quotas on steel are discussed at length after the opening statements of both sides, "
                "then the delegation turns to the question of zebra crossings near the port",
                "zebra zebra",
                "nothing to see",
            ],
        )
    )
    hits = store.search("zebra", "d1")
    assert [h.row_id for h in hits] == ["d1-point-1", "d1-point-0"]  # the newest first
    assert hits[0].snippet == "[zebra] [zebra]"
    assert hits[1].snippet == "…the delegation turns to the question of [zebra] crossings near the port"
    assert (hits[1].table, hits[1].dossier_id, hits[1].kind) == ("talking_points", "d1", model.TalkingPoint.noun)


def test_records_whose_titles_hold_every_word_come_first_then_the_others_newest_first(store: Store) -> None:
    """Best first: a title holding every word typed (in any of its parts, Korean too) before
    a record that holds them elsewhere; the newest first within each."""
    titles = ["Zebra quota", "Fisheries", "Zebra crossing 관세율", "Ports", "Zebra crossings at the port"]
    descriptions = ["", "the zebra question", "", "zebra crossing near the port", "quota"]
    document = _dossier("d1", [])
    document["agenda_items"] = [
        {"id": f"d1-item-{n}", "track": "d1-track", "title": title, "description": description}
        for n, (title, description) in enumerate(zip(titles, descriptions, strict=True))
    ]
    store.load(document)

    def found(text: str, limit: int = 50) -> list[str]:
        return [h.row_id for h in store.search(text, "d1", limit=limit)]

    assert found("zebra") == ["d1-item-4", "d1-item-2", "d1-item-0", "d1-item-3", "d1-item-1"]
    assert found("zebra", limit=4) == ["d1-item-4", "d1-item-2", "d1-item-0", "d1-item-3"]
    assert found("zebra", limit=2) == ["d1-item-4", "d1-item-2"]
    assert found("zebra quota") == ["d1-item-0", "d1-item-4"]  # every word in a title, or in the record
    assert found("crossing") == ["d1-item-4", "d1-item-2", "d1-item-3"]
    assert found("세율") == ["d1-item-2"]  # a part of a Korean word in a title


def test_a_query_that_finds_many_gives_as_many_as_asked(store: Store) -> None:
    store.load(_dossier("d1", [f"zebra number {n}" for n in range(30)]))
    for limit in (3, 5, 12):
        hits = store.search("zebra", "d1", limit=limit)
        assert len({h.row_id for h in hits}) == len(hits) == limit
    assert len(store.search("zebra", "d1", limit=100)) == 30
    assert store.search("zebra", "d1", limit=0) == []


def test_a_search_in_one_dossier_leaves_out_a_dossier_whose_id_has_the_same_words(
    store: Store,
) -> None:
    """The index narrows to a dossier by the words of its id: "Alpha 1" and "alpha-1" share
    them. Only the dossier asked for is shown, and as many of its records as asked."""
    store.load(_dossier("alpha-1", [f"zebra one {n}" for n in range(4)]))
    store.load(_dossier("Alpha 1", [f"zebra zebra two {n}" for n in range(4)]))  # found first (newest)
    for dossier_id in ("alpha-1", "Alpha 1"):
        for limit in (1, 3, 50):
            hits = store.search("zebra", dossier_id, limit=limit)
            assert {h.dossier_id for h in hits} == {dossier_id}
            assert len(hits) == min(limit, 4)
    assert len(store.search("zebra")) == 8


def test_a_deleted_record_is_not_found(store: Store) -> None:
    store.load(_dossier("d1", ["zebra one", "zebra two"]))
    point = store.get(model.TalkingPoint, "d1-point-0")
    assert point is not None
    store.delete(point)
    assert [h.row_id for h in store.search("zebra", "d1")] == ["d1-point-1"]
    assert list(store.page(model.TalkingPoint, store.rowids(model.TalkingPoint, "d1", text="zebra"))) == [
        store.get(model.TalkingPoint, "d1-point-1")
    ]


def test_the_section_filter_keeps_its_order_its_conditions_and_its_dossier(store: Store) -> None:
    store.load(_dossier("d1", ["b zebra", "c", "a zebra", "zebra d"]))
    store.load(_dossier("d2", ["zebra elsewhere"]))

    def texts(**asked: Any) -> list[str]:
        return [p.text for p in store.page(model.TalkingPoint, store.rowids(model.TalkingPoint, "d1", **asked))]

    assert texts(text="zebra") == ["b zebra", "a zebra", "zebra d"]
    assert texts(text="zebra", order="text") == ["a zebra", "b zebra", "zebra d"]
    assert texts(text="zebra", order="text", descending=True) == ["zebra d", "b zebra", "a zebra"]
    assert texts(text="zebra", order="agenda_item_id") == ["b zebra", "a zebra", "zebra d"]
    assert texts(text="zebra", equals={"kind": "point"}) == ["b zebra", "a zebra", "zebra d"]
    assert texts(text="zebra", equals={"kind": "press"}) == []
    assert texts(text="nowhere") == []
    assert store.rowids(model.AgendaItem, "d1", text="zebra").tolist() == []


# --- the index keeps no copy of the texts (schema version 11) ------------------------------------

FIXTURES = Path(__file__).parent.parent / "fixtures" / "stores"
QUERIES = ("LNG", "tariff", "semicond", "defense cost", "Alaska", "us", "quota", "a", "nothing-like-it")


def test_the_index_keeps_no_copy_of_the_texts(demo_store: Store) -> None:
    conn = demo_store.db.conn
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "search_content" not in tables
    assert conn.execute("SELECT count(*) FROM search").fetchone()[0] > 0
    assert set(conn.execute("SELECT title, body, title_grams, body_grams FROM search")) == {(None,) * 4}
    hits = demo_store.search("LNG")
    assert hits and all("[LNG]" in h.snippet or "[lng]" in h.snippet.lower() for h in hits)


def test_a_version_10_store_migrates_and_searches_the_same(tmp_path: Path) -> None:
    path = tmp_path / "v10.db"
    shutil.copy(FIXTURES / "v10.db", path)
    conn = engine.connect(path)
    try:
        # what the version 10 index finds for each query, by the texts it kept
        before = {
            q: sorted(
                conn.execute("SELECT table_name, row_id FROM search WHERE search MATCH ?", (database.fts_query(q),))
            )
            for q in QUERIES
        }
        revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        conn.close()
    assert any(before.values())
    with Store.open(path, AUTHOR) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
        assert store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == revisions
        dossier_id = store.dossiers()[0].id
        for q, found in before.items():
            hits = store.search(q, dossier_id, limit=1000)
            assert sorted((h.table, h.row_id) for h in hits) == found, q
            assert all("[" in h.snippet for h in hits if q.isascii() and q not in ("a", "us")), q
        assert_same_index_as_written(store)


def assert_same_index_as_written(store: Store) -> None:
    """The index holds what the store's own writer writes for every record."""
    merged = index_words(store.db.conn)
    with store.transaction():
        for rtype in model.RECORD_TYPES:
            for row in store.db.rows(f"SELECT * FROM {rtype.table}"):
                database.index_row(store.db.conn, rtype, row, bool(row["deleted"]))
        assert index_words(store.db.conn) == merged
