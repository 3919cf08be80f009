"""A record's history told as a person reads it: who changed which fields, when."""

from __future__ import annotations

from dataclasses import dataclass

from negoprep.records import times
from negoprep.records.model import BOOKKEEPING, BY_TABLE, Revision

_SKIP = frozenset({*BOOKKEEPING, "id", "dossier_id", "position"})


@dataclass(frozen=True)
class HistoryEntry:
    at: str  # local time to the minute, with its zone
    author: str
    action: str  # "created", "changed", "deleted", "restored"
    changes: tuple[tuple[str, object, object], ...]  # (field, before, after)


def entries(revisions: list[Revision]) -> list[HistoryEntry]:
    """Each revision, oldest first, with the fields it changed against the one before."""
    out = []
    by_id = {r.id: r for r in revisions}
    latest: dict[str, object] | None = None
    for revision in revisions:
        snapshot = revision.snapshot
        # against what this revision changed: its first parent (after a merge, the branch it
        # continues), not whatever came just before it in time on another branch
        parent = by_id.get(revision.parents[0]) if revision.parents else None
        previous = parent.snapshot if parent is not None else latest
        if revision.op == "delete":
            action = "deleted"
        elif previous is None:
            action = "created"
        elif previous.get("deleted") and not snapshot.get("deleted"):
            action = "restored"
        else:
            action = "changed"
        changes: tuple[tuple[str, object, object], ...] = ()
        if previous is not None and action in ("changed", "restored"):
            rtype = BY_TABLE.get(revision.table)
            names = rtype.columns() if rtype else sorted(snapshot)  # in the order of the form
            changes = tuple(
                (name, previous.get(name), snapshot.get(name))
                for name in names
                if name not in _SKIP and previous.get(name) != snapshot.get(name)
            )
        out.append(HistoryEntry(times.local_text(revision.at), revision.author_name, action, changes))
        latest = snapshot
    return out
