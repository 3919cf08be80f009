"""The kinds of red-line rule as a registry: each kind one object declaring its parameters, from
which the shape check, the check against a dossier, the ids a rule names and its words follow.
Problems and words are codes with parameters, put into words by the catalogue."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negoprep.records import model, problems
from negoprep.records.problems import CATALOGUE, Problem, words
from negoprep.redlines.check import check_package
from negoprep.redlines.rules import (
    KINDS,
    MAX_RULE_TEXT,
    Breach,
    Held,
    Names,
    Param,
    ParamType,
    RuleKind,
    describe_rule,
    referenced_ids,
    rule_problems,
    rule_words,
    shape_problems,
    text_shape_problems,
)

TRACKS = {"t-a": "Tariffs", "t-b": "Defense", "t-c": "Energy"}
FIGURES = {"a-1": True, "a-2": False}  # agenda item id → whether it has a figure
TITLES = {"a-1": "LNG purchases", "a-2": "Auto tariffs"}

GOOD = [
    {"kind": "no_linkage", "between": [["t-a"], ["t-b", "t-c"]]},
    {"kind": "not_a_card", "item": "a-2"},
    {"kind": "not_a_card", "item": "a-2", "against_tracks": ["t-a"]},
    {"kind": "not_a_card", "item": "a-2", "against_tracks": []},
    {"kind": "no_bundle", "tracks": ["t-a", "t-b", "t-c"], "max": 2},
    {"kind": "ceiling", "item": "a-1", "value": 1.5},
    {"kind": "floor", "item": "a-1", "value": -3},
    {"kind": "manual"},
]


def codes(found: list[Problem]) -> list[str]:
    return [p.code for p in found]


@pytest.mark.parametrize("rule", GOOD, ids=[json.dumps(r) for r in GOOD])
def test_a_good_rule_has_no_problem(rule: dict[str, Any]) -> None:
    assert shape_problems(rule) == []
    assert rule_problems(rule, TRACKS, FIGURES) == []
    assert text_shape_problems(json.dumps(rule)) == []


# --- the shape, without a dossier ---------------------------------------------------------------

#: rule → the problems of its shape: (code, the parameters that say where)
SHAPES: list[tuple[Any, list[tuple[str, dict[str, Any]]]]] = [
    (["no_linkage"], [("rule.not_object", {})]),
    (None, [("rule.not_object", {})]),
    ({"kind": "maximum"}, [("rule.unknown_kind", {"kind": '"maximum"'})]),
    ({"between": []}, [("rule.unknown_kind", {"kind": "null"})]),
    ({"kind": ["ceiling"]}, [("rule.unknown_kind", {"kind": "a list"})]),
    ({"kind": "ceiling", "item": "a-1"}, [("rule.missing", {"kind": "ceiling", "param": "value"})]),
    ({"kind": "manual", "item": "a-1"}, [("rule.extra", {"kind": "manual", "param": "item"})]),
    ({"kind": "ceiling", "item": ["x"], "value": 1}, [("rule.not_item", {"param": "item"})]),
    ({"kind": "ceiling", "item": "", "value": 1}, [("rule.not_item", {"param": "item"})]),
    ({"kind": "ceiling", "item": "a\u202e1", "value": 1}, [("rule.not_item", {"param": "item"})]),
    ({"kind": "ceiling", "item": "x" * 201, "value": 1}, [("rule.not_item", {"param": "item"})]),
    ({"kind": "ceiling", "item": "a-1", "value": "1"}, [("rule.not_number", {"param": "value"})]),
    ({"kind": "ceiling", "item": "a-1", "value": True}, [("rule.not_number", {"param": "value"})]),
    ({"kind": "ceiling", "item": "a-1", "value": 1e16}, [("rule.not_finite", {"param": "value"})]),
    ({"kind": "ceiling", "item": "a-1", "value": float("nan")}, [("rule.not_finite", {"param": "value"})]),
    ({"kind": "no_linkage", "between": "t-a"}, [("rule.not_groups", {"param": "between", "count": 2})]),
    ({"kind": "no_linkage", "between": [["t-a"]]}, [("rule.not_groups", {"param": "between", "count": 2})]),
    (
        {"kind": "no_linkage", "between": [["t-a"], "t-b"]},
        [("rule.group.not_tracks", {"param": "between", "group": 2})],
    ),
    (
        {"kind": "no_linkage", "between": [[["t-a"]], ["t-b"]]},
        [("rule.group.not_tracks", {"param": "between", "group": 1})],
    ),
    (
        {"kind": "no_linkage", "between": [[], []]},
        [
            ("rule.group.empty", {"param": "between", "group": 1}),
            ("rule.group.empty", {"param": "between", "group": 2}),
        ],
    ),
    (
        {"kind": "no_linkage", "between": [["t-a", "t-a"], ["t-b"]]},
        [("rule.group.track_twice", {"param": "between", "group": 1})],
    ),
    (
        {"kind": "no_linkage", "between": [["t-a", "t-b"], ["t-c", "t-b", "t-a"]]},
        [("rule.groups_share", {"param": "between", "tracks": ["t-b", "t-a"]})],
    ),
    ({"kind": "no_bundle", "tracks": "t-a", "max": 1}, [("rule.not_tracks", {"param": "tracks"})]),
    ({"kind": "no_bundle", "tracks": ["t-a"], "max": 1}, [("rule.too_few_tracks", {"param": "tracks", "least": 2})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-a"], "max": 1}, [("rule.track_twice", {"param": "tracks"})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": 2}, [("rule.not_below", {"param": "max", "count": 2})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": 10**400}, [("rule.not_below", {"param": "max"})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": 0}, [("rule.not_whole", {"param": "max", "least": 1})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": 1.0}, [("rule.not_whole", {"param": "max"})]),
    ({"kind": "no_bundle", "tracks": ["t-a", "t-b"], "max": [1]}, [("rule.not_whole", {"param": "max"})]),
    (
        {"kind": "not_a_card", "item": "a-1", "against_tracks": [[["deep"]]]},
        [("rule.not_tracks", {"param": "against_tracks"})],
    ),
]


@pytest.mark.parametrize(("rule", "expected"), SHAPES, ids=[repr(r)[:60] for r, _ in SHAPES])
def test_the_shape_of_a_rule(rule: Any, expected: list[tuple[str, dict[str, Any]]]) -> None:
    found = shape_problems(rule)
    assert codes(found) == [code for code, _ in expected]
    for problem, (_, params) in zip(found, expected, strict=True):
        assert {k: problem.params.get(k) for k in params} == params
        assert words(problem)  # every code has its words
    # a malformed rule can never be checked, whatever the dossier
    assert all(p in rule_problems(rule, TRACKS, FIGURES) for p in found)


def test_a_rule_is_small() -> None:
    """A rule is refused before being looked at in depth once its JSON would be too long, so
    that checking thousands of received rules stays quick."""
    many = {"kind": "no_bundle", "tracks": [f"t-{n}" for n in range(1_000_000)], "max": 1}
    long_key = {"kind": "manual", "x" * 10_000_000: 1}
    start = time.perf_counter()
    assert codes(shape_problems(many)) == ["rule.too_long"]
    assert codes(rule_problems(many, TRACKS, FIGURES)) == ["rule.too_long"]
    assert referenced_ids(many) == (set(), set())
    assert describe_rule(many, {}, {}) == words(problems.problem("rule.says.unreadable"))
    assert codes(shape_problems(long_key)) == ["rule.too_long"]
    assert time.perf_counter() - start < 0.5
    # just within the limit, and just beyond it (the text as the store writes it)
    ids = [f"t{n:04}" for n in range(1200)]
    fits = {"kind": "no_bundle", "tracks": ids[:1000], "max": 1}
    assert len(json.dumps(fits, ensure_ascii=False)) <= MAX_RULE_TEXT
    assert shape_problems(fits) == []
    over = {"kind": "no_bundle", "tracks": ids[:1200], "max": 1}
    assert len(json.dumps(over, ensure_ascii=False)) > MAX_RULE_TEXT
    assert codes(shape_problems(over)) == ["rule.too_long"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"kind": "manual", "kind": "ceiling"}', "doc.duplicate_key"),
        ('{"kind": "ceiling", "item": "a-1", "value": NaN}', "rule.not_json"),
        ('{"kind": "ceiling", "item": "a-1", "value": Infinity}', "rule.not_json"),
        ('{"kind": "ceiling", "item": "a-1", "value": ' + "9" * 5000 + "}", "rule.not_json"),
        ("[" * 5000 + "]" * 5000, "rule.too_deep"),
        ("[" * 17 + "]" * 17, "rule.too_deep"),
        ('{"kind": "manual"', "rule.not_json"),
        (b'{"kind": "\xff"}', "rule.not_json"),
        ('"manual"', "rule.not_object"),
        ('{"kind": "ceiling", "item": ["x"], "value": 1}', "rule.not_item"),
        ('{"kind": "manual"}' + " " * MAX_RULE_TEXT, "rule.too_long"),
    ],
)
def test_the_shape_of_a_stored_rule(text: str | bytes, code: str) -> None:
    assert codes(text_shape_problems(text)) == [code]


def test_a_huge_stored_rule_is_refused_before_it_is_parsed() -> None:
    text = '{"kind": "no_bundle", "tracks": [' + ", ".join(['"t"'] * 2_000_000) + '], "max": 1}'
    start = time.perf_counter()
    assert codes(text_shape_problems(text)) == ["rule.too_long"]
    assert time.perf_counter() - start < 0.01


# --- against a dossier --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            {"kind": "no_linkage", "between": [["t-a"], ["t-x", "t-b"]]},
            [("rule.group.unknown_track", {"param": "between", "group": 2, "track": "t-x"})],
        ),
        (
            {"kind": "no_bundle", "tracks": ["t-a", "t-x"], "max": 1},
            [("rule.unknown_track", {"param": "tracks", "track": "t-x"})],
        ),
        (
            {"kind": "not_a_card", "item": "a-1", "against_tracks": ["t-x"]},
            [("rule.unknown_track", {"param": "against_tracks", "track": "t-x"})],
        ),
        ({"kind": "not_a_card", "item": "a-x"}, [("rule.unknown_item", {"param": "item", "item": "a-x"})]),
        ({"kind": "ceiling", "item": "a-2", "value": 1}, [("rule.no_figure", {"kind": "ceiling", "item": "a-2"})]),
        # each parameter is judged on its own: the item's figure and the value's type
        (
            {"kind": "floor", "item": "a-2", "value": "lots"},
            [("rule.no_figure", {"param": "item"}), ("rule.not_number", {"param": "value"})],
        ),
    ],
)
def test_a_rule_against_the_dossier(rule: dict[str, Any], expected: list[tuple[str, dict[str, Any]]]) -> None:
    found = rule_problems(rule, TRACKS, FIGURES)
    assert all(p in found for p in shape_problems(rule))
    assert codes(found) == [code for code, _ in expected]
    for problem, (_, params) in zip(found, expected, strict=True):
        assert {k: problem.params.get(k) for k in params} == params


def test_the_words_of_problems_are_the_catalogues() -> None:
    (found,) = rule_problems({"kind": "no_linkage", "between": [["t-a"], ["t-x"]]}, TRACKS, FIGURES)
    assert words(found) == "group 2 of 'between': \"t-x\" is not a track of this dossier"
    assert str(found) == words(found)
    other = {**CATALOGUE, "rule.group.unknown_track": "{track}?"}
    assert words(found, other) == "t-x?"


# --- the ids a rule names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "tracks", "items"),
    [
        ({"kind": "no_linkage", "between": [["t-a"], ["t-b", "t-c"]]}, {"t-a", "t-b", "t-c"}, set()),
        ({"kind": "not_a_card", "item": "a-1", "against_tracks": ["t-a"]}, {"t-a"}, {"a-1"}),
        ({"kind": "ceiling", "item": "a-1", "value": 1}, set(), {"a-1"}),
        ({"kind": "manual"}, set(), set()),
        # of a malformed rule, the plain ids where its kind takes them, and nothing else
        ({"kind": "ceiling", "item": ["x"], "value": 1}, set(), set()),
        ({"kind": "no_linkage", "between": [["t-a", ["t-z"]], "t-b"]}, {"t-a"}, set()),
        ({"kind": "no_bundle", "tracks": ["t-a", 7, None], "max": [1]}, {"t-a"}, set()),
        ({"kind": "nothing", "item": "a-1"}, set(), set()),
        (["not", "a", "rule"], set(), set()),
    ],
)
def test_referenced_ids(rule: Any, tracks: set[str], items: set[str]) -> None:
    assert referenced_ids(rule) == (tracks, items)


# --- in words -----------------------------------------------------------------------------------

NAMES = Names(TRACKS, TITLES, {"a-1": "Mt"})


@pytest.mark.parametrize(
    ("rule", "code", "text"),
    [
        (GOOD[0], "rule.says.no_linkage", "No linkage between Tariffs and Defense or Energy"),
        (GOOD[1], "rule.says.not_a_card", "Auto tariffs is not a card to give"),
        (GOOD[2], "rule.says.not_a_card_for", "Auto tariffs is not a card for Tariffs, given or got"),
        (GOOD[3], "rule.says.not_a_card", "Auto tariffs is not a card to give"),
        (GOOD[4], "rule.says.no_bundle", "A package may span at most 2 of Tariffs, Defense or Energy"),
        (GOOD[5], "rule.says.ceiling", "LNG purchases: at most 1.5 Mt"),
        (GOOD[6], "rule.says.floor", "LNG purchases: at least -3 Mt"),
        (GOOD[7], "rule.says.manual", "Checked by a person"),
        ({"kind": "ceiling", "item": ["x"], "value": 1}, "rule.says.unreadable", "cannot be read"),
        ({"kind": "no_deal"}, "rule.says.unreadable", "cannot be read"),
    ],
)
def test_a_rule_in_words(rule: Any, code: str, text: str) -> None:
    said = rule_words(rule, NAMES)
    assert said.code == code
    assert text in words(said)
    assert describe_rule(rule, NAMES.tracks, NAMES.items, NAMES.units) == words(said)


def test_names_and_titles_are_parameters_of_the_words() -> None:
    said = rule_words(GOOD[5], NAMES)
    assert said.params["item"] == "LNG purchases"
    other = {**CATALOGUE, "rule.says.ceiling": "{item} ≤ {value}", "rule.amount": "{value}{unit}"}
    assert words(said, other) == "LNG purchases ≤ 1.5Mt"
    # the way lists are joined is the catalogue's too
    joined = {**CATALOGUE, "list.or": "{rest} / {last}"}
    assert words(rule_words(GOOD[4], NAMES), joined) == "A package may span at most 2 of Tariffs, Defense / Energy"


def test_a_violation_reason_is_a_code_with_titles_and_names() -> None:
    items = {
        "a-1": model.AgendaItem(id="a-1", dossier_id="d", track_id="t-c", title="LNG purchases"),
        "a-2": model.AgendaItem(id="a-2", dossier_id="d", track_id="t-a", title="Auto tariffs"),
    }
    entries = [
        model.PackageItem(id="p-1", dossier_id="d", package_id="p", agenda_item_id="a-1", role="give"),
        model.PackageItem(id="p-2", dossier_id="d", package_id="p", agenda_item_id="a-2", role="get"),
    ]
    package = model.Package(id="p", dossier_id="d", name="Deal", items=entries)
    red_line = model.RedLine(
        id="r", dossier_id="d", title="No card", rule={"kind": "not_a_card", "item": "a-1", "against_tracks": ["t-a"]}
    )
    (found,) = check_package(package, [red_line], items, TRACKS).violations
    assert found.because.code == "rule.breaks.not_a_card_for"
    assert found.reason == 'it holds "LNG purchases" in a package with "Auto tariffs" (Tariffs)'
    quotes = {**CATALOGUE, "text.quoted": "«{text}»"}
    assert words(found.because, quotes) == "it holds «LNG purchases» in a package with «Auto tariffs» (Tariffs)"


# --- every kind has its words -------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))
def test_every_kind_has_its_words_in_the_catalogue(kind: RuleKind) -> None:
    for part in ("name", "meaning", "breaks", "how"):
        assert f"rule.{kind.name}.{part}" in CATALOGUE
    for param in kind.params:
        for part in ("label", "name"):
            for group in range(1, param.groups + 1) if param.groups else [0]:
                key = (
                    f"rule.{kind.name}.{param.name}.{group}.{part}"
                    if group
                    else f"rule.{kind.name}.{param.name}.{part}"
                )
                assert key in CATALOGUE
        assert f"rule.{kind.name}.{param.name}.tip" in CATALOGUE


# --- a new kind is one object -------------------------------------------------------------------


class MinimumShare(RuleKind):
    """A made-up kind: at least `share` of the package's items must be on the listed tracks,
    never giving `item`. It exercises every type of parameter."""

    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        return Problem("rule.says.minimum_share", {"item": names.item(rule["item"]), "share": rule["share"]})

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        on = [i.id for _, i in held if i.track_id in rule["tracks"]]
        if len(on) >= rule["share"]:
            return None
        return Breach(tuple(on), Problem("rule.breaks.minimum_share", {"count": len(on)}))


NEW_KIND = MinimumShare(
    "minimum_share",
    (
        Param("tracks", ParamType.TRACKS, least=1),
        Param("item", ParamType.ITEM, with_figure=True),
        Param("share", ParamType.WHOLE, least=1, below="tracks"),
        Param("weight", ParamType.NUMBER, required=False, unit_of="item"),
    ),
)
NEW_WORDS = {
    "rule.says.minimum_share": "{item}: at least {share}",
    "rule.breaks.minimum_share": "only {count}",
    "rule.minimum_share.name": "Minimum share",
    "rule.minimum_share.meaning": "Minimum share — enough items on these tracks",
    "rule.minimum_share.breaks": "A package breaks it when it holds too few items of these tracks.",
    "rule.minimum_share.how": "Tick tracks, choose an item, count.",
    **{
        f"rule.minimum_share.{p}.{part}": f"{p} {part}"
        for p in ("tracks", "item", "share", "weight")
        for part in ("label", "name", "tip")
    },
}


@pytest.fixture
def new_kind(monkeypatch: pytest.MonkeyPatch) -> RuleKind:
    """The made-up kind registered, its words in the catalogue: nothing else is written for it."""
    monkeypatch.setitem(KINDS, NEW_KIND.name, NEW_KIND)
    for code, text in NEW_WORDS.items():
        monkeypatch.setitem(CATALOGUE, code, text)
    return NEW_KIND


def test_a_new_kind_is_checked_named_and_said_from_its_declaration(new_kind: RuleKind) -> None:
    good = {"kind": "minimum_share", "tracks": ["t-a", "t-b"], "item": "a-1", "share": 1}
    assert shape_problems(good) == [] and rule_problems(good, TRACKS, FIGURES) == []
    assert referenced_ids(good) == ({"t-a", "t-b"}, {"a-1"})
    assert describe_rule(good, TRACKS, TITLES) == "LNG purchases: at least 1"
    bad = {"kind": "minimum_share", "tracks": ["t-a", "t-x"], "item": "a-2", "share": 2, "weight": "x", "y": 1}
    assert codes(shape_problems(bad)) == ["rule.extra"]
    del bad["y"]
    assert codes(shape_problems(bad)) == ["rule.not_below", "rule.not_number"]
    bad["share"] = 1
    assert codes(rule_problems(bad, TRACKS, FIGURES)) == ["rule.unknown_track", "rule.no_figure", "rule.not_number"]
    items = {"a-1": model.AgendaItem(id="a-1", dossier_id="d", track_id="t-c", title="LNG", figure_value=2.0)}
    entry = model.PackageItem(id="p-1", dossier_id="d", package_id="p", agenda_item_id="a-1", role="give")
    red_line = model.RedLine(id="r", dossier_id="d", title="Share", rule=good)
    package = model.Package(id="p", dossier_id="d", name="Deal", items=[entry])
    (found,) = check_package(package, [red_line], items, TRACKS).violations
    assert found.reason == "only 0"


# --- never a crash, whatever the value ----------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5) | st.sampled_from(["t-a", "a-1"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def rules(draw: st.DrawFn) -> Any:
    """A value shaped somewhat like a rule: a known kind with some of its keys, and junk."""
    if draw(st.booleans()):
        return draw(JSON)
    kind = draw(st.sampled_from([*KINDS, "other"]))
    rule: dict[str, Any] = {"kind": kind}
    for param in KINDS[kind].params if kind in KINDS else ():
        if draw(st.booleans()):
            rule[param.name] = draw(JSON | st.lists(st.sampled_from(["t-a", "t-b", "t-c"]), max_size=3))
    return rule


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(rule=rules())
def test_any_value_is_judged_never_crashed_on(rule: Any) -> None:
    shape = shape_problems(rule)
    found = rule_problems(rule, TRACKS, FIGURES)
    assert all(isinstance(p, Problem) and words(p) for p in shape + found)
    if not found:
        assert shape == []
    if shape:
        assert found
    said = describe_rule(rule, TRACKS, TITLES)
    assert isinstance(said, str) and said
    referenced_ids(rule)
    if not shape:
        text = json.dumps(rule, ensure_ascii=False)
        assert len(text) <= MAX_RULE_TEXT
        assert text_shape_problems(text) == []
    package = model.Package(
        id="p",
        dossier_id="d",
        name="Deal",
        items=[model.PackageItem(id="e", dossier_id="d", package_id="p", agenda_item_id="a-1", role="give", value=9)],
    )
    items = {"a-1": model.AgendaItem(id="a-1", dossier_id="d", track_id="t-a", title="LNG", figure_value=1.0)}
    red_line = model.RedLine(id="r", dossier_id="d", title="R", rule=rule)
    check_package(package, [red_line], items, TRACKS)


def test_a_rule_of_many_unknown_keys_names_a_few() -> None:
    rule = {"kind": "manual", **{f"key{n}": n for n in range(50)}}
    found = shape_problems(rule)
    assert codes(found) == ["rule.extra"] * 5
    assert [p.params["param"] for p in found] == [f"key{n}" for n in range(5)]
    odd = shape_problems({"kind": "manual", "a\nb": 1, "\x1b]52;c;x\x07": 2})
    assert [p.params["param"] for p in odd] == ['"a\\nb"', '"\\u001b]52;c;x\\u0007"']
