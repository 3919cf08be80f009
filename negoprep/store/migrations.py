"""The store's schema as an ordered ladder of migrations, one per schema version.

Step N takes a store from version N-1 to N. A step is never edited once released: a change
to the schema is a new step at the end. `tests/fixtures/stores/` keeps a store file of every
released version so that each step stays proven.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from negoprep import terminal
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.records import model, times
from negoprep.store import chain, search_text

if TYPE_CHECKING:  # sqlite_utils is imported only when a migration runs: it is slow to import
    import sqlite_utils

APPLICATION_ID = 0x4E45474F  # "NEGO": marks a SQLite file as a negoprep store

_COMMON = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author_id TEXT NOT NULL,
    rev TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"""


def _in(column: str, *values: str) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({quoted}))"


def _fk(table: str) -> str:
    # deferred, so that a load or a merge may write rows in any order within a transaction
    return f"REFERENCES {table}(id) DEFERRABLE INITIALLY DEFERRED"


_V1 = f"""
CREATE TABLE authors (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE dossiers ({_COMMON}
    title TEXT NOT NULL,
    counterpart TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    starts_on TEXT,
    ends_on TEXT,
    format TEXT NOT NULL DEFAULT 'negotiation',
    objective TEXT NOT NULL DEFAULT '',
    batna TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT ''
);
CREATE TABLE tracks ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE participants ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'ours' {_in("side", "ours", "theirs", "other")},
    head INTEGER NOT NULL DEFAULT 0 CHECK (head IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE agenda_items ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    track_id TEXT NOT NULL {_fk("tracks")},
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    our_position TEXT NOT NULL DEFAULT '',
    their_position TEXT NOT NULL DEFAULT '',
    interests TEXT NOT NULL DEFAULT '',
    opening TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    fallback TEXT NOT NULL DEFAULT '',
    walk_away TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    flexibility INTEGER NOT NULL DEFAULT 3 CHECK (flexibility BETWEEN 1 AND 5),
    weight REAL NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 100),
    stance TEXT NOT NULL DEFAULT 'defensive' {_in("stance", "offensive", "defensive")},
    likelihood TEXT NOT NULL DEFAULT 'possible' {_in("likelihood", "certain", "possible", "unlikely")},
    status TEXT NOT NULL DEFAULT 'open'
        {_in("status", "open", "tabled", "agreed", "deferred", "rejected", "off_table")},
    owner_id TEXT {_fk("participants")},
    disclosure TEXT NOT NULL DEFAULT 'internal' {_in("disclosure", "shareable", "internal", "never")},
    figure_value REAL,
    figure_unit TEXT NOT NULL DEFAULT '',
    figure_source TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE talking_points ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    agenda_item_id TEXT NOT NULL {_fk("agenda_items")},
    kind TEXT NOT NULL DEFAULT 'point' {_in("kind", "point", "defensive", "question", "answer", "press")},
    text TEXT NOT NULL,
    disclosure TEXT NOT NULL DEFAULT 'internal' {_in("disclosure", "shareable", "internal", "never")},
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE red_lines ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    title TEXT NOT NULL,
    statement TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'firm' {_in("severity", "absolute", "firm")},
    approved_by TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL DEFAULT '{{"kind": "manual"}}' CHECK (json_valid(rule)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE packages ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    name TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'ours' {_in("origin", "ours", "theirs")},
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE package_items ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    package_id TEXT NOT NULL {_fk("packages")},
    agenda_item_id TEXT NOT NULL {_fk("agenda_items")},
    role TEXT NOT NULL {_in("role", "give", "get")},
    value REAL,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checklists ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checklist_items ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    checklist_id TEXT NOT NULL {_fk("checklists")},
    text TEXT NOT NULL,
    owner_id TEXT {_fk("participants")},
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    agenda_item_id TEXT {_fk("agenda_items")},
    red_line_id TEXT {_fk("red_lines")},
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE figures ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    series TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE notes ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    at TEXT,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE revisions (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    parents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parents)),
    author_id TEXT NOT NULL,
    at TEXT NOT NULL,
    op TEXT NOT NULL {_in("op", "insert", "update", "delete")},
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX revisions_row ON revisions(table_name, row_id, at);
CREATE TABLE search_rows (
    docid INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (table_name, row_id)
);
CREATE VIRTUAL TABLE search USING fts5(
    table_name, dossier_id, title, body, row_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
"""

