"""The Talks section on the demo dossier with two rounds of talks (tests/talks_dossier.py):
rounds, offers, recording the next offer in one undoable step, and target vs actual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.talks_view import TalksView
from negoprep.ui.settings import Settings
from negoprep.ui.workspace import Workspace
from tests import talks_dossier as td
from tests.ui.helpers import column, sort_by


@pytest.fixture
def talks_store(store: Store, demo_doc: dict) -> Store:
    store.load(td.with_talks(demo_doc))
    return store


@pytest.fixture
def tws(talks_store: Store) -> Workspace:
    workspace = Workspace(talks_store)
    workspace.set_dossier(talks_store.dossiers()[0].id)
    return workspace


@pytest.fixture
def view(qtbot, tws: Workspace) -> TalksView:
    v = TalksView(tws)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def talks_window(qtbot, talks_store: Store, tmp_path: Path) -> MainWindow:
    win = MainWindow(talks_store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_section(next(row for row, s in enumerate(registry.SECTIONS) if s.icon == "talks"))
    return win


def _offers(store: Store, dossier_id: str) -> list[model.Offer]:
    return store.records(model.Offer, dossier_id)


def test_rounds_list_and_the_offers_follow_the_round_selected(view: TalksView) -> None:
    rounds, offers = view.rounds, view.offers
    assert column(rounds, 0) == ["1", "2"]
    assert column(rounds, 2) == ["Washington, D.C.", "Seoul"]
    assert rounds.current_record().id == td.ROUND_1
    assert column(offers, 1) == ["Theirs", "Ours"]
    assert column(offers, 4) == ["Countered", "Countered"]
    assert rounds.select(td.ROUND_2)
    assert column(offers, 2) == ["U.S. offer, round 2"]
    # the values, the red-line verdict and the verdict at home of each offer
    assert column(offers, 7)[0].startswith("Breaks") and column(offers, 7)[0].endswith("(absolute)")
    assert offers.model.index(0, 5).data() == "unacceptable"
    assert column(offers, 8)[0].startswith("Fails at home: National Assembly")
    assert offers.model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) is not None  # written as an alert
    offers.all_rounds.setChecked(True)
    assert column(offers, 0) == ["1", "1", "2"]
    sort_by(offers, 0, Qt.SortOrder.DescendingOrder)
    assert column(offers, 0) == ["2", "1", "1"]
    # the round combo names rounds by number, not by venue
    combo = offers.form.widget("round_id", QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Round 1", "Round 2"]


def test_models_pass_the_model_tester(qtmodeltester, view: TalksView) -> None:
    qtmodeltester.check(view.rounds.model)
    qtmodeltester.check(view.offers.model)
    view.tabs.setCurrentIndex(1)
    qtmodeltester.check(view.standing.model)
    qtmodeltester.check(view.standing.proxy)


def test_a_new_round_and_a_new_offer_in_it_each_one_undoable_step(view: TalksView, tws: Workspace) -> None:
    store, dossier_id = tws.store, tws.dossier_id
    view.rounds.add_record()
    added = talks_round = view.rounds.current_record()
    assert added.number == 3 and added.id not in (td.ROUND_1, td.ROUND_2)
    assert view.offers.model.rowCount() == 0  # the new round has no offer yet
    view.rounds.form.widgets["venue"].setText("Geneva")
    view.rounds.form.widgets["venue"].editingFinished.emit()
    assert store.get(model.Round, added.id).venue == "Geneva"

    view.offers.add_record()
    offer = view.offers.current_record()
    assert (offer.round_id, offer.side, offer.response) == (talks_round.id, "theirs", "pending")
    assert offer.package_id == td.REVISED  # their latest offer's package, to start from
    assert column(view.offers, 0) == ["3"]
    tws.undo_stack.undo()  # the offer
    assert all(o.round_id != talks_round.id for o in _offers(store, dossier_id))
    tws.undo_stack.undo()  # the venue
    tws.undo_stack.undo()  # the round
    assert store.get(model.Round, added.id) is None or store.get(model.Round, added.id).deleted


def test_an_offer_needs_a_round(qtbot, tws: Workspace, messages: list[str]) -> None:
    for offer in _offers(tws.store, tws.dossier_id):
        tws.apply("x", deletes=[offer])
    for held in tws.store.records(model.Round, tws.dossier_id):
        tws.apply("x", deletes=[held])
    v = TalksView(tws)
    qtbot.addWidget(v)
    v.offers.add_record()
    assert v.offers.record_next("theirs") is None
    assert len(messages) == 2 and all("round" in m for m in messages)
    assert _offers(tws.store, tws.dossier_id) == []


def test_record_their_next_offer_is_one_step_that_undo_takes_back_whole(
    talks_window: MainWindow, talks_store: Store
) -> None:
    view = talks_window.current_section()
    assert isinstance(view, TalksView)
    workspace = view.workspace
    dossier_id = workspace.dossier_id
    packages_before = {p.id for p in talks_store.records(model.Package, dossier_id)}
    offers_before = {o.id: o.response for o in _offers(talks_store, dossier_id)}
    steps = workspace.undo_stack.count()
    view.rounds.select(td.ROUND_2)

    offer = view.offers.record_next("theirs")

    assert offer is not None and workspace.undo_stack.count() == steps + 1
    new_packages = [p for p in talks_store.records(model.Package, dossier_id) if p.id not in packages_before]
    assert len(new_packages) == 1
    copy = new_packages[0]
    assert copy.id == offer.package_id and copy.origin == "theirs" and copy.name == "Their offer, round 2"
    source = talks_store.children(model.PackageItem, "package_id", td.REVISED)
    copied = talks_store.children(model.PackageItem, "package_id", copy.id)
    assert [(i.agenda_item_id, i.role, i.value) for i in copied] == [
        (i.agenda_item_id, i.role, i.value) for i in source
    ]
    stored = talks_store.get(model.Offer, offer.id)
    assert (stored.round_id, stored.side, stored.response) == (td.ROUND_2, "theirs", "pending")
    assert talks_store.get(model.Offer, td.THEIR_SECOND).response == "countered"  # it was pending
    # the copy is shown in the Packages section, to change what moved
    packages = talks_window.current_section()
    assert isinstance(packages, PackagesView) and packages.current_record().id == copy.id

    workspace.undo_stack.undo()
    assert {p.id for p in talks_store.records(model.Package, dossier_id)} == packages_before
    assert talks_store.children(model.PackageItem, "package_id", copy.id) == []
    assert {o.id: o.response for o in _offers(talks_store, dossier_id)} == offers_before


def test_record_our_counter_offer_copies_our_latest(view: TalksView, tws: Workspace) -> None:
    offer = view.offers.record_next("ours")
    # in the newest round, whichever is selected: the talks move forward
    assert offer is not None and offer.side == "ours" and offer.round_id == td.ROUND_2
    ours = tws.store.get(model.Offer, td.OUR_COUNTER)
    source = {i.agenda_item_id for i in tws.store.children(model.PackageItem, "package_id", ours.package_id)}
    copied = {i.agenda_item_id for i in tws.store.children(model.PackageItem, "package_id", offer.package_id)}
    assert copied == source
    assert view.offers.current_record().id == offer.id


def test_opening_an_offers_package_shows_it_in_packages(talks_window: MainWindow) -> None:
    view = talks_window.current_section()
    view.rounds.select(td.ROUND_2)
    view.offers.open_package()
    shown = talks_window.current_section()
    assert isinstance(shown, PackagesView) and shown.current_record().id == td.REVISED


def test_search_opens_an_offer_within_its_round(talks_window: MainWindow) -> None:
    assert talks_window.show_record("offers", td.THEIR_SECOND)
    view = talks_window.current_section()
    assert isinstance(view, TalksView)
    assert view.rounds.current_record().id == td.ROUND_2
    assert view.offers.current_record().id == td.THEIR_SECOND


def test_target_vs_actual_rows(view: TalksView, tws: Workspace) -> None:
    view.tabs.setCurrentIndex(1)
    standing = view.standing
    titles = column(standing, 0)
    assert "Defense cost-sharing" in titles
    row = titles.index("Defense cost-sharing")
    texts = [standing.proxy.index(row, c).data() for c in range(standing.proxy.columnCount())]
    assert texts[1].startswith("1.5192 KRW tn per year")  # our opening, figure first
    assert texts[5] == "—"  # our latest offer does not hold it
    assert texts[6] == "1.6 KRW tn per year · Fallback"
    assert texts[7] == "1.55 KRW tn per year"
    alaska = titles.index("Alaska LNG project")
    assert standing.proxy.index(alaska, 6).data() == "Beyond walk-away"
    assert standing.proxy.index(alaska, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert standing.proxy.index(alaska, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert standing.proxy.index(row, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "U.S. offer, round 2" in standing.latest_label.text()
    # sortable: by how far their latest offer goes, walk-away and beyond last
    standing.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    levels = column(standing, 6)
    assert levels[-2:] == ["—", "—"] and levels[-3] == "Beyond walk-away"
    # a change to an offer's package shows at once
    entry = next(i for i in tws.store.children(model.PackageItem, "package_id", td.REVISED) if i.value == 1.6)
    tws.edit("x", entry, value=1.7)
    titles = column(standing, 0)
    assert "Walk-away" in standing.proxy.index(titles.index("Defense cost-sharing"), 6).data()


@pytest.mark.parametrize("status", ["countered", "escalated"])
def test_the_agenda_shows_the_statuses_of_the_talks(qtbot, ws: Workspace, status: str) -> None:
    agenda = AgendaView(ws)
    qtbot.addWidget(agenda)
    combo = agenda.form.widget("status", QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == list(model.STATUSES)
    item = agenda.current_record()
    ws.edit("x", item, status=status)
    assert agenda.select(item.id)
    row = agenda.table.selectionModel().currentIndex().row()
    assert agenda.proxy.index(row, 6).data() == status.capitalize()
    assert combo.currentText() == status.capitalize()
