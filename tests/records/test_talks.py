"""Where the talks stand (negoprep.records.talks): the latest offer of each side, where the
latest offers settle each item against our ladder, and what recording the next offer writes.
Hand-made records, no Qt, no database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from negoprep.paper.charts import STATUS_COLORS
from negoprep.records import model, talks
from negoprep.records.editing import package_item_id

D = "dossier"


def _round(rid: str, number: int, day: str | None = None) -> model.Round:
    return model.Round(id=rid, dossier_id=D, number=number, starts_on=day)


def _offer(oid: str, round_id: str, side: str, package_id: str, **kw) -> model.Offer:
    return model.Offer(id=oid, dossier_id=D, round_id=round_id, side=side, package_id=package_id, **kw)


def _item(iid: str, position: int, **kw) -> model.AgendaItem:
    return model.AgendaItem(id=iid, dossier_id=D, track_id="t", title=iid.capitalize(), position=position, **kw)


def _package(pid: str, *entries: tuple[str, str, float | None]) -> model.Package:
    items = [
        model.PackageItem(
            id=package_item_id(pid, agenda), dossier_id=D, package_id=pid, agenda_item_id=agenda, role=role, value=value
        )
        for agenda, role, value in entries
    ]
    return model.Package(id=pid, dossier_id=D, name=pid, origin="theirs", items=items)


ROUNDS = [_round("r2", 2, "2025-05-20"), _round("r1", 1, "2025-04-24")]


def test_the_latest_offer_is_by_round_number_then_day_then_place() -> None:
    offers = [
        _offer("late", "r2", "theirs", "p", tabled_on="2025-05-21", position=0),
        _offer("early", "r2", "theirs", "p", tabled_on="2025-05-20", position=5),
        _offer("first", "r1", "theirs", "p", tabled_on="2025-06-30", position=9),  # an earlier round
        _offer("ours-a", "r1", "ours", "p", position=1),
        _offer("ours-b", "r1", "ours", "p", position=2),
        _offer("gone", "r2", "ours", "p", deleted=True),
    ]
    latest = talks.latest_offers(offers, ROUNDS)
    assert latest["theirs"].id == "late"
    assert latest["ours"].id == "ours-b"
    assert talks.latest_offers([], ROUNDS) == {}
    assert talks.newest_round(ROUNDS).id == "r2"
    assert talks.newest_round([]) is None


# defense: less is better, ladder 1.5 / 1.5 / 1.6 / 1.7; tariffs: no figures
DEFENSE = _item(
    "defense", 2, figure_better="less", figure_opening=1.5, figure_target=1.5, figure_fallback=1.6,
    figure_walk_away=1.7, their_walk_away=1.55,
)  # fmt: skip
TARIFFS = _item("tariffs", 1)
LNG = _item("lng", 3)


def test_standings_set_each_held_item_against_our_ladder() -> None:
    packages = {
        "theirs-1": _package("theirs-1", ("defense", "give", 1.8), ("tariffs", "get", None)),
        "theirs-2": _package("theirs-2", ("defense", "give", 1.6), ("tariffs", "get", None)),
        "ours-1": _package("ours-1", ("tariffs", "get", None), ("lng", "give", None)),
    }
    offers = [
        _offer("o1", "r1", "theirs", "theirs-1"),
        _offer("o2", "r1", "ours", "ours-1"),
        _offer("o3", "r2", "theirs", "theirs-2"),
    ]
    items = {i.id: i for i in (DEFENSE, TARIFFS, LNG)}
    rows = talks.standings(offers, ROUNDS, packages, items)
    assert [r.item.id for r in rows] == ["tariffs", "defense", "lng"]  # agenda order
    tariffs, defense, lng = rows
    assert (tariffs.level("ours"), tariffs.level("theirs")) == ("target", "target")  # a get: the target
    assert (defense.level("ours"), defense.figure("theirs"), defense.level("theirs")) == (None, 1.6, "fallback")
    assert not defense.at_walk_away("theirs")
    assert (lng.level("ours"), lng.level("theirs")) == ("fallback", None)  # a give: the fallback
    # their first offer (1.8) was beyond our walk-away; only the latest counts
    only_first = talks.standings(offers[:2], ROUNDS, packages, items)
    beyond = next(r for r in only_first if r.item.id == "defense")
    assert beyond.level("theirs") == "beyond" and beyond.at_walk_away("theirs")
    # at the walk-away figure exactly: at the walk-away step, flagged too
    packages["theirs-2"] = _package("theirs-2", ("defense", "give", 1.7))
    at = next(r for r in talks.standings(offers, ROUNDS, packages, items) if r.item.id == "defense")
    assert at.level("theirs") == "walk_away" and at.at_walk_away("theirs")
    # an item gone from the agenda is left out
    assert [r.item.id for r in talks.standings(offers, ROUNDS, packages, {"tariffs": TARIFFS})] == ["tariffs"]


def test_next_offer_copies_the_package_tables_it_and_marks_pending_offers_countered() -> None:
    package = _package("theirs-1", ("defense", "give", 1.8), ("tariffs", "get", None))
    offers = [
        _offer("o1", "r1", "theirs", "theirs-1", response="pending"),
        _offer("o2", "r1", "ours", "ours-1", response="pending"),
        _offer("o0", "r1", "theirs", "theirs-0", response="rejected", position=-1),
    ]
    records = talks.next_offer("theirs", ROUNDS[0], offers, ROUNDS, package, 7, 3)
    copy, *rest = records
    assert isinstance(copy, model.Package) and copy.id != package.id
    assert copy.name == "Their offer, round 2" and copy.origin == "theirs" and copy.position == 7
    children = [r for r in rest if isinstance(r, model.PackageItem)]
    entries = [(c.agenda_item_id, c.role, c.value) for c in children]
    assert entries == [("defense", "give", 1.8), ("tariffs", "get", None)]
    assert all(c.package_id == copy.id and c.id == package_item_id(copy.id, c.agenda_item_id) for c in children)
    assert [c.id for c in copy.items] == [c.id for c in children]
    new = [r for r in rest if isinstance(r, model.Offer) and r.package_id == copy.id]
    assert len(new) == 1
    offer = new[0]
    assert (offer.round_id, offer.side, offer.response, offer.tabled_on, offer.position) == (
        "r2", "theirs", "pending", "2025-05-20", 3
    )  # fmt: skip
    countered = {r.id: r.response for r in rest if isinstance(r, model.Offer) and r.id != offer.id}
    assert countered == {"o1": "countered", "o2": "countered"}  # the rejected one is left alone
    assert len(records) == 1 + 2 + 1 + 2
    with pytest.raises(ValueError):
        talks.next_offer("other", ROUNDS[0], offers, ROUNDS, package, 0, 0)


def test_every_status_has_its_own_colour_in_the_status_chart() -> None:
    assert set(STATUS_COLORS) == set(model.STATUSES)
    assert len(set(STATUS_COLORS.values())) == len(model.STATUSES)


def test_a_recorded_next_offer_is_the_sides_latest_and_a_second_one_copies_it() -> None:
    """A counter-offer recorded in a round where the side's last offer was tabled after the
    round's first day still comes last, so the next one recorded copies it, not the one before."""
    first = _package("ours-1", ("defense", "give", 1.6))
    offers = [_offer("o1", "r2", "ours", "ours-1", tabled_on="2025-05-21", position=4, notes="old")]
    records = talks.next_offer("ours", ROUNDS[0], offers, ROUNDS, replace(first, notes="said in round 1"), 0, 0)
    copy = records[0]
    new = next(r for r in records if isinstance(r, model.Offer) and r.package_id == copy.id)
    assert (new.tabled_on, new.position) == ("2025-05-21", 5)
    assert isinstance(copy, model.Package) and copy.notes == ""  # what is new is still to be said
    later = [*[r for r in records if isinstance(r, model.Offer)], offers[0]]
    later = [o for o in {o.id: o for o in reversed(later)}.values()]
    assert talks.latest_offers(later, ROUNDS)["ours"].id == new.id


def test_two_rounds_of_one_number_are_ordered_by_their_day_for_offers_and_the_newest_round() -> None:
    """As a merge of two copies that each added "round 3" leaves them."""
    geneva = _round("r3-geneva", 3, "2025-06-01")
    seoul = _round("r3-seoul", 3, "2025-06-10")
    rounds = [seoul, geneva]  # listed in either order
    assert talks.newest_round(rounds).id == "r3-seoul" == talks.newest_round(rounds[::-1]).id
    theirs = [_offer("seoul", "r3-seoul", "theirs", "p", tabled_on="2025-06-12")]
    package = _package("p", ("defense", "give", 1.6))
    records = talks.next_offer("theirs", talks.newest_round(rounds), theirs, rounds, package, 0, 0)
    new = next(r for r in records if isinstance(r, model.Offer) and r.id != "seoul")
    assert (new.round_id, new.tabled_on) == ("r3-seoul", "2025-06-12")
    assert talks.latest_offers([*theirs, new], rounds)["theirs"].id == new.id
