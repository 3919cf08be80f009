"""A file changed behind its history is refused: rows equal their head revision's snapshot,
revisions are chained by content hashes, authors' names match their digests (store.chain).
Exports (whole, one dossier, release) and migrated older stores verify; merged revisions keep
their authors."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep import cli
from negoprep.records import model
from negoprep.store import chain, engine, export
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import TamperedError, VerifyError, verify_file
from tests import revision_edit
from tests.conftest import AUTHOR
from tests.hostile_files import _with_sql
from tests.revision_edit import edited
from tests.store.test_merge import ALICE, BOB, D, edit, make_copies, remove, send

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("v*.db"))
PACKAGE = Path(__file__).parents[2] / "negoprep"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one(path: Path, sql: str) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(sql).fetchone()
        return row[0] if row else ""
    finally:
        conn.close()


@pytest.fixture
def lived_in(demo_store: Store) -> Store:
    """The demo dossier after some work: edits (older snapshots) and a deletion (a tombstone)."""
    items = demo_store.records(model.AgendaItem, demo_store.dossiers()[0].id)
    demo_store.apply("edit", puts=[replace(items[0], walk_away="No tariff above 15%")])
    demo_store.apply("edit", puts=[replace(items[1], our_position="Hold the line")])
    points = demo_store.records(model.TalkingPoint, demo_store.dossiers()[0].id)
    demo_store.apply("delete", deletes=[points[0]])
    return demo_store


@pytest.fixture
def shared(lived_in: Store, tmp_path: Path) -> Path:
    out = tmp_path / "shared" / "alice.db"
    out.parent.mkdir()
    export_store(lived_in, out)
    return out


def _refused(file: Path, store: Store, capsys: pytest.CaptureFixture[str]) -> str:
    """The command line's verify refuses the file in one line, and merging it changes nothing."""
    capsys.readouterr()
    assert cli.main(["verify", str(file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    before = _digest(store.path)
    assert cli.main(["--store", str(store.path), "merge", str(file)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _digest(store.path) == before
    return err


# --- each table, tampered with in turn ------------------------------------------------------------


@pytest.mark.parametrize("rtype", model.RECORD_TYPES, ids=lambda t: t.table)
def test_a_row_changed_in_any_table_is_refused_naming_it(
    rtype: type[model.Record], shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    row_id = _one(shared, f"SELECT id FROM {rtype.table} WHERE deleted = 0 ORDER BY rowid LIMIT 1")
    if not row_id:
        pytest.skip(f"the demo holds no {rtype.noun}")
    target = tmp_path / "row.db"
    _with_sql(shared, target, f"UPDATE {rtype.table} SET updated_at = '2020-01-01T00:00:00.000Z' WHERE id = '{row_id}'")
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.kind == "tampered" and caught.value.problem.code == "file.tampered.row"
    err = _refused(target, store_b, capsys)
    assert "tampered" in err and row_id in err and rtype.noun in err and "'updated_at'" in err


def test_a_walk_away_changed_is_refused_with_the_items_title(
    shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    row_id, title = (
        _one(shared, "SELECT id FROM agenda_items ORDER BY rowid LIMIT 1"),
        _one(shared, "SELECT title FROM agenda_items ORDER BY rowid LIMIT 1"),
    )
    target = tmp_path / "walk-away.db"
    _with_sql(shared, target, f"UPDATE agenda_items SET walk_away = 'Anything goes' WHERE id = '{row_id}'")
    err = _refused(target, store_b, capsys)
    assert f'agenda item "{title}" ({row_id})' in err and "'walk_away'" in err


HEAD = "SELECT rev FROM agenda_items ORDER BY rowid LIMIT 1"
WITH_PARENT = "SELECT id FROM revisions WHERE parents != '[]' AND redacted = '[]' ORDER BY rowid LIMIT 1"
REVISION_CHANGES = {
    # a snapshot changed (the row too, so that only the history tells)
    "snapshot": (
        HEAD,
        "UPDATE revisions SET snapshot = " + edited("json_set(snapshot, '$.walk_away', 'Anything goes')") + " "
        "WHERE id = '{rev}'",
        "UPDATE agenda_items SET walk_away = 'Anything goes' WHERE rev = '{rev}'",
    ),
    "author": (
        HEAD,
        "INSERT INTO authors (id, name, digest) VALUES ('{mallory}', 'Mallory', '{mallory_digest}')",
        "UPDATE revisions SET author_id = '{mallory}' WHERE id = '{rev}'",
        "UPDATE agenda_items SET author_id = '{mallory}' WHERE rev = '{rev}'",
    ),
    "time": (HEAD, "UPDATE revisions SET at = '2020-01-01T00:00:00.000Z' WHERE id = '{rev}'"),
    "parents": (WITH_PARENT, "UPDATE revisions SET parents = '[]' WHERE id = '{rev}'"),
    "operation": (HEAD, "UPDATE revisions SET op = 'delete' WHERE id = '{rev}'"),
    "a blanked field filled again": (
        "SELECT id FROM revisions WHERE redacted != '[]' ORDER BY rowid LIMIT 1",
        "UPDATE revisions SET snapshot = "
        + edited("json_set(snapshot, '$.' || json_extract(redacted, '$[0]'), 'Secret')")
        + " WHERE id = '{rev}'",
    ),
    "a redaction unmarked": (
        "SELECT id FROM revisions WHERE redacted != '[]' ORDER BY rowid LIMIT 1",
        "UPDATE revisions SET redacted = '[]' WHERE id = '{rev}'",
    ),
    "a redaction claimed for a field not blank": (
        HEAD,
        "UPDATE revisions SET redacted = '[\"title\"]' WHERE id = '{rev}'",
    ),
}


@pytest.mark.parametrize("change", list(REVISION_CHANGES))
def test_a_revision_changed_is_refused_naming_it(
    change: str, shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    find, *statements = REVISION_CHANGES[change]
    rev = _one(shared, find)
    assert rev, "the export holds such a revision"
    target = tmp_path / "revision.db"
    mallory = "00000000-0000-4000-8000-0000000bad00"
    _with_sql(
        shared,
        target,
        *(
            s.format(rev=rev, mallory=mallory, mallory_digest=chain.author_digest(mallory, "Mallory"))
            for s in statements
        ),
    )
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.problem.code.startswith("file.tampered.")
    err = _refused(target, store_b, capsys)
    assert f"revision {rev} of " in err and "tampered" in err


def test_an_authors_name_changed_is_refused(
    shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "author.db"
    _with_sql(shared, target, f"UPDATE authors SET name = 'Mallory' WHERE id = '{AUTHOR.id}'")
    err = _refused(target, store_b, capsys)
    assert f'author "Mallory" ({AUTHOR.id})' in err and "tampered" in err


@pytest.mark.parametrize(
    "find",
    [HEAD, "SELECT json_extract(parents, '$[0]') FROM revisions WHERE parents != '[]' LIMIT 1"],
    ids=["head", "older"],
)
def test_a_revision_deleted_is_refused(
    find: str, shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    rev = _one(shared, find)
    target = tmp_path / "gone.db"
    _with_sql(shared, target, f"DELETE FROM revisions WHERE id = '{rev}'")
    with pytest.raises(VerifyError):
        verify_file(target)
    _refused(target, store_b, capsys)


def test_a_revision_rewritten_with_its_own_hashes_breaks_the_chain_above_it(shared: Path, tmp_path: Path) -> None:
    """A forger who rewrites a revision with a fresh snapshot hash and digest is still caught
    by the revision above it, whose digest covers the old one."""
    child = _one(shared, WITH_PARENT)
    parent = _one(shared, f"SELECT json_extract(parents, '$[0]') FROM revisions WHERE id = '{child}'")
    target = tmp_path / "rewritten.db"
    shutil.copyfile(shared, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        rev, table, row_id, parents, author, at, op, snapshot = conn.execute(
            "SELECT id, table_name, row_id, parents, author_id, at, op, snapshot FROM revisions WHERE id = ?",
            (parent,),
        ).fetchone()
        held = json.loads(revision_edit.text_of(snapshot))
        held["created_at"] = "2020-01-01T00:00:00.000Z"
        text = chain.snapshot_text(held)
        grand = json.loads(parents)
        grand_digests = [conn.execute("SELECT digest FROM revisions WHERE id = ?", (g,)).fetchone()[0] for g in grand]
        made = chain.digest(rev, table, row_id, grand, grand_digests, author, at, op, chain.snapshot_hash(text))
        conn.execute(
            "UPDATE revisions SET snapshot = ?, snapshot_hash = ?, digest = ? WHERE id = ?",
            (chain.pack_snapshot(text), chain.snapshot_hash(text), made, parent),
        )
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.problem.code == "file.tampered.digest" and child in str(caught.value)


# --- what negoprep itself writes verifies ------------------------------------------------------


def test_exports_of_the_demo_of_one_dossier_and_release_copies_verify(lived_in: Store, tmp_path: Path) -> None:
    for n, options in enumerate(({}, {"dossier_id": lived_in.dossiers()[0].id}, {"release": True})):
        out = tmp_path / f"export-{n}.db"
        export_store(lived_in, out, **options)
        verify_file(out)
        assert _one(out, "SELECT count(*) FROM revisions WHERE redacted != '[]'"), "blanked revisions are marked"


def test_blank_fields_keeps_a_release_copy_verifiable(shared: Path, tmp_path: Path) -> None:
    """What the release policy withholds (a walk-away in rows and every snapshot) is blanked by
    export.blank_fields; the copy verifies, and refilling a value is refused."""
    target = tmp_path / "release.db"
    shutil.copyfile(shared, target)
    conn = revision_edit.connect(target, isolation_level=None)
    try:
        rows, snapshots = export.blank_fields(conn, "agenda_items", ["walk_away", "walk_away_score"], "1")
        assert rows > 0 and snapshots >= rows
        assert conn.execute("SELECT count(*) FROM agenda_items WHERE walk_away != ''").fetchone()[0] == 0
        leak = conn.execute(
            "SELECT count(*) FROM revisions WHERE table_name = 'agenda_items' "
            "AND ifnull(json_extract(negoprep_snapshot(snapshot), '$.walk_away'), '') != ''"
        ).fetchone()[0]
        assert leak == 0
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    verify_file(target)
    refilled = tmp_path / "refilled.db"
    rev = _one(target, "SELECT rev FROM agenda_items ORDER BY rowid LIMIT 1")
    _with_sql(
        target,
        refilled,
        "UPDATE revisions SET snapshot = "
        + edited("json_set(snapshot, '$.walk_away', '10%')")
        + f" WHERE id = '{rev}'",
        f"UPDATE agenda_items SET walk_away = '10%' WHERE rev = '{rev}'",
    )
    with pytest.raises(TamperedError) as caught:
        verify_file(refilled)
    assert caught.value.problem.code == "file.tampered.redacted" and "'walk_away'" in str(caught.value)


#: (table, field, value, which revision): "redactions" no export makes, each hiding a change.
FALSE_REDACTIONS = {
    "a red line's statement blanked on the live head": ("red_lines", "statement", "", "head"),
    "an item's weight set to 0": ("agenda_items", "weight", 0, "head"),
    "an item's owner removed": ("agenda_items", "owner_id", None, "head"),
    "a task undone": ("checklist_items", "done", False, "head"),
    "a never-disclose item made internal": ("agenda_items", "disclosure", "internal", "head"),
    "an older revision's weight set to 0": ("agenda_items", "weight", 0, "older"),
    "an older revision's disclosure changed": ("agenda_items", "disclosure", "shareable", "older"),
    "a tombstone's disclosure": ("talking_points", "disclosure", "internal", "tombstone"),
}
_REVISION_OF = {
    "head": "SELECT t.rev FROM {table} t WHERE t.deleted = 0 {extra} ORDER BY t.rowid LIMIT 1",
    "older": "SELECT r.id FROM revisions r JOIN {table} t ON t.id = r.row_id AND t.rev != r.id "
    "WHERE r.table_name = '{table}' AND t.deleted = 0 {extra} ORDER BY r.rowid LIMIT 1",
    "tombstone": "SELECT t.rev FROM {table} t WHERE t.deleted = 1 ORDER BY t.rowid LIMIT 1",
}


@pytest.mark.parametrize("case", list(FALSE_REDACTIONS))
def test_a_field_marked_redacted_where_no_export_blanks_it_is_refused(
    case: str, shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """verify accepts a redaction only where an export makes one (export.may_blank)."""
    table, name, value, which = FALSE_REDACTIONS[case]
    extra = "AND t.disclosure = 'never'" if name == "disclosure" and which == "head" else ""
    rev = _one(shared, _REVISION_OF[which].format(table=table, extra=extra))
    assert rev, "the export holds such a revision"
    row_id = _one(shared, f"SELECT row_id FROM revisions WHERE id = '{rev}'")
    literal = {None: "NULL", False: "0", True: "1"}.get(value, repr(value))
    as_json = "json('false')" if value is False else literal
    statements = [
        "UPDATE revisions SET snapshot = " + edited(f"json_set(snapshot, '$.{name}', {as_json})") + ", "
        f"redacted = json_insert(redacted, '$[#]', '{name}') WHERE id = '{rev}'",
        f"UPDATE {table} SET {name} = {literal} WHERE rev = '{rev}'",
    ]
    target = tmp_path / "redacted.db"
    _with_sql(shared, target, *statements)
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.problem.code == "file.tampered.not_blankable", str(caught.value)
    err = _refused(target, store_b, capsys)
    assert f"revision {rev} of " in err and row_id in err and f"'{name}'" in err


def test_what_exports_blank_is_what_verify_accepts() -> None:
    """One definition: release fields and a task's link anywhere; text only off a live head;
    never a choice, a flag or a number the policy does not blank."""
    assert export.may_blank("dossiers", live_head=True) == {"batna", "their_batna"}
    assert export.may_blank("checklist_items", live_head=True) == {"agenda_item_id", "red_line_id"}
    assert "statement" not in export.may_blank("red_lines", live_head=True)
    assert "statement" in export.may_blank("red_lines", live_head=False)
    for rtype in model.RECORD_TYPES:
        for live_head in (True, False):
            for name in export.may_blank(rtype.table, live_head=live_head):
                assert rtype.column(name).spec.kind not in ("choice", "bool"), (rtype.table, name)


def _roll_back(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    """Cut a record's newest revision and set its row to the one before (as an attacker
    would); returns the revision cut."""
    head, parents = conn.execute(
        f"SELECT r.id, r.parents FROM {table} t JOIN revisions r ON r.id = t.rev WHERE t.id = ?", (row_id,)
    ).fetchone()
    before = json.loads(parents)[0]
    stored = conn.execute("SELECT snapshot FROM revisions WHERE id = ?", (before,)).fetchone()[0]
    snapshot = json.loads(revision_edit.text_of(stored))
    conn.execute("DELETE FROM revisions WHERE id = ?", (head,))
    columns = [c for c in snapshot if c != "id"]
    held = [json.dumps(snapshot[c]) if c in chain.JSON_COLUMNS else snapshot[c] for c in columns]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE {table} SET {assignments}, rev = ? WHERE id = ?", (*held, before, row_id))
    return head


def _store_copy(store: Store, target: Path) -> None:
    """A whole copy of a store's own file (its full history, nothing blanked)."""
    out = engine.connect(target)
    try:
        store.db.conn.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")
    finally:
        out.close()


@pytest.mark.parametrize("records", [1, 2])
def test_a_record_rolled_back_is_refused(
    records: int, lived_in: Store, shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cutting the newest revisions leaves every chain whole: the seal tells."""
    whole = tmp_path / "whole.db"
    _store_copy(lived_in, whole)
    verify_file(whole)
    for source in (whole, shared):
        target = tmp_path / f"rolled-back-{source.stem}.db"
        shutil.copyfile(source, target)
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            rows = conn.execute(
                "SELECT t.id FROM agenda_items t JOIN revisions r ON r.id = t.rev WHERE r.parents != '[]' "
                "ORDER BY t.rowid"
            ).fetchall()
            assert len(rows) >= records
            for (row_id,) in rows[:records]:
                _roll_back(conn, "agenda_items", row_id)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        with pytest.raises(TamperedError) as caught:
            verify_file(target)
        if source is whole:  # (an export's older snapshots are blanked: that head is refused first)
            assert caught.value.problem.code == "file.tampered.seal", str(caught.value)
            assert "revisions" in str(caught.value)
        _refused(target, store_b, capsys)


def test_a_record_removed_with_its_whole_history_is_refused(
    shared: Path, tmp_path: Path, store_b: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    note = _one(shared, "SELECT id FROM notes WHERE deleted = 0 ORDER BY rowid LIMIT 1")
    assert note
    target = tmp_path / "removed.db"
    _with_sql(
        shared,
        target,
        f"DELETE FROM search WHERE rowid IN (SELECT docid FROM search_rows WHERE row_id = '{note}')",
        f"DELETE FROM search_rows WHERE row_id = '{note}'",
        f"DELETE FROM revisions WHERE row_id = '{note}'",
        f"DELETE FROM notes WHERE id = '{note}'",
    )
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.problem.code == "file.tampered.seal"
    _refused(target, store_b, capsys)


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM history_seal",
        "UPDATE history_seal SET revisions = revisions + 1",
        "UPDATE history_seal SET authors_xor = 'zz'",
        "INSERT INTO authors (id, name, digest) VALUES ('{mallory}', 'Mallory', '{mallory_digest}')",
    ],
    ids=["missing", "count", "not hex", "an author added"],
)
def test_the_seal_itself_changed_is_refused(statement: str, shared: Path, tmp_path: Path) -> None:
    mallory = "00000000-0000-4000-8000-0000000bad00"
    target = tmp_path / "seal.db"
    _with_sql(shared, target, statement.format(mallory=mallory, mallory_digest=chain.author_digest(mallory, "Mallory")))
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert caught.value.problem.code in ("file.tampered.seal", "file.tampered.no_seal")


def _seal_holds(conn: sqlite3.Connection) -> None:
    """The seal kept up to date revision by revision is the one computed over the whole store."""
    assert chain.stored_seal(conn) == chain.seal_of(conn)


def test_the_seal_is_kept_by_every_door_that_writes_history(lived_in: Store, tmp_path: Path) -> None:
    _seal_holds(lived_in.db.conn)
    lived_in.set_author(model.Author(id=AUTHOR.id, name="Renamed Person"))
    _seal_holds(lived_in.db.conn)
    for n, options in enumerate(({}, {"dossier_id": lived_in.dossiers()[0].id}, {"release": True})):
        out = tmp_path / f"sealed-{n}.db"
        export_store(lived_in, out, **options)
        conn = sqlite3.connect(out)
        try:
            _seal_holds(conn)
        finally:
            conn.close()


def test_no_hash_of_a_single_withheld_value_is_stored(shared: Path) -> None:
    """A short walk-away would be found from its own hash at once: none is stored anywhere."""
    data = shared.read_bytes()
    for value in ("No tariff above 15%", "10%"):
        for form in (hashlib.sha256(value.encode()).hexdigest(), hashlib.sha256(f'"{value}"'.encode()).hexdigest()):
            assert form.encode() not in data


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_migrated_older_store_verifies(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Store.open(path, AUTHOR) as store:
        store.apply(
            "edit", puts=[replace(store.records(model.AgendaItem, store.dossiers()[0].id)[0], walk_away="After")]
        )
        out = tmp_path / "export.db"
        export_store(store, out)
    verify_file(out)
    verify_file(path, with_log=True)


def test_a_rename_through_negoprep_still_verifies(lived_in: Store, tmp_path: Path) -> None:
    lived_in.set_author(model.Author(id=AUTHOR.id, name="Renamed Person"))
    item = lived_in.records(model.AgendaItem, lived_in.dossiers()[0].id)[2]
    lived_in.apply("edit", puts=[replace(item, status="tabled")])
    out = tmp_path / "renamed.db"
    export_store(lived_in, out)
    verify_file(out)
    assert _one(out, f"SELECT name FROM authors WHERE id = '{AUTHOR.id}'") == "Renamed Person"


def test_only_the_chain_module_inserts_revisions() -> None:
    """One door writes revisions: no other module of the package inserts into the table."""
    pattern = re.compile(r"INSERT\b[^\"']*INTO\s+(main\.|\{[^}]*\}\.)?revisions\b", re.IGNORECASE)
    found = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "chain.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


# --- merge -------------------------------------------------------------------------------------


@pytest.fixture
def store_b(tmp_path: Path):
    with Store.open(tmp_path / "bob.db", BOB) as store:
        yield store


def test_merged_revisions_keep_their_authors(tmp_path: Path) -> None:
    alice, bob = make_copies(tmp_path, [ALICE, BOB])
    try:
        edit(alice, model.AgendaItem, "a-0", title="Alice's title")
        edit(alice, model.AgendaItem, "a-1", status="agreed")
        edit(bob, model.AgendaItem, "a-1", priority=5)  # both sides: a field-by-field merge
        remove(alice, model.TalkingPoint, "tp-2")
        send(alice, bob)
        by = dict(bob.db.conn.execute("SELECT id, author_id FROM revisions"))
        alices = dict(alice.db.conn.execute("SELECT id, author_id FROM revisions"))
        for rev, author in alices.items():
            assert by[rev] == author  # every revision brought in is still its author's
        assert bob.get(model.AgendaItem, "a-0").author_id == ALICE.id
        assert bob.get(model.TalkingPoint, "tp-2").author_id == ALICE.id
        mine = [
            r
            for r in bob.db.conn.execute(
                "SELECT id, parents FROM revisions WHERE author_id = ? AND row_id = 'a-1'", (BOB.id,)
            )
        ]
        assert any(p.count(",") == 1 for _, p in mine), "the field-by-field merge is Bob's revision"
        assert bob.get(model.AgendaItem, "a-1").author_id == BOB.id
        for store in (alice, bob):
            _seal_holds(store.db.conn)
            out = tmp_path / f"{store.author.name}.db"
            export_store(store, out)
            verify_file(out)
    finally:
        alice.close()
        bob.close()


def test_the_same_merge_made_by_two_people_keeps_both_chains_whole(tmp_path: Path) -> None:
    """Two people who merge each other's diverged work make one merge revision id, each under
    their own name; a later change on top of one of them still verifies in the other's store."""
    alice, bob = make_copies(tmp_path, [ALICE, BOB])
    try:
        edit(alice, model.AgendaItem, "a-2", status="agreed")
        edit(bob, model.AgendaItem, "a-2", priority=1)
        send(alice, bob)
        send(bob, alice)
        edit(alice, model.AgendaItem, "a-2", title="After both")
        send(alice, bob)
        assert bob.get(model.AgendaItem, "a-2").title == "After both"
        for store in (alice, bob):
            _seal_holds(store.db.conn)  # (the re-chained merge revisions too)
            out = tmp_path / f"{store.author.name}-after.db"
            export_store(store, out)
            verify_file(out)
        assert bob.dump(D) == alice.dump(D)
    finally:
        alice.close()
        bob.close()


def test_rows_compare_exactly_whatever_their_values(lived_in: Store, tmp_path: Path) -> None:
    """Numbers SQL writes with fewer digits than Python, text with escapes, a red-line rule:
    a row negoprep wrote verifies, and the same row off by the last digit does not."""
    dossier = lived_in.dossiers()[0].id
    item = lived_in.records(model.AgendaItem, dossier)[3]
    note = lived_in.records(model.Note, dossier)[0]
    lived_in.apply(
        "edit",
        puts=[
            replace(item, figure_value=33.333333333333336, figure_unit='tab\there "quoted" back\\slash'),
            replace(note, text="line one\nline two\t— 반도체 🚢 \u2028"),
        ],
    )
    out = tmp_path / "values.db"
    export_store(lived_in, out)
    verify_file(out)
    target = tmp_path / "last-digit.db"
    _with_sql(out, target, f"UPDATE agenda_items SET figure_value = 33.33333333333334 WHERE id = '{item.id}'")
    with pytest.raises(TamperedError) as caught:
        verify_file(target)
    assert "'figure_value'" in str(caught.value) and item.id in str(caught.value)
