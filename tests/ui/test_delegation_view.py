"""The Delegation section on the demo dossier: the roster of every side, worked as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.delegation_view import DelegationView
from negoprep.ui.workspace import Workspace
from tests.ui.helpers import column, snapshot, sort_by, type_into

AHN = "cdfc9439-84ca-5eea-89dd-9f5d3f62cea7"  # owns six agenda items and two tasks
GREER = "fb4bc07c-6220-5dbf-bb0e-d355a71268f8"
DEMO_NAMES = [
    "Choi Sang-mok",
    "Ahn Duk-geun",
    "Yoon Ha-eun",
    "Jung Tae-min",
    "Seo Ji-hoon",
    "Scott Bessent",
    "Jamieson Greer",
    "Han Duk-soo",
]


@pytest.fixture
def view(qtbot, ws: Workspace) -> DelegationView:
    v = DelegationView(ws)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def select(view: DelegationView, participant_id: str) -> None:
    assert view.select(participant_id)
    assert view.current_record().id == participant_id


def test_table_shows_the_roster(view: DelegationView, demo_store: Store, ws: Workspace) -> None:
    people = demo_store.content(ws.dossier_id).participants
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())] == [
        "Name",
        "Job title",
        "Organisation",
        "Side",
        "Head",
        "Notes",
    ]
    assert column(view, 0) == DEMO_NAMES
    assert column(view, 1) == [p.title for p in people]
    assert column(view, 2) == [p.organisation for p in people]
    assert column(view, 3) == ["Ours"] * 5 + ["Theirs"] * 2 + ["Other"]
    heads = column(view, 4, Qt.ItemDataRole.CheckStateRole)
    assert (
        heads
        == [Qt.CheckState.Checked]
        + [Qt.CheckState.Unchecked] * 4
        + [Qt.CheckState.Checked]
        + [Qt.CheckState.Unchecked] * 2
    )
    # the notes column shows the first line; the tooltip the whole text
    assert column(view, 5)[0].startswith("최상목. Leads the Korean side")
    assert column(view, 5, Qt.ItemDataRole.ToolTipRole) == [p.notes for p in people]
    assert view.count_label.text() == "8 participants"
    assert view.plural() == "participants"
    # the first participant is shown in the form
    assert view.form.widgets["name"].text() == "Choi Sang-mok"
    assert view.form.widgets["head"].isChecked()


def test_model_passes_the_model_tester(qtmodeltester, view: DelegationView) -> None:
    qtmodeltester.check(view.model)


def test_sorting(qtbot, view: DelegationView) -> None:
    select(view, GREER)
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 20, 5))
    assert header.sortIndicatorSection() == 0
    sort_by(view, 0, Qt.SortOrder.AscendingOrder)
    # the participant shown stays shown and current
    assert view.current_record().id == GREER and view.form.record.id == GREER
    assert view.delete_action.isEnabled()
    assert column(view, 0) == sorted(DEMO_NAMES, key=str.lower)
    sort_by(view, 0, Qt.SortOrder.DescendingOrder)
    assert column(view, 0) == sorted(DEMO_NAMES, key=str.lower, reverse=True)
    # sorted by head: the two heads come first when descending
    sort_by(view, 4, Qt.SortOrder.DescendingOrder)
    assert column(view, 0)[:2] == ["Choi Sang-mok", "Scott Bessent"]
    assert not view.up_action.isEnabled() and not view.down_action.isEnabled()  # sorted: no moving


def test_filter_box(qtbot, view: DelegationView) -> None:
    qtbot.keyClicks(view.filter_edit, "Treasury")
    assert column(view, 0) == ["Scott Bessent"]
    # the form follows: it shows what the table shows
    assert view.current_record().name == "Scott Bessent"
    assert view.form.widgets["name"].text() == "Scott Bessent"
    assert view.count_label.text().startswith("1 ")
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 8
    assert view.current_record().name == "Scott Bessent"  # still shown, now among everyone
    qtbot.keyClicks(view.filter_edit, "nobody-by-this-name")
    assert view.proxy.rowCount() == 0 and view.current_record() is None
    assert view.form.record is None and not view.form.isEnabled()
    assert not view.delete_action.isEnabled()


def test_side_filter(qtbot, view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    combo = view.side_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All sides", "Ours", "Theirs", "Other"]
    assert combo.accessibleName()
    combo.setCurrentIndex(combo.findData("theirs"))
    assert column(view, 0) == ["Scott Bessent", "Jamieson Greer"]
    assert view.count_label.text() == "2 participants"
    assert view.current_record().name == "Scott Bessent"  # the form follows the filtered table

    # a new participant while "Theirs" is shown is on their side, and after everyone
    before = snapshot(demo_store, ws.dossier_id)
    view.add_action.trigger()
    created = view.current_record()
    assert created.name == "New participant" and created.side == "theirs"
    assert column(view, 0) == ["Scott Bessent", "Jamieson Greer", "New participant"]
    everyone = demo_store.content(ws.dossier_id).participants
    assert everyone[-1].id == created.id
    assert len({p.position for p in everyone}) == len(everyone)
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before

    combo.setCurrentIndex(combo.findData("other"))
    assert column(view, 0) == ["Han Duk-soo"]
    # showing someone of another side clears the filter
    select(view, AHN)
    assert combo.currentIndex() == 0 and view.proxy.rowCount() == 8
    combo.setCurrentIndex(combo.findData("ours"))
    assert view.proxy.rowCount() == 5
    view.clear_filters()
    assert combo.currentData() is None and view.proxy.rowCount() == 8


def test_create_participant(view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    before = snapshot(demo_store, ws.dossier_id)
    view.add_action.trigger()
    created = view.current_record()
    assert created.name == "New participant" and created.side == "ours" and not created.head
    assert demo_store.get(model.Participant, created.id).name == "New participant"
    assert view.proxy.rowCount() == 9 and column(view, 0)[-1] == "New participant"
    assert view.form.widgets["name"].selectedText() == "New participant"  # typing replaces it
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert view.proxy.rowCount() == 8


def test_edit_participant(qtbot, view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    select(view, GREER)
    before = snapshot(demo_store, ws.dossier_id)
    form = view.form
    type_into(qtbot, form.widgets["name"], "Jamieson L. Greer")
    type_into(qtbot, form.widgets["organisation"], "USTR")
    side = form.widgets["side"]
    side.setCurrentIndex(side.findData("other"))
    form.widgets["head"].setChecked(True)
    notes = form.widgets["notes"]
    notes.selectAll()
    qtbot.keyClicks(notes, "Second line")
    notes.editingFinished.emit()
    greer = demo_store.get(model.Participant, GREER)
    assert (greer.name, greer.organisation, greer.side, greer.head, greer.notes) == (
        "Jamieson L. Greer",
        "USTR",
        "other",
        True,
        "Second line",
    )
    row = view.model.row_of(GREER)
    assert [view.proxy.index(row, c).data() for c in (0, 2, 3)] == ["Jamieson L. Greer", "USTR", "Other"]
    assert view.proxy.index(row, 4).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    for _ in range(5):
        ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_blank_name_is_refused(qtbot, view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    select(view, GREER)
    before = snapshot(demo_store, ws.dossier_id)
    type_into(qtbot, view.form.widgets["name"], "")
    error = view.form.errors["name"]
    assert error.isVisible() and "Name is required" in error.text()
    assert view.form.widgets["name"].text() == ""  # what was typed stays, to be corrected
    assert demo_store.get(model.Participant, GREER).name == "Jamieson Greer"
    assert snapshot(demo_store, ws.dossier_id) == before
    assert ws.undo_stack.count() == 0
    type_into(qtbot, view.form.widgets["name"], "J. Greer")
    assert not error.isVisible() and demo_store.get(model.Participant, GREER).name == "J. Greer"


def test_duplicate_participant(view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    select(view, GREER)
    before = snapshot(demo_store, ws.dossier_id)
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != GREER and copy.name == "Jamieson Greer (copy)" and copy.side == "theirs"
    assert view.proxy.rowCount() == 9
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_move_participant(view: DelegationView, ws: Workspace, demo_store: Store) -> None:
    select(view, DEMO_ID_FIRST := demo_store.content(ws.dossier_id).participants[0].id)
    before = snapshot(demo_store, ws.dossier_id)
    assert not view.up_action.isEnabled()
    view.down_action.trigger()
    assert column(view, 0)[:2] == ["Ahn Duk-geun", "Choi Sang-mok"]
    assert view.current_record().id == DEMO_ID_FIRST
    view.up_action.trigger()
    assert column(view, 0) == DEMO_NAMES
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_delete_participant_without_links(view: DelegationView, ws: Workspace, demo_store: Store, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    select(view, GREER)
    before = snapshot(demo_store, ws.dossier_id)
    view.delete_action.trigger()
    assert not asked  # nothing else changes: no question
    assert demo_store.get(model.Participant, GREER).deleted
    assert "Jamieson Greer" not in column(view, 0)
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert "Jamieson Greer" in column(view, 0)


def test_delete_owner_asks_and_undo_gives_owners_back(
    view: DelegationView, ws: Workspace, demo_store: Store, monkeypatch
) -> None:
    content = demo_store.content(ws.dossier_id)
    owned_items = [i.id for i in content.agenda_items if i.owner_id == AHN]
    owned_tasks = [t.id for c in content.checklists for t in c.items if t.owner_id == AHN]
    assert len(owned_items) == 6 and len(owned_tasks) == 2
    before = snapshot(demo_store, ws.dossier_id)

    # "No" leaves everything as it was
    questions = []

    def answer(reply):
        def question(parent, title, text, *rest, **kw):
            questions.append((title, text))
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    select(view, AHN)
    view.delete_action.trigger()
    assert snapshot(demo_store, ws.dossier_id) == before
    title, text = questions[-1]
    assert title == "Delete participant"
    assert 'Delete "Ahn Duk-geun"?' in text
    assert "No longer linked to it: 6 agenda items, 2 checklist items." in text

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.delete_action.trigger()
    assert demo_store.get(model.Participant, AHN).deleted
    assert all(demo_store.get(model.AgendaItem, i).owner_id is None for i in owned_items)
    assert all(demo_store.get(model.ChecklistItem, t).owner_id is None for t in owned_tasks)
    assert view.proxy.rowCount() == 7
    assert view.current_record().name == "Yoon Ha-eun"  # the next one down is shown
    assert ws.problems == []  # type: ignore[attr-defined]

    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert all(demo_store.get(model.AgendaItem, i).owner_id == AHN for i in owned_items)
    assert all(demo_store.get(model.ChecklistItem, t).owner_id == AHN for t in owned_tasks)
    assert column(view, 0) == DEMO_NAMES
    ws.undo_stack.redo()
    assert all(demo_store.get(model.AgendaItem, i).owner_id is None for i in owned_items)
