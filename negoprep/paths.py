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


def log_defect(exc: BaseException, context: str) -> Path | None:
    """Append an error that is negoprep's own defect, with its traceback, to negoprep.log in
    the log folder (`context` says what was running); returns the log, or None when it cannot
    be written. A person is only ever told where it is, never shown the traceback."""
    import traceback
    from datetime import UTC, datetime

    from negoprep import __version__

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "negoprep.log"
        with log.open("a", encoding="utf-8") as handle:
            head = f"--- {datetime.now(UTC).isoformat()} negoprep {__version__} {context}\n"  # untranslated: log
            handle.write(head)
            handle.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def log_note(text: str) -> Path | None:
    """Append one line to negoprep.log in the log folder: something negoprep put right by
    itself that a person need not be asked about (untranslated: a log). Returns the log, or
    None when it cannot be written."""
    from datetime import UTC, datetime

    from negoprep import __version__

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "negoprep.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} negoprep {__version__} {text}\n")  # untranslated: log
        return log
    except OSError:
        return None


def seed_text(name: str = DEMO_SEED) -> str:
    """A bundled seed dossier."""
    return bundled("seeds", name).read_text(encoding="utf-8")
