"""The rules of a merge as plain functions, without a database: the revision graph, the
field-by-field rule on two sides and their ancestor, and the same rule on any history."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negoprep.store import merge_rules as rules
from negoprep.store.merge_rules import DELETED, Revision, merge_record, three_way

FIELDS = ("title", "status")


def rev(rid: str, parents: tuple[str, ...] = (), at: str = "", by_merge: bool = False, **values: Any) -> Revision:
    return Revision(rid, parents, at or rid, {"title": "T", "status": "open", DELETED: False, **values}, by_merge)


def graph_of(*revisions: Revision) -> dict[str, Revision]:
    return {r.id: r for r in revisions}


# --- the revision graph ----------------------------------------------------------------------


def test_ancestors_heads_and_which_side_descends() -> None:
    g = graph_of(rev("0"), rev("1", ("0",)), rev("2", ("0",)), rev("3", ("1", "2")), rev("4", ("1",)))
    assert rules.ancestors(g, "3") == {"0", "1", "2", "3"}
    assert rules.ancestors(g, "unknown") == {"unknown"}
    assert rules.heads(g) == {"3", "4"}
    assert rules.relation(g, "3", "3") == rules.SAME
    assert rules.relation(g, "3", "1") == rules.MINE_HOLDS_THEIRS
    assert rules.relation(g, "1", "3") == rules.THEIRS_AHEAD
    assert rules.relation(g, "3", "4") == rules.DIVERGED
    assert rules.common_ancestor(g, "3", "4") == "1"
    assert rules.common_ancestor(g, "3", "9") is None


def test_of_two_lowest_common_ancestors_the_latest_is_taken_on_both_sides() -> None:
    # a criss-cross: 3 and 4 each merge 1 and 2
    g = graph_of(rev("0"), rev("1", ("0",)), rev("2", ("0",)), rev("3", ("1", "2")), rev("4", ("2", "1")))
    assert rules.common_ancestor(g, "3", "4") == rules.common_ancestor(g, "4", "3") == "2"


def test_parents_are_read_from_their_json() -> None:
    assert rules.parents_of("[]") == ()
    assert rules.parents_of('["a"]') == ("a",)
    assert rules.parents_of('["a", "b"]') == ("a", "b")
    assert rules.parents_of('["a\\"b"]') == ('a"b',)


# --- two sides and their ancestor ----------------------------------------------------------------

BASE = {"title": "T", "status": "open", "priority": 3}


def test_a_change_on_one_side_is_taken() -> None:
    merged, conflicts = three_way(BASE, {**BASE, "title": "Mine"}, BASE)
    assert merged == {**BASE, "title": "Mine", DELETED: False} and conflicts == []


def test_changes_to_different_fields_are_both_taken() -> None:
    merged, conflicts = three_way(BASE, {**BASE, "title": "Mine"}, {**BASE, "status": "agreed"})
    assert merged == {"title": "Mine", "status": "agreed", "priority": 3, DELETED: False} and conflicts == []


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    merged, conflicts = three_way(BASE, {**BASE, "priority": 5}, {**BASE, "priority": 5})
    assert merged["priority"] == 5 and conflicts == []


@pytest.mark.parametrize("theirs_later", [True, False])
def test_a_field_changed_differently_shows_the_later_and_keeps_both(theirs_later: bool) -> None:
    merged, [conflict] = three_way(
        BASE, {**BASE, "title": "Mine"}, {**BASE, "title": "Theirs"}, theirs_later=theirs_later
    )
    later, earlier = ("Theirs", "Mine") if theirs_later else ("Mine", "Theirs")
    assert merged["title"] == later
    assert (conflict.field, conflict.kind, conflict.base, conflict.a, conflict.b) == (
        "title",
        "edited",
        "T",
        earlier,
        later,
    )


def test_a_deletion_against_an_edit_keeps_the_record_in_conflict() -> None:
    merged, [conflict] = three_way(BASE, {**BASE, DELETED: True}, {**BASE, "status": "agreed"})
    assert merged[DELETED] is False and merged["status"] == "agreed"
    assert (conflict.field, conflict.kind, conflict.a, conflict.b) == (DELETED, DELETED, True, False)


def test_a_deletion_against_nothing_is_carried_and_a_tombstone_writes_no_content() -> None:
    tombstone = {"title": "", "status": "open", "priority": 3, DELETED: True}  # text blanked by an export
    merged, conflicts = three_way(BASE, BASE, tombstone)
    assert merged[DELETED] is True and merged["title"] == "T" and conflicts == []


def test_deleted_on_both_sides_has_no_conflicts_on_its_fields() -> None:
    merged, conflicts = three_way(
        BASE, {**BASE, "title": "Mine", DELETED: True}, {**BASE, "title": "Theirs", DELETED: True}
    )
    assert merged[DELETED] is True and conflicts == []


def test_two_records_that_never_shared_a_revision() -> None:
    assert three_way(None, BASE, BASE)[1] == []
    merged, [conflict] = three_way(None, BASE, {**BASE, "title": "Other"})
    assert merged["title"] == "Other" and conflict.base is None


values = st.fixed_dictionaries({"title": st.sampled_from("ABC"), "priority": st.integers(1, 3)})


@given(base=values, mine=values, theirs=values)
def test_two_sides_merge_the_same_whichever_is_called_mine(base, mine, theirs) -> None:
    one = three_way(base, mine, theirs, theirs_later=True)
    other = three_way(base, theirs, mine, theirs_later=False)
    assert one[0] == other[0]
    assert [(c.field, c.a, c.b) for c in one[1]] == [(c.field, c.a, c.b) for c in other[1]]


@given(base=values, mine=values, theirs=values)
def test_only_a_field_changed_differently_on_both_sides_is_a_conflict(base, mine, theirs) -> None:
    merged, conflicts = three_way(base, mine, theirs)
    for name in base:
        if mine[name] == base[name]:
            assert merged[name] == theirs[name]
        elif theirs[name] == base[name] or mine[name] == theirs[name]:
            assert merged[name] == mine[name]
        else:
            assert merged[name] == theirs[name]  # the later
    assert {c.field for c in conflicts} == {n for n in base if len({base[n], mine[n], theirs[n]}) == 3}


# --- any history --------------------------------------------------------------------------------


def test_three_values_stand_each_against_the_latest() -> None:
    g = graph_of(rev("0"), rev("1", ("0",), title="A"), rev("2", ("0",), title="B"), rev("3", ("0",), title="C"))
    outcome = merge_record(g, ["1", "2", "3"], FIELDS)
    assert outcome.values["title"] == "C"
    assert [(c.a, c.a_rev, c.b, c.b_rev) for c in outcome.conflicts] == [("A", "1", "C", "3"), ("B", "2", "C", "3")]


def test_a_value_replaced_by_someone_who_had_seen_it_stands_against_nothing() -> None:
    # 2 merged 1 (A) and wrote B over it; 4 wrote C meanwhile
    g = graph_of(rev("0"), rev("1", ("0",), title="A"), rev("2", ("1",), title="B"), rev("4", ("0",), title="C"))
    outcome = merge_record(g, ["2", "4"], FIELDS)
    assert [(c.a, c.b) for c in outcome.conflicts] == [("B", "C")]


def test_merge_revisions_and_a_merges_restorations_write_nothing() -> None:
    g = graph_of(
        rev("0"),
        rev("1", ("0",), title="A"),
        rev("2", ("0",), title="B"),
        rev("3", ("1", "2"), title="whatever the merge wrote"),
        rev("4", ("3",), by_merge=True, title="nor this"),
    )
    outcome = merge_record(g, ["4"], FIELDS)
    assert outcome.values["title"] == "B" and [(c.a, c.b) for c in outcome.conflicts] == [("A", "B")]


def test_a_settled_conflict_is_not_raised_again_but_a_new_value_is() -> None:
    g = graph_of(rev("0"), rev("1", ("0",), title="A"), rev("2", ("0",), title="B"), rev("5", ("0",), title="C"))
    assert merge_record(g, ["1", "2"], FIELDS, settled=[("title", "1", "2")]).conflicts == []
    outcome = merge_record(g, ["1", "2", "5"], FIELDS, settled=[("title", "1", "2")])
    assert sorted((c.a, c.b) for c in outcome.conflicts) == [("A", "C"), ("B", "C")]


def test_an_edit_of_a_record_in_conflict_leaves_the_conflict_before_its_author() -> None:
    g = graph_of(
        rev("0"),
        rev("1", ("0",), title="A"),
        rev("2", ("0",), title="B"),
        rev("3", ("1", "2"), title="B"),
        rev("4", ("3",), title="D"),
    )
    outcome = merge_record(g, ["4"], FIELDS)
    assert outcome.values["title"] == "D" and outcome.conflicts == []
    assert outcome.covers("title", "1", "2")  # a pending conflict between 1 and 2 stays for a person
    assert not outcome.covers("status", "1", "2")


def test_keeping_a_record_against_a_deletion_is_a_write() -> None:
    g = graph_of(
        rev("0"),
        rev("1", ("0",), **{DELETED: True}),
        rev("2", ("0",), title="B"),
        rev("3", ("1", "2")),  # the merge kept it
        rev("4", ("3",), title="B"),  # a person kept it (a revision with nothing else changed)
        rev("5", ("0",), **{DELETED: True}),  # another deletion, by someone who had seen neither
    )
    kept = merge_record(g, ["3"], FIELDS)
    assert kept.deleted is False and [c.kind for c in kept.conflicts] == [DELETED]
    assert merge_record(g, ["4"], FIELDS).conflicts == []
    [again] = merge_record(g, ["4", "5"], FIELDS).conflicts
    assert (again.a_rev, again.b_rev) == ("5", "4")


def test_a_deletion_by_someone_who_had_seen_the_edit_is_carried() -> None:
    g = graph_of(rev("0"), rev("1", ("0",), title="A"), rev("2", ("1",), **{DELETED: True}, title="A"))
    outcome = merge_record(g, ["2", "1"], FIELDS)
    assert outcome.deleted and outcome.conflicts == [] and outcome.latest_deletion == "2"


# --- the rule does not depend on the order in which histories come together -------------------------

edit_step = st.tuples(st.sampled_from(["title", "status", DELETED]), st.sampled_from(["A", "B", "C"]))


def _branch(g: dict[str, Revision], side: int, steps: list[tuple[str, str]], clock: list[int]) -> str:
    head = "0"
    for n, (name, value) in enumerate(steps):
        before = dict(g[head].values)
        if name == DELETED:
            before[DELETED] = not before[DELETED]
        else:
            before[name] = value
        clock[0] += 1
        rid = f"{side}.{n}"
        g[rid] = Revision(rid, (head,), f"{clock[0]:04d}", before)
        head = rid
    return head


@settings(max_examples=150)
@given(branches=st.lists(st.lists(edit_step, max_size=4), min_size=3, max_size=3), times=st.randoms())
def test_folding_the_heads_in_any_order_gives_what_all_of_them_give(branches, times) -> None:
    g: dict[str, Revision] = {"0": rev("0", at="0000")}
    clock = [0]
    tops = [_branch(g, side, steps, clock) for side, steps in enumerate(branches)]
    expected = merge_record(g, tops, FIELDS)
    shape = (expected.values, expected.deleted, [(c.field, c.a, c.a_rev, c.b, c.b_rev) for c in expected.conflicts])
    for order in itertools.permutations(tops):
        folded = dict(g)
        head = order[0]
        for n, other in enumerate(order[1:]):
            step = merge_record(folded, [head, other], FIELDS)
            rid = f"m{n}-{head}-{other}"
            folded[rid] = Revision(rid, (head, other), "9999", {**step.values, DELETED: step.deleted})
            head = rid
        end = merge_record(folded, [head], FIELDS)
        assert (end.values, end.deleted, [(c.field, c.a, c.a_rev, c.b, c.b_rev) for c in end.conflicts]) == shape


def test_a_revision_to_merge_missing_from_the_history_is_refused() -> None:
    g = graph_of(rev("0"), rev("1", ("0",), title="A"))
    with pytest.raises(ValueError, match="not all in the graph"):
        merge_record(g, ["1", "9"], FIELDS)


# --- histories an export blanked ----------------------------------------------------------------

BLANK = frozenset({"title"})


def test_a_blanked_revision_is_no_write_of_blanks() -> None:
    # 1 wrote A, then 2 changed the status; an export blanked 1's text (2 is its head, whole)
    g = graph_of(rev("0"), rev("1", ("0",), title=""), rev("2", ("1",), title="A", status="agreed"))
    g["1"] = g["1"]._replace(unknown=BLANK)
    outcome = merge_record(g, ["2"], FIELDS)
    assert outcome.values == {"title": "A", "status": "agreed"}


def test_a_value_a_head_shows_is_given_to_the_blanked_change_that_wrote_it() -> None:
    # 1 and 2 merged into 3 (the head, whole); 1's text was blanked. Elsewhere 4 wrote C.
    g = graph_of(
        rev("0"),
        rev("1", ("0",), title=""),
        rev("2", ("0",), status="agreed"),
        rev("3", ("1", "2"), title="A", status="agreed"),
        rev("4", ("0",), title="C"),
    )
    g["1"] = g["1"]._replace(unknown=BLANK)
    outcome = merge_record(g, ["3", "4"], FIELDS)
    assert [(c.a, c.a_rev, c.b, c.b_rev) for c in outcome.conflicts] == [("A", "1", "C", "4")]
    whole = dict(g, **{"1": g["1"]._replace(values={**g["1"].values, "title": "A"}, unknown=frozenset())})
    assert merge_record(whole, ["3", "4"], FIELDS).conflicts == outcome.conflicts  # as if nothing was blanked


def test_an_edit_blanked_by_an_export_still_stands_against_a_deletion() -> None:
    g = graph_of(
        rev("0"),
        rev("1", ("0",), **{DELETED: True}),
        rev("2", ("0",), title=""),  # it changed the title; the export blanked what to
        rev("3", ("1", "2"), title="B"),
    )
    g["2"] = g["2"]._replace(unknown=BLANK)
    outcome = merge_record(g, ["3"], FIELDS)
    assert not outcome.deleted and outcome.values["title"] == "B"
    [conflict] = outcome.conflicts
    assert (conflict.kind, conflict.a_rev, conflict.b_rev) == (DELETED, "1", "2")


def test_a_revision_that_is_its_own_ancestor_is_found() -> None:
    assert rules.own_ancestor({"0": (), "1": ("0",), "2": ("0", "1"), "3": ("missing",)}) is None
    assert rules.own_ancestor({"0": (), "1": ("1",)}) == "1"
    # a cycle of three, with revisions before and after it: a revision on the cycle is named
    cycle = {"a": (), "b": ("a", "d"), "c": ("b",), "d": ("c",), "e": ("d",), "f": ("e",)}
    assert rules.own_ancestor(cycle) in {"b", "c", "d"}
    assert rules.own_ancestor(dict(reversed(cycle.items()))) == rules.own_ancestor(cycle)  # (whatever the order)


@pytest.mark.slow
def test_own_ancestor_walks_a_long_history_without_recursion() -> None:
    n = 200_000
    chain = {str(i): ((str(i - 1),) if i else ()) for i in range(n)}
    assert rules.own_ancestor(chain) is None
    chain["0"] = (str(n - 1),)
    assert rules.own_ancestor(chain) is not None
