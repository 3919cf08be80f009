"""Tab goes through every form in the order a person reads it: each field is followed by the
next one below it, or to its right on the same row — in every section's form and in the
dialogs that hold forms. The order is compared with where the fields are on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.checklists_view import ChecklistsView
from negoprep.ui.sections.delegation_view import DelegationView
from negoprep.ui.sections.figures_view import FiguresView
from negoprep.ui.sections.notes_view import NotesView
from negoprep.ui.sections.overview_view import OverviewView, TracksView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.tab_order import takes_tab
from negoprep.ui.workspace import Workspace

SECTION_VIEWS = (
    AgendaView,
    TalkingPointsView,
    RedLinesView,
    PackagesView,
    ChecklistsView,
    FiguresView,
    NotesView,
    DelegationView,
    TracksView,
)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under `root` Tab stops at now (as Qt chooses them: shown, enabled, taking
    Tab focus, no focus proxy)."""
    return [w for w in root.findChildren(QWidget) if takes_tab(w) and w.isVisible() and w.isEnabled()]


def place(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def reading(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    """Widgets in reading order by where they are: rows top to bottom (a widget whose middle
    is above the bottom of the row so far is on that row), each row left to right."""
    placed = sorted(((place(w, root), w) for w in widgets), key=lambda p: (p[0].top(), p[0].left()))
    rows: list[list[tuple[QRect, QWidget]]] = []
    bottom = -1
    for rect, widget in placed:
        if rows and rect.center().y() < bottom:
            rows[-1].append((rect, widget))
            bottom = max(bottom, rect.bottom())
        else:
            rows.append([(rect, widget)])
            bottom = rect.bottom()
    return [w for row in rows for _, w in sorted(row, key=lambda p: p[0].left())]


def chain(start: QWidget, among: list[QWidget]) -> list[QWidget]:
    """Where Tab goes from `start`, one stop after the other, as far as it stays among `among`."""
    wanted = set(among)
    out = [start]
    widget = start.nextInFocusChain()
    while widget is not start and len(out) < len(among):
        if widget in wanted:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def assert_tab_follows_reading(root: QWidget) -> None:
    stops = tab_stops(root)
    assert len(stops) >= 2
    expected = reading(stops, root)
    got = chain(expected[0], stops)
    assert [name(w) for w in got] == [name(w) for w in expected]


def show(qtbot, widget: QWidget, size: tuple[int, int] = (1366, 900)) -> None:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.mark.parametrize("view_type", SECTION_VIEWS, ids=lambda v: v.__name__)
def test_tab_follows_the_reading_order_of_every_sections_form(qtbot, ws: Workspace, view_type) -> None:
    view = view_type(ws)
    show(qtbot, view)
    assert view.model.rowCount() > 0
    view._select_row(0)
    page = view.form.parentWidget()
    assert_tab_follows_reading(page)


@pytest.mark.parametrize("kind", ["no_linkage", "ceiling", "no_bundle", "not_a_card"])
def test_tab_follows_the_reading_order_of_the_rule_editor(qtbot, ws: Workspace, kind: str) -> None:
    view = RedLinesView(ws)
    show(qtbot, view)
    view._select_row(0)
    editor = view.rule_editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(kind))
    qtbot.wait(1)
    assert_tab_follows_reading(view.form.parentWidget())


def test_tab_follows_the_reading_order_of_the_dossier_form(qtbot, ws: Workspace) -> None:
    view = OverviewView(ws)
    show(qtbot, view)
    assert_tab_follows_reading(view.form.parentWidget().parentWidget())


def test_from_interests_tab_goes_down_the_mandate_ladder(qtbot, ws: Workspace, demo_store: Store) -> None:
    view = AgendaView(ws)
    show(qtbot, view)
    view.select(demo_store.content(ws.dossier_id).agenda_items[0].id)
    form = view.form
    interests = form.widgets["interests"]
    interests.activateWindow()
    interests.setFocus()
    qtbot.waitUntil(interests.hasFocus)
    visited = []
    for _ in range(15):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # their interests and the objective criteria read beside ours, before the ladder
    ladder = [f for step in model.LADDER for f in (step, f"{step}_approved_by", f"{step}_score")]
    names = ["their_interests", "criteria", *ladder, "priority"]
    assert visited == [form.widgets[n] for n in names]


def dialogs(ws: Workspace, tmp_path: Path) -> list[QWidget]:
    from negoprep.formats import templates
    from negoprep.ui.dialogs.export_dialog import ExportDialog
    from negoprep.ui.dialogs.offers_dialog import OffersDialog
    from negoprep.ui.dialogs.passphrase_dialog import PassphraseDialog
    from negoprep.ui.dialogs.print_preview import PrinterChoice
    from negoprep.ui.dialogs.release_policy import ReleasePolicyDialog
    from negoprep.ui.sections.checklists_view import TemplateDialog

    dossier = ws.store.get(model.Dossier, ws.dossier_id)
    return [
        OffersDialog(ws),
        ExportDialog(ws.store, ws.dossier_id),
        TemplateDialog(templates.list_templates(), 3),
        ReleasePolicyDialog(dossier),
        PrinterChoice(["Office", "Secure room"], "Office"),
        PassphraseDialog(tmp_path / "shared.db"),
    ]


@pytest.mark.parametrize("number", range(6))
def test_tab_follows_the_reading_order_of_dialogs_with_forms(qtbot, ws: Workspace, tmp_path: Path, number: int) -> None:
    dialog = dialogs(ws, tmp_path)[number]
    show(qtbot, dialog, (640, 560))
    assert_tab_follows_reading(dialog)


def test_a_prose_box_hands_tab_on(qtbot, ws: Workspace) -> None:
    view = AgendaView(ws)
    show(qtbot, view)
    for widget in view.form.widgets.values():
        if isinstance(widget, QPlainTextEdit):
            assert widget.tabChangesFocus()
