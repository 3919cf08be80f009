"""The mouse wheel scrolls the page over a box the person is not in, and changes no value:
every spin box and choice box of the window, its sections and dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea, QSpinBox, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.checklists_view import ChecklistsView
from negoprep.ui.tab_order import TabOrderGuard
from negoprep.ui.wheel import WheelGuard
from negoprep.ui.workspace import Workspace

from .helpers import wheel


def value_of(box: QWidget) -> object:
    return box.currentIndex() if isinstance(box, QComboBox) else box.text()


def shown(view: QWidget, qtbot, size: tuple[int, int] = (1400, 600)) -> None:
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)


def page_scroll(box: QWidget) -> QScrollArea:
    parent = box.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def revisions(store: Store, rtype: type[model.Record], record_id: str) -> int:
    return len(store.history(rtype, record_id))


def test_the_wheel_over_the_agenda_priority_scrolls_the_form_and_saves_nothing(
    qtbot, ws: Workspace, demo_store: Store
) -> None:
    view = AgendaView(ws)
    shown(view, qtbot)
    item = demo_store.content(ws.dossier_id).agenda_items[0]
    view.select(item.id)
    priority = view.form.widget("priority", QSpinBox)
    area = page_scroll(priority)
    # the long form scrolled down so far that Priority is on screen, and the page can go on up
    area.ensureWidgetVisible(priority)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0
    before_value, before_scroll = priority.value(), bar.value()
    before = revisions(demo_store, model.AgendaItem, item.id)
    assert not priority.hasFocus()
    for _ in range(4):
        wheel(priority, 1)
    assert priority.value() == before_value
    assert demo_store.get(model.AgendaItem, item.id).priority == item.priority
    assert revisions(demo_store, model.AgendaItem, item.id) == before
    assert ws.undo_stack.count() == 0
    assert bar.value() < before_scroll  # the page moved up instead


def test_the_wheel_in_the_priority_box_still_steps_it(qtbot, ws: Workspace, demo_store: Store) -> None:
    view = AgendaView(ws)
    shown(view, qtbot)
    item = demo_store.content(ws.dossier_id).agenda_items[0]
    view.select(item.id)
    priority = view.form.widget("priority", QSpinBox)
    priority.setFocus()
    qtbot.waitUntil(priority.hasFocus)
    start = priority.value()
    wheel(priority, -1 if start > priority.minimum() else 1)
    assert priority.value() != start
    assert demo_store.get(model.AgendaItem, item.id).priority == priority.value()


def test_the_wheel_over_a_tasks_checklist_changes_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, ws: Workspace, demo_store: Store
) -> None:
    from PySide6.QtWidgets import QInputDialog

    view = ChecklistsView(ws)
    shown(view, qtbot)
    # a second checklist, so that the wheel would have somewhere to go in either direction
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("On arrival", True))
    view.new_checklist_action.trigger()
    view.show_checklist(None)
    ws.undo_stack.clear()
    task = demo_store.content(ws.dossier_id).checklists[0].items[0]
    view.select(task.id)
    box = view.form.widget("checklist_id", QComboBox)
    before = revisions(demo_store, model.ChecklistItem, task.id)
    index = box.currentIndex()
    assert box.count() == 2
    for steps in (1, -1, -3, 3):
        wheel(box, steps)
        assert box.currentIndex() == index
    assert demo_store.get(model.ChecklistItem, task.id).checklist_id == task.checklist_id
    assert revisions(demo_store, model.ChecklistItem, task.id) == before
    assert ws.undo_stack.count() == 0
    assert ws.problems == []  # type: ignore[attr-defined]


def value_boxes(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, QAbstractSpinBox | QComboBox) and w.isEnabled()]


def test_no_box_of_any_section_changes_under_the_wheel(qtbot, window, demo_store: Store) -> None:
    dossier = window.workspace.dossier_id
    before = demo_store.dump(dossier)
    checked = 0
    for section in range(window.sections.count()):
        window.show_section(section)
        page = window.sections.currentWidget()
        qtbot.wait(1)
        for box in value_boxes(page):
            if not box.isVisible() or box.hasFocus():
                continue
            value = value_of(box)
            wheel(box, 1)
            wheel(box, -2)
            assert value_of(box) == value, box.objectName()
            checked += 1
    assert checked > 20
    assert demo_store.dump(dossier) == before
    assert window.workspace.undo_stack.count() == 0


def test_the_wheel_over_a_dialogs_boxes_changes_nothing(qtbot, ws: Workspace) -> None:
    from negoprep.ui.dialogs.offers_dialog import OffersDialog

    dialog = OffersDialog(ws)
    shown(dialog, qtbot, (600, 500))
    boxes = [b for b in value_boxes(dialog) if b.isVisible()]
    assert len(boxes) >= 3
    for box in boxes:
        box.clearFocus()
        value = value_of(box)
        wheel(box, 2)
        assert value_of(box) == value, box.objectName()


def test_boxes_take_focus_by_click_or_tab_never_by_the_wheel(qtbot, window) -> None:
    for box in value_boxes(window):
        assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus, box.objectName()


def test_the_app_installs_the_wheel_rule(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from negoprep.ui import app as app_module

    for guard in [*qapp.findChildren(WheelGuard), *qapp.findChildren(TabOrderGuard)]:
        qapp.removeEventFilter(guard)
        guard.setParent(None)
    app_module.application()
    assert len(qapp.findChildren(WheelGuard)) == 1
    assert len(qapp.findChildren(TabOrderGuard)) == 1


def test_a_section_built_while_the_rules_are_out_keeps_them_afterwards(qtbot, window, qapp, monkeypatch) -> None:
    """A section is built and first shown without the input rules watching (negoprep.ui.
    input_rules): after each first visit both rules watch again, and every value box of the
    section takes focus by click or Tab only, and keeps its value under the wheel."""
    from negoprep.ui import input_rules

    shown(window, qtbot, (1400, 900))
    taken: list[bool] = []
    pause = input_rules.pause
    monkeypatch.setattr(input_rules, "pause", lambda app: taken.append(pause(app)) or taken[-1])
    installed: list[QObject] = []
    monkeypatch.setattr(
        qapp,
        "installEventFilter",
        lambda rule, _install=qapp.installEventFilter: installed.append(rule) or _install(rule),
    )
    for row in range(window.sections.count()):
        built = window.section_views[row] is not None
        taken.clear()
        installed.clear()
        window.show_section(row)
        view = window.section_views[row]
        assert view is not None and window.sections.currentWidget() is view
        # (out while it was built, then back: the first visit only)
        assert (taken, len(installed)) == (([], 0) if built else ([True], 2)), row
        boxes = [b for kind in (QAbstractSpinBox, QComboBox) for b in view.findChildren(kind)]
        assert all(b.focusPolicy() != Qt.FocusPolicy.WheelFocus for b in boxes), row
        for box in [b for b in boxes if b.isVisible() and b.isEnabled()][:3]:
            box.clearFocus()
            value = value_of(box)
            wheel(box, 2)
            assert value_of(box) == value, (row, box.objectName())
    assert sorted(type(r).__name__ for r in input_rules.rules(qapp)) == ["TabOrderGuard", "WheelGuard"]
