"""The addendum: the dossier rebuilt as it was at a time, what changed since, on paper."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from negoprep.paper.addendum import addendum_html, changes
from negoprep.records import model, times
from negoprep.records.as_of import content_as_of, since_stamp
from negoprep.store.store import Store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "talks_dossier.json"
DOSSIER = "7a1c0d2e-0000-4000-8000-00000000d001"
STEEL = "7a1c0d2e-0000-4000-8000-00000000c001"
PORTS = "7a1c0d2e-0000-4000-8000-00000000c002"
THEIR_OPENING = "7a1c0d2e-0000-4000-8000-00000000f001"
ROUND_2 = "7a1c0d2e-0000-4000-8000-000000001002"
ASSEMBLY = "7a1c0d2e-0000-4000-8000-000000003001"
WHEN = "2025-05-01T00:00:00.000Z"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def talks_doc() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Set the time the store gives the next changes (a stamp)."""
    real = times.stamp
    now = ["2025-04-01T08:00:00.000Z"]

    def stamp(moment: datetime | None = None) -> str:
        return real(moment) if moment is not None else now[0]

    monkeypatch.setattr(times, "stamp", stamp)
    return lambda at: now.__setitem__(0, at)


@pytest.fixture
def talks(store: Store, clock: Callable[[str], None]) -> Store:
    """The dossier loaded in April, one change before WHEN (1 May) and several after it."""
    clock("2025-04-01T08:00:00.000Z")
    store.load(talks_doc())
    clock("2025-04-20T08:00:00.000Z")
    steel = store.get(model.AgendaItem, STEEL)
    assert steel is not None
    store.put(replace(steel, our_position="BEFORE-MARK: cut the steel tariff by half."))
    clock("2025-05-21T09:00:00.000Z")
    steel = store.get(model.AgendaItem, STEEL)
    assert steel is not None
    store.put(
        replace(
            steel,
            their_position="AFTER-MARK: they may go to 20 %.",
            walk_away="NEW-WALKAWAY: above 18 %.",
            their_walk_away=16,
            target_score=80,
        )
    )
    dossier = store.get(model.Dossier, DOSSIER)
    assert dossier is not None
    store.put(replace(dossier, their_batna="NEW-THEIR-BATNA: no deal until the elections."))
    store.put(
        model.RedLine(
            id="7a1c0d2e-0000-4000-8000-00000000e002",
            dossier_id=DOSSIER,
            title="No steel tariff above 15 %",
            severity="firm",
            rule={"kind": "ceiling", "item": STEEL, "value": 15},
        )
    )
    round_2 = store.get(model.Round, ROUND_2)
    assert round_2 is not None
    store.delete(round_2)
    return store


def test_a_date_or_a_time_with_its_zone_is_a_stamp_and_anything_else_is_refused() -> None:
    assert since_stamp("2025-05-01") == "2025-05-01T00:00:00.000Z"
    assert since_stamp("2025-05-01T09:30:00Z") == "2025-05-01T09:30:00.000Z"
    assert since_stamp("2025-05-01T09:30Z") == "2025-05-01T09:30:00.000Z"
    assert since_stamp("2025-05-01T09:30:00.25Z") == "2025-05-01T09:30:00.250Z"
    # a time with its offset is that instant: 18:30 in Seoul is 09:30 UTC
    assert since_stamp("2025-05-01T18:30+09:00") == since_stamp("2025-05-01T09:30:00-00:00")
    assert since_stamp("2025-05-01T18:30:00+09:00") == "2025-05-01T09:30:00.000Z"
    # a time without a zone is refused: whose clock it is cannot be known
    bad_zones = ("2025-05-01T18:30+09:60", "2025-05-01T18:30+09:99", "2025-05-01T18:30+15:00")
    for bad in ("yesterday", "2025-02-30", "2025-05-01T09:30:00", "2025-05-01T25:30+09:00", "", "2025-5-1", *bad_zones):
        with pytest.raises(ValueError, match="2025-05-01T09:30:00Z"):
            since_stamp(bad)


