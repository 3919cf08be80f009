"""Where a dossier's preparation stands: the Overview's figures, each table read in one pass."""

from __future__ import annotations

from dataclasses import replace

from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.store.store import Store


def _one_by_one(store: Store, dossier_id: str, today: str) -> dict:
    """The figures as the Overview counted them before: one query each."""
    count = store.count
    tasks = store.records(model.ChecklistItem, dossier_id)
    return {
        "agenda": count(model.AgendaItem, dossier_id),
        "by_likelihood": {v: count(model.AgendaItem, dossier_id, likelihood=v) for v in model.LIKELIHOODS},
        "open_items": sum(count(model.AgendaItem, dossier_id, status=s) for s in model.IN_PLAY),
        "weight_total": store.weight_total(dossier_id),
        "red_lines": count(model.RedLine, dossier_id),
        "absolute": count(model.RedLine, dossier_id, severity="absolute"),
        "packages_by_origin": {o: count(model.Package, dossier_id, origin=o) for o in model.ORIGINS},
        "breaking": sum(1 for p in store.check_packages(dossier_id).packages if p.breaks_absolute),
        "points": count(model.TalkingPoint, dossier_id),
        "tasks": count(model.ChecklistItem, dossier_id),
        "done": count(model.ChecklistItem, dossier_id, done=True),
        "overdue": sum(1 for t in tasks if not t.done and t.due is not None and t.due < today),
        "people_by_side": {s: count(model.Participant, dossier_id, side=s) for s in model.SIDES},
    }


def test_the_figures_are_those_counted_one_by_one(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    for today in ("2020-01-01", "2025-05-01", "2099-12-31"):
        assert vars(demo_store.standing(dossier_id, today)) == _one_by_one(demo_store, dossier_id, today)


def test_deleted_records_and_other_dossiers_do_not_count(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    before = demo_store.standing(dossier_id, "2099-12-31")
    item = demo_store.records(model.AgendaItem, dossier_id)[0]
    task = next(t for t in demo_store.records(model.ChecklistItem, dossier_id) if not t.done)
    demo_store.apply("Delete", deletes=[item])
    demo_store.apply("Done", puts=[replace(task, done=True)])
    other = model.Dossier(id=new_id(), title="Another negotiation")
    demo_store.apply("New dossier", puts=[other])
    track = model.Track(id=new_id(), dossier_id=other.id, name="Tariffs")
    copy = replace(item, id=new_id(), dossier_id=other.id, track_id=track.id, owner_id=None)
    demo_store.apply("Item", puts=[track, copy])
    after = demo_store.standing(dossier_id, "2099-12-31")
    assert after.agenda == before.agenda - 1
    assert after.weight_total == before.weight_total - item.weight
    assert (after.done, after.overdue) == (before.done + 1, before.overdue - 1)
    assert vars(after) == _one_by_one(demo_store, dossier_id, "2099-12-31")
    empty = demo_store.standing(other.id, "2099-12-31")
    assert (empty.agenda, empty.tasks, empty.weight_total, empty.people_by_side["ours"]) == (1, 0, item.weight, 0)
