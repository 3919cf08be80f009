"""The dossier JSON format: read a document, check it whole, and write one back.

`plan_load` turns a document into the records to write, checked against what the store
already holds for that dossier; `dump` turns a dossier's content into a document. Both are
pure: the store does the writing. docs/dossier-format.md describes the format.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from negoprep import model
from negoprep.errors import DocumentError
from negoprep.numbers import is_figure
from negoprep.problems import words
from negoprep.rules import referenced_ids, rule_problems

FORMAT = "negoprep-dossier"
VERSION = 1
MAX_TEXT = 200_000  # characters in one field: far beyond any brief, well below harm
R = TypeVar("R", bound=model.Record)
_PACKAGE_ITEM_NS = uuid.UUID("7f1d5d0e-3c55-4c3e-9d87-5b1f2f0a6e11")


@dataclass(frozen=True)
class Field:
    """How one JSON key maps to a record attribute, and what it may hold."""

    key: str
    attr: str = ""
    type: str = "text"  # id text int number bool enum date at ref rule figure
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # the section a reference points into
    nullable: bool = False
    low: float | None = None
    high: float | None = None

    @property
    def name(self) -> str:
        return self.attr or self.key


def _text(key: str, required: bool = False) -> Field:
    return Field(key, required=required)


def _enum(key: str, choices: tuple[str, ...]) -> Field:
    return Field(key, type="enum", choices=choices)


def _ref(key: str, attr: str, section: str, required: bool = False) -> Field:
    return Field(key, attr, "ref", required=required, ref=section, nullable=not required)


_ID = Field("id", type="id", required=True)

DOSSIER_FIELDS = (
    _ID,
    _text("title", True),
    _text("counterpart"),
    _text("venue"),
    Field("starts_on", type="date", nullable=True),
    Field("ends_on", type="date", nullable=True),
    _text("format"),
    _text("objective"),
    _text("batna"),
    _text("classification"),
)


@dataclass(frozen=True)
class Section:
    """One list of the document: its record type, fields and nested list, if any."""

    key: str
    type: type[model.Record]
    fields: tuple[Field, ...]
    child: Section | None = None
    parent_attr: str = ""  # for a nested list: the attribute naming the parent


PACKAGE_ITEMS = Section(
    "items",
    model.PackageItem,
    (
        _ref("agenda_item", "agenda_item_id", "agenda_items", required=True),
        Field("role", type="enum", required=True, choices=model.ROLES),
        Field("value", type="number", nullable=True),
        Field("level", type="enum", choices=model.LEVELS, nullable=True),
        _text("notes"),
    ),
    parent_attr="package_id",
)
CHECKLIST_ITEMS = Section(
    "items",
    model.ChecklistItem,
    (
        _ID,
        _text("text", True),
        _ref("owner", "owner_id", "participants"),
        Field("due", type="date", nullable=True),
        Field("done", type="bool"),
        _ref("agenda_item", "agenda_item_id", "agenda_items"),
        _ref("red_line", "red_line_id", "red_lines"),
        _text("notes"),
    ),
    parent_attr="checklist_id",
)

SECTIONS: tuple[Section, ...] = (
    Section("tracks", model.Track, (_ID, _text("name", True), _text("description"))),
    Section(
        "participants",
        model.Participant,
        (
            _ID,
            _text("name", True),
            _text("title"),
            _text("organisation"),
            _enum("side", model.SIDES),
            Field("head", type="bool"),
            _text("notes"),
        ),
    ),
    Section(
        "agenda_items",
        model.AgendaItem,
        (
            _ID,
            _ref("track", "track_id", "tracks", required=True),
            _text("title", True),
            _text("description"),
            _text("our_position"),
            _text("their_position"),
            _text("interests"),
            _text("opening"),
            _text("target"),
            _text("fallback"),
            _text("walk_away"),
            _text("opening_approved_by"),
            _text("target_approved_by"),
            _text("fallback_approved_by"),
            _text("walk_away_approved_by"),
            Field("opening_score", type="int", low=0, high=100),
            Field("target_score", type="int", low=0, high=100),
            Field("fallback_score", type="int", low=0, high=100),
            Field("walk_away_score", type="int", low=0, high=100),
            Field("priority", type="int", low=1, high=5),
            Field("flexibility", type="int", low=1, high=5),
            Field("weight", type="number", low=0, high=100),
            Field("their_weight", type="number", low=0, high=100, nullable=True),
            _enum("stance", model.STANCES),
            _enum("likelihood", model.LIKELIHOODS),
            _enum("status", model.STATUSES),
            _ref("owner", "owner_id", "participants"),
            _enum("disclosure", model.DISCLOSURES),
            Field("figure", type="figure", nullable=True),
        ),
    ),
    Section(
        "talking_points",
        model.TalkingPoint,
        (
            _ID,
            _ref("agenda_item", "agenda_item_id", "agenda_items", required=True),
            _enum("kind", model.POINT_KINDS),
            _text("text", True),
            _enum("disclosure", model.DISCLOSURES),
        ),
    ),
    Section(
        "red_lines",
        model.RedLine,
        (
            _ID,
            _text("title", True),
            _text("statement"),
            _text("rationale"),
            _enum("severity", model.SEVERITIES),
            _text("approved_by"),
            Field("rule", type="rule"),
        ),
    ),
    Section(
        "packages",
        model.Package,
        (_ID, _text("name", True), _enum("origin", model.ORIGINS), _text("notes")),
        child=PACKAGE_ITEMS,
    ),
    Section("checklists", model.Checklist, (_ID, _text("title", True)), child=CHECKLIST_ITEMS),
    Section(
        "figures",
        model.Figure,
        (
            _ID,
            _text("series", True),
            _text("label"),
            Field("value", type="number", required=True),
            _text("unit"),
            _text("source"),
        ),
    ),
    Section(
        "notes",
        model.Note,
        (_ID, Field("at", type="at", nullable=True), _text("title"), _text("text", True)),
    ),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)
TOP_KEYS = ("format", "version", "dossier", *SECTION_KEYS)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AT = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?")


def package_item_id(package_id: str, agenda_item_id: str) -> str:
    """The id of an agenda item's place in a package: the same in every copy of the store."""
    return str(uuid.uuid5(_PACKAGE_ITEM_NS, f"{package_id}\n{agenda_item_id}"))


