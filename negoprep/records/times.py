"""Times as the store keeps them (UTC instants) and as a person reads and writes them (local).

Two kinds of time are stored, each in one spelling, so that text order is time order:

- a **stamp**, the time the store gives a change (created_at, updated_at, a revision's `at`,
  a conflict's created_at and resolved_at): UTC to the millisecond,
  ``YYYY-MM-DDTHH:MM:SS.mmmZ``;
- a **note time** (a note's `at`): either a calendar day, ``YYYY-MM-DD``, or an instant in
  UTC to the second, ``YYYY-MM-DDTHH:MM:SSZ``.

What people give is wider: a date-time with ``Z`` or an offset such as ``+09:00`` is that
instant; one without a zone is a time on this computer's clock (its local time zone). A
local time the clocks skipped (the hour lost when summer time starts) is refused; one they
passed twice (the hour repeated when it ends) is the first of the two.

Shown to a person, an instant is local time with its zone: ``2025-04-20 15:00 KST``, or the
offset where the zone has no name (``UTC+04:00``). Notes sort by instant; a note with a
date alone sorts at the start of that day in local time, before the notes of that day.

What reads or shows local time takes an optional `zone` (a `tzinfo`); None, the default, is
this computer's time zone. Pure: no Qt, no database (the SQL here is text the store runs).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from negoprep.records.problems import Problem, problem

#: How SQLite's strftime writes a note's instant.
INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_DIGITS4 = "[0-9][0-9][0-9][0-9]"
_DIGITS2 = "[0-9][0-9]"
_DATE_GLOB = f"{_DIGITS4}-{_DIGITS2}-{_DIGITS2}"
_INSTANT_GLOB = f"{_DATE_GLOB}T{_DIGITS2}:{_DIGITS2}:{_DIGITS2}Z"
_STAMP_GLOB = f"{_DATE_GLOB}T{_DIGITS2}:{_DIGITS2}:{_DIGITS2}.[0-9][0-9][0-9]Z"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", re.ASCII)
#: What a document may give (as its JSON Schema says): a date, then T and a time of day to
#: the minute or the second, then Z, an offset, or nothing (local time).
_GIVEN = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:T(?P<time>\d{2}:\d{2}(?::\d{2})?)(?P<zone>Z|[+-]\d{2}:\d{2})?)?",
    re.ASCII,
)
_SHOWN_LIMIT = 40  # characters of a refused value repeated in a message

#: (table, field) of every field that holds a note's time: shown in local time wherever a
#: field's value is shown (history, conflicts), read with `parse_typed` wherever one is typed.
TIME_FIELDS = frozenset({("notes", "at")})


# --- the stored forms -----------------------------------------------------------------------


def stamp(moment: datetime | None = None) -> str:
    """A stamp: `moment` (now, when None) in UTC to the millisecond."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def instant(moment: datetime) -> str:
    """A note's instant: an aware `moment` in UTC to the second (a fraction is dropped)."""
    # isoformat, not strftime: strftime writes the year 999 as "999"
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def _wall(moment: datetime, seconds: bool) -> str:
    """An aware time's wall-clock reading, "YYYY-MM-DD HH:MM[:SS]"."""
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds" if seconds else "minutes")


def is_stamp(text: object) -> bool:
    """Whether `text` is a stamp as stored (``YYYY-MM-DDTHH:MM:SS.mmmZ``, a real time)."""
    return isinstance(text, str) and _STAMP.fullmatch(text) is not None and _valid(text[:-1])


def is_instant(text: object) -> bool:
    """Whether `text` is a note's instant as stored (``YYYY-MM-DDTHH:MM:SSZ``, a real time)."""
    return isinstance(text, str) and _INSTANT.fullmatch(text) is not None and _valid(text[:-1])


def is_day(text: object) -> bool:
    """Whether `text` is a calendar day as stored (``YYYY-MM-DD``, a real date)."""
    return isinstance(text, str) and _DATE.fullmatch(text) is not None and _valid(text)


def is_when(text: object) -> bool:
    """Whether `text` is a note's time as stored: a day or an instant (None is checked apart)."""
    return is_day(text) or is_instant(text)


