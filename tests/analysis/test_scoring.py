"""Package values, give/get balance, walk-away warnings and equivalent offers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negoprep import paths
from negoprep.analysis import scoring
from negoprep.records import model
from negoprep.redlines.check import check_package

D = "d"


def item(n: int, weight: float, stance: str = "defensive", track: str = "t1", **kw) -> model.AgendaItem:
    return model.AgendaItem(id=f"a{n}", dossier_id=D, track_id=track, title=f"Item {n}", weight=weight,
                            stance=stance, **kw)  # fmt: skip


def package(*entries: tuple[str, str, str | None]) -> model.Package:
    return model.Package(
        id="p", dossier_id=D, name="P",
        items=[model.PackageItem(id=f"e{n}", dossier_id=D, package_id="p", agenda_item_id=a, role=r, level=lvl)
               for n, (a, r, lvl) in enumerate(entries)],
    )  # fmt: skip


def test_value_adds_weight_times_the_score_of_the_step() -> None:
    items = {i.id: i for i in (item(1, 40, their_weight=10.0), item(2, 20), item(3, 10, their_weight=50.0))}
    entries = (("a1", "get", None), ("a2", "give", None), ("a3", "give", "walk_away"))
    worth = scoring.value(package(*entries), items, [], {})
    # a get counts at its target (75), a give at its fallback (40), a named level as named
    assert worth.ours == pytest.approx(40 * 0.75 + 20 * 0.40 + 10 * 0.0)
    assert worth.possible == 70
    assert worth.theirs == pytest.approx(10 * 0.25 + 50 * 1.0)  # what we concede is what they gain
    assert (worth.gives, worth.gets, worth.given_weight, worth.gained_weight) == (2, 1, 30, 40)
    assert worth.warnings == ()


def test_their_value_is_none_when_not_modelled_and_scores_are_the_items_own() -> None:
    items = {"a1": item(1, 50, target_score=90)}
    worth = scoring.value(package(("a1", "get", None)), items, [], {})
    assert worth.ours == 45 and worth.theirs is None


def test_warnings_beyond_walk_away_and_unbalanced() -> None:
    items = {i.id: i for i in (item(1, 30), item(2, 10))}
    worth = scoring.value(package(("a1", "give", "beyond")), items, [], {})
    assert 'gives "Item 1" beyond its walk-away point' in worth.warnings[0]
    assert "without getting anything in return" in worth.warnings[1]
    worth = scoring.value(package(("a1", "give", None), ("a2", "get", None)), items, [], {})
    assert worth.warnings == ("it gives more weight (30) than it gets (10)",)


def test_the_demo_packages() -> None:
    doc = json.loads(paths.seed_text())
    from negoprep.records.model import Author
    from negoprep.store.store import Store

    with Store.open(None, Author(id="x", name="x")) as store:
        store.load(doc)
        content = store.content(doc["dossier"]["id"])
    items = {i.id: i for i in content.agenda_items}
    tracks = {t.id: t.name for t in content.tracks}
    values = {p.origin + ":" + p.name: scoring.value(p, items, content.red_lines, tracks) for p in content.packages}
    theirs = next(v for k, v in values.items() if k.startswith("theirs"))
    assert any("beyond its walk-away point" in w for w in theirs.warnings)
    ours = values["ours:Purchases for tariff relief"]
    assert ours.ours > theirs.ours and not ours.warnings
    assert ours.acceptable and not theirs.acceptable  # the U.S. one-stop package breaks absolute red lines
    assert "Alaska LNG is not a card for tariffs" in theirs.breaks


@settings(max_examples=60, deadline=None)
@given(
    weights=st.lists(st.integers(1, 30), min_size=4, max_size=9),
    stances=st.lists(st.sampled_from(model.STANCES), min_size=9, max_size=9),
    tracks=st.lists(st.sampled_from(["t1", "t2", "t3"]), min_size=9, max_size=9),
)
def test_equivalent_offers_are_valid_close_and_different(weights, stances, tracks) -> None:
    items = [item(n, w, stances[n], tracks[n]) for n, w in enumerate(weights)]
    red_lines = [
        model.RedLine(id="r1", dossier_id=D, title="No linkage", severity="absolute",
                      rule={"kind": "no_linkage", "between": [["t1"], ["t3"]]}),
    ]  # fmt: skip
    names = {"t1": "One", "t2": "Two", "t3": "Three"}
    offers = scoring.propose_equivalent(D, items, red_lines, names, count=3, size=3, tolerance=3)
    by_id = {i.id: i for i in items}
    assert len(offers) <= 3
    for offer in offers:
        roles = {e.role for e in offer.package.items}
        assert roles == {"give", "get"}
        assert not check_package(offer.package, red_lines, by_id, names).violations
        assert scoring.value(offer.package, by_id, red_lines, names) == offer.value
        assert offer.value.acceptable
        assert all(e.package_id == offer.package.id for e in offer.package.items)
    if offers:
        assert max(o.value.ours for o in offers) - min(o.value.ours for o in offers) <= 6
    sets = [{e.agenda_item_id for e in o.package.items} for o in offers]
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            assert len(sets[a] ^ sets[b]) >= 4


def test_no_offer_when_nothing_can_be_given() -> None:
    items = [item(n, 10, "offensive") for n in range(5)]
    assert scoring.propose_equivalent(D, items, [], {}) == []


# --- the proposed figure places an item on its ladder (negoprep.records.ladder) -------------


def cut(**kw) -> model.AgendaItem:
    """A quota cut in %: the less the better for us; opening 0, target 5, fallback 8, walk-away 10."""
    ladder = dict(figure_better="less", figure_opening=0.0, figure_target=5.0, figure_fallback=8.0,
                  figure_walk_away=10.0)  # fmt: skip
    return item(1, 50, figure_unit="%", **(ladder | kw))


def proposing(value: float | None, role: str = "get", level: str | None = None) -> model.Package:
    entry = model.PackageItem(id="e0", dossier_id=D, package_id="p", agenda_item_id="a1", role=role, level=level,
                              value=value)  # fmt: skip
    return model.Package(id="p", dossier_id=D, name="P", items=[entry])


@pytest.mark.parametrize(
    ("proposed", "level", "ours"),
    [
        (15, "beyond", 0.0),  # a 15 % cut past the 10 % walk-away: nothing, whatever the role says
        (10.5, "beyond", 0.0),
        (10, "walk_away", 0.0),  # at the walk-away figure: at the walk-away step (score 0)
        (9, "walk_away", 0.0),  # between fallback (8) and walk-away (10): the step it reaches
        (8, "fallback", 20.0),  # 50 × 40 / 100
        (6, "fallback", 20.0),  # between target and fallback: no interpolation
        (5, "target", 37.5),  # 50 × 75 / 100
        (0, "opening", 50.0),
        (-3, "opening", 50.0),  # better than the opening: still the opening
    ],
)
def test_the_proposed_figure_sets_the_level_and_the_value(proposed, level, ours) -> None:
    items = {"a1": cut()}
    package = proposing(proposed)
    assert scoring.level_of(package.items[0], items["a1"]) == level
    worth = scoring.value(package, items, [], {})
    assert worth.ours == ours
    assert any("beyond its walk-away point" in w for w in worth.warnings) == (level == "beyond")


def test_more_is_better_runs_the_ladder_the_other_way() -> None:
    # a quota we obtain, in thousand tonnes: opening 120, target 100, fallback 90, walk-away 80
    items = {"a1": cut(figure_better="more", figure_opening=120.0, figure_target=100.0, figure_fallback=90.0,
                       figure_walk_away=80.0)}  # fmt: skip
    levels = {v: scoring.level_of(proposing(v).items[0], items["a1"]) for v in (130, 100, 95, 80, 79.9)}
    assert levels == {130: "opening", 100: "target", 95: "fallback", 80: "walk_away", 79.9: "beyond"}


def test_a_named_level_is_overruled_only_where_the_figures_say_so() -> None:
    # only a walk-away figure: inside it the named step (or the role's) stands, past it the item is beyond
    only_walk_away = {"a1": cut(figure_opening=None, figure_target=None, figure_fallback=None)}
    entry = proposing(7, role="give").items[0]
    assert scoring.level_of(entry, only_walk_away["a1"]) == "fallback"  # a give, by its role
    assert scoring.level_of(proposing(7, level="opening").items[0], only_walk_away["a1"]) == "opening"
    assert scoring.level_of(proposing(12, level="opening").items[0], only_walk_away["a1"]) == "beyond"
    # a named "beyond" that the figure puts inside the walk-away point is at the walk-away step
    assert scoring.level_of(proposing(9, level="beyond").items[0], only_walk_away["a1"]) == "walk_away"
    # the full ladder: a named step the figure does not reach gives way to the one it reaches
    assert scoring.level_of(proposing(6, level="opening").items[0], cut()) == "fallback"


def test_no_figure_or_no_direction_keeps_the_named_level_and_says_why() -> None:
    assert scoring.level_of(proposing(None).items[0], cut()) == "target"  # no figure proposed
    assert scoring.level_of(proposing(15).items[0], item(1, 50)) == "target"  # no ladder figures
    undirected = {"a1": cut(figure_better=None)}
    worth = scoring.value(proposing(15), undirected, [], {})
    assert worth.ours == 37.5  # the target's 75 points, as the figure cannot be placed
    assert any("does not say whether more or less is better" in w for w in worth.warnings)


def test_figures_out_of_order_never_place_an_item_higher_than_they_allow() -> None:
    # "less is better" said, but the target (3) is better than the opening (5): out of order.
    # 4 reaches the opening (≤ 5) yet misses the target (> 3): the worse bound, the fallback, is taken
    muddled = cut(figure_opening=5.0, figure_target=3.0)
    assert scoring.level_of(proposing(4).items[0], muddled) == "fallback"
    worth = scoring.value(proposing(4), {"a1": muddled}, [], {})
    assert any("do not run from opening to walk-away" in w for w in worth.warnings)


def test_the_level_agrees_with_a_ceiling_red_line_at_the_walk_away_figure() -> None:
    items = {"a1": cut(figure_value=0.0)}  # (a ceiling rule names an item with a key figure)
    ceiling = model.RedLine(id="r", dossier_id=D, title="At most a 10 % cut", severity="absolute",
                            rule={"kind": "ceiling", "item": "a1", "value": 10})  # fmt: skip
    for proposed, beyond in ((10, False), (10.5, True), (15, True), (3, False)):
        worth = scoring.value(proposing(proposed), items, [ceiling], {"t1": "One"})
        assert (scoring.level_of(proposing(proposed).items[0], items["a1"]) == "beyond") == beyond
        assert (not worth.acceptable) == beyond  # the red line breaks exactly where the walk-away is passed


def test_a_release_copy_leaves_out_a_package_whose_figure_is_past_the_walk_away() -> None:
    from negoprep.records import release

    dossier = model.Dossier(id=D, title="D")
    items = [cut()]
    inside, past = proposing(9), proposing(15)
    past.id = past.items[0].package_id = "q"
    content = model.DossierContent(dossier=dossier, agenda_items=items, packages=[inside, past])
    # at 9 the item is at its walk-away step (9 reaches 10 but misses the fallback 8); at 15 beyond it
    shown = release.release(content)
    assert [p.id for p in shown.content.packages] == []
    fine = proposing(6)
    shown = release.release(model.DossierContent(dossier=dossier, agenda_items=items, packages=[fine, past]))
    assert [p.id for p in shown.content.packages] == ["p"]
    assert shown.content.agenda_items[0].figure_walk_away is None  # the walk-away figure is withheld too
    assert shown.content.agenda_items[0].figure_fallback == 8.0
