"""Editing helpers: new records, duplicates, moves and copies of whole dossiers."""

from __future__ import annotations

import copy
import json
import typing
import uuid
from dataclasses import replace
from typing import Any

import pytest

from negoprep import paths
from negoprep.formats import dossier_json
from negoprep.records import editing, model
from negoprep.records.editing import package_item_id
from negoprep.redlines.rules import referenced_ids
from negoprep.store.store import Store
from tests.conftest import AUTHOR

DEMO_ID = json.loads(paths.seed_text())["dossier"]["id"]
SECTIONS = tuple(s.key for s in dossier_json.SECTIONS)
BOOKKEEPING_BLANK = {"created_at": "", "updated_at": "", "author_id": "", "rev": "", "deleted": False}


def content(store: Store) -> model.DossierContent:
    return store.content(DEMO_ID)


def without(record: model.Record, *names: str) -> dict[str, Any]:
    return {k: v for k, v in record.content().items() if k not in ("id", *names)}


def bookkeeping(record: model.Record) -> dict[str, Any]:
    return {k: getattr(record, k) for k in model.BOOKKEEPING}


# --- new ids and positions -------------------------------------------------------------------


def test_new_id_is_a_fresh_uuid() -> None:
    made = {editing.new_id() for _ in range(100)}
    assert len(made) == 100
    assert all(uuid.UUID(i).version == 4 for i in made)


def test_next_position(demo_store: Store) -> None:
    assert editing.next_position([]) == 0
    c = content(demo_store)
    assert editing.next_position(c.agenda_items) == max(i.position for i in c.agenda_items) + 1 == 12
    shuffled = [c.notes[1], c.notes[0]]
    assert editing.next_position(shuffled) == max(n.position for n in c.notes) + 1


def test_listed_types_are_those_with_a_position() -> None:
    # what the type checker takes for "has a position" (editing.swapped, the document reader)
    listed = set(typing.get_args(model.Listed))
    assert listed == {t for t in model.RECORD_TYPES if "position" in t.columns()}
    assert set(typing.get_args(model.Parent)) == {t for t in model.RECORD_TYPES if "items" in t.__dataclass_fields__}


def test_with_items_takes_only_the_parents_item_type(demo_store: Store) -> None:
    c = content(demo_store)
    package, checklist = c.packages[0], c.checklists[0]
    assert model.with_items(package, reversed(package.items)).items == package.items[::-1]
    assert model.with_items(checklist, []).items == []
    with pytest.raises(TypeError, match="checklist item is no package item"):
        model.with_items(package, checklist.items)


# --- duplicate -------------------------------------------------------------------------------


def test_duplicate_an_agenda_item(demo_store: Store) -> None:
    c = content(demo_store)
    item = next(i for i in c.agenda_items if i.title == "Tariff relief for automobiles")
    position = editing.next_position(c.agenda_items)
    records = editing.duplicate(item, position)
    assert len(records) == 1
    (dup,) = records
    assert dup.id != item.id and uuid.UUID(dup.id)
    assert dup.title == "Tariff relief for automobiles (copy)"
    assert dup.position == position
    assert bookkeeping(dup) == BOOKKEEPING_BLANK
    assert without(dup, "title", "position") == without(item, "title", "position")

    op = demo_store.apply("Duplicate", puts=records)
    assert op.before == ((model.AgendaItem, dup.id, None),)
    after = content(demo_store)
    assert [i.id for i in after.agenda_items] == [*(i.id for i in c.agenda_items), dup.id]
    stored = demo_store.get(model.AgendaItem, dup.id)
    assert stored.content() == dup.content() and stored.author_id == AUTHOR.id
    # the original and its talking points are untouched; the copy has none of them
    assert after.agenda_items[0] == c.agenda_items[0]
    assert [p.id for p in after.talking_points] == [p.id for p in c.talking_points]
    assert demo_store.count(model.TalkingPoint, DEMO_ID, agenda_item_id=dup.id) == 0
    assert demo_store.weight_total(DEMO_ID) == 100 + item.weight


