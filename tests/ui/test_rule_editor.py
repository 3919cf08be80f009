"""The rule editor under the Red lines form, used as a person would on the demo dossier: write a
rule of each kind with the controls, see it in words as it is written, be refused a rule that
cannot be checked, apply, undo, revert."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QSpinBox, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.sections.rule_editor import RuleEditor
from negoprep.ui.workspace import Workspace
from tests.conftest import AUTHOR
from tests.redlines.test_rule_kinds import new_kind  # noqa: F401 - a fixture: the made-up kind registered

# the demo's red lines, in their order
LINKAGE, CARD, BUNDLE, CEILING, MANUAL = range(5)


def written(store: Store, dossier_id: str) -> dict[str, list[dict[str, Any]]]:
    """What people wrote in a dossier, table by table (bookkeeping left out)."""
    content = store.content(dossier_id)
    assert content is not None
    return {
        key: sorted((r.content() for r in getattr(content, key)), key=lambda c: c["id"])
        for key in ("tracks", "agenda_items", "red_lines")
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


@pytest.fixture
def editor(view: RedLinesView) -> RuleEditor:
    return view.rule_editor


@pytest.fixture
def tracks(demo_store: Store, dossier_id: str) -> dict[str, str]:
    """Track name → id."""
    return {t.name: t.id for t in demo_store.records(model.Track, dossier_id)}


@pytest.fixture
def items(demo_store: Store, dossier_id: str) -> dict[str, str]:
    """Agenda item title → id."""
    return {i.title: i.id for i in demo_store.records(model.AgendaItem, dossier_id)}


def show_row(view: RedLinesView, row: int) -> model.RedLine:
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    record = view.current_record()
    assert isinstance(record, model.RedLine)
    return record


def stored_rule(store: Store, red_line: model.RedLine) -> dict[str, Any]:
    return store.get(model.RedLine, red_line.id).rule


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo box by the text it shows, as a person reads it."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not listed"
    combo.setCurrentIndex(index)


def choose_kind(editor: RuleEditor, kind: str) -> None:
    index = editor.kind_combo.findData(kind)
    assert index >= 0
    editor.kind_combo.setCurrentIndex(index)


def listed(view: QListView) -> dict[str, bool]:
    """A track list as shown: name → ticked."""
    m = view.model()
    return {
        m.index(row, 0).data(): m.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for row in range(m.rowCount())
    }


def tick(qtbot, view: QListView, name: str) -> None:
    """Tick (or untick) a track with the keyboard: go to it, press space."""
    m = view.model()
    row = next((r for r in range(m.rowCount()) if m.index(r, 0).data() == name), -1)
    assert row >= 0, f"{name!r} is not listed"
    view.setFocus()
    view.setCurrentIndex(m.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def type_value(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)


def apply(qtbot, editor: RuleEditor) -> None:
    assert editor.apply_button.isEnabled(), editor.problems_label.text()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)


def show_active(qtbot, view: RedLinesView) -> None:
    """Show the view as the active window: shortcuts work only there."""
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def shown_problems(editor: RuleEditor) -> str:
    return editor.problems_label.text() if not editor.problems_label.isHidden() else ""


# --- the controls of the kinds' pages -------------------------------------------------------


def group_views(editor: RuleEditor) -> list[QListView]:
    return editor.control("no_linkage", "between").views


def card_item(editor: RuleEditor) -> QComboBox:
    return editor.control("not_a_card", "item").combo


def against_view(editor: RuleEditor) -> QListView:
    return editor.control("not_a_card", "against_tracks").views[0]


def bundle_view(editor: RuleEditor) -> QListView:
    return editor.control("no_bundle", "tracks").views[0]


def bundle_model(editor: RuleEditor):
    return editor.control("no_bundle", "tracks").models[0]


def bundle_max(editor: RuleEditor) -> QSpinBox:
    return editor.control("no_bundle", "max").spin


def bundle_of(editor: RuleEditor) -> QLabel:
    return editor.control("no_bundle", "max").count


@dataclass
class Limit:
    """The controls of the ceiling's or the floor's page."""

    item: QComboBox
    value: QLineEdit
    unit: QLabel
    figure: QLabel
    bound: QLabel
    new_figure: QLineEdit  # the item's own figure, typed when it has none
    new_unit: QLineEdit
    why: QLabel


def limit(editor: RuleEditor) -> Limit:
    """The controls of the limit shown (the ceiling's when neither is)."""
    kind = editor.kind_combo.currentData() if editor.kind_combo.currentData() in ("ceiling", "floor") else "ceiling"
    value = editor.control(kind, "value")
    return Limit(
        editor.control(kind, "item").combo,
        value.edit,
        value.unit,
        value.figure,
        value.label,
        value.new_figure,
        value.new_unit,
        value.why,
    )


# --- showing the stored rules ---------------------------------------------------------------


def test_each_stored_rule_shows_in_its_controls(view: RedLinesView, editor: RuleEditor, items) -> None:
    show_row(view, LINKAGE)
    assert editor.kind_combo.currentData() == "no_linkage"
    assert editor.stack.currentWidget().objectName() == "no_linkage_page"
    first, second = (listed(v) for v in group_views(editor))
    assert [n for n, on in first.items() if on] == ["Defense cost-sharing"]
    assert [n for n, on in second.items() if on] == [
        "Tariffs",
        "Trade balance",
        "Energy",
        "Non-tariff barriers",
        "Shipbuilding",
    ]
    assert not editor.apply_button.isEnabled() and not editor.revert_button.isEnabled()
    assert shown_problems(editor) == "" and editor.status_label.isHidden()

    show_row(view, CARD)
    assert card_item(editor).currentText() == "Alaska LNG project"
    assert [n for n, on in listed(against_view(editor)).items() if on] == ["Tariffs", "Trade balance"]

    show_row(view, BUNDLE)
    assert [n for n, on in listed(bundle_view(editor)).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert bundle_max(editor).value() == 2

    show_row(view, CEILING)
    assert editor.kind_combo.currentData() == "ceiling"
    assert limit(editor).item.currentData() == items["Defense cost-sharing"]
    assert limit(editor).value.text() == "1.5192"
    assert limit(editor).unit.text() == "KRW tn per year"
    assert limit(editor).figure.text() == "1.5192 KRW tn per year"
    assert limit(editor).bound.text() == "At most:"

    show_row(view, MANUAL)
    assert editor.stack.currentWidget().objectName() == "manual_page"
    assert "never checked automatically" in editor.kind_hint.text()
    assert editor.words.text() == "Checked by a person"


def test_the_kinds_read_in_plain_words_with_tooltips(editor: RuleEditor) -> None:
    combo = editor.kind_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [
        "No linkage between tracks",
        "Not a card to give",
        "No bundle of tracks",
        "Ceiling on a figure",
        "Floor on a figure",
        "Manual check by a person",
    ]
    for i in range(combo.count()):
        assert "package" in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    for widget in (combo, editor.apply_button, editor.revert_button, bundle_max(editor), limit(editor).value):
        assert widget.accessibleName() and widget.toolTip()
    for view in (*group_views(editor), against_view(editor), bundle_view(editor)):
        assert view.accessibleName() and view.toolTip()


# --- writing a rule of each kind ------------------------------------------------------------


def test_a_no_linkage_rule(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks, ws: Workspace
) -> None:
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "no_linkage")
    assert editor.words.text() == "No linkage between … and …"
    first, second = group_views(editor)
    tick(qtbot, first, "Energy")
    assert editor.words.text() == "No linkage between Energy and …"
    tick(qtbot, second, "Tariffs")
    tick(qtbot, second, "Shipbuilding")
    assert editor.words.text() == "No linkage between Energy and Tariffs or Shipbuilding"
    assert editor.status_label.text() == "Not applied yet."
    assert stored_rule(demo_store, red_line) == {"kind": "manual"}  # nothing saved until applied
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {
        "kind": "no_linkage",
        "between": [[tracks["Energy"]], [tracks["Tariffs"], tracks["Shipbuilding"]]],
    }
    assert ws.undo_stack.count() == 1 and ws.undo_stack.undoText() == "Edit rule"
    assert view.proxy.index(MANUAL, 2).data() == "No linkage between Energy and Tariffs or Shipbuilding"
    assert not editor.apply_button.isEnabled() and editor.status_label.isHidden()


def test_a_not_a_card_rule_with_and_without_tracks(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks, items
) -> None:
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "not_a_card")
    assert shown_problems(editor) == "• Choose an agenda item."
    assert not editor.apply_button.isEnabled()
    choose(card_item(editor), "Purchases of U.S. LNG")
    assert editor.words.text() == "Purchases of U.S. LNG is not a card to give"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {"kind": "not_a_card", "item": items["Purchases of U.S. LNG"]}

    tick(qtbot, against_view(editor), "Defense cost-sharing")
    assert editor.words.text() == "Purchases of U.S. LNG is not a card for Defense cost-sharing, given or got"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {
        "kind": "not_a_card",
        "item": items["Purchases of U.S. LNG"],
        "against_tracks": [tracks["Defense cost-sharing"]],
    }


