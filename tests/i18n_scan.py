"""Finds the texts a person would read that do not go through the translation system.

A string literal in the interface, the paper or the command line is shown to a person when it
reads as prose: words of letters with a space between them, a capitalised word, or a
sentence's punctuation. It must then be an argument of `translate` or `QT_TRANSLATE_NOOP`,
where `pyside6-lupdate` finds it. Literals that only look like prose and are never shown
(object names, SQL, file filters' patterns, style sheets, keys) are recognised by where they
stand; a line that holds another such literal says so with ``# untranslated: why``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}

#: calls whose string arguments are never shown as such
NOT_SHOWN_CALLS = {
    "setObjectName",
    "objectName",
    "setProperty",
    "property",
    "getattr",
    "setattr",
    "hasattr",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "replace",
    "strip",
    "join",
    "get",
    "pop",
    "compile",
    "search",
    "match",
    "sub",
    "fullmatch",
    "findall",
    "execute",
    "executemany",
    "QKeySequence",
    "setShortcut",
    "setStyle",
    "setStyleSheet",
    "icon",
    "value",
    "setValue",
    "contains",
    "remove",
    "debug",
    "info",
    "warning_log",
    "exception",
    "log_defect",
    "field",
    "add_argument_group_name",
    "encode",
    "decode",
    "strftime",
    "strptime",
    "format_help",
    "QColor",
    "QFont",
    "setFamily",
    "setFamilies",
    "add_subplot",
    "savefig",
    "set_xscale",
    "set_yscale",
    "rc_context",
    "rcParams",
    "use",
    "QSettings",
    "setFilterRules",
    "Path",
    "with_suffix",
    "environ",
    "getenv",
    "warn",
    "filterwarnings",
    "simplefilter",
    "open",
    "read_text",
    "write_text",
    "set_facecolor",
    "set_color",
    "set_edgecolor",
    "plot",
    "scatter",
    "bar",
    "barh",
    "axhline",
    "axvline",
    "tick_params",
    "subplots",
    "set_linestyle",
    "isinstance",
    "index",
    "find",
    "count",
    "QUrl",
    "fromLocalFile",
    "quote",
    "escape_sql",
    "rule",
    # a programmer's error (an impossible state), never a person's: read in the log, in English
    "TypeError",
    "RuntimeError",
    "AssertionError",
}
#: exceptions raised for a defect in the program (an impossible state, a wrong argument of an
#: internal call), never for a person to act on: their words are for the programmer
INTERNAL_ERRORS = {
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "NotImplementedError",
    "KeyError",
    "IndexError",
}
#: keyword arguments whose strings are never shown
NOT_SHOWN_KEYWORDS = {
    "objectName",
    "name",
    "key",
    "kind",
    "dest",
    "metavar",
    "shortcuts",
    "icon_name",
    "ha",
    "va",
    "color",
    "loc",
    "fontstyle",
    "fontweight",
    "style",
    "family",
    "mode",
    "encoding",
    "errors",
    "format",
    "fmt",
    "linestyle",
    "marker",
    "cmap",
    "sep",
    "end",
    "action",
    "table",
    "field",
    "code",
    "choices",
    "default",
    "section",
    "suffix",
    "prefix",
    "facecolor",
    "edgecolor",
    "edge_color",
    "weight",
    "bbox_inches",
    "dpi",
    "ls",
    "type",
    "nargs",
    "const",
    "textcoords",
    "xycoords",
    "boxstyle",
}
#: names of variables that hold what is never shown as such (font families)
_NOT_SHOWN_NAMES = re.compile(r"(?i)(?:famil(?:y|ies)|fonts?)$")
_TAGS = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}|%\w")
_WORDS = re.compile(r"[A-Za-z]{2,}")
_PROSE = re.compile(r"[A-Za-z]{2,}[ ,.;:!?…]+[A-Za-z]{2,}|^[A-Z][a-z]{2,}\b|[A-Za-z]{2,}[.:!?…]$")
#: in an f-string, a lowercase word beside a value ("{n} added", "see {cmd}") is shown too
_BESIDE_VALUE = re.compile(r"\{\} [a-z]{3,}\b|\b[a-z]{3,} \{\}")
_NOT_PROSE = re.compile(
    r"^(?:[\w-]+(?:[./\\:][\w-]+)+|[a-z_]+(?:\.[a-z_]+)*\.|:\w+:|\w*_\w*|[a-z0-9-]+|#[0-9a-fA-F]{3,8}|[A-Z][a-z]+\+.*|\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|"
    r"ATTACH|DETACH|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|REPLACE)\b.*)$",
    re.DOTALL,
)
#: SQL written in pieces: a clause, a condition or a list of column names is never shown
_SQL = re.compile(
    r"\b(?:SELECT|WHERE|ORDER BY|GROUP BY|UNION|JOIN|IS NOT NULL|IS NULL|NOT IN|CASE WHEN|GLOB|REFERENCES|"
    r"PRIMARY KEY|LIMIT|AND|OR|IS|IN)\b|^\s*\w+(?:\s+AS\s+\w+)?(?:\s*,\s*\w+)*\s*,?\s*$"
)
_COLUMNS = re.compile(r"\w+_\w+| AS |,")


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def is_prose(text: str) -> bool:
    """Whether a literal reads as words a person would be shown."""
    stripped = _TAGS.sub(" ", text).strip()
    if not _WORDS.search(stripped) or _NOT_PROSE.match(stripped):
        return False
    sql = _SQL.search(stripped)
    if sql and (sql.group().strip().isupper() or _COLUMNS.search(stripped)):
        return False
    return bool(_PROSE.search(stripped))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _inside_fstring(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    while id(node) in parents:
        node = parents[id(node)]
        if isinstance(node, ast.JoinedStr):
            return True
    return False


def scan(path: Path, root: Path) -> list[Unmarked]:
    """The prose literals of one file that no translation marker holds."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    skip = _docstrings(tree)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    found: list[Unmarked] = []

    def excused(node: ast.AST) -> bool:
        child = node
        while id(child) in parents:
            parent = parents[id(child)]
            if isinstance(parent, ast.Call):
                name = _name(parent.func)
                if name in MARKERS or name in NOT_SHOWN_CALLS or name in INTERNAL_ERRORS:
                    return True
            if isinstance(parent, ast.keyword) and parent.arg in NOT_SHOWN_KEYWORDS:
                return True
            if isinstance(parent, ast.Assert) and child is parent.msg:
                return True
            if isinstance(parent, ast.Compare) or (isinstance(parent, ast.Subscript) and child is parent.slice):
                return True
            if isinstance(parent, ast.Dict) and any(child is key for key in parent.keys):
                return True
            if isinstance(parent, ast.Dict):  # a value under a key such as {"boxstyle": ...}
                key = next((k for k, v in zip(parent.keys, parent.values, strict=True) if v is child), None)
                if isinstance(key, ast.Constant) and key.value in NOT_SHOWN_KEYWORDS:
                    return True
            if isinstance(parent, (ast.Assign, ast.AnnAssign)):
                targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
                return any(isinstance(t, ast.Name) and _NOT_SHOWN_NAMES.search(t.id) for t in targets)
            if isinstance(parent, ast.stmt):
                return False
            child = parent
        return False

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in MARKERS and _inside_fstring(node, parents):
            # pyside6-lupdate does not read inside f-strings: such a text is never translated
            found.append(Unmarked(str(path.relative_to(root)), node.lineno, "translate() inside an f-string"))
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skip:
                continue
            if isinstance(parents.get(id(node)), ast.JoinedStr):
                continue  # judged with its f-string
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            # judged with a stand-in for each value (f"rule.{kind}.name" is a key, not prose);
            # reported with the values left out
            judged = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            values = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            if not is_prose(judged) and not _BESIDE_VALUE.search(values):
                continue
        else:
            continue
        prose = is_prose(text) or (isinstance(node, ast.JoinedStr) and bool(_BESIDE_VALUE.search(values)))
        if not prose or excused(node):
            continue
        first, last = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
        if any("# untranslated:" in lines[i - 1] for i in range(first, last + 1)):
            continue
        found.append(Unmarked(str(path.relative_to(root)), node.lineno, text[:90]))
    return found


def scan_tree(root: Path, parts: list[str]) -> list[Unmarked]:
    found: list[Unmarked] = []
    for part in parts:
        target = root / part
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            found.extend(scan(path, root))
    return found


def translated_at_import(path: Path, root: Path) -> list[Unmarked]:
    """`translate()` calls outside any function: they run once, when the module is imported,
    so their text stays in the language of that moment after the person switches language
    (declare such a text with QT_TRANSLATE_NOOP and translate it where it is shown)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Unmarked] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Call) and _name(child.func) == "translate":
                found.append(Unmarked(str(path.relative_to(root)), child.lineno, "translate() at import time"))
            visit(child)

    visit(tree)
    return found
