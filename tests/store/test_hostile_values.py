"""Hostile values at every door: each is refused with its own message by `load` (in a
document), by `verify` and `merge` (in a received file), and the store is left byte for byte
as it was. The same value rules judge every door (negoprep.records.values)."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from negoprep import cli
from negoprep.errors import DocumentError
from negoprep.formats.dossier_json import parse_text
from negoprep.records import model, values
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests import revision_edit
from tests.revision_edit import edited

AUTHOR = model.Author("a1b2c3d4-0000-4000-8000-000000000001", "Tester")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _doc(**sections: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": "d-h", "title": "Hostile"},
        "tracks": [{"id": "t-h", "name": "Tariffs"}],
        "agenda_items": [{"id": "a-h", "track": "t-h", "title": "Autos", "figure": {"value": 25}}],
    }
    doc.update(sections)
    return doc


# --- documents --------------------------------------------------------------------------------

# (a change to the base document, the words the refusal must hold)
DOCUMENT_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("NUL in text", {"notes": [{"id": "n-1", "text": "a\x00b"}]}, "'text' text holds the control character U+0000"),
    ("ESC in text", {"notes": [{"id": "n-1", "text": "\x1b]52;c;aGk=\x07"}]}, "control character U+001B"),
    ("lone surrogate", {"notes": [{"id": "n-1", "text": "\ud800"}]}, "lone surrogate (U+D800)"),
    ("bidi id", {"notes": [{"id": "n-\u202e1", "text": "x"}]}, "'id' must be an id of at most 200 printable"),
    ("newline id", {"notes": [{"id": "n-\n1", "text": "x"}]}, "'id' must be an id"),
    (
        "impossible date",
        {"dossier": {"id": "d-h", "title": "H", "starts_on": "2025-02-30"}},
        '"2025-02-30" is not a date',
    ),
    ("time word", {"notes": [{"id": "n-1", "text": "x", "at": "now"}]}, '"now" is not a date or date-time'),
    ("julian day", {"notes": [{"id": "n-1", "text": "x", "at": 2460000.5}]}, "2460000.5 is not a date or date-time"),
    (
        "malformed rule",
        {"red_lines": [{"id": "r-1", "title": "Cap", "rule": {"kind": "ceiling", "item": ["x"], "value": 1}}]},
        "red_lines[0]",
    ),
    ("id in two sections", {"notes": [{"id": "t-h", "text": "x"}]}, 'id "t-h" appears twice (also at tracks[0]'),
    ("huge figure", {"figures": [{"id": "f-1", "series": "s", "value": 2**63 - 1}]}, "finite number within ±1e15"),
]


@pytest.mark.parametrize(("change", "expect"), [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES])
def test_load_refuses_each_hostile_value_and_writes_nothing(
    tmp_path: Path, change: dict[str, Any], expect: str
) -> None:
    path = tmp_path / "store.db"
    with Store.open(path, AUTHOR) as store:
        store.load(_doc())
    before = _digest(path)
    with Store.open(path, AUTHOR) as store, pytest.raises(DocumentError) as info:
        store.load(_doc(**change))
    assert any(expect in p for p in info.value.problems), info.value.problems
    assert all("\n" not in p for p in info.value.problems)
    assert _digest(path) == before


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ('{"a": ' + "9" * 5000 + "}", "a number with 5000 digits"),
        ('{"a": -' + "9" * 31 + "}", "a number with 31 digits"),
        ('{"format": "negoprep-dossier", "format": "x"}', "the key 'format' appears twice in one object"),
        (
            '{"agenda_items": [{"id": "a-1", "priority": 5, "priority": 1}]}',
            "id \"a-1\": the key 'priority' appears twice in one object",
        ),
        ('{"a": NaN}', "NaN is not a number JSON allows"),
    ],
)
def test_parsing_refuses_what_json_lets_through(text: str, expect: str) -> None:
    with pytest.raises(DocumentError) as info:
        parse_text(text)
    assert expect in str(info.value)


def test_text_is_kept_in_normal_form_c_with_lf_line_ends(tmp_path: Path) -> None:
    decomposed = "\u1100\u1161\u11a8 e\u0301"  # 각 é, decomposed as macOS gives it
    with Store.open(tmp_path / "s.db", AUTHOR) as store:
        store.load(_doc(notes=[{"id": "n-1", "text": decomposed + "\r\nnext\rline"}]))
        note = store.get(model.Note, "n-1")
    assert note is not None
    assert note.text == "각 é\nnext\nline"


# --- received files ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-values")
    with Store.open(folder / "source.db", AUTHOR) as store:
        store.load(
            _doc(
                notes=[{"id": "n-1", "text": "Lines agreed", "at": "2025-04-24"}],
                red_lines=[{"id": "r-1", "title": "Cap", "rule": {"kind": "ceiling", "item": "a-h", "value": 30}}],
            )
        )
        export_store(store, folder / "good.db")
    return folder / "good.db"


# (SQL that makes the file hostile, the words the refusal must hold)
FILE_CASES: list[tuple[str, str, str]] = [
    ("not UTF-8", "UPDATE notes SET text = CAST(x'4142ff43' AS TEXT)", "notes.text of n-1 text is not valid UTF-8"),
    ("NUL past the limit", "UPDATE notes SET text = 'a' || char(0) || printf('%.300000c', 'x')", "U+0000"),
    ("ESC", "UPDATE notes SET title = 'x' || char(27) || '[2J'", "notes.title of n-1 text holds the control"),
    ("impossible date", "UPDATE dossiers SET starts_on = '2025-02-30'", '"2025-02-30" is not a date'),
    ("note at now", "UPDATE notes SET at = 'now'", '"now" is not a date or date-time'),
    ("julian time", "UPDATE notes SET created_at = '2460000.5'", "notes.created_at of n-1"),
    ("bidi id", "UPDATE authors SET id = id || char(8238)", "authors.id"),
    ("huge position", f"UPDATE notes SET position = {2**63 - 1}", "notes.position of n-1 must be"),
    ("rule text too deep", 'UPDATE red_lines SET rule = \'{"kind": ' + "[" * 40 + "]" * 40 + "}'", "nested deeper"),
    ("rule not an object", "UPDATE red_lines SET rule = '[1]'", "red_lines.rule of r-1 must be an object"),
    ("rule too long", "UPDATE red_lines SET rule = json_object('kind', printf('%.20000c', 'x'))", "longer than"),
    ("shared id", "UPDATE notes SET id = 't-h'", 'gives two records the same id "t-h"'),
    (
        "bad snapshot value",
        "UPDATE revisions SET snapshot = "
        + edited("json_set(snapshot, '$.at', 'yesterday')")
        + " WHERE table_name = 'notes'",
        "'at' \"yesterday\" is not a date",
    ),
    (
        "snapshot with a foreign key",
        "UPDATE revisions SET snapshot = " + edited("json_set(snapshot, '$.evil', 1)") + " WHERE table_name = 'notes'",
        "holds 'evil', which is not a field of its record",
    ),
]


def _hostile(good: Path, target: Path, sql: str) -> Path:
    shutil.copyfile(good, target)
    conn = revision_edit.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        if "rowid" not in sql and "id =" in sql and sql.startswith("UPDATE notes SET id"):
            conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute(sql)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return target


@pytest.mark.parametrize(("sql", "expect"), [c[1:] for c in FILE_CASES], ids=[c[0] for c in FILE_CASES])
def test_verify_and_merge_refuse_each_hostile_value(
    good: Path, tmp_path: Path, sql: str, expect: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _hostile(good, tmp_path / "colleague.db", sql)
    with pytest.raises(VerifyError) as info:
        verify_file(bad)
    message = str(info.value)
    assert expect in message, message
    assert "\n" not in message
    assert all(c.isprintable() for c in message), message

    mine = tmp_path / "mine.db"
    with Store.open(mine, AUTHOR) as store:
        store.load(_doc(dossier={"id": "d-mine", "title": "Mine"}, tracks=[], agenda_items=[]))
    before = _digest(mine)
    assert cli.main(["--store", str(mine), "merge", str(bad)]) == 2
    assert expect in capsys.readouterr().err
    assert _digest(mine) == before


def test_a_good_file_passes_the_same_rules(good: Path) -> None:
    assert verify_file(good).records > 0


# --- one set of rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["ok", "", "tab\tand\nline", "a\x00", "\x1b[0m", "\ud800x", "é", "\x7f", "\x85", "2025-02-30", "x" * 200_001],
)
def test_stored_and_loaded_text_are_judged_alike(value: str) -> None:
    column = model.Note.column("text")
    loaded = values.check(column, value)[0]
    try:
        raw = value.encode("utf-8")
    except UnicodeEncodeError:
        raw = value.encode("utf-8", "surrogatepass")  # (as a file could hold it)
    stored = values.stored_checker(column)(raw)
    assert (loaded is None) == (stored is None), (value, loaded, stored)


@pytest.mark.parametrize("rtype", model.RECORD_TYPES, ids=lambda t: t.table)
def test_every_declared_field_has_a_stored_judge(rtype: type[model.Record]) -> None:
    for column in rtype.declared():
        if column.name in model.BOOKKEEPING:
            continue  # (filled in by the store)
        judge = values.stored_checker(column)
        default = column.default
        if default is None and not column.spec.nullable:
            continue
        raw = json.dumps(default).encode() if column.spec.kind == "rule" else default
        if isinstance(raw, str):
            raw = raw.encode()
        if isinstance(raw, bool):
            raw = int(raw)
        assert judge(raw) is None, (rtype.table, column.name, default)


# --- deleted text leaves no trace in an export -------------------------------------------------


def _edit(store: Store, **note: Any) -> None:
    store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d-h"}, "notes": [{"id": "n-1", **note}]})


@pytest.mark.parametrize("release", [False, True])
def test_a_deleted_records_conflicting_texts_are_not_exported(tmp_path: Path, release: bool) -> None:
    mine, theirs, out = tmp_path / "mine.db", tmp_path / "theirs.db", tmp_path / "out.db"
    with Store.open(mine, AUTHOR) as store:
        store.load(_doc(notes=[{"id": "n-1", "text": "Shared first draft"}]))
        export_store(store, theirs)
    with Store.open(theirs, model.Author("b1b2c3d4-0000-4000-8000-000000000002", "Colleague")) as store:
        _edit(store, text="THEIR-SECRET walk-away at 15")
        export_store(store, tmp_path / "theirs-export.db")
    with Store.open(mine, AUTHOR) as store:
        _edit(store, text="MY-SECRET walk-away at 12")
        store.merge_file(tmp_path / "theirs-export.db")
        assert store.pending_conflicts("d-h")
        _edit(store, deleted=True)
        export_store(store, out, release=release)
    data = out.read_bytes()
    assert b"MY-SECRET" not in data
    assert b"THEIR-SECRET" not in data


def test_every_write_keeps_text_and_times_as_load_keeps_them(tmp_path: Path) -> None:
    """The store's own door (a form, a script) writes what load would: NFC text, UTC times."""
    with Store.open(tmp_path / "s.db", AUTHOR) as store:
        store.load(_doc(notes=[{"id": "n-1", "text": "x"}]))
        note = store.get(model.Note, "n-1")
        assert note is not None
        store.put(replace(note, text="e\u0301\r\n", at="2025-04-20T15:00+09:00"))
        stored = store.get(model.Note, "n-1")
    assert stored is not None
    assert (stored.text, stored.at) == ("é\n", "2025-04-20T06:00:00Z")


