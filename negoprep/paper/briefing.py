"""The briefing book as one HTML document, for a print engine to paginate.

Simple HTML that Qt's QTextDocument renders (headings, paragraphs, tables with border
attributes, lists, bold and italics): the engine adds the classification at top and bottom,
page numbers and the copy number. Every text from the dossier is escaped.

The book orders agenda items by likelihood (certain first with the full brief, possible
shorter, unlikely defensive lines only), then by priority and display order. Talking points
and agenda items marked "never disclose" go to a clearly titled not-for-disclosure part of
each item's brief. A release book (``release=True``) follows the dossier's release policy
(negoprep.records.release), as a release export does: withheld records are left out, withheld
fields are blank, and its cover says what it withholds. Its verdicts and values are those of
the whole dossier: a verdict that rests on a withheld item says "details withheld", a package
that holds one is left out and counted, a value that rests on a withheld score is withheld.
Every heading and label is in the installed language (`negoprep.i18n`), and dates
and numbers are written as its locale writes them. Pure: no Qt import.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from negoprep.analysis.scoring import PackageValue, acceptable_first, level_of
from negoprep.analysis.winset import HomeCheck, check_dossier_at_home
from negoprep.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from negoprep.records import model
from negoprep.records.labels import enum_label, field_label
from negoprep.records.numbers import local_figure, with_unit
from negoprep.records.release import Released
from negoprep.records.release import release as releasing
from negoprep.redlines.check import DossierCheck, PackageCheck, Violation
from negoprep.redlines.rules import describe_rule

if TYPE_CHECKING:
    from negoprep.store.store import Store

# The English source texts; each is translated where it is written into the book.
NOT_FOR_DISCLOSURE = QT_TRANSLATE_NOOP("Briefing", "Not for disclosure — background")
LIKELIHOOD_ORDER = {name: n for n, name in enumerate(model.LIKELIHOODS)}
LIKELIHOOD_HEADINGS = {
    "certain": QT_TRANSLATE_NOOP("Briefing", "Certain to come up"),
    "possible": QT_TRANSLATE_NOOP("Briefing", "May come up"),
    "unlikely": QT_TRANSLATE_NOOP("Briefing", "Unlikely to come up"),
}
POINTS_TO_MAKE = QT_TRANSLATE_NOOP("Briefing", "Points to make")
DEFENSIVE_LINES = QT_TRANSLATE_NOOP("Briefing", "Defensive lines")
POINT_GROUPS = (
    (POINTS_TO_MAKE, ("point",)),
    (DEFENSIVE_LINES, ("defensive",)),
    (QT_TRANSLATE_NOOP("Briefing", "Questions and answers"), ("question", "answer")),
    (QT_TRANSLATE_NOOP("Briefing", "Press lines"), ("press",)),
)
KIND_LABELS = {"question": QT_TRANSLATE_NOOP("Briefing", "Q"), "answer": QT_TRANSLATE_NOOP("Briefing", "A")}
SIDE_HEADINGS = {
    "ours": QT_TRANSLATE_NOOP("Briefing", "Our delegation"),
    "theirs": QT_TRANSLATE_NOOP("Briefing", "Their delegation"),
    "other": QT_TRANSLATE_NOOP("Briefing", "Others"),
}
SECTIONS = (
    QT_TRANSLATE_NOOP("Briefing", "Roster"),
    QT_TRANSLATE_NOOP("Briefing", "Agenda"),
    QT_TRANSLATE_NOOP("Briefing", "Red lines"),
    QT_TRANSLATE_NOOP("Briefing", "Packages"),
    QT_TRANSLATE_NOOP("Briefing", "The talks so far"),
    QT_TRANSLATE_NOOP("Briefing", "The other side"),
    QT_TRANSLATE_NOOP("Briefing", "The domestic win-set"),
    QT_TRANSLATE_NOOP("Briefing", "Checklists"),
    QT_TRANSLATE_NOOP("Briefing", "Notes"),
    QT_TRANSLATE_NOOP("Briefing", "Summary"),
    QT_TRANSLATE_NOOP("Briefing", "Charts"),
)


def _e(text: object) -> str:
    return escape(str(text if text is not None else ""))


def _tag(tag: str, text: str) -> str:
    """Text (escaped) in an element, e.g. a heading: ``_tag("h2", "Roster")``."""
    return f"<{tag}>{_e(text)}</{tag}>"


def _bold(text: str) -> str:
    """A small heading (a group of points, the mandate): a heading element, so that the print
    engine keeps it with what follows it, as it does every heading."""
    return f"<h4>{_e(text)}</h4>"


#: what starts a section on a new page, in the CSS that QTextDocument reads
NEW_PAGE = "page-break-before: always;"  # untranslated: a style, never shown


def _section(heading: str, *, new_page: bool = False) -> str:
    """A section's heading (translated text), on a new page if asked."""
    style = f' style="{NEW_PAGE}"' if new_page else ""
    return f"<h2{style}>{_e(heading)}</h2>"


