"""The main window as a delegate uses it: sections, dossiers, stores, undo, search, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from negoprep.formats.dossier_json import SECTION_KEYS
from negoprep.identity import load_identity
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui import app as app_module
from negoprep.ui import window_geometry
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry
from negoprep.ui.settings import Settings
from tests.conftest import AUTHOR
from tests.ui.helpers import finish_operation

SECTION_TITLES = ["Overview", "Agenda", "Red lines", "Packages", "Talks", "At home", "Talking points", "Delegation",
                  "Checklists", "Figures", "Notes", "Charts"]  # fmt: skip


def row_of(icon_name: str) -> int:
    """The sidebar row of a section, by its icon's name."""
    return next(row for row, section in enumerate(registry.SECTIONS) if section.icon == icon_name)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, demo_store: Store, settings: Settings) -> MainWindow:
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_sidebar_lists_every_section_and_shows_the_dossier(window: MainWindow, demo_store: Store) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == SECTION_TITLES
    dossier = demo_store.dossiers()[0]
    assert dossier.title in window.windowTitle()
    assert "Test Author" in window.store_label.text()
    content = demo_store.content(dossier.id)
    for name, records in (("agenda", content.agenda_items), ("red-line", content.red_lines),
                          ("package", content.packages), ("talking-point", content.talking_points),
                          ("delegation", content.participants), ("figure", content.figures),
                          ("note", content.notes)):  # fmt: skip
        row = row_of(name)
        window.show_section(row)
        view = window.current_section()
        shown = [view.model.record(r).id for r in range(view.model.rowCount())]
        assert shown == [r.id for r in records], SECTION_TITLES[row]


def test_sections_switch_with_ctrl_numbers(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentIndex() == 2


def test_edit_in_a_section_then_undo_and_redo_from_the_edit_menu(window: MainWindow, demo_store: Store, qtbot) -> None:
    window.show_section(1)
    agenda = window.current_section()
    before = agenda.current_record()
    title = agenda.form.widgets["title"]
    title.clear()
    qtbot.keyClicks(title, "Relief for cars")
    title.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, before.id).title == "Relief for cars"
    assert window.undo_action.isEnabled() and "edit title" in window.undo_action.text().lower()
    window.undo_action.trigger()
    assert demo_store.get(model.AgendaItem, before.id).title == before.title
    window.redo_action.trigger()
    assert demo_store.get(model.AgendaItem, before.id).title == "Relief for cars"


