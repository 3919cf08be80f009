"""The core speaks the installed language: its errors and reports go through the translation
seam (negoprep.i18n), and the bundled checklist templates come in Korean."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from negoprep import i18n
from negoprep.analysis import scoring
from negoprep.errors import StoreError
from negoprep.formats import templates
from negoprep.records import model
from negoprep.store import connection
from negoprep.store.export import export_store
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file

HANGUL = range(0xAC00, 0xD7A4)


def _marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + text + "»"


@pytest.fixture
def marked() -> Iterator[None]:
    """Every text translated as «text», so that a text that skipped the seam shows bare."""
    i18n.install("en", _marked)
    try:
        yield
    finally:
        i18n.install("en", None)


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.install("ko", None)
    try:
        yield
    finally:
        i18n.install("en", None)


def test_a_missing_store_is_said_in_the_installed_language(tmp_path: Path, marked: None) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError) as raised:
        connection.connect(missing, create=False)
    assert str(raised.value) == f"«there is no store at {missing}»"


def test_a_damaged_file_is_reported_in_the_installed_language(demo_store: Store, tmp_path: Path) -> None:
    shared = tmp_path / "shared.db"
    export_store(demo_store, shared)
    shared.write_bytes(shared.read_bytes()[:-1000])  # a copy cut short
    i18n.install("en", _marked)
    try:
        with pytest.raises(VerifyError) as raised:
            verify_file(shared)
    finally:
        i18n.install("en", None)
    said = str(raised.value)
    assert said.startswith(f"«{shared} is truncated: it holds ") and said.endswith("download?)»")


def test_a_text_given_as_a_store_names_what_it_is_in_the_installed_language(tmp_path: Path, marked: None) -> None:
    text = tmp_path / "notes.db"
    text.write_text("minutes of the meeting\n" * 20, encoding="utf-8")
    with pytest.raises(VerifyError) as raised:
        verify_file(text)
    # the sentence and the phrase inside it are each translated
    assert str(raised.value) == f"«{text} is not a negoprep store: it is not a SQLite database («a text file»)»"


def _items() -> dict[str, model.AgendaItem]:
    return {
        f"a{n}": model.AgendaItem(id=f"a{n}", dossier_id="d", track_id="t", title=f"Item {n}", weight=w)
        for n, w in ((1, 30), (2, 10))
    }


def _package(*entries: tuple[str, str, str | None]) -> model.Package:
    return model.Package(
        id="p",
        dossier_id="d",
        name="P",
        items=[
            model.PackageItem(id=f"e{n}", dossier_id="d", package_id="p", agenda_item_id=a, role=r, level=level)
            for n, (a, r, level) in enumerate(entries)
        ],
    )


def test_scoring_warnings_are_said_in_the_installed_language(marked: None) -> None:
    worth = scoring.value(_package(("a1", "give", "beyond")), _items(), [], {})
    assert worth.warnings == (
        '«it gives «"Item 1"» beyond its walk-away point»',  # the quoting is the language's too
        "«it gives without getting anything in return»",
    )
    worth = scoring.value(_package(("a1", "give", None), ("a2", "get", None)), _items(), [], {})
    assert worth.warnings == ("«it gives more weight (30) than it gets (10)»",)


def test_english_stays_the_source_text_without_a_language() -> None:
    worth = scoring.value(_package(("a1", "get", "beyond")), _items(), [], {})
    assert worth.warnings == ('it settles "Item 1" beyond its walk-away point',)


def test_a_delete_refused_names_the_record_in_the_installed_language(demo_store: Store, marked: None) -> None:
    dossier = demo_store.dossiers()[0]
    track = demo_store.content(dossier.id).tracks[0]
    with pytest.raises(InvalidChangeError) as raised:  # the track's items and rules hold it
        demo_store.delete(track)
    said = str(raised.value)
    assert "«track»" in said and "cannot be deleted: " in said and "«" in said.split("cannot be deleted: ")[1]


# --- checklist templates ----------------------------------------------------------------


def _hangul(text: str) -> bool:
    return any(ord(ch) in HANGUL for ch in text)


def test_every_bundled_template_has_korean_for_every_text() -> None:
    for path in sorted(templates.bundled_folder().glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert _hangul(doc["ko"]["title"]) and _hangul(doc["ko"]["description"]), path.name
        for task in doc["tasks"]:
            assert _hangul(task["ko"]["text"]) and _hangul(task["ko"]["role"]), (path.name, task["text"])


def test_the_bundled_templates_come_in_korean(korean: None) -> None:
    found = templates.list_templates()
    assert found.skipped == []
    assert [t.title for t in found][:2] == ["출국 전 준비", "수석대표 보고"]
    for template in found:
        assert _hangul(template.title) and _hangul(template.description)
        assert all(_hangul(task.text) and _hangul(task.role) for task in template.tasks)


def test_korean_and_english_share_one_definition_of_each_template() -> None:
    english = templates.list_templates()
    i18n.install("ko", None)
    try:
        korean = templates.list_templates()
    finally:
        i18n.install("en", None)
    assert [t.path for t in english] == [t.path for t in korean]
    for en, ko in zip(english, korean, strict=True):
        assert [t.days_before for t in en.tasks] == [t.days_before for t in ko.tasks]
        assert not _hangul(en.title) and all(not _hangul(t.text) for t in en.tasks)


def test_a_text_without_korean_falls_back_to_english() -> None:
    doc = {
        "title": "Our visit",
        "ko": {"title": "우리 방문"},
        "tasks": [{"text": "Book the room", "days_before": 3}, {"text": "Pack", "ko": {"text": "짐 싸기"}}],
    }
    template = templates.parse_template(json.dumps(doc), language="ko")
    assert template.title == "우리 방문" and template.description == ""
    assert [t.text for t in template.tasks] == ["Book the room", "짐 싸기"]
    assert templates.parse_template(json.dumps(doc), language="en").title == "Our visit"
    with pytest.raises(ValueError, match="'ko' is not a JSON object"):
        templates.parse_template(json.dumps({**doc, "ko": "우리 방문"}), language="ko")


def test_the_briefing_task_and_an_untitled_checklist_are_translated(marked: None) -> None:
    dossier = model.Dossier(id="d", title="Talks", starts_on="2025-04-24")
    red = model.RedLine(id="r1", dossier_id="d", title="No linkage")
    checklist, task = templates.checklist_from_template(None, dossier, red_lines=[red], position=0)
    assert isinstance(checklist, model.Checklist) and checklist.title == "«Checklist»"
    assert isinstance(task, model.ChecklistItem) and task.text == "«Head of delegation briefed on: No linkage»"
