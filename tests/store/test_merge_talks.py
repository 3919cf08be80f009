"""The records of the talks (rounds, offers, constituencies with their demands, team weights)
and the other side's fields: a document holding them loads and dumps back as it was, and two
copies that edit them merge field by field like every other record."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from negoprep.records import model
from negoprep.records.editing import child_id
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.documents import completed
from tests.store.test_merge import ALICE, BOB, edit, remove, send, state, tick

D = "d-talks"
DEMAND = child_id(model.Demand, "c-0", "a-0")  # the assembly's demand on item 0


def talks_doc() -> dict[str, Any]:
    """A small dossier with two rounds, their offers, two constituencies and team weights."""
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": D, "title": "Talks", "their_batna": "They wait"},
        "tracks": [{"id": "t-0", "name": "Tariffs"}],
        "participants": [{"id": f"p-{n}", "name": f"Delegate {n}", "side": "ours"} for n in range(2)],
        "agenda_items": [
            {
                "id": f"a-{n}",
                "track": "t-0",
                "title": f"Item {n}",
                "weight": 50,
                "criteria": f"Precedent {n}",
                "their_interests": f"Their interest {n}",
                "their_walk_away": 10 + n,
                "figure": {"value": 20, "unit": "%", "source": "", "better": "less", "target": 5, "walk_away": 15},
            }
            for n in range(3)
        ],
        "packages": [
            {
                "id": f"k-{n}",
                "name": f"Package {n}",
                "origin": ("theirs", "ours")[n % 2],
                "items": [
                    {"agenda_item": "a-0", "role": "get", "value": 12 - n},
                    {"agenda_item": "a-1", "role": "give"},
                ],
            }
            for n in range(3)
        ],
        "rounds": [
            {"id": "r-1", "number": 1, "starts_on": "2025-04-24", "venue": "Washington", "summary": "First"},
            {"id": "r-2", "number": 2, "starts_on": "2025-05-20", "venue": "Seoul", "summary": "Second"},
        ],
        "offers": [
            {
                "id": "o-1",
                "round": "r-1",
                "side": "ours",
                "package": "k-1",
                "tabled_on": "2025-04-24",
                "response": "countered",
                "notes": "Our first",
            },
            {"id": "o-2", "round": "r-2", "side": "theirs", "package": "k-0", "response": "countered"},
            {"id": "o-3", "round": "r-2", "side": "ours", "package": "k-2", "notes": "Our counter"},
        ],
        "constituencies": [
            {
                "id": "c-0",
                "name": "Assembly",
                "kind": "legislature",
                "veto": True,
                "notes": "Ratifies",
                "demands": [{"agenda_item": "a-0", "max": 15}, {"agenda_item": "a-1", "excluded": True}],
            },
            {
                "id": "c-1",
                "name": "Industry",
                "kind": "industry",
                "demands": [{"agenda_item": "a-0", "at_least": "fallback"}, {"agenda_item": "a-2", "min": 1.5}],
            },
        ],
        "team_weights": [
            {"id": f"w-{p}-{n}", "participant": f"p-{p}", "agenda_item": f"a-{n}", "weight": 20 + 10 * p + n}
            for p in range(2)
            for n in range(3)
        ],
    }


# --- round trip -------------------------------------------------------------------------------


def test_a_document_of_the_talks_loads_and_dumps_back(store: Store) -> None:
    doc = talks_doc()
    result = store.load(copy.deepcopy(doc))
    assert result.added == 1 + 1 + 2 + 3 + 3 + 6 + 2 + 3 + 2 + 4 + 6  # demands and package items have no id
    dumped = store.dump(D)
    assert dumped == completed(doc)
    again = store.load(copy.deepcopy(doc))
    assert (again.added, again.changed, again.deleted) == (0, 0, 0)
    with Store.open(None, BOB) as other:
        other.load(json.loads(json.dumps(dumped)))
        assert other.dump(D) == dumped
    content = store.content(D)
    assert content is not None
    assert [len(c.items) for c in content.constituencies] == [2, 2]
    assert content.constituencies[0].items[0].id == DEMAND


def test_an_edit_document_changes_only_the_offer_it_names(store: Store) -> None:
    store.load(talks_doc())
    result = store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": D},
                         "offers": [{"id": "o-2", "response": "rejected"}]})  # fmt: skip
    assert (result.added, result.changed) == (0, 1)
    dumped = store.dump(D)
    assert [o["response"] for o in dumped["offers"]] == ["countered", "rejected", "pending"]
    assert dumped["offers"][1]["package"] == "k-0"


# --- merge ------------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path):
    with Store.open(tmp_path / "base.db", AUTHOR) as base:
        base.load(talks_doc())
        for n in range(2):
            base.save_copy(tmp_path / f"copy{n}.db")
    stores = [Store.open(tmp_path / f"copy{n}.db", author) for n, author in enumerate([ALICE, BOB])]
    yield stores
    for s in stores:
        s.close()


@pytest.mark.parametrize(
    ("rtype", "row", "mine", "theirs"),
    [
        (model.Offer, "o-2", {"response": "rejected"}, {"notes": "Bob's note", "tabled_on": "2025-05-21"}),
        (model.Demand, DEMAND, {"max_value": 14.5}, {"min_value": 2.0}),
        (model.Constituency, "c-1", {"name": "Carmakers"}, {"veto": True, "kind": "public"}),
        (model.Round, "r-2", {"venue": "Busan"}, {"summary": "Bob's summary"}),
        (model.TeamWeight, "w-1-2", {"weight": 90.0}, {"position": 7}),
        (model.Dossier, D, {"their_batna": "Alice's estimate"}, {"batna": "Bob's"}),
        (model.AgendaItem, "a-1", {"their_walk_away": 9.5}, {"criteria": "Bob's precedent"}),
    ],
)
def test_different_fields_of_a_record_of_the_talks_merge(pair, rtype, row, mine, theirs) -> None:
    a, b = pair
    edit(a, rtype, row, **mine)
    edit(b, rtype, row, **theirs)
    report = send(b, a)
    assert report.counts[rtype.table].auto_merged == 1 and report.pending_conflicts == 0
    merged = a.get(rtype, row)
    assert {k: getattr(merged, k) for k in {**mine, **theirs}} == {**mine, **theirs}
    send(a, b)
    assert state(a) == state(b)


@pytest.mark.parametrize(
    ("rtype", "row", "name", "mine", "theirs"),
    [
        (model.Offer, "o-3", "response", "accepted", "rejected"),
        (model.Demand, DEMAND, "max_value", 14.0, 13.0),
        (model.Constituency, "c-0", "kind", "ministry", "public"),
        (model.TeamWeight, "w-0-0", "weight", 5.0, 6.0),
        (model.AgendaItem, "a-2", "their_walk_away", 3.0, 4.0),
    ],
)
def test_the_same_field_of_a_record_of_the_talks_changed_differently_is_a_conflict(
    pair, rtype, row, name, mine, theirs
) -> None:
    a, b = pair
    edit(a, rtype, row, **{name: mine})
    edit(b, rtype, row, **{name: theirs})  # the later one
    report = send(b, a)
    assert report.counts[rtype.table].conflicts == 1
    [conflict] = a.pending_conflicts()
    assert (conflict.table, conflict.row_id, conflict.field) == (rtype.table, row, name)
    assert (conflict.a, conflict.b) == (mine, theirs)
    assert getattr(a.get(rtype, row), name) == theirs
    send(a, b)
    assert state(a) == state(b)


def test_a_demand_added_on_both_sides_for_the_same_item_merges_into_one(pair) -> None:
    """Its id is made from its constituency and its agenda item: both sides add the same record.
    The merge holds it once; where the two additions say differently (an upper figure on one
    side, the item kept out on the other), each such field is a conflict holding both values,
    the later addition shown until a person decides: nothing is lost, nothing doubled."""
    a, b = pair
    demand_id = child_id(model.Demand, "c-0", "a-2")
    tick()
    a.apply("add", puts=[model.Demand(id=demand_id, dossier_id=D, constituency_id="c-0", agenda_item_id="a-2",
                                      max_value=4.0)])  # fmt: skip
    tick()
    b.apply("add", puts=[model.Demand(id=demand_id, dossier_id=D, constituency_id="c-0", agenda_item_id="a-2",
                                      excluded=True)])  # fmt: skip
    report = send(b, a)
    assert report.counts["constituency_demands"].conflicts == 1
    send(a, b)
    assert state(a) == state(b)
    for s in (a, b):
        demands = [d for d in s.content(D).constituencies[0].items if d.agenda_item_id == "a-2"]
        assert [d.id for d in demands] == [demand_id]
    merged = a.get(model.Demand, demand_id)
    assert (merged.excluded, merged.max_value) == (True, None)  # the later addition, until decided
    conflicts = {c.field: (c.a, c.b) for c in a.pending_conflicts()}
    assert conflicts == {"max_value": (4.0, None), "excluded": (False, True)}
    for c in a.pending_conflicts():
        a.resolve_conflict(c.id, c.a, "mine")
    kept = a.get(model.Demand, demand_id)
    assert (kept.excluded, kept.max_value) == (False, 4.0)


def test_the_same_demand_added_alike_on_both_sides_is_one_record(pair) -> None:
    a, b = pair
    demand_id = child_id(model.Demand, "c-1", "a-1")
    for s in (a, b):
        tick()
        s.apply("add", puts=[model.Demand(id=demand_id, dossier_id=D, constituency_id="c-1", agenda_item_id="a-1",
                                          at_least="target")])  # fmt: skip
    report = send(b, a)
    assert report.pending_conflicts == 0
    assert a.get(model.Demand, demand_id).at_least == "target"
    send(a, b)
    assert state(a) == state(b)


def test_deleting_a_round_carries_its_offers(pair) -> None:
    a, b = pair
    remove(a, model.Round, "r-2")
    assert {o.id for o in a.content(D).offers} == {"o-1"}
    edit(b, model.Offer, "o-1", notes="Bob's words")  # an offer of the other round: no conflict
    report = send(a, b)
    assert report.counts["rounds"].deleted == 1 and report.counts["offers"].deleted == 2
    assert report.pending_conflicts == 0
    content = b.content(D)
    assert [r.id for r in content.rounds] == ["r-1"]
    assert [(o.id, o.notes) for o in content.offers] == [("o-1", "Bob's words")]
    assert b.get(model.Offer, "o-2").deleted and b.get(model.Offer, "o-3").deleted
    send(b, a)
    assert state(a) == state(b)


def test_deleting_a_constituency_carries_its_demands(pair) -> None:
    a, b = pair
    remove(a, model.Constituency, "c-0")
    send(a, b)
    assert [c.id for c in b.content(D).constituencies] == ["c-1"]
    assert b.get(model.Demand, DEMAND).deleted
    send(b, a)
    assert state(a) == state(b)


@pytest.mark.parametrize(("rtype", "row", "kept"), [(model.Package, "k-2", "name"), (model.Round, "r-2", "venue")])
def test_a_record_deleted_in_an_export_and_used_by_a_new_offer_comes_back_whole(pair, rtype, row, kept) -> None:
    """Alice deletes a package (or a round); Bob tables a new offer on it. Each merges the
    other's export: the record comes back for a person to settle, with the text it had, not
    the blanks the export's deletion carries, and both copies agree."""
    from tests.store.test_merge import send_export

    a, b = pair
    before = getattr(a.get(rtype, row), kept)
    remove(a, rtype, row)
    tick()
    round_id = "r-2" if rtype is model.Round else "r-1"
    package_id = "k-2" if rtype is model.Package else "k-0"
    new = model.Offer(id="o-new", dossier_id=D, round_id=round_id, side="theirs", package_id=package_id)
    b.apply("table an offer", puts=[new])
    send_export(a, b)
    send_export(b, a)
    for store in (a, b):
        back = store.get(rtype, row)
        assert not back.deleted and getattr(back, kept) == before, store.path.name
        assert store.get(model.Offer, "o-new") is not None
        if rtype is model.Package:  # with the items that went with it: the offer tables them
            items = store.children(model.PackageItem, "package_id", row)
            assert [i.agenda_item_id for i in items] == ["a-0", "a-1"], store.path.name
    assert a.dump(D) == b.dump(D)
