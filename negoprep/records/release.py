"""The release policy of a dossier: the one definition of what a release copy withholds.

A release copy is what leaves the delegation: a release export (negoprep.store.export), the
release briefing book (negoprep.paper.briefing) and the release checklists
(negoprep.paper.checklists). All three take what they withhold from here, so they cannot
disagree. A dossier chooses its policy with the flags declared on it (`release_*` in
negoprep.records.model, the object "release" in documents); what a release copy withholds:

- **records**: agenda items and talking points of a withheld disclosure tier ("never disclose"
  always, "internal" when the dossier says so), the talking points of a withheld item, every
  package that holds a withheld item or, with walk-away points withheld, settles an item at or
  beyond its walk-away step or proposes a figure for an item whose walk-away the other side's
  is estimated (its value for them is measured between the two walk-away figures:
  negoprep.analysis.theirs) — its name, levels, verdict and values would tell of what is
  withheld: it is left out whole and counted —, every offer that tables a package left out (it
  would point at nothing), every demand of a constituency on a withheld item (the constituency
  stays), and, with internal notes withheld, the dossier's notes; a red line whose rule names a
  withheld item (`names_withheld`); and always the team weights: each delegate's own issue
  weights are the delegation's internal views, never part of what leaves it (the dossier's
  own weights, which the values rest on, stay);
- **fields** (blanked, in the record and in its history): our BATNA and our estimate of theirs;
  every walk-away point with its score and its figure, and our estimate of the other side's
  walk-away point (a release copy may reach the other side: what we think their limit is tells
  them how far we mean to push); the approvers (who approved each step of a mandate ladder and
  each red line); with internal notes withheld, the participants' notes.

Reservation points are walk-away points: in Raiffa's terms an item's reservation point is the
least we accept before walking away, which this model holds as the ladder's walk-away step.
The fallback step is what we accept if we must, still inside the mandate; it is not a
reservation point and is not withheld.

A checklist task linked to a withheld agenda item stays, without the link. Verdicts and
values are computed on the whole dossier by whoever prints them; since no package that a copy
shows rests on a withheld item or a withheld walk-away score, the values a receiver computes
from an exported copy are the full dossier's. Pure: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.records import ladder, model

#: A disclosure tier that a release copy always withholds.
ALWAYS_WITHHELD = "never"

#: The fields each flag withholds, by table (field names are the store's columns).
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "release_batna": {"dossiers": ("batna", "their_batna")},
    "release_walk_away": {"agenda_items": ("walk_away", "walk_away_score", "figure_walk_away", "their_walk_away")},
    "release_approvers": {
        "agenda_items": tuple(f"{step}_approved_by" for step in model.LADDER),
        "red_lines": ("approved_by",),
    },
    "release_notes": {"participants": ("notes",)},
}

#: What a person calls what each flag withholds, for the one-line summary (translated where shown).
_WORDS = {
    "release_internal": QT_TRANSLATE_NOOP("Release", "records marked “internal”"),
    "release_batna": QT_TRANSLATE_NOOP("Release", "the BATNA"),
    "release_walk_away": QT_TRANSLATE_NOOP("Release", "walk-away points"),
    "release_approvers": QT_TRANSLATE_NOOP("Release", "approvers’ names"),
    "release_notes": QT_TRANSLATE_NOOP("Release", "internal notes"),
}
#: The flags, in the order the summary names them.
FLAGS = tuple(_WORDS)
# Tables whose every record a release copy withholds, whatever the policy: the delegates' own
# issue weights are internal views of the delegation.
ALWAYS_WITHHELD_TABLES = ("team_weights",)


@dataclass(frozen=True)
class ReleasePolicy:
    """What a release copy of one dossier withholds besides "never disclose" records."""

    internal: bool = False
    batna: bool = True
    walk_away: bool = True
    approvers: bool = True
    notes: bool = False

    @classmethod
    def of(cls, dossier: model.Dossier) -> ReleasePolicy:
        """The policy a dossier chose."""
        return cls(**{flag.removeprefix("release_"): bool(getattr(dossier, flag)) for flag in FLAGS})

    def flags(self) -> dict[str, bool]:
        """The policy as the dossier's fields (release_internal, ...)."""
        return {flag: getattr(self, flag.removeprefix("release_")) for flag in FLAGS}

    @property
    def tiers(self) -> tuple[str, ...]:
        """The disclosure tiers withheld."""
        return (ALWAYS_WITHHELD, "internal") if self.internal else (ALWAYS_WITHHELD,)

    def fields(self) -> dict[str, tuple[str, ...]]:
        """Table → the fields blanked in it."""
        out: dict[str, list[str]] = {}
        for flag, by_table in FIELDS.items():
            if self.flags()[flag]:
                for table, names in by_table.items():
                    out.setdefault(table, []).extend(names)
        return {table: tuple(names) for table, names in out.items()}

    @property
    def withheld_tables(self) -> tuple[str, ...]:
        """Tables whose every record is withheld."""
        return (("notes",) if self.notes else ()) + ALWAYS_WITHHELD_TABLES

    def summary(self) -> str:
        """One sentence, in the installed language, of what a release copy withholds."""
        parts = [translate("Release", "everything marked “never disclose”")]
        parts += [translate("Release", _WORDS[flag]) for flag, on in self.flags().items() if on]
        parts.append(translate("Release", "team weights"))
        listed = (
            parts[0]
            if len(parts) == 1
            else translate("Release", "{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])
        )
        return translate("Release", "A release copy withholds {what}.").format(what=listed)


def blank_value(rtype: type[model.Record], name: str) -> Any:
    """What a withheld or blanked field holds in a copy: null where the field may be empty (a
    link, a date), else its declared default ("" for text, even a required one; 0 for a score)."""
    column = rtype.column(name)
    if column.spec.nullable:
        return None
    return "" if column.default is None else column.default


#: Table → every field some release policy may withhold in it (what a copy's history may hold
#: blank because a release copy withheld it, not because someone cleared it).
WITHHOLDABLE: dict[str, frozenset[str]] = {
    table: frozenset(name for by_table in FIELDS.values() for name in by_table.get(table, ()))
    for table in {table for by_table in FIELDS.values() for table in by_table}
}


def withheld_field_names(policy: ReleasePolicy, rtype: type[model.Record]) -> tuple[str, ...]:
    return policy.fields().get(rtype.table, ())


@dataclass
class Released:
    """A dossier as a release copy shows it, with what was withheld from it."""

    content: model.DossierContent  # what may be shown (withheld records out, withheld fields blanked)
    policy: ReleasePolicy
    items: set[str] = field(default_factory=set)  # ids of the withheld agenda items
    packages: set[str] = field(default_factory=set)  # ids of the packages left out (package_withheld)
    records: int = 0  # how many records were left out
    red_lines: set[str] = field(default_factory=set)  # ids of the red lines left out (names_withheld)
    offers: set[str] = field(default_factory=set)  # ids of the offers left out (their package is)


def _unlinked(task: model.ChecklistItem, items: set[str], red_lines: set[str]) -> model.ChecklistItem:
    """A task without its links to a withheld agenda item or red line."""
    if task.agenda_item_id in items:
        task = replace(task, agenda_item_id=None)
    if task.red_line_id in red_lines:
        task = replace(task, red_line_id=None)
    return task


def _blanked(record: model.R, policy: ReleasePolicy) -> model.R:
    names = withheld_field_names(policy, type(record))
    return replace(record, **{n: blank_value(type(record), n) for n in names}) if names else record


#: The package levels that tell where our walk-away point lies (at it, or beyond it).
WALK_AWAY_LEVELS = ("walk_away", "beyond")


def package_withheld(
    package: model.Package, items: set[str], policy: ReleasePolicy, agenda: Mapping[str, model.AgendaItem]
) -> bool:
    """Whether a release copy leaves `package` out whole: it holds a withheld item (`items`),
    or, with walk-away points withheld, it settles an item at or beyond its walk-away step
    (`ladder.settled_level`, with `agenda` mapping item ids to the full dossier's agenda
    items: a proposed figure past the walk-away figure is beyond it, whatever step is named).
    Its levels, its value and its verdict would tell where the walk-away lies; a value
    computed without the walk-away score would contradict the full dossier's. So, with
    walk-away points withheld, is a package that proposes a figure for an item whose
    walk-away the other side's is estimated: its value for them is measured between the two
    walk-away figures (`rests_on_walk_aways`)."""
    for entry in package.items:
        if entry.agenda_item_id in items:
            return True
        item = agenda.get(entry.agenda_item_id)
        if policy.walk_away and (walk_away_reached(entry, item) or rests_on_walk_aways(entry, item)):
            return True
    return False


def rests_on_walk_aways(entry: model.PackageItem, item: model.AgendaItem | None) -> bool:
    """Whether the other side's value of a package entry is measured against the walk-away
    figures, ours and our estimate of theirs (negoprep.analysis.theirs: a proposed figure, the
    way the figure is better for us and their estimated walk-away all given)."""
    return (
        item is not None
        and entry.value is not None
        and item.their_walk_away is not None
        and item.figure_better in model.BETTER
    )


def walk_away_reached(entry: model.PackageItem, item: model.AgendaItem | None) -> bool:
    """Whether a package entry settles its item at or beyond the walk-away step."""
    return ladder.settled_level(entry, item) in WALK_AWAY_LEVELS


def names_withheld(red_line: model.RedLine, items: set[str]) -> bool:
    """Whether a red line's rule names a withheld item (`not_a_card`, `ceiling`, `floor`): a
    release copy leaves it out whole, as its rule would point at nothing there, and no package
    the copy shows can break it (such a package holds the item, and is left out too)."""
    item = red_line.rule.get("item")
    return isinstance(item, str) and item in items  # (a malformed rule names no item)


def withheld_items(content: model.DossierContent, policy: ReleasePolicy) -> set[str]:
    """The ids of the agenda items a release copy leaves out."""
    return {i.id for i in content.agenda_items if i.disclosure in policy.tiers}


def release(content: model.DossierContent, policy: ReleasePolicy | None = None) -> Released:
    """The dossier as its release copy shows it (under its own policy unless one is given)."""
    policy = policy or ReleasePolicy.of(content.dossier)
    items = withheld_items(content, policy)
    points = [p for p in content.talking_points if p.disclosure not in policy.tiers and p.agenda_item_id not in items]
    agenda = {i.id: i for i in content.agenda_items}
    packages = [p for p in content.packages if not package_withheld(p, items, policy, agenda)]
    red_lines = [r for r in content.red_lines if not names_withheld(r, items)]
    gone_red_lines = {r.id for r in content.red_lines} - {r.id for r in red_lines}
    left_out_packages = {p.id for p in content.packages} - {p.id for p in packages}
    notes = [] if "notes" in policy.withheld_tables else content.notes
    team_weights = [] if "team_weights" in policy.withheld_tables else content.team_weights
    offers = [o for o in content.offers if o.package_id not in left_out_packages]
    constituencies = [
        replace(c, items=[d for d in c.items if d.agenda_item_id not in items]) for c in content.constituencies
    ]
    demands_out = sum(len(c.items) for c in content.constituencies) - sum(len(c.items) for c in constituencies)
    checklists = [
        replace(
            c,
            items=[_blanked(_unlinked(t, items, gone_red_lines), policy) for t in c.items],
        )
        for c in content.checklists
    ]
    shown = replace(
        content,
        dossier=_blanked(content.dossier, policy),
        participants=[_blanked(p, policy) for p in content.participants],
        agenda_items=[_blanked(i, policy) for i in content.agenda_items if i.id not in items],
        talking_points=[_blanked(p, policy) for p in points],
        red_lines=[_blanked(r, policy) for r in red_lines],
        packages=packages,
        checklists=checklists,
        notes=notes,
        offers=offers,
        constituencies=constituencies,
        team_weights=team_weights,
    )
    records = (
        len(items)
        + len(content.talking_points)
        - len(points)
        + sum(1 + len(p.items) for p in content.packages if p.id in left_out_packages)
        + len(gone_red_lines)
        + len(content.notes)
        - len(notes)
        + len(content.offers)
        - len(offers)
        + demands_out
        + len(content.team_weights)
        - len(team_weights)
    )
    gone_offers = {o.id for o in content.offers} - {o.id for o in offers}
    return Released(shown, policy, items, left_out_packages, records, gone_red_lines, gone_offers)