def test_the_dossier_rebuilt_now_from_its_revisions_is_the_dossier(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    rebuilt = content_as_of(demo_store.dossier_revisions(dossier.id), "9999-12-31T00:00:00.000Z")
    assert rebuilt == demo_store.content(dossier.id)
    assert content_as_of(demo_store.dossier_revisions(dossier.id), "2000-01-01T00:00:00.000Z") is None


def test_the_dossier_at_a_time_holds_what_it_held_then(talks: Store) -> None:
    then = content_as_of(talks.dossier_revisions(DOSSIER), WHEN)
    assert then is not None
    steel = next(i for i in then.agenda_items if i.id == STEEL)
    assert steel.our_position.startswith("BEFORE-MARK")  # changed before WHEN
    assert steel.their_position == "Keep it at 25 %."  # changed after it
    assert [r.number for r in then.rounds] == [1, 2]  # round 2 deleted after it
    assert len(then.red_lines) == 1
    assert [d.max_value for c in then.constituencies for d in c.items if c.id == ASSEMBLY] == [15]


def test_what_changed_since_a_time_with_old_and_new_values(talks: Store) -> None:
    now = talks.content(DOSSIER)
    assert now is not None
    found = changes(content_as_of(talks.dossier_revisions(DOSSIER), WHEN), now)
    by_id = {c.record_id: c for c in found.records}
    steel = by_id[STEEL]
    assert steel.action == "changed"
    assert {name for name, _, _ in steel.fields} == {"their_position", "walk_away", "their_walk_away", "target_score"}
    assert ("their_walk_away", 12, 16) in steel.fields
    assert by_id[DOSSIER].fields == (
        ("their_batna", "THEIR-BATNA: a deal with the northern bloc.", "NEW-THEIR-BATNA: no deal until the elections."),
    )
    assert by_id["7a1c0d2e-0000-4000-8000-00000000e002"].action == "added"
    assert by_id[ROUND_2].action == "removed"
    # an offer of the deleted round went with it
    assert by_id["7a1c0d2e-0000-4000-8000-000000002002"].action == "removed"
    assert PORTS not in by_id
    # the new red line: their opening (steel at 18 %) breaks it now, and did not before
    verdicts = {v.package.id: v for v in found.verdicts}
    assert verdicts[THEIR_OPENING].red_lines == (
        "breaks no red line",
        "breaks No steel tariff above 15 % (firm)",
    )
    assert verdicts[THEIR_OPENING].home is None  # the National Assembly opposed it then as now


def test_nothing_changed_is_said_plainly(talks: Store) -> None:
    book = addendum_html(talks, DOSSIER, "2025-06-01T00:00:00.000Z")
    assert "Nothing has changed since then." in book
    assert "BEFORE-MARK" not in book


def _pdf_text(store: Store, tmp_path: Path, since: str, *, release: bool) -> str:
    from negoprep.ui import printing

    html = addendum_html(store, DOSSIER, since, release=release)
    out = tmp_path / f"addendum-{release}.pdf"
    dossier = store.find_dossier(DOSSIER)
    result = printing.render_pdf(html, out, title=dossier.title, classification=dossier.classification, copy_number=2)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("RESTRICTED") >= 2 * result.pages  # the classification at top and bottom
    assert f"Page 1 of {result.pages}" in text
    assert "Copy 2" in text
    return " ".join(text.split())


@needs_pdftotext
def test_the_addendum_on_paper_holds_what_changed_after_the_time_and_not_before(talks: Store, tmp_path: Path) -> None:
    text = _pdf_text(talks, tmp_path, WHEN, release=False)
    assert "AFTER-MARK: they may go to 20 %." in text
    assert "Keep it at 25 %." in text  # the old value beside it
    assert "BEFORE-MARK" not in text  # changed before the time, unchanged since
    assert "NEW-WALKAWAY" in text and "OUR-WALKAWAY" in text
    assert "NEW-THEIR-BATNA" in text
    assert "Removed: Round 2" in text
    assert "New: No steel tariff above 15 %" in text
    assert "Verdicts that changed" in text


@needs_pdftotext
def test_a_release_addendum_never_shows_a_withheld_value_old_or_new(talks: Store, tmp_path: Path) -> None:
    text = _pdf_text(talks, tmp_path, WHEN, release=True)
    assert "AFTER-MARK: they may go to 20 %." in text
    for withheld in ("NEW-WALKAWAY", "OUR-WALKAWAY", "THEIR-BATNA", "Their walk-away"):
        assert withheld not in text
    assert "Release copy" in text


def test_an_item_withheld_now_is_not_mentioned_in_a_release_addendum_even_as_it_was(
    talks: Store, clock: Callable[[str], None]
) -> None:
    clock("2025-05-22T09:00:00.000Z")
    ports = talks.get(model.AgendaItem, PORTS)
    assert ports is not None
    talks.put(replace(ports, title="SECRET-TITLE", disclosure="never"))
    full = addendum_html(talks, DOSSIER, WHEN)
    assert "SECRET-TITLE" in full and "Port licences" in full
    shown = addendum_html(talks, DOSSIER, WHEN, release=True)
    assert "SECRET-TITLE" not in shown and "Port licences" not in shown
    # the packages that hold it are left out of the release copy, their verdicts too
    assert "Ostland opening" not in shown


def _cli(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    import os
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(store), *args], capture_output=True, text=True, env=env
    )


