"""The records of a dossier, as plain dataclasses shared by the store, the CLI and the UI.

Each record type is declared here once: every field with its `Spec` (kind of value, JSON key,
label, reference and what deleting its target does, whether it is searched). The JSON format,
its JSON Schema, the value checks of every door, the search index, export blanking, merge and
the received-file check are derived from these declarations. Field names are the store's
column names. Every record carries the same bookkeeping fields (creation and update time,
last author, head revision); the store fills them in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, ClassVar, TypeVar

SIDES = ("ours", "theirs", "other")
STANCES = ("offensive", "defensive")
LIKELIHOODS = ("certain", "possible", "unlikely")
#: Where an agenda item stands as the talks go on (schema version 10 adds "countered" and "escalated").
STATUSES = ("open", "tabled", "countered", "agreed", "escalated", "deferred", "rejected", "off_table")
#: The statuses of an item still in play: not yet settled, put off or taken off the table.
IN_PLAY = ("open", "tabled", "countered", "escalated")
DISCLOSURES = ("shareable", "internal", "never")
POINT_KINDS = ("point", "defensive", "question", "answer", "press")
SEVERITIES = ("absolute", "firm")
ORIGINS = ("ours", "theirs")
ROLES = ("give", "get")
#: What became of an offer tabled in a round.
RESPONSES = ("pending", "accepted", "rejected", "countered")
#: Who at home can stand in the way of a deal (Putnam's second level).
CONSTITUENCY_KINDS = ("legislature", "industry", "ministry", "public", "other")
#: The mandate ladder, from what we ask first to the point where we walk away; "beyond" is
#: past the walk-away point, which a package should never reach.
LEVELS = ("opening", "target", "fallback", "walk_away", "beyond")
LADDER = LEVELS[:4]
#: Which way an item's key figure is better for us: the more the better, or the less.
BETTER = ("more", "less")

#: Columns every table has, filled in by the store rather than the user.
BOOKKEEPING = ("created_at", "updated_at", "author_id", "rev", "deleted")

#: The kinds of value a field holds (see negoprep.records.values for what each admits):
#: id, ref (an id of a record of another table), text, int, number, bool, enum, date,
#: instant (a UTC time), at (a note's date or time) and rule (a red-line rule object).
KINDS = ("id", "ref", "text", "int", "number", "bool", "enum", "date", "instant", "at", "rule")
#: What deleting the target of a reference does to the record that points at it.
ON_DELETE = ("block", "cascade", "unlink")


@dataclass(frozen=True)
class Spec:
    """What one field of a record is: the single declaration that the JSON format, the
    JSON Schema, the value checks, the search index, export blanking, merge, the received-file
    check and the labels are all derived from."""

    kind: str
    label: str = ""  # what a person calls the field (English; translated by the UI)
    help: str = ""  # one sentence for the format's documentation and tooltips
    key: str | None = ""  # its key in a JSON document; "" = the field's name, None = not in documents
    required: bool = False  # a new record must give it (text: not blank)
    nullable: bool = False  # None is a value ("none")
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    target: str = ""  # a reference: the table it points into
    on_delete: str = ""  # a reference: what deleting its target does ("block", "cascade", "unlink")
    search: bool = False  # its words go into the search index
    group: str = ""  # the JSON object it is part of: "figure" is {"value", "unit", "source"}, see GROUPS
    prose: bool = False  # a text: sentences rather than a name or a label (a form gives it lines that wrap)

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind
        assert (self.kind == "ref") == bool(self.target), self
        assert not self.on_delete or self.on_delete in ON_DELETE, self
        assert not self.prose or self.kind == "text", self


#: The JSON objects that hold several fields: their name → (title, description) for the
#: format's documentation and JSON Schema. A group's object is null in a dump when every field
#: holds its default; when its first field may be null (the key figure's value), an object
#: must give it.
GROUPS: dict[str, tuple[str, str]] = {
    "figure": (
        "Key figure",
        "A key figure of an agenda item, and where its mandate ladder lies in that figure.",
    ),
    "release": (
        "Release policy",
        "What a release copy of the dossier (a release export, the release briefing book and checklists) "
        'withholds besides everything marked "never disclose".',
    ),
}


@dataclass(frozen=True)
class Column:
    """A declared field of one record type: its name (the store's column), its spec and default."""

    name: str
    spec: Spec
    default: Any

    @property
    def key(self) -> str | None:
        """Its key in a JSON document (within its group's object, for a grouped field)."""
        if self.spec.key is None:
            return None
        return self.spec.key or self.name

    @property
    def label(self) -> str:
        return self.spec.label or self.name.replace("_", " ").capitalize()

    @property
    def is_text(self) -> bool:
        """Whether it holds text a person wrote (searched, and blanked when deleted)."""
        return self.spec.kind == "text"


_MISSING: Any = MISSING


def _field(spec: Spec, default: Any = _MISSING, factory: Any = _MISSING) -> Any:
    if factory is not _MISSING:
        return field(default_factory=factory, metadata={"spec": spec})
    if default is _MISSING:
        return field(metadata={"spec": spec})
    return field(default=default, metadata={"spec": spec})


def _text(label: str, help: str = "", *, required: bool = False, search: bool = True, **more: Any) -> Any:
    """A text field a person writes; searchable unless said otherwise."""
    spec = Spec("text", label, help, required=required, search=search, **more)
    return _field(spec) if required else _field(spec, "")


def _prose(label: str, help: str = "", *, required: bool = False, **more: Any) -> Any:
    """A text of sentences a person writes (a position, a rationale, notes): searchable, and
    shown on lines that wrap rather than on one line cut at the edge."""
    return _text(label, help, required=required, prose=True, **more)


def _ref(
    label: str, target: str, on_delete: str, help: str = "", *, key: str, required: bool = False, **more: Any
) -> Any:
    """A reference to a record of `target` (a table) of the same dossier."""
    spec = Spec("ref", label, help, key=key, required=required, nullable=not required, target=target,
                on_delete=on_delete, **more)  # fmt: skip
    return _field(spec) if required else _field(spec, None)


def _whole(label: str, default: int, low: int, high: int, help: str = "", **more: Any) -> Any:
    return _field(Spec("int", label, help, low=low, high=high, **more), default)


def _number(label: str, default: float | None, help: str = "", **more: Any) -> Any:
    spec = Spec("number", label, help, nullable=default is None and not more.get("required"), **more)
    return _field(spec) if more.get("required") else _field(spec, default)


def _choice(label: str, choices: tuple[str, ...], default: str | None, help: str = "", **more: Any) -> Any:
    return _field(Spec("enum", label, help, choices=choices, nullable=default is None, **more), default)


def _flag(label: str, help: str = "", **more: Any) -> Any:
    return _field(Spec("bool", label, help, **more), False)


def _day(label: str, help: str = "", **more: Any) -> Any:
    return _field(Spec("date", label, help, nullable=True, **more), None)


#: Display order within a list (lowest first); not in documents, where list order is display order.
MAX_POSITION = 2**31 - 1


def _position() -> Any:
    return _field(Spec("int", "Position", key=None, low=-MAX_POSITION, high=MAX_POSITION), 0)


def _dossier_ref() -> Any:
    # every record but a dossier belongs to one dossier, forever; documents say it by nesting
    return _field(Spec("ref", "Dossier", key=None, required=True, target="dossiers", on_delete="cascade"))


@dataclass(kw_only=True)
class Record:
    """Fields common to every stored record."""

    table: ClassVar[str]
    noun: ClassVar[str]  # what a person calls it, e.g. "agenda item"
    plural: ClassVar[str] = ""  # its plural where it is not the noun and "s" ("constituencies")
    #: fields whose words go into the full-text index: the first is the record's title
    text_fields: ClassVar[tuple[str, ...]] = ()

    id: str = _field(Spec("id", "Id", required=True))
    created_at: str = _field(Spec("instant", "Created", key=None), "")
    updated_at: str = _field(Spec("instant", "Last changed", key=None), "")
    author_id: str = _field(Spec("id", "Changed by", key=None), "")
    rev: str = _field(Spec("id", "Revision", key=None), "")
    deleted: bool = _field(Spec("bool", "Deleted", key=None), False)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)

    @classmethod
    def nouns(cls) -> str:
        """What a person calls several of it (English: translated where shown)."""
        return cls.plural or cls.noun + "s"

    @classmethod
    def declared(cls) -> tuple[Column, ...]:
        """Every field of the record type, in order, with its spec (children lists left out)."""
        return _declared(cls)

    @classmethod
    def column(cls, name: str) -> Column:
        """The declared field called `name`; KeyError when there is none."""
        return _by_name(cls)[name]

    @classmethod
    def columns(cls) -> list[str]:
        """The table's columns, in order."""
        return [c.name for c in _declared(cls)]

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


