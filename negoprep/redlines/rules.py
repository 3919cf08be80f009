"""Red-line rules: the kinds of rule a red line can hold, one object per kind.

A rule is a small JSON object such as ``{"kind": "no_linkage", "between": [[...], [...]]}``
(docs/dossier-format.md). Each kind is one `RuleKind` in `KINDS`, declaring the parameters it
takes (a list of tracks, an agenda item, a number or a whole number; required or optional),
how it is said in words and what in a package breaks it. The rest is derived from those
declarations: the shape check (`shape_problems`, no dossier needed), the check of its ids
against a dossier (`rule_problems`), the ids it speaks of (`referenced_ids`), its words
(`rule_words`) and the rule editor's page. So a new kind is one object here, with its wording
in the catalogue (negoprep.records.problems, codes ``rule.<kind>.…``).

Every function here takes any value as a rule and never raises on one: a rule may come from a
damaged or crafted file. Pure functions only: no store, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.numbers import figure_text, is_figure, with_unit, written_close
from negoprep.records.problems import Problem, all_of, any_of, problem, quoted, words
from negoprep.records.values import RepeatedKeyError, one_of_each

#: The longest a rule's JSON text may be. A rule names a few tracks or one item: this is far
#: beyond any real one, and keeps checking a received file's rules quick.
MAX_RULE_TEXT = 10_000  # characters of a rule's JSON text
#: The deepest a rule's JSON may nest (a rule of any kind nests 3 deep: this says "not a rule"
#: before the kind is looked at).
MAX_RULE_DEPTH = 16
#: The longest id a rule may name (the dossier format's limit for every id).
MAX_ID = 200
#: How deep a rule nests: the object, a list of groups, a group, an id.
_DEPTH = 3
#: The most unknown keys of one rule that are named (the rule is refused all the same).
_EXTRA_SAID = 5


class ParamType(StrEnum):
    """What a rule's parameter holds."""

    TRACKS = "tracks"  # a list of track ids (or, with `groups`, a list of such lists)
    ITEM = "item"  # an agenda item id
    NUMBER = "number"  # a finite number within ±1e15
    WHOLE = "whole"  # a whole number


@dataclass(frozen=True)
class Param:
    """One parameter of a kind of rule."""

    name: str
    type: ParamType
    required: bool = True
    #: TRACKS: a list of this many groups of tracks, each non-empty, no track in two groups
    groups: int = 0
    #: TRACKS: the fewest tracks; WHOLE: the smallest value
    least: int = 0
    #: WHOLE: less than the number of tracks of this (TRACKS) parameter, declared before it
    below: str = ""
    #: ITEM: an item with a figure (what a limit is checked against)
    with_figure: bool = False
    #: NUMBER: in the unit of the figure of the item of this (ITEM) parameter
    unit_of: str = ""


@dataclass(frozen=True)
class Names:
    """How a dossier names what rules speak of: track id → name, agenda item id → title, and
    agenda item id → the unit of its figure. An id with no name is shown as it is."""

    tracks: Mapping[str, str] = field(default_factory=dict)
    items: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)

    def track(self, track_id: str) -> str:
        return self.tracks.get(track_id, track_id)

    def item(self, item_id: str) -> str:
        return self.items.get(item_id, item_id)

    def unit(self, item_id: str) -> str:
        return self.units.get(item_id, "")


#: What a package holds, as a kind of rule sees it: each entry with its agenda item.
Held = Sequence[tuple[model.PackageItem, model.AgendaItem]]


@dataclass(frozen=True)
class Breach:
    """How a package breaks a rule: the agenda items that cause it, and why."""

    items: tuple[str, ...]
    reason: Problem


def amount(value: Any, unit: str = "") -> Any:
    """A figure with its unit, as a parameter of words (text that is no number stays as it is)."""
    text = figure_text(value) if is_figure(value) else str(value)
    if not unit or written_close(unit):
        return with_unit(text, unit)
    return problem("rule.amount", value=text, unit=unit)


@dataclass(frozen=True)
class RuleKind:
    """One kind of rule: its parameters, its words and what breaks it. The shape and
    reference checks read `params`; a kind says only what is its own."""

    name: str
    params: tuple[Param, ...] = ()
    #: False: never broken automatically; the red line is listed for a person to confirm
    automatic: bool = True

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        """The rule in words (the rule's shape is checked)."""
        raise NotImplementedError

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        """Whether a package holding `held` breaks the rule (its shape checked), and how."""
        return None


