"""A package that breaks an absolute red line is unacceptable whatever it scores (issue 13):
its value carries that verdict, every door shows it, it sorts below every acceptable package,
and it is never proposed as an equivalent offer."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negoprep.analysis import scoring
from negoprep.cli import main
from negoprep.paper import charts
from negoprep.paper.briefing import briefing_html
from negoprep.records import model
from negoprep.redlines.check import check_package
from negoprep.store.store import Store
from tests.alaska_card import NAME, PACKAGE_ID, add_alaska_for_tariffs
from tests.conftest import both_demos

NOT_A_CARD = "Alaska LNG is not a card for tariffs"


@pytest.fixture
def dossier_id(demo_store: Store, demo_doc: dict) -> str:
    return demo_doc["dossier"]["id"]


@pytest.fixture
def with_card(demo_store: Store, dossier_id: str) -> Store:
    """The demo with the issue's package: Alaska LNG given for tariff relief."""
    add_alaska_for_tariffs(demo_store, dossier_id)
    return demo_store


def test_the_issues_package_scores_well_and_is_unacceptable(with_card: Store, dossier_id: str) -> None:
    worth = with_card.package_values(dossier_id)[PACKAGE_ID]
    assert worth.ours > worth.possible / 2  # attractive on points alone
    assert not worth.acceptable
    assert worth.breaks == (NOT_A_CARD,)
    # the verdict is the check's: the two never disagree for any package of the dossier
    report = with_card.check_packages(dossier_id)
    values = with_card.package_values(dossier_id)
    assert {p.package.id: not p.breaks_absolute for p in report.packages} == {
        i: v.acceptable for i, v in values.items()
    }


@pytest.mark.parametrize("card_role", ["get", "give"])
def test_got_or_given_the_card_makes_the_package_unacceptable(demo_store: Store, dossier_id: str, card_role) -> None:
    add_alaska_for_tariffs(demo_store, dossier_id, card_role=card_role)
    assert not demo_store.package_values(dossier_id, [PACKAGE_ID])[PACKAGE_ID].acceptable


def test_a_firm_red_line_alone_leaves_a_package_acceptable(with_card: Store, dossier_id: str) -> None:
    red_line = next(r for r in with_card.records(model.RedLine, dossier_id) if r.title == NOT_A_CARD)
    with_card.put(replace(red_line, severity="firm"))
    worth = with_card.package_values(dossier_id)[PACKAGE_ID]
    assert worth.acceptable and worth.breaks == ()
    assert with_card.check_packages(dossier_id, [PACKAGE_ID]).violations  # still reported as a violation


def test_a_check_of_another_package_is_refused() -> None:
    one = model.Package(id="p-1", dossier_id="d", name="One")
    other = model.Package(id="p-2", dossier_id="d", name="Two")
    with pytest.raises(ValueError):
        scoring.valued(one, {}, check_package(other, [], {}, {}))


def test_unacceptable_packages_sort_below_every_acceptable_one(with_card: Store, dossier_id: str) -> None:
    packages = with_card.records(model.Package, dossier_id)
    values = with_card.package_values(dossier_id)
    ordered = scoring.acceptable_first(packages, values)
    verdicts = [values[p.id].acceptable for p in ordered]
    assert verdicts == sorted(verdicts, reverse=True) and False in verdicts and True in verdicts
    # each group keeps the dossier's order
    assert [p.id for p in ordered if values[p.id].acceptable] == [p.id for p in packages if values[p.id].acceptable]


# --- negoprep check ---------------------------------------------------------------------------


def test_check_text_marks_the_package_unacceptable(with_card: Store, capsys) -> None:
    code = main(["--store", str(with_card.path), "check"])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if NAME in line)
    block = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        block.append(line)
    (value,) = [line for line in block if "value for us" in line]
    assert value.strip().startswith("UNACCEPTABLE")
    # an acceptable package's value reads as before
    ours = next(n for n, line in enumerate(lines) if "Purchases for tariff relief" in line)
    assert lines[ours + 1].strip().startswith("value for us 29.25 of 39 points")