@pytest.mark.parametrize(
    ("kind", "marked"),
    [("talking_points", False), ("notes", True), ("figures", False), ("participants", True), ("red_lines", True)],
)
def test_duplicate_marks_a_title_or_name_as_a_copy(demo_store: Store, kind: str, marked: bool) -> None:
    siblings = getattr(content(demo_store), kind)
    original = siblings[0]
    (dup,) = editing.duplicate(original, 77)
    title = type(original).text_fields[0]
    expected = f"{getattr(original, title)} (copy)" if marked else getattr(original, title)
    assert getattr(dup, title) == expected
    assert dup.position == 77 and dup.id != original.id
    demo_store.apply("Duplicate", puts=[dup])
    assert getattr(content(demo_store), kind)[-1].content() == dup.content()


def test_duplicate_a_package_gives_its_items_their_derived_ids(demo_store: Store) -> None:
    c = content(demo_store)
    package = c.packages[0]
    assert len(package.items) == 4
    records = editing.duplicate(package, editing.next_position(c.packages))
    dup, *children = records
    assert isinstance(dup, model.Package) and dup.name == f"{package.name} (copy)"
    assert dup.items == children
    assert [type(r) for r in children] == [model.PackageItem] * 4
    for child, original in zip(children, package.items, strict=True):
        assert child.id == package_item_id(dup.id, original.agenda_item_id)
        assert child.package_id == dup.id and child.rev == "" and not child.deleted
        assert without(child, "package_id") == without(original, "package_id")
    assert not {c.id for c in children} & {i.id for i in package.items}
    # the original is not changed
    assert content(demo_store).packages[0] == package

    # a package and its items are written together by put
    demo_store.put(dup)
    stored = content(demo_store).packages[-1]
    assert stored.id == dup.id and [i.id for i in stored.items] == [c.id for c in children]
    dump = demo_store.dump(DEMO_ID)
    assert dump["packages"][-1]["items"] == dump["packages"][0]["items"]


def test_duplicate_a_checklist_gives_its_items_new_ids(demo_store: Store) -> None:
    c = content(demo_store)
    checklist = c.checklists[0]
    dup, *children = editing.duplicate(checklist, editing.next_position(c.checklists))
    assert dup.title == f"{checklist.title} (copy)" and dup.items == children
    assert len(children) == len(checklist.items) == 11
    assert len({ch.id for ch in children}) == 11
    assert not {ch.id for ch in children} & {i.id for i in checklist.items}
    for child, original in zip(children, checklist.items, strict=True):
        uuid.UUID(child.id)
        assert child.checklist_id == dup.id
        assert without(child, "checklist_id") == without(original, "checklist_id")

    demo_store.put(dup)
    dump = demo_store.dump(DEMO_ID)
    strip = [{k: v for k, v in i.items() if k != "id"} for i in dump["checklists"][0]["items"]]
    assert [{k: v for k, v in i.items() if k != "id"} for i in dump["checklists"][-1]["items"]] == strip


@pytest.mark.parametrize("kind", ["packages", "checklists"])
def test_apply_a_duplicate_package_or_checklist(demo_store: Store, kind: str) -> None:
    siblings = getattr(content(demo_store), kind)
    records = editing.duplicate(siblings[0], editing.next_position(siblings))
    start = demo_store.dump(DEMO_ID)
    op = demo_store.apply("Duplicate", puts=records)
    copied = getattr(content(demo_store), kind)[-1]
    assert copied.id == records[0].id and len(copied.items) == len(siblings[0].items)
    demo_store.restore(op.before)
    assert demo_store.dump(DEMO_ID) == start


# --- swapped ---------------------------------------------------------------------------------


