"""The other side's fields, the At home section (constituencies and their demands, packages
that fail at home) and the team weights, on the demo dossier with constituencies and team
weights (tests.home_dossier)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from negoprep.records import model
from negoprep.records.editing import child_id
from negoprep.store.store import Store
from negoprep.ui.dialogs.team_weights_dialog import TeamWeightsDialog
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.constituencies_view import ConstituenciesView
from negoprep.ui.sections.overview_view import OverviewView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.workspace import Workspace
from tests.home_dossier import ASSEMBLY, with_home
from tests.ui.helpers import type_into

US_PACKAGE = "U.S. one-stop package (expected)"
OURS = "Purchases for tariff relief"


@pytest.fixture
def home_ws(store: Store, demo_doc: dict) -> Workspace:
    store.load(with_home(demo_doc))
    workspace = Workspace(store)
    workspace.set_dossier(store.dossiers()[0].id)
    workspace.problems = []  # type: ignore[attr-defined]
    workspace.problem.connect(workspace.problems.append)  # type: ignore[attr-defined]
    return workspace


def _package(ws: Workspace, name: str) -> model.Package:
    return next(p for p in ws.store.records(model.Package, ws.dossier_id) if p.name == name)


def _item(ws: Workspace, title: str) -> model.AgendaItem:
    return next(i for i in ws.store.records(model.AgendaItem, ws.dossier_id) if i.title == title)


def _home_cells(view: PackagesView) -> dict[str, tuple[str, str]]:
    m = view.model
    return {
        m.index(row, 0).data(): (
            m.index(row, view.HOME_COLUMN).data(),
            m.index(row, view.HOME_COLUMN).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(m.rowCount())
    }


# --- the other side ---------------------------------------------------------------------------


def test_the_other_sides_fields_save_from_the_agenda_form(qtbot, ws: Workspace) -> None:
    view = AgendaView(ws)
    qtbot.addWidget(view)
    item = view.current_record()
    assert item is not None
    criteria = view.form.widget("criteria", QPlainTextEdit)
    interests = view.form.widget("their_interests", QPlainTextEdit)
    criteria.setPlainText("WTO bound rates; the KORUS precedent")
    criteria.editingFinished.emit()
    interests.setPlainText("A visible win on autos before the midterms")
    interests.editingFinished.emit()
    type_into(qtbot, view.form.widgets["their_walk_away"], "12.5")
    saved = ws.store.get(model.AgendaItem, item.id)
    assert saved.criteria == "WTO bound rates; the KORUS precedent"
    assert saved.their_interests == "A visible win on autos before the midterms"
    assert saved.their_walk_away == 12.5
    # their interests read beside their position, their walk-away beside ours (in figures)
    order = list(view.form.widgets)
    assert order.index("their_interests") == order.index("interests") + 1
    assert order.index("their_walk_away") == order.index("figure_walk_away") + 1
    type_into(qtbot, view.form.widgets["their_walk_away"], "")
    assert ws.store.get(model.AgendaItem, item.id).their_walk_away is None


def test_their_batna_saves_beside_ours(qtbot, ws: Workspace) -> None:
    view = OverviewView(ws)
    qtbot.addWidget(view)
    order = list(view.form.widgets)
    assert order.index("their_batna") == order.index("batna") + 1
    box = view.form.widget("their_batna", QPlainTextEdit)
    box.setPlainText("Section 232 tariffs stay; no deal needed before the election")
    box.editingFinished.emit()
    assert ws.dossier().their_batna == "Section 232 tariffs stay; no deal needed before the election"


# --- at home ----------------------------------------------------------------------------------


def test_the_packages_table_says_which_package_fails_at_home(qtbot, home_ws: Workspace) -> None:
    view = PackagesView(home_ws)
    qtbot.addWidget(view)
    cells = _home_cells(view)
    assert cells[US_PACKAGE][0] == "Fails"
    assert cells[US_PACKAGE][1].startswith("Fails at home: National Assembly")
    assert "above 1.5192 KRW tn per year" in cells[US_PACKAGE][1]
    assert cells[OURS][0] == "Opposed"  # the carmakers want autos at the opening, without a veto
    assert cells["Regulatory steps and shipbuilding for the reciprocal rate"][0] == "Passes"
    # the package's detail lists the failures beside its red lines
    assert view.select(_package(home_ws, US_PACKAGE).id)
    texts = view.home.texts()
    assert texts[0].startswith("Fails at home")
    assert any(t.startswith("National Assembly (can block ratification): It puts") for t in texts[1:])


def test_without_constituencies_the_column_says_nothing_passes(qtbot, ws: Workspace) -> None:
    ws.apply("none at home", deletes=ws.store.records(model.Constituency, ws.dossier_id))
    view = PackagesView(ws)
    qtbot.addWidget(view)
    assert {text for text, _ in _home_cells(view).values()} == {"—"}


def test_a_constituency_with_a_veto_demand_makes_a_package_fail(qtbot, ws: Workspace) -> None:
    """Made in the At home section, as a person would: the Packages table follows."""
    ws.apply("none at home", deletes=ws.store.records(model.Constituency, ws.dossier_id))
    home = ConstituenciesView(ws)
    packages = PackagesView(ws)
    qtbot.addWidget(home)
    qtbot.addWidget(packages)
    assert _home_cells(packages)[US_PACKAGE][0] == "—"
    home.add_record()
    constituency = home.current_record()
    assert constituency is not None and constituency.name == "New constituency"
    type_into(qtbot, home.form.widgets["name"], "National Assembly")
    home.form.widgets["veto"].setChecked(True)
    # a demand on defense cost-sharing: kept out of any deal
    defense = _item(ws, "Defense cost-sharing")
    combo = home.add_demand_combo
    combo.setCurrentIndex(next(r for r in range(combo.count()) if combo.itemData(r) == defense.id))
    home.add_demand_button.click()
    demand_id = child_id(model.Demand, constituency.id, defense.id)
    demand = ws.store.get(model.Demand, demand_id)
    assert demand is not None and not demand.deleted
    assert home.current_demand().id == demand_id
    # the item is no longer offered for a second demand of the same constituency
    assert defense.id not in [combo.itemData(r) for r in range(combo.count())]
    home.demand_excluded.setChecked(True)
    assert ws.store.get(model.Demand, demand_id).excluded
    text, tip = _home_cells(packages)[US_PACKAGE]
    assert text == "Fails"
    assert "National Assembly" in tip and "kept out of any deal" in tip
    # every package holding the item fails: the expected one-stop package and the U.S. offer of round 2
    assert US_PACKAGE in [label.accessibleName().split(":")[0] for label in home.packages_labels]
    # a maximum figure: a number, a refusal of what is no number
    type_into(qtbot, home.demand_max, "3")
    assert ws.store.get(model.Demand, demand_id).max_value == 3
    # undo takes the exclusion back (the maximum stays): the package passes again, 2 is below 3
    ws.undo_stack.undo()
    assert ws.store.get(model.Demand, demand_id).max_value is None
    ws.undo_stack.undo()
    assert not ws.store.get(model.Demand, demand_id).excluded
    assert _home_cells(packages)[US_PACKAGE][0] == "Passes"


def test_removing_a_demand_and_undo(qtbot, home_ws: Workspace) -> None:
    view = ConstituenciesView(home_ws)
    qtbot.addWidget(view)
    assert view.select(ASSEMBLY)
    assert view.demands_model.rowCount() == 1
    demand = view.current_demand()
    assert view.demand_max.text() == "1.5192"
    assert view.demand_unit.text() == "KRW tn per year"
    view.remove_demand_button.click()
    assert home_ws.store.get(model.Demand, demand.id).deleted
    assert view.demands_model.rowCount() == 0
    home_ws.undo_stack.undo()
    assert view.demands_model.rowCount() == 1


def test_demand_models(qtmodeltester, qtbot, home_ws: Workspace) -> None:
    view = ConstituenciesView(home_ws)
    qtbot.addWidget(view)
    view.select(ASSEMBLY)
    qtmodeltester.check(view.demands_model)
    qtmodeltester.check(view.model)


# --- team weights -----------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, home_ws: Workspace) -> TeamWeightsDialog:
    d = TeamWeightsDialog(home_ws)
    qtbot.addWidget(d)
    return d


def _weights(ws: Workspace) -> dict[str, float]:
    return {i.id: i.weight for i in ws.store.records(model.AgendaItem, ws.dossier_id)}


def test_the_grid_shows_each_delegate_the_combined_and_the_spread(dialog: TeamWeightsDialog, qtmodeltester) -> None:
    m = dialog.model
    qtmodeltester.check(m)
    # every delegate of our side, those with no weight yet too; none of the other sides
    assert [d.name for d in m.delegates] == [
        "Choi Sang-mok", "Ahn Duk-geun", "Yoon Ha-eun", "Jung Tae-min", "Seo Ji-hoon"
    ]  # fmt: skip
    autos = m.items[0]
    assert [m.index(0, c).data() for c in range(1, 4)] == ["16", "20", "10"]
    assert m.index(0, m.dossier_column).data() == "16"
    # means: autos 46/3; all three delegates' weights sum to 100, so the means do too
    assert m.combined[autos.id] == pytest.approx(46 / 3, abs=0.01)  # (to hundredths)
    assert m.index(0, m.spread_column).data() == "10"
    # defense cost-sharing: 10, 16, 2 — the widest spread, marked
    defense = next(n for n, i in enumerate(m.items) if i.title == "Defense cost-sharing")
    assert m.index(defense, m.spread_column).data() == "14"
    assert m.items[defense].id in m.disputed
    assert m.index(defense, m.spread_column).data(Qt.ItemDataRole.ToolTipRole) == (
        "One of the items where the team disagrees most"
    )
    total = m.rowCount() - 1
    assert [m.index(total, c).data() for c in range(1, 4)] == ["100", "100", "100"]
    assert m.index(total, m.combined_column).data() == "100"


def test_editing_a_cell_adds_changes_and_removes_a_team_weight(dialog: TeamWeightsDialog, home_ws: Workspace) -> None:
    m = dialog.model
    ours = [p for p in home_ws.store.records(model.Participant, home_ws.dossier_id) if p.side == "ours"]
    fourth = ours[3]
    # the fourth delegate has no weights yet: a column of empty cells
    column = 1 + [d.id for d in m.delegates].index(fourth.id)
    index = m.index(0, column)
    assert index.data() == "" and m.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert m.setData(index, "25")
    added = [w for w in home_ws.store.records(model.TeamWeight, home_ws.dossier_id) if w.participant_id == fourth.id]
    assert [(w.agenda_item_id, w.weight) for w in added] == [(m.items[0].id, 25)]
    assert dialog.model.index(0, column).data() == "25"
    assert m.setData(m.index(0, column), "30")
    assert home_ws.store.get(model.TeamWeight, added[0].id).weight == 30
    # what is no weight is refused, said, and changes nothing
    assert m.setData(m.index(0, column), "150")
    assert home_ws.store.get(model.TeamWeight, added[0].id).weight == 30
    assert dialog.message.isVisibleTo(dialog) and "150" in dialog.message.text()
    assert m.setData(m.index(0, column), "")
    assert home_ws.store.get(model.TeamWeight, added[0].id).deleted
    # the dossier's and the combined columns are not edited here
    assert not m.flags(m.index(0, m.dossier_column)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(m.rowCount() - 1, 1)) & Qt.ItemFlag.ItemIsEditable


def test_adopting_the_combined_weights_is_one_step_that_undo_reverts(
    dialog: TeamWeightsDialog, home_ws: Workspace
) -> None:
    before = _weights(home_ws)
    steps = home_ws.undo_stack.count()
    assert dialog.adopt_button.isEnabled()
    dialog.adopt_button.click()
    after = _weights(home_ws)
    assert home_ws.undo_stack.count() == steps + 1
    assert home_ws.undo_stack.undoText() == "Adopt combined weights"
    assert after != before
    assert sum(after.values()) == pytest.approx(100)
    autos = dialog.model.items[0].id
    assert after[autos] == pytest.approx(46 / 3, abs=0.1)  # to a tenth
    assert all(round(w, 2) == w for w in after.values())
    assert not dialog.adopt_button.isEnabled()  # they are the dossier's now
    home_ws.undo_stack.undo()
    assert _weights(home_ws) == before
    assert dialog.adopt_button.isEnabled()
    home_ws.undo_stack.redo()
    assert _weights(home_ws) == after


def test_an_item_no_delegate_weighed_keeps_its_weight_when_adopting(
    dialog: TeamWeightsDialog, home_ws: Workspace
) -> None:
    unweighed = dialog.model.items[1]
    gone = [w for w in home_ws.store.records(model.TeamWeight, home_ws.dossier_id) if w.agenda_item_id == unweighed.id]
    home_ws.apply("remove", deletes=gone)
    assert dialog.adopt_button.isEnabled()
    dialog.adopt()
    after = _weights(home_ws)
    assert after[unweighed.id] == unweighed.weight
    assert sum(after.values()) == pytest.approx(100)


def test_the_agenda_opens_the_team_weights(qtbot, home_ws: Workspace) -> None:
    view = AgendaView(home_ws)
    qtbot.addWidget(view)
    view.team_action.trigger()
    assert isinstance(view.team_dialog, TeamWeightsDialog)
    first = view.team_dialog
    view.team_action.trigger()
    assert view.team_dialog is first  # one at a time
    first.close()
