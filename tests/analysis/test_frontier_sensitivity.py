"""The efficient frontier and weight sensitivity, on small dossiers worked out by hand."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from negoprep.analysis.frontier import efficient_indices, frontier
from negoprep.analysis.sensitivity import dossier_sensitivity, weight_sensitivity
from negoprep.records import model

D = "d"


def item(n: int, weight: float, their_weight: float | None = None) -> model.AgendaItem:
    # a2 has a key figure (now 8 %), so that a ceiling on it can be checked
    figure = 8.0 if n == 2 else None
    return model.AgendaItem(id=f"a{n}", dossier_id=D, track_id=f"t{n}", title=f"Item {n}", weight=weight,
                            their_weight=their_weight, figure_value=figure, figure_unit="%")  # fmt: skip


def package(pid: str, *entries: tuple[str, str, str | None], origin: str = "ours", value: float | None = None
            ) -> model.Package:  # fmt: skip
    return model.Package(
        id=pid, dossier_id=D, name=pid.upper(), origin=origin,
        items=[model.PackageItem(id=f"{pid}-{a}", dossier_id=D, package_id=pid, agenda_item_id=a, role=r, level=lvl,
                                 value=value if a == "a2" else None)
               for a, r, lvl in entries],
    )  # fmt: skip


# Items: a1 weighs 60 for us and 30 for them, a2 40 for us and 70 for them (scores: opening 100,
# target 75, fallback 40, walk-away 0; for them, without figures: 100 - ours).
#   P1 gets a1 at the target, gives a2 at the fallback:
#        ours 60 x .75 + 40 x .40 = 45 + 16 = 61;    theirs 30 x .25 + 70 x .60 = 7.5 + 42 = 49.5
#   P2 gets a1 at the opening, gives a2 at the walk-away:
#        ours 60 x 1 + 40 x 0 = 60;                  theirs 30 x 0 + 70 x 1 = 70
#   P3 gets a1 at the target only: ours 45, theirs 7.5             (below P1 on both: dominated)
#   P4 gives a1 at the fallback, gets a2 at the target:
#        ours 60 x .40 + 40 x .75 = 24 + 30 = 54;    theirs 30 x .60 + 70 x .25 = 18 + 17.5 = 35.5 (dominated by P1)
#   P5 is P2 tabled by them: the same point (60, 70), so both are efficient
#   P6 gets both at the opening (ours 100, theirs 0) with a2 at 20, above an absolute ceiling of 10
P1 = package("p1", ("a1", "get", None), ("a2", "give", None))
P2 = package("p2", ("a1", "get", "opening"), ("a2", "give", "walk_away"))
P3 = package("p3", ("a1", "get", None))
P4 = package("p4", ("a1", "give", None), ("a2", "get", None))
P5 = package("p5", ("a1", "get", "opening"), ("a2", "give", "walk_away"), origin="theirs")
P6 = package("p6", ("a1", "get", "opening"), ("a2", "get", "opening"), value=20.0)
CEILING = model.RedLine(id="r", dossier_id=D, title="No more than 10", severity="absolute",
                        rule={"kind": "ceiling", "item": "a2", "value": 10})  # fmt: skip


def content() -> model.DossierContent:
    tracks = [model.Track(id=f"t{n}", dossier_id=D, name=f"Track {n}") for n in (1, 2)]
    # the National Assembly will not ratify a2 settled below our fallback (P2 and P5 settle it at the walk-away)
    demand = model.Demand(id="dm", dossier_id=D, constituency_id="c", agenda_item_id="a2", at_least="fallback")
    assembly = model.Constituency(id="c", dossier_id=D, name="National Assembly", veto=True, items=[demand])
    rounds = [model.Round(id="r1", dossier_id=D, number=1), model.Round(id="r2", dossier_id=D, number=2)]
    offers = [
        model.Offer(id="o1", dossier_id=D, round_id="r1", side="theirs", package_id="p5"),
        model.Offer(id="o2", dossier_id=D, round_id="r2", side="ours", package_id="p1", response="countered"),
    ]
    return model.DossierContent(
        dossier=model.Dossier(id=D, title="Small"),
        tracks=tracks,
        agenda_items=[item(1, 60, 30.0), item(2, 40, 70.0)],
        red_lines=[CEILING],
        packages=[P1, P2, P3, P4, P5, P6],
        rounds=rounds,
        offers=offers,
        constituencies=[assembly],
    )


def test_efficient_indices() -> None:
    # (1, 1) is beaten by (2, 1); (2, 1) and (1, 2) trade off; (1, 2) twice: both stay
    assert efficient_indices([(1, 1), (2, 1), (1, 2), (1, 2), (0, 0)]) == {1, 2, 3}
    assert efficient_indices([]) == set()


def test_frontier_of_the_small_dossier() -> None:
    found = frontier(content())
    by_id = {p.package_id: p for p in found.points}
    assert [p.package_id for p in found.points] == ["p1", "p2", "p3", "p4", "p5", "p6"]
    expected = {"p1": (61, 49.5), "p2": (60, 70), "p3": (45, 7.5), "p4": (54, 35.5), "p5": (60, 70), "p6": (100, 0)}
    for k, (ours, theirs) in expected.items():
        assert (by_id[k].ours, by_id[k].theirs) == (pytest.approx(ours), pytest.approx(theirs))
    # only feasible packages bound the frontier: P6 breaks the absolute ceiling, P2 and P5 fail
    # at home; of P1 (61, 49.5), P3 (45, 7.5) and P4 (54, 35.5), P1 beats both in both values
    assert {p.package_id for p in found.efficient} == {"p1"}
    # with the National Assembly gone, P2 = P5 (60, 70) trade off against P1 (61, 49.5)
    at_ease = frontier(dataclasses.replace(content(), constituencies=[]))
    assert [p.package_id for p in at_ease.efficient] == ["p2", "p5", "p1"]  # by our value, ascending
    assert by_id["p6"].breaks == ("No more than 10",) and not by_id["p6"].acceptable
    assert all(p.acceptable for k, p in by_id.items() if k != "p6")
    # settling a2 at the walk-away fails the National Assembly's demand
    assert {k for k, p in by_id.items() if p.fails_at_home} == {"p2", "p5"}
    assert "fails at home: National Assembly" in by_id["p2"].home.verdict()
    # offers are the points of the packages they table
    assert [(t.offer_id, t.round_number, t.side) for t in by_id["p5"].offers] == [("o1", 1, "theirs")]
    assert [(t.offer_id, t.round_number, t.response) for t in by_id["p1"].offers] == [("o2", 2, "countered")]
    assert by_id["p3"].offers == ()


def test_a_package_whose_value_for_them_is_not_modelled_is_not_on_the_plane() -> None:
    small = content()
    small.agenda_items = [item(1, 60), item(2, 40)]
    found = frontier(small)
    assert found.placed == () and len(found.unplaced) == 6 and found.efficient == ()


def test_weight_sensitivity_of_the_small_dossier() -> None:
    # P6 breaks an absolute red line: the best acceptable is P1 (61; P2 60, P4 54, P3 45).
    # Moving a1's weight w (a2 gets 100 - w), a package's value is s1 w / 100 + s2 (100 - w) / 100:
    #   up:   P2 (s1 100, s2 0) catches P1 (75, 40) when .75 w + .4 (100 - w) = w, i.e. 40 = .65 w,
    #         w = 40 / .65 = 800 / 13 = 61.538…, 20 / 13 points above 60
    #   down: P4 (40, 75) catches P1 when .75 w + .4 (100 - w) = .4 w + .75 (100 - w): .7 w = 35, w = 50
    # a2's weight is the mirror: up to 50 (P4 takes over), down to 100 - 800 / 13 (P2 takes over).
    found = dossier_sensitivity(content())
    assert found.best == "p1" and found.total == 100
    a1, a2 = found.ranges
    assert (a1.agenda_item_id, a1.weight, a1.down_to, a1.up_to) == ("a1", 60, "p4", "p2")
    assert a1.low == pytest.approx(50) and a1.high == pytest.approx(800 / 13)
    assert a1.down == pytest.approx(10) and a1.up == pytest.approx(20 / 13)
    assert (a2.down_to, a2.up_to) == ("p2", "p4")
    assert a2.low == pytest.approx(100 - 800 / 13) and a2.high == pytest.approx(50)
    assert float(Fraction(a2.low)) == a2.low  # a plain float, not a fraction


def test_a_weight_that_changes_nothing_has_the_whole_range() -> None:
    # a3 weighs 0 and no package holds it: raising it scales every value down alike (best stays)
    small = content()
    small.agenda_items = [*small.agenda_items, item(3, 0)]
    a3 = dossier_sensitivity(small).ranges[2]
    assert (a3.low, a3.high, a3.down_to, a3.up_to, a3.down, a3.up) == (0, 100, None, None, None, None)


def test_a_tie_now_changes_at_the_first_step() -> None:
    # with a1 and a2 at 50 each, P1 (50 x .75 + 50 x .4 = 57.5) and P4 (50 x .4 + 50 x .75 = 57.5)
    # tie: P1 is best (first), and P4 takes over as soon as a1 falls (P4 gains .35 a point faster)
    tie = weight_sensitivity([P1, P4], [item(1, 50), item(2, 50)], [], {})
    a1 = tie.ranges[0]
    assert tie.best == "p1" and (a1.down, a1.down_to) == (0, "p4")
    assert (a1.up, a1.up_to, a1.high) == (None, None, 100)  # P1 only pulls further ahead going up


def test_no_acceptable_package_no_sensitivity() -> None:
    found = weight_sensitivity([P6], [item(1, 60), item(2, 40)], [CEILING], {})
    assert (found.best, found.ranges) == (None, ())


def test_an_item_alone_in_carrying_weight_cannot_move() -> None:
    found = weight_sensitivity([P1, P2], [item(1, 100), item(2, 0)], [], {})
    a1 = found.ranges[0]
    assert (a1.low, a1.high, a1.down, a1.up) == (100, 100, None, None)
