"""Team weights combined by hand-checked numbers (negoprep.analysis.team)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from negoprep.analysis.team import combined_weights, most_disputed, rounded, spread
from negoprep.records import model

D = "d"


def _item(item_id: str) -> model.AgendaItem:
    return model.AgendaItem(id=item_id, dossier_id=D, track_id="t", title=item_id.title())


ITEMS = [_item("cars"), _item("chips"), _item("energy")]


def _weight(who: str, item: str, weight: float) -> model.TeamWeight:
    return model.TeamWeight(id=f"{who}-{item}", dossier_id=D, participant_id=who, agenda_item_id=item, weight=weight)


TEAM = [
    _weight("kim", "cars", 50),
    _weight("kim", "chips", 30),
    _weight("lee", "cars", 30),
    _weight("lee", "chips", 10),
    _weight("lee", "energy", 20),
]


def test_the_combined_weights_are_the_scaled_means() -> None:
    # means: cars 40, chips 20, energy 20 (lee alone): total 80, scaled by 100/80
    combined = combined_weights(TEAM, ITEMS)
    assert combined == pytest.approx({"cars": 50.0, "chips": 25.0, "energy": 25.0})
    assert sum(combined.values()) == pytest.approx(100)
    assert list(combined) == ["cars", "chips", "energy"]  # in the order of the agenda


def test_an_item_nobody_weighted_is_absent_and_others_still_sum_to_100() -> None:
    combined = combined_weights(TEAM[:4], ITEMS)
    assert combined == pytest.approx({"cars": 40 / 60 * 100, "chips": 20 / 60 * 100})


def test_only_the_delegates_named_count() -> None:
    assert combined_weights(TEAM, ITEMS, delegates={"kim"}) == pytest.approx({"cars": 62.5, "chips": 37.5})


def test_deleted_weights_and_items_not_on_the_agenda_are_left_out() -> None:
    team = [*TEAM, replace(_weight("kim", "energy", 100), deleted=True), _weight("kim", "gone", 90)]
    assert combined_weights(team, ITEMS) == pytest.approx(combined_weights(TEAM, ITEMS))


def test_all_zero_weights_stay_zero() -> None:
    assert combined_weights([_weight("kim", "cars", 0)], ITEMS) == {"cars": 0.0}


def test_the_spread_is_the_highest_minus_the_lowest() -> None:
    assert spread(TEAM, ITEMS) == {"cars": 20.0, "chips": 20.0, "energy": 0.0}


def test_the_most_disputed_items_are_the_largest_spreads_above_zero() -> None:
    spreads = {"a": 30.0, "b": 5.0, "c": 30.0, "d": 0.0, "e": 10.0}
    assert most_disputed(spreads, count=1) == {"a", "c"}  # a tie is included
    assert most_disputed(spreads, count=3) == {"a", "c", "e"}
    assert most_disputed(spreads, count=9) == {"a", "b", "c", "e"}
    assert most_disputed({"a": 0.0}) == set()


def test_rounding_keeps_the_total() -> None:
    thirds = {"a": 100 / 3, "b": 100 / 3, "c": 100 / 3}
    assert rounded(thirds) == {"a": 33.4, "b": 33.3, "c": 33.3}
    assert sum(rounded(thirds).values()) == pytest.approx(100)
    assert rounded({"a": 12.26, "b": 87.74}) == {"a": 12.3, "b": 87.7}
    assert rounded({"a": 50.0, "b": 50.0}, places=0) == {"a": 50.0, "b": 50.0}
    combined = combined_weights(TEAM[:4], ITEMS)  # 66.67 and 33.33
    assert rounded(combined) == {"cars": 66.7, "chips": 33.3}
