"""The print engine: lays any HTML out on marked pages, to a PDF file or through the print dialog.

Every page carries the dossier's classification centred at the top and the bottom, the
dossier title and the printed date in the header, and "Page X of Y" (and "Copy k of N" for
numbered copies) in the footer. The body is a QTextDocument laid out to the page's width, so
text wraps instead of being clipped; the font is the application's with a CJK fallback so
Korean prints, and characters that no installed font has are reported, never silently lost.

Printing from the app is two steps: making the printout (negoprep.paper.printout.make_printout,
the slow part, a plain function of a store that may run off the GUI thread) and showing it in
the preview (`show_preview`), from which it is printed or saved as PDF (painted here, on the
GUI thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLoggingCategory, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from negoprep import filenames, live, tempfiles
from negoprep.echo import echoed
from negoprep.fonts import CJK_FAMILIES, FALLBACK_FAMILIES, TEXT_FAMILIES, drawn
from negoprep.i18n import format_date, format_number, translate
from negoprep.paper.printout import Copies, Paper, Printout, make_printout
from negoprep.records import model
from negoprep.ui.pagination import keep_headings_with_next

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

    from negoprep.store.store import Store
    from negoprep.ui.dialogs.print_preview import PrintPreview

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
BODY_POINTS = 10.0
RESOLUTION = 300  # dots per inch of the PDF's layout: fine enough for text, quick to lay out
_MM = 25.4

# margins in millimetres: the header and footer bands live inside the top and bottom ones
_SIDE, _TOP, _BOTTOM = 18.0, 26.0, 24.0

_app: QGuiApplication | None = None  # kept alive when this module had to create it


@dataclass
class PrintResult:
    """What a printout came to: the pages of one copy, how many copies (each a complete set
    of those pages), and the characters no font could show."""

    pages: int
    missing: list[str] = field(default_factory=list)
    copies: int = 1

    @property
    def warnings(self) -> list[str]:
        if not self.missing:
            return []
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.missing[:20])
        more = ""
        if len(self.missing) > 20:
            more = translate("Printing", " and {n} more").format(n=format_number(len(self.missing) - 20))
        return [
            translate("Printing", "no installed font has these characters, they print as boxes: {chars}").format(
                chars=shown + more
            )
        ]


def _ensure_app() -> None:
    global _app
    # Qt's font database warns once per character of a script its shaper lacks: the one line
    # negoprep says of characters without a font (PrintResult.missing) is what a person reads
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    if QGuiApplication.instance() is None:
        # a widgets application: a window or dialog opened later in the same process needs one
        from PySide6.QtWidgets import QApplication

        _app = QApplication([])


def print_font() -> QFont:
    """The application font family followed by the installed CJK fallbacks."""
    base = QGuiApplication.font()
    # the real family behind an alias such as "Sans Serif": in a family list Qt skips an alias
    # and would take the CJK font for everything (whose digits PDF readers cannot extract)
    first = QFontInfo(base).family() or base.family()
    if first in CJK_FAMILIES or "CJK" in first:
        first = next((family for family in TEXT_FAMILIES if QFontDatabase.hasFamily(family)), first)
    families = [first] + [f for f in FALLBACK_FAMILIES if f != first and QFontDatabase.hasFamily(f)]
    font = QFont(base)
    font.setFamilies(families)
    font.setPointSizeF(BODY_POINTS)
    # no "ﬀ"/"ﬁ" ligatures: text searched or copied from the PDF must read "tariff", not "tariﬀ"
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def missing_characters(text: str, font: QFont) -> list[str]:
    """The characters of `text` that neither the font's families nor any installed font has."""
    wanted = drawn(text)
    first = [QFontMetrics(QFont(family)) for family in font.families()]
    others: list[QFontMetrics] | None = None
    missing = []
    for ch in wanted:
        code = ord(ch)
        if any(m.inFontUcs4(code) for m in first):
            continue
        if others is None:  # only looked at when the first choices lack something
            others = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
        if not any(m.inFontUcs4(code) for m in others):
            missing.append(ch)
    return missing


