"""A record belongs to one dossier forever: a merge never moves it, and an id names one
record of one kind. A colleague's file whose records reuse ids of mine in another dossier,
or give one id to two kinds of record, is refused whole, with one line naming the first
records that collide; the store is left as it was, by every door a merge comes in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from negoprep.cli import main
from negoprep.errors import StoreError
from negoprep.records import model
from negoprep.store import backups
from negoprep.store.merge import MergeRefusedError
from negoprep.store.store import Store
from tests import revision_edit
from tests.revision_edit import edited
from tests.store.test_merge import ALICE, BOB, fingerprint


def readable_doc(dossier_id: str, title: str, words: str) -> dict[str, Any]:
    """A dossier with the readable ids the format's documentation shows."""
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": dossier_id, "title": title},
        "tracks": [{"id": "t-1", "name": f"{words} track"}, {"id": "t-2", "name": f"{words} second track"}],
        "agenda_items": [{"id": "a-1", "track": "t-1", "title": f"{words} item"}],
        "talking_points": [{"id": "tp-1", "agenda_item": "a-1", "text": f"{words} point"}],
        "notes": [{"id": "n-1", "text": f"{words} note"}],
    }


@pytest.fixture
def two_dossiers(tmp_path: Path):
    """My store with "EU–UK fisheries", and a colleague's file with "Korea–US 2+2": the same
    readable ids in both."""
    mine = Store.open(tmp_path / "mine.db", ALICE)
    mine.load(readable_doc("d-fish", "EU–UK fisheries", "Fish"))
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        kim.load(readable_doc("d-korea", "Korea–US 2+2", "Korea"))
        kim.save_copy(tmp_path / "colleague.db")
    yield mine, tmp_path / "colleague.db"
    mine.close()


def backups_of(store: Store) -> list[Path]:
    folder = backups.backup_folder(store.path)
    return sorted(folder.iterdir()) if folder.exists() else []


def test_records_with_my_ids_in_another_dossier_are_refused_and_nothing_moves(two_dossiers) -> None:
    mine, colleague = two_dossiers
    before = fingerprint(mine)
    with pytest.raises(MergeRefusedError) as refused:
        mine.merge_file(colleague, name="colleague.db")
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith('track "t-1" is in dossier "EU–UK fisheries" here and in "Korea–US 2+2" in colleague.db')
    assert "nothing was merged" in message and "(and 4 more)" in message
    assert [p.code for p in refused.value.problems][:2] == ["merge.id_in_two_dossiers", "merge.id_in_two_dossiers"]
    assert isinstance(refused.value, StoreError)  # a person's problem: exit 2, a box, never a traceback
    assert fingerprint(mine) == before
    assert backups_of(mine) == []  # refused before anything was written, a backup included
    # my records are where they were, and my own export still works
    assert mine.get(model.Track, "t-1").dossier_id == "d-fish"
    assert mine.get(model.TalkingPoint, "tp-1").agenda_item_id == "a-1"
    assert mine.pending_conflicts() == []


def test_the_colleagues_dossier_with_other_ids_merges(two_dossiers, tmp_path: Path) -> None:
    mine, _ = two_dossiers
    with Store.open(tmp_path / "kim2.db", BOB) as kim:
        doc = readable_doc("d-korea", "Korea–US 2+2", "Korea")
        for section in ("tracks", "agenda_items", "talking_points", "notes"):
            for record in doc[section]:
                record["id"] = "kr-" + record["id"]
        doc["agenda_items"][0]["track"] = "kr-t-1"
        doc["talking_points"][0]["agenda_item"] = "kr-a-1"
        kim.load(doc)
        kim.save_copy(tmp_path / "renamed.db")
    report = mine.merge_file(tmp_path / "renamed.db")
    assert report.counts["tracks"].added == 2 and report.pending_conflicts == 0
    assert {d.title for d in mine.dossiers()} == {"EU–UK fisheries", "Korea–US 2+2"}
    assert mine.get(model.Track, "t-1").dossier_id == "d-fish"


def test_a_deleted_record_of_mine_is_not_moved_either(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        kim.load(
            {**readable_doc("d-korea", "Korea–US 2+2", "Korea"), "tracks": [], "agenda_items": [], "talking_points": []}
        )
        kim.save_copy(tmp_path / "colleague.db")
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        mine.load({**readable_doc("d-fish", "EU–UK fisheries", "Fish"), "talking_points": []})
        mine.apply("delete", deletes=[mine.get(model.Note, "n-1")])
        before = fingerprint(mine)
        with pytest.raises(MergeRefusedError, match=r'^note "n-1" is in dossier "EU–UK fisheries" here'):
            mine.merge_file(tmp_path / "colleague.db")
        assert fingerprint(mine) == before


def _retag(file: Path, table: str, old: str, new: str) -> None:
    """Give a record of a file another id (its revisions and search entry with it)."""
    conn = revision_edit.connect(file)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new, old))
        conn.execute(
            "UPDATE revisions SET row_id = ?, snapshot = " + edited("json_set(snapshot, '$.id', ?)") + " "
            "WHERE table_name = ? AND row_id = ?",
            (new, new, table, old),
        )
        # (search_rows names the row of an index entry: the index keeps no copy of its id)
        conn.execute("UPDATE search_rows SET row_id = ? WHERE table_name = ? AND row_id = ?", (new, table, old))
    conn.close()


