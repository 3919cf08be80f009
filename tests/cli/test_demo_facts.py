"""The demo dossiers against the news article they are built on (DESIGN.md's
seed/korea-us-2plus2-article.txt): the article's facts, as they bear on the dossier's fields, are
written here, and both demos (English and Korean) must agree with them; what the article does not
say is either left out or listed as an illustration in the note "About this demo dossier"."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from negoprep import paths, startup

ROOT = Path(__file__).resolve().parents[2]


def seed(language: str) -> dict[str, Any]:
    return json.loads(paths.seed_text(startup.DEMO_SEEDS[language]))


DEMOS = {language: seed(language) for language in ("en", "ko")}
EN = DEMOS["en"]

# the article's facts, by the English demo's titles (the Korean demo has the same records in the same order)
#: "The government is also showing a flexible attitude towards discussions to resolve non-tariff barriers
#: demanded by the U.S., such as automobile emission regulations, restrictions on imports of U.S. beef, and
#: shipbuilding cooperation."
US_REQUESTS_WE_ARE_FLEXIBLE_ON = (
    "Automobile emission rules",
    "Limits on U.S. beef imports",
    "Shipbuilding and naval cooperation",
)
#: "the main goal of the Korean side is to ease the high tariffs imposed on exports such as automobiles and
#: semiconductors"
OUR_ASKS = ("Tariff relief for automobiles", "Tariff relief for semiconductors")
#: "Korea's trade surplus with the U.S. of $56.6 billion recorded last year"
SURPLUS_USD_BN = 56.6
#: statements that are in neither the article nor the list of illustrations (words of the English demo)
NOT_IN_THE_ARTICLE = (
    "heaviest single hit",
    "repair",
    "press the non-tariff",
    "does not attend",
    "do not signal any flexibility",
)


def index_of(title: str) -> int:
    return next(n for n, item in enumerate(EN["agenda_items"]) if item["title"] == title)


def texts(doc: Any) -> list[str]:
    if isinstance(doc, dict):
        return [t for v in doc.values() for t in texts(v)]
    if isinstance(doc, list):
        return [t for v in doc for t in texts(v)]
    return [doc] if isinstance(doc, str) else []


@pytest.mark.parametrize("language", DEMOS)
def test_the_us_non_tariff_requests_are_ones_we_are_flexible_on(language: str) -> None:
    demo = DEMOS[language]
    for title in US_REQUESTS_WE_ARE_FLEXIBLE_ON:
        item = demo["agenda_items"][index_of(title)]
        assert item["stance"] == "defensive", f"{title}: a U.S. request is not our ask"
        assert item["flexibility"] >= 3, f"{title}: the government is flexible on it"
        assert item["likelihood"] != "unlikely", f"{title}: the U.S. demands it, so it comes up"
    for title in OUR_ASKS:
        assert demo["agenda_items"][index_of(title)]["stance"] == "offensive", title


@pytest.mark.parametrize("language", DEMOS)
def test_the_surplus_is_the_articles_figure(language: str) -> None:
    demo = DEMOS[language]
    units = {"USD bn": 1e9, "억 달러": 1e8}
    surplus = demo["agenda_items"][index_of("Reducing Korea's goods surplus with the U.S.")]["figure"]
    assert surplus["value"] * units[surplus["unit"]] == pytest.approx(SURPLUS_USD_BN * 1e9)
    last_year = next(f for f in demo["figures"] if f["label"] == "2024")
    assert last_year["value"] * units[last_year["unit"]] == pytest.approx(SURPLUS_USD_BN * 1e9)


def test_the_docs_give_the_same_surplus() -> None:
    """The format's documentation shows the demo's surplus: the same figure, never another."""
    text = (ROOT / "docs" / "dossier-format.md").read_text(encoding="utf-8")
    found = {float(v) for v in re.findall(r'"label": "2024",\s*"value": ([0-9.]+)', text)}
    assert found == {SURPLUS_USD_BN}
    assert "55.6" not in text and "55.6" not in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", DEMOS)
def test_a_head_of_delegation_is_marked_as_an_illustration(language: str) -> None:
    """The article names two ministers a side and no head: whoever the demo marks head says so."""
    marker = {"en": "illustrative", "ko": "예시"}[language]
    heads = [p for p in DEMOS[language]["participants"] if p["head"]]
    assert heads and all(marker in p["notes"] for p in heads)
    illustrations = DEMOS[language]["notes"][0]["text"].split("\n")[1]
    assert {"en": "head of each delegation", "ko": "수석대표"}[language] in illustrations


def test_a_ministers_title_and_ministry_name_the_same_ministry() -> None:
    for person in EN["participants"]:
        ministry = re.search(r"Minister of ([A-Z][\w ,]+?)$", person["title"])
        if ministry and person["organisation"].startswith("Ministry of "):
            assert person["organisation"] == f"Ministry of {ministry.group(1)}", person["name"]
    choi = next(p for p in EN["participants"] if p["name"] == "Choi Sang-mok")
    assert "Strategy and Finance" in choi["notes"]  # the article's name for it, explained


def test_no_statement_the_article_does_not_make() -> None:
    written = [t.lower() for t in texts(EN)]
    for phrase in NOT_IN_THE_ARTICLE:
        assert not [t for t in written if phrase in t], phrase


@pytest.mark.parametrize("language", DEMOS)
def test_the_about_note_reads_to_its_end(language: str) -> None:
    """Its last sentence once ran the list of illustrations on after a full stop."""
    about = DEMOS[language]["notes"][0]["text"]
    last = re.split(r"\.\s+(?=[A-Z\uac00-\ud7a3])", about.rstrip("."))[-1]  # ("U.S. side" runs on)
    assert ";" not in last, last


def test_the_about_note_lists_the_illustrations_with_the_others() -> None:
    taken, illustrations = EN["notes"][0]["text"].split("\n")
    assert illustrations.startswith("Illustration added for the app")
    for part in ("who approved each step", "their weights", "where each settles", "expected U.S. position", "head of"):
        assert part in illustrations and part not in taken, part


@pytest.mark.parametrize("language", DEMOS)
def test_each_anticipated_question_is_followed_by_our_answer(language: str) -> None:
    # docs/dossier-format.md: a "question" is one we expect from the other side and an "answer" is
    # ours to the question written just before it; a question we put to them is a point to make
    from negoprep.paper.briefing import inline_qa, qa_pairs
    from negoprep.records.model import TalkingPoint

    points = DEMOS[language]["talking_points"]
    by_item: dict[str, list[TalkingPoint]] = {}
    for p in points:
        if p["kind"] in ("question", "answer"):
            assert inline_qa(p["text"]) is None, p["text"]  # one text each: the book pairs them
            item = p["agenda_item"]
            point = TalkingPoint(id=p["id"], dossier_id="", agenda_item_id=item, kind=p["kind"], text=p["text"])
            by_item.setdefault(item, []).append(point)
    pairs = [pair for item in by_item.values() for pair in qa_pairs(item)]
    assert len(pairs) == 6
    assert all(question and answer for question, answer in pairs)


# --- the talks as they go on, the other side and the win-set at home ---------------------------------

#: what marks an illustration, not a fact of the article, in each demo's words
ILLUSTRATIVE = {"en": "Illustrative", "ko": "예시"}


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


@pytest.mark.parametrize("language", DEMOS)
def test_the_first_round_is_the_articles_consultation_and_the_second_is_marked_illustrative(language: str) -> None:
    demo = DEMOS[language]
    first, second = demo["rounds"]
    assert (first["number"], second["number"]) == (1, 2)
    # "hold a '2+2 trade consultation' ... in Washington DC on the 24th"
    assert first["starts_on"] == demo["dossier"]["starts_on"] and first["starts_on"].endswith("-24")
    assert first["venue"] == demo["dossier"]["venue"]
    assert ILLUSTRATIVE[language] not in first["summary"]
    assert second["summary"].startswith(ILLUSTRATIVE[language]) and second["starts_on"] > first["starts_on"]
    packages = by_id(demo["packages"])
    for offer in demo["offers"]:  # the article reports no offer: each one says it is an illustration
        assert ILLUSTRATIVE[language] in offer["notes"]
        assert offer["package"] in packages and offer["round"] in (first["id"], second["id"])


@pytest.mark.parametrize("language", DEMOS)
def test_round_two_holds_a_us_offer_countered_by_a_whole_korean_package(language: str) -> None:
    demo = DEMOS[language]
    second = demo["rounds"][1]["id"]
    offers = [o for o in demo["offers"] if o["round"] == second]
    assert [(o["side"], o["response"]) for o in offers] == [("theirs", "countered"), ("ours", "pending")]
    packages, items = by_id(demo["packages"]), by_id(demo["agenda_items"])
    for offer in offers:
        package = packages[offer["package"]]
        assert package["origin"] == offer["side"]
        assert package["name"].endswith(("(illustrative)", "(예시)"))
        assert package["notes"].startswith(ILLUSTRATIVE[language])
        assert {e["role"] for e in package["items"]} == {"give", "get"}  # a whole package: gives and gets
        for entry in package["items"]:  # a figure proposed wherever the item's ladder is in figures
            figure = items[entry["agenda_item"]]["figure"]
            assert (entry["value"] is not None) == bool(figure and "walk_away" in figure), entry
    us, ours = (packages[o["package"]] for o in offers)
    defense = index_of("Defense cost-sharing")
    ceiling = next(r["rule"] for r in demo["red_lines"] if r["rule"]["kind"] == "ceiling")
    assert ceiling["item"] == demo["agenda_items"][defense]["id"]
    us_defense = next(e for e in us["items"] if e["agenda_item"] == ceiling["item"])
    assert us_defense["role"] == "give" and us_defense["value"] > ceiling["value"]
    assert ceiling["item"] not in {e["agenda_item"] for e in ours["items"]}


@pytest.mark.parametrize("language", DEMOS)
def test_the_national_assembly_can_block_any_rise_in_defense_cost_sharing(language: str) -> None:
    """The article: "Since the defense cost agreement has already been ratified by the National
    Assembly, it is difficult to accept any additional increase." """
    demo = DEMOS[language]
    assembly, carmakers, chipmakers = demo["constituencies"]
    defense = demo["agenda_items"][index_of("Defense cost-sharing")]
    assert (assembly["kind"], assembly["veto"]) == ("legislature", True)
    assert assembly["demands"] == [
        {"agenda_item": defense["id"], "at_least": None, "max": defense["figure"]["value"], "min": None,
         "excluded": False}
    ]  # fmt: skip
    ceiling = next(r["rule"] for r in demo["red_lines"] if r["rule"]["kind"] == "ceiling")
    assert ceiling["value"] == defense["figure"]["value"] == defense["figure"]["walk_away"]
    for industry, title in (
        (carmakers, "Tariff relief for automobiles"),
        (chipmakers, "Tariff relief for semiconductors"),
    ):
        assert (industry["kind"], industry["veto"]) == ("industry", False)
        assert [d["agenda_item"] for d in industry["demands"]] == [demo["agenda_items"][index_of(title)]["id"]]
        assert industry["notes"].startswith(ILLUSTRATIVE[language])