# per record type, computed once (a dict, not functools.cache: a record type's instances are
# unhashable, so mypy does not take the class itself for a hashable key)
_DECLARED: dict[type[Record], tuple[Column, ...]] = {}
_BY_NAME: dict[type[Record], dict[str, Column]] = {}


def _declared(rtype: type[Record]) -> tuple[Column, ...]:
    if rtype not in _DECLARED:
        out = []
        for f in fields(rtype):
            if "spec" not in f.metadata:
                continue  # a list of children (a package's items), stored in its own table
            if f.default is not MISSING:
                default = f.default
            else:  # a fresh value from the factory (a red line's rule), or none: the field is required
                default = f.default_factory() if f.default_factory is not MISSING else None
            out.append(Column(f.name, f.metadata["spec"], default))
        _DECLARED[rtype] = tuple(out)
    return _DECLARED[rtype]


def _by_name(rtype: type[Record]) -> dict[str, Column]:
    if rtype not in _BY_NAME:
        _BY_NAME[rtype] = {c.name: c for c in _declared(rtype)}
    return _BY_NAME[rtype]


_DISCLOSURE_HELP = (
    "Disclosure tier: may be told to the other side (shareable), to our delegation only (internal), or must "
    "never be disclosed (never: left out of release copies)."
)


@dataclass(kw_only=True)
class Dossier(Record):
    """One negotiation."""

    table: ClassVar[str] = "dossiers"
    noun: ClassVar[str] = "dossier"

    title: str = _text("Title", "Title of the negotiation.", required=True)
    counterpart: str = _text("Counterpart", "The other party (country, company, organisation).")
    venue: str = _text("Venue", "Where the negotiation takes place.")
    starts_on: str | None = _day("Starts on", "First day (YYYY-MM-DD), or null.")
    ends_on: str | None = _day("Ends on", "Last day (YYYY-MM-DD), or null.")
    format: str = _field(
        Spec("text", "Format", 'The kind of meeting, e.g. "consultation" or "negotiation".'), "negotiation"
    )
    objective: str = _prose("Objective", "Our objective.")
    batna: str = _prose("BATNA", "Our best alternative to a negotiated agreement.")
    classification: str = _text(
        "Classification",
        'Classification label printed at top and bottom of every page, e.g. "RESTRICTED".',
        search=False,
    )
    # schema version 7: the dossier's release policy (negoprep.records.release), one flag a
    # thing a release copy withholds; in documents the object "release"
    release_internal: bool = _flag(
        "Release copies withhold internal records",
        'A release copy also leaves out agenda items and talking points marked "internal" (those marked '
        '"never disclose" are always left out).',
        key="internal",
        group="release",
    )
    release_batna: bool = _field(
        Spec(
            "bool",
            "Release copies withhold the BATNA",
            "A release copy blanks our BATNA and our estimate of theirs.",
            key="batna",
            group="release",
        ),
        True,
    )
    release_walk_away: bool = _field(
        Spec(
            "bool",
            "Release copies withhold walk-away points",
            "A release copy blanks every agenda item's walk-away point (our reservation point) and its score, and our "
            "estimate of the other side's walk-away point.",
            key="walk_away",
            group="release",
        ),
        True,
    )
    release_approvers: bool = _field(
        Spec(
            "bool",
            "Release copies withhold approvers",
            "A release copy blanks who approved each step of the mandate ladders and each red line.",
            key="approvers",
            group="release",
        ),
        True,
    )
    release_notes: bool = _flag(
        "Release copies withhold internal notes",
        "A release copy leaves out the dossier's notes and blanks the participants' notes.",
        key="notes",
        group="release",
    )
    # schema version 10: the other side's best alternative, as we estimate it
    their_batna: str = _prose(
        "Their BATNA", "The other side's best alternative to a negotiated agreement, as we estimate it."
    )


