"""Where the team disagrees most (negoprep.analysis.team.most_disputed); the combination itself
is tested in tests/analysis/test_team_weights.py."""

from __future__ import annotations

from negoprep.analysis.team import most_disputed


def test_the_most_disputed_items_are_the_largest_spreads_above_zero() -> None:
    spreads = {"a": 30.0, "b": 5.0, "c": 30.0, "d": 0.0, "e": 10.0}
    assert most_disputed(spreads, count=1) == {"a", "c"}  # a tie is included
    assert most_disputed(spreads, count=3) == {"a", "c", "e"}
    assert most_disputed(spreads, count=9) == {"a", "b", "c", "e"}
    assert most_disputed({"a": 0.0}) == set()