@pytest.mark.parametrize("language", DEMOS)
def test_the_us_offer_fails_at_home_and_our_counter_offer_passes(language: str) -> None:
    from negoprep.analysis.winset import check_dossier_at_home
    from negoprep.store.store import Store
    from tests.conftest import AUTHOR

    demo = DEMOS[language]
    with Store.open(None, AUTHOR) as store:
        store.load(json.loads(json.dumps(demo)))
        content = store.content(demo["dossier"]["id"])
    assert content is not None
    home = check_dossier_at_home(content)
    us, ours = (home[o["package"]] for o in demo["offers"][1:])
    assembly = demo["constituencies"][0]["id"]
    assert us.fails and {f.constituency_id for f in us.failures if f.veto} == {assembly}
    assert not ours.failures
    assert not home[demo["offers"][0]["package"]].failures  # our first-round offer passes too


def test_the_other_side_is_estimated_where_the_ladder_is_in_figures() -> None:
    """Their walk-away is a figure in the item's unit: given exactly where our ladder has figures,
    and the same number in both demos."""
    for language, demo in DEMOS.items():
        assert demo["dossier"]["their_batna"].startswith(ILLUSTRATIVE[language])
        for item in demo["agenda_items"]:
            ladder = bool(item["figure"] and "walk_away" in item["figure"])
            assert (item["their_walk_away"] is not None) == ladder, item["title"]
    for en, ko in zip(EN["agenda_items"], DEMOS["ko"]["agenda_items"], strict=True):
        assert en["their_walk_away"] == ko["their_walk_away"]
        assert bool(en["criteria"]) == bool(ko["criteria"])
        assert bool(en["their_interests"]) == bool(ko["their_interests"])
    for title in (*OUR_ASKS, "Reciprocal tariff on Korean goods", "Reducing Korea's goods surplus with the U.S.",
                  "Purchases of U.S. LNG", "Alaska LNG project", "Defense cost-sharing"):  # fmt: skip
        item = EN["agenda_items"][index_of(title)]
        assert item["criteria"] and item["their_interests"], title
    auto = EN["agenda_items"][index_of("Tariff relief for automobiles")]["figure"]
    assert auto["value"] == 25 and auto["better"] == "less"
    assert "not from the article" in auto["source"]


