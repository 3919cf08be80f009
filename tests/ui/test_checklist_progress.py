"""Checklists from templates, progress per checklist and owner, and the "My tasks" filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from negoprep.formats import templates
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections import checklists_view
from negoprep.ui.sections.checklists_view import ChecklistsView, TemplateDialog
from negoprep.ui.workspace import Workspace

TODAY = "2025-04-20"


@pytest.fixture
def view(qtbot, monkeypatch, ws: Workspace) -> ChecklistsView:
    monkeypatch.setattr(checklists_view, "today_iso", lambda: TODAY)
    v = ChecklistsView(ws)
    qtbot.addWidget(v)
    v.settle()  # (the tasks are counted off the GUI thread)
    return v


def all_tasks(store: Store) -> list[model.ChecklistItem]:
    return [t for c in store.content(store.dossiers()[0].id).checklists for t in c.items]


def test_checklist_from_a_template_with_red_lines_is_one_undoable_step(
    view: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    dossier_id = ws.dossier_id
    before = demo_store.content(dossier_id)
    template = next(t for t in templates.list_templates() if t.title == "Pre-departure")
    red_lines = demo_store.records(model.RedLine, dossier_id)
    steps = ws.undo_stack.count()
    checklist = view.create_from_template(template, "  Pre-departure   (2nd round) ", briefing=True)
    assert checklist is not None and ws.undo_stack.count() == steps + 1
    stored = demo_store.get(model.Checklist, checklist.id)
    assert stored is not None and stored.title == "Pre-departure (2nd round)"
    items = demo_store.records(model.ChecklistItem, dossier_id, checklist_id=checklist.id)
    assert len(items) == len(template.tasks) + len(red_lines)
    briefings = [i for i in items if i.red_line_id]
    assert [i.text for i in briefings] == [f"Head of delegation briefed on: {r.title}" for r in red_lines]
    # the demo meets on 2025-04-24: the first task is due days_before earlier
    assert items[0].due == templates.due_date("2025-04-24", template.tasks[0].days_before)
    # the view shows the new checklist
    assert view.checklist_filter() == checklist.id
    assert view.proxy.rowCount() == len(items)
    ws.undo_stack.undo()
    assert demo_store.content(dossier_id) == before
    assert view.checklist_filter() is None


def test_empty_checklist_from_the_dialog_choice(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    checklist = view.create_from_template(None)
    assert checklist is not None and checklist.title == "Checklist"
    assert demo_store.count(model.ChecklistItem, ws.dossier_id, checklist_id=checklist.id) == 0


def test_template_dialog_lists_templates_and_scratch(qtbot) -> None:
    found = templates.list_templates()
    dialog = TemplateDialog(found, 5)
    qtbot.addWidget(dialog)
    assert dialog.list_model.rowCount() == len(found) + 1
    assert dialog.template() == found.templates[0]
    assert dialog.title_edit.text() == found.templates[0].title
    assert found.templates[0].description in dialog.description.text()
    dialog.list_view.setCurrentIndex(dialog.list_model.index(0, 0))
    assert dialog.template() is None and dialog.title_edit.text() == "Checklist"
    dialog.title_edit.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.briefing_box.isEnabled()
    assert not TemplateDialog(found, 0).briefing_box.isEnabled()


def test_progress_numbers_match_the_store(view: ChecklistsView, demo_store: Store) -> None:
    tasks = all_tasks(demo_store)
    done = sum(t.done for t in tasks)
    overdue = sum(1 for t in tasks if t.due and not t.done and t.due < TODAY)
    today = sum(1 for t in tasks if t.due == TODAY and not t.done)
    assert today > 0  # the demo has tasks due on 2025-04-20
    expected = (
        f"All checklists: {done} of {len(tasks)} done · overall {done} of {len(tasks)}"
        f" · overdue {overdue} · due today {today}"
    )
    assert view.progress_label.text() == expected
    checklist = demo_store.records(model.Checklist, view.workspace.dossier_id)[0]
    view.show_checklist(checklist.id)
    mine = [t for t in tasks if t.checklist_id == checklist.id]
    assert view.progress_label.text().startswith(
        f"{checklist.title}: {sum(t.done for t in mine)} of {len(mine)} done · overall {done} of {len(tasks)}"
    )
    seo = next(p for p in demo_store.records(model.Participant, view.workspace.dossier_id) if p.name == "Seo Ji-hoon")
    seo_tasks = [t for t in mine if t.owner_id == seo.id]
    assert f"Seo Ji-hoon {sum(t.done for t in seo_tasks)}/{len(seo_tasks)}" in view.owners_label.text()
    # ticking a task off moves the numbers
    row = next(r for r in range(view.model.rowCount()) if not view.model.record(r).done)
    view.toggle_done(row)
    view.settle()
    assert view.progress_label.text().startswith(f"{checklist.title}: {sum(t.done for t in mine) + 1} of")


def test_due_today_is_marked(view: ChecklistsView) -> None:
    due = [view.model.index(r, 4).data() for r in range(view.model.rowCount())]
    assert f"{TODAY} (today)" in due
    assert any(text.endswith("(overdue)") for text in due)


def test_my_tasks_shows_only_the_authors_tasks(view: ChecklistsView, ws: Workspace, demo_store: Store) -> None:
    everything = view.proxy.rowCount()
    view.my_tasks_box.setChecked(True)
    # the test author is no participant: nothing is theirs, and the tooltip says so
    assert view.proxy.rowCount() == 0
    assert "No participant" in view.my_tasks_box.toolTip()
    view.my_tasks_box.setChecked(False)
    demo_store.set_author(model.Author(id=demo_store.author.id, name="Seo Ji-hoon"))
    view.my_tasks_box.setChecked(True)
    seo = next(p for p in demo_store.records(model.Participant, ws.dossier_id) if p.name == "Seo Ji-hoon")
    expected = {t.id for t in all_tasks(demo_store) if t.owner_id == seo.id}
    assert expected
    shown = {view.model.record(r).id for r in range(view.proxy.rowCount())}
    assert shown == expected
    assert "No participant" not in view.my_tasks_box.toolTip()
    view.clear_filters()
    assert not view.my_tasks_box.isChecked() and view.proxy.rowCount() == everything


def test_progress_is_counted_again_after_a_change_not_after_a_sort_or_filter(
    view: ChecklistsView, ws: Workspace, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[str] = []
    count = Store.checklist_progress  # (of the store, or of the connection that counts off the GUI thread)
    monkeypatch.setattr(Store, "checklist_progress", lambda *a: counted.append("x") or count(*a))
    line, owners = view.progress_label.text(), view.owners_label.text()
    view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    view.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    view.proxy.set_filter_text("brief")
    view.proxy.set_filter_text("")
    view.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert counted == [] and (view.progress_label.text(), view.owners_label.text()) == (line, owners)
    # another checklist shown: its numbers, from the counts already made
    checklist = demo_store.records(model.Checklist, ws.dossier_id)[0]
    view.show_checklist(checklist.id)
    assert counted == [] and view.progress_label.text().startswith(f"{checklist.title}: ")
    view.show_checklist(None)
    assert view.progress_label.text() == line
    # a change counts again, and so does its undo
    row = next(r for r in range(view.model.rowCount()) if not view.model.record(r).done)
    view.toggle_done(row)
    view.settle()
    assert len(counted) == 1 and view.progress_label.text() != line
    ws.undo_stack.undo()
    view.settle()
    assert len(counted) == 2 and (view.progress_label.text(), view.owners_label.text()) == (line, owners)


def test_progress_per_owner_reads_every_owner_once_by_name(view: ChecklistsView, demo_store: Store) -> None:
    tasks = all_tasks(demo_store)
    names = {p.id: p.name for p in demo_store.records(model.Participant, view.workspace.dossier_id)}
    expected = {}
    for task in tasks:
        name = names[task.owner_id] if task.owner_id else "No owner"
        done, total = expected.get(name, (0, 0))
        expected[name] = (done + task.done, total + 1)
    order = sorted(expected, key=lambda n: (n == "No owner", n.casefold()))
    assert view.owners_label.text() == "By owner: " + " · ".join(
        f"{n} {expected[n][0]}/{expected[n][1]}" for n in order
    )


def test_the_tasks_are_counted_off_the_gui_thread_and_a_change_meanwhile_counts_again(
    view: ChecklistsView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting every task of a large dossier took 150 ms on the GUI thread; it is read on a
    connection of its own, the labels written when it ends, and a change made meanwhile has
    the tasks counted again: the labels end with the counts of the store as it is."""
    import threading

    threads: list[str] = []
    count = Store.checklist_progress
    monkeypatch.setattr(
        Store, "checklist_progress", lambda *a: threads.append(threading.current_thread().name) or count(*a)
    )
    line = view.progress_label.text()
    row = next(r for r in range(view.model.rowCount()) if not view.model.record(r).done)
    view.toggle_done(row)
    assert view.progress_texts() is None and view.progress_label.text() == line  # (counting)
    ws.undo_stack.undo()  # (meanwhile)
    view.settle()
    assert view.progress_label.text() == line  # as before the change and its undo
    assert threads and threading.main_thread().name not in threads