def test_the_command_line_refuses_a_time_it_cannot_read_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(db, model.Author("a", "A")) as store:
        store.load(talks_doc())
    out = tmp_path / "a.pdf"
    for args in (("--since", "last week"), ("--since", "2025-05-01T09:30:00"), ()):
        done = _cli(db, "print", "addendum", *args, "--out", str(out))
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr
        assert not out.exists()


@needs_pdftotext
def test_the_command_line_prints_an_addendum(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(db, model.Author("a", "A")) as store:
        store.load(talks_doc())
    out = tmp_path / "a.pdf"
    tomorrow = datetime.now(UTC).date().replace(year=datetime.now(UTC).year + 1).isoformat()
    done = _cli(db, "print", "addendum", "--since", tomorrow, "--out", str(out), "--dossier", "Harbour")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Nothing has changed since then." in " ".join(text.split())


def test_the_book_tells_the_talks_the_other_side_and_the_win_set(store: Store) -> None:
    from negoprep.paper.briefing import briefing_html

    store.load(talks_doc())
    book = briefing_html(store, DOSSIER)
    talks = book.split("The talks so far")[1].split("The other side")[0]
    assert talks.index("Round 1") < talks.index("Their offer: Ostland opening") < talks.index("Round 2")
    assert "Value for us:</b> 16 of 100" in talks and "for them:</b> 76" in talks
    assert "fails at home: National Assembly" in talks
    other = book.split("The other side")[1].split("The domestic win-set")[0]
    assert "THEIR-BATNA" in other and "12 %" in other and "WTO bound rate of 10 %." in other
    home = book.split("The domestic win-set")[1]
    assert "National Assembly" in home and "at most 15 %" in home and "can block ratification" in home
    packages = book.split("<h2>Packages</h2>")[1].split("The talks so far")[0]
    assert packages.count("Win-set check:") == 2

    shown = briefing_html(store, DOSSIER, release=True)
    # their BATNA and walk-away withheld; their opening settles steel past our walk-away, and our
    # counter's value for them rests on the walk-away figures: both out, with their offers
    assert "THEIR-BATNA" not in shown and "Their walk-away" not in shown
    assert "Ostland opening" not in shown and "Our counter" not in shown


def test_a_new_item_in_a_release_addendum_says_nothing_of_its_withheld_fields(
    talks: Store, clock: Callable[[str], None]
) -> None:
    """Not even the blank a release copy holds: a walk-away score of 7 is not printed as 0."""
    clock("2025-05-22T09:00:00.000Z")
    ports = talks.get(model.AgendaItem, PORTS)
    assert ports is not None
    talks.put(replace(ports, id="7a1c0d2e-0000-4000-8000-00000000c0ff", title="NEW-ITEM", walk_away_score=7))
    full = addendum_html(talks, DOSSIER, WHEN)
    assert "NEW-ITEM" in full and "Walk-away score" in full
    shown = addendum_html(talks, DOSSIER, WHEN, release=True)
    assert "NEW-ITEM" in shown and "Walk-away score" not in shown
