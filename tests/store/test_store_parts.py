"""The store is made of small parts that share one explicit Database: no module of the store
reaches into another module's or another object's private (underscore) names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from negoprep.records import model
from negoprep.store.database import Database
from negoprep.store.store import Store
from tests.conftest import AUTHOR

STORE = Path(__file__).resolve().parents[2] / "negoprep" / "store"
#: what a method may reach its own object's inside through
_OWN = ("self", "cls")


def _is_own(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in _OWN


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _defined_here(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level (its own classes, functions and constants)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def _class_names(cls: ast.ClassDef, classes: dict[str, ast.ClassDef]) -> set[str]:
    """The names a class defines (methods, class attributes, attributes its methods set on
    self or cls), with those of its bases in the same module."""
    names: set[str] = set()
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node is not cls:
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)  # (class attributes; a method's locals are no attributes, but harmless here)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and _is_own(node.value):
            names.add(node.attr)
    for base in cls.bases:
        if isinstance(base, ast.Name) and base.id in classes and base.id != cls.name:
            names |= _class_names(classes[base.id], classes)
    return names


def _mixed_in(tree: ast.Module) -> list[str]:
    """Every `self._name` a class reads that neither it nor a base of the same module defines:
    a mixin's reach into the private parts of the class it is mixed into."""
    classes = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = []
    for cls in classes.values():
        own = _class_names(cls, classes)
        for node in ast.walk(cls):
            if isinstance(node, ast.Attribute) and _private(node.attr) and _is_own(node.value) and node.attr not in own:
                found.append(f"line {node.lineno}: {ast.unparse(node)} (not {cls.name}'s own)")
    return found


def private_reaches(source: str) -> list[str]:
    """Every place the source uses a private name of something else: `obj._name` where obj
    is not self, cls, super() or one of the module's own top-level names; `from module
    import _name`; and `self._name` in a class that does not define it (a mixin's reach)."""
    tree = ast.parse(source)
    own = _defined_here(tree)
    found = _mixed_in(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and (owner.id in _OWN or owner.id in own):
                continue
            if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
                continue
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.ImportFrom):
            found += [f"line {node.lineno}: from {node.module} import {a.name}" for a in node.names if _private(a.name)]
    return found


def test_the_store_modules_are_found() -> None:
    names = {p.name for p in STORE.glob("*.py")}
    assert {"store.py", "database.py", "listing.py", "operations.py", "merge.py", "export.py"} <= names


def test_no_store_module_reaches_into_another_ones_private_parts() -> None:
    offenders = []
    for path in sorted(STORE.glob("*.py")):
        offenders += [f"{path.name} {where}" for where in private_reaches(path.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize(
    "source",
    [
        "def f(store):\n    return store._rows('SELECT 1')\n",  # another object's method
        "def f(store):\n    return store.db._depth\n",  # the inside of an object's part
        "from negoprep.store.store import _decode\n",  # another module's private function
        "from negoprep.store import connection\nconnection._damage(None)\n",  # through the module
        "class Part:\n    def f(self, other):\n        return other._conn\n",  # a peer of the same class
        "class ListingMixin:\n    def page(self):\n        return self._rows('SELECT 1')\n",  # a mixin
    ],
)
def test_the_scan_finds_a_reach_into_private_parts(source: str) -> None:
    assert len(private_reaches(source)) == 1


def test_the_scan_lets_an_object_use_its_own_inside() -> None:
    source = (
        "_LIMIT = 3\n"
        "def _helper():\n    return _LIMIT\n"
        "class _Part:\n    _cache = {}\n"
        "    def __init__(self):\n        self._n = _helper()\n        super().__init__()\n"
        "    @classmethod\n    def make(cls):\n        return cls._cache, _Part._cache, super()._x()\n"
        "    def __repr__(self):\n        return self.__class__.__name__\n"
    )
    assert private_reaches(source) == []


def test_the_parts_share_the_stores_one_database() -> None:
    with Store.open(None, AUTHOR) as store:
        assert isinstance(store.db, Database)
        parts = [value for value in vars(store).values() if hasattr(value, "db")]
        assert len(parts) == 2 and all(part.db is store.db for part in parts)
        store.put(model.Dossier(id="d-1", title="Parts"))
        # what one part writes the others read, through the same connection
        assert store.db.get(model.Dossier, "d-1") == store.get(model.Dossier, "d-1")
        assert store.count(model.Track, "d-1") == 0 and store.change_problems(store.dossiers()[0]) == []
