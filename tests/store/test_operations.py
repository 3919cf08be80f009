"""Operations: every edit is checked whole, written in one transaction, and can be undone and redone."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from negoprep import paths
from negoprep.errors import DocumentError, StoreError
from negoprep.records import editing, model
from negoprep.records.values import normal_text
from negoprep.store.operations import REFERENCES, InvalidChangeError, Operation
from negoprep.store.store import Store
from tests.conftest import AUTHOR

DEMO_ID = json.loads(paths.seed_text())["dossier"]["id"]
UNDOER = model.Author(id="00000000-0000-4000-8000-000000000003", name="Undo Author")


# --- helpers --------------------------------------------------------------------------------


def revision_count(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]


def demo_id(store: Store) -> str:
    """The demo dossier's id (whatever other dossiers the store holds)."""
    assert store.content(DEMO_ID) is not None
    return DEMO_ID


def content(store: Store) -> model.DossierContent:
    return store.content(demo_id(store))


def item_titled(store: Store, title: str) -> model.AgendaItem:
    return next(i for i in content(store).agenda_items if i.title == title)


def participant_named(store: Store, name: str) -> model.Participant:
    return next(p for p in content(store).participants if p.name == name)


def track_named(store: Store, name: str) -> model.Track:
    return next(t for t in content(store).tracks if t.name == name)


def red_line_titled(store: Store, title: str) -> model.RedLine:
    return next(r for r in content(store).red_lines if r.title == title)


def all_checklist_items(c: model.DossierContent) -> list[model.ChecklistItem]:
    return [i for cl in c.checklists for i in cl.items]


def all_package_items(c: model.DossierContent) -> list[model.PackageItem]:
    return [i for p in c.packages for i in p.items]


def with_copy(store: Store) -> str:
    """Load a copy of the demo beside it; returns the copy's dossier id."""
    return store.load(editing.copy_document(store.dump(demo_id(store)), "Copy of the demo")).dossier_id


def assert_refused(store: Store, *, puts=(), deletes=(), expect: str) -> list[str]:
    """The change is refused with a problem containing `expect`, and nothing is written."""
    dump = {d.id: store.dump(d.id) for d in store.dossiers()}
    revisions = revision_count(store)
    with pytest.raises(InvalidChangeError) as info:
        store.apply("refused", puts=list(puts), deletes=list(deletes))
    assert any(expect in p for p in info.value.problems), info.value.problems
    assert str(info.value) == "; ".join(info.value.problems)
    assert {d.id: store.dump(d.id) for d in store.dossiers()} == dump
    assert revision_count(store) == revisions
    return info.value.problems


# --- apply: states, tables, no-ops ----------------------------------------------------------


