"""Sharing from the window: exporting (plain and encrypted), merging a colleague's file
(plain and encrypted), and resolving the conflicts a merge leaves."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from negoprep.records import model
from negoprep.store.merge import pending_conflicts
from negoprep.store.sharing import export_shared, verify_shared
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.dialogs.conflicts_dialog import ConflictsDialog
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from tests.ui.helpers import finish_operation

KIM = model.Author(id="00000000-0000-4000-8000-0000000000c1", name="Kim")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def first_item(store: Store) -> model.AgendaItem:
    return store.content(store.dossiers()[0].id).agenda_items[0]


def edit_title(store: Store, item_id: str, title: str) -> None:
    time.sleep(0.003)  # revision times have milliseconds: keep "later" unambiguous
    store.apply("edit", puts=[replace(store.get(model.AgendaItem, item_id), title=title)])


def colleague_copy(demo_store: Store, folder: Path) -> Store:
    """A teammate's copy of the store, opened under their name."""
    demo_store.save_copy(folder / "kim.db")
    return Store.open(folder / "kim.db", KIM)


def agenda_titles(window: MainWindow) -> list[str]:
    window.show_section(1)
    view = window.current_section()
    return [view.model.record(row).title for row in range(view.model.rowCount())]


# --- export ------------------------------------------------------------------------------------


def test_export_plain_from_the_window(window: MainWindow, tmp_path: Path, monkeypatch, qtbot, warnings) -> None:
    target = tmp_path / "share.db"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    dialog = window.files.export_dialog
    assert dialog.dossier_radio.isChecked() and dialog.export_button.isEnabled()
    dialog.release_box.setChecked(True)
    dialog.export_button.click()
    finish_operation(qtbot, window)
    report = verify_shared(target)
    assert [title for _, title in report.dossiers] == [window.workspace.dossier().title]
    assert "share.db" in window.statusBar().currentMessage()
    assert not warnings and not dialog.isVisible()

    # an export never overwrites: the person is told, the file stays as it was
    before = target.read_bytes()
    window.export_action.trigger()
    window.files.export_dialog.export_button.click()
    finish_operation(qtbot, window)
    assert warnings and "already exists" in warnings[0]
    assert target.read_bytes() == before and window.files.export_dialog.isVisible()


def test_export_with_a_passphrase(window: MainWindow, tmp_path: Path, monkeypatch, qtbot, warnings) -> None:
    target = tmp_path / "share"  # the suffix is added
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    dialog = window.files.export_dialog
    dialog.store_radio.setChecked(True)
    dialog.passphrase_radio.setChecked(True)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase_edit, "correct horse")
    qtbot.keyClicks(dialog.repeat_edit, "correct hors")
    assert not dialog.export_button.isEnabled() and "differ" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.repeat_edit, "e")
    assert dialog.export_button.isEnabled() and not dialog.problem_label.text()
    dialog.export_button.click()
    finish_operation(qtbot, window)
    sealed = tmp_path / "share.age"
    assert not warnings and sealed.exists()
    with pytest.raises(VerifyError, match="encrypted"):
        verify_shared(sealed)
    assert verify_shared(sealed, passphrase="correct horse").dossiers


def test_export_for_public_keys_refuses_a_bad_key(
    window: MainWindow, tmp_path: Path, monkeypatch, qtbot, warnings
) -> None:
    target = tmp_path / "share.age"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    dialog = window.files.export_dialog
    dialog.keys_radio.setChecked(True)
    assert not dialog.export_button.isEnabled()
    dialog.keys_edit.setPlainText("age1nonsense\n")
    dialog.export_button.click()
    finish_operation(qtbot, window)
    assert warnings and "not an age public key" in warnings[0]
    assert not target.exists() and not list(tmp_path.glob(".share.age*"))


# --- merge -------------------------------------------------------------------------------------


def test_merge_a_colleagues_plain_file(
    window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, qtbot
) -> None:
    item = first_item(demo_store)
    with colleague_copy(demo_store, tmp_path) as kim:
        edit_title(kim, item.id, "Steel quota relief, phased")
    other = demo_store.content(demo_store.dossiers()[0].id).agenda_items[1]
    window.workspace.apply("edit", puts=[replace(other, title="My own edit")])
    assert window.workspace.undo_stack.count() == 1
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(tmp_path / "kim.db"))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    assert demo_store.get(model.AgendaItem, item.id).title == "Steel quota relief, phased"
    assert "Steel quota relief, phased" in agenda_titles(window)
    report = window.files.merge_dialog.report
    assert report.counts["agenda_items"].updated == 1 and report.backup is not None
    text = window.files.merge_dialog.browser.toPlainText()
    assert "Agenda items" in text and report.backup.name in text
    assert not window.files.merge_dialog.resolve_button.isVisibleTo(window.files.merge_dialog)
    assert window.workspace.undo_stack.count() == 0
    assert not window.conflicts_action.isEnabled()


def test_merge_an_encrypted_file_asks_for_the_passphrase(
    window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, warnings, qtbot
) -> None:
    item = first_item(demo_store)
    with colleague_copy(demo_store, tmp_path) as kim:
        edit_title(kim, item.id, "Sealed title")
        export_shared(kim, tmp_path / "kim.age", passphrase="s3cret")
    before = demo_store.dump(demo_store.dossiers()[0].id)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(tmp_path / "kim.age"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))  # "A passphrase"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    assert warnings and "passphrase" in warnings[0].lower()
    assert demo_store.dump(demo_store.dossiers()[0].id) == before
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    assert "Sealed title" in agenda_titles(window)
    assert len(warnings) == 1