class _Layout:
    """The page, body, header and footer rectangles of a device, in its pixels."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        dpi = device.resolution()
        self.page = device.pageLayout().fullRectPixels(dpi).toRectF()
        px = dpi / _MM
        self.body = self.page.adjusted(_SIDE * px, _TOP * px, -_SIDE * px, -_BOTTOM * px)
        self.px = px


def _document(html: str, font: QFont, device: QPagedPaintDevice, layout: _Layout) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # points resolve against the printer's dots
    doc.setDefaultFont(font)
    option = QTextOption()
    # a long word (an address, a reference) breaks anywhere rather than running off the page
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(layout.body.width(), layout.body.height()))
    keep_headings_with_next(doc)  # no heading alone at the foot of a page
    return doc


def one_line(text: str) -> str:
    """`text` as one line for a page's header or footer: line breaks, tabs and runs of white
    space (Unicode's line and paragraph separators too) become one space, ends trimmed."""
    return " ".join(text.split())


def _decorate(
    painter: QPainter,
    layout: _Layout,
    font: QFont,
    *,
    title: str,
    classification: str,
    copy_mark: str | None,
    page: int,
    pages: int,
    printed: str,
) -> None:
    px, page_rect, body = layout.px, layout.page, layout.body
    small = QFont(font)
    small.setPointSizeF(8.5)
    marking = QFont(font)
    marking.setPointSizeF(10.0)
    marking.setBold(True)
    line_h = QFontMetrics(small, painter.device()).height()
    mark_h = QFontMetrics(marking, painter.device()).height()
    left, width = body.left(), body.width()
    # a header is one line: a title or marking typed with line breaks would otherwise print as
    # lines stacked in the height of one
    title, classification = one_line(title), one_line(classification)

    if classification:
        painter.setFont(marking)
        top = QRectF(left, page_rect.top() + 7 * px, width, mark_h)
        bottom = QRectF(left, page_rect.bottom() - 7 * px - mark_h, width, mark_h)
        shown = QFontMetrics(marking, painter.device()).elidedText(
            classification, Qt.TextElideMode.ElideRight, int(width)
        )
        for rect in (top, bottom):
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

    painter.setFont(small)
    metrics = QFontMetrics(small, painter.device())
    date_text = translate("Printing", "Printed {date}").format(date=printed)
    head = QRectF(left, body.top() - 4 * px - line_h, width, line_h)
    room = int(width - metrics.horizontalAdvance(date_text) - 6 * px)
    painter.drawText(
        head,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
    )
    painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)

    foot = QRectF(left, body.bottom() + 4 * px, width, line_h)
    if copy_mark:
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, copy_mark)
    page_text = translate("Printing", "Page {page} of {pages}").format(
        page=format_number(page), pages=format_number(pages)
    )
    painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)

    painter.setPen(QPen(Qt.GlobalColor.darkGray, max(1.0, 0.2 * px)))
    rule_top = body.top() - 2 * px
    rule_bottom = body.bottom() + 2 * px
    painter.drawLine(QPointF(left, rule_top), QPointF(body.right(), rule_top))
    painter.drawLine(QPointF(left, rule_bottom), QPointF(body.right(), rule_bottom))
    painter.setPen(QPen(Qt.GlobalColor.black))


def _copies(copies: Copies | None, copy_number: int | None) -> Copies:
    # `copy_number` is the command line's --copy: one copy, numbered, of a run it does not know
    if copies is not None:
        return copies
    return Copies(first=copy_number, of_total=False) if copy_number is not None else Copies()


def paint_pages(
    device: QPagedPaintDevice,
    html: str,
    *,
    title: str,
    classification: str = "",
    copy_number: int | None = None,
    copies: Copies | None = None,
    printed: str | None = None,
) -> PrintResult:
    """Lay `html` out on the device's pages (a QPdfWriter or a QPrinter), marking each page.

    `copies` prints that many complete sets one after another, each numbered in its footers
    when they are numbered ("Copy 2 of 3"), its pages counted from 1; `copy_number` alone is
    one copy marked "Copy N". The device's own copy count is left at one. Raises OSError when
    the device cannot be painted on."""
    _ensure_app()
    run = _copies(copies, copy_number)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # our own margins
    layout = _Layout(device)
    font = print_font()
    doc = _document(html, font, device, layout)
    pages = max(1, doc.pageCount())
    printed = format_date(printed or date.today())  # an ISO date as the locale writes it
    missing = missing_characters(doc.toPlainText() + one_line(title) + one_line(classification), font)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Printing", "cannot start printing (is the file writable?)"))
    try:
        height = layout.body.height()
        first = True
        for mark in run.marks():
            for index in range(pages):
                if not first:
                    device.newPage()
                first = False
                _decorate(
                    painter,
                    layout,
                    font,
                    title=title,
                    classification=classification,
                    copy_mark=mark,
                    page=index + 1,
                    pages=pages,
                    printed=printed,
                )
                painter.save()
                painter.translate(layout.body.left(), layout.body.top() - index * height)
                doc.drawContents(painter, QRectF(0, index * height, layout.body.width(), height))
                painter.restore()
    finally:
        painter.end()
    return PrintResult(pages=pages, missing=missing, copies=run.count)


