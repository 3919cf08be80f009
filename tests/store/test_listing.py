"""Long lists read lazily: rowids in order, sorted and filtered in SQL, then pages of records."""

from __future__ import annotations

import json
import random
import re
import time
import unicodedata
from dataclasses import fields, replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negoprep import i18n, paths
from negoprep.records import editing, model
from negoprep.store import listing
from negoprep.store.engine import sqlite
from negoprep.store.store import Store
from tests.conftest import AUTHOR

DEMO_ID = json.loads(paths.seed_text())["dossier"]["id"]
_WORD = re.compile(r"\w+")

LISTS: dict[type[model.Record], str] = {
    model.Track: "tracks",
    model.Participant: "participants",
    model.AgendaItem: "agenda_items",
    model.TalkingPoint: "talking_points",
    model.RedLine: "red_lines",
    model.Package: "packages",
    model.PackageItem: "package_items",
    model.Checklist: "checklists",
    model.ChecklistItem: "checklist_items",
    model.Figure: "figures",
    model.Note: "notes",
}
REFERENCED: dict[str, tuple[type[model.Record], str]] = {
    "track_id": (model.Track, "name"),
    "owner_id": (model.Participant, "name"),
    "agenda_item_id": (model.AgendaItem, "title"),
    "package_id": (model.Package, "name"),
    "checklist_id": (model.Checklist, "title"),
    "red_line_id": (model.RedLine, "title"),
}


def display_order(c: model.DossierContent, rtype: type[model.Record]) -> list[Any]:
    """A dossier's live records of one type, in display order, as content() gives them."""
    key = LISTS[rtype]
    if key == "package_items":
        items = [i for p in c.packages for i in p.items]
    elif key == "checklist_items":
        items = [i for cl in c.checklists for i in cl.items]
    else:
        return list(getattr(c, key))
    return sorted(items, key=lambda r: (r.position, r.created_at, r.id))


def ids(store: Store, rtype: type[model.Record], rowids) -> list[str]:
    return [r.id for r in store.page(rtype, rowids)]


def expected_sort(
    store: Store, rtype: type[model.Record], column: str, descending: bool, dossier_id: str = DEMO_ID
) -> list[str]:
    """The order rowids(order=column) should give, computed in Python: a text compared by
    the language's collation key, a number by value, a reference by what it names;
    nulls first ascending and last descending; ties in display order."""
    c = store.content(dossier_id)
    records = display_order(c, rtype)
    annotation = next(str(f.type) for f in fields(rtype) if f.name == column)
    if column in REFERENCED:
        target, label = REFERENCED[column]
        refs = {getattr(r, column) for r in records} - {None}
        names = {ref: getattr(store.get(target, ref), label) for ref in refs}

        def value(r: Any) -> Any:
            ref = getattr(r, column)
            return None if ref is None else i18n.collation_key(names[ref])
    elif annotation.startswith("str"):

        def value(r: Any) -> Any:
            v = getattr(r, column)
            return None if v is None else i18n.collation_key(v)
    else:

        def value(r: Any) -> Any:
            v = getattr(r, column)
            return None if v is None else float(v)

    def key(r: Any) -> tuple[bool, Any]:
        v = value(r)
        return (v is not None, v if v is not None else 0)

    return [r.id for r in sorted(records, key=key, reverse=descending)]  # a stable sort keeps display order in ties


def orderable_columns(rtype: type[model.Record]) -> list[str]:
    return [c for c in rtype.columns() if c not in ("id", *model.BOOKKEEPING, "dossier_id", "rule")]


@pytest.fixture
def mem_demo() -> Store:
    with Store.open(None, AUTHOR) as store:
        store.load(json.loads(paths.seed_text()))
        yield store


# --- display order ---------------------------------------------------------------------------


@pytest.mark.parametrize("rtype", list(LISTS), ids=lambda t: t.table)
def test_rowids_follow_display_order(demo_store: Store, rtype: type[model.Record]) -> None:
    c = demo_store.content(DEMO_ID)
    expected = [r.id for r in display_order(c, rtype)]
    rowids = demo_store.rowids(rtype, DEMO_ID)
    assert len(rowids) == len(expected) > 0
    assert ids(demo_store, rtype, rowids) == expected
    assert all(demo_store.rowid_of(rtype, rid) == row for rid, row in zip(expected, rowids, strict=True))


@pytest.mark.parametrize("rtype", model.RECORD_TYPES[1:], ids=lambda t: t.table)
def test_fields_are_the_records_own_values_in_display_order(mem_demo: Store, rtype: type[model.Record]) -> None:
    """Every column, a flag (a task's done) and a rule (a red line's) among them, as the
    records hold it, without building them; a deleted record is not among them."""
    records = mem_demo.records(rtype, DEMO_ID)
    names = [c for c in rtype.columns() if c not in ("deleted", "rev")]
    assert mem_demo.fields(rtype, DEMO_ID, names) == [tuple(getattr(r, n) for n in names) for r in records]
    deletable = [r for r in records if not mem_demo.deletion_effects(r).blockers] if records else []
    if deletable:
        mem_demo.delete(deletable[0])
        assert (deletable[0].id,) not in mem_demo.fields(rtype, DEMO_ID, ["id"])
    with pytest.raises(ValueError, match="no column"):
        mem_demo.fields(rtype, DEMO_ID, ["id; DROP TABLE notes"])


def test_rowids_are_per_dossier_and_live(mem_demo: Store) -> None:
    copy_id = mem_demo.load(editing.copy_document(mem_demo.dump(DEMO_ID), "Copy")).dossier_id
    original = set(mem_demo.rowids(model.AgendaItem, DEMO_ID))
    copied = set(mem_demo.rowids(model.AgendaItem, copy_id))
    assert len(original) == len(copied) == 12 and not original & copied
    point = mem_demo.content(DEMO_ID).talking_points[5]
    mem_demo.apply("Delete", deletes=[point])
    assert mem_demo.rowid_of(model.TalkingPoint, point.id) not in mem_demo.rowids(model.TalkingPoint, DEMO_ID)
    assert len(mem_demo.rowids(model.TalkingPoint, DEMO_ID)) == 52
    assert mem_demo.rowid_of(model.TalkingPoint, "no-such-id") is None


# --- sorting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize(
    "rtype",
    [model.Participant, model.AgendaItem, model.TalkingPoint, model.PackageItem, model.ChecklistItem, model.Figure],
    ids=lambda t: t.table,
)
def test_order_by_every_column(mem_demo: Store, rtype: type[model.Record], descending: bool) -> None:
    for column in orderable_columns(rtype):
        rowids = mem_demo.rowids(rtype, DEMO_ID, order=column, descending=descending)
        assert ids(mem_demo, rtype, rowids) == expected_sort(mem_demo, rtype, column, descending), column


def test_agenda_items_sort_by_track_name(demo_store: Store) -> None:
    rowids = demo_store.rowids(model.AgendaItem, DEMO_ID, order="track_id")
    tracks = {t.id: t.name for t in demo_store.content(DEMO_ID).tracks}
    names = [tracks[i.track_id] for i in demo_store.page(model.AgendaItem, rowids)]
    assert names == sorted(names, key=str.lower)
    assert names[0] == "Defense cost-sharing" and names[-1] == "Trade balance"
    descending = demo_store.rowids(model.AgendaItem, DEMO_ID, order="track_id", descending=True)
    assert [tracks[i.track_id] for i in demo_store.page(model.AgendaItem, descending)] == sorted(
        names, key=str.lower, reverse=True
    )


