"""The open window and other programs on the same store: their changes show within a second
or two, a field being typed in keeps what was typed, and the .db file alone is complete
whenever the app has been idle for a moment."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry
from negoprep.ui.store_watch import IDLE_MS, POLL_MS
from tests.conftest import AUTHOR

WAIT_MS = 2000  # what the issue promises: others' changes show, and the .db is complete, within 2 s


@pytest.fixture
def other(demo_store: Store):
    """Another program on the same file (its own SQLite connection)."""
    with Store.open(demo_store.path, model.Author(id="00000000-0000-4000-8000-0000000000b2", name="Kim")) as store:
        yield store


NOTES = registry.row_of_table("notes")


def test_the_budgets_fit_the_promise() -> None:
    assert POLL_MS + IDLE_MS < WAIT_MS


def test_a_note_written_by_another_program_shows(window: MainWindow, other: Store, qtbot) -> None:
    window.show_section(NOTES)
    view = window.current_section()
    before = view.model.rowCount()
    dossier_id = other.dossiers()[0].id
    other.put(model.Note(id="5f0c7c0e-1111-4d3b-8000-00000000a001", dossier_id=dossier_id, text="From the terminal"))
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=WAIT_MS)
    assert "From the terminal" in [view.model.record(r).text for r in range(view.model.rowCount())]


def test_a_new_dossier_from_another_program_joins_the_list(window: MainWindow, other: Store, qtbot) -> None:
    other.put(model.Dossier(id="5f0c7c0e-2222-4d3b-8000-00000000a002", title="Second consultation"))
    titles = lambda: [window.dossier_box.itemText(i) for i in range(window.dossier_box.count())]  # noqa: E731
    qtbot.waitUntil(lambda: "Second consultation" in titles(), timeout=WAIT_MS)


def test_typing_survives_a_change_made_elsewhere_to_the_same_record(
    window: MainWindow, other: Store, demo_store: Store, qtbot
) -> None:
    window.show_section(NOTES)
    view = window.current_section()
    note = view.form.record
    assert note is not None
    text = view.form.widgets["text"]
    text.setFocus()
    text.setPlainText("Half-written thought")  # typed, not yet left: nothing saved
    other.put(replace(other.get(model.Note, note.id), title="Renamed by Kim"))
    qtbot.waitUntil(lambda: view.form.widgets["title"].text() == "Renamed by Kim", timeout=WAIT_MS)
    assert text.toPlainText() == "Half-written thought"
    view.form.commit_pending()
    saved = demo_store.get(model.Note, note.id)
    assert (saved.title, saved.text) == ("Renamed by Kim", "Half-written thought")


def _copy_alone(store: Path, target: Path) -> None:
    """Copy the .db without its -wal, as a person copies a file to a USB stick (in another
    process: opening the live file here would drop this process's locks on it)."""
    subprocess.run(["cp", str(store), str(target)], check=True)


def test_the_db_alone_is_complete_once_the_app_is_idle(window: MainWindow, demo_store: Store, qtbot, tmp_path: Path):
    workspace = window.workspace
    dossier = workspace.dossier()
    workspace.apply("Objective", puts=[replace(dossier, objective="Written just now")])
    wal = Path(f"{demo_store.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the change is in the log first
    qtbot.wait(WAIT_MS)
    copy = tmp_path / "usb-copy.db"
    _copy_alone(demo_store.path, copy)
    with Store.open(copy, AUTHOR, readonly=True) as copied:
        assert copied.find_dossier().objective == "Written just now"


@pytest.mark.skipif(shutil.which("cp") is None, reason="needs cp")
def test_a_command_line_change_reaches_the_db_alone_while_the_app_is_open(
    window: MainWindow, demo_store: Store, qtbot, tmp_path: Path
) -> None:
    doc_path = tmp_path / "edit.json"
    import json

    doc = demo_store.dump(demo_store.dossiers()[0].id)
    doc["dossier"]["venue"] = "Seoul, written from the terminal"
    doc_path.write_text(json.dumps(doc), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(demo_store.path), "load", str(doc_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    qtbot.wait(WAIT_MS)
    copy = tmp_path / "usb-copy.db"
    _copy_alone(demo_store.path, copy)
    with Store.open(copy, AUTHOR, readonly=True) as copied:
        assert copied.find_dossier().venue == "Seoul, written from the terminal"


def test_a_change_waits_for_another_program_and_says_so(window: MainWindow, demo_store: Store, qtbot) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(demo_store.path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        said: list[str] = []
        window.statusBar().messageChanged.connect(said.append)
        workspace = window.workspace
        dossier = workspace.dossier()
        assert workspace.apply("Objective", puts=[replace(dossier, objective="After the wait")]) is not None
        assert any("Waiting for another program" in text for text in said), said
        assert demo_store.find_dossier().objective == "After the wait"
    finally:
        holder.wait(timeout=30)
        holder.stdout.close()


HOLD_THE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(1.5)
conn.execute("COMMIT")
"""


def test_typing_is_kept_when_a_change_elsewhere_hides_the_record(
    window: MainWindow, other: Store, demo_store: Store, qtbot
) -> None:
    window.show_section(NOTES)
    view = window.current_section()
    note = view.form.record
    view.filter_edit.setText(note.title.split()[0])  # the list shows the notes of that word
    qtbot.waitUntil(lambda: view.form.record is not None and view.form.record.id == note.id, timeout=WAIT_MS)
    text = view.form.widgets["text"]
    text.setFocus()
    text.setPlainText("Typed while Kim renamed it")
    other.put(replace(other.get(model.Note, note.id), title="Something else entirely"))
    qtbot.waitUntil(lambda: view.form.record is None or view.form.record.id != note.id, timeout=WAIT_MS)
    assert demo_store.get(model.Note, note.id).text == "Typed while Kim renamed it"


def test_a_field_saved_before_the_window_has_seen_others_changes_keeps_them(
    window: MainWindow, other: Store, demo_store: Store, qtbot
) -> None:
    """The form writes the one field that was edited onto the record as it is stored, not the
    whole record as it was shown: another program's change to another field stays."""
    window.store_watch.stop()  # the window has not looked yet
    window.show_section(NOTES)
    view = window.current_section()
    note = view.form.record
    other.put(replace(other.get(model.Note, note.id), title="Renamed by Kim"))
    text = view.form.widgets["text"]
    text.setPlainText("Written here at the same moment")
    view.form.commit_pending()
    saved = demo_store.get(model.Note, note.id)
    assert (saved.title, saved.text) == ("Renamed by Kim", "Written here at the same moment")
