"""The domestic win-set check on hand-made packages (negoprep.analysis.winset)."""

from __future__ import annotations

from negoprep.analysis.winset import check_at_home
from negoprep.records import model
from negoprep.records.editing import child_id, package_item_id

D = "d"


def _item(item_id: str, title: str, **more: object) -> model.AgendaItem:
    return model.AgendaItem(id=item_id, dossier_id=D, track_id="t", title=title, **more)  # type: ignore[arg-type]


ITEMS = {
    "cost": _item(
        "cost", "Defense cost-sharing", figure_unit="%", figure_better="less",
        figure_opening=0, figure_target=0, figure_fallback=1, figure_walk_away=2,
    ),
    "cars": _item("cars", "Auto tariffs"),
    "chips": _item("chips", "Semiconductor tariffs"),
}  # fmt: skip


def _package(*entries: tuple[str, str, float | None]) -> model.Package:
    return model.Package(
        id="p",
        dossier_id=D,
        name="Package",
        items=[
            model.PackageItem(
                id=package_item_id("p", item), dossier_id=D, package_id="p", agenda_item_id=item, role=role, value=v
            )
            for item, role, v in entries
        ],
    )


def _constituency(cid: str, name: str, veto: bool, *demands: dict[str, object]) -> model.Constituency:
    return model.Constituency(
        id=cid,
        dossier_id=D,
        name=name,
        veto=veto,
        items=[
            model.Demand(
                id=child_id(model.Demand, cid, str(d["agenda_item_id"])), dossier_id=D, constituency_id=cid, **d
            )  # type: ignore[arg-type]
            for d in demands
        ],
    )


ASSEMBLY = _constituency("na", "National Assembly", True, {"agenda_item_id": "cost", "max_value": 0.0})
CARMAKERS = _constituency("car", "Carmakers", False, {"agenda_item_id": "cars", "at_least": "target"})
CHIPMAKERS = _constituency("chip", "Chipmakers", True, {"agenda_item_id": "chips", "excluded": True})
HOME = [ASSEMBLY, CARMAKERS, CHIPMAKERS]


def test_a_package_within_every_demand_passes() -> None:
    found = check_at_home(_package(("cost", "give", 0.0), ("cars", "get", None)), HOME, ITEMS)
    assert found.failures == () and not found.fails and found.verdict() == ""


def test_a_figure_above_a_veto_players_maximum_fails_at_home() -> None:
    found = check_at_home(_package(("cost", "give", 1.5), ("cars", "get", None)), HOME, ITEMS)
    assert found.fails and [f.constituency for f in found.failures] == ["National Assembly"]
    assert found.verdict() == 'fails at home: National Assembly (it puts "Defense cost-sharing" at 1.5 %, above 0 %)'


def test_an_item_given_below_the_demanded_step_only_opposes_without_a_veto() -> None:
    # a give without a level settles at the fallback, short of the carmakers' target
    found = check_at_home(_package(("cars", "give", None)), HOME, ITEMS)
    assert not found.fails and found.opposed
    assert found.failures[0].condition == "at_least"
    assert found.verdict() == 'opposed at home: Carmakers (it settles "Auto tariffs" at Fallback, short of Target)'


def test_an_excluded_item_fails_in_either_role_and_an_absent_item_meets_every_demand() -> None:
    for role in ("give", "get"):
        assert check_at_home(_package(("chips", role, None)), HOME, ITEMS).fails
    assert not check_at_home(_package(("cars", "get", None)), HOME, ITEMS).failures


def test_a_package_without_a_proposed_figure_is_not_judged_by_a_maximum() -> None:
    assert check_at_home(_package(("cost", "give", None)), [ASSEMBLY], ITEMS).failures == ()


def test_the_figure_places_the_item_on_the_ladder_for_an_at_least_demand() -> None:
    wants_fallback = _constituency("m", "Ministry", True, {"agenda_item_id": "cost", "at_least": "fallback"})
    assert not check_at_home(_package(("cost", "give", 1.0)), [wants_fallback], ITEMS).fails
    # 1.5 is past the fallback figure (1): it settles at the walk-away step
    assert check_at_home(_package(("cost", "give", 1.5)), [wants_fallback], ITEMS).fails


def test_the_verdict_names_every_objecting_constituency_once_those_with_a_veto_first() -> None:
    assembly = _constituency(
        "na", "National Assembly", True,
        {"agenda_item_id": "cost", "max_value": 0.0}, {"agenda_item_id": "chips", "excluded": True},
    )  # fmt: skip
    found = check_at_home(_package(("cars", "give", None), ("cost", "give", 1.5), ("chips", "get", None)),
                          [CARMAKERS, assembly], ITEMS)  # fmt: skip
    assert found.verdict() == (
        'fails at home: National Assembly (it puts "Defense cost-sharing" at 1.5 %, above 0 % and it holds '
        '"Semiconductor tariffs", which must be kept out of any deal); opposed at home: Carmakers (it settles '
        '"Auto tariffs" at Fallback, short of Target)'
    )


def test_a_demand_no_figure_can_meet_is_refused_by_a_form_and_told_of_by_a_load(store) -> None:
    """A maximum below the minimum: a form (the store's door) refuses it; a document, which may
    be the dump of a merge that brought two people's edits together, is taken with a warning."""
    from dataclasses import replace

    import pytest

    from negoprep.store.operations import InvalidChangeError

    doc = {
        "format": "negoprep-dossier", "version": 1, "dossier": {"id": "d-range", "title": "Range"},
        "tracks": [{"id": "t", "name": "T"}], "agenda_items": [{"id": "a", "track": "t", "title": "Cost"}],
        "constituencies": [{"id": "c", "name": "Assembly", "demands": [{"agenda_item": "a", "max": 5, "min": 10}]}],
    }  # fmt: skip
    result = store.load(doc)
    assert any("no figure would meet the demand" in w for w in result.warnings)
    demand = store.get(model.Demand, child_id(model.Demand, "c", "a"))
    with pytest.raises(InvalidChangeError, match="no figure would meet the demand"):
        store.apply("edit", puts=[replace(demand, max_value=4.0)])
    store.apply("fix", puts=[replace(demand, max_value=12.0)])
