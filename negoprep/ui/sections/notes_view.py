"""The Notes section: dated notes of meetings and sessions — when, a title, and the text.

A note's time is kept as a UTC instant (or a day) and shown in this computer's local time
with its zone, so that a delegation's notes read in order wherever each was written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from negoprep.i18n import translate
from negoprep.records import model, times
from negoprep.records.editing import new_id
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.record_form import FormField, RecordForm
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


def first_line(text: str) -> str:
    """The first non-blank line of a text: what fits in a table cell."""
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


def when_text(at: str | None) -> str:
    """A note's time in local time to the minute with its zone ("2025-04-20 15:00 KST"), or
    its date when it has no time of day."""
    return times.local_text(at)


def when_tooltip(at: str | None) -> str:
    """A note's time to the second, in local time and as stored (UTC)."""
    if not at or times.is_day(at):
        return at or ""
    return f"{times.local_text(at, seconds=True)} ({at})"


def now_at() -> str:
    """Now, to the minute, as the store keeps a note's time (a UTC instant)."""
    return times.instant(datetime.now(UTC).replace(second=0, microsecond=0))


def let_text_fill(form: RecordForm, name: str) -> None:
    """Let one multi-line box take the height of the pane: a note is mostly its text, and
    RecordForm gives every text box four lines, with blank space below the form."""
    text = form.widgets[name]
    text.setMinimumHeight(text.fontMetrics().lineSpacing() * 8 + 12)
    text.setMaximumHeight(QWIDGETSIZE_MAX)
    text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    # the form and the page under it end in a stretch that would take the spare height
    # instead: the fields come first in both layouts, so they get the stretch factor
    for holder in (form, form.parentWidget()):
        layout = holder.layout() if holder is not None else None
        if isinstance(layout, QBoxLayout):
            layout.setStretch(0, 1)


class NotesView(SectionView):
    rtype = model.Note
    watches = frozenset()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        let_text_fill(self.form, "text")

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("NotesView", "When"),
                "at",
                lambda n, _: when_text(n.at),
                tooltip=lambda n, _: when_tooltip(n.at),
            ),
            Column(translate("NotesView", "Title"), "title", lambda n, _: n.title, tooltip=lambda n, _: n.title),
            Column(
                translate("NotesView", "Text"), "text", lambda n, _: first_line(n.text), tooltip=lambda n, _: n.text
            ),
        ]

    def column_widths(self) -> list[int]:
        return [170, 200]  # "2025-04-20 15:00 UTC+04:00" fits

    def plural(self) -> str:
        return translate("NotesView", "notes")

    def form_fields(self) -> list[FormField]:
        return [
            FormField(
                "at",
                tooltip=translate(
                    "NotesView",
                    "The date, or the date and time, of the meeting or session (empty: undated). "
                    "Times are this computer's local time ({zone}); add Z or an offset such as "
                    "+09:00 to give a time in another zone.",
                ).format(zone=times.local_zone()),
            ),
            FormField("title", placeholder=translate("NotesView", "e.g. Preparatory meeting with industry")),
            FormField("text"),
        ]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        # the text may not be empty: a placeholder, selected for overwriting (typed_first)
        return model.Note(
            id=new_id(),
            dossier_id=dossier_id,
            at=now_at(),
            title="",
            text=translate("NotesView", "New note"),
            position=position,
        )

    def typed_first(self, record: model.Record) -> str | None:
        return "text"  # the time is already right; what the person writes is the text
