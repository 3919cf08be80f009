"""Search finds any part of a Korean, Chinese or Japanese word of two or more characters, and
text is indexed and queried in one normal form (NFC), whichever door it came in by."""

from __future__ import annotations

import dataclasses
import shutil
import unicodedata
from pathlib import Path

import pytest

from negoprep.cli import main
from negoprep.records import model
from negoprep.store import database, search_text
from negoprep.store.engine import sqlite
from negoprep.store.sharing import opened_shared
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.planting import in_history

FIXTURES = Path(__file__).parents[1] / "fixtures" / "stores"

#: (table, index of the record in the demo's list, field, Korean / Chinese / Japanese text)
WRITTEN = [
    ("agenda_items", 0, "title", "상호관세 면제 요청"),
    ("agenda_items", 1, "title", "자동차관세 인하"),
    ("talking_points", 0, "text", "방위비분담금 인상 요구에 대응한다"),
    ("talking_points", 1, "text", "대미 무역흑자 축소 방안"),
    ("talking_points", 2, "text", "3,500억달러 대미 투자 패키지"),
    ("notes", 0, "text", "반도체 수출 통제에 관한 메모"),
    ("red_lines", 0, "title", "半导体出口管制不可接受"),
    ("talking_points", 3, "text", "自動車関税の引き下げを求める"),
]

#: what a person types → the texts it must find (a part of a longer word, each)
PARTS = [
    ("관세", {"상호관세 면제 요청", "자동차관세 인하"}),
    ("분담금", {"방위비분담금 인상 요구에 대응한다"}),
    ("흑자", {"대미 무역흑자 축소 방안"}),
    ("달러", {"3,500억달러 대미 투자 패키지"}),
    ("동차", {"자동차관세 인하"}),
    ("자동차관세", {"자동차관세 인하"}),
    ("상호관세 요청", {"상호관세 면제 요청"}),  # two parts, both in the record
    ("억달러 투자", {"3,500억달러 대미 투자 패키지"}),
    ("500억달러", {"3,500억달러 대미 투자 패키지"}),
    ("반도체", {"반도체 수출 통제에 관한 메모"}),
    ("도체", {"반도체 수출 통제에 관한 메모"}),
    ("导体", {"半导体出口管制不可接受"}),
    ("出口管制", {"半导体出口管制不可接受"}),
    ("関税", {"自動車関税の引き下げを求める"}),
    ("引き下げ", {"自動車関税の引き下げを求める"}),
]

#: parts that are not in any text: across a space, across two words, one part missing
ABSENT = ["세면", "관세인하", "억달러 반도체", "관세면", "导体关税"]


def _texts(hits: list[model.SearchHit], store: Store) -> set[str]:
    """The text each record found holds (its searched fields, one per line)."""
    found = set()
    for hit in hits:
        rtype = model.BY_TABLE[hit.table]
        record = store.get(rtype, hit.row_id)
        assert record is not None
        found.add("\n".join(str(getattr(record, name) or "") for name in rtype.text_fields))
    return found


def _holding(found: set[str], wanted: set[str]) -> bool:
    """Whether every text wanted is in a record found."""
    return all(any(text in each for each in found) for text in wanted)


def write_korean(store: Store) -> str:
    """Give some of the demo's records the texts of WRITTEN; returns the dossier id."""
    dossier_id = store.dossiers()[0].id
    content = store.content(dossier_id)
    for table, n, name, text in WRITTEN:
        record = getattr(content, table)[n]
        store.put(dataclasses.replace(record, **{name: text}))
    return dossier_id


@pytest.fixture
def korean_store(demo_store: Store) -> Store:
    write_korean(demo_store)
    return demo_store


@pytest.mark.parametrize(("typed", "wanted"), PARTS, ids=[p[0] for p in PARTS])
def test_a_part_of_a_cjk_word_is_found(korean_store: Store, typed: str, wanted: set[str]) -> None:
    dossier_id = korean_store.dossiers()[0].id
    found = _texts(korean_store.search(typed, dossier_id, limit=200), korean_store)
    assert _holding(found, wanted)
    for text in found:  # and nothing that does not hold every part typed
        assert all(part in text for part in typed.split()), text


