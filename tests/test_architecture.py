"""The core and the store never import Qt: only negoprep/ui/ may; imports run downward; tests/ mirrors the package."""

from __future__ import annotations

import ast
import re
import sys
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
            # `from negoprep import live` imports negoprep.live
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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
#: library's; the app's dialogs come from negoprep/ui/dialogs/file_dialogs.py alone.
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


#: The layers of the package, lowest first: a module may import its own layer and the layers
#: below it, never one above (DESIGN.md, "Architecture"). A top-level module is its own part.
LAYERS: list[set[str]] = [
    # (text for people and file names: imports nothing of negoprep but each other)
    {"i18n", "terminal", "echo", "filenames"},
    {"records"},
    {"redlines", "errors", "paths", "tempfiles", "live", "fonts", "desktop", "progress"},
    {"formats"},
    {"analysis", "identity"},
    {"store"},
    {"paper", "startup"},
    {"ui"},
    {"cli", "__main__"},
]

#: Upward imports that are part of the design, each with its reason.
ALLOWED_UPWARD = {
    # A red-line rule is a value of a record: its shape is declared by the rule kinds, which
    # speak of records, so the value rules ask the registry rather than keep a second copy.
    ("records.values", "redlines.rules"),
}


def _part(module: str) -> str | None:
    """The part of the package a dotted module name belongs to ('records', 'cli', ...)."""
    names = module.split(".")
    return names[1] if names[0] == "negoprep" and len(names) > 1 else None


def _rank(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def _upward_imports() -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(("negoprep", *path.relative_to(PACKAGE).with_suffix("").parts))
        here = _part(module)
        if here is None or here == "__init__":
            continue
        for name in _imports(path):
            there = _part(name)
            if there is None or there in {here, "__version__"}:
                continue
            pair = (module.removeprefix("negoprep."), name.removeprefix("negoprep."))
            allowed = any(pair[0] == a and (pair[1] + ".").startswith(b + ".") for a, b in ALLOWED_UPWARD)
            if _rank(there) > _rank(here) and not allowed:
                found.append(f"{pair[0]} imports {pair[1]}")
    return sorted(found)


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {
        p.relative_to(PACKAGE).parts[0].removesuffix(".py")
        for p in PACKAGE.glob("*")
        if p.suffix == ".py" or p.is_dir()
    }
    parts -= {"__init__", "__pycache__"}
    assert parts == set().union(*LAYERS)


def test_imports_run_downward_only() -> None:
    assert _upward_imports() == []


def test_the_scan_sees_an_upward_import(monkeypatch, tmp_path: Path) -> None:
    fake = tmp_path / "negoprep"
    (fake / "records").mkdir(parents=True)
    (fake / "records" / "model.py").write_text("from negoprep import cli\nfrom negoprep.records import values\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _upward_imports() == ["records.model imports cli"]


def test_the_tests_mirror_the_package() -> None:
    """A test of negoprep/store/ is in tests/store/, and so on (tests/cli/: the command line and
    the top-level modules; tests/benchmarks/: the project's benchmarks/ folder); tests/ itself
    keeps the shared helpers and these checks of the package as a whole."""
    tests = PACKAGE.parent / "tests"
    parts = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()} | {"cli", "benchmarks"}
    folders = {p.name for p in tests.iterdir() if p.is_dir() and p.name not in {"fixtures", "__pycache__"}}
    assert folders <= parts, folders - parts
    assert all((tests / folder / "__init__.py").exists() for folder in folders)
    assert [p.name for p in tests.glob("test_*.py")] == [Path(__file__).name]
