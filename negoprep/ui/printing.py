"""The print engine: lays any HTML out on marked pages, to a PDF file or through the print dialog.

Every page carries the dossier's classification centred at the top and the bottom, the
dossier title and the printed date in the header, and "Page X of Y" (and "Copy N" for a
numbered copy) in the footer. The body is a QTextDocument laid out to the page's width, so
text wraps instead of being clipped; the font is the application's with a CJK fallback so
Korean prints, and characters that no installed font has are reported, never silently lost.
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
    QAction,
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

from negoprep import live, tempfiles
from negoprep.fonts import CJK_FAMILIES, FALLBACK_FAMILIES, TEXT_FAMILIES, drawn
from negoprep.i18n import format_date, format_number, translate
from negoprep.records.release import ReleasePolicy
from negoprep.ui.pagination import keep_headings_with_next

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

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
    """What a printout came to: its page count and the characters no font could show."""

    pages: int
    missing: list[str] = field(default_factory=list)

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


def _decorate(
    painter: QPainter,
    layout: _Layout,
    font: QFont,
    *,
    title: str,
    classification: str,
    copy_number: int | None,
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

    if classification:
        painter.setFont(marking)
        top = QRectF(left, page_rect.top() + 7 * px, width, mark_h)
        bottom = QRectF(left, page_rect.bottom() - 7 * px - mark_h, width, mark_h)
        for rect in (top, bottom):
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, classification)

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
    if copy_number is not None:
        painter.drawText(
            foot,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("Printing", "Copy {n}").format(n=format_number(copy_number)),
        )
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


def paint_pages(
    device: QPagedPaintDevice,
    html: str,
    *,
    title: str,
    classification: str = "",
    copy_number: int | None = None,
    printed: str | None = None,
) -> PrintResult:
    """Lay `html` out on the device's pages (a QPdfWriter or a QPrinter), marking each page."""
    _ensure_app()
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # our own margins
    layout = _Layout(device)
    font = print_font()
    doc = _document(html, font, device, layout)
    pages = max(1, doc.pageCount())
    printed = format_date(printed or date.today())  # an ISO date as the locale writes it
    missing = missing_characters(doc.toPlainText() + title + classification, font)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Printing", "cannot start printing (is the file writable?)"))
    try:
        height = layout.body.height()
        for index in range(pages):
            if index:
                device.newPage()
            _decorate(
                painter,
                layout,
                font,
                title=title,
                classification=classification,
                copy_number=copy_number,
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
    return PrintResult(pages=pages, missing=missing)


def render_pdf(
    html: str,
    out_path: Path | str,
    *,
    title: str,
    classification: str = "",
    copy_number: int | None = None,
    page_size: str = "A4",
    printed: str | None = None,
) -> PrintResult:
    """Print `html` to the PDF file `out_path`; the result lists any characters no font has.

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
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    _ensure_app()
    with tempfiles.register(partial):
        try:
            writer = QPdfWriter(str(partial))
            writer.setResolution(RESOLUTION)
            writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
            writer.setTitle(title)
            writer.setCreator("negoprep")
            result = paint_pages(
                writer, html, title=title, classification=classification, copy_number=copy_number, printed=printed
            )
            del writer
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return result


def print_dialog(
    parent: QWidget | None,
    html: str | Callable[[], str],
    *,
    title: str,
    classification: str = "",
    copy_number: int | None = None,
    folder: Path | None = None,
    run: bool = True,
    release_of: tuple[Any, str] | None = None,  # (a Workspace: not imported, see mypy's exclude)
) -> PrintPreview:
    """A print preview of `html` (or of what a function makes: asked again whenever the
    preview is drawn anew) from which it can be printed or saved as PDF (into `folder` by
    default); shown when `run`. A release copy (`release_of`: the workspace and the dossier's
    id) shows above the pages what the dossier's release policy withholds, with a way to
    change it (the pages are then drawn anew)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QBoxLayout

    from negoprep.ui.dialogs.print_preview import PrintPreview

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the page's corner is the origin: the engine keeps its own margins
    printer.setDocName(title)
    text = html if callable(html) else (lambda: html)

    def paint(device: QPrinter) -> None:
        paint_pages(device, text(), title=title, classification=classification, copy_number=copy_number)

    def save_pdf(target: Path) -> None:
        render_pdf(text(), target, title=title, classification=classification, copy_number=copy_number)

    safe_name = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "negoprep"
    dialog = PrintPreview(printer, parent, paint, save_pdf, (folder or Path.home()) / f"{safe_name}.pdf")
    dialog.setWindowTitle(translate("Printing", "Print — {title}").format(title=title))
    dialog.setAccessibleName(translate("Printing", "Print preview"))
    if release_of is not None:
        from negoprep.ui.dialogs.release_policy import ReleasePolicyBar

        workspace, dossier_id = release_of
        bar = ReleasePolicyBar(workspace.store, dossier_id, workspace.apply, dialog)
        bar.setContentsMargins(8, 4, 8, 4)
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            bar.changed.connect(preview.updatePreview)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, bar)
        dialog.release_bar = bar  # type: ignore[attr-defined]
    if run:
        dialog.exec()
    return dialog


