"""Opening the store a person asked for, and the language chosen for negoprep, shared by the
command line and the desktop app."""

from __future__ import annotations

import configparser
from pathlib import Path

from negoprep import i18n, live, paths
from negoprep.i18n import translate
from negoprep.identity import current_author
from negoprep.store.store import LoadResult, Store

#: the longest settings file read for the language (the app's INI file is a few kilobytes)
MAX_SETTINGS_BYTES = 1024 * 1024

# the bundled demo dossier in each language: the same facts, written by each side's own officials
DEMO_SEEDS = {"en": paths.DEMO_SEED, "ko": "korea-us-2plus2.ko.json"}


def load_demo(store: Store, lang: str | None = None) -> LoadResult:
    """Add the bundled demo dossier in `lang` ("en" or "ko"; None: the language negoprep speaks,
    the one chosen in Settings or else the system's) to a store, or bring it up to date."""
    from negoprep.formats import dossier_json  # only when the demo is loaded: keeps start-up short

    seed = DEMO_SEEDS[lang] if lang else DEMO_SEEDS.get(i18n.language(), paths.DEMO_SEED)
    source = translate("startup", "demo dossier")
    return store.load(dossier_json.parse_text(paths.seed_text(seed), source), source)


def open_store(path: Path, *, is_default: bool, create: bool) -> Store:
    """Open a store; the person's default store is made, with the demo dossier in the language
    negoprep speaks, on first use."""
    if is_default and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(path, current_author(), create=True)
        try:
            load_demo(store)
        except BaseException:
            store.close()
            raise
        return store
    return Store.open(path, current_author(), create=create)


def settings_file() -> Path:
    """The INI file the desktop app keeps its settings in (written by QSettings)."""
    return paths.config_dir() / "negoprep.ini"


def chosen_language(path: Path | None = None) -> str:
    """The language chosen in the app's Settings ("en", "ko"), or "" to follow the system's.

    Read without Qt, so that the command line starts without it: the key "language" of the
    [General] section, where QSettings writes a top-level key. A file that is missing,
    unreadable or not a regular file chooses nothing."""
    data = live.read_regular(path or settings_file(), MAX_SETTINGS_BYTES)
    if data is None:
        return ""
    # as QSettings writes it: no interpolation; a key given twice counts as the last one
    parser = configparser.ConfigParser(interpolation=None, strict=False, inline_comment_prefixes=(";",))
    try:
        parser.read_string(data.decode("utf-8-sig", "replace"))
    except configparser.Error:
        return ""
    value = parser.get("General", "language", fallback="").strip().strip('"')
    return value if value in i18n.LANGUAGES else ""
