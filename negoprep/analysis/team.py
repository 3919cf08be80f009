"""Team weights: each delegate's own issue weights, and the weights of the team as a whole.

Each delegate may record how much each agenda item matters (model.TeamWeight, 0–100, like the
dossier's own `weight`). The team's *combined* weight of an item is the mean of the weights of
the delegates who gave one for it, the means then scaled so that they sum to 100 over the items
anyone weighted (Raiffa-style issue weights; Expert Choice and 1000minds combine a group's
judgements the same way, by averaging). The *spread* of an item (the highest delegate's weight
minus the lowest) shows where the team disagrees. Pure functions of the records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from negoprep.records import model

TOTAL = 100.0  # what the issue weights of a dossier sum to


def by_item(
    team_weights: Iterable[model.TeamWeight],
    items: Sequence[model.AgendaItem],
    delegates: Collection[str] | None = None,
) -> dict[str, list[float]]:
    """The delegates' weights of each of `items` that anyone weighted, by agenda item id, in
    the order of `items`. Weights of deleted records, of items not in `items` and (when
    `delegates` names participant ids) of other participants are left out."""
    wanted = {item.id for item in items if not item.deleted}
    found: dict[str, list[float]] = {}
    for weight in team_weights:
        if weight.deleted or weight.agenda_item_id not in wanted:
            continue
        if delegates is not None and weight.participant_id not in delegates:
            continue
        found.setdefault(weight.agenda_item_id, []).append(float(weight.weight))
    return {item.id: found[item.id] for item in items if item.id in found}


def combined_weights(
    team_weights: Iterable[model.TeamWeight],
    items: Sequence[model.AgendaItem],
    delegates: Collection[str] | None = None,
) -> dict[str, float]:
    """The team's combined weight of each agenda item anyone weighted, by item id: the mean of
    the delegates' weights for it, scaled so that the combined weights sum to 100. Items no
    delegate weighted are absent. When every mean is 0 the means are returned unscaled (0)."""
    means = {item_id: sum(given) / len(given) for item_id, given in by_item(team_weights, items, delegates).items()}
    total = sum(means.values())
    if total <= 0:
        return means
    return {item_id: mean * TOTAL / total for item_id, mean in means.items()}


def spread(
    team_weights: Iterable[model.TeamWeight],
    items: Sequence[model.AgendaItem],
    delegates: Collection[str] | None = None,
) -> dict[str, float]:
    """How far the delegates disagree on each agenda item anyone weighted, by item id: the
    highest delegate's weight minus the lowest (0 when one delegate weighted it)."""
    return {item_id: max(given) - min(given) for item_id, given in by_item(team_weights, items, delegates).items()}


def most_disputed(spreads: Mapping[str, float], count: int = 3) -> set[str]:
    """The items where the team disagrees most: the `count` largest spreads above 0 (items
    tied with the last of them included)."""
    ranked = sorted((s for s in spreads.values() if s > 0), reverse=True)
    if not ranked:
        return set()
    least = ranked[min(count, len(ranked)) - 1]
    return {item_id for item_id, s in spreads.items() if s > 0 and s >= least}


def rounded(weights: Mapping[str, float], places: int = 1) -> dict[str, float]:
    """Weights rounded to `places` decimals so that they still sum to what they summed to
    (rounded alike): the units lost or gained by rounding go to the items whose rounding
    moved them furthest (the largest remainder method). E.g. three thirds of 100 become
    33.4, 33.3 and 33.3, not 33.3 three times."""
    scale = 10**places
    scaled = {item_id: w * scale for item_id, w in weights.items()}
    floors = {item_id: int(v // 1) for item_id, v in scaled.items()}
    short = round(sum(scaled.values())) - sum(floors.values())
    by_remainder = sorted(
        scaled, key=lambda item_id: (-(scaled[item_id] - floors[item_id]), list(scaled).index(item_id))
    )
    for item_id in by_remainder[: max(short, 0)]:
        floors[item_id] += 1
    return {item_id: floors[item_id] / scale for item_id in weights}
