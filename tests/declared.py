"""Hypothesis strategies derived from the record declarations (negoprep.records.model): a value
for any declared field, valid or hostile, and whole dossier documents. Nothing here names a
field: a field added to the model is drawn for by its `Spec` (kind, choices, low/high, nullable,
required, reference target), and a kind of red-line rule by its parameters
(negoprep.redlines.rules.KINDS).

A valid value is one `load` accepts; `expected(column, value)` is what negoprep keeps of it (the
documented normalisation: text in NFC with LF line ends, a note's time in UTC).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from negoprep.formats import dossier_json
from negoprep.records import model, times, values
from negoprep.records.editing import child_id
from negoprep.records.numbers import MAX_NUMBER
from negoprep.redlines.rules import KINDS, ParamType

FORMAT = {"format": dossier_json.FORMAT, "version": dossier_json.VERSION}

#: Every document section, children included: (section, its parent section or None).
ALL_SECTIONS: tuple[tuple[dossier_json.Section, dossier_json.Section | None], ...] = tuple(
    pair
    for section in dossier_json.SECTIONS
    for pair in ((section, None), *(((section.child, section),) if section.child else ()))
)

# --- valid values ---------------------------------------------------------------------------

# text a person may write: any character but lone surrogates and control characters other than
# tab, LF and CR; drawn from a sample of every script and category (cheaper to draw than all of
# Unicode), with pieces that normalisation changes (CR LF, CR, decomposed accents, the Angstrom
# sign, whose normal form is another character) and right-to-left and wide characters
_SAMPLE = (
    "aZ09 .,;:!?-_/@#'\"\\\t\n\r"
    "éßøÅ\u00a0\u00ad\u0301\u030a\u0664\u05d0\u0627\u0915\u093f\u0e01\u10d0\u1100\u3042\u4e2d\uac00"
    "\u2028\u2029\u200b\u200d\u200f\u202e\u2066\u212b\u2126\ufb01\ufeff\uff21\ufffd"
    "\U0001f600\U0001f1f0\U0001d400\U00020000\U000e0041\U0010fffd"
)
_PIECES = ["\r\n", "\r", "e\u0301", "\u212b", "A\u030a", "한국", "שלום", " ", "'\"\\"]
_ANY_CHAR = st.characters(blacklist_categories=("Cs", "Cc"))
TEXT = st.lists(st.sampled_from([*_SAMPLE, *_PIECES]), max_size=10).map("".join) | st.text(_ANY_CHAR, max_size=4)
# an id: 1 to 200 printable characters, not only spaces
_ID_CHAR = st.sampled_from([c for c in _SAMPLE if c.isprintable() and not c.isspace()])
IDS = st.text(_ID_CHAR, min_size=1, max_size=10)
DATES = st.dates().map(lambda d: d.isoformat())
_MOMENTS = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30))
_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@st.composite
def _given_time(draw: st.DrawFn) -> str:
    """A note's time as a person writes it: a day, or a date-time with Z or an offset, with
    or without seconds."""
    moment = draw(_MOMENTS)
    form = draw(st.sampled_from(["day", "Z", "offset"]))
    if form == "day":
        return moment.date().isoformat()
    text = moment.strftime("%Y-%m-%dT%H:%M" + draw(st.sampled_from(["", ":%S"])))
    if form == "Z":
        return text + "Z"
    offset = draw(_OFFSETS).utcoffset(None)
    minutes = int(offset.total_seconds() // 60)
    return text + f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@st.composite
def _stamp(draw: st.DrawFn) -> str:
    return draw(_MOMENTS).strftime("%Y-%m-%dT%H:%M:%S.") + f"{draw(st.integers(0, 999)):03d}Z"


def _numbers(column: model.Column) -> st.SearchStrategy[Any]:
    spec = column.spec
    low = max(spec.low, -MAX_NUMBER) if spec.low is not None else -MAX_NUMBER
    high = min(spec.high, MAX_NUMBER) if spec.high is not None else MAX_NUMBER
    whole = st.integers(int(low), int(high))
    if spec.kind == "int":
        return whole | st.sampled_from([int(low), int(high)])
    return st.floats(low, high, allow_nan=False, allow_infinity=False) | whole | st.sampled_from([low, high])


@st.composite
def rules(draw: st.DrawFn, tracks: Sequence[str], items_with_figure: Sequence[str]) -> dict[str, Any]:
    """A rule of a kind whose parameters this dossier can fill, built from the kind's declared
    parameters (an optional parameter is left out now and then)."""
    usable = []
    for kind in KINDS.values():
        needs = [p for p in kind.params if p.required]
        if all(
            (p.type is not ParamType.TRACKS or len(tracks) >= max(p.groups, p.least, 1))
            and (p.type is not ParamType.ITEM or items_with_figure)
            for p in needs
        ):
            usable.append(kind)
    kind = draw(st.sampled_from(usable))
    rule: dict[str, Any] = {"kind": kind.name}
    for param in kind.params:
        if not param.required and draw(st.booleans()):
            continue
        if param.type is ParamType.TRACKS:
            least = max(param.groups, param.least, 1)
            if len(tracks) < least:
                continue
            chosen = draw(st.lists(st.sampled_from(list(tracks)), min_size=least, unique=True))
            if param.groups:
                cuts = sorted(draw(st.lists(st.integers(1, len(chosen) - 1), min_size=param.groups - 1,
                                            max_size=param.groups - 1, unique=True)))  # fmt: skip
                bounds = [0, *cuts, len(chosen)]
                rule[param.name] = [chosen[a:b] for a, b in itertools.pairwise(bounds)]
            else:
                rule[param.name] = chosen
        elif param.type is ParamType.ITEM:
            rule[param.name] = draw(st.sampled_from(list(items_with_figure)))
        elif param.type is ParamType.NUMBER:
            rule[param.name] = draw(st.floats(-MAX_NUMBER, MAX_NUMBER, allow_nan=False) | st.integers(-(10**6), 10**6))
        else:
            top = len(rule[param.below]) - 1 if param.below else param.least + 10
            rule[param.name] = draw(st.integers(param.least, max(param.least, top)))
    return rule


#: What valid values refer to: table → the ids of its live records, and the agenda items with a figure.
Pools = Mapping[str, Sequence[str]]
WITH_FIGURE = "agenda_items with figure"


def valid(column: model.Column, pools: Pools | None = None, *, typed: bool = False) -> st.SearchStrategy[Any]:
    """A value of a declared field that `load` accepts (a reference names a record of `pools`;
    with no pool, a reference can only be null). `typed`: as a form or the store's door
    takes it, where a required text is not blank."""
    spec = column.spec
    pools = pools or {}
    kind = spec.kind
    if kind == "text":
        found: st.SearchStrategy[Any] = TEXT
        if typed and spec.required:
            found = found.map(lambda text: text if text.strip() else "x" + text)
    elif kind == "id":
        found = IDS
    elif kind == "ref":
        targets = list(pools.get(spec.target, ()))
        found = st.sampled_from(targets) if targets else st.nothing()
    elif kind in ("int", "number"):
        found = _numbers(column)
    elif kind == "bool":
        found = st.booleans()
    elif kind == "enum":
        found = st.sampled_from(spec.choices)
    elif kind == "date":
        found = DATES
    elif kind == "instant":
        found = _stamp()
    elif kind == "at":
        found = _given_time()
    elif kind == "rule":
        found = rules(pools.get("tracks", ()), pools.get(WITH_FIGURE, ()))
    else:
        raise AssertionError(f"no strategy for the kind {kind!r}: add one")
    return st.none() | found if spec.nullable else found


def expected(column: model.Column, value: Any) -> Any:
    """What negoprep keeps of a valid value, worked out here rather than by negoprep's own code."""
    if value is None:
        return None
    if column.spec.kind == "text":
        return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    if column.spec.kind == "at" and "T" in value:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(UTC).strftime(times.INSTANT_FORMAT)
    return value