def parse_text(text: str, source: str = "") -> dict[str, Any]:
    """Parse JSON text, saying where a syntax error is."""
    try:
        doc = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError([f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"], source) from None
    except _NotJsonNumberError as exc:
        raise DocumentError([f"not valid JSON: {exc} is not a number JSON allows"], source) from None
    except RecursionError:
        raise DocumentError(["not valid JSON: nested too deeply"], source) from None
    if not isinstance(doc, dict):
        raise DocumentError(["the document must be a JSON object"], source)
    return doc


class _NotJsonNumberError(ValueError):
    pass


def _refuse_constant(name: str) -> None:
    # Python's json reads NaN and Infinity, which are not JSON and no figure can be
    raise _NotJsonNumberError(name)


# --- checking values ------------------------------------------------------------------------


def _valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_at(value: str) -> bool:
    if not _AT.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _check_value(f: Field, value: Any) -> tuple[str | None, Any]:
    """(problem, converted value) for one field's value; the problem is None when it is fine."""
    if value is None:
        return (None, None) if f.nullable else ("must not be null", None)
    kind = f.type
    if kind in ("id", "ref"):
        if not isinstance(value, str) or not value.strip():
            return "must be a non-empty string id", None
        if len(value) > 200 or not value.isprintable():
            return "must be an id of at most 200 printable characters", None
        return None, value
    if kind == "text":
        if not isinstance(value, str):
            return "must be a string", None
        if len(value) > MAX_TEXT:
            return f"is longer than {MAX_TEXT:,} characters", None
        return None, value
    if kind == "enum":
        if value not in f.choices:
            return f'"{value}" is not one of {", ".join(f.choices)}', None
        return None, value
    if kind == "bool":
        return (None, value) if isinstance(value, bool) else ("must be true or false", None)
    if kind in ("int", "number"):
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            return "must be a whole number", None
        if not isinstance(value, int | float) or isinstance(value, bool):
            return "must be a number", None
        if not is_figure(value):
            return "must be a finite number within ±1e15", None
        if (f.low is not None and value < f.low) or (f.high is not None and value > f.high):
            return f"must be between {f.low:g} and {f.high:g}, not {value}", None
        return None, value
    if kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value) or not _valid_date(value):
            return f"{json.dumps(value)} is not a date (YYYY-MM-DD)", None
        return None, value
    if kind == "at":
        if not isinstance(value, str) or not _valid_at(value):
            return f"{json.dumps(value)} is not a date or date-time (YYYY-MM-DD[THH:MM])", None
        return None, value
    if kind == "rule":
        return (None, value) if isinstance(value, dict) else ("must be an object with a 'kind'", None)
    if kind == "figure":
        if not isinstance(value, dict):
            return "must be null or an object with a 'value'", None
        unknown = sorted(set(value) - {"value", "unit", "source"})
        if unknown:
            return f"has an unknown key '{unknown[0]}'", None
        if not is_figure(value.get("value")):
            return "needs a numeric 'value'", None
        for key in ("unit", "source"):
            if not isinstance(value.get(key, ""), str):
                return f"'{key}' must be a string", None
        return None, value
    raise AssertionError(kind)


def _assign(f: Field, value: Any, values: dict[str, Any]) -> None:
    """Put a checked value into a record's attributes."""
    if f.type == "figure":
        values["figure_value"] = None if value is None else value["value"]
        values["figure_unit"] = "" if value is None else value.get("unit", "")
        values["figure_source"] = "" if value is None else value.get("source", "")
    else:
        values[f.name] = value


# --- planning a load ------------------------------------------------------------------------


@dataclass
class LoadPlan:
    """What loading a document will do: the records to write, in a safe order."""

    dossier_id: str
    new_dossier: bool
    puts: list[model.Record] = field(default_factory=list)  # inserted or changed
    deletes: list[model.Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: int = 0


#: Looks up an id in the store: (table, id) → the dossier that holds it, or None.
OwnerLookup = Callable[[str, str], str | None]


class _Planner:
    def __init__(self, doc: dict[str, Any], existing: model.DossierContent | None, owner_of: OwnerLookup):
        self.doc = doc
        self.existing = existing
        self.owner_of = owner_of
        self.problems: list[str] = []
        # section key → id → record, as the dossier will be after the load (live records only)
        self.after: dict[str, dict[str, model.Record]] = {}
        self.before: dict[str, dict[str, model.Record]] = {}
        self.deleted: dict[str, dict[str, model.Record]] = {}
        self.where_of: dict[str, str] = {}  # record id → where the document holds it

    def problem(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    # Each record is read over the existing one (fields absent keep their value) or over
    # the defaults (a new record must then carry its required fields).
    def read_record(
        self,
        where: str,
        raw: Any,
        rtype: type[model.Record],
        fields_: tuple[Field, ...],
        base: model.Record | None,
        fixed: dict[str, Any],
    ) -> tuple[model.Record | None, bool]:
        if not isinstance(raw, dict):
            self.problem(where, "must be an object")
            return None, False
        known = (
            {f.key for f in fields_} | {"deleted"} | ({"items"} if rtype in (model.Package, model.Checklist) else set())
        )
        for key in raw:
            if key not in known:
                self.problem(where, f"unknown key '{key}'")
        deleted = raw.get("deleted", False)
        if not isinstance(deleted, bool):
            self.problem(where, "'deleted' must be true or false")
            return None, False
        values: dict[str, Any] = {}
        ok = True
        for f in fields_:
            if f.key not in raw:
                if f.required and base is None and not deleted:
                    self.problem(where, f"missing key '{f.key}'")
                    ok = False
                continue
            problem, value = _check_value(f, raw[f.key])
            if problem:
                self.problem(where, f"'{f.key}' {problem}")
                ok = False
            else:
                _assign(f, value, values)
        if not ok:
            return None, deleted
        values.update(fixed)
        if base is not None:
            record = replace(base, **values)
        elif deleted:
            return None, True
        else:
            record = rtype(**values)
        return record, deleted

    def plan(self) -> LoadPlan:
        doc = self.doc
        for key in doc:
            if key not in TOP_KEYS:
                self.problem("document", f"unknown key '{key}'")
        if doc.get("format") != FORMAT:
            raise DocumentError([f"not a negoprep dossier: 'format' must be \"{FORMAT}\""])
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise DocumentError(["'version' must be a whole number"])
        if version > VERSION:
            raise DocumentError(
                [f"made by a newer negoprep (format version {version}; this one reads up to {VERSION})"]
            )
        if version < 1:
            raise DocumentError([f"unknown format version {version}"])
        raw_dossier = doc.get("dossier")
        if not isinstance(raw_dossier, dict):
            raise DocumentError(["missing key 'dossier' (an object)"])
        problem, dossier_id = _check_value(_ID, raw_dossier.get("id"))
        if problem:
            raise DocumentError([f"dossier: 'id' {problem}"])

        existing = self.existing
        base = existing.dossier if existing else None
        if base is None and self.owner_of("dossiers", dossier_id):
            raise DocumentError([f'dossier: "{dossier_id}" was deleted from this store'])
        if "deleted" in raw_dossier:
            self.problem("dossier", "unknown key 'deleted' (a dossier is not deleted by loading)")
        dossier, _ = self.read_record("dossier", raw_dossier, model.Dossier, DOSSIER_FIELDS, base, {})

        for section in SECTIONS:
            old = self._existing_records(section.key)
            self.before[section.key] = {r.id: r for r in old}
            self.after[section.key] = {r.id: r for r in old}
            self.deleted[section.key] = {}
        for section in SECTIONS:
            self._read_section(section, dossier_id)
        if self.problems:
            raise DocumentError(self.problems)
        self._check_references()
        if self.problems:
            raise DocumentError(self.problems)
        return self._result(dossier, dossier_id)

    def _existing_records(self, key: str) -> list[model.Record]:
        if self.existing is None:
            return []
        records: list[model.Record] = list(getattr(self.existing, key))
        if key in ("packages", "checklists"):
            records = [replace(r, items=list(r.items)) for r in records]  # type: ignore[call-arg]
        return records

    def _claim(self, where: str, table: str, record_id: str, dossier_id: str) -> bool:
        """An id may be new or belong to this dossier; an id of another dossier is refused."""
        owner = self.owner_of(table, record_id)
        if owner is not None and owner != dossier_id:
            self.problem(where, f'id "{record_id}" already belongs to another dossier in this store')
            return False
        return True

    def _read_section(self, section: Section, dossier_id: str) -> None:
        raw_list = self.doc.get(section.key, [])
        if not isinstance(raw_list, list):
            self.problem(section.key, "must be a list")
            return
        seen: set[str] = set()
        listed: list[str] = []
        for index, raw in enumerate(raw_list):
            where = _where(section.key, index, raw)
            rid = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(rid, str):
                if rid in seen:
                    self.problem(where, f'id "{rid}" appears twice')
                    continue
                seen.add(rid)
                if not self._claim(where, section.type.table, rid, dossier_id):
                    continue
            base = self.before[section.key].get(rid) if isinstance(rid, str) else None
            fixed = {"dossier_id": dossier_id}
            record, deleted = self.read_record(where, raw, section.type, section.fields, base, fixed)
            if record is None:
                if deleted and isinstance(rid, str):
                    self.after[section.key].pop(rid, None)
                continue
            if deleted:
                self.after[section.key].pop(record.id, None)
                if base is not None:
                    self.deleted[section.key][record.id] = base
                    if section.child is not None:  # children go with their parent
                        children = self.deleted.setdefault(section.child.type.table, {})
                        children.update((c.id, c) for c in base.items)  # type: ignore[attr-defined]
                continue
            if section.child is not None:
                items = self._read_children(section.child, where, raw, record, dossier_id)
                record = replace(record, items=items)  # type: ignore[call-arg]
            self.after[section.key][record.id] = record
            self.where_of[record.id] = where
            listed.append(record.id)
        self.after[section.key] = _place(self.after[section.key], set(self.before[section.key]), listed)

    def _read_children(
        self, child: Section, where: str, raw: dict[str, Any], parent: model.Record, dossier_id: str
    ) -> list[model.Record]:
        existing = {c.id: c for c in parent.items}
        before = set(existing)
        raw_items = raw.get("items", [])
        if not isinstance(raw_items, list):
            self.problem(where, "'items' must be a list")
            return list(existing.values())
        seen: set[str] = set()
        listed: list[str] = []
        for index, raw_item in enumerate(raw_items):
            item_where = f"{where} items[{index}]"
            if child.type is model.PackageItem:
                ref = raw_item.get("agenda_item") if isinstance(raw_item, dict) else None
                rid = package_item_id(parent.id, ref) if isinstance(ref, str) else None
            else:
                rid = raw_item.get("id") if isinstance(raw_item, dict) else None
            if isinstance(rid, str):
                if rid in seen:
                    what = "the same agenda item" if child.type is model.PackageItem else f'id "{rid}"'
                    self.problem(item_where, f"{what} appears twice")
                    continue
                seen.add(rid)
                if not self._claim(item_where, child.type.table, rid, dossier_id):
                    continue
            base = existing.get(rid) if isinstance(rid, str) else None
            fixed = {"dossier_id": dossier_id, child.parent_attr: parent.id}
            if base is None and rid is not None:
                fixed["id"] = rid
            record, deleted = self.read_record(item_where, raw_item, child.type, child.fields, base, fixed)
            if deleted and isinstance(rid, str):
                if rid in existing:
                    self.deleted.setdefault(child.type.table, {})[rid] = existing.pop(rid)
                continue
            if record is not None:
                existing[record.id] = record
                self.where_of[record.id] = item_where
                listed.append(record.id)
        placed = _place(existing, before, listed)
        return sorted(placed.values(), key=lambda c: c.position)

    def _check_references(self) -> None:
        after = self.after
        live = {key: set(records) for key, records in after.items()}
        for section in SECTIONS:
            for record in after[section.key].values():
                where = self.where_of.get(record.id, f'{section.key} "{record.label}"')
                self._check_refs(where, section.fields, record, live)
                if section.child is not None:
                    for item in record.items:  # type: ignore[attr-defined]
                        self._check_refs(self.where_of.get(item.id, f"{where} item"), section.child.fields, item, live)
        gone_tracks = self.deleted["tracks"]
        gone_items = self.deleted["agenda_items"]
        # rules are checked against what exists or is being deleted, so that a rule that
        # uses a deleted record is told as such rather than as an unknown id
        tracks = {t.id: t.name for t in [*after["tracks"].values(), *gone_tracks.values()]}
        figures = {i.id: i.figure_value is not None for i in [*after["agenda_items"].values(), *gone_items.values()]}
        before_tracks = self.before["tracks"]
        before_figures = {i.id: i.figure_value is not None for i in self.before["agenda_items"].values()}
        for red_line in after["red_lines"].values():
            where = self.where_of.get(red_line.id, f'red_lines "{red_line.label}"') + " rule"
            problems = rule_problems(red_line.rule, tracks, figures)
            if red_line.id not in self.where_of:
                # a red line the document leaves alone: what was wrong with its rule before
                # is not this document's doing (a damaged store must not block every edit)
                already = rule_problems(red_line.rule, before_tracks, before_figures)
                problems = [p for p in problems if p not in already]
            for found in problems:
                self.problem(where, words(found))
            if not problems:
                track_ids, item_ids = referenced_ids(red_line.rule)
                for record in [gone_tracks[i] for i in sorted(track_ids & set(gone_tracks))] + [
                    gone_items[i] for i in sorted(item_ids & set(gone_items))
                ]:
                    self.problem(where, f'uses {record.noun} "{record.label}", which this document deletes')

    def _check_refs(
        self, where: str, fields_: tuple[Field, ...], record: model.Record, live: dict[str, set[str]]
    ) -> None:
        for f in fields_:
            if f.type != "ref":
                continue
            target = getattr(record, f.name)
            if target is None or target in live[f.ref]:
                continue
            if target in self.deleted[f.ref]:
                gone = self.deleted[f.ref][target]
                self.problem(where, f'{f.key} "{gone.label}" is deleted by this document but still used here')
            else:
                noun = f.ref[:-1].replace("_", " ")
                article = "an" if noun[0] in "aeiou" else "a"
                self.problem(where, f'{f.key} "{target}" is not {article} {noun} of this dossier')

    def _result(self, dossier: model.Record | None, dossier_id: str) -> LoadPlan:
        assert dossier is not None
        plan = LoadPlan(dossier_id=dossier_id, new_dossier=self.existing is None)
        old_dossier = self.existing.dossier if self.existing else None
        self._diff(old_dossier, dossier, plan)
        for section in SECTIONS:
            before = self.before[section.key]
            for record in self.after[section.key].values():
                children = getattr(record, "items", None)
                self._diff(before.get(record.id), record, plan)
                if children is not None:
                    old_children = {c.id: c for c in getattr(before.get(record.id), "items", [])}
                    for child in children:
                        self._diff(old_children.get(child.id), child, plan)
        for gone in self.deleted.values():
            plan.deletes.extend(gone.values())
        weights = [i.weight for i in self.after["agenda_items"].values()]
        total = sum(weights)
        if weights and total and abs(total - 100) > 1e-6:
            plan.warnings.append(f"the agenda item weights sum to {total:g}, not 100")
        return plan

    @staticmethod
    def _diff(old: model.Record | None, new: model.Record, plan: LoadPlan) -> None:
        if old is not None and old.content() == new.content():
            plan.unchanged += 1
        else:
            plan.puts.append(new)


def _place(records: dict[str, R], before: set[str], listed: list[str]) -> dict[str, R]:
    """Display positions after a load. A document that lists every record of a list orders
    them all; one that lists only some (an edits document) leaves the others where they are
    and puts its new records at the end, in its order."""
    if set(records) <= set(listed):
        positions = {rid: n for n, rid in enumerate(listed)}
    else:
        positions = {rid: r.position for rid, r in records.items() if rid in before}
        after_last = max(positions.values(), default=-1) + 1
        for rid in listed:
            if rid not in before:
                positions[rid] = after_last
                after_last += 1
    return {
        rid: r if r.position == positions[rid] else replace(r, position=positions[rid])  # type: ignore[type-var]
        for rid, r in records.items()
    }


def _where(section: str, index: int, raw: Any) -> str:
    where = f"{section}[{index}]"
    if isinstance(raw, dict):
        label = raw.get("title") or raw.get("name") or raw.get("text") or raw.get("series") or raw.get("id")
        if isinstance(label, str) and label:
            where += f' "{label[:50]}"'
    return where


def plan_load(doc: dict[str, Any], existing: model.DossierContent | None, owner_of: OwnerLookup) -> LoadPlan:
    """Check a document whole against the dossier as it is, and say what loading it writes.

    Raises DocumentError listing every problem; nothing is written by this function.
    """
    return _Planner(doc, existing, owner_of).plan()


# --- dumping --------------------------------------------------------------------------------


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _record_json(record: model.Record, fields_: tuple[Field, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields_:
        if f.type == "figure":
            value = record.figure_value  # type: ignore[attr-defined]
            unit, source = record.figure_unit, record.figure_source  # type: ignore[attr-defined]
            out[f.key] = None if value is None else {"value": _number(value), "unit": unit, "source": source}
        elif f.type == "number":
            out[f.key] = _number(getattr(record, f.name))
        else:
            out[f.key] = getattr(record, f.name)
    return out


def dump(content: model.DossierContent) -> dict[str, Any]:
    """A dossier as a document of the JSON format (deleted records left out)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "dossier": _record_json(content.dossier, DOSSIER_FIELDS),
    }
    for section in SECTIONS:
        records = []
        for record in getattr(content, section.key):
            out = _record_json(record, section.fields)
            if section.child is not None:
                out["items"] = [_record_json(c, section.child.fields) for c in record.items]  # type: ignore[attr-defined]
            records.append(out)
        doc[section.key] = records
    return doc


# --- checking one record (forms and operations) ---------------------------------------------

_FIELDS_BY_TYPE: dict[type[model.Record], tuple[Field, ...]] = {
    model.Dossier: DOSSIER_FIELDS,
    **{s.type: s.fields for s in SECTIONS},
    model.PackageItem: PACKAGE_ITEMS.fields,
    model.ChecklistItem: CHECKLIST_ITEMS.fields,
}


def fields_of(rtype: type[model.Record]) -> tuple[Field, ...]:
    """The format's fields of a record type (what a form edits and what is checked)."""
    return _FIELDS_BY_TYPE[rtype]


def field_problem(rtype: type[model.Record], name: str, value: Any) -> str | None:
    """What is wrong with one value of one field (by attribute name), as a form shows it;
    None when the store would take it. Required texts must not be blank."""
    for f in _FIELDS_BY_TYPE[rtype]:
        if f.type == "figure" and name.startswith("figure_"):
            f = Field(name, type="number", nullable=True) if name == "figure_value" else Field(name)
        elif f.name != name:
            continue
        if f.required and f.type == "text" and not str(value or "").strip():
            return "is required"
        problem, _ = _check_value(f, value)
        return problem
    return None


def record_problems(record: model.Record) -> list[str]:
    """Every field of a record the store would refuse, as "field: problem" (references and
    rules are checked against the store, not here)."""
    problems = []
    for f in _FIELDS_BY_TYPE[type(record)]:
        if f.type == "figure":
            names = ["figure_value", "figure_unit", "figure_source"]
        elif f.type == "rule" or f.key == "id":
            continue
        else:
            names = [f.name]
        for name in names:
            problem = field_problem(type(record), name, getattr(record, name))
            if problem:
                problems.append(f"{f.key if f.type != 'figure' else name}: {problem}")
    return problems