def _titles(ids: Sequence[str], names: Names) -> Any:
    return all_of([quoted(names.item(i)) for i in ids])


def _tracks(ids: Sequence[str], names: Names) -> Any:
    return all_of([names.track(i) for i in ids])


class NoLinkage(RuleKind):
    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        first, second = rule["between"]
        return problem(
            "rule.says.no_linkage",
            first=any_of([names.track(t) for t in first]),
            second=any_of([names.track(t) for t in second]),
        )

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        first, second = (set(group) for group in rule["between"])
        in_first = [i for _, i in held if i.track_id in first]
        in_second = [i for _, i in held if i.track_id in second]
        if not (in_first and in_second):
            return None
        return Breach(
            tuple(i.id for i in in_first + in_second),
            problem(
                "rule.breaks.no_linkage",
                first=_titles([i.id for i in in_first], names),
                first_tracks=_tracks(sorted({i.track_id for i in in_first}), names),
                second=_titles([i.id for i in in_second], names),
                second_tracks=_tracks(sorted({i.track_id for i in in_second}), names),
            ),
        )


class NotACard(RuleKind):
    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        against = rule.get("against_tracks") or []
        if not against:
            return problem("rule.says.not_a_card", item=names.item(rule["item"]))
        tracks = any_of([names.track(t) for t in against])
        return problem("rule.says.not_a_card_for", item=names.item(rule["item"]), tracks=tracks)

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        """With tracks named, a card is a card in either role: the item shares the package
        with items of those tracks, given or got (counting it as something we get is the
        same card by the back door). With none named, giving the item breaks it."""
        against = set(rule.get("against_tracks") or [])
        if not against:
            given = [i.id for entry, i in held if entry.role == "give" and i.id == rule["item"]]
            if not given:
                return None
            return Breach(tuple(given), problem("rule.breaks.not_a_card", item=_titles(given, names)))
        card = [i.id for _, i in held if i.id == rule["item"]][:1]
        traded = [i for _, i in held if i.track_id in against and i.id != rule["item"]]
        if not card or not traded:
            return None
        return Breach(
            tuple(card + [i.id for i in traded]),
            problem(
                "rule.breaks.not_a_card_for",
                item=_titles(card, names),
                traded=_titles([i.id for i in traded], names),
                tracks=_tracks(sorted(against & {i.track_id for i in traded}), names),
            ),
        )


class NoBundle(RuleKind):
    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        tracks = any_of([names.track(t) for t in rule["tracks"]])
        return problem("rule.says.no_bundle", max=rule["max"], tracks=tracks)

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        listed = list(rule["tracks"])
        spanned = sorted({i.track_id for _, i in held if i.track_id in listed}, key=listed.index)
        if len(spanned) <= rule["max"]:
            return None
        cause = [i.id for _, i in held if i.track_id in listed]
        return Breach(
            tuple(cause),
            problem(
                "rule.breaks.no_bundle",
                count=len(spanned),
                tracks=_tracks(spanned, names),
                items=_titles(cause, names),
                max=rule["max"],
            ),
        )


@dataclass(frozen=True)
class Limit(RuleKind):
    """A ceiling (`above`: a proposed figure above the value breaks it) or a floor."""

    above: bool = True

    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        item = rule["item"]
        return problem(f"rule.says.{self.name}", item=names.item(item), value=amount(rule["value"], names.unit(item)))

    def breach(self, rule: Mapping[str, Any], held: Held, names: Names) -> Breach | None:
        for entry, item in held:
            if item.id != rule["item"] or entry.value is None:
                continue
            if entry.value > rule["value"] if self.above else entry.value < rule["value"]:
                unit = item.figure_unit
                return Breach(
                    (item.id,),
                    problem(
                        f"rule.breaks.{self.name}",
                        proposed=amount(entry.value, unit),
                        item=quoted(item.title),
                        value=amount(rule["value"], unit),
                    ),
                )
        return None


class Manual(RuleKind):
    def says(self, rule: Mapping[str, Any], names: Names) -> Problem:
        return problem("rule.says.manual")


_T = ParamType

