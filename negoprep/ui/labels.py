"""How the store's enumerated values read on screen, translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def enum_label(value: str | None) -> str:
    """A stored value such as "off_table" as a person reads it."""
    labels = {
        "ours": _tr("Ours"),
        "theirs": _tr("Theirs"),
        "other": _tr("Other"),
        "offensive": _tr("Offensive"),
        "defensive": _tr("Defensive"),
        "certain": _tr("Certain"),
        "possible": _tr("Possible"),
        "unlikely": _tr("Unlikely"),
        "open": _tr("Open"),
        "tabled": _tr("Tabled"),
        "agreed": _tr("Agreed"),
        "deferred": _tr("Deferred"),
        "rejected": _tr("Rejected"),
        "off_table": _tr("Off the table"),
        "shareable": _tr("Shareable"),
        "internal": _tr("Internal"),
        "never": _tr("Never disclose"),
        "absolute": _tr("Absolute"),
        "firm": _tr("Firm"),
        "consultation": _tr("Consultation"),
        "negotiation": _tr("Negotiation"),
    }
    if value is None:
        return ""
    return labels.get(value, value.replace("_", " ").capitalize())


def records_label(table: str) -> str:
    """What a person calls the records of a table, e.g. "agenda_items" → "Agenda items"."""
    labels = {
        "dossiers": _tr("Dossiers"),
        "tracks": _tr("Tracks"),
        "participants": _tr("Participants"),
        "agenda_items": _tr("Agenda items"),
        "talking_points": _tr("Talking points"),
        "red_lines": _tr("Red lines"),
        "packages": _tr("Packages"),
        "package_items": _tr("Package items"),
        "checklists": _tr("Checklists"),
        "checklist_items": _tr("Checklist items"),
        "figures": _tr("Figures"),
        "notes": _tr("Notes"),
    }
    return labels.get(table, table)
