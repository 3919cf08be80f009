"""How far each issue weight can move before the best acceptable package changes.

The best acceptable package is the one of highest value for us (negoprep.analysis.scoring)
among those that break no absolute red line; of equal values, the first in the dossier's
order. When one item's weight w moves by d (down or up, in weight points), every other weight
is rescaled in proportion so that the weights still sum to the same total W:
w_i' = w_i × (W − w − d) ÷ (W − w). A package's value for us is then linear in d:

    value(d) = a + b·d,  a = its value now,  b = s ÷ 100 − (a − w·s ÷ 100) ÷ (W − w)

where s is its score of the item (0 when it does not hold it). The best package B changes where
another package's line first crosses B's: d = (a_B − a_Q) ÷ (b_Q − b_B), solved exactly (in
fractions, not by stepping). A crossing counts when it lies strictly inside the weights the
item can take: from 0 up to the smaller of 100 and W (the others cannot go below 0). Going up,
the lines of greater slope can overtake; going down, those of smaller slope. Where several
cross at the same point, the one better just beyond it takes over.

A weight whose item is alone in carrying weight (W − w = 0) cannot move without changing the
total: its range is the weight itself. Pure functions of the records: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

from negoprep.analysis.scoring import level_of, score, verdict
from negoprep.records import model
from negoprep.redlines.check import check_package

#: no weight is above this (the weight field's ceiling)
CEILING = 100


@dataclass(frozen=True)
class WeightRange:
    """How far one item's weight can move before the best acceptable package changes."""

    agenda_item_id: str
    title: str
    weight: float  # its weight now
    low: float  # the lowest weight at which the best package is still the best (its crossing, or 0)
    high: float  # the highest (its crossing, or the ceiling: 100 or the weights' total)
    down_to: str | None  # the package that takes over below `low`; None: none before 0
    up_to: str | None  # the package that takes over above `high`; None: none before the ceiling

    @property
    def down(self) -> float | None:
        """How many weight points it can fall before the best changes (None: it never does)."""
        return self.weight - self.low if self.down_to is not None else None

    @property
    def up(self) -> float | None:
        """How many weight points it can rise before the best changes (None: it never does)."""
        return self.high - self.weight if self.up_to is not None else None


@dataclass(frozen=True)
class Sensitivity:
    """The best acceptable package and, per agenda item, how far its weight can move."""

    best: str | None  # the best acceptable package's id; None when no package is acceptable
    total: float  # the weights' total, kept while one moves
    ranges: tuple[WeightRange, ...]  # in the order of the agenda items


class Weighted(Protocol):
    """An agenda item as the sensitivity reads every one: an `AgendaItem`, or its fields."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def weight(self) -> float: ...


def weight_sensitivity(
    packages: Sequence[model.Package],
    items: Sequence[Weighted],
    red_lines: Sequence[model.RedLine],
    tracks: Mapping[str, str],
    records: Mapping[str, model.AgendaItem] | None = None,
) -> Sensitivity:
    """For each of `items` (every agenda item of the dossier: their weights make the total),
    the range its weight can take while the best acceptable of `packages` stays the best;
    red lines are checked as scoring checks them (`tracks`: track id → name). `records`, by
    id, are the items the packages hold and the red lines name, whole (default: those of
    `items` that are `AgendaItem` records)."""
    by_id = dict(records) if records is not None else {i.id: i for i in items if isinstance(i, model.AgendaItem)}
    acceptable = [p for p in packages if not verdict(check_package(p, red_lines, by_id, tracks))]
    total = sum((Fraction(i.weight) for i in items), Fraction(0))
    if not acceptable:
        return Sensitivity(None, float(total), ())
    # each package's score of each item it holds, as its value counts it
    scores = [_scores(p, by_id) for p in acceptable]
    values = [sum((Fraction(by_id[k].weight) * s / 100 for k, s in held.items()), Fraction(0)) for held in scores]
    best = max(range(len(acceptable)), key=lambda n: (values[n], -n))
    ranges = []
    for item in items:
        weight = Fraction(item.weight)
        rest = total - weight
        ceiling = min(Fraction(CEILING), total)
        if rest <= 0:  # nothing to rescale: the weight cannot move and keep the total
            ranges.append(WeightRange(item.id, item.title, item.weight, item.weight, item.weight, None, None))
            continue
        slopes = []
        for held, value in zip(scores, values, strict=True):
            s = held.get(item.id, 0)
            slopes.append(Fraction(s, 100) - (value - weight * s / 100) / rest)
        up = _first_crossing(values, slopes, best, +1, ceiling - weight)
        down = _first_crossing(values, slopes, best, -1, weight)
        ranges.append(
            WeightRange(
                item.id,
                item.title,
                item.weight,
                float(weight - down[0]) if down else 0.0,
                float(weight + up[0]) if up else float(ceiling),
                acceptable[down[1]].id if down else None,
                acceptable[up[1]].id if up else None,
            )
        )
    return Sensitivity(acceptable[best].id, float(total), tuple(ranges))


def dossier_sensitivity(content: model.DossierContent, items: Sequence[Weighted] | None = None) -> Sensitivity:
    """`weight_sensitivity` of every package of a dossier and every agenda item in `items`
    (default: the content's own), with the content's agenda items as the records."""
    tracks = {t.id: t.name for t in content.tracks}
    records = {i.id: i for i in content.agenda_items}
    every = content.agenda_items if items is None else items
    return weight_sensitivity(content.packages, every, content.red_lines, tracks, records)


def _scores(package: model.Package, items: Mapping[str, model.AgendaItem]) -> dict[str, int]:
    out = {}
    for entry in package.items:
        item = items.get(entry.agenda_item_id)
        if item is not None:
            out[item.id] = score(item, level_of(entry, item))
    return out


def _first_crossing(
    values: Sequence[Fraction], slopes: Sequence[Fraction], best: int, way: int, room: Fraction
) -> tuple[Fraction, int] | None:
    """The first distance (0 ≤ distance < room) at which another line overtakes the best's,
    moving the way `way` says (+1 up, −1 down), and which line: of those crossing there, the
    steepest the way it moves; None when none does within the room."""
    found: tuple[Fraction, Fraction, int] | None = None  # (distance, −gain beyond, package)
    for n, (value, slope) in enumerate(zip(values, slopes, strict=True)):
        gain = (slope - slopes[best]) * way  # how fast it closes on the best, per point moved
        if n == best or gain <= 0:
            continue
        distance = (values[best] - value) / gain
        if distance >= room:
            continue
        key = (distance, -gain, n)
        if found is None or key < found:
            found = key
    return (found[0], found[2]) if found is not None else None
