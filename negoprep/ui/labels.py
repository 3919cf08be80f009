"""How the store's enumerated values read on screen, translatable."""

from __future__ import annotations

from negoprep.i18n import translate


def enum_label(value: str | None) -> str:
    """A stored value such as "off_table" as a person reads it."""
    labels = {
        "ours": translate("labels", "Ours"),
        "theirs": translate("labels", "Theirs"),
        "other": translate("labels", "Other"),
        "offensive": translate("labels", "Offensive"),
        "defensive": translate("labels", "Defensive"),
        "certain": translate("labels", "Certain"),
        "possible": translate("labels", "Possible"),
        "unlikely": translate("labels", "Unlikely"),
        "open": translate("labels", "Open"),
        "tabled": translate("labels", "Tabled"),
        "agreed": translate("labels", "Agreed"),
        "deferred": translate("labels", "Deferred"),
        "rejected": translate("labels", "Rejected"),
        "off_table": translate("labels", "Off the table"),
        "shareable": translate("labels", "Shareable"),
        "internal": translate("labels", "Internal"),
        "never": translate("labels", "Never disclose"),
        "absolute": translate("labels", "Absolute"),
        "firm": translate("labels", "Firm"),
        "consultation": translate("labels", "Consultation"),
        "negotiation": translate("labels", "Negotiation"),
    }
    if value is None:
        return ""
    return labels.get(value, value.replace("_", " ").capitalize())


def noun(text: str, capital: bool = False) -> str:
    """A record noun ("agenda item") in the interface's language; ``capital`` starts it as a
    label does ("Agenda item")."""
    return translate("records", text.capitalize() if capital else text)


def nouns(text: str) -> str:
    """The plural of a record noun ("agenda items") in the interface's language."""
    return translate("records", text + "s")


def records_label(table: str) -> str:
    """What a person calls the records of a table, e.g. "agenda_items" → "Agenda items"."""
    labels = {
        "dossiers": translate("labels", "Dossiers"),
        "tracks": translate("labels", "Tracks"),
        "participants": translate("labels", "Participants"),
        "agenda_items": translate("labels", "Agenda items"),
        "talking_points": translate("labels", "Talking points"),
        "red_lines": translate("labels", "Red lines"),
        "packages": translate("labels", "Packages"),
        "package_items": translate("labels", "Package items"),
        "checklists": translate("labels", "Checklists"),
        "checklist_items": translate("labels", "Checklist items"),
        "figures": translate("labels", "Figures"),
        "notes": translate("labels", "Notes"),
    }
    return labels.get(table, table)