# --- conflicts ---------------------------------------------------------------------------------


def make_conflicts(demo_store: Store, folder: Path) -> tuple[model.AgendaItem, model.AgendaItem]:
    """Both copies change the titles of the same two agenda items differently."""
    items = demo_store.content(demo_store.dossiers()[0].id).agenda_items[:2]
    with colleague_copy(demo_store, folder) as kim:
        for item in items:
            edit_title(demo_store, item.id, f"Mine: {item.title}")
            edit_title(kim, item.id, f"Kim's: {item.title}")
        kim.save_copy(folder / "kim-share.db")
    return items[0], items[1]


def test_resolve_conflicts_keep_a_and_an_edited_value(
    window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, warnings, qtbot
) -> None:
    first, second = make_conflicts(demo_store, tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(tmp_path / "kim-share.db"))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    assert window.files.merge_dialog.report.pending_conflicts == 2
    assert window.files.merge_dialog.resolve_button.isVisibleTo(window.files.merge_dialog)
    assert window.conflicts_action.isEnabled() and demo_store.has_pending_conflicts()
    window.files.merge_dialog.resolve_button.click()
    dialog: ConflictsDialog = window.files.conflicts_dialog
    assert dialog.list_model.rowCount() == 2
    row = [c.row_id for c in dialog.conflicts].index(first.id)
    dialog.select(row)
    conflict = dialog.current()
    assert conflict.field == "title" and conflict.a == f"Mine: {first.title}" and conflict.b == f"Kim's: {first.title}"
    assert "Kim" in dialog.b_meta.text() and dialog.a_value.text() == conflict.a
    assert first.title in dialog.base_label.text()
    assert dialog.edit_box.toPlainText() == conflict.b
    dialog.keep_a_button.click()
    assert demo_store.get(model.AgendaItem, first.id).title == f"Mine: {first.title}"
    assert dialog.list_model.rowCount() == 1 and dialog.current().row_id == second.id

    # a value the store refuses is shown, and the conflict stays
    dialog.edit_box.setPlainText("   ")
    dialog.use_button.click()
    assert warnings and dialog.list_model.rowCount() == 1
    assert warnings[-1].startswith("Title ") and "title" not in warnings[-1]  # the field by its label
    dialog.edit_box.setPlainText("Agreed title")
    dialog.use_button.click()
    assert demo_store.get(model.AgendaItem, second.id).title == "Agreed title"
    assert dialog.list_model.rowCount() == 0 and dialog.right.currentWidget() is dialog.done_label
    assert not pending_conflicts(demo_store) and not demo_store.has_pending_conflicts()
    dialog.close()
    assert "Agreed title" in agenda_titles(window)
    assert not window.conflicts_action.isEnabled()
    # the resolution is a change of the dossier shown: it can be undone
    window.undo_action.trigger()
    assert demo_store.get(model.AgendaItem, second.id).title == f"Kim's: {second.title}"


def test_a_deletion_against_an_edit(window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    note = demo_store.content(demo_store.dossiers()[0].id).notes[0]
    with colleague_copy(demo_store, tmp_path) as kim:
        time.sleep(0.003)
        kim.apply("edit", puts=[replace(kim.get(model.Note, note.id), text="Kim's rewrite")])
        kim.save_copy(tmp_path / "kim-share.db")
    time.sleep(0.003)
    demo_store.apply("delete", deletes=[demo_store.get(model.Note, note.id)])
    demo_store.merge_file(tmp_path / "kim-share.db")
    dialog = ConflictsDialog(window.workspace, window)
    dialog.show()
    deleted = [n for n, c in enumerate(dialog.conflicts) if c.kind == "deleted"]
    assert deleted
    dialog.select(deleted[0])
    assert dialog.ways.currentIndex() == 1
    dialog.keep_record_button.click()
    note_now = demo_store.get(model.Note, note.id)
    assert note_now is not None and not note_now.deleted
    assert not [c for c in pending_conflicts(demo_store) if c.kind == "deleted"]


def test_open_checks_a_strange_file_and_decrypts_an_encrypted_one(qtbot, demo_store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from negoprep.store.sharing import export_shared
    from negoprep.ui.main_window import MainWindow

    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))

    tampered = tmp_path / "tampered.db"
    demo_store.save_copy(tampered)
    import sqlite3

    conn = sqlite3.connect(tampered)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON notes BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    window.files.open_store_path(tampered)
    finish_operation(qtbot, window)
    assert warned and "tampered" in warned[-1] and window.store is demo_store

    sealed = tmp_path / "shared.age"
    export_shared(demo_store, sealed, passphrase="pass")
    dossier_id = demo_store.dossiers()[0].id
    expected = demo_store.dump(dossier_id)  # the window closes this store when it opens another
    target = tmp_path / "opened.db"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A passphrase", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("pass", True))
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    assert window.files.open_store_path(sealed)
    finish_operation(qtbot, window)
    assert window.store.path == target and target.stat().st_mode & 0o777 == 0o600
    assert window.store.dump(dossier_id) == expected
