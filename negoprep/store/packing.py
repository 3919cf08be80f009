"""Revision snapshots packed for the file: raw deflate with a preset dictionary.

A snapshot's canonical JSON (negoprep.store.chain.snapshot_text) repeats its record's field
names and their usual values in every revision; deflate primed with a dictionary of exactly
those (`DICTIONARY_1`) keeps a revision of an agenda item in a fraction of its text. A packed
snapshot is a BLOB: its first byte names the dictionary it was packed with (1 now), the rest
is the raw deflate stream. A snapshot may still be TEXT (as stores before schema version 14
and the files a person builds with other programs hold it): it is read as it is.

Unpacking is lossless: the text comes back byte for byte, so every hash and digest, defined
over the text, is as it was. A dictionary, once released, never changes (a new one is a new
first byte). A packed value whose text would exceed `MAX_UNPACKED` bytes, or that is not a
whole deflate stream of UTF-8 text, is damaged (`DamagedSnapshotError`): it is never
unpacked further than that cap, so a crafted file cannot exhaust the memory.

In SQL, `negoprep_snapshot(x)` raises for a damaged one: the statement fails, and the store
is reported damaged (negoprep.store.connection.is_damage) at whichever door read it, so no
query ever takes a damaged snapshot for no snapshot and goes on (a release copy that left
withheld text in a blob it could not blank, a past missing a revision). SQLite hears only
that a function failed; which failure it was is kept for the thread that ran the statement
(`damage_raised`). Only what judges a file whose snapshots may be damaged (verify, the
salvage, the background check) reads them leniently: `negoprep_snapshot_or_null(x)`.
"""

from __future__ import annotations

import json
import threading
import zlib
from typing import Any

from negoprep.i18n import translate

