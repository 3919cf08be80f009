"""The offers, frontier and sensitivity charts, and the packages chart's verdict at home."""

from __future__ import annotations

from pathlib import Path

import pytest

from negoprep.cli import main
from negoprep.paper import charts
from negoprep.store.store import Store

TALKS = {
    "format": "negoprep-dossier",
    "version": 1,
    "dossier": {"id": "d-talks", "title": "Small talks"},
    "tracks": [{"id": "t-a", "name": "Tariffs"}, {"id": "t-b", "name": "Beef"}],
    "agenda_items": [
        {"id": "i-tariff", "track": "t-a", "title": "Car tariff", "weight": 60, "their_weight": 40,
         "their_walk_away": 10,
         "figure": {"value": 25, "unit": "%", "better": "less", "opening": 0, "target": 10, "fallback": 15,
                    "walk_away": 20}},
        {"id": "i-beef", "track": "t-b", "title": "Beef quota", "weight": 40, "their_weight": 60},
    ],
    "packages": [
        {"id": "p-us1", "name": "US offer 1", "origin": "theirs",
         "items": [{"agenda_item": "i-tariff", "role": "get", "value": 25},
                   {"agenda_item": "i-beef", "role": "give", "level": "walk_away"}]},
        {"id": "p-kr1", "name": "Our offer 1", "origin": "ours",
         "items": [{"agenda_item": "i-tariff", "role": "get", "value": 5},
                   {"agenda_item": "i-beef", "role": "give", "level": "target"}]},
        {"id": "p-us2", "name": "US offer 2", "origin": "theirs",
         "items": [{"agenda_item": "i-tariff", "role": "get", "value": 15},
                   {"agenda_item": "i-beef", "role": "give", "level": "opening"}]},
    ],
    "rounds": [{"id": "r1", "number": 1}, {"id": "r2", "number": 2}],
    "offers": [
        {"id": "o1", "round": "r1", "side": "theirs", "package": "p-us1", "response": "countered"},
        {"id": "o2", "round": "r1", "side": "ours", "package": "p-kr1", "response": "countered"},
        {"id": "o3", "round": "r2", "side": "theirs", "package": "p-us2"},
    ],
    "constituencies": [
        {"id": "c-na", "name": "National Assembly", "kind": "legislature", "veto": True,
         "demands": [{"agenda_item": "i-beef", "at_least": "fallback"}]},
    ],
}  # fmt: skip


@pytest.fixture
def talks(store: Store) -> Store:
    store.load(TALKS)
    return store


def test_offer_panels(talks: Store) -> None:
    content = talks.content("d-talks")
    assert content is not None
    tariff, beef = charts.offer_panels(content)
    assert (tariff.title, tariff.by_figure, tariff.unit) == ("Car tariff", True, "%")
    assert tariff.theirs == [(1, 25.0), (2, 15.0)] and tariff.ours == [(1, 5.0)]
    assert tariff.ladder == {"opening": 0, "target": 10, "fallback": 15, "walk_away": 20}
    assert tariff.their_walk_away == 10
    # no figures: the step of our ladder at which each offer settles the beef quota (index in LEVELS)
    assert not beef.by_figure and beef.ladder == {} and beef.their_walk_away is None
    assert beef.theirs == [(1, 3.0), (2, 0.0)] and beef.ours == [(1, 1.0)]


def _texts(fig) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_the_offers_chart_draws_each_side_and_the_ladder(talks: Store) -> None:
    fig = charts.build("offers", talks, "d-talks")
    texts = _texts(fig)
    assert charts.TITLES["offers"] in texts
    assert {"Car tariff", "Beef quota", "Our offers", "Their offers", "their walk-away", "Walk-away"} <= set(texts)
    tariff = fig.axes[0]
    lines = {tuple(line.get_ydata()) for line in tariff.get_lines()}
    assert (25.0, 15.0) in lines and (5.0,) in lines  # their two offers, our one
    assert (20, 20) in lines and (10, 10) in lines  # our walk-away and theirs, as horizontal lines


def test_the_frontier_chart_marks_breaches_and_failures_at_home(talks: Store) -> None:
    from matplotlib.colors import same_color

    from negoprep.analysis.frontier import frontier

    content = talks.content("d-talks")
    assert content is not None
    found = frontier(content)
    fig = charts.build("frontier", talks, "d-talks")
    ax = fig.axes[0]
    texts = _texts(fig)
    assert "Efficient frontier" in texts and "Fails at home" in texts
    assert any(t.startswith("US offer 1\n") and "their offer, round 1" in t for t in texts)
    (frontier_line,) = [line for line in ax.get_lines() if line.get_color() == charts.FRONTIER]
    assert list(frontier_line.get_xdata()) == [p.ours for p in found.efficient]
    # a ring around each package that fails at home: settling beef at the walk-away (US offer 1)
    hollow = [c for c in ax.collections if len(c.get_offsets()) and c.get_facecolors().size == 0]
    rings = [c for c in hollow if same_color(c.get_edgecolors()[0], charts.HOME)]
    assert [tuple(o) for ring in rings for o in ring.get_offsets()] == [
        (p.ours, p.theirs) for p in found.points if p.fails_at_home
    ]
    # a dashed diamond around each package past their estimated walk-away
    diamonds = [c for c in hollow if same_color(c.get_edgecolors()[0], charts.THEIRS)]
    assert [tuple(o) for d in diamonds for o in d.get_offsets()] == [
        (p.ours, p.theirs) for p in found.points if p.beyond_them
    ]


