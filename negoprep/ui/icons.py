"""The app's toolbar and menu icons: small grey line drawings, bundled as SVG, loaded by name.

Each icon is a 24×24 SVG in resources/icons/, drawn as strokes so it stays sharp at any
size and device pixel ratio; Qt's SVG icon engine (the iconengines plugin that ships with
PySide6-Essentials) renders it on demand.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from negoprep import paths

#: Every icon the app ships, one resources/icons/<name>.svg each.
ICON_NAMES: tuple[str, ...] = (
    "add",
    "chart",
    "duplicate",
    "delete",
    "up",
    "down",
    "undo",
    "redo",
    "search",
    "history",
    "new-store",
    "open",
    "save-copy",
    "new-dossier",
    "copy-dossier",
    "overview",
    "agenda",
    "red-line",
    "package",
    "talks",
    "talking-point",
    "delegation",
    "home",
    "checklist",
    "figure",
    "note",
    "quit",
    "filter",
    "warning",
    "lock",
    "author",
)


@cache
def icon(name: str) -> QIcon:
    """The bundled icon `name` (one of ICON_NAMES); ValueError for any other name."""
    if name not in ICON_NAMES:
        known = ", ".join(ICON_NAMES)
        raise ValueError(f"no icon named {name!r}; known icons: {known}")  # untranslated: a programmer's error
    return QIcon(str(paths.bundled("resources", "icons", f"{name}.svg")))