@dataclass(kw_only=True)
class Track(Record):
    """An issue area (tariffs, energy, defense cost-sharing …); red-line rules speak about tracks."""

    table: ClassVar[str] = "tracks"
    noun: ClassVar[str] = "track"

    dossier_id: str = _dossier_ref()
    name: str = _text("Name", "Name of the track.", required=True)
    description: str = _prose("Description", "What the track covers.")
    position: int = _position()


@dataclass(kw_only=True)
class Participant(Record):
    """A person on the roster of any side."""

    table: ClassVar[str] = "participants"
    noun: ClassVar[str] = "participant"

    dossier_id: str = _dossier_ref()
    name: str = _text("Name", "Full name.", required=True)
    title: str = _text("Job title", "Job title or rank.")
    organisation: str = _text("Organisation", "Ministry, agency or company.")
    side: str = _choice("Side", SIDES, "ours", "Which side the person is on.")
    head: bool = _flag("Head of delegation", "True for the head of that side's delegation.")
    notes: str = _prose("Notes", "Free notes about the person.")
    position: int = _position()


def _approved(step: str, what: str) -> Any:
    return _prose(f"{step} approved by", f"Who approved the {step.lower()} step of the mandate ladder ({what}).")


def _score(step: str, default: int) -> Any:
    return _whole(
        f"{step} score",
        default,
        0,
        100,
        f"What settling the item at its {step.lower()} step is worth to us, 0 to 100 (Raiffa-style scoring).",
    )


