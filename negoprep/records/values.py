"""One set of value rules, applied at every door: a document being loaded, a form, the author
name, and every row and revision snapshot of a file received from someone else.

`check(column, value)` judges one value of one declared field (see `model.Spec`) as Python
holds it (a JSON document, a form) and returns ``(problem, value)``: the problem is None when
the value is fine, and the value is then normalised (text in Unicode normal form C with
line ends as ``\\n``). `check_stored(column, value)` judges the same field as SQLite holds it
(text as UTF-8 bytes not yet decoded, booleans as 0/1, a rule as JSON text): it admits
exactly what `check` admits, without normalising, so that what `load` refuses a received
file cannot bring in, and what `load` accepts a received file may hold.

Text (free text, names, titles) may hold any Unicode character except: control characters
other than tab, line feed and carriage return (NUL, ESC, BEL, DEL and the C1 controls), lone
surrogates, and invalid UTF-8; at most `MAX_TEXT` characters. An id is 1 to `MAX_ID`
printable characters (no control, format or line-separator characters such as U+202E).
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from negoprep.records import times
from negoprep.records.model import BOOKKEEPING, Column, Demand, Record
from negoprep.records.numbers import MAX_NUMBER
from negoprep.records.problems import Problem, problem, words

MAX_TEXT = 200_000  # characters in one field: far beyond any brief, well below harm
MAX_ID = 200

# control characters text may not hold: C0 but tab, LF and CR; DEL; C1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AT = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?")

Checked = tuple[Problem | None, Any]
R = TypeVar("R", bound=Record)


def char_name(char: str) -> str:
    """A character as a person can read it in a message: U+001B."""
    return f"U+{ord(char):04X}"


class RepeatedKeyError(ValueError):
    """A JSON object that gives one key twice (JSON leaves the meaning open)."""

    def __init__(self, key: str, record_id: str | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.record_id = record_id  # the id the object gives, to say where it is

    @property
    def where(self) -> str:
        """The object, by the id it gives ('id "a-1"'), or "" when it gives none."""
        return f'id "{self.record_id[:60]}"' if self.record_id else ""


def one_of_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`object_pairs_hook` for json.loads that refuses a repeated key (RepeatedKeyError)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        record_id = next((v for k, v in pairs if k == "id" and isinstance(v, str)), None)
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKeyError(key, record_id)
            seen.add(key)
    return out


def text_problem(value: str) -> Problem | None:
    """What is wrong with a piece of text wherever it goes (a field, a name, an id)."""
    bad = _SURROGATE.search(value)
    if bad:
        return problem("value.surrogate", char=char_name(bad.group()))
    bad = _CONTROL.search(value)
    if bad:
        return problem("value.control", char=char_name(bad.group()))
    return None


def normal_text(value: str) -> str:
    """Text as negoprep keeps it: Unicode normal form C, line ends as LF."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def _text(value: Any, normalise: bool) -> Checked:
    if not isinstance(value, str):
        return problem("value.not_text"), None
    found = text_problem(value)
    if found:
        return found, None
    if normalise:
        value = normal_text(value)
    if len(value) > MAX_TEXT:
        return problem("value.too_long", limit=MAX_TEXT), None
    return None, value


def id_problem(value: Any) -> Problem | None:
    """What is wrong with a record id (or a reference to one)."""
    if not isinstance(value, str) or not value.strip():
        return problem("value.not_id")
    if len(value) > MAX_ID or not value.isprintable() or _SURROGATE.search(value):
        return problem("value.bad_id", limit=MAX_ID)
    return None


def _number(column: Column, value: Any) -> Checked:
    spec = column.spec
    if isinstance(value, bool) or not isinstance(value, int | float):
        return problem("value.not_int" if spec.kind == "int" else "value.not_number"), None
    if spec.kind == "int" and not isinstance(value, int):
        if not value.is_integer():  # 75.0 is a whole number, as JSON Schema has it; 75.5 is not
            return problem("value.not_int"), None
        if abs(value) <= MAX_NUMBER:
            value = int(value)
    if not (-MAX_NUMBER <= value <= MAX_NUMBER):  # also false for NaN
        return problem("value.not_finite"), None
    if (spec.low is not None and value < spec.low) or (spec.high is not None and value > spec.high):
        return problem("value.out_of_range", low=spec.low, high=spec.high, value=value), None
    return None, value