def test_numbers_sort_by_value(demo_store: Store) -> None:
    rowids = demo_store.rowids(model.AgendaItem, DEMO_ID, order="weight")
    weights = [i.weight for i in demo_store.page(model.AgendaItem, rowids)]
    assert weights == sorted(weights) and weights[0] == 4 and weights[-1] == 16
    rowids = demo_store.rowids(model.AgendaItem, DEMO_ID, order="figure_value", descending=True)
    figures = [i.figure_value for i in demo_store.page(model.AgendaItem, rowids)]
    assert figures[:3] == [56.6, 25, 1.5192] and set(figures[3:]) == {None}


def test_text_sorts_case_insensitively(store: Store) -> None:
    dossier = store.put(model.Dossier(id=editing.new_id(), title="Order"))
    for n, name in enumerate(["charlie", "Bravo", "alpha", "Delta", "bravo"]):
        store.put(model.Participant(id=f"p{n}", dossier_id=dossier.id, name=name, position=n))
    rowids = store.rowids(model.Participant, dossier.id, order="name")
    assert [p.name for p in store.page(model.Participant, rowids)] == ["alpha", "Bravo", "bravo", "charlie", "Delta"]
    rowids = store.rowids(model.Participant, dossier.id, order="name", descending=True)
    # ties keep display order even when descending
    assert [p.name for p in store.page(model.Participant, rowids)] == ["Delta", "charlie", "Bravo", "bravo", "alpha"]


def test_order_by_an_unknown_column_is_refused(demo_store: Store) -> None:
    with pytest.raises(ValueError, match="no column"):
        demo_store.rowids(model.AgendaItem, DEMO_ID, order="title; DROP TABLE agenda_items")
    with pytest.raises(ValueError, match="no column"):
        demo_store.rowids(model.AgendaItem, DEMO_ID, equals={"nope": 1})
    with pytest.raises(ValueError, match="no column"):
        demo_store.count(model.AgendaItem, DEMO_ID, nope=1)


# --- filtering -------------------------------------------------------------------------------


def _words(record: model.Record) -> list[str]:
    text = " ".join(str(getattr(record, f) or "") for f in type(record).text_fields)
    return [w.casefold() for w in _WORD.findall(text)]


@pytest.mark.parametrize(
    ("rtype", "text"),
    [
        (model.AgendaItem, "tarif"),
        (model.AgendaItem, "TARIFF relief"),
        (model.AgendaItem, "lng"),
        (model.TalkingPoint, "surplus"),
        (model.TalkingPoint, "relief auto"),
        (model.ChecklistItem, "brief"),
        (model.RedLine, "defense"),
    ],
)
def test_text_filter_keeps_records_with_every_word_prefix(
    demo_store: Store, rtype: type[model.Record], text: str
) -> None:
    c = demo_store.content(DEMO_ID)
    prefixes = [w.casefold() for w in text.split()]
    expected = [r.id for r in display_order(c, rtype) if all(any(w.startswith(p) for w in _words(r)) for p in prefixes)]
    assert expected, "the case must match something"
    assert ids(demo_store, rtype, demo_store.rowids(rtype, DEMO_ID, text=text)) == expected


def test_text_filter_matching_nothing_or_punctuation_is_empty(demo_store: Store) -> None:
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text="zzyzx")) == 0
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text="tariff zzyzx")) == 0
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text="!?* ()")) == 0
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text='"')) == 0
    # blank text is no filter
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text="   ")) == 12
    # FTS syntax typed by a person is taken as words
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, text="tariff OR NEAR(")) == 0


def test_text_filter_follows_edits_and_combines_with_sorting(mem_demo: Store) -> None:
    item = mem_demo.content(DEMO_ID).agenda_items[-1]
    mem_demo.apply("Edit", puts=[replace(item, interests="kimchi refrigerators")])
    assert ids(mem_demo, model.AgendaItem, mem_demo.rowids(model.AgendaItem, DEMO_ID, text="kimch")) == [item.id]
    assert ids(mem_demo, model.TalkingPoint, mem_demo.rowids(model.TalkingPoint, DEMO_ID, text="kimch")) == []
    rowids = mem_demo.rowids(model.AgendaItem, DEMO_ID, text="tariff", order="title", descending=True)
    titles = [i.title for i in mem_demo.page(model.AgendaItem, rowids)]
    assert len(titles) >= 3 and titles == sorted(titles, key=str.lower, reverse=True)
    # a sort by a reference keeps, of its order, the rows the words match
    found = set(mem_demo.rowids(model.TalkingPoint, DEMO_ID, text="tariff"))
    by_item = mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="agenda_item_id")
    assert 0 < len(found) < len(by_item)
    filtered = mem_demo.rowids(model.TalkingPoint, DEMO_ID, text="tariff", order="agenda_item_id")
    assert list(filtered) == [rowid for rowid in by_item if rowid in found]


def test_equals_filter(demo_store: Store) -> None:
    c = demo_store.content(DEMO_ID)
    still_open = [i for i in c.agenda_items if i.status == "open"]
    assert 0 < len(still_open) < len(c.agenda_items)  # the demo's items follow its talks
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, equals={"status": "open"})) == len(still_open)
    assert len(demo_store.rowids(model.AgendaItem, DEMO_ID, equals={"status": "agreed"})) == 0
    for checklist in c.checklists:
        rowids = demo_store.rowids(model.ChecklistItem, DEMO_ID, equals={"checklist_id": checklist.id})
        assert ids(demo_store, model.ChecklistItem, rowids) == [i.id for i in checklist.items]
    unlinked = demo_store.rowids(model.ChecklistItem, DEMO_ID, equals={"agenda_item_id": None})
    assert ids(demo_store, model.ChecklistItem, unlinked) == [
        i.id for cl in c.checklists for i in cl.items if i.agenda_item_id is None
    ]
    ahn = next(p for p in c.participants if p.name == "Ahn Duk-geun")
    both = demo_store.rowids(model.AgendaItem, DEMO_ID, equals={"owner_id": ahn.id, "priority": 4})
    assert {i.title for i in demo_store.page(model.AgendaItem, both)} == {
        i.title for i in c.agenda_items if i.owner_id == ahn.id and i.priority == 4
    }
    assert len(both) == 4


# --- pages and small reads -------------------------------------------------------------------


def test_page_follows_the_given_order(demo_store: Store) -> None:
    rowids = demo_store.rowids(model.TalkingPoint, DEMO_ID)
    picked = [rowids[10], rowids[2], rowids[30], rowids[2]]
    pages = demo_store.page(model.TalkingPoint, picked)
    assert [demo_store.rowid_of(model.TalkingPoint, p.id) for p in pages] == picked
    assert demo_store.page(model.TalkingPoint, []) == []
    assert demo_store.page(model.TalkingPoint, [10**9]) == []
    c = demo_store.content(DEMO_ID)
    assert demo_store.page(model.TalkingPoint, rowids[5:9]) == c.talking_points[5:9]


def test_page_skips_records_deleted_since(demo_store: Store) -> None:
    rowids = demo_store.rowids(model.TalkingPoint, DEMO_ID)
    before = demo_store.page(model.TalkingPoint, rowids[:6])
    demo_store.apply("Delete", deletes=[before[3]])
    after = demo_store.page(model.TalkingPoint, rowids[:6])
    assert [p.id for p in after] == [p.id for p in before[:3] + before[4:]]


