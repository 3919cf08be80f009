"""The print preview: the pages at a readable size, how many copies and how they are numbered,
and two labelled ways out: "Save as PDF…" and "Print…".

Qt's print dialog on Linux lists the home folder (for completing a file name) and offers its
own file dialog, and both read the first bytes of every file they list to guess its type:
were the store among them, that would drop the locks SQLite holds on it for this process (see
negoprep.live). So the preview's Print button is taken over: it asks for a printer and the
number of copies here, and "Save as PDF…" asks for the file through ui.file_dialogs.

Copies are printed by negoprep, never by the printer's own copy count (which would repeat one
set of pages without numbers): the preview shows every set it will print.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.paper.printout import MAX_COPIES, Copies
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.icons import icon

PDF_FILTER = "PDF (*.pdf)"

# the preview's size at most, in pixels: a page at fit width is then about life size
_MOST = QSize(1100, 1000)


class PrinterChoice(QDialog):
    """Which printer, and how many copies (`copies` to start with)."""

    def __init__(self, names: list[str], default: str, parent: QWidget | None = None, copies: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PrintPreview", "Print"))
        self.printer_box = QComboBox(objectName="printer_box")
        self.printer_box.addItems(names)
        if default in names:
            self.printer_box.setCurrentText(default)
        self.copies_box = QSpinBox(objectName="copies_box", minimum=1, maximum=MAX_COPIES, value=copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PrintPreview", "Print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("PrintPreview", "Printer:"), self.printer_box)
        layout.addRow(translate("PrintPreview", "Copies:"), self.copies_box)
        layout.addRow(buttons)


def print_action(dialog: QPrintPreviewDialog) -> QAction | None:
    """The preview's own Print button (named "print_action" once taken over)."""
    taken = dialog.findChild(QAction, "print_action")
    if taken is not None:
        return taken
    text = translate("QPrintPreviewDialog", "Print")
    return next((a for a in dialog.findChildren(QAction) if a.text() == text), None)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a document on `printer`, opening at the page's width, with a
    second toolbar: the copies, "Save as PDF…" and Print, labelled.

    `paint(printer, copies)` paints the document in `copies` (negoprep.paper.printout.Copies)
    on a printer; `save_pdf(path, copies)` writes them to a PDF file (and raises NegoprepError
    or OSError when it cannot); `suggested(copies)` is the PDF file offered. Emits `saved`
    with the PDF's path once it is written."""

    # a PDF was written to this path (a Path)
    saved = Signal(object)

    def __init__(
        self,
        printer: QPrinter,
        parent: QWidget | None,
        paint: Callable[[QPrinter, Copies], None],
        save_pdf: Callable[[Path, Copies], None],
        suggested: Callable[[Copies], Path],
    ) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer  # not owned by the dialog: must live as long
        self.preview = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(lambda device: paint(device, self.copies()))
        self._build_copies()
        self.printer_action, self.save_pdf_action = take_over(self, paint, save_pdf, suggested)
        self._label_toolbar()
        self._open_readable()

    # --- copies -----------------------------------------------------------------------------

    def _build_copies(self) -> None:
        self.copies_box = QSpinBox(objectName="preview_copies_box", minimum=1, maximum=MAX_COPIES)
        self.copies_box.setAccessibleName(translate("PrintPreview", "Number of copies"))
        self.copies_box.setToolTip(translate("PrintPreview", "Each copy is a complete set of pages"))
        self.numbered_box = QCheckBox(translate("PrintPreview", "Number the copies, from"), objectName="numbered_box")
        self.numbered_box.setToolTip(
            translate("PrintPreview", 'Every page\'s footer says which copy it belongs to: "Copy 2 of 3"')
        )
        self.first_box = QSpinBox(objectName="first_copy_box", minimum=1, maximum=9999)
        self.first_box.setAccessibleName(translate("PrintPreview", "Number of the first copy"))
        self.first_box.setEnabled(False)
        self.numbered_box.toggled.connect(self.first_box.setEnabled)
        # every set is drawn anew (a 14-page book takes about 0.1 s a copy): once typing stops
        self._redraw = QTimer(self, singleShot=True, interval=300)
        self._redraw.timeout.connect(self._copies_changed)
        for signal in (self.copies_box.valueChanged, self.numbered_box.toggled, self.first_box.valueChanged):
            signal.connect(self._redraw.start)

        bar = QToolBar(translate("PrintPreview", "Copies"), objectName="copies_toolbar")
        bar.setMovable(False)
        label = QLabel(translate("PrintPreview", "Copies:"))
        label.setBuddy(self.copies_box)
        label.setContentsMargins(6, 0, 4, 0)
        bar.addWidget(label)
        bar.addWidget(self.copies_box)
        bar.addSeparator()
        bar.addWidget(self.numbered_box)
        bar.addWidget(self.first_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.copies_toolbar = bar
        inner = self.findChild(QMainWindow)
        if inner is not None:
            inner.addToolBarBreak()
            inner.addToolBar(bar)

    def copies(self, count: int | None = None) -> Copies:
        """The copies set in the preview (`count` of them, when given), numbered as set there."""
        first = self.first_box.value() if self.numbered_box.isChecked() else None
        return Copies(count=count or self.copies_box.value(), first=first)

    def _copies_changed(self) -> None:
        self._redraw.stop()
        if self.preview is not None:
            self.preview.updatePreview()

    # --- the toolbars -----------------------------------------------------------------------

    def _label_toolbar(self) -> None:
        """Words beside the icons of the buttons a person looks for: the two fits, Save as
        PDF and Print (moved to the copies' row, whose count they follow)."""
        view_bar = self.findChild(QToolBar)
        if view_bar is not None and view_bar is not self.copies_toolbar:
            view_bar.removeAction(self.printer_action)
            view_bar.removeAction(self.save_pdf_action)
            view_bar.setMovable(False)
            fits = (
                ("fitWidthAction", translate("PrintPreview", "Fit width")),
                ("fitPageAction", translate("PrintPreview", "Fit page")),
            )
            for name, text in fits:
                action = self.findChild(QAction, name)
                if action is not None:
                    action.setText(text)
                    _beside(view_bar, action)
        self.printer_action.setText(translate("PrintPreview", "Print…"))
        self.printer_action.setToolTip(translate("PrintPreview", "Print on a printer, in the copies set here"))
        self.copies_toolbar.addAction(self.save_pdf_action)
        self.copies_toolbar.addAction(self.printer_action)
        for action in (self.save_pdf_action, self.printer_action):
            action.setIconText(action.text())  # set, it keeps its "…": a dialog follows
            _beside(self.copies_toolbar, action)

    def _open_readable(self) -> None:
        """As big as the screen allows (up to `_MOST`), the page at its full width."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            self.resize(min(_MOST.width(), int(room.width() * 0.9)), min(_MOST.height(), int(room.height() * 0.9)))
        fit = self.findChild(QAction, "fitWidthAction")
        if fit is not None:
            fit.trigger()  # the dialog's own button: its checked state follows
        elif self.preview is not None:
            self.preview.fitToWidth()


def _beside(toolbar: QToolBar, action: QAction) -> None:
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def take_over(
    dialog: PrintPreview,
    paint: Callable[[QPrinter, Copies], None],
    save_pdf: Callable[[Path, Copies], None],
    suggested: Callable[[Copies], Path],
) -> tuple[QAction, QAction]:
    """Route the preview's Print button to a printer chosen here, and add "Save as PDF…".
    Returns the two: the Print button and "Save as PDF…"."""
    action = print_action(dialog)
    if action is None:  # a Qt whose preview is built otherwise: no way to Qt's print dialog
        raise RuntimeError("the print preview has no Print button to take over")
    action.setObjectName("print_action")
    action.triggered.disconnect()
    action.triggered.connect(lambda: _print(dialog, paint))
    pdf = QAction(icon("save-copy"), translate("PrintPreview", "Save as PDF…"), dialog, objectName="save_pdf_action")
    pdf.setToolTip(translate("PrintPreview", "Save the pages, in the copies set here, as a PDF file"))
    pdf.triggered.connect(lambda: _save_pdf(dialog, save_pdf, suggested))
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.insertAction(action, pdf)
    return action, pdf


def _print(dialog: PrintPreview, paint: Callable[[QPrinter, Copies], None]) -> None:
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        QMessageBox.information(
            dialog,
            translate("PrintPreview", "No printer"),
            translate("PrintPreview", "No printer is set up on this computer: use Save as PDF… instead."),
        )
        return
    choice = PrinterChoice(names, QPrinterInfo.defaultPrinterName(), dialog, dialog.copies_box.value())
    if not choice.exec():
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPrinterName(choice.printer_box.currentText())
    printer.setCopyCount(1)  # the copies are painted, each complete and numbered as set
    paint(printer, dialog.copies(choice.copies_box.value()))
    dialog.accept()


def _save_pdf(
    dialog: PrintPreview, save_pdf: Callable[[Path, Copies], None], suggested: Callable[[Copies], Path]
) -> None:
    copies = dialog.copies()
    path, _ = file_dialogs.save_file_name(
        dialog, translate("PrintPreview", "Save as PDF"), suggested(copies), PDF_FILTER
    )
    if not path:
        return
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".pdf")
    try:
        save_pdf(target, copies)
    except (NegoprepError, OSError) as exc:
        QMessageBox.warning(dialog, translate("PrintPreview", "Not saved"), str(exc))
        return
    dialog.accept()
    dialog.saved.emit(target)