@pytest.mark.parametrize(
    "rule",
    [
        '{"kind": "ceiling", "item": ["x"], "value": 1}',
        '{"kind": "no_linkage", "between": "t-h"}',
        '{"kind": "manual", "extra": 1}',
        '{"kind": "wish"}',
    ],
)
def test_verify_refuses_a_malformed_rule(good: Path, tmp_path: Path, rule: str) -> None:
    bad = _hostile(good, tmp_path / "colleague.db", f"UPDATE red_lines SET rule = '{rule}'")
    with pytest.raises(VerifyError, match=r"red_lines\.rule of r-1"):
        verify_file(bad)


@pytest.mark.parametrize(
    "change",
    [
        {"dossier": {"id": "\udfff", "title": "x"}},
        {"tracks": [{"id": "\ud800", "name": "x"}]},
        {"packages": [{"id": "p-1", "name": "P", "items": [{"agenda_item": "\ud800", "role": "give"}]}]},
        {"checklists": [{"id": "c-1", "title": "C", "items": [{"id": "x\u202e", "text": "t"}]}]},
    ],
)
def test_an_id_that_cannot_be_looked_up_is_refused_not_a_crash(tmp_path: Path, change: dict[str, Any]) -> None:
    with Store.open(tmp_path / "s.db", AUTHOR) as store, pytest.raises(DocumentError) as info:
        store.load(_doc(**change))
    assert any("'id'" in p or "'agenda_item'" in p for p in info.value.problems), info.value.problems


def test_deleted_is_refused_in_a_document_that_adds_a_dossier(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db", AUTHOR) as store, pytest.raises(DocumentError, match="'deleted' is only for"):
        store.load(_doc(notes=[{"id": "n-1", "text": "x", "deleted": True}]))


def test_verify_refuses_a_snapshot_with_a_repeated_key(good: Path, tmp_path: Path) -> None:
    sql = (
        'UPDATE revisions SET snapshot = \'{"title": "a", "title": "b", \' || substr(negoprep_snapshot(snapshot), 2) '
        "WHERE table_name = 'notes'"
    )
    with pytest.raises(VerifyError, match="the key 'title' appears twice"):
        verify_file(_hostile(good, tmp_path / "colleague.db", sql))
