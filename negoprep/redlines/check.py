"""Checking packages against red lines: which red line a package breaks, through which items,
and why. Pure functions of the dossier's records.

A package holds agenda items, each given or got (with a proposed figure where it matters).
What breaks each kind of rule is the kind's own (negoprep.redlines.rules.KINDS, `RuleKind.breach`),
as set out in docs/dossier-format.md. A red line whose rule cannot be checked (malformed, or
naming what the dossier does not hold) is reported once for the dossier, with its problems,
and never applied to a package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from negoprep.records import model
from negoprep.records.problems import Problem, words
from negoprep.redlines.rules import KINDS, Names, rule_problems


@dataclass(frozen=True)
class Violation:
    """One red line one package breaks."""

    package_id: str
    package: str
    red_line_id: str
    red_line: str
    severity: str  # "absolute" or "firm"
    items: tuple[str, ...]  # agenda item ids that cause it
    because: Problem  # why, with the titles and names of what causes it

    @property
    def reason(self) -> str:
        """Why, in words."""
        return words(self.because)

    def as_json(self) -> dict[str, object]:
        return {
            "package": self.package_id,
            "package_name": self.package,
            "red_line": self.red_line_id,
            "red_line_title": self.red_line,
            "severity": self.severity,
            "items": list(self.items),
            "reason": self.reason,
        }


@dataclass
class PackageCheck:
    """What checking one package found."""

    package: model.Package
    violations: list[Violation] = field(default_factory=list)
    to_confirm: list[model.RedLine] = field(default_factory=list)  # manual red lines

    @property
    def breaks_absolute(self) -> bool:
        return any(v.severity == "absolute" for v in self.violations)


@dataclass
class DossierCheck:
    """Every package of a dossier checked, and the red lines that cannot be checked."""

    packages: list[PackageCheck] = field(default_factory=list)
    broken_rules: list[tuple[model.RedLine, list[Problem]]] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        return [v for p in self.packages for v in p.violations]


def violation(
    package: model.Package,
    red_line: model.RedLine,
    items: Mapping[str, model.AgendaItem],
    tracks: Mapping[str, str],
) -> Violation | None:
    """Whether `package` breaks `red_line` (whose rule can be checked), and how."""
    kind = KINDS[red_line.rule["kind"]]
    held = [(entry, items[entry.agenda_item_id]) for entry in package.items if entry.agenda_item_id in items]
    names = Names(tracks, {i.id: i.title for _, i in held}, {i.id: i.figure_unit for _, i in held})
    found = kind.breach(red_line.rule, held, names)
    if found is None:
        return None
    return Violation(
        package.id, package.name, red_line.id, red_line.title, red_line.severity, found.items, found.reason
    )


def unchecked(
    red_lines: Sequence[model.RedLine],
    items: Mapping[str, model.AgendaItem],
    tracks: Mapping[str, str],
) -> list[tuple[model.RedLine, list[Problem]]]:
    """The red lines whose rule cannot be checked, each with what is wrong with it."""
    figures = {i.id: i.figure_value is not None for i in items.values()}
    found = [(red_line, rule_problems(red_line.rule, tracks, figures)) for red_line in red_lines]
    return [(red_line, problems) for red_line, problems in found if problems]


def check_package(
    package: model.Package,
    red_lines: Sequence[model.RedLine],
    items: Mapping[str, model.AgendaItem],
    tracks: Mapping[str, str],
) -> PackageCheck:
    """Check one package (its `items` list) against every red line whose rule can be checked."""
    result = PackageCheck(package)
    figures = {i.id: i.figure_value is not None for i in items.values()}
    for red_line in red_lines:
        if rule_problems(red_line.rule, tracks, figures):
            continue  # reported once for the dossier, not against every package
        if not KINDS[red_line.rule["kind"]].automatic:
            result.to_confirm.append(red_line)
            continue
        found = violation(package, red_line, items, tracks)
        if found is not None:
            result.violations.append(found)
    return result


def check_dossier(content: model.DossierContent) -> DossierCheck:
    """Check every package of a dossier against every red line."""
    items = {i.id: i for i in content.agenda_items}
    tracks = {t.id: t.name for t in content.tracks}
    report = DossierCheck(broken_rules=unchecked(content.red_lines, items, tracks))
    report.packages = [check_package(p, content.red_lines, items, tracks) for p in content.packages]
    return report
