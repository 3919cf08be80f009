"""The addendum to a briefing book: only what changed in a dossier since a given time.

Rather than a new book after each round, the minister gets the changes: new and changed rounds
and offers, the other side's BATNA, agenda items (positions, interests, mandate ladders in
words, figures and scores, status), red lines, packages with their items, constituencies with
their demands, and every package whose red-line verdict or win-set verdict
(negoprep.analysis.winset) is not what it was. The dossier as it was then is rebuilt from its
revisions (negoprep.records.as_of); verdicts then and now are each computed on the whole
dossier of their time. A changed field is shown old → new under its declared label; a deleted
record is said to be removed; when nothing changed, the addendum says so.

A release addendum (``release=True``) follows the dossier's release policy as the release book
does (negoprep.records.release, the policy of today): a field it withholds is blank at both
times, so neither its old nor its new value shows, and a record it leaves out today or would
have left out then (an item now marked "never disclose", a package holding one, its offers,
the demands on it) is not mentioned at all. Simple HTML for the print engine, which adds the
classification, page numbers and copy numbers as it does for the book. Pure: no Qt import.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from negoprep.analysis.winset import check_dossier_at_home
from negoprep.i18n import format_date, translate
from negoprep.paper import briefing as book
from negoprep.records import model
from negoprep.records.as_of import Change, compare, content_as_of
from negoprep.records.labels import enum_label, field_label, records_label
from negoprep.records.numbers import local_figure
from negoprep.records.release import Released, ReleasePolicy
from negoprep.records.release import release as releasing
from negoprep.redlines.check import check_dossier
from negoprep.redlines.rules import describe_rule

if TYPE_CHECKING:
    from negoprep.store.store import Store

# The tables an addendum reports, in the order of its sections (a child after its parent).
TABLES = (
    "dossiers",
    "rounds",
    "offers",
    "agenda_items",
    "red_lines",
    "packages",
    "package_items",
    "constituencies",
    "constituency_demands",
)
# The fields of the dossier an addendum reports (the rest is the cover's, or bookkeeping).
DOSSIER_FIELDS = ("title", "counterpart", "venue", "starts_on", "ends_on", "objective", "batna", "their_batna")


@dataclass(frozen=True)
class VerdictChange:
    """A package whose red-line or win-set verdict is not what it was: each (before, now),
    before None when the package is new."""

    package: model.Package
    red_lines: tuple[str | None, str] | None  # None: unchanged
    home: tuple[str | None, str] | None


@dataclass(frozen=True)
class Changes:
    """What an addendum reports: the records that changed (`records`) and the packages whose
    verdicts changed (`verdicts`), with the names that references are shown by."""

    records: list[Change]
    verdicts: list[VerdictChange]
    names: dict[str, str]  # record id → what a person calls it, of both times
    tracks: dict[str, str]
    units: dict[str, str]
    # table → the fields a release addendum withholds (blank at both times: never said, not even blank)
    withheld: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.records and not self.verdicts


def _verdicts(content: model.DossierContent) -> dict[str, tuple[str, str]]:
    """Package id → (red-line verdict, win-set verdict), of the whole dossier."""
    checks = {c.package.id: c for c in check_dossier(content).packages}
    home = check_dossier_at_home(content)
    return {
        p.id: (book.red_line_verdict(checks[p.id].violations), book.home_verdict(home[p.id])) for p in content.packages
    }


def _names(*contents: model.DossierContent | None) -> dict[str, str]:
    names: dict[str, str] = {}
    for content in contents:
        if content is None:
            continue
        for key in model.CONTENT_LISTS:
            for record in getattr(content, key):
                names[record.id] = label(record, {})
                for child in getattr(record, "items", []):
                    names.setdefault(child.id, child.label)
        names[content.dossier.id] = content.dossier.title
    return names


def label(record: model.Record, names: Mapping[str, str]) -> str:
    """What a person calls a record in an addendum: a round by its number, an offer by who
    tabled which package, an item of a package or a demand by its agenda item."""
    if isinstance(record, model.Offer):
        side = translate("Briefing", "our offer") if record.side == "ours" else translate("Briefing", "their offer")
        package = names.get(record.package_id, "")
        return translate("Briefing", "{side}: {package}").format(side=side, package=package) if package else side
    if isinstance(record, model.Round):
        return record.label
    if isinstance(record, model.PackageItem | model.Demand):
        return names.get(record.agenda_item_id, record.agenda_item_id)
    if isinstance(record, model.Constituency):
        return record.name
    return record.label


def _withheld(released: Released | None) -> tuple[set[str], set[str], set[str]]:
    if released is None:
        return set(), set(), set()
    return set(released.items), set(released.packages), set(released.red_lines)


def _kept(change: Change, items: set[str], packages: set[str], red_lines: set[str]) -> bool:
    """Whether a release addendum may mention a change: nothing it touches, then or now, is withheld."""
    ids = {change.record_id, change.parent_id}
    for record in (change.before, change.after):
        if record is not None:
            ids.update(str(getattr(record, name, "") or "") for name in ("agenda_item_id", "package_id"))
    return not ids & (items | packages | red_lines)


def changes(then: model.DossierContent | None, now: model.DossierContent, *, release: bool = False) -> Changes:
    """What changed from `then` (the dossier at the addendum's time, None when it did not exist
    yet) to `now`; for a release addendum, what the release policy of `now` lets be said."""
    verdicts_then = _verdicts(then) if then is not None else {}
    verdicts_now = _verdicts(now)
    names = _names(then, now)
    tracks = {t.id: t.name for c in (then, now) if c is not None for t in c.tracks}
    units = {i.id: i.figure_unit for c in (then, now) if c is not None for i in c.agenda_items}
    shown_then, shown_now = then, now
    withheld: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    withheld_fields: dict[str, tuple[str, ...]] = {}
    if release:
        policy = ReleasePolicy.of(now.dossier)
        withheld_fields = policy.fields()
        released_now = releasing(now, policy)
        released_then = releasing(then, policy) if then is not None else None
        shown_now = released_now.content
        shown_then = released_then.content if released_then is not None else None
        withheld = tuple(a | b for a, b in zip(_withheld(released_now), _withheld(released_then), strict=True))  # type: ignore[assignment]
    found = compare(shown_then, shown_now, TABLES)
    found = [c for c in found if c.table != "dossiers" or c.action == "changed"]
    found = [
        c
        if c.table != "dossiers"
        else Change(
            c.table, c.record_id, c.action, c.before, c.after, tuple(f for f in c.fields if f[0] in DOSSIER_FIELDS)
        )
        for c in found
        if _kept(c, *withheld)
    ]
    found = [c for c in found if c.action != "changed" or c.fields]
    verdicts = []
    for package in shown_now.packages:
        if package.id in withheld[1]:
            continue
        red_now, home_now = verdicts_now[package.id]
        before = verdicts_then.get(package.id)
        red = None if before is not None and before[0] == red_now else (before[0] if before else None, red_now)
        home = None if before is not None and before[1] == home_now else (before[1] if before else None, home_now)
        if red is not None or home is not None:
            verdicts.append(VerdictChange(package, red, home))
    return Changes(found, verdicts, names, tracks, units, withheld_fields)


# --- on paper -----------------------------------------------------------------------------


def _none_value() -> str:
    return translate("Briefing", "(none)")


def shown_value(rtype: type[model.Record], name: str, value: Any, changed: Changes) -> str:
    """A field's value as an addendum prints it: a reference by the name of what it points
    at, a choice by its label, a number as the locale writes it, a rule in words."""
    spec = rtype.column(name).spec
    if value is None or value == "":
        return _none_value()
    if spec.kind == "ref":
        return changed.names.get(value, value)
    if spec.kind == "bool":
        return translate("Briefing", "yes") if value else translate("Briefing", "no")
    if spec.kind == "enum":
        return enum_label(value)
    if spec.kind in ("number", "int") and isinstance(value, int | float):
        return local_figure(value)
    if spec.kind == "date":
        return format_date(value)
    if spec.kind == "rule":
        return describe_rule(value, changed.tracks, changed.names, changed.units)
    return str(value)


def _when(stamp: str) -> str:
    """A stamp as the addendum's cover writes it: the day as the locale writes it, and the
    time of day in UTC unless it is midnight."""
    day = format_date(stamp[:10])
    clock = stamp[11:16]
    return day if clock == "00:00" else f"{day} {clock} UTC"


def _change_table(change: Change, changed: Changes) -> str:
    rtype = model.BY_TABLE[change.table]
    if change.action == "changed":
        rows = [
            [book._e(field_label(rtype, name)), book._e(shown_value(rtype, name, old, changed)),
             book._e(shown_value(rtype, name, new, changed))]
            for name, old, new in change.fields
        ]  # fmt: skip
        headers = (translate("Briefing", "Field"), translate("Briefing", "Before"), translate("Briefing", "Now"))
        return book._table(headers, rows)
    if change.action == "added":
        record = change.record
        rows = [
            [book._e(field_label(rtype, c.name)), book._e(shown_value(rtype, c.name, getattr(record, c.name), changed))]
            for c in rtype.declared()
            if c.name not in _SKIPPED_NEW
            and c.name not in changed.withheld.get(change.table, ())
            and getattr(record, c.name) not in (None, "")
        ]
        return book._table((translate("Briefing", "Field"), translate("Briefing", "Value")), rows) if rows else ""
    return ""


# what a new record's table leaves out: bookkeeping, and the parent it is listed under
_SKIPPED_NEW = frozenset({*model.BOOKKEEPING, "id", "dossier_id", "position", "package_id", "constituency_id"})

_ACTIONS: dict[str, Callable[[], str]] = {
    "added": lambda: translate("Briefing", "New"),
    "changed": lambda: translate("Briefing", "Changed"),
    "removed": lambda: translate("Briefing", "Removed"),
}


def _heading(change: Change, changed: Changes, tag: str) -> str:
    name = label(change.record, changed.names)
    return f"<{tag}>{book._e(_ACTIONS[change.action]())}: {book._e(name)}</{tag}>"


def _section(table: str, found: list[Change], children: list[Change], changed: Changes) -> str:
    """One table's changes, with those of their children (a package's items, a
    constituency's demands) under each parent, even a parent that did not change itself."""
    if not found and not children:
        return ""
    out = [book._tag("h2", records_label(table))]
    by_parent: dict[str, list[Change]] = {}
    for child in children:
        by_parent.setdefault(child.parent_id or "", []).append(child)
    said = set()
    for change in found:
        said.add(change.record_id)
        out.append(_heading(change, changed, "h3"))
        out.append(_change_table(change, changed))
        out += _children(by_parent.get(change.record_id, []), changed)
    for parent_id, group in by_parent.items():
        if parent_id in said:
            continue
        name = changed.names.get(parent_id, parent_id)
        out.append(f"<h3>{book._e(_ACTIONS['changed']())}: {book._e(name)}</h3>")
        out += _children(group, changed)
    return "".join(out)


