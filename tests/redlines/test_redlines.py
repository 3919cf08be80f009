"""Red-line checking: which red line a package breaks, through which items, and why.

Pure tests on small hand-built records (no store), the demo dossier, and properties of the
check over random dossiers.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negoprep.records import model
from negoprep.records.problems import words
from negoprep.redlines.check import DossierCheck, PackageCheck, Violation, check_dossier, check_package, violation
from negoprep.store.store import Store
from tests.conftest import both_demos

D = "d-test"

# --- a small world: four tracks and the agenda items on them ------------------------------------

TRACKS = {
    "t-tar": "Tariffs",
    "t-def": "Defense cost-sharing",
    "t-en": "Energy",
    "t-ship": "Shipbuilding",
}


def agenda_item(item_id: str, track: str, title: str, figure: float | None = None, unit: str = "") -> model.AgendaItem:
    return model.AgendaItem(
        id=item_id, dossier_id=D, track_id=track, title=title, figure_value=figure, figure_unit=unit
    )


ITEMS = {
    i.id: i
    for i in (
        agenda_item("a-autos", "t-tar", "Tariff relief for autos"),
        agenda_item("a-chips", "t-tar", "Tariff relief for chips"),
        agenda_item("a-sma", "t-def", "Cost-sharing contribution", 1.5, "KRW tn"),
        agenda_item("a-lng", "t-en", "Alaska LNG project"),
        agenda_item("a-gas", "t-en", "LNG purchases"),
        agenda_item("a-ship", "t-ship", "Naval shipbuilding"),
    )
}


def package(*entries: tuple[str, str] | tuple[str, str, float | None], pid: str = "p-1") -> model.Package:
    """A package holding (agenda item id, role[, value]) entries."""
    items = []
    for n, entry in enumerate(entries):
        item_id, role, *rest = entry
        items.append(
            model.PackageItem(
                id=f"{pid}-pi-{n}",
                dossier_id=D,
                package_id=pid,
                agenda_item_id=item_id,
                role=role,
                value=rest[0] if rest else None,
                position=n,
            )
        )
    return model.Package(id=pid, dossier_id=D, name=f"Package {pid}", items=items)


def red_line(rule: dict[str, Any], rid: str = "r-1", title: str = "The red line", severity: str = "absolute"):
    return model.RedLine(id=rid, dossier_id=D, title=title, severity=severity, rule=rule)


def check(pkg: model.Package, line: model.RedLine) -> Violation | None:
    """The one violation of `line` by `pkg` (through check_package, which filters bad rules)."""
    found = check_package(pkg, [line], ITEMS, TRACKS)
    assert isinstance(found, PackageCheck)
    assert len(found.violations) <= 1
    direct = violation(pkg, line, ITEMS, TRACKS)
    assert direct == (found.violations[0] if found.violations else None)
    return direct


def assert_names_items(v: Violation, *item_ids: str) -> None:
    """The violation lists exactly these items, and its reason names each one by title."""
    assert set(v.items) == set(item_ids)
    assert len(v.items) == len(set(v.items))
    for item_id in item_ids:
        assert ITEMS[item_id].title in v.reason
        assert item_id not in v.reason  # plain words, not ids


# --- no_linkage ---------------------------------------------------------------------------------

LINKAGE = {"kind": "no_linkage", "between": [["t-def"], ["t-tar", "t-en"]]}


def test_no_linkage_broken_by_items_of_both_groups() -> None:
    line = red_line(LINKAGE, title="No linkage of defense to trade")
    v = check(package(("a-sma", "give"), ("a-autos", "get"), ("a-ship", "give")), line)
    assert v is not None
    assert (v.package_id, v.package, v.red_line_id, v.red_line, v.severity) == (
        "p-1",
        "Package p-1",
        "r-1",
        "No linkage of defense to trade",
        "absolute",
    )
    assert_names_items(v, "a-sma", "a-autos")
    assert "Defense cost-sharing" in v.reason and "Tariffs" in v.reason
    assert "a-ship" not in v.items and "Naval shipbuilding" not in v.reason


def test_no_linkage_names_every_linked_item_whatever_its_role() -> None:
    v = check(package(("a-sma", "get"), ("a-autos", "get"), ("a-gas", "get")), red_line(LINKAGE))
    assert v is not None
    assert_names_items(v, "a-sma", "a-autos", "a-gas")
    assert "Energy" in v.reason


@pytest.mark.parametrize(
    "entries",
    [
        [("a-autos", "get"), ("a-gas", "give"), ("a-lng", "give")],  # only the second group
        [("a-sma", "give"), ("a-ship", "get")],  # only the first group
        [],
    ],
)
def test_no_linkage_kept_by_items_of_one_group(entries: list[tuple[str, str]]) -> None:
    assert check(package(*entries), red_line(LINKAGE)) is None


# --- not_a_card ---------------------------------------------------------------------------------


def test_not_a_card_broken_by_giving_the_item() -> None:
    line = red_line({"kind": "not_a_card", "item": "a-lng"}, severity="firm", title="LNG is not a card")
    v = check(package(("a-lng", "give"), ("a-ship", "get")), line)
    assert v is not None
    assert v.severity == "firm" and v.red_line == "LNG is not a card"
    assert_names_items(v, "a-lng")


def test_not_a_card_kept_when_the_item_is_got_or_absent() -> None:
    line = red_line({"kind": "not_a_card", "item": "a-lng"})
    assert check(package(("a-lng", "get"), ("a-autos", "get")), line) is None
    assert check(package(("a-gas", "give"), ("a-autos", "get")), line) is None


@pytest.mark.parametrize("role", ["get", "give"])
def test_not_a_card_against_tracks_broken_with_an_item_of_those_tracks(role: str) -> None:
    """Holding an item of the against_tracks counts whether it is given or got."""
    line = red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": ["t-tar"]})
    v = check(package(("a-lng", "give"), ("a-autos", role), ("a-gas", "give")), line)
    assert v is not None
    assert_names_items(v, "a-lng", "a-autos")
    assert "Tariffs" in v.reason


def test_not_a_card_against_tracks_kept_without_an_item_of_those_tracks() -> None:
    line = red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": ["t-tar"]})
    assert check(package(("a-lng", "give")), line) is None
    assert check(package(("a-lng", "give"), ("a-gas", "get"), ("a-sma", "get")), line) is None
    assert check(package(("a-lng", "get"), ("a-gas", "give")), line) is None


@pytest.mark.parametrize("card_role", ["get", "give"])
@pytest.mark.parametrize("other_role", ["get", "give"])
def test_not_a_card_against_tracks_broken_in_either_role(card_role: str, other_role: str) -> None:
    """Issue 13: listing Alaska LNG as a "get" beside tariff relief passed. A card is a card in
    either role: counted as something we get, it still pays for the tariff item."""
    line = red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": ["t-tar"]}, title="LNG is no card")
    v = check(package(("a-lng", card_role), ("a-autos", other_role), ("a-ship", "give")), line)
    assert v is not None
    assert v.red_line == "LNG is no card"
    assert_names_items(v, "a-lng", "a-autos")
    assert v.reason == 'it holds "Alaska LNG project" in a package with "Tariff relief for autos" (Tariffs)'


def test_not_a_card_item_on_an_against_track_does_not_count_as_traded_for_itself() -> None:
    line = red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": ["t-en"]})
    assert check(package(("a-lng", "give")), line) is None
    v = check(package(("a-lng", "give"), ("a-gas", "get")), line)
    assert v is not None
    assert_names_items(v, "a-lng", "a-gas")


def test_not_a_card_with_empty_against_tracks_is_the_plain_rule() -> None:
    line = red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": []})
    v = check(package(("a-lng", "give")), line)
    assert v is not None
    assert_names_items(v, "a-lng")


# --- no_bundle ----------------------------------------------------------------------------------

BUNDLE = {"kind": "no_bundle", "tracks": ["t-tar", "t-def", "t-en"], "max": 2}


def test_no_bundle_broken_by_spanning_more_than_max() -> None:
    line = red_line(BUNDLE, title="No one-stop package")
    v = check(package(("a-autos", "get"), ("a-sma", "give"), ("a-lng", "give"), ("a-ship", "give")), line)
    assert v is not None
    assert v.red_line == "No one-stop package" and v.severity == "absolute"
    assert set(v.items) == {"a-autos", "a-sma", "a-lng"}  # not the shipbuilding item: not a listed track
    for name in ("Tariffs", "Defense cost-sharing", "Energy"):
        assert name in v.reason
    assert "Shipbuilding" not in v.reason
    assert "2" in v.reason


def test_no_bundle_reason_names_the_items() -> None:
    v = check(package(("a-autos", "get"), ("a-sma", "give"), ("a-lng", "give")), red_line(BUNDLE))
    assert v is not None
    assert_names_items(v, "a-autos", "a-sma", "a-lng")


@pytest.mark.parametrize(
    "entries",
    [
        [("a-autos", "get"), ("a-chips", "get"), ("a-sma", "give")],  # two listed tracks
        [("a-autos", "get"), ("a-lng", "give"), ("a-ship", "give")],  # shipbuilding is not listed
        [("a-autos", "get"), ("a-chips", "give")],
        [],
    ],
)
def test_no_bundle_kept_within_max(entries: list[tuple[str, str]]) -> None:
    assert check(package(*entries), red_line(BUNDLE)) is None


def test_no_bundle_with_max_one() -> None:
    line = red_line({"kind": "no_bundle", "tracks": ["t-tar", "t-en"], "max": 1})
    assert check(package(("a-autos", "get"), ("a-chips", "give")), line) is None
    v = check(package(("a-autos", "get"), ("a-gas", "give")), line)
    assert v is not None
    assert set(v.items) == {"a-autos", "a-gas"}
    assert "1" in v.reason


# --- ceiling and floor --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "proposed", "breaks"),
    [
        ("ceiling", 2.0, True),
        ("ceiling", 1.5, False),
        ("ceiling", 1.0, False),
        ("ceiling", None, False),
        ("floor", 1.0, True),
        ("floor", 1.5, False),
        ("floor", 2.0, False),
        ("floor", None, False),
    ],
)
def test_ceiling_and_floor(kind: str, proposed: float | None, breaks: bool) -> None:
    line = red_line({"kind": kind, "item": "a-sma", "value": 1.5}, title=f"A {kind}")
    v = check(package(("a-sma", "give", proposed), ("a-autos", "get", 99.0)), line)
    if not breaks:
        assert v is None
        return
    assert v is not None
    assert v.red_line == f"A {kind}" and v.severity == "absolute"
    assert_names_items(v, "a-sma")
    assert f"{proposed:g}" in v.reason and "1.5" in v.reason and "KRW tn" in v.reason
    assert ("above" if kind == "ceiling" else "below") in v.reason


@pytest.mark.parametrize("kind", ["ceiling", "floor"])
def test_ceiling_and_floor_kept_when_the_item_is_not_held(kind: str) -> None:
    line = red_line({"kind": kind, "item": "a-sma", "value": 1.5})
    assert check(package(("a-autos", "get", -1e9), ("a-gas", "give", 1e9)), line) is None


def test_ceiling_with_integer_value_and_got_item() -> None:
    line = red_line({"kind": "ceiling", "item": "a-sma", "value": 0})
    v = check(package(("a-sma", "get", 0.5)), line)
    assert v is not None and v.items == ("a-sma",)
    assert check(package(("a-sma", "get", 0)), line) is None


def test_ceiling_reason_keeps_the_figures_exact() -> None:
    big = agenda_item("a-big", "t-tar", "Tariff revenue", 1.0, "USD")
    line = red_line({"kind": "ceiling", "item": "a-big", "value": 1_000_000})
    v = violation(package(("a-big", "give", 1_000_001)), line, {**ITEMS, "a-big": big}, TRACKS)
    assert v is not None
    assert "1000001" in v.reason.replace(",", "") and "1000000" in v.reason.replace(",", "")


# --- manual -------------------------------------------------------------------------------------


def test_manual_never_violates_but_is_to_confirm() -> None:
    manual = red_line({"kind": "manual"}, rid="r-manual", title="Consult, do not conclude")
    linkage = red_line(LINKAGE, rid="r-link")
    pkg = package(("a-sma", "give"), ("a-autos", "get"), ("a-lng", "give"))
    found = check_package(pkg, [manual, linkage], ITEMS, TRACKS)
    assert [v.red_line_id for v in found.violations] == ["r-link"]
    assert found.to_confirm == [manual]
    assert violation(pkg, manual, ITEMS, TRACKS) is None
    empty = check_package(package(), [manual], ITEMS, TRACKS)
    assert empty.violations == [] and empty.to_confirm == [manual]
    assert not empty.breaks_absolute


def test_breaks_absolute_only_for_absolute_violations() -> None:
    pkg = package(("a-sma", "give"), ("a-autos", "get"))
    firm = check_package(pkg, [red_line(LINKAGE, severity="firm")], ITEMS, TRACKS)
    assert len(firm.violations) == 1 and not firm.breaks_absolute
    absolute = check_package(pkg, [red_line(LINKAGE, severity="absolute")], ITEMS, TRACKS)
    assert absolute.breaks_absolute


def test_violation_as_json() -> None:
    v = check(package(("a-sma", "give"), ("a-autos", "get")), red_line(LINKAGE, title="No link"))
    assert v is not None
    doc = v.as_json()
    assert doc == {
        "package": "p-1",
        "package_name": "Package p-1",
        "red_line": "r-1",
        "red_line_title": "No link",
        "severity": "absolute",
        "items": list(v.items),
        "reason": v.reason,
    }
    json.dumps(doc)


# --- rules that cannot be checked ---------------------------------------------------------------


def content_of(red_lines: list[model.RedLine], packages: list[model.Package]) -> model.DossierContent:
    return model.DossierContent(
        dossier=model.Dossier(id=D, title="Test talks"),
        tracks=[model.Track(id=t, dossier_id=D, name=n, position=k) for k, (t, n) in enumerate(TRACKS.items())],
        agenda_items=list(ITEMS.values()),
        red_lines=red_lines,
        packages=packages,
    )


#: red line id → (its rule, the problem found: code, parameters, a word of its wording)
BROKEN_RULES = {
    "r-empty": (
        {"kind": "no_linkage", "between": [[], ["t-tar"]]},
        ("rule.group.empty", {"param": "between", "group": 1}, "empty"),
    ),
    "r-unknown-track": (
        {"kind": "no_linkage", "between": [["t-def"], ["t-nowhere"]]},
        ("rule.group.unknown_track", {"param": "between", "group": 2, "track": "t-nowhere"}, "t-nowhere"),
    ),
    "r-no-figure": (
        {"kind": "ceiling", "item": "a-autos", "value": 1},
        ("rule.no_figure", {"kind": "ceiling", "param": "item", "item": "a-autos"}, "figure"),
    ),
    "r-unknown-item": (
        {"kind": "not_a_card", "item": "a-nowhere"},
        ("rule.unknown_item", {"param": "item", "item": "a-nowhere"}, "a-nowhere"),
    ),
    "r-bundle-track": (
        {"kind": "no_bundle", "tracks": ["t-tar", "t-nowhere"], "max": 1},
        ("rule.unknown_track", {"param": "tracks", "track": "t-nowhere"}, "t-nowhere"),
    ),
    "r-unknown-kind": ({"kind": "no_deal"}, ("rule.unknown_kind", None, "no_deal")),
}


def test_broken_rules_are_reported_once_and_not_applied() -> None:
    lines = [red_line(rule, rid=rid, title=f"Title {rid}") for rid, (rule, _) in BROKEN_RULES.items()]
    good = red_line({"kind": "no_bundle", "tracks": ["t-tar", "t-def"], "max": 1}, rid="r-good")
    # every package would break every broken rule if it were applied as meant
    packages = [
        package(("a-sma", "give", 5.0), ("a-autos", "give", 5.0), ("a-lng", "give"), pid=f"p-{n}") for n in range(3)
    ]
    report = check_dossier(content_of([*lines, good], packages))
    assert isinstance(report, DossierCheck)
    assert [r.id for r, _ in report.broken_rules] == list(BROKEN_RULES)
    for rl, problems in report.broken_rules:
        code, params, word = BROKEN_RULES[rl.id][1]
        assert [p.code for p in problems] == [code]
        if params is not None:
            assert problems[0].params == params
        assert word in words(problems[0])
    assert len(report.packages) == 3
    for checked in report.packages:
        assert [v.red_line_id for v in checked.violations] == ["r-good"]
        assert checked.to_confirm == []
    assert {v.red_line_id for v in report.violations} == {"r-good"}


def test_a_dossier_of_good_rules_has_no_broken_rules() -> None:
    lines = [
        red_line(LINKAGE, rid="r-1"),
        red_line({"kind": "not_a_card", "item": "a-lng", "against_tracks": ["t-tar"]}, rid="r-2"),
        red_line(BUNDLE, rid="r-3"),
        red_line({"kind": "ceiling", "item": "a-sma", "value": 1.5}, rid="r-4"),
        red_line({"kind": "floor", "item": "a-sma", "value": 1}, rid="r-5"),
        red_line({"kind": "manual"}, rid="r-6"),
    ]
    pkg = package(("a-sma", "give", 2), ("a-lng", "give"), ("a-autos", "get"))
    report = check_dossier(content_of(lines, [pkg, package(pid="p-empty")]))
    assert report.broken_rules == []
    assert [v.red_line_id for v in report.packages[0].violations] == ["r-1", "r-2", "r-3", "r-4"]
    assert report.packages[1].violations == []
    assert [r.id for r in report.packages[1].to_confirm] == ["r-6"]
    assert report.violations == report.packages[0].violations


@pytest.mark.parametrize("rule", [["no_linkage"], None, "manual"])
def test_a_rule_that_is_not_an_object_is_reported_not_crashed_on(rule: Any) -> None:
    report = check_dossier(content_of([red_line(rule, rid="r-odd")], [package(("a-sma", "give"))]))
    assert [r.id for r, _ in report.broken_rules] == ["r-odd"]
    assert report.violations == []


# --- the demo dossier ---------------------------------------------------------------------------


# how each demo names the counterpart's one-stop package and the defense cost-sharing item
DEMO_WORDS = {"en": ("one-stop", "Defense cost-sharing"), "ko": ("원스톱", "방위비분담금")}


@pytest.fixture
def demo_content(demo_store: Store, demo_doc: dict) -> model.DossierContent:
    content = demo_store.content(demo_doc["dossier"]["id"])
    assert content is not None
    return content


@both_demos
def test_demo_one_stop_package_breaks_four_red_lines(demo_content: model.DossierContent, demo_language: str) -> None:
    one_stop_word, defense_title = DEMO_WORDS[demo_language]
    report = check_dossier(demo_content)
    assert report.broken_rules == []
    kinds = {r.id: r.rule["kind"] for r in demo_content.red_lines}
    theirs = [p for p in report.packages if p.package.origin == "theirs"]
    assert len(theirs) == 2  # the expected one-stop package, then the U.S. offer of round 2
    one_stop = next(p for p in theirs if p.package.id == demo_content.packages[2].id)
    assert one_stop_word in one_stop.package.name
    broken = sorted(kinds[v.red_line_id] for v in one_stop.violations)
    assert broken == ["ceiling", "no_bundle", "no_linkage", "not_a_card"]
    assert all(v.severity == "absolute" for v in one_stop.violations)
    assert one_stop.breaks_absolute
    assert [r.rule["kind"] for r in one_stop.to_confirm] == ["manual"]
    held = {e.agenda_item_id for e in one_stop.package.items}
    titles = {i.id: i.title for i in demo_content.agenda_items}
    for v in one_stop.violations:
        assert v.package_id == one_stop.package.id
        assert v.items and set(v.items) <= held
        if kinds[v.red_line_id] != "no_bundle":
            assert all(titles[i] in v.reason for i in v.items)
    linkage = next(v for v in one_stop.violations if kinds[v.red_line_id] == "no_linkage")
    defense = next(i.id for i in demo_content.agenda_items if i.title == defense_title)
    assert defense in linkage.items and len(linkage.items) >= 2


@both_demos
def test_demo_our_packages_break_nothing(demo_content: model.DossierContent) -> None:
    report = check_dossier(demo_content)
    ours = [p for p in report.packages if p.package.origin == "ours"]
    assert len(ours) >= 2
    for checked in ours:
        assert checked.violations == [], checked.package.name
        assert not checked.breaks_absolute
    assert {v.package_id for v in report.violations} == {
        p.package.id for p in report.packages if p.package.origin == "theirs"
    }


# how each demo names its tariff and trade balance tracks
DEMO_TRACKS = {"en": ("Tariffs", "Trade balance"), "ko": ("관세", "무역수지")}


def demo_card_package(content: model.DossierContent, card_role: str, track_name: str) -> model.Package:
    """A package holding the demo's "not a card" item in `card_role` beside every item of a track."""
    rule = next(r.rule for r in content.red_lines if r.rule["kind"] == "not_a_card")
    track = next(t.id for t in content.tracks if t.name == track_name)
    others = [(i.id, "give" if card_role == "get" else "get") for i in content.agenda_items if i.track_id == track]
    assert others
    return package((rule["item"], card_role), *others, pid="p-card")


