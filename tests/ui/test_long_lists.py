"""A long list in the dossier's order: its first rows read at once, the rest off the GUI thread.

600,000 talking points' rowids took 300 ms to read on the GUI thread at each first visit and
each change. The tests make "long" five rows (`READ_AT_ONCE`), so that the demo dossier's
lists are long."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.models import record_table_model
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace

FIRST = 5


@pytest.fixture(autouse=True)
def _short_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_table_model, "READ_AT_ONCE", FIRST)


@pytest.fixture
def readers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads that read whole lists of talking points' rowids."""
    threads: list[str] = []
    rowids = Store.rowids

    def spied(store: Store, rtype, *args, **kwargs):
        if rtype is model.TalkingPoint and kwargs.get("limit") is None:
            threads.append(threading.current_thread().name)
        return rowids(store, rtype, *args, **kwargs)

    monkeypatch.setattr(Store, "rowids", spied)
    return threads


@pytest.fixture
def view(qtbot, ws: Workspace) -> TalkingPointsView:
    v = TalkingPointsView(ws)
    qtbot.addWidget(v)
    return v


def _ids(view: TalkingPointsView) -> list[str | None]:
    return [view.model.index(row, 0).data(record_table_model.ID_ROLE) for row in range(view.model.rowCount())]


def _listed(ws: Workspace) -> list[str]:
    assert ws.dossier_id is not None
    return [p.id for p in ws.store.records(model.TalkingPoint, ws.dossier_id)]


def test_the_first_rows_show_at_once_and_the_rest_arrive_from_another_thread(
    view: TalkingPointsView, ws: Workspace, readers: list[str]
) -> None:
    listed = _listed(ws)
    assert len(listed) > FIRST
    readers.clear()  # (`_listed` read them too)
    view.model.refresh()
    # every row is there at once (the scroll bar does not jump), the first ones with their records
    assert view.model.rowCount() == len(listed) == view.model.total_rows
    shown = _ids(view)
    assert shown[:FIRST] == listed[:FIRST] and set(shown[FIRST:]) == {None}
    assert view.count_label.text() == f"{len(listed)} talking points"
    view.settle()
    assert _ids(view) == listed
    assert readers and threading.main_thread().name not in readers


def test_a_row_among_the_rest_is_found_and_shown_once_they_arrive(view: TalkingPointsView, ws: Workspace) -> None:
    listed = _listed(ws)
    view.model.refresh()
    assert view.model.row_of(listed[-1]) == len(listed) - 1  # (waits for the rest)
    view.model.refresh()
    last = view.proxy.index(len(listed) - 1, 0)
    view.table.setCurrentIndex(last)  # chosen while its record is not yet read
    assert view.form.record is None
    view.settle()
    assert view.form.record is not None and view.form.record.id == listed[-1]


def test_a_change_while_the_rest_is_read_lists_the_rows_as_they_are(
    view: TalkingPointsView, ws: Workspace, readers: list[str]
) -> None:
    listed = _listed(ws)
    view.model.refresh()
    ws.apply("Delete", deletes=[ws.store.get(model.TalkingPoint, listed[-1])])  # (refreshes the rows)
    view.settle()
    assert _ids(view) == listed[:-1] and view.model.rowCount() == len(listed) - 1