# The first byte of a snapshot packed with `DICTIONARY_1`.
PACKED_1 = 1
# The largest text a packed snapshot may hold (bytes of UTF-8; verify allows 4,000,000 characters).
MAX_UNPACKED = 16_000_000
# The field names and default values of every record type, one snapshot of each as negoprep
# wrote them at schema version 14 (the most common kinds of record last, where deflate finds
# them at the shortest distance). Never edit: the packed snapshots of every file depend on it.
DICTIONARY_1 = "".join((
    '{"author_id": "", "batna": "", "classification": "", "counterpart": "", "created_at": "", ',
    '"deleted": false, "ends_on": null, "format": "negotiation", "id": "", "objective": "", ',
    '"release_approvers": true, "release_batna": true, "release_internal": false, "release_notes": ',
    'false, "release_walk_away": true, "starts_on": null, "their_batna": "", "title": "", ',
    '"updated_at": "", "venue": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "description": "", "dossier_id": "", "id":',
    ' "", "name": "", "position": 0, "updated_at": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "head": false, "id": "",',
    ' "name": "", "notes": "", "organisation": "", "position": 0, "side": "ours", "title": "", ',
    '"updated_at": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "number": 1, ',
    '"position": 0, "starts_on": null, "summary": "", "updated_at": "", "venue": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "notes": "", ',
    '"package_id": "", "position": 0, "response": "pending", "round_id": "", "side": "theirs", ',
    '"tabled_on": null, "updated_at": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "kind": ',
    '"other", "name": "", "notes": "", "position": 0, "updated_at": "", "veto": false}',
    '{"agenda_item_id": "", "at_least": null, "author_id": "", "constituency_id": "", "created_at": ',
    '"", "deleted": false, "dossier_id": "", "excluded": false, "id": "", "max_value": null, ',
    '"min_value": null, "position": 0, "updated_at": ""}',
    '{"agenda_item_id": "", "author_id": "", "created_at": "", "deleted": false, "dossier_id": "", ',
    '"id": "", "participant_id": "", "position": 0, "updated_at": "", "weight": null}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "label": "", ',
    '"position": 0, "series": "", "source": "", "unit": "", "updated_at": "", "value": null}',
    '{"at": null, "author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", ',
    '"position": 0, "text": "", "title": "", "updated_at": ""}',
    '{"approved_by": "", "author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id":',
    ' "", "position": 0, "rationale": "", "rule": {"kind": "manual"}, "severity": "firm", ',
    '"statement": "", "title": "", "updated_at": ""}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "name": "", ',
    '"notes": "", "origin": "ours", "position": 0, "updated_at": ""}',
    '{"agenda_item_id": "", "author_id": "", "created_at": "", "deleted": false, "dossier_id": "", ',
    '"id": "", "level": null, "notes": "", "package_id": "", "position": 0, "role": null, ',
    '"updated_at": "", "value": null}',
    '{"author_id": "", "created_at": "", "deleted": false, "dossier_id": "", "id": "", "position": 0,',
    ' "title": "", "updated_at": ""}',
    '{"agenda_item_id": "", "author_id": "", "checklist_id": "", "created_at": "", "deleted": false, ',
    '"done": false, "dossier_id": "", "due": null, "id": "", "notes": "", "owner_id": "", "position":',
    ' 0, "red_line_id": "", "text": "", "updated_at": ""}',
    '{"agenda_item_id": "", "author_id": "", "created_at": "", "deleted": false, "disclosure": ',
    '"internal", "dossier_id": "", "id": "", "kind": "point", "position": 0, "text": "", ',
    '"updated_at": ""}',
    '{"author_id": "", "created_at": "", "criteria": "", "deleted": false, "description": "", ',
    '"disclosure": "internal", "dossier_id": "", "fallback": "", "fallback_approved_by": "", ',
    '"fallback_score": 40, "figure_better": null, "figure_fallback": null, "figure_opening": null, ',
    '"figure_source": "", "figure_target": null, "figure_unit": "", "figure_value": null, ',
    '"figure_walk_away": null, "flexibility": 3, "id": "", "interests": "", "likelihood": "possible",',
    ' "opening": "", "opening_approved_by": "", "opening_score": 100, "our_position": "", "owner_id":',
    ' "", "position": 0, "priority": 3, "stance": "defensive", "status": "open", "target": "", ',
    '"target_approved_by": "", "target_score": 75, "their_interests": "", "their_position": "", ',
    '"their_walk_away": null, "their_weight": null, "title": "", "track_id": "", "updated_at": "", ',
    '"walk_away": "", "walk_away_approved_by": "", "walk_away_score": 0, "weight": 0}',
)).encode("utf-8")  # fmt: skip
_DICTIONARIES = {PACKED_1: DICTIONARY_1}
# The SQL function every connection of the store has (engine.connect): a snapshot's text.
SQL_FUNCTION = "negoprep_snapshot"
# The same, giving NULL for a damaged snapshot: only for judging a file (verify, salvage, checks).
SQL_LENIENT_FUNCTION = "negoprep_snapshot_or_null"
# What SQLite (through Python's sqlite3 and sqlcipher3) says of any function that raised.
FUNCTION_FAILED = "user-defined function raised exception"  # untranslated: what SQLite says, compared


class DamagedSnapshotError(ValueError):
    """A packed snapshot that cannot be unpacked (damaged, or larger than negoprep writes)."""


def pack_snapshot(text: str) -> bytes:
    """A snapshot's canonical JSON, packed as the file keeps it."""
    # an 8 KB window holds the dictionary and most snapshots; a smaller one is quicker to set up
    # for each snapshot, and higher levels find nothing more in so little text
    packer = zlib.compressobj(6, zlib.DEFLATED, -13, 8, zlib.Z_DEFAULT_STRATEGY, DICTIONARY_1)
    return bytes((PACKED_1,)) + packer.compress(text.encode("utf-8")) + packer.flush()