@both_demos
@pytest.mark.parametrize("card_role", ["get", "give"])
@pytest.mark.parametrize("track", [0, 1])
def test_demo_alaska_lng_is_no_card_for_tariffs_or_the_trade_balance(
    demo_content: model.DossierContent, demo_language: str, card_role: str, track: int
) -> None:
    """Issue 13: Alaska LNG as a "get" beside tariff relief passed; and counting it toward the
    surplus cut (the trade balance track) is the tariff card by the back door."""
    pkg = demo_card_package(demo_content, card_role, DEMO_TRACKS[demo_language][track])
    content = replace(demo_content, packages=[pkg])
    (checked,) = check_dossier(content).packages
    card = next(r for r in demo_content.red_lines if r.rule["kind"] == "not_a_card")
    assert card.id in {v.red_line_id for v in checked.violations}
    assert checked.breaks_absolute


@both_demos
def test_demo_check_is_a_pure_function(demo_content: model.DossierContent) -> None:
    assert check_dossier(demo_content) == check_dossier(demo_content)


# --- properties over random dossiers ------------------------------------------------------------

PROPS = settings(max_examples=100, deadline=None)


@st.composite
def worlds(draw: st.DrawFn) -> tuple[dict[str, str], dict[str, model.AgendaItem], model.Package, list[model.RedLine]]:
    """Random tracks, agenda items on them, a package of some of those items, and well-formed rules."""
    n_tracks = draw(st.integers(1, 4))
    track_ids = [f"t{k}" for k in range(n_tracks)]
    tracks = {t: f"Track {t.upper()}" for t in track_ids}
    n_items = draw(st.integers(1, 8))
    items: dict[str, model.AgendaItem] = {}
    for k in range(n_items):
        figure = draw(st.none() | st.floats(-100, 100, allow_nan=False))
        items[f"i{k}"] = agenda_item(f"i{k}", draw(st.sampled_from(track_ids)), f"Item number {k}", figure, "u")
    held = draw(st.lists(st.sampled_from(list(items)), unique=True, max_size=n_items))
    entries = [
        (i, draw(st.sampled_from(model.ROLES)), draw(st.none() | st.floats(-200, 200, allow_nan=False))) for i in held
    ]
    pkg = package(*entries, pid="p-rand")

    with_figure = [i for i, it in items.items() if it.figure_value is not None]
    rules: list[dict[str, Any]] = [{"kind": "manual"}]
    for _ in range(draw(st.integers(0, 5))):
        kinds = ["not_a_card"]
        if n_tracks >= 2:
            kinds += ["no_linkage", "no_bundle"]
        if with_figure:
            kinds += ["ceiling", "floor"]
        kind = draw(st.sampled_from(kinds))
        if kind == "no_linkage":
            order = draw(st.permutations(track_ids))
            split = draw(st.integers(1, n_tracks - 1))
            end = draw(st.integers(split + 1, n_tracks))
            rules.append({"kind": kind, "between": [list(order[:split]), list(order[split:end])]})
        elif kind == "no_bundle":
            listed = draw(st.lists(st.sampled_from(track_ids), unique=True, min_size=2))
            rules.append({"kind": kind, "tracks": listed, "max": draw(st.integers(1, len(listed) - 1))})
        elif kind == "not_a_card":
            rule: dict[str, Any] = {"kind": kind, "item": draw(st.sampled_from(list(items)))}
            if draw(st.booleans()):
                rule["against_tracks"] = draw(st.lists(st.sampled_from(track_ids), unique=True))
            rules.append(rule)
        else:
            value = draw(st.floats(-200, 200, allow_nan=False))
            rules.append({"kind": kind, "item": draw(st.sampled_from(with_figure)), "value": value})
    lines = [red_line(rule, rid=f"r{k}", title=f"Red line {k}") for k, rule in enumerate(rules)]
    return tracks, items, pkg, lines