_CHILD_INDEXES = {
    "tracks": "dossier_id, position",
    "participants": "dossier_id, position",
    "agenda_items": "dossier_id, position",
    "talking_points": "agenda_item_id, position",
    "red_lines": "dossier_id, position",
    "packages": "dossier_id, position",
    "package_items": "package_id, position",
    "checklists": "dossier_id, position",
    "checklist_items": "checklist_id, position",
    "figures": "dossier_id, position",
    "notes": "dossier_id, position",
}


def _v1(db: sqlite_utils.Database) -> None:
    # one statement at a time: executescript would commit the migration's transaction
    for statement in _V1.split(";\n"):
        if statement.strip():
            db.execute(statement)
    for table, columns in _CHILD_INDEXES.items():
        db.table(table).create_index([c.strip() for c in columns.split(",")], find_unique_name=True)
    # the dossier's own lists by dossier too, for per-dossier reads of nested rows
    for table in ("talking_points", "package_items", "checklist_items"):
        db.table(table).create_index(["dossier_id"], find_unique_name=True)


def _v2(db: sqlite_utils.Database) -> None:
    """The mandate ladder's approvals and scores, their weight, and a package item's level."""
    for step in ("opening", "target", "fallback", "walk_away"):
        db.execute(f"ALTER TABLE agenda_items ADD COLUMN {step}_approved_by TEXT NOT NULL DEFAULT ''")
    for step, score in (("opening", 100), ("target", 75), ("fallback", 40), ("walk_away", 0)):
        db.execute(
            f"ALTER TABLE agenda_items ADD COLUMN {step}_score INTEGER NOT NULL DEFAULT {score} "
            f"CHECK ({step}_score BETWEEN 0 AND 100)"
        )
    db.execute(
        "ALTER TABLE agenda_items ADD COLUMN their_weight REAL "
        "CHECK (their_weight IS NULL OR their_weight BETWEEN 0 AND 100)"
    )
    db.execute(
        "ALTER TABLE package_items ADD COLUMN level TEXT "
        "CHECK (level IS NULL OR level IN ('opening', 'target', 'fallback', 'walk_away', 'beyond'))"
    )


_V3 = f"""
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    dossier_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL {_in("kind", "edited", "deleted")},
    base TEXT CHECK (base IS NULL OR json_valid(base)),
    a TEXT NOT NULL CHECK (json_valid(a)),
    b TEXT NOT NULL CHECK (json_valid(b)),
    a_rev TEXT NOT NULL,
    b_rev TEXT NOT NULL,
    merge_rev TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IS NULL OR json_valid(resolution)),
    how TEXT CHECK (how IS NULL OR how IN ('mine', 'theirs', 'edit', 'deleted'))
);
CREATE INDEX conflicts_row ON conflicts(table_name, row_id, field);
CREATE INDEX conflicts_pending ON conflicts(dossier_id) WHERE resolved_at IS NULL
"""


def _v3(db: sqlite_utils.Database) -> None:
    """Merge conflicts: a field two people changed differently, both values kept (a and b,
    ordered by revision time) until a person resolves it. They travel with the file."""
    for statement in _V3.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _v4(db: sqlite_utils.Database) -> None:
    """Notes on a checklist task."""
    db.execute("ALTER TABLE checklist_items ADD COLUMN notes TEXT NOT NULL DEFAULT ''")


#: The author of the revisions a step writes when it restates what people wrote (a change
#: negoprep made, not a person), and the namespace of their ids.
RESTATER_ID = "3d1cc420-b9c0-5c25-b6c4-7c18d59ca0bb"
RESTATER_NAME = "negoprep"
_RESTATED = uuid.UUID(RESTATER_ID)