#: Every kind of rule, by name, in the order they are offered.
KINDS: dict[str, RuleKind] = {
    kind.name: kind
    for kind in (
        NoLinkage("no_linkage", (Param("between", _T.TRACKS, groups=2),)),
        NotACard("not_a_card", (Param("item", _T.ITEM), Param("against_tracks", _T.TRACKS, required=False))),
        NoBundle("no_bundle", (Param("tracks", _T.TRACKS, least=2), Param("max", _T.WHOLE, least=1, below="tracks"))),
        Limit(
            "ceiling",
            (Param("item", _T.ITEM, with_figure=True), Param("value", _T.NUMBER, unit_of="item")),
            above=True,
        ),
        Limit(
            "floor",
            (Param("item", _T.ITEM, with_figure=True), Param("value", _T.NUMBER, unit_of="item")),
            above=False,
        ),
        Manual("manual", automatic=False),
    )
}


# --- the shape of a rule: no dossier needed -----------------------------------------------------


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and _all_ids([value])


def _all_ids(values: list[Any]) -> bool:
    """Whether every value is an id: text of 1 to MAX_ID printable characters, not only
    spaces. Each test runs over the whole list at once (a received file may hold thousands
    of rules, each as long as a rule may be)."""
    if not set(map(type, values)) <= {str}:
        return False
    return not values or (
        min(map(len, values)) > 0
        and max(map(len, values)) <= MAX_ID
        and "".join(values).isprintable()
        and all(map(str.strip, values))
    )


def _smallest_text(value: Any, depth: int = 0) -> Iterator[int]:
    """The characters a value takes at least in JSON, a part at a time (so that counting can
    stop as soon as there are too many, whatever the value's size). Below a rule's depth
    nothing is counted: the shape check refuses such a value anyway."""
    if depth > _DEPTH:
        yield 1
    elif isinstance(value, str):
        yield len(value) + 2
    elif isinstance(value, dict):
        yield 2
        for key, part in value.items():
            yield (len(key) if isinstance(key, str) else 1) + 4
            yield from _smallest_text(part, depth + 1)
    elif isinstance(value, list | tuple):
        yield 2
        for part in value:
            yield 1
            yield from _smallest_text(part, depth + 1)
    else:
        yield 1


def _too_long(rule: Any) -> bool:
    total = 0
    for size in _smallest_text(rule):
        total += size
        if total > MAX_RULE_TEXT:
            return True
    return False


