"""Bad dossier documents: each is refused whole, says what is wrong and where, and leaves the
store exactly as it was."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from negoprep.errors import DocumentError
from negoprep.formats.dossier_json import parse_text
from negoprep.store.store import Store
from tests.search_index import index_words

SMALL_ID = "d-small"


def small_doc() -> dict[str, Any]:
    """A small valid new dossier; each test below breaks it in one place."""
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": SMALL_ID, "title": "Small test dossier", "starts_on": "2025-04-24"},
        "tracks": [
            {"id": "t-a", "name": "Tariffs"},
            {"id": "t-b", "name": "Defense"},
            {"id": "t-c", "name": "Energy"},
        ],
        "participants": [{"id": "p-1", "name": "Kim Min-ji", "side": "ours", "head": True}],
        "agenda_items": [
            {"id": "a-1", "track": "t-a", "title": "Tariff cut", "priority": 5, "weight": 60, "figure": {"value": 25}},
            {"id": "a-2", "track": "t-b", "title": "Cost-sharing", "owner": "p-1", "weight": 30},
            {"id": "a-3", "track": "t-c", "title": "LNG purchases", "weight": 10, "figure": {"value": 3, "unit": "Mt"}},
        ],
        "talking_points": [{"id": "tp-1", "agenda_item": "a-1", "text": "Our firms invest in the US."}],
        "red_lines": [
            {"id": "r-1", "title": "No linkage", "rule": {"kind": "no_linkage", "between": [["t-b"], ["t-a"]]}},
            {"id": "r-2", "title": "LNG cap", "rule": {"kind": "ceiling", "item": "a-3", "value": 5}},
        ],
        "packages": [
            {
                "id": "k-1",
                "name": "Their ask",
                "origin": "theirs",
                "items": [{"agenda_item": "a-2", "role": "give", "value": 10}, {"agenda_item": "a-1", "role": "get"}],
            }
        ],
        "checklists": [
            {
                "id": "c-1",
                "title": "Before departure",
                "items": [{"id": "ci-1", "text": "Print the book", "owner": "p-1", "due": "2025-04-22"}],
            }
        ],
        "figures": [{"id": "f-1", "series": "Surplus", "label": "2024", "value": 56.6}],
        "notes": [{"id": "n-1", "at": "2025-04-20T15:00+09:00", "text": "Lines agreed."}],
    }


def fingerprint(store: Store) -> dict[str, Any]:
    """Everything in the store file: the dump of every dossier and every row of every table
    (the revisions and the full-text index included)."""
    conn = store.db.conn
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    assert {"revisions", "search", "dossiers", "authors"} <= set(tables)
    rows = {table: sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall())) for table in tables}
    rows["search"] = sorted(map(repr, index_words(conn)))  # (the index keeps no texts: its words)
    counts = {table: len(table_rows) for table, table_rows in rows.items()}
    dumps = {d.id: json.dumps(store.dump(d.id), ensure_ascii=False) for d in store.dossiers()}
    return {"counts": counts, "rows": rows, "dumps": dumps}


def assert_refused(store: Store, doc: Any, *fragments: str) -> DocumentError:
    """Loading `doc` raises DocumentError; one problem holds every fragment; nothing changes."""
    before = fingerprint(store)
    with pytest.raises(DocumentError) as info:
        store.load(doc)
    error = info.value
    matching = [n for n, problem in enumerate(error.problems) if all(f in problem for f in fragments)]
    assert matching, f"no problem mentions all of {fragments}: {error.problems}"
    if matching[0] < 8:  # the message shows the first eight problems
        assert error.problems[matching[0]] in str(error)
    after = fingerprint(store)
    assert after["counts"] == before["counts"]
    assert after == before
    return error


@pytest.fixture
def two_store(demo_store: Store) -> Store:
    """The demo dossier and the small dossier in one store file."""
    demo_store.load(small_doc())
    return demo_store


def edits(dossier_id: str = SMALL_ID, **sections: Any) -> dict[str, Any]:
    return {"format": "negoprep-dossier", "version": 1, "dossier": {"id": dossier_id}, **sections}


def test_small_doc_is_valid(store: Store) -> None:
    """The starting point of every test here loads: each refusal comes from its one defect."""
    result = store.load(small_doc())
    assert result.new_dossier and result.added == 18 and result.warnings == []


# --- the document as a whole ----------------------------------------------------------------


def test_json_syntax_error_gives_line_and_column() -> None:
    text = '{\n  "format": "negoprep-dossier",\n  "version": 1,\n}'
    with pytest.raises(DocumentError) as info:
        parse_text(text, "broken.json")
    message = str(info.value)
    assert message.startswith("broken.json: not valid JSON")
    assert "line 4, column 1" in message


def test_json_syntax_error_inside_a_string() -> None:
    with pytest.raises(DocumentError, match=r"line 2, column 14"):
        parse_text('{"format":\n "negoprep-do\nssier"}')


@pytest.mark.parametrize("text", ["[1, 2]", '"a dossier"', "42", "null"])
def test_not_an_object_is_refused_by_parse_text(text: str) -> None:
    with pytest.raises(DocumentError, match="the document must be a JSON object"):
        parse_text(text)


@pytest.mark.parametrize("doc", [[1, 2], "a dossier", None])
def test_not_an_object_is_refused_by_load(demo_store: Store, doc: Any) -> None:
    assert_refused(demo_store, doc, "JSON object")


@pytest.mark.parametrize("value", ["negoprep-dosier", None, 1])
def test_wrong_format(demo_store: Store, value: Any) -> None:
    doc = small_doc()
    doc["format"] = value
    assert_refused(demo_store, doc, "not a negoprep dossier", "'format'", '"negoprep-dossier"')


def test_missing_format(demo_store: Store) -> None:
    doc = small_doc()
    del doc["format"]
    assert_refused(demo_store, doc, "'format' must be")


def test_newer_version(demo_store: Store) -> None:
    doc = small_doc()
    doc["version"] = 2
    assert_refused(demo_store, doc, "newer negoprep", "format version 2", "reads up to 1")


@pytest.mark.parametrize(("value", "fragment"), [(0, "unknown format version 0"), ("1", "'version' must be")])
def test_bad_version(demo_store: Store, value: Any, fragment: str) -> None:
    doc = small_doc()
    doc["version"] = value
    assert_refused(demo_store, doc, fragment)


@pytest.mark.parametrize("value", ["absent", None, [], "d-small"])
def test_missing_dossier(demo_store: Store, value: Any) -> None:
    doc = small_doc()
    if value == "absent":
        del doc["dossier"]
    else:
        doc["dossier"] = value
    assert_refused(demo_store, doc, "missing key 'dossier'")


def test_dossier_without_id(demo_store: Store) -> None:
    doc = small_doc()
    del doc["dossier"]["id"]
    assert_refused(demo_store, doc, "dossier: 'id'")


# --- records --------------------------------------------------------------------------------

# (path to the record, key to remove, where the message says the record is)
MISSING = [
    (("tracks", 0), "id", "tracks[0]"),
    (("tracks", 0), "name", "tracks[0]"),
    (("participants", 0), "name", "participants[0]"),
    (("agenda_items", 1), "track", 'agenda_items[1] "Cost-sharing"'),
    (("agenda_items", 1), "title", "agenda_items[1]"),
    (("talking_points", 0), "agenda_item", "talking_points[0]"),
    (("talking_points", 0), "text", "talking_points[0]"),
    (("red_lines", 0), "title", "red_lines[0]"),
    (("packages", 0), "name", "packages[0]"),
    (("packages", 0, "items", 1), "agenda_item", 'packages[0] "Their ask" items[1]'),
    (("packages", 0, "items", 1), "role", 'packages[0] "Their ask" items[1]'),
    (("checklists", 0), "title", "checklists[0]"),
    (("checklists", 0, "items", 0), "id", 'checklists[0] "Before departure" items[0]'),
    (("checklists", 0, "items", 0), "text", 'checklists[0] "Before departure" items[0]'),
    (("figures", 0), "series", "figures[0]"),
    (("figures", 0), "value", 'figures[0] "Surplus"'),
    (("notes", 0), "text", 'notes[0] "n-1"'),  # with no text, the id names it
]


def _record(doc: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    record: Any = doc
    for step in path:
        record = record[step]
    return record


@pytest.mark.parametrize(("path", "key", "where"), MISSING, ids=[f"{p[0]}{len(p)}-{k}" for p, k, _ in MISSING])
def test_missing_required_key_in_new_record(demo_store: Store, path: tuple[Any, ...], key: str, where: str) -> None:
    doc = small_doc()
    del _record(doc, path)[key]
    assert_refused(demo_store, doc, f"{where}", f"missing key '{key}'")


def test_missing_title_of_new_dossier(demo_store: Store) -> None:
    doc = small_doc()
    del doc["dossier"]["title"]
    assert_refused(demo_store, doc, "dossier: missing key 'title'")


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ((), "document"),
        (("dossier",), "dossier"),
        (("tracks", 1), 'tracks[1] "Defense"'),
        (("agenda_items", 0), 'agenda_items[0] "Tariff cut"'),
        (("packages", 0, "items", 0), 'packages[0] "Their ask" items[0]'),
        (("checklists", 0, "items", 0), 'checklists[0] "Before departure" items[0]'),
        (("notes", 0), 'notes[0] "Lines agreed."'),
    ],
)
def test_unknown_key(demo_store: Store, path: tuple[Any, ...], where: str) -> None:
    doc = small_doc()
    _record(doc, path)["colour"] = "red"
    assert_refused(demo_store, doc, f"{where}: unknown key 'colour'")


def test_deleted_key_on_dossier_is_unknown(demo_store: Store) -> None:
    doc = small_doc()
    doc["dossier"]["deleted"] = True
    assert_refused(demo_store, doc, "dossier: unknown key 'deleted'")


@pytest.mark.parametrize(
    ("path", "key", "value", "fragment"),
    [
        (("agenda_items", 0), "priority", "5", "'priority' must be a whole number"),
        (("agenda_items", 0), "priority", 4.5, "'priority' must be a whole number"),
        (("agenda_items", 0), "priority", True, "'priority' must be a whole number"),
        (("agenda_items", 0), "weight", True, "'weight' must be a number"),
        (("agenda_items", 0), "weight", "60", "'weight' must be a number"),
        (("figures", 0), "value", False, "'value' must be a number"),
        (("packages", 0, "items", 0), "value", True, "'value' must be a number"),
        (("participants", 0), "head", 1, "'head' must be true or false"),
        (("tracks", 0), "name", None, "'name' must not be null"),
        (("agenda_items", 0), "title", None, "'title' must not be null"),
        (("agenda_items", 0), "description", None, "'description' must not be null"),
        (("notes", 0), "text", None, "'text' must not be null"),
        (("tracks", 0), "description", 5, "'description' must be a string"),
        (("agenda_items", 0), "track", 7, "'track' must be a non-empty string id"),
        (("tracks", 0), "id", "", "'id' must be a non-empty string id"),
        (("tracks", 0), "id", "t\na", "'id' must be an id of at most 200 printable characters"),
        (("red_lines", 0), "rule", "no_linkage", "'rule' must be an object"),
        (("agenda_items", 0), "figure", 25, "'figure' must be null or an object"),
        (("agenda_items", 0), "figure", {"unit": "%"}, "'figure' needs a numeric 'value'"),
    ],
)
def test_wrong_type(demo_store: Store, path: tuple[Any, ...], key: str, value: Any, fragment: str) -> None:
    doc = small_doc()
    record = _record(doc, path)
    record[key] = value
    where = f"{path[0]}[{path[1]}]"
    assert_refused(demo_store, doc, where, fragment)


def test_section_not_a_list(demo_store: Store) -> None:
    doc = small_doc()
    doc["notes"] = {"id": "n-1", "text": "x"}
    assert_refused(demo_store, doc, "notes: must be a list")


def test_record_not_an_object(demo_store: Store) -> None:
    doc = small_doc()
    doc["figures"].append("f-2")
    assert_refused(demo_store, doc, "figures[1]: must be an object")


def test_items_not_a_list(demo_store: Store) -> None:
    doc = small_doc()
    doc["checklists"][0]["items"] = {"id": "ci-1", "text": "x"}
    assert_refused(demo_store, doc, 'checklists[0] "Before departure"', "'items' must be a list")


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("priority", 0, "'priority' must be between 1 and 5, not 0"),
        ("priority", 6, "'priority' must be between 1 and 5, not 6"),
        ("flexibility", 0, "'flexibility' must be between 1 and 5"),
        ("weight", 101, "'weight' must be between 0 and 100, not 101"),
        ("weight", -0.5, "'weight' must be between 0 and 100, not -0.5"),
    ],
)
def test_value_out_of_range(demo_store: Store, key: str, value: Any, fragment: str) -> None:
    doc = small_doc()
    doc["agenda_items"][1][key] = value
    assert_refused(demo_store, doc, 'agenda_items[1] "Cost-sharing"', fragment)


@pytest.mark.parametrize(
    ("path", "key", "value", "fragment"),
    [
        (("agenda_items", 0), "stance", "aggressive", "'stance' \"aggressive\" is not one of offensive, defensive"),
        (("agenda_items", 0), "status", "Open", "'status' \"Open\" is not one of open, tabled"),
        (("agenda_items", 0), "disclosure", "secret", "'disclosure' \"secret\" is not one of"),
        (("participants", 0), "side", "neutral", "'side' \"neutral\" is not one of ours, theirs, other"),
        (("talking_points", 0), "kind", "speech", "'kind' \"speech\" is not one of point,"),
        (("red_lines", 0), "severity", "soft", "'severity' \"soft\" is not one of absolute, firm"),
        (("packages", 0), "origin", "both", "'origin' \"both\" is not one of ours, theirs"),
        (("packages", 0, "items", 0), "role", "take", "'role' \"take\" is not one of give, get"),
    ],
)
def test_bad_enum_value(demo_store: Store, path: tuple[Any, ...], key: str, value: Any, fragment: str) -> None:
    doc = small_doc()
    _record(doc, path)[key] = value
    where = f"{path[0]}[{path[1]}]" + (f' "Their ask" items[{path[3]}]' if len(path) > 2 else "")
    assert_refused(demo_store, doc, where, fragment)


@pytest.mark.parametrize("value", ["2025-02-30", "24 April", "2025-4-24", "2025-04-24T10:00", 20250424])
def test_bad_dossier_date(demo_store: Store, value: Any) -> None:
    doc = small_doc()
    doc["dossier"]["starts_on"] = value
    assert_refused(demo_store, doc, "dossier: 'starts_on'", f"{json.dumps(value)} is not a date (YYYY-MM-DD)")


def test_bad_checklist_due_date(demo_store: Store) -> None:
    doc = small_doc()
    doc["checklists"][0]["items"][0]["due"] = "2025-13-01"
    assert_refused(demo_store, doc, 'checklists[0] "Before departure" items[0]', "'due' \"2025-13-01\" is not a date")


@pytest.mark.parametrize("value", ["2025-04-20 15:00", "2025-04-20T25:00", "yesterday", "2025-02-30", "2025-04-20T15"])
def test_bad_note_time(demo_store: Store, value: str) -> None:
    doc = small_doc()
    doc["notes"][0]["at"] = value
    assert_refused(demo_store, doc, 'notes[0] "Lines agreed."', f"'at' \"{value}\" is not a date or date-time")


# --- references -----------------------------------------------------------------------------


def test_unknown_track_id(demo_store: Store) -> None:
    doc = small_doc()
    doc["agenda_items"][1]["track"] = "t-beef"
    assert_refused(demo_store, doc, 'agenda_items[1] "Cost-sharing"', 'track "t-beef" is not a track of this dossier')


def test_reference_problem_names_position_as_documented(demo_store: Store) -> None:
    # docs/dossier-format.md: agenda_items[3] "Beef import limits": track "t-beef" is not a track ...
    doc = small_doc()
    doc["agenda_items"][1]["track"] = "t-beef"
    assert_refused(demo_store, doc, 'agenda_items[1] "Cost-sharing": track "t-beef"')


def test_track_of_another_dossier_is_unknown(demo_store: Store, demo_doc: dict) -> None:
    doc = small_doc()
    demo_track = demo_doc["tracks"][0]["id"]
    doc["agenda_items"][1]["track"] = demo_track
    assert_refused(
        demo_store, doc, 'agenda_items[1] "Cost-sharing"', f'track "{demo_track}" is not a track of this dossier'
    )


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (("agenda_items", 1), 'agenda_items[1] "Cost-sharing"'),
        (("checklists", 0, "items", 0), 'checklists[0] "Before departure" items[0]'),
    ],
)
def test_unknown_owner_id(demo_store: Store, path: tuple[Any, ...], where: str) -> None:
    doc = small_doc()
    _record(doc, path)["owner"] = "p-nobody"
    assert_refused(demo_store, doc, where, 'owner "p-nobody" is not a participant of this dossier')


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (("talking_points", 0), 'talking_points[0] "Our firms invest in the US."'),
        (("packages", 0, "items", 1), 'packages[0] "Their ask" items['),
        (("checklists", 0, "items", 0), 'checklists[0] "Before departure" items[0]'),
    ],
)
def test_unknown_agenda_item(demo_store: Store, path: tuple[Any, ...], where: str) -> None:
    doc = small_doc()
    _record(doc, path)["agenda_item"] = "a-nothing"
    assert_refused(demo_store, doc, where, 'agenda_item "a-nothing" is not an agenda item of this dossier')


def test_unknown_red_line_in_checklist_item(demo_store: Store) -> None:
    doc = small_doc()
    doc["checklists"][0]["items"][0]["red_line"] = "r-nothing"
    assert_refused(
        demo_store, doc, 'checklists[0] "Before departure" items[0]', 'red_line "r-nothing" is not a red line'
    )


# --- red-line rules -------------------------------------------------------------------------

RULES = [
    ({"kind": "maximum", "item": "a-1"}, 'unknown rule kind "maximum"'),
    ({"between": [["t-a"], ["t-b"]]}, "unknown rule kind null"),
    ({"kind": "no_linkage", "between": [["t-a"], []]}, "group 2 of 'between' is empty"),
    ({"kind": "no_linkage", "between": [[], ["t-a"]]}, "group 1 of 'between' is empty"),
    ({"kind": "no_linkage", "between": [["t-a", "t-b"], ["t-b"]]}, "the two groups of 'between' share a track"),
    ({"kind": "no_linkage", "between": [["t-a", "t-b"]]}, "'between' must hold exactly 2 groups of tracks"),
    ({"kind": "no_linkage", "between": [["t-a"], ["t-x"]]}, "group 2 of 'between': \"t-x\" is not a track"),
    ({"kind": "no_linkage", "between": [["t-a", "t-a"], ["t-b"]]}, "group 1 of 'between' names a track twice"),
    ({"kind": "no_linkage"}, "a no_linkage rule needs 'between'"),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": 2}, "'max' must be less than the number of tracks (2)"),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b", "t-c"], "max": 3}, "'max' must be less than the number of tracks"),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b", "t-c"], "max": 0}, "'max' must be a whole number of at least 1"),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b", "t-c"], "max": 1.5}, "'max' must be a whole number"),
    ({"kind": "no_bundle", "tracks": ["t-a"], "max": 1}, "'tracks' must name at least 2 tracks"),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"]}, "a no_bundle rule needs 'max'"),
    ({"kind": "not_a_card", "item": "a-nothing"}, '"a-nothing" is not an agenda item of this dossier'),
    ({"kind": "not_a_card", "item": "a-1", "against_tracks": ["t-x"]}, "'against_tracks': \"t-x\" is not a track"),
    ({"kind": "ceiling", "item": "a-2", "value": 0}, "a ceiling needs an agenda item with a figure"),
    ({"kind": "floor", "item": "a-2", "value": 0}, "a floor needs an agenda item with a figure"),
    ({"kind": "ceiling", "item": "a-1", "value": "25"}, "'value' must be a number"),
    ({"kind": "ceiling", "item": "a-1"}, "a ceiling rule needs 'value'"),
    ({"kind": "manual", "item": "a-1"}, "a manual rule takes no 'item'"),
    ({"kind": "ceiling", "item": "a-1", "value": 1, "max": 2}, "a ceiling rule takes no 'max'"),
    ({"kind": "no_linkage", "between": [["t-a"], ["t-b"]], "against_tracks": []}, "takes no 'against_tracks'"),
]


@pytest.mark.parametrize(("rule", "fragment"), RULES, ids=[f"{n}-{r.get('kind')}" for n, (r, _) in enumerate(RULES)])
def test_malformed_rule(demo_store: Store, rule: dict[str, Any], fragment: str) -> None:
    doc = small_doc()
    doc["red_lines"][0]["rule"] = rule
    assert_refused(demo_store, doc, 'red_lines[0] "No linkage" rule: ', fragment)


@pytest.mark.parametrize(
    "rule",
    [{"kind": ["no_linkage"]}, {"kind": "not_a_card", "item": ["a-1"]}, {"kind": "ceiling", "item": {}, "value": 1}],
)
def test_rule_with_unhashable_value(demo_store: Store, rule: dict[str, Any]) -> None:
    doc = small_doc()
    doc["red_lines"][0]["rule"] = rule
    assert_refused(demo_store, doc, 'red_lines[0] "No linkage" rule')


@pytest.mark.parametrize("number", [float("inf"), float("nan")])
def test_rule_value_not_finite(demo_store: Store, number: float) -> None:
    doc = small_doc()
    doc["red_lines"][1]["rule"]["value"] = number  # a document built in code, not parsed
    assert_refused(demo_store, doc, 'red_lines[1] "LNG cap" rule', "'value' must be a finite number")


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN"])
def test_json_text_with_non_standard_numbers(number: str) -> None:
    text = json.dumps(small_doc()).replace('"value": 5}', f'"value": {number}}}')
    with pytest.raises(DocumentError, match=f"{number} is not a number JSON allows"):
        parse_text(text)


@pytest.mark.parametrize("number", [10**20, 1e300, float("inf")])
def test_number_too_large(demo_store: Store, number: float) -> None:
    doc = small_doc()
    doc["figures"][0]["value"] = number
    assert_refused(demo_store, doc, 'figures[0] "Surplus"', "'value' must be a finite number within ±1e15")


# --- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "extra", "where"),
    [
        ("tracks", {"id": "t-a", "name": "Other"}, 'tracks[3] "Other": id "t-a" appears twice'),
        ("notes", {"id": "n-1", "text": "Again"}, 'notes[1] "Again": id "n-1" appears twice'),
        ("red_lines", {"id": "r-1", "title": "Again"}, 'red_lines[2] "Again": id "r-1" appears twice'),
    ],
)
def test_duplicate_ids_in_a_section(demo_store: Store, section: str, extra: dict[str, Any], where: str) -> None:
    doc = small_doc()
    doc[section].append(extra)
    assert_refused(demo_store, doc, where)


def test_duplicate_ids_among_checklist_items(demo_store: Store) -> None:
    doc = small_doc()
    doc["checklists"][0]["items"].append({"id": "ci-1", "text": "Again"})
    assert_refused(demo_store, doc, 'checklists[0] "Before departure" items[1]: id "ci-1" appears twice')


def test_same_agenda_item_twice_in_one_package(demo_store: Store) -> None:
    doc = small_doc()
    doc["packages"][0]["items"].append({"agenda_item": "a-2", "role": "get"})
    assert_refused(demo_store, doc, 'packages[0] "Their ask" items[2]: the same agenda item appears twice')


def test_same_agenda_item_in_two_packages_is_fine(store: Store) -> None:
    doc = small_doc()
    doc["packages"].append({"id": "k-2", "name": "Ours", "items": [{"agenda_item": "a-2", "role": "give"}]})
    assert store.load(doc).added == 20


@pytest.mark.parametrize(
    ("section", "index", "where"),
    [("tracks", 0, 'tracks[0] "Tariffs"'), ("notes", 0, 'notes[0] "')],
)
def test_id_of_another_dossier(demo_store: Store, demo_doc: dict, section: str, index: int, where: str) -> None:
    doc = small_doc()
    taken = demo_doc[section][index]["id"]
    doc[section][0]["id"] = taken
    if section == "tracks":
        for item in doc["agenda_items"]:
            item["track"] = taken if item["track"] == "t-a" else item["track"]
        doc["red_lines"][0]["rule"]["between"][1] = [taken]
    assert_refused(demo_store, doc, where, f'id "{taken}" already belongs to another dossier in this store')


def test_checklist_item_id_of_another_dossier(demo_store: Store, demo_doc: dict) -> None:
    doc = small_doc()
    taken = demo_doc["checklists"][0]["items"][0]["id"]
    doc["checklists"][0]["items"][0]["id"] = taken
    assert_refused(demo_store, doc, "items[0]", f'id "{taken}" already belongs to another dossier')


# --- deleting -------------------------------------------------------------------------------


def test_deleting_a_track_still_used(two_store: Store) -> None:
    error = assert_refused(
        two_store,
        edits(tracks=[{"id": "t-c", "deleted": True}]),
        'agenda_items "LNG purchases"',
        'track "Energy" is deleted by this document but still used here',
    )
    assert len(error.problems) == 1


def test_deleting_a_track_a_rule_uses(two_store: Store) -> None:
    error = assert_refused(
        two_store,
        edits(tracks=[{"id": "t-b", "deleted": True}], agenda_items=[{"id": "a-2", "track": "t-a"}]),
        'red_lines "No linkage" rule',  # the red line is not in the document: named, without a place
        'uses track "Defense", which this document deletes',
    )
    assert len(error.problems) == 1


def test_deleting_an_agenda_item_a_rule_uses(two_store: Store) -> None:
    error = assert_refused(
        two_store,
        edits(agenda_items=[{"id": "a-3", "deleted": True}]),
        'red_lines "LNG cap" rule',
        'uses agenda item "LNG purchases", which this document deletes',
    )
    assert len(error.problems) == 1


def test_deleting_a_demo_agenda_item_still_used(demo_store: Store, demo_doc: dict) -> None:
    rule = next(r["rule"] for r in demo_doc["red_lines"] if r["rule"]["kind"] == "not_a_card")
    title = next(a["title"] for a in demo_doc["agenda_items"] if a["id"] == rule["item"])
    error = assert_refused(
        demo_store,
        edits(demo_doc["dossier"]["id"], agenda_items=[{"id": rule["item"], "deleted": True}]),
        "rule: uses agenda item",
        f'"{title}", which this document deletes',
    )
    assert any(f'agenda_item "{title}" is deleted by this document but still used here' in p for p in error.problems)


def test_deleted_must_be_a_boolean(two_store: Store) -> None:
    assert_refused(two_store, edits(notes=[{"id": "n-1", "deleted": "yes"}]), 'notes[0] "n-1"', "'deleted' must be")


def test_figure_object_with_unknown_key(demo_store: Store) -> None:
    doc = small_doc()
    doc["agenda_items"][0]["figure"] = {"value": 25, "unit": "%", "currency": "USD"}
    assert_refused(demo_store, doc, 'agenda_items[0] "Tariff cut"', "'figure' has an unknown key 'currency'")


@pytest.mark.parametrize("key", ["unit", "source"])
def test_figure_object_with_non_text(demo_store: Store, key: str) -> None:
    doc = small_doc()
    doc["agenda_items"][0]["figure"] = {"value": 25, key: 3}
    assert_refused(demo_store, doc, 'agenda_items[0] "Tariff cut"', f"'figure.{key}' must be a string")


# --- all or nothing -------------------------------------------------------------------------


def test_every_problem_is_listed(demo_store: Store) -> None:
    doc = small_doc()
    doc["agenda_items"][0]["priority"] = 9
    doc["notes"][0]["at"] = "tomorrow"
    doc["tracks"][1]["colour"] = "red"
    error = assert_refused(demo_store, doc, "'priority' must be between 1 and 5")
    assert len(error.problems) == 3
    assert any("'at' \"tomorrow\"" in p for p in error.problems)
    assert any("unknown key 'colour'" in p for p in error.problems)


def test_source_names_the_file(demo_store: Store) -> None:
    doc = small_doc()
    doc["version"] = 3
    with pytest.raises(DocumentError) as info:
        demo_store.load(doc, "edits.json")
    assert str(info.value).startswith("edits.json: made by a newer negoprep")
    assert info.value.source == "edits.json"


def test_bad_edits_leave_the_demo_dossier_byte_for_byte(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    before = json.dumps(demo_store.dump(dossier_id), ensure_ascii=False, indent=2)
    revisions = demo_store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    item = demo_doc["agenda_items"][0]
    point = demo_doc["talking_points"][0]
    doc = copy.deepcopy(demo_doc)
    doc["dossier"]["title"] = "Renamed"
    doc["agenda_items"][0]["status"] = "tabled"
    doc["agenda_items"][1]["priority"] = 1
    doc["talking_points"] = [{"id": point["id"], "deleted": True}, *doc["talking_points"][1:]]
    doc["notes"].append({"id": "n-new", "text": "새 메모"})
    doc["figures"].append({"id": "f-new", "series": "s", "value": 1})
    doc["notes"].append({"id": "n-bad", "at": "2025-04-31", "text": "bad date"})  # the one defect
    assert_refused(demo_store, doc, "notes[3]", "'at' \"2025-04-31\"")
    assert json.dumps(demo_store.dump(dossier_id), ensure_ascii=False, indent=2) == before
    assert demo_store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == revisions
    content = demo_store.content(dossier_id)
    assert content is not None
    assert [a.status for a in content.agenda_items if a.id == item["id"]] == [item["status"]]


def test_fingerprint_sees_every_kind_of_change(two_store: Store) -> None:
    """The check above is only as good as the fingerprint: an edit that adds nothing but a
    revision and an index entry still shows."""
    before = fingerprint(two_store)
    two_store.load(edits(tracks=[{"id": "t-c", "description": "LNG, oil and nuclear"}]))
    after = fingerprint(two_store)
    assert after["counts"]["revisions"] == before["counts"]["revisions"] + 1
    assert after["rows"]["search"] != before["rows"]["search"]
    assert after["dumps"][SMALL_ID] != before["dumps"][SMALL_ID]
