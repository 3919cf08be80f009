"""Times: what people give is read into one stored form (UTC), shown back in local time with
its zone, and sorted by instant; the store's SQL agrees with the Python that says so."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negoprep.records import model, times
from negoprep.records.problems import Problem, words
from negoprep.store.store import Store
from tests.clock import on_clock
from tests.conftest import AUTHOR

SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")  # summer time: a skipped hour and a repeated one
GENEVA = ZoneInfo("Europe/Zurich")
DUBAI = ZoneInfo("Asia/Dubai")  # no abbreviation of its own
KATHMANDU = ZoneInfo("Asia/Kathmandu")  # +05:45
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # a summer time of half an hour
ZONES = [SEOUL, NEW_YORK, GENEVA, DUBAI, KATHMANDU, LORD_HOWE, ZoneInfo("UTC")]


def code(found: object) -> str:
    assert isinstance(found, Problem), found
    return found.code


# --- reading what people give ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2025-04-20", "2025-04-20"),  # a day stays a day
        ("2025-04-20T15:00", "2025-04-20T06:00:00Z"),  # no zone: this computer's (Seoul)
        ("2025-04-20T15:00:30", "2025-04-20T06:00:30Z"),
        ("2025-04-20T15:00+09:00", "2025-04-20T06:00:00Z"),
        ("2025-04-20T08:00+02:00", "2025-04-20T06:00:00Z"),
        ("2025-04-20T02:00-04:00", "2025-04-20T06:00:00Z"),
        ("2025-04-20T06:00Z", "2025-04-20T06:00:00Z"),
        ("2025-04-20T06:00:00Z", "2025-04-20T06:00:00Z"),  # the stored form reads as itself
        ("2025-04-21T00:30+05:45", "2025-04-20T18:45:00Z"),
        ("2025-01-01T03:00+09:00", "2024-12-31T18:00:00Z"),  # the day and year move with it
    ],
)
def test_a_given_time_is_stored_in_utc(given: str, stored: str) -> None:
    assert times.parse_when(given, SEOUL) == stored
    if "T" in given:
        assert times.parse_instant(given, SEOUL) == stored


@pytest.mark.parametrize(
    "given",
    [
        "tomorrow",
        "now",
        "2460000.5",  # a Julian day, which SQLite would take for a time
        "2025-02-30",
        "2025-04-31",
        "2025-13-01",
        "2025-04-20T24:00",
        "2025-04-20T12:60",
        "2025-04-20T12:00:60",
        "2025-04-20T12",
        "2025-04-20 12:00",  # a document writes the T (a form's box takes a space)
        "2025-04-20T12:00:00.250Z",  # fractions of a second: not in the format
        "2025-04-20T12:00+0900",
        "2025-04-20T12:00+24:00",
        "2025-04-20T12:00 KST",
        " 2025-04-20",
        "2025-04-20\n",
        "２０２５-04-20",  # full-width digits
        "",
    ],
)
def test_what_is_no_time_is_refused_with_one_line(given: str) -> None:
    found = times.parse_when(given, SEOUL)
    assert code(found) == "time.not_when"
    text = words(found)
    assert "\n" not in text and text.startswith('"') and "is not a date or date-time" in text
    assert code(times.parse_instant(given, SEOUL)) == "time.not_instant"


def test_an_instant_needs_a_time_of_day() -> None:
    assert code(times.parse_instant("2025-04-20", SEOUL)) == "time.not_instant"


@pytest.mark.parametrize("value", [None, 5, 2460000.5, ["2025-04-20"], b"2025-04-20"])
def test_only_text_is_a_time(value: object) -> None:
    assert code(times.parse_when(value)) == "time.not_when"
    assert code(times.parse_instant(value)) == "time.not_instant"
    assert words(times.parse_when(2460000.5)).startswith("2460000.5 is not a date or date-time")


def test_a_long_value_is_shortened_in_the_message() -> None:
    text = words(times.parse_when("x" * 100_000))
    assert len(text) < 250


def test_a_local_time_the_clocks_skipped_is_refused_and_one_they_repeated_is_the_first() -> None:
    skipped = times.parse_when("2025-03-09T02:30", NEW_YORK)
    assert code(skipped) == "time.skipped" and "2025-03-09T02:30" in words(skipped)
    assert times.parse_when("2025-03-09T02:30-05:00", NEW_YORK) == "2025-03-09T07:30:00Z"  # with its offset
    assert times.parse_when("2025-11-02T01:30", NEW_YORK) == "2025-11-02T05:30:00Z"  # EDT, the first
    assert times.parse_when("2025-11-02T01:30-05:00", NEW_YORK) == "2025-11-02T06:30:00Z"  # EST, given


def test_the_years_1_to_9999_in_utc() -> None:
    assert code(times.parse_when("0001-01-01T00:30+01:00")) == "time.out_of_range"
    assert code(times.parse_when("9999-12-31T23:30-01:00")) == "time.out_of_range"
    assert times.parse_when("0001-01-01T00:00Z") == "0001-01-01T00:00:00Z"
    assert times.parse_when("9999-12-31T23:59:59Z") == "9999-12-31T23:59:59Z"
    assert times.parse_when("0001-01-01") == "0001-01-01"


def test_a_box_takes_a_space_for_the_t_and_ignores_spaces_around() -> None:
    assert times.parse_typed("  2025-04-20 15:00  ", SEOUL) == "2025-04-20T06:00:00Z"
    assert times.parse_typed("2025-04-20", SEOUL) == "2025-04-20"
    assert times.parse_typed("   ") is None
    assert code(times.parse_typed("2025-04-20  15:00", SEOUL)) == "time.not_when"


def test_a_box_takes_the_zone_as_a_person_reads_it() -> None:
    assert times.parse_typed("2025-04-20 15:00 KST", SEOUL) == "2025-04-20T06:00:00Z"
    assert times.parse_typed("2025-04-20 15:00 UTC", SEOUL) == "2025-04-20T15:00:00Z"
    assert times.parse_typed("2025-04-20 15:00 UTC+04:00", SEOUL) == "2025-04-20T11:00:00Z"
    assert times.parse_typed("2025-11-02 01:30 EST", NEW_YORK) == "2025-11-02T06:30:00Z"
    assert times.parse_typed("2025-07-01 12:00 CEST", GENEVA) == "2025-07-01T10:00:00Z"
    # another zone's name: the time cannot be placed from it
    other = times.parse_typed("2025-04-20 15:00 EST", SEOUL)
    assert code(other) == "time.other_zone" and "KST" in words(other) and "+09:00" in words(other)
    assert code(times.parse_typed("2025-01-01 12:00 CEST", GENEVA)) == "time.other_zone"  # CET in winter
    assert code(times.parse_typed("2025-03-09 02:30 EDT", NEW_YORK)) == "time.skipped"
    assert code(times.parse_typed("2025-04-20 KST", SEOUL)) == "time.not_when"


def test_the_computers_own_zone_is_the_default() -> None:
    with on_clock("Asia/Seoul"):
        assert times.parse_when("2025-04-20T15:00") == "2025-04-20T06:00:00Z"
        assert times.local_text("2025-04-20T06:00:00Z") == "2025-04-20 15:00 KST"
        assert times.local_zone() == "KST"
    with on_clock("Europe/Zurich"):
        assert times.parse_when("2025-04-20T15:00") == "2025-04-20T13:00:00Z"
        assert times.local_text("2025-04-20T06:00:00Z") == "2025-04-20 08:00 CEST"
        assert times.local_text("2025-01-20T06:00:00Z") == "2025-01-20 07:00 CET"


# --- the stored forms -----------------------------------------------------------------------


def test_the_stored_forms() -> None:
    assert times.is_instant("2025-04-20T06:00:00Z")
    assert times.is_stamp("2025-04-20T06:00:00.123Z")
    assert times.is_day("2025-04-20")
    assert times.is_when("2025-04-20") and times.is_when("2025-04-20T06:00:00Z")
    for other in ("2025-04-20T06:00Z", "2025-04-20T06:00:00+00:00", "2025-04-20T15:00", "2025-02-30T06:00:00Z"):
        assert not times.is_instant(other) and not times.is_when(other), other
    assert not times.is_stamp("2025-04-20T06:00:00Z") and not times.is_instant("2025-04-20T06:00:00.123Z")
    assert not times.is_when(None) and not times.is_stamp(2460000.5)


def test_the_store_stamps_its_changes_in_the_stamp_form() -> None:
    with Store.open(None, AUTHOR) as store:
        dossier = store.put(model.Dossier(id="d-1", title="Stamps"))
        (revision,) = store.history(model.Dossier, dossier.id)
    assert times.is_stamp(dossier.created_at) and times.is_stamp(dossier.updated_at) and times.is_stamp(revision.at)
    assert times.is_stamp(times.stamp())
    moment = datetime(2025, 4, 20, 15, 0, 1, 234567, tzinfo=SEOUL)
    assert times.stamp(moment) == "2025-04-20T06:00:01.234Z"
    assert times.instant(moment) == "2025-04-20T06:00:01Z"


_CORPUS = [
    None,
    "",
    "2025-04-20",
    "2025-02-29",
    "2024-02-29",
    "2025-04-20T06:00:00Z",
    "2025-04-20T06:00:00.000Z",
    "2025-04-20T06:00:00.1234Z",
    "2025-04-20T24:00:00Z",
    "2025-04-20T06:00Z",
    "2025-04-20T06:00:00+09:00",
    "2025-04-20 06:00:00Z",
    "2025-04-20T06:00:00z",
    "2025-04-20T06:00:00",
    "now",
    "2460000.5",
    2460000.5,
    20250420,
    b"2025-04-20",
    "2025-04-20\n",
    "9999-12-31T23:59:59Z",
    "0000-01-01",
]


@pytest.mark.parametrize("value", _CORPUS)
def test_the_sql_checks_agree_with_python(value: object) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (v)")
    conn.execute("INSERT INTO t VALUES (?)", (value,))
    not_when, not_stamp = conn.execute(
        f"SELECT ifnull(({times.sql_not_when('v')}), 0), ifnull(({times.sql_not_stamp('v')}), 0) FROM t"
    ).fetchone()
    assert bool(not_when) == (value is not None and not times.is_when(value))
    assert bool(not_stamp) == (not times.is_stamp(value))


@settings(max_examples=200, deadline=None, database=None)
@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), st.sampled_from(["day", "s"]))
def test_the_sql_checks_agree_with_python_on_any_time(moment: datetime, kind: str) -> None:
    value = moment.date().isoformat() if kind == "day" else times.instant(moment.replace(tzinfo=UTC))
    stamp = times.stamp(moment.replace(tzinfo=UTC))
    conn = sqlite3.connect(":memory:")
    got = conn.execute(f"SELECT ({times.sql_not_when('?1')}), ({times.sql_not_stamp('?2')})", (value, stamp))
    assert got.fetchone() == (0, 0)
    assert times.is_when(value) and times.is_stamp(stamp)


# --- what a person reads --------------------------------------------------------------------


def test_local_text_says_the_zone() -> None:
    assert times.local_text("2025-04-20T06:00:00Z", SEOUL) == "2025-04-20 15:00 KST"
    assert times.local_text("2025-04-20T06:00:00Z", NEW_YORK) == "2025-04-20 02:00 EDT"
    assert times.local_text("2025-04-20T06:00:00Z", DUBAI) == "2025-04-20 10:00 UTC+04:00"
    assert times.local_text("2025-04-20T06:00:00Z", KATHMANDU) == "2025-04-20 11:45 UTC+05:45"
    assert times.local_text("2025-04-20T06:00:00Z", ZoneInfo("UTC")) == "2025-04-20 06:00 UTC"
    assert times.local_text("2025-04-20T06:00:30.250Z", SEOUL, seconds=True) == "2025-04-20 15:00:30 KST"
    assert times.local_text("2025-04-20", SEOUL) == "2025-04-20"  # a day is no instant
    assert times.local_text(None) == times.local_text("") == ""
    # a time without a zone (in the history of earlier versions) is shown as it was written
    assert times.local_text("2025-04-20T15:00", SEOUL) == "2025-04-20 15:00"
    assert times.local_text("not a time") == "not a time"


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30)),
    st.sampled_from(ZONES),
    st.booleans(),
)
def test_a_forms_text_reads_back_as_the_same_instant(moment: datetime, zone: ZoneInfo, whole_minute: bool) -> None:
    if whole_minute:
        moment = moment.replace(second=0)
    stored = times.instant(moment.replace(tzinfo=UTC))
    shown = times.form_text(stored, zone)
    assert times.parse_typed(shown, zone) == stored
    local = moment.replace(tzinfo=UTC).astimezone(zone)
    assert shown.split(" ")[1] == local.strftime("%H:%M:%S" if local.second else "%H:%M")  # to the minute


def test_a_forms_text_says_the_zone_which_tells_the_repeated_hour_apart() -> None:
    first, second = "2025-11-02T05:30:00Z", "2025-11-02T06:30:00Z"  # 01:30 EDT, then 01:30 EST
    assert times.form_text(first, NEW_YORK) == "2025-11-02 01:30 EDT"
    assert times.form_text(second, NEW_YORK) == "2025-11-02 01:30 EST"
    assert times.form_text("2025-04-20T06:00:30Z", SEOUL) == "2025-04-20 15:00:30 KST"
    assert times.form_text("2025-04-20T06:00:00Z", DUBAI) == "2025-04-20 10:00 UTC+04:00"
    assert times.form_text("2025-04-20", NEW_YORK) == "2025-04-20"
    assert times.form_text(None) == ""


# --- sorting by instant ---------------------------------------------------------------------

# A delegation's notes written on laptops in three zones (the fault: sorted as text they came
# out 00:00 UTC, 22:00 UTC, 23:00 UTC)
WASHINGTON_NOTE = "2025-04-20T20:00-04:00"  # 00:00 UTC on the 21st
GENEVA_NOTE = "2025-04-21T00:00+02:00"  # 22:00 UTC on the 20th
SEOUL_NOTE = "2025-04-21T08:00+09:00"  # 23:00 UTC on the 20th


def test_notes_sort_by_instant() -> None:
    given = [WASHINGTON_NOTE, GENEVA_NOTE, SEOUL_NOTE]
    assert sorted(given) == given  # as text: the wrong order
    stored = [times.parse_when(t) for t in given]
    assert stored == ["2025-04-21T00:00:00Z", "2025-04-20T22:00:00Z", "2025-04-20T23:00:00Z"]
    assert sorted(stored) == ["2025-04-20T22:00:00Z", "2025-04-20T23:00:00Z", "2025-04-21T00:00:00Z"]
    assert sorted(given, key=times.sort_key) == [GENEVA_NOTE, SEOUL_NOTE, WASHINGTON_NOTE]


def test_a_day_sorts_at_its_local_midnight() -> None:
    # in Seoul, 08:00 on the 21st is 23:00 UTC on the 20th: still after the day of the 21st began
    notes = ["2025-04-21T08:00+09:00", "2025-04-21", "2025-04-20T23:30+09:00", None]
    assert sorted(notes, key=lambda t: times.sort_key(t, SEOUL)) == [
        None,
        "2025-04-20T23:30+09:00",
        "2025-04-21",
        "2025-04-21T08:00+09:00",
    ]
    assert times.sort_key("2025-04-21", SEOUL) == "2025-04-20T15:00:00Z"
    assert times.sort_key("2025-04-21", NEW_YORK) == "2025-04-21T04:00:00Z"


@pytest.mark.parametrize("zone", ["Asia/Seoul", "America/New_York", "Asia/Kathmandu", "UTC"])
def test_the_stores_sort_key_is_the_same(zone: str) -> None:
    values = [
        None,
        "2025-04-21",
        "2025-03-09",
        "2025-11-02",
        "2025-04-20T22:00:00Z",
        "2025-04-21T08:00+09:00",  # as an earlier version kept one from a document
        "2025-04-21T08:00",  # as an earlier version kept one typed in a form
        "2025-04-21T03:59:59Z",
    ]
    with on_clock(zone):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (at)")
        conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
        keys = dict(conn.execute(f"SELECT at, {times.sql_sort_key('at')} FROM t WHERE at IS NOT NULL"))
        for value in values[1:]:
            assert keys[value] == times.sort_key(value), value


# --- the times earlier versions kept --------------------------------------------------------


def test_a_time_kept_by_an_earlier_version_is_restated() -> None:
    assert times.restated("2025-04-20T15:00", SEOUL) == "2025-04-20T06:00:00Z"
    assert times.restated("2025-04-20T15:00:30+09:00") == "2025-04-20T06:00:30Z"
    assert times.restated("2025-04-20T06:00Z") == "2025-04-20T06:00:00Z"
    assert times.restated("2025-04-20") == "2025-04-20"
    assert times.restated("2025-04-20T06:00:00Z") == "2025-04-20T06:00:00Z"
    # a skipped local time is taken as the clocks moved, never refused: it is already stored
    assert times.is_instant(times.restated("2025-03-09T02:30", NEW_YORK))
    for junk in ("now", "2460000.5", "2025-02-30", "2025-04-20T15:00:00.5"):
        assert times.restated(junk) is None, junk


def test_zone_labels() -> None:
    summer = datetime(2025, 7, 1, 12, tzinfo=GENEVA)
    assert times.zone_label(summer) == "CEST"
    assert times.zone_label(datetime(2025, 7, 1, 12, tzinfo=UTC)) == "UTC"
    assert times.zone_label(datetime(2025, 7, 1, 12, tzinfo=DUBAI)) == "UTC+04:00"
    west = datetime(2025, 7, 1, 12, tzinfo=ZoneInfo("America/Sao_Paulo"))
    assert times.zone_label(west) == "UTC-03:00"
    assert times.local_zone(SEOUL, datetime(2025, 1, 1, tzinfo=UTC)) == "KST"


@pytest.mark.parametrize(
    "value",
    [
        "2025-04-20T06:00:00.123Z",
        "2025-04-20T06:00:00Z",
        "2025-04-20T06:00:00.123456Z",
        "2025-04-20T06:00:00.123+00:00",
        "0000-01-01T00:00:00.000Z",
        "2025-02-29T00:00:00.000Z",
        "now",
    ],
)
def test_a_change_is_stamped_in_one_form_wherever_it_is_judged(value: str) -> None:
    from negoprep.records import model, values

    column = model.Record.column("created_at")
    admitted = values.check(column, value)[0] is None
    assert admitted == times.is_stamp(value)
    assert (values.stored_checker(column)(value.encode()) is None) == admitted