def run_check(world, pkg: model.Package | None = None) -> PackageCheck:
    tracks, items, original, lines = world
    return check_package(pkg if pkg is not None else original, lines, items, tracks)


def broken(found: PackageCheck) -> dict[str, Violation]:
    return {v.red_line_id: v for v in found.violations}


def kind_of(world, red_line_id: str) -> str:
    return next(rl.rule["kind"] for rl in world[3] if rl.id == red_line_id)


def with_entry(pkg: model.Package, item_id: str, role: str, value: float | None = None) -> model.Package:
    extra = model.PackageItem(
        id=f"{pkg.id}-extra", dossier_id=D, package_id=pkg.id, agenda_item_id=item_id, role=role, value=value
    )
    return replace(pkg, items=[*pkg.items, extra])


def without(pkg: model.Package, item_ids: set[str]) -> model.Package:
    return replace(pkg, items=[e for e in pkg.items if e.agenda_item_id not in item_ids])


@PROPS
@given(world=worlds(), data=st.data())
def test_adding_a_get_item_never_removes_a_violation(world, data: st.DataObject) -> None:
    _tracks, items, pkg, _lines = world
    free = [i for i in items if i not in {e.agenda_item_id for e in pkg.items}]
    if not free:
        return
    added = data.draw(st.sampled_from(free))
    before = broken(run_check(world))
    after = broken(run_check(world, with_entry(pkg, added, "get")))
    assert set(before) <= set(after)
    for rid, v in before.items():
        if kind_of(world, rid) in ("no_linkage", "no_bundle", "not_a_card"):
            assert set(v.items) <= set(after[rid].items)


