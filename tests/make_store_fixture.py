"""Writes tests/fixtures/stores/v<N>.db: the demo dossier in a store of the current schema.

Run it once whenever a migration is added, *before* changing the schema further, so that a
store of every released version stays under test:  python -m tests.make_store_fixture
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from negoprep.records.model import Author
from negoprep.startup import load_demo
from negoprep.store.migrations import current_version
from negoprep.store.store import Store

FOLDER = Path(__file__).parent / "fixtures" / "stores"


def main() -> Path:
    target = FOLDER / f"v{current_version()}.db"
    target.unlink(missing_ok=True)
    with Store.open(target, Author(id="00000000-0000-4000-8000-00000000f1c5", name="Fixture")) as store:
        load_demo(store, "en")  # the same fixture whatever the language of the system that makes it
    conn = sqlite3.connect(target)  # one self-contained file: no WAL beside it
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return target


if __name__ == "__main__":
    print(main())
