"""The efficient frontier of a dossier's packages (Raiffa; Smartsettle's efficiency frontier).

Every package is a point: its value for us (x) and its value for the other side (y), both as
negoprep.analysis.scoring gives them (points, their weights and ours each summing to 100). An
offer tables a package whole, so every offer is the point of its package. Only a *feasible*
package can be agreed: one that breaks no absolute red line, does not fail at home and leaves
no item past the other side's estimated walk-away. A feasible point is *efficient*
(Pareto-efficient) when no other feasible point is at least as good for both sides and better
for one; the efficient points, ordered by our value, are the frontier, where neither side can
gain without the other losing. A package that is not feasible is drawn but never efficient; one
whose value for them is not modelled has no point on the plane and is listed apart.

Each point also says whether the package breaks a red line (an absolute one makes it
unacceptable, negoprep.redlines.check) and whether it fails at home (a constituency that can
block ratification would, negoprep.analysis.winset). Pure functions of the records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from negoprep.analysis.scoring import valued
from negoprep.analysis.winset import HomeCheck, check_at_home
from negoprep.records import model
from negoprep.redlines.check import check_package


@dataclass(frozen=True)
class Tabled:
    """An offer that tables a package: in which round, by whom, and what became of it."""

    offer_id: str
    round_number: int | None  # None when its round is not in the dossier
    side: str  # "ours" or "theirs"
    response: str  # model.RESPONSES


@dataclass(frozen=True)
class FrontierPoint:
    """One package on the plane of both sides' values."""

    package_id: str
    name: str
    origin: str  # "ours" or "theirs"
    ours: float  # value for us, points
    theirs: float | None  # value for them, points; None when not modelled
    breaks: tuple[str, ...]  # the titles of the absolute red lines it breaks (unacceptable if any)
    violations: int  # how many red lines it breaks, firm ones included
    home: HomeCheck  # the check against the constituencies at home
    beyond_them: tuple[str, ...]  # items whose figure is past their estimated walk-away
    offers: tuple[Tabled, ...]  # the offers that table it, in the dossier's order
    efficient: bool  # on the frontier

    @property
    def acceptable(self) -> bool:
        """False when it breaks an absolute red line."""
        return not self.breaks

    @property
    def fails_at_home(self) -> bool:
        """True when a constituency that can block ratification would block it."""
        return self.home.fails


@dataclass(frozen=True)
class Frontier:
    """Every package as a point, in the dossier's order of packages."""

    points: tuple[FrontierPoint, ...]

    @property
    def efficient(self) -> tuple[FrontierPoint, ...]:
        """The frontier: the efficient points by our value, then theirs (both ascending)."""
        on = [p for p in self.points if p.efficient]
        return tuple(sorted(on, key=lambda p: (p.ours, p.theirs or 0.0)))

    @property
    def placed(self) -> tuple[FrontierPoint, ...]:
        """The points whose value for them is modelled (those a chart can place)."""
        return tuple(p for p in self.points if p.theirs is not None)

    @property
    def unplaced(self) -> tuple[FrontierPoint, ...]:
        """The packages whose value for them is not modelled."""
        return tuple(p for p in self.points if p.theirs is None)


def efficient_indices(pairs: Sequence[tuple[float, float]]) -> set[int]:
    """The positions of the Pareto-efficient pairs (x, y): those no other pair equals or
    beats in both and beats in one. Equal pairs are all efficient or none."""
    out = set()
    for i, (x, y) in enumerate(pairs):
        dominated = any(ox >= x and oy >= y and (ox > x or oy > y) for j, (ox, oy) in enumerate(pairs) if j != i)
        if not dominated:
            out.add(i)
    return out


def frontier(content: model.DossierContent) -> Frontier:
    """Every package of a dossier (with the offers that table it) as a point, checked against
    the red lines and at home, with the efficient ones marked."""
    items = {i.id: i for i in content.agenda_items}
    tracks = {t.id: t.name for t in content.tracks}
    rounds = {r.id: r.number for r in content.rounds}
    tabled: dict[str, list[Tabled]] = {}
    for offer in content.offers:
        mark = Tabled(offer.id, rounds.get(offer.round_id), offer.side, offer.response)
        tabled.setdefault(offer.package_id, []).append(mark)
    rows = []
    for package in content.packages:
        check = check_package(package, content.red_lines, items, tracks)
        worth = valued(package, items, check)
        home = check_at_home(package, content.constituencies, items)
        rows.append((package, worth, check, home))
    # (an infeasible package cannot be agreed: it bounds nothing)
    placed = [
        n
        for n, (_, worth, _, home) in enumerate(rows)
        if worth.theirs is not None and worth.acceptable and not home.fails and not worth.beyond_them
    ]
    pairs = [(rows[n][1].ours, float(rows[n][1].theirs or 0.0)) for n in placed]
    efficient = {placed[k] for k in efficient_indices(pairs)}
    points = tuple(
        FrontierPoint(
            package.id,
            package.name,
            package.origin,
            worth.ours,
            worth.theirs,
            worth.breaks,
            len(check.violations),
            home,
            worth.beyond_them,
            tuple(tabled.get(package.id, ())),
            n in efficient,
        )
        for n, (package, worth, check, home) in enumerate(rows)
    )
    return Frontier(points)