def test_check_json_says_acceptable_per_package(with_card: Store, capsys) -> None:
    main(["--store", str(with_card.path), "check", "--json"])
    doc = json.loads(capsys.readouterr().out)
    verdicts = {p["name"]: p["acceptable"] for p in doc["packages"]}
    assert verdicts[NAME] is False
    assert verdicts["Purchases for tariff relief"] is True
    for p in doc["packages"]:
        assert p["acceptable"] is not p["breaks_absolute"]  # the existing key is kept and agrees
        assert {"value_for_us", "value_possible", "warnings", "violations"} <= set(p)
    listed = [p["acceptable"] for p in doc["packages"]]
    assert listed == sorted(listed, reverse=True)  # every unacceptable one below every acceptable one


def test_check_text_lists_unacceptable_packages_last(with_card: Store, capsys) -> None:
    """A tester saw an acceptable package listed below five unacceptable ones."""
    from tests.alaska_card import add_alaska_for_tariffs

    dossier = with_card.dossiers()[0].id
    acceptable = next(p for p in with_card.records(model.Package, dossier) if p.name == "Purchases for tariff relief")
    with_card.put(replace(acceptable, position=99))  # the dossier's own order puts it last
    add_alaska_for_tariffs(with_card, dossier)  # a second unacceptable package
    main(["--store", str(with_card.path), "check"])
    heads = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("OK", "BREAKS"))]
    values = with_card.package_values(dossier)
    names = {p.name: values[p.id].acceptable for p in with_card.records(model.Package, dossier)}
    verdicts = [next(v for n, v in names.items() if f" {n} (" in head) for head in heads]
    assert verdicts == sorted(verdicts, reverse=True) and False in verdicts


# --- the briefing book ------------------------------------------------------------------------


def _package_section(book: str, name: str) -> str:
    start = book.index(f"<h3>{name} ")
    end = book.find("<h3>", start + 1)
    section = book[start : end if end >= 0 else None]
    return section.split("<h2>")[0]


@pytest.mark.parametrize("release", [False, True])
def test_the_book_marks_it_unacceptable_and_lists_it_below_the_acceptable_ones(
    with_card: Store, dossier_id: str, release: bool
) -> None:
    book = briefing_html(with_card, dossier_id, release=release)
    section = _package_section(book, NAME)
    assert "<b>Unacceptable:</b> it breaks an absolute red line" in section
    assert "Unacceptable" not in _package_section(book, "Purchases for tariff relief")
    names = re.findall(r"<h3>([^<]+) <i>\((?:our|their) proposal\)</i></h3>", book)
    values = with_card.package_values(dossier_id)
    by_name = {p.name: values[p.id].acceptable for p in with_card.records(model.Package, dossier_id)}
    verdicts = [by_name[n] for n in names]
    assert verdicts == sorted(verdicts, reverse=True) and not verdicts[-1]


# --- the packages chart -----------------------------------------------------------------------


def test_the_chart_marks_it_and_draws_it_below_the_acceptable_ones(with_card: Store, dossier_id: str) -> None:
    packages = with_card.records(model.Package, dossier_id)
    bars = charts.package_bars(packages, with_card.package_values(dossier_id), with_card.check_packages(dossier_id))
    unacceptable = [b[3] for b in bars]
    assert unacceptable == sorted(unacceptable) and unacceptable[-1]
    assert dict((b[0], b[3]) for b in bars)[NAME] is True
    fig = charts.build("packages", with_card, dossier_id)
    ax = fig.axes[0]
    labels = [t.get_text().split("\n")[0] for t in ax.get_yticklabels()]
    hatched = [bool(bar.get_hatch()) for bar in ax.containers[0]]
    # the bars are drawn from the top down: the hatched (unacceptable) ones at the bottom
    by_height = [h for _, h in sorted(zip([bar.get_y() for bar in ax.containers[0]], hatched, strict=True))]
    assert by_height[: hatched.count(True)] == [True] * hatched.count(True)
    assert NAME in labels
    legend = ax.get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    assert "Unacceptable: breaks an absolute red line" in texts
    handle = legend.legend_handles[texts.index("Unacceptable: breaks an absolute red line")]
    assert handle.get_hatch()


