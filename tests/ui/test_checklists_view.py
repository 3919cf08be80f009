"""The Checklists section on the demo dossier: tasks, ticking them off, checklists, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.checklists_view import DONE_COLUMN, ChecklistsView, is_overdue
from negoprep.ui.workspace import Workspace

SHIPBUILDING = "List candidate shipbuilding projects and training schemes with the shipyards"


@pytest.fixture
def view(qtbot, ws: Workspace) -> ChecklistsView:
    v = ChecklistsView(ws)
    qtbot.addWidget(v)
    return v


@pytest.fixture
def shown(qtbot, view: ChecklistsView) -> ChecklistsView:
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def texts(m, column: int) -> list[str]:
    return [m.index(row, column).data() for row in range(m.rowCount())]


def tasks(store: Store) -> list[model.ChecklistItem]:
    return [t for c in store.content(store.dossiers()[0].id).checklists for t in c.items]


def task_named(store: Store, text: str) -> model.ChecklistItem:
    return next(t for t in tasks(store) if t.text == text)


def answer_yes(monkeypatch, asked: list[str] | None = None) -> None:
    def question(*args, **kwargs):
        if asked is not None:
            asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def type_title(monkeypatch, title: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (title, True))


def test_table_shows_the_demo_tasks(view: ChecklistsView, demo_doc: dict) -> None:
    raw = demo_doc["checklists"][0]["items"]
    assert texts(view.model, 1) == [t["text"] for t in raw]
    checks = [view.model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(len(raw))]
    assert checks == [Qt.CheckState.Checked if t["done"] else Qt.CheckState.Unchecked for t in raw]
    assert set(texts(view.model, 2)) == {"Pre-departure"}
    names = {p["id"]: p["name"] for p in demo_doc["participants"]}
    assert texts(view.model, 3) == [names[t["owner"]] for t in raw]
    assert texts(view.model, 4)[0] == "2025-04-15"  # done: never overdue
    # the demo's dates are past: open tasks read as overdue
    assert texts(view.model, 4)[3] == "2025-04-20 (overdue)"
    assert "Overdue" in view.model.index(3, 4).data(Qt.ItemDataRole.ToolTipRole)
    linked = texts(view.model, 5)
    assert linked[0] == "Tariff relief for automobiles"
    assert linked[4] == "Defense cost-sharing · No linkage of defense cost-sharing to trade"
    assert linked[6] == "No one-stop package of tariffs, security and energy"
    assert linked[7] == ""
    assert view.count_label.text() == "11 tasks"
    assert view.add_action.text() == "New task"
    assert [view.checklist_box.itemText(n) for n in range(view.checklist_box.count())] == [
        "All checklists",
        "Pre-departure",
    ]


def test_overdue() -> None:
    task = model.ChecklistItem(id="t", dossier_id="d", checklist_id="c", text="x", due="2025-04-20")
    assert is_overdue(task, today="2025-04-21")
    assert not is_overdue(task, today="2025-04-20")
    assert not is_overdue(model.ChecklistItem(**{**task.row(), "done": True}), today="2025-04-21")
    assert not is_overdue(model.ChecklistItem(**{**task.row(), "due": None}), today="2025-04-21")


def test_a_task_due_later_is_not_overdue(view: ChecklistsView, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    view.select(task.id)
    due = view.form.widgets["due"]
    due.setText("2999-01-01")
    due.editingFinished.emit()
    row = view.model.row_of(task.id)
    assert view.model.index(row, 4).data() == "2999-01-01"
    assert view.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == "Due on 2999-01-01"


def test_sorting(view: ChecklistsView) -> None:
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    dues = [view.model.record(r).due for r in range(view.model.rowCount())]
    assert dues == sorted(dues)
    view.table.sortByColumn(DONE_COLUMN, Qt.SortOrder.DescendingOrder)
    done = [view.model.record(r).done for r in range(view.model.rowCount())]
    assert done == sorted(done, reverse=True) and done[0] and not done[-1]
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert texts(view.model, 1) == sorted(texts(view.model, 1), key=str.casefold)
    assert not view.up_action.isEnabled()


def test_filter_box(qtbot, view: ChecklistsView) -> None:
    qtbot.keyClicks(view.filter_edit, "shipbuilding")
    assert texts(view.model, 1) == [SHIPBUILDING]
    view.filter_edit.clear()
    assert view.model.rowCount() == 11


def test_tick_a_task_by_its_done_box_and_undo(qtbot, shown: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    before = demo_store.dump(ws.dossier_id)
    row = shown.model.row_of(task.id)
    table = shown.table
    # a click elsewhere on the row only selects it
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(shown.proxy.index(row, 1)).center()
    )
    assert shown.current_record().id == task.id and not demo_store.get(model.ChecklistItem, task.id).done
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(shown.proxy.index(row, 0)).center()
    )
    assert demo_store.get(model.ChecklistItem, task.id).done
    assert shown.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert shown.model.index(row, 4).data() == task.due  # done: no longer overdue
    assert shown.form.widgets["done"].isChecked()
    assert ws.undo_stack.undoText() == "Mark task done"
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert shown.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_space_toggles_the_current_task(qtbot, shown: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    shown.select(task.id)
    shown.table.setFocus()
    qtbot.keyClick(shown.table, Qt.Key.Key_Space)
    assert demo_store.get(model.ChecklistItem, task.id).done
    qtbot.keyClick(shown.table, Qt.Key.Key_Space)
    assert not demo_store.get(model.ChecklistItem, task.id).done
    assert ws.undo_stack.count() == 2


def test_edit_a_task(qtbot, view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    view.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    text = view.form.widgets["text"]
    text.clear()
    text.editingFinished.emit()
    assert view.form.errors["text"].isVisibleTo(view.form)
    assert demo_store.get(model.ChecklistItem, task.id).text == SHIPBUILDING  # not saved
    qtbot.keyClicks(text, "Ask the shipyards")
    text.editingFinished.emit()
    assert demo_store.get(model.ChecklistItem, task.id).text == "Ask the shipyards"
    assert view.model.index(view.model.row_of(task.id), 1).data() == "Ask the shipyards"

    owner = view.form.widgets["owner_id"]
    owner.setCurrentIndex(owner.findData(None))
    assert demo_store.get(model.ChecklistItem, task.id).owner_id is None
    red_line = view.form.widgets["red_line_id"]
    red_line.setCurrentIndex(2)
    assert demo_store.get(model.ChecklistItem, task.id).red_line_id == red_line.itemData(2)
    assert red_line.itemText(2) in view.model.index(view.model.row_of(task.id), 5).data()
    for _ in range(3):
        ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_an_impossible_due_date_is_refused(qtbot, view: ChecklistsView, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    view.select(task.id)
    due = view.form.widgets["due"]
    due.clear()
    qtbot.keyClicks(due, "2025-02-30")
    error = view.form.errors["due"]
    assert error.isVisibleTo(view.form) and "is not a date" in error.text()
    due.editingFinished.emit()
    assert demo_store.get(model.ChecklistItem, task.id).due == task.due
    assert due.text() == "2025-02-30"
    due.clear()
    qtbot.keyClicks(due, "2025-02-28")
    due.editingFinished.emit()
    assert not error.isVisibleTo(view.form)
    assert demo_store.get(model.ChecklistItem, task.id).due == "2025-02-28"


def test_new_task_and_undo(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    before = demo_store.dump(ws.dossier_id)
    view.add_action.trigger()
    new = view.current_record()
    assert new.text == "New task" and not new.done
    checklist = demo_store.content(ws.dossier_id).checklists[0]
    assert new.checklist_id == checklist.id
    assert new.position == max(t.position for t in checklist.items)
    assert view.model.rowCount() == 12 and view.count_label.text() == "12 tasks"
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert view.model.rowCount() == 11


def test_new_checklist_and_a_task_in_it(monkeypatch, view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    type_title(monkeypatch, "  On arrival ")
    view.new_checklist_action.trigger()
    checklists = demo_store.content(ws.dossier_id).checklists
    assert [c.title for c in checklists] == ["Pre-departure", "On arrival"]
    arrival = checklists[1]
    assert view.checklist_filter() == arrival.id  # the new checklist is shown
    assert view.checklist_box.currentText() == "On arrival"
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 tasks"
    assert view.rename_checklist_action.isEnabled() and view.delete_checklist_action.isEnabled()

    view.add_action.trigger()
    new = view.current_record()
    assert new.checklist_id == arrival.id and new.position == 0
    assert texts(view.model, 2) == ["On arrival"]
    assert view.form.widgets["checklist_id"].currentText() == "On arrival"

    # all checklists: tasks of both; moving is only within one checklist
    view.show_checklist(None)
    assert view.model.rowCount() == 12
    assert view.current_record().id == new.id
    assert not view.up_action.isEnabled() and not view.down_action.isEnabled()
    # a new task now goes to the current task's checklist
    view.add_action.trigger()
    assert view.current_record().checklist_id == arrival.id
    view.select(tasks(demo_store)[0].id)
    view.add_action.trigger()
    assert view.current_record().checklist_id == checklists[0].id


def test_a_blank_checklist_title_is_refused(
    monkeypatch, view: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    type_title(monkeypatch, "   ")
    view.new_checklist_action.trigger()
    assert len(demo_store.content(ws.dossier_id).checklists) == 1
    assert ws.problems and "required" in ws.problems[0]  # type: ignore[attr-defined]
    assert ws.undo_stack.count() == 0


def test_rename_checklist(monkeypatch, view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    before = demo_store.dump(ws.dossier_id)
    type_title(monkeypatch, "Before leaving Seoul")
    view.rename_checklist_action.trigger()  # the current task's checklist
    assert demo_store.content(ws.dossier_id).checklists[0].title == "Before leaving Seoul"
    assert view.checklist_box.itemText(1) == "Before leaving Seoul"
    assert set(texts(view.model, 2)) == {"Before leaving Seoul"}
    assert view.form.widgets["checklist_id"].currentText() == "Before leaving Seoul"
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_delete_checklist_takes_its_tasks(monkeypatch, view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    checklist = demo_store.content(ws.dossier_id).checklists[0]
    view.show_checklist(checklist.id)
    before = demo_store.dump(ws.dossier_id)
    view.delete_checklist_action.trigger()
    assert "Pre-departure" in asked[0] and "11 tasks" in asked[0]
    assert demo_store.get(model.Checklist, checklist.id).deleted
    assert all(demo_store.get(model.ChecklistItem, t.id).deleted for t in checklist.items)
    assert view.model.rowCount() == 0 and view.checklist_filter() is None
    assert view.checklist_box.count() == 1
    assert not view.delete_checklist_action.isEnabled()
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert view.model.rowCount() == 11 and view.checklist_box.count() == 2


def test_cancelled_checklist_deletion_keeps_it(monkeypatch, view: ChecklistsView, ws: Workspace) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.delete_checklist_action.trigger()
    assert view.model.rowCount() == 11 and ws.undo_stack.count() == 0


def test_a_task_without_any_checklist(monkeypatch, view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    answer_yes(monkeypatch)
    view.delete_checklist_action.trigger()
    before = demo_store.dump(ws.dossier_id)
    assert before["checklists"] == []
    view.add_action.trigger()
    checklists = demo_store.content(ws.dossier_id).checklists
    assert [c.title for c in checklists] == ["Checklist"]
    assert [t.text for t in checklists[0].items] == ["New task"]
    assert view.current_record().checklist_id == checklists[0].id
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.add_action.trigger()
    assert demo_store.dump(ws.dossier_id) == before


def test_duplicate_task(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    view.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != task.id
    assert (copy.text, copy.checklist_id, copy.owner_id, copy.due, copy.agenda_item_id) == (
        task.text,
        task.checklist_id,
        task.owner_id,
        task.due,
        task.agenda_item_id,
    )
    assert view.model.rowCount() == 12
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_move_task(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    order = texts(view.model, 1)
    before = demo_store.dump(ws.dossier_id)
    view.select(task_named(demo_store, order[0]).id)
    view.down_action.trigger()
    assert texts(view.model, 1)[:2] == [order[1], order[0]]
    assert [t.text for t in tasks(demo_store)][:2] == [order[1], order[0]]
    assert view.current_record().text == order[0]
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_delete_task(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    view.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    view.delete_action.trigger()
    assert demo_store.get(model.ChecklistItem, task.id).deleted
    assert view.model.rowCount() == 10
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert view.model.rowCount() == 11


def test_deleting_a_participant_unlinks_tasks(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    task = task_named(demo_store, SHIPBUILDING)
    owner = demo_store.get(model.Participant, task.owner_id)
    ws.apply("Delete participant", deletes=[owner])
    row = view.model.row_of(task.id)
    assert view.model.index(row, 3).data() == ""
    assert view.form.widgets["owner_id"].findData(owner.id) < 0


def test_model(qtmodeltester, view: ChecklistsView) -> None:
    qtmodeltester.check(view.model)


def test_the_checklist_chooser_is_shown(shown: ChecklistsView) -> None:
    assert shown.checklist_box.isVisible() and shown.checklist_button.isVisible()


@pytest.mark.parametrize(("language", "shown"), [("en", "1,011 tasks"), ("ko", "1,011")])
def test_a_long_list_says_how_many_rows_as_the_language_writes_numbers(
    view: ChecklistsView, ws: Workspace, demo_store: Store, language: str, shown: str
) -> None:
    from negoprep.ui.translation import use_language

    checklist = demo_store.content(ws.dossier_id).checklists[0]
    more = [
        model.ChecklistItem(id=f"more-{n}", dossier_id=ws.dossier_id, checklist_id=checklist.id, text=f"Task {n}")
        for n in range(1000)
    ]
    demo_store.apply("Many tasks", puts=more)
    try:
        use_language(language)
        view.model.refresh()
        assert shown in view.count_label.text()
    finally:
        use_language("en")