def _none(text: str) -> str:
    """The one line a section says when it has nothing to show."""
    return f"<p><i>{_e(text)}</i></p>"


def _p(label: str, text: str) -> str:
    """A labelled paragraph, or nothing when there is no text."""
    return f"<p><b>{_e(label)}:</b> {_e(text)}</p>" if text else ""


def _labels(rtype: type[model.Record], *names: str) -> tuple[str, ...]:
    """The declared labels of fields of a record type, as table headers."""
    return tuple(field_label(rtype, name) for name in names)


def _field(record: model.Record, name: str) -> str:
    """A field of a record as a paragraph under its declared label, or nothing when empty."""
    return _p(field_label(type(record), name), getattr(record, name))


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A bordered table; the cells are HTML already."""
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>"


def ordered_items(items: Iterable[model.AgendaItem]) -> list[model.AgendaItem]:
    """Certain, then possible, then unlikely; within each, priority 5 first, then display order."""
    indexed = list(enumerate(items))
    indexed.sort(key=lambda pair: (LIKELIHOOD_ORDER.get(pair[1].likelihood, 1), -pair[1].priority, pair[0]))
    return [item for _, item in indexed]


def _cover(dossier: model.Dossier, today: datetime.date, released: Released | None) -> str:
    dates = format_date(dossier.starts_on)
    if dossier.ends_on and dossier.ends_on != dossier.starts_on:
        ends = format_date(dossier.ends_on)
        dates = translate("Briefing", "{start} – {end}").format(start=dates, end=ends) if dates else ends
    out = [f"<h1>{_e(dossier.title)}</h1>", "<p>" + _tag("i", translate("Briefing", "Briefing book")) + "</p>"]
    if released is not None:
        out.append(
            "<p>"
            + translate("Briefing", "<b>Release copy.</b> {summary}").format(summary=_e(released.policy.summary()))
            + "</p>"
        )
    out += [
        _field(dossier, "classification"),
        _field(dossier, "counterpart"),
        _field(dossier, "venue"),
        _p(translate("Briefing", "Dates"), dates),
        _p(field_label(model.Dossier, "format"), enum_label(dossier.format)),
        _p(translate("Briefing", "Printed"), format_date(today)),
        _field(dossier, "batna"),  # (blank in a release copy that withholds it)
    ]
    return "".join(out)


# how many key messages the summary page carries
KEY_MESSAGES = 5


def key_messages(content: model.DossierContent, limit: int = KEY_MESSAGES) -> list[str]:
    """The summary's key messages: the first point to make of each agenda item, in the book's
    order (certain items first), none marked "never disclose" (they are things to say)."""
    first: dict[str, str] = {}
    for point in content.talking_points:
        if point.kind == "point" and point.disclosure != "never" and point.agenda_item_id not in first:
            first[point.agenda_item_id] = point.text
    items = [i for i in ordered_items(content.agenda_items) if i.disclosure != "never"]
    return [first[i.id] for i in items if i.id in first][:limit]


def _summary(
    content: model.DossierContent,
    values: Mapping[str, PackageValue],
    released: Released | None,
) -> str:
    """The one-page summary after the cover: objective, key messages, red lines in short, and
    where the packages stand (the best acceptable one; each unacceptable one and why). A part
    with nothing to say is left out: the sections after it say "none recorded" once."""
    out = [_section(translate("Briefing", "Summary"), new_page=True)]
    out.append(_bold(field_label(model.Dossier, "objective")))
    out.append(
        f"<p>{_e(content.dossier.objective)}</p>"
        if content.dossier.objective
        else _none(translate("Briefing", "No objective recorded."))
    )
    messages = key_messages(content)
    if messages:
        out.append(_bold(translate("Briefing", "Key messages")))
        out.append("<ul>" + "".join(f"<li>{_e(m)}</li>" for m in messages) + "</ul>")
    lines = [f"<li><b>{_e(r.title)}</b> <i>({_e(enum_label(r.severity).lower())})</i></li>" for r in content.red_lines]
    withheld = len(released.red_lines) if released is not None else 0
    if lines or withheld:
        out.append(_bold(translate("Briefing", "Red lines")))
        if lines:
            out.append("<ul>" + "".join(lines) + "</ul>")
        if withheld:
            out.append(
                _withheld_note(
                    withheld,
                    translate("Briefing", "One red line is withheld from this copy."),
                    translate("Briefing", "{count} red lines are withheld from this copy."),
                )
            )
    if content.packages or (released is not None and released.packages):
        out.append(_bold(translate("Briefing", "Packages")))
        out.append(_package_state(content, values, released))
    return "".join(out)


def _package_state(content: model.DossierContent, values: Mapping[str, PackageValue], released: Released | None) -> str:
    """The state of the packages in a few lines: the best acceptable one, then each
    unacceptable one with the absolute red lines it breaks."""
    out = []
    valued = [(p, values[p.id]) for p in content.packages if p.id in values]
    acceptable = [(p, v) for p, v in valued if v.acceptable]
    unacceptable = [(p, v) for p, v in valued if not v.acceptable]
    if acceptable:
        best, worth = max(acceptable, key=lambda pair: pair[1].ours)  # (the first of equals)
        said = translate("Briefing", "<b>Best acceptable package:</b> {name} — {ours} of {possible} points for us.")
        ours, possible = local_figure(worth.ours), local_figure(worth.possible)
        out.append("<p>" + said.format(name=_e(best.name), ours=_e(ours), possible=_e(possible)) + "</p>")
    elif content.packages:
        out.append(_none(translate("Briefing", "No package is acceptable: each breaks an absolute red line.")))
    if unacceptable:
        said = (
            translate("Briefing", "One package is unacceptable:")
            if len(unacceptable) == 1
            else translate("Briefing", "{count} packages are unacceptable:").format(
                count=format_number(len(unacceptable))
            )
        )
        why = "".join(
            "<li>"
            + translate("Briefing", "{name}: breaks {red_lines}").format(
                name=f"<b>{_e(p.name)}</b>", red_lines="; ".join(f"<i>{_e(title)}</i>" for title in v.breaks)
            )
            + "</li>"
            for p, v in unacceptable
        )
        out.append(f"<p>{_e(said)}</p><ul>{why}</ul>")
    if released is not None and released.packages:
        out.append(
            _withheld_note(
                len(released.packages),
                translate("Briefing", "One package is withheld from this copy."),
                translate("Briefing", "{count} packages are withheld from this copy."),
            )
        )
    return "".join(out)


def _roster(participants: list[model.Participant], *, new_page: bool = False) -> str:
    out = [_section(translate("Briefing", "Roster"), new_page=new_page)]
    if not participants:
        out.append(_none(translate("Briefing", "No participants recorded.")))
    for side in model.SIDES:
        people = [p for p in participants if p.side == side]
        if not people:
            continue
        rows = []
        for person in people:
            name = _e(person.name)
            if person.head:
                name = translate("Briefing", "<b>{name}</b> (head of delegation)").format(name=name)
            rows.append([name, _e(person.title), _e(person.organisation)])
        out.append(_tag("h3", translate("Briefing", SIDE_HEADINGS[side])))
        out.append(_table(_labels(model.Participant, "name", "title", "organisation"), rows))
    return "".join(out)


# the labels of a question and of an answer written in one text, in the languages negoprep
# ships ("Q: … A: …", "문: … 답: …"), so that a Korean dossier pairs in an English window too
_QA_LABELS = (("Q", "문", "질문"), ("A", "답", "답변"))


def inline_qa(text: str) -> tuple[str, str] | None:
    """(question, answer) of an answer written as "Q: … A: …" (with the labels of a language
    negoprep ships, or the installed language's), else None."""
    q_labels = {*_QA_LABELS[0], translate("Briefing", KIND_LABELS["question"])}
    a_labels = {*_QA_LABELS[1], translate("Briefing", KIND_LABELS["answer"])}
    q = "|".join(re.escape(label) for label in sorted(q_labels, key=len, reverse=True))
    a = "|".join(re.escape(label) for label in sorted(a_labels, key=len, reverse=True))
    found = re.fullmatch(rf"\s*(?:{q})\s*[:：]\s*(.+?)\s+(?:{a})\s*[:：]\s*(.+?)\s*", text, re.DOTALL)
    return (found.group(1), found.group(2)) if found else None


def qa_pairs(points: Iterable[model.TalkingPoint]) -> list[tuple[str, str]]:
    """The anticipated questions and our answers of an item as (question, answer) pairs, in
    their order; either is "" when it has no partner.

    An answer written as "Q: … A: …" is its own pair; any other answer answers the nearest
    question before it that has no answer yet (questions and answers are written one after
    the other)."""
    pairs: list[list[str]] = []
    for point in points:
        if point.kind == "question":
            pairs.append([point.text, ""])
        elif point.kind == "answer":
            inline = inline_qa(point.text)
            if inline is not None:
                pairs.append(list(inline))
            elif pairs and pairs[-1][0] and not pairs[-1][1]:
                pairs[-1][1] = point.text
            else:
                pairs.append(["", point.text])
    return [(q, a) for q, a in pairs]


def _qa(points: list[model.TalkingPoint]) -> str:
    """Each question in bold with our answer below it."""
    out = []
    for question, answer in qa_pairs(points):
        q_label = _e(translate("Briefing", KIND_LABELS["question"]))
        a_label = _e(translate("Briefing", KIND_LABELS["answer"]))
        if question:
            out.append(f"<p style='margin-bottom: 2px;'><b>{q_label}: {_e(question)}</b></p>")
        if answer:
            out.append(f"<p style='-qt-block-indent: 1; margin-top: 0px;'>{a_label}: {_e(answer)}</p>")
        else:
            none = _e(translate("Briefing", "No answer prepared yet."))
            out.append(f"<p style='-qt-block-indent: 1; margin-top: 0px;'><i>{none}</i></p>")
    return "".join(out)


def _points(points: list[model.TalkingPoint], groups: Iterable[str]) -> str:
    out = []
    for heading, kinds in POINT_GROUPS:
        if heading not in groups:
            continue
        chosen = [p for p in points if p.kind in kinds]
        if not chosen:
            continue
        if "answer" in kinds:
            out.append(_bold(translate("Briefing", heading)) + _qa(chosen))
            continue
        lines = "".join(f"<li>{_e(p.text)}</li>" for p in chosen)
        out.append(_bold(translate("Briefing", heading)) + f"<ul>{lines}</ul>")
    return "".join(out)


def _ladder(item: model.AgendaItem) -> str:
    rows = []
    for step in model.LADDER:
        text = getattr(item, step)
        approved = getattr(item, f"{step}_approved_by")
        if text or approved:
            rows.append([_e(field_label(model.AgendaItem, step)), _e(text), _e(approved)])
    if not rows:
        return ""
    headers = (translate("Briefing", "Step"), translate("Briefing", "Position"), translate("Briefing", "Approved by"))
    return _bold(translate("Briefing", "Mandate")) + _table(headers, rows)


def _figure(item: model.AgendaItem) -> str:
    if item.figure_value is None:
        return ""
    text = with_unit(local_figure(item.figure_value), item.figure_unit)
    source = (
        translate("Briefing", " <i>(source: {source})</i>").format(source=_e(item.figure_source))
        if item.figure_source
        else ""
    )
    return f"<p><b>{_e(field_label(model.AgendaItem, 'figure_value'))}:</b> {_e(text)}{source}</p>"


def _full_brief(item: model.AgendaItem, points: list[model.TalkingPoint], groups: Iterable[str]) -> str:
    return "".join(
        [
            _field(item, "description"),
            _field(item, "our_position"),
            _field(item, "their_position"),
            _field(item, "interests"),
            _ladder(item),
            _figure(item),
            _points(points, groups),
        ]
    )


def _brief(item: model.AgendaItem, points: list[model.TalkingPoint]) -> str:
    """The body of one item's brief, as deep as its likelihood asks for."""
    all_groups = [heading for heading, _ in POINT_GROUPS]
    if item.likelihood == "certain":
        return _full_brief(item, points, all_groups)
    if item.likelihood == "unlikely":
        return _points(points, (DEFENSIVE_LINES,))
    return "".join(
        [
            _field(item, "our_position"),
            _field(item, "target"),
            _points(points, (POINTS_TO_MAKE, DEFENSIVE_LINES)),
        ]
    )


def _not_for_disclosure(body: str) -> str:
    if not body:
        return ""
    return (
        "<h4>"
        + _tag("i", translate("Briefing", NOT_FOR_DISCLOSURE))
        + "</h4>"
        + translate(
            "Briefing", "<p><b>NOT FOR DISCLOSURE.</b> Background for our side only: do not say, show or hand over.</p>"
        )
        + body
    )


def _meta(text: str) -> str:
    """An item's line of facts (track, priority, ...) under its title, inside its heading, so
    that the two stay together on a page."""
    return f"<br/><span style='font-size: medium; font-weight: normal;'><i>{_e(text)}</i></span>"


def _item(item: model.AgendaItem, points: list[model.TalkingPoint], track: str) -> str:
    meta = translate("Briefing", "Track: {track} · priority {priority} · {stance} · status {status}").format(
        track=track,
        priority=format_number(item.priority),
        stance=enum_label(item.stance).lower(),
        status=enum_label(item.status).lower(),
    )
    if item.disclosure == "never":
        hidden_title = translate("Briefing", "{title} <i>(not for disclosure)</i>").format(title=_e(item.title))
        title = f"<h3>{hidden_title}{_meta(meta)}</h3>"
        return title + _not_for_disclosure(_brief(item, points))
    title = f"<h3>{_e(item.title)}{_meta(meta)}</h3>"
    open_points = [p for p in points if p.disclosure != "never"]
    hidden = [p for p in points if p.disclosure == "never"]
    return title + _brief(item, open_points) + _not_for_disclosure(_brief_points_only(item, hidden))


def _brief_points_only(item: model.AgendaItem, points: list[model.TalkingPoint]) -> str:
    """The withheld talking points of an item, in the groups its likelihood shows."""
    if item.likelihood == "certain":
        groups: tuple[str, ...] = tuple(heading for heading, _ in POINT_GROUPS)
    elif item.likelihood == "unlikely":
        groups = (DEFENSIVE_LINES,)
    else:
        groups = (POINTS_TO_MAKE, DEFENSIVE_LINES)
    return _points(points, groups)


def _agenda(content: model.DossierContent) -> str:
    tracks = {t.id: t.name for t in content.tracks}
    by_item: dict[str, list[model.TalkingPoint]] = {}
    for point in content.talking_points:
        by_item.setdefault(point.agenda_item_id, []).append(point)
    items = ordered_items(content.agenda_items)
    out = []
    if not items:
        out = [_section(translate("Briefing", "Agenda")), _none(translate("Briefing", "No agenda items recorded."))]
    current = None
    for item in items:
        if item.likelihood != current:
            current = item.likelihood
            heading = LIKELIHOOD_HEADINGS.get(current)
            heading = translate("Briefing", heading) if heading else enum_label(current)
            out.append(_tag("h2", translate("Briefing", "Agenda — {heading}").format(heading=heading)))
        out.append(_item(item, by_item.get(item.id, []), tracks.get(item.track_id, "")))
    return "".join(out)


def _withheld_note(count: int, one: str, many: str) -> str:
    """The line that says how many records of a kind a release copy left out (`one` when
    one, else `many` with {count})."""
    said = one if count == 1 else many.format(count=format_number(count))
    return f"<p><i>{_e(said)}</i></p>"


def _red_lines(content: model.DossierContent, released: Released | None) -> str:
    tracks = {t.id: t.name for t in content.tracks}
    titles = {i.id: i.title for i in content.agenda_items}
    units = {i.id: i.figure_unit for i in content.agenda_items}
    if released is not None:
        # a rule about a withheld item says so rather than name it
        titles.update(dict.fromkeys(released.items, translate("Briefing", "an item withheld from this copy")))
    out = [_section(translate("Briefing", "Red lines"))]
    if not content.red_lines and not (released is not None and released.red_lines):
        out.append(_none(translate("Briefing", "No red lines recorded.")))
    if released is not None and released.red_lines:
        out.append(
            _withheld_note(
                len(released.red_lines),
                translate(
                    "Briefing",
                    "One red line is withheld from this copy: its rule names an item withheld from it.",
                ),
                translate(
                    "Briefing",
                    "{count} red lines are withheld from this copy: their rules name items withheld from it.",
                ),
            )
        )
    for red_line in content.red_lines:
        rule = describe_rule(red_line.rule, tracks, titles, units)
        severity = enum_label(red_line.severity).lower()
        out.append(f"<h3>{_e(red_line.title)} <i>({_e(severity)})</i></h3>")
        out += [
            _field(red_line, "statement"),
            _p(field_label(model.RedLine, "rule"), rule),
            _field(red_line, "rationale"),
            _field(red_line, "approved_by"),
        ]
    return "".join(out)


def _value_text(worth: PackageValue | None) -> str:
    """The package's value, marked unacceptable where it breaks an absolute red line."""
    if worth is None:
        return ""
    text = ""
    if not worth.acceptable:
        text += translate("Briefing", "<p><b>Unacceptable:</b> it breaks an absolute red line, whatever it scores.</p>")
    text += "<p>" + translate("Briefing", "<b>Value for us:</b> {ours} of {possible}").format(
        ours=_e(local_figure(worth.ours)), possible=_e(local_figure(worth.possible))
    )
    if worth.theirs is not None:
        text += translate("Briefing", " · <b>for them:</b> {theirs}").format(theirs=_e(local_figure(worth.theirs)))
    text += "</p>"
    if worth.warnings:
        items = "".join(f"<li>{_e(w)}</li>" for w in worth.warnings)
        text += _bold(translate("Briefing", "Warnings:")) + f"<ul>{items}</ul>"
    return text


def red_line_verdict(violations: Sequence[Violation]) -> str:
    """A package's red-line verdict in one line: the red lines it breaks, each with its
    severity, or that it breaks none."""
    if not violations:
        return translate("Briefing", "breaks no red line")
    return "; ".join(
        translate("Briefing", "breaks {red_line} ({severity})").format(
            red_line=v.red_line, severity=enum_label(v.severity).lower()
        )
        for v in violations
    )


def home_verdict(check: HomeCheck | None) -> str:
    """A package's win-set verdict in one line (negoprep.analysis.winset): who at home would
    block or oppose it, or that no constituency objects."""
    found = check.verdict() if check is not None else ""
    return found or translate("Briefing", "no constituency at home objects")


def _talks(
    content: model.DossierContent,
    check: DossierCheck,
    home: Mapping[str, HomeCheck],
    values: Mapping[str, PackageValue],
) -> str:
    """The talks so far: each round (date, venue, summary) with the offers tabled in it, each
    with its package, response, value for us and for them, and its two verdicts (of the whole
    dossier)."""
    out = [_section(translate("Briefing", "The talks so far"), new_page=True)]
    if not content.rounds:
        return "".join([*out, _none(translate("Briefing", "No rounds recorded."))])
    packages = {p.id: p for p in content.packages}
    checks = {c.package.id: c for c in check.packages}
    for one in sorted(content.rounds, key=lambda r: (r.number, r.position)):
        facts = [format_date(one.starts_on), one.venue]
        meta = " · ".join(f for f in facts if f)
        out.append(f"<h3>{_e(one.label)}{_meta(meta) if meta else ''}</h3>")
        out.append(_field(one, "summary"))
        offers = [o for o in content.offers if o.round_id == one.id and o.package_id in packages]
        if not offers:
            out.append(_none(translate("Briefing", "No offers recorded in this round.")))
        for offer in sorted(offers, key=lambda o: o.position):
            out.append(_offer(offer, packages[offer.package_id], values, checks, home))
    return "".join(out)


def _offer(
    offer: model.Offer,
    package: model.Package,
    values: Mapping[str, PackageValue],
    checks: Mapping[str, PackageCheck],
    home: Mapping[str, HomeCheck],
) -> str:
    """One offer of a round: who tabled which package, when, what became of it, its value for
    each side and its verdicts against the red lines and at home."""
    who = translate("Briefing", "Our offer") if offer.side == "ours" else translate("Briefing", "Their offer")
    facts = [enum_label(offer.response)]
    if offer.tabled_on:
        facts.insert(0, translate("Briefing", "tabled {day}").format(day=format_date(offer.tabled_on)))
    heading = translate("Briefing", "{who}: {package}").format(who=who, package=package.name)
    out = [f"<h4>{_e(heading)}{_meta(' · '.join(facts))}</h4>"]
    worth = values.get(package.id)
    if worth is not None:
        text = translate("Briefing", "<b>Value for us:</b> {ours} of {possible}").format(
            ours=_e(local_figure(worth.ours)), possible=_e(local_figure(worth.possible))
        )
        if worth.theirs is not None:
            text += translate("Briefing", " · <b>for them:</b> {theirs}").format(theirs=_e(local_figure(worth.theirs)))
        out.append(f"<p>{text}</p>")
    found = checks.get(package.id)
    out.append(_p(translate("Briefing", "Red-line check"), red_line_verdict(found.violations if found else [])))
    out.append(_p(translate("Briefing", "Win-set check"), home_verdict(home.get(package.id))))
    out.append(_field(offer, "notes"))
    return "".join(out)


def _other_side(content: model.DossierContent) -> str:
    """Their BATNA, and per agenda item their interests, their estimated walk-away and the
    objective criteria, where given (a release copy has blanked what its policy withholds)."""
    out = [_section(translate("Briefing", "The other side")), _field(content.dossier, "their_batna")]
    said = False
    for item in ordered_items(content.agenda_items):
        walk_away = (
            with_unit(local_figure(item.their_walk_away), item.figure_unit) if item.their_walk_away is not None else ""
        )
        parts = [
            _field(item, "their_position"),
            _field(item, "their_interests"),
            _p(field_label(model.AgendaItem, "their_walk_away"), walk_away),
            _field(item, "criteria"),
        ]
        if any(parts[1:]):
            said = True
            out.append(_tag("h3", item.title) + "".join(parts))
    if not said and not content.dossier.their_batna:
        out.append(_none(translate("Briefing", "Nothing recorded about the other side.")))
    return "".join(out)


def _demand_text(demand: model.Demand, item: model.AgendaItem | None) -> str:
    unit = item.figure_unit if item is not None else ""
    said = []
    if demand.excluded:
        said.append(translate("Briefing", "kept out of any deal"))
    if demand.at_least is not None:
        said.append(
            translate("Briefing", "at least at the {step} step").format(step=enum_label(demand.at_least).lower())
        )
    if demand.max_value is not None:
        said.append(
            translate("Briefing", "at most {figure}").format(figure=with_unit(local_figure(demand.max_value), unit))
        )
    if demand.min_value is not None:
        said.append(
            translate("Briefing", "at least {figure}").format(figure=with_unit(local_figure(demand.min_value), unit))
        )
    return "; ".join(said)


def _home(content: model.DossierContent) -> str:
    """The domestic win-set: each constituency at home, whether it can block ratification,
    and its demands on agenda items."""
    out = [_section(translate("Briefing", "The domestic win-set"))]
    if not content.constituencies:
        return "".join([*out, _none(translate("Briefing", "No constituencies recorded."))])
    items = {i.id: i for i in content.agenda_items}
    for constituency in content.constituencies:
        facts = [enum_label(constituency.kind)]
        if constituency.veto:
            facts.append(translate("Briefing", "can block ratification"))
        out.append(f"<h3>{_e(constituency.name)}{_meta(' · '.join(facts))}</h3>")
        out.append(_field(constituency, "notes"))
        rows = [
            [_e(items[d.agenda_item_id].title), _e(_demand_text(d, items.get(d.agenda_item_id)))]
            for d in constituency.items
            if d.agenda_item_id in items
        ]
        if rows:
            out.append(_table((field_label(model.Demand, "agenda_item_id"), translate("Briefing", "Demand")), rows))
    return "".join(out)


def _packages(
    content: model.DossierContent,
    check: DossierCheck,
    values: Mapping[str, PackageValue],
    released: Released | None,
    home: Mapping[str, HomeCheck] | None = None,
) -> str:
    """The packages with the verdicts and values of the whole dossier (`check`, `values`); a
    release copy shows those of `content` (its packages without a withheld item), never
    names a withheld item in a verdict, and withholds a value that rests on something withheld."""
    items = {i.id: i for i in content.agenda_items}
    titles = {i.id: i.title for i in content.agenda_items}
    checks = {c.package.id: c for c in check.packages}
    out = [_section(translate("Briefing", "Packages"))]
    if not content.packages and not (released is not None and released.packages):
        out.append(_none(translate("Briefing", "No packages recorded.")))
    if released is not None and released.packages:
        out.append(
            _withheld_note(
                len(released.packages),
                translate(
                    "Briefing",
                    "One package is withheld from this copy: it holds an item withheld from it, or settles one at "
                    "or beyond its walk-away point.",
                ),
                translate(
                    "Briefing",
                    "{count} packages are withheld from this copy: they hold items withheld from it, or settle one "
                    "at or beyond its walk-away point.",
                ),
            )
        )
    for package in acceptable_first(content.packages, values):
        origin = (
            translate("Briefing", "our proposal")
            if package.origin == "ours"
            else translate("Briefing", "their proposal")
        )
        out.append(f"<h3>{_e(package.name)} <i>({_e(origin)})</i></h3>")
        out.append(_field(package, "notes"))
        rows = [
            [
                _e(enum_label(entry.role)),
                _e(titles.get(entry.agenda_item_id, "")),
                _e(_level(entry, items.get(entry.agenda_item_id))),
                _e(entry.notes),
            ]
            for entry in package.items
            if entry.agenda_item_id in titles
        ]
        if rows:
            headers = (
                translate("Briefing", "Gives / gets"),
                *_labels(model.PackageItem, "agenda_item_id", "level", "notes"),
            )
            out.append(_table(headers, rows))
        result = checks.get(package.id)
        if result is not None:
            if result.violations:
                out.append(_bold(translate("Briefing", "Red-line check:")) + "<ul>")
                out += [
                    f"<li><b>{_e(enum_label(v.severity).upper())}</b> — {_e(v.red_line)}: "
                    f"{_e(_reason(v, released))}</li>"
                    for v in result.violations
                ]
                out.append("</ul>")
            else:
                out.append(translate("Briefing", "<p><b>Red-line check:</b> breaks no red line.</p>"))
            if home is not None:
                out.append(
                    "<p>"
                    + translate("Briefing", "<b>Win-set check:</b> {verdict}").format(
                        verdict=_e(home_verdict(home.get(package.id)))
                    )
                    + "</p>"
                )
            if result.to_confirm:
                out.append(_bold(translate("Briefing", "To confirm by a person:")) + "<ul>")
                out += [f"<li>{_e(r.title)}</li>" for r in result.to_confirm]
                out.append("</ul>")
        out.append(_value_text(values.get(package.id)))
    return "".join(out)


def _level(entry: model.PackageItem, item: model.AgendaItem | None) -> str:
    """The step at which an entry settles its item, as the package's value counts it: a proposed
    figure moves it (negoprep.analysis.scoring.level_of), and the book says so."""
    level = level_of(entry, item)
    if level != level_of(entry):
        return translate("Briefing", "{step} (by the figure)").format(step=enum_label(level))
    return enum_label(level)


def _reason(violation: Violation, released: Released | None) -> str:
    """Why a package breaks a red line, unless that names a withheld item."""
    if released is not None and released.items.intersection(violation.items):
        return translate("Briefing", "details withheld")
    return violation.reason


def _checklists(content: model.DossierContent, today: datetime.date) -> str:
    """The checklists as the printed checklists show them (tick, task, owner, due date with
    overdue tasks marked in words and colour, linked item), under one section heading."""
    from negoprep.paper.checklists import checklist_html

    out = [_section(translate("Briefing", "Checklists"))]
    if not content.checklists:
        out.append(_none(translate("Briefing", "No checklists recorded.")))
    names = {p.id: p.name for p in content.participants}
    linked = {i.id: i.title for i in content.agenda_items}
    linked.update({r.id: r.title for r in content.red_lines})
    for checklist in sorted(content.checklists, key=lambda c: c.position):
        out.append(checklist_html(content.dossier, checklist, names, linked, today=today.isoformat(), heading="h3"))
    return "".join(out)


def _when(at: str | None) -> str:
    """A note's time: its day as the locale writes it, and the time of day (UTC) if it has one."""
    if not at:
        return ""
    day = format_date(at[:10])
    return f"{day} {at[11:16]} UTC" if len(at) > 10 else day


def _notes(content: model.DossierContent, withheld: int) -> str:
    """The dossier's dated notes, oldest first (undated ones last); a release copy that
    withholds notes (`withheld` of them) says so."""
    out = [_section(translate("Briefing", "Notes"))]
    if withheld:
        out.append(
            _withheld_note(
                withheld,
                translate("Briefing", "One note is withheld from this copy."),
                translate("Briefing", "{count} notes are withheld from this copy."),
            )
        )
    elif not content.notes:
        out.append(_none(translate("Briefing", "No notes recorded.")))
    dated = sorted(content.notes, key=lambda n: (n.at is None, n.at or "", n.position))
    for note in dated:
        title = note.title or translate("Briefing", "Note")
        when = _when(note.at)
        out.append(_tag("h3", title))
        if when:
            out.append(f"<p><i>{_e(when)}</i></p>")
        out.append("<p>" + _e(note.text).replace("\n", "<br/>") + "</p>")
    return "".join(out)


#: the charts of a release book: those that name no agenda item, so none that is withheld
RELEASE_CHARTS = ("readiness", "figures")


def _charts(store: Store, dossier_id: str, kinds: tuple[str, ...]) -> str:
    """The dossier's charts as pictures inside the HTML (PNG data, which the print engine
    lays out with the text)."""
    import base64
    import io

    from negoprep.paper import charts

    drawn = [kind for kind in kinds if charts.has_data(kind, store, dossier_id)]
    if not drawn:  # a chart of nothing says nothing the sections above have not said
        return ""
    parts = [_section(translate("Briefing", "Charts"))]
    for kind in drawn:
        figure = charts.build(kind, store, dossier_id)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=160)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        parts.append(f'<p><img src="data:image/png;base64,{data}" width="640"></p>')
    return "".join(parts)


