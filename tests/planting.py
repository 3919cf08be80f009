"""Records written past the store's door, as an older version of negoprep, a damaged file or
another program could have left them: for tests of what reads a store that holds them."""

from __future__ import annotations

from negoprep.records import model
from negoprep.store.store import Store


def plant(store: Store, record: model.Record) -> model.Record:
    """Write a record with its revision and index entry, unchecked; returns it as stored."""
    with store.transaction():
        store.db.write(record)
    stored = store.get(type(record), record.id)
    assert stored is not None
    return stored
