"""The store's door: every write of a record (apply, put, delete, undo and redo) is checked with
the value rules of `load` and the store's references, before anything is written."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from negoprep.errors import DocumentError, NegoprepError
from negoprep.records import editing, model
from negoprep.store.operations import MAX_POSITION, REFERENCES, InvalidChangeError, reference_required
from negoprep.store.store import Store


def revision_count(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]


def everything(store: Store) -> tuple[Any, ...]:
    """What the store holds, to compare before and after a refused change."""
    dumps = {d.id: store.dump(d.id) for d in store.dossiers()}
    return dumps, revision_count(store), store.db.conn.execute("SELECT count(*) FROM search").fetchone()[0]


def demo(store: Store) -> model.DossierContent:
    return store.content(store.dossiers()[0].id)


def sample(store: Store, rtype: type[model.Record], dossier_id: str | None = None) -> model.Record:
    """A live record of a type in a dossier (the first dossier by default)."""
    c = store.content(dossier_id or store.dossiers()[0].id)
    records: dict[type[model.Record], list[Any]] = {model.Dossier: [c.dossier]}
    for key, listed in model.CONTENT_LISTS.items():
        records[listed] = getattr(c, key)
        for parent in getattr(c, key):
            for child in getattr(parent, "items", ()):
                records.setdefault(type(child), []).append(child)
    return records[rtype][0]


def put_alone(store: Store, record: model.Record) -> None:
    store.put(replace(record, items=[]) if hasattr(record, "items") else record)  # type: ignore[call-arg]


DOORS: dict[str, Callable[[Store, model.Record], Any]] = {
    "apply": lambda store, record: store.apply("Change", puts=[record]),
    "put": put_alone,
}


def refused(store: Store, door: str, record: model.Record, expect: str) -> str:
    """The door refuses the record with a message holding `expect`; nothing is written."""
    before = everything(store)
    with pytest.raises(InvalidChangeError) as info:
        DOORS[door](store, record)
    message = str(info.value)
    assert expect in message, message
    assert "\n" not in message
    assert isinstance(info.value, NegoprepError)
    assert everything(store) == before
    return message


REQUIRED = [(rtype, column) for rtype, column, _, _ in REFERENCES if reference_required(rtype, column)]
ALL_REFS = [(rtype, column, target) for rtype, column, target, _ in REFERENCES]


# --- references -----------------------------------------------------------------------------


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize(("rtype", "column"), REQUIRED, ids=lambda v: getattr(v, "__name__", v))
def test_a_required_reference_is_never_empty(demo_store: Store, door: str, rtype, column) -> None:
    record = replace(sample(demo_store, rtype), **{column: None})
    message = refused(demo_store, door, record, "")
    what = column.removesuffix("_id")
    assert f"'{what}' is required" in message or f"'{what.replace('_', ' ')}' is required" in message


def test_the_wheel_fault_at_the_store(demo_store: Store) -> None:
    """What the Checklist box of a task once sent: the store refuses it in words, no
    NOT NULL constraint failure from SQLite."""
    task = sample(demo_store, model.ChecklistItem)
    message = refused(demo_store, "apply", replace(task, checklist_id=None), "'checklist' is required")
    assert message.startswith(f'checklist task "{task.label}"') or message.startswith("checklist item")


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize(("rtype", "column", "target"), ALL_REFS, ids=lambda v: getattr(v, "__name__", v))
@pytest.mark.parametrize("where", ["missing", "other dossier", "deleted"])
def test_a_reference_points_to_a_live_record_of_the_same_dossier(
    demo_store: Store, door: str, rtype, column, target, where: str
) -> None:
    record = sample(demo_store, rtype)
    if where == "missing":
        value = "no-such-record"
    elif where == "other dossier":
        other = demo_store.load(editing.copy_document(demo_store.dump(record.dossier_id), "A copy")).dossier_id
        value = sample(demo_store, target, other).id
    else:
        original = sample(demo_store, target, record.dossier_id)
        gone, *children = editing.duplicate(original, position=0)
        demo_store.apply("Duplicate", puts=[gone, *children])
        demo_store.apply("Delete", deletes=[gone])
        value = gone.id
    record = demo_store.get(rtype, record.id)
    assert record is not None and not record.deleted
    refused(demo_store, door, replace(record, **{column: value}), f"no such {target.noun} in this dossier")


@pytest.mark.parametrize("door", DOORS)
def test_a_record_needs_a_live_dossier(demo_store: Store, door: str) -> None:
    other = demo_store.load(editing.copy_document(demo_store.dump(demo(demo_store).dossier.id), "A copy")).dossier_id
    demo_store.delete_dossier(other)
    for dossier_id in (other, "no-such-dossier"):
        track = model.Track(id=editing.new_id(), dossier_id=dossier_id, name="Orphan")
        refused(demo_store, door, track, "dossier: no such dossier in this store")


# --- values: the rules of load --------------------------------------------------------------

#: (section of the document, JSON key, record type, attribute, a value load refuses)
HOSTILE: list[tuple[str, str, type[model.Record], str, Any]] = [
    ("agenda_items", "priority", model.AgendaItem, "priority", 9),
    ("agenda_items", "priority", model.AgendaItem, "priority", "high"),
    ("agenda_items", "weight", model.AgendaItem, "weight", -1),
    ("agenda_items", "weight", model.AgendaItem, "weight", float("nan")),
    ("agenda_items", "stance", model.AgendaItem, "stance", "sideways"),
    ("agenda_items", "title", model.AgendaItem, "title", 42),
    ("agenda_items", "description", model.AgendaItem, "description", "x" * 200_001),
    ("agenda_items", "disclosure", model.AgendaItem, "disclosure", "public"),
    ("talking_points", "kind", model.TalkingPoint, "kind", "rumour"),
    ("talking_points", "text", model.TalkingPoint, "text", None),
    ("participants", "head", model.Participant, "head", "yes"),
    ("participants", "side", model.Participant, "side", "both"),
    ("red_lines", "severity", model.RedLine, "severity", "soft"),
    ("packages", "origin", model.Package, "origin", "nobody"),
    ("figures", "value", model.Figure, "value", "many"),
    ("figures", "series", model.Figure, "series", None),
    ("notes", "at", model.Note, "at", "now"),
    ("notes", "at", model.Note, "at", "2025-02-30"),
    ("tracks", "name", model.Track, "name", ["Tariffs"]),
]


def _document_with(demo_doc: dict, section: str, key: str, value: Any) -> dict:
    doc = copy.deepcopy(demo_doc)
    doc[section][0][key] = value
    return doc


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize(("section", "key", "rtype", "attr", "value"), HOSTILE, ids=lambda v: repr(v)[:30])
def test_a_value_load_refuses_the_store_refuses(
    store: Store, demo_doc: dict, door: str, section: str, key: str, rtype, attr: str, value: Any
) -> None:
    with pytest.raises(DocumentError):
        store.load(_document_with(demo_doc, section, key, value))
    assert store.dossiers() == []
    store.load(demo_doc)
    record = next(r for r in store.records(rtype, store.dossiers()[0].id) if r.id == demo_doc[section][0]["id"])
    refused(store, door, replace(record, **{attr: value}), attr if rtype is not model.Note else "at")


@pytest.mark.parametrize("door", DOORS)
def test_a_nested_value_load_refuses_the_store_refuses(store: Store, demo_doc: dict, door: str) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["checklists"][0]["items"][0]["due"] = "2025-02-30"
    with pytest.raises(DocumentError):
        store.load(doc)
    store.load(demo_doc)
    task = sample(store, model.ChecklistItem)
    refused(store, door, replace(task, due="2025-02-30"), "is not a date")


@pytest.mark.parametrize("door", DOORS)
def test_the_dossier_itself_is_checked(demo_store: Store, door: str) -> None:
    dossier = demo(demo_store).dossier
    refused(demo_store, door, replace(dossier, starts_on="2025-02-30"), "is not a date")
    refused(demo_store, door, replace(dossier, title=""), "title")


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("position", [2**63 - 1, -(2**63), MAX_POSITION + 1, 2**70, True, "1", 1.5])
def test_a_position_is_a_whole_number_of_a_sane_size(demo_store: Store, door: str, position: Any) -> None:
    note = sample(demo_store, model.Note)
    refused(demo_store, door, replace(note, position=position), "position")


def test_the_largest_position_is_taken_and_the_dossier_still_loads(demo_store: Store) -> None:
    note = sample(demo_store, model.Note)
    demo_store.apply("Move", puts=[replace(note, position=MAX_POSITION)])
    doc = demo_store.dump(note.dossier_id)
    with Store.open(None, demo_store.author) as fresh:
        fresh.load(doc)
        assert fresh.dump(note.dossier_id) == doc


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("bad_id", ["", "   ", "a\nb", "x" * 201, 7])
def test_a_new_record_needs_a_usable_id(demo_store: Store, door: str, bad_id: Any) -> None:
    note = model.Note(id=bad_id, dossier_id=demo(demo_store).dossier.id, text="Hello")
    refused(demo_store, door, note, "id")


# --- a record's place ---------------------------------------------------------------------


@pytest.mark.parametrize("door", DOORS)
def test_a_record_never_moves_to_another_dossier(demo_store: Store, door: str) -> None:
    note = sample(demo_store, model.Note)
    other = demo_store.load(editing.copy_document(demo_store.dump(note.dossier_id), "A copy")).dossier_id
    refused(demo_store, door, replace(note, dossier_id=other), "stays in the dossier it was made in")


@pytest.mark.parametrize("door", DOORS)
def test_an_id_is_held_by_one_record_only(demo_store: Store, door: str) -> None:
    track = sample(demo_store, model.Track)
    note = model.Note(id=track.id, dossier_id=track.dossier_id, text="Same id as a track")
    refused(demo_store, door, note, "a track already has this id")


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("moved", ["agenda_item_id", "package_id"])
def test_a_package_item_keeps_the_id_made_from_its_package_and_item(demo_store: Store, door: str, moved: str) -> None:
    """A package item's id is made from its package and its agenda item, the same in every
    copy: it cannot take another of either (it would come back as another record after a
    dump and load); the item is removed and the other one added instead."""
    content = demo(demo_store)
    entry = content.packages[0].items[0]
    held = {i.agenda_item_id for i in content.packages[0].items}
    other = {
        "agenda_item_id": next(i.id for i in content.agenda_items if i.id not in held),
        "package_id": next(
            p.id for p in content.packages[1:] if entry.agenda_item_id not in {i.agenda_item_id for i in p.items}
        ),
    }[moved]
    refused(demo_store, door, replace(entry, **{moved: other}), "a package item stays with its package and agenda item")


# --- put with items, delete, undo ---------------------------------------------------------


def test_put_checks_a_checklists_tasks(demo_store: Store) -> None:
    checklist = sample(demo_store, model.Checklist)
    tasks = demo_store.children(model.ChecklistItem, "checklist_id", checklist.id)
    loose = replace(tasks[0], checklist_id=None)
    before = everything(demo_store)
    with pytest.raises(InvalidChangeError, match="'checklist' is required"):
        demo_store.put(replace(checklist, title="Renamed", items=[loose, *tasks[1:]]))
    assert everything(demo_store) == before
    # a new checklist and its new tasks, written together, are taken
    fresh = model.Checklist(id=editing.new_id(), dossier_id=checklist.dossier_id, title="On arrival")
    task = model.ChecklistItem(id=editing.new_id(), dossier_id=fresh.dossier_id, checklist_id=fresh.id, text="Call")
    stored = demo_store.put(replace(fresh, items=[task]))
    assert [t.text for t in stored.items] == ["Call"]


def test_delete_is_blocked_as_apply_blocks_it(demo_store: Store) -> None:
    track = next(t for t in demo(demo_store).tracks if demo_store.deletion_effects(t).blockers)
    before = everything(demo_store)
    with pytest.raises(InvalidChangeError, match="cannot be deleted"):
        demo_store.delete(track)
    assert everything(demo_store) == before


def test_delete_takes_what_cannot_live_without_it(demo_store: Store) -> None:
    item = next(
        i
        for i in demo(demo_store).agenda_items
        if demo_store.children(model.TalkingPoint, "agenda_item_id", i.id)
        and not demo_store.deletion_effects(i).blockers
    )
    demo_store.delete(item)
    assert demo_store.children(model.TalkingPoint, "agenda_item_id", item.id) == []


def test_an_undo_the_store_would_now_refuse_writes_nothing(demo_store: Store) -> None:
    """A point is added, then its agenda item deleted by another program: redoing the point's
    creation would leave it pointing at nothing, and is refused."""
    item = next(i for i in demo(demo_store).agenda_items if not demo_store.deletion_effects(i).blockers)
    point = model.TalkingPoint(id=editing.new_id(), dossier_id=item.dossier_id, agenda_item_id=item.id, text="Hi")
    op = demo_store.apply("Add point", puts=[point])
    demo_store.restore(op.before)  # undone
    demo_store.apply("Delete item", deletes=[item])  # elsewhere
    before = everything(demo_store)
    with pytest.raises(InvalidChangeError, match="no such agenda item in this dossier"):
        demo_store.restore(op.after)  # redone
    assert everything(demo_store) == before


def test_change_problems_speaks_in_words(demo_store: Store) -> None:
    task = sample(demo_store, model.ChecklistItem)
    assert demo_store.change_problems(replace(task, checklist_id=None)) == ["'checklist' is required"]
    assert demo_store.change_problems(replace(task, red_line_id="nowhere")) == [
        "red line: no such red line in this dossier"
    ]
    assert demo_store.change_problems(task) == []
