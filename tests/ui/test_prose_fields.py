"""Texts of sentences (declared as prose: the mandate ladder's steps and who approved them, a
red line's statement and approver, descriptions, notes) are edited in boxes of lines that wrap
between words and grow with the text, so that all of it is in sight; Tab moves on, Ctrl+Enter
saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.record_form import PlainTextEdit
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.workspace import Workspace

from .test_tab_order import SECTION_VIEWS

LONG = (
    "Ask for a full exemption of Korean vehicles and parts from the product tariff, citing the "
    "plants Korean makers built in Alabama and Georgia, the jobs they carry, and the precedent "
    "of the exemptions granted to partners who invested on a comparable scale in recent years"
)


@pytest.fixture
def agenda(qtbot, ws: Workspace, demo_store: Store) -> AgendaView:
    view = AgendaView(ws)
    qtbot.addWidget(view)
    width = max(1366, view.side_by_side_width())  # the form beside the table, 866 pixels wide
    view.resize(width, 900)
    view.show()
    qtbot.waitExposed(view)
    view.splitter.setSizes([width - 866, 866])
    view.select(demo_store.content(ws.dossier_id).agenda_items[0].id)
    return view


def test_the_ladder_and_its_approvers_are_declared_prose() -> None:
    for step in model.LADDER:
        assert model.AgendaItem.column(step).spec.prose
        assert model.AgendaItem.column(f"{step}_approved_by").spec.prose
    assert model.RedLine.column("approved_by").spec.prose
    assert not model.AgendaItem.column("title").spec.prose  # a title stays one line


@pytest.mark.parametrize("view_type", SECTION_VIEWS, ids=lambda v: v.__name__)
def test_every_form_gives_prose_lines_and_other_texts_one_line(qtbot, ws: Workspace, view_type) -> None:
    view = view_type(ws)
    qtbot.addWidget(view)
    form = view.form
    for name in form.fields:
        spec = form.rtype.column(name).spec
        if spec.kind != "text":
            continue
        widget = form.widgets[name]
        assert isinstance(widget, PlainTextEdit if spec.prose else QLineEdit), (form.rtype.table, name)


def wrapped_lines(box: PlainTextEdit) -> list[str]:
    lines = []
    block = box.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def all_in_sight(box: PlainTextEdit) -> bool:
    last = box.document().lastBlock()
    bottom = box.blockBoundingGeometry(last).translated(box.contentOffset()).bottom()
    return box.verticalScrollBar().maximum() == 0 and bottom <= box.viewport().height()


@pytest.mark.parametrize("name", [*model.LADDER, "walk_away_approved_by"])
def test_a_long_step_shows_whole_wrapped_between_words(qtbot, agenda: AgendaView, name: str) -> None:
    box = agenda.form.widget(name, PlainTextEdit)
    one_line = box.height()
    box.setPlainText(LONG)
    qtbot.waitUntil(lambda: box.height() > one_line)
    qtbot.waitUntil(lambda: all_in_sight(box))
    lines = wrapped_lines(box)
    assert len(lines) >= 2
    words = set(LONG.split())
    for line in lines:
        # a line ends where a word ends: no word is cut in two
        assert all(word in words for word in line.split()), line
    assert "".join(lines) == LONG


def test_the_box_grows_with_the_width_taken_away(qtbot, agenda: AgendaView) -> None:
    box = agenda.form.widget("opening", PlainTextEdit)
    box.setPlainText(LONG)
    qtbot.waitUntil(lambda: all_in_sight(box))
    tall = box.height()
    agenda.splitter.setSizes([agenda.width() - 400, 400])
    qtbot.waitUntil(lambda: box.height() > tall)
    qtbot.waitUntil(lambda: all_in_sight(box))


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_tab_moves_on_and_saves_without_a_tab_character(
    qtbot, agenda: AgendaView, ws: Workspace, demo_store: Store
) -> None:
    item = agenda.current_record()
    box = agenda.form.widget("target", PlainTextEdit)
    focus(qtbot, box)
    box.selectAll()
    qtbot.keyClicks(box, "A working group by June")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()
    assert demo_store.get(model.AgendaItem, item.id).target == "A working group by June"
    assert "\t" not in box.toPlainText()


def test_enter_starts_a_line_and_ctrl_enter_saves_in_place(
    qtbot, agenda: AgendaView, ws: Workspace, demo_store: Store
) -> None:
    item = agenda.current_record()
    box = agenda.form.widget("fallback", PlainTextEdit)
    focus(qtbot, box)
    box.selectAll()
    qtbot.keyClicks(box, "First")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "second")
    assert demo_store.get(model.AgendaItem, item.id).fallback == item.fallback  # not yet
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.get(model.AgendaItem, item.id).fallback == "First\nsecond"
    assert QApplication.focusWidget() is box


def test_a_red_lines_approver_is_saved_from_its_lines(qtbot, ws: Workspace, demo_store: Store) -> None:
    view = RedLinesView(ws)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    red_line = demo_store.content(ws.dossier_id).red_lines[0]
    view.select(red_line.id)
    box = view.form.widget("approved_by", PlainTextEdit)
    focus(qtbot, box)
    box.selectAll()
    qtbot.keyClicks(box, "Cabinet, on the advice of the trade minister and the national security council")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    stored = demo_store.get(model.RedLine, red_line.id).approved_by
    assert stored == "Cabinet, on the advice of the trade minister and the national security council"


def test_the_box_knows_its_viewports_width_in_every_state(qtbot) -> None:
    """The width a prose box fits its text to is its viewport's: empty, scrolling past its most
    lines (a scroll bar takes width), narrowed, hidden, with a scroll bar always shown."""
    box = PlainTextEdit(least=1, most=3)
    qtbot.addWidget(box)
    box.resize(300, 120)
    box.show()
    qtbot.waitExposed(box)
    seen = [(box.viewport_width(), box.viewport().width())]
    box.setPlainText("\n".join(f"line {n}" for n in range(40)))
    qtbot.waitUntil(lambda: box.verticalScrollBar().isVisible())
    seen.append((box.viewport_width(), box.viewport().width()))
    box.resize(180, 120)
    qtbot.waitUntil(lambda: box.viewport().width() < 180)
    seen.append((box.viewport_width(), box.viewport().width()))
    box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    seen.append((box.viewport_width(), box.viewport().width()))
    box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    seen.append((box.viewport_width(), box.viewport().width()))
    box.hide()
    seen.append((box.viewport_width(), box.viewport().width()))
    assert all(worked_out == actual for worked_out, actual in seen), seen
    assert len({actual for _, actual in seen}) >= 2  # (the states differ)