def _ladder_figure(step: str, what: str) -> Any:
    return _number(
        f"{step} figure",
        None,
        f"The key figure at the {step.lower()} step of the mandate ladder ({what}), in the figure's unit, or null.",
        key=step.lower().replace("-", "_"),
        group="figure",
    )


@dataclass(kw_only=True)
class AgendaItem(Record):
    """One issue on the agenda, on one track."""

    table: ClassVar[str] = "agenda_items"
    noun: ClassVar[str] = "agenda item"

    dossier_id: str = _dossier_ref()
    track_id: str = _ref("Track", "tracks", "block", "The id of a track of this dossier.", key="track", required=True)
    title: str = _text("Title", "Short title of the item.", required=True)
    description: str = _prose("Description", "What the item is about.")
    our_position: str = _prose("Our position", "Our position.")
    their_position: str = _prose("Their expected position", "The position we expect the other side to take.")
    interests: str = _prose("Interests", "The interests behind the positions.")
    opening: str = _prose("Opening", "Mandate ladder: what we open with.")
    target: str = _prose("Target", "Mandate ladder: what we aim for.")
    fallback: str = _prose("Fallback", "Mandate ladder: what we can fall back to.")
    walk_away: str = _prose("Walk-away", "Mandate ladder: the point at which we walk away.")
    priority: int = _whole("Priority", 3, 1, 5, "How much the item matters to us, 1 (low) to 5 (high).")
    flexibility: int = _whole("Flexibility", 3, 1, 5, "How much room we have, 1 (none) to 5 (much).")
    weight: float = _number(
        "Weight",
        0,
        "Issue weight for package scoring; the weights of a dossier's items should sum to 100 "
        "(another sum is a warning, not an error).",
        low=0,
        high=100,
    )
    stance: str = _choice(
        "Stance", STANCES, "defensive", "Offensive: something we ask for; defensive: something we protect."
    )
    likelihood: str = _choice(
        "Likelihood",
        LIKELIHOODS,
        "possible",
        "How likely the item is to come up; sets its depth in the briefing book (certain: full brief; unlikely: "
        "defensive lines only).",
    )
    status: str = _choice("Status", STATUSES, "open", "Where the item stands.")
    owner_id: str | None = _ref(
        "Owner", "participants", "unlink", "The id of the participant of this dossier who owns the item, or null.",
        key="owner",
    )  # fmt: skip
    disclosure: str = _choice("Disclosure", DISCLOSURES, "internal", _DISCLOSURE_HELP)
    figure_value: float | None = _number(
        "Key figure",
        None,
        "The item's key figure, the number ceiling and floor rules check.",
        key="value",
        group="figure",
    )
    figure_unit: str = _text("Unit of the figure", 'Its unit, e.g. "USD bn" or "%".', key="unit", group="figure")
    figure_source: str = _text("Source of the figure", "Where the number comes from.", key="source", group="figure")
    position: int = _position()
    # added in schema version 2: who approved each step of the ladder, what each step is
    # worth to us (0-100, Raiffa-style), and how much the item matters to them, if modelled
    opening_approved_by: str = _approved("Opening", "our first ask")
    target_approved_by: str = _approved("Target", "what we aim to settle at")
    fallback_approved_by: str = _approved("Fallback", "what we accept if we must")
    walk_away_approved_by: str = _approved("Walk-away", "the point at which we walk away")
    opening_score: int = _score("Opening", 100)
    target_score: int = _score("Target", 75)
    fallback_score: int = _score("Fallback", 40)
    walk_away_score: int = _score("Walk-away", 0)
    their_weight: float | None = _number(
        "Their weight",
        None,
        "How much the item matters to the other side, as we model it (their weights should sum to 100), "
        "or null when not modelled.",
        low=0,
        high=100,
    )
    # schema version 9: the mandate ladder in figures (in the key figure's unit), and which way
    # is better for us, so that a package's proposed figure places the item on its ladder
    # (negoprep.records.ladder)
    figure_better: str | None = _choice(
        "Better for us",
        BETTER,
        None,
        "Which way the key figure is better for us: more or less; null when not said (then a proposed figure "
        "does not place the item on its ladder).",
        key="better",
        group="figure",
    )
    figure_opening: float | None = _ladder_figure("Opening", "what we open with")
    figure_target: float | None = _ladder_figure("Target", "what we aim for")
    figure_fallback: float | None = _ladder_figure("Fallback", "what we can fall back to")
    figure_walk_away: float | None = _ladder_figure("Walk-away", "the point at which we walk away")
    # schema version 10: the other side's estimated reservation point and interests, and the
    # objective criteria a fair outcome can be argued from (the legitimacy element)
    criteria: str = _prose(
        "Objective criteria",
        "Precedents, standards and figures a fair outcome can be argued from (the legitimacy element).",
    )
    their_walk_away: float | None = _number(
        "Their walk-away",
        None,
        "The other side's estimated walk-away point (their reservation point) in the unit of the key figure, or "
        "null when not estimated.",
    )
    their_interests: str = _prose("Their interests", "The interests we believe lie behind the other side's position.")