def briefing_html(
    store: Store,
    dossier_id: str,
    *,
    release: bool = False,
    today: datetime.date | None = None,
    with_charts: bool = False,
) -> str:
    """The briefing book of a dossier as one HTML document (with its charts when asked:
    drawing them takes a second)."""
    content = store.content(dossier_id)
    if content is None:
        raise KeyError(dossier_id)
    # verdicts and values always of the whole dossier: a release copy may withhold, never contradict
    check = store.check_packages(dossier_id)
    values = store.package_values(dossier_id)
    home = check_dossier_at_home(content)
    released = releasing(content) if release else None
    notes_withheld = len(content.notes) - len(released.content.notes) if released is not None else 0
    if released is not None:
        content = released.content
    today = today or datetime.date.today()
    parts = [
        _cover(content.dossier, today, released),
        _summary(content, values, released),
        _roster(content.participants, new_page=True),
        _agenda(content),
        _red_lines(content, released),
        _packages(content, check, values, released, home),
        _talks(content, check, home, values),
        _other_side(content),
        _home(content),
        _checklists(content, today),
        _notes(content, notes_withheld),
    ]
    if with_charts:
        from negoprep.paper.charts import KINDS

        parts.append(_charts(store, dossier_id, RELEASE_CHARTS if release else KINDS))
    body = "".join(parts)
    title = _e(content.dossier.title)
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
