"""Controls stay where they are when a message comes or goes, or words rewrap: a person
reaching for a button never has it moved from under the pointer. Each test takes a control's
place on the page before and after the message and compares."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit, QListView, QScrollArea, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.workspace import Workspace

from .test_tab_order import SECTION_VIEWS, show


def where(widget: QWidget) -> QRect:
    """A widget's place on its page: in the scroll area that shows it (scrolling aside), else
    in its window."""
    page = widget.window()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            page = parent.widget()
            break
        parent = parent.parentWidget()
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def settle(qtbot) -> None:
    qtbot.wait(20)


def tick_all(qtbot, view: QListView) -> None:
    m = view.model()
    for row in range(m.rowCount()):
        index = m.index(row, 0)
        m.setData(index, 2, 10)  # Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    settle(qtbot)


def test_apply_rule_stays_put_as_the_rules_words_wrap_and_problems_come(qtbot, ws: Workspace) -> None:
    view = RedLinesView(ws)
    show(qtbot, view, (1366, 900))
    view.splitter.setSizes([900, 466])  # a narrow form: the words wrap soon
    view._select_row(0)
    editor = view.rule_editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("no_linkage"))
    settle(qtbot)
    first, second = editor.control("no_linkage", "between").views
    # untick everything: the words are short, and problems are listed
    for list_view in (first, second):
        m = list_view.model()
        for row in range(m.rowCount()):
            m.setData(m.index(row, 0), 0, 10)
    settle(qtbot)
    lines_before = editor.words.height()
    before = where(editor.apply_button), where(editor.revert_button)
    tick_all(qtbot, first)
    m = second.model()
    m.setData(m.index(0, 0), 2, 10)  # the same track in both groups: a problem is listed
    settle(qtbot)
    assert editor.words.height() > lines_before  # the words wrapped onto more lines
    assert editor.problems_label.isVisibleTo(editor)
    assert (where(editor.apply_button), where(editor.revert_button)) == before


def test_apply_rule_stays_put_when_it_is_applied_and_its_status_goes(qtbot, ws: Workspace) -> None:
    view = RedLinesView(ws)
    show(qtbot, view, (1366, 900))
    view.splitter.setSizes([1000, 366])  # narrow: "Not applied: fix what is listed below." wraps
    view._select_row(0)
    editor = view.rule_editor
    _, second = editor.control("no_linkage", "between").views
    m = second.model()
    m.setData(m.index(m.rowCount() - 1, 0), 2 if m.index(m.rowCount() - 1, 0).data(10) != 2 else 0, 10)
    settle(qtbot)
    assert editor.status_label.isVisibleTo(editor)

    def in_editor() -> tuple[QPoint, QPoint]:
        # (within the rule editor: the form's fields above it are another matter)
        return (editor.apply_button.mapTo(editor, QPoint()), editor.revert_button.mapTo(editor, QPoint()))

    before = in_editor()
    if editor.apply_button.isEnabled():
        editor.apply_button.click()
    else:
        editor.revert_button.click()
    settle(qtbot)
    assert not editor.status_label.isVisibleTo(editor)
    assert in_editor() == before


def test_the_add_item_row_stays_put_when_a_warning_or_an_error_appears(qtbot, ws: Workspace, demo_store: Store) -> None:
    view = PackagesView(ws)
    show(qtbot, view, (1366, 900))
    package = model.Package(id="p-steady", dossier_id=ws.dossier_id, name="Steady", position=99)
    ws.apply("New package", puts=[package])
    assert view.select(package.id)
    settle(qtbot)
    row = (view.add_item_combo, view.add_item_role, view.add_item_button)
    # one item given and nothing got: a warning comes
    view.add_item_role.setCurrentIndex(view.add_item_role.findData("give"))
    before = [where(w) for w in row]
    notes_before = where(view.item_notes)
    view.add_item()
    settle(qtbot)
    assert view.value_warnings.isVisibleTo(view)
    after = [where(w) for w in row]
    # the row keeps its place; the items table above it is of a fixed height
    assert after == before
    # a figure that is no number yet: its error shows, and nothing under it moves
    view.item_value.setFocus()
    view.item_value.setText("1e")
    settle(qtbot)
    assert view.item_error.isVisibleTo(view)
    assert [where(w) for w in row] == before and where(view.item_notes) == notes_before
    view.item_value.setText("12")
    settle(qtbot)
    assert not view.item_error.isVisibleTo(view)
    assert [where(w) for w in row] == before and where(view.item_notes) == notes_before


def test_the_fields_under_the_ladder_stay_put_when_its_note_appears(qtbot, ws: Workspace, demo_store: Store) -> None:
    view = AgendaView(ws)
    show(qtbot, view, (1366, 900))
    view.select(demo_store.content(ws.dossier_id).agenda_items[0].id)
    settle(qtbot)
    priority = view.form.widgets["priority"]
    before = where(priority)
    assert not view.ladder_note.isVisibleTo(view)
    view.form.widgets["walk_away_score"].setValue(100)  # rises on the way down: a slip
    settle(qtbot)
    assert view.ladder_note.isVisibleTo(view)
    assert where(priority) == before


def refusable(form, name: str) -> bool:
    spec = form.rtype.column(name).spec
    return spec.kind in ("number", "date", "at") or (spec.kind == "text" and spec.required)


@pytest.mark.parametrize("view_type", SECTION_VIEWS, ids=lambda v: v.__name__)
def test_no_field_moves_when_a_field_above_it_says_what_is_wrong(qtbot, ws: Workspace, view_type) -> None:
    def shown_form():
        view = view_type(ws)
        show(qtbot, view, (1366, 900))
        view._select_row(0)
        settle(qtbot)
        return view.form

    first = shown_form()
    names = [n for n in first.widgets if refusable(first, n) and first.widgets[n].isVisible()]
    assert names
    for name in names:
        form = shown_form()  # each field on a form of its own, as a person first sees it
        widget = form.widgets[name]
        if not isinstance(widget, QLineEdit):
            widget.setPlainText("x")  # a box of lines is as tall as its text: as tall when blank
            settle(qtbot)
        others = [w for n, w in form.widgets.items() if n != name and w.isVisible()]
        before = [where(w) for w in others]
        # what the person typed is refused: blank for a required text, not a number, no date
        if isinstance(widget, QLineEdit):
            widget.setText("" if form.rtype.column(name).spec.kind == "text" else "1e")
        else:
            widget.setPlainText("")
        settle(qtbot)
        assert form.errors[name].isVisibleTo(form), name
        if form.fields[name].kind == "at":
            # a time's message spells out every way to write one: the field keeps one line
            # for it, and the fields under it make way for the rest
            above = [b for b, w in zip(before, others, strict=True) if b.top() < where(widget).top()]
            assert [where(w) for w in others][: len(above)] == above, name
            continue
        assert [where(w) for w in others] == before, name


def test_the_dialogs_buttons_stay_put_when_a_problem_is_said(qtbot, ws: Workspace, tmp_path: Path) -> None:
    from negoprep.ui.dialogs.export_dialog import ExportDialog
    from negoprep.ui.dialogs.offers_dialog import OffersDialog
    from negoprep.ui.dialogs.passphrase_dialog import PassphraseDialog

    offers = OffersDialog(ws)
    show(qtbot, offers, (600, 500))
    before = where(offers.propose_button), where(offers.tolerance)
    offers.target.setText("-5")
    settle(qtbot)
    assert offers.target_error.isVisibleTo(offers)
    assert (where(offers.propose_button), where(offers.tolerance)) == before

    export = ExportDialog(ws.store, ws.dossier_id)
    show(qtbot, export, (560, 520))
    export.passphrase_radio.setChecked(True)
    export.passphrase_edit.setText("one passphrase")
    settle(qtbot)
    before = where(export.export_button)
    export.repeat_edit.setText("another")
    export.repeat_edit.editingFinished.emit()
    settle(qtbot)
    assert export.problem_label.text()
    assert where(export.export_button) == before

    dialog = PassphraseDialog(tmp_path / "shared.db")
    show(qtbot, dialog, (420, 220))
    buttons = [w for w in dialog.findChildren(QWidget) if w.metaObject().className() == "QPushButton"]
    before = [where(b) for b in buttons]
    dialog.problem.setText("Wrong passphrase.")
    dialog.problem.show()
    settle(qtbot)
    assert [where(b) for b in buttons] == before
