"""Checklists on paper: the HTML that the print engine (negoprep.ui.printing) lays out on pages.

Pure Python, no Qt, so that the text of a printout can be tested and reused without a display.
The HTML keeps to what QTextDocument understands (tables, widths in per cent, inline styles).
Headings and labels are in the installed language, due dates and counts as its locale writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Protocol

from negoprep.i18n import format_date, format_number, translate
from negoprep.records import model
from negoprep.records.labels import field_label
from negoprep.records.release import release as releasing

if TYPE_CHECKING:
    from negoprep.store.store import Store

TICKED = "\u2611"  # ☑ BALLOT BOX WITH CHECK: in DejaVu Sans and the Noto CJK fonts
UNTICKED = "\u2610"  # ☐ BALLOT BOX

_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
    'style="border-collapse: collapse; border-color: #888888;">'
)
# per-cent widths of: tick, task, owner, due, linked item
_WIDTHS = (8, 39, 16, 15, 22)


def _headers() -> tuple[str, ...]:
    """The column headings, in the installed language."""
    fields = (field_label(model.ChecklistItem, n) for n in ("done", "text", "owner_id", "due"))
    return (*fields, translate("Checklists", "Linked item"))


def _text(value: str | None) -> str:
    """Escaped text whose line breaks survive (a task may be written over several lines)."""
    return escape(value or "").replace("\n", "<br/>")


class Scheduled(Protocol):
    """What tells whether a task is overdue: a task, or those of its fields alone."""

    @property
    def due(self) -> str | None: ...

    @property
    def done(self) -> bool: ...


def is_overdue(task: Scheduled, today: str) -> bool:
    """Due before today and not done (ISO dates compare as text)."""
    return bool(task.due) and not task.done and (task.due or "") < today


def _linked(task: model.ChecklistItem, linked: dict[str, str]) -> str:
    titles = [linked.get(ref, "") for ref in (task.agenda_item_id, task.red_line_id) if ref]
    return " · ".join(title for title in titles if title)


def _row(task: model.ChecklistItem, names: dict[str, str], linked: dict[str, str], today: str) -> str:
    tick = TICKED if task.done else UNTICKED
    due = _text(format_date(task.due))
    if is_overdue(task, today):
        # marked in words as well as colour: a printout is often black and white
        late = translate("Checklists", "{due} (overdue)").format(due=due)
        due = f'<span style="color: #b00000; font-weight: bold;">{late}</span>'
    owner = _text(names.get(task.owner_id or "", "")) if task.owner_id else ""
    cells = (
        f'<span style="font-size: large;">{tick}</span>',
        _text(task.text) + (f'<br><i style="font-size: small;">{_text(task.notes)}</i>' if task.notes else ""),
        owner,
        due,
        _text(_linked(task, linked)),
    )
    tds = "".join(
        f'<td width="{w}%" align="center" valign="top">{c}</td>'
        if i == 0
        else f'<td width="{w}%" valign="top">{c}</td>'
        for i, (w, c) in enumerate(zip(_WIDTHS, cells, strict=True))
    )
    return f"<tr>{tds}</tr>"


def checklist_html(
    dossier: model.Dossier,
    checklist: model.Checklist,
    names: dict[str, str],
    linked: dict[str, str],
    *,
    today: str | None = None,
    heading: str = "h2",
) -> str:
    """One checklist as a heading (the element `heading`: h3 inside the briefing book) and a
    table of its tasks (in their order).

    `names` maps participant ids to names (the owners), `linked` agenda item and red line
    ids to titles. `today` (ISO date) decides what is overdue.
    """
    today = today or date.today().isoformat()
    tasks = sorted(checklist.items, key=lambda t: t.position)
    done = sum(1 for t in tasks if t.done)
    head = "".join(
        f'<th width="{w}%" align="left" bgcolor="#e8e8e8">{escape(h)}</th>'
        for w, h in zip(_WIDTHS, _headers(), strict=True)
    )
    rows = "".join(_row(t, names, linked, today) for t in tasks)
    if not tasks:
        none = escape(translate("Checklists", "No tasks."))
        rows = f'<tr><td colspan="5"><i>{none}</i></td></tr>'
    progress = translate("Checklists", "{done} of {total} done — {title}").format(
        done=format_number(done), total=format_number(len(tasks)), title=_text(dossier.title)
    )
    return (
        f"<{heading}>{_text(checklist.title)}</{heading}>"
        f"<p>{progress}</p>"
        f"{_TABLE}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def checklists_html(
    dossier: model.Dossier,
    checklists: Iterable[model.Checklist],
    names: dict[str, str],
    linked: dict[str, str],
    *,
    today: str | None = None,
    release_note: str = "",
) -> str:
    """Every checklist of a dossier, one after another, as a whole HTML document; a release
    copy carries `release_note` (what it withholds) under the title."""
    parts = [
        checklist_html(dossier, c, names, linked, today=today) for c in sorted(checklists, key=lambda c: c.position)
    ]
    if not parts:
        none = escape(translate("Checklists", "This dossier has no checklists."))
        parts = [f"<p><i>{none}</i></p>"]
    title = escape(dossier.title)
    note = f"<p>{release_note}</p>" if release_note else ""
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{note}{''.join(parts)}</body></html>"


def store_checklists_html(store: Store, dossier_id: str, *, today: str | None = None, release: bool = False) -> str:
    """The checklists of a dossier in a store, ready for the print engine; a release copy
    (`release`) follows the dossier's release policy (negoprep.records.release): a task linked
    to a withheld item stays, without naming it, and a withheld field (an approver) is blank."""
    content = store.content(dossier_id)
    if content is None:
        raise LookupError(translate("Checklists", "there is no dossier {id}").format(id=dossier_id))
    note = ""
    if release:
        released = releasing(content)
        content = released.content
        # the same words as the release book's cover: a printed release copy says what it is
        note = translate("Briefing", "<b>Release copy.</b> {summary}").format(summary=escape(released.policy.summary()))
    names = {p.id: p.name for p in content.participants}
    linked = {a.id: a.title for a in content.agenda_items}
    linked.update({r.id: r.title for r in content.red_lines})
    return checklists_html(content.dossier, content.checklists, names, linked, today=today, release_note=note)
