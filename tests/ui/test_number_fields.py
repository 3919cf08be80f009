"""A number field refuses what is no number as it is typed, and says so beside itself: text
typed into it is never kept only to be dropped when the form saves or shows another record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.record_form import NumberValidator, format_number
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.workspace import Workspace

from .test_tab_order import SECTION_VIEWS, show


@pytest.fixture
def agenda(qtbot, ws: Workspace, demo_store: Store) -> AgendaView:
    view = AgendaView(ws)
    show(qtbot, view)
    view.select(demo_store.content(ws.dossier_id).agenda_items[0].id)
    return view


def test_letters_typed_into_the_weight_are_refused_and_said(
    qtbot, agenda: AgendaView, ws: Workspace, demo_store: Store
) -> None:
    item = agenda.current_record()
    weight = agenda.form.widget("weight", QLineEdit)
    weight.setFocus()
    weight.selectAll()
    qtbot.keyClicks(weight, "ten")
    assert weight.text() == format_number(item.weight)  # nothing typed went in
    error = agenda.form.errors["weight"]
    assert error.isVisibleTo(agenda.form) and "takes only a number" in error.text()
    weight.selectAll()
    qtbot.keyClicks(weight, "12.5")
    assert not error.isVisibleTo(agenda.form)  # a number typed: the message goes
    qtbot.keyClick(weight, Qt.Key.Key_Return)
    assert demo_store.get(model.AgendaItem, item.id).weight == 12.5


def test_a_pasted_figure_with_its_unit_is_refused_whole(qtbot, agenda: AgendaView, demo_store: Store) -> None:
    item = agenda.current_record()
    figure = agenda.form.widget("figure_value", QLineEdit)
    figure.setFocus()
    figure.clear()
    figure.insert("56.6 USD bn")  # as a paste does
    assert figure.text() == ""
    assert "takes only a number" in agenda.form.errors["figure_value"].text()
    figure.insert("1,234.5")
    assert figure.text() == "1,234.5"
    figure.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).figure_value == 1234.5


@pytest.mark.parametrize(
    "text, admitted",
    [("", True), ("-", True), ("12", True), ("-1,000.25", True), ("1e3", True), (" 7 ", True), ("e", False),
     ("1.2.3", False), ("12a", False), ("USD", False), ("5%", False), ("1 000", False)],
)  # fmt: skip
def test_what_a_number_field_admits(qapp, text: str, admitted: bool) -> None:
    state, _, _ = NumberValidator().validate(text, len(text))
    assert (state == NumberValidator.State.Acceptable) == admitted


@pytest.mark.parametrize("view_type", SECTION_VIEWS, ids=lambda v: v.__name__)
def test_every_number_field_of_every_form_refuses_letters(qtbot, ws: Workspace, view_type) -> None:
    view = view_type(ws)
    qtbot.addWidget(view)
    for name, f in view.form.fields.items():
        widget = view.form.widgets[name]
        if f.kind == "number":
            assert isinstance(widget.validator(), NumberValidator), name


def test_the_packages_proposed_figure_refuses_letters(qtbot, ws: Workspace) -> None:
    view = PackagesView(ws)
    show(qtbot, view)
    view._select_row(0)
    edit = view.item_value
    assert edit.isEnabled()
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "15%")
    assert edit.text() == "15"
    assert view.item_error.isVisibleTo(view) and "takes only a number" in view.item_error.text()


def test_the_rules_limit_refuses_letters(qtbot, ws: Workspace) -> None:
    view = RedLinesView(ws)
    show(qtbot, view)
    view._select_row(0)
    editor = view.rule_editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("ceiling"))
    edit = editor.control("ceiling", "value").edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "ten 10")
    assert edit.text() == "10"
