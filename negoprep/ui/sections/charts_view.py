"""The Charts section: the dossier's charts embedded with matplotlib, redrawn as the data
changes, in the palette of the window, and saved as PNG or SVG.

matplotlib draws a chart in 100-400 ms (its text layout and glyphs, in Python), and builds a
chart of a large dossier in seconds: none of it happens on the GUI thread. A chart is read from
the store on a connection of its own, built and drawn on a thread of its own, and shown once
drawn (the window answers meanwhile); each later drawing (a new size, panning, zooming) is
made the same way by the canvas (`_canvas_class`), which shows the last picture until the new
one is ready. matplotlib is first imported on that thread too, never at start-up. A store in
memory (no second connection sees it) has its charts built and drawn on the GUI thread.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QShowEvent
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

from negoprep import live
from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.paper import charts
from negoprep.store.engine import sqlite
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.icons import icon
from negoprep.ui.operations import Background, reading
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


@dataclass(frozen=True)
class Picture:
    """A chart drawn by matplotlib's Agg renderer: its RGBA bytes, `width` × `height` device
    pixels, for a screen of `ratio` device pixels a pixel, at the figure's `dpi` then."""

    pixels: bytes
    width: int
    height: int
    ratio: float
    dpi: float

    def key(self) -> tuple[int, int, float]:
        return self.width, self.height, self.dpi * self.ratio

    def image(self) -> QImage:
        """The picture as a QImage (which reads `pixels`: keep the Picture while it is shown)."""
        image = QImage(self.pixels, self.width, self.height, QImage.Format.Format_RGBA8888)
        image.setDevicePixelRatio(self.ratio)
        return image


def draw_picture(figure: Any, width: float, height: float, ratio: float, dpi: float | None = None) -> Picture:
    """Draw `figure` at `width` × `height` (logical pixels) for a screen of `ratio` device
    pixels a pixel, at `dpi` a logical inch (the figure's own by default; a figure shown in
    matplotlib's Qt canvas has its dpi multiplied by the ratio already). Touches no Qt object:
    runs on any thread. The figure keeps that size, and its dpi as it was."""
    from matplotlib.backends.backend_agg import RendererAgg

    before = figure.dpi
    dpi = before if dpi is None else dpi
    figure.set_size_inches(max(width, 1) / dpi, max(height, 1) / dpi, forward=False)
    try:
        figure.set_dpi(dpi * ratio)  # (device pixels: a sharp picture on a high-density screen)
        w, h = (round(v) for v in figure.bbox.size)
        renderer = RendererAgg(w, h, figure.dpi)
        renderer.clear()
        figure.draw(renderer)
        pixels = bytes(renderer.buffer_rgba())
    finally:
        figure.set_dpi(before)
    return Picture(pixels, w, h, ratio, dpi)


@functools.cache
def _canvas_class(base: type) -> type:
    """matplotlib's Qt canvas, whose drawings are made on a thread of their own: the canvas
    shows its last picture (and the zoom rectangle over it) until the next one is drawn."""

    class ChartCanvas(base):
        def __init__(self, figure: Any, picture: Picture | None) -> None:
            super().__init__(figure)
            self.picture = picture
            self._image = picture.image() if picture is not None else None
            self._drawing: Background | None = None  # the drawing under way
            self._again = False  # asked to draw again while drawing: the figure changed since

        def _size_key(self, width: float, height: float) -> tuple[int, int, float]:
            ratio = self.device_pixel_ratio
            return round(width * ratio), round(height * ratio), self.figure.dpi

        def resizeEvent(self, event: QResizeEvent) -> None:
            # the figure takes the new size when it is drawn (draw_picture), on the thread that
            # draws it: matplotlib's own resizeEvent would change it here, under that drawing
            QWidget.resizeEvent(self, event)
            size = event.size()
            if self.picture is None or self.picture.key() != self._size_key(size.width(), size.height()):
                self.draw_idle()

        def mousePressEvent(self, event: QMouseEvent) -> None:
            # panning and zooming note where the axes are as a press or release finds them: the
            # drawing under way, which lays the axes out, ends first
            self.settle()
            super().mousePressEvent(event)

        def mouseReleaseEvent(self, event: QMouseEvent) -> None:
            self.settle()
            super().mouseReleaseEvent(event)

        def draw(self) -> None:
            """Draw the figure again as it is now, off the GUI thread."""
            if self._drawing is not None:
                self._again = True
                return
            ratio = self.device_pixel_ratio
            figure, size = self.figure, (self.width(), self.height(), ratio, self.figure.dpi / ratio)
            self._drawing = Background(lambda: draw_picture(figure, *size), self, self._drawn, lane="draw")

        @property
        def drawing(self) -> bool:
            """Whether a drawing is under way."""
            return self._drawing is not None

        def settle(self) -> None:
            """Wait for the drawing under way and show it (for pictures and tests)."""
            while self._drawing is not None:
                self._drawing.settle()

        def _drawn(self, outcome: Picture | Exception) -> None:
            self._drawing = None
            if isinstance(outcome, Exception):
                raise outcome  # a defect: the app's handler of uncaught errors takes it
            self.picture, self._image = outcome, outcome.image()
            self.update()
            if self._again:
                self._again = False
                self.draw()

        def paintEvent(self, event: QPaintEvent) -> None:
            self._draw_idle()  # (starts a drawing when one was asked for)
            painter = QPainter(self)
            try:
                painter.eraseRect(event.rect())
                if self._image is not None:
                    # (the last picture, stretched to a new size until it is drawn at that size)
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                    painter.drawImage(self.rect(), self._image)
                self._draw_rect_callback(painter)  # the zoom rectangle being dragged
            finally:
                painter.end()

    return ChartCanvas