def _valid(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# SQLite's date() and strftime() give back the day of an impossible date as written (date of
# '2025-02-30' is '2025-02-30'); julianday() counts it on into March. A round trip through
# julianday() therefore holds for real times only. Year 0 SQLite takes, Python not.


def sql_not_stamp(column: str) -> str:
    """SQL that is true when `column` holds something other than a stamp (NULL included)."""
    c = column
    return (
        f"typeof({c}) IS NOT 'text' OR {c} NOT GLOB '{_STAMP_GLOB}' OR {c} GLOB '0000*' "
        f"OR strftime('%Y-%m-%dT%H:%M:%fZ', julianday({c})) IS NOT {c}"
    )


def sql_not_day(column: str) -> str:
    """SQL that is true when `column` holds something other than a real day YYYY-MM-DD (NULL
    is not caught: whether it may be NULL is the caller's rule)."""
    c = column
    return (
        f"{c} IS NOT NULL AND (typeof({c}) IS NOT 'text' OR {c} NOT GLOB '{_DATE_GLOB}' OR {c} GLOB '0000*' "
        f"OR date(julianday({c})) IS NOT {c})"
    )


def sql_not_when(column: str) -> str:
    """SQL that is true when `column` holds something other than a note's time as stored
    (a day or an instant; NULL is not caught: whether it may be NULL is the caller's rule)."""
    c = column
    return (
        f"{c} IS NOT NULL AND (typeof({c}) IS NOT 'text' OR {c} GLOB '0000*' OR NOT ("
        f"({c} GLOB '{_DATE_GLOB}' AND date(julianday({c})) IS {c}) OR "
        f"({c} GLOB '{_INSTANT_GLOB}' AND strftime('{INSTANT_FORMAT}', julianday({c})) IS {c})))"
    )


def sql_sort_key(column: str) -> str:
    """SQL for the key a note sorts by: its instant in UTC, a day at its local midnight (a
    time without a zone, as earlier versions kept it, is local too). SQLite's 'utc' reads a
    time as local and gives it in UTC, from the same C library clock Python's local time uses;
    a time with a zone SQLite moves to UTC by itself."""
    c = column
    zoned = f"{c} GLOB '*Z' OR {c} GLOB '*[+-][0-9][0-9]:[0-9][0-9]'"
    return f"CASE WHEN {zoned} THEN strftime('{INSTANT_FORMAT}', {c}) ELSE strftime('{INSTANT_FORMAT}', {c}, 'utc') END"


# --- reading what people give ---------------------------------------------------------------


def _quoted(value: object) -> str:
    """A refused value as a message repeats it: as JSON writes it (every character that is
    not ASCII escaped, so that nothing in it can act on a terminal), cut short."""
    try:
        shown = json.dumps(value)
    except (TypeError, ValueError):
        shown = repr(value)
    return shown if len(shown) <= _SHOWN_LIMIT else shown[: _SHOWN_LIMIT - 1] + "…"


def _localized(naive: datetime, zone: tzinfo | None) -> datetime | None:
    """A wall-clock time in `zone` as an aware time; None when the clocks skipped it."""
    if zone is None:
        aware = naive.astimezone()  # the computer's local time zone, as time.localtime has it
        back = aware.astimezone().replace(tzinfo=None)
    else:
        aware = naive.replace(tzinfo=zone)
        back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return aware if back == naive else None


def parse_instant(text: object, zone: tzinfo | None = None) -> str | Problem:
    """A date-time as given (``YYYY-MM-DDTHH:MM[:SS]`` with Z, an offset, or nothing for
    local time in `zone`) as a stored instant ``YYYY-MM-DDTHH:MM:SSZ``, or the Problem with it."""
    if not isinstance(text, str):
        return problem("time.not_instant", value=_quoted(text))
    found = _GIVEN.fullmatch(text)
    if found is None or found["time"] is None:
        return problem("time.not_instant", value=_quoted(text))
    return _instant_of(text, found, zone, "time.not_instant")


def parse_when(text: object, zone: tzinfo | None = None) -> str | Problem:
    """A note's time as given: a date ``YYYY-MM-DD`` (kept as that day) or a date-time (see
    `parse_instant`), as stored; or the Problem with it. None is not a time here: whether a
    field may be empty is the caller's rule."""
    if not isinstance(text, str):
        return problem("time.not_when", value=_quoted(text))
    found = _GIVEN.fullmatch(text)
    if found is None:
        return problem("time.not_when", value=_quoted(text))
    if found["time"] is None:
        return text if is_day(text) else problem("time.not_when", value=_quoted(text))
    return _instant_of(text, found, zone, "time.not_when")


_LABELLED = re.compile(
    r"(?P<wall>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?) +(?P<label>[A-Za-z]{2,6}|UTC[+-]\d{2}:\d{2})"
)


def parse_typed(text: str, zone: tzinfo | None = None) -> str | Problem | None:
    """A note's time as typed into a box: as `parse_when` reads it, with spaces around it
    ignored, a space allowed for the T, and the zone's label allowed after a time of day as
    `local_text` writes it ("2025-04-20 15:00 KST"): UTC, UTC+04:00, or the label the local
    zone has at that time (which tells the two passes of a repeated hour apart). None for
    an empty box."""
    text = text.strip()
    if not text:
        return None
    labelled = _LABELLED.fullmatch(text)
    if labelled is None:
        return parse_when(text.replace(" ", "T", 1), zone)
    wall, label = labelled["wall"].replace(" ", "T", 1), labelled["label"]
    if label.startswith("UTC"):
        return parse_when(wall + (label[3:] or "Z"), zone)
    found = parse_when(wall, zone)
    if isinstance(found, Problem):
        return found
    naive = datetime.fromisoformat(wall)
    for fold in (0, 1):
        local = _localized(naive.replace(fold=fold), zone)
        if local is not None and zone_label(local) == label:
            return instant(local)
    return problem("time.other_zone", value=_quoted(text), label=label, local=zone_label(_lenient(naive, zone)))


def _given(found: re.Match[str]) -> datetime:
    """The date-time a match of _GIVEN stands for (aware when a zone was given); ValueError
    for one that does not exist, such as 2025-02-30 or 24:00."""
    zone = found["zone"]
    return datetime.fromisoformat(f"{found['date']}T{found['time']}" + ("+00:00" if zone == "Z" else zone or ""))


def _lenient(naive: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time in `zone`, a skipped one taken as the clocks moved."""
    return naive.astimezone() if zone is None else naive.replace(tzinfo=zone)


def _instant_of(text: str, found: re.Match[str], zone: tzinfo | None, code: str) -> str | Problem:
    try:
        moment = _given(found)
    except ValueError:
        return problem(code, value=_quoted(text))
    try:
        if moment.tzinfo is None:
            local = _localized(moment, zone)
            if local is None:
                return problem("time.skipped", value=_quoted(text))
            moment = local
        return instant(moment)
    except (OverflowError, OSError, ValueError):  # beyond year 1 or 9999 once in UTC
        return problem("time.out_of_range", value=_quoted(text))


def restated(text: str, zone: tzinfo | None = None) -> str | None:
    """A note's time as earlier versions stored it (a date; a date-time with a zone; or one
    without, a local time of the computer that wrote it, taken as this computer's zone) in
    today's stored form; None when it cannot be read as a time at all. Never refuses a time
    the clocks skipped: it is taken as the clocks moved."""
    if is_when(text):
        return text
    found = _GIVEN.fullmatch(text)
    if found is None:
        return None
    if found["time"] is None:
        return text if is_day(text) else None
    try:
        moment = _given(found)
        return instant(moment if moment.tzinfo is not None else _lenient(moment, zone))
    except (OverflowError, OSError, ValueError):
        return None


# --- what a person reads --------------------------------------------------------------------


def moment_of(text: str) -> datetime | None:
    """An aware time from a stored instant or stamp (or any date-time with a zone); None for a
    day, a time without a zone, or text that is no time."""
    if _DATE.fullmatch(text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def zone_label(moment: datetime) -> str:
    """The zone of an aware local time as a person knows it: its abbreviation (KST, CET,
    EDT), or UTC with the offset where the zone has none (UTC+04:00; UTC itself as UTC)."""
    name = moment.tzname() or ""
    if name.isascii() and name.isalpha() and 2 <= len(name) <= 6:
        return name
    return _offset_label(moment) if moment.utcoffset() else "UTC"


def _offset_label(moment: datetime) -> str:
    """UTC+HH:MM of an aware time (an offset in seconds, as zones had before 1900, rounded down)."""
    minutes = int((moment.utcoffset() or timedelta(0)).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"  # untranslated: a zone's name, UTC+09:00


def local_zone(zone: tzinfo | None = None, moment: datetime | None = None) -> str:
    """The label of the local zone at `moment` (now, when None): what a form says times are in."""
    return zone_label(_local(moment or datetime.now(UTC), zone))


def local_text(text: str | None, zone: tzinfo | None = None, *, seconds: bool = False) -> str:
    """A stored time as a person reads it: an instant or a stamp in local time with its zone
    (``2025-04-20 15:00 KST``), a day as it is, nothing as "". A time without a zone (kept
    in the history of earlier versions) is shown as written; text that is no time, as it is."""
    if not text:
        return ""
    moment = moment_of(text)
    if moment is None:
        found = _GIVEN.fullmatch(text)
        if found is None or found["time"] is None:
            return text
        return f"{found['date']} {found['time'][: 8 if seconds else 5]}"
    local = _local(moment, zone)
    return f"{_wall(local, seconds)} {zone_label(local)}"


def form_text(text: str | None, zone: tzinfo | None = None) -> str:
    """A note's time as a form's box shows it for editing: local with its zone, to the minute
    or to the second as it is ("2025-04-20 15:00 KST"), read back by `parse_typed` as the very
    same instant; a day as it is."""
    if not text:
        return ""
    moment = moment_of(text)
    if moment is None:
        return text.replace("T", " ", 1)
    local = _local(moment, zone)
    stored = instant(moment)
    shown = f"{_wall(local, bool(local.second))} {zone_label(local)}"
    if parse_typed(shown, zone) == stored:
        return shown
    # a zone whose two passes of a repeated hour share a label: the offset tells them apart
    with_offset = f"{_wall(local, bool(local.second))} {_offset_label(local)}"
    return with_offset if parse_typed(with_offset, zone) == stored else stored


def sort_key(text: str | None, zone: tzinfo | None = None) -> str:
    """What a note sorts by, as `sql_sort_key` has it in the store: its instant in UTC, a day
    at its local midnight; "" for no time (first)."""
    if not text:
        return ""
    if is_day(text):
        return instant(_lenient(datetime.combine(date.fromisoformat(text), datetime.min.time()), zone))
    moment = moment_of(text)
    if moment is not None:
        return instant(moment)
    found = _GIVEN.fullmatch(text)
    try:
        return instant(_lenient(_given(found), zone)) if found is not None else ""
    except (OverflowError, OSError, ValueError):
        return ""
