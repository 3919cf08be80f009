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

ROOT = Path(__file__).resolve().parent.parent


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
