"""Red lines a package breaks, shown live in the Packages section as a person builds it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from negoprep.records import model
from negoprep.redlines.check import check_dossier
from negoprep.store.store import Store
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.workspace import Workspace

US_PACKAGE = "U.S. one-stop package (expected)"
OURS = "Purchases for tariff relief"
NO_LINKAGE = "No linkage of defense cost-sharing to trade"
NOT_A_CARD = "Alaska LNG is not a card for tariffs"
NO_BUNDLE = "No one-stop package of tariffs, security and energy"
CEILING = "No additional defense cost increase"
MANUAL = "Consultation, not a hasty agreement"
RED_LINES_COLUMN = 5


@pytest.fixture
def view(qtbot, ws: Workspace) -> PackagesView:
    v = PackagesView(ws)
    qtbot.addWidget(v)
    return v


def content(store: Store) -> model.DossierContent:
    return store.content(store.dossiers()[0].id)


def show(view: PackagesView, name: str) -> model.Package:
    p = next(p for p in content(view.workspace.store).packages if p.name == name)
    assert view.select(p.id)
    return p


def agenda(store: Store, title: str) -> model.AgendaItem:
    return next(a for a in content(store).agenda_items if a.title == title)


def red_line(store: Store, title: str) -> model.RedLine:
    return next(r for r in content(store).red_lines if r.title == title)


def panel_lines(view: PackagesView) -> list[str]:
    """Each red line the panel lists, as "<severity>: <title>. <reason>"."""
    return [label.accessibleName() for label in view.violations.violation_labels]


def broken(view: PackagesView) -> list[str]:
    """The titles of the red lines the panel says the package breaks."""
    return [line.split(": ", 1)[1].split(". ", 1)[0] for line in panel_lines(view)]


def marked(view: PackagesView) -> dict[str, str]:
    """Items of the package marked as breaking a red line: title → tooltip."""
    m = view.items_model
    return {
        m.index(row, 0).data(): m.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(m.rowCount())
        if m.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    }


def red_lines_column(view: PackagesView) -> dict[str, str]:
    m = view.model
    return {m.index(row, 0).data(): m.index(row, RED_LINES_COLUMN).data() for row in range(m.rowCount())}


def select_item(view: PackagesView, title: str) -> None:
    row = next(r for r in range(view.items_model.rowCount()) if view.items_model.index(r, 0).data() == title)
    view.items_table.selectRow(row)
    assert view.items_model.row(row).agenda.title == title


def type_figure(qtbot, view: PackagesView, text: str) -> None:
    view.item_value.clear()
    qtbot.keyClicks(view.item_value, text)
    view.item_value.editingFinished.emit()


def test_the_counterparts_package_lists_what_it_breaks(view: PackagesView) -> None:
    show(view, US_PACKAGE)
    panel = view.violations
    assert panel.summary.text() == "Breaks 4 red lines, all absolute."
    assert panel.summary_icon.isVisibleTo(panel)
    assert broken(view) == [NO_LINKAGE, NOT_A_CARD, NO_BUNDLE, CEILING]
    lines = panel_lines(view)
    assert all(line.startswith("Absolute: ") for line in lines)
    # the reasons the rule engine gives, in plain words, each said as a sentence
    engine = next(p for p in check_dossier(content(view.workspace.store)).packages if p.package.name == US_PACKAGE)
    assert lines == [f"Absolute: {v.red_line}. {v.reason[0].upper()}{v.reason[1:]}." for v in engine.violations]
    assert lines[0].startswith(f'Absolute: {NO_LINKAGE}. It links "Defense cost-sharing"')
    assert "It spans 3 of these tracks (Tariffs, Defense cost-sharing and Energy)" in lines[2]
    assert "It proposes 2 KRW tn per year" in lines[3] and "above the ceiling of 1.5192" in lines[3]
    # absolute is said in the error colour, in bold
    shown = panel.violation_labels[0].text()
    assert "font-weight: bold" in shown and "color: #" in shown and "Absolute" in shown
    # the manual red line is left to a person
    assert panel.confirm_heading.isVisibleTo(panel)
    assert panel.confirm_heading.text() == "To confirm by a person:"
    assert [label.accessibleName().split(". ")[0] for label in panel.confirm_labels] == [f"Firm: {MANUAL}"]

    # every item of this package takes part in a violation, and says which
    tips = marked(view)
    assert set(tips) == {
        "Defense cost-sharing",
        "Alaska LNG project",
        "Purchases of U.S. LNG",
        "Tariff relief for automobiles",
        "Reciprocal tariff on Korean goods",
    }
    assert f'Breaks the absolute red line "{CEILING}"' in tips["Defense cost-sharing"]
    assert f'Breaks the absolute red line "{NOT_A_CARD}"' in tips["Alaska LNG project"]
    assert CEILING not in tips["Alaska LNG project"]
    assert tips["Purchases of U.S. LNG"].startswith("Purchases of U.S. LNG\n")


def test_our_package_breaks_none(view: PackagesView) -> None:
    show(view, OURS)
    assert view.violations.summary.text() == "Breaks no red line."
    assert not view.violations.summary_icon.isVisibleTo(view.violations)
    assert panel_lines(view) == []
    assert marked(view) == {}
    assert view.violations.texts()[1:3] == [
        "To confirm by a person:",
        f"Firm: {MANUAL}. "
        + ("No agreement is signed or announced at this meeting; its aim is to line up the agenda."),
    ]


def test_the_packages_table_says_which_break_red_lines(view: PackagesView) -> None:
    assert view.model.headerData(RED_LINES_COLUMN, Qt.Orientation.Horizontal) == "Red lines"
    assert red_lines_column(view) == {
        OURS: "OK",
        "Regulatory steps and shipbuilding for the reciprocal rate": "OK",
        US_PACKAGE: "Breaks 4 (absolute)",
        "U.S. offer, round 2 (illustrative)": "Breaks 3 (absolute)",
        "Korean counter-offer, round 2 (illustrative)": "OK",
    }
    rows = {view.model.index(r, 0).data(): r for r in range(view.model.rowCount())}
    us = view.model.index(rows[US_PACKAGE], RED_LINES_COLUMN)
    ours = view.model.index(rows[OURS], RED_LINES_COLUMN)
    assert us.data(Qt.ItemDataRole.DecorationRole) is not None
    assert ours.data(Qt.ItemDataRole.DecorationRole) is None
    assert us.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "Breaks:",
        f"Absolute: {NO_LINKAGE}",
        f"Absolute: {NOT_A_CARD}",
        f"Absolute: {NO_BUNDLE}",
        f"Absolute: {CEILING}",
    ]
    # shown beside the counts, before the notes
    header = view.table.horizontalHeader()
    assert header.visualIndex(RED_LINES_COLUMN) == 4
    # not sortable: a click on its header keeps the order
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    view.table.sortByColumn(RED_LINES_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == names


def test_adding_and_removing_an_item_updates_the_violations_live(
    view: PackagesView, ws: Workspace, demo_store: Store
) -> None:
    show(view, OURS)
    start = demo_store.dump(ws.dossier_id)
    defense = agenda(demo_store, "Defense cost-sharing")
    view.add_item_combo.setCurrentIndex(view.add_item_combo.findData(defense.id))
    view.add_item_role.setCurrentIndex(view.add_item_role.findData("give"))
    view.add_item_button.click()
    assert NO_LINKAGE in broken(view)
    # energy, tariffs and now defense: three of the bundle's tracks as well
    assert broken(view) == [NO_LINKAGE, NO_BUNDLE]
    assert view.violations.summary.text() == "Breaks 2 red lines, all absolute."
    tips = marked(view)
    assert len(tips) == 5 and NO_BUNDLE in tips["Defense cost-sharing"]
    # trade balance is a trade track, but not one of the bundle's
    aircraft = tips["Purchases of U.S. commercial aircraft"]
    assert NO_LINKAGE in aircraft and NO_BUNDLE not in aircraft
    assert red_lines_column(view)[OURS] == "Breaks 2 (absolute)"
    added = demo_store.dump(ws.dossier_id)

    select_item(view, "Defense cost-sharing")
    view.remove_item_button.click()
    assert broken(view) == []
    assert view.violations.summary.text() == "Breaks no red line."
    assert marked(view) == {}
    assert red_lines_column(view)[OURS] == "OK"

    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == added
    assert broken(view) == [NO_LINKAGE, NO_BUNDLE]
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == start
    assert broken(view) == []
    assert ws.problems == []  # type: ignore[attr-defined]


def test_the_proposed_figure_against_the_ceiling(qtbot, view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    show(view, US_PACKAGE)
    start = demo_store.dump(ws.dossier_id)
    select_item(view, "Defense cost-sharing")
    type_figure(qtbot, view, "1.5")
    assert CEILING not in broken(view)
    assert broken(view) == [NO_LINKAGE, NOT_A_CARD, NO_BUNDLE]
    assert CEILING not in marked(view)["Defense cost-sharing"]
    assert red_lines_column(view)[US_PACKAGE] == "Breaks 3 (absolute)"
    at_ceiling = demo_store.dump(ws.dossier_id)

    type_figure(qtbot, view, "3")
    assert broken(view)[-1] == CEILING
    assert "It proposes 3 KRW tn per year" in panel_lines(view)[-1]
    assert red_lines_column(view)[US_PACKAGE] == "Breaks 4 (absolute)"

    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == at_ceiling
    assert CEILING not in broken(view)
    ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == start
    assert broken(view)[-1] == CEILING and "It proposes 2 KRW tn" in panel_lines(view)[-1]


def test_changes_to_red_lines_and_tracks_are_shown(view: PackagesView, ws: Workspace, demo_store: Store) -> None:
    show(view, US_PACKAGE)
    start = demo_store.dump(ws.dossier_id)
    # a red line made firm: said plainly, and the package still breaks absolute ones
    ceiling = red_line(demo_store, CEILING)
    assert ws.apply("Make firm", puts=[replace(ceiling, severity="firm")]) is not None
    assert view.violations.summary.text() == "Breaks 4 red lines, 3 of them absolute."
    firm = view.violations.violation_labels[-1]
    assert firm.accessibleName().startswith(f"Firm: {CEILING}.")
    assert firm.text().startswith("Firm — ") and "color" not in firm.text()
    assert 'Breaks the firm red line "No additional' in marked(view)["Defense cost-sharing"]
    assert red_lines_column(view)[US_PACKAGE] == "Breaks 4 (absolute)"

    # a red line deleted: no longer broken
    assert ws.apply("Delete", deletes=[red_line(demo_store, NO_LINKAGE)]) is not None
    assert broken(view) == [NOT_A_CARD, NO_BUNDLE, CEILING]
    assert red_lines_column(view)[US_PACKAGE] == "Breaks 3 (absolute)"

    # a track renamed: the reasons speak of it by its new name
    energy = next(t for t in content(demo_store).tracks if t.name == "Energy")
    assert ws.apply("Rename", puts=[replace(energy, name="Energy security")]) is not None
    assert "(Tariffs, Defense cost-sharing and Energy security)" in panel_lines(view)[1]

    # only firm red lines broken: no absolute mark anywhere
    for title in (NOT_A_CARD, NO_BUNDLE):
        assert ws.apply("Make firm", puts=[replace(red_line(demo_store, title), severity="firm")]) is not None
    assert view.violations.summary.text() == "Breaks 3 firm red lines."
    assert not view.violations.summary_icon.isVisibleTo(view.violations)
    assert red_lines_column(view)[US_PACKAGE] == "Breaks 3"
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == US_PACKAGE)
    assert view.model.index(row, RED_LINES_COLUMN).data(Qt.ItemDataRole.DecorationRole) is None

    for _ in range(5):
        ws.undo_stack.undo()
    assert demo_store.dump(ws.dossier_id) == start
    assert broken(view) == [NO_LINKAGE, NOT_A_CARD, NO_BUNDLE, CEILING]
    assert "(Tariffs, Defense cost-sharing and Energy)" in panel_lines(view)[2]


def test_a_new_package_breaks_nothing(view: PackagesView, ws: Workspace) -> None:
    view.add_action.trigger()
    assert view.violations.summary.text() == "Breaks no red line."
    assert red_lines_column(view)["New package"] == "OK"


def test_a_check_reads_only_the_items_the_package_holds(view: PackagesView, demo_store: Store, monkeypatch) -> None:
    us = show(view, US_PACKAGE)
    view._forget()
    asked: list[str] = []
    get, records = demo_store.get, demo_store.records

    def counting_get(rtype, record_id):
        if rtype is model.AgendaItem:
            asked.append(record_id)
        return get(rtype, record_id)

    def no_agenda_records(rtype, *args, **kwargs):
        assert rtype is not model.AgendaItem, "a check must not read every agenda item"
        return records(rtype, *args, **kwargs)

    monkeypatch.setattr(demo_store, "get", counting_get)
    monkeypatch.setattr(demo_store, "records", no_agenda_records)
    check = view.check(demo_store.get(model.Package, us.id))
    assert len(check.violations) == 4
    held = {i.agenda_item_id for i in demo_store.children(model.PackageItem, "package_id", us.id)}
    named = {r.rule["item"] for r in content(demo_store).red_lines if "item" in r.rule}
    assert set(asked) <= held | named and len(asked) == len(set(asked))
    # kept until something changes
    asked.clear()
    view.check(demo_store.get(model.Package, us.id))
    assert asked == []


def test_models(qtmodeltester, view: PackagesView) -> None:
    qtmodeltester.check(view.model)
    show(view, US_PACKAGE)
    qtmodeltester.check(view.items_model)


def test_the_panel_is_readable(qtbot, view: PackagesView) -> None:
    show(view, US_PACKAGE)
    view.resize(1600, 900)  # the table's main columns whole, and the details beside them
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # let the layout settle before the picture
    panel = view.violations
    assert panel.isVisible()
    labels = [panel.summary, *panel.violation_labels, *panel.confirm_labels]
    for label in labels:
        assert isinstance(label, QLabel) and label.isVisible()
        # wrapped, not cut: each label has the height its text needs at its width
        assert label.height() >= label.heightForWidth(label.width())
    # the whole panel fits in the details pane at this size
    viewport = panel.parentWidget().parentWidget()  # the page, in the details' scroll area
    bottom = panel.mapTo(viewport, panel.rect().bottomLeft()).y()
    assert bottom <= viewport.height()
