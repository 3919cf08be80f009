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
