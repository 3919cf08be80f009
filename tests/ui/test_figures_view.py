"""The Figures section on the demo dossier: the trade-surplus series, worked as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.figures_view import FiguresView
from negoprep.ui.workspace import Workspace
from tests.ui.helpers import column, snapshot, sort_by, type_into

SERIES = "Korea's goods trade surplus with the US"
F2022 = "3b0e32f6-0738-5882-8e68-3ad34c49d762"
F2024 = "01c0737a-8f82-5b94-8c99-4fcc0e7777aa"


@pytest.fixture
def view(qtbot, ws: Workspace) -> FiguresView:
    v = FiguresView(ws)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def select(view: FiguresView, figure_id: str) -> None:
    assert view.select(figure_id)
    assert view.current_record().id == figure_id


def test_table_shows_the_series(view: FiguresView, demo_store: Store, ws: Workspace) -> None:
    figures = demo_store.content(ws.dossier_id).figures
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())] == [
        "Series",
        "Label",
        "Value",
        "Unit",
        "Source",
    ]
    assert column(view, 0) == [SERIES] * 3
    assert column(view, 1) == ["2022", "2023", "2024"]
    assert column(view, 2) == ["28 USD bn", "44.4 USD bn", "56.6 USD bn"]
    assert column(view, 3) == ["USD bn"] * 3
    assert column(view, 4)[2].startswith("Hankyung report")
    assert column(view, 4, Qt.ItemDataRole.ToolTipRole) == [f.source for f in figures]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert column(view, 2, Qt.ItemDataRole.TextAlignmentRole) == [right] * 3
    assert view.count_label.text() == "3 figures"
    assert view.form.widgets["value"].text() == "28"


def test_model_passes_the_model_tester(qtmodeltester, view: FiguresView) -> None:
    qtmodeltester.check(view.model)


def test_sorting_by_value_is_numeric(qtbot, view: FiguresView, ws: Workspace) -> None:
    # 9 sorts after 56.6 as text, before 28 as a number
    view.add_action.trigger()
    type_into(qtbot, view.form.widgets["value"], "9")
    select(view, F2024)
    sort_by(view, 2, Qt.SortOrder.AscendingOrder)
    assert column(view, 2) == ["9 USD bn", "28 USD bn", "44.4 USD bn", "56.6 USD bn"]
    assert view.current_record().id == F2024  # what was shown stays shown
    sort_by(view, 2, Qt.SortOrder.DescendingOrder)
    assert column(view, 2) == ["56.6 USD bn", "44.4 USD bn", "28 USD bn", "9 USD bn"]
    sort_by(view, 1, Qt.SortOrder.DescendingOrder)
    assert column(view, 1) == ["2024", "2023", "2022", ""]


def test_filter_box(qtbot, view: FiguresView) -> None:
    qtbot.keyClicks(view.filter_edit, "Hankyung")
    assert column(view, 1) == ["2024"]
    assert view.current_record().id == F2024 and view.form.widgets["label"].text() == "2024"
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 3


def test_new_figure_continues_the_current_series(qtbot, view: FiguresView, ws: Workspace, demo_store: Store) -> None:
    before = snapshot(demo_store, ws.dossier_id)
    select(view, F2024)
    view.add_action.trigger()
    created = view.current_record()
    assert (created.series, created.label, created.value, created.unit) == (SERIES, "", 0, "USD bn")
    assert created.source == ""  # each value names its own source
    assert view.proxy.rowCount() == 4 and column(view, 2)[-1] == "0 USD bn"
    # the label is what comes next to type
    assert view.form.widgets["label"].hasFocus()
    type_into(qtbot, view.form.widgets["label"], "2025")
    type_into(qtbot, view.form.widgets["value"], "1,234.5")
    saved = demo_store.get(model.Figure, created.id)
    assert (saved.label, saved.value) == ("2025", 1234.5)
    assert column(view, 2)[-1] == "1234.5 USD bn"
    for _ in range(3):
        ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_new_figure_without_a_current_one_starts_a_series(
    qtbot, view: FiguresView, ws: Workspace, demo_store: Store
) -> None:
    qtbot.keyClicks(view.filter_edit, "nothing-like-this")
    assert view.proxy.rowCount() == 0 and view.current_record() is None
    view.add_action.trigger()
    created = view.current_record()
    assert (created.series, created.label, created.value, created.unit) == ("New series", "", 0, "")
    assert view.filter_edit.text() == ""  # the filter gave way to show it
    assert view.form.widgets["series"].selectedText() == "New series"
    ws.undo_stack.undo()
    assert demo_store.get(model.Figure, created.id).deleted


def test_edit_figure(qtbot, view: FiguresView, ws: Workspace, demo_store: Store) -> None:
    select(view, F2022)
    before = snapshot(demo_store, ws.dossier_id)
    form = view.form
    type_into(qtbot, form.widgets["series"], "Surplus")
    type_into(qtbot, form.widgets["label"], "FY2022")
    type_into(qtbot, form.widgets["value"], "27.9")
    type_into(qtbot, form.widgets["unit"], "USD billion")
    source = form.widgets["source"]
    source.selectAll()
    qtbot.keyClicks(source, "KITA")
    source.editingFinished.emit()
    saved = demo_store.get(model.Figure, F2022)
    assert (saved.series, saved.label, saved.value, saved.unit, saved.source) == (
        "Surplus",
        "FY2022",
        27.9,
        "USD billion",
        "KITA",
    )
    row = view.model.row_of(F2022)
    assert [view.proxy.index(row, c).data() for c in range(5)] == [
        "Surplus",
        "FY2022",
        "27.9 USD billion",
        "USD billion",
        "KITA",
    ]
    for _ in range(5):
        ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


@pytest.mark.parametrize("typed", ["1e", "", "-", "1e400"])
def test_bad_values_are_refused(qtbot, view: FiguresView, ws: Workspace, demo_store: Store, typed: str) -> None:
    select(view, F2024)
    before = snapshot(demo_store, ws.dossier_id)
    field = view.form.widgets["value"]
    type_into(qtbot, field, typed)
    error = view.form.errors["value"]
    assert error.isVisible() and error.text().startswith("Value ")
    assert field.text() == typed  # kept, to be corrected
    assert demo_store.get(model.Figure, F2024).value == 56.6
    assert snapshot(demo_store, ws.dossier_id) == before and ws.undo_stack.count() == 0
    type_into(qtbot, field, "56.7")
    assert not error.isVisible() and demo_store.get(model.Figure, F2024).value == 56.7


def test_blank_series_is_refused(qtbot, view: FiguresView, ws: Workspace, demo_store: Store) -> None:
    select(view, F2024)
    type_into(qtbot, view.form.widgets["series"], "  ")
    assert "Series is required" in view.form.errors["series"].text()
    assert demo_store.get(model.Figure, F2024).series == SERIES and ws.undo_stack.count() == 0


def test_duplicate_figure(view: FiguresView, ws: Workspace, demo_store: Store) -> None:
    select(view, F2024)
    before = snapshot(demo_store, ws.dossier_id)
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != F2024
    assert (copy.series, copy.label, copy.value) == (SERIES, "2024", 56.6)
    assert view.proxy.rowCount() == 4
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before


def test_move_figure(view: FiguresView, ws: Workspace, demo_store: Store) -> None:
    select(view, F2024)
    before = snapshot(demo_store, ws.dossier_id)
    assert not view.down_action.isEnabled()
    view.up_action.trigger()
    assert column(view, 1) == ["2022", "2024", "2023"]
    assert view.current_record().id == F2024
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert column(view, 1) == ["2022", "2023", "2024"]


def test_delete_figure(view: FiguresView, ws: Workspace, demo_store: Store, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    select(view, F2022)
    before = snapshot(demo_store, ws.dossier_id)
    view.delete_action.trigger()
    assert not asked
    assert demo_store.get(model.Figure, F2022).deleted
    assert column(view, 1) == ["2023", "2024"]
    assert view.current_record().label == "2023"
    ws.undo_stack.undo()
    assert snapshot(demo_store, ws.dossier_id) == before
    assert column(view, 1) == ["2022", "2023", "2024"]
    assert ws.problems == []  # type: ignore[attr-defined]
