"""A record's history: who changed which fields, and when."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from negoprep import model, times
from negoprep.history import entries
from negoprep.ui.workspace import Workspace


def _short(value: object, time: bool = False) -> str:
    if time and isinstance(value, str):
        value = times.local_text(value)
    text = "—" if value in (None, "") else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


class HistoryView(QTextBrowser):
    """The revisions of the selected record, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("history")
        self.setAccessibleName(self.tr("History"))
        self.setOpenLinks(False)

    def show_record(self, rtype: type[model.Record], record_id: str | None) -> None:
        if record_id is None:
            self.setHtml(f"<p>{escape(self.tr('Nothing selected.'))}</p>")
            return
        actions = {
            "created": self.tr("created it"),
            "changed": self.tr("changed"),
            "deleted": self.tr("deleted it"),
            "restored": self.tr("restored it"),
        }
        parts = []

        def shown(name: str, value: object) -> str:
            return escape(_short(value, (rtype.table, name) in times.TIME_FIELDS))

        for entry in reversed(entries(self.workspace.store.history(rtype, record_id))):
            head = f"<b>{escape(entry.at)}</b> · {escape(entry.author)} {escape(actions[entry.action])}"
            rows = "".join(
                f"<li>{escape(name.replace('_', ' '))}: <s>{shown(name, before)}</s> → {shown(name, after)}</li>"
                for name, before, after in entry.changes
            )
            parts.append(f"<p>{head}</p>" + (f"<ul>{rows}</ul>" if rows else ""))
        self.setHtml("".join(parts) or f"<p>{escape(self.tr('No history.'))}</p>")