def _too_deep(rule: Any) -> bool:
    """Whether lists and objects nest deeper than MAX_RULE_DEPTH (brackets inside a string are
    text, not nesting). Walks without recursion; stops at the first part too deep."""
    stack = [(rule, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_RULE_DEPTH:
                return True
            stack.extend((part, depth + 1) for part in (value.values() if isinstance(value, dict) else value))
    return False


def size_problem(rule: Any) -> Problem | None:
    """Whether a rule (as an object) is too large to read: its JSON text longer than
    MAX_RULE_TEXT characters, or nested deeper than MAX_RULE_DEPTH. The one check of a rule's
    size, wherever a rule comes in (a document, a form, a received file's row or snapshot);
    quick whatever the value."""
    if _too_long(rule):  # (a lower bound of its length, counted until it is too long)
        return problem("rule.too_long", limit=MAX_RULE_TEXT)
    if _too_deep(rule):
        return problem("rule.too_deep", limit=MAX_RULE_DEPTH)
    if len(json.dumps(rule, ensure_ascii=False)) > MAX_RULE_TEXT:  # (now known to be small)
        return problem("rule.too_long", limit=MAX_RULE_TEXT)
    return None


def _excerpt(value: Any, limit: int = 40) -> str:
    """A value as JSON, cut short: for saying which kind or key is unknown."""
    if isinstance(value, str):
        text = json.dumps(value[: limit + 1], ensure_ascii=False)
    elif value is None or isinstance(value, bool | int | float):
        huge = isinstance(value, int) and abs(value) >= 10**limit
        text = translate("redlines", "a number") if huge else json.dumps(value)
    elif isinstance(value, list | tuple):
        text = translate("redlines", "a list")
    else:
        text = translate("redlines", "an object") if isinstance(value, dict) else translate("redlines", "a value")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_text(key: Any) -> str:
    """A key as a message may show it: as it is when short and printable, else as JSON."""
    plain = isinstance(key, str) and 0 < len(key) <= 40 and key.isprintable()
    return key if plain else _excerpt(key)


def _track_list(value: Any, param: Param, group: int = 0) -> list[Problem]:
    """What is wrong with one list of track ids (a group of a parameter, when `group`)."""
    at: dict[str, Any] = {"param": param.name, **({"group": group} if group else {})}
    prefix = "rule.group." if group else "rule."
    if not isinstance(value, list) or len(value) > MAX_RULE_TEXT or not _all_ids(value):
        return [problem(prefix + "not_tracks", **at)]
    found = []
    if group and not value:
        found.append(problem("rule.group.empty", **at))
    if len(set(value)) != len(value):
        found.append(problem(prefix + "track_twice", **at))
    if not group and len(value) < param.least:
        found.append(problem("rule.too_few_tracks", **at, least=param.least))
    return found


def _param_shapes(kind: RuleKind, rule: Mapping[str, Any]) -> Iterator[tuple[Param, list[Problem]]]:
    """Each parameter the rule holds, with what is wrong with its shape."""
    fine: set[str] = set()  # the parameters found well formed so far (a count is below one of them)
    for param in kind.params:
        if param.name in rule:
            found = _param_shape(param, rule, fine)
            if not found:
                fine.add(param.name)
            yield param, found


def _param_shape(param: Param, rule: Mapping[str, Any], fine: set[str]) -> list[Problem]:
    value = rule[param.name]
    if param.type is ParamType.TRACKS and param.groups:
        if not isinstance(value, list) or len(value) != param.groups:
            return [problem("rule.not_groups", param=param.name, count=param.groups)]
        found = [p for n, group in enumerate(value, 1) for p in _track_list(group, param, n)]
        if not found:
            shared: list[str] = []
            for n, group in enumerate(value):
                earlier = {t for other in value[:n] for t in other}
                shared += [t for t in group if t in earlier and t not in shared]
            if shared:
                found.append(problem("rule.groups_share", param=param.name, tracks=shared))
        return found
    if param.type is ParamType.TRACKS:
        return _track_list(value, param)
    if param.type is ParamType.ITEM:
        return [] if _is_id(value) else [problem("rule.not_item", param=param.name)]
    if param.type is ParamType.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return [problem("rule.not_number", param=param.name)]
        return [] if is_figure(value) else [problem("rule.not_finite", param=param.name)]
    # a whole number
    if not isinstance(value, int) or isinstance(value, bool) or value < param.least:
        return [problem("rule.not_whole", param=param.name, least=param.least)]
    if param.below in fine and value >= len(rule[param.below]):
        return [problem("rule.not_below", param=param.name, count=len(rule[param.below]))]
    return []


def _kind_of(rule: Any, measured: bool = False) -> tuple[RuleKind | None, list[Problem]]:
    """The kind of a rule and what is wrong with its object, size, kind and keys (`measured`:
    its size was checked already)."""
    if not isinstance(rule, dict):
        return None, [problem("rule.not_object")]
    too_large = None if measured else size_problem(rule)
    if too_large is not None:
        return None, [too_large]
    name = rule.get("kind")
    kind = KINDS.get(name) if isinstance(name, str) else None
    if kind is None:
        return None, [problem("rule.unknown_kind", kind=_excerpt(name), known=list(KINDS))]
    names = {p.name for p in kind.params}
    missing = [p.name for p in kind.params if p.required and p.name not in rule]
    found = [problem("rule.missing", kind=kind.name, param=name) for name in missing]
    extra = [key for key in rule if key != "kind" and key not in names]
    found += [problem("rule.extra", kind=kind.name, param=_key_text(key)) for key in extra[:_EXTRA_SAID]]
    return kind, found


def shape_problems(rule: Any, *, sized: bool = False) -> list[Problem]:
    """What is wrong with a rule's shape, without a dossier: an object of a known kind, only
    its parameters, each of the right JSON type and size. Quick whatever the value: a rule
    too large to read (`size_problem`) is refused before anything else (`sized`: the caller
    has judged its size already)."""
    return _shape_problems(rule, measured=sized)


def _shape_problems(rule: Any, measured: bool = False) -> list[Problem]:
    kind, found = _kind_of(rule, measured)
    if kind is None or found:
        return found
    return [p for _, shape in _param_shapes(kind, rule) for p in shape]


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity: numbers JSON does not allow


def parse_rule(text: str | bytes) -> tuple[Any, Problem | None]:
    """A rule as stored (its JSON text) read: (the rule, None), or (None, what is wrong). A
    text over MAX_RULE_TEXT characters is refused before it is parsed; so are repeated keys,
    numbers JSON does not allow, and a rule too large to read (`size_problem`)."""
    if len(text) > MAX_RULE_TEXT:
        return None, problem("rule.too_long", limit=MAX_RULE_TEXT)
    try:
        rule = json.loads(text, object_pairs_hook=one_of_each, parse_constant=_no_constant)
    except RepeatedKeyError as repeated:
        return None, problem("doc.duplicate_key", key=_excerpt(repeated.key).strip('"'))
    except RecursionError:
        return None, problem("rule.too_deep", limit=MAX_RULE_DEPTH)
    except ValueError:
        return None, problem("rule.not_json")
    found = size_problem(rule)
    return (None, found) if found else (rule, None)


def text_shape_problems(text: str | bytes) -> list[Problem]:
    """`shape_problems` of a rule as stored: its JSON text (see `parse_rule`)."""
    rule, found = parse_rule(text)
    if found is not None:
        return [found]
    return _shape_problems(rule, measured=True)


# --- against a dossier --------------------------------------------------------------------------


def _param_references(
    kind: RuleKind, param: Param, value: Any, tracks: Mapping[str, Any], items_with_figure: Mapping[str, bool]
) -> list[Problem]:
    if param.type is ParamType.TRACKS:
        groups = enumerate(value, 1) if param.groups else [(0, value)]
        return [
            problem("rule.group.unknown_track", param=param.name, group=n, track=t)
            if n
            else problem("rule.unknown_track", param=param.name, track=t)
            for n, group in groups
            for t in group
            if t not in tracks
        ]
    if param.type is ParamType.ITEM:
        if value not in items_with_figure:
            return [problem("rule.unknown_item", param=param.name, item=value)]
        if param.with_figure and not items_with_figure[value]:
            return [problem("rule.no_figure", kind=kind.name, param=param.name, item=value)]
    return []


def rule_problems(
    rule: Any,
    tracks: Mapping[str, Any],
    items_with_figure: Mapping[str, bool],
) -> list[Problem]:
    """Everything wrong with a rule, given the dossier's tracks (keyed by id) and agenda items
    (id → whether it has a figure): its shape, and the ids of each well-formed parameter
    against the dossier. An empty list means the rule can be checked."""
    kind, found = _kind_of(rule)
    if kind is None or found:
        return found
    for param, shape in _param_shapes(kind, rule):
        found += shape or _param_references(kind, param, rule[param.name], tracks, items_with_figure)
    return found


def referenced_ids(rule: Any) -> tuple[set[str], set[str]]:
    """The track ids and agenda item ids a rule speaks of. Of a malformed rule, the ids it
    still names where its kind takes them (so that a track it names is not deleted under it)."""
    track_ids: set[str] = set()
    item_ids: set[str] = set()
    name = rule.get("kind") if isinstance(rule, dict) else None
    kind = KINDS.get(name) if isinstance(name, str) else None
    if kind is None or _too_long(rule):
        return track_ids, item_ids
    for param in kind.params:
        value = rule.get(param.name)
        if param.type is ParamType.ITEM and _is_id(value):
            item_ids.add(value)
        elif param.type is ParamType.TRACKS and isinstance(value, list):
            groups = value if param.groups else [value]
            for group in groups:
                if isinstance(group, list):
                    track_ids.update(t for t in group if _is_id(t))
    return track_ids, item_ids


# --- in words -----------------------------------------------------------------------------------


def rule_words(rule: Any, names: Names) -> Problem:
    """The rule in words, as a code and its parameters (the names and titles of what it speaks
    of); a rule that cannot be read says so."""
    if shape_problems(rule):
        return problem("rule.says.unreadable")
    return KINDS[rule["kind"]].says(rule, names)


def describe_rule(
    rule: Any,
    track_names: Mapping[str, str],
    item_titles: Mapping[str, str],
    item_units: Mapping[str, str] | None = None,
) -> str:
    """The rule in plain words, e.g. "No linkage between Defense cost-sharing and Tariffs"."""
    return words(rule_words(rule, Names(track_names, item_titles, item_units or {})))