# --- hostile values -------------------------------------------------------------------------


class Undecodable(bytes):
    """Text that is not valid UTF-8, as a file can hold it (no JSON document can)."""


_HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b]52;c;aGk=\x07",
    "\x7f",
    "\x85",
    "\x9b31m",
    "\u202e",
    "id\u202e",
    "a\nb",
    "\u2028",
    "\ufeff",
    "now",
    "2460000.5",
    "2025-02-30",
    "2023-02-29",
    "0000-01-01",
    "2025-13-01",
    "2025-1-1",
    "2025-01-01T25:00Z",
    "2025-01-01T10:00+24:00",
    "2025-01-01T10:00:00.123Z",
    "2025-01-01 10:00",
    "x" * (values.MAX_ID + 1),
    "x" * (values.MAX_TEXT + 1),
    "OURS",
    "ours ",
    "true",
    "1",
    "1e400",
    "9" * 5000,
    "{}",
    '{"kind": "manual"}',
    "[1, 2",
]
#: A rule's JSON text as only a file can hold it: what JSON leaves open, or Python's JSON reads
#: though JSON does not have it.
RULE_TEXTS = [
    '{"kind": "manual", "kind": "manual"}',
    '{"kind": "manual", "kind": "ceiling"}',
    '{"kind": "ceiling", "item": "agenda_items-0", "value": NaN}',
    '{"kind": "ceiling", "item": "agenda_items-0", "value": Infinity}',
    '{"kind": "ceiling", "item": "agenda_items-0", "value": 1e999}',
    '{"kind": "no_bundle", "tracks": ["tracks-0", "tracks-1"], "max": 1.0}',
    '{"kind": "manual"} ',
    '{"kind": "manual"}\n',
    ' {"kind": "manual"}',
    '{"kind": "ceiling", "item": "agenda_items-0", "value": 1' + "0" * 40 + "}",
    '{"kind": "manual", "\\ud800": 1}',
    '{"kind": "manual\\u0000"}',
]
_HOSTILE = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2,
    3.0,
    0.5,
    -0.0,
    MAX_NUMBER + 1,
    -MAX_NUMBER - 1,
    model.MAX_POSITION + 1,
    2**63 - 1,
    -(2**63),
    2**64,
    10**4400,
    1e300,
    float("inf"),
    float("-inf"),
    [],
    [1, 2],
    {},
    {"kind": "manual", "extra": 1},
    {"kind": "ceiling", "item": ["x"], "value": 1},
    {"kind": "unknown"},
    {"kind": "manual", "note": "\x00"},
    Undecodable(b"\xff\xfe"),
    Undecodable(b"caf\xe9"),
    Undecodable(b"\xed\xa0\x80"),  # a lone surrogate, as UTF-8 would write it (CESU)
    Undecodable(b"\xc0\x80"),  # NUL, overlong
]


