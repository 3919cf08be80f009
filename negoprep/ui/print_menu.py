"""The File menu's print actions. They are made without loading the printing code (its Qt
classes and page layout), which the first print loads: start-up builds the menu only."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from negoprep.i18n import translate


def _printing() -> ModuleType:
    from negoprep.ui import printing

    return printing


def add_print_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction, QAction]:
    """Put "Print checklist…", the briefing book (full and release) and the release
    checklists in the File menu; returns the first three actions, in that order."""
    entries = (
        (
            "print_checklist",
            translate("Printing", "&Print checklist…"),
            translate("Printing", "Print the dossier's checklists, with a preview first"),
            lambda: _printing().print_checklist(window),
        ),
        (
            "print_briefing",
            translate("Printing", "Print &briefing book…"),
            translate("Printing", "Print the briefing book to carry into the room, with a preview first"),
            lambda: _printing().print_briefing(window),
        ),
        (
            "print_release",
            translate("Printing", "Print release briefing book…"),
            translate("Printing", "The briefing book as the dossier's release policy allows, for a wider circle"),
            lambda: _printing().print_briefing(window, release=True),
        ),
        (
            "print_addendum",
            translate("Printing", "Print addendum since the last printed copy…"),
            translate("Printing", "Only what changed since the book or an addendum was last printed, with a preview"),
            lambda: _printing().print_addendum(window),
        ),
        (
            "print_release_checklist",
            translate("Printing", "Print release checklists…"),
            translate("Printing", "The checklists as the dossier's release policy allows, for a wider circle"),
            lambda: _printing().print_checklist(window, release=True),
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
