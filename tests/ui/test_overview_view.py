"""The Overview section: the dossier's facts, where the preparation stands, and the tracks."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.dialogs.search_dialog import SearchResultsModel
from negoprep.ui.sections.overview_view import OverviewView
from negoprep.ui.workspace import Workspace
from tests.conftest import AUTHOR


@pytest.fixture
def view(qtbot, ws: Workspace) -> OverviewView:
    v = OverviewView(ws)
    qtbot.addWidget(v)
    v.settle()  # the figures are read off the GUI thread
    return v


def test_shows_the_dossier_and_a_summary(view: OverviewView, demo_store: Store) -> None:
    dossier = demo_store.dossiers()[0]
    assert view.form.widgets["title"].text() == dossier.title
    assert view.form.widgets["starts_on"].text() == "2025-04-24"
    assert view.summary_labels["agenda"].text().startswith("12 (6 certain, 5 possible, 1 unlikely)")
    assert view.summary_labels["weights"].text() == "100 of 100"
    assert view.summary_labels["red_lines"].text() == "5, 4 absolute"
    assert "of 11 done" in view.summary_labels["tasks"].text()


def test_editing_the_dossier_and_a_bad_date(view: OverviewView, demo_store: Store, qtbot) -> None:
    dossier = demo_store.dossiers()[0]
    venue = view.form.widgets["venue"]
    venue.clear()
    qtbot.keyClicks(venue, "Seoul")
    venue.editingFinished.emit()
    assert demo_store.get(model.Dossier, dossier.id).venue == "Seoul"
    ends = view.form.widgets["ends_on"]
    qtbot.keyClicks(ends, "2025-04-31")
    ends.editingFinished.emit()
    assert "not a date" in view.form.errors["ends_on"].text()
    assert demo_store.get(model.Dossier, dossier.id).ends_on is None


def test_summary_follows_changes(view: OverviewView, ws: Workspace, demo_store: Store) -> None:
    item = demo_store.records(model.AgendaItem, ws.dossier_id)[0]
    ws.apply("Agree", puts=[replace(item, status="agreed", weight=item.weight + 5)])
    view.settle()
    assert "11 still open" in view.summary_labels["agenda"].text()
    assert view.summary_labels["weights"].text() == "105 of 100"


def test_tracks_are_managed_here(view: OverviewView, ws: Workspace, demo_store: Store, monkeypatch) -> None:
    tracks = view.tracks
    assert tracks.model.rowCount() == 7
    tracks.add_action.trigger()
    assert demo_store.count(model.Track, ws.dossier_id) == 8
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    tracks.select(demo_store.records(model.Track, ws.dossier_id)[0].id)
    tracks.delete_action.trigger()  # Tariffs holds agenda items: refused
    assert warned and "agenda item" in warned[0]


def test_search_results_model(qtmodeltester, demo_store: Store) -> None:
    results = SearchResultsModel()
    results.set_hits(demo_store.search("lng"))
    qtmodeltester.check(results)
    assert results.rowCount() > 3 and ":" in results.index(0).data()


def test_choice_model_lists_records_and_finds_them_by_id(qtmodeltester, view: OverviewView) -> None:
    from negoprep.ui.models.choice_model import ChoiceModel

    choices = ChoiceModel()
    listed = view.workspace.choices(model.AgendaItem)
    choices.set_choices([(None, "(none)"), *listed])
    qtmodeltester.check(choices)
    assert choices.row_of(listed[3][0]) == 4 and choices.row_of("no such id") == -1
    assert choices.index(4).data() == listed[3][1]


def test_search_marks_a_package_that_breaks_an_absolute_red_line(qtbot, ws: Workspace) -> None:
    from negoprep.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(ws)
    qtbot.addWidget(dialog)
    dialog.query.setText("one-stop package")
    dialog.run()
    texts = [dialog.results.index(row).data() for row in range(dialog.results.rowCount())]
    theirs = [t for t in texts if t.startswith("Package: U.S. one-stop package")]
    assert theirs and "breaks an absolute red line" in theirs[0]
    assert not any("breaks" in t for t in texts if t.startswith("Package: Purchases"))


def test_the_figures_are_read_off_the_gui_thread(qtbot, ws: Workspace, monkeypatch) -> None:
    """Counting every row of the largest tables never holds up the window: the figures are read
    on a connection of their own, on another thread, and shown when they arrive."""
    threads: list[threading.Thread] = []
    real = Store.standing

    def spy(self: Store, dossier_id: str, today: str):
        threads.append(threading.current_thread())
        return real(self, dossier_id, today)

    monkeypatch.setattr(Store, "standing", spy)
    view = OverviewView(ws)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.summary_labels["agenda"].text() != "")
    assert view.summary_labels["agenda"].text().startswith("12 (6 certain, 5 possible, 1 unlikely)")
    assert threads and threading.main_thread() not in threads


def test_figures_read_before_a_change_never_replace_those_read_after(
    qtbot, view: OverviewView, ws: Workspace, demo_store: Store, monkeypatch
) -> None:
    held = threading.Event()
    real = Store.standing
    calls: list[int] = []

    def first_one_late(self: Store, dossier_id: str, today: str):
        calls.append(1)
        figures = real(self, dossier_id, today)
        if len(calls) == 1:
            held.wait(10)  # read before the change, delivered after it
        return figures

    monkeypatch.setattr(Store, "standing", first_one_late)
    view.refresh()
    late = view._reading
    assert late is not None
    item = demo_store.records(model.AgendaItem, ws.dossier_id)[0]
    ws.apply("Agree", puts=[replace(item, status="agreed")])
    assert view._reading is not late  # read again, after the change
    held.set()
    view.settle()
    assert "11 still open" in view.summary_labels["agenda"].text()
    late.settle()  # (the figures read before the change, delivered last)
    assert "11 still open" in view.summary_labels["agenda"].text()


def test_a_store_in_memory_shows_its_figures_at_once(qtbot, demo_doc: dict) -> None:
    with Store.open(None, AUTHOR) as store:
        store.load(demo_doc)
        workspace = Workspace(store)
        workspace.set_dossier(store.dossiers()[0].id)
        view = OverviewView(workspace)
        qtbot.addWidget(view)
        assert view.summary_labels["red_lines"].text() == "5, 4 absolute"


def test_the_figures_of_a_large_dossier_are_written_as_the_language_writes_numbers(view: OverviewView) -> None:
    from negoprep.store.standing import Standing

    figures = Standing(
        agenda=20_000, by_likelihood=dict.fromkeys(model.LIKELIHOODS, 5_000), open_items=12_345, weight_total=100.0,
        red_lines=1_200, absolute=1_000, packages_by_origin=dict.fromkeys(model.ORIGINS, 2_500), breaking=1_500,
        points=50_000, tasks=30_000, done=12_055, overdue=4_321, people_by_side=dict.fromkeys(model.SIDES, 1_000),
    )  # fmt: skip
    view.settle()
    view._show_standing(view._generation, figures)
    shown = " ".join(label.text() for label in view.summary_labels.values())
    assert "50,000" in shown and "12,055 of 30,000 done" in shown and "4,321 overdue" in shown
    assert "20,000 (" in shown and "12,345 still open" in shown and "1,200, 1,000 absolute" in shown
    assert not any(number in shown for number in ("50000", "12055", "30000", "20000"))
