"""Checking packages against red lines: which red line a package breaks, through which items,
and why, in plain words. Pure functions of the dossier's records.

A package holds agenda items, each given or got (with a proposed figure where it matters).
What breaks each kind of rule is set out in docs/dossier-format.md:
- no_linkage: the package holds items of both groups of tracks;
- not_a_card: it gives the item (and, with `against_tracks`, holds items of those tracks);
- no_bundle: its items span more of the listed tracks than `max`;
- ceiling / floor: the item's proposed figure in the package is above / below the value;
- manual: never broken automatically; listed for a person to confirm.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from negoprep import model
from negoprep.numbers import figure_text
from negoprep.rules import rule_problems


@dataclass(frozen=True)
class Violation:
    """One red line one package breaks."""

    package_id: str
    package: str
    red_line_id: str
    red_line: str
    severity: str  # "absolute" or "firm"
    items: tuple[str, ...]  # agenda item ids that cause it
    reason: str

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
    broken_rules: list[tuple[model.RedLine, list[str]]] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        return [v for p in self.packages for v in p.violations]


def _names(ids: Sequence[str], titles: Mapping[str, str]) -> str:
    names = [f'"{titles.get(i, i)}"' for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _track_names(ids: Sequence[str], tracks: Mapping[str, str]) -> str:
    names = [tracks.get(i, i) for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def violation(
    package: model.Package,
    red_line: model.RedLine,
    items: Mapping[str, model.AgendaItem],
    tracks: Mapping[str, str],
) -> Violation | None:
    """Whether `package` breaks `red_line` (whose rule is well formed), and how."""
    rule = red_line.rule
    kind = rule.get("kind")
    held = [(entry, items[entry.agenda_item_id]) for entry in package.items if entry.agenda_item_id in items]
    titles = {i.id: i.title for _, i in held}

    def found(cause: list[str], reason: str) -> Violation:
        return Violation(package.id, package.name, red_line.id, red_line.title, red_line.severity, tuple(cause), reason)

    if kind == "no_linkage":
        first, second = (set(group) for group in rule["between"])
        in_first = [i.id for _, i in held if i.track_id in first]
        in_second = [i.id for _, i in held if i.track_id in second]
        if in_first and in_second:

            def side(ids: list[str]) -> str:
                on = sorted({items[i].track_id for i in ids})
                return f"{_names(ids, titles)} ({_track_names(on, tracks)})"

            return found(in_first + in_second, f"it links {side(in_first)} with {side(in_second)}")
    elif kind == "not_a_card":
        given = [i.id for entry, i in held if entry.role == "give" and i.id == rule["item"]]
        if given:
            against = set(rule.get("against_tracks") or [])
            if not against:
                return found(given, f"it gives {_names(given, titles)}, which is not a card to play")
            traded = [i.id for _, i in held if i.track_id in against and i.id != rule["item"]]
            if traded:
                return found(
                    given + traded,
                    f"it gives {_names(given, titles)} in a package with {_names(traded, titles)} "
                    f"({_track_names(sorted(against & {items[i].track_id for i in traded}), tracks)})",
                )
    elif kind == "no_bundle":
        listed = set(rule["tracks"])
        spanned = sorted({i.track_id for _, i in held if i.track_id in listed}, key=rule["tracks"].index)
        if len(spanned) > rule["max"]:
            cause = [i.id for _, i in held if i.track_id in listed]
            spans = f"it spans {len(spanned)} of these tracks ({_track_names(spanned, tracks)})"
            return found(cause, f"{spans} with {_names(cause, titles)}; at most {rule['max']} may go together")
    elif kind in ("ceiling", "floor"):
        for entry, item in held:
            if item.id != rule["item"] or entry.value is None:
                continue
            over = entry.value > rule["value"] if kind == "ceiling" else entry.value < rule["value"]
            if over:
                unit = f" {item.figure_unit}" if item.figure_unit else ""
                side = "above the ceiling of" if kind == "ceiling" else "below the floor of"
                proposed = f'it proposes {figure_text(entry.value)}{unit} for "{item.title}"'
                return found([item.id], f"{proposed}, {side} {figure_text(rule['value'])}{unit}")
    return None


def check_package(
    package: model.Package,
    red_lines: Sequence[model.RedLine],
    items: Mapping[str, model.AgendaItem],
    tracks: Mapping[str, str],
) -> PackageCheck:
    """Check one package (its `items` list) against every red line with a well-formed rule."""
    result = PackageCheck(package)
    figures = {i.id: i.figure_value is not None for i in items.values()}
    for red_line in red_lines:
        if rule_problems(red_line.rule, tracks, figures):
            continue  # reported once for the dossier, not against every package
        if red_line.rule["kind"] == "manual":
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
    figures = {i.id: i.figure_value is not None for i in content.agenda_items}
    report = DossierCheck()
    for red_line in content.red_lines:
        problems = rule_problems(red_line.rule, tracks, figures)
        if problems:
            report.broken_rules.append((red_line, problems))
    report.packages = [check_package(p, content.red_lines, items, tracks) for p in content.packages]
    return report