@dataclass(kw_only=True)
class TalkingPoint(Record):
    """A line for one agenda item."""

    table: ClassVar[str] = "talking_points"
    noun: ClassVar[str] = "talking point"

    dossier_id: str = _dossier_ref()
    agenda_item_id: str = _ref(
        "Agenda item", "agenda_items", "cascade", "The id of an agenda item of this dossier.",
        key="agenda_item", required=True,
    )  # fmt: skip
    kind: str = _choice(
        "Kind",
        POINT_KINDS,
        "point",
        "A point to make, a defensive line, an anticipated question, our answer, or a press line.",
    )
    text: str = _prose("Text", "The text of the line.", required=True)
    disclosure: str = _choice("Disclosure", DISCLOSURES, "internal", _DISCLOSURE_HELP)
    position: int = _position()


@dataclass(kw_only=True)
class RedLine(Record):
    """A limit we will not cross, with a rule that checks every package."""

    table: ClassVar[str] = "red_lines"
    noun: ClassVar[str] = "red line"

    dossier_id: str = _dossier_ref()
    title: str = _text("Title", "Short title.", required=True)
    statement: str = _prose("Statement", "The red line as stated.")
    rationale: str = _prose("Rationale", "Why we hold it.")
    severity: str = _choice("Severity", SEVERITIES, "firm", "How hard the line is; shown with every violation.")
    approved_by: str = _prose("Approved by", "Who approved it.")
    rule: dict[str, Any] = _field(  # noqa: RUF009 (a fresh dict per record)
        Spec("rule", "Rule", "The machine-checkable rule that every package is checked against."),
        factory=lambda: {"kind": "manual"},
    )
    position: int = _position()


