"""The domestic win-set (Putnam's two-level game): can a package be ratified at home?

Each constituency at home (model.Constituency: the National Assembly, an industry, a ministry,
the public) makes demands on agenda items (model.Demand). A package fails a demand when

- ``excluded``: it holds the item, in either role;
- ``at_least`` a step of our mandate ladder: it holds the item and settles it at a worse step
  (the step `ladder.settled_level` gives, as the package's value uses it; beyond the walk-away
  point is worse than every step);
- ``max`` / ``min``: it holds the item with a proposed figure (in the unit of the item's key
  figure) above / below the amount. Without a proposed figure it is not judged by them, as the
  ceiling and floor red lines are not.

A package holding no item of a demand meets it. A package *fails at home* when it fails a
demand of a constituency that can block ratification (``veto``); a failed demand of any other
constituency makes it *opposed at home*, a warning. Pure functions of the records: the same
verdict on the screen, on paper and from ``negoprep check``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from negoprep.records import ladder, model
from negoprep.records.labels import enum_label
from negoprep.records.problems import Problem, all_of, problem, quoted, words
from negoprep.redlines.rules import amount


@dataclass(frozen=True)
class Failure:
    """One demand of one constituency that one package fails."""

    constituency_id: str
    constituency: str  # its name
    veto: bool  # whether it can block ratification
    agenda_item_id: str
    condition: str  # "excluded", "at_least", "max" or "min"
    because: Problem  # why, with the item's title and the figures or steps

    @property
    def reason(self) -> str:
        """Why, in words (in the installed language)."""
        return words(self.because)

    def as_json(self) -> dict[str, object]:
        return {
            "constituency": self.constituency_id,
            "constituency_name": self.constituency,
            "veto": self.veto,
            "agenda_item": self.agenda_item_id,
            "condition": self.condition,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class HomeCheck:
    """What checking one package against the constituencies at home found."""

    package_id: str
    failures: tuple[Failure, ...] = field(default_factory=tuple)

    @property
    def fails(self) -> bool:
        """True when a constituency that can block ratification would block the package."""
        return any(f.veto for f in self.failures)

    @property
    def opposed(self) -> bool:
        """True when a constituency without a veto objects (and none with one does)."""
        return bool(self.failures) and not self.fails

    def verdict(self) -> str:
        """One phrase naming every constituency that objects, each once with all its reasons:
        "fails at home: National Assembly (it puts … above …)", then "; opposed at home: …" for
        those that cannot block it; "" when every constituency accepts it."""
        if not self.failures:
            return ""
        parts = []
        for veto, code in ((True, "home.fails"), (False, "home.opposed")):
            by_name: dict[str, list[Problem]] = {}
            for f in self.failures:
                if f.veto == veto:
                    by_name.setdefault(f.constituency, []).append(f.because)
            if by_name:
                who = all_of([problem("home.who", name=name, why=all_of(why)) for name, why in by_name.items()])
                parts.append(words(problem(code, who=who)))
        return "; ".join(parts)

    def as_json(self) -> dict[str, object]:
        return {
            "package": self.package_id,
            "fails_at_home": self.fails,
            "verdict": self.verdict(),
            "failures": [f.as_json() for f in self.failures],
        }


def check_at_home(
    package: model.Package,
    constituencies: Sequence[model.Constituency],
    items: Mapping[str, model.AgendaItem],
) -> HomeCheck:
    """`package` checked against every demand of `constituencies` (with their demands as
    `items` of each); `items` maps agenda item ids to the live agenda items (at least those
    the package holds). Demands on an item the package does not hold are met."""
    held = {entry.agenda_item_id: entry for entry in package.items}
    failures = []
    for constituency in constituencies:
        for demand in constituency.items:
            entry = held.get(demand.agenda_item_id)
            if entry is None or demand.deleted:
                continue
            for condition, because in _failed(demand, entry, items.get(demand.agenda_item_id)):
                failures.append(
                    Failure(
                        constituency.id,
                        constituency.name,
                        constituency.veto,
                        demand.agenda_item_id,
                        condition,
                        because,
                    )
                )
    return HomeCheck(package.id, tuple(failures))


def check_dossier_at_home(content: model.DossierContent) -> dict[str, HomeCheck]:
    """Every package of a dossier checked at home, by package id."""
    items = {i.id: i for i in content.agenda_items}
    return {p.id: check_at_home(p, content.constituencies, items) for p in content.packages}


def _failed(demand: model.Demand, entry: model.PackageItem, item: model.AgendaItem | None) -> list[tuple[str, Problem]]:
    title = quoted(item.title if item is not None else entry.agenda_item_id)
    unit = item.figure_unit if item is not None else ""
    out: list[tuple[str, Problem]] = []
    if demand.excluded:
        out.append(("excluded", problem("home.excluded", item=title)))
    if demand.at_least is not None:
        level = ladder.settled_level(entry, item)
        if model.LEVELS.index(level) > model.LEVELS.index(demand.at_least):
            found = enum_label(level)
            out.append(("at_least", problem("home.step", item=title, found=found, wanted=enum_label(demand.at_least))))
    if entry.value is not None:
        if demand.max_value is not None and entry.value > demand.max_value:
            limit = amount(demand.max_value, unit)
            out.append(("max", problem("home.above", item=title, found=amount(entry.value, unit), limit=limit)))
        if demand.min_value is not None and entry.value < demand.min_value:
            limit = amount(demand.min_value, unit)
            out.append(("min", problem("home.below", item=title, found=amount(entry.value, unit), limit=limit)))
    return out
