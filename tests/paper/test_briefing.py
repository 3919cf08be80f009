"""The briefing book's HTML, on the demo dossier."""

from __future__ import annotations

import datetime
import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.paper.briefing import NEW_PAGE, NOT_FOR_DISCLOSURE, briefing_html, inline_qa, key_messages, qa_pairs
from negoprep.paper.charts import KINDS, has_data
from negoprep.paper.checklists import is_overdue
from negoprep.records import model
from negoprep.records.labels import field_label
from negoprep.records.release import ReleasePolicy, release
from negoprep.store.store import Store
from tests.conftest import both_demos

TODAY = datetime.date(2025, 4, 20)


def _book(store: Store, release: bool = False) -> tuple[str, model.DossierContent]:
    dossier = store.dossiers()[0]
    content = store.content(dossier.id)
    assert content is not None
    return briefing_html(store, dossier.id, release=release, today=TODAY), content


def _heading(item: model.AgendaItem) -> str:
    return f"<h3>{html.escape(item.title)}"


def _section_of(book: str, item: model.AgendaItem) -> str:
    """The HTML of one item's brief: from its heading to the next item or section."""
    start = book.index(_heading(item))
    ends = [i for i in (book.find("<h3>", start + 1), book.find("<h2>", start + 1)) if i != -1]
    return book[start : min(ends)]


@both_demos
def test_sections_in_order(demo_store: Store) -> None:
    book, content = _book(demo_store)
    marks = [
        f"<h1>{html.escape(content.dossier.title)}</h1>",
        ">Summary</h2>",
        ">Roster</h2>",
        "<h2>Agenda — ",
        "<h2>Red lines</h2>",
        "<h2>Packages</h2>",
        "<h2>Checklists</h2>",
        "<h2>Notes</h2>",
    ]
    places = [book.index(mark) for mark in marks]
    assert places == sorted(places)
    assert "2025-04-20" in book
    assert html.escape(content.dossier.batna) in book


@both_demos
def test_release_cover_leaves_out_the_batna(demo_store: Store) -> None:
    book, content = _book(demo_store, release=True)
    assert content.dossier.batna
    assert html.escape(content.dossier.batna) not in book
    label = field_label(model.Dossier, "batna")
    assert f"<b>{html.escape(label)}:</b>" not in book  # (no empty field either)
    assert html.escape(ReleasePolicy.of(content.dossier).summary()) in book  # the cover says it is withheld


@both_demos
def test_items_ordered_by_likelihood_then_priority(demo_store: Store) -> None:
    book, content = _book(demo_store)
    rank = {name: n for n, name in enumerate(model.LIKELIHOODS)}
    placed = sorted(content.agenda_items, key=lambda i: book.index(_heading(i)))
    keys = [(rank[i.likelihood], -i.priority) for i in placed]
    assert keys == sorted(keys)
    assert {i.likelihood for i in content.agenda_items} == set(model.LIKELIHOODS)
    first = placed[0]
    brief = _section_of(book, first)
    for part in ("Our position", "Their expected position", "Mandate", "Approved by", "Points to make"):
        assert part in brief


@both_demos
def test_unlikely_item_shows_only_defensive_lines(demo_store: Store) -> None:
    book, content = _book(demo_store)
    unlikely = [i for i in content.agenda_items if i.likelihood == "unlikely"]
    assert unlikely
    for item in unlikely:
        brief = _section_of(book, item)
        assert "Defensive lines" in brief
        for part in ("Points to make", "Questions and answers", "Press lines", "Our position", "Mandate"):
            assert part not in brief
        for point in content.talking_points:
            if point.agenda_item_id == item.id and point.kind != "defensive":
                assert html.escape(point.text) not in book


@both_demos
def test_never_talking_point_is_background_or_left_out(demo_store: Store) -> None:
    book, content = _book(demo_store)
    items = {i.id: i for i in content.agenda_items}
    point = next(
        p for p in content.talking_points if p.disclosure == "never" and items[p.agenda_item_id].disclosure != "never"
    )
    text = html.escape(point.text)
    brief = _section_of(book, items[point.agenda_item_id])
    assert text in brief
    assert brief.index(NOT_FOR_DISCLOSURE) < brief.index(text)
    release, _ = _book(demo_store, release=True)
    assert text not in release
    assert html.escape(items[point.agenda_item_id].title) in release
    for withheld in content.talking_points:
        if withheld.disclosure == "never":
            assert html.escape(withheld.text) not in release