def test_the_sensitivity_chart_names_who_takes_over(talks: Store) -> None:
    from negoprep.analysis.sensitivity import dossier_sensitivity

    content = talks.content("d-talks")
    assert content is not None
    found = dossier_sensitivity(content)
    names = {p.id: p.name for p in content.packages}
    fig = charts.build("sensitivity", talks, "d-talks")
    texts = _texts(fig)
    assert charts.TITLES["sensitivity"] in texts
    assert f"Best acceptable package now: {names[found.best or '']}" in texts
    for r in found.ranges:
        if r.up_to:
            assert "→ " + names[r.up_to] in texts
        if r.down_to:
            assert names[r.down_to] + " ←" in texts
    # Our offer 1 settles both items at the target (75 + 75: 75 whatever the weights); US offer 2 the
    # tariff at the fallback (40) and beef at the opening (100): with beef at w it is worth
    # .4 (100 - w) + w, equal to 75 at w = 35 / .6 = 58.33…, 18.33… above beef's 40
    assert found.best == "p-kr1"
    beef = found.ranges[1]
    assert beef.up_to == "p-us2" and beef.up == pytest.approx(35 / 0.6 - 40)


def test_the_packages_chart_says_which_package_fails_at_home(talks: Store) -> None:
    fig = charts.build("packages", talks, "d-talks")
    labels = [t for t in fig.axes[0].get_yticklabels() if "fails at home" in t.get_text()]
    assert [t.get_text() for t in labels] == ["US offer 1\nfails at home: National Assembly"]
    assert all(t.get_color() == charts.LATE for t in labels)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("offers", "No offers recorded yet"),
        ("frontier", "No packages yet"),
        ("sensitivity", "No packages yet"),
    ],
)
def test_an_empty_dossier_says_so(store: Store, kind: str, message: str) -> None:
    store.load({"format": "negoprep-dossier", "version": 1, "dossier": {"id": "d", "title": "Empty"}})
    assert message in _texts(charts.build(kind, store, "d"))
    assert not charts.has_data(kind, store, "d")


def test_frontier_and_sensitivity_without_what_they_need(talks: Store) -> None:
    doc = {**TALKS, "agenda_items": [{**i, "their_weight": None} for i in TALKS["agenda_items"]]}
    talks.load(doc)
    assert not charts.has_data("frontier", talks, "d-talks")
    assert "Their weights are not modelled: no package can be placed" in _texts(
        charts.build("frontier", talks, "d-talks")
    )
    gone = {"packages": TALKS["packages"][1:], "offers": TALKS["offers"][1:]}
    talks.load({**TALKS, **{key: [{"id": r["id"], "deleted": True} for r in rows] for key, rows in gone.items()}})
    assert not charts.has_data("sensitivity", talks, "d-talks")
    assert "Only one package: no weight can change the best one" in _texts(
        charts.build("sensitivity", talks, "d-talks")
    )


@pytest.mark.parametrize("kind", ["offers", "frontier", "sensitivity"])
def test_cli_draws_the_new_kinds(talks: Store, tmp_path: Path, kind: str, capsys) -> None:
    out = tmp_path / f"{kind}.svg"
    assert main(["--store", str(talks.path), "chart", kind, "--out", str(out)]) == 0
    assert b"<svg" in out.read_bytes()[:400]
    assert charts.has_data(kind, talks, "d-talks")


def _with_unheld_items(store: Store) -> None:
    """TALKS with items no package holds: three named by nothing, one by a red line's rule
    (first, so that display order is tested), one by a demand."""
    dossier = dict(TALKS)
    spare = [{"id": f"i-spare-{n}", "track": "t-a", "title": f"Spare {n}", "weight": n} for n in range(3)]
    named = {"id": "i-named", "track": "t-b", "title": "Named by a rule", "weight": 5,
             "figure": {"value": 3, "unit": "%", "better": "less"}}  # fmt: skip
    demanded = {"id": "i-demanded", "track": "t-b", "title": "Asked for at home", "weight": 7}
    dossier["agenda_items"] = [named, *TALKS["agenda_items"], *spare, demanded]
    dossier["red_lines"] = [
        {"id": "rl-1", "title": "Named item capped", "severity": "absolute",
         "rule": {"kind": "ceiling", "item": "i-named", "value": 4}},
    ]  # fmt: skip
    dossier["constituencies"] = [
        {**TALKS["constituencies"][0],
         "demands": [*TALKS["constituencies"][0]["demands"], {"agenda_item": "i-demanded", "excluded": True}]},
    ]  # fmt: skip
    store.load(dossier)


def test_the_charts_of_packages_read_only_the_items_their_analyses_need(store: Store) -> None:
    """The offers, frontier, sensitivity and at-home charts read the agenda items a package
    holds, a red line names or a demand is about (at 200,000 items, reading every one as a
    record took a gigabyte), and come to what the whole dossier gives."""
    from negoprep.analysis.frontier import frontier
    from negoprep.analysis.sensitivity import dossier_sensitivity
    from negoprep.analysis.winset import check_dossier_at_home

    _with_unheld_items(store)
    whole = store.content("d-talks")
    assert whole is not None
    content = charts.analysed(store, "d-talks")
    assert [i.id for i in content.agenda_items] == ["i-named", "i-tariff", "i-beef", "i-demanded"]
    weights = charts.item_fields(store, "d-talks")  # (every item's: they make the total)
    assert charts.offer_panels(content) == charts.offer_panels(whole)
    assert frontier(content) == frontier(whole)
    assert check_dossier_at_home(content) == check_dossier_at_home(whole)
    assert dossier_sensitivity(content, weights) == dossier_sensitivity(whole)
    assert dossier_sensitivity(whole).ranges  # (not a comparison of two empty answers)
    assert any(c.fails for c in check_dossier_at_home(whole).values())