def valid_date(value: Any) -> bool:
    """Whether `value` is a date written YYYY-MM-DD that exists."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_time(value: Any, pattern: re.Pattern[str]) -> bool:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _rule(value: Any) -> Checked:
    if not isinstance(value, dict):  # (its kind and parameters: negoprep.redlines.rules)
        return problem("value.not_rule"), None
    from negoprep.redlines.rules import size_problem

    found = size_problem(value) or _rule_strings(value)
    if found:
        return found, None
    return None, value


def _rule_strings(value: Any) -> Problem | None:
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        items = value
    else:
        return None
    for item in items:
        found = _rule_strings(item)
        if found:
            return found
    return None


def check(column: Column, value: Any, *, normalise: bool = True) -> Checked:
    """Judge one value of a declared field as Python holds it: (problem or None, the value
    normalised). Required text may not be blank only where a person types it (forms call
    `form_problem`); here a required field may not be null."""
    spec = column.spec
    if value is None:
        return (None, None) if spec.nullable else (problem("value.null"), None)
    kind = spec.kind
    if kind in ("id", "ref"):
        found = id_problem(value)
        return (found, None) if found else (None, value)
    if kind == "text":
        return _text(value, normalise)
    if kind == "enum":
        if not isinstance(value, str) or value not in spec.choices:
            shown = value if isinstance(value, str) else json.dumps(value)
            return problem("value.not_choice", value=shown[:60], choices=list(spec.choices)), None
        return None, value
    if kind == "bool":
        return (None, value) if isinstance(value, bool) else (problem("value.not_bool"), None)
    if kind in ("int", "number"):
        return _number(column, value)
    if kind == "date":
        return (None, value) if valid_date(value) else (problem("value.not_date", value=_json(value)), None)
    if kind == "instant":  # the time of a change, which the store stamps
        if times.is_stamp(value):
            return None, value
        return problem("value.not_instant", value=_json(value)), None
    if kind == "at":
        if normalise:  # as given: a day, or a moment kept as a UTC instant (negoprep.records.times)
            when = times.parse_when(value)
            return (when, None) if isinstance(when, Problem) else (None, when)
        # as kept: the stored form, or a time an earlier version kept (which its migration
        # restates; a received file of this version is held to the stored form by verify)
        if times.is_when(value) or _valid_time(value, _AT):
            return None, value
        return problem("value.not_time", value=_json(value)), None
    if kind == "rule":
        return _rule(value)
    raise AssertionError(kind)


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 60 else text[:59] + "…"


def form_problem(column: Column, value: Any) -> Problem | None:
    """What a form says about a value a person typed: the same rules, and a required text
    may not be blank."""
    spec = column.spec
    if spec.required and (value is None or (spec.kind == "text" and not str(value).strip())):
        return problem("value.required")
    return check(column, value)[0]


# --- values as SQLite holds them ---------------------------------------------------------
#
# A received file is judged value by value, so each field gets a quick test that admits only
# what `check` admits (most values pass it); a value it does not admit goes to `check`, which
# says what is wrong, or admits it after all.

_BAD_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_ASCII = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLAIN_ID = re.compile(rf"[0-9A-Za-z._:+@#/-]{{1,{MAX_ID}}}")
_PLAIN_ID_BYTES = re.compile(_PLAIN_ID.pattern.encode())
# a time of the form the store writes (a stamp: negoprep.records.times), on a day that exists (29
# February: left to `check`)
_PLAIN_DAY = r"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
_PLAIN_INSTANT = rf"(?!0000)\d{{4}}-{_PLAIN_DAY}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{{3}}Z"
_PLAIN_INSTANT_STR = re.compile(_PLAIN_INSTANT)
_PLAIN_INSTANT_BYTES = re.compile(_PLAIN_INSTANT.encode())


def _quick(column: Column, raw: bool) -> Callable[[Any], bool]:
    """A test that is true only for values `check` admits (`raw`: text as UTF-8 bytes)."""
    spec = column.spec
    kind = spec.kind
    nullable = spec.nullable
    if kind == "text":
        if raw:

            def text_ok(v: Any) -> bool:
                return type(v) is bytes and v.isascii() and len(v) <= MAX_TEXT and not _BAD_ASCII.search(v)

            return text_ok
        return lambda v: type(v) is str and len(v) <= MAX_TEXT and not _BAD_TEXT.search(v)
    if kind in ("id", "ref"):
        if raw:
            return lambda v: (v is None and nullable) or (type(v) is bytes and _PLAIN_ID_BYTES.fullmatch(v) is not None)
        return lambda v: (v is None and nullable) or (type(v) is str and _PLAIN_ID.fullmatch(v) is not None)
    if kind == "enum":
        choices = {c.encode() if raw else c for c in spec.choices}
        return lambda v: (v is None and nullable) or (type(v) in (bytes, str) and v in choices)
    if kind == "instant":
        if raw:
            return lambda v: type(v) is bytes and _PLAIN_INSTANT_BYTES.fullmatch(v) is not None
        return lambda v: type(v) is str and _PLAIN_INSTANT_STR.fullmatch(v) is not None
    if kind in ("int", "number"):
        low = max(spec.low, -MAX_NUMBER) if spec.low is not None else -MAX_NUMBER
        high = min(spec.high, MAX_NUMBER) if spec.high is not None else MAX_NUMBER
        types = (int,) if kind == "int" else (int, float)
        return lambda v: (v is None and nullable) or (type(v) in types and low <= v <= high)
    if kind == "bool":
        if raw:
            return lambda v: type(v) is int and (v == 0 or v == 1)
        return lambda v: type(v) is bool
    return lambda v: False


def stored_checker(column: Column) -> Callable[[Any], Problem | None]:
    """A function judging one stored value of `column` as read with bytes for text (what a
    received file holds): it admits exactly what `check` admits."""
    spec = column.spec
    kind = spec.kind
    quick = _quick(column, raw=True)

    def decoded(value: bytes) -> str | Problem:
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return problem("value.not_utf8")

    if kind in ("text", "id", "ref", "enum", "date", "instant", "at"):

        def judge(value: Any) -> Problem | None:
            if quick(value):
                return None
            if isinstance(value, bytes):
                value = decoded(value)
                if isinstance(value, Problem):
                    return value
            return check(column, value, normalise=False)[0]

        return judge
    if kind == "bool":

        def judge_bool(value: Any) -> Problem | None:
            if quick(value):
                return None
            if value is None:
                return None if spec.nullable else problem("value.null")
            return problem("value.not_bool")

        return judge_bool
    if kind in ("int", "number"):

        def judge_number(value: Any) -> Problem | None:
            if quick(value):
                return None
            if isinstance(value, bytes):
                return problem("value.not_int" if kind == "int" else "value.not_number")
            return check(column, value)[0]

        return judge_number
    if kind == "rule":

        def judge_rule(value: Any) -> Problem | None:
            if not isinstance(value, bytes):
                return problem("value.not_rule")
            text = decoded(value)
            if isinstance(text, Problem):
                return text
            from negoprep.redlines.rules import parse_rule

            rule, found = parse_rule(text)  # (its size judged)
            if found:
                return found
            if not isinstance(rule, dict):
                return problem("value.not_rule")
            return _rule_strings(rule) or _rule_shape(rule)

        return judge_rule
    raise AssertionError(kind)


def snapshot_checker(column: Column) -> Callable[[Any], Problem | None]:
    """A function judging a field's value in a revision snapshot (JSON as the store writes
    it: booleans as true/false, a rule as an object); the same rules as `check`."""
    quick = _quick(column, raw=False)
    is_bool = column.spec.kind == "bool"

    is_rule = column.spec.kind == "rule"

    def judge(value: Any) -> Problem | None:
        if quick(value):
            return None
        if is_bool and type(value) is int and value in (0, 1):
            return None  # (older snapshots hold 0 and 1)
        found = check(column, value, normalise=False)[0]
        if found is None and is_rule:
            found = _rule_shape(value)
        return found

    return judge


def _rule_shape(rule: Any) -> Problem | None:
    # a received file's rule must be one negoprep.redlines.rules can read: a known kind with only its
    # parameters, each of the right type (whether it names this dossier's records is load's)
    from negoprep.redlines.rules import shape_problems

    found = shape_problems(rule, sized=True)  # (`check` judged its size)
    return found[0] if found else None


def snapshot_value(column: Column, value: Any) -> Problem | None:
    """Judge one field's value in a revision snapshot (see `snapshot_checker`)."""
    return snapshot_checker(column)(value)


