"""Where negoprep keeps things: the default store, the config folder, the bundled seeds."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "negoprep"
DEMO_SEED = "korea-us-2plus2.json"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_store() -> Path:
    """`NEGOPREP_STORE` if set, else negoprep.db in the person's data folder."""
    named = os.environ.get("NEGOPREP_STORE", "").strip()
    return Path(named).expanduser() if named else data_dir() / "negoprep.db"


def bundled(folder: str, *parts: str) -> Path:
    """A bundled file (seeds/..., resources/...): inside the installed package, or beside
    the source tree when running from a checkout."""
    package = Path(__file__).resolve().parent
    packaged = package.joinpath(folder, *parts)
    return packaged if packaged.exists() else package.parent.joinpath(folder, *parts)


def seed_text(name: str = DEMO_SEED) -> str:
    """A bundled seed dossier."""
    return bundled("seeds", name).read_text(encoding="utf-8")