def _near_misses(column: model.Column) -> list[Any]:
    """Values just outside what a field admits."""
    spec = column.spec
    near: list[Any] = []
    if spec.low is not None:
        near += [spec.low - 1, spec.low - 0.5]
    if spec.high is not None:
        near += [spec.high + 1, spec.high + 0.5]
    near += [c.upper() for c in spec.choices] + [c + "\x00" for c in spec.choices]
    return near


def hostile(column: model.Column) -> st.SearchStrategy[Any]:
    """Values of every wrong kind (and a few right ones) for any field: control characters,
    lone surrogates, invalid UTF-8, impossible dates, out-of-range and huge numbers, wrong
    types, bad choices, malformed rules."""
    return (
        st.sampled_from(_HOSTILE + _HOSTILE_TEXT + RULE_TEXTS + _near_misses(column))
        | st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=6)
        | st.binary(max_size=6).map(Undecodable)
        | st.integers()
        | st.floats()
    )


# --- documents --------------------------------------------------------------------------------


def document_columns(section: dossier_json.Section) -> tuple[model.Column, ...]:
    return dossier_json.document_columns(section.type, with_id=not section.derived_id)


def to_document(section: dossier_json.Section, values_: Mapping[str, Any]) -> dict[str, Any]:
    """A record as a document holds it: each field under its key, a group's fields as one
    object (null when its first field is null)."""
    out: dict[str, Any] = {}
    for key, columns in dossier_json.document_keys(section.type, with_id=not section.derived_id).items():
        if not any(c.name in values_ for c in columns):
            continue
        if columns[0].spec.group:
            first = values_.get(columns[0].name)
            out[key] = None if first is None else {c.key: values_[c.name] for c in columns if c.name in values_}
        else:
            out[key] = values_[columns[0].name]
    return out


