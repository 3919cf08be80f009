"""Settings → Language switches the window's language at once, and nothing is lost: a text
being typed, the undo history, the dossier, the section and the record shown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from negoprep import i18n
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings
from negoprep.ui.translation import use_language

HANGUL = re.compile("[가-힣]")


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    use_language("en")


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _language_action(window: MainWindow, code: str) -> QAction:
    found = window.findChild(QAction, f"language_{code or 'system'}")
    assert found is not None
    return found


def test_switching_language_keeps_every_piece_of_work(window: MainWindow, demo_store: Store, qtbot) -> None:
    window.show_section(1)  # Agenda
    view = window.current_section()
    view.table.selectRow(2)
    shown = view.current_record()
    assert shown is not None
    # an edit saved through the undo stack, and one still being typed
    title = view.form.widgets["title"]
    title.setText("Changed before the switch")
    title.editingFinished.emit()
    assert window.workspace.undo_stack.canUndo()
    interests = view.form.widgets["interests"]
    interests.setPlainText("Typed, not yet left")

    _language_action(window, "ko").trigger()

    assert i18n.language() == "ko"
    assert all(HANGUL.search(t) for t in _menu_titles(window)), _menu_titles(window)
    assert window.settings.language() == "ko"
    assert window.sections.currentIndex() == 1
    view = window.current_section()
    assert view.current_record().id == shown.id
    record = demo_store.get(model.AgendaItem, shown.id)
    assert record.title == "Changed before the switch"
    assert record.interests == "Typed, not yet left"
    assert window.workspace.undo_stack.canUndo()
    assert HANGUL.search(window.undo_action.text())
    assert HANGUL.search(window.sidebar.item(1).text())
    assert HANGUL.search(view.add_action.text()), view.add_action.text()

    window.undo()  # the history survived the switch: both edits are taken back in turn
    window.undo()
    assert demo_store.get(model.AgendaItem, shown.id).title == shown.title

    _language_action(window, "en").trigger()
    assert _menu_titles(window)[0] == "&File"
    assert window.settings.language() == "en"


def test_switching_language_keeps_each_list_sorted_and_filtered(window: MainWindow, qtbot) -> None:
    """A list sorted or filtered before the switch is sorted and filtered the same way after
    it (in the new language's order), whether its section is shown or built later."""
    from PySide6.QtCore import Qt

    window.show_section(6)  # Talking points
    points = window.current_section()
    text_column = next(n for n, column in enumerate(points.model.columns) if column.sort == "text")
    points.table.horizontalHeader().setSortIndicator(text_column, Qt.SortOrder.DescendingOrder)
    window.show_section(8)  # Checklists, filtered
    tasks = window.current_section()
    tasks.filter_edit.setText("brief")
    qtbot.waitUntil(lambda: 0 < tasks.proxy.rowCount() < tasks.model.total_rows)
    filtered = tasks.proxy.rowCount()
    window.show_section(6)
    shown = points.current_record()

    _language_action(window, "ko").trigger()

    points = window.current_section()
    assert points.list_state() == (text_column, Qt.SortOrder.DescendingOrder, "")
    assert points.current_record().id == shown.id
    keys = [i18n.collation_key(points.model.record(row).text) for row in range(points.model.rowCount())]
    assert keys == sorted(keys, reverse=True)
    window.show_section(8)
    tasks = window.current_section()
    assert tasks.list_state() == (-1, Qt.SortOrder.AscendingOrder, "brief")
    assert tasks.proxy.rowCount() == filtered


def test_a_list_not_shown_since_the_last_switch_stays_sorted_and_filtered(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.show_section(1)  # Agenda, sorted and filtered, then left
    agenda = window.current_section()
    agenda.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    agenda.filter_edit.setText("tariff")
    agenda.proxy.set_filter_text("tariff")
    listed = agenda.proxy.rowCount()
    window.show_section(6)
    _language_action(window, "ko").trigger()
    _language_action(window, "en").trigger()  # (Agenda not built between the two)
    window.show_section(1)
    agenda = window.current_section()
    assert agenda.list_state() == (0, Qt.SortOrder.DescendingOrder, "tariff")
    assert agenda.proxy.rowCount() == listed


def test_a_filter_typed_but_not_yet_applied_is_kept_by_a_switch(window: MainWindow, monkeypatch) -> None:
    """On a long list a filter waits for a pause in typing; switching meanwhile keeps what
    was typed and applies it, even where it hides the record that was shown."""
    from negoprep.ui.sections import section_view

    monkeypatch.setattr(section_view, "LONG_LIST", 0)  # (every list waits for the pause)
    window.show_section(6)  # Talking points
    points = window.current_section()
    every = points.proxy.rowCount()
    shown = points.current_record()
    word = next(w for w in ("tariff", "ship", "defense", "trade") if w not in shown.text.lower())
    points.filter_edit.setText(word)
    assert points.proxy.rowCount() == every  # (not yet filtered)

    _language_action(window, "ko").trigger()

    points = window.current_section()
    assert points.filter_edit.text() == word
    assert 0 < points.proxy.rowCount() < every
    assert points.current_record() is None or word in points.current_record().text.lower()
    assert "더 이상" not in window.statusBar().currentMessage()


def test_the_chosen_language_is_used_at_the_next_start(qtbot, demo_store: Store, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    settings = Settings(tmp_path / "settings.ini")
    settings.set_language("en")
    use_language(settings.language() or None)
    window = MainWindow(demo_store, settings)
    qtbot.addWidget(window)
    assert _menu_titles(window)[0] == "&File"
    assert _language_action(window, "en").isChecked()
    settings.set_language("")  # follow the system again: Korean here
    use_language(settings.language() or None)
    other = MainWindow(demo_store, settings)
    qtbot.addWidget(other)
    assert HANGUL.search(_menu_titles(other)[0])
    assert _language_action(other, "system").isChecked()
    assert isinstance(other.menuBar().actions()[0].menu(), QMenu)


def test_dates_follow_the_language(window: MainWindow) -> None:
    from negoprep.ui.sections.checklists_view import due_text

    task = model.ChecklistItem(id="t", dossier_id="d", checklist_id="c", text="Call", due="2099-05-01")
    assert due_text(task) == "2099-05-01"
    use_language("ko")
    assert due_text(task) == "2099년 5월 1일"
    assert i18n.format_number(1234.5) == "1,234.5"


def test_the_overview_form_speaks_the_new_language_too(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    def labels() -> list[str]:
        window.show_section(0)
        return [label.text() for label in window.current_section().form.findChildren(QLabel)]

    assert "Our objective:" in labels()
    _language_action(window, "ko").trigger()
    assert "Our objective:" not in labels()
    assert any(HANGUL.search(text) for text in labels())
    _language_action(window, "en").trigger()
    assert "Our objective:" in labels()


def test_the_language_in_place_is_not_installed_again(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    class Listener(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.changes = 0

        def changeEvent(self, event: QEvent) -> None:
            if event.type() == QEvent.Type.LanguageChange:
                self.changes += 1
            super().changeEvent(event)

    listener = Listener()
    qtbot.addWidget(listener)

    def changes_after(code: str) -> int:
        before = listener.changes
        use_language(code)
        qtbot.wait(1)  # (Qt posts the change)
        return listener.changes - before

    use_language("en")
    qtbot.wait(1)
    assert changes_after("en") == 0  # in place already: nothing for any widget to redraw
    assert changes_after("ko") >= 1 and i18n.language() == "ko"
    assert changes_after("ko") == 0
    i18n.install("en", None)  # another translator put in place (as a test's stand-in is)
    assert changes_after("ko") >= 1 and i18n.translate("MainWindow", "&File") != "&File"


def _accelerator(text: str) -> str | None:
    """The key a menu item's text marks with "&" ("Cop&y" → "y"), if it marks one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_two_items_of_a_menu_share_a_key(window: MainWindow, language: str) -> None:
    """The key marked in each item of a menu (and of the menu bar) is its own: pressed once,
    it runs that item; two items sharing one would each need it pressed again."""
    _language_action(window, language).trigger()
    menus = [window.menuBar()]
    seen = 0
    while menus:
        menu = menus.pop()
        keys: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            key = _accelerator(action.text())
            if key is not None:
                keys.setdefault(key, []).append(action.text())
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}, menu.title()
        seen += 1
    assert seen > 5


def test_an_ampersand_in_a_title_or_a_folder_is_shown_not_taken_for_a_key(
    qtbot, window: MainWindow, demo_store: Store, tmp_path, monkeypatch
) -> None:
    """A dossier titled "R&D talks" (the Edit menu's Undo names it) and a store in a folder
    "R&D" (File → Open Recent) read with their "&", and mark no key."""
    from PySide6.QtWidgets import QInputDialog

    from tests.ui.helpers import finish_operation

    window.workspace.edit("Rename", window.workspace.dossier(), title="R&D talks")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("R&D talks, again", True))
    window.copy_dossier_action.trigger()
    finish_operation(qtbot, window)
    text = window.undo_action.text()
    assert "R&&D talks" in text and _accelerator(text) is None
    folder = tmp_path / "R&D"
    folder.mkdir()
    store = folder / "talks.db"
    store.write_bytes(b"")
    window.settings.remember_store(store)
    window.files.fill_recent()
    [entry] = [a.text() for a in window.recent_menu.actions() if "talks.db" in a.text()]
    assert entry == str(store).replace("&", "&&") and _accelerator(entry) is None


def test_the_status_bar_cancel_speaks_the_new_language(qtbot, window: MainWindow) -> None:
    strip = window.files.runner.strip
    assert strip.cancel_button.text() == "Cancel"
    _language_action(window, "ko").trigger()
    qtbot.waitUntil(lambda: HANGUL.search(strip.cancel_button.text()) is not None, timeout=2000)
    assert HANGUL.search(strip.cancel_button.toolTip())
    _language_action(window, "en").trigger()
    qtbot.waitUntil(lambda: strip.cancel_button.text() == "Cancel", timeout=2000)


def test_every_section_built_before_a_switch_hears_nothing_after_it(window: MainWindow, demo_store: Store) -> None:
    """The views a switch replaces stop listening: a change of dossier after it reached a
    deleted view of every section that had been built (an internal error in Charts)."""
    from negoprep.ui.operations import Background

    for row in range(window.sidebar.count()):
        window.show_section(row)
        settle = getattr(window.current_section(), "settle", None)
        if callable(settle):
            settle()
    _language_action(window, "ko").trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # (the replaced views, gone)
    window.show_section(window.sidebar.count() - 1)  # (Charts, built anew)
    dossier = demo_store.dossiers()[0]
    other = model.Dossier(id="00000000-0000-4000-8000-00000000d055", title="Second dossier")
    demo_store.put(other)
    window.refresh_dossiers(other.id)
    window.refresh_dossiers(dossier.id)
    Background.settle_all()
    assert window.workspace.dossier_id == dossier.id


def test_the_chart_chosen_is_kept_by_a_switch(window: MainWindow) -> None:
    from negoprep.paper import charts

    row = window.sidebar.count() - 1
    window.show_section(row)
    view = window.current_section()
    view.kinds.setCurrentRow(charts.KINDS.index("sensitivity"))
    view.settle()
    _language_action(window, "ko").trigger()
    view = window.current_section()
    view.settle()
    assert view.kind() == "sensitivity" and view.canvas is not None and HANGUL.search(view.kinds.item(0).text())


@pytest.mark.parametrize("place", ["interests", "filter"])
def test_the_keyboard_stays_where_it_was_typing_across_a_switch(window: MainWindow, qtbot, place: str) -> None:
    """Typing in a form's field (or the filter box), then switching language: the next keys
    went to the sidebar (the field typed in was built anew). The field of the new view takes
    the keyboard, the cursor where it was."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(1)  # Agenda
    view = window.current_section()
    view.table.selectRow(2)
    widget = view.filter_edit if place == "filter" else view.form.widgets[place]
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText("Typed here")
        cursor = widget.textCursor()
        cursor.setPosition(5)
        widget.setTextCursor(cursor)
    else:
        widget.setText("tar")
        widget.setCursorPosition(2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)

    _language_action(window, "ko").trigger()

    view = window.current_section()
    again = view.filter_edit if place == "filter" else view.form.widgets[place]
    assert again is not widget and QApplication.focusWidget() is again
    if isinstance(again, QPlainTextEdit):
        assert again.textCursor().position() == 5
    else:
        assert isinstance(again, QLineEdit) and again.cursorPosition() == 2