def test_rows_changed_by_another_program_between_the_two_readings_are_listed_as_read(
    view: TalkingPointsView, ws: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    listed = _listed(ws)
    rowids = Store.rowids

    def one_less(store: Store, *args, **kwargs):
        found = rowids(store, *args, **kwargs)
        return found[:-1] if threading.current_thread() is not threading.main_thread() else found

    monkeypatch.setattr(Store, "rowids", one_less)
    view.model.refresh()
    with qtbot.waitSignal(view.model.modelReset):
        view.settle()
    assert _ids(view) == listed[:-1]
    assert view.count_label.text() == f"{len(listed) - 1} talking points"


def _column(view: TalkingPointsView, sort: str) -> int:
    return next(n for n, c in enumerate(view.model.columns) if c.sort == sort)


def _sorted_elsewhere(ws: Workspace, column: str, descending: bool) -> list[str]:
    """The talking points sorted by a column, as another connection to the file sorts them."""
    assert ws.store.path is not None and ws.dossier_id is not None
    with Store.open(ws.store.path, ws.store.author, create=False, readonly=True) as other:
        rowids = other.rowids(model.TalkingPoint, ws.dossier_id, order=column, descending=descending)
        return [p.id for p in other.page(model.TalkingPoint, rowids)]


def test_a_sort_by_an_order_not_kept_is_read_off_the_gui_thread_then_kept_for_either_way(
    view: TalkingPointsView, ws: Workspace, readers: list[str]
) -> None:
    """Sorting 500,000 talking points by their text held the window for 3.8 s (at that size no
    order is prepared while idle). A long list sorted by an order not kept is read off the
    GUI thread, the rows shown staying meanwhile; the order made there is kept, so that the
    other way round is at once."""
    ascending, descending = _sorted_elsewhere(ws, "text", False), _sorted_elsewhere(ws, "text", True)
    view.settle()
    before = _ids(view)
    readers.clear()
    header, column = (
        view.table.horizontalHeader(),
        next(n for n, c in enumerate(view.model.columns) if c.sort == "text"),
    )
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert view.model.reading and _ids(view) == before
    view.settle()
    assert _ids(view) == ascending and readers and threading.main_thread().name not in readers
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert not view.model.reading and _ids(view) == descending  # (the order kept, at once)


def test_an_order_made_elsewhere_while_the_file_changed_is_not_kept(view: TalkingPointsView, ws: Workspace) -> None:
    """An order made on another connection is kept only while the file is as it was when it
    was asked for: a change meanwhile has the other way round worked out anew, with it."""
    view.settle()
    header, column = view.table.horizontalHeader(), _column(view, "text")
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert view.model.reading and ws.dossier_id is not None
    point = ws.store.records(model.TalkingPoint, ws.dossier_id)[-1]
    ws.store.put(replace(point, text="Zzz: changed while the order was made"))
    view.settle()
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    view.settle()
    assert _ids(view) == _sorted_elsewhere(ws, "text", True) and _ids(view)[0] == point.id


def test_a_store_in_memory_sorts_and_filters_a_long_list_at_once(ws: Workspace, readers: list[str], qtbot) -> None:
    main = threading.main_thread().name
    in_memory = Workspace(Store.open(None, ws.store.author))
    in_memory.store.load(ws.store.dump(ws.dossier_id))
    in_memory.set_dossier(ws.dossier_id)
    other = TalkingPointsView(in_memory)
    qtbot.addWidget(other)
    assert other.model.rowCount() > FIRST and None not in _ids(other)
    other.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    other.proxy.set_filter_text("tariff")
    assert not other.model.reading and other.model.rowCount() and None not in _ids(other)
    assert readers and set(readers) == {main}


def test_a_text_filter_of_a_long_list_is_read_off_the_gui_thread_the_rows_shown_staying_meanwhile(
    view: TalkingPointsView, ws: Workspace, readers: list[str]
) -> None:
    view.settle()
    before, total = _ids(view), view.model.total_rows
    assert ws.dossier_id is not None
    store = ws.store
    beef = [p.id for p in store.page(model.TalkingPoint, store.rowids(model.TalkingPoint, ws.dossier_id, text="beef"))]
    readers.clear()
    view.proxy.set_filter_text("tariff")
    assert view.model.reading and _ids(view) == before  # (until the rows it keeps arrive)
    view.proxy.set_filter_text("beef")  # typed on meanwhile: only the last filter counts
    view.settle()
    assert beef and _ids(view) == beef and view.model.total_rows == total
    assert view.count_label.text() == f"{len(beef)} talking points"
    assert readers and threading.main_thread().name not in readers


def test_a_long_list_of_choices_is_read_off_the_gui_thread_and_the_form_holds_the_record_meanwhile(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """200,000 agenda items' titles took 300-600 ms to read at a first visit to Talking points
    (its filter and its form list them). A long list is read off the GUI thread: meanwhile the
    form's box holds the item the record names (never blank: what the form holds is what the
    record holds, and an edit of another field leaves the reference as it is)."""
    from negoprep.ui import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "CHOICES_AT_ONCE", 3)
    readers: list[str] = []
    choices = Store.choices
    monkeypatch.setattr(Store, "choices", lambda *a: readers.append(threading.current_thread().name) or choices(*a))
    view = TalkingPointsView(ws)
    qtbot.addWidget(view)
    view.model.settle()
    view.table.selectRow(0)
    record = view.form.record
    assert isinstance(record, model.TalkingPoint) and record.agenda_item_id
    box = view.form.widgets["agenda_item_id"]
    assert view.form.value("agenda_item_id") == record.agenda_item_id
    assert box.count() == 1 and view.item_filter.count() == 1  # (the item named; "All agenda items")
    # an edit meanwhile keeps the reference
    view.form.widgets["text"].setPlainText("Said while the titles were read")
    view.form.commit_pending()
    stored = ws.store.get(model.TalkingPoint, record.id)
    assert stored.text == "Said while the titles were read" and stored.agenda_item_id == record.agenda_item_id
    with qtbot.waitSignal(ws.choices_arrived, timeout=10_000):
        pass
    assert ws.dossier_id is not None
    items = len(ws.store.records(model.AgendaItem, ws.dossier_id))
    assert box.count() == items and view.item_filter.count() == items + 1
    assert view.form.value("agenda_item_id") == record.agenda_item_id
    assert readers and threading.main_thread().name not in readers


def test_rows_a_second_connection_cannot_read_are_read_on_the_store_s_own(
    view: TalkingPointsView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file could not be opened a second time (locked for a moment, say): the rest of the
    list, a filter and a sort are read on the store's own connection instead, never lost."""
    from negoprep.errors import StoreError
    from negoprep.ui import operations

    class Locked:
        @staticmethod
        def open(*args, **kwargs):
            raise StoreError("the store is locked for a moment")

    monkeypatch.setattr(operations, "Store", Locked)
    listed = _listed(ws)
    view.model.refresh()
    view.settle()
    assert _ids(view) == listed
    view.proxy.set_filter_text("beef")
    view.settle()
    assert _ids(view) and all(i in listed for i in _ids(view)) and view.model.rowCount() < len(listed)
    view.table.horizontalHeader().setSortIndicator(_column(view, "text"), Qt.SortOrder.DescendingOrder)
    view.proxy.set_filter_text("")
    view.settle()
    assert _ids(view) == _sorted_elsewhere(ws, "text", True)


def test_a_record_asked_for_behind_a_long_list_s_filter_is_shown_once_its_rows_are_in(
    view: TalkingPointsView, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search hit (or an undone deletion) hidden by the filter of a long list: the filter is
    cleared at once (a long list's filter waits for a pause in typing) and the record shown
    once the rows are in, without the window waiting for them."""
    from negoprep.ui.sections import section_view

    monkeypatch.setattr(section_view, "LONG_LIST", FIRST)
    listed = _listed(ws)
    view.settle()
    view.filter_edit.setText("zzzqqq")
    view._filter_timer.stop()
    view.proxy.set_filter_text("zzzqqq")
    view.settle()
    assert view.model.rowCount() == 0
    assert view.select(listed[-1])
    assert not view.filter_edit.text()
    view.settle()
    assert view.form.record is not None and view.form.record.id == listed[-1]
    assert view.current_record() is not None and view.current_record().id == listed[-1]
    assert not view.select("no-such-record")


def test_a_row_added_to_a_sorted_long_list_is_shown_once_the_rows_are_in(
    view: TalkingPointsView, ws: Workspace
) -> None:
    """Adding a row to a long list sorted by an order not kept: the window waited for the
    rows read off the GUI thread to select the new row; it selects it once they are in."""
    view.settle()
    view.table.horizontalHeader().setSortIndicator(_column(view, "text"), Qt.SortOrder.AscendingOrder)
    view.settle()
    view.table.selectRow(0)
    before = set(_listed(ws))
    view.add_record()
    view.settle()
    (added,) = set(_listed(ws)) - before
    assert view.current_record() is not None and view.current_record().id == added


def test_a_list_of_choices_a_second_connection_cannot_read_is_read_on_the_store_s_own(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from negoprep.errors import StoreError
    from negoprep.ui import operations
    from negoprep.ui import workspace as workspace_module
    from negoprep.ui.operations import Background

    class Locked:
        @staticmethod
        def open(*args, **kwargs):
            raise StoreError("the store is locked for a moment")

    monkeypatch.setattr(operations, "Store", Locked)
    monkeypatch.setattr(workspace_module, "CHOICES_AT_ONCE", 3)
    view = TalkingPointsView(ws)
    qtbot.addWidget(view)
    Background.settle_all()
    assert ws.dossier_id is not None
    items = len(ws.store.records(model.AgendaItem, ws.dossier_id))
    assert view.form.widgets["agenda_item_id"].count() == items and view.item_filter.count() == items + 1


def test_another_dossier_shows_every_talking_point_while_its_items_are_read(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The agenda item chosen in the filter belongs to the dossier it was chosen in: another
    dossier shown while its own items are read lists all its points, not none."""
    from negoprep.ui import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "CHOICES_AT_ONCE", 3)
    first = ws.dossier_id
    assert first is not None
    second = ws.copy_dossier("Copy", "Second")
    assert second is not None
    ws.set_dossier(first)
    view = TalkingPointsView(ws)
    qtbot.addWidget(view)
    view.settle()
    with qtbot.waitSignal(ws.choices_arrived, timeout=10_000):
        pass
    view.item_filter.setCurrentIndex(1)
    view.settle()
    assert view.item_filter.currentData() is not None and view.model.rowCount() > 0
    ws.set_dossier(second)
    view.settle()
    assert view.item_filter.currentData() is None
    assert view.model.rowCount() == len(ws.store.records(model.TalkingPoint, second))


def test_the_idle_preparation_of_sorts_waits_while_rows_are_read_off_the_gui_thread(
    view: TalkingPointsView, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """Beside a reading off the GUI thread, each step of the window's own preparation of its
    sorts waited for the interpreter row by row (100-200 ms a step, with a first sort asked
    for just after a section was shown): it waits until no such reading runs."""
    from negoprep.ui.operations import Background

    view.settle()
    steps: list[int] = []
    prepare = Store.prepare_sort
    monkeypatch.setattr(Store, "prepare_sort", lambda *a: steps.append(1) or prepare(*a))
    go_on = threading.Event()
    reading = Background(lambda: go_on.wait(10), view, lambda _: None)
    view.show()  # (its preparation begins a quarter of a second after it is shown)
    qtbot.wait(500)
    assert steps == []
    go_on.set()
    reading.settle()
    qtbot.waitUntil(lambda: bool(steps), timeout=5_000)


def test_a_list_of_choices_changed_while_a_second_connection_failed_to_read_it_still_arrives(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from negoprep.errors import StoreError
    from negoprep.ui import operations
    from negoprep.ui import workspace as workspace_module
    from negoprep.ui.operations import Background

    class Locked:
        @staticmethod
        def open(*args, **kwargs):
            raise StoreError("the store is locked for a moment")

    monkeypatch.setattr(operations, "Store", Locked)
    monkeypatch.setattr(workspace_module, "CHOICES_AT_ONCE", 3)
    view = TalkingPointsView(ws)
    qtbot.addWidget(view)
    assert ws.dossier_id is not None
    item = ws.store.records(model.AgendaItem, ws.dossier_id)[0]
    ws.apply("Retitle", puts=[replace(item, title="Retitled while the list was read")])  # (read again)
    Background.settle_all()
    items = len(ws.store.records(model.AgendaItem, ws.dossier_id))
    assert view.form.widgets["agenda_item_id"].count() == items and view.item_filter.count() == items + 1
