"""The store file: recognised, protected, and every change recorded with its revision."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.errors import StoreError
from negoprep.records import model
from negoprep.store.database import fts_query
from negoprep.store.migrations import APPLICATION_ID, current_version
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from tests.conftest import AUTHOR

OTHER = model.Author(id="00000000-0000-4000-8000-000000000002", name="Other Author")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_id(store: Store) -> str:
    return store.dossiers()[0].id


def test_new_store_is_marked_and_configured(store: Store) -> None:
    conn = store.db.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_tables_match_the_records() -> None:
    with Store.open(None, AUTHOR) as s:
        for rtype in model.RECORD_TYPES:
            columns = [row[1] for row in s.db.conn.execute(f"PRAGMA table_info({rtype.table})")]
            assert columns == rtype.columns(), rtype.table
            assert columns[:6] == ["id", *model.BOOKKEEPING], rtype.table


def test_every_change_writes_row_revision_and_index(demo_store: Store) -> None:
    content = demo_store.content(demo_id(demo_store))
    item = content.agenda_items[0]
    assert len(demo_store.history(model.AgendaItem, item.id)) == 1

    changed = demo_store.put(replace(item, our_position="Seek a zero tariff on kimchi refrigerators"))
    history = demo_store.history(model.AgendaItem, item.id)
    assert [r.op for r in history] == ["insert", "update"]
    assert history[1].parents == (history[0].id,)
    assert history[1].snapshot["our_position"] == "Seek a zero tariff on kimchi refrigerators"
    assert history[1].author_name == AUTHOR.name
    assert changed.rev == history[1].id and changed.updated_at >= item.updated_at
    assert changed.created_at == item.created_at
    assert [h.row_id for h in demo_store.search("kimchi")] == [item.id]

    # writing the same content again is not a change
    demo_store.put(changed)
    assert len(demo_store.history(model.AgendaItem, item.id)) == 2


def test_delete_is_a_tombstone_with_a_revision(demo_store: Store) -> None:
    content = demo_store.content(demo_id(demo_store))
    package = content.packages[0]
    demo_store.delete(package)
    stored = demo_store.get(model.Package, package.id)
    assert stored is not None and stored.deleted
    assert demo_store.history(model.Package, package.id)[-1].op == "delete"
    for child in package.items:  # its items go with it
        assert demo_store.get(model.PackageItem, child.id).deleted
    after = demo_store.content(content.dossier.id)
    assert package.id not in {p.id for p in after.packages}
    assert not [h for h in demo_store.search(package.name) if h.row_id == package.id]


def test_a_failed_change_leaves_nothing(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    before = demo_store.dump(dossier_id)
    revisions = demo_store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    item = demo_store.content(dossier_id).agenda_items[0]
    with pytest.raises(RuntimeError), demo_store.transaction():
        demo_store.put(replace(item, title="Half-written"))
        raise RuntimeError("power cut")
    assert demo_store.dump(dossier_id) == before
    assert demo_store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == revisions
    assert demo_store.search("Half-written") == []


def test_a_rejected_row_leaves_nothing(demo_store: Store) -> None:
    item = demo_store.content(demo_id(demo_store)).agenda_items[0]
    with pytest.raises(InvalidChangeError, match="'priority' must be between 1 and 5, not 9"):
        demo_store.put(replace(item, title="Out of range", priority=9))
    assert demo_store.search("Out of range") == []
    assert len(demo_store.history(model.AgendaItem, item.id)) == 1


def test_search_finds_every_kind_of_text(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    content = demo_store.content(dossier_id)
    samples = {
        "agenda_items": content.agenda_items[0].title,
        "talking_points": content.talking_points[0].text,
        "red_lines": content.red_lines[0].title,
        "notes": content.notes[0].text,
        "checklist_items": content.checklists[0].items[0].text,
    }
    for table, text in samples.items():
        words = " ".join(text.split()[:4])
        hits = demo_store.search(words, dossier_id, limit=200)
        assert table in {h.table for h in hits}, (table, words)


def test_search_takes_any_typed_text(demo_store: Store) -> None:
    assert isinstance(demo_store.search('"unbalanced (quote* AND OR NEAR'), list)  # FTS syntax is not the user's
    assert demo_store.search("") == []
    assert demo_store.search("   ") == []
    words = "{title body title_grams body_grams}"
    assert fts_query('tariff "relief') == f'({words} : "tariff"*) AND ({words} : "relief"*)'
    hits = demo_store.search("semicond")  # a prefix finds the word
    assert any("semiconductor" in h.title.lower() for h in hits)


def test_not_a_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a store" * 10)
    before = digest(path)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(path, AUTHOR)
    assert digest(path) == before


def test_another_apps_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another application's database"):
        Store.open(path, AUTHOR)
    assert digest(path) == before


def test_a_store_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path, AUTHOR).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {current_version() + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="newer negoprep"):
        Store.open(path, AUTHOR)
    assert digest(path) == before
    assert not list(tmp_path.glob("future.db-*")), "no WAL or journal file was made"


def test_missing_store_is_not_made_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "absent.db", AUTHOR, create=False)
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no-such-folder" / "s.db", AUTHOR)


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path, AUTHOR) as s:
        assert s.dossiers() == []


@pytest.mark.parametrize("how", ["asked", "file not writable"])
def test_read_only_store_reads_and_refuses_changes(demo_store: Store, how: str, monkeypatch) -> None:
    path = demo_store.path
    demo_store.close()
    before = digest(path)
    if how == "file not writable":
        # tests may run as root, for whom chmod does not stop writing: say so through os.access
        monkeypatch.setattr("negoprep.store.connection.os.access", lambda p, mode: False)
    with Store.open(path, OTHER, readonly=how == "asked") as s:
        assert s.readonly
        dossier = s.dossiers()[0]
        assert s.content(dossier.id).agenda_items
        with pytest.raises(StoreError, match="read-only"):
            s.put(replace(dossier, title="Changed"))
    assert digest(path) == before


def test_two_connections_do_not_fail_as_locked(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    with Store.open(demo_store.path, OTHER) as second, demo_store.transaction():
        demo_store.put(replace(dossier, venue="Seoul"))
        # the other connection still reads the last committed state while a write is open
        assert second.dossiers()[0].venue == dossier.venue
    assert Store.open(demo_store.path, OTHER).dossiers()[0].venue == "Seoul"


def test_find_dossier_by_id_prefix_or_title(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    assert demo_store.find_dossier(dossier.id[:8]).id == dossier.id
    assert demo_store.find_dossier(dossier.title.upper()).id == dossier.id
    with pytest.raises(StoreError, match="no dossier"):
        demo_store.find_dossier("no such negotiation")


def test_a_start_of_an_id_too_short_to_be_taken_says_how_long_it_must_be(store: Store) -> None:
    store.put(model.Dossier(id="d-fish", title="EU–UK fisheries"))
    assert store.find_dossier("d-fi").id == "d-fish"
    with pytest.raises(StoreError, match="give at least 4 characters of an id"):
        store.find_dossier("d-f")
    with pytest.raises(StoreError, match="no dossier") as refused:
        store.find_dossier("x")
    assert "4 characters" not in str(refused.value)


def test_an_id_is_found_with_spaces_around_it_and_in_any_case(store: Store) -> None:
    store.put(model.Dossier(id="51cbf1db-7a2e", title="EU–UK fisheries"))
    store.put(model.Dossier(id="9e0d44aa-1b2c", title="Other"))
    for ref in (" 51cbf1db-7a2e ", "51CBF1DB-7A2E", "51CBF1DB", "\t51cbf1db\n", " 51cB "):
        assert store.find_dossier(ref).id == "51cbf1db-7a2e", ref
    with pytest.raises(StoreError, match="give at least 4 characters of an id"):
        store.find_dossier(" 51C ")


def test_an_exact_id_wins_over_one_that_differs_only_in_case(store: Store) -> None:
    store.put(model.Dossier(id="abcd-1", title="Lower"))
    store.put(model.Dossier(id="ABCD-1", title="Upper"))
    assert store.find_dossier("ABCD-1").title == "Upper"
    assert store.find_dossier("abcd-1").title == "Lower"
    with pytest.raises(StoreError, match="fits more than one dossier"):
        store.find_dossier("Abcd-1")


def test_a_dossier_with_a_blank_title_can_be_named_by_its_title(store: Store) -> None:
    from tests.planting import plant

    # (the store refuses a blank title; an older file or another program may hold one)
    plant(store, model.Dossier(id="d-blank", title="   "))
    store.put(model.Dossier(id="d-fish", title="EU–UK fisheries"))
    assert store.find_dossier("   ").id == "d-blank"
    assert store.find_dossier(" ").id == "d-blank"
    assert store.find_dossier("").id == "d-blank"
    plant(store, model.Dossier(id="d-blank2", title="\t"))
    with pytest.raises(StoreError, match="fits more than one dossier"):
        store.find_dossier(" ")


def test_a_blank_ref_names_no_dossier_when_none_is_blank(store: Store) -> None:
    store.put(model.Dossier(id="d-fish", title="EU–UK fisheries"))
    with pytest.raises(StoreError, match="no dossier"):
        store.find_dossier("  ")
