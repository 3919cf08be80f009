"""Opening the store a person asked for, shared by the command line and the desktop app."""

from __future__ import annotations

from pathlib import Path

from negoprep import paths
from negoprep.identity import current_author
from negoprep.store.store import LoadResult, Store


def load_demo(store: Store) -> LoadResult:
    """Add the bundled demo dossier to a store (or bring it up to date)."""
    from negoprep.formats import dossier_json  # only when the demo is loaded: keeps start-up short

    return store.load(dossier_json.parse_text(paths.seed_text(), "demo dossier"), "demo dossier")


def open_store(path: Path, *, is_default: bool, create: bool) -> Store:
    """Open a store; the person's default store is made, with the demo dossier, on first use."""
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
