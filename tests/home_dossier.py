"""The demo dossier with constituencies at home, their demands and our delegates' own weights:
a dossier for the tests and screenshots of the At home section and the team weights.

`python -m tests.home_dossier OUT.json [--lang ko]` writes it as a dossier document.
"""

from __future__ import annotations

import copy
import json
import sys
import uuid
from typing import Any

from negoprep import paths, startup

# stable ids, so that a test can name a record
NAMESPACE = uuid.UUID("6f1c52a4-4f0e-4c55-9a57-2a7f0c9b3e11")


def _id(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


ASSEMBLY = _id("National Assembly")
CARMAKERS = _id("carmakers")
CHIPMAKERS = _id("chipmakers")
FARMERS = _id("agriculture")


def with_home(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of the demo document with constituencies, demands and team weights."""
    doc = copy.deepcopy(doc)
    # the demo's items by their place on its agenda (the same in English and Korean)
    defense, autos, chips, beef = (doc["agenda_items"][n]["id"] for n in (10, 0, 1, 7))
    korean = doc["dossier"]["title"][:1] >= "\uac00"
    names = (
        ("국회", "자동차 업계", "반도체 업계", "농림축산식품부")
        if korean
        else ("National Assembly", "Carmakers", "Chipmakers", "Ministry of Agriculture")
    )
    doc["constituencies"] = [
        {
            "id": ASSEMBLY, "name": names[0], "kind": "legislature", "veto": True,
            "notes": "No increase of defense cost-sharing beyond the ratified agreement (illustration).",
            "demands": [{"agenda_item": defense, "max": 1.5192}],
        },
        {
            "id": CARMAKERS, "name": names[1], "kind": "industry", "veto": False, "notes": "",
            "demands": [{"agenda_item": autos, "at_least": "opening"}],
        },
        {
            "id": CHIPMAKERS, "name": names[2], "kind": "industry", "veto": False, "notes": "",
            "demands": [{"agenda_item": chips, "at_least": "fallback"}],
        },
        {
            "id": FARMERS, "name": names[3], "kind": "ministry", "veto": False, "notes": "",
            "demands": [{"agenda_item": beef, "excluded": True}],
        },
    ]  # fmt: skip
    ours = [p["id"] for p in doc["participants"] if p["side"] == "ours"][:3]
    # each delegate's weights, in the order of the agenda (each adds up to 100)
    given = [
        [16, 10, 12, 12, 8, 5, 5, 4, 8, 6, 10, 4],
        [20, 12, 10, 8, 6, 4, 4, 6, 6, 4, 16, 4],
        [10, 14, 14, 14, 10, 6, 6, 2, 10, 8, 2, 4],
    ]
    doc["team_weights"] = [
        {"id": _id(f"{who}/{item['id']}"), "participant": who, "agenda_item": item["id"], "weight": weight}
        for who, weights in zip(ours, given, strict=True)
        for item, weight in zip(doc["agenda_items"], weights, strict=True)
    ]
    return doc


def demo_with_home(language: str = "en") -> dict[str, Any]:
    return with_home(json.loads(paths.seed_text(startup.DEMO_SEEDS[language])))


if __name__ == "__main__":
    language = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--lang" else "en"
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(demo_with_home(language), out, ensure_ascii=False, indent=1)
