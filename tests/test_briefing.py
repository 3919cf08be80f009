"""The briefing book's HTML, on the demo dossier."""

from __future__ import annotations

import datetime
import html
from dataclasses import replace

from negoprep.paper.briefing import NOT_FOR_DISCLOSURE, briefing_html
from negoprep.records import model
from negoprep.records.labels import field_label
from negoprep.records.release import ReleasePolicy
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
    assert full.count("data:image/png;base64,") == 5 and "<h2>Charts</h2>" in full
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
    # package's value and status in a chart, the section of the dossier's notes
    other_meanings = {"Position", "Approved by", "Done", "Value", "Package", "Status", "Notes"}
    found = {}
    for path in Path(negoprep.paper.__file__).parent.glob("*.py"):
        strings = {
            n.value
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
        found[path.name] = sorted((strings & labels) - other_meanings)
    assert found == {name: [] for name in found}