def test_swapped_at_the_edges_or_out_of_range_is_nothing(demo_store: Store) -> None:
    items = content(demo_store).agenda_items
    assert editing.swapped(items, 0, -1) == []
    assert editing.swapped(items, len(items) - 1, 1) == []
    assert editing.swapped(items, len(items), -1) == []
    assert editing.swapped(items, -1, 1) == []
    assert editing.swapped([], 0, 1) == []
    assert editing.swapped(items[:1], 0, 1) == []


def test_swapped_swaps_two_neighbours(demo_store: Store) -> None:
    items = content(demo_store).agenda_items
    changed = editing.swapped(items, 3, -1)
    assert {r.id: r.position for r in changed} == {items[3].id: items[2].position, items[2].id: items[3].position}
    assert all(r.content() == replace(o, position=r.position).content() for r in changed for o in items if o.id == r.id)
    assert content(demo_store).agenda_items == items  # pure: nothing written
    demo_store.apply("Move up", puts=changed)
    ids = [i.id for i in items]
    ids[2], ids[3] = ids[3], ids[2]
    assert [i.id for i in content(demo_store).agenda_items] == ids


@pytest.mark.parametrize("kind", ["agenda_items", "tracks", "talking_points"])
def test_moving_a_record_through_the_list_keeps_positions_unique(demo_store: Store, kind: str) -> None:
    start = [r.id for r in getattr(content(demo_store), kind)]
    # make the positions uneven first: delete one in the middle, add one at the end
    c = content(demo_store)
    if kind == "talking_points":
        demo_store.apply("Delete", deletes=[c.talking_points[5]])
        start.remove(c.talking_points[5].id)
    fresh = editing.duplicate(getattr(c, kind)[0], editing.next_position(getattr(c, kind)) + 3)
    demo_store.apply("Add", puts=fresh)
    start.append(fresh[0].id)

    for index in range(len(start) - 1):  # the first record, down to the bottom one place at a time
        records = getattr(content(demo_store), kind)
        assert records[index].id == start[0]
        changed = editing.swapped(records, index, 1)
        assert len(changed) == 2
        demo_store.apply("Move down", puts=changed)
        positions = [r.position for r in getattr(content(demo_store), kind)]
        assert len(set(positions)) == len(positions)
    assert [r.id for r in getattr(content(demo_store), kind)] == [*start[1:], start[0]]
    for index in range(len(start) - 1, 0, -1):  # and back up
        records = getattr(content(demo_store), kind)
        demo_store.apply("Move up", puts=editing.swapped(records, index, -1))
    assert [r.id for r in getattr(content(demo_store), kind)] == start
    positions = [r.position for r in getattr(content(demo_store), kind)]
    assert positions == sorted(set(positions))


def test_swapped_moves_one_place_among_tied_positions() -> None:
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d", title="Ties"))
        for n in range(4):
            store.put(model.Note(id=f"n{n}", dossier_id="d", text=f"note {n}"))  # all at position 0
        notes = store.content("d").notes
        assert [n.id for n in notes] == ["n0", "n1", "n2", "n3"]
        store.apply("Move down", puts=editing.swapped(notes, 0, 1))
        after = store.content("d").notes
        assert [n.id for n in after] == ["n1", "n0", "n2", "n3"]
        assert len({n.position for n in after}) == 4


# --- copy_document ---------------------------------------------------------------------------


def _ids_of(c: model.DossierContent) -> set[str]:
    found = {c.dossier.id}
    for key in SECTIONS:
        for record in getattr(c, key):
            found.add(record.id)
            found.update(i.id for i in getattr(record, "items", []))
    return found


def _id_map(original: dict[str, Any], copied: dict[str, Any]) -> dict[str, str]:
    """Old id → new id, by the place of each record in the two dumps."""
    mapping = {original["dossier"]["id"]: copied["dossier"]["id"]}
    for key in SECTIONS:
        assert len(original[key]) == len(copied[key]), key
        for old, new in zip(original[key], copied[key], strict=True):
            mapping[old["id"]] = new["id"]
            if key == "checklists":
                for old_item, new_item in zip(old["items"], new["items"], strict=True):
                    mapping[old_item["id"]] = new_item["id"]
    return mapping


