"""The lists of records the forms and filters show are read off the GUI thread once a dossier
is shown, and a list read while anything changed is dropped, never shown out of date."""

from __future__ import annotations

import threading
from dataclasses import replace

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.operations import Background
from negoprep.ui.workspace import REFERENCED, Workspace


def test_the_lists_are_read_off_the_gui_thread_once_a_dossier_is_shown(qtbot, demo_store: Store, monkeypatch) -> None:
    readers: list[str] = []
    choices = Store.choices

    def recorded(store: Store, rtype, dossier_id):
        readers.append(threading.current_thread().name)
        return choices(store, rtype, dossier_id)

    monkeypatch.setattr(Store, "choices", recorded)
    ws = Workspace(demo_store)
    ws.set_dossier(demo_store.dossiers()[0].id)
    qtbot.waitUntil(lambda: bool(Background._pending), timeout=5_000)
    Background.settle_all()
    assert {t.table for t in REFERENCED} <= ws._choices.keys()
    assert readers and "MainThread" not in readers
    readers.clear()
    listed = ws.choices(model.AgendaItem)
    assert not readers  # read already
    assert listed == choices(demo_store, model.AgendaItem, ws.dossier_id)
    assert [title for _, title in listed][:1] == [demo_store.records(model.AgendaItem, ws.dossier_id)[0].title]


def test_a_list_read_while_a_change_is_made_is_read_again(qtbot, demo_store: Store, monkeypatch) -> None:
    ws = Workspace(demo_store)
    dossier_id = demo_store.dossiers()[0].id
    reading, go_on = threading.Event(), threading.Event()
    choices = Store.choices

    def slow(store: Store, rtype, dossier):
        if threading.current_thread().name != "MainThread":
            reading.set()
            go_on.wait(10)
        return choices(store, rtype, dossier)

    monkeypatch.setattr(Store, "choices", slow)
    ws.set_dossier(dossier_id)
    ws.prepare_choices()
    assert reading.wait(10)
    item = demo_store.records(model.AgendaItem, dossier_id)[0]
    ws.apply("Retitle", puts=[replace(item, title="Retitled while the lists were read")])
    arrived: list[str] = []
    ws.choices_arrived.connect(arrived.append)
    go_on.set()
    Background.settle_all()
    # the list read meanwhile is out of date: it is read again, and only that one arrives
    assert arrived.count("agenda_items") == 1
    assert (item.id, "Retitled while the lists were read") in ws._choices["agenda_items"]


def test_a_store_in_memory_reads_its_lists_when_asked(qtbot, demo_doc: dict) -> None:
    from negoprep.records.model import Author

    store = Store.open(None, Author(id="00000000-0000-4000-8000-000000000002", name="Mem"))
    store.load(demo_doc)
    ws = Workspace(store)
    ws.set_dossier(store.dossiers()[0].id)
    ws.prepare_choices()
    assert not Background._pending  # (no second connection sees a store in memory)
    assert ws.choices(model.AgendaItem) == store.choices(model.AgendaItem, ws.dossier_id) != []


def test_closing_the_window_waits_for_what_reads_the_store(qtbot, demo_store: Store, tmp_path, monkeypatch) -> None:
    """A reader still open when the window closes its store would leave the -wal beside it:
    the .db alone would then not hold everything (a copy of it, mailed, loses changes)."""
    import time
    from pathlib import Path

    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    choices = Store.choices

    def slow(store: Store, rtype, dossier):
        if threading.current_thread().name != "MainThread":
            time.sleep(0.3)
        return choices(store, rtype, dossier)

    monkeypatch.setattr(Store, "choices", slow)
    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    item = demo_store.records(model.AgendaItem, window.workspace.dossier_id)[0]
    window.workspace.apply("Retitle", puts=[replace(item, title="Written just before closing")])
    window.workspace.prepare_choices()
    assert Background._pending
    window.close()
    assert not Background._pending
    demo_store.close()
    wal = Path(f"{demo_store.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_list_asked_for_while_it_is_read_ahead_is_waited_for_not_read_twice(
    qtbot, demo_store: Store, monkeypatch
) -> None:
    """At 1,000,000 rows both readings at once took twice as long (200,000 titles each); a
    list whose reading has not begun is read at once instead, and its reading dropped (a short
    list asked for waits for no long one)."""
    import time

    readers: list[tuple[str, str]] = []
    choices = Store.choices

    def slow(store: Store, rtype, dossier):
        readers.append((rtype.table, threading.current_thread().name))
        if threading.current_thread().name != "MainThread":
            time.sleep(0.05)
        return choices(store, rtype, dossier)

    monkeypatch.setattr(Store, "choices", slow)
    ws = Workspace(demo_store)
    ws.set_dossier(demo_store.dossiers()[0].id)
    ws.prepare_choices()
    qtbot.waitUntil(lambda: ws._preparing["agenda_items"].running(), timeout=10_000)
    listed = ws.choices(model.AgendaItem)
    assert listed == choices(demo_store, model.AgendaItem, ws.dossier_id)
    agenda = [name for table, name in readers if table == "agenda_items"]
    assert len(agenda) == 1 and agenda != ["MainThread"]  # read once, ahead

    readers.clear()
    ws._choices.clear()
    ws.prepare_choices()  # (tracks first, agenda items among the last)
    ws.choices(model.AgendaItem)  # asked before its reading has begun
    Background.settle_all()
    assert [t for t in readers if t[0] == "agenda_items"] == [("agenda_items", "MainThread")]


def test_a_window_closed_before_its_lists_are_read_ahead_reads_none_after(
    qtbot, demo_store: Store, tmp_path, monkeypatch
) -> None:
    """The lists are read ahead a moment after a dossier is shown: a window closed before
    then opened readers on a store being closed (leaving its -wal beside it)."""
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    read: list[str] = []
    choices = Store.choices
    monkeypatch.setattr(Store, "choices", lambda *a: read.append(threading.current_thread().name) or choices(*a))
    window = MainWindow(demo_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.close()
    read.clear()
    qtbot.wait(400)  # (the read-ahead would have begun 150 ms after the dossier was shown)
    Background.settle_all()
    assert read == []
