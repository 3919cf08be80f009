"""Problems as data: the core says what is wrong with a code and parameters; this catalogue
turns them into words, the one place where a problem's wording lives.

A `Problem` is what every check of the core returns (a document being loaded, a received
file, a form's value, a red-line rule, a merge). The command line and the window call
`words()` on it; the wording of every code is in `CATALOGUE`, so that a translation
replaces the catalogue and nothing else. Parameters are plain values (text, numbers, lists
of text); a parameter named ``where`` says where in a document or file the problem is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

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
    "value.rule_too_long": "is a rule longer than {limit} characters",
    "value.rule_too_deep": "is nested deeper than {limit} levels",
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
    # --- red-line rules
    "rule.words": "{text}",
    # --- the store's door: one record written by a form, an undo or the store API
    "change.no_dossier": "no such dossier in this store",
    "change.no_target": "no such {target} in this dossier",
    "change.figure_needed": 'red line "{red_line}" sets a limit on it',
    "change.moved": "a record stays in the dossier it was made in",
    "change.id_taken": "a {noun} already has this id",
    # --- the author: whose name every change is recorded under
    "author.env": "{problem} (set it to your name, or unset it)",
    # --- times: a note's time or an instant, as a person or a document gives it (negoprep.times)
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


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    return str(value)


def words(
    found: Problem,
    catalogue: Mapping[str, str] | None = None,
    place: Callable[[str], str] | None = None,
) -> str:
    """The problem in words: ``where: 'field' text``, from `catalogue` (English by default)."""
    template = (catalogue or CATALOGUE).get(found.code) or CATALOGUE[found.code]
    text = template.format_map({k: _shown(v) for k, v in found.params.items()})
    if found.field:
        text = f"'{found.field}' {text}"
    where = place(found.where) if place and found.where else found.where
    return f"{where}: {text}" if where else text


def all_words(found: Iterable[Problem]) -> list[str]:
    """Every problem in words, in order."""
    return [words(p) for p in found]
