"""Team weights: the delegates' own weights per item, combined and where they disagree."""

from __future__ import annotations

import pytest

from negoprep.analysis.team import adopted, team_weights
from negoprep.records import model

D = "d"
PEOPLE = {"kim": "Kim", "lee": "Lee", "park": "Park"}


def item(n: int, weight: float) -> model.AgendaItem:
    return model.AgendaItem(id=f"a{n}", dossier_id=D, track_id="t", title=f"Item {n}", weight=weight)


def weight(who: str, n: int, value: float) -> model.TeamWeight:
    return model.TeamWeight(id=f"{who}-{n}-{value}", dossier_id=D, participant_id=who, agenda_item_id=f"a{n}",
                            weight=value)  # fmt: skip


ITEMS = [item(1, 50), item(2, 30), item(3, 20)]
# a1: Kim 70, Lee 50: mean 60; a2: Kim 20, Lee 30, Park 40: mean 30; a3: nobody (keeps its 20).
# The means (60 + 30 = 90) share 100 - 20 = 80: a1 60 x 80 / 90 = 53.333…, a2 30 x 80 / 90 = 26.666…
# In hundredths 5333.33 and 2666.67: floors 5333 + 2666 = 7999, one short: a2 (remainder .67) takes it.
WEIGHTS = [weight("kim", 1, 70), weight("lee", 1, 50), weight("kim", 2, 20), weight("lee", 2, 30),
           weight("park", 2, 40)]  # fmt: skip


def test_combined_weights_are_the_means_scaled_to_sum_to_100() -> None:
    a1, a2, a3 = team_weights(ITEMS, WEIGHTS, PEOPLE)
    assert (a1.mean, a2.mean, a3.mean) == (60, 30, None)
    assert (a1.combined, a2.combined, a3.combined) == (53.33, 26.67, 20)
    assert a1.combined + a2.combined + a3.combined == pytest.approx(100)
    assert [g.name for g in a2.given] == ["Kim", "Lee", "Park"]


def test_disagreement_is_the_spread_and_names_the_ends() -> None:
    a1, a2, a3 = team_weights(ITEMS, [*WEIGHTS, weight("park", 1, 70)], PEOPLE)
    assert (a1.spread, a1.lowest, a1.highest) == (20, ("Lee",), ("Kim", "Park"))  # Kim and Park both 70
    assert (a2.spread, a2.lowest, a2.highest) == (20, ("Kim",), ("Park",))
    assert (a3.spread, a3.lowest, a3.highest) == (0, (), ())
    solo = team_weights([item(1, 100)], [weight("kim", 1, 40)], PEOPLE)[0]
    assert (solo.spread, solo.lowest, solo.highest, solo.combined) == (0, (), (), 100)


def test_a_later_weight_of_the_same_delegate_replaces_and_strangers_are_named_by_id() -> None:
    found = team_weights([item(1, 100)], [weight("kim", 1, 10), weight("kim", 1, 30), weight("x9", 1, 50)], PEOPLE)
    assert [(g.name, g.weight) for g in found[0].given] == [("Kim", 30), ("x9", 50)]
    assert found[0].mean == 40


def test_adopted_gives_the_items_whose_weight_changes() -> None:
    changed = adopted(ITEMS, team_weights(ITEMS, WEIGHTS, PEOPLE))
    assert [(i.id, i.weight) for i in changed] == [("a1", 53.33), ("a2", 26.67)]  # a3 keeps its 20
    assert changed[0].title == "Item 1"  # the rest of the record unchanged
    assert adopted(ITEMS, team_weights(ITEMS, [], PEOPLE)) == []


def test_kept_weights_of_100_or_more_leave_nothing_to_share() -> None:
    items = [item(1, 10), item(2, 100)]
    a1, a2 = team_weights(items, [weight("kim", 1, 50)], PEOPLE)
    assert (a1.combined, a2.combined) == (0, 100)


def test_the_store_takes_one_weight_per_delegate_and_item(demo_store) -> None:
    from dataclasses import replace as _replace

    import pytest as _pytest

    from negoprep.store.operations import InvalidChangeError

    dossier_id = demo_store.dossiers()[0].id
    weight = demo_store.records(model.TeamWeight, dossier_id)[0]
    twice = _replace(weight, id="5f0c7c0e-3333-4d3b-8000-00000000a003", rev="", weight=50)
    with _pytest.raises(InvalidChangeError, match="has a weight for this item already"):
        demo_store.apply("again", puts=[twice])
    # replacing it in one change is no second weight
    demo_store.apply("replace", puts=[twice], deletes=[weight])


def test_a_document_with_a_second_weight_of_a_delegate_for_an_item_is_taken_and_told_of(demo_store) -> None:
    """As a merge of two copies can leave it, and a dump of that store writes it: a load of the
    dump takes it (the one listed last counts), with a warning."""
    dossier_id = demo_store.dossiers()[0].id
    doc = demo_store.dump(dossier_id)
    first = doc["team_weights"][0]
    doc["team_weights"].append({**first, "id": "5f0c7c0e-5555-4d3b-8000-00000000a005", "weight": 1})
    result = demo_store.load(doc)
    assert any("the one listed last counts" in w for w in result.warnings)
    assert len(demo_store.dump(dossier_id)["team_weights"]) == len(doc["team_weights"])