@PROPS
@given(world=worlds(), data=st.data())
def test_no_linkage_and_no_bundle_are_monotone_in_the_held_items(world, data: st.DataObject) -> None:
    _tracks, items, pkg, _lines = world
    free = [i for i in items if i not in {e.agenda_item_id for e in pkg.items}]
    if not free:
        return
    added = data.draw(st.sampled_from(free))
    role = data.draw(st.sampled_from(model.ROLES))
    before = broken(run_check(world))
    after = broken(run_check(world, with_entry(pkg, added, role, 0.0)))
    for rid, v in before.items():
        if kind_of(world, rid) in ("no_linkage", "no_bundle"):
            assert rid in after
            assert set(v.items) <= set(after[rid].items)


@PROPS
@given(world=worlds(), track=st.integers(0, 3), roles=st.lists(st.sampled_from(model.ROLES), max_size=8))
def test_a_package_of_one_track_never_breaks_no_bundle(world, track: int, roles: list[str]) -> None:
    tracks, items, _, _lines = world
    track_id = f"t{track % len(tracks)}"
    on_track = [i for i, it in items.items() if it.track_id == track_id]
    pkg = package(*zip(on_track, roles, strict=False), pid="p-one")
    for v in run_check(world, pkg).violations:
        assert kind_of(world, v.red_line_id) != "no_bundle"
        assert kind_of(world, v.red_line_id) != "no_linkage"


