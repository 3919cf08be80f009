"""The window quotes a long title or typed text back short: the question before deleting a
dossier, the Edit menu's Undo, a rule's number that is not one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from negoprep.echo import ELLIPSIS, WIDTH
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from tests.ui.helpers import finish_operation

LONG = "아주 긴 협상 자료집 제목 " * 5_000


def test_deleting_a_dossier_with_a_huge_title_asks_and_undoes_in_short(
    qtbot, window: MainWindow, demo_store: Store, monkeypatch
) -> None:
    dossier = window.workspace.dossier()
    demo_store.put(replace(dossier, title=LONG))
    window.show_dossier(dossier.id)
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    window.delete_dossier_action.trigger()
    finish_operation(qtbot, window)
    [question] = asked
    assert len(question) < 200 and ELLIPSIS in question and "아주 긴 협상" in question
    undo = window.workspace.undo_stack.undoText()
    assert undo.startswith("Delete dossier") and len(undo) < WIDTH + 40 and ELLIPSIS in undo
