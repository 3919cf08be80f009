"""The core and the store never import Qt: only negoprep/ui/ may."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "negoprep"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "matplotlib.backends.backend_qt")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_are_found() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    assert PACKAGE / "store" / "store.py" in core and PACKAGE / "cli.py" in core


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in _imports(path) if name.startswith(QT)]
    assert offenders == []


def test_the_scan_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import Qt\nimport shiboken6\n")
    assert {"PySide6.QtCore", "shiboken6"} <= _imports(sample)


#: What opens a file dialog of Qt's own making (which reads the files it lists) or of a
#: library's; the app's dialogs come from negoprep/ui/file_dialogs.py alone.
_DIALOG_DOORS = re.compile(r"QFileDialog\.get\w+\(|QFileDialog\(|NavigationToolbar2QT\(self")


def _dialog_doors(text: str) -> list[str]:
    return _DIALOG_DOORS.findall(text)


def test_every_file_dialog_comes_from_file_dialogs() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        offenders += [f"{path.name}: {door}" for door in _dialog_doors(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_scan_sees_a_file_dialog() -> None:
    assert _dialog_doors('p, _ = QFileDialog.getSaveFileName(self, "x")\nd = QFileDialog(self)') == [
        "QFileDialog.getSaveFileName(",
        "QFileDialog(",
    ]
