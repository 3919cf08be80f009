"""Starting the desktop app: what the first paint of the window needs, and nothing more."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from negoprep.store.store import Store
from tests.conftest import AUTHOR

ROOT = Path(__file__).resolve().parents[2]

#: what stops the real entry point once the window has painted (QApplication imported before it)
STOP_ONCE_PAINTED = """
def painted_then_quit(app):
    for window in app.topLevelWidgets():
        window.repaint()
    app.processEvents()
    return 0

QApplication.exec = painted_then_quit
"""

#: the real entry point, stopped once the window has painted; prints the modules loaded by then
START = (
    """
import json, sys
from PySide6.QtWidgets import QApplication
"""
    + STOP_ONCE_PAINTED
    + """
from negoprep.cli import main
code = main(["--store", sys.argv[1]])
import PySide6.QtWidgets as widgets
print(json.dumps(sorted(sys.modules) + [f"class:{name}" for name in vars(widgets)]))
sys.exit(code)
"""
)

#: what the first paint never needs: each is loaded when the person first asks for it
NOT_AT_START = (
    "matplotlib",  # charts
    "numpy",
    "negoprep.paper.charts",
    "negoprep.ui.printing",  # printing and its page layout
    "negoprep.paper.briefing",
    "negoprep.store.merge",  # merging, exporting, verifying a colleague's file
    "negoprep.store.export",
    "negoprep.store.verify",
    "negoprep.formats.dossier_json",
    "negoprep.formats.crypto",
    "negoprep.ui.dialogs.file_dialogs",  # QFileDialog
    "negoprep.ui.dialogs.search_dialog",
    "negoprep.ui.dialogs.passphrase_dialog",  # only for an encrypted store
    "negoprep.ui.dialogs.damaged_dialog",  # the full check of the store begins after the paint
    "negoprep.analysis.winset",  # `negoprep check`
    "subprocess",  # the translation files' tools (python -m negoprep.ui.translation --update)
)


def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path, demo_doc: dict) -> None:
    path = tmp_path / "demo.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", START, str(path)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "negoprep.ui.main_window" in loaded  # (the window was built)
    early = [name for name in NOT_AT_START if name in loaded or any(m.startswith(name + ".") for m in loaded)]
    assert early == []
    # the section shown (Overview) is built; the others when first visited
    sections = sorted(m for m in loaded if m.startswith("negoprep.ui.sections.") and m.endswith("_view"))
    assert sections == ["negoprep.ui.sections.overview_view", "negoprep.ui.sections.section_view"]
    # PySide makes a widget class when first used; handed a widget Qt made (a scroll area's
    # viewport, say), it makes every class to find that widget's, a wizard's among them
    assert "class:QComboBox" in loaded
    assert "class:QWizard" not in loaded


#: the real entry point; once the window has painted, what the wheel and Tab rules do then
RULES_AFTER_START = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QSpinBox, QVBoxLayout

def painted_then_quit(app):
    for window in app.topLevelWidgets():
        window.repaint()
    for _ in range(3):  # the paint, then the turn after it
        app.processEvents()
    boxes = [b for w in app.topLevelWidgets() for kind in (QComboBox, QAbstractSpinBox) for b in w.findChildren(kind)]
    spin = QSpinBox()
    spin.show()  # polished: the wheel rule takes the wheel's focus from it
    dialog = QDialog()  # fields made against the order of its layout: the Tab rule mends it
    layout = QVBoxLayout(dialog)
    fields = [QLineEdit(dialog) for _ in range(3)][::-1]
    for field in fields:
        layout.addWidget(field)
    dialog.show()
    app.processEvents()
    tab, field = [fields[0]], fields[0].nextInFocusChain()
    while field is not fields[0]:
        tab += [field] if field in fields else []
        field = field.nextInFocusChain()
    print(json.dumps({
        "boxes": len(boxes),
        "wheel_focus": [b.objectName() for b in boxes if b.focusPolicy() == Qt.FocusPolicy.WheelFocus],
        "new_box_wheel_focus": spin.focusPolicy() == Qt.FocusPolicy.WheelFocus,
        "tab_follows_layout": tab == fields,
    }))
    return 0

QApplication.exec = painted_then_quit
from negoprep.cli import main
sys.exit(main(["--store", sys.argv[1]]))
"""


def test_the_wheel_and_tab_rules_hold_once_the_window_has_painted(tmp_path: Path, demo_doc: dict) -> None:
    """The window is built and painted before the rules watch (they would see its every event);
    then they watch, and the boxes made meanwhile keep the wheel away as if they had watched."""
    path = tmp_path / "demo.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", RULES_AFTER_START, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["boxes"] >= 1  # (the dossier box at least)
    assert seen["wheel_focus"] == []
    assert seen["new_box_wheel_focus"] is False
    assert seen["tab_follows_layout"] is True


#: the real entry point in its own order (Qt is imported once the window is asked for): which
#: modules PySide's import hook read the source of, from Qt's import to the painted window
READ_AT_START = (
    """
import inspect, json, sys
from negoprep.cli import main

read = []
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or ""
import negoprep.ui.app  # (as the entry point does once the window is asked for: Qt comes with it)
from PySide6.QtWidgets import QApplication
"""
    + STOP_ONCE_PAINTED
    + """
code = main(["--store", sys.argv[1]])
feature = sys.modules["PySide6.support.feature"]
print(json.dumps([read, feature.pyside_feature_dict.get("negoprep.ui.translation")]))
sys.exit(code)
"""
)


def test_pyside_reads_no_module_source_while_the_app_starts(tmp_path: Path, demo_doc: dict) -> None:
    """PySide's import hook reads the source of every module imported after it (to learn
    whether it selects a `__feature__`, which negoprep never does): a tenth of the start-up.
    The app quiets it before its window's modules are imported: they take PySide's default
    selection unread."""
    path = tmp_path / "demo.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", READ_AT_START, str(path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    read, selection = json.loads(done.stdout.splitlines()[-1])
    # (only what PySide reads while it is imported itself, before it can be quieted)
    assert len(read) <= 3 and not [name for name in read if name.startswith("negoprep")], read
    assert selection == 0