@both_demos
def test_never_agenda_item_is_background_or_left_out(demo_store: Store) -> None:
    book, content = _book(demo_store)
    item = next(i for i in content.agenda_items if i.disclosure == "never")
    brief = _section_of(book, item)
    assert "not for disclosure" in brief
    assert NOT_FOR_DISCLOSURE in brief
    release, _ = _book(demo_store, release=True)
    assert html.escape(item.title) not in release
    assert NOT_FOR_DISCLOSURE not in release
    internal = next(i for i in content.agenda_items if i.disclosure == "internal")
    assert html.escape(internal.title) in release


@both_demos
def test_one_stop_package_violations_appear(demo_store: Store) -> None:
    book, content = _book(demo_store)
    dossier_id = content.dossier.id
    check = demo_store.check_packages(dossier_id)
    one_stop = next(c for c in check.packages if c.package.origin == "theirs")  # the one-stop package
    assert len(one_stop.violations) >= 2
    start = book.index(html.escape(one_stop.package.name))
    part = book[start : book.index("<h2>Checklists</h2>")]
    for violation in one_stop.violations:
        assert html.escape(violation.red_line) in part
        assert html.escape(violation.reason) in part
        assert violation.severity.upper() in part
    assert "breaks no red line" in book
    assert "☑" in book or "☐" in book


