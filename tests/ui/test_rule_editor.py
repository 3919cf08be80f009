"""The rule editor under the Red lines form, used as a person would on the demo dossier: write a
rule of each kind with the controls, see it in words as it is written, be refused a rule that
cannot be checked, apply, undo, revert."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView

from negoprep import model
from negoprep.store.store import Store
from negoprep.ui.red_lines_view import RedLinesView
from negoprep.ui.rule_editor import RuleEditor
from negoprep.ui.workspace import Workspace
from tests.conftest import AUTHOR

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
def problems() -> list[str]:
    return []


@pytest.fixture
def ws(demo_store: Store, dossier_id: str, problems: list[str]) -> Workspace:
    workspace = Workspace(demo_store)
    workspace.problem.connect(problems.append)  # the main window shows these; here we keep them
    workspace.set_dossier(dossier_id)
    return workspace


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


# --- showing the stored rules ---------------------------------------------------------------


def test_each_stored_rule_shows_in_its_controls(view: RedLinesView, editor: RuleEditor, items) -> None:
    show_row(view, LINKAGE)
    assert editor.kind_combo.currentData() == "no_linkage"
    assert editor.stack.currentWidget().objectName() == "no_linkage_page"
    first, second = (listed(v) for v in editor.group_views)
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
    assert editor.card_item.currentText() == "Alaska LNG project"
    assert [n for n, on in listed(editor.against_view).items() if on] == ["Tariffs"]

    show_row(view, BUNDLE)
    assert [n for n, on in listed(editor.bundle_view).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert editor.bundle_max.value() == 2

    show_row(view, CEILING)
    assert editor.kind_combo.currentData() == "ceiling"
    assert editor.limit_item.currentData() == items["Defense cost-sharing"]
    assert editor.limit_value.text() == "1.5192"
    assert editor.limit_unit.text() == "KRW tn per year"
    assert editor.limit_figure.text() == "1.5192 KRW tn per year"
    assert editor.limit_bound.text() == "At most:"

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
    for widget in (combo, editor.apply_button, editor.revert_button, editor.bundle_max, editor.limit_value):
        assert widget.accessibleName() and widget.toolTip()
    for view in (*editor.group_views, editor.against_view, editor.bundle_view):
        assert view.accessibleName() and view.toolTip()


# --- writing a rule of each kind ------------------------------------------------------------


def test_a_no_linkage_rule(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks, ws: Workspace
) -> None:
    red_line = show_row(view, MANUAL)
    choose_kind(editor, "no_linkage")
    assert editor.words.text() == "No linkage between … and …"
    first, second = editor.group_views
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
    choose(editor.card_item, "Purchases of U.S. LNG")
    assert editor.words.text() == "Purchases of U.S. LNG is not a card to give"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {"kind": "not_a_card", "item": items["Purchases of U.S. LNG"]}

    tick(qtbot, editor.against_view, "Defense cost-sharing")
    assert editor.words.text() == "Purchases of U.S. LNG is not a card to give for Defense cost-sharing"
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
        tick(qtbot, editor.bundle_view, name)
    editor.bundle_max.setValue(2)
    assert editor.bundle_of.text() == "of the 3 tracks ticked"
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
    combo = editor.limit_item
    marked = combo.findText("Tariff relief for automobiles (no figure)")
    assert marked >= 0 and "no figure" in combo.itemData(marked, Qt.ItemDataRole.ToolTipRole)
    choose(combo, surplus)
    assert editor.limit_unit.text() == "USD bn" and editor.limit_figure.text() == "56.6 USD bn"
    assert shown_problems(editor) == "• Type the ceiling: a number."
    type_value(qtbot, editor.limit_value, "50")
    assert editor.words.text() == f"{surplus}: at most 50 USD bn"
    apply(qtbot, editor)
    assert stored_rule(demo_store, red_line) == {"kind": "ceiling", "item": items[surplus], "value": 50}

    choose_kind(editor, "floor")  # the item and the value stay
    assert editor.limit_bound.text() == "At least:"
    assert editor.words.text() == f"{surplus}: at least 50 USD bn"
    type_value(qtbot, editor.limit_value, "12.5")
    # Ctrl+Return applies too (a shortcut works in a window shown and active)
    show_active(qtbot, view)
    editor.limit_value.setFocus()
    qtbot.keyClick(editor.limit_value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
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
    tick(qtbot, editor.group_views[0], "Energy")
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == "• Tick at least one track in the second group."
    assert editor.problems_label.palette().color(editor.problems_label.foregroundRole()).name() == "#b3261e"
    assert editor.status_label.text() == "Not applied: fix what is listed above."
    # neither the shortcut nor a direct call saves it
    show_active(qtbot, view)
    editor.group_views[0].setFocus()
    qtbot.keyClick(editor.group_views[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.apply() is False
    # a track in both groups is refused too
    tick(qtbot, editor.group_views[1], "Energy")
    assert shown_problems(editor) == "• A track cannot be in both groups: Energy."
    assert not editor.apply_button.isEnabled()
    assert written(demo_store, dossier_id) == before and ws.undo_stack.count() == 0


def test_a_ceiling_on_an_item_without_a_figure_is_refused(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, CEILING)
    choose(editor.limit_item, "Alaska LNG project (no figure)")
    assert editor.limit_figure.text() == "none"
    assert editor.limit_unit.text() == ""
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == (
        "• “Alaska LNG project” has no figure: a ceiling or floor can only limit an item with a figure. "
        "Give it one in the Agenda section, or choose another item."
    )
    type_value(qtbot, editor.limit_value, "lots")
    assert "• “lots” is not a number." in shown_problems(editor)
    assert editor.apply() is False
    assert written(demo_store, dossier_id) == before


def test_a_maximum_not_below_the_tracks_is_refused(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str
) -> None:
    before = written(demo_store, dossier_id)
    show_row(view, BUNDLE)
    editor.bundle_max.setValue(3)
    assert not editor.apply_button.isEnabled()
    assert shown_problems(editor) == (
        "• With 3 tracks ticked, a package may span at most 2 of them: at 3 or more the rule could never be broken."
    )
    editor.bundle_max.setValue(2)
    tick(qtbot, editor.bundle_view, "Energy")  # unticked: 2 tracks left, max 2
    assert "With 2 tracks ticked" in shown_problems(editor)
    tick(qtbot, editor.bundle_view, "Tariffs")
    assert "Tick at least two tracks." in shown_problems(editor)
    assert not editor.apply_button.isEnabled() and editor.apply() is False
    assert written(demo_store, dossier_id) == before


def test_a_rule_naming_a_deleted_track_shows_it_and_can_be_mended(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, tracks
) -> None:
    # the store refuses such a rule, but a damaged file may hold one: it is shown, not hidden
    record = show_row(view, BUNDLE)
    rule = {"kind": "no_bundle", "tracks": [tracks["Tariffs"], "gone", tracks["Energy"]], "max": 1}
    editor.show_red_line(replace(record, rule=rule))
    assert listed(editor.bundle_view)["A deleted track"] is True
    assert shown_problems(editor) == (
        "• A ticked track is no longer a track of this dossier (it was deleted?): untick it."
    )
    assert "a deleted track" in editor.words.text()
    tick(qtbot, editor.bundle_view, "A deleted track")
    assert shown_problems(editor) == ""
    assert editor.rule() == {"kind": "no_bundle", "tracks": [tracks["Tariffs"], tracks["Energy"]], "max": 1}
    assert editor.apply_button.isEnabled()


# --- undo, revert, and the rest of the form -------------------------------------------------


def test_applying_is_one_step_and_undo_restores_the_rule_shown(
    view: RedLinesView, editor: RuleEditor, qtbot, demo_store: Store, dossier_id: str, ws: Workspace
) -> None:
    before = written(demo_store, dossier_id)
    red_line = show_row(view, BUNDLE)
    old = stored_rule(demo_store, red_line)
    tick(qtbot, editor.bundle_view, "Shipbuilding")
    editor.bundle_max.setValue(3)
    apply(qtbot, editor)
    assert ws.undo_stack.count() == 1
    assert stored_rule(demo_store, red_line)["max"] == 3

    ws.undo_stack.undo()
    assert written(demo_store, dossier_id) == before
    assert stored_rule(demo_store, red_line) == old
    assert view.current_record().id == red_line.id
    assert editor.bundle_max.value() == 2
    assert [n for n, on in listed(editor.bundle_view).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert editor.words.text() == "A package may span at most 2 of Tariffs, Defense cost-sharing or Energy"
    assert not editor.apply_button.isEnabled()

    ws.undo_stack.redo()
    assert stored_rule(demo_store, red_line)["max"] == 3 and editor.bundle_max.value() == 3


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
    tick(qtbot, editor.bundle_view, "Shipbuilding")
    title: QLineEdit = view.form.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "No one-stop package")
    title.editingFinished.emit()
    stored = demo_store.get(model.RedLine, red_line.id)
    assert stored.title == "No one-stop package" and stored.rule == red_line.rule
    assert listed(editor.bundle_view)["Shipbuilding"] and editor.status_label.text() == "Not applied yet."

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
    first, second = (listed(v) for v in editor.group_views)
    assert [n for n, on in first.items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]
    assert not any(second.values())
    assert editor.words.text() == "No linkage between Tariffs, Defense cost-sharing or Energy and …"
    tick(qtbot, editor.group_views[0], "Energy")
    tick(qtbot, editor.group_views[1], "Energy")
    choose_kind(editor, "no_bundle")  # its own ticks were kept while away
    assert [n for n, on in listed(editor.bundle_view).items() if on] == ["Tariffs", "Energy", "Defense cost-sharing"]

    show_row(view, CARD)
    choose_kind(editor, "ceiling")  # the item is carried over; it has no figure, which is said
    assert editor.limit_item.currentText() == "Alaska LNG project (no figure)"
    assert "has no figure" in shown_problems(editor)


def test_the_lists_follow_the_tracks_and_keep_pending_edits(
    view: RedLinesView, editor: RuleEditor, qtbot, ws: Workspace, demo_store: Store, tracks, dossier_id: str
) -> None:
    show_row(view, MANUAL)
    choose_kind(editor, "no_bundle")
    tick(qtbot, editor.bundle_view, "Energy")
    tick(qtbot, editor.bundle_view, "Tariffs")
    energy = demo_store.get(model.Track, tracks["Energy"])
    new = model.Track(id="6d0f1c3e-2a8b-4c55-9e7a-000000000042", dossier_id=dossier_id, name="Semiconductors")
    ws.apply("Tracks", puts=[replace(energy, name="Power"), new])
    shown = listed(editor.bundle_view)
    assert shown["Power"] and shown["Tariffs"] and shown["Semiconductors"] is False
    assert editor.words.text() == "A package may span at most 1 of Power or Tariffs"
    assert editor.status_label.text() == "Not applied yet."
    assert list(listed(editor.group_views[0])) == list(shown)


def test_the_item_boxes_follow_the_agenda(
    view: RedLinesView, editor: RuleEditor, ws: Workspace, demo_store: Store, items
) -> None:
    show_row(view, CEILING)
    lng = demo_store.get(model.AgendaItem, items["Alaska LNG project"])
    ws.apply("Figure", puts=[replace(lng, figure_value=10.0, figure_unit="Mt")])
    assert editor.limit_item.findText("Alaska LNG project") >= 0  # no longer marked
    choose(editor.limit_item, "Alaska LNG project")
    assert editor.limit_figure.text() == "10 Mt" and shown_problems(editor) == ""


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
    qtmodeltester.check(editor.bundle_model)
    qtmodeltester.check(editor.limit_item.model())


# --- how it looks ---------------------------------------------------------------------------


@pytest.mark.parametrize(("row", "name"), [(LINKAGE, "no_linkage"), (CEILING, "ceiling"), (BUNDLE, "no_bundle")])
def test_a_screenshot(view: RedLinesView, editor: RuleEditor, qtbot, row: int, name: str) -> None:
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    show_row(view, row)
    if name == "no_bundle":
        editor.bundle_max.setValue(3)  # with its problem shown
    qtbot.wait(20)  # let the layouts settle, as a person would see them
    view.grab().save(f"/tmp/np/rule_editor_{name}.png")
    # the editor fits beside the table: nothing scrolls sideways, every control is wide enough
    scroll = view.details.widget(0)
    assert not scroll.horizontalScrollBar().isVisible()
    for widget in (editor.kind_combo, editor.apply_button, *editor.group_views):
        assert widget.width() >= widget.minimumSizeHint().width()