def test_apply_a_new_record(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    revisions = revision_count(demo_store)
    note = model.Note(id=editing.new_id(), dossier_id=dossier_id, title="Dinner plan", text="Seat the ministers apart.")
    op = demo_store.apply("Add note", puts=[note])

    assert isinstance(op, Operation) and op.label == "Add note"
    assert op.before == ((model.Note, note.id, None),)
    ((rtype, rid, after),) = op.after
    assert (rtype, rid) == (model.Note, note.id)
    assert after == demo_store.get(model.Note, note.id)
    assert after.content() == note.content()
    assert after.author_id == AUTHOR.id and after.rev and not after.deleted
    assert op.tables == frozenset({"notes"})
    assert not op.is_empty()
    assert revision_count(demo_store) == revisions + 1
    assert [h.row_id for h in demo_store.search("ministers apart", dossier_id)] == [note.id]


def test_apply_a_changed_record(demo_store: Store) -> None:
    item = item_titled(demo_store, "Limits on U.S. beef imports")
    op = demo_store.apply("Change", puts=[replace(item, priority=5, status="tabled")])

    assert op.before == ((model.AgendaItem, item.id, item),)
    stored = demo_store.get(model.AgendaItem, item.id)
    assert op.after == ((model.AgendaItem, item.id, stored),)
    assert (stored.priority, stored.status) == (5, "tabled")
    assert stored.rev != item.rev and stored.created_at == item.created_at
    assert op.tables == frozenset({"agenda_items"})
    assert not op.is_empty()


def test_an_operation_turned_round_swaps_before_and_after_and_keeps_its_tables(demo_store: Store) -> None:
    item = item_titled(demo_store, "Limits on U.S. beef imports")
    note = model.Note(id=editing.new_id(), dossier_id=DEMO_ID, title="Aside", text="Seat them apart.")
    op = demo_store.apply("Two", puts=[replace(item, priority=5), note])
    turned = op.turned_round()
    assert (turned.label, turned.before, turned.after) == (op.label, op.after, op.before)
    assert turned.tables == op.tables == frozenset({"agenda_items", "notes"})
    assert turned.turned_round() == op


def test_an_operation_keeps_plain_values_that_full_collections_set_aside(demo_store: Store) -> None:
    """The history keeps every record a dossier's copy made: as values, which Python's full
    garbage collection stops walking once seen (a record object it walks every time), and
    from which the same records are made again."""
    import gc

    op = demo_store.copy_dossier(DEMO_ID, "Rehearsal", "Copy")
    assert all(now == demo_store.get(rtype, rid) for rtype, rid, _, now in op.rows())
    assert [state[2] for state in op.before] == [None] * len(op.before)
    gc.collect()
    kept = [values for values in op.packed.after if values is not None]
    walked = [values for values in kept if gc.is_tracked(values)]
    assert len(kept) > 50 and len(walked) < len(kept) / 4
    # (only what holds a container itself is walked: a package's or checklist's list of items)
    assert all(any(isinstance(value, list | dict) for value in values) for values in walked)
    with pytest.raises(ValueError, match="the same rows"):
        Operation("Mixed up", op.before, op.after[1:])


def test_apply_the_same_content_is_an_empty_operation(demo_store: Store) -> None:
    item = item_titled(demo_store, "Limits on U.S. beef imports")
    revisions = revision_count(demo_store)
    op = demo_store.apply("Nothing", puts=[replace(item, rev="stale", updated_at="")])
    assert op.is_empty()
    assert op.before == op.after == ((model.AgendaItem, item.id, item),)
    assert revision_count(demo_store) == revisions


def test_an_operation_with_one_real_change_is_not_empty(demo_store: Store) -> None:
    c = content(demo_store)
    same, changed = c.notes[0], replace(c.notes[1], title="Retitled")
    op = demo_store.apply("Mixed", puts=[same, changed])
    assert not op.is_empty()
    assert [state[1] for state in op.before] == [same.id, changed.id]


# --- restore: undo and redo are recorded changes --------------------------------------------


def test_restore_undoes_and_redoes_each_with_a_revision(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    item = item_titled(demo_store, "Automobile emission rules")
    start = demo_store.dump(dossier_id)
    op = demo_store.apply("Retitle", puts=[replace(item, title="Emission rules for cars", weight=7)])
    done = demo_store.dump(dossier_id)
    assert done != start

    demo_store.set_author(UNDOER)
    revisions = revision_count(demo_store)
    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == start
    assert revision_count(demo_store) == revisions + 1
    history = demo_store.history(model.AgendaItem, item.id)
    assert [r.op for r in history] == ["insert", "update", "update"]
    assert history[-1].author_name == UNDOER.name and history[-1].author_id == UNDOER.id
    assert history[-1].snapshot["title"] == "Automobile emission rules"

    demo_store.restore(op.after)
    assert demo_store.dump(dossier_id) == done
    assert revision_count(demo_store) == revisions + 2
    assert demo_store.history(model.AgendaItem, item.id)[-1].snapshot["title"] == "Emission rules for cars"
    assert [h.row_id for h in demo_store.search("emission cars", dossier_id)] == [item.id]


def test_undo_of_a_creation_deletes_and_redo_brings_it_back(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    start = demo_store.dump(dossier_id)
    fig = model.Figure(id=editing.new_id(), dossier_id=dossier_id, series="Surplus", label="2025", value=40.5)
    op = demo_store.apply("Add figure", puts=[fig])
    done = demo_store.dump(dossier_id)

    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == start
    assert demo_store.get(model.Figure, fig.id).deleted
    assert [r.op for r in demo_store.history(model.Figure, fig.id)] == ["insert", "delete"]

    demo_store.restore(op.after)
    assert demo_store.dump(dossier_id) == done
    assert [r.op for r in demo_store.history(model.Figure, fig.id)] == ["insert", "delete", "insert"]


# --- apply refuses bad values, writing nothing ----------------------------------------------


@pytest.mark.parametrize(
    ("change", "expect"),
    [
        ({"priority": 9}, "'priority' must be between 1 and 5, not 9"),
        ({"flexibility": 0}, "'flexibility' must be between 1 and 5"),
        ({"weight": 101.0}, "'weight' must be between 0 and 100"),
        ({"title": "   "}, "'title' is required"),
        ({"title": ""}, "'title' is required"),
        ({"status": "maybe"}, "'status' \"maybe\" is not one of"),
        ({"stance": "neutral"}, "'stance'"),
        ({"disclosure": "public"}, "'disclosure'"),
        ({"figure_value": float("nan")}, "'figure_value'"),
    ],
)
def test_apply_refuses_a_bad_agenda_item_value(demo_store: Store, change: dict[str, Any], expect: str) -> None:
    item = item_titled(demo_store, "Limits on U.S. beef imports")
    assert_refused(demo_store, puts=[replace(item, **change)], expect=expect)


def test_apply_refuses_bad_dates(demo_store: Store) -> None:
    c = content(demo_store)
    task = all_checklist_items(c)[0]
    assert_refused(demo_store, puts=[replace(task, due="2025-13-01")], expect="'due' \"2025-13-01\" is not a date")
    assert_refused(demo_store, puts=[replace(c.dossier, starts_on="tomorrow")], expect="'starts_on'")
    assert_refused(demo_store, puts=[replace(c.notes[0], at="24 April")], expect="'at'")


def test_apply_refuses_every_record_when_one_is_bad(demo_store: Store) -> None:
    c = content(demo_store)
    good = replace(c.notes[0], title="Would be fine")
    bad = replace(c.talking_points[0], kind="rumour")
    problems = assert_refused(demo_store, puts=[good, bad], expect="'kind' \"rumour\" is not one of")
    assert all("talking point" in p for p in problems)
    assert demo_store.search("Would be fine") == []


def test_apply_refuses_references_into_another_dossier(demo_store: Store) -> None:
    copy_id = with_copy(demo_store)
    other = demo_store.content(copy_id)
    item = item_titled(demo_store, "Limits on U.S. beef imports")
    assert_refused(
        demo_store, puts=[replace(item, track_id=other.tracks[0].id)], expect="track: no such track in this dossier"
    )
    assert_refused(
        demo_store,
        puts=[replace(item, owner_id=other.participants[0].id)],
        expect="owner: no such participant in this dossier",
    )
    point = model.TalkingPoint(
        id=editing.new_id(), dossier_id=demo_id(demo_store), agenda_item_id=other.agenda_items[0].id, text="Stray"
    )
    assert_refused(demo_store, puts=[point], expect="agenda item: no such agenda item in this dossier")
    task = replace(all_checklist_items(content(demo_store))[0], red_line_id=other.red_lines[0].id)
    assert_refused(demo_store, puts=[task], expect="red line: no such red line in this dossier")


def test_apply_refuses_references_to_deleted_records(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    greer = participant_named(demo_store, "Jamieson Greer")
    spare = model.Track(id=editing.new_id(), dossier_id=dossier_id, name="Spare", position=99)
    demo_store.apply("Add track", puts=[spare])
    demo_store.apply("Remove", deletes=[greer, spare])

    item = item_titled(demo_store, "Limits on U.S. beef imports")
    assert_refused(demo_store, puts=[replace(item, owner_id=greer.id)], expect="owner: no such participant")
    assert_refused(demo_store, puts=[replace(item, track_id=spare.id)], expect="track: no such track")
    assert_refused(demo_store, puts=[replace(item, track_id="no-such-track")], expect="track: no such track")


def test_apply_refuses_bad_red_line_rules(demo_store: Store) -> None:
    copy_id = with_copy(demo_store)
    manual = red_line_titled(demo_store, "Consultation, not a hasty agreement")
    tariffs = track_named(demo_store, "Tariffs").id
    foreign_track = demo_store.content(copy_id).tracks[0].id
    no_figure = item_titled(demo_store, "Limits on U.S. beef imports").id

    unknown = {"kind": "no_linkage", "between": [["no-such-track"], [tariffs]]}
    assert_refused(demo_store, puts=[replace(manual, rule=unknown)], expect='"no-such-track" is not a track')
    foreign = {"kind": "no_bundle", "tracks": [tariffs, foreign_track], "max": 1}
    assert_refused(demo_store, puts=[replace(manual, rule=foreign)], expect=f'"{foreign_track}" is not a track')
    ceiling = {"kind": "ceiling", "item": no_figure, "value": 3}
    assert_refused(
        demo_store, puts=[replace(manual, rule=ceiling)], expect="a ceiling needs an agenda item with a figure"
    )
    assert_refused(demo_store, puts=[replace(manual, rule={"kind": "wish"})], expect='unknown rule kind "wish"')


def test_apply_takes_a_good_rule(demo_store: Store) -> None:
    manual = red_line_titled(demo_store, "Consultation, not a hasty agreement")
    surplus = item_titled(demo_store, "Reducing Korea's goods surplus with the U.S.")
    floor = {"kind": "floor", "item": surplus.id, "value": 10}
    op = demo_store.apply("Rule", puts=[replace(manual, rule=floor)])
    assert demo_store.get(model.RedLine, manual.id).rule == floor
    assert op.after[0][2].rule == floor


def test_apply_refuses_removing_the_figure_a_ceiling_needs(demo_store: Store) -> None:
    defense = item_titled(demo_store, "Defense cost-sharing")
    try:
        demo_store.apply("Clear figure", puts=[replace(defense, figure_value=None)])
    except InvalidChangeError:
        return
    dump = demo_store.dump(demo_id(demo_store))
    with Store.open(None, AUTHOR) as fresh:
        try:
            fresh.load(dump)
        except DocumentError as exc:  # 'a ceiling needs an agenda item with a figure'
            raise AssertionError(f"the change was accepted, and its dump is refused: {exc}") from None
    raise AssertionError("the change was accepted")


def test_a_figure_and_the_limit_on_it_are_one_change_both_ways(demo_store: Store) -> None:
    """An item's figure and a ceiling on it written together are judged together: the rule
    sees the figure written beside it, the figure's removal sees the rule leaving with it,
    and undo and redo of the pair pass the same checks."""
    manual = red_line_titled(demo_store, "Consultation, not a hasty agreement")
    lng = item_titled(demo_store, "Alaska LNG project")
    assert lng.figure_value is None
    ceiling = {"kind": "ceiling", "item": lng.id, "value": 20}
    figure = replace(lng, figure_value=10.0, figure_unit="Mt")
    op = demo_store.apply("Rule", puts=[replace(manual, rule=ceiling), figure])
    assert demo_store.get(model.RedLine, manual.id).rule == ceiling
    assert demo_store.get(model.AgendaItem, lng.id).figure_value == 10.0
    # the figure alone still cannot go while the rule stays
    assert_refused(demo_store, puts=[replace(lng, figure_value=None)], expect="sets a limit on it")
    demo_store.restore(op.before)  # undo: the figure and the rule leave together
    assert demo_store.get(model.RedLine, manual.id).rule == manual.rule
    assert demo_store.get(model.AgendaItem, lng.id).figure_value is None
    demo_store.restore(op.after)  # redo
    assert demo_store.get(model.RedLine, manual.id).rule == ceiling
    # and a rule written beside the removal of the figure it needs is refused
    lng_now = demo_store.get(model.AgendaItem, lng.id)
    other = red_line_titled(demo_store, "Alaska LNG is not a card for tariffs")
    assert_refused(
        demo_store,
        puts=[
            replace(manual, rule={"kind": "manual"}),
            replace(other, rule=ceiling),
            replace(lng_now, figure_value=None),
        ],
        expect="a ceiling needs an agenda item with a figure",
    )


@pytest.mark.parametrize("which", ["deleted", "missing"])
def test_change_problems_refuses_a_record_outside_any_live_dossier(demo_store: Store, which: str) -> None:
    dossier_id = with_copy(demo_store) if which == "deleted" else "no-such-dossier"
    if which == "deleted":
        demo_store.delete_dossier(dossier_id)
    track = model.Track(id=editing.new_id(), dossier_id=dossier_id, name="Orphan")
    assert demo_store.change_problems(track)


# --- deletion effects on the demo -----------------------------------------------------------


def test_deleting_an_agenda_item_cascades_and_unlinks(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    before_dump = demo_store.dump(dossier_id)
    c = content(demo_store)
    autos = item_titled(demo_store, "Tariff relief for automobiles")
    points = {p.id for p in c.talking_points if p.agenda_item_id == autos.id}
    pitems = {i.id for i in all_package_items(c) if i.agenda_item_id == autos.id}
    tasks = {i.id for i in all_checklist_items(c) if i.agenda_item_id == autos.id}
    # the carmakers' demand on it and each delegate's weight for it go with it too
    demands = {d.id for k in c.constituencies for d in k.items if d.agenda_item_id == autos.id}
    weights = {w.id for w in c.team_weights if w.agenda_item_id == autos.id}
    assert len(points) == 8 and len(pitems) == 4 and len(tasks) == 1 and len(demands) == 1 and len(weights) == 3

    effects = demo_store.deletion_effects(autos)
    assert effects.blockers == []
    assert {r.id for r in effects.cascade} == points | pitems | demands | weights
    assert {r.id for r in effects.unlink} == tasks
    assert all(r.agenda_item_id is None for r in effects.unlink)

    op = demo_store.apply("Delete item", deletes=[autos])
    assert op.tables == frozenset(
        {"agenda_items", "talking_points", "package_items", "checklist_items", "constituency_demands", "team_weights"}
    )
    after = content(demo_store)
    assert autos.id not in {i.id for i in after.agenda_items}
    assert not points & {p.id for p in after.talking_points}
    assert not pitems & {i.id for i in all_package_items(after)}
    assert all(demo_store.get(model.TalkingPoint, p).deleted for p in points)
    (task,) = [i for i in all_checklist_items(after) if i.id in tasks]
    old_task = next(i for i in all_checklist_items(c) if i.id in tasks)
    assert task.agenda_item_id is None
    assert task.content() == replace(old_task, agenda_item_id=None).content()
    assert len(after.packages) == len(c.packages)

    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == before_dump
    demo_store.restore(op.after)
    assert autos.id not in {i.id for i in content(demo_store).agenda_items}


@pytest.mark.parametrize(
    ("title", "red_line"),
    [
        ("Alaska LNG project", "Alaska LNG is not a card for tariffs"),
        ("Defense cost-sharing", "No additional defense cost increase"),
    ],
)
def test_deleting_an_agenda_item_a_rule_uses_is_blocked(demo_store: Store, title: str, red_line: str) -> None:
    item = item_titled(demo_store, title)
    effects = demo_store.deletion_effects(item)
    assert effects.blockers == [f'the rule of red line "{red_line}" uses it']
    problems = assert_refused(demo_store, deletes=[item], expect=red_line)
    assert problems == [f'agenda item "{title}" cannot be deleted: the rule of red line "{red_line}" uses it']


def test_deleting_a_track_with_agenda_items_is_blocked(demo_store: Store) -> None:
    track = track_named(demo_store, "Process and format")
    effects = demo_store.deletion_effects(track)
    assert effects.blockers == ['agenda item "Format: consultation, not a hasty agreement" is on it']
    assert_refused(demo_store, deletes=[track], expect='agenda item "Format: consultation, not a hasty agreement"')


def test_deleting_a_track_a_rule_uses_is_blocked(demo_store: Store) -> None:
    shipbuilding = track_named(demo_store, "Shipbuilding")
    ships = item_titled(demo_store, "Shipbuilding and naval cooperation")
    demo_store.apply("Move", puts=[replace(ships, track_id=track_named(demo_store, "Tariffs").id)])
    effects = demo_store.deletion_effects(shipbuilding)
    assert effects.blockers == ['the rule of red line "No linkage of defense cost-sharing to trade" uses it']


def test_deleting_an_empty_track_is_allowed(demo_store: Store) -> None:
    track = track_named(demo_store, "Process and format")
    demo_store.apply("Delete item", deletes=[item_titled(demo_store, "Format: consultation, not a hasty agreement")])
    assert demo_store.deletion_effects(track).blockers == []
    demo_store.apply("Delete track", deletes=[track])
    assert track.id not in {t.id for t in content(demo_store).tracks}


def test_deleting_a_participant_clears_owners(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    start = demo_store.dump(dossier_id)
    ahn = participant_named(demo_store, "Ahn Duk-geun")
    assert demo_store.count(model.AgendaItem, dossier_id, owner_id=ahn.id) == 6
    assert demo_store.count(model.ChecklistItem, dossier_id, owner_id=ahn.id) == 2

    effects = demo_store.deletion_effects(ahn)
    # his own issue weights go with him
    weights = {w.id for w in content(demo_store).team_weights if w.participant_id == ahn.id}
    assert len(weights) == 12
    assert {r.id for r in effects.cascade} == weights and effects.blockers == []
    assert sorted(type(r).__name__ for r in effects.unlink) == ["AgendaItem"] * 6 + ["ChecklistItem"] * 2
    op = demo_store.apply("Delete participant", deletes=[ahn])

    assert demo_store.count(model.AgendaItem, dossier_id, owner_id=ahn.id) == 0
    assert demo_store.count(model.ChecklistItem, dossier_id, owner_id=ahn.id) == 0
    assert demo_store.count(model.AgendaItem, dossier_id) == 12  # the items stay
    assert ahn.id not in {p.id for p in content(demo_store).participants}
    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == start


def test_deleting_a_red_line_unlinks_its_tasks(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    red_line = red_line_titled(demo_store, "Alaska LNG is not a card for tariffs")
    demo_store.apply("Delete red line", deletes=[red_line])
    assert demo_store.count(model.ChecklistItem, dossier_id, red_line_id=red_line.id) == 0
    # the item the rule protected can be deleted now
    assert demo_store.deletion_effects(item_titled(demo_store, "Alaska LNG project")).blockers == []


@pytest.mark.parametrize(("kind", "child"), [("packages", model.PackageItem), ("checklists", model.ChecklistItem)])
def test_deleting_a_package_or_checklist_takes_its_items(demo_store: Store, kind: str, child: type) -> None:
    dossier_id = demo_id(demo_store)
    start = demo_store.dump(dossier_id)
    parent = getattr(content(demo_store), kind)[0]
    assert parent.items
    effects = demo_store.deletion_effects(parent)
    # a package goes with the offers that tabled it (the demo's first is our offer of round 1)
    offers = {o.id for o in content(demo_store).offers if o.package_id == parent.id}
    assert len(offers) == (1 if kind == "packages" else 0)
    assert {r.id for r in effects.cascade} == {i.id for i in parent.items} | offers
    op = demo_store.apply("Delete", deletes=[parent])
    assert all(demo_store.get(child, i.id).deleted for i in parent.items)
    assert parent.id not in {p.id for p in getattr(content(demo_store), kind)}
    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == start


def test_undoing_a_cascade_restores_everything_exactly(demo_store: Store) -> None:
    dossier_id = demo_id(demo_store)
    start = demo_store.dump(dossier_id)
    surplus = item_titled(demo_store, "Reducing Korea's goods surplus with the U.S.")
    seo = participant_named(demo_store, "Seo Ji-hoon")
    package = content(demo_store).packages[1]
    op = demo_store.apply("Delete several", deletes=[surplus, seo, package])
    deleted = demo_store.dump(dossier_id)
    assert deleted != start
    revisions = revision_count(demo_store)
    demo_store.restore(op.before)
    assert demo_store.dump(dossier_id) == start
    assert revision_count(demo_store) > revisions
    assert [h.row_id for h in demo_store.search("Reducing goods surplus", dossier_id) if h.table == "agenda_items"] == [
        surplus.id
    ]
    demo_store.restore(op.after)
    assert demo_store.dump(dossier_id) == deleted


def test_references_table_names_real_columns() -> None:
    for rtype, column, target, action in REFERENCES:
        assert column in rtype.columns() and target in model.RECORD_TYPES
        assert action in ("block", "unlink", "cascade")


# --- random sequences of operations, undone and redone --------------------------------------

_CHARS = st.characters(exclude_categories=("Cs", "Cc"))
_TEXT = st.text(_CHARS, min_size=1, max_size=20).filter(str.strip).map(normal_text)
_WEIGHT = st.floats(min_value=0, max_value=100, allow_nan=False)
_FIGURE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def _edit(data: st.DataObject, c: model.DossierContent) -> model.Record:
    """A valid change to one field of a random record."""
    tracks = [t.id for t in c.tracks]
    people = [None, *(p.id for p in c.participants)]
    choices: list[tuple[list[model.Record], dict[str, st.SearchStrategy]]] = [
        (
            c.agenda_items,
            {
                "title": _TEXT,
                "our_position": st.text(_CHARS, max_size=30).map(normal_text),
                "priority": st.integers(1, 5),
                "flexibility": st.integers(1, 5),
                "weight": _WEIGHT,
                "status": st.sampled_from(model.STATUSES),
                "stance": st.sampled_from(model.STANCES),
                "likelihood": st.sampled_from(model.LIKELIHOODS),
                "disclosure": st.sampled_from(model.DISCLOSURES),
                "owner_id": st.sampled_from(people),
                "track_id": st.sampled_from(tracks),
                "figure_value": _FIGURE,
            },
        ),
        (c.talking_points, {"text": _TEXT, "kind": st.sampled_from(model.POINT_KINDS)}),
        (c.participants, {"name": _TEXT, "side": st.sampled_from(model.SIDES), "head": st.booleans()}),
        (c.tracks, {"name": _TEXT, "description": st.text(_CHARS, max_size=30).map(normal_text)}),
        (c.red_lines, {"title": _TEXT, "severity": st.sampled_from(model.SEVERITIES)}),
        (c.packages, {"name": _TEXT, "origin": st.sampled_from(model.ORIGINS)}),
        (
            all_checklist_items(c),
            {
                "done": st.booleans(),
                "text": _TEXT,
                "owner_id": st.sampled_from(people),
                "due": st.none() | st.dates().map(lambda d: d.isoformat()),
            },
        ),
        (c.figures, {"series": _TEXT, "value": _FIGURE}),
        (c.notes, {"text": _TEXT, "title": st.text(_CHARS, max_size=20).map(normal_text)}),
        ([c.dossier], {"objective": st.text(_CHARS, max_size=30).map(normal_text), "title": _TEXT}),
    ]
    records, strategies = data.draw(st.sampled_from([ch for ch in choices if ch[0]]))
    record = data.draw(st.sampled_from(records))
    name = data.draw(st.sampled_from(sorted(strategies)))
    return replace(record, **{name: data.draw(strategies[name])})


def _create(data: st.DataObject, c: model.DossierContent) -> model.Record:
    dossier_id = c.dossier.id
    kind = data.draw(st.sampled_from(["talking_point", "note", "figure"]))
    if kind == "talking_point":
        item = data.draw(st.sampled_from(c.agenda_items))
        return model.TalkingPoint(
            id=editing.new_id(),
            dossier_id=dossier_id,
            agenda_item_id=item.id,
            kind=data.draw(st.sampled_from(model.POINT_KINDS)),
            text=data.draw(_TEXT),
            position=editing.next_position(c.talking_points),
        )
    if kind == "note":
        return model.Note(
            id=editing.new_id(), dossier_id=dossier_id, text=data.draw(_TEXT), position=editing.next_position(c.notes)
        )
    return model.Figure(
        id=editing.new_id(),
        dossier_id=dossier_id,
        series=data.draw(_TEXT),
        value=data.draw(_FIGURE),
        position=editing.next_position(c.figures),
    )


def _deletable(c: model.DossierContent) -> list[list[model.Record]]:
    """Live records by kind (a kind is drawn first, so that short lists are not starved)."""
    kinds = [
        c.tracks,
        c.participants,
        c.agenda_items,
        c.talking_points,
        c.red_lines,
        c.packages,
        all_package_items(c),
        c.checklists,
        all_checklist_items(c),
        c.figures,
        c.notes,
    ]
    return [records for records in kinds if records]


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_operations_undo_and_redo_exactly(data: st.DataObject) -> None:
    with Store.open(None, AUTHOR) as store:
        dossier_id = store.load(json.loads(paths.seed_text())).dossier_id
        dumps = [store.dump(dossier_id)]
        ops: list[Operation] = []
        for _ in range(data.draw(st.integers(1, 12), label="steps")):
            c = store.content(dossier_id)
            action = data.draw(st.sampled_from(["edit", "create", "delete", "duplicate", "move"]), label="action")
            if action == "edit":
                puts, deletes = [_edit(data, c)], []
            elif action == "create":
                puts, deletes = [_create(data, c)], []
            elif action == "delete":
                puts, deletes = [], [data.draw(st.sampled_from(data.draw(st.sampled_from(_deletable(c)))))]
            elif action == "duplicate":
                kind = data.draw(st.sampled_from(["agenda_items", "talking_points", "red_lines", "notes", "figures"]))
                siblings = getattr(c, kind)
                if not siblings:
                    continue
                puts, deletes = (
                    editing.duplicate(data.draw(st.sampled_from(siblings)), editing.next_position(siblings)),
                    [],
                )
            else:
                kind = data.draw(st.sampled_from(["tracks", "agenda_items", "talking_points", "participants", "notes"]))
                siblings = getattr(c, kind)
                index = data.draw(st.integers(0, max(len(siblings) - 1, 0)))
                puts, deletes = editing.swapped(siblings, index, data.draw(st.sampled_from([-1, 1]))), []
                if not puts:
                    continue
            blocked = any(store.deletion_effects(r).blockers for r in deletes)
            event(f"{action} ({'blocked' if blocked else type((puts or deletes)[0]).__name__})")
            if blocked:
                revisions = revision_count(store)
                with pytest.raises(InvalidChangeError):
                    store.apply(action, puts, deletes)
                assert store.dump(dossier_id) == dumps[-1]
                assert revision_count(store) == revisions
                continue
            ops.append(store.apply(action, puts, deletes))
            dumps.append(store.dump(dossier_id))
            for record in deletes:
                assert store.get(type(record), record.id).deleted

        for op, expected in zip(reversed(ops), reversed(dumps[:-1]), strict=True):
            assert store.undo(op) == []  # alone on the store: all taken back
            assert store.dump(dossier_id) == expected
        assert store.dump(dossier_id) == dumps[0]
        for op, expected in zip(ops, dumps[1:], strict=True):
            assert store.redo(op) == []
            assert store.dump(dossier_id) == expected
        assert store.dump(dossier_id) == dumps[-1]


# --- whole dossiers and whole stores ---------------------------------------------------------


def test_delete_dossier_removes_it_from_the_list_and_search(demo_store: Store) -> None:
    original = demo_id(demo_store)
    original_dump = demo_store.dump(original)
    copy_id = with_copy(demo_store)
    assert {h.dossier_id for h in demo_store.search("Alaska LNG", limit=200)} == {original, copy_id}

    demo_store.delete_dossier(copy_id)
    assert [d.id for d in demo_store.dossiers()] == [original]
    assert demo_store.content(copy_id) is None
    assert demo_store.get(model.Dossier, copy_id).deleted
    assert {h.dossier_id for h in demo_store.search("Alaska LNG", limit=200)} == {original}
    assert demo_store.search("Alaska", dossier_id=copy_id) == []
    assert demo_store.search("Copy of the demo") == []
    with pytest.raises(StoreError):
        demo_store.dump(copy_id)
    for rtype in model.RECORD_TYPES[1:]:
        live = demo_store.db.conn.execute(
            f"SELECT count(*) FROM {rtype.table} WHERE dossier_id = ? AND deleted = 0", (copy_id,)
        ).fetchone()[0]
        assert live == 0, rtype.table
    assert demo_store.dump(original) == original_dump  # the other dossier is untouched
    assert demo_store.count(model.AgendaItem, original) == 12


def test_save_copy_writes_a_store_with_the_same_content(demo_store: Store, tmp_path) -> None:
    dossier_id = demo_id(demo_store)
    demo_store.apply("Edit", puts=[replace(content(demo_store).notes[0], title="Edited before the copy")])
    target = tmp_path / "copy.db"
    demo_store.save_copy(target)
    with Store.open(target, AUTHOR, create=False) as copy:
        assert copy.dump(dossier_id) == demo_store.dump(dossier_id)
        assert [d.id for d in copy.dossiers()] == [dossier_id]
        assert copy.search("Edited before the copy")
        assert revision_count(copy) == revision_count(demo_store)


def test_save_copy_refuses_an_existing_target(demo_store: Store, tmp_path) -> None:
    target = tmp_path / "taken.db"
    target.write_bytes(b"keep me")
    with pytest.raises(StoreError, match="already exists"):
        demo_store.save_copy(target)
    assert target.read_bytes() == b"keep me"