def _restate_notes(db: sqlite_utils.Database, note_ids: list[str], new_at: dict[str, str | None]) -> None:
    """Give notes a new time with a revision each. Its id, time and content depend only on the
    note's head and the new time, so that two copies of a store migrated alike agree, and two
    migrated differently meet in a merge as a conflict on the time, for a person to settle."""
    conn = db.conn
    conn.execute("INSERT OR IGNORE INTO authors (id, name) VALUES (?, ?)", (RESTATER_ID, RESTATER_NAME))
    for note_id in note_ids:
        cursor = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,))
        names = [d[0] for d in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
        head = row["rev"]
        found = conn.execute("SELECT at FROM revisions WHERE id = ?", (head,)).fetchone()
        at = found[0] if found is not None else row["updated_at"]  # as the head was written
        rev = str(uuid.uuid5(_RESTATED, f"{head}\n{json.dumps(new_at[note_id])}"))
        row.update(at=new_at[note_id], updated_at=at, author_id=RESTATER_ID, rev=rev)
        conn.execute(
            "UPDATE notes SET at = ?, updated_at = ?, author_id = ?, rev = ? WHERE id = ?",
            (row["at"], at, RESTATER_ID, rev, note_id),
        )
        snapshot = {k: bool(v) if k == "deleted" else v for k, v in row.items() if k != "rev"}
        # (this step's schema has no digests yet: step 8 computes them for what it wrote)
        chain.add_revision(
            conn, rev, "notes", note_id, [head], RESTATER_ID, at, "update", snapshot, ignore=True, chained=False
        )


def _v5(db: sqlite_utils.Database) -> None:
    """Note times as UTC instants (negoprep.records.times). A date stays a date; a date-time with a
    zone becomes that instant in UTC; one without a zone was the local time of the computer
    that wrote it, taken as this computer's time zone (no other clock is known); text that is
    no time at all is emptied, and stays readable in the note's history. Pending conflicts on
    a note's time are restated alike, so that settling one writes a UTC instant."""
    conn = db.conn
    new_at: dict[str, str | None] = {}
    for note_id, at in conn.execute("SELECT id, at FROM notes WHERE at IS NOT NULL"):
        restated = times.restated(at) if isinstance(at, str) else None
        if restated != at:
            new_at[note_id] = restated
    if new_at:
        _restate_notes(db, sorted(new_at), new_at)

    def restate(value: str | None) -> str | None:
        if value is None:
            return None
        given = json.loads(value)
        return json.dumps(times.restated(given) if isinstance(given, str) else given)

    rows = conn.execute(
        "SELECT id, base, a, b, resolution FROM conflicts WHERE table_name = 'notes' AND field = 'at'"
    ).fetchall()
    for conflict_id, *values in rows:
        conn.execute(
            "UPDATE conflicts SET base = ?, a = ?, b = ?, resolution = ? WHERE id = ?",
            (*(restate(v) for v in values), conflict_id),
        )


_V6_SEARCH = """
CREATE VIRTUAL TABLE search USING fts5(
    table_name, dossier_id, title, body, row_id UNINDEXED, title_grams, body_grams,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)"""


def _v6(db: sqlite_utils.Database) -> None:
    """Search finds any part of a Korean, Chinese or Japanese word: the index gains the
    character pairs of such words (negoprep.store.search_text), and every text in it is
    composed (NFC), as what a person types is. The index is built again from the records."""
    db.execute("DROP TABLE search")
    db.execute(_V6_SEARCH)
    for rtype in chain.present_types(db.conn):
        search_text.reindex(db.conn, rtype, None)


#: The release policy's flags (negoprep.records.release) and their defaults, as schema version 7 adds them.
_V7_RELEASE = (
    ("release_internal", 0),
    ("release_batna", 1),
    ("release_walk_away", 1),
    ("release_approvers", 1),
    ("release_notes", 0),
)


def _v7(db: sqlite_utils.Database) -> None:
    """Each dossier's release policy (negoprep.records.release): what a release copy withholds
    besides "never disclose" records. An existing dossier gets the default policy (the BATNA,
    walk-away points and approvers withheld), the one that every release copy follows from now
    on. The default is no change a person made, so it gets no revision of its own: every
    snapshot of a dossier is restated to hold the flags at their defaults, as the row now does,
    so that a row still equals its head snapshot and a merge of two migrated copies sees the
    same values on both sides and in their ancestor."""
    conn = db.conn
    for column, default in _V7_RELEASE:
        conn.execute(
            f"ALTER TABLE dossiers ADD COLUMN {column} INTEGER NOT NULL DEFAULT {default} CHECK ({column} IN (0, 1))"
        )
    paths = ", ".join(f"'$.{column}', json('{'true' if default else 'false'}')" for column, default in _V7_RELEASE)
    conn.execute(f"UPDATE revisions SET snapshot = json_insert(snapshot, {paths}) WHERE table_name = 'dossiers'")


def _v8_digests(db: sqlite_utils.Database) -> None:
    """Tamper-evident history (negoprep.store.chain): every revision gains the hash of its
    snapshot and a digest chaining it to its parents, every author a digest of its name, and a
    revision the list of fields an export blanked in it. A row that does not hold what its
    head revision's snapshot says (a field its history predates, a change made with another
    program) is restated by a revision of negoprep's own, so that every migrated store verifies.
    The history's seal (the count and XOR of all digests, `chain.SEAL_TABLE`) is computed here."""
    conn = db.conn
    conn.execute("ALTER TABLE revisions ADD COLUMN snapshot_hash TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE revisions ADD COLUMN digest TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE revisions ADD COLUMN redacted TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(redacted))")
    conn.execute("ALTER TABLE authors ADD COLUMN digest TEXT NOT NULL DEFAULT ''")
    conn.execute(chain.SEAL_TABLE)
    chain.rebuild(conn)  # (and the seal over the whole history)
    chain.restate_mismatched(conn, RESTATER_ID, RESTATER_NAME)


#: The columns schema version 9 adds to agenda items: the mandate ladder in figures.
_V9_LADDER = ("figure_opening", "figure_target", "figure_fallback", "figure_walk_away")


def _v9_ladder_figures(db: sqlite_utils.Database) -> None:
    """The mandate ladder in figures (negoprep.records.ladder): an agenda item gains which way
    its key figure is better for us and the figure of each step, all null (not said), so that
    a package's proposed figure can place the item on its ladder. Null is what every snapshot
    lacking the fields reads as; each row is restated by a revision of negoprep's own so that
    it equals its head snapshot, as verify requires (ids depend only on head and content, so
    two copies migrated alike agree)."""
    conn = db.conn
    conn.execute(f"ALTER TABLE agenda_items ADD COLUMN figure_better TEXT {_in('figure_better', *model.BETTER)}")
    for column in _V9_LADDER:
        conn.execute(f"ALTER TABLE agenda_items ADD COLUMN {column} REAL")
    chain.restate_mismatched(conn, RESTATER_ID, RESTATER_NAME)


_V10_TABLES = f"""
CREATE TABLE rounds ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    number INTEGER NOT NULL DEFAULT 1 CHECK (number BETWEEN 1 AND 999),
    starts_on TEXT,
    venue TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE offers ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    round_id TEXT NOT NULL {_fk("rounds")},
    side TEXT NOT NULL DEFAULT 'theirs' {_in("side", *model.ORIGINS)},
    package_id TEXT NOT NULL {_fk("packages")},
    tabled_on TEXT,
    response TEXT NOT NULL DEFAULT 'pending' {_in("response", *model.RESPONSES)},
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE constituencies ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' {_in("kind", *model.CONSTITUENCY_KINDS)},
    veto INTEGER NOT NULL DEFAULT 0 CHECK (veto IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE constituency_demands ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    constituency_id TEXT NOT NULL {_fk("constituencies")},
    agenda_item_id TEXT NOT NULL {_fk("agenda_items")},
    at_least TEXT CHECK (at_least IS NULL OR at_least IN ('opening', 'target', 'fallback', 'walk_away')),
    max_value REAL,
    min_value REAL,
    excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE team_weights ({_COMMON}
    dossier_id TEXT NOT NULL {_fk("dossiers")},
    participant_id TEXT NOT NULL {_fk("participants")},
    agenda_item_id TEXT NOT NULL {_fk("agenda_items")},
    weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 100),
    position INTEGER NOT NULL DEFAULT 0
)"""

#: The indexes of schema version 10's tables: lists in display order, and references that
#: deleting their target follows.
_V10_INDEXES = {
    "rounds": ("dossier_id, position",),
    "offers": ("dossier_id, position", "round_id", "package_id"),
    "constituencies": ("dossier_id, position",),
    "constituency_demands": ("constituency_id, position", "dossier_id", "agenda_item_id"),
    "team_weights": ("dossier_id, position", "participant_id", "agenda_item_id"),
}

#: An agenda item's statuses before schema version 10 (which adds "countered" and "escalated").
_V1_STATUSES = "'open', 'tabled', 'agreed', 'deferred', 'rejected', 'off_table'"


def _v10_talks(db: sqlite_utils.Database) -> None:
    """The talks as they happen and the other side (negoprep.records.model): rounds, offers,
    the domestic win-set (constituencies and their demands) and each delegate's own weights;
    the other side's BATNA, estimated walk-away and interests, and objective criteria; two
    more statuses of an agenda item ("countered", "escalated").

    Widening the status CHECK changes no stored value, so the table's definition is rewritten
    in place as SQLite documents for such changes ("ALTER TABLE", section 7, the simpler
    procedure): a rebuild would have to drop a table every other one points at. The new
    columns hold their defaults, which no earlier snapshot holds: each row is restated by a
    revision of negoprep's own, as in step 9."""
    conn = db.conn
    for statement in _V10_TABLES.split(";\n"):
        db.execute(statement)
    for table, indexes in _V10_INDEXES.items():
        for columns in indexes:
            db.table(table).create_index([c.strip() for c in columns.split(",")], find_unique_name=True)
    conn.execute("ALTER TABLE dossiers ADD COLUMN their_batna TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE agenda_items ADD COLUMN criteria TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE agenda_items ADD COLUMN their_walk_away REAL")
    conn.execute("ALTER TABLE agenda_items ADD COLUMN their_interests TEXT NOT NULL DEFAULT ''")
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'agenda_items'").fetchone()
    widened = sql.replace(f"IN ({_V1_STATUSES})", f"IN ({', '.join(repr(s) for s in model.STATUSES)})")
    assert widened != sql, "the status CHECK of agenda_items is not the one schema version 1 wrote"
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'agenda_items'", (widened,))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    chain.restate_mismatched(conn, RESTATER_ID, RESTATER_NAME)


#: The long lists of a dossier (thousands of rows), read in display order by an index alone.
_LISTED_IN_ORDER = ("agenda_items", "talking_points", "checklist_items")


def _v11_listing_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that answer the long lists' reads without a pass over their rows: a dossier's
    live agenda items, talking points and tasks in display order (position, then creation,
    then id), and the counts of its live tasks per checklist and owner, done and due
    (the Checklists section's progress line), and the sums of its agenda items' weights
    (shown beside each item chosen). Each holds only live rows (`deleted = 0`, which every
    such read asks for); no stored value changes."""
    for table in _LISTED_IN_ORDER:
        db.execute(f"CREATE INDEX {table}_in_order ON {table}(dossier_id, position, created_at, id) WHERE deleted = 0")
    db.execute(
        "CREATE INDEX checklist_items_progress ON checklist_items(dossier_id, checklist_id, owner_id, done, due) "
        "WHERE deleted = 0"
    )
    db.execute("CREATE INDEX agenda_items_weights ON agenda_items(dossier_id, weight, their_weight) WHERE deleted = 0")


#: The index of schema version 12 by which a record's revisions are found.
REVISIONS_ROW_INDEX = "CREATE INDEX revisions_row ON revisions(table_name, row_id)"


def _v12_revision_index(db: sqlite_utils.Database) -> None:
    """The index that finds a record's revisions by table and row id no longer repeats each
    revision's time: every read through it asks for one record's revisions (or one table's),
    which are few and sorted by time after they are found. A revision's time stays in its
    row, so nothing a person wrote or any digest changes; the index alone is about a third
    smaller (on a 100,000-row store, 9.6 MB down to 6.0 MB)."""
    db.execute("DROP INDEX revisions_row")
    db.execute(REVISIONS_ROW_INDEX)


_V13_SEARCH = """
CREATE VIRTUAL TABLE search USING fts5(
    table_name, dossier_id, title, body, row_id UNINDEXED, title_grams, body_grams,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)"""


def _v13_contentless_search(db: sqlite_utils.Database) -> None:
    """The search index keeps no copy of the texts it indexes (a contentless FTS5 table whose
    entries can be deleted): the records hold them, and search reads the few it shows from
    there (negoprep.store.search_text.Marker). Its columns stay as they were, so that every
    writer of the index writes it as before; what is written to `row_id` is not kept (the
    entry's row is found through search_rows). The index is built again from the records."""
    db.execute("DROP TABLE search")
    db.execute(_V13_SEARCH)
    for rtype in chain.present_types(db.conn):
        search_text.reindex(db.conn, rtype, None)


#: The CHECK of a revision's snapshot before schema version 14, and from it: JSON text, or a
#: packed snapshot (negoprep.store.packing: a BLOB whose first byte names its dictionary).
_TEXT_SNAPSHOT = next(line.strip() for line in _V1.splitlines() if line.strip().startswith("snapshot "))
PACKED_SNAPSHOT = _TEXT_SNAPSHOT.replace(
    "CHECK (json_valid(snapshot))",
    "CHECK (CASE WHEN typeof(snapshot) = 'text' THEN json_valid(snapshot) "
    "WHEN typeof(snapshot) = 'blob' THEN substr(snapshot, 1, 1) = x'01' ELSE 0 END)",
)
_PACK_BATCH = 20_000


def _v14_packed_snapshots(db: sqlite_utils.Database) -> None:
    """Revision snapshots packed (negoprep.store.packing): a snapshot's JSON repeats its
    record's field names and defaults in every revision, which deflate with a dictionary of
    them keeps in about a third of the bytes (of a 100,000-row store's revisions, the larger
    part of the file). The text each unpacks to is the text it was, byte for byte, so every
    hash, digest, past state and merge is as it was; every reader unpacks (`negoprep_snapshot`
    in SQL). The CHECK of the column takes a packed snapshot too: rewritten in place, as in
    step 10 (it changes no stored value). The pages freed are reused by later writes."""
    conn = db.conn
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'revisions'").fetchone()
    widened = sql.replace(_TEXT_SNAPSHOT, PACKED_SNAPSHOT)
    assert widened != sql, "the snapshot CHECK of revisions is not the one schema version 1 wrote"
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'revisions'", (widened,))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM revisions").fetchone()
    for start in range(0, last + 1, _PACK_BATCH):
        conn.execute(
            "UPDATE revisions SET snapshot = negoprep_pack_snapshot(snapshot) "
            "WHERE rowid >= ? AND rowid < ? AND typeof(snapshot) = 'text'",
            (start, start + _PACK_BATCH),
        )


#: The references of schema version 14 that no index led with: (table, column). Deleting a
#: record asks for the live records pointing at it through each (negoprep.store.operations).
_V15_REFERENCES = (
    ("agenda_items", "track_id"),
    ("agenda_items", "owner_id"),
    ("package_items", "agenda_item_id"),
    ("checklist_items", "owner_id"),
    ("checklist_items", "agenda_item_id"),
    ("checklist_items", "red_line_id"),
)


def _v15_reference_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that find the live records pointing at a record through each reference that
    had none: what deleting a track, a delegate, an agenda item or a red line takes along,
    clears or is refused by was found by a pass over a whole table, once per record deleted
    (undoing the copy of a 20,000-row dossier read the tables 20,000 times over). Each holds
    only live rows that point somewhere; no stored value changes."""
    for table, column in _V15_REFERENCES:
        # (an index of that name made by another program is replaced: the name is negoprep's)
        db.execute(f"DROP INDEX IF EXISTS {table}_by_{column}")
        db.execute(f"CREATE INDEX {table}_by_{column} ON {table}({column}) WHERE deleted = 0 AND {column} IS NOT NULL")


#: Step N (1-based) migrates a store from version N-1 to version N.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8_digests, _v9_ladder_figures, _v10_talks,
    _v11_listing_indexes, _v12_revision_index, _v13_contentless_search,
    _v14_packed_snapshots, _v15_reference_indexes,
]  # fmt: skip
#: The first version whose note times are UTC instants (what a received file is checked for).
UTC_NOTE_TIMES = 5
#: The first version whose search index holds the parts of Korean, Chinese and Japanese words.
SEARCH_PARTS = 6
#: The first version whose dossiers carry a release policy.
RELEASE_POLICY = 7
#: The first version whose revisions are chained by digests (what verify checks them for).
DIGESTS = 8
#: The first version with rounds, offers, constituencies and team weights.
TALKS = 10
#: The first version whose long lists, task counts and weight sums are read by indexes of live rows.
LISTING_INDEXES = 11
#: The first version whose search index keeps no copy of the texts (a contentless index).
CONTENTLESS_SEARCH = 13
#: The first version whose revision snapshots are packed.
PACKED_SNAPSHOTS = chain.PACKED_SNAPSHOTS


def current_version() -> int:
    """The schema version this negoprep writes."""
    return len(MIGRATIONS)


#: What only a later schema version writes, which a store of an earlier version therefore cannot
#: hold (a file that says it is of that version and holds it was made or changed by other
#: means): the first version that writes it, what it is in words, and SQL that finds it. Each
#: query reads only what the earlier versions have (the revisions, agenda_items' status).
LATER_VALUES: tuple[tuple[int, str, str], ...] = (
    (
        PACKED_SNAPSHOTS,
        QT_TRANSLATE_NOOP("store", "packed revision snapshots"),
        "SELECT 1 FROM revisions WHERE typeof(snapshot) != 'text' LIMIT 1",
    ),
    (
        TALKS,
        QT_TRANSLATE_NOOP("store", "an agenda item whose status is “countered” or “escalated”"),
        "SELECT 1 FROM agenda_items WHERE status NOT IN ({statuses}) UNION ALL "
        "SELECT 1 FROM revisions WHERE table_name = 'agenda_items' AND CASE WHEN typeof(snapshot) = 'text' "
        "AND json_valid(snapshot) THEN json_type(snapshot, '$.status') = 'text' "
        "AND json_extract(snapshot, '$.status') NOT IN ({statuses}) ELSE 0 END LIMIT 1".replace(
            "{statuses}", _V1_STATUSES
        ),
    ),
)


def later_value(conn: Any, version: int) -> tuple[int, str] | None:
    """The first thing a store that says it is of `version` holds that only a later version
    writes: (that version, what it is, translated); None when it holds only what its version
    allows. Fields of a record's snapshots count too: every key of a snapshot is a column of
    its table in this very file (a file's columns are its version's, which verify has compared),
    so that history cannot carry what the version's rows cannot."""
    newest = current_version()
    if version >= newest:
        return None
    for since, what, sql in LATER_VALUES:
        if version < since and conn.execute(sql).fetchone() is not None:
            return since, translate("store", what)
    for rtype in chain.present_types(conn):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({rtype.table})") if row[1] != "rev"]
        allowed = ", ".join(f"'{c}'" for c in columns)
        found = conn.execute(
            "SELECT j.key FROM revisions r, json_each(CASE WHEN typeof(r.snapshot) = 'text' AND "
            "json_valid(r.snapshot) AND json_type(r.snapshot) = 'object' THEN r.snapshot ELSE '{}' END) j "
            f"WHERE r.table_name = ? AND j.key NOT IN ({allowed}) LIMIT 1",
            (rtype.table,),
        ).fetchone()
        if found is not None:
            since = next(
                (
                    number
                    for number in range(version + 1, newest + 1)
                    if found[0] in _columns_at(number).get(rtype.table, ())
                ),
                newest,
            )
            return since, translate("store", "a {noun} revision with the field “{field}”").format(
                noun=translate("records", rtype.noun), field=terminal.shown(str(found[0]))[:60]
            )
    return None


@functools.cache
def _columns_at(version: int) -> dict[str, frozenset[str]]:
    """The columns of every table of a store freshly made at this version (in memory)."""
    import sqlite_utils

    from negoprep.store import engine

    conn = engine.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn)
        for step in MIGRATIONS[:version]:
            step(db)
        return {
            name: frozenset(row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (name,)))
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        conn.close()
