"""What goes to the printer, without Qt: the paper's own file name, safe on every file system;
numbered copies; the printout made from a store (the part that may run off the GUI thread)."""

from __future__ import annotations

import datetime

import pytest

from negoprep.errors import NegoprepError
from negoprep.paper.printout import MAX_COPIES, Copies, Paper, file_name, make_printout, safe_file_part
from negoprep.store.store import Store

DAY = datetime.date(2026, 12, 1)


def test_each_paper_has_its_own_file_name() -> None:
    papers = [Paper("checklist"), Paper("briefing"), Paper("briefing", release=True), Paper("checklist", True)]
    names = [file_name("Korea–US 2+2", paper, DAY) for paper in papers]
    assert names == [
        "Korea–US 2+2 — checklists — 2026-12-01.pdf",
        "Korea–US 2+2 — briefing book — 2026-12-01.pdf",
        "Korea–US 2+2 — release briefing book — 2026-12-01.pdf",
        "Korea–US 2+2 — release checklists — 2026-12-01.pdf",
    ]
    numbered = file_name("Korea–US 2+2", Paper("briefing"), DAY, Copies(count=3, first=4))
    assert numbered == "Korea–US 2+2 — briefing book — copies 4–6 — 2026-12-01.pdf"
    assert file_name("T", Paper("briefing"), DAY, Copies(first=7)) == "T — briefing book — copy 7 — 2026-12-01.pdf"
    assert file_name("T", Paper("briefing"), DAY, Copies(count=2)) == "T — briefing book — 2026-12-01.pdf"


@pytest.mark.parametrize(
    ("title", "safe"),
    [
        ("한미 2+2 통상 협의", "한미 2+2 통상 협의"),  # Korean stays
        ("EU/UK: fisheries <draft>?", "EU_UK_ fisheries _draft__"),
        ("..\\..\\etc/passwd", "_.._etc_passwd"),
        ("  tabs\tand\nlines  ", "tabs and lines"),
        ("bell\x07 end.", "bell_ end"),
        ("...", ""),
        ("x" * 200, "x" * 120),  # (at most 120 bytes by default)
    ],
)
def test_a_title_is_made_safe_for_a_file_name(title: str, safe: str) -> None:
    assert safe_file_part(title) == safe


def test_a_title_with_nothing_left_is_named_for_the_app() -> None:
    assert file_name("///", Paper("checklist"), DAY) == "___ — checklists — 2026-12-01.pdf"
    assert file_name(" . ", Paper("checklist"), DAY) == "negoprep — checklists — 2026-12-01.pdf"


def test_numbered_copies_say_which_of_how_many() -> None:
    assert Copies(count=2, first=1).marks() == ["Copy 1 of 2", "Copy 2 of 2"]
    assert Copies(count=3, first=11).marks() == ["Copy 11 of 13", "Copy 12 of 13", "Copy 13 of 13"]
    assert Copies(count=2).marks() == [None, None]
    assert Copies(first=4, of_total=False).marks() == ["Copy 4"]  # the command line's --copy 4
    assert Copies(count=3, first=5).last == 7 and Copies(count=3).last is None


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"count": 0}, "between 1 and 99"),
        ({"count": MAX_COPIES + 1}, "between 1 and 99"),
        ({"first": 0}, "from 1 or more"),
    ],
)
def test_copies_out_of_range_are_refused_in_words(kwargs: dict, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Copies(**kwargs)


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="checklist, briefing"):
        Paper("minutes")


def test_a_printout_is_made_from_the_store_alone(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    made = make_printout(demo_store, dossier.id, Paper("checklist"), today=DAY)
    assert (made.title, made.classification, made.day) == (dossier.title, "RESTRICTED", DAY)
    assert "(overdue)" in made.html  # tasks due before the day it is made for
    assert made.file_name() == f"{dossier.title} — checklists — 2026-12-01.pdf"
    book = make_printout(demo_store, dossier.id, Paper("briefing", release=True), today=DAY)
    assert "Release copy" in book.html and "data:image/png;base64" in book.html  # its charts
    assert book.file_name().endswith("— release briefing book — 2026-12-01.pdf")


def test_a_printout_of_a_missing_dossier_is_refused(demo_store: Store) -> None:
    with pytest.raises(NegoprepError):
        make_printout(demo_store, "no-such-dossier", Paper("briefing"))
