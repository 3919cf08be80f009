"""How the store's enumerated values, tables and fields read to a person, in the installed
language: one wording for the screen and the paper."""

from __future__ import annotations

from negoprep.i18n import translate
from negoprep.records import model


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
        "countered": translate("labels", "Countered"),
        "agreed": translate("labels", "Agreed"),
        "escalated": translate("labels", "Escalated"),
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
        "give": translate("labels", "Give"),
        "get": translate("labels", "Get"),
        "opening": translate("labels", "Opening"),
        "target": translate("labels", "Target"),
        "fallback": translate("labels", "Fallback"),
        "walk_away": translate("labels", "Walk-away"),
        "beyond": translate("labels", "Beyond walk-away"),
        "pending": translate("labels", "Pending"),
        "accepted": translate("labels", "Accepted"),
        "legislature": translate("labels", "Legislature"),
        "industry": translate("labels", "Industry"),
        "ministry": translate("labels", "Ministry"),
        "public": translate("labels", "The public"),
        "more": translate("labels", "More is better"),
        "less": translate("labels", "Less is better"),
    }
    if value is None:
        return ""
    return labels.get(value, value.replace("_", " ").capitalize())


def noun(text: str, capital: bool = False) -> str:
    """A record noun ("agenda item") in the installed language; ``capital`` starts it as a
    label does ("Agenda item")."""
    return translate("records", text.capitalize() if capital else text)


def nouns(text: str) -> str:
    """A record type's plural (`Record.nouns()`, e.g. "agenda items") in the installed language."""
    return translate("records", text)


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
        "rounds": translate("labels", "Rounds"),
        "offers": translate("labels", "Offers"),
        "constituencies": translate("labels", "Constituencies"),
        "constituency_demands": translate("labels", "Demands"),
        "team_weights": translate("labels", "Team weights"),
    }
    return labels.get(table, table)


def field_label(rtype: type[model.Record], name: str) -> str:
    """The declared label of a field of a record type, in the installed language."""
    return translate("fields", rtype.column(name).label)
