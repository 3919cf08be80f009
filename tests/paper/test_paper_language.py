"""The paper speaks the installed language: with a translator that wraps every text it is given
in «», no heading, label, note or footer of ours is left in English on the printed checklists,
the briefing book and the charts; dates and numbers are written by the installed locale."""

from __future__ import annotations

import datetime
import html
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from negoprep import i18n
from negoprep.paper import charts
from negoprep.paper.briefing import briefing_html, inline_qa
from negoprep.paper.checklists import store_checklists_html
from negoprep.records import model
from negoprep.store.store import Store

TODAY = datetime.date(2025, 5, 1)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
_ENUM_OR_ID = re.compile(r"^[a-z_]+$|^[0-9a-f-]{36}$")


def _wrapped(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + text + "»"


def _day(day: datetime.date) -> str:
    return f"⟨{day.day}·{day.month}·{day.year}⟩"


@pytest.fixture
def fake_language() -> Iterator[None]:
    """A language whose every text is «the English source», whose dates are ⟨d·m·yyyy⟩ and
    whose numbers are written with ' between thousands."""

    def number(value: float, decimals: int) -> str:
        text = f"{value:,}" if decimals < 0 else f"{value:,.{decimals}f}"
        return text.replace(",", "'")

    i18n.install("xx", _wrapped, None, number, _day)
    try:
        yield
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, None)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _content(doc: dict) -> list[str]:
    """Every text of a dossier document as it may be printed (longest first), but the
    enumerated values and ids: those the paper must put into words of its own."""
    found = {s for s in _strings(doc) if s.strip() and not _ENUM_OR_ID.match(s)}
    found |= {line.strip() for s in list(found) for line in s.splitlines() if line.strip()}
    # an answer written as "Q: … A: …" prints as its question and its answer
    found |= {part for s in list(found) for part in (inline_qa(s) or ())}
    return sorted(found, key=len, reverse=True)


def _visible(page: str) -> str:
    """The text of an HTML page as a reader sees it."""
    page = re.sub(r"<(script|style|title)[^>]*>.*?</\1>", " ", page, flags=re.DOTALL)
    page = re.sub(r'<img[^>]*src="data:[^"]*"[^>]*>', " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _english_left(text: str, content: list[str]) -> list[str]:
    """The English words in `text` that are neither record content nor translated («…»)."""
    for value in content:
        text = text.replace(value, " ")
    while True:
        inner = re.sub(r"«[^«»]*»", " ", text)
        if inner == text:
            break
        text = inner
    return re.findall(r"[A-Za-z]{2,}(?:[ ,.:;-]+[A-Za-z]{2,})*", text)


def test_the_fake_language_catches_english() -> None:
    assert _english_left("«Page 1 of 2» Roster «by «track»»", []) == ["Roster"]
    assert _english_left("«Agenda» Tariffs on cars", ["Tariffs on cars"]) == []


@pytest.mark.parametrize("release", [False, True])
def test_every_heading_and_label_of_the_briefing_book_is_translated(
    demo_store: Store, demo_doc: dict, fake_language: None, release: bool
) -> None:
    dossier = demo_store.dossiers()[0]
    book = briefing_html(demo_store, dossier.id, release=release, today=TODAY)
    left = _english_left(_visible(book), _content(demo_doc))
    assert left == [], f"English of ours left in the briefing book: {left[:20]}"
    text = _visible(book)
    for heading in ("Briefing book", "Roster", "Red lines", "Packages", "Checklists"):
        assert f"«{heading}»" in text
    assert "«Agenda — «Certain to come up»»" in text
    assert "«Job title»" in text  # a field's declared label, translated as the forms translate it


def test_every_heading_and_label_of_the_checklists_is_translated(
    demo_store: Store, demo_doc: dict, fake_language: None
) -> None:
    dossier = demo_store.dossiers()[0]
    page = store_checklists_html(demo_store, dossier.id, today="2025-04-20")
    left = _english_left(_visible(page), _content(demo_doc))
    assert left == [], f"English of ours left in the checklists: {left[:20]}"
    assert "«Linked item»" in _visible(page)


def test_printed_dates_and_numbers_follow_the_locale(demo_store: Store, fake_language: None) -> None:
    dossier_id = demo_store.dossiers()[0].id
    content = demo_store.content(dossier_id)
    assert content is not None
    dues = sorted({t.due for c in content.checklists for t in c.items if t.due})
    assert dues, "the demo dossier has due dates"
    checklists = _visible(store_checklists_html(demo_store, dossier_id, today="2025-04-20"))
    book = _visible(briefing_html(demo_store, dossier_id, today=TODAY))
    for due in dues:
        written = _day(datetime.date.fromisoformat(due))
        assert written in checklists and written in book
        assert due not in checklists and due not in book
    assert _day(TODAY) in book and TODAY.isoformat() not in book
    starts = content.dossier.starts_on
    assert starts and _day(datetime.date.fromisoformat(starts)) in book


def test_a_key_figure_is_written_with_the_locale_separators_and_every_digit(store: Store, fake_language: None) -> None:
    item = {"id": "a", "track": "t", "title": "Tariffs", "likelihood": "certain"}
    item["figure"] = {"value": 1234567.125, "unit": "t"}
    tracks = [{"id": "t", "name": "Trade"}]
    doc = {"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d", "title": "D"}}
    store.load({**doc, "tracks": tracks, "agenda_items": [item]})
    book = _visible(briefing_html(store, "d", today=TODAY))
    assert "1'234'567.125 t" in book


