"""Load then dump gives the document back; a document of edits changes only what it names."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negoprep.errors import DocumentError
from negoprep.records import model, times
from negoprep.records.editing import package_item_id
from negoprep.records.model import Author
from negoprep.records.values import normal_text
from negoprep.store.store import Store
from tests.clock import on_clock
from tests.conftest import both_demos
from tests.documents import completed

FIRST = Author(id="00000000-0000-4000-8000-00000000000a", name="First Author")
OTHER = Author(id="00000000-0000-4000-8000-000000000002", name="Second Author")


def revision_ids(store: Store) -> set[str]:
    return {row[0] for row in store.db.conn.execute("SELECT id FROM revisions")}


def record_rows(store: Store) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every row of every record table, bookkeeping included, by (table, id)."""
    rows = {}
    for rtype in model.RECORD_TYPES:
        for row in store.db.conn.execute(f"SELECT * FROM {rtype.table}"):
            rows[(rtype.table, row[0])] = row
    return rows


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


# --- round trips ----------------------------------------------------------------------------


@both_demos
def test_demo_load_then_dump_gives_the_seed_back(store: Store, demo_doc: dict) -> None:
    pristine = copy.deepcopy(demo_doc)
    result = store.load(demo_doc)
    assert result.new_dossier and result.deleted == result.changed == result.unchanged == 0
    dumped = store.dump(pristine["dossier"]["id"])
    assert dumped == completed(pristine)
    assert list(dumped) == list(pristine)  # sections in the same order
    for key in ("tracks", "agenda_items", "talking_points", "packages", "checklists"):
        assert [list(r) for r in dumped[key]] == [list(r) for r in completed(pristine)[key]]  # keys in table order