@pytest.mark.parametrize("typed", ABSENT)
def test_what_is_not_written_is_not_found(korean_store: Store, typed: str) -> None:
    assert korean_store.search(typed, limit=200) == []


def test_a_match_is_marked_in_the_snippet(korean_store: Store) -> None:
    hits = korean_store.search("흑자")
    assert [h.snippet for h in hits] == ["대미 무역[흑자] 축소 방안"]


def test_a_cjk_query_is_marked_without_fts5_as_fts5_would_mark_it(korean_store: Store, monkeypatch) -> None:
    """A query of CJK parts alone has its parts marked in the texts shown, with no index of
    them made (search_text.Marker): the hits and snippets are those the marking by FTS5
    gives, and FTS5 is asked only for an entry where no part is found as typed."""
    content = korean_store.content(korean_store.dossiers()[0].id)
    korean_store.put(dataclasses.replace(content.notes[1], text="알래스카LNG구매 검토"))
    # (a capital dotted I is two characters in lower case: the part is found in the text's
    # own positions all the same)
    odd = korean_store.put(dataclasses.replace(content.talking_points[5], text="İstanbul관세협의"))
    # (a part found by the index but not as typed, an accent apart: FTS5 is asked for that entry)
    accented = korean_store.put(dataclasses.replace(content.talking_points[6], text="café관세 협의"))
    typed = [p[0] for p in PARTS] + ["lng구매", "LNG구", "스카", "관", "cafe관세"]
    asked: dict[str, int] = {}
    snippets = search_text.Marker.snippets

    def counted(self, entries, query):
        asked[query] = asked.get(query, 0) + len(entries)
        return snippets(self, entries, query)

    monkeypatch.setattr(search_text.Marker, "snippets", counted)
    fast = {t: korean_store.search(t, limit=200) for t in typed}
    assert all(search_text.only_cjk_parts(t) is not None for t in typed)
    assert [h.snippet for h in fast["lng구매"]] == ["알래스카[LNG구매] 검토"]
    assert {query for query, entries in asked.items() if entries} == {database.fts_query("cafe관세")}
    assert [h.row_id for h in fast["cafe관세"]] == [accented.id]
    assert {h.snippet for h in fast["관세"] if h.row_id in (odd.id, accented.id)} == {
        "İstanbul[관세]협의",
        "café[관세] 협의",
    }
    monkeypatch.setattr(search_text, "only_cjk_parts", lambda text: None)  # (FTS5 marks every entry)
    assert fast == {t: korean_store.search(t, limit=200) for t in typed}
    assert search_text.only_cjk_parts("관세 tariff") is None and search_text.only_cjk_parts("a_관세") is None


def test_latin_search_is_as_it_was(korean_store: Store) -> None:
    assert korean_store.search("semicond")  # a prefix of a word
    assert korean_store.search("emicond") == []  # not any part of a Latin word


def test_the_command_line_finds_parts(korean_store: Store, capsys) -> None:
    path = korean_store.path
    korean_store.close()
    code = main(["--store", str(path), "search", "관세"])
    out = capsys.readouterr().out
    # (the part found marked, in the title line where the title is all the record's text)
    assert code == 0 and "상호[관세] 면제 요청" in out and "자동차[관세] 인하" in out
    code = main(["--store", str(path), "search", "동차"])
    assert code == 0 and "자[동차]관세 인하" in capsys.readouterr().out