def _children(group: list[Change], changed: Changes) -> list[str]:
    out = []
    for child in group:
        out.append(_heading(child, changed, "h4"))
        out.append(_change_table(child, changed))
    return out


def _verdict_section(verdicts: list[VerdictChange]) -> str:
    if not verdicts:
        return ""
    rows = []
    for found in verdicts:
        for what, pair in (
            (translate("Briefing", "Red-line check"), found.red_lines),
            (translate("Briefing", "Win-set check"), found.home),
        ):
            if pair is None:
                continue
            before = pair[0] if pair[0] is not None else translate("Briefing", "(new package)")
            rows.append([book._e(found.package.name), book._e(what), book._e(before), book._e(pair[1])])
    headers = (
        field_label(model.Offer, "package_id"),
        translate("Briefing", "Check"),
        translate("Briefing", "Before"),
        translate("Briefing", "Now"),
    )
    return book._tag("h2", translate("Briefing", "Verdicts that changed")) + book._table(headers, rows)


def addendum_body(
    then: model.DossierContent | None,
    now: model.DossierContent,
    since: str,
    *,
    release: bool = False,
    today: datetime.date | None = None,
) -> str:
    """The addendum as one HTML document: what changed from `then` (the dossier at the stamp
    `since`, rebuilt by `content_as_of`) to `now`, printed on `today` (default: today)."""
    today = today or datetime.date.today()
    changed = changes(then, now, release=release)
    dossier = now.dossier
    out = [
        f"<h1>{book._e(dossier.title)}</h1>",
        "<p>" + book._tag("i", translate("Briefing", "Addendum to the briefing book")) + "</p>",
    ]
    if release:
        summary = ReleasePolicy.of(dossier).summary()
        out.append(
            "<p>" + translate("Briefing", "<b>Release copy.</b> {summary}").format(summary=book._e(summary)) + "</p>"
        )
    out += [
        book._p(field_label(model.Dossier, "classification"), dossier.classification),
        book._p(translate("Briefing", "Changes since"), _when(since)),
        book._p(translate("Briefing", "Printed"), format_date(today)),
    ]
    if then is None:
        out.append(book._none(translate("Briefing", "The dossier did not exist yet at that time: all of it is new.")))
    if changed.empty:
        out.append(book._none(translate("Briefing", "Nothing has changed since then.")))
    by_table: dict[str, list[Change]] = {}
    for change in changed.records:
        by_table.setdefault(change.table, []).append(change)
    for table in TABLES:
        if table in ("package_items", "constituency_demands"):
            continue
        child = {"packages": "package_items", "constituencies": "constituency_demands"}.get(table)
        out.append(_section(table, by_table.get(table, []), by_table.get(child, []) if child else [], changed))
    out.append(_verdict_section(changed.verdicts))
    body = "".join(out)
    title = book._e(dossier.title)
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def addendum_html(
    store: Store, dossier_id: str, since: str, *, release: bool = False, today: datetime.date | None = None
) -> str:
    """The addendum of a dossier of `store` since the stamp `since` (see `addendum_body`).
    Raises KeyError for a dossier the store does not hold."""
    now = store.content(dossier_id)
    if now is None:
        raise KeyError(dossier_id)
    then = content_as_of(store.dossier_revisions(dossier_id), since)
    return addendum_body(then, now, since, release=release, today=today)