@both_demos
def test_all_text_is_escaped(demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    demo_store.put(replace(dossier, title="Talks <script>alert(1)</script> & more"))
    content = demo_store.content(dossier.id)
    assert content is not None
    item = content.agenda_items[0]
    demo_store.put(replace(item, title="<script>item</script>"))
    book = briefing_html(demo_store, dossier.id, today=TODAY)
    assert "<script>" not in book
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in book
    assert "&lt;script&gt;item&lt;/script&gt;" in book


@both_demos
def test_the_book_carries_its_charts_and_the_release_book_only_those_naming_no_item(demo_store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    full = briefing_html(demo_store, dossier_id, with_charts=True)
    drawn = [kind for kind in KINDS if has_data(kind, demo_store, dossier_id)]
    assert len(drawn) >= 5 and full.count("data:image/png;base64,") == len(drawn) and "<h2>Charts</h2>" in full
    release = briefing_html(demo_store, dossier_id, release=True, with_charts=True)
    assert release.count("data:image/png;base64,") == 2
    assert "data:image" not in briefing_html(demo_store, dossier_id)


def test_the_book_names_fields_by_their_declared_labels() -> None:
    """No label of a declared field is written a second time in the code of the paper: the
    book, the checklists and the charts take labels from the declarations."""
    import ast
    from pathlib import Path

    import negoprep.paper

    labels = {c.label for rtype in model.RECORD_TYPES for c in rtype.declared()}
    # words that equal a label but name something else: the mandate table's columns (a step's
    # text, and who approved each step: four fields in one column), a bar of done tasks, a
    # package's value and status in a chart, the section of the dossier's notes, the book's
    # summary page (a round's summary is the field's label)
    other_meanings = {"Position", "Approved by", "Done", "Value", "Package", "Status", "Notes", "Summary"}
    found = {}
    for path in Path(negoprep.paper.__file__).parent.glob("*.py"):
        strings = {
            n.value
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
        found[path.name] = sorted((strings & labels) - other_meanings)
    assert found == {name: [] for name in found}


# --- the summary, the pairs, the notes, what an empty section says --------------------------------

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def _point(n: int, kind: str, text: str) -> model.TalkingPoint:
    return model.TalkingPoint(id=f"p{n}", dossier_id="d", agenda_item_id="a", kind=kind, text=text, position=n)


def test_questions_are_paired_with_their_answers() -> None:
    points = [
        _point(1, "question", "Will you cap exports?"),
        _point(2, "answer", "No; we offer purchases."),
        _point(3, "question", "What is your timetable?"),
        _point(4, "answer", "Q: Why a lower rate? A: We are an FTA partner."),
        _point(5, "answer", "An answer on its own."),
        _point(6, "point", "Not a question."),
    ]
    assert qa_pairs(points) == [
        ("Will you cap exports?", "No; we offer purchases."),
        ("What is your timetable?", ""),  # the next answer carries its own question
        ("Why a lower rate?", "We are an FTA partner."),
        ("", "An answer on its own."),
    ]
    assert inline_qa("문: 왜인가? 답: 때문임.") == ("왜인가?", "때문임.")  # in an English window too
    assert inline_qa("Q: only a question?") is None
    assert inline_qa("Q: one? A: two.") == ("one?", "two.")


@both_demos
def test_no_answer_prints_as_a_question_and_each_question_is_bold_over_its_answer(demo_store: Store) -> None:
    book, content = _book(demo_store)
    assert "A:</b> Q:" not in book and "A: Q:" not in html.unescape(re.sub(r"<[^>]+>", "", book))
    certain = {i.id for i in content.agenda_items if i.likelihood == "certain"}  # (the others: no Q&A)
    paired = 0
    for item in certain:
        for question, answer in qa_pairs(p for p in content.talking_points if p.agenda_item_id == item):
            paired += 1
            question, answer = html.escape(question), html.escape(answer)
            assert f"<b>Q: {question}</b></p>" in book  # (the labels of the installed language)
            after = book[book.index(f"<b>Q: {question}</b></p>") :]
            assert after.index(f"A: {answer}") < after.index("</p>", after.index("</p>") + 1) + 1
    assert paired >= 2


@both_demos
def test_the_summary_follows_the_cover_on_its_own_page(demo_store: Store) -> None:
    book, content = _book(demo_store)
    summary = book[book.index(">Summary</h2>") : book.index(">Roster</h2>")]
    assert html.escape(content.dossier.objective) in summary
    assert f'style="{NEW_PAGE}">Summary' in book and f'style="{NEW_PAGE}">Roster' in book
    for message in key_messages(content):
        assert html.escape(message) in summary
    assert key_messages(content)
    for red_line in content.red_lines:
        assert html.escape(red_line.title) in summary
    values = demo_store.package_values(content.dossier.id)
    best = max((p for p in content.packages if values[p.id].acceptable), key=lambda p: values[p.id].ours)
    assert f"Best acceptable package:</b> {html.escape(best.name)}" in summary
    for package in content.packages:
        if not values[package.id].acceptable:
            line = summary[summary.index(html.escape(package.name)) :]
            line = line[: line.index("</li>")]
            for title in values[package.id].breaks:
                assert html.escape(title) in line


@both_demos
def test_the_release_summary_follows_the_release_policy(demo_store: Store) -> None:
    book, content = _book(demo_store, release=True)
    summary = book[book.index(">Summary</h2>") : book.index(">Roster</h2>")]
    released = release(content)
    assert released.packages, "the demo's release copy withholds a package"
    for package in content.packages:
        if package.id in released.packages:
            assert html.escape(package.name) not in summary
    # the expected U.S. one-stop package and the U.S. offer of round 2 reach our walk-away points;
    # our counter-offer's value for them is measured against the walk-away figures
    assert len(released.packages) == 3
    assert "3 packages are withheld from this copy." in summary
    for item in content.agenda_items:
        if item.id in released.items:
            assert html.escape(item.title) not in summary
    for point in content.talking_points:
        if point.disclosure == "never":
            assert html.escape(point.text) not in summary


def test_a_new_dossier_prints_one_line_under_each_section_and_no_empty_chart(store: Store) -> None:
    store.put(model.Dossier(id="d-new", title="EU–UK fisheries"))
    book = briefing_html(store, "d-new", today=TODAY, with_charts=True)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", book))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for heading, says in (
        ("Roster", "No participants recorded."),
        ("Agenda", "No agenda items recorded."),
        ("Red lines", "No red lines recorded."),
        ("Packages", "No packages recorded."),
        ("Checklists", "No checklists recorded."),
        ("Notes", "No notes recorded."),
    ):
        assert lines[lines.index(heading) + 1] == says, heading
        assert lines.count(says) == 1, says  # the summary does not say it again
    assert "Charts" not in lines and "data:image" not in book  # no chart of nothing
    assert "No figures yet" not in text and "not given" not in text


@both_demos
def test_the_notes_print_unless_the_release_policy_withholds_them(demo_store: Store) -> None:
    book, content = _book(demo_store)
    assert content.notes
    texts = [html.escape(note.text).replace("\n", "<br/>") for note in content.notes]
    assert all(text in book for text in texts)
    assert all(html.escape(note.title) in book for note in content.notes)
    dossier = content.dossier
    demo_store.put(replace(dossier, release_notes=False))
    shown, _ = _book(demo_store, release=True)
    assert all(text in shown for text in texts)
    demo_store.put(replace(demo_store.find_dossier(dossier.id), release_notes=True))
    withheld, _ = _book(demo_store, release=True)
    assert not any(text in withheld for text in texts)
    assert f"{len(content.notes)} notes are withheld from this copy." in withheld


@both_demos
def test_overdue_tasks_are_marked_in_the_book_in_words_and_colour(demo_store: Store) -> None:
    book, content = _book(demo_store)
    late = [t for c in content.checklists for t in c.items if is_overdue(t, TODAY.isoformat())]
    assert late and len(late) < sum(len(c.items) for c in content.checklists)
    assert book.count("(overdue)") == len(late)
    assert book.count("color: #b00000") == len(late)


def _pdf_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.rstrip("\f").split("\f")


def _pages_with_pictures(pdf: Path) -> set[int]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {int(line.split()[0]) for line in out.splitlines()[2:] if line.strip()}


def _headings(book: str) -> list[str]:
    """The text of every heading of the book, on one line (an item's heading holds its facts)."""
    found = []
    for inner in re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", book, flags=re.DOTALL):
        for part in re.split(r"<br/?>", inner):
            text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", part)).split())
            if text:
                found.append(text)
    return found


def _body_lines(page: str, dossier: model.Dossier) -> list[str]:
    """A page's lines of text without the classification, the header and the footer."""
    lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if line != dossier.classification
        and not re.search(r"Printed \d{4}-\d\d-\d\d$", line)
        and not re.fullmatch(r"(Copy \d+ )?Page \d+ of \d+", line)
    ]


@needs_pdftotext
@both_demos
def test_no_heading_is_the_last_line_of_a_page(demo_store: Store, tmp_path: Path) -> None:
    from negoprep.ui import printing

    dossier = demo_store.dossiers()[0]
    for release_copy in (False, True):
        book = briefing_html(demo_store, dossier.id, release=release_copy, today=TODAY, with_charts=True)
        headings = _headings(book)
        out = tmp_path / f"book-{release_copy}.pdf"
        result = printing.render_pdf(book, out, title=dossier.title, classification=dossier.classification)
        pages = _pdf_pages(out)
        assert len(pages) == result.pages > 3
        pictured = _pages_with_pictures(out)
        assert _body_lines(pages[1], dossier)[0] == "Summary"  # the summary after the cover,
        assert _body_lines(pages[2], dossier)[0] == "Roster"  # on a page of its own
        for number, page in enumerate(pages, start=1):
            body = _body_lines(page, dossier)
            if not body:
                continue  # a page of charts
            last, two = body[-1], " ".join(body[-2:])
            stranded = [h for h in headings if last == h or two == h]  # (a heading may wrap)
            # (a heading over a chart: the picture follows it on the page, where text does not show)
            assert not stranded or number in pictured, f"page {number} ends with the heading {last!r}"


@needs_pdftotext
def test_the_print_engine_keeps_a_heading_with_its_text_wherever_the_page_ends(tmp_path: Path) -> None:
    """A heading pushed down one paragraph at a time past the foot of a page."""
    from negoprep.ui import printing

    kept = "<h3>KEPT HEADING</h3><p>Its first paragraph.</p>"
    for before in range(26, 40):
        filler = "".join(f"<p>Filler paragraph {n}.</p>" for n in range(before))
        out = tmp_path / f"{before}.pdf"
        printing.render_pdf(f"<html><body>{filler}{kept}</body></html>", out, title="t")
        for page in _pdf_pages(out):
            body = [line.strip() for line in page.splitlines() if line.strip() and "Page " not in line]
            body = [line for line in body if not line.startswith("t ")]
            assert body[-1] != "KEPT HEADING", before