@dataclass(kw_only=True)
class PackageItem(Record):
    """One agenda item in a package, given or got."""

    table: ClassVar[str] = "package_items"
    noun: ClassVar[str] = "package item"

    dossier_id: str = _dossier_ref()
    package_id: str = _field(
        Spec("ref", "Package", key=None, required=True, target="packages", on_delete="cascade")
    )  # in documents: the package it is listed in
    agenda_item_id: str = _ref(
        "Agenda item", "agenda_items", "cascade",
        "The id of an agenda item of this dossier (at most once per package).", key="agenda_item", required=True,
    )  # fmt: skip
    role: str = _field(Spec("enum", "Role", "Give: we concede it; get: we obtain it.", required=True, choices=ROLES))
    value: float | None = _number(
        "Proposed figure",
        None,
        "The proposed figure for the item in this package (checked by ceiling and floor rules).",
    )
    notes: str = _text("Notes", "Notes on this item in the package.")
    position: int = _position()
    # schema version 2: where on the item's ladder the package settles it
    level: str | None = _choice(
        "Level",
        LEVELS,
        None,
        "Where on the item's mandate ladder this package settles it (used for the package's value); 'beyond' means "
        "past the walk-away point, which is warned about. Null: the role decides (get: target, give: fallback). "
        "A proposed figure overrules it where the item's ladder figures place the figure on another step.",
    )


@dataclass(kw_only=True)
class Package(Record):
    """A proposed deal, ours or theirs."""

    table: ClassVar[str] = "packages"
    noun: ClassVar[str] = "package"

    dossier_id: str = _dossier_ref()
    name: str = _text("Name", "Name of the package.", required=True)
    origin: str = _choice("Origin", ORIGINS, "ours", "Who proposes it.")
    notes: str = _prose("Notes", "Notes on the package.")
    position: int = _position()
    items: list[PackageItem] = field(default_factory=list)


@dataclass(kw_only=True)
class ChecklistItem(Record):
    """One task on a checklist."""

    table: ClassVar[str] = "checklist_items"
    noun: ClassVar[str] = "checklist item"

    dossier_id: str = _dossier_ref()
    checklist_id: str = _field(
        Spec("ref", "Checklist", key=None, required=True, target="checklists", on_delete="cascade")
    )  # in documents: the checklist it is listed in
    text: str = _prose("Task", "What has to be done.", required=True)
    owner_id: str | None = _ref(
        "Owner", "participants", "unlink", "The id of the participant of this dossier who does it, or null.",
        key="owner",
    )  # fmt: skip
    due: str | None = _day("Due", "Due date (YYYY-MM-DD), or null.")
    done: bool = _flag("Done", "True once done (printed as a ticked box).")
    agenda_item_id: str | None = _ref(
        "Agenda item", "agenda_items", "unlink", "The id of an agenda item of this dossier the task is about, or null.",
        key="agenda_item",
    )  # fmt: skip
    red_line_id: str | None = _ref(
        "Red line", "red_lines", "unlink", "The id of a red line of this dossier the task is about, or null.",
        key="red_line",
    )  # fmt: skip
    position: int = _position()
    notes: str = _prose("Notes", "Notes on the task.")  # schema version 4


@dataclass(kw_only=True)
class Checklist(Record):
    """A named list of tasks."""

    table: ClassVar[str] = "checklists"
    noun: ClassVar[str] = "checklist"

    dossier_id: str = _dossier_ref()
    title: str = _text("Title", "Title of the checklist.", required=True)
    position: int = _position()
    items: list[ChecklistItem] = field(default_factory=list)


@dataclass(kw_only=True)
class Figure(Record):
    """One data point of a series used for charts."""

    table: ClassVar[str] = "figures"
    noun: ClassVar[str] = "figure"

    dossier_id: str = _dossier_ref()
    series: str = _text(
        "Series", 'The series it belongs to, e.g. "Korea\'s goods trade surplus with the US".', required=True
    )
    label: str = _text("Label", 'The point\'s label, e.g. "2024".')
    value: float = _number("Value", None, "The value.", required=True)
    unit: str = _text("Unit", 'Its unit, e.g. "USD bn".')
    source: str = _prose("Source", "Where the number comes from.")
    position: int = _position()


@dataclass(kw_only=True)
class Note(Record):
    """A dated meeting or session note."""

    table: ClassVar[str] = "notes"
    noun: ClassVar[str] = "note"

    dossier_id: str = _dossier_ref()
    at: str | None = _field(
        Spec(
            "at",
            "When",
            "When: a date YYYY-MM-DD, or a date-time YYYY-MM-DDTHH:MM[:SS] with Z, an offset, or none for "
            "the loading computer's local time, kept and written in UTC as YYYY-MM-DDTHH:MM:SSZ; or null.",
            nullable=True,
        ),
        None,
    )
    title: str = _text("Title", "Title of the note.")
    text: str = _prose("Text", "The note.", required=True)
    position: int = _position()