@PROPS
@given(world=worlds())
def test_removing_the_offending_items_removes_the_violation(world) -> None:
    _, _, pkg, _ = world
    for v in run_check(world).violations:
        assert v.red_line_id not in broken(run_check(world, without(pkg, set(v.items))))


@PROPS
@given(world=worlds())
def test_violations_are_deterministic_and_name_only_held_items(world) -> None:
    tracks, items, pkg, lines = world
    first = run_check(world)
    again = check_package(
        replace(pkg, items=list(pkg.items)),
        [replace(rl, rule=dict(rl.rule)) for rl in lines],
        dict(items),
        dict(tracks),
    )
    assert first == again
    held = {e.agenda_item_id for e in pkg.items}
    for v in first.violations:
        assert v.package_id == pkg.id
        assert v.items, v
        assert set(v.items) <= held
        assert len(set(v.items)) == len(v.items)
        assert v.reason
    assert [rl.rule["kind"] for rl in first.to_confirm] == ["manual"]
    assert all(rl.rule["kind"] != "manual" for rl in lines if rl.id in broken(first))


@PROPS
@given(world=worlds())
def test_not_a_card_never_broken_without_its_item(world) -> None:
    tracks, items, pkg, lines = world
    for rl in lines:
        if rl.rule["kind"] != "not_a_card":
            continue
        stripped = without(pkg, {rl.rule["item"]})
        assert violation(stripped, rl, items, tracks) is None
        if all(e.role == "get" for e in pkg.items) and not rl.rule.get("against_tracks"):
            assert violation(pkg, rl, items, tracks) is None


