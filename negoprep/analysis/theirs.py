"""What a package is worth to the other side, as we model them.

Their value of a package adds, over the items it holds whose weight for them is modelled
(`AgendaItem.their_weight`; their weights should sum to 100), their weight × their score ÷ 100,
so that it runs from 0 to 100 as ours does. Items whose weight for them is not modelled add
nothing; a package holding none of them has no value for them (None).

Their score of one item (0–100) comes from the figure the package proposes, where it can:

- **by the figure**: the entry proposes a figure (`PackageItem.value`), the item says which way
  the figure is better for us (`figure_better`) and gives their estimated walk-away
  (`their_walk_away`, their reservation point in the key figure's unit). What is better for us
  is worse for them. Their score runs linearly from 0 at their walk-away to 100 at our
  walk-away figure (`figure_walk_away`: the most they can hope to get from us within our
  mandate), and is clamped to 0..100: a figure at least as good for them as our walk-away
  scores 100. Where the two walk-aways leave no zone of agreement (ours is worse for them than
  theirs), every figure they can accept scores 100.
- **outside their zone of agreement**: a figure worse for them than their walk-away (equal
  counts as inside, as on our ladder) scores 0, and the package is flagged by that item:
  they would walk away from it.
- **by the step** (the fallback): without a proposed figure, without their walk-away, without
  a direction, or without our walk-away figure (then only the flag above is judged by the
  figure), their score is what we concede: 100 − our score of the step at which the package
  settles the item (negoprep.records.ladder). A coarse estimate: it assumes their preferences
  over the item mirror ours.

Pure functions of the records: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from negoprep.records import model

#: how their score of an item was found
BY_FIGURE = "figure"
BY_STEP = "step"


@dataclass(frozen=True)
class TheirScore:
    """What settling one item as a package entry does is worth to them."""

    points: float  # 0 to 100
    basis: str  # BY_FIGURE or BY_STEP
    outside: bool = False  # the proposed figure is worse for them than their walk-away


def worse_for_them(figure: float, their_walk_away: float, better: str) -> bool:
    """Whether a proposed figure is worse for the other side than their walk-away point
    (`better`: which way the figure is better for us, "more" or "less"; equal is not worse)."""
    return figure > their_walk_away if better == "more" else figure < their_walk_away


def their_score(entry: model.PackageItem, item: model.AgendaItem, our_points: float) -> TheirScore:
    """Their score (0–100) of `item` as `entry` settles it, given our score `our_points`
    (0–100) of the step it settles at; see the module for the model."""
    figure, theirs, better = entry.value, item.their_walk_away, item.figure_better
    if figure is None or theirs is None or better not in model.BETTER:
        return TheirScore(100 - our_points, BY_STEP)
    assert better is not None  # (for mypy: it is in model.BETTER)
    if worse_for_them(figure, theirs, better):
        return TheirScore(0.0, BY_FIGURE, outside=True)
    ours = item.figure_walk_away
    if ours is None:
        return TheirScore(100 - our_points, BY_STEP)
    if not worse_for_them(figure, ours, better):
        return TheirScore(100.0, BY_FIGURE)  # as good for them as anything our mandate allows
    # strictly between their walk-away (0) and ours (100): no division by zero here
    return TheirScore(100 * (figure - theirs) / (ours - theirs), BY_FIGURE)
