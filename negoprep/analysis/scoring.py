"""What a package is worth, Raiffa-style, and offers of about equal worth to us.

Each agenda item carries a weight (the weights of a dossier sum to 100) and, for each step of
its mandate ladder, a score from 0 to 100 of what settling it there is worth to us. A package
settles each item it holds at a step (`level_of`: its `level`, by default a *get* at the target
and a *give* at the fallback, moved to where its proposed figure falls on the item's ladder
figures: past the walk-away figure it is *beyond* and worth nothing; between two steps' figures
it is at the worse step; see negoprep.records.ladder). Its value for us adds weight × score ÷ 100
over those items; its value for them, where their weights are modelled, adds their weight × their
score ÷ 100, their score found from the proposed figure against their estimated walk-away where
it can be, else as what we concede (negoprep.analysis.theirs gives the model). Pure functions of
the records.

A package that breaks an absolute red line is *unacceptable* whatever it scores: `value` checks
the package against the dossier's red lines (negoprep.redlines.check) and gives its worth and
that verdict together, so that no door can show one without the other; `acceptable_first`
puts unacceptable packages below every acceptable one wherever packages are listed by worth;
and no equivalent offer is ever one that breaks a red line.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from negoprep.analysis.theirs import their_score
from negoprep.i18n import translate
from negoprep.records import ladder, model
from negoprep.records.editing import new_id, package_item_id
from negoprep.records.numbers import figure_text, local_figure
from negoprep.records.problems import problem, quoted, words
from negoprep.redlines.check import PackageCheck, check_package

_P = TypeVar("_P", bound=model.Package)


def level_of(entry: model.PackageItem, item: model.AgendaItem | None = None) -> str:
    """The step of `model.LEVELS` at which a package entry settles `item` (the agenda item it
    holds): the step it names, or its role's (get: target; give: fallback), moved to where its
    proposed figure falls on the item's ladder figures — a figure past the walk-away figure is
    "beyond", one between the target and the fallback figures is at the fallback
    (negoprep.records.ladder gives the whole rule). Without `item`, the named step."""
    return ladder.settled_level(entry, item)


def score(item: model.AgendaItem, level: str) -> int:
    """What settling an item at a step is worth to us (beyond the walk-away point: nothing)."""
    return 0 if level == "beyond" else getattr(item, f"{level}_score")


@dataclass(frozen=True)
class PackageValue:
    ours: float  # points for us, out of `possible`
    possible: float  # the weights of the items the package holds
    theirs: float | None  # points for them, where their weights are modelled
    gives: int
    gets: int
    given_weight: float
    gained_weight: float
    warnings: tuple[str, ...]
    #: the titles of the absolute red lines the package breaks: it is unacceptable if any
    breaks: tuple[str, ...] = ()
    # the titles of the items whose proposed figure is worse for them than their estimated
    # walk-away: the package is outside their zone of agreement if any
    beyond_them: tuple[str, ...] = ()

    @property
    def acceptable(self) -> bool:
        """False when the package breaks an absolute red line, whatever it scores."""
        return not self.breaks

    @property
    def within_their_zone(self) -> bool:
        """False when a proposed figure is worse for them than their estimated walk-away."""
        return not self.beyond_them


def value(
    package: model.Package,
    items: Mapping[str, model.AgendaItem],
    red_lines: Sequence[model.RedLine],
    tracks: Mapping[str, str],
) -> PackageValue:
    """A package's worth for us (and them), its give/get balance, what to warn about, and
    whether it is acceptable: checked against `red_lines` (`items` holds the agenda items the
    package holds and those the rules name; `tracks` maps track ids to names)."""
    return valued(package, items, check_package(package, red_lines, items, tracks))


def verdict(check: PackageCheck) -> tuple[str, ...]:
    """The titles of the absolute red lines a checked package breaks (none: it is acceptable)."""
    return tuple(dict.fromkeys(v.red_line for v in check.violations if v.severity == "absolute"))


def valued(package: model.Package, items: Mapping[str, model.AgendaItem], check: PackageCheck) -> PackageValue:
    """`value` of a package whose red-line check is made already (`check`, of this package)."""
    if check.package.id != package.id:
        raise ValueError((check.package.id, package.id))  # a check of another package
    ours = possible = given = gained = 0.0
    theirs: float | None = None
    gives = gets = 0
    warnings = []
    beyond_them = []
    for entry in package.items:
        item = items.get(entry.agenda_item_id)
        if item is None:
            continue
        level = level_of(entry, item)
        points = score(item, level)
        ours += item.weight * points / 100
        possible += item.weight
        for_them = their_score(entry, item, points)
        if item.their_weight is not None:
            theirs = (theirs or 0.0) + item.their_weight * for_them.points / 100
        if for_them.outside:
            beyond_them.append(item.title)
            warnings.append(words(problem("worth.beyond_them", item=quoted(item.title))))
        if entry.role == "give":
            gives += 1
            given += item.weight
        else:
            gets += 1
            gained += item.weight
        if level == "beyond":
            code = "worth.gives_beyond" if entry.role == "give" else "worth.settles_beyond"
            warnings.append(words(problem(code, item=quoted(item.title))))
        elif ladder.unplaced_figure(entry, item):
            warnings.append(words(problem("worth.figure_no_way", item=quoted(item.title))))
        if entry.value is not None and ladder.out_of_order(item):
            warnings.append(words(problem("worth.ladder_order", item=quoted(item.title))))
    if gives and not gets:
        warnings.append(words(problem("worth.gives_only")))
    elif gives and gained < given:
        warnings.append(words(problem("worth.gives_more", given=local_figure(given), gained=local_figure(gained))))
    return PackageValue(round(ours, 2), possible, None if theirs is None else round(theirs, 2),
                        gives, gets, given, gained, tuple(warnings), verdict(check), tuple(beyond_them))  # fmt: skip


def acceptable_first(packages: Iterable[_P], values: Mapping[str, PackageValue]) -> list[_P]:
    """Packages with every unacceptable one (it breaks an absolute red line) below every
    acceptable one, each group in its own order. A package with no value is acceptable."""
    return sorted(packages, key=lambda p: p.id in values and not values[p.id].acceptable)


@dataclass(frozen=True)
class Proposal:
    package: model.Package
    value: PackageValue


def propose_equivalent(
    dossier_id: str,
    items: Sequence[model.AgendaItem],
    red_lines: Sequence[model.RedLine],
    tracks: Mapping[str, str],
    *,
    count: int = 3,
    size: int = 4,
    target: float | None = None,
    tolerance: float = 3.0,
    candidates: int = 14,
) -> list[Proposal]:
    """Several packages of about equal value to us (multiple equivalent simultaneous offers).

    Built from the heaviest items that may be disclosed (`candidate_pool`): what we defend
    (stance defensive) is given at its fallback, what we seek (offensive) is got at its
    target. Each offer gives and gets, breaks no red line, and differs from the others by at
    least two items. `target` is the value aimed at (by default the middle of what is
    possible); offers stay within `tolerance` points of the first one found. Fewer than
    `count` come back when no more exist.
    """
    pool = candidate_pool(items, candidates)
    by_id = {i.id: i for i in items}
    options: list[Proposal] = []
    for combo in itertools.combinations(pool, min(size, len(pool))):
        roles = ["get" if i.stance == "offensive" else "give" for i in combo]
        if "get" not in roles or "give" not in roles:
            continue
        entries = [
            model.PackageItem(id="", dossier_id=dossier_id, package_id="", agenda_item_id=i.id, role=role, position=n)
            for n, (i, role) in enumerate(zip(combo, roles, strict=True))
        ]
        package = model.Package(id="", dossier_id=dossier_id, name="", origin="ours", items=entries)
        check = check_package(package, red_lines, by_id, tracks)
        if check.violations:  # an offer breaks no red line, firm ones included
            continue
        worth = valued(package, by_id, check)
        if worth.warnings or not worth.acceptable:
            continue
        options.append(Proposal(package, worth))
    if not options:
        return []
    values = sorted(p.value.ours for p in options)
    aim = target if target is not None else values[len(values) // 2]
    options.sort(key=lambda p: (abs(p.value.ours - aim), [e.agenda_item_id for e in p.package.items]))
    chosen: list[Proposal] = []
    for option in options:
        if chosen and abs(option.value.ours - chosen[0].value.ours) > tolerance:
            break
        held = {e.agenda_item_id for e in option.package.items}
        if all(len(held ^ {e.agenda_item_id for e in c.package.items}) >= 4 for c in chosen):
            chosen.append(option)
        if len(chosen) == count:
            break
    return [_named(p, n, dossier_id) for n, p in enumerate(chosen)]


def candidate_pool(items: Sequence[model.AgendaItem], candidates: int = 14) -> list[model.AgendaItem]:
    """The items offers are built from: the heaviest weighted ones that may be disclosed (an
    offer is put to the other side: an item marked "never disclose" is never in one)."""
    usable = (i for i in items if i.weight > 0 and i.disclosure != "never")
    return sorted(usable, key=lambda i: (-i.weight, i.position, i.id))[:candidates]


def _named(proposal: Proposal, n: int, dossier_id: str) -> Proposal:
    """Give a proposal real ids and a name, ready to be written."""
    package_id = new_id()
    entries = [
        model.PackageItem(id=package_item_id(package_id, e.agenda_item_id), dossier_id=dossier_id,
                          package_id=package_id, agenda_item_id=e.agenda_item_id, role=e.role, position=e.position)
        for e in proposal.package.items
    ]  # fmt: skip
    name = translate("scoring", "Equivalent offer {letter} ({points} points)").format(
        letter=chr(ord("A") + n), points=figure_text(proposal.value.ours)
    )
    notes = translate("scoring", "Proposed as one of several offers of about equal value to us.")
    package = model.Package(id=package_id, dossier_id=dossier_id, name=name, origin="ours", items=entries,
                            notes=notes)  # fmt: skip
    return Proposal(package, proposal.value)
