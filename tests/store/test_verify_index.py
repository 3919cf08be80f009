"""Verify: a received file whose search index and `search_rows` do not correspond one to one
with its live records is refused, each way with its own one-line message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from negoprep import i18n
from negoprep.store import engine, search_text
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file


@pytest.fixture
def good(demo_store: Store, tmp_path: Path) -> Path:
    """An export holding a deleted record (a tombstone, with no index entry)."""
    demo_store.delete(demo_store.content(demo_store.dossiers()[0].id).talking_points[-1])
    out = tmp_path / "good.db"
    export_store(demo_store, out)
    return out


def _tamper(path: Path, work: Callable[[engine.sqlite.Connection], None]) -> None:
    conn = engine.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        work(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _plant(conn: engine.sqlite.Connection, docid: int) -> None:
    conn.execute(
        "INSERT INTO search (rowid, table_name, row_id, dossier_id, title, body, title_grams, body_grams) "
        "VALUES (?, 'talking_points', '', '', 'Qzplanted', '극비양보안', '', ?)",
        (docid, search_text.grams("극비양보안")),
    )


def _a_point(conn: engine.sqlite.Connection) -> tuple[str, int]:
    return conn.execute(
        "SELECT p.id, s.docid FROM talking_points p JOIN search_rows s ON s.table_name = 'talking_points' "
        "AND s.row_id = p.id WHERE p.deleted = 0 ORDER BY p.id LIMIT 1"
    ).fetchone()


def _orphan(conn: engine.sqlite.Connection) -> None:
    _plant(conn, 9_000_001)


def _row_without_entry(conn: engine.sqlite.Connection) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (_a_point(conn)[1],))


def _record_without_row(conn: engine.sqlite.Connection) -> None:
    docid = _a_point(conn)[1]
    conn.execute("DELETE FROM search WHERE rowid = ?", (docid,))
    conn.execute("DELETE FROM search_rows WHERE docid = ?", (docid,))


def _row_of_a_tombstone(conn: engine.sqlite.Connection) -> None:
    point_id = conn.execute("SELECT id FROM talking_points WHERE deleted = 1").fetchone()[0]
    conn.execute("INSERT INTO search_rows VALUES (9000002, 'talking_points', ?)", (point_id,))
    _plant(conn, 9_000_002)


def _emptied(conn: engine.sqlite.Connection) -> None:
    conn.execute("INSERT INTO search(search) VALUES ('delete-all')")


CASES = [
    (_orphan, "its search index holds an entry (9000001) that no record owns"),
    (_row_without_entry, "its search index has no entry for talking_points"),
    (_record_without_row, "its search index has no entry for talking_points"),
    (_row_of_a_tombstone, "its search index holds an entry of a deleted record (talking_points"),
    (_emptied, "its search index has no entry for"),
]


def test_the_good_file_is_accepted(good: Path) -> None:
    assert verify_file(good).records > 100


@pytest.mark.parametrize(("tamper", "said"), CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_an_index_that_does_not_match_its_records_is_refused(good: Path, tamper, said: str) -> None:
    _tamper(good, tamper)
    with pytest.raises(VerifyError) as caught:
        verify_file(good)
    message = str(caught.value)
    assert said in message, message
    assert "\n" not in message


def test_the_refusal_goes_through_the_translation(good: Path) -> None:
    _tamper(good, _orphan)
    i18n.install("en", lambda context, text, disambiguation, n: "«" + text + "»")
    try:
        with pytest.raises(VerifyError) as caught:
            verify_file(good)
    finally:
        i18n.install("en", None)
    assert "«its search index holds an entry (9000001) that no record owns»" in str(caught.value)


def test_an_entry_of_a_row_of_another_table_is_refused(good: Path) -> None:
    """A search_rows row naming a record by the id of a row of another table."""

    def work(conn: engine.sqlite.Connection) -> None:
        docid = _a_point(conn)[1]
        item = conn.execute("SELECT id FROM agenda_items WHERE deleted = 0 LIMIT 1").fetchone()[0]
        conn.execute("UPDATE search_rows SET row_id = ? WHERE docid = ?", (item, docid))

    _tamper(good, work)
    with pytest.raises(VerifyError, match="search"):
        verify_file(good)
