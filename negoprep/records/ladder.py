"""Where a package settles an agenda item on its mandate ladder: the one rule every door uses.

An item's mandate ladder runs from what we open with to the point where we walk away
(`model.LADDER`), each step worth a score to us. A package entry names its step (`level`), or
leaves it to its role (a *get* at the target, a *give* at the fallback). Where the entry
proposes a figure (`PackageItem.value`, in the unit of the item's key figure) and the item says
which way the figure is better for us (`figure_better`: "more" or "less") and where its steps
lie in that figure (`figure_opening` … `figure_walk_away`, any of them), the figure decides:

- a step is **reached** when the proposed figure is at least as good as the step's figure
  (equal counts: a figure exactly at the walk-away point is at the walk-away step, as a
  ceiling or floor red line at that figure is not broken by it);
- the package settles the item at the best step it reaches, never at a step it falls short
  of: a figure between the target and the fallback is at the fallback (no interpolation: each
  step is a mandate given as a whole, and a settlement worse than the target earns no part of
  it); a figure worse than the walk-away figure is *beyond* the walk-away point (it scores
  nothing, is warned about, and a release copy that withholds walk-away points leaves the
  package out);
- where steps have no figure, the figure only bounds the step: the entry's own step (or its
  role's) is kept when the figures allow it, otherwise the nearest step they allow is taken.
  With only a walk-away figure, a figure inside it keeps the named step and one past it is
  beyond.

A figure with no direction said (`figure_better` null), or an item with no ladder figures,
leaves the step as named. Ladder figures that do not run the way `figure_better` says (the
target better than the opening) are `out_of_order`; the step taken is then the worst the
figures allow, never a better one. Pure: no Qt, no database.
"""

from __future__ import annotations

import itertools

from negoprep.records import model

#: The ladder figures of an item, step by step, in ladder order.
FIGURE_FIELDS = tuple(f"figure_{step}" for step in model.LADDER)
_BEYOND = len(model.LADDER)  # the index of "beyond" in model.LEVELS


def named_level(entry: model.PackageItem) -> str:
    """The step an entry names, or its role's (get: target; give: fallback)."""
    return entry.level or ("target" if entry.role == "get" else "fallback")


def ladder_figures(item: model.AgendaItem) -> tuple[float | None, ...]:
    """The item's figure at each step of its ladder (None where not given), in ladder order."""
    return tuple(getattr(item, name) for name in FIGURE_FIELDS)


def placeable(entry: model.PackageItem, item: model.AgendaItem | None) -> bool:
    """Whether the entry's proposed figure places it on the item's ladder: it proposes a figure,
    and the item says which way is better and gives at least one ladder figure."""
    return (
        item is not None
        and entry.value is not None
        and item.figure_better in model.BETTER
        and any(f is not None for f in ladder_figures(item))
    )


def unplaced_figure(entry: model.PackageItem, item: model.AgendaItem | None) -> bool:
    """Whether the entry proposes a figure that cannot place it only because the item does not
    say which way its figure is better (its ladder figures are given): worth a warning."""
    return (
        item is not None
        and entry.value is not None
        and item.figure_better is None
        and any(f is not None for f in ladder_figures(item))
    )


def reaches(proposed: float, step_figure: float, better: str) -> bool:
    """Whether a proposed figure is at least as good for us as a step's figure."""
    return proposed >= step_figure if better == "more" else proposed <= step_figure


def out_of_order(item: model.AgendaItem) -> bool:
    """Whether the item's ladder figures run against its `figure_better` (a later step better
    than an earlier one); False when no direction is said."""
    if item.figure_better not in model.BETTER:
        return False
    given = [f for f in ladder_figures(item) if f is not None]
    return any(not reaches(earlier, later, item.figure_better) for earlier, later in itertools.pairwise(given))


def settled_level(entry: model.PackageItem, item: model.AgendaItem | None) -> str:
    """The step of `model.LEVELS` at which a package entry settles `item` (see the module's
    rules): the named step (or the role's), moved to where the proposed figure places it."""
    named = named_level(entry)
    if item is None or entry.value is None or not placeable(entry, item):
        return named
    better = str(item.figure_better)
    lowest = 0  # the best step the figure may still be at: just past the worst step it misses
    highest = _BEYOND  # the worst it may be at: the best step it reaches
    for index, figure in enumerate(ladder_figures(item)):
        if figure is None:
            continue
        if reaches(entry.value, figure, better):
            highest = min(highest, index)
        else:
            lowest = max(lowest, index + 1)
    wanted = model.LEVELS.index(named)
    # out-of-order figures can leave no step between the bounds: take the worse bound then
    return model.LEVELS[max(lowest, min(wanted, highest))]