@dataclass
class _Chart:
    """A chart built and drawn for the view: its figure, its picture and what to say of its
    characters that no font has."""

    figure: Any
    picture: Picture
    note: str


def _chart(kind: str, store: Store, dossier_id: str, dark: bool, family: str, size: tuple[int, int, float]) -> _Chart:
    """Build a chart from `store` and draw it at `size` (width, height, pixel ratio). Touches
    no Qt object."""
    import matplotlib.backends.backend_qtagg  # noqa: F401 - (here, off the GUI thread: see _show)

    figure = charts.build(kind, store, dossier_id, dark=dark, font_family=family)
    picture = draw_picture(figure, *size)
    return _Chart(figure, picture, "\n".join(charts.font_warnings(figure)))


class ChartsView(QWidget):
    """A list of charts beside the chart chosen, with matplotlib's navigation toolbar."""

    #: the height of that toolbar (measured once one is made): the first chart is drawn at
    #: the size left below it
    toolbar_height = 39

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
        self.canvas: Any = None
        self.toolbar: Any = None
        # said where the chart goes while its first drawing is made
        self.drawing_label = QLabel()  # (its text: see _show)
        self.drawing_label.setObjectName("chart_drawing")
        self.drawing_label.setWordWrap(True)
        self.drawing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.drawing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holder_layout.addWidget(self.drawing_label, 1)
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
        self._generation = 0  # the chart whose building is awaited
        self._building: Background | None = None  # the last building begun
        self._canvas_size: tuple[int, int] | None = None  # (see _size)
        self._saving: Background | None = None  # the saving under way
        self.kinds.currentRowChanged.connect(lambda _: self.redraw())
        workspace.changed.connect(self._changed)
        # (a method, not a lambda: Qt forgets a method's connection when its view is deleted)
        workspace.dossier_changed.connect(self._dossier_changed)
        self.kinds.setCurrentRow(0)

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else charts.KINDS[0]

    def list_state(self) -> str:
        """The chart chosen, for `show_list_state` on a view built again (a new language)."""
        return self.kind()

    def show_list_state(self, kind: str) -> None:
        """Choose the chart `list_state` said another view had chosen."""
        if kind in charts.KINDS:
            self.kinds.setCurrentRow(charts.KINDS.index(kind))

    def _dossier_changed(self, _dossier_id: str | None) -> None:
        self._changed(None)

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

    def _size(self) -> tuple[int, int, float]:
        """Where the chart will be drawn: the canvas's size (the last canvas's, between two),
        or (before the first) the holder's less the toolbar's; with the screen's pixel ratio."""
        if self.canvas is not None:
            self._canvas_size = self.canvas.width(), self.canvas.height()
        elif self._canvas_size is None or self._canvas_size[0] != self.holder.width():
            below = self.holder.height() - (self.toolbar_height + self.holder_layout.spacing())
            self._canvas_size = self.holder.width(), max(below, 100)
        return *self._canvas_size, self.devicePixelRatioF()

    def redraw(self) -> None:
        """Build the chosen chart again from the store, in the window's palette and font, and
        show it once it is drawn (off the GUI thread: see the module's docstring)."""
        self._generation += 1  # a chart being built for an earlier request is out of date
        if self._building is not None:
            self._building.drop()  # (not built at all when it has not begun)
        self._building = None
        if not self.isVisible():
            self._stale = True  # drawn when shown, laid out: at the size it is shown at
            return
        dossier_id = self.workspace.dossier_id
        kind = self.kind()
        if dossier_id is None:
            self._show(None)
            return
        if self.canvas is not None and getattr(self.canvas, "kind", None) != kind:
            self._show(None)  # another chart: not the last one under a new title meanwhile
        store = self.workspace.store
        dark, family, size = self._dark(), self.font().family(), self._size()
        if store.path is None:  # (no second connection sees a store in memory)
            self._show(_chart(kind, store, dossier_id, dark, family, size), kind)
            return
        generation = self._generation
        self._building = Background(
            reading(store, lambda reader: _chart(kind, reader, dossier_id, dark, family, size)),
            self,
            lambda outcome: self._built(generation, kind, outcome),
            lane="draw",
        )

    @property
    def drawing(self) -> bool:
        """Whether a chart is being built or drawn, to be shown once done."""
        return self._building is not None or (self.canvas is not None and self.canvas.drawing)

    def settle(self) -> None:
        """Wait for the chart being built and drawn, and show it (for pictures and tests)."""
        while self._building is not None:
            self._building.settle()
        if self.canvas is not None:
            self.canvas.settle()

    def _built(self, generation: int, kind: str, result: _Chart | Exception) -> None:
        """Show a chart built (one built for an earlier request is dropped: a newer follows)."""
        if generation != self._generation:
            return
        self._building = None
        if isinstance(result, Exception):
            if not isinstance(result, (NegoprepError, sqlite.Error)):
                raise result  # a defect: the app's handler of uncaught errors takes it
            # the file could not be read a second time (moved away, replaced, damaged): said
            # where the chart goes (built here instead, it froze the window for up to a second)
            self._show(None)
            said = translate("ChartsView", "The chart could not be drawn: {problem}")
            self.drawing_label.setText(said.format(problem=result))
            return
        self._show(result, kind)

    def _show(self, chart: _Chart | None, kind: str = "") -> None:
        """Put a chart drawn in the holder, in place of the one there (None: none, and say
        that one is being drawn)."""
        if self.canvas is not None:
            self._size()  # (kept for the next chart)
        for widget in (self.toolbar, self.canvas):
            if widget is not None:
                self.holder_layout.removeWidget(widget)
                widget.deleteLater()
        self.canvas = self.toolbar = None
        self.drawing_label.setText(translate("ChartsView", "Drawing the chart…"))
        self.drawing_label.setVisible(chart is None and self.workspace.dossier_id is not None)
        if chart is None:
            self.font_note.hide()
            return
        # (imported by the thread that built the chart: a module defines classes, makes no widget)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT

        self.font_note.setText(chart.note)
        self.font_note.setVisible(bool(chart.note))
        self.canvas = _canvas_class(FigureCanvasQTAgg)(chart.figure, chart.picture)
        self.canvas.kind = kind
        self.canvas.setAccessibleName(translate("ChartsView", "Chart: {title}").format(title=charts.TITLES[kind]))
        self.toolbar = _toolbar_class(NavigationToolbar2QT)(self.canvas, self.holder, self.save_chart)
        self.holder_layout.addWidget(self.toolbar)
        self.holder_layout.addWidget(self.canvas, 1)
        ChartsView.toolbar_height = self.toolbar.sizeHint().height()

    def save_chart(self) -> None:
        """Ask where, then build the chart in the light palette and save it there, off the GUI
        thread (a PNG of a chart takes longer than its drawing); a failure is said."""
        folder = self.workspace.store.path.parent if self.workspace.store.path else Path.home()
        path, chosen = file_dialogs.save_file_name(
            self,
            translate("ChartsView", "Save the chart"),
            folder / f"{self.kind()}.png",
            translate("ChartsView", "PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        dossier_id = self.workspace.dossier_id
        if not path or dossier_id is None or self._saving is not None:
            return
        target = Path(path)
        if not target.suffix:  # (a name typed without one: the kind of file chosen in the dialog)
            target = target.with_name(target.name + (".svg" if "*.svg" in (chosen or "") else ".png"))
        problem = live.unwritable(target)
        if problem is not None:
            QMessageBox.warning(self, translate("ChartsView", "The chart was not saved"), problem)
            return
        store, kind = self.workspace.store, self.kind()
        if store.path is None:  # (no second connection sees a store in memory)
            self._report_saved(_save(kind, store, dossier_id, target))
            return
        self.save_button.setEnabled(False)
        work = reading(store, lambda reader: _save(kind, reader, dossier_id, target))
        self._saving = Background(work, self, self._saved, lane="draw")

    def settle_saving(self) -> None:
        """Wait for the chart being saved (for tests)."""
        if self._saving is not None:
            self._saving.settle()

    def _saved(self, error: Exception | None) -> None:
        self._saving = None
        self.save_button.setEnabled(True)
        self._report_saved(error)

    def _report_saved(self, error: Exception | None) -> None:
        if error is None:
            return
        if not isinstance(error, (OSError, ValueError, NegoprepError, sqlite.Error)):
            raise error  # a defect: the app's handler of uncaught errors takes it
        QMessageBox.warning(self, translate("ChartsView", "The chart was not saved"), str(error))


def _save(kind: str, store: Store, dossier_id: str, target: Path) -> Exception | None:
    """Build a chart in the light palette and save it to `target`: None, or the error that
    stopped it (a clear one for the person: a refused file, a full disk)."""
    try:
        charts.save(charts.build(kind, store, dossier_id, dark=False), target)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return OSError(translate("ChartsView", "cannot write {file}: {reason}").format(file=target, reason=reason))
    except (ValueError, NegoprepError) as exc:
        return exc
    return None