@pytest.mark.parametrize(("typed", "wanted"), PARTS, ids=[p[0] for p in PARTS])
def test_the_section_filter_agrees_with_search(korean_store: Store, typed: str, wanted: set[str]) -> None:
    dossier_id = korean_store.dossiers()[0].id
    hits = korean_store.search(typed, dossier_id, limit=10_000)
    for rtype in (model.AgendaItem, model.TalkingPoint, model.Note, model.RedLine):
        filtered = korean_store.page(rtype, korean_store.rowids(rtype, dossier_id, text=typed))
        assert {r.id for r in filtered} == {h.row_id for h in hits if h.table == rtype.table}, rtype.table


# --- one normal form ----------------------------------------------------------------------------


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_decomposed_query_finds_composed_text(korean_store: Store) -> None:
    assert nfd("반도체") != "반도체"
    dossier_id = korean_store.dossiers()[0].id
    assert [h.snippet for h in korean_store.search(nfd("반도체"))] == ["[반도체] 수출 통제에 관한 메모"]
    assert _holding(_texts(korean_store.search(nfd("관세")), korean_store), {"자동차관세 인하"})
    rowids = korean_store.rowids(model.Note, dossier_id, text=nfd("도체"))
    assert [n.text for n in korean_store.page(model.Note, rowids)] == ["반도체 수출 통제에 관한 메모"]


