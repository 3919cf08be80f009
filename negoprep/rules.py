"""Red-line rules: what each kind means, whether a rule is well formed, and how to say it.

A rule is a small dict such as ``{"kind": "no_linkage", "between": [[...], [...]]}``
(see docs/dossier-format.md). Pure functions only: no store, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from negoprep.numbers import figure_text, is_figure

RULE_KINDS: dict[str, str] = {
    "no_linkage": "no linkage between two groups of tracks",
    "not_a_card": "an agenda item that is not a bargaining card",
    "no_bundle": "no package spanning more than a number of tracks",
    "ceiling": "an item's figure may not exceed a value",
    "floor": "an item's figure may not fall below a value",
    "manual": "checked by a person",
}

#: The parameters each kind takes: required, then optional.
_PARAMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "no_linkage": (("between",), ()),
    "not_a_card": (("item",), ("against_tracks",)),
    "no_bundle": (("tracks", "max"), ()),
    "ceiling": (("item", "value"), ()),
    "floor": (("item", "value"), ()),
    "manual": ((), ()),
}


def _track_list(value: Any, what: str, tracks: Mapping[str, str], problems: list[str]) -> None:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        problems.append(f"{what} must be a list of track ids")
        return
    for track_id in value:
        if track_id not in tracks:
            problems.append(f'{what}: "{track_id}" is not a track of this dossier')
    if len(set(value)) != len(value):
        problems.append(f"{what} names a track twice")


def rule_problems(
    rule: Any,
    tracks: Mapping[str, str],
    items_with_figure: Mapping[str, bool],
) -> list[str]:
    """Everything wrong with a rule, given the dossier's tracks (id → name) and agenda items
    (id → whether it has a figure). An empty list means the rule can be checked."""
    if not isinstance(rule, dict):
        return ["the rule must be an object with a 'kind'"]
    kind = rule.get("kind")
    if not isinstance(kind, str) or kind not in RULE_KINDS:
        known = ", ".join(RULE_KINDS)
        return [f"unknown rule kind {json.dumps(kind)} (known kinds: {known})"]
    required, optional = _PARAMS[kind]
    problems = [f"a {kind} rule needs '{name}'" for name in required if name not in rule]
    extra = sorted(set(rule) - {"kind", *required, *optional})
    problems += [f"a {kind} rule takes no '{name}'" for name in extra]
    if problems:
        return problems

    if kind == "no_linkage":
        groups = rule["between"]
        if not isinstance(groups, list) or len(groups) != 2:
            return ["'between' must hold exactly two groups of tracks"]
        for n, group in enumerate(groups, 1):
            _track_list(group, f"group {n} of 'between'", tracks, problems)
            if isinstance(group, list) and not group:
                problems.append(f"group {n} of 'between' is empty")
        if not problems and set(groups[0]) & set(groups[1]):
            problems.append("the two groups of 'between' share a track")
    elif kind == "no_bundle":
        _track_list(rule["tracks"], "'tracks'", tracks, problems)
        count = len(rule["tracks"]) if isinstance(rule["tracks"], list) else 0
        limit = rule["max"]
        if count < 2:
            problems.append("'tracks' must name at least two tracks")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            problems.append("'max' must be a whole number of at least 1")
        elif count >= 2 and limit >= count:
            problems.append(f"'max' must be less than the number of tracks ({count})")
    else:
        if kind != "manual":
            item = rule["item"]
            if not isinstance(item, str) or item not in items_with_figure:
                problems.append(f"{json.dumps(item)} is not an agenda item of this dossier")
            elif kind in ("ceiling", "floor") and not items_with_figure[item]:
                problems.append(f"a {kind} needs an agenda item with a figure")
        value = rule.get("value")
        if kind in ("ceiling", "floor") and not is_figure(value):
            plain = isinstance(value, int | float) and not isinstance(value, bool)
            problems.append("'value' must be a " + ("finite number within ±1e15" if plain else "number"))
        if kind == "not_a_card" and "against_tracks" in rule:
            _track_list(rule["against_tracks"], "'against_tracks'", tracks, problems)
    return problems


def referenced_ids(rule: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    """The track ids and agenda item ids a rule speaks about."""
    kind = rule.get("kind")
    track_ids: set[str] = set()
    item_ids: set[str] = set()
    if kind == "no_linkage":
        for group in rule.get("between", []):
            track_ids.update(group)
    elif kind == "no_bundle":
        track_ids.update(rule.get("tracks", []))
    elif kind in ("not_a_card", "ceiling", "floor"):
        item_ids.add(rule.get("item"))
        track_ids.update(rule.get("against_tracks", []))
    return track_ids, item_ids


def describe_rule(
    rule: Mapping[str, Any],
    track_names: Mapping[str, str],
    item_titles: Mapping[str, str],
    item_units: Mapping[str, str] | None = None,
) -> str:
    """The rule in plain words, e.g. "No linkage between Defense cost-sharing and Tariffs"."""

    def tracks(ids: list[str]) -> str:
        names = [track_names.get(i, i) for i in ids]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

    kind = rule.get("kind")
    if kind == "no_linkage":
        first, second = rule["between"]
        return f"No linkage between {tracks(first)} and {tracks(second)}"
    if kind == "not_a_card":
        text = f"{item_titles.get(rule['item'], rule['item'])} is not a card to give"
        against = rule.get("against_tracks") or []
        return text + (f" for {tracks(against)}" if against else "")
    if kind == "no_bundle":
        return f"A package may span at most {rule['max']} of {tracks(rule['tracks'])}"
    if kind in ("ceiling", "floor"):
        bound = "at most" if kind == "ceiling" else "at least"
        title = item_titles.get(rule["item"], rule["item"])
        unit = (item_units or {}).get(rule["item"], "")
        return f"{title}: {bound} {figure_text(rule['value'])}" + (f" {unit}" if unit else "")
    return "Checked by a person"
