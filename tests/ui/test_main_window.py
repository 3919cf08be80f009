"""The main window on a real store: the dossier's facts, agenda items and red lines on screen."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from negoprep.identity import load_identity
from negoprep.model import Dossier, RedLine
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui.agenda_table_model import AgendaTableModel
from negoprep.ui.main_window import MainWindow
from negoprep.ui.record_table_model import ID_ROLE
from negoprep.ui.red_line_table_model import RedLineTableModel


@pytest.fixture
def window(qtbot, demo_store: Store) -> MainWindow:
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def column_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_shows_the_dossier_and_its_items(window: MainWindow, demo_store: Store) -> None:
    content = demo_store.content(demo_store.dossiers()[0].id)
    dossier = content.dossier
    assert window.header.title.text() == dossier.title
    assert window.header.counterpart.text() == dossier.counterpart
    assert window.header.venue.text() == dossier.venue
    assert window.header.when.text() == "24 April 2025"
    assert window.header.format.text() == "Consultation"
    assert window.header.objective.text() == dossier.objective
    assert window.header.classification.isVisible() and window.header.classification.text() == "RESTRICTED"
    assert dossier.title in window.windowTitle()

    assert column_texts(window.agenda_view, 0) == [i.title for i in content.agenda_items]
    tracks = {t.id: t.name for t in content.tracks}
    assert column_texts(window.agenda_view, 1) == [tracks[i.track_id] for i in content.agenda_items]
    assert column_texts(window.red_line_view, 0) == [r.title for r in content.red_lines]
    assert window.agenda_box.title() == f"Agenda items ({len(content.agenda_items)})"
    assert "Test Author" in window.store_label.text()


def test_rules_read_in_plain_words(window: MainWindow) -> None:
    rules = column_texts(window.red_line_view, 2)
    assert any(r.startswith("No linkage between Defense cost-sharing and Tariffs") for r in rules)
    assert "Checked by a person" in rules


def test_sorting_by_priority_is_numeric(window: MainWindow, qtbot) -> None:
    window.agenda_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    priorities = [int(p) for p in column_texts(window.agenda_view, 2)]
    assert priorities == sorted(priorities, reverse=True) and len(set(priorities)) > 1


def test_models_pass_the_model_tester(qtmodeltester, demo_store: Store) -> None:
    content = demo_store.content(demo_store.dossiers()[0].id)
    agenda = AgendaTableModel()
    agenda.set_names({t.id: t.name for t in content.tracks}, {p.id: p.name for p in content.participants})
    agenda.set_records(content.agenda_items)
    qtmodeltester.check(agenda)
    red_lines = RedLineTableModel()
    red_lines.set_names({t.id: t.name for t in content.tracks}, {i.id: i.title for i in content.agenda_items}, {})
    red_lines.set_records(content.red_lines)
    qtmodeltester.check(red_lines)
    assert red_lines.index(0, 0).data(ID_ROLE) == content.red_lines[0].id


def test_empty_store_offers_the_demo(qtbot, store: Store) -> None:
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentIndex() == 1
    qtbot.mouseClick(win.demo_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentIndex() == 0
    assert win.agenda_view.model().rowCount() >= 8


def test_switching_dossiers(qtbot, demo_store: Store, demo_doc: dict) -> None:
    other = json.loads(json.dumps(demo_doc).replace(demo_doc["dossier"]["id"], "second-dossier"))
    other["dossier"]["title"] = "A second negotiation"
    for section in (
        "tracks",
        "participants",
        "agenda_items",
        "talking_points",
        "red_lines",
        "packages",
        "checklists",
        "figures",
        "notes",
    ):
        other[section] = []
    demo_store.load(other)
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    assert win.dossier_box.isEnabled() and win.dossier_box.count() == 2
    index = win.dossier_box.findData("second-dossier")
    win.dossier_box.setCurrentIndex(index)
    win.dossier_box.activated.emit(index)
    assert win.header.title.text() == "A second negotiation"
    assert win.agenda_view.model().rowCount() == 0


def test_an_unopenable_store_is_reported_not_raised(tmp_path: Path, monkeypatch, qapp) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run(junk, is_default=False) == 2
    assert shown and "not a SQLite database" in shown[0]


def test_rule_column_names_tracks() -> None:
    model = RedLineTableModel()
    rule = RedLine(id="r", dossier_id="d", title="t", rule={"kind": "no_bundle", "tracks": ["a", "b"], "max": 1})
    model.set_names({"a": "Tariffs", "b": "Energy"}, {}, {})
    model.set_records([rule])
    assert model.index(0, 2).data() == "A package may span at most 1 of Tariffs or Energy"


def test_renaming_the_author_keeps_the_id(window: MainWindow, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr("negoprep.ui.main_window.QInputDialog.getText", lambda *args: ("  Park   Min-ji ", True))
    old_id = demo_store.author.id
    window.rename_action.trigger()
    assert demo_store.author.name == "Park Min-ji" and demo_store.author.id == old_id
    assert load_identity().name == "Park Min-ji"
    assert "Park Min-ji" in window.store_label.text()
    dossier = demo_store.dossiers()[0]
    demo_store.put(replace(dossier, venue="Seoul"))
    assert demo_store.history(Dossier, dossier.id)[-1].author_name == "Park Min-ji"
