"""The demo dossier with two rounds of talks added, made by hand: the U.S. tables its package in
round 1, we counter, the U.S. tables a revised package in round 2. Defense cost-sharing gets a
ladder in figures (less is better) and the National Assembly a veto over any increase, so that
the offers land on every step of the ladder and one fails at home.

`python -m tests.talks_dossier OUT.json` writes the document (to load and look at)."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

ROUND_1 = "0a1b2c3d-0000-4000-8000-000000000001"
ROUND_2 = "0a1b2c3d-0000-4000-8000-000000000002"
THEIR_FIRST = "0a1b2c3d-0000-4000-8000-0000000000a1"
OUR_COUNTER = "0a1b2c3d-0000-4000-8000-0000000000a2"
THEIR_SECOND = "0a1b2c3d-0000-4000-8000-0000000000a3"
REVISED = "0a1b2c3d-0000-4000-8000-0000000000b1"  # the package of their second offer
ASSEMBLY = "0a1b2c3d-0000-4000-8000-0000000000c1"


def _by_title(doc: dict[str, Any], key: str, field: str, title: str) -> dict[str, Any]:
    return next(r for r in doc[key] if r[field] == title)


def with_talks(demo: dict[str, Any]) -> dict[str, Any]:
    """A copy of the (English) demo document with rounds, offers, a ladder in figures and a
    constituency added."""
    doc = copy.deepcopy(demo)
    defense = _by_title(doc, "agenda_items", "title", "Defense cost-sharing")
    defense["figure"].update(better="less", opening=1.5192, target=1.5192, fallback=1.6, walk_away=1.7)
    defense["their_walk_away"] = 1.55
    theirs = _by_title(doc, "packages", "name", "U.S. one-stop package (expected)")
    ours = _by_title(doc, "packages", "name", "Purchases for tariff relief")
    for item in theirs["items"]:
        if item["agenda_item"] == defense["id"]:
            item.update(value=1.8, level=None)  # past our walk-away
    revised = copy.deepcopy(theirs)
    revised.update(id=REVISED, name="U.S. offer, round 2")
    for item in revised["items"]:
        item.pop("id", None)
        if item["agenda_item"] == defense["id"]:
            item["value"] = 1.6  # at our fallback
    doc["packages"].append(revised)
    doc["rounds"] = [
        {"id": ROUND_1, "number": 1, "starts_on": "2025-04-24", "venue": "Washington, D.C.",
         "summary": "First 2+2 consultation: each side set out its package."},
        {"id": ROUND_2, "number": 2, "starts_on": "2025-05-20", "venue": "Seoul",
         "summary": "The U.S. lowered its ask on defense cost-sharing."},
    ]  # fmt: skip
    doc["offers"] = [
        {"id": THEIR_FIRST, "round": ROUND_1, "side": "theirs", "package": theirs["id"], "tabled_on": "2025-04-24",
         "response": "countered", "notes": "Tabled as a one-stop package."},
        {"id": OUR_COUNTER, "round": ROUND_1, "side": "ours", "package": ours["id"], "tabled_on": "2025-04-25",
         "response": "countered", "notes": ""},
        {"id": THEIR_SECOND, "round": ROUND_2, "side": "theirs", "package": REVISED, "tabled_on": "2025-05-20",
         "response": "pending", "notes": "Defense cost-sharing down to 1.6."},
    ]  # fmt: skip
    doc["constituencies"] = [
        {"id": ASSEMBLY, "name": "National Assembly", "kind": "legislature", "veto": True, "notes": "",
         "demands": [{"agenda_item": defense["id"], "max": 1.5192}]},
    ]  # fmt: skip
    return doc


if __name__ == "__main__":
    from negoprep import paths, startup

    demo = json.loads(paths.seed_text(startup.DEMO_SEEDS["en"]))
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(with_talks(demo), out, ensure_ascii=False, indent=1)
