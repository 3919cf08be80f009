"""Scoring on screen: the mandate ladder and weights in the Agenda form, each package's value
and give/get balance, and proposing equivalent offers — worked as a person would, on the demo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.analysis import scoring
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.dialogs.offers_dialog import OffersDialog
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.workspace import Workspace

US_PACKAGE = "U.S. one-stop package (expected)"
OURS = "Purchases for tariff relief"
FOR_US, FOR_THEM = 6, 7  # the packages table's value columns


@pytest.fixture
def agenda(qtbot, ws: Workspace) -> AgendaView:
    v = AgendaView(ws)
    qtbot.addWidget(v)
    v.show()
    return v


@pytest.fixture
def packages(qtbot, ws: Workspace) -> PackagesView:
    v = PackagesView(ws)
    qtbot.addWidget(v)
    v.show()
    return v


def agenda_items(store: Store) -> list[model.AgendaItem]:
    return store.content(store.dossiers()[0].id).agenda_items


def package(store: Store, name: str) -> model.Package:
    return next(p for p in store.content(store.dossiers()[0].id).packages if p.name == name)


def column(view: PackagesView, col: int, role=Qt.ItemDataRole.DisplayRole) -> dict[str, str]:
    m = view.model
    return {m.index(r, 0).data(): m.index(r, col).data(role) for r in range(m.rowCount())}


# --- the Agenda form ------------------------------------------------------------------------


def test_the_ladder_is_a_grid_of_steps(agenda: AgendaView) -> None:
    item = agenda.current_record()
    box = agenda.ladder_box
    assert box.title() == "Mandate ladder" and box.isVisible()
    for step in model.LADDER:
        for name in (step, f"{step}_approved_by", f"{step}_score"):
            widget = agenda.form.widgets[name]
            assert box.isAncestorOf(widget) and widget.isVisible()
        assert agenda.form.widgets[step].toPlainText() == getattr(item, step)
        assert agenda.form.widgets[f"{step}_approved_by"].toPlainText() == getattr(item, f"{step}_approved_by")
        assert agenda.form.widgets[f"{step}_score"].value() == getattr(item, f"{step}_score")
    spin = agenda.form.widgets["target_score"]
    assert (spin.minimum(), spin.maximum()) == (0, 100)
    assert agenda.form.widgets["walk_away_score"].accessibleName() == "Walk-away score"
    # the rows the grid took are gone from the form, labels included
    labels = [agenda.form.layout_.itemAt(r, agenda.form.layout_.ItemRole.LabelRole) for r in range(30)]
    texts = [i.widget().text() for i in labels if i is not None and i.widget() is not None]
    assert "Opening:" not in texts and "Target score:" not in texts and "Their weight:" in texts


def test_edit_an_approver_and_a_score_then_undo(qtbot, agenda: AgendaView, ws: Workspace, demo_store: Store) -> None:
    item = agenda.current_record()
    before = demo_store.dump(ws.dossier_id)
    approver = agenda.form.widgets["fallback_approved_by"]
    approver.clear()
    qtbot.keyClicks(approver, "Minister of Trade")
    approver.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).fallback_approved_by == "Minister of Trade"

    score = agenda.form.widgets["fallback_score"]
    score.lineEdit().selectAll()
    qtbot.keyClicks(score, "55")
    assert demo_store.get(model.AgendaItem, item.id).fallback_score == 40  # not while typing
    qtbot.keyClick(score, Qt.Key.Key_Return)
    assert demo_store.get(model.AgendaItem, item.id).fallback_score == 55
    assert not agenda.ladder_note.isVisibleTo(agenda)

    # a score above the step before it is most likely a slip: said, and saved all the same
    score.setValue(90)
    assert demo_store.get(model.AgendaItem, item.id).fallback_score == 90
    assert agenda.ladder_note.isVisibleTo(agenda) and "should fall" in agenda.ladder_note.text()

    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert agenda.form.widgets["fallback_score"].value() == 40
    assert agenda.form.widgets["fallback_approved_by"].toPlainText() == item.fallback_approved_by
    assert ws.problems == []  # type: ignore[attr-defined]


def test_their_weight_and_its_total(qtbot, agenda: AgendaView, demo_store: Store) -> None:
    items = agenda_items(demo_store)
    assert sum(i.their_weight for i in items) == 100
    assert agenda.their_weight_total.text() == "Their weights (12 items modelled): 100 of 100"
    assert agenda.weight_total.text() == "Weights of all agenda items: 100 of 100"
    item = agenda.current_record()
    theirs = agenda.form.widgets["their_weight"]
    assert theirs.text() == "2"

    theirs.clear()
    qtbot.keyClicks(theirs, "150")
    theirs.editingFinished.emit()
    assert agenda.form.errors["their_weight"].isVisibleTo(agenda)  # shown, not saved
    assert demo_store.get(model.AgendaItem, item.id).their_weight == 2

    theirs.clear()
    qtbot.keyClicks(theirs, "7")
    theirs.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).their_weight == 7
    assert agenda.their_weight_total.text() == (
        "Their weights (12 items modelled): 105 of 100 — they should add up to 100"
    )

    theirs.clear()  # empty: not modelled
    theirs.editingFinished.emit()
    assert demo_store.get(model.AgendaItem, item.id).their_weight is None
    assert agenda.their_weight_total.text().startswith("Their weights (11 items modelled): 98 of 100")


def test_their_total_is_summed_by_the_store_without_reading_items(agenda: AgendaView, ws: Workspace,
                                                                  demo_store: Store, monkeypatch) -> None:  # fmt: skip
    items = agenda_items(demo_store)
    few = [replace(items[0], their_weight=60)] + [replace(i, their_weight=None) for i in items[1:]]
    ws.apply("Model few", puts=few)
    read: list[int] = []
    page = Store.page

    def counting(self, rtype, rowids):
        if rtype is model.AgendaItem:
            read.append(len(rowids))
        return page(self, rtype, rowids)

    monkeypatch.setattr(Store, "page", counting)
    agenda.show_extra(agenda.current_record())
    assert read == []  # one sum in SQL, however long the agenda
    assert agenda.their_weight_total.text().startswith("Their weights (1 item modelled): 60 of 100")


# --- the value of packages ------------------------------------------------------------------


def expected_value(store: Store, name: str) -> scoring.PackageValue:
    p = package(store, name)
    content = store.content(p.dossier_id)
    assert content is not None
    tracks = {t.id: t.name for t in content.tracks}
    return scoring.value(p, {i.id: i for i in agenda_items(store)}, content.red_lines, tracks)


def test_the_table_shows_each_packages_value_beside_its_red_lines(packages: PackagesView, demo_store: Store) -> None:
    header = packages.table.horizontalHeader()
    assert packages.model.headerData(FOR_US, Qt.Orientation.Horizontal) == "For us"
    assert packages.model.headerData(FOR_THEM, Qt.Orientation.Horizontal) == "For them"
    red_lines = header.visualIndex(packages.RED_LINES_COLUMN)
    # after the verdicts: the red lines, then the win-set at home
    assert header.visualIndex(packages.HOME_COLUMN) == red_lines + 1
    assert (header.visualIndex(FOR_US), header.visualIndex(FOR_THEM)) == (red_lines + 2, red_lines + 3)
    assert header.visualIndex(packages.NOTES_COLUMN) == header.count() - 1  # the notes stretch last
    ours, theirs = column(packages, FOR_US), column(packages, FOR_THEM)
    for p in demo_store.content(demo_store.dossiers()[0].id).packages:
        worth = expected_value(demo_store, p.name)
        # a package that breaks an absolute red line reads unacceptable (its points in the tooltip)
        shown = f"{worth.ours:g}" if worth.acceptable else "unacceptable"
        assert ours[p.name] == shown
        assert theirs[p.name] == f"{worth.theirs:g}"
    assert ours[OURS] == "29.25" and theirs[OURS] == "6.75"
    tips = column(packages, FOR_US, Qt.ItemDataRole.ToolTipRole)
    assert tips[OURS].splitlines() == ["For us: 29.25 of 39 points", "Gives 2 (weight 13), gets 2 (weight 26)."]
    assert "beyond its walk-away point" in tips[US_PACKAGE]
    marks = column(packages, FOR_US, Qt.ItemDataRole.DecorationRole)
    assert marks[OURS] is None and marks[US_PACKAGE] is not None
    # not sortable: a click on the header keeps the order
    names = list(ours)
    packages.table.sortByColumn(FOR_US, Qt.SortOrder.DescendingOrder)
    assert list(column(packages, FOR_US)) == names


def test_values_are_kept_per_package_until_a_change(packages: PackagesView, ws: Workspace, demo_store: Store,
                                                    monkeypatch) -> None:  # fmt: skip
    column(packages, FOR_US)
    read: list[str] = []
    get = Store.get
    monkeypatch.setattr(Store, "get", lambda self, rtype, rid: read.append(rtype.table) or get(self, rtype, rid))
    column(packages, FOR_US)
    column(packages, FOR_THEM)
    assert "agenda_items" not in read
    # a change to an agenda item is seen: the values are worked out again
    autos = next(i for i in agenda_items(demo_store) if i.title == "Tariff relief for automobiles")
    ws.apply("Score", puts=[replace(autos, target_score=50)])
    assert column(packages, FOR_US)[OURS] == f"{29.25 - 16 * 0.25:g}"
    assert column(packages, FOR_THEM)[OURS] == f"{6.75 + 2 * 0.25:g}"


def test_the_package_shows_its_value_and_balance(packages: PackagesView, demo_store: Store) -> None:
    packages.select(package(demo_store, OURS).id)
    assert packages.value_label.text() == (
        "Value for us: 29.25 of 39 points; for them: 6.75 — gives 2 (weight 13), gets 2 (weight 26)"
    )
    assert not packages.value_warnings.isVisibleTo(packages)
    levels = [packages.items_model.index(r, packages.LEVEL_COLUMN).data() for r in range(4)]
    assert levels == ["Target"] * 4
    header = packages.items_table.horizontalHeader()
    assert header.visualIndex(packages.LEVEL_COLUMN) == header.visualIndex(2) + 1  # beside the role


def test_setting_a_level_beyond_walk_away_warns(packages: PackagesView, ws: Workspace, demo_store: Store) -> None:
    us = package(demo_store, US_PACKAGE)
    packages.select(us.id)
    lng = next(e for e in us.items if e.level == "fallback" and e.role == "give")
    title = demo_store.get(model.AgendaItem, lng.agenda_item_id).title
    row = packages.items_model.row_of(lng.id)
    packages.items_table.selectRow(row)
    assert packages.current_item().id == lng.id
    assert packages.item_level.currentData() == "fallback"
    before = demo_store.dump(ws.dossier_id)
    ours_before = column(packages, FOR_US, Qt.ItemDataRole.ToolTipRole)[US_PACKAGE]

    packages.item_level.setCurrentIndex(packages.item_level.findData("beyond"))
    assert demo_store.get(model.PackageItem, lng.id).level == "beyond"
    warning = f'⚠ It gives "{title}" beyond its walk-away point.'
    assert packages.value_warnings.isVisibleTo(packages)
    assert warning in packages.value_warnings.text().splitlines()
    assert packages.items_model.index(row, packages.LEVEL_COLUMN).data() == "Beyond walk-away"
    assert packages.items_model.index(row, packages.LEVEL_COLUMN).data(Qt.ItemDataRole.DecorationRole) is not None
    assert packages.current_item().id == lng.id  # still selected
    worth = expected_value(demo_store, US_PACKAGE)
    # the U.S. package breaks absolute red lines: its new value shows, marked unacceptable
    assert column(packages, FOR_US)[US_PACKAGE] == "unacceptable"
    tip = column(packages, FOR_US, Qt.ItemDataRole.ToolTipRole)[US_PACKAGE]
    assert f"For us: {worth.ours:g} of" in tip and tip != ours_before
    assert f"{worth.ours:g} of" in packages.value_label.text()

    # back to what the role implies: "(by role)", explained for this item
    packages.item_level.setCurrentIndex(0)
    assert demo_store.get(model.PackageItem, lng.id).level is None
    assert packages.item_level.currentText() == "(by role: Fallback)"
    assert packages.items_model.index(row, packages.LEVEL_COLUMN).data() == "Fallback (by role)"
    assert warning not in packages.value_warnings.text().splitlines()

    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == before
    assert packages.item_level.currentData() == "fallback"
    assert ws.problems == []  # type: ignore[attr-defined]


def test_a_package_that_gives_without_getting_is_warned_about(packages: PackagesView, demo_store: Store) -> None:
    p = package(demo_store, OURS)
    packages.select(p.id)
    for entry in p.items:
        if entry.role == "get":
            packages.items_table.selectRow(packages.items_model.row_of(entry.id))
            packages.item_role.setCurrentIndex(packages.item_role.findData("give"))
    assert "⚠ It gives without getting anything in return." in packages.value_warnings.text().splitlines()
    assert "gives 4 (weight 39), gets 0 (weight 0)" in packages.value_label.text()


def test_the_issues_package_reads_unacceptable_in_the_table_and_its_form(
    qtbot, ws: Workspace, demo_store: Store, qtmodeltester
) -> None:
    """Issue 13: Alaska LNG given for tariff relief scored well and nothing said it was unacceptable."""
    from tests.alaska_card import NAME, add_alaska_for_tariffs

    add_alaska_for_tariffs(demo_store, demo_store.dossiers()[0].id)
    view = PackagesView(ws)
    qtbot.addWidget(view)
    view.show()
    worth = expected_value(demo_store, NAME)
    assert not worth.acceptable
    ours = column(view, FOR_US)
    assert ours[NAME] == "unacceptable"
    assert ours[OURS] == "29.25"
    tip = column(view, FOR_US, Qt.ItemDataRole.ToolTipRole)[NAME]
    assert tip.splitlines()[0] == (
        "Unacceptable whatever it scores: it breaks the absolute red line “Alaska LNG is not a card for tariffs”."
    )
    assert column(view, FOR_US, Qt.ItemDataRole.DecorationRole)[NAME] is not None
    qtmodeltester.check(view.model)
    # the package's own form says it too
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == NAME)
    view.table.selectRow(row)
    assert view.value_label.text().startswith(
        f"Value for us: unacceptable ({worth.ours:g} of {worth.possible:g} points)"
    )
    assert view.value_label.toolTip() == tip.splitlines()[0]


def test_an_empty_package_has_nothing_to_value(packages: PackagesView) -> None:
    packages.add_action.trigger()
    assert packages.value_label.text() == "No items yet: nothing to value."
    assert column(packages, FOR_US)["New package"] == "0"
    assert column(packages, FOR_THEM)["New package"] == "—"


def test_models(qtmodeltester, packages: PackagesView) -> None:
    qtmodeltester.check(packages.model)
    packages.select(package(packages.workspace.store, US_PACKAGE).id)
    qtmodeltester.check(packages.items_model)


# --- equivalent offers ----------------------------------------------------------------------


def open_offers(packages: PackagesView) -> OffersDialog:
    assert packages.propose_action.isEnabled()
    assert packages.propose_action.toolTip() and packages.propose_action.text() == "Propose equivalent offers…"
    packages.propose_action.trigger()
    dialog = packages.offers_dialog
    assert isinstance(dialog, OffersDialog) and dialog.isVisible()
    return dialog


def test_propose_and_add_offers_as_one_step(qtbot, packages: PackagesView, ws: Workspace, demo_store: Store,
                                           monkeypatch) -> None:  # fmt: skip
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = demo_store.dump(ws.dossier_id)
    rows_before = packages.model.rowCount()
    dialog = open_offers(packages)
    assert (dialog.count.value(), dialog.size.value(), dialog.target.text()) == (3, 4, "")
    assert not dialog.add_button.isEnabled()  # nothing proposed yet
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert len(dialog.proposals) == 3 and dialog.model.rowCount() == 3
    assert dialog.status.text().startswith("3 offers worth")
    values = [p.value.ours for p in dialog.proposals]
    assert max(values) - min(values) <= dialog.tolerance.value()
    first = dialog.model.item(0, 0)
    assert first.text().startswith("Equivalent offer A (") and first.rowCount() == 4
    assert {first.child(r, 1).text() for r in range(4)} == {"Give", "Get"}
    assert dialog.model.item(0, 3).text() == f"{values[0]:g}"

    # keep the first two
    dialog.model.item(2, 0).setCheckState(Qt.CheckState.Unchecked)
    assert [p.package.id for p in dialog.chosen()] == [p.package.id for p in dialog.proposals[:2]]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    dossier_id = ws.dossier_id
    added = [demo_store.get(model.Package, p.package.id) for p in dialog.proposals[:2]]
    assert all(p is not None and not p.deleted and p.origin == "ours" for p in added)
    check = demo_store.check_packages(dossier_id, [p.id for p in added])
    assert [c.violations for c in check.packages] == [[], []]
    for p, proposal in zip(added, dialog.proposals, strict=False):
        entries = demo_store.children(model.PackageItem, "package_id", p.id)
        assert [(e.agenda_item_id, e.role) for e in entries] == [
            (e.agenda_item_id, e.role) for e in proposal.package.items
        ]
        assert column(packages, FOR_US)[p.name] == f"{proposal.value.ours:g}"
        assert column(packages, packages.RED_LINES_COLUMN)[p.name] == "OK"
    assert demo_store.get(model.Package, dialog.proposals[2].package.id) is None
    assert packages.current_record().id == added[0].id  # the first is shown
    assert packages.model.rowCount() == rows_before + 2

    ws.undo_stack.undo()  # one step removes them all
    assert demo_store.dump(dossier_id) == before
    assert packages.model.rowCount() == rows_before
    assert ws.problems == []  # type: ignore[attr-defined]


def test_offers_follow_the_settings(qtbot, packages: PackagesView) -> None:
    dialog = open_offers(packages)
    dialog.count.setValue(2)
    dialog.size.setValue(3)
    qtbot.keyClicks(dialog.target, "17")
    dialog.propose_button.click()
    assert len(dialog.proposals) == 2
    assert all(len(p.package.items) == 3 and abs(p.value.ours - 17) <= 3 for p in dialog.proposals)
    dialog.target.clear()
    qtbot.keyClicks(dialog.target, "much")
    assert dialog.target_error.isVisibleTo(dialog) and not dialog.propose_button.isEnabled()
    dialog.target.clear()
    assert dialog.propose_button.isEnabled()
    dialog.reject()


def test_no_offer_says_why(qtbot, packages: PackagesView, ws: Workspace, demo_store: Store) -> None:
    # every item we defend is made a card we may not play
    red_lines = []
    for n, item in enumerate(i for i in agenda_items(demo_store) if i.stance != "offensive"):
        rule = {"kind": "not_a_card", "item": item.id}
        red_lines.append(model.RedLine(id=f"rl-{n}", dossier_id=ws.dossier_id, title=f"Keep {n}", rule=rule))
    assert ws.apply("Guard everything", puts=red_lines) is not None
    dialog = open_offers(packages)
    dialog.propose_button.click()
    assert dialog.proposals == [] and dialog.model.rowCount() == 0
    assert dialog.status.text() == (
        "No offer could be built. There is no item we could give without breaking a red line."
    )
    assert not dialog.add_button.isEnabled()


def test_no_offer_without_weights(qtbot, packages: PackagesView, ws: Workspace, demo_store: Store) -> None:
    ws.apply("Unweigh", puts=[replace(i, weight=0) for i in agenda_items(demo_store)])
    dialog = open_offers(packages)
    dialog.propose_button.click()
    assert "No agenda item has a weight yet" in dialog.status.text()


# --- how it looks -------------------------------------------------------------------------------


def test_the_ladder_is_not_cut_off(qtbot, agenda: AgendaView) -> None:
    agenda.resize(1400, 900)
    qtbot.waitExposed(agenda)
    scroll = agenda.details.widget(0)
    scroll.ensureWidgetVisible(agenda.ladder_box)
    qtbot.wait(20)
    for step in model.LADDER:  # nothing of the ladder is cut off at this size
        widget = agenda.form.widgets[step]
        assert widget.width() > 300


def test_the_value_columns_are_wide_enough(qtbot, packages: PackagesView, demo_store: Store) -> None:
    packages.select(package(demo_store, US_PACKAGE).id)
    packages.resize(1400, 900)
    qtbot.waitExposed(packages)
    qtbot.wait(20)
    for col in (FOR_US, FOR_THEM):
        width = packages.table.columnWidth(col)
        text = packages.model.index(0, col).data()
        assert width >= packages.table.fontMetrics().horizontalAdvance(text) + 12
    assert packages.value_label.isVisible() and packages.item_level.isVisible()
