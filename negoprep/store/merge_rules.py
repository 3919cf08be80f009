"""The rules of a merge as plain functions: a record's revision graph, and what its fields
become when several people's work on it comes together. No SQL, no files.

A record's history is a graph of revisions, each naming its parents. A revision a person made
*writes* a field when it leaves the field with another value than the record showed before
it. A merge revision writes nothing: it only brings histories together; nor does the
restoration a merge makes of a record that something still refers to.

For each field, the writes that no later write has replaced are its *standing writes* (a
later write replaces an earlier one when its author had the earlier one in their history).
One value among them is the field's value. Several values are a **conflict**: the record
shows the value of the latest write (by time, then revision id), and each other value stands
against it until a person decides.

A record is deleted when every standing write of its `deleted` flag deletes it and the people
who deleted it had seen every change made to it. A deletion that a change its author had not
seen stands against (or a restoration, or someone keeping the record) is a conflict on
`deleted`, and the record stays meanwhile: nothing is lost. The content of a tombstone is no
one's intent (an export blanks its text), so a deletion writes no content.

An export blanks the text of revisions older than a record's head. Such a revision tells
nothing of its texts (`Revision.unknown`); a value a head shows that its history does not
tell was written by the blanked changes before it that could have written it.

A release copy blanks the fields its policy withholds (a BATNA, walk-away points, approvers)
even in the head, and whoever edits such a copy leaves them blank without having seen them
(`Revision.withheld`): such a blank writes nothing and tells nothing, in any revision, head
or not, so a merge takes the value from the history that holds it.

All of this depends only on the revisions people made and on what each of them had seen,
never on the merge revisions in between: any order of the same merges gives the same record
and the same conflicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

DELETED = "deleted"

#: What two head revisions of a record are to each other.
SAME, DIVERGED = "same", "diverged"
MINE_HOLDS_THEIRS = "mine holds theirs"  # untranslated: a state the merge computes with, never shown
THEIRS_AHEAD = "theirs ahead"  # untranslated: a state the merge computes with, never shown


_NOTHING: Mapping[str, Any] = MappingProxyType({})


class Revision(NamedTuple):
    """One revision of one record: its parents, its time and the record as it left it."""

    id: str
    parents: tuple[str, ...] = ()
    at: str = ""
    values: Mapping[str, Any] = _NOTHING  # every field, `deleted` included
    by_merge: bool = False  # made by a merge (a restoration): it writes nothing
    unknown: frozenset[str] = frozenset()  # fields whose value it does not tell (an export blanked them)
    withheld: frozenset[str] = frozenset()  # fields a release copy withheld from its author: blank, not written


Graph = Mapping[str, Revision]


# --- the revision graph ------------------------------------------------------------------------


def parents_of(text: str) -> tuple[str, ...]:
    """The parents of a revision from their JSON (the common shapes read without a parser)."""
    if text == "[]":
        return ()
    if text.startswith('["') and text.endswith('"]') and text.count('"') == 2 and "\\" not in text:
        return (text[2:-2],)
    return tuple(json.loads(text))


def ancestors(graph: Graph, head: str) -> set[str]:
    """A revision and every revision before it (those the graph holds)."""
    seen = {head}
    stack = [head]
    while stack:
        known = graph.get(stack.pop())
        if known is None:
            continue
        for parent in known.parents:
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def own_ancestor(parents: Mapping[str, Sequence[str]]) -> str | None:
    """A revision that is its own ancestor (its parents lead back to it), or None when the
    revisions form no cycle. `parents` maps every revision to its parents; a parent it does
    not hold is passed over. Of several, the one first met walking from the revisions in
    order of id: the same revision whatever the mapping's order. Walks without recursion."""
    state: dict[str, bool] = {}  # False: on the path being walked; True: done
    for start in sorted(parents):
        if start in state:
            continue
        state[start] = False
        stack = [(start, iter(parents[start]))]
        while stack:
            rev, rest = stack[-1]
            for parent in rest:
                if parent not in parents:
                    continue
                seen = state.get(parent)
                if seen is False:
                    return parent  # on the path from it: it leads back to itself
                if seen is None:
                    state[parent] = False
                    stack.append((parent, iter(parents[parent])))
                    break
            else:
                state[rev] = True
                stack.pop()
    return None