def test_format_date_is_iso_without_a_locale_and_passes_other_text_through() -> None:
    assert i18n.format_date(TODAY) == "2025-05-01"
    assert i18n.format_date("2025-05-01") == "2025-05-01"
    assert i18n.format_date(datetime.datetime(2025, 5, 1, 13, 30)) == "2025-05-01"
    assert i18n.format_date("next week") == "next week"
    assert i18n.format_date("20250501") == "20250501"
    assert i18n.format_date(None) == ""


def test_korean_dates_are_written_as_a_korean_ministry_writes_them() -> None:
    from negoprep.ui import translation

    try:
        translation.use_language("ko")
        assert i18n.format_date(TODAY) == "2025년 5월 1일"
        assert i18n.format_date("2025-12-31") == "2025년 12월 31일"
        translation.use_language("en")
        assert i18n.format_date(TODAY) == "2025-05-01"
    finally:
        translation.use_language("en")


def _chart_texts(figure: Any) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text().strip()]


@pytest.mark.parametrize("kind", charts.KINDS)
def test_every_title_axis_legend_and_note_of_a_chart_is_translated(
    demo_store: Store, demo_doc: dict, fake_language: None, kind: str
) -> None:
    dossier_id = demo_store.dossiers()[0].id
    texts = _chart_texts(charts.build(kind, demo_store, dossier_id))
    content = _content(demo_doc) + [charts.short(s, n) for s in _content(demo_doc) for n in (16, 22, 24, 28, 30, 80)]
    # names wrapped over lines, and each of their lines
    wrapped = [charts.wrapped(s, n) for s in _content(demo_doc) for n in (22, 24, 28, 80)]
    content += wrapped + [line for text in wrapped for line in text.splitlines()]
    left = [(t, w) for t in texts for w in _english_left(t, sorted(set(content), key=len, reverse=True))]
    assert left == [], f"English of ours left in the {kind} chart: {left[:20]}"
    assert any(t.startswith(charts.TITLES[kind]) for t in texts)
    assert charts.TITLES[kind].startswith("«")


def test_an_empty_chart_says_so_in_the_installed_language(store: Store, fake_language: None) -> None:
    store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d", "title": "Empty"}})
    for kind in charts.KINDS:
        texts = _chart_texts(charts.build(kind, store, "d"))
        assert _english_left(" ".join(texts), ["Empty"]) == [], kind


def test_a_chart_title_is_read_in_the_language_installed_when_it_is_read(fake_language: None) -> None:
    assert charts.TITLES["status"] == "«Agenda items by status»"
    i18n.install(i18n.SOURCE_LANGUAGE, None)
    assert charts.TITLES["status"] == "Agenda items by status"
    assert list(charts.TITLES) == list(charts.KINDS)


def _pdf_text(pdf: Path, mode: str = "-layout") -> list[str]:
    out = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.rstrip("\f").split("\f")