def test_count_records_titles_weight_total(demo_store: Store) -> None:
    c = demo_store.content(DEMO_ID)
    assert demo_store.count(model.AgendaItem, DEMO_ID) == 12
    assert demo_store.count(model.TalkingPoint, DEMO_ID) == 53
    assert demo_store.count(model.AgendaItem, DEMO_ID, priority=5) == sum(i.priority == 5 for i in c.agenda_items) == 3
    assert demo_store.count(model.AgendaItem, "no-such-dossier") == 0
    assert demo_store.records(model.Track, DEMO_ID) == c.tracks
    assert demo_store.records(model.Participant, DEMO_ID, side="theirs") == [
        p for p in c.participants if p.side == "theirs"
    ]
    assert demo_store.weight_total(DEMO_ID) == 100
    assert demo_store.weight_total("no-such-dossier") == 0

    point = c.talking_points[0]
    assert demo_store.titles(model.TalkingPoint, [point.id, point.id, "nope"]) == {point.id: point.text}
    assert demo_store.titles(model.Track, [t.id for t in c.tracks]) == {t.id: t.name for t in c.tracks}
    item = next(i for i in c.agenda_items if i.title == "Limits on U.S. beef imports")
    demo_store.apply("Delete", deletes=[item])
    assert demo_store.weight_total(DEMO_ID) == 100 - item.weight
    assert demo_store.count(model.AgendaItem, DEMO_ID) == 11
    # titles still name deleted records, for history
    assert demo_store.titles(model.AgendaItem, [item.id]) == {item.id: item.title}


# --- a long list -----------------------------------------------------------------------------


def test_three_thousand_talking_points(mem_demo: Store) -> None:
    item = next(i for i in mem_demo.content(DEMO_ID).agenda_items if i.title == "Limits on U.S. beef imports")
    existing = mem_demo.count(model.TalkingPoint, DEMO_ID, agenda_item_id=item.id)
    points = [
        model.TalkingPoint(
            id=f"bulk-{n:04d}",
            dossier_id=DEMO_ID,
            agenda_item_id=item.id,
            text=f"Generated point {n:04d} {'even' if n % 2 == 0 else 'odd'}",
            kind=model.POINT_KINDS[n % len(model.POINT_KINDS)],
            position=1000 + (2999 - n),  # displayed in reverse of their numbers
        )
        for n in range(3000)
    ]
    start = time.perf_counter()
    mem_demo.apply("Bulk", puts=points)
    assert time.perf_counter() - start < 30

    rowids = mem_demo.rowids(model.TalkingPoint, DEMO_ID, equals={"agenda_item_id": item.id})
    assert len(rowids) == 3000 + existing
    assert len(mem_demo.rowids(model.TalkingPoint, DEMO_ID)) == 3053
    page = mem_demo.page(model.TalkingPoint, rowids[1500:1550])
    first = 2999 - (1500 - existing)
    assert [p.id for p in page] == [f"bulk-{n:04d}" for n in range(first, first - 50, -1)]

    by_text = mem_demo.rowids(model.TalkingPoint, DEMO_ID, equals={"agenda_item_id": item.id}, order="text")
    numbers = [int(p.id.removeprefix("bulk-")) for p in mem_demo.page(model.TalkingPoint, by_text[1500:1550])]
    assert numbers == list(range(numbers[0], numbers[0] + 50))
    odd = mem_demo.rowids(model.TalkingPoint, DEMO_ID, text="generated odd")
    assert len(odd) == 1500
    assert ids(mem_demo, model.TalkingPoint, mem_demo.rowids(model.TalkingPoint, DEMO_ID, text="point 0042")) == [
        "bulk-0042"
    ]
    assert mem_demo.count(model.TalkingPoint, DEMO_ID, kind="press") == 600 + sum(
        p.kind == "press" for p in mem_demo.content(DEMO_ID).talking_points if not p.id.startswith("bulk-")
    )