def test_undo_walks_mixed_edits_back_across_sections(window: MainWindow, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dossier_id = demo_store.dossiers()[0].id
    start = demo_store.dump(dossier_id)
    window.show_section(1)
    window.current_section().add_action.trigger()
    window.show_section(row_of("talking-point"))
    points = window.current_section()
    points.delete_action.trigger()
    window.show_section(row_of("note"))
    window.current_section().duplicate_action.trigger()
    window.show_section(0)
    window.current_section().tracks.add_action.trigger()
    assert demo_store.dump(dossier_id) != start
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert demo_store.dump(dossier_id) == start


def test_search_jumps_to_the_record(window: MainWindow, demo_store: Store) -> None:
    window.find_action.trigger()
    dialog = window.search_dialog
    dialog.query.setText("beef")
    dialog.run()
    hits = dialog.results.hits
    item = next(h for h in hits if h.table == "agenda_items")
    dialog.list.setCurrentIndex(dialog.results.index(hits.index(item)))
    dialog.accept_current()
    assert window.sections.currentIndex() == 1
    assert window.current_section().current_record().id == item.row_id


def test_a_checklist_found_shows_its_tasks(window: MainWindow, demo_store: Store) -> None:
    dossier_id = window.workspace.dossier_id
    checklist = demo_store.records(model.Checklist, dossier_id)[-1]
    assert window.show_record("checklists", checklist.id)
    checklists = window.current_section()
    assert window.sections.currentIndex() == row_of("checklist") and checklists.checklist_filter() == checklist.id
    tasks = demo_store.records(model.ChecklistItem, dossier_id, checklist_id=checklist.id)
    assert window.show_record("checklist_items", tasks[-1].id)
    assert checklists.current_record().id == tasks[-1].id


def test_new_dossier_copy_and_delete(qtbot, window: MainWindow, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Japan–US tariff talks", True))
    window.new_dossier_action.trigger()
    assert window.dossier_box.count() == 2
    assert window.workspace.dossier().title == "Japan–US tariff talks"
    assert window.pages.currentIndex() == 0
    window.show_dossier(window.dossier_box.itemData(window.dossier_box.findText("Korea–US 2+2 trade consultation")))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rehearsal copy", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)  # (made on the operations runner)
    copy = window.workspace.dossier()
    assert copy.title == "Rehearsal copy" and window.dossier_box.count() == 3
    assert demo_store.count(model.AgendaItem, copy.id) == 12
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_dossier_action.trigger()
    finish_operation(qtbot, window)  # (made on the operations runner)
    assert window.dossier_box.count() == 2 and "Rehearsal copy" not in [d.title for d in demo_store.dossiers()]


def test_store_and_dossier_reopen_and_recent(qtbot, tmp_path: Path, demo_store: Store, demo_doc: dict,
                                             settings: Settings, monkeypatch) -> None:  # fmt: skip
    other_doc = json.loads(json.dumps(demo_doc).replace(demo_doc["dossier"]["id"], "d-2"))
    other_doc["dossier"]["title"] = "Second dossier"
    for section in SECTION_KEYS:
        other_doc[section] = []
    demo_store.load(other_doc)
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.show_dossier("d-2")
    win.close()
    second_path = tmp_path / "second.db"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(second_path), ""))
    again = MainWindow(Store.open(demo_store.path, AUTHOR), settings)
    qtbot.addWidget(again)
    assert again.workspace.dossier_id == "d-2"
    again.new_store_action.trigger()
    assert again.store.path == second_path and again.pages.currentIndex() == 1  # the empty store page
    assert settings.recent_stores()[:2] == [second_path.resolve(), demo_store.path.resolve()]
    assert settings.last_store() == second_path.resolve()
    qtbot.mouseClick(again.demo_button, Qt.MouseButton.LeftButton)
    assert again.pages.currentIndex() == 0 and again.store.count(model.AgendaItem, again.workspace.dossier_id) == 12


def test_save_a_copy_writes_a_store(window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, qtbot) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.save_copy_action.trigger()
    finish_operation(qtbot, window)
    with Store.open(target, AUTHOR) as copy:
        assert copy.dump(copy.dossiers()[0].id) == demo_store.dump(demo_store.dossiers()[0].id)


def test_read_only_store_shows_a_banner_and_refuses_edits(qtbot, demo_store: Store, settings: Settings) -> None:
    path = demo_store.path
    demo_store.close()
    store = Store.open(path, AUTHOR, readonly=True)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible() and "Read-only" in win.banner.text()
    win.show_section(1)
    agenda = win.current_section()
    assert not agenda.add_action.isEnabled() and not agenda.delete_action.isEnabled()
    assert not agenda.form.isEnabled()
    assert not win.new_dossier_action.isEnabled()


def test_renaming_the_author_keeps_the_id(window: MainWindow, demo_store: Store, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Park   Min-ji ", True))
    old_id = demo_store.author.id
    window.rename_action.trigger()
    assert demo_store.author.name == "Park Min-ji" and demo_store.author.id == old_id
    assert load_identity().name == "Park Min-ji"
    assert "Park Min-ji" in window.store_label.text()


def test_a_refused_change_is_shown_not_raised(window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    item = window.workspace.store.records(model.AgendaItem, window.workspace.dossier_id)[0]
    from dataclasses import replace

    window.workspace.apply("Bad", puts=[replace(item, priority=9)])
    assert shown and "priority" in shown[0]


def test_geometry_is_remembered(qtbot, demo_store: Store, settings: Settings) -> None:
    win = MainWindow(demo_store, settings)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.close()
    assert settings.geometry(window_geometry.screen_key(win.screen())) is not None


def test_an_unopenable_store_is_reported_not_raised(tmp_path: Path, monkeypatch, qapp) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run(junk, is_default=False) == 2
    assert shown and "not a SQLite database" in shown[0]