def test_one_id_for_two_kinds_of_record_in_the_file_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        kim.load(readable_doc("d-korea", "Korea–US 2+2", "Korea"))
        kim.save_copy(tmp_path / "colleague.db")
    _retag(tmp_path / "colleague.db", "notes", "n-1", "t-2")  # a note with a track's id
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        before = fingerprint(mine)
        with pytest.raises(MergeRefusedError) as refused:
            mine.merge_file(tmp_path / "colleague.db", name="colleague.db")
        assert str(refused.value).startswith('"t-2" is both a track and a note in colleague.db')
        assert refused.value.problems[0].code == "merge.id_two_kinds_there"
        assert fingerprint(mine) == before and mine.dossiers() == []


def test_one_id_for_two_kinds_of_record_across_the_files_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        kim.load(readable_doc("d-korea", "Korea–US 2+2", "Korea"))
        kim.save_copy(tmp_path / "colleague.db")
    _retag(tmp_path / "colleague.db", "notes", "n-1", "x-1")
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        mine.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d-korea", "title": "Korea–US 2+2"}})
        mine.apply("add", puts=[model.Track(id="x-1", dossier_id="d-korea", name="Mine")])
        before = fingerprint(mine)
        with pytest.raises(MergeRefusedError) as refused:
            mine.merge_file(tmp_path / "colleague.db", name="colleague.db")
        assert str(refused.value).startswith('"x-1" is a note in colleague.db and a track here')
        assert fingerprint(mine) == before


# --- the other doors -------------------------------------------------------------------------


def test_cli_merge_refuses_in_one_line_and_exits_2(two_dossiers, capsys) -> None:
    mine, colleague = two_dossiers
    before = fingerprint(mine)
    path = mine.path
    mine.close()
    code = main(["--store", str(path), "merge", str(colleague)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f'track "t-1" is in dossier "EU–UK fisheries" here and in "Korea–US 2+2" in {colleague}' in err
    with Store.open(path, ALICE) as again:
        assert fingerprint(again) == before
        assert backups_of(again) == []


def test_a_record_another_program_adds_while_the_backup_is_taken_is_checked_too(tmp_path: Path, monkeypatch) -> None:
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        doc = readable_doc("d-korea", "Korea–US 2+2", "Korea")
        doc["tracks"].append({"id": "x-9", "name": "Late track"})
        for section in ("tracks", "agenda_items", "talking_points", "notes"):
            for record in doc[section]:
                record["id"] = record["id"] if record["id"] == "x-9" else "kr-" + record["id"]
        doc["agenda_items"][0]["track"] = "kr-t-1"
        doc["talking_points"][0]["agenda_item"] = "kr-a-1"
        kim.load(doc)
        kim.save_copy(tmp_path / "colleague.db")
    mine = Store.open(tmp_path / "mine.db", ALICE)
    mine.load(readable_doc("d-fish", "EU–UK fisheries", "Fish"))
    real_backup = backups.write_backup

    def backup_while_another_program_writes(*args: Any, **kwargs: Any) -> Path:
        with Store.open(mine.path, BOB) as other:
            other.apply("add", puts=[model.Track(id="x-9", dossier_id="d-fish", name="Mine too")])
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "write_backup", backup_while_another_program_writes)
    try:
        with pytest.raises(MergeRefusedError, match=r'^track "x-9" is in dossier "EU–UK fisheries" here'):
            mine.merge_file(tmp_path / "colleague.db", name="colleague.db")
        assert mine.get(model.Track, "x-9").dossier_id == "d-fish"
        assert [d.id for d in mine.dossiers()] == ["d-fish"]
    finally:
        mine.close()


@pytest.mark.parametrize("tamper", ["another-record", "another-dossier"])
def test_a_revision_of_mine_given_another_content_is_refused(tmp_path: Path, tamper: str, capsys) -> None:
    """A revision id names one content: a file that gives one of my revision ids to another
    record, or to the same record in another dossier, is refused whole and changes nothing
    (taken in, it moved records past the dossier check and made my own exports unverifiable)."""
    from negoprep.store.export import export_store

    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        mine.load(readable_doc("d-mine", "EU–UK fisheries", "Fish"))
    shared = tmp_path / "theirs.db"
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        export_store(mine, shared)
    conn = revision_edit.connect(shared, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    if tamper == "another-record":
        conn.execute("UPDATE notes SET id = 'n-evil' WHERE id = 'n-1'")
        conn.execute(
            "UPDATE revisions SET row_id = 'n-evil', snapshot = " + edited("json_set(snapshot, '$.id', 'n-evil')") + " "
            "WHERE row_id = 'n-1'"
        )
        conn.execute("UPDATE search_rows SET row_id = 'n-evil' WHERE row_id = 'n-1'")
    else:
        conn.execute("UPDATE dossiers SET id = 'd-2' WHERE id = 'd-mine'")
        for table in ("tracks", "agenda_items", "talking_points", "notes"):
            conn.execute(f"UPDATE {table} SET dossier_id = 'd-2'")
        conn.execute(
            "UPDATE revisions SET row_id = CASE row_id WHEN 'd-mine' THEN 'd-2' ELSE row_id END, "
            "snapshot = "
            + edited(
                "CASE WHEN json_extract(snapshot, '$.dossier_id') IS NULL "
                "THEN json_set(snapshot, '$.id', 'd-2') ELSE json_set(snapshot, '$.dossier_id', 'd-2') END"
            )
        )
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        before = fingerprint(mine)
    assert main(["--store", str(tmp_path / "mine.db"), "merge", str(shared)]) == 2
    err = capsys.readouterr().err
    assert "revision" in err and err.count("\n") == 1
    with Store.open(tmp_path / "mine.db", ALICE) as mine:
        assert fingerprint(mine) == before