COLLATION_SAMPLE = [
    "나무", "가지", "각", "개", "가나", "Zebra", "apple", "Apple", "émile", "eagle", "item 10", "item 2",
    "10 items", "2 items", "관세 25%", "관세", "방위비분담금", "Éclair", "zoo", "(주) 한화", "Ωmega", "中国",
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_table_sorts_titles_as_the_languages_collator_does(language: str) -> None:
    """The SQL order of a table (collation_key) is the order of Qt's collator for the language
    (i18n.sort_key, used for lists in memory and on paper): one order wherever names are listed."""
    from negoprep.ui import translation

    store = Store.open(None, model.Author("t", "Tester"))
    try:
        translation.use_language(language)
        dossier = store.put(model.Dossier(id="d", title="Sorting"))
        track = store.put(model.Track(id="t1", dossier_id=dossier.id, name="Track"))
        for n, title in enumerate(COLLATION_SAMPLE):
            store.put(model.AgendaItem(id=f"a{n}", dossier_id=dossier.id, track_id=track.id, title=title))
        rowids = store.rowids(model.AgendaItem, dossier.id, order="title")
        titles = [item.title for item in store.page(model.AgendaItem, rowids)]
        assert titles == sorted(COLLATION_SAMPLE, key=i18n.sort_key)
        if language == "ko":
            assert titles.index("방위비분담금") < titles.index("apple")
        else:
            assert titles.index("Zebra") < titles.index("가나")
        assert titles.index("item 2") < titles.index("item 10")
        assert abs(titles.index("émile") - titles.index("eagle")) <= 2
    finally:
        translation.use_language("en")
        store.close()


def _collation_key_by_character(text: str | None, language: str) -> str | None:
    """collation_key as first written, a character at a time: the order the faster one keeps."""
    if text is None:
        return None
    padded = re.sub(r"\d+", lambda m: m.group().lstrip("0").zfill(24), text.casefold())
    folded = unicodedata.normalize("NFD", padded)
    kept = [
        "\x01" + ch if unicodedata.category(ch)[0] in "PS" else ch for ch in folded if not unicodedata.combining(ch)
    ]
    if language == "ko":
        kept = [
            chr(ord(ch) + 0x10000) if ch.isalpha() and (ord(ch) < 0x1100 or 0x1200 <= ord(ch) < 0x2E80) else ch
            for ch in kept
        ]
    return "".join(kept)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_collation_keys_are_those_worked_out_a_character_at_a_time(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_language", language)
    alphabet = "abzXYZ0123456789 -_.,!%()é가각관漢中ßÅΩ\u0301\u0308²٣ﬁ𝐀Ｆ\t"
    rnd = random.Random(16)
    texts = [*COLLATION_SAMPLE, None, "", "0", "007 agents", "Crème brûlée", "straße", "ǅemal", "Ⅻ"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(3000)]
    for text in texts:
        assert i18n.collation_key(text) == _collation_key_by_character(text, language), text


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_reference_sort_keeps_ties_nulls_and_filters(mem_demo: Store, descending: bool) -> None:
    """Sorting by what a reference names: two records named alike (but for case) tie and keep
    display order, a task with no owner goes first ascending and last descending, and the
    checklist and text filters still apply."""
    people = mem_demo.records(model.Participant, DEMO_ID)
    tasks = display_order(mem_demo.content(DEMO_ID), model.ChecklistItem)
    owners = [t.owner_id for t in tasks if t.owner_id]
    first, second = owners[0], next(o for o in owners if o != owners[0])
    name = next(p.name for p in people if p.id == first)
    twin = next(p for p in people if p.id == second)
    unowned = [replace(t, owner_id=None) for t in tasks[1::4]]
    mem_demo.apply("Alike", puts=[replace(twin, name=name.upper()), *unowned])
    expected = expected_sort(mem_demo, model.ChecklistItem, "owner_id", descending)
    rowids = mem_demo.rowids(model.ChecklistItem, DEMO_ID, order="owner_id", descending=descending)
    assert ids(mem_demo, model.ChecklistItem, rowids) == expected
    sorted_ids = ids(mem_demo, model.ChecklistItem, rowids)
    assert {sorted_ids.index(t.id) for t in unowned} == (
        set(range(len(sorted_ids) - len(unowned), len(sorted_ids))) if descending else set(range(len(unowned)))
    )
    checklist = tasks[0].checklist_id
    for text, equals in (("", {"checklist_id": checklist}), ("brief", {}), ("brief", {"checklist_id": checklist})):
        kept = set(
            ids(mem_demo, model.ChecklistItem, mem_demo.rowids(model.ChecklistItem, DEMO_ID, text=text, equals=equals))
        )
        assert kept
        filtered = mem_demo.rowids(
            model.ChecklistItem, DEMO_ID, order="owner_id", descending=descending, text=text, equals=equals
        )
        assert ids(mem_demo, model.ChecklistItem, filtered) == [i for i in expected if i in kept]


def _progress_by_hand(tasks: list[model.ChecklistItem], today: str) -> dict[tuple[str, str | None], list[int]]:
    counts: dict[tuple[str, str | None], list[int]] = {}
    for t in tasks:
        c = counts.setdefault((t.checklist_id, t.owner_id), [0, 0, 0, 0])
        c[0] += 1
        c[1] += t.done
        c[2] += bool(t.due) and not t.done and t.due < today
        c[3] += bool(t.due) and not t.done and t.due == today
    return counts


def test_checklist_progress_counts_per_checklist_and_owner(mem_demo: Store) -> None:
    copy_id = mem_demo.load(editing.copy_document(mem_demo.dump(DEMO_ID), "Copy")).dossier_id
    tasks = display_order(mem_demo.content(DEMO_ID), model.ChecklistItem)
    # some done, one deleted, one moved to nobody: the copy's tasks never count here
    mem_demo.apply(
        "Mixed",
        puts=[replace(tasks[2], done=not tasks[2].done), replace(tasks[3], owner_id=None, done=False)],
        deletes=[tasks[4]],
    )
    live = mem_demo.records(model.ChecklistItem, DEMO_ID)
    dues = sorted({t.due for t in live if t.due})
    assert len(dues) > 2
    for today in ("2000-01-01", dues[len(dues) // 2], "2999-12-31"):
        counted = {(c, o): list(rest) for c, o, *rest in mem_demo.checklist_progress(DEMO_ID, today)}
        assert counted == _progress_by_hand(live, today)
    middle = {(c, o): list(rest) for c, o, *rest in mem_demo.checklist_progress(DEMO_ID, dues[len(dues) // 2])}
    assert sum(c[2] for c in middle.values()) > 0 and sum(c[3] for c in middle.values()) > 0
    assert sum(c[0] for c in middle.values()) == len(live)
    copied = mem_demo.checklist_progress(copy_id, "2999-12-31")
    assert sum(row[2] for row in copied) == len(tasks)


def test_reference_sort_follows_the_language_switched_to() -> None:
    """The label keys a reference sort remembers are those of the language in use: after a
    switch, Hangul names go before Latin ones in Korean and after them in English."""
    from negoprep.ui import translation

    with Store.open(None, model.Author("t", "Tester")) as store:
        dossier = store.put(model.Dossier(id="d", title="Sorting"))
        for n, name in enumerate(["Zebra", "가나", "apple"]):
            store.put(model.Track(id=f"t{n}", dossier_id=dossier.id, name=name))
            store.put(model.AgendaItem(id=f"a{n}", dossier_id=dossier.id, track_id=f"t{n}", title=f"Item {n}"))

        def tracks() -> list[str]:
            rowids = store.rowids(model.AgendaItem, dossier.id, order="track_id")
            return [item.track_id for item in store.page(model.AgendaItem, rowids)]

        try:
            assert tracks() == ["t2", "t0", "t1"]
            translation.use_language("ko")
            assert tracks() == ["t1", "t2", "t0"]
            translation.use_language("en")
            assert tracks() == ["t2", "t0", "t1"]
        finally:
            translation.use_language("en")


def test_reference_sort_follows_renames_here_and_by_another_program(tmp_path) -> None:
    """The ranks of labels kept from one sort to the next are worked out again once anything
    in the file changed: a rename made through this store, or by another program."""
    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR) as store, Store.open(path, AUTHOR) as other:
        dossier = store.put(model.Dossier(id="d", title="Sorting"))
        for n, name in enumerate(["Alpha", "Bravo", "Charlie"]):
            store.put(model.Track(id=f"t{n}", dossier_id=dossier.id, name=name))
            store.put(model.AgendaItem(id=f"a{n}", dossier_id=dossier.id, track_id=f"t{n}", title=f"Item {n}"))

        def tracks(descending: bool = False) -> list[str]:
            rowids = store.rowids(model.AgendaItem, dossier.id, order="track_id", descending=descending)
            return [item.track_id for item in store.page(model.AgendaItem, rowids)]

        assert tracks() == ["t0", "t1", "t2"] and tracks(descending=True) == ["t2", "t1", "t0"]
        store.apply("Rename", puts=[replace(store.get(model.Track, "t0"), name="Zulu")])
        assert tracks() == ["t1", "t2", "t0"]
        other.apply("Rename", puts=[replace(other.get(model.Track, "t2"), name="Able")])
        assert tracks() == ["t2", "t1", "t0"] and tracks(descending=True) == ["t0", "t1", "t2"]


def _counting_keys(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The texts a sort works out a collation key of, from now on."""
    keyed: list[str | None] = []
    collation_key = i18n.collation_key

    def counted(text: str | None) -> str | None:
        keyed.append(text)
        return collation_key(text)

    monkeypatch.setattr(i18n, "collation_key", counted)
    return keyed


def test_text_sort_works_out_keys_once_until_the_file_changes(tmp_path, monkeypatch) -> None:
    """A sort by a text column keeps its order both ways: sorting again, either way, or with a
    filter works out no key; a change made here or by another program, or another language,
    sorts again, with the change in its place."""
    from negoprep.ui import translation

    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR) as store, Store.open(path, AUTHOR) as other:
        dossier = store.put(model.Dossier(id="d", title="Sorting"))
        track = store.put(model.Track(id="t", dossier_id=dossier.id, name="Track"))
        titles = ["bravo", "Alpha", "가나", "alpha", "charlie 10", "charlie 9"]
        for n, title in enumerate(titles):
            store.put(model.AgendaItem(id=f"a{n}", dossier_id="d", track_id=track.id, title=title, position=n))
        keyed = _counting_keys(monkeypatch)

        def sorted_ids(descending: bool = False, **filters: Any) -> list[str]:
            rowids = store.rowids(model.AgendaItem, "d", order="title", descending=descending, **filters)
            return [item.id for item in store.page(model.AgendaItem, rowids)]

        try:
            # ties (alike but for case) in display order both ways
            assert sorted_ids() == ["a1", "a3", "a0", "a5", "a4", "a2"]
            assert len(keyed) == len(titles)  # (both ways at once)
            assert sorted_ids(descending=True) == ["a2", "a4", "a5", "a0", "a1", "a3"]
            assert sorted_ids() == ["a1", "a3", "a0", "a5", "a4", "a2"]
            assert sorted_ids(text="charlie") == ["a5", "a4"]
            assert sorted_ids(descending=True, text="alpha") == ["a1", "a3"]
            assert sorted_ids(equals={"track_id": "t"}) == ["a1", "a3", "a0", "a5", "a4", "a2"]
            assert sorted_ids(equals={"track_id": "none"}) == []
            assert len(keyed) == len(titles)  # no key worked out again
            store.apply("Rename", puts=[replace(store.get(model.AgendaItem, "a1"), title="delta")])
            assert sorted_ids() == ["a3", "a0", "a5", "a4", "a1", "a2"]
            other.apply("Rename", puts=[replace(other.get(model.AgendaItem, "a2"), title="aardvark")])
            assert sorted_ids() == ["a2", "a3", "a0", "a5", "a4", "a1"]
            other.apply("Delete", deletes=[other.get(model.AgendaItem, "a3")])
            assert sorted_ids(descending=True) == ["a1", "a4", "a5", "a0", "a2"]
            store.put(model.AgendaItem(id="a9", dossier_id="d", track_id=track.id, title="가", position=9))
            translation.use_language("ko")
            assert sorted_ids() == ["a9", "a2", "a0", "a5", "a4", "a1"]
            translation.use_language("en")
            assert sorted_ids() == ["a2", "a0", "a5", "a4", "a1", "a9"]
        finally:
            translation.use_language("en")


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_text_sort_puts_no_text_first_and_last_descending(mem_demo: Store, descending: bool) -> None:
    column = next(
        f.name
        for f in fields(model.AgendaItem)
        if str(f.type).startswith("str | None") and f.name in model.AgendaItem.columns() and f.name not in REFERENCED
    )
    items = display_order(mem_demo.content(DEMO_ID), model.AgendaItem)
    blanked = [replace(item, **{column: None}) for item in items[::3]]
    mem_demo.apply("Blank", puts=blanked)
    rowids = mem_demo.rowids(model.AgendaItem, DEMO_ID, order=column, descending=descending)
    assert ids(mem_demo, model.AgendaItem, rowids) == expected_sort(mem_demo, model.AgendaItem, column, descending)
    shown = [getattr(r, column) for r in mem_demo.page(model.AgendaItem, rowids)]
    nones = [n for n, value in enumerate(shown) if value is None]
    blank = len(nones)
    assert blank >= len(blanked) > 0
    assert nones == (list(range(blank)) if not descending else list(range(len(shown) - blank, len(shown))))


def test_reference_sort_reads_the_rows_once_until_the_file_changes(mem_demo: Store, monkeypatch) -> None:
    listing = mem_demo._listing
    built: list[str] = []
    order_steps = listing._order_steps
    monkeypatch.setattr(listing, "_order_steps", lambda *a: built.append(a[3]) or order_steps(*a))
    for descending in (False, True, False):
        rowids = mem_demo.rowids(model.ChecklistItem, DEMO_ID, order="owner_id", descending=descending)
        expected = expected_sort(mem_demo, model.ChecklistItem, "owner_id", descending)
        assert ids(mem_demo, model.ChecklistItem, rowids) == expected
    filtered = mem_demo.rowids(model.ChecklistItem, DEMO_ID, order="owner_id", text="brief")
    assert filtered and all(r in rowids for r in filtered)
    assert built == ["owner_id"]
    task = mem_demo.page(model.ChecklistItem, rowids[:1])[0]
    mem_demo.apply("Unowned", puts=[replace(task, owner_id=None)])
    rowids = mem_demo.rowids(model.ChecklistItem, DEMO_ID, order="owner_id", descending=True)
    assert ids(mem_demo, model.ChecklistItem, rowids) == expected_sort(mem_demo, model.ChecklistItem, "owner_id", True)
    assert built == ["owner_id", "owner_id"]


def test_sorting_the_other_way_round_keys_no_text_again(mem_demo: Store, monkeypatch) -> None:
    keyed: list[str] = []
    collation_key = i18n.collation_key
    monkeypatch.setattr(i18n, "collation_key", lambda text: keyed.append(text) or collation_key(text))
    texts = {p.text for p in mem_demo.records(model.TalkingPoint, DEMO_ID)}
    mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="text")
    # each text keyed once, by its head: the whole of a long text only where heads alike need it
    heads = {listing._head(text) for text in texts}
    assert len(keyed) == len(set(keyed)) and heads <= set(keyed) <= heads | texts
    assert any(len(text) > len(head) for text in texts for head in heads if text.startswith(head))
    count = len(keyed)
    mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="text", descending=True)
    assert len(keyed) == count
    point = mem_demo.records(model.TalkingPoint, DEMO_ID)[0]
    mem_demo.apply("Edit", puts=[replace(point, text="A text not met before")])
    keyed.clear()
    rowids = mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="text")
    assert keyed == ["A text not met before"]
    assert ids(mem_demo, model.TalkingPoint, rowids) == expected_sort(mem_demo, model.TalkingPoint, "text", False)


#: reproducible in CI: the same examples on every run, nothing remembered between runs
PROPERTY = settings(deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])

# texts alike for their first characters (the head a sort keys first), with numbers, case,
# accents, Hangul and punctuation where a head is cut
_STEMS = ["", "Tariff relief on automobiles, ", "tariff relief on automobiles, ", "관세 인하와 자동차 ", "item "]
_TAILS = st.text(alphabet="aAbé 0123456789,.-가나\u0301", max_size=60)


@settings(PROPERTY, max_examples=60)
@given(
    texts=st.lists(
        st.builds(lambda stem, tail, pad: stem + "x" * pad + tail, st.sampled_from(_STEMS), _TAILS, st.integers(0, 45)),
        min_size=1,
        max_size=14,
    ),
    empty=st.lists(st.booleans(), min_size=14, max_size=14),
)
def test_a_text_sort_orders_as_whole_keys_do(texts: list[str], empty: list[bool]) -> None:
    """Keying heads first then whole texts only where heads cannot tell gives the order of
    the whole texts' keys, ties in display order, both ways."""
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d", title="Sorting"))
        store.put(model.Track(id="t", dossier_id="d", name="Track"))
        values = ["" if empty else text for text, empty in zip(texts, empty, strict=False)]
        for n, value in enumerate(values):
            store.put(
                model.AgendaItem(id=f"a{n:02}", dossier_id="d", track_id="t", title="x", description=value, position=n)
            )

        def key(n: int) -> str:
            return i18n.collation_key(values[n]) or ""

        for descending in (False, True):
            rowids = store.rowids(model.AgendaItem, "d", order="description", descending=descending)
            expected = [f"a{n:02}" for n in sorted(range(len(values)), key=key, reverse=descending)]
            assert ids(store, model.AgendaItem, rowids) == expected


@settings(PROPERTY, max_examples=300)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=90) | st.sampled_from([" a", "a ", "a  b", "x" * 81])
)
def test_a_label_is_one_line_however_it_is_written(text: str) -> None:
    """Labels already on one line are told at a glance; every label comes out as splitting it
    would give it."""
    collapsed = " ".join(text.split())
    assert listing._one_line(text) == (collapsed if len(collapsed) <= 80 else collapsed[:79] + "…")


def test_a_sort_prepared_beforehand_keys_nothing_when_asked(mem_demo: Store, monkeypatch) -> None:
    """What the window works out while idle (prepare_sort, a few rows at a time) is all a
    first sort by a text or by what a reference names then needs; each step reads no more
    rows than it is given."""
    keyed = _counting_keys(monkeypatch)
    columns = ["text", "agenda_item_id"]
    steps = []
    while not mem_demo.prepare_sort(model.TalkingPoint, DEMO_ID, columns, 10):
        steps.append(len(keyed))
        assert len(steps) < 100
    assert len(steps) >= 6  # (53 talking points and 12 agenda items, ten at a time)
    assert all(b - a <= 10 for a, b in zip([0, *steps], steps, strict=False))
    assert mem_demo.prepare_sort(model.TalkingPoint, DEMO_ID, columns, 10)  # (and stays done)
    ranked = []  # (the agenda items' titles ranked once, while preparing: not again)
    real_ranked = listing.Listing._ranked
    monkeypatch.setattr(listing.Listing, "_ranked", lambda self, *a: ranked.append(1) or real_ranked(self, *a))
    mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="agenda_item_id")
    assert ranked == []
    for column in columns:
        for descending in (False, True):
            prepared = len(keyed)
            rowids = mem_demo.rowids(model.TalkingPoint, DEMO_ID, order=column, descending=descending)
            assert len(keyed) == prepared
            expected = expected_sort(mem_demo, model.TalkingPoint, column, descending)
            assert ids(mem_demo, model.TalkingPoint, rowids) == expected


def test_a_long_text_whose_head_is_another_text_sorts_after_it_and_before_it_descending() -> None:
    head = "Tariff relief on automobiles, in stages."  # (as long as a head: 40 characters)
    assert len(head) == listing._HEAD
    values = [head + " Then quotas.", head, "Zebra", head + " And more.", "Aardvark"]
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d", title="Sorting"))
        store.put(model.Track(id="t", dossier_id="d", name="Track"))
        for n, value in enumerate(values):
            store.put(
                model.AgendaItem(id=f"a{n}", dossier_id="d", track_id="t", title="x", description=value, position=n)
            )
        for descending in (False, True):
            rowids = store.rowids(model.AgendaItem, "d", order="description", descending=descending)
            expected = sorted(range(len(values)), key=lambda n: i18n.collation_key(values[n]) or "", reverse=descending)
            assert ids(store, model.AgendaItem, rowids) == [f"a{n}" for n in expected]
        # the text first in display order, the long one after it: no group, a key of its own
        store.apply("Keep two", deletes=[store.get(model.AgendaItem, f"a{n}") for n in (0, 2, 4)])
        for descending, expected in ((False, [head, head + " And more."]), (True, [head + " And more.", head])):
            rowids = store.rowids(model.AgendaItem, "d", order="description", descending=descending)
            assert [r.description for r in store.page(model.AgendaItem, rowids)] == expected


def test_texts_whose_keys_tie_beyond_their_heads_stay_in_display_order_both_ways() -> None:
    """A rest a key leaves out (a combining mark after a letter with no composed form) makes
    no text sort after its twin, by text or by a label (they tie)."""
    short, marked = "q" * listing._HEAD, "q" * listing._HEAD + "\u0301"
    assert i18n.collation_key(short) == i18n.collation_key(marked)
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d", title="Ties"))
        store.put(model.Track(id="t", dossier_id="d", name="Track"))
        store.put(model.AgendaItem(id="a0", dossier_id="d", track_id="t", title=short, description=short, position=0))
        store.put(model.AgendaItem(id="a1", dossier_id="d", track_id="t", title=marked, description=marked, position=1))
        store.put(model.TalkingPoint(id="p0", dossier_id="d", agenda_item_id="a1", text="x", position=0))
        store.put(model.TalkingPoint(id="p1", dossier_id="d", agenda_item_id="a0", text="y", position=1))
        for descending in (False, True):
            rowids = store.rowids(model.AgendaItem, "d", order="description", descending=descending)
            assert ids(store, model.AgendaItem, rowids) == ["a0", "a1"]
            rowids = store.rowids(model.TalkingPoint, "d", order="agenda_item_id", descending=descending)
            assert ids(store, model.TalkingPoint, rowids) == ["p0", "p1"]


def test_texts_alike_beyond_their_heads_are_read_whole_once(monkeypatch) -> None:
    """Rows sharing a long opening are sorted by their whole keys as one group: each whole
    text read once, however many rows share it; and no whole text's key is kept (what is
    kept stays as short as a head)."""
    opening = "Proposal for the bilateral trade agreement on tariffs, item "
    read: list[int] = []
    real = listing.Listing._whole_texts
    monkeypatch.setattr(
        listing.Listing,
        "_whole_texts",
        lambda self, table, column, by, some: read.append(len(some)) or real(self, table, column, by, some),
    )
    with Store.open(None, AUTHOR) as store:
        store.put(model.Dossier(id="d", title="Alike"))
        store.put(model.Track(id="t", dossier_id="d", name="Track"))
        store.put(model.AgendaItem(id="a", dossier_id="d", track_id="t", title="x"))
        points = [
            model.TalkingPoint(id=f"p{n:04}", dossier_id="d", agenda_item_id="a", text=opening + str(n), position=n)
            for n in range(300)
        ]
        store.apply("Points", puts=points)
        rowids = store.rowids(model.TalkingPoint, "d", order="text")
        assert [p.text for p in store.page(model.TalkingPoint, rowids)] == [opening + str(n) for n in range(300)]
        assert sum(read) == 300
        assert all(len(text) <= listing._HEAD for text in store._listing._keys)


def test_a_language_switched_away_and_back_prepares_its_keys_again(mem_demo: Store, monkeypatch) -> None:
    from negoprep.ui import translation

    keyed = _counting_keys(monkeypatch)
    try:
        while not mem_demo.prepare_sort(model.TalkingPoint, DEMO_ID, ["text"], 1000):
            pass
        translation.use_language("ko")
        translation.use_language("en")
        while not mem_demo.prepare_sort(model.TalkingPoint, DEMO_ID, ["text"], 1000):
            pass
        keyed.clear()
        mem_demo.rowids(model.TalkingPoint, DEMO_ID, order="text")
        assert keyed == []
    finally:
        translation.use_language("en")


def _prepare(store: Store, rtype: type[model.Record], dossier_id: str, columns: list[str], limit: int) -> int:
    """prepare_sort called until it says it is done, as the window calls it while idle; how many calls."""
    calls = 1
    while not store.prepare_sort(rtype, dossier_id, columns, limit):
        calls += 1
        assert calls < 10_000
    return calls


def _alike_tasks(store: Store) -> list[str]:
    """160 tasks whose texts sort only by what follows a long shared opening, tie but for case,
    or hold a number; every seventh with no owner or due day: in an order no batch of a few
    rows sees whole. Their texts, in display order (task "c007" is the eighth)."""
    opening = "Proposal for the bilateral trade agreement on tariffs, item "
    texts: list[str] = []
    for n in range(40):
        texts += [opening + str(40 - n), f"Case {n % 3}", f"case {n % 3}", f"x{n}y"]
    store.put(model.Dossier(id="d", title="Batches"))
    store.put(model.Checklist(id="l", dossier_id="d", title="Tasks"))
    names = ["bravo", "Alpha", "alpha", "가나", "charlie 10", "charlie 9"]
    store.apply("Roster", puts=[model.Participant(id=f"p{n}", dossier_id="d", name=v) for n, v in enumerate(names)])
    store.apply(
        "Tasks",
        puts=[
            model.ChecklistItem(
                id=f"c{n:03}",
                dossier_id="d",
                checklist_id="l",
                text=text,
                owner_id=None if n % 7 == 0 else f"p{n % len(names)}",
                due=None if n % 7 == 3 else f"2026-12-{1 + n % 28:02}",
                position=n,
            )
            for n, text in enumerate(texts)
        ],
    )
    return texts


@pytest.mark.parametrize("limit", [1, 3, 16, 1000])
def test_an_order_prepared_a_few_rows_at_a_time_is_the_order_a_sort_makes_at_once(limit: int, monkeypatch) -> None:
    """The window prepares each sortable column's whole order while idle, `limit` rows a
    step (sorted in batches, then merged): the orders it keeps are those a sort asked at once
    makes, both ways, by a text and by what a reference names, and a sort then makes none."""
    with Store.open(None, AUTHOR) as prepared, Store.open(None, AUTHOR) as at_once:
        for store in (prepared, at_once):
            texts = _alike_tasks(store)
        columns = ["text", "due", "owner_id"]
        calls = _prepare(prepared, model.ChecklistItem, "d", columns, limit)
        assert calls >= len(texts) // limit  # (each step reads `limit` rows at most)
        made: list[str] = []
        order_steps = prepared._listing._order_steps
        monkeypatch.setattr(prepared._listing, "_order_steps", lambda *a: made.append(a[3]) or order_steps(*a))
        for column in columns:
            for descending in (False, True):
                got = prepared.rowids(model.ChecklistItem, "d", order=column, descending=descending)
                expected = at_once.rowids(model.ChecklistItem, "d", order=column, descending=descending)
                assert ids(prepared, model.ChecklistItem, got) == ids(at_once, model.ChecklistItem, expected)
                # (and it is the order the language's collation gives, nulls first ascending)
                assert ids(prepared, model.ChecklistItem, got) == expected_sort(
                    prepared, model.ChecklistItem, column, descending, "d"
                )
        assert made == []


def test_a_change_while_an_order_is_prepared_starts_it_again(tmp_path) -> None:
    """An order half made when the file changes (here, or by another program) is dropped and
    made again from the file as it is: what a sort then gives holds the change."""
    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR) as store, Store.open(path, AUTHOR) as other:
        _alike_tasks(store)
        for n, writer in enumerate((store, other)):
            for text in (f"zz {n}", f"{n} first of all"):  # (the first ends what was made before)
                writer.apply("Rename", puts=[replace(writer.get(model.ChecklistItem, "c005"), text=text)])
                for _ in range(5):
                    assert not store.prepare_sort(model.ChecklistItem, "d", ["text"], 4)
            _prepare(store, model.ChecklistItem, "d", ["text"], 4)
            for descending, place in ((False, 0), (True, -1)):
                rowids = store.rowids(model.ChecklistItem, "d", order="text", descending=descending)
                shown = store.page(model.ChecklistItem, rowids)[place]
                assert (shown.id, shown.text) == ("c005", f"{n} first of all")


def test_a_sort_asked_while_its_order_is_prepared_finishes_it(monkeypatch) -> None:
    """A sort asked before the window has finished preparing it goes on from where the
    preparation stopped, rather than beginning again."""
    with Store.open(None, AUTHOR) as store:
        _alike_tasks(store)
        made: list[str] = []
        order_steps = store._listing._order_steps
        monkeypatch.setattr(store._listing, "_order_steps", lambda *a: made.append(a[3]) or order_steps(*a))
        for _ in range(10):
            assert not store.prepare_sort(model.ChecklistItem, "d", ["text"], 5)
        rowids = store.rowids(model.ChecklistItem, "d", order="text", descending=True)
        assert made == ["text"]
        assert store.prepare_sort(model.ChecklistItem, "d", ["text"], 5)  # (nothing left to prepare)
        assert len(rowids) == 160 and made == ["text"]
        assert ids(store, model.ChecklistItem, rowids) == expected_sort(store, model.ChecklistItem, "text", True, "d")


def test_an_order_outlives_a_change_to_another_table_and_no_change_to_its_own(tmp_path, monkeypatch) -> None:
    """A kept order holds while only other tables change (an edit elsewhere does not make
    50,000 talking points sort again); a change to its table or to the labels a reference
    sorts by, by whatever door (the store's changes, SQL on its connection, another
    program), makes it again, with the change in its place."""
    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR) as store, Store.open(path, AUTHOR) as other:
        _alike_tasks(store)
        made: list[str] = []
        order_steps = store._listing._order_steps
        monkeypatch.setattr(store._listing, "_order_steps", lambda *a: made.append(a[3]) or order_steps(*a))

        def first(column: str) -> model.ChecklistItem:  # (after those with none)
            shown = store.page(model.ChecklistItem, store.rowids(model.ChecklistItem, "d", order=column))
            return next(task for task in shown if getattr(task, column) is not None)

        assert first("text").id == "c001" and first("owner_id").owner_id == "p1"  # ("Case 0", and "Alpha")
        assert made == ["text", "owner_id"]
        store.apply("Retitle", puts=[replace(store.get(model.Checklist, "l"), title="Other")])
        assert first("text").id == "c001" and first("owner_id").owner_id == "p1"
        assert made == ["text", "owner_id"]  # (neither order reads checklists)
        store.apply("Rename", puts=[replace(store.get(model.Participant, "p3"), name="aaa")])
        assert first("text").id == "c001" and first("owner_id").owner_id == "p3"
        assert made == ["text", "owner_id", "owner_id"]  # (the labels the owners sort by)
        store.db.conn.execute("UPDATE checklist_items SET text = '0 by SQL' WHERE id = 'c009'")
        assert first("text").id == "c009"
        other.apply("Rename", puts=[replace(other.get(model.ChecklistItem, "c010"), text="0 aardvark")])
        assert first("text").id == "c010" and first("owner_id").owner_id == "p3"
        assert made == ["text", "owner_id", "owner_id", "text", "text", "owner_id"]


def test_where_writes_cannot_be_counted_by_table_any_change_makes_an_order_again(monkeypatch) -> None:
    """A connection that refuses the counting triggers still sorts what it shows: every
    change of its own then counts for every table."""
    monkeypatch.setattr(listing.Listing, "_count_writes", lambda self: False)
    with Store.open(None, AUTHOR) as store:
        _alike_tasks(store)
        rowids = store.rowids(model.ChecklistItem, "d", order="text")
        assert ids(store, model.ChecklistItem, rowids)[0] == "c001"
        store.db.conn.execute("UPDATE checklist_items SET text = '0 by SQL' WHERE id = 'c009'")
        rowids = store.rowids(model.ChecklistItem, "d", order="text")
        assert ids(store, model.ChecklistItem, rowids) == expected_sort(store, model.ChecklistItem, "text", False, "d")
        assert ids(store, model.ChecklistItem, rowids)[0] == "c009"
        assert store._listing._counted is False


@pytest.mark.parametrize("undo", ["ROLLBACK", "ROLLBACK TO SAVEPOINT s"])
def test_an_order_made_within_a_transaction_rolled_back_is_not_kept(undo: str) -> None:
    """The writes counted per table go back with a rollback (they are kept in the
    connection's own TEMP table), so a later write would bring them to what they were when
    an order was made within the transaction: such an order is never kept."""
    with Store.open(None, AUTHOR) as store:
        _alike_tasks(store)
        conn = store.db.conn

        def first() -> str:
            return ids(store, model.ChecklistItem, store.rowids(model.ChecklistItem, "d", order="text"))[0]

        assert first() == "c001"
        conn.execute("BEGIN")
        conn.execute("SAVEPOINT s")
        conn.execute("UPDATE checklist_items SET text = '0 within' WHERE id = 'c009'")
        assert first() == "c009"
        assert store.prepare_sort(model.ChecklistItem, "d", ["text"], 5)  # (nothing prepared meanwhile)
        conn.execute(undo)
        if conn.in_transaction:
            conn.execute("COMMIT")
        conn.execute("UPDATE checklist_items SET text = '1 after' WHERE id = 'c010'")
        assert first() == "c010"
        assert ids(store, model.ChecklistItem, store.rowids(model.ChecklistItem, "d", order="text")) == expected_sort(
            store, model.ChecklistItem, "text", False, "d"
        )


def test_a_sort_whose_rows_cannot_be_read_fails_each_time_it_is_asked(monkeypatch) -> None:
    """A step that fails (the file cannot be read) says so, and the sort asked again tries
    again from the start: it neither hangs on what was left half made nor shows it."""
    with Store.open(None, AUTHOR) as store:
        _alike_tasks(store)
        failing = [True]
        head_keys = store._listing._head_keys

        def unreadable(texts: Any) -> list[str]:
            if failing[0]:
                raise sqlite.OperationalError("disk I/O error")
            return head_keys(texts)

        monkeypatch.setattr(store._listing, "_head_keys", unreadable)
        for _ in range(2):
            with pytest.raises(sqlite.OperationalError):
                store.rowids(model.ChecklistItem, "d", order="text")
        with pytest.raises(sqlite.OperationalError):
            store.prepare_sort(model.ChecklistItem, "d", ["text"], 5)
        failing[0] = False
        rowids = store.rowids(model.ChecklistItem, "d", order="text", descending=True)
        assert ids(store, model.ChecklistItem, rowids) == expected_sort(store, model.ChecklistItem, "text", True, "d")


def test_no_sort_of_a_table_too_long_to_keep_its_keys_is_prepared(monkeypatch) -> None:
    """Beyond `_PREPARED_ROWS` rows nothing is prepared while idle (the keys would not be kept
    and the labels' ranks would be worked out at once): a sort then makes its order when
    asked, as it would unprepared. A reference to such a table is left out alone."""
    with Store.open(None, AUTHOR) as store:
        _alike_tasks(store)  # (160 tasks, 6 participants)
        made: list[str] = []
        order_steps = store._listing._order_steps
        monkeypatch.setattr(store._listing, "_order_steps", lambda *a: made.append(a[3]) or order_steps(*a))
        monkeypatch.setattr(listing, "_PREPARED_ROWS", 159)
        assert store.prepare_sort(model.ChecklistItem, "d", ["text", "owner_id"], 1000)
        assert made == []
        monkeypatch.setattr(listing, "_PREPARED_ROWS", 5)
        assert store.prepare_sort(model.ChecklistItem, "d", ["text", "owner_id"], 1000)
        assert made == []
        monkeypatch.setattr(listing, "_PREPARED_ROWS", 160)
        _prepare(store, model.ChecklistItem, "d", ["text", "owner_id"], 1000)
        assert made == ["text", "owner_id"]
        monkeypatch.setattr(listing, "_PREPARED_ROWS", 1000)
        store.apply("Roster", puts=[model.Participant(id=f"x{n}", dossier_id="d", name=f"x{n}") for n in range(995)])
        made.clear()
        _prepare(store, model.ChecklistItem, "d", ["text", "owner_id"], 1000)
        assert made == []  # (the text's order outlived the roster's change; the owners are too many)
        rowids = store.rowids(model.ChecklistItem, "d", order="owner_id")
        expected = expected_sort(store, model.ChecklistItem, "owner_id", False, "d")
        assert ids(store, model.ChecklistItem, rowids) == expected


def test_the_ranks_of_every_label_sorted_by_are_kept_and_made_from_the_labels_the_preparation_read(
    mem_demo: Store, monkeypatch
) -> None:
    """Each section sorts by labels of its own (Talking points by agenda items' titles,
    Checklists by participants' names): the ranks of one were dropped when the other was
    made, and the window ranked every title again in one idle step (100-180 ms at 20,000
    agenda items). Ranks of several tables are kept, and the preparation ranks the labels it
    read on its way, reading none again."""
    statements: list[str] = []
    mem_demo.db.conn.set_trace_callback(statements.append)
    ranked = []
    real_ranked = listing.Listing._ranked
    monkeypatch.setattr(listing.Listing, "_ranked", lambda self, *a: ranked.append(1) or real_ranked(self, *a))
    _prepare(mem_demo, model.TalkingPoint, DEMO_ID, ["agenda_item_id"], 5)
    _prepare(mem_demo, model.ChecklistItem, DEMO_ID, ["owner_id"], 5)
    assert len(ranked) == 2  # agenda items' titles, participants' names: once each
    # (every read of the labels is a step's: of at most 5 rows, after the last rowid seen)
    reads = [s for s in statements if "substr(title" in s or "substr(name" in s]
    assert reads and all("rowid >" in s and "LIMIT" in s for s in reads)
    for rtype, column in ((model.TalkingPoint, "agenda_item_id"), (model.ChecklistItem, "owner_id")):
        for descending in (False, True):
            rowids = mem_demo.rowids(rtype, DEMO_ID, order=column, descending=descending)
            assert ids(mem_demo, rtype, rowids) == expected_sort(mem_demo, rtype, column, descending)
    assert len(ranked) == 2  # (both kept)


def test_labels_changed_while_they_are_read_are_ranked_as_they_are_now(tmp_path) -> None:
    """A participant renamed after the preparation read its name: what it read is not
    ranked; the names are read again, as they are."""
    path = tmp_path / "s.db"
    with Store.open(path, AUTHOR) as store:
        _alike_tasks(store)
        assert not store.prepare_sort(model.ChecklistItem, "d", ["owner_id"], 2)
        store.apply("Rename", puts=[replace(store.get(model.Participant, "p0"), name="aaa first")])  # (read)
        _prepare(store, model.ChecklistItem, "d", ["owner_id"], 2)
        rowids = store.rowids(model.ChecklistItem, "d", order="owner_id")
        expected = expected_sort(store, model.ChecklistItem, "owner_id", False, dossier_id="d")
        assert ids(store, model.ChecklistItem, rowids) == expected
        # (after the tasks with no owner, those of the participant renamed first)
        assert store.page(model.ChecklistItem, rowids)[len([n for n in range(160) if n % 7 == 0])].owner_id == "p0"
