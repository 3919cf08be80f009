"""The checklists as HTML for paper: every task, escaped, ticks as stored, overdue marked."""

from __future__ import annotations

import re
from html import unescape

from negoprep.paper import checklists as paper
from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import both_demos


def _tasks(store: Store) -> tuple[model.Dossier, list[model.ChecklistItem]]:
    content = store.content(store.dossiers()[0].id)
    assert content is not None
    return content.dossier, [t for c in content.checklists for t in c.items]


@both_demos
def test_every_task_is_there_with_its_tick(demo_store: Store) -> None:
    dossier, tasks = _tasks(demo_store)
    html = paper.store_checklists_html(demo_store, dossier.id, today="2025-04-20")
    for task in tasks:
        assert task.text.replace("&", "&amp;").replace("'", "&#x27;") in html
    assert html.count(paper.TICKED) == sum(t.done for t in tasks)
    assert html.count(paper.UNTICKED) == sum(not t.done for t in tasks)
    assert "(overdue)" in html


def test_text_is_escaped_and_owner_and_links_named() -> None:
    dossier = model.Dossier(id="d", title="A <b>bold</b> & plan")
    task = model.ChecklistItem(
        id="t",
        dossier_id="d",
        checklist_id="c",
        text="<script>alert('x')</script>\nsecond line",
        owner_id="p",
        due="2025-01-01",
        agenda_item_id="a",
        red_line_id="r",
    )
    done = model.ChecklistItem(id="u", dossier_id="d", checklist_id="c", text="done one", done=True, due="2025-01-01")
    checklist = model.Checklist(id="c", dossier_id="d", title="Pre & post", items=[task, done])
    html = paper.checklist_html(
        dossier, checklist, {"p": "Kim <Ji>"}, {"a": "Tariffs", "r": "No linkage"}, today="2025-02-01"
    )
    assert "<script>" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html and "Kim &lt;Ji&gt;" in html and "Pre &amp; post" in html
    assert "second line" in html and "<br/>" in html
    assert "Tariffs · No linkage" in html
    assert html.count("(overdue)") == 1  # a task that is done is never overdue
    assert html.count(paper.TICKED) == 1 and html.count(paper.UNTICKED) == 1
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    assert "1 of 2 done" in text


def test_no_checklists() -> None:
    html = paper.checklists_html(model.Dossier(id="d", title="Empty"), [], {}, {}, today="2025-01-01")
    assert "no checklists" in html


def test_a_tasks_notes_print_under_it() -> None:
    from negoprep.paper.checklists import checklist_html
    from negoprep.records import model

    dossier = model.Dossier(id="d", title="Talks")
    task = model.ChecklistItem(
        id="t", dossier_id="d", checklist_id="c", text="Book rooms", notes="ask for <quiet> floor"
    )
    checklist = model.Checklist(id="c", dossier_id="d", title="Logistics", items=[task])
    html = checklist_html(dossier, checklist, {}, {}, today="2025-01-01")
    assert "Book rooms" in html and "ask for &lt;quiet&gt; floor" in html
