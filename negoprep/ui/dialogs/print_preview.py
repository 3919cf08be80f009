"""The print preview's two ways out: a printer, or a PDF file chosen in negoprep's own dialog.

Qt's print dialog on Linux lists the home folder (for completing a file name) and offers its
own file dialog, and both read the first bytes of every file they list to guess its type:
were the store among them, that would drop the locks SQLite holds on it for this process (see
negoprep.live). So the preview's Print button is taken over: it asks for a printer and the
number of copies here, and "Save as PDF…" asks for the file through ui.file_dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QWidget,
)

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.icons import icon

PDF_FILTER = "PDF (*.pdf)"


class PrinterChoice(QDialog):
    """Which printer, and how many copies."""

    def __init__(self, names: list[str], default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PrintPreview", "Print"))
        self.printer_box = QComboBox(objectName="printer_box")
        self.printer_box.addItems(names)
        if default in names:
            self.printer_box.setCurrentText(default)
        self.copies_box = QSpinBox(objectName="copies_box", minimum=1, maximum=99)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PrintPreview", "Print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("PrintPreview", "Printer:"), self.printer_box)
        layout.addRow(translate("PrintPreview", "Copies:"), self.copies_box)
        layout.addRow(buttons)


def print_action(dialog: QPrintPreviewDialog) -> QAction | None:
    """The preview's own Print button."""
    text = translate("QPrintPreviewDialog", "Print")
    return next((a for a in dialog.findChildren(QAction) if a.text() == text), None)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of a document on `printer`, its Print button taken over and
    "Save as PDF…" added (see `take_over`).

    `paint` paints the document on a printer; `save_pdf` writes it to a PDF file (and raises
    NegoprepError or OSError when it cannot)."""

    def __init__(
        self,
        printer: QPrinter,
        parent: QWidget | None,
        paint: Callable[[QPrinter], None],
        save_pdf: Callable[[Path], None],
        suggested: Path,
    ) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer  # not owned by the dialog: must live as long
        self.paintRequested.connect(paint)
        self.printer_action, self.save_pdf_action = take_over(self, paint, save_pdf, suggested)


def take_over(
    dialog: QPrintPreviewDialog,
    paint: Callable[[QPrinter], None],
    save_pdf: Callable[[Path], None],
    suggested: Path,
) -> tuple[QAction, QAction]:
    """Route the preview's Print button to a printer chosen here, and add "Save as PDF…".
    Returns the two: the Print button and "Save as PDF…".

    `paint` paints the document on a printer; `save_pdf` writes it to a PDF file (and raises
    NegoprepError or OSError when it cannot)."""
    action = print_action(dialog)
    if action is None:  # a Qt whose preview is built otherwise: no way to Qt's print dialog
        raise RuntimeError("the print preview has no Print button to take over")
    action.triggered.disconnect()
    action.triggered.connect(lambda: _print(dialog, paint))
    pdf = QAction(icon("save-copy"), translate("PrintPreview", "Save as PDF…"), dialog, objectName="save_pdf_action")
    pdf.setToolTip(translate("PrintPreview", "Save as PDF…"))
    pdf.triggered.connect(lambda: _save_pdf(dialog, save_pdf, suggested))
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.insertAction(action, pdf)
    return action, pdf


def _print(dialog: QPrintPreviewDialog, paint: Callable[[QPrinter], None]) -> None:
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        QMessageBox.information(
            dialog,
            translate("PrintPreview", "No printer"),
            translate("PrintPreview", "No printer is set up on this computer: use Save as PDF… instead."),
        )
        return
    choice = PrinterChoice(names, QPrinterInfo.defaultPrinterName(), dialog)
    if not choice.exec():
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPrinterName(choice.printer_box.currentText())
    printer.setCopyCount(choice.copies_box.value())
    paint(printer)
    dialog.accept()


def _save_pdf(dialog: QPrintPreviewDialog, save_pdf: Callable[[Path], None], suggested: Path) -> None:
    path, _ = file_dialogs.save_file_name(dialog, translate("PrintPreview", "Save as PDF"), suggested, PDF_FILTER)
    if not path:
        return
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".pdf")
    try:
        save_pdf(target)
    except (NegoprepError, OSError) as exc:
        QMessageBox.warning(dialog, translate("PrintPreview", "Not saved"), str(exc))
        return
    dialog.accept()
