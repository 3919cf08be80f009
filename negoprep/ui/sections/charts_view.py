"""The Charts section: the dossier's charts embedded with matplotlib, redrawn as the data
changes, in the palette of the window, and saved as PNG or SVG.

matplotlib is imported when this section is first shown, never at start-up.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.paper import charts
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.icons import icon
from negoprep.ui.sections.section_view import offstage
from negoprep.ui.workspace import Workspace

#: the tables each chart shows: a change to one of them redraws it
_SOURCES = {
    "priority-matrix": {"agenda_items", "tracks"},
    "readiness": {"checklist_items", "checklists", "participants", "agenda_items", "tracks"},
    "packages": {
        "packages",
        "package_items",
        "agenda_items",
        "red_lines",
        "tracks",
        "constituencies",
        "constituency_demands",
    },
    "figures": {"figures"},
    "status": {"agenda_items"},
    "offers": {"offers", "rounds", "packages", "package_items", "agenda_items"},
    "frontier": {
        "packages",
        "package_items",
        "agenda_items",
        "red_lines",
        "tracks",
        "offers",
        "rounds",
        "constituencies",
        "constituency_demands",
    },
    "sensitivity": {"packages", "package_items", "agenda_items", "red_lines", "tracks"},
}


@functools.cache
def _toolbar_class(base: type) -> type:
    """matplotlib's chart toolbar, whose Save button asks through negoprep's own file dialog
    (matplotlib's would open Qt's, which reads the files it lists: see ui.file_dialogs)."""

    class ChartToolbar(base):
        def __init__(self, canvas, parent, save) -> None:
            self._save = save
            # matplotlib's words are English only: the tools a delegate needs, in their language;
            # its dialogs for axes and margins (all English, and for programmers) are left out
            # the first of each is matplotlib's name of the tool (it makes "Pan" and "Zoom" toggles)
            pan = translate("ChartsView", "Move the chart (left button) or zoom (right button)")
            zoom = translate("ChartsView", "Zoom into a rectangle")
            save = translate("ChartsView", "Save the chart as PNG or SVG")
            self.toolitems = [
                ("Home", translate("ChartsView", "Back to the whole chart"), "home", "home"),  # untranslated: a name
                ("Back", translate("ChartsView", "Previous view"), "back", "back"),  # untranslated: a name
                ("Forward", translate("ChartsView", "Next view"), "forward", "forward"),  # untranslated: a name
                (None, None, None, None),
                ("Pan", pan, "move", "pan"),  # untranslated: a name
                ("Zoom", zoom, "zoom_to_rect", "zoom"),  # untranslated: a name
                (None, None, None, None),
                ("Save", save, "filesave", "save_figure"),  # untranslated: a name
            ]  # fmt: skip
            super().__init__(canvas, parent, coordinates=False)
            for action in self.actions():
                if action.toolTip():
                    action.setText(action.toolTip())  # what a screen reader says: the tip, not matplotlib's name

        def save_figure(self, *args) -> None:
            self._save()

    return ChartToolbar


class ChartsView(QWidget):
    """A list of charts beside the chart chosen, with matplotlib's navigation toolbar."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self.workspace = workspace
        self.kinds = QListWidget(objectName="chart_kinds")
        self.kinds.setAccessibleName(translate("ChartsView", "Charts"))
        self.kinds.setFixedWidth(280)
        self.kinds.setWordWrap(True)
        for kind in charts.KINDS:
            item = QListWidgetItem(charts.TITLES[kind])
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(charts.TITLES[kind])
            self.kinds.addItem(item)
        self.save_button = QPushButton(icon("save-copy"), translate("ChartsView", "Save as PNG or SVG…"))
        self.save_button.setToolTip(translate("ChartsView", "Save this chart as a picture (PNG) or a drawing (SVG)"))
        self.save_button.clicked.connect(self.save_chart)
        # the canvas and its toolbar are made anew for each chart built (a matplotlib figure
        # belongs to one canvas): they live in this holder
        self.holder = QWidget()
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.toolbar = None
        # the characters of the chart that no installed font has (drawn as boxes), in words
        self.font_note = QLabel(objectName="chart_font_note", wordWrap=True)
        self.font_note.setTextFormat(Qt.TextFormat.PlainText)
        self.font_note.hide()

        right = QVBoxLayout()
        right.addWidget(self.holder, 1)
        right.addWidget(self.font_note)
        right.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)

        self._stale = False
        self.kinds.currentRowChanged.connect(lambda _: self.redraw())
        workspace.changed.connect(self._changed)
        workspace.dossier_changed.connect(lambda _: self._changed(None))
        self.kinds.setCurrentRow(0)

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else charts.KINDS[0]

    def _changed(self, tables: frozenset[str] | None) -> None:
        if tables is not None and not tables & _SOURCES[self.kind()]:
            return
        if offstage(self):
            self._stale = True  # redrawn when shown
        else:
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.redraw()
        super().showEvent(event)

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def redraw(self) -> None:
        """Build the chosen chart again from the store, in the window's palette and font."""
        # imported here, when a chart is first drawn: matplotlib costs half a second
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT

        dossier_id = self.workspace.dossier_id
        for widget in (self.toolbar, self.canvas):
            if widget is not None:
                self.holder_layout.removeWidget(widget)
                widget.deleteLater()
        self.canvas = self.toolbar = None
        if dossier_id is None:
            self.font_note.hide()
            return
        figure = charts.build(self.kind(), self.workspace.store, dossier_id, dark=self._dark(),
                              font_family=self.font().family())  # fmt: skip
        note = "\n".join(charts.font_warnings(figure))
        self.font_note.setText(note)
        self.font_note.setVisible(bool(note))
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setAccessibleName(
            translate("ChartsView", "Chart: {title}").format(title=charts.TITLES[self.kind()])
        )
        self.toolbar = _toolbar_class(NavigationToolbar2QT)(self.canvas, self.holder, self.save_chart)
        self.holder_layout.addWidget(self.toolbar)
        self.holder_layout.addWidget(self.canvas, 1)
        self.canvas.draw_idle()

    def save_chart(self) -> None:
        folder = self.workspace.store.path.parent if self.workspace.store.path else Path.home()
        path, _ = file_dialogs.save_file_name(
            self,
            translate("ChartsView", "Save the chart"),
            folder / f"{self.kind()}.png",
            translate("ChartsView", "PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        dossier_id = self.workspace.dossier_id
        if dossier_id is None:
            return
        try:
            figure = charts.build(self.kind(), self.workspace.store, dossier_id, dark=False)
            charts.save(figure, Path(path))
        except (OSError, ValueError, NegoprepError) as exc:
            QMessageBox.warning(self, translate("ChartsView", "The chart was not saved"), str(exc))
