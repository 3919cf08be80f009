"""The addendum from the window: since the last printed copy, remembered per store and dossier."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from negoprep.store.store import Store
from negoprep.ui import printing

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def _window(qtbot, store: Store, settings_file: Path):
    from negoprep.ui.main_window import MainWindow
    from negoprep.ui.settings import Settings

    window = MainWindow(store, Settings(settings_file))
    qtbot.addWidget(window)
    return window


@needs_pdftotext
def test_the_addendum_starts_where_the_last_printed_book_left_off(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch
) -> None:
    from negoprep.ui.dialogs import file_dialogs
    from negoprep.ui.dialogs.addendum_since import AddendumSinceDialog

    window = _window(qtbot, demo_store, tmp_path / "settings.ini")
    dossier = demo_store.dossiers()[0]
    # never printed: the addendum starts at the dossier's creation
    assert printing.addendum_start(window) == (dossier.created_at, False)
    assert window.findChild(type(window.print_briefing_action), "print_addendum") is not None

    book = printing.print_briefing(window, run=False)
    assert book is not None
    qtbot.addWidget(book)
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(tmp_path / "book.pdf"), ""))
    book.save_pdf_action.trigger()
    last, printed = printing.addendum_start(window) or ("", False)
    assert printed and last >= dossier.updated_at
    # remembered in the settings, not in the dossier
    assert demo_store.get(type(dossier), dossier.id) == dossier

    seen: list[tuple[str, bool]] = []

    def accept(self: AddendumSinceDialog) -> int:
        seen.append((self.since, self.release))
        return 1

    monkeypatch.setattr(AddendumSinceDialog, "exec", accept)
    preview = printing.print_addendum(window, run=False)
    assert preview is not None
    qtbot.addWidget(preview)
    assert seen == [(last, False)]
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(tmp_path / "addendum.pdf"), ""))
    preview.save_pdf_action.trigger()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "addendum.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Addendum to the briefing book" in text
    assert "Nothing has changed since then." in " ".join(text.split())
    assert dossier.classification in text
