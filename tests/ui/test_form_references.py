"""The forms' reference boxes: a required reference offers no "(none)", the mouse wheel never
sets a value the store refuses, and a refusal by the store is shown beside the field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from negoprep.records import model
from negoprep.store.operations import reference_required
from negoprep.store.store import Store
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.checklists_view import ChecklistsView
from negoprep.ui.sections.delegation_view import DelegationView
from negoprep.ui.sections.figures_view import FiguresView
from negoprep.ui.sections.notes_view import NotesView
from negoprep.ui.sections.overview_view import TracksView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace

from .helpers import wheel

VIEWS = (
    AgendaView,
    TalkingPointsView,
    ChecklistsView,
    PackagesView,
    RedLinesView,
    NotesView,
    DelegationView,
    FiguresView,
    TracksView,
)


def entries(combo: QComboBox) -> list[tuple[str | None, str]]:
    return [(combo.itemData(n), combo.itemText(n)) for n in range(combo.count())]


def first_task(store: Store) -> model.ChecklistItem:
    return store.content(store.dossiers()[0].id).checklists[0].items[0]


@pytest.fixture
def checklists(qtbot, ws: Workspace) -> ChecklistsView:
    view = ChecklistsView(ws)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_wheel_over_a_tasks_checklist_never_sets_it_to_none(
    qtbot, checklists: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    task = first_task(demo_store)
    checklists.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    box = checklists.form.widgets["checklist_id"]
    assert box.currentData() == task.checklist_id
    # the person clicked into the box, then rolled the wheel up past its first entry
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    wheel(box, 3)
    assert box.currentData() == task.checklist_id  # the only checklist: nothing above it
    assert demo_store.get(model.ChecklistItem, task.id).checklist_id == task.checklist_id
    assert demo_store.dump(ws.dossier_id) == before
    assert ws.problems == []  # type: ignore[attr-defined]


def test_the_wheel_over_a_box_the_person_is_not_in_changes_nothing(
    qtbot, checklists: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    task = first_task(demo_store)
    checklists.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    for name in ("checklist_id", "owner_id", "agenda_item_id", "red_line_id"):
        box = checklists.form.widgets[name]
        assert not box.hasFocus()
        shown = box.currentIndex()
        wheel(box, 1)
        wheel(box, -1)
        assert box.currentIndex() == shown, name
    assert demo_store.dump(ws.dossier_id) == before
    assert ws.undo_stack.count() == 0


def test_the_wheel_in_a_box_moves_a_task_between_live_checklists_only(
    qtbot, monkeypatch, checklists: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("On arrival", True))
    checklists.new_checklist_action.trigger()
    checklists.show_checklist(None)
    task = first_task(demo_store)
    checklists.select(task.id)
    box = checklists.form.widgets["checklist_id"]
    assert [label for _, label in entries(box)] == ["Pre-departure", "On arrival"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    for steps in (-1, 1, 1, 1):
        wheel(box, steps)
        stored = demo_store.get(model.ChecklistItem, task.id).checklist_id
        assert stored is not None and stored == box.currentData()
    assert ws.problems == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("view_type", VIEWS, ids=lambda v: v.__name__)
def test_every_reference_box_offers_none_only_where_the_store_allows_it(qtbot, ws: Workspace, view_type) -> None:
    view = view_type(ws)
    qtbot.addWidget(view)
    form = view.form
    refs = [f for f in form.fields.values() if f.kind == "ref"]
    for f in refs:
        box = form.widgets[f.name]
        ids = [record_id for record_id, _ in entries(box)]
        offered = [record_id for record_id in ids if record_id is not None]
        assert offered == [record_id for record_id, _ in ws.choices(f.ref)], f.name
        if reference_required(form.rtype, f.name):
            assert None not in ids and "(none)" not in [label for _, label in entries(box)], f.name
        else:
            assert ids[0] is None, f.name
    if view_type is PackagesView:
        # an item is added to a package by choosing its agenda item: never "none"
        assert None not in [record_id for record_id, _ in entries(view.add_item_combo)]


def test_the_forms_know_every_required_reference() -> None:
    required = {
        (model.AgendaItem, "track_id"),
        (model.TalkingPoint, "agenda_item_id"),
        (model.ChecklistItem, "checklist_id"),
        (model.PackageItem, "package_id"),
        (model.PackageItem, "agenda_item_id"),
    }
    optional = {
        (model.AgendaItem, "owner_id"),
        (model.ChecklistItem, "owner_id"),
        (model.ChecklistItem, "agenda_item_id"),
        (model.ChecklistItem, "red_line_id"),
    }
    assert all(reference_required(*r) for r in required)
    assert not any(reference_required(*r) for r in optional)


def test_a_change_the_store_refuses_is_shown_beside_the_field_and_kept(
    qtbot, checklists: ChecklistsView, ws: Workspace, demo_store: Store
) -> None:
    """Another program deletes the red line a task is about to link to: the store refuses the
    link, the form says why beside the box and keeps the choice shown; nothing is written."""
    task = first_task(demo_store)
    checklists.select(task.id)
    before = demo_store.dump(ws.dossier_id)
    box = checklists.form.widgets["red_line_id"]
    target = next(row for row in range(box.count()) if box.itemData(row) not in (None, task.red_line_id))
    gone = demo_store.get(model.RedLine, box.itemData(target))
    with demo_store.transaction():
        demo_store.db.write(gone, delete=True)  # as another program would, behind the window's back
    before = demo_store.dump(ws.dossier_id)
    box.setCurrentIndex(target)
    assert demo_store.get(model.ChecklistItem, task.id).red_line_id == task.red_line_id
    assert demo_store.dump(ws.dossier_id) == before
    error = checklists.form.errors["red_line_id"]
    assert error.isVisibleTo(checklists.form) and "no such red line" in error.text()
    assert ws.problems and "no such red line" in ws.problems[-1]  # type: ignore[attr-defined]
    assert box.currentIndex() == target
