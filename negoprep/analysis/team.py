"""Team weights: each delegate's own issue weights, where they disagree, and their combination.

Each delegate may record a weight (0–100) per agenda item (model.TeamWeight). Per item:

- the **combined** weight is the mean over the delegates who gave one, then all the means are
  scaled together so that the dossier's weights sum to 100 again. An item no delegate weighed
  keeps its current weight, and the means share what is left of 100 (nothing when those kept
  weights reach 100); the combined weights are rounded to hundredths, the rounding put where
  it changes least (largest remainders), so that they sum exactly;
- the **disagreement** is the spread of the delegates' weights (highest − lowest, 0 with fewer
  than two delegates), with the delegates at each end named.

`adopted` gives the agenda items with the combined weights applied, to be written as one
step. Pure functions of the records: no Qt, no database.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from negoprep.records import model

#: what the combined weights sum to
TOTAL = 100


@dataclass(frozen=True)
class DelegateWeight:
    """One delegate's weight for one item."""

    participant_id: str
    name: str  # the participant's name (the id when the participant is not in the dossier)
    weight: float


@dataclass(frozen=True)
class TeamItem:
    """The team's weights for one agenda item."""

    agenda_item_id: str
    title: str
    current: float  # the dossier's weight now
    given: tuple[DelegateWeight, ...]  # in the order they were recorded
    mean: float | None  # over the delegates who gave one; None when none did
    combined: float  # the weight the team's weights combine to (the current one when none gave one)

    @property
    def spread(self) -> float:
        """Highest − lowest of the delegates' weights (0 with fewer than two)."""
        weights = [g.weight for g in self.given]
        return max(weights) - min(weights) if len(weights) > 1 else 0.0

    @property
    def lowest(self) -> tuple[str, ...]:
        """The names of the delegates who gave the lowest weight (none with fewer than two)."""
        return self._at(lowest=True)

    @property
    def highest(self) -> tuple[str, ...]:
        """The names of the delegates who gave the highest weight (none with fewer than two)."""
        return self._at(lowest=False)

    def _at(self, *, lowest: bool) -> tuple[str, ...]:
        if len(self.given) < 2:
            return ()
        weights = [g.weight for g in self.given]
        mark = min(weights) if lowest else max(weights)
        return tuple(g.name for g in self.given if g.weight == mark)


def team_weights(
    items: Sequence[model.AgendaItem],
    weights: Sequence[model.TeamWeight],
    participants: Mapping[str, str],
) -> list[TeamItem]:
    """Per agenda item (in the order of `items`) the delegates' weights, their combination and
    spread; `participants` maps participant ids to names. A delegate's second weight for the
    same item replaces the first; weights of items not in `items` are left out."""
    given: dict[str, dict[str, DelegateWeight]] = {i.id: {} for i in items}
    for w in weights:
        if w.agenda_item_id in given and not w.deleted:
            name = participants.get(w.participant_id, w.participant_id)
            given[w.agenda_item_id][w.participant_id] = DelegateWeight(w.participant_id, name, w.weight)
    means = {k: sum(g.weight for g in v.values()) / len(v) for k, v in given.items() if v}
    kept = sum(i.weight for i in items if i.id not in means)
    combined = _shares(means, max(0.0, TOTAL - kept))
    return [
        TeamItem(i.id, i.title, i.weight, tuple(given[i.id].values()), means.get(i.id), combined.get(i.id, i.weight))
        for i in items
    ]


def adopted(items: Sequence[model.AgendaItem], team: Sequence[TeamItem]) -> list[model.AgendaItem]:
    """The agenda items whose weight the combined team weight changes, with it applied."""
    combined = {t.agenda_item_id: t.combined for t in team}
    return [replace(i, weight=combined[i.id]) for i in items if i.id in combined and combined[i.id] != i.weight]


def _shares(means: Mapping[str, float], room: float) -> dict[str, float]:
    """`means` scaled to sum to `room`, in hundredths that sum to it exactly."""
    whole = sum(means.values())
    if not means:
        return {}
    if whole <= 0:
        return dict.fromkeys(means, 0.0)
    hundredths = round(room * 100)
    exact = {k: v * hundredths / whole for k, v in means.items()}
    floors = {k: math.floor(v) for k, v in exact.items()}
    short = hundredths - sum(floors.values())
    # the largest remainders take the hundredths still missing (ties: in the items' order)
    for k in sorted(exact, key=lambda k: floors[k] - exact[k])[:short]:
        floors[k] += 1
    return {k: v / 100 for k, v in floors.items()}


def most_disputed(spreads: Mapping[str, float], count: int = 3) -> set[str]:
    """The items where the team disagrees most: the `count` largest spreads above 0 (items
    tied with the last of them included), from agenda item id → spread."""
    ranked = sorted((s for s in spreads.values() if s > 0), reverse=True)
    if not ranked:
        return set()
    least = ranked[min(count, len(ranked)) - 1]
    return {item_id for item_id, s in spreads.items() if s > 0 and s >= least}
