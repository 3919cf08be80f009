"""The release policy where a release copy is made: the export dialog and the release print
previews say what will be withheld, from the dossier's policy, and let a person change it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialog

from negoprep.records import model
from negoprep.records.release import ReleasePolicy
from negoprep.store.sharing import verify_shared
from negoprep.store.store import Store
from negoprep.ui import printing
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.dialogs.release_policy import ReleasePolicyDialog
from negoprep.ui.main_window import MainWindow
from negoprep.ui.settings import Settings

DEFAULT = (
    "A release copy withholds everything marked “never disclose”, the BATNA, walk-away points, approvers’ names and "
    "team weights."
)


def _window(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def _choose(monkeypatch, **flags: bool) -> None:
    """The policy editor, when shown, answers with these ticks changed."""

    def exec_(self: ReleasePolicyDialog) -> int:
        for flag, on in flags.items():
            self.boxes[flag].setChecked(on)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReleasePolicyDialog, "exec", exec_)


def _shot(widget, name: str) -> None:
    folder = os.environ.get("NEGOPREP_SHOTS")
    if folder:  # (a person looks at these: NEGOPREP_SHOTS=/tmp/shots pytest ...)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_the_export_dialog_shows_the_policy_and_changes_it(qtbot, demo_store, tmp_path, monkeypatch) -> None:
    window = _window(qtbot, demo_store, tmp_path)
    window.export_action.trigger()
    dialog = window.files.export_dialog
    bar = dialog.policy_bar
    assert not bar.isVisibleTo(dialog)  # only for a release copy
    dialog.release_box.setChecked(True)
    assert bar.isVisibleTo(dialog)
    assert bar.label.text() == DEFAULT
    _shot(dialog, "export-dialog-release")

    editor = ReleasePolicyDialog(window.workspace.dossier())
    qtbot.addWidget(editor)
    assert [editor.boxes[f].isChecked() for f in editor.boxes] == [False, True, True, True, False]
    _shot(editor, "release-policy-editor")

    _choose(monkeypatch, release_batna=False, release_notes=True)
    bar.change_button.click()
    dossier = demo_store.get(model.Dossier, window.workspace.dossier_id)
    assert ReleasePolicy.of(dossier) == ReleasePolicy(batna=False, notes=True)
    assert bar.label.text() == (
        "A release copy withholds everything marked “never disclose”, walk-away points, approvers’ names, "
        "internal notes and team weights."
    )
    # one undoable step of the window
    window.workspace.undo_stack.undo()
    assert ReleasePolicy.of(demo_store.get(model.Dossier, dossier.id)) == ReleasePolicy()
    window.workspace.undo_stack.redo()

    # and the export follows it
    target = tmp_path / "release.db"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not window.files.runner.busy, timeout=60_000)
    verify_shared(target)
    exported = Store.open(target, demo_store.author, readonly=True)
    try:
        content = exported.content(dossier.id)
        assert content.dossier.batna == dossier.batna != ""
        assert content.notes == []
    finally:
        exported.close()


def test_the_release_previews_show_the_policy_and_draw_again_after_a_change(
    qtbot, demo_store, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, demo_store, tmp_path)
    book = printing.print_briefing(window, release=True, run=False)
    lists = printing.print_checklist(window, release=True, run=False)
    full = printing.print_briefing(window, run=False)
    for dialog in (book, lists, full):
        qtbot.addWidget(dialog)
    assert book.release_bar.label.text() == DEFAULT == lists.release_bar.label.text()
    assert not hasattr(full, "release_bar")
    book.resize(900, 700)
    _shot(book, "print-release-preview")

    _choose(monkeypatch, release_internal=True)
    book.release_bar.change_button.click()
    assert ReleasePolicy.of(window.workspace.dossier()) == ReleasePolicy(internal=True)
    assert "records marked “internal”" in book.release_bar.label.text()
    # the file menu has the release checklists too
    assert window.findChild(type(window.print_release_action), "print_release_checklist") is not None