def print_checklist(window: QMainWindow, *, release: bool = False, run: bool = True) -> PrintPreview | None:
    """File → Print checklist…: the open dossier's checklists in a print preview (as its
    release policy withholds, for a release copy)."""
    from negoprep.paper.checklists import store_checklists_html

    workspace = getattr(window, "workspace", None)
    if workspace is None or not workspace.dossier_id:
        return None
    dossier = workspace.store.find_dossier(workspace.dossier_id)
    folder = workspace.store.path.parent if workspace.store.path else None
    return print_dialog(
        window,
        lambda: store_checklists_html(workspace.store, dossier.id, release=release),
        title=dossier.title,
        classification=dossier.classification,
        folder=folder,
        run=run,
        release_of=(workspace, dossier.id) if release else None,
    )


def print_briefing(window: QMainWindow, *, release: bool = False, run: bool = True) -> PrintPreview | None:
    """File → Print briefing book…: the open dossier's briefing book in a print preview (as
    its release policy withholds, for a release copy)."""
    from negoprep.paper.briefing import briefing_html

    workspace = getattr(window, "workspace", None)
    if workspace is None or not workspace.dossier_id:
        return None
    dossier = workspace.store.find_dossier(workspace.dossier_id)
    folder = workspace.store.path.parent if workspace.store.path else None
    made: list[tuple[ReleasePolicy | None, str]] = []

    def html() -> str:
        # made once (its charts take a second), and again when the release policy changed
        policy = ReleasePolicy.of(workspace.store.find_dossier(dossier.id)) if release else None
        if not made or made[0][0] != policy:
            made[:] = [(policy, briefing_html(workspace.store, dossier.id, release=release, with_charts=True))]
        return made[0][1]

    return print_dialog(
        window,
        html,
        title=dossier.title,
        classification=dossier.classification,
        folder=folder,
        run=run,
        release_of=(workspace, dossier.id) if release else None,
    )


def add_print_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction, QAction]:
    """Put "Print checklist…", the briefing book (full and release) and the release
    checklists in the File menu; returns the first three actions, in that order."""
    entries = (
        (
            "print_checklist",
            translate("Printing", "&Print checklist…"),
            translate("Printing", "Print the dossier's checklists, with a preview first"),
            lambda: print_checklist(window),
        ),
        (
            "print_briefing",
            translate("Printing", "Print &briefing book…"),
            translate("Printing", "Print the briefing book to carry into the room, with a preview first"),
            lambda: print_briefing(window),
        ),
        (
            "print_release",
            translate("Printing", "Print release briefing book…"),
            translate("Printing", "The briefing book as the dossier's release policy allows, for a wider circle"),
            lambda: print_briefing(window, release=True),
        ),
        (
            "print_release_checklist",
            translate("Printing", "Print release checklists…"),
            translate("Printing", "The checklists as the dossier's release policy allows, for a wider circle"),
            lambda: print_checklist(window, release=True),
        ),
    )
    actions = []
    for name, text, tip, slot in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions.append(action)
    return actions[0], actions[1], actions[2]