def common_ancestor(graph: Graph, a: str, b: str) -> str | None:
    """The lowest common ancestor of two revisions; of several, the latest by (time, id), so
    that both sides of a merge pick the same one. None when they share no revision."""
    common = {c for c in ancestors(graph, a) & ancestors(graph, b) if c in graph}
    if not common:
        return None
    below: set[str] = set()
    for c in common:
        below |= ancestors(graph, c) - {c}
    lowest = common - below or common
    return max(lowest, key=lambda r: (graph[r].at, r))


def heads(graph: Graph) -> set[str]:
    """The revisions no other revision of the graph names as a parent."""
    named = {p for revision in graph.values() for p in revision.parents}
    return set(graph) - named


def relation(graph: Graph, mine: str, theirs: str) -> str:
    """Which of two heads descends from the other: SAME, MINE_HOLDS_THEIRS (theirs is an
    ancestor of mine: nothing to take), THEIRS_AHEAD (mine is an ancestor of theirs: take
    theirs as it is) or DIVERGED (a merge)."""
    if mine == theirs:
        return SAME
    if theirs in ancestors(graph, mine):
        return MINE_HOLDS_THEIRS
    if mine in ancestors(graph, theirs):
        return THEIRS_AHEAD
    return DIVERGED


# --- what the fields become ----------------------------------------------------------------


@dataclass(frozen=True)
class FieldConflict:
    """A field whose standing writes disagree: `b` is the value shown (the latest write), `a`
    another value standing against it. For `deleted`, `a` is the deletion (True) and `b` the
    record kept (False)."""

    field: str
    kind: str  # "edited" or "deleted"
    base: Any  # the value at the two writes' common ancestor (None when there is none)
    a: Any
    a_rev: str
    a_at: str
    b: Any
    b_rev: str
    b_at: str


@dataclass
class Outcome:
    """What a record is once the histories are together: its values, whether it is deleted,
    and the conflicts a person has to settle."""

    values: dict[str, Any]
    deleted: bool
    conflicts: list[FieldConflict]
    standing: dict[str, frozenset[str]]  # field → its standing writes
    _below: dict[str, int] = field(repr=False, default_factory=dict)  # revision → its ancestors (bits)
    _bit: dict[str, int] = field(repr=False, default_factory=dict)
    latest_deletion: str | None = None  # the latest standing deletion, when there is one

    def descends(self, rev: str, ancestor: str) -> bool:
        """Whether `ancestor` is `rev` or one of its ancestors."""
        bit = self._bit.get(ancestor)
        return bit is not None and bool(self._below.get(rev, 0) & bit)

    def covers(self, name: str, a_rev: str, b_rev: str) -> bool:
        """Whether a standing write of the field (or, for `deleted`, of any field) was made by
        someone who had both revisions in their history: a conflict between them was before
        that person, who changed the record without settling it."""
        fields = self.standing if name == DELETED else {name: self.standing.get(name, frozenset())}
        return any(self.descends(w, a_rev) and self.descends(w, b_rev) for writes in fields.values() for w in writes)


