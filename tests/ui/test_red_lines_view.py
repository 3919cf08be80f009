"""The Red lines section on the demo dossier, used as a person would: read the rules in plain
words, edit a red line (its rule always survives), add, duplicate, move, delete and undo."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.workspace import Workspace

NO_LINKAGE = (
    "No linkage between Defense cost-sharing and Tariffs, Trade balance, Energy, Non-tariff barriers or Shipbuilding"
)


def written(store: Store, dossier_id: str) -> dict[str, list[dict[str, Any]]]:
    """What people wrote in a dossier, table by table (bookkeeping left out: an undo writes
    a new revision, so times and revision ids move on while the content comes back)."""
    content = store.content(dossier_id)
    assert content is not None
    return {
        key: sorted((r.content() for r in getattr(content, key)), key=lambda c: c["id"])
        for key in ("tracks", "agenda_items", "talking_points", "red_lines", "checklists")
    }


@pytest.fixture
def dossier_id(demo_store: Store) -> str:
    return demo_store.dossiers()[0].id


@pytest.fixture
def problems(ws: Workspace) -> list[str]:
    """What the workspace reported (the main window shows these)."""
    return ws.problems  # type: ignore[attr-defined]


@pytest.fixture
def view(qtbot, ws: Workspace) -> RedLinesView:
    widget = RedLinesView(ws)
    qtbot.addWidget(widget)
    return widget


def column(view: RedLinesView, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [view.proxy.index(row, col).data(role) for row in range(view.proxy.rowCount())]


def select(view: RedLinesView, record_id: str) -> None:
    assert view.select(record_id)
    assert view.current_record().id == record_id


def type_line(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    edit.editingFinished.emit()


def test_the_table_shows_the_red_lines_in_plain_words(view: RedLinesView, demo_store: Store, dossier_id: str) -> None:
    red_lines = demo_store.content(dossier_id).red_lines
    assert column(view, 0) == [r.title for r in red_lines]
    assert column(view, 0, Qt.ItemDataRole.ToolTipRole) == [r.statement or None for r in red_lines]
    assert column(view, 1) == ["Absolute", "Absolute", "Absolute", "Absolute", "Firm"]
    assert "no package may cross it" in column(view, 1, Qt.ItemDataRole.ToolTipRole)[0]
    rules = column(view, 2)
    assert rules == [
        NO_LINKAGE,
        "Alaska LNG project is not a card for Tariffs or Trade balance, given or got",
        "A package may span at most 2 of Tariffs, Defense cost-sharing or Energy",
        "Defense cost-sharing: at most 1.5192 KRW tn per year",
        "Checked by a person",
    ]
    assert column(view, 2, Qt.ItemDataRole.ToolTipRole) == rules
    assert column(view, 3) == [r.approved_by for r in red_lines]
    assert view.count_label.text() == "5 red lines"


def test_the_rule_of_the_current_red_line_shows_under_the_form(view: RedLinesView, demo_store: Store) -> None:
    assert view.current_record().title == "No linkage of defense cost-sharing to trade"
    assert view.rule_words.text() == NO_LINKAGE
    assert view.rule_kind.text().startswith("No linkage")
    view.table.setCurrentIndex(view.proxy.index(4, 0))
    assert view.rule_words.text() == "Checked by a person"
    assert view.rule_kind.text().startswith("Manual")


def test_renaming_a_track_renames_it_in_the_rules(view: RedLinesView, ws: Workspace, demo_store: Store) -> None:
    tariffs = next(t for t in demo_store.records(model.Track, ws.dossier_id) if t.name == "Tariffs")
    ws.apply("Rename", puts=[replace(tariffs, name="Duties")])
    assert column(view, 2)[1] == "Alaska LNG project is not a card for Duties or Trade balance, given or got"


def test_sorting_by_severity_and_by_title(view: RedLinesView) -> None:
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(view, 1)[0] == "Firm"
    assert not view.up_action.isEnabled() and not view.down_action.isEnabled()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = column(view, 0)
    assert titles == sorted(titles, key=str.lower)


def test_the_filter_box_keeps_matching_red_lines(view: RedLinesView, qtbot) -> None:
    qtbot.keyClicks(view.filter_edit, "Alaska")
    assert column(view, 0) == ["Alaska LNG is not a card for tariffs"]
    view.filter_edit.clear()
    assert view.proxy.rowCount() == 5


def test_editing_the_fields_keeps_the_rule(view: RedLinesView, qtbot, demo_store: Store) -> None:
    record = view.current_record()
    rule = demo_store.get(model.RedLine, record.id).rule
    type_line(qtbot, view.form.widgets["title"], "No linkage of security to trade")
    statement = view.form.widgets["statement"]
    statement.setFocus()
    statement.selectAll()
    qtbot.keyClicks(statement, "Security is kept apart.")
    statement.editingFinished.emit()
    severity: QComboBox = view.form.widgets["severity"]
    severity.setCurrentIndex(severity.findData("firm"))
    type_line(qtbot, view.form.widgets["approved_by"], "Cabinet")

    stored = demo_store.get(model.RedLine, record.id)
    assert (stored.title, stored.statement, stored.severity, stored.approved_by) == (
        "No linkage of security to trade",
        "Security is kept apart.",
        "firm",
        "Cabinet",
    )
    assert stored.rule == rule
    assert column(view, 0)[0] == "No linkage of security to trade"
    assert column(view, 1)[0] == "Firm"
    assert view.rule_words.text() == NO_LINKAGE


def test_a_blank_title_is_refused_and_not_saved(view: RedLinesView, qtbot, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    type_line(qtbot, view.form.widgets["title"], "")
    error = view.form.errors["title"]
    assert not error.isHidden() and "is required" in error.text()
    assert written(demo_store, dossier_id) == before
    type_line(qtbot, view.form.widgets["title"], "Back again")
    assert error.isHidden()
    assert demo_store.get(model.RedLine, view.current_record().id).title == "Back again"


def test_a_new_red_line_is_firm_and_manual_and_undo_removes_it(
    view: RedLinesView, ws: Workspace, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    view.add_action.trigger()
    record = view.current_record()
    stored = demo_store.get(model.RedLine, record.id)
    assert (stored.title, stored.severity, stored.rule) == ("New red line", "firm", {"kind": "manual"})
    assert stored.position == max(r.position for r in demo_store.records(model.RedLine, dossier_id))
    assert view.proxy.rowCount() == 6 and view.rule_words.text() == "Checked by a person"
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before
    assert view.proxy.rowCount() == 5


def test_duplicating_copies_the_rule(view: RedLinesView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    original = view.current_record()
    view.duplicate_action.trigger()
    copy = view.current_record()
    assert copy.id != original.id
    assert copy.title == f"{original.title} (copy)" and copy.rule == original.rule
    assert column(view, 2).count(NO_LINKAGE) == 2
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_moving_a_red_line_down_and_undo(view: RedLinesView, ws: Workspace, demo_store: Store, dossier_id: str) -> None:
    before = written(demo_store, dossier_id)
    titles = column(view, 0)
    assert not view.up_action.isEnabled() and view.down_action.isEnabled()
    view.down_action.trigger()
    assert column(view, 0) == [titles[1], titles[0], *titles[2:]]
    assert view.current_record().title == titles[0]
    assert [r.title for r in demo_store.records(model.RedLine, dossier_id)] == column(view, 0)
    view.up_action.trigger()
    assert column(view, 0) == titles
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before


def test_deleting_a_red_line_and_undo(
    view: RedLinesView, ws: Workspace, demo_store: Store, dossier_id: str, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = written(demo_store, dossier_id)
    doomed = view.current_record()
    view.delete_action.trigger()
    assert doomed.title not in column(view, 0) and view.proxy.rowCount() == 4
    assert demo_store.get(model.RedLine, doomed.id).deleted
    assert view.current_record() is not None  # the next one is shown
    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before
    assert column(view, 0)[0] == doomed.title


def test_a_refused_change_says_why(view: RedLinesView, ws: Workspace, demo_store: Store, problems: list[str]) -> None:
    # a rule naming a track of nowhere: the store refuses it and nothing breaks
    record = demo_store.get(model.RedLine, view.current_record().id)
    assert ws.apply("Bad rule", puts=[replace(record, rule={"kind": "no_linkage", "between": [["x"], ["y"]]})]) is None
    assert problems and "rule" in problems[0]
    assert demo_store.get(model.RedLine, record.id).rule == record.rule


def test_the_model_passes_the_model_tester(view: RedLinesView, qtmodeltester) -> None:
    assert view.model.rowCount() == 5
    qtmodeltester.check(view.model)


def test_a_damaged_rule_reads_as_such(view: RedLinesView) -> None:
    # the store refuses such a rule, but a damaged file must not put a traceback on screen
    damaged = replace(view.current_record(), rule={"kind": "no_linkage", "between": [["only one group"]]})
    assert view.rule_text(damaged, view.model.labels) == "A rule that cannot be read: check it by hand"
    view.show_extra(damaged)
    assert view.rule_kind.text().startswith("No linkage")