def unpack_snapshot(value: str | bytes) -> str:
    """A snapshot's text, from what the file holds: TEXT as it is, a packed BLOB unpacked."""
    if isinstance(value, str):
        return value
    found = _unpack(value)
    if found is None:
        raise DamagedSnapshotError(_damaged())
    return found


def _damaged() -> str:
    return translate("store", "a revision's snapshot is damaged: it cannot be unpacked")


def snapshot_record(value: str | bytes, row_id: object) -> dict[str, Any]:
    """A revision's snapshot as the record it holds, the record `row_id` names: a JSON object
    of that id. Anything else is damaged (DamagedSnapshotError)."""
    held = _record(unpack_snapshot(value))
    if held is None:
        raise DamagedSnapshotError(_not_json())
    if held.get("id") != row_id:
        raise DamagedSnapshotError(_not_its_row())
    return held


def snapshot_fault(value: object, row_id: object) -> str | None:
    """What is wrong with a revision's snapshot (`snapshot_record`), in words; None when nothing."""
    if not isinstance(value, (str, bytes)):
        return _not_json()
    try:
        snapshot_record(value, row_id)
    except DamagedSnapshotError as exc:
        return str(exc)
    return None


def _record(text: str) -> dict[str, Any] | None:
    try:
        held = json.loads(text)
    except ValueError:
        return None
    return held if isinstance(held, dict) else None


def _not_json() -> str:
    return translate("store", "a revision's snapshot is damaged: it is not a JSON object")


def _not_its_row() -> str:
    return translate("store", "a revision's snapshot is damaged: it holds another record")


def _unpack(value: bytes) -> str | None:
    dictionary = _DICTIONARIES.get(value[0]) if value else None
    if dictionary is None:
        return None
    unpacker = zlib.decompressobj(-15, zdict=dictionary)
    try:
        text = unpacker.decompress(memoryview(value)[1:], MAX_UNPACKED + 1)
        if not unpacker.eof or unpacker.unused_data or unpacker.unconsumed_tail or len(text) > MAX_UNPACKED:
            return None
        return text.decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return None


# The last snapshot `snapshot_sql` unpacked, and its text: a query that reads one snapshot in
# several expressions of a row (verify's checks) unpacks it once.
_last: tuple[bytes, str | None] = (b"", None)
# The damage `snapshot_sql` last raised for, on each thread (None after a snapshot it unpacked).
_raised = threading.local()


def snapshot_sql(value: object) -> str | None:
    """`negoprep_snapshot(x)` in SQL: the text of a snapshot; raises DamagedSnapshotError for
    a damaged one (the statement then fails: `damage_raised` says why). None for what is no
    snapshot at all (NULL, a number), which every check takes for no JSON object."""
    text = snapshot_or_none(value)
    if text is None and isinstance(value, bytes):
        _raised.damage = _damaged()
        raise DamagedSnapshotError(_raised.damage)
    return text


def snapshot_or_none(value: object) -> str | None:
    """`negoprep_snapshot_or_null(x)` in SQL: the text of a snapshot, None for a damaged one
    (or for what is no snapshot at all). Only for judging a file that may hold damage."""
    global _last
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return None
    last = _last  # (one tuple: read and replaced whole, whichever thread asks)
    if last[0] == value:
        return last[1]
    text = _unpack(value)
    _last = (value, text)
    if text is not None:
        _raised.damage = None  # (a statement that failed since did not fail here)
    return text


def damage_raised(error: Exception) -> str | None:
    """What damage `error` (an SQLite error of this thread's last statement) reports, when it
    is the failure of `negoprep_snapshot` on a damaged snapshot; else None. The first error
    asked about after the failure takes it over (the next failure of another function, on
    this thread, is not taken for damage)."""
    said = getattr(error, "negoprep_damage", None)
    if said is not None or str(error) != FUNCTION_FAILED:
        return said
    said = getattr(_raised, "damage", None)
    if said is not None:
        _raised.damage = None
        error.negoprep_damage = said  # type: ignore[attr-defined]
    return said