def minimal(section: dossier_json.Section, record_id: str, pools: Pools) -> dict[str, Any]:
    """The fewest fields a new record of a section needs: each required field with a value
    derived from its spec (a reference to the first record of its target)."""
    out: dict[str, Any] = {} if section.derived_id else {"id": record_id}
    for c in document_columns(section):
        spec = c.spec
        if not spec.required or c.name == "id":
            continue
        if spec.kind == "ref":
            out[c.name] = pools[spec.target][0]
        elif spec.kind == "enum":
            out[c.name] = spec.choices[0]
        elif spec.kind in ("int", "number"):
            out[c.name] = spec.low if spec.low is not None else 0
        elif spec.kind == "text":
            out[c.name] = f"{section.type.noun} {record_id}"
        else:
            raise AssertionError(f"no minimal value for a required {spec.kind}: add one")
    return out


def base_documents(dossier_id: str = "d-base", spare_id: str = "d-spare") -> tuple[dict[str, Any], dict[str, Any]]:
    """Two dossiers built from the declarations alone: the first holds two records of every
    section (references point at the first record of their target, so that the second is
    referred to by nothing) and one child in the first record of each parent; the second
    dossier is empty. The first agenda item has a figure, so that rules can name it."""
    pools: dict[str, list[str]] = {}
    for section, _parent in ALL_SECTIONS:
        if not section.derived_id:
            pools[section.type.table] = [f"{section.type.table}-{n}" for n in range(2)]
    doc: dict[str, Any] = {**FORMAT, "dossier": {"id": dossier_id, "title": "Declared"}}
    for section in dossier_json.SECTIONS:
        records = []
        for n in range(2):
            rid = f"{section.type.table}-{n}"
            raw = to_document(section, minimal(section, rid, pools))
            if section.type is model.AgendaItem:
                raw["figure"] = {"value": 1}
            if section.type is model.TeamWeight and n == 1:
                # (a delegate has one weight per item: the second is the second item's)
                raw["agenda_item"] = pools["agenda_items"][1]
            if section.child is not None:
                child = section.child
                first = [to_document(child, minimal(child, f"{child.type.table}-0", pools))]
                raw[section.list_key] = first if n == 0 else []
            records.append(raw)
        doc[section.key] = records
    spare = {**FORMAT, "dossier": {"id": spare_id, "title": "Spare"}}
    return doc, spare


def target_of(doc: dict[str, Any], section: dossier_json.Section, parent: dossier_json.Section | None) -> dict:
    """The record of a base document that nothing refers to: the second of a section, or the
    one child of the first parent."""
    if parent is None:
        return doc[section.key][1]
    return doc[parent.key][0][parent.list_key][0]


