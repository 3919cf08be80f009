"""A program that works in the real main window while other programs write the same store.

Run as `python -m tests.drive_window STORE EDIT_JSON`: it opens the window on STORE, goes
through every dialog of the File menu (each file dialog is left open long enough to list and
draw the store's folder, then cancelled), runs `negoprep load EDIT_JSON` and `negoprep check`
on the same store between them, then changes the dossier's objective in the window and quits
as a person would. tests/store/test_live_store.py checks afterwards that every change of both
programs is in the file, and (under strace) that nothing but SQLite touched the store file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from negoprep.identity import current_author
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.app import application
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry

OBJECTIVE = "Objective written in the window while the command line wrote too"
DIALOG_MS = 700  # long enough for a file dialog to list its folder and draw each file's icon


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "negoprep", *args], check=False, capture_output=True, timeout=120)


def _close_dialogs() -> None:
    """Cancel whatever modal dialog is up (the innermost first), as a person would."""
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QDialog):
        widget.reject()


def main(store_path: str, edit_json: str) -> int:
    app = application()
    store = Store.open(Path(store_path), current_author())
    window = MainWindow(store)
    window.show()
    closer = QTimer()
    closer.setInterval(DIALOG_MS)
    closer.timeout.connect(_close_dialogs)
    closer.start()

    def export() -> None:
        window.export_action.trigger()
        dialog = window.files.export_dialog
        dialog.export()  # its own file dialog, cancelled
        dialog.reject()

    def preview_buttons() -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction

        from negoprep.ui import printing

        preview = printing.print_checklist(window, run=False)
        preview.show()
        app.processEvents()
        preview.printer_action.trigger()  # asks for a printer (there is none here: it says so)
        preview.save_pdf_action.trigger()  # negoprep's own file dialog, cancelled
        page_setup = QCoreApplication.translate("QPrintPreviewDialog", "Page setup")
        for action in preview.findChildren(QAction):
            if action.text() == page_setup:
                action.trigger()
        preview.reject()

    def chart() -> None:
        window.show_section(next(n for n, s in enumerate(registry.SECTIONS) if s.icon == "chart"))
        window.current_section().save_chart()

    steps = [
        window.open_store_action.trigger,
        window.save_copy_action.trigger,
        window.new_store_action.trigger,
        export,
        window.merge_action.trigger,
        window.print_checklist_action.trigger,
        window.print_briefing_action.trigger,
        preview_buttons,
        chart,
    ]
    for number, step in enumerate(steps):
        step()
        app.processEvents()
        if number == 2:
            _cli("--store", store_path, "load", edit_json)
        _cli("--store", store_path, "check")
    closer.stop()

    workspace = window.workspace
    assert workspace is not None
    dossier = workspace.dossier()
    assert dossier is not None
    workspace.apply("Objective", puts=[replace(dossier, objective=OBJECTIVE)])
    _cli("--store", store_path, "check")
    window.close()
    app.processEvents()
    window.store.close()
    return 0


def objective_of(store_path: Path) -> str:
    with Store.open(store_path, current_author(), readonly=True) as store:
        return store.find_dossier().objective


def note_texts(store_path: Path) -> list[str]:
    with Store.open(store_path, current_author(), readonly=True) as store:
        return [n.text for n in store.records(model.Note, store.find_dossier().id)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