@needs_pdftotext
def test_page_footers_and_header_use_the_translator_and_the_locale_date(
    demo_store: Store, tmp_path: Path, fake_language: None
) -> None:
    from negoprep.ui import printing

    dossier = demo_store.dossiers()[0]
    out = tmp_path / "book.pdf"
    result = printing.render_pdf(
        briefing_html(demo_store, dossier.id, today=TODAY), out, title=dossier.title, copy_number=1234
    )
    pages = _pdf_text(out)
    assert len(pages) == result.pages > 1
    today = _day(datetime.date.today())
    for number, page in enumerate(pages, start=1):
        words = " ".join(page.split())
        assert f"«Page {number} of {result.pages}»" in words
        assert "«Printed " in words and today in words  # (the layout may put a body line between)
        assert "«Copy 1'234»" in words  # the copy number as the locale writes numbers


def test_printing_reports_missing_glyphs_in_the_installed_language(fake_language: None) -> None:
    from negoprep.ui.printing import PrintResult

    (warning,) = PrintResult(pages=1, missing=[chr(0xE000 + i) for i in range(25)]).warnings
    assert warning.startswith("«no installed font has these characters") and "« and {n} more»" not in warning
    assert "« and 5 more»" in warning


def _korean_has(context: str, text: str) -> bool:
    return re.search("[가-힣]", i18n.translate(context, text)) is not None


@needs_pdftotext
def test_a_korean_briefing_book_is_korean_from_the_first_heading_to_the_page_numbers(
    demo_store: Store, tmp_path: Path
) -> None:
    from negoprep.ui import printing, translation

    try:
        translation.use_language("ko")
        if not _korean_has("Briefing", "Briefing book") or not _korean_has("Printing", "Page {page} of {pages}"):
            pytest.skip('the Korean translation (negoprep_ko.qm) has no "Briefing" and "Printing" texts yet')
        dossier = demo_store.dossiers()[0]
        out = tmp_path / "book.pdf"
        result = printing.render_pdf(
            briefing_html(demo_store, dossier.id, today=TODAY), out, title=dossier.title, printed="2025-05-01"
        )
        # in reading order: the layout mode may interleave the header with a line of the body
        pages = _pdf_text(out, "-raw")
        words = [" ".join(page.split()) for page in pages]
        assert i18n.translate("Briefing", "Briefing book") in words[0]
        for number, page in enumerate(words, start=1):
            assert i18n.translate("Printing", "Page {page} of {pages}").format(page=number, pages=result.pages) in page
            assert "2025년 5월 1일" in page
        for heading in ("Roster", "Red lines", "Packages", "Checklists"):
            assert heading not in " ".join(words).replace(dossier.title, "")
        assert result.missing == []
    finally:
        translation.use_language("en")


def test_the_enumerated_values_on_paper_are_the_shared_wording(fake_language: None) -> None:
    from negoprep.records.labels import enum_label
    from negoprep.ui import labels

    assert labels.enum_label is enum_label
    for values in (model.LIKELIHOODS, model.STATUSES, model.SEVERITIES, model.ROLES, model.LEVELS, model.SIDES):
        for value in values:
            assert enum_label(value).startswith("«"), value


def test_the_scan_excuses_what_is_never_shown_and_still_sees_prose(tmp_path: Path) -> None:
    from tests.i18n_scan import scan

    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(ax, kind, widget):\n"
        '    FAMILIES = ("Noto Sans CJK KR", "Malgun Gothic")\n'
        '    ax.annotate("x", (0, 0), textcoords="offset points", bbox={"boxstyle": "round,pad=0.2"})\n'
        '    raise TypeError(f"the form\'s {widget} is a {kind}, not a text field")\n'
        '    say(f"rule.{kind}.name")\n'
        '    say(f"Deleted {kind} records")\n'
        '    TITLES = ("Hold firm", "Low stakes")\n'
        '    raise ValueError("cannot save a chart as that")\n',
        encoding="utf-8",
    )
    found = [(u.line, u.text) for u in scan(sample, tmp_path)]
    assert found == [(6, "Deleted  records"), (7, "Hold firm"), (7, "Low stakes"), (8, "cannot save a chart as that")]