def render_pdf(
    html: str,
    out_path: Path | str,
    *,
    title: str,
    classification: str = "",
    copy_number: int | None = None,
    copies: Copies | None = None,
    page_size: str = "A4",
    printed: str | None = None,
) -> PrintResult:
    """Print `html` to the PDF file `out_path`; the result lists any characters no font has.
    `copies` and `copy_number` as for `paint_pages`: numbered copies go into this one file,
    one complete set after another.

    The PDF is written under a temporary name beside it and renamed when whole: a printing cut
    off half-way leaves no half-written PDF under the real name (and the next negoprep program
    removes the temporary one)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(
            translate("Printing", "page size must be one of {sizes}, not {size!r}").format(
                sizes=", ".join(PAGE_SIZES), size=page_size
            )
        )
    live.refuse_output(out_path, "print to")  # untranslated: a verb inside live.py's own message
    target = Path(out_path)
    partial = filenames.partial_path(target, str(os.getpid()))  # (fits beside a long name)
    _ensure_app()
    with tempfiles.register(partial):
        try:
            writer = QPdfWriter(str(partial))
            writer.setResolution(RESOLUTION)
            writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
            writer.setTitle(one_line(title))
            writer.setCreator("negoprep")
            result = paint_pages(
                writer,
                html,
                title=title,
                classification=classification,
                copy_number=copy_number,
                copies=copies,
                printed=printed,
            )
            del writer
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return result


def pdf_folder(window: QWidget | None) -> Path:
    """The folder a PDF is offered in: where the last one was saved (Settings), else the open
    store's folder, else the home folder."""
    settings = getattr(window, "settings", None)
    remembered = settings.pdf_folder() if settings is not None else None
    if remembered is not None and remembered.is_dir():
        return remembered
    workspace = getattr(window, "workspace", None)
    store_path = workspace.store.path if workspace is not None else None
    return store_path.parent if store_path else Path.home()


