"""The records of a dossier, as plain dataclasses shared by the store, the CLI and the UI.

Field names are the store's column names. Every record carries the same bookkeeping fields
(creation and update time, last author, head revision); the store fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

SIDES = ("ours", "theirs", "other")
STANCES = ("offensive", "defensive")
LIKELIHOODS = ("certain", "possible", "unlikely")
STATUSES = ("open", "tabled", "agreed", "deferred", "rejected", "off_table")
DISCLOSURES = ("shareable", "internal", "never")
POINT_KINDS = ("point", "defensive", "question", "answer", "press")
SEVERITIES = ("absolute", "firm")
ORIGINS = ("ours", "theirs")
ROLES = ("give", "get")
#: The mandate ladder, from what we ask first to the point where we walk away; "beyond" is
#: past the walk-away point, which a package should never reach.
LEVELS = ("opening", "target", "fallback", "walk_away", "beyond")
LADDER = LEVELS[:4]

#: Columns every table has, filled in by the store rather than the user.
BOOKKEEPING = ("created_at", "updated_at", "author_id", "rev", "deleted")


@dataclass(kw_only=True)
class Record:
    """Fields common to every stored record."""

    table: ClassVar[str]
    noun: ClassVar[str]  # what a person calls it, e.g. "agenda item"
    #: fields whose words go into the full-text index: the first is the record's title
    text_fields: ClassVar[tuple[str, ...]] = ()

    id: str
    created_at: str = ""
    updated_at: str = ""
    author_id: str = ""
    rev: str = ""
    deleted: bool = False

    @classmethod
    def columns(cls) -> list[str]:
        """The table's columns, in order."""
        return [f.name for f in fields(cls) if f.name != "items"]

    def row(self) -> dict[str, Any]:
        """The record as a row of its table."""
        return {name: getattr(self, name) for name in self.columns()}

    def content(self) -> dict[str, Any]:
        """What a person wrote: the row without the bookkeeping fields."""
        return {k: v for k, v in self.row().items() if k not in BOOKKEEPING}

    @property
    def label(self) -> str:
        """A short name for messages and search results."""
        text = str(getattr(self, self.text_fields[0], "") or "") if self.text_fields else ""
        text = " ".join(text.split())
        return text if len(text) <= 60 else text[:59] + "…"


@dataclass(kw_only=True)
class Dossier(Record):
    table: ClassVar[str] = "dossiers"
    noun: ClassVar[str] = "dossier"
    text_fields: ClassVar[tuple[str, ...]] = (
        "title",
        "counterpart",
        "venue",
        "objective",
        "batna",
    )

    title: str
    counterpart: str = ""
    venue: str = ""
    starts_on: str | None = None
    ends_on: str | None = None
    format: str = "negotiation"
    objective: str = ""
    batna: str = ""
    classification: str = ""


@dataclass(kw_only=True)
class Track(Record):
    table: ClassVar[str] = "tracks"
    noun: ClassVar[str] = "track"
    text_fields: ClassVar[tuple[str, ...]] = ("name", "description")

    dossier_id: str
    name: str
    description: str = ""
    position: int = 0


@dataclass(kw_only=True)
class Participant(Record):
    table: ClassVar[str] = "participants"
    noun: ClassVar[str] = "participant"
    text_fields: ClassVar[tuple[str, ...]] = ("name", "title", "organisation", "notes")

    dossier_id: str
    name: str
    title: str = ""
    organisation: str = ""
    side: str = "ours"
    head: bool = False
    notes: str = ""
    position: int = 0


@dataclass(kw_only=True)
class AgendaItem(Record):
    table: ClassVar[str] = "agenda_items"
    noun: ClassVar[str] = "agenda item"
    text_fields: ClassVar[tuple[str, ...]] = (
        "title",
        "description",
        "our_position",
        "their_position",
        "interests",
        "opening",
        "target",
        "fallback",
        "walk_away",
        "figure_unit",
        "figure_source",
    )

    dossier_id: str
    track_id: str
    title: str
    description: str = ""
    our_position: str = ""
    their_position: str = ""
    interests: str = ""
    opening: str = ""
    target: str = ""
    fallback: str = ""
    walk_away: str = ""
    priority: int = 3
    flexibility: int = 3
    weight: float = 0
    stance: str = "defensive"
    likelihood: str = "possible"
    status: str = "open"
    owner_id: str | None = None
    disclosure: str = "internal"
    figure_value: float | None = None
    figure_unit: str = ""
    figure_source: str = ""
    position: int = 0
    # added in schema version 2: who approved each step of the ladder, what each step is
    # worth to us (0-100, Raiffa-style), and how much the item matters to them, if modelled
    opening_approved_by: str = ""
    target_approved_by: str = ""
    fallback_approved_by: str = ""
    walk_away_approved_by: str = ""
    opening_score: int = 100
    target_score: int = 75
    fallback_score: int = 40
    walk_away_score: int = 0
    their_weight: float | None = None


