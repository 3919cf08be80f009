"""Problems as data: the core says what is wrong with a code and parameters; this catalogue
turns them into words, the one place where a problem's wording lives.

A `Problem` is what every check of the core returns (a document being loaded, a received
file, a form's value, a red-line rule, a merge). The command line and the window call
`words()` on it; the wording of every code is in `CATALOGUE`, so that a translation
replaces the catalogue and nothing else. Parameters are plain values (text, numbers, lists
of text); a parameter named ``where`` says where in a document or file the problem is.
A parameter may itself be a `Problem` (a phrase such as "A, B or C" or a quoted title,
from `any_of`, `all_of` and `quoted`): it is put into words with the same catalogue, so
that the way a list is joined or a title is quoted is translated with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from negoprep import terminal
from negoprep.echo import echoed
from negoprep.i18n import translate

#: code → English template; ``{name}`` takes the parameter of that name. Sections by area.
CATALOGUE: dict[str, str] = {
    # --- values: one field's value, wherever it comes from
    "value.null": "must not be null",
    "value.required": "is required",
    "value.not_text": "must be a string",
    "value.not_utf8": "text is not valid UTF-8",
    "value.surrogate": "text holds a lone surrogate ({char}), which is not Unicode text",
    "value.control": "text holds the control character {char}",
    "value.too_long": "is longer than {limit} characters",
    "value.not_id": "must be a non-empty string id",
    "value.bad_id": "must be an id of at most {limit} printable characters",
    "value.not_choice": '"{value}" is not one of {choices}',
    "value.not_bool": "must be true or false",
    "value.not_int": "must be a whole number",
    "value.not_number": "must be a number",
    "value.not_finite": "must be a finite number within ±1e15",
    "value.out_of_range": "must be between {low} and {high}, not {value}",
    "value.not_date": "{value} is not a date (YYYY-MM-DD)",
    "value.not_time": (
        "{value} is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], with an optional Z or offset)"
    ),
    "value.not_object": "must be an object",
    "value.not_group": "must be null or an object",
    "value.unknown_key": "has an unknown key '{key}'",
    "value.figure_value": "needs a numeric 'value'",
    "value.not_instant": "{value} is not the time of a change as negoprep stamps it (YYYY-MM-DDTHH:MM:SS.mmmZ)",
    "value.not_rule": "must be an object with a 'kind'",
    # --- JSON documents
    "doc.syntax": "not valid JSON at line {line}, column {column}: {message}",
    "doc.not_json_number": "not valid JSON: {value} is not a number JSON allows",
    "doc.huge_number": "not valid JSON for negoprep: a number with {digits} digits",
    "doc.too_deep": "not valid JSON: nested too deeply",
    "doc.duplicate_key": "the key '{key}' appears twice in one object",
    "doc.not_object": "the document must be a JSON object",
    "doc.not_dossier": "not a negoprep dossier: 'format' must be \"{format}\"",
    "doc.newer": "made by a newer negoprep (format version {version}; this one reads up to {known})",
    "doc.unknown_version": "unknown format version {version}",
    "doc.no_dossier": "missing key 'dossier' (an object)",
    "doc.dossier_deleted": '"{id}" was deleted from this store',
    "doc.dossier_not_deleted": "unknown key 'deleted' (a dossier is not deleted by loading)",
    "doc.unknown_key": "unknown key '{key}'",
    "doc.missing_key": "missing key '{key}'",
    "doc.not_list": "must be a list",
    "doc.deleted_in_new": "is only for a record already in the store (this document adds a new dossier)",
    "doc.id_twice": 'id "{id}" appears twice (also at {other})',
    "doc.item_twice": "the same agenda item appears twice",
    "doc.id_elsewhere": 'id "{id}" is already the id of {a_noun} in this store',
    "doc.id_of_other_dossier": 'id "{id}" already belongs to another dossier in this store',
    "doc.ref_deleted": '{key} "{label}" is deleted by this document but still used here',
    "doc.ref_unknown": '{key} "{id}" is not {a_noun} of this dossier',
    "doc.rule_uses_deleted": 'uses {noun} "{label}", which this document deletes',
    "doc.weights": "the agenda item weights sum to {total}, not 100",
    # --- received files
    "file.not_snapshot": "is not a JSON object of a record's fields",
    "file.snapshot_key": "holds '{key}', which is not a field of its record",
    "file.own_ancestor": "lead back to the revision itself: a revision cannot be its own ancestor",
    "file.record": '{noun} "{title}" ({id})',
    "file.record_untitled": "{noun} {id}",
    "file.tampered.author": 'the name of author "{name}" ({id}) does not match its digest',
    "file.tampered.snapshot": "revision {id} of {record}: its snapshot does not match its hash",
    "file.tampered.digest": ("revision {id} of {record}: its author, time, parents or content do not match its digest"),
    "file.tampered.redacted": "revision {id} of {record}: '{field}' is marked as withheld but holds a value",
    "file.tampered.redacted_list": "revision {id} of {record}: its list of withheld fields is not one negoprep writes",
    "file.tampered.row": "{record}: '{field}' does not hold what its latest revision says",
    "file.tampered.not_blankable": (
        "revision {id} of {record}: '{field}' is marked as withheld, but no export withholds it there"
    ),
    "file.tampered.seal": (
        "its history holds {found} {what}, not the {sealed} negoprep sealed, or not the same ones "
        "(revisions or authors were removed, added or rolled back)"
    ),
    "file.tampered.no_seal": "its history's seal is missing or not one negoprep writes",
    "file.seal.revisions": "revisions",
    "file.seal.authors": "authors",
    # --- red-line rules
    "rule.words": "{text}",
    # --- red-line rules (negoprep.redlines.rules): what is wrong with a rule. Parameters: the rule's
    # kind, the parameter at fault (`param`) and, in a parameter of groups, the group (1, 2)
    "rule.not_object": "the rule must be an object with a 'kind'",
    "rule.too_long": "the rule is longer than {limit} characters",
    "rule.too_deep": "the rule is nested deeper than {limit} levels",
    "rule.not_json": "the rule is not valid JSON",
    "rule.unknown_kind": "unknown rule kind {kind} (known kinds: {known})",
    "rule.missing": "a {kind} rule needs '{param}'",
    "rule.extra": "a {kind} rule takes no '{param}'",
    "rule.not_tracks": "'{param}' must be a list of track ids",
    "rule.track_twice": "'{param}' names a track twice",
    "rule.too_few_tracks": "'{param}' must name at least {least} tracks",
    "rule.not_groups": "'{param}' must hold exactly {count} groups of tracks",
    "rule.group.not_tracks": "group {group} of '{param}' must be a list of track ids",
    "rule.group.empty": "group {group} of '{param}' is empty",
    "rule.group.track_twice": "group {group} of '{param}' names a track twice",
    "rule.groups_share": "the two groups of '{param}' share a track",
    "rule.not_item": "'{param}' must be an agenda item id",
    "rule.not_number": "'{param}' must be a number",
    "rule.not_finite": "'{param}' must be a finite number within ±1e15",
    "rule.not_whole": "'{param}' must be a whole number of at least {least}",
    "rule.not_below": "'{param}' must be less than the number of tracks ({count})",
    "rule.unknown_track": "'{param}': \"{track}\" is not a track of this dossier",
    "rule.group.unknown_track": "group {group} of '{param}': \"{track}\" is not a track of this dossier",
    "rule.unknown_item": '"{item}" is not an agenda item of this dossier',
    "rule.no_figure": "a {kind} needs an agenda item with a figure",
    # --- red-line rules: a rule in words (titles and names are parameters)
    "rule.says.no_linkage": "No linkage between {first} and {second}",
    "rule.says.not_a_card": "{item} is not a card to give",
    "rule.says.not_a_card_for": "{item} is not a card for {tracks}, given or got",
    "rule.says.no_bundle": "A package may span at most {max} of {tracks}",
    "rule.says.ceiling": "{item}: at most {value}",
    "rule.says.floor": "{item}: at least {value}",
    "rule.says.manual": "Checked by a person",
    "rule.says.unreadable": "A rule that cannot be read: check it by hand",
    "rule.amount": "{value} {unit}",
    # --- red-line rules: why a package breaks one
    "rule.breaks.no_linkage": "it links {first} ({first_tracks}) with {second} ({second_tracks})",
    "rule.breaks.not_a_card": "it gives {item}, which is not a card to play",
    "rule.breaks.not_a_card_for": "it holds {item} in a package with {traded} ({tracks})",
    "rule.breaks.no_bundle": "it spans {count} of these tracks ({tracks}) with {items}; at most {max} may go together",
    "rule.breaks.ceiling": "it proposes {proposed} for {item}, above the ceiling of {value}",
    "rule.breaks.floor": "it proposes {proposed} for {item}, below the floor of {value}",
    "value.demand_range": "is {high}, below the lowest figure it allows ({low}): no figure would meet the demand",
    # --- the domestic win-set: why a package fails a constituency's demand (negoprep.analysis.winset)
    "home.excluded": "it holds {item}, which must be kept out of any deal",
    "home.step": "it settles {item} at {found}, short of {wanted}",
    "home.above": "it puts {item} at {found}, above {limit}",
    "home.below": "it puts {item} at {found}, below {limit}",
    "home.fails": "fails at home: {who}",
    "home.opposed": "opposed at home: {who}",
    "home.who": "{name} ({why})",
    # --- a package's value: what to warn about (negoprep.analysis.scoring)
    "worth.gives_beyond": "it gives {item} beyond its walk-away point",
    "worth.settles_beyond": "it settles {item} beyond its walk-away point",
    "worth.figure_no_way": "its proposed figure for {item} is not placed on the ladder: the item does not say "
    "whether more or less is better for us",
    "worth.ladder_order": "the ladder figures of {item} do not run from opening to walk-away the way that is "
    "better for us",
    "worth.beyond_them": "its figure for {item} is past their estimated walk-away point: outside their zone of "
    "agreement",
    "worth.gives_only": "it gives without getting anything in return",
    "worth.gives_more": "it gives more weight ({given}) than it gets ({gained})",
    # --- red-line rules: each kind as the rule editor shows it: its name, what it means, when
    # a package breaks it, how to write it; each parameter's label, name and tooltip
    "rule.no_linkage.name": "No linkage between tracks",
    "rule.no_linkage.meaning": "No linkage — two groups of tracks are never traded against each other",
    "rule.no_linkage.breaks": (
        "A package breaks it when it holds items of tracks of both groups.\n"
        "Example: no linkage of defense cost-sharing to trade."
    ),
    "rule.no_linkage.how": (
        "Tick the tracks of each group: a package may hold items of one group or of the other, never of both."
    ),
    "rule.no_linkage.between.1.label": "These tracks…",
    "rule.no_linkage.between.2.label": "…are never traded against these:",
    "rule.no_linkage.between.1.name": "Tracks of the first group",
    "rule.no_linkage.between.2.name": "Tracks of the second group",
    "rule.no_linkage.between.tip": "Tick a track to put it in this group; a track belongs to one group at most",
    "rule.not_a_card.name": "Not a card to give",
    "rule.not_a_card.meaning": "Not a card — an agenda item that is never given away or traded against other tracks",
    "rule.not_a_card.breaks": (
        "A package breaks it when it gives this agenda item; with tracks ticked, when it holds this item, "
        "given or got, together with items of those tracks.\nExample: Alaska LNG is not a card for tariffs."
    ),
    "rule.not_a_card.how": (
        "Choose the agenda item that is not a card. Tick none to forbid giving it at all; tick tracks to forbid "
        "any package that holds it, given or got, together with items of those tracks."
    ),
    "rule.not_a_card.item.label": "Agenda item:",
    "rule.not_a_card.item.name": "Agenda item that is not a card",
    "rule.not_a_card.item.tip": "The agenda item that is not a card to play",
    "rule.not_a_card.against_tracks.label": "Never in a package with items of these tracks (optional):",
    "rule.not_a_card.against_tracks.name": "Never with these tracks (optional)",
    "rule.not_a_card.against_tracks.tip": (
        "Optional: tick tracks to forbid any package that holds the item, given or got, with items of these tracks"
    ),
    "rule.no_bundle.name": "No bundle of tracks",
    "rule.no_bundle.meaning": "No bundle — a package spans at most a number of tracks",
    "rule.no_bundle.breaks": (
        "A package breaks it when its items span more than the maximum of these tracks.\n"
        "Example: no one-stop package of tariffs, security and energy."
    ),
    "rule.no_bundle.how": (
        "Tick the tracks, then how many of them one package may span at most (fewer than the tracks ticked)."
    ),
    "rule.no_bundle.tracks.label": "Tracks:",
    "rule.no_bundle.tracks.name": "Tracks no package may all span",
    "rule.no_bundle.tracks.tip": "Tick at least two tracks; a package may hold items of at most the maximum of them",
    "rule.no_bundle.max.label": "At most:",
    "rule.no_bundle.max.name": "Most tracks a package may span",
    "rule.no_bundle.max.tip": "How many of the ticked tracks one package may span at most",
    "rule.ceiling.name": "Ceiling on a figure",
    "rule.ceiling.meaning": "Ceiling — an item's figure may not go above a value",
    "rule.ceiling.breaks": (
        "A package breaks it when it proposes a figure for the item above this value.\n"
        "Example: no additional defense cost increase."
    ),
    "rule.ceiling.how": (
        "Choose an agenda item: a package may not propose a figure above this value. "
        "An item without a figure yet is marked; type its figure below and it is saved with the rule."
    ),
    "rule.ceiling.item.label": "Agenda item:",
    "rule.ceiling.item.name": "Agenda item whose figure is limited",
    "rule.ceiling.item.tip": "Only an item with a figure can be limited: one marked “no figure” gets its figure below",
    "rule.ceiling.value.label": "At most:",
    "rule.ceiling.value.name": "Ceiling of the figure",
    "rule.ceiling.value.tip": "A number, in the unit of the item's figure",
    "rule.floor.name": "Floor on a figure",
    "rule.floor.meaning": "Floor — an item's figure may not go below a value",
    "rule.floor.breaks": "A package breaks it when it proposes a figure for the item below this value.",
    "rule.floor.how": (
        "Choose an agenda item: a package may not propose a figure below this value. "
        "An item without a figure yet is marked; type its figure below and it is saved with the rule."
    ),
    "rule.floor.item.label": "Agenda item:",
    "rule.floor.item.name": "Agenda item whose figure is limited",
    "rule.floor.item.tip": "Only an item with a figure can be limited: one marked “no figure” gets its figure below",
    "rule.floor.value.label": "At least:",
    "rule.floor.value.name": "Floor of the figure",
    "rule.floor.value.tip": "A number, in the unit of the item's figure",
    "rule.manual.name": "Manual check by a person",
    "rule.manual.meaning": "Manual — checked by a person, never automatically",
    "rule.manual.breaks": (
        "Never checked automatically: the red line is shown for a person to confirm against each package."
    ),
    "rule.manual.how": (
        "Nothing to set. This red line is never checked automatically: it is listed with each package "
        "for a person to confirm."
    ),
    # --- the store's door: one record written by a form, an undo or the store API
    "change.no_dossier": "no such dossier in this store",
    "change.no_target": "no such {target} in this dossier",
    "change.figure_needed": 'red line "{red_line}" sets a limit on it',
    "change.moved": "a record stays in the dossier it was made in",
    "change.id_taken": "a {noun} already has this id",
    "change.weight_twice": "the delegate has a weight for this item already: change that one",
    "doc.weight_twice": "the delegate has another weight for this item: the one listed last counts",
    "change.package_item_moved": (
        "a package item stays with its package and agenda item: remove it and add the other item instead"
    ),
    # --- the author: whose name every change is recorded under
    "author.env": "{problem} (set it to your name, or unset it)",
    # --- times: a note's time or an instant, as a person or a document gives it (negoprep.records.times)
    "time.not_when": (
        "{value} is not a date or date-time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] followed by Z, "
        "an offset such as +09:00, or nothing for this computer's time zone"
    ),
    "time.not_instant": (
        "{value} is not a date-time: YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +09:00, "
        "or nothing for this computer's time zone"
    ),
    "time.skipped": "{value} never happened in this computer's time zone (the clocks skipped it): give its offset",
    "time.out_of_range": "{value} is outside the years 1 to 9999 in UTC",
    "time.other_zone": (
        "{value}: {label} is not this computer's time zone ({local}); give the time with Z or an offset such as +09:00"
    ),
    # --- phrases: parts of a sentence that other entries take as parameters
    "list.and": "{rest} and {last}",
    "list.or": "{rest} or {last}",
    "text.quoted": '"{text}"',
    "text.a": "a {noun}",
    "text.an": "an {noun}",
    # --- merge conflicts: settling one
    "conflict.none": "there is no conflict {id} in {store}",
    "conflict.resolved": 'the conflict on {noun} "{label}" is already resolved',
    "conflict.no_record": "the {noun} of this conflict is not in {store}",
    "conflict.no_field": "{noun} has no field '{field}'",
    # --- fonts: characters of a chart that no installed font can draw
    "font.missing": "no installed font has these characters, the chart shows them as boxes: {chars}",
    "font.no_cjk": (
        "no Korean, Chinese or Japanese font is installed, so the chart shows these characters as boxes: "
        "{chars} (install one, e.g. {package} on Debian or Ubuntu)"
    ),
    "font.more": "{chars} and {count} more",
    # --- merge: a colleague's file whose ids would move a record
    "merge.id_in_two_dossiers": '{noun} "{id}" is in dossier "{here}" here and in "{there}" in {file}',
    "merge.id_two_kinds_there": '"{id}" is both a {noun} and a {other} in {file}',
    "merge.id_two_kinds_here": '"{id}" is a {noun} in {file} and a {other} here',
    "merge.more_collisions": "and {count} more",
    "merge.revision_differs": 'revision "{id}" ({table} "{row}") says something else in {file} than here',
    "merge.revisions_refused": (
        "a revision is one change to one record, the same in every copy, so the file was changed outside "
        "negoprep; nothing was merged"
    ),
    "merge.ids_refused": (
        "a record belongs to one dossier and is of one kind, so its id must be unique across dossiers "
        "and kinds; nothing was merged (ask for a copy whose records have ids of their own, "
        "e.g. with a short name of the dossier before each)"
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong: a code from `CATALOGUE` and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    where: str = ""  # where the problem is, e.g. 'notes[3] "Dinner"' or 'agenda item "Tariffs"'
    field: str = ""  # which field of it, e.g. "priority" (a JSON key) or "Priority" (a label)

    def at(self, where: str) -> Problem:
        """The same problem, placed (an existing place is kept after the new one)."""
        return replace(self, where=f"{where} {self.where}".strip() if self.where else where)

    def on(self, name: str) -> Problem:
        """The same problem, of a field (an existing field name is kept, as the part of it)."""
        return replace(self, field=f"{name}.{self.field}" if self.field else name)

    def __str__(self) -> str:
        return words(self)


def problem(code: str, where: str = "", **params: Any) -> Problem:
    """Shorthand: ``problem("value.too_long", limit=200)``."""
    if code not in CATALOGUE:
        raise KeyError(f"no problem {code!r} in the catalogue")
    return Problem(code, params, where)


#: the width of a text value quoted in a problem's words (negoprep.echo)
VALUE_WIDTH = 80
#: parameters that hold a record's noun ("agenda item"): said in the catalogue's language
NOUN_PARAMS = frozenset({"noun", "other", "target"})
#: parameters that name a file: said whole (a person needs all of it to find the file; the
#: system bounds its length), on one line
FILE_PARAMS = frozenset({"file", "path"})


def _shown(value: Any, catalogue: Mapping[str, str] | None, key: str = "") -> str:
    if key in NOUN_PARAMS and isinstance(value, str) and catalogue is None:
        return translate("records", value)
    if isinstance(value, Problem):
        return words(value, catalogue)
    if isinstance(value, list | tuple):
        return ", ".join(_shown(v, catalogue) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    if key in FILE_PARAMS:
        return terminal.shown(str(value))
    if isinstance(value, str):
        return echoed(value, VALUE_WIDTH)  # (what a person typed or a file holds, quoted back: one line)
    return str(value)


def words(
    found: Problem,
    catalogue: Mapping[str, str] | None = None,
    place: Callable[[str], str] | None = None,
) -> str:
    """The problem in words: ``where: 'field' text``, from `catalogue` (by default the
    catalogue in the installed language)."""
    if catalogue is None:
        template = translate("Problem", CATALOGUE[found.code])
    else:
        template = catalogue.get(found.code) or CATALOGUE[found.code]
    text = template.format_map({k: _shown(v, catalogue, k) for k, v in found.params.items()})
    if found.field:
        text = f"'{found.field}' {text}"
    where = place(found.where) if place and found.where else found.where
    return f"{where}: {text}" if where else text


def _joined(code: str, values: Sequence[Any]) -> Any:
    if len(values) <= 1:
        return values[0] if values else ""
    return Problem(code, {"rest": list(values[:-1]), "last": values[-1]})


def all_of(values: Sequence[Any]) -> Any:
    """Values as one phrase, all of them: "A, B and C" (one value is itself)."""
    return _joined("list.and", values)


def any_of(values: Sequence[Any]) -> Any:
    """Values as one phrase, any of them: "A, B or C" (one value is itself)."""
    return _joined("list.or", values)


def a_noun(noun: str) -> Problem:
    """A record noun with its indefinite article ("an agenda item"), as the language says it."""
    return Problem("text.an" if noun[:1] in ("a", "e", "i", "o", "u") else "text.a", {"noun": noun})


def quoted(text: Any) -> Problem:
    """A name quoted as the catalogue quotes it, e.g. a title inside a sentence."""
    return Problem("text.quoted", {"text": text})


def all_words(found: Iterable[Problem]) -> list[str]:
    """Every problem in words, in order."""
    return [words(p) for p in found]
