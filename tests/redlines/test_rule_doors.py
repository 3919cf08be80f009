"""A malformed red-line rule that reached a store (from a damaged or crafted file) never makes
a command fail: `check`, the briefing book, the packages chart and deleting a record report it
as a rule that cannot be checked; and no door lets one in."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from negoprep.cli import main
from negoprep.errors import DocumentError
from negoprep.records import model
from negoprep.redlines.rules import referenced_ids
from negoprep.store.store import Store

#: the rule from the report: a ceiling whose item is a list
BAD_RULE: dict[str, Any] = {"kind": "ceiling", "item": ["x"], "value": 1}

#: more rules of the wrong shape, each of which once reached code that assumed a good one
MALFORMED = [
    BAD_RULE,
    {"kind": "not_a_card", "item": {"id": "x"}},
    {"kind": "no_linkage", "between": [["t"], "u"]},
    {"kind": "no_linkage", "between": "tracks"},
    {"kind": "no_bundle", "tracks": [["t"], ["u"]], "max": 1},
    {"kind": "no_bundle", "tracks": ["t", "u"], "max": [1]},
    {"kind": "not_a_card", "item": "x", "against_tracks": [[["deep"]]]},
    {"kind": ["ceiling"], "item": "x", "value": 1},
    {"kind": "floor", "item": None, "value": {"v": 1}},
]


def no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text and "internal error" not in text


@pytest.fixture
def dossier_id(demo_store: Store) -> str:
    return demo_store.dossiers()[0].id


def poison(store: Store, dossier_id: str, rule: Any) -> model.RedLine:
    """Write a rule into a stored red line the way a damaged file or another program would:
    with its revision, past every check of the store's door."""
    red_line = store.records(model.RedLine, dossier_id)[3]  # the ceiling
    with store.transaction():
        store.db.write(replace(red_line, rule=rule))
    stored = store.get(model.RedLine, red_line.id)
    assert stored is not None and stored.rule == rule
    return stored


@pytest.mark.parametrize("rule", MALFORMED, ids=[json.dumps(r) for r in MALFORMED])
def test_check_reports_a_malformed_rule_as_one_that_cannot_be_checked(
    demo_store: Store, dossier_id: str, rule: Any, capsys
) -> None:
    red_line = poison(demo_store, dossier_id, rule)
    code = main(["--store", str(demo_store.path), "check"])
    out, err = capsys.readouterr()
    assert code == 1, err
    no_traceback(out, err)
    tail = out.split("cannot be checked", 1)[1]
    assert f'"{red_line.title}"' in tail

    code = main(["--store", str(demo_store.path), "check", "--json"])
    out, err = capsys.readouterr()
    assert code == 1, err
    (unchecked,) = json.loads(out)["unchecked_red_lines"]
    assert unchecked["red_line"] == red_line.id
    assert unchecked["problems"] and all(isinstance(p, str) for p in unchecked["problems"])
    # the other red lines are still checked against every package
    assert json.loads(out)["violations"]


def test_check_names_what_is_wrong_with_the_rule(demo_store: Store, dossier_id: str, capsys) -> None:
    poison(demo_store, dossier_id, BAD_RULE)
    main(["--store", str(demo_store.path), "check"])
    out, _ = capsys.readouterr()
    assert "'item' must be an agenda item id" in out


@pytest.mark.parametrize("rule", MALFORMED, ids=[json.dumps(r) for r in MALFORMED])
@pytest.mark.parametrize("release", [False, True])
def test_the_briefing_book_shows_a_malformed_rule_as_unreadable(
    demo_store: Store, dossier_id: str, rule: Any, release: bool
) -> None:
    from negoprep.paper.briefing import briefing_html

    red_line = poison(demo_store, dossier_id, rule)
    book = briefing_html(demo_store, dossier_id, release=release)
    section = book[book.index("<h2>Red lines</h2>") : book.index("<h2>Packages</h2>")]
    part = section[section.index(red_line.title) :]
    assert "cannot be read" in part.split("<h3>", 1)[0]


def test_print_briefing_and_chart_packages_with_a_malformed_rule(
    demo_store: Store, dossier_id: str, tmp_path: Path, capsys, qapp
) -> None:
    # (qapp: printing in this process uses the tests' application rather than making its own)
    poison(demo_store, dossier_id, BAD_RULE)
    path = str(demo_store.path)
    assert main(["--store", path, "print", "briefing", "--out", str(tmp_path / "book.pdf")]) == 0
    assert main(["--store", path, "chart", "packages", "--out", str(tmp_path / "packages.svg")]) == 0
    out, err = capsys.readouterr()
    no_traceback(out, err)
    assert (tmp_path / "book.pdf").stat().st_size > 0
    assert (tmp_path / "packages.svg").stat().st_size > 0


@pytest.mark.parametrize("rule", MALFORMED, ids=[json.dumps(r) for r in MALFORMED])
def test_deleting_records_beside_a_malformed_rule(demo_store: Store, dossier_id: str, rule: Any) -> None:
    poison(demo_store, dossier_id, rule)
    package = demo_store.records(model.Package, dossier_id)[0]
    demo_store.apply("Delete a package", deletes=[package])
    assert demo_store.get(model.Package, package.id).deleted
    # an agenda item no rule names, and the red line itself
    named = {i for r in demo_store.records(model.RedLine, dossier_id) for i in referenced_ids(r.rule)[1]}
    item = next(i for i in demo_store.records(model.AgendaItem, dossier_id) if i.id not in named)
    effects = demo_store.deletion_effects(item)
    demo_store.apply("Delete an item", deletes=[item, *effects.cascade], puts=effects.unlink)
    assert demo_store.get(model.AgendaItem, item.id).deleted
    red_line = demo_store.records(model.RedLine, dossier_id)[3]
    demo_store.apply("Delete the red line", deletes=[red_line])
    assert demo_store.get(model.RedLine, red_line.id).deleted