def normalised(record: R) -> R:
    """The record as negoprep keeps it: text in NFC with LF line ends, a note's time in UTC
    (what `check` makes of each value; a value it refuses is left for the check that refuses
    it). Every write of a record goes through it."""
    changed = {}
    for c in type(record).declared():
        if c.spec.kind not in ("text", "at"):
            continue
        value = getattr(record, c.name)
        found, kept = check(c, value)
        if found is None and kept != value:
            changed[c.name] = kept
    return dataclasses.replace(record, **changed) if changed else record


def field_problem(rtype: type[Record], name: str, value: Any) -> str | None:
    """What is wrong with one value of one field (by attribute name), in words, as a form
    shows it; None when the store would take it. Required texts must not be blank."""
    if name not in rtype.columns():
        return None  # (not a stored field: a form's own helper field)
    found = form_problem(rtype.column(name), value)
    return None if found is None else words(found)


def record_problems(record: Record) -> list[Problem]:
    """Every field of a record the store would refuse, each placed at its field's label (the
    bookkeeping is the store's; whether references name live records is checked against the
    store, not here)."""
    found = []
    for c in type(record).declared():
        if c.name in BOOKKEEPING:
            continue
        bad = form_problem(c, getattr(record, c.name))
        if bad is not None:
            found.append(bad.on(c.name if c.spec.group else c.key or c.label.lower()))
    return found or across_fields(record)


def across_fields(record: Record) -> list[Problem]:
    """What is wrong in a record whose every field is right alone (each door checks it after
    the fields): a demand whose maximum is below its minimum, which no figure could meet."""
    if isinstance(record, Demand):
        low, high = record.min_value, record.max_value
        if low is not None and high is not None and high < low:
            return [problem("value.demand_range", high=high, low=low).on("max")]
    return []