@dataclass(kw_only=True)
class Round(Record):
    """One round of the talks: when and where the sides met, and what happened."""

    table: ClassVar[str] = "rounds"
    noun: ClassVar[str] = "round"

    dossier_id: str = _dossier_ref()
    number: int = _whole("Number", 1, 1, 999, "The round's number, 1 for the first.")
    starts_on: str | None = _day("Date", "The round's (first) day (YYYY-MM-DD), or null.")
    venue: str = _text("Venue", "Where the round took place.")
    summary: str = _prose("Summary", "What happened in the round.")
    position: int = _position()

    @property
    def label(self) -> str:
        from negoprep.i18n import translate

        return translate("records", "Round {number}").format(number=self.number)


@dataclass(kw_only=True)
class Offer(Record):
    """A whole package tabled by one side in a round, and what became of it."""

    table: ClassVar[str] = "offers"
    noun: ClassVar[str] = "offer"

    dossier_id: str = _dossier_ref()
    round_id: str = _ref(
        "Round", "rounds", "cascade", "The id of the round of this dossier in which it was tabled.",
        key="round", required=True,
    )  # fmt: skip
    side: str = _choice("Side", ORIGINS, "theirs", "Which side tabled it.")
    package_id: str = _ref(
        "Package", "packages", "cascade", "The id of the package of this dossier that the offer tables, whole.",
        key="package", required=True,
    )  # fmt: skip
    tabled_on: str | None = _day("Tabled on", "The day it was tabled (YYYY-MM-DD), or null.")
    response: str = _choice("Response", RESPONSES, "pending", "What became of it.")
    notes: str = _prose("Notes", "Notes on the offer.")
    position: int = _position()

    @property
    def label(self) -> str:
        """Which side tabled it, and when: "Their offer of 2025-05-20" (its notes say more)."""
        from negoprep.i18n import translate

        if self.tabled_on and self.side == "ours":
            return translate("records", "Our offer of {day}").format(day=self.tabled_on)
        if self.tabled_on:
            return translate("records", "Their offer of {day}").format(day=self.tabled_on)
        return translate("records", "Our offer") if self.side == "ours" else translate("records", "Their offer")


@dataclass(kw_only=True)
class Demand(Record):
    """What one constituency at home demands of one agenda item for a deal to pass."""

    table: ClassVar[str] = "constituency_demands"
    noun: ClassVar[str] = "demand"

    dossier_id: str = _dossier_ref()
    constituency_id: str = _field(
        Spec("ref", "Constituency", key=None, required=True, target="constituencies", on_delete="cascade")
    )  # in documents: the constituency it is listed under
    agenda_item_id: str = _ref(
        "Agenda item", "agenda_items", "cascade",
        "The id of an agenda item of this dossier (at most once per constituency).", key="agenda_item", required=True,
    )  # fmt: skip
    at_least: str | None = _choice(
        "At least",
        LADDER,
        None,
        "The item must settle at this step of our mandate ladder or a better one, or null.",
    )
    max_value: float | None = _number(
        "At most",
        None,
        "The item's figure in a deal may not be above this (the key figure's unit), or null.",
        key="max",
    )
    min_value: float | None = _number(
        "At least (figure)",
        None,
        "The item's figure in a deal may not be below this (the key figure's unit), or null.",
        key="min",
    )
    excluded: bool = _flag("Kept out of any deal", "True: a deal may not hold the item at all.")
    position: int = _position()


@dataclass(kw_only=True)
class Constituency(Record):
    """A constituency at home whose support a deal needs (the domestic win-set, Putnam)."""

    table: ClassVar[str] = "constituencies"
    noun: ClassVar[str] = "constituency"
    plural: ClassVar[str] = "constituencies"

    dossier_id: str = _dossier_ref()
    name: str = _text("Name", 'Who it is, e.g. "National Assembly".', required=True)
    kind: str = _choice(
        "Kind", CONSTITUENCY_KINDS, "other", "A legislature, an industry, a ministry, the public or other."
    )
    veto: bool = _flag("Can block ratification", "True when it can block the deal's ratification.")
    notes: str = _prose("Notes", "Notes on the constituency.")
    position: int = _position()
    items: list[Demand] = field(default_factory=list)