def test_a_partly_readable_rule_still_guards_the_tracks_it_names(demo_store: Store, dossier_id: str) -> None:
    """A malformed rule is not checked, but a track it still names by a plain id is not
    deleted under it without a word."""
    track = demo_store.records(model.Track, dossier_id)[0]
    poison(demo_store, dossier_id, {"kind": "no_bundle", "tracks": [track.id, "other"], "max": [1]})
    effects = demo_store.deletion_effects(track)
    assert any("red line" in b for b in effects.blockers)


def test_deleting_by_a_document_beside_a_malformed_rule(demo_store: Store, dossier_id: str, demo_doc: dict) -> None:
    poison(demo_store, dossier_id, BAD_RULE)
    tabled = {o.package_id for o in demo_store.records(model.Offer, dossier_id)}
    package = next(p for p in demo_store.records(model.Package, dossier_id) if p.id not in tabled)
    doc = {
        "format": demo_doc["format"],
        "version": demo_doc["version"],
        "dossier": {"id": dossier_id},
        "packages": [{"id": package.id, "deleted": True}],
    }
    demo_store.load(doc)
    assert demo_store.get(model.Package, package.id).deleted


def test_a_stored_malformed_rule_does_not_block_other_edits(demo_store: Store, dossier_id: str, demo_doc: dict) -> None:
    """The rule the document does not touch was not made by it: an edit of a note goes in."""
    poison(demo_store, dossier_id, BAD_RULE)
    track = demo_store.records(model.Track, dossier_id)[0]
    doc = {
        "format": demo_doc["format"],
        "version": demo_doc["version"],
        "dossier": {"id": dossier_id},
        "tracks": [{"id": track.id, "name": "Renamed track"}],
    }
    demo_store.load(doc)
    assert demo_store.get(model.Track, track.id).name == "Renamed track"


def test_a_document_that_touches_the_malformed_rule_must_mend_it(
    demo_store: Store, dossier_id: str, demo_doc: dict
) -> None:
    red_line = poison(demo_store, dossier_id, BAD_RULE)
    doc = {
        "format": demo_doc["format"],
        "version": demo_doc["version"],
        "dossier": {"id": dossier_id},
        "red_lines": [{"id": red_line.id, "title": "Renamed"}],
    }
    with pytest.raises(DocumentError, match="'item' must be an agenda item id"):
        demo_store.load(doc)
    doc["red_lines"][0]["rule"] = {"kind": "manual"}
    demo_store.load(doc)
    assert demo_store.get(model.RedLine, red_line.id).rule == {"kind": "manual"}


@pytest.mark.parametrize("rule", MALFORMED, ids=[json.dumps(r) for r in MALFORMED])
def test_load_refuses_a_malformed_rule(demo_store: Store, dossier_id: str, demo_doc: dict, rule: Any) -> None:
    red_line = demo_store.records(model.RedLine, dossier_id)[0]
    doc = {
        "format": demo_doc["format"],
        "version": demo_doc["version"],
        "dossier": {"id": dossier_id},
        "red_lines": [{"id": red_line.id, "rule": rule}],
    }
    with pytest.raises(DocumentError) as refused:
        demo_store.load(doc)
    assert str(refused.value).startswith(f'red_lines[0] "{red_line.id}" rule: ')
    assert demo_store.get(model.RedLine, red_line.id) == red_line


def test_a_change_through_the_store_refuses_a_malformed_rule(demo_store: Store, dossier_id: str) -> None:
    from negoprep.store.operations import InvalidChangeError

    red_line = demo_store.records(model.RedLine, dossier_id)[3]
    for rule in MALFORMED:
        with pytest.raises(InvalidChangeError, match="rule"):
            demo_store.apply("Edit rule", puts=[replace(red_line, rule=rule)])
    assert demo_store.get(model.RedLine, red_line.id).rule == red_line.rule


# --- a rule's size: one check at every door ---------------------------------------------------

#: Rules too large to read, with the problem each door must find.
OVERSIZED = [
    ({"kind": "manual", "x": [[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]}, "rule.too_deep"),
    ({"kind": "no_bundle", "tracks": [f"t-{n}" for n in range(2000)], "max": 1}, "rule.too_long"),
    ({"kind": "not_a_card", "item": "x" * 10_001}, "rule.too_long"),
]


@pytest.mark.parametrize(("rule", "code"), OVERSIZED)
def test_load_and_verify_judge_a_rule_s_size_alike(rule: dict[str, Any], code: str) -> None:
    """A document being loaded (the rule as an object), a received file's row (its JSON text)
    and a revision snapshot find the same problem with the same check."""
    from negoprep.records import values
    from negoprep.redlines.rules import text_shape_problems

    column = model.RedLine.column("rule")
    text = json.dumps(rule, ensure_ascii=False)
    found = [
        values.check(column, rule)[0],
        values.stored_checker(column)(text.encode()),
        values.snapshot_checker(column)(rule),
        text_shape_problems(text)[0],
    ]
    assert [p.code if p else None for p in found] == [code] * 4


def test_brackets_inside_an_id_are_not_nesting() -> None:
    """An id may hold "[" (any printable character): a rule naming it is one level deep."""
    from negoprep.records import values

    column = model.RedLine.column("rule")
    rule = {"kind": "not_a_card", "item": "[" * 40 + "x"}
    assert values.check(column, rule)[0] is None
    assert values.stored_checker(column)(json.dumps(rule).encode()) is None
