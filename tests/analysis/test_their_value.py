"""Their value of a package: from their weights and their estimated walk-away, not a mirror of ours."""

from __future__ import annotations

import pytest

from negoprep.analysis import scoring
from negoprep.analysis.theirs import BY_FIGURE, BY_STEP, their_score
from negoprep.records import model

D = "d"


def tariff(**kw) -> model.AgendaItem:
    """A tariff rate on our exports, in %: less is better for us, more for them. Our ladder runs
    0 (opening), 5, 10, 15 (our walk-away); by default they need at least 5 (their walk-away)."""
    fields = {
        "id": "a",
        "dossier_id": D,
        "track_id": "t",
        "title": "Tariff",
        "weight": 50,
        "their_weight": 60.0,
        "figure_better": "less",
        "figure_opening": 0.0,
        "figure_target": 5.0,
        "figure_fallback": 10.0,
        "figure_walk_away": 15.0,
        "their_walk_away": 5.0,
    }
    fields.update(kw)
    return model.AgendaItem(**fields)


def quota() -> model.AgendaItem:
    """An item without figures: weight 30 for us, 40 for them."""
    return model.AgendaItem(id="b", dossier_id=D, track_id="t", title="Quota", weight=30, their_weight=40.0)


def entry(agenda_item: str, role: str, value: float | None = None) -> model.PackageItem:
    return model.PackageItem(id=f"e-{agenda_item}", dossier_id=D, package_id="p", agenda_item_id=agenda_item,
                             role=role, value=value)  # fmt: skip


def package(*entries: model.PackageItem) -> model.Package:
    return model.Package(id="p", dossier_id=D, name="P", items=list(entries))


@pytest.mark.parametrize(
    ("figure", "points", "outside"),
    [
        (5.0, 0.0, False),  # at their walk-away: inside their zone, worth nothing to them
        (10.0, 50.0, False),  # halfway from their walk-away (5) to ours (15): (10 - 5) / (15 - 5)
        (12.5, 75.0, False),  # (12.5 - 5) / 10
        (15.0, 100.0, False),  # at our walk-away: the most our mandate allows them
        (20.0, 100.0, False),  # past our walk-away: still 100 (clamped)
        (4.0, 0.0, True),  # below the 5 they need: outside their zone of agreement
    ],
)
def test_their_score_runs_from_their_walk_away_to_ours(figure: float, points: float, outside: bool) -> None:
    found = their_score(entry("a", "give", figure), tariff(), our_points=40)
    assert (found.points, found.basis, found.outside) == (pytest.approx(points), BY_FIGURE, outside)


def test_without_a_zone_of_agreement_every_figure_they_accept_is_worth_everything() -> None:
    # they need at least 20, we give at most 15: no figure suits both
    item = tariff(their_walk_away=20.0)
    assert their_score(entry("a", "give", 25.0), item, 0).points == 100
    assert their_score(entry("a", "give", 18.0), item, 0).outside


def test_without_figures_it_is_what_we_concede() -> None:
    # no proposed figure; no walk-away of theirs; no direction; no walk-away figure of ours
    assert their_score(entry("a", "give"), tariff(), 40) == their_score(entry("a", "give"), quota(), 40)
    for item in (tariff(their_walk_away=None), tariff(figure_better=None), tariff(figure_walk_away=None)):
        found = their_score(entry("a", "give", 10.0), item, 40)
        assert (found.points, found.basis, found.outside) == (60, BY_STEP, False)
    # without our walk-away figure, a figure past theirs is still outside their zone
    assert their_score(entry("a", "give", 4.0), tariff(figure_walk_away=None), 75).outside


def test_package_value_for_them_adds_their_weights_times_their_scores() -> None:
    items = {"a": tariff(), "b": quota()}
    worth = scoring.value(package(entry("a", "give", 10.0), entry("b", "give")), items, [], {})
    # tariff at 10 %: on our ladder at the fallback (10 <= 10): 50 x 40 / 100 = 20 for us;
    #   for them (10 - 5) / (15 - 5) = 50 points: 60 x 50 / 100 = 30
    # quota given at the fallback: 30 x 40 / 100 = 12 for us; for them 100 - 40 = 60: 40 x 60 / 100 = 24
    assert worth.ours == pytest.approx(20 + 12)
    assert worth.theirs == pytest.approx(30 + 24)
    assert worth.within_their_zone and worth.beyond_them == ()


def test_a_figure_past_their_walk_away_is_named_and_worth_nothing_to_them() -> None:
    items = {"a": tariff(), "b": quota()}
    worth = scoring.value(package(entry("a", "give", 3.0), entry("b", "give")), items, [], {})
    # 3 % reaches our target (3 <= 5): 50 x 75 / 100 = 37.5 for us, plus the quota's 12
    assert worth.ours == pytest.approx(49.5)
    assert worth.theirs == pytest.approx(0 + 24)  # the tariff adds nothing for them
    assert worth.beyond_them == ("Tariff",) and not worth.within_their_zone
    assert any('"Tariff"' in w and "outside their zone of agreement" in w for w in worth.warnings)
    assert worth.acceptable  # their walk-away is not our red line


def test_an_item_of_unmodelled_weight_adds_nothing_but_is_still_flagged() -> None:
    items = {"a": tariff(their_weight=None)}
    worth = scoring.value(package(entry("a", "give", 3.0)), items, [], {})
    assert worth.theirs is None and worth.beyond_them == ("Tariff",)