def target_id(doc: dict[str, Any], section: dossier_json.Section, parent: dossier_json.Section | None) -> str:
    raw = target_of(doc, section, parent)
    if section.derived_id:
        assert parent is not None
        return child_id(section.type, doc[parent.key][0]["id"], raw["agenda_item"])
    return raw["id"]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A whole new dossier with one or two records of every section and up to two children
    of each parent, every field of every record drawn from its spec."""
    dossier_id = "dossier-" + draw(IDS)
    counts = {section.key: draw(st.integers(1, 2)) for section in dossier_json.SECTIONS}
    pools: dict[str, list[str]] = {model.Dossier.table: [dossier_id], WITH_FIGURE: []}
    for section in dossier_json.SECTIONS:
        pools[section.type.table] = [f"{section.type.table}-{n}-" + draw(IDS) for n in range(counts[section.key])]
    child_ids = iter(range(10**6))
    doc: dict[str, Any] = {**FORMAT, "dossier": {"id": dossier_id, **draw(fields(dossier_json.DOSSIER, pools))}}
    for section in dossier_json.SECTIONS:
        records = []
        for rid in pools[section.type.table]:
            raw = {"id": rid, **draw(fields(section, pools))}
            if section.type is model.AgendaItem and raw["figure"] is not None:
                pools[WITH_FIGURE].append(rid)
            if section.child is not None:
                raw[section.list_key] = draw(children(section.child, pools, child_ids))
            records.append(raw)
        doc[section.key] = records
        if section.type is model.TeamWeight:
            # one per delegate and item (the store refuses a second)
            pairs = {(r["participant"], r["agenda_item"]): r for r in reversed(records)}
            doc[section.key] = records = [r for r in records if pairs[(r["participant"], r["agenda_item"])] is r]
            pools[section.type.table] = [r["id"] for r in records]
        if section.child is not None:
            pools[section.child.type.table] = [
                c.get("id") or child_id(section.child.type, r["id"], c["agenda_item"])
                for r in records
                for c in r[section.list_key]
            ]
    return doc


@st.composite
def fields(draw: st.DrawFn, section: dossier_json.Section, pools: Pools) -> dict[str, Any]:
    """Every field of a record but its id, under its document key (a group: null, or every
    field of it)."""
    drawn = {c.name: draw(valid(c, pools)) for c in document_columns(section) if c.name != "id"}
    if section.type is model.Demand and None not in (drawn["min_value"], drawn["max_value"]):
        # (a demand no figure could meet is refused: values.across_fields)
        low, high = sorted((drawn["min_value"], drawn["max_value"]))
        drawn.update(min_value=low, max_value=high)
    return to_document(section, drawn)


@st.composite
def children(draw: st.DrawFn, child: dossier_json.Section, pools: Pools, numbers: Any) -> list[dict[str, Any]]:
    """Up to two children of one parent; children whose id is made from a reference (a
    package's items) name each target once."""
    count = draw(st.integers(0, 2))
    if child.derived_id:
        ref = next(c for c in document_columns(child) if c.spec.kind == "ref" and c.spec.required)
        targets = draw(st.lists(st.sampled_from(list(pools[ref.spec.target])), max_size=count, unique=True))
        return [{**draw(fields(child, pools)), ref.key: target} for target in targets]
    return [
        {"id": f"{child.type.table}-{next(numbers)}-" + draw(IDS), **draw(fields(child, pools))} for _ in range(count)
    ]


def expected_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A document as negoprep gives it back: every value as `expected` keeps it."""

    def record(section: dossier_json.Section, raw: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, columns in dossier_json.document_keys(section.type, with_id=not section.derived_id).items():
            value = raw[key]
            if columns[0].spec.group:
                # (a field after the first that may be null and is null is left out of the object)
                # (a group that says nothing, every field at its default, is dumped as null)
                silent = value is not None and all(
                    c.key in value and expected(c, value[c.key]) == c.default for c in columns
                )
                out[key] = (
                    None
                    if value is None or silent
                    else {
                        c.key: expected(c, value[c.key])
                        for n, c in enumerate(columns)
                        if n == 0 or value[c.key] is not None or not c.spec.nullable
                    }
                )
            else:
                out[key] = expected(columns[0], value)
        if section.child is not None:
            out[section.list_key] = [record(section.child, c) for c in raw[section.list_key]]
        return out

    out = {**FORMAT, "dossier": record(dossier_json.DOSSIER, doc["dossier"])}
    for section in dossier_json.SECTIONS:
        out[section.key] = [record(section, r) for r in doc[section.key]]
    return out