def show_preview(
    window: QWidget | None,
    printout: Printout,
    *,
    remake: Callable[[], Printout] | None = None,
    run: bool = True,
    release_of: tuple[Any, str] | None = None,  # (a Workspace: not imported, see mypy's exclude)
    printed: Callable[[], None] | None = None,
) -> PrintPreview:
    """The print preview of a made `printout` (negoprep.paper.printout), from which it is
    printed or saved as PDF in the copies set there; shown when `run`. This is the quick part
    of printing, on the GUI thread: the pages are painted from the printout's HTML.

    A release copy (`release_of`: the workspace and the dossier's id) shows above the pages
    what the dossier's release policy withholds, with a way to change it; the printout is then
    made anew by `remake` and the pages drawn anew. A PDF is offered in `pdf_folder` under the
    printout's own file name; once saved, its folder is remembered and `window` says where it
    went (`announce_saved`). `printed` is called once it went to a printer or a PDF."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QBoxLayout

    from negoprep.ui.dialogs.print_preview import PrintPreview

    current = [printout]  # made anew when the release policy changes
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the page's corner is the origin: the engine keeps its own margins
    printer.setDocName(printout.title)

    def paint(device: QPrinter, copies: Copies) -> None:
        made = current[0]
        paint_pages(device, made.html, title=made.title, classification=made.classification, copies=copies)
        if device is not printer and printed is not None:  # (the preview paints on `printer`)
            printed()

    def save_pdf(target: Path, copies: Copies) -> None:
        made = current[0]
        render_pdf(made.html, target, title=made.title, classification=made.classification, copies=copies)
        if printed is not None:
            printed()

    def suggested(copies: Copies) -> Path:
        return pdf_folder(window) / current[0].file_name(copies)

    dialog = PrintPreview(printer, window, paint, save_pdf, suggested)
    dialog.setWindowTitle(translate("Printing", "Print — {title}").format(title=echoed(printout.title)))
    dialog.setAccessibleName(translate("Printing", "Print preview"))
    dialog.saved.connect(lambda path: announce_saved(window, path, current[0].paper))
    if release_of is not None:
        from negoprep.ui.dialogs.release_policy import ReleasePolicyBar

        workspace, dossier_id = release_of
        bar = ReleasePolicyBar(workspace.store, dossier_id, workspace.apply, dialog)
        bar.setContentsMargins(8, 4, 8, 4)

        def policy_changed() -> None:
            if remake is not None:
                current[0] = remake()
            if dialog.preview is not None:
                dialog.preview.updatePreview()

        bar.changed.connect(policy_changed)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, bar)
        dialog.release_bar = bar  # type: ignore[attr-defined]
    if run:
        dialog.exec()
    return dialog


def announce_saved(window: QWidget | None, path: Path, paper: Paper) -> QMessageBox:
    """Say where a PDF went: in `window`'s status bar (the full path) and in a message with
    "Open folder"; remember its folder for the next PDF (Settings). Returns the message, shown
    without waiting (it closes itself)."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    path = path.resolve()
    settings = getattr(window, "settings", None)
    if settings is not None:
        settings.remember_pdf_folder(path.parent)
    text = translate("Printing", "Saved the {paper} as {path}").format(paper=paper.name(), path=path)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 30_000)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Printing", "Saved as PDF"), text, parent=window)
    box.setObjectName("pdf_saved_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_button = box.addButton(translate("Printing", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.setObjectName("open_folder_button")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    open_button.clicked.connect(lambda: open_folder(window, path.parent))
    box.open()
    return box


def open_folder(window: QWidget | None, folder: Path) -> bool:
    """Show `folder` in the desktop's file manager (a program of its own: nothing here reads
    the folder's files); says so in `window`'s status bar when it cannot."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMainWindow

    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not opened and isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            translate("Printing", "Cannot open the folder {folder}: no file manager answered").format(folder=folder),
            30_000,
        )
    return opened


def print_paper(window: QMainWindow, paper: Paper, *, run: bool = True) -> PrintPreview | None:
    """File → Print …: `paper` of the open dossier in a print preview; None when no dossier
    is open. Made in two steps: `make_printout` (the slow part, a plain function of the store),
    then `show_preview` (painting, on the GUI thread). With `run`, the first runs on the
    window's operations runner (negoprep.ui.operations), the window answering meanwhile, and
    the preview opens when it is done (None is returned); without, both run here and the
    preview is returned unshown."""
    workspace = getattr(window, "workspace", None)
    if workspace is None or not workspace.dossier_id:
        return None
    store, dossier_id = workspace.store, workspace.dossier_id
    release_of = (workspace, dossier_id) if paper.release else None
    printed = _remember_printed(window, store, dossier_id) if paper.kind in ("briefing", "addendum") else None

    def make() -> Printout:
        return make_printout(store, dossier_id, paper)

    files = getattr(window, "files", None)
    if not run or files is None:
        return show_preview(window, make(), remake=make, run=run, release_of=release_of, printed=printed)
    from PySide6.QtWidgets import QMessageBox

    from negoprep.ui.operations import Operation

    def work(own: Store, _progress: object) -> Printout:
        return make_printout(own, dossier_id, paper)

    def cannot(message: str) -> None:
        QMessageBox.warning(window, translate("Printing", "Cannot print"), message)

    operation = Operation(translate("Printing", "Preparing the printout"), work, store=store, cancellable=False)
    operation.success(
        lambda printout: show_preview(window, printout, remake=make, run=True, release_of=release_of, printed=printed)
    )
    operation.failure(cannot).run_on(files.runner)
    return None


def _remember_printed(window: QWidget, store: Store, dossier_id: str) -> Callable[[], None] | None:
    """What records, in the window's Settings, that a copy of the dossier's book or addendum
    was printed now: the time the next addendum starts from (None without Settings or a file)."""
    from negoprep.records import times

    settings = getattr(window, "settings", None)
    if settings is None or store.path is None:
        return None
    path = store.path
    return lambda: settings.remember_printed(path, dossier_id, times.stamp())


def addendum_start(window: QWidget) -> tuple[str, bool] | None:
    """Where an addendum of the open dossier starts: (when its book or an addendum was last
    printed, True), else (when the dossier was created, False); None with no dossier open."""
    workspace = getattr(window, "workspace", None)
    if workspace is None or not workspace.dossier_id:
        return None
    settings = getattr(window, "settings", None)
    path = workspace.store.path
    last = settings.last_printed(path, workspace.dossier_id) if settings is not None and path is not None else None
    if last:
        return last, True
    dossier = workspace.store.get(model.Dossier, workspace.dossier_id)
    return (dossier.created_at if dossier is not None else "2000-01-01T00:00:00.000Z"), False


def print_addendum(
    window: QMainWindow, *, since: str | None = None, release: bool = False, run: bool = True
) -> PrintPreview | None:
    """File → Print addendum…: what changed in the open dossier since `since` (a UTC stamp),
    in a print preview; without `since`, asked first (`AddendumSinceDialog`), offering the
    time its book or an addendum was last printed. None when no dossier is open or when asked
    and cancelled."""
    if since is None:
        from negoprep.ui.dialogs.addendum_since import AddendumSinceDialog

        start = addendum_start(window)
        if start is None:
            return None
        dialog = AddendumSinceDialog(start[0], start[1], window)
        if not dialog.exec():
            return None
        since, release = dialog.since, dialog.release
    return print_paper(window, Paper("addendum", release, since), run=run)


def print_checklist(window: QMainWindow, *, release: bool = False, run: bool = True) -> PrintPreview | None:
    """File → Print checklist…: the open dossier's checklists in a print preview (as its
    release policy withholds, for a release copy)."""
    return print_paper(window, Paper("checklist", release), run=run)


def print_briefing(window: QMainWindow, *, release: bool = False, run: bool = True) -> PrintPreview | None:
    """File → Print briefing book…: the open dossier's briefing book in a print preview (as
    its release policy withholds, for a release copy)."""
    return print_paper(window, Paper("briefing", release), run=run)
