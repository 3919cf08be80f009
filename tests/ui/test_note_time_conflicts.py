"""A conflict on a note's time, as the Resolve conflicts dialog shows it and reads an edit:
local time with its zone, the way the notes form does."""

from __future__ import annotations

import pytest

from negoprep.store.merge import Conflict
from negoprep.ui.dialogs.conflicts_dialog import edit_text, parse_value, shown_value, when_text
from tests.clock import on_clock


def conflict(field: str = "at", table: str = "notes", a: object = None, b: object = None) -> Conflict:
    return Conflict(
        id="c",
        table=table,
        row_id="n-1",
        dossier_id="d",
        field=field,
        kind="edited",
        base="2025-04-20",
        a=a if a is not None else "2025-04-20T23:00:00Z",
        b=b if b is not None else "2025-04-21T06:00:00Z",
        a_rev="r1",
        b_rev="r2",
        a_author="Alice",
        b_author="Bob",
        a_at="2025-04-21T01:02:03.456Z",
        b_at="2025-04-21T01:02:04.456Z",
        merge_rev="r3",
        created_at="2025-04-21T01:02:05.456Z",
    )


def test_a_note_times_conflict_reads_in_local_time_and_is_edited_so() -> None:
    found = conflict()
    with on_clock("Asia/Seoul"):
        assert shown_value(found, found.a) == "2025-04-21 08:00 KST"
        assert shown_value(found, found.base) == "2025-04-20"
        assert edit_text(found.b, True) == "2025-04-21 15:00 KST"
        assert when_text(found.a_at) == "2025-04-21 10:02 KST"
        assert parse_value("2025-04-21 15:00 KST", found) == "2025-04-21T06:00:00Z"
        assert parse_value("2025-04-21 09:30", found) == "2025-04-21T00:30:00Z"  # local time
        assert parse_value("2025-04-21", found) == "2025-04-21"
        with pytest.raises(ValueError, match="is not a date or date-time"):
            parse_value("tomorrow", found)


def test_other_fields_are_read_as_before() -> None:
    found = conflict(field="title", a="Prep", b="Preparation")
    assert parse_value("2025-04-21 09:30", found) == "2025-04-21 09:30"
    assert shown_value(found, "2025-04-21T00:30:00Z") == "2025-04-21T00:30:00Z"  # a title, as written