def test_a_no_bundle_rule(view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks) -> None:
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "no_bundle")
    for name in ("Tariffs", "Energy", "Shipbuilding"):
        tick(qtbot, bundle_view(editor), name)
    bundle_max(editor).setValue(2)
    assert bundle_of(editor).text() == "of the 3 tracks ticked"
    assert editor.words.text() == "A package may span at most 2 of Tariffs, Energy or Shipbuilding"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {
        "kind": "no_bundle",
        "tracks": [tracks["Tariffs"], tracks["Energy"], tracks["Shipbuilding"]],
        "max": 2,
    }


def test_a_ceiling_and_a_floor(view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, items) -> None:
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "ceiling")
    surplus = "Reducing Korea's goods surplus with the U.S."
    # items without a figure are marked, and say why
    combo = limit(editor).item
    marked = combo.findText("Tariff relief for semiconductors (no figure)")
    assert marked >= 0 and "no figure" in combo.itemData(marked, Qt.ItemDataRole.ToolTipRole)
    choose(combo, surplus)
    assert limit(editor).unit.text() == "USD bn" and limit(editor).figure.text() == "56.6 USD bn"
    assert shown_problems(editor) == "• Ceiling of the figure: type a number."
    type_value(qtbot, limit(editor).value, "50")
    assert editor.words.text() == f"{surplus}: at most 50 USD bn"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {"kind": "ceiling", "item": items[surplus], "value": 50}

    choose_kind(editor, "floor")  # the item and the value stay
    assert limit(editor).bound.text() == "At least:"
    assert editor.words.text() == f"{surplus}: at least 50 USD bn"
    type_value(qtbot, limit(editor).value, "12.5")
    # Ctrl+Return applies too (a shortcut works in a window shown and active)
    show_active(qtbot, view)
    limit(editor).value.setFocus()
    qtbot.keyClick(limit(editor).value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored_rule(demo_store, red_line) == {"kind": "floor", "item": items[surplus], "value": 12.5}


def test_a_manual_rule(view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store) -> None:
    red_line = show_row(view, LINKAGE)
    choose_kind(editor, "manual")
    assert editor.words.text() == "Checked by a person"
    assert editor.kind_help.text().startswith("Manual")
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {"kind": "manual"}


# --- rules that cannot be checked are refused -----------------------------------------------


def test_a_no_linkage_with_an_empty_group_is_refused(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str, ws: Workspace
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, MANUAL)
    choose_kind(editor, "no_linkage")
    tick(qtbot, group_views(editor)[0], "Energy")
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == "• Tick at least one track in the second group."
    assert editor.problems_label.palette().color(editor.problems_label.foregroundRole()).name() == "#b3261e"
    assert editor.status_label.text() == "Not applied: fix what is listed below."
    # neither the shortcut nor a direct call saves it
    show_active(qtbot, view)
    group_views(editor)[0].setFocus()
    qtbot.keyClick(group_views(editor)[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.apply() is False
    # a track in both groups is refused too
    tick(qtbot, group_views(editor)[1], "Energy")
    assert shown_problems(editor) == "• A track cannot be in both groups: Energy."
    assert not editor.apply_button.isEnabled()
    assert written(demo_store, dossier_id) == before and ws.undo_stack.count() == 0


def test_a_ceiling_on_an_item_without_a_figure_is_refused(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, CEILING)
    choose(limit(editor).item, "Alaska LNG project (no figure)")
    assert limit(editor).figure.isHidden() and not limit(editor).new_figure.isHidden()
    assert limit(editor).unit.text() == ""
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == (
        "• “Alaska LNG project” has no figure: only an item with a figure can be limited. "
        "Type its figure under the limit, or choose another item."
    )
    type_value(qtbot, limit(editor).value, "1e")  # (letters cannot be typed: the start of a number)
    assert "• “1e” is not a number." in shown_problems(editor)
    assert editor.apply() is False
    assert written(demo_store, dossier_id) == before


def test_a_maximum_not_below_the_tracks_is_refused(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, BUNDLE)
    bundle_max(editor).setValue(3)
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == (
        "• With 3 tracks ticked, a package may span at most 2 of them: at 3 or more the rule could never be broken."
    )
    bundle_max(editor).setValue(2)
    tick(qtbot, bundle_view(editor), "Energy")  # unticked: 2 tracks left, max 2
    assert "With 2 tracks ticked" in shown_problems(editor)
    tick(qtbot, bundle_view(editor), "Tariffs")
    assert "Tick at least 2 tracks." in shown_problems(editor)
    assert not editor.apply_button.isEnabled() and editor.apply() is False
    assert written(demo_store, dossier_id) == before


def test_a_rule_naming_a_deleted_track_shows_it_and_can_be_mended(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks
) -> None:
    # the store refuses such a rule, but a damaged file may hold one: it is shown, not hidden
    record = show_row(view, BUNDLE)
    rule = {"kind": "no_bundle", "tracks": [tracks["Tariffs"], "gone", tracks["Energy"]], "max": 1}
    editor.show_red_line(replace(record, rule=rule))
    assert listed(bundle_view(editor))["A deleted track"] is True
    assert shown_problems(editor) == (
        "• A ticked track is no longer a track of this dossier (it was deleted?): untick it."
    )
    assert "a deleted track" in editor.words.text()
    tick(qtbot, bundle_view(editor), "A deleted track")
    assert shown_problems(editor) == ""
    assert editor.rule() == {"kind": "no_bundle", "tracks": [tracks["Tariffs"], tracks["Energy"]], "max": 1}
    assert editor.apply_button.isEnabled()


# --- undo, revert, and the rest of the form -------------------------------------------------


def test_a_ceiling_sets_its_items_figure_where_it_is_written(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str, ws: Workspace, items
) -> None:
    before = written(demo_store, dossier_id)
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "ceiling")
    # nothing chosen, or an item with a figure: nothing to type, nothing said about it
    assert limit(editor).new_figure.isHidden() and limit(editor).why.isHidden()
    choose(limit(editor).item, "Defense cost-sharing")
    assert limit(editor).new_figure.isHidden() and limit(editor).why.isHidden()

    # an item without a figure: its figure is asked for right here, and what it is for is said
    choose(limit(editor).item, "Alaska LNG project (no figure)")
    assert not limit(editor).new_figure.isHidden() and not limit(editor).new_unit.isHidden()
    assert limit(editor).why.text() == "Its figure today, in the unit of the limit; saved on the item with the rule."
    assert limit(editor).new_figure.accessibleName() == "Key figure"
    assert limit(editor).new_unit.accessibleName() == "Unit of the figure"
    type_value(qtbot, limit(editor).value, "20")
    assert "has no figure" in shown_problems(editor) and not editor.apply_button.isEnabled()
    type_value(qtbot, limit(editor).new_figure, "12.5")
    type_value(qtbot, limit(editor).new_unit, "Mt per year")
    assert shown_problems(editor) == ""
    assert limit(editor).unit.text() == "Mt per year"
    assert editor.words.text() == "Alaska LNG project: at most 20 Mt per year"

    apply(qtbot, editor)
    lng = demo_store.get(model.AgendaItem, items["Alaska LNG project"])
    assert (lng.figure_value, lng.figure_unit) == (12.5, "Mt per year")
    assert stored_rule(demo_store, red_line) == {"kind": "ceiling", "item": lng.id, "value": 20}
    assert ws.undo_stack.count() == 1  # one step for both
    assert ws.undo_stack.undoText() == "Edit rule and the item's figure"
    assert limit(editor).new_figure.isHidden() and limit(editor).figure.text() == "12.5 Mt per year"
    assert not editor.apply_button.isEnabled() and editor.status_label.isHidden()

    ws.undo_stack.undo()  # both leave together
    assert written(demo_store, dossier_id) == before
    assert editor.kind_combo.currentData() == "manual"
    choose_kind(editor, "ceiling")
    assert limit(editor).new_figure.text() == ""  # what was typed went with the change
    ws.undo_stack.redo()
    assert demo_store.get(model.AgendaItem, lng.id).figure_value == 12.5
    assert stored_rule(demo_store, red_line)["kind"] == "ceiling"


def test_a_figure_alone_can_be_given_to_the_item_a_stored_limit_names(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, ws: Workspace, items
) -> None:
    """A stored limit on an item without a figure (a file from elsewhere): the figure typed is
    a change of its own, applied like a rule."""
    lng = demo_store.get(model.AgendaItem, items["Alaska LNG project"])
    red_line = show_row(view, CEILING)
    rule = {"kind": "ceiling", "item": lng.id, "value": 3}
    demo_store.db.write(replace(demo_store.get(model.RedLine, red_line.id), rule=rule))  # as a received file may
    editor.show_red_line(demo_store.get(model.RedLine, red_line.id), force=True)
    editor.refill()
    assert not editor.is_changed() and "has no figure" in shown_problems(editor)
    type_value(qtbot, limit(editor).new_figure, "2")
    assert editor.is_changed() and editor.status_label.text() == "Not applied yet."
    apply(qtbot, editor)
    assert demo_store.get(model.AgendaItem, lng.id).figure_value == 2
    assert stored_rule(demo_store, red_line) == rule


def test_a_figure_typed_wrong_is_said_and_marked_and_nothing_is_saved(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str, ws: Workspace
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, MANUAL)
    choose_kind(editor, "floor")
    choose(limit(editor).item, "Alaska LNG project (no figure)")
    type_value(qtbot, limit(editor).value, "5")
    type_value(qtbot, limit(editor).new_figure, "lots")
    assert shown_problems(editor) == (
        "• “Alaska LNG project” has no figure: only an item with a figure can be limited. "
        "Type its figure under the limit, or choose another item.\n"
        "• Key figure: must be a number"
    )
    assert marked(editor) == {"floor_item", "floor_value_new_figure"}
    assert limit(editor).new_figure.accessibleDescription() == "Key figure: must be a number"
    type_value(qtbot, limit(editor).new_figure, "1e20")
    assert "Key figure: must be a finite number" in shown_problems(editor)
    type_value(qtbot, limit(editor).new_figure, "7")
    limit(editor).new_unit.setText("bad\x07unit")  # pasted with a control character
    assert "Unit of the figure:" in shown_problems(editor) and marked(editor) == {"floor_item", "floor_value_new_unit"}
    assert editor.apply() is False and not editor.apply_button.isEnabled()
    # another item with a figure: what was typed for the first no longer counts
    choose(limit(editor).item, "Defense cost-sharing")
    assert shown_problems(editor) == "" and marked(editor) == set()
    assert editor.words.text() == "Defense cost-sharing: at least 5 KRW tn per year"
    assert written(demo_store, dossier_id) == before and ws.undo_stack.count() == 0


def test_applying_is_one_step_and_undo_restores_the_rule_shown(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str, ws: Workspace
) -> None:
    before = written(demo_store, dossier_id)
    red_line = show_row(view, BUNDLE)
    old = stored_rule(demo_store, red_line)
    tick(qtbot, bundle_view(editor), "Shipbuilding")
    bundle_max(editor).setValue(3)
    apply(qtbot, editor)
    assert ws.undo_stack.count() == 1
    assert stored_rule(demo_store, red_line)["max"] == 3

    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before
    assert stored_rule(demo_store, red_line) == old
    assert view.current_record().id == red_line.id
    assert bundle_max(editor).value() == 2
    assert [n for n, on in listed(bundle_view(editor)).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert editor.words.text() == "A package may span at most 2 of Tariffs, Defense cost-sharing or Energy"
    assert not editor.apply_button.isEnabled()

    ws.undo_stack.redo()
    assert stored_rule(demo_store, red_line)["max"] == 3 and bundle_max(editor).value() == 3


def test_revert_restores_the_stored_rule(view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store) -> None:
    red_line = show_row(view, LINKAGE)
    choose_kind(editor, "no_bundle")
    assert editor.revert_button.isEnabled()
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.kind_combo.currentData() == "no_linkage"
    assert editor.rule() == stored_rule(demo_store, red_line)
    assert not editor.revert_button.isEnabled() and not editor.apply_button.isEnabled()


def test_editing_the_fields_never_changes_the_rule(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks
) -> None:
    red_line = show_row(view, BUNDLE)
    # a rule edited but not applied: saving the title keeps it unsaved, and kept on screen
    tick(qtbot, bundle_view(editor), "Shipbuilding")
    title: QLineEdit = view.form.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "No one-stop package")
    title.editingFinished.emit()
    stored = demo_store.get(model.RedLine, red_line.id)
    assert stored.title == "No one-stop package" and stored.rule == red_line.rule
    assert listed(bundle_view(editor))["Shipbuilding"] and editor.status_label.text() == "Not applied yet."

    # an applied rule survives later edits of the other fields, and keeps the title
    apply(qtbot, editor)
    new_rule = demo_store.get(model.RedLine, red_line.id).rule
    assert tracks["Shipbuilding"] in new_rule["tracks"]
    assert demo_store.get(model.RedLine, red_line.id).title == "No one-stop package"
    severity: QComboBox = view.form.widgets["severity"]
    severity.setCurrentIndex(severity.findData("firm"))
    stored = demo_store.get(model.RedLine, red_line.id)
    assert stored.severity == "firm" and stored.rule == new_rule


def test_switching_kind_keeps_what_it_can(view: RedLinesView, editor: RuleEditor, qtbot) -> None:
    show_row(view, BUNDLE)
    choose_kind(editor, "no_linkage")
    first, second = (listed(v) for v in group_views(editor))
    assert [n for n, on in first.items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert not any(second.values())
    assert editor.words.text() == "No linkage between Tariffs, Defense cost-sharing or Energy and …"
    tick(qtbot, group_views(editor)[0], "Energy")
    tick(qtbot, group_views(editor)[1], "Energy")
    choose_kind(editor, "no_bundle")  # its own ticks were kept while away
    assert [n for n, on in listed(bundle_view(editor)).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]

    show_row(view, CARD)
    choose_kind(editor, "ceiling")  # the item is carried over; it has no figure, which is said
    assert limit(editor).item.currentText() == "Alaska LNG project (no figure)"
    assert "has no figure" in shown_problems(editor)


def test_the_lists_follow_the_tracks_and_keep_pending_edits(
    view: RedLinesView, editor: RuleEditor, qtbot, ws: Workspace, demo_store: Store, tracks, dossier_id: str
) -> None:
    show_row(view, MANUAL)
    choose_kind(editor, "no_bundle")
    tick(qtbot, bundle_view(editor), "Energy")
    tick(qtbot, bundle_view(editor), "Tariffs")
    energy = demo_store.get(model.Track, tracks["Energy"])
    new = model.Track(id="6d0f1c3e-2a8b-4c55-9e7a-000000000042", dossier_id=dossier_id, name="Semiconductors")
    ws.apply("Tracks", puts=[replace(energy, name="Power"), new])
    shown = listed(bundle_view(editor))
    assert shown["Power"] and shown["Tariffs"] and shown["Semiconductors"] is False
    assert editor.words.text() == "A package may span at most 1 of Power or Tariffs"
    assert editor.status_label.text() == "Not applied yet."
    assert list(listed(group_views(editor)[0])) == list(shown)


def test_the_item_boxes_follow_the_agenda(
    view: RedLinesView, editor: RuleEditor, ws: Workspace, demo_store: Store, items
) -> None:
    show_row(view, CEILING)
    lng = demo_store.get(model.AgendaItem, items["Alaska LNG project"])
    ws.apply("Figure", puts=[replace(lng, figure_value=10.0, figure_unit="Mt")])
    assert limit(editor).item.findText("Alaska LNG project") >= 0  # no longer marked
    choose(limit(editor).item, "Alaska LNG project")
    assert limit(editor).figure.text() == "10 Mt" and shown_problems(editor) == ""


def test_read_only_store_disables_the_editor(qtbot, demo_store: Store) -> None:
    path = demo_store.path
    demo_store.close()
    store = Store.open(path, AUTHOR, readonly=True)
    ws = Workspace(store)
    ws.set_dossier(store.dossiers()[0].id)
    view = RedLinesView(ws)
    qtbot.addWidget(view)
    editor = view.rule_editor
    assert editor.words.text().startswith("No linkage")
    assert not editor.controls.isEnabled()
    assert not editor.apply_button.isEnabled() and not editor.revert_button.isEnabled()
    assert editor.apply() is False
    store.close()


def test_the_track_list_passes_the_model_tester(view: RedLinesView, editor: RuleEditor, qtmodeltester) -> None:
    show_row(view, BUNDLE)
    qtmodeltester.check(bundle_model(editor))
    qtmodeltester.check(limit(editor).item.model())


# --- how it looks ---------------------------------------------------------------------------


@pytest.mark.parametrize(("row", "name"), [(LINKAGE, "no_linkage"), (CEILING, "ceiling"), (BUNDLE, "no_bundle")])
def test_the_editor_fits_beside_the_table(view: RedLinesView, editor: RuleEditor, qtbot, row: int, name: str) -> None:
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    show_row(view, row)
    if name == "no_bundle":
        bundle_max(editor).setValue(3)  # with its problem shown
    qtbot.wait(20)  # let the layouts settle, as a person would see them
    # the editor fits beside the table: nothing scrolls sideways, every control is wide enough
    scroll = view.details.widget(0)
    assert not scroll.horizontalScrollBar().isVisible()
    for widget in (editor.kind_combo, editor.apply_button, *group_views(editor)):
        assert widget.width() >= widget.minimumSizeHint().width()


# --- the control at fault is marked ---------------------------------------------------------


def marked(editor: RuleEditor) -> set[str]:
    return {w.objectName() for w in editor.invalid_controls()}


def test_the_control_a_problem_names_is_marked(view: RedLinesView, editor: RuleEditor, qtbot) -> None:
    show_row(view, MANUAL)
    choose_kind(editor, "no_linkage")
    tick(qtbot, group_views(editor)[0], "Energy")
    assert marked(editor) == {"no_linkage_between_2"}  # the empty group, not the other
    assert group_views(editor)[1].accessibleDescription() == "Tick at least one track in the second group."
    tick(qtbot, group_views(editor)[1], "Energy")
    assert marked(editor) == {"no_linkage_between_1", "no_linkage_between_2"}  # a track in both
    tick(qtbot, group_views(editor)[1], "Energy")
    tick(qtbot, group_views(editor)[1], "Tariffs")
    assert marked(editor) == set() and editor.apply_button.isEnabled()

    choose_kind(editor, "ceiling")
    assert marked(editor) == {"ceiling_item", "ceiling_value"}
    choose(limit(editor).item, "Alaska LNG project (no figure)")
    type_value(qtbot, limit(editor).value, "12")
    assert marked(editor) == {"ceiling_item"}
    assert "has no figure" in limit(editor).item.accessibleDescription()
    choose(limit(editor).item, "Reducing Korea's goods surplus with the U.S.")
    type_value(qtbot, limit(editor).value, "-")
    assert marked(editor) == {"ceiling_value"}

    show_row(view, BUNDLE)
    bundle_max(editor).setValue(3)
    assert marked(editor) == {"no_bundle_max"}
    bundle_max(editor).setValue(2)
    assert marked(editor) == set()


def test_the_editor_reads_no_prose_of_the_core() -> None:
    """The UI learns what is wrong from problem codes and parameters: no module of the window
    parses text with regular expressions."""
    import ast
    from pathlib import Path

    import negoprep.ui

    for path in Path(negoprep.ui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert "re" not in names and "regex" not in names, path


# --- a new kind of rule needs nothing here --------------------------------------------------


@pytest.mark.usefixtures("new_kind")
def test_a_new_kind_gets_its_page_from_its_declaration(
    qtbot, ws: Workspace, demo_store: Store, dossier_id: str, tracks, items
) -> None:
    view = RedLinesView(ws)
    qtbot.addWidget(view)
    editor = view.rule_editor
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "minimum_share")
    assert editor.stack.currentWidget().objectName() == "minimum_share_page"
    assert editor.kind_help.text() == "Minimum share — enough items on these tracks"
    page = editor.stack.currentWidget()
    for name in ("minimum_share_tracks", "minimum_share_item", "minimum_share_share", "minimum_share_weight"):
        assert page.findChild(QWidget, name) is not None, name
    tick(qtbot, editor.control("minimum_share", "tracks").views[0], "Energy")
    assert marked(editor) == {"minimum_share_item", "minimum_share_share"}  # 1 of 1 track: never broken
    assert editor.control("minimum_share", "share").count.text() == "of the 1 tracks ticked"
    tick(qtbot, editor.control("minimum_share", "tracks").views[0], "Tariffs")
    choose(editor.control("minimum_share", "item").combo, "Reducing Korea's goods surplus with the U.S.")
    assert editor.control("minimum_share", "weight").unit.text() == "USD bn"  # the item's unit
    assert editor.words.text() == "Reducing Korea's goods surplus with the U.S.: at least 1"
    assert marked(editor) == set()
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {
        "kind": "minimum_share",
        "tracks": [tracks["Energy"], tracks["Tariffs"]],
        "item": items["Reducing Korea's goods surplus with the U.S."],
        "share": 1,
    }


def test_a_malformed_stored_rule_is_shown_and_can_be_mended(
    qtbot, ws: Workspace, demo_store: Store, dossier_id: str, items
) -> None:
    # a damaged file may hold one: the section opens, says so, and the rule can be written anew
    record = demo_store.records(model.RedLine, dossier_id)[CEILING]
    with demo_store.transaction():  # past the store's door, as a damaged file would
        demo_store.db.write(replace(record, rule={"kind": "ceiling", "item": ["x"], "value": 1}))
    view = RedLinesView(ws)
    qtbot.addWidget(view)
    editor = view.rule_editor
    show_row(view, CEILING)
    assert view.proxy.index(CEILING, 2).data() == "A rule that cannot be read: check it by hand"
    assert editor.kind_combo.currentData() == "ceiling"
    assert shown_problems(editor) == "• Choose an agenda item."
    assert marked(editor) == {"ceiling_item"}
    choose(limit(editor).item, "Defense cost-sharing")
    apply(qtbot, editor)
    assert stored_rule(demo_store, record) == {"kind": "ceiling", "item": items["Defense cost-sharing"], "value": 1}


@pytest.mark.parametrize(
    "rule", [{"kind": ["ceiling"]}, {"kind": 7}, {}, "manual", None, {"kind": "maximum", "item": "x"}], ids=repr
)
def test_a_rule_of_no_known_kind_is_shown_and_left_as_it_is(view: RedLinesView, editor: RuleEditor, rule) -> None:
    record = show_row(view, MANUAL)
    editor.show_red_line(replace(record, rule=rule))
    assert editor.stack.currentWidget().objectName() == "unknown_page"
    assert editor.words.text() == "A rule that cannot be read: check it by hand"
    assert "This version cannot edit" in editor.kind_hint.text()
    assert editor.rule() == rule and not editor.is_changed()
    # choosing a kind writes a new rule; choosing the entry of the stored one again is harmless
    stored = editor.kind_combo.currentIndex()
    choose_kind(editor, "manual")
    assert editor.rule() == {"kind": "manual"}
    editor.kind_combo.setCurrentIndex(stored)
    assert editor.rule() == rule and editor.stack.currentWidget().objectName() == "unknown_page"
