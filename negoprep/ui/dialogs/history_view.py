"""A record's history: who changed which fields, and when — each field by its declared
label and each value in words (a reference by the name of the record it points at)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.history import entries
from negoprep.store.connection import DamagedStoreError
from negoprep.ui.field_text import field_label, value_text
from negoprep.ui.workspace import Workspace


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


class HistoryView(QTextBrowser):
    """The revisions of the selected record, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("history")
        self.setAccessibleName(translate("HistoryView", "History"))
        self.setOpenLinks(False)

    def show_record(self, rtype: type[model.Record], record_id: str | None) -> None:
        if record_id is None:
            self.setHtml("<p>" + escape(translate("HistoryView", "Nothing selected.")) + "</p>")
            return
        # whole sentences, so that a translation may order them as its language does
        heads = {
            "created": translate("HistoryView", "{when} · {author} created it"),
            "changed": translate("HistoryView", "{when} · {author} changed"),
            "deleted": translate("HistoryView", "{when} · {author} deleted it"),
            "restored": translate("HistoryView", "{when} · {author} restored it"),
        }
        change = translate("HistoryView", "{field}: {before} → {after}")
        store = self.workspace.store

        def shown(name: str, value: object) -> str:
            return escape(_short(value_text(rtype.table, name, value, store)))

        try:
            revisions = store.history(rtype, record_id)
        except DamagedStoreError as exc:
            # said here, and the window offers the ways out of a damaged store
            said = translate("HistoryView", "This history cannot be shown: the store is damaged ({problem}).")
            self.setHtml("<p>" + escape(said.format(problem=exc.problem)) + "</p>")
            self.workspace.damaged.emit(exc)
            return
        parts = []
        for entry in reversed(entries(revisions)):
            head = escape(heads[entry.action]).format(when=f"<b>{escape(entry.at)}</b>", author=escape(entry.author))
            rows = "".join(
                "<li>"
                + escape(change).format(
                    field=escape(field_label(rtype.table, name)),
                    before=f"<s>{shown(name, before)}</s>",
                    after=shown(name, after),
                )
                + "</li>"
                for name, before, after in entry.changes
            )
            parts.append(f"<p>{head}</p>" + (f"<ul>{rows}</ul>" if rows else ""))
        self.setHtml("".join(parts) or "<p>" + escape(translate("HistoryView", "No history.")) + "</p>")
