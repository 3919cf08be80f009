"""PySide's import hook, quieted: imported first by the app, before the window's modules.

PySide6 hooks every import: it reads the source of each module imported after it
(`inspect.getsource`) to learn whether the module mentions PySide, and so whether
`from __feature__ import …` (snake_case, true_property) may apply to it. negoprep selects no
feature and no library it uses does, so every module has PySide's default selection whatever
its source says; reading them all was about a tenth of the start-up. From the import of this
module on, modules are given the default selection unread. Where PySide has no such hook
(another release), nothing is changed."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook quieted below)


def _uses_default_features(module: ModuleType) -> bool:
    return True


def _quiet() -> None:
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_default_features


_quiet()
