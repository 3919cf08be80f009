"""The Packages section on the demo dossier: packages, their items, and every change undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.records.editing import package_item_id
from negoprep.store.store import Store
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.workspace import Workspace

US_PACKAGE = "U.S. one-stop package (expected)"


@pytest.fixture
def view(qtbot, ws: Workspace) -> PackagesView:
    v = PackagesView(ws)
    qtbot.addWidget(v)
    return v


def texts(m, column: int) -> list[str]:
    return [m.index(row, column).data() for row in range(m.rowCount())]


def package(store: Store, name: str) -> model.Package:
    return next(p for p in store.content(store.dossiers()[0].id).packages if p.name == name)


def items_of(store: Store, package_id: str) -> list[model.PackageItem]:
    return store.children(model.PackageItem, "package_id", package_id)


def show(view: PackagesView, name: str) -> model.Package:
    p = package(view.workspace.store, name)
    assert view.select(p.id)
    return p


def test_table_shows_the_demo_packages(view: PackagesView, demo_doc: dict) -> None:
    packages = demo_doc["packages"]
    assert texts(view.model, 0) == [p["name"] for p in packages]
    assert texts(view.model, 1) == [p["origin"].capitalize() for p in packages]
    assert texts(view.model, 2) == [str(sum(i["role"] == "give" for i in p["items"])) for p in packages]
    assert texts(view.model, 3) == [str(sum(i["role"] == "get" for i in p["items"])) for p in packages]
    assert texts(view.model, 4)[0] == packages[0]["notes"].splitlines()[0]
    assert view.count_label.text() == "5 packages"


def test_items_of_the_package_are_listed(view: PackagesView, demo_doc: dict) -> None:
    show(view, US_PACKAGE)
    assert view.form.widgets["name"].text() == US_PACKAGE
    raw = next(p for p in demo_doc["packages"] if p["name"] == US_PACKAGE)
    titles = {a["id"]: a["title"] for a in demo_doc["agenda_items"]}
    assert texts(view.items_model, 0) == [titles[i["agenda_item"]] for i in raw["items"]]
    assert texts(view.items_model, 1)[0] == "Defense cost-sharing"  # the track
    assert texts(view.items_model, 2) == [i["role"].capitalize() for i in raw["items"]]
    assert texts(view.items_model, 3)[0] == "2 KRW tn per year"
    assert texts(view.items_model, 4)[0] == raw["items"][0]["notes"]
    # the first item is selected and its editors filled
    assert view.item_value.text() == "2" and view.item_unit.text() == "KRW tn per year"
    assert view.item_role.currentData() == "give"
    # only agenda items not in the package can be added
    offered = {view.add_item_combo.itemData(n) for n in range(view.add_item_combo.count())}
    assert offered == set(titles) - {i["agenda_item"] for i in raw["items"]}


def test_sorting(view: PackagesView) -> None:
    names = texts(view.model, 0)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert texts(view.model, 0) == sorted(names, key=str.casefold)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert texts(view.model, 1) == ["Theirs", "Theirs", "Ours", "Ours", "Ours"]
    assert not view.up_action.isEnabled()  # moving makes no sense in a sorted table


def test_filter_box(qtbot, view: PackagesView) -> None:
    qtbot.keyClicks(view.filter_edit, "shipbuilding")
    assert texts(view.model, 0) == ["Regulatory steps and shipbuilding for the reciprocal rate"]
    view.filter_edit.clear()
    assert view.model.rowCount() == 5


def test_new_package_and_undo(view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    before = demo_store.dump(ws.dossier_id)
    view.add_action.trigger()
    new = view.current_record()
    assert new.name == "New package" and new.origin == "ours"
    assert texts(view.model, 0)[-1] == "New package"
    assert view.items_model.rowCount() == 0 and view.add_item_combo.count() == 12
    assert len(demo_store.content(ws.dossier_id).packages) == 6
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert view.model.rowCount() == 5


def test_edit_package_fields(qtbot, view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    p = show(view, US_PACKAGE)
    before = demo_store.dump(ws.dossier_id)
    name = view.form.widgets["name"]
    name.clear()
    name.editingFinished.emit()
    assert view.form.errors["name"].isVisibleTo(view.form)
    assert demo_store.get(model.Package, p.id).name == US_PACKAGE  # not saved
    qtbot.keyClicks(name, "U.S. package")
    name.editingFinished.emit()
    assert not view.form.errors["name"].isVisibleTo(view.form)
    assert demo_store.get(model.Package, p.id).name == "U.S. package"
    assert view.model.record(2).name == "U.S. package"
    origin = view.form.widgets["origin"]
    origin.setCurrentIndex(origin.findData("ours"))
    assert demo_store.get(model.Package, p.id).origin == "ours"
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_add_change_and_remove_an_item_with_undo(view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    p = show(view, "Purchases for tariff relief")
    beef = next(a for a in demo_store.content(ws.dossier_id).agenda_items if a.title == "Limits on U.S. beef imports")
    start = demo_store.dump(ws.dossier_id)

    # add as give
    view.add_item_combo.setCurrentIndex(view.add_item_combo.findData(beef.id))
    view.add_item_role.setCurrentIndex(view.add_item_role.findData("give"))
    view.add_item_button.click()
    item = demo_store.get(model.PackageItem, package_item_id(p.id, beef.id))
    assert item is not None and not item.deleted
    assert (item.role, item.value, item.dossier_id, item.package_id) == ("give", None, p.dossier_id, p.id)
    assert item.position == max(i.position for i in items_of(demo_store, p.id))
    assert texts(view.items_model, 0)[-1] == beef.title
    assert view.current_item().id == item.id  # the new item is selected
    assert view.add_item_combo.findData(beef.id) < 0  # no longer offered
    assert texts(view.model, 2)[0] == "3"  # gives counted again
    added = demo_store.dump(ws.dossier_id)

    # change its role to get
    view.item_role.setCurrentIndex(view.item_role.findData("get"))
    assert demo_store.get(model.PackageItem, item.id).role == "get"
    assert texts(view.items_model, 2)[-1] == "Get"
    assert texts(view.model, 2)[0] == "2" and texts(view.model, 3)[0] == "3"
    assert view.current_item().id == item.id
    changed = demo_store.dump(ws.dossier_id)

    # remove it
    view.remove_item_button.click()
    assert demo_store.get(model.PackageItem, item.id).deleted
    assert beef.title not in texts(view.items_model, 0)
    assert view.add_item_combo.findData(beef.id) >= 0

    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == changed
    assert texts(view.items_model, 2)[-1] == "Get"
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == added
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == start
    assert view.items_model.rowCount() == 4
    assert ws.problems == []  # type: ignore[attr-defined]


def test_proposed_figure_is_checked(qtbot, view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    p = show(view, US_PACKAGE)
    item = items_of(demo_store, p.id)[0]
    assert view.current_item().id == item.id
    view.item_value.clear()
    qtbot.keyClicks(view.item_value, "1e")  # the start of a number, not yet one
    assert view.item_error.isVisibleTo(view) and "must be a number" in view.item_error.text()
    view.item_value.editingFinished.emit()
    assert demo_store.get(model.PackageItem, item.id).value == 2  # not saved
    assert view.item_value.text() == "1e"  # what was typed stays, to be corrected
    view.item_value.clear()
    qtbot.keyClicks(view.item_value, "2.5")
    assert not view.item_error.isVisibleTo(view)
    view.item_value.editingFinished.emit()
    assert demo_store.get(model.PackageItem, item.id).value == 2.5
    assert texts(view.items_model, 3)[0] == "2.5 KRW tn per year"
    view.item_value.clear()
    view.item_value.editingFinished.emit()
    assert demo_store.get(model.PackageItem, item.id).value is None
    view.item_notes.setText("Only if asked")
    view.item_notes.editingFinished.emit()
    assert demo_store.get(model.PackageItem, item.id).notes == "Only if asked"
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert demo_store.get(model.PackageItem, item.id).value == 2
    assert view.item_value.text() == "2"


def test_duplicate_copies_the_items(view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    p = show(view, US_PACKAGE)
    before = demo_store.dump(ws.dossier_id)
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != p.id and copy.name == US_PACKAGE + " (copy)" and copy.origin == "theirs"
    originals, copies = items_of(demo_store, p.id), items_of(demo_store, copy.id)
    assert [(i.agenda_item_id, i.role, i.value, i.notes) for i in copies] == [
        (i.agenda_item_id, i.role, i.value, i.notes) for i in originals
    ]
    assert [i.id for i in copies] == [package_item_id(copy.id, i.agenda_item_id) for i in originals]
    assert view.items_model.rowCount() == len(originals)
    assert texts(view.model, 2)[-1] == "3"
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before


def test_move_package(view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    names = texts(view.model, 0)
    before = demo_store.dump(ws.dossier_id)
    view.select(package(demo_store, names[0]).id)
    assert not view.up_action.isEnabled()
    view.down_action.trigger()
    assert texts(view.model, 0) == [names[1], names[0], *names[2:]]
    assert view.current_record().name == names[0]
    assert [p.name for p in demo_store.content(ws.dossier_id).packages] == [names[1], names[0], *names[2:]]
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert texts(view.model, 0) == names


def test_delete_package_with_its_items(monkeypatch, view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    p = show(view, US_PACKAGE)
    items = items_of(demo_store, p.id)
    before = demo_store.dump(ws.dossier_id)
    view.delete_action.trigger()
    assert "5 package items" in asked[0]
    assert demo_store.get(model.Package, p.id).deleted
    assert all(demo_store.get(model.PackageItem, i.id).deleted for i in items)
    assert view.model.rowCount() == 4
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert view.model.rowCount() == 5


def test_models(qtmodeltester, view: PackagesView) -> None:
    qtmodeltester.check(view.model)
    show(view, US_PACKAGE)
    qtmodeltester.check(view.items_model)


def test_readonly_items_cannot_be_edited(qtbot, ws: Workspace, monkeypatch) -> None:
    monkeypatch.setattr(type(ws), "readonly", property(lambda self: True))
    v = PackagesView(ws)
    qtbot.addWidget(v)
    assert v.items_model.rowCount() == 4
    assert not v.add_item_button.isEnabled() and not v.remove_item_button.isEnabled()
    assert not v.item_role.isEnabled() and not v.item_value.isEnabled()


def test_the_items_table_is_shown(qtbot, view: PackagesView) -> None:
    show(view, US_PACKAGE)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # let the layout settle before the picture
    assert view.items_table.isVisible() and view.add_item_combo.isVisible()


def test_the_level_column_says_when_the_proposed_figure_set_the_level() -> None:
    from negoprep.ui.sections.packages_view import ItemRow, _level_text, _level_tooltip

    agenda = model.AgendaItem(id="a", dossier_id="d", track_id="t", title="Quota cut", figure_better="less",
                              figure_target=5.0, figure_walk_away=10.0)  # fmt: skip
    entry = model.PackageItem(id="e", dossier_id="d", package_id="p", agenda_item_id="a", role="get", value=15.0)
    row = ItemRow(entry, agenda)
    assert _level_text(row, None) == "Beyond walk-away (by the figure)"
    assert "worth nothing" in _level_tooltip(row, None)
    inside = ItemRow(model.PackageItem(id="e", dossier_id="d", package_id="p", agenda_item_id="a", role="get",
                                       value=4.0), agenda)  # fmt: skip
    assert _level_text(inside, None) == "Target (by role)"


def test_the_level_box_says_where_the_proposed_figure_puts_the_item(view: PackagesView, ws: Workspace) -> None:
    """The form agrees with the table: a figure past the walk-away figure shows in the box."""
    from dataclasses import replace

    store = ws.store
    p = show(view, US_PACKAGE)
    entry = items_of(store, p.id)[0]
    agenda = store.get(model.AgendaItem, entry.agenda_item_id)
    figures = {"figure_better": "less", "figure_target": 5.0, "figure_walk_away": 10.0}
    assert ws.apply("Figures", puts=[replace(agenda, **figures), replace(entry, level=None, value=15.0)]) is not None
    view.items_table.selectRow(0)
    box = view.item_level
    assert box.currentIndex() == 0 and box.currentText().endswith("→ Beyond walk-away (by the figure)")
    assert box.currentText().startswith("(by role: ")
    assert ws.apply("Named", puts=[replace(store.get(model.PackageItem, entry.id), level="target")]) is not None
    view.items_table.selectRow(0)
    assert box.currentText() == "Target → Beyond walk-away (by the figure)"
    assert box.itemText(box.findData("fallback")) == "Fallback"  # the others read as ever
    assert ws.apply("Inside", puts=[replace(store.get(model.PackageItem, entry.id), value=4.0)]) is not None
    view.items_table.selectRow(0)
    assert box.currentText() == "Target"