def _key(value: Any) -> str:
    """A value as something to compare and group by (rules are dicts)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _topological(graph: Graph, tops: Iterable[str]) -> list[str]:
    """The revisions at or before `tops`, each after its parents."""
    order: list[str] = []
    state: dict[str, bool] = {}  # False: being visited; True: done
    for top in tops:
        if top not in graph or top in state:
            continue
        stack: list[tuple[str, int]] = [(top, 0)]
        state[top] = False
        while stack:
            rev, n = stack.pop()
            parents = graph[rev].parents
            while n < len(parents) and (parents[n] not in graph or parents[n] in state):
                n += 1
            if n < len(parents):
                stack.append((rev, n + 1))
                state[parents[n]] = False
                stack.append((parents[n], 0))
            else:
                state[rev] = True
                order.append(rev)
    return order


class _Walk:
    """The standing writes of every field at every revision, walked parents first."""

    def __init__(self, graph: Graph, tops: Sequence[str], fields: Sequence[str]):
        self.graph = graph
        self.fields = tuple(fields)
        self.order = _topological(graph, tops)
        self.bit = {rev: 1 << n for n, rev in enumerate(self.order)}
        self.below: dict[str, int] = {}
        self.standing: dict[str, dict[str, frozenset[str]]] = {}
        self.shown: dict[str, dict[str, Any]] = {}  # revision → the value each field shows there
        self.editors = 0  # (bits) the revisions a person made that are not deletions: each wrote something
        self.inferred: dict[tuple[str, str], Any] = {}  # (revision, field) → a blanked value told by a head
        for rev in self.order:
            self._visit(rev)

    def latest(self, writes: Iterable[str]) -> str:
        """Of some writes, the latest (by time, then revision id: the same everywhere)."""
        if isinstance(writes, frozenset) and len(writes) == 1:
            (only,) = writes
            return str(only)
        return max(writes, key=lambda w: (self.graph[w].at, w))

    def value(self, write: str, name: str) -> Any:
        if self.inferred and (write, name) in self.inferred:
            return self.inferred[(write, name)]
        return self.graph[write].values.get(name)

    def maximal(self, writes: set[str] | frozenset[str]) -> frozenset[str]:
        """The writes no other of them replaced."""
        if len(writes) < 2:
            return frozenset(writes)
        return frozenset(w for w in writes if not any(u != w and self.below[u] & self.bit[w] for u in writes))

    def together(self, tops: Sequence[str]) -> dict[str, frozenset[str]]:
        """The standing writes of every field once the histories ending at `tops` are together."""
        first, *rest = (self.standing[t] for t in tops)
        if not rest:
            return dict(first)
        if len(rest) == 1:  # two sides: a field only one of them wrote (or neither) is as it was
            other = rest[0]
            return {n: w if w == other[n] else self.maximal(w | other[n]) for n, w in first.items()}
        return {n: self.maximal(w.union(*(r[n] for r in rest))) for n, w in first.items()}

    def deletion(self, standing: Mapping[str, frozenset[str]], below: int) -> tuple[bool, list[str], list[str]]:
        """Whether the record is deleted (in the history `below`); the standing deletions; the
        writes against them: a restoration, or a change by someone who had not seen them.
        (Every revision a person made changed something, even where an export blanked what.)"""
        dels = [w for w in standing[DELETED] if self.value(w, DELETED)]
        if not dels:
            return False, [], []
        seen = 0
        for d in dels:
            seen |= self.below[d]
        against = {w for w in standing[DELETED] if not self.value(w, DELETED)}
        unseen = self.editors & below & ~seen
        if unseen:
            against |= {rev for rev in self.order if unseen & self.bit[rev]}
        return not against, dels, sorted(against)

    def _visit(self, rev: str) -> None:
        revision = self.graph[rev]
        parents = [p for p in revision.parents if p in self.bit]
        below = self.bit[rev]
        for p in parents:
            below |= self.below[p]
        self.below[rev] = below
        names = (*self.fields, DELETED)
        tombstone = bool(revision.values.get(DELETED))
        if len(parents) < 2 and not revision.by_merge and not tombstone:
            self.editors |= self.bit[rev]
        if not parents:  # a record's first revision (or the first this graph knows) writes everything
            mine = frozenset((rev,))
            self.standing[rev] = dict.fromkeys(names, mine)
            self.shown[rev] = {name: revision.values.get(name) for name in names}
            return
        if len(parents) > 1 or revision.by_merge:
            standing = self.together(parents)
            self.standing[rev] = standing
            self.shown[rev] = {name: self.value(self.latest(standing[name]), name) for name in names}
            return
        before, shown_before = self.standing[parents[0]], self.shown[parents[0]]
        mine = frozenset((rev,))
        if tombstone:  # a deletion writes no content
            standing, shown = dict(before), dict(shown_before)
        else:
            standing, shown = {}, {}
            for name in self.fields:
                value = revision.values.get(name)
                if value != shown_before[name] and name not in revision.unknown and name not in revision.withheld:
                    standing[name], shown[name] = mine, value
                else:
                    standing[name], shown[name] = before[name], shown_before[name]
        # a revision writes `deleted` when a standing write said otherwise (an edit of a record
        # kept against a deletion keeps it), or when the record was not shown as it leaves it
        said = {bool(self.value(w, DELETED)) for w in before[DELETED]}
        if said != {tombstone} or (tombstone and not self.deletion(before, self.below[parents[0]])[0]):
            standing[DELETED], shown[DELETED] = mine, tombstone
        else:
            standing[DELETED], shown[DELETED] = before[DELETED], shown_before[DELETED]
        self.standing[rev] = standing
        self.shown[rev] = shown

    def trust(self, top: str) -> None:
        """A head's record is whole (an export blanks only older revisions). Where it shows
        another value than its history tells and a blanked change before it could have
        written that value, the latest such changes did (the same on every machine, whichever
        revisions it holds blanked)."""
        revision = self.graph[top]
        if revision.values.get(DELETED):
            return  # a tombstone's content is no one's intent
        standing, shown = self.standing[top], self.shown[top]
        within = self.below[top]
        for name in self.fields:
            value = revision.values.get(name)
            if value == shown[name] or name in revision.withheld:  # (a withheld field is not whole)
                continue
            writers = standing[name]
            could = {
                rev
                for rev in self.order
                if within & self.bit[rev]
                and name in self.graph[rev].unknown
                and self.editors & self.bit[rev]
                and not any(self.below[w] & self.bit[rev] for w in writers)
            }
            if not could:
                continue  # (a merge made by other rules: what its history tells stands)
            chosen = self.maximal(could | writers)
            for rev in chosen & could:
                self.inferred[(rev, name)] = value
            if self.value(self.latest(chosen), name) == value:
                standing[name], shown[name] = chosen, value
            else:
                for rev in chosen & could:
                    del self.inferred[(rev, name)]

    def common(self, a: str, b: str) -> str | None:
        common = self.below[a] & self.below[b]
        if not common:
            return None
        candidates = [rev for rev in self.order if common & self.bit[rev]]
        beneath = 0
        for rev in candidates:
            beneath |= self.below[rev] & ~self.bit[rev]
        lowest = [rev for rev in candidates if not beneath & self.bit[rev]] or candidates
        return self.latest(lowest)


def merge_record(
    graph: Graph,
    tops: Sequence[str],
    fields: Sequence[str],
    settled: Iterable[tuple[str, str, str]] = (),
) -> Outcome:
    """What a record becomes once the histories ending at `tops` (one head, or the two heads
    of a merge) are together.

    `fields` are the record's content fields (not its id or bookkeeping); each revision's
    `values` hold them and `deleted`. `settled` are the conflicts a person has decided, as
    (field, revision, revision): a conflict found again between writes both at or before
    those is not raised again."""
    missing = [t for t in tops if t not in graph]
    if missing or not tops:
        raise ValueError(f"the revisions to merge are not all in the graph: {missing}")  # untranslated: a defect
    walk = _Walk(graph, tops, fields)
    for top in tops:
        walk.trust(top)
    standing = walk.together(tops)
    reach = 0
    for top in tops:
        reach |= walk.below[top]
    deleted, dels, against = walk.deletion(standing, reach)
    decided = [(name, a, b) for name, a, b in settled if a in walk.bit and b in walk.bit]

    def is_settled(name: str, x: str, y: str) -> bool:
        decided_on = 0  # the writes a person had before them when deciding this field
        for n, a, b in decided:
            if n == name:
                decided_on |= walk.below[a] | walk.below[b]
        return bool(decided_on & walk.bit[x]) and bool(decided_on & walk.bit[y])

    conflicts: list[FieldConflict] = []
    values: dict[str, Any] = {}
    for name in walk.fields:
        writes = standing[name]
        if len(writes) == 1:  # one write stands: its value, and nothing to decide
            values[name] = walk.value(next(iter(writes)), name)
            continue
        shown = walk.latest(writes)
        values[name] = walk.value(shown, name)
        if deleted:
            continue  # what the fields of a deleted record were is moot
        by_value: dict[str, list[str]] = {}
        for w in writes:
            by_value.setdefault(_key(walk.value(w, name)), []).append(w)
        if len(by_value) < 2:
            continue
        for group in by_value.values():
            other = walk.latest(group)
            if other == shown or _key(walk.value(other, name)) == _key(values[name]):
                continue
            if is_settled(name, other, shown):
                continue
            ancestor = walk.common(other, shown)
            base = None if ancestor is None else walk.shown[ancestor][name]
            conflicts.append(
                FieldConflict(
                    name,
                    "edited",
                    base,
                    walk.value(other, name),
                    other,
                    graph[other].at,
                    values[name],
                    shown,
                    graph[shown].at,
                )
            )
    latest_deletion = walk.latest(dels) if dels else None
    if dels and against:
        kept = walk.latest(against)
        if latest_deletion is not None and not is_settled(DELETED, latest_deletion, kept):
            ancestor = walk.common(latest_deletion, kept)
            base = None if ancestor is None else walk.deletion(walk.standing[ancestor], walk.below[ancestor])[0]
            conflicts.append(
                FieldConflict(
                    DELETED,
                    DELETED,
                    base,
                    True,
                    latest_deletion,
                    graph[latest_deletion].at,
                    False,
                    kept,
                    graph[kept].at,
                )
            )
    conflicts.sort(key=lambda c: (c.field, c.a_rev))
    return Outcome(values, deleted, conflicts, standing, walk.below, walk.bit, latest_deletion)


def three_way(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    theirs_later: bool = True,
) -> tuple[dict[str, Any], list[FieldConflict]]:
    """The rule for two sides and their common ancestor, on plain values: a field changed on
    one side takes that change; a field changed on both sides to the same value takes it; a
    field changed differently on both sides shows the later side's value and is a conflict.
    `deleted` is a field too (a deletion against an edit keeps the record, in conflict).
    Returns the merged values (`deleted` included) and the conflicts. It is `merge_record` on
    the smallest history: a common ancestor (or none) and one revision on each side."""
    names = sorted({*mine, *theirs} - {DELETED})
    full = {**dict.fromkeys(names), DELETED: False}
    graph: dict[str, Revision] = {}
    parents: tuple[str, ...] = ()
    tops = []
    if base is not None:
        graph["base"] = Revision("base", (), "0", {**full, **base})
        parents = ("base",)
    at_mine, at_theirs = ("1", "2") if theirs_later else ("2", "1")
    for side, values, at in (("mine", mine, at_mine), ("theirs", theirs, at_theirs)):
        record = {**full, **values}
        if base is not None and record == graph["base"].values:
            tops.append("base")  # a side that changed nothing has no revision of its own
        else:
            graph[side] = Revision(side, parents, at, record)
            tops.append(side)
    outcome = merge_record(graph, list(dict.fromkeys(tops)), names)
    return {**outcome.values, DELETED: outcome.deleted}, outcome.conflicts