@dataclass(kw_only=True)
class TalkingPoint(Record):
    table: ClassVar[str] = "talking_points"
    noun: ClassVar[str] = "talking point"
    text_fields: ClassVar[tuple[str, ...]] = ("text",)

    dossier_id: str
    agenda_item_id: str
    kind: str = "point"
    text: str
    disclosure: str = "internal"
    position: int = 0


@dataclass(kw_only=True)
class RedLine(Record):
    table: ClassVar[str] = "red_lines"
    noun: ClassVar[str] = "red line"
    text_fields: ClassVar[tuple[str, ...]] = ("title", "statement", "rationale", "approved_by")

    dossier_id: str
    title: str
    statement: str = ""
    rationale: str = ""
    severity: str = "firm"
    approved_by: str = ""
    rule: dict[str, Any] = field(default_factory=lambda: {"kind": "manual"})
    position: int = 0


@dataclass(kw_only=True)
class PackageItem(Record):
    table: ClassVar[str] = "package_items"
    noun: ClassVar[str] = "package item"
    text_fields: ClassVar[tuple[str, ...]] = ("notes",)

    dossier_id: str
    package_id: str
    agenda_item_id: str
    role: str
    value: float | None = None
    notes: str = ""
    position: int = 0
    level: str | None = None  # schema version 2: where on the item's ladder the package settles it


@dataclass(kw_only=True)
class Package(Record):
    table: ClassVar[str] = "packages"
    noun: ClassVar[str] = "package"
    text_fields: ClassVar[tuple[str, ...]] = ("name", "notes")

    dossier_id: str
    name: str
    origin: str = "ours"
    notes: str = ""
    position: int = 0
    items: list[PackageItem] = field(default_factory=list)


@dataclass(kw_only=True)
class ChecklistItem(Record):
    table: ClassVar[str] = "checklist_items"
    noun: ClassVar[str] = "checklist item"
    text_fields: ClassVar[tuple[str, ...]] = ("text", "notes")

    dossier_id: str
    checklist_id: str
    text: str
    owner_id: str | None = None
    due: str | None = None
    done: bool = False
    agenda_item_id: str | None = None
    red_line_id: str | None = None
    position: int = 0
    notes: str = ""  # schema version 4


@dataclass(kw_only=True)
class Checklist(Record):
    table: ClassVar[str] = "checklists"
    noun: ClassVar[str] = "checklist"
    text_fields: ClassVar[tuple[str, ...]] = ("title",)

    dossier_id: str
    title: str
    position: int = 0
    items: list[ChecklistItem] = field(default_factory=list)


@dataclass(kw_only=True)
class Figure(Record):
    table: ClassVar[str] = "figures"
    noun: ClassVar[str] = "figure"
    text_fields: ClassVar[tuple[str, ...]] = ("series", "label", "unit", "source")

    dossier_id: str
    series: str
    label: str = ""
    value: float
    unit: str = ""
    source: str = ""
    position: int = 0


@dataclass(kw_only=True)
class Note(Record):
    table: ClassVar[str] = "notes"
    noun: ClassVar[str] = "note"
    text_fields: ClassVar[tuple[str, ...]] = ("title", "text")

    dossier_id: str
    at: str | None = None
    title: str = ""
    text: str
    position: int = 0


#: Every record type, parents before children (the order in which rows can be written).
RECORD_TYPES: tuple[type[Record], ...] = (
    Dossier,
    Track,
    Participant,
    AgendaItem,
    TalkingPoint,
    RedLine,
    Package,
    PackageItem,
    Checklist,
    ChecklistItem,
    Figure,
    Note,
)
BY_TABLE: dict[str, type[Record]] = {t.table: t for t in RECORD_TYPES}


@dataclass
class DossierContent:
    """Everything live in one dossier, each list in display order."""

    dossier: Dossier
    tracks: list[Track] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    agenda_items: list[AgendaItem] = field(default_factory=list)
    talking_points: list[TalkingPoint] = field(default_factory=list)
    red_lines: list[RedLine] = field(default_factory=list)
    packages: list[Package] = field(default_factory=list)
    checklists: list[Checklist] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class Author:
    """The person whose changes are recorded."""

    id: str
    name: str


@dataclass(frozen=True)
class Revision:
    """One change to one record: who, when, and the record as it was after it."""

    id: str
    table: str
    row_id: str
    parents: tuple[str, ...]
    author_id: str
    author_name: str
    at: str
    op: str  # "insert", "update" or "delete"
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class SearchHit:
    """A record whose text matches a search."""

    table: str
    row_id: str
    dossier_id: str
    kind: str
    title: str
    snippet: str