@both_demos
def test_dump_loads_into_another_store_identically(store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    store.load(demo_doc)
    first = store.dump(dossier_id)
    with Store.open(None, OTHER) as other:
        other.load(json.loads(json.dumps(first)))
        second = other.dump(dossier_id)
    assert json.dumps(second, ensure_ascii=False) == json.dumps(first, ensure_ascii=False)


@both_demos
def test_loading_the_same_document_twice_adds_no_revision(store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    first = store.load(copy.deepcopy(demo_doc))
    revisions = revision_ids(store)
    rows = record_rows(store)
    second = store.load(copy.deepcopy(demo_doc))
    assert (second.added, second.changed, second.deleted) == (0, 0, 0)
    assert second.unchanged == first.added == len(rows)
    assert not second.new_dossier
    assert revision_ids(store) == revisions
    assert record_rows(store) == rows
    assert store.dump(dossier_id) == completed(demo_doc)


def test_absent_optional_fields_take_their_defaults(store: Store) -> None:
    doc = {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": "d-min", "title": "Minimal"},
        "tracks": [{"id": "t-1", "name": "Tariffs"}],
        "agenda_items": [{"id": "a-1", "track": "t-1", "title": "Cars"}],
        "packages": [{"id": "k-1", "name": "P", "items": [{"agenda_item": "a-1", "role": "get"}]}],
    }
    store.load(doc)
    dumped = store.dump("d-min")
    assert dumped["dossier"] == {
        "id": "d-min",
        "title": "Minimal",
        "counterpart": "",
        "venue": "",
        "starts_on": None,
        "ends_on": None,
        "format": "negotiation",
        "objective": "",
        "batna": "",
        "classification": "",
        "release": None,  # the default release policy
        "their_batna": "",
    }
    item = dumped["agenda_items"][0]
    assert (item["priority"], item["flexibility"], item["weight"], item["stance"]) == (3, 3, 0, "defensive")
    assert (item["likelihood"], item["status"], item["owner"], item["disclosure"]) == (
        "possible",
        "open",
        None,
        "internal",
    )
    assert item["figure"] is None and item["walk_away"] == ""
    scores = [item[f"{step}_score"] for step in ("opening", "target", "fallback", "walk_away")]
    assert scores == [100, 75, 40, 0] and item["their_weight"] is None and item["target_approved_by"] == ""
    assert dumped["packages"][0]["items"] == [
        {"agenda_item": "a-1", "role": "get", "value": None, "level": None, "notes": ""}
    ]
    assert dumped["notes"] == dumped["figures"] == dumped["red_lines"] == []


@pytest.mark.parametrize("value", [1e15, -1e15, 123456789.125, 0.1])
def test_largest_figures_survive_dump_and_load(store: Store, value: float) -> None:
    doc = {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": "d-big", "title": "Big"},
        "figures": [{"id": "f-1", "series": "s", "value": value}],
    }
    store.load(doc)
    assert store.dump("d-big")["figures"][0]["value"] == value
    with Store.open(None, OTHER) as other:
        other.load(store.dump("d-big"))
        assert other.dump("d-big") == store.dump("d-big")


# --- edits ----------------------------------------------------------------------------------


def edits(dossier_id: str, **sections: Any) -> dict[str, Any]:
    return {"format": "negoprep-dossier", "version": 1, "dossier": {"id": dossier_id}, **sections}


def test_edits_by_a_second_author(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    item = next(i for i in demo_doc["agenda_items"] if i["status"] == "open")
    point = demo_doc["talking_points"][5]
    package = demo_doc["packages"][0]
    gone = package["items"][1]
    gone_id = package_item_id(package["id"], gone["agenda_item"])
    assert item["status"] == "open" and len(package["items"]) > 2

    before_dump = demo_store.dump(dossier_id)
    before_rows = record_rows(demo_store)
    before_revisions = revision_ids(demo_store)
    assert point["id"] in {h.row_id for h in demo_store.search(point["text"], dossier_id)}
    assert ("package_items", gone_id) in before_rows

    note = {"id": "n-second", "title": "Debrief", "text": "둘째 날 회의: the U.S. side asked for another round."}
    doc = edits(
        dossier_id,
        agenda_items=[{"id": item["id"], "status": "tabled"}],
        talking_points=[{"id": point["id"], "deleted": True}],
        packages=[{"id": package["id"], "items": [{"agenda_item": gone["agenda_item"], "deleted": True}]}],
        notes=[note],
    )
    with Store.open(demo_store.path, OTHER) as other:
        result = other.load(copy.deepcopy(doc))

    # the counts
    assert result.dossier_id == dossier_id and not result.new_dossier
    assert (result.added, result.changed, result.deleted) == (1, 1, 2)
    assert result.unchanged == len(before_rows) - 3
    assert result.warnings == []

    # exactly the changed records got a revision, each by the second author
    new = demo_store.db.conn.execute(
        "SELECT table_name, row_id, op, author_id FROM revisions WHERE id NOT IN ({})".format(
            ", ".join("?" * len(before_revisions))
        ),
        tuple(before_revisions),
    ).fetchall()
    assert sorted(new) == sorted(
        [
            ("agenda_items", item["id"], "update", OTHER.id),
            ("talking_points", point["id"], "delete", OTHER.id),
            ("package_items", gone_id, "delete", OTHER.id),
            ("notes", "n-second", "insert", OTHER.id),
        ]
    )
    history = demo_store.history(model.AgendaItem, item["id"])
    assert [h.op for h in history] == ["insert", "update"]
    assert history[0].author_id == demo_store.author.id
    assert (history[1].author_id, history[1].author_name) == (OTHER.id, OTHER.name)
    assert history[1].parents == (history[0].id,)
    assert history[0].id == before_rows[("agenda_items", item["id"])][4]  # the record's rev column before
    assert history[1].snapshot["status"] == "tabled"
    stored = demo_store.get(model.AgendaItem, item["id"])
    assert stored is not None and stored.rev == history[1].id and stored.author_id == OTHER.id

    # records the document does not name are untouched, bookkeeping included
    after_rows = record_rows(demo_store)
    touched = {
        ("agenda_items", item["id"]),
        ("talking_points", point["id"]),
        ("package_items", gone_id),
        ("notes", "n-second"),
    }
    assert set(after_rows) == set(before_rows) | {("notes", "n-second")}
    for key, row in before_rows.items():
        if key not in touched:
            assert after_rows[key] == row, key

    # fields absent from a present record keep their values
    after = demo_store.dump(dossier_id)
    before_item = by_id(before_dump["agenda_items"])[item["id"]]
    assert by_id(after["agenda_items"])[item["id"]] == {**before_item, "status": "tabled"}
    expected = copy.deepcopy(before_dump)
    expected["talking_points"] = [p for p in expected["talking_points"] if p["id"] != point["id"]]
    kept = [i for i in package["items"] if i["agenda_item"] != gone["agenda_item"]]
    for section in ("tracks", "participants", "red_lines", "checklists", "figures"):
        assert after[section] == expected[section]
    assert after["dossier"] == expected["dossier"]
    assert by_id(after["talking_points"]) == by_id(expected["talking_points"])
    assert by_id(after["packages"]) == {**by_id(expected["packages"]), package["id"]: {**package, "items": kept}}
    assert by_id(after["notes"]) == {**by_id(expected["notes"]), "n-second": {"at": None, **note}}

    # the deleted talking point is gone from dump and search, its history stays
    assert point["id"] not in by_id(after["talking_points"])
    assert point["id"] not in {h.row_id for h in demo_store.search(point["text"], dossier_id)}
    indexed = demo_store.db.conn.execute("SELECT count(*) FROM search_rows WHERE row_id = ?", (point["id"],))
    assert indexed.fetchone() == (0,)
    point_history = demo_store.history(model.TalkingPoint, point["id"])
    assert [(h.op, h.author_id) for h in point_history] == [("insert", demo_store.author.id), ("delete", OTHER.id)]
    assert point_history[1].parents == (point_history[0].id,)
    assert point_history[1].snapshot["text"] == point["text"]
    assert [h.op for h in demo_store.history(model.PackageItem, gone_id)] == ["insert", "delete"]
    assert "n-second" in {h.row_id for h in demo_store.search("둘째", dossier_id)}

    # the same edits again change nothing
    with Store.open(demo_store.path, OTHER) as other:
        again = other.load(copy.deepcopy(doc))
    assert (again.added, again.changed, again.deleted) == (0, 0, 0)
    assert record_rows(demo_store) == after_rows

    # the full original document, without the deleted point, does not bring it back
    original = copy.deepcopy(demo_doc)
    original["talking_points"] = [p for p in original["talking_points"] if p["id"] != point["id"]]
    reloaded = demo_store.load(original)
    assert reloaded.deleted == 0
    final = demo_store.dump(dossier_id)
    assert point["id"] not in by_id(final["talking_points"])
    assert by_id(final["agenda_items"])[item["id"]]["status"] == "open"
    assert "n-second" in by_id(final["notes"])  # absent from the document: left alone
    tombstone = demo_store.get(model.TalkingPoint, point["id"])
    assert tombstone is not None and tombstone.deleted
    assert len(demo_store.history(model.TalkingPoint, point["id"])) == 2
    assert point["id"] not in {h.row_id for h in demo_store.search(point["text"], dossier_id)}


def test_edits_to_a_child_record_and_its_parent(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    checklist = demo_doc["checklists"][0]
    task = checklist["items"][0]
    doc = edits(
        dossier_id, checklists=[{"id": checklist["id"], "items": [{"id": task["id"], "done": not task["done"]}]}]
    )
    with Store.open(demo_store.path, OTHER) as other:
        result = other.load(doc)
    assert (result.added, result.changed, result.deleted) == (0, 1, 0)
    after = demo_store.dump(dossier_id)["checklists"][0]
    assert after["items"][0] == {**task, "done": not task["done"]}
    assert after["items"][1:] == checklist["items"][1:]
    assert [h.author_id for h in demo_store.history(model.ChecklistItem, task["id"])] == [
        demo_store.author.id,
        OTHER.id,
    ]
    assert len(demo_store.history(model.Checklist, checklist["id"])) == 1


def test_editing_one_record_keeps_the_order(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    item = demo_doc["agenda_items"][3]
    result = demo_store.load(edits(dossier_id, agenda_items=[{"id": item["id"], "status": "tabled"}]))
    assert result.changed == 1
    assert [a["id"] for a in demo_store.dump(dossier_id)["agenda_items"]] == [a["id"] for a in demo_doc["agenda_items"]]


def test_deleting_a_package_item_does_not_change_its_package(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_doc["dossier"]["id"]
    package = demo_doc["packages"][1]
    doc = edits(dossier_id, packages=[{"id": package["id"], "items": [{**package["items"][0], "deleted": True}]}])
    result = demo_store.load(doc)
    assert (result.changed, result.deleted) == (0, 1)
    assert len(demo_store.history(model.Package, package["id"])) == 1


# --- property: any valid document survives load and dump ------------------------------------

PRINTABLE = st.characters(categories=("L", "M", "N", "P", "S"), include_characters=" ")
KOREAN = ["", "한국어", "관세 협상 — 자동차", "최상목 부총리", "Korea–US 2+2", "  spaced  ", "line\nbreak\ttab"]


def _normal(number: float) -> float | int:
    """What dump writes for a number: integral values as ints."""
    return int(number) if isinstance(number, float) and number.is_integer() else number


def numbers(low: float = -1e15, high: float = 1e15) -> st.SearchStrategy[float | int]:
    # figures are bounded to ±1e15 by the format
    return st.one_of(
        st.integers(int(low), int(high)),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    ).map(_normal)


# any text negoprep keeps: no control characters but tab and line feed, in normal form C
STORED = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n")
texts = st.one_of(
    st.sampled_from(KOREAN),
    st.text(STORED, max_size=30).map(normal_text),
    st.text(PRINTABLE, max_size=30).map(normal_text),
)
required_texts = texts  # an empty string is a value, not a missing key
dates = st.dates().map(date.isoformat)


@st.composite
def note_times(draw: st.DrawFn) -> str | None:
    kind = draw(st.sampled_from(["none", "date", "minutes", "seconds"]))
    if kind == "none":
        return None
    if kind == "date":
        return draw(dates)
    moment = draw(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)))
    text = moment.isoformat(timespec=kind)
    zone = draw(st.sampled_from(["", "Z", "offset"]))
    if zone == "offset":
        offset = draw(
            st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59))
        )
        minutes = int(offset.total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        zone = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text + zone


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    suffixes = st.text(PRINTABLE, max_size=8)

    def new_id(prefix: str, n: int) -> str:
        return f"{prefix}{n}-{draw(suffixes)}"

    def maybe(options: list[str]) -> str | None:
        return draw(st.none() | st.sampled_from(options)) if options else None

    dossier = {
        "id": new_id("d", 0),
        "title": draw(required_texts),
        "counterpart": draw(texts),
        "venue": draw(texts),
        "starts_on": draw(st.none() | dates),
        "ends_on": draw(st.none() | dates),
        "format": draw(texts),
        "objective": draw(texts),
        "batna": draw(texts),
        "classification": draw(texts),
    }
    tracks = [
        {"id": new_id("t", n), "name": draw(required_texts), "description": draw(texts)}
        for n in range(draw(st.integers(0, 4)))
    ]
    track_ids = [t["id"] for t in tracks]
    participants = [
        {
            "id": new_id("p", n),
            "name": draw(required_texts),
            "title": draw(texts),
            "organisation": draw(texts),
            "side": draw(st.sampled_from(model.SIDES)),
            "head": draw(st.booleans()),
            "notes": draw(texts),
        }
        for n in range(draw(st.integers(0, 3)))
    ]
    people = [p["id"] for p in participants]
    agenda_items = []
    for n in range(draw(st.integers(0, 5)) if tracks else 0):
        figure = draw(
            st.none() | st.builds(lambda v, u, s: {"value": v, "unit": u, "source": s}, numbers(), texts, texts)
        )
        agenda_items.append(
            {
                "id": new_id("a", n),
                "track": draw(st.sampled_from(track_ids)),
                "title": draw(required_texts),
                **{key: draw(texts) for key in ("description", "our_position", "their_position", "interests")},
                **{key: draw(texts) for key in ("opening", "target", "fallback", "walk_away")},
                **{f"{key}_approved_by": draw(texts) for key in ("opening", "target", "fallback", "walk_away")},
                **{f"{key}_score": draw(st.integers(0, 100)) for key in ("opening", "target", "fallback", "walk_away")},
                "priority": draw(st.integers(1, 5)),
                "flexibility": draw(st.integers(1, 5)),
                "weight": draw(numbers(0, 100)),
                "their_weight": draw(st.none() | numbers(0, 100)),
                "stance": draw(st.sampled_from(model.STANCES)),
                "likelihood": draw(st.sampled_from(model.LIKELIHOODS)),
                "status": draw(st.sampled_from(model.STATUSES)),
                "owner": maybe(people),
                "disclosure": draw(st.sampled_from(model.DISCLOSURES)),
                "figure": figure,
            }
        )
    item_ids = [a["id"] for a in agenda_items]
    with_figure = [a["id"] for a in agenda_items if a["figure"] is not None]
    talking_points = [
        {
            "id": new_id("tp", n),
            "agenda_item": draw(st.sampled_from(item_ids)),
            "kind": draw(st.sampled_from(model.POINT_KINDS)),
            "text": draw(required_texts),
            "disclosure": draw(st.sampled_from(model.DISCLOSURES)),
        }
        for n in range(draw(st.integers(0, 5)) if item_ids else 0)
    ]

    def rule() -> dict[str, Any]:
        kinds = ["manual"]
        kinds += ["no_linkage", "no_bundle"] if len(track_ids) >= 2 else []
        kinds += ["not_a_card"] if item_ids else []
        kinds += ["ceiling", "floor"] if with_figure else []
        kind = draw(st.sampled_from(kinds))
        if kind == "no_linkage":
            order = draw(st.permutations(track_ids))
            cut = draw(st.integers(1, len(order) - 1))
            second = draw(st.lists(st.sampled_from(order[cut:]), min_size=1, unique=True))
            return {"kind": kind, "between": [order[:cut], second]}
        if kind == "no_bundle":
            chosen = draw(st.lists(st.sampled_from(track_ids), min_size=2, unique=True))
            return {"kind": kind, "tracks": chosen, "max": draw(st.integers(1, len(chosen) - 1))}
        if kind == "not_a_card":
            out: dict[str, Any] = {"kind": kind, "item": draw(st.sampled_from(item_ids))}
            if draw(st.booleans()):
                out["against_tracks"] = draw(st.lists(st.sampled_from(track_ids), unique=True))
            return out
        if kind in ("ceiling", "floor"):
            return {"kind": kind, "item": draw(st.sampled_from(with_figure)), "value": draw(numbers())}
        return {"kind": kind}

    red_lines = [
        {
            "id": new_id("r", n),
            "title": draw(required_texts),
            "statement": draw(texts),
            "rationale": draw(texts),
            "severity": draw(st.sampled_from(model.SEVERITIES)),
            "approved_by": draw(texts),
            "rule": rule(),
        }
        for n in range(draw(st.integers(0, 4)))
    ]
    line_ids = [r["id"] for r in red_lines]
    packages = [
        {
            "id": new_id("k", n),
            "name": draw(required_texts),
            "origin": draw(st.sampled_from(model.ORIGINS)),
            "notes": draw(texts),
            "items": [
                {
                    "agenda_item": agenda_item,
                    "role": draw(st.sampled_from(model.ROLES)),
                    "value": draw(st.none() | numbers()),
                    "level": draw(st.none() | st.sampled_from(model.LEVELS)),
                    "notes": draw(texts),
                }
                for agenda_item in draw(st.lists(st.sampled_from(item_ids), unique=True) if item_ids else st.just([]))
            ],
        }
        for n in range(draw(st.integers(0, 3)))
    ]
    checklists = [
        {
            "id": new_id("c", n),
            "title": draw(required_texts),
            "items": [
                {
                    "id": new_id(f"c{n}i", m),
                    "text": draw(required_texts),
                    "owner": maybe(people),
                    "due": draw(st.none() | dates),
                    "done": draw(st.booleans()),
                    "agenda_item": maybe(item_ids),
                    "red_line": maybe(line_ids),
                    "notes": draw(texts),
                }
                for m in range(draw(st.integers(0, 3)))
            ],
        }
        for n in range(draw(st.integers(0, 2)))
    ]
    figures = [
        {
            "id": new_id("f", n),
            "series": draw(required_texts),
            "label": draw(texts),
            "value": draw(numbers()),
            "unit": draw(texts),
            "source": draw(texts),
        }
        for n in range(draw(st.integers(0, 3)))
    ]
    notes = [
        {"id": new_id("n", n), "at": draw(note_times()), "title": draw(texts), "text": draw(required_texts)}
        for n in range(draw(st.integers(0, 3)))
    ]
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": dossier,
        "tracks": tracks,
        "participants": participants,
        "agenda_items": agenda_items,
        "talking_points": talking_points,
        "red_lines": red_lines,
        "packages": packages,
        "checklists": checklists,
        "figures": figures,
        "notes": notes,
    }


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(documents())
def test_any_valid_document_survives_load_and_dump(doc: dict[str, Any]) -> None:
    # a moment without a zone is local time: in UTC, no hour is skipped or repeated
    with on_clock("UTC"):
        dossier_id = doc["dossier"]["id"]
        with Store.open(None, FIRST) as first:
            result = first.load(copy.deepcopy(doc))
            assert result.added == 1 + sum(
                len(doc[key]) + sum(len(r.get("items", [])) for r in doc[key])
                for key in doc
                if isinstance(doc[key], list)
            )
            dumped = first.dump(dossier_id)
            # a note's moment comes back as the same instant, in UTC
            assert dumped == completed(
                {**doc, "notes": [{**n, "at": n["at"] and times.parse_when(n["at"])} for n in doc["notes"]]}
            )
            again = first.load(copy.deepcopy(doc))
            assert (again.added, again.changed, again.deleted) == (0, 0, 0)
        with Store.open(None, OTHER) as second:
            second.load(json.loads(json.dumps(dumped, ensure_ascii=False)))
            redumped = second.dump(dossier_id)
        assert json.dumps(redumped, ensure_ascii=False) == json.dumps(dumped, ensure_ascii=False)


def test_a_whole_number_written_with_a_point_is_a_whole_number(store: Store) -> None:
    """75.0 is a whole number, as the JSON Schema has it: load takes it as 75; 75.5 is refused."""
    doc = {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": "d-int", "title": "Whole numbers"},
        "tracks": [{"id": "t-1", "name": "Tariffs"}],
        "agenda_items": [{"id": "a-1", "track": "t-1", "title": "Cars", "target_score": 75.0, "priority": 5.0}],
    }
    store.load(copy.deepcopy(doc))
    item = store.dump("d-int")["agenda_items"][0]
    assert (item["target_score"], item["priority"]) == (75, 5)
    assert type(item["target_score"]) is int
    doc["agenda_items"][0]["target_score"] = 75.5
    with pytest.raises(DocumentError, match="target_score"):
        store.load(doc)


def test_loading_a_dump_of_a_store_with_gaps_and_ties_in_its_order_changes_nothing(demo_store: Store) -> None:
    """Positions need not run 0, 1, 2...: a deletion leaves a gap, a merge may leave two notes
    at one place. Loading the store's own dump changes none of them."""
    from tests.planting import plant

    dossier_id = demo_store.dossiers()[0].id
    notes = demo_store.content(dossier_id).notes
    assert len(notes) >= 2
    demo_store.delete(notes[0])  # a gap
    plant(demo_store, model.Note(id="n-tie", dossier_id=dossier_id, text="Same place", position=notes[1].position))
    rows = record_rows(demo_store)
    result = demo_store.load(demo_store.dump(dossier_id))
    assert (result.added, result.changed, result.deleted) == (0, 0, 0)
    assert record_rows(demo_store) == rows