@pytest.mark.parametrize("language", DEMOS)
def test_three_of_our_delegates_weigh_the_items_and_disagree(language: str) -> None:
    demo = DEMOS[language]
    people = by_id(demo["participants"])
    weights: dict[str, dict[str, float]] = {}
    for w in demo["team_weights"]:
        assert people[w["participant"]]["side"] == "ours"
        weights.setdefault(w["participant"], {})[w["agenda_item"]] = w["weight"]
    assert len(weights) == 3
    items = [i["id"] for i in demo["agenda_items"]]
    for own in weights.values():
        assert sorted(own) == sorted(items) and sum(own.values()) == 100
    spread = {i: max(w[i] for w in weights.values()) - min(w[i] for w in weights.values()) for i in items}
    assert spread[items[index_of("Tariff relief for automobiles")]] >= 10
    assert spread[items[index_of("Defense cost-sharing")]] >= 5
    assert spread[items[index_of("Format: consultation, not a hasty agreement")]] == 0


def test_both_demos_give_the_same_rounds_offers_demands_and_weights() -> None:
    from tests.cli.test_demo_ko import IDS

    ko = DEMOS["ko"]
    for key in ("rounds", "offers", "constituencies", "team_weights"):
        assert len(ko[key]) == len(EN[key]) > 0
    for en, other in zip(EN["offers"], ko["offers"], strict=True):
        assert (IDS[en["round"]], IDS[en["package"]], en["side"], en["response"], en["tabled_on"]) == (
            other["round"], other["package"], other["side"], other["response"], other["tabled_on"]
        )  # fmt: skip
    for en, other in zip(EN["constituencies"], ko["constituencies"], strict=True):
        assert [{**d, "agenda_item": IDS[d["agenda_item"]]} for d in en["demands"]] == other["demands"]
    for en, other in zip(EN["team_weights"], ko["team_weights"], strict=True):
        assert (IDS[en["participant"]], IDS[en["agenda_item"]], en["weight"]) == (
            other["participant"], other["agenda_item"], other["weight"]
        )  # fmt: skip


def test_the_about_note_lists_the_new_illustrations() -> None:
    taken, illustrations = EN["notes"][0]["text"].split("\n")
    assert "the first round" in taken and "National Assembly" in taken
    for part in ("the other side's BATNA", "objective criteria", "second round", "carmakers and chipmakers",
                 "team weights"):  # fmt: skip
        assert part in illustrations and part not in taken, part