def _renamed(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: _renamed(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, mapping) for v in value]
    if isinstance(value, str):
        return mapping.get(value, value)
    return value


def test_copy_document_lives_beside_the_original(demo_store: Store) -> None:
    original = demo_store.dump(DEMO_ID)
    untouched = copy.deepcopy(original)
    doc = editing.copy_document(original, "Rehearsal copy")
    assert original == untouched  # the document copied is not changed
    result = demo_store.load(doc)
    assert result.new_dossier and result.dossier_id != DEMO_ID
    assert result.warnings == []

    assert {d.id for d in demo_store.dossiers()} == {DEMO_ID, result.dossier_id}
    assert demo_store.dump(DEMO_ID) == original
    first, second = demo_store.content(DEMO_ID), demo_store.content(result.dossier_id)
    old_ids, new_ids = _ids_of(first), _ids_of(second)
    # the dossier, tracks, participants, agenda items, talking points, red lines, packages and their
    # items, the checklist and its items, figures, notes, rounds, offers, constituencies and their
    # demands, team weights
    assert len(new_ids) == len(old_ids) == 1 + 7 + 8 + 12 + 53 + 5 + 5 + 23 + 1 + 11 + 3 + 2 + 2 + 3 + 3 + 3 + 36
    assert not old_ids & new_ids

    copied = demo_store.dump(result.dossier_id)
    mapping = _id_map(original, copied)
    assert len(mapping) == len(old_ids) - 23 - 3  # package items and demands have no id of their own in a document
    expected = _renamed(original, mapping)
    expected["dossier"]["title"] = "Rehearsal copy"
    assert copied == expected

    # the rules speak of the copy's own tracks and items
    tracks, items = {t.id for t in second.tracks}, {i.id for i in second.agenda_items}
    assert [r.rule["kind"] for r in second.red_lines] == ["no_linkage", "not_a_card", "no_bundle", "ceiling", "manual"]
    for old_line, new_line in zip(first.red_lines, second.red_lines, strict=True):
        new_tracks, new_items = referenced_ids(new_line.rule)
        old_tracks, old_items = referenced_ids(old_line.rule)
        assert new_tracks <= tracks and new_items <= items
        assert new_tracks == {mapping[t] for t in old_tracks} and new_items == {mapping[i] for i in old_items}
    # the package items' ids follow from the copy's package and agenda item
    for package in second.packages:
        for item in package.items:
            assert item.id == package_item_id(package.id, item.agenda_item_id) and item.agenda_item_id in items

    # editing the copy leaves the original as it was
    blocked = next(i for i in second.agenda_items if i.title == "Alaska LNG project")
    assert demo_store.deletion_effects(blocked).blockers
    demo_store.apply("Delete", deletes=[second.agenda_items[0]])
    assert demo_store.dump(DEMO_ID) == original
    assert demo_store.count(model.AgendaItem, result.dossier_id) == 11


def test_copy_document_twice_gives_different_ids(demo_doc: dict) -> None:
    one = editing.copy_document(demo_doc, "One")
    two = editing.copy_document(demo_doc, "Two")
    assert one["dossier"]["id"] != two["dossier"]["id"] != demo_doc["dossier"]["id"]
    assert {t["id"] for t in one["tracks"]}.isdisjoint(t["id"] for t in two["tracks"])
    with Store.open(None, AUTHOR) as store:
        for doc in (demo_doc, one, two):
            store.load(doc)
        assert sorted(d.title for d in store.dossiers()) == sorted(["One", "Two", demo_doc["dossier"]["title"]])
        assert len(store.search("Alaska LNG project", limit=200)) >= 3