@PROPS
@given(world=worlds())
def test_not_a_card_against_tracks_ignores_roles(world) -> None:
    """With tracks named, the verdict is the same whatever role each item has: broken exactly
    when the package holds the item and another item of those tracks."""
    tracks, items, pkg, lines = world
    flipped = replace(pkg, items=[replace(e, role="get" if e.role == "give" else "give") for e in pkg.items])
    held = [items[e.agenda_item_id] for e in pkg.items if e.agenda_item_id in items]
    for rl in lines:
        against = set(rl.rule.get("against_tracks") or []) if rl.rule["kind"] == "not_a_card" else set()
        if not against:
            continue
        card = rl.rule["item"]
        expected = any(i.id == card for i in held) and any(i.track_id in against and i.id != card for i in held)
        assert (violation(pkg, rl, items, tracks) is not None) == expected
        assert (violation(flipped, rl, items, tracks) is not None) == expected


@PROPS
@given(world=worlds())
def test_the_random_rules_are_well_formed(world) -> None:
    """Guards the generator: every rule it makes is checked, none is set aside as broken."""
    tracks, items, pkg, lines = world
    content = model.DossierContent(
        dossier=model.Dossier(id=D, title="Random"),
        tracks=[model.Track(id=t, dossier_id=D, name=n) for t, n in tracks.items()],
        agenda_items=list(items.values()),
        red_lines=lines,
        packages=[pkg],
    )
    report = check_dossier(content)
    assert report.broken_rules == []
    assert report.packages[0] == run_check(world)