def test_latin_is_one_normal_form_too(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    note = demo_store.content(dossier_id).notes[0]
    demo_store.put(dataclasses.replace(note, text="Réunion à Genève"))
    for typed in ("Genève", nfd("Genève"), "Réunion", nfd("réunion")):
        assert [h.row_id for h in demo_store.search(typed)] == [note.id], typed
    assert _index_is_nfc(demo_store.db.conn)


def _index_is_nfc(conn: sqlite.Connection) -> bool:
    """Whether every word the index holds is composed (NFC): read from the index's vocabulary,
    since a contentless index keeps no texts."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search, row)")
    try:
        return all(
            unicodedata.is_normalized("NFC", term) for (term,) in conn.execute("SELECT term FROM temp.search_words")
        )
    finally:
        conn.execute("DROP TABLE temp.search_words")


def _plant_decomposed(conn: sqlite.Connection, table: str, row_id: str, column: str, text: str) -> None:
    """Write decomposed text into a record and its index entry (as the index of version 5 was
    written), past every check, as another program or an older version could have left it."""
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (nfd(text), row_id))
    rtype = model.BY_TABLE[table]
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    fields = [f for f in rtype.text_fields if f in present]  # (a file of an earlier version has fewer)
    texts = conn.execute(f"SELECT {', '.join(fields)} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    docid = conn.execute(
        "SELECT docid FROM search_rows WHERE table_name = ? AND row_id = ?", (table, row_id)
    ).fetchone()[0]
    body = "\n".join(t for t in texts[1:] if t)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()
    if "content = ''" in sql:  # (an index that keeps no texts: its entry is written again)
        dossier = (
            row_id
            if table == "dossiers"
            else conn.execute(f"SELECT dossier_id FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
        )
        conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
        conn.execute(
            "INSERT INTO search (rowid, table_name, row_id, dossier_id, title, body, title_grams, body_grams) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (docid, table, row_id, dossier, texts[0], body, search_text.grams(texts[0]), search_text.grams(body)),
        )
    else:
        conn.execute("UPDATE search SET title = ?, body = ? WHERE rowid = ?", (texts[0], body, docid))
    in_history(conn, table, row_id, column)  # as another system's negoprep wrote it
    conn.commit()


def test_a_salvaged_row_is_indexed_composed(store: Store) -> None:
    """The index writer itself composes what it is given (a salvaged row is not normalised)."""
    dossier = store.put(model.Dossier(id="d-salvaged", title="x"))
    row = {**store.db.rows("SELECT * FROM dossiers")[0], "title": nfd("반도체 수출"), "objective": nfd("Genève")}
    with store.transaction():
        database.index_row(store.db.conn, model.Dossier, row, False)
    assert [h.row_id for h in store.search("도체")] == [dossier.id]
    assert [h.row_id for h in store.search("Genève")] == [dossier.id]
    assert _index_is_nfc(store.db.conn)


def test_an_older_store_gets_the_new_index(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    shutil.copy(FIXTURES / "v5.db", path)
    conn = sqlite.connect(path)
    item_id = conn.execute("SELECT id FROM agenda_items ORDER BY position LIMIT 1").fetchone()[0]
    _plant_decomposed(conn, "agenda_items", item_id, "title", "상호관세 면제 요청")
    conn.close()
    with Store.open(path, AUTHOR) as store:
        for typed in ("관세", "상호관세", "면제", nfd("요청"), "LNG"):
            assert item_id in {h.row_id for h in store.search(typed, limit=200)}, typed
        assert _index_is_nfc(store.db.conn)


def test_a_received_file_is_indexed_composed(korean_store: Store, tmp_path: Path) -> None:
    dossier_id = korean_store.dossiers()[0].id
    note = korean_store.content(dossier_id).notes[0]
    path = korean_store.path
    korean_store.close()
    conn = sqlite.connect(path)
    _plant_decomposed(conn, "notes", note.id, "text", "반도체 수출 통제에 관한 메모")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with opened_shared(path) as copy:
        with Store.open(copy, AUTHOR, readonly=True) as received:
            assert [h.row_id for h in received.search("반도체")] == [note.id]
            assert _index_is_nfc(received.db.conn)
        # (closed first: a merge refuses a file that a store of this process holds open)
        with Store.open(tmp_path / "mine.db", AUTHOR) as mine:
            mine.merge_file(copy)
            assert [h.row_id for h in mine.search("도체")] == [note.id]
            assert _index_is_nfc(mine.db.conn)


# --- received files ------------------------------------------------------------------------------


def test_a_received_file_with_the_new_index_verifies_and_one_without_it_is_refused(
    korean_store: Store, tmp_path: Path
) -> None:
    from negoprep.store.migrations import current_version
    from negoprep.store.verify import VerifyError, verify_file

    path = korean_store.path
    korean_store.close()
    conn = sqlite.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert verify_file(path).version == current_version()
    assert verify_file(FIXTURES / "v5.db").version == 5  # the previous version's index, as it was
    # this version's file with the previous version's index is not a file negoprep writes
    old = tmp_path / "old-index.db"
    shutil.copy(path, old)
    conn = sqlite.connect(old)
    conn.execute("DROP TABLE search")
    conn.execute(
        "CREATE VIRTUAL TABLE search USING fts5(table_name, dossier_id, title, body, row_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(VerifyError, match='"search" is not defined as negoprep defines it'):
        verify_file(old)


def test_a_latin_word_inside_a_korean_word_is_found_by_itself(store) -> None:
    """ "LNG" in 알래스카LNG구매 and "FTA" in 대미FTA: a Latin run written against Hangul is a word."""
    from negoprep.store.search_text import grams

    assert "LNG" in grams("알래스카LNG구매 검토").split()
    assert "FTA" in grams("대미FTA 협정").split()
    assert grams("Alaska LNG") == ""


def test_a_query_of_many_repeated_words_is_asked_once_per_word() -> None:
    from negoprep.store.search_text import MOST_WORDS, query

    assert query("관세 " * 300) == query("관세")
    assert query(" ".join(f"w{n}" for n in range(1000))).count(" AND ") == MOST_WORDS - 1


def test_search_finds_the_latin_word_inside_a_korean_title(store) -> None:
    from negoprep.records import model

    dossier = store.put(model.Dossier(id="d", title="시험"))
    track = store.put(model.Track(id="t", dossier_id=dossier.id, name="에너지"))
    store.put(model.AgendaItem(id="a", dossier_id=dossier.id, track_id=track.id, title="알래스카LNG구매 검토"))
    assert [hit.row_id for hit in store.search("LNG")] == ["a"]
    assert [hit.row_id for hit in store.search("lng 구매")] == ["a"]
    assert list(store.rowids(model.AgendaItem, dossier.id, text="LNG")) == [store.rowid_of(model.AgendaItem, "a")]