def test_the_chart_has_no_unacceptable_legend_when_all_are_acceptable(demo_store: Store, dossier_id: str) -> None:
    for package in demo_store.records(model.Package, dossier_id):
        if package.origin == "theirs":
            demo_store.delete(package)
    fig = charts.build("packages", demo_store, dossier_id)
    texts = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert not any("Unacceptable" in t for t in texts)


# --- equivalent offers ------------------------------------------------------------------------


@both_demos
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.integers(2, 6),
    count=st.integers(1, 5),
    tolerance=st.floats(0, 30),
    target=st.one_of(st.none(), st.floats(0, 100)),
    candidates=st.integers(4, 14),
)
def test_no_equivalent_offer_breaks_a_red_line(demo_doc: dict, size, count, tolerance, target, candidates) -> None:
    content = _demo_content(demo_doc)
    items = content.agenda_items
    by_id = {i.id: i for i in items}
    tracks = {t.id: t.name for t in content.tracks}
    offers = scoring.propose_equivalent(
        content.dossier.id, items, content.red_lines, tracks,
        count=count, size=size, target=target, tolerance=tolerance, candidates=candidates,
    )  # fmt: skip
    for offer in offers:
        assert offer.value.acceptable
        assert not check_package(offer.package, content.red_lines, by_id, tracks).violations
        # an offer is put to the other side: nothing marked "never disclose" is ever in one
        assert all(by_id[e.agenda_item_id].disclosure != "never" for e in offer.package.items)


def test_an_item_never_to_disclose_is_never_offered(demo_doc: dict) -> None:
    """The demo's beef item (never disclose) was offered in "Equivalent offer C"."""
    content = _demo_content(demo_doc)
    never = {i.id for i in content.agenda_items if i.disclosure == "never"}
    assert never and any(i.weight > 0 for i in content.agenda_items if i.id in never)
    tracks = {t.id: t.name for t in content.tracks}
    offered = set()
    for size in range(2, 7):
        for offer in scoring.propose_equivalent(
            content.dossier.id, content.agenda_items, content.red_lines, tracks, count=5, size=size, tolerance=100
        ):
            offered |= {e.agenda_item_id for e in offer.package.items}
    assert offered and not offered & never


def test_the_demo_card_is_never_offered_beside_a_tariff_or_trade_balance_item(demo_doc: dict) -> None:
    """Alaska LNG is a heavy item: every combination is tried, none holding it with those tracks comes back."""
    content = _demo_content(demo_doc)
    tracks = {t.id: t.name for t in content.tracks}
    card = next(r.rule for r in content.red_lines if r.rule["kind"] == "not_a_card")
    track_of = {i.id: i.track_id for i in content.agenda_items}
    for size in range(2, 7):
        offers = scoring.propose_equivalent(
            content.dossier.id, content.agenda_items, content.red_lines, tracks, count=5, size=size, tolerance=100
        )
        for offer in offers:
            held = {e.agenda_item_id for e in offer.package.items}
            if card["item"] in held:
                assert not {track_of[i] for i in held - {card["item"]}} & set(card["against_tracks"])


_CONTENT: dict[str, model.DossierContent] = {}


def _demo_content(demo_doc: dict) -> model.DossierContent:
    """The demo's records, read once per language (hypothesis calls the test many times)."""
    key = demo_doc["dossier"]["id"]
    if key not in _CONTENT:
        with Store.open(None, model.Author(id="x", name="x")) as store:
            store.load(demo_doc)
            content = store.content(key)
        assert content is not None
        _CONTENT[key] = content
    return _CONTENT[key]
