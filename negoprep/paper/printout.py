"""What goes to the printer: which paper of a dossier (its checklists, its briefing book or an
addendum of what changed since a time, in full or as a release copy), its HTML made from a
store, the copies it is printed in, and the file name it is saved under.

Pure Python, no Qt: making a printout (`make_printout`) is the slow part of printing (the
briefing book draws its charts with matplotlib) and is a plain function of a store and a
dossier id, so it can run on any thread that has a connection of its own; laying the HTML out
on pages (negoprep.ui.printing) is the quick part, done where the pages are painted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from negoprep import filenames
from negoprep.filenames import safe_file_part
from negoprep.i18n import format_number, translate

if TYPE_CHECKING:
    from negoprep.store.store import Store

# what can be printed: the dossier's checklists, its briefing book, or an addendum to the book
KINDS = ("checklist", "briefing", "addendum")

# the most copies printed at once (a room of delegates, not a print run)
MAX_COPIES = 99


@dataclass(frozen=True)
class Paper:
    """Which paper: `kind` is "checklist", "briefing" or "addendum" (what changed since the
    stamp `since`, negoprep.paper.addendum); a `release` copy follows the dossier's release
    policy (negoprep.records.release). Raises ValueError for another kind, or an addendum
    without `since`."""

    kind: str
    release: bool = False
    since: str | None = None  # an addendum's time, a UTC stamp (negoprep.records.as_of.since_stamp)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(
                translate("Printout", "the paper must be one of {kinds}, not {kind!r}").format(
                    kinds=", ".join(KINDS), kind=self.kind
                )
            )
        if self.kind == "addendum" and not self.since:
            raise ValueError(translate("Printout", "an addendum needs the time since when it reports changes"))

    def name(self) -> str:
        """What it is called in a file name and a message ("briefing book", "release
        checklists"), in the installed language."""
        if self.kind == "addendum":
            return translate("Printout", "release addendum") if self.release else translate("Printout", "addendum")
        if self.kind == "briefing":
            return (
                translate("Printout", "release briefing book")
                if self.release
                else translate("Printout", "briefing book")
            )
        return translate("Printout", "release checklists") if self.release else translate("Printout", "checklists")


@dataclass(frozen=True)
class Copies:
    """How many copies, and how they are numbered.

    `count` sets of pages (1 to MAX_COPIES) are printed one after another, each complete (the
    printer's own copy count is never used: it would repeat one set unnumbered). With `first`
    (at least 1) the copies are numbered `first`, `first + 1`, ... and each page's footer says
    "Copy k of N", N being the last number of the run (so copies 11 to 15 printed after a first
    run of ten say "of 15"); with `first` None they are not numbered. `of_total` False leaves
    out "of N" (the command line's `--copy N` numbers one copy of a run it does not know).
    Raises ValueError, in words for a person, for a count or a first number out of range."""

    count: int = 1
    first: int | None = None
    of_total: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_COPIES:
            raise ValueError(
                translate("Printout", "the number of copies must be between 1 and {most}, not {count}").format(
                    most=format_number(MAX_COPIES), count=self.count
                )
            )
        if self.first is not None and self.first < 1:
            raise ValueError(
                translate("Printout", "copies are numbered from 1 or more, not {first}").format(first=self.first)
            )

    @property
    def numbered(self) -> bool:
        return self.first is not None

    @property
    def last(self) -> int | None:
        """The number of the last copy, or None when they are not numbered."""
        return None if self.first is None else self.first + self.count - 1

    def marks(self) -> list[str | None]:
        """What each copy's footers say, in order: "Copy 3 of 4", "Copy 3", or None (not numbered)."""
        if self.first is None:
            return [None] * self.count
        numbers = range(self.first, self.first + self.count)
        if not self.of_total:
            return [translate("Printing", "Copy {n}").format(n=format_number(n)) for n in numbers]
        last = format_number(self.first + self.count - 1)
        return [translate("Printing", "Copy {n} of {total}").format(n=format_number(n), total=last) for n in numbers]

    def name(self) -> str:
        """The copies in a file name: "copy 3", "copies 1–4", or "" when they are not numbered
        (a file of unnumbered copies is named as one copy would be)."""
        if self.first is None:
            return ""
        if self.count == 1:
            return translate("Printout", "copy {n}").format(n=self.first)
        return translate("Printout", "copies {first}–{last}").format(first=self.first, last=self.last)


@dataclass(frozen=True)
class Printout:
    """A paper made ready for the print engine: its HTML (str), the title and classification
    printed on every page, which paper it is, and the day it was made (its date in the file name)."""

    html: str
    title: str
    classification: str
    paper: Paper
    day: datetime.date

    def file_name(self, copies: Copies | None = None) -> str:
        """The name a PDF of it is offered under (see `file_name`)."""
        return file_name(self.title, self.paper, self.day, copies)


def make_printout(store: Store, dossier_id: str, paper: Paper, *, today: datetime.date | None = None) -> Printout:
    """The HTML of `paper` for the dossier `dossier_id` of `store`, as of `today` (default: the
    system's date; the checklists mark tasks due before it as overdue, the book prints it).

    This is the slow part of printing: the briefing book draws its charts (about a second).
    It touches nothing but `store` (reading) and matplotlib, and returns plain data, so it may
    run on a worker thread with a store opened there. Raises StoreError (negoprep.errors) for
    a dossier the store does not hold."""
    from negoprep.paper.addendum import addendum_html
    from negoprep.paper.briefing import briefing_html
    from negoprep.paper.checklists import store_checklists_html

    day = today or datetime.date.today()
    dossier = store.find_dossier(dossier_id)
    if paper.kind == "addendum":
        assert paper.since is not None  # (a Paper checks it)
        html = addendum_html(store, dossier.id, paper.since, release=paper.release, today=day)
    elif paper.kind == "briefing":
        html = briefing_html(store, dossier.id, release=paper.release, today=day, with_charts=True)
    else:
        html = store_checklists_html(store, dossier.id, today=day.isoformat(), release=paper.release)
    return Printout(html=html, title=dossier.title, classification=dossier.classification, paper=paper, day=day)


def file_name(title: str, paper: Paper, day: datetime.date, copies: Copies | None = None) -> str:
    """The PDF's file name: dossier title, paper, numbered copies if any, ISO date, e.g.
    "Korea–US 2+2 — briefing book — 2026-12-01.pdf" or "… — checklists — copies 1–3 —
    2026-12-01.pdf". Each paper has its own name, so the checklists never take the book's
    file; the title is made safe (`safe_file_part`), "negoprep" when nothing of it is left.
    The whole name takes at most `filenames.SUGGESTED_BYTES` UTF-8 bytes (room is left for the
    writer's temporary name): a long title is cut, between user-perceived characters."""
    rest = [safe_file_part(paper.name())]
    if copies is not None and copies.name():
        rest.append(copies.name())
    rest.append(day.isoformat())
    ending = " — " + " — ".join(rest) + ".pdf"
    room = min(filenames.PART_BYTES, filenames.SUGGESTED_BYTES - filenames.byte_length(ending))
    return (safe_file_part(title, room) or "negoprep") + ending
