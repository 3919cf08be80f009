"""Where the talks stand: the order of offers, each side's latest offer, where the latest
offers settle each agenda item against our mandate ladder, and what recording a side's next
offer writes.

An offer (model.Offer) tables a whole package in a round (model.Round). Rounds are ordered by
number, then first day, then place in the list (two copies merged can hold two rounds of one
number); offers by their round's place in that order, then the day tabled (an offer with no
day first), then their place in the list: the last of a side in that order is its *latest*
offer, and the last round is the *newest*. Pure functions of the
records: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from negoprep.i18n import translate
from negoprep.records import ladder, model
from negoprep.records.editing import duplicate, new_id


def round_order(held: model.Round) -> tuple[int, str, int]:
    """The sort key of a round in the order of the talks (number, first day, position)."""
    return (held.number, held.starts_on or "", held.position)


def offer_order(offer: model.Offer, rounds: Mapping[str, model.Round]) -> tuple[tuple[int, str, int], str, int]:
    """The sort key of an offer in the order of the talks (its round's `round_order`, day
    tabled, position); an offer of a round not in `rounds` sorts first."""
    held = rounds.get(offer.round_id)
    return (round_order(held) if held is not None else (0, "", 0), offer.tabled_on or "", offer.position)


def latest_offers(offers: Iterable[model.Offer], rounds: Iterable[model.Round]) -> dict[str, model.Offer]:
    """Each side's latest live offer, by side ("ours", "theirs"); a side with none is absent."""
    by_id = {r.id: r for r in rounds if not r.deleted}
    latest: dict[str, model.Offer] = {}
    for offer in sorted((o for o in offers if not o.deleted), key=lambda o: offer_order(o, by_id)):
        latest[offer.side] = offer
    return latest


def newest_round(rounds: Iterable[model.Round]) -> model.Round | None:
    """The last live round in the order of the talks (`round_order`), or None."""
    live = [r for r in rounds if not r.deleted]
    return max(live, key=round_order) if live else None


@dataclass(frozen=True)
class Standing:
    """One agenda item held by the latest offers: what each side's latest offer proposes for
    it (None: that offer does not hold the item, or the side has tabled nothing)."""

    item: model.AgendaItem
    ours: model.PackageItem | None
    theirs: model.PackageItem | None

    def level(self, side: str) -> str | None:
        """The step of model.LEVELS at which a side's latest offer settles the item
        (`ladder.settled_level`), or None when it does not hold the item."""
        entry = self.ours if side == "ours" else self.theirs
        return ladder.settled_level(entry, self.item) if entry is not None else None

    def figure(self, side: str) -> float | None:
        """The figure a side's latest offer proposes for the item (the key figure's unit), or None."""
        entry = self.ours if side == "ours" else self.theirs
        return entry.value if entry is not None else None

    def at_walk_away(self, side: str) -> bool:
        """Whether a side's latest offer settles the item at our walk-away point or beyond it."""
        return self.level(side) in ("walk_away", "beyond")


def standings(
    offers: Iterable[model.Offer],
    rounds: Iterable[model.Round],
    packages: Mapping[str, model.Package],
    items: Mapping[str, model.AgendaItem],
) -> list[Standing]:
    """One row per live agenda item held by either side's latest offer, in agenda order
    (`position`). `packages` maps package ids to packages with their items (at least the latest
    offers' packages); `items` maps agenda item ids to agenda items (at least those held).
    An item gone from the agenda is left out."""
    latest = latest_offers(offers, rounds)
    held: dict[str, dict[str, model.PackageItem]] = {}
    for side, offer in latest.items():
        package = packages.get(offer.package_id)
        if package is None or package.deleted:
            continue
        held[side] = {e.agenda_item_id: e for e in package.items if not e.deleted}
    ids = {agenda_id for entries in held.values() for agenda_id in entries}
    live = sorted((items[i] for i in ids if i in items and not items[i].deleted), key=lambda i: (i.position, i.title))
    return [Standing(item, held.get("ours", {}).get(item.id), held.get("theirs", {}).get(item.id)) for item in live]


def copy_name(side: str, round_number: int) -> str:
    """The name of the package a side's next offer tables: "Their offer, round 2"."""
    if side == "ours":
        return translate("talks", "Our offer, round {number}").format(number=round_number)
    return translate("talks", "Their offer, round {number}").format(number=round_number)


def next_offer(
    side: str,
    in_round: model.Round,
    offers: Sequence[model.Offer],
    rounds: Sequence[model.Round],
    package: model.Package,
    package_position: int,
    offer_position: int,
) -> list[model.Record]:
    """The records that record a side's next offer in `in_round`, to write as one change: a
    copy of `package` (the side's latest offer's package, with its items; named by
    `copy_name`, its origin the side, its notes left empty for what is new), a pending offer of
    the side tabling the copy, and each side's latest offer, when still pending, marked
    "countered": the new offer answers the other side's last offer and revises the side's own.
    The new offer is the side's latest: it is tabled on
    the round's day, or on the day of the round's latest offer when that is later, and listed
    after every offer.

    `package_position` and `offer_position` are the places of the new package and offer in
    their lists. ValueError when `side` is not one of model.ORIGINS."""
    if side not in model.ORIGINS:
        raise ValueError(side)
    copied = duplicate(package, package_position)
    copy = copied[0]
    if not isinstance(copy, model.Package):
        raise TypeError(f"a copy of a package is a {type(copy).__name__}")
    copy = replace(copy, name=copy_name(side, in_round.number), origin=side, notes="")
    children = [replace(child, package_id=copy.id) for child in copied[1:] if isinstance(child, model.PackageItem)]
    copy = model.with_items(copy, children)
    offer = model.Offer(
        id=new_id(),
        dossier_id=in_round.dossier_id,
        round_id=in_round.id,
        side=side,
        package_id=copy.id,
        tabled_on=max(
            [d for d in (in_round.starts_on, *(o.tabled_on for o in offers if o.round_id == in_round.id)) if d],
            default=None,
        ),
        response="pending",
        position=max([offer_position, *(o.position + 1 for o in offers)]),
    )
    answered = [
        replace(previous, response="countered")
        for previous in latest_offers(offers, rounds).values()
        if previous.response == "pending"
    ]
    return [copy, *children, offer, *answered]