@dataclass(kw_only=True)
class TeamWeight(Record):
    """One delegate's own weight for one agenda item."""

    table: ClassVar[str] = "team_weights"
    noun: ClassVar[str] = "team weight"

    dossier_id: str = _dossier_ref()
    participant_id: str = _ref(
        "Delegate", "participants", "cascade", "The id of the participant of this dossier whose weight it is.",
        key="participant", required=True,
    )  # fmt: skip
    agenda_item_id: str = _ref(
        "Agenda item", "agenda_items", "cascade", "The id of an agenda item of this dossier.",
        key="agenda_item", required=True,
    )  # fmt: skip
    weight: float = _number(
        "Weight", None, "The delegate's weight for the item, 0 to 100.", required=True, low=0, high=100
    )
    position: int = _position()


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
    Round,
    Offer,
    Constituency,
    Demand,
    TeamWeight,
)
BY_TABLE: dict[str, type[Record]] = {t.table: t for t in RECORD_TYPES}

for _rtype in RECORD_TYPES:
    # the words of a record go into the search index; the first is its title
    _rtype.text_fields = tuple(c.name for c in _rtype.declared() if c.spec.search)

#: A record shown in a list, in the order of its `position`: every type but the dossier.
Listed = (
    Track | Participant | AgendaItem | TalkingPoint | RedLine | Package | PackageItem | Checklist | ChecklistItem
    | Figure | Note | Round | Offer | Constituency | Demand | TeamWeight
)  # fmt: skip
#: A record with a list of items, which are stored in a table of their own.
Parent = Package | Checklist | Constituency
R = TypeVar("R", bound=Record)


#: A record with a list of items (kept in a table of their own) → the items' type and the
#: field by which an item names its parent.
NESTED: dict[type[Record], tuple[type[Record], str]] = {
    Package: (PackageItem, "package_id"),
    Checklist: (ChecklistItem, "checklist_id"),
    Constituency: (Demand, "constituency_id"),
}


def with_items(parent: Parent, items: Iterable[Record]) -> Parent:
    """A package, checklist or constituency with `items` as its list; TypeError for an item of
    another type."""
    child, _ = NESTED[type(parent)]
    held: Any = parent  # (its list holds items of the one type `child` is, which mypy cannot follow)
    result: Parent = replace(held, items=[_item_of(child, item) for item in items])
    return result


def _item_of(rtype: type[R], item: Record) -> R:
    if not isinstance(item, rtype):
        raise TypeError(f"a {type(item).noun} is no {rtype.noun}")
    return item


#: Who points at whom: (record type, column, target type, what deleting the target does),
#: the dossier link left out (a dossier's records go with it).
REFERENCES: tuple[tuple[type[Record], str, type[Record], str], ...] = tuple(
    (rtype, c.name, BY_TABLE[c.spec.target], c.spec.on_delete)
    for rtype in RECORD_TYPES
    for c in rtype.declared()
    if c.spec.kind == "ref" and c.name != "dossier_id"
)


def label_of(table: str, name: str) -> str:
    """What a person calls a field of a table, e.g. ("agenda_items", "owner_id") → "Owner";
    an unknown field is shown as its name."""
    rtype = BY_TABLE.get(table)
    if rtype is None or name not in _by_name(rtype):
        return name
    return rtype.column(name).label


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
    rounds: list[Round] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    constituencies: list[Constituency] = field(default_factory=list)
    team_weights: list[TeamWeight] = field(default_factory=list)


#: The lists of a DossierContent and the record type of each (a nested list goes with its parent).
CONTENT_LISTS: dict[str, type[Record]] = {
    "tracks": Track,
    "participants": Participant,
    "agenda_items": AgendaItem,
    "talking_points": TalkingPoint,
    "red_lines": RedLine,
    "packages": Package,
    "checklists": Checklist,
    "figures": Figure,
    "notes": Note,
    "rounds": Round,
    "offers": Offer,
    "constituencies": Constituency,
    "team_weights": TeamWeight,
}


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
