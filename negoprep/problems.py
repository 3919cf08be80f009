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
from dataclasses import dataclass, field
from typing import Any

#: code → English template; ``{name}`` takes the parameter of that name. Sections by area.
CATALOGUE: dict[str, str] = {
    # --- values: one field's value, wherever it comes from
    "value.null": "must not be null",
    "value.required": "is required",
    "value.not_text": "must be text",
    "value.not_utf8": "text is not valid UTF-8",
    "value.surrogate": "text holds a lone surrogate ({char}), which is not Unicode text",
    "value.control": "text holds the control character {char}",
    "value.too_long": "is longer than {limit} characters",
    "value.not_id": "must be an id: 1 to {limit} printable characters without spaces at either end",
    "value.not_choice": '"{value}" is not one of {choices}',
    "value.not_bool": "must be true or false",
    "value.not_int": "must be a whole number",
    "value.not_number": "must be a number",
    "value.not_finite": "must be a finite number within ±1e15",
    "value.out_of_range": "must be between {low} and {high}, not {value}",
    "value.not_date": "{value} is not a date (YYYY-MM-DD)",
    "value.not_time": "{value} is not a date or a time (YYYY-MM-DD or YYYY-MM-DDTHH:MM, with a zone or Z)",
    "value.not_object": "must be an object",
    "value.unknown_key": "has an unknown key '{key}'",
    "value.figure_value": "needs a numeric 'value'",
    # --- JSON documents
    "doc.syntax": "not valid JSON at line {line}, column {column}: {message}",
    "doc.not_json_number": "not valid JSON: {value} is not a number JSON allows",
    "doc.huge_number": "not valid JSON for negoprep: a number with {digits} digits",
    "doc.too_deep": "not valid JSON: nested too deeply",
    "doc.duplicate_key": "the key '{key}' appears twice in one object",
    "doc.not_object": "the document must be a JSON object",
    # --- merge: a colleague's file whose ids would move a record
    "merge.id_in_two_dossiers": '{noun} "{id}" is in dossier "{here}" here and in "{there}" in {file}',
    "merge.id_two_kinds_there": '"{id}" is both a {noun} and a {other} in {file}',
    "merge.id_two_kinds_here": '"{id}" is a {noun} in {file} and a {other} here',
    "merge.more_collisions": "and {count} more",
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
    where: str = ""  # where the problem is, e.g. 'notes[3] "Dinner"' or "notes.text of n-1"

    def at(self, where: str) -> Problem:
        """The same problem, placed (an existing place is kept after the new one)."""
        return Problem(self.code, self.params, f"{where} {self.where}".strip() if self.where else where)

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
    """The problem in words: ``where: text``, from `catalogue` (English by default)."""
    template = (catalogue or CATALOGUE).get(found.code) or CATALOGUE[found.code]
    text = template.format_map({k: _shown(v) for k, v in found.params.items()})
    where = place(found.where) if place and found.where else found.where
    return f"{where}: {text}" if where else text


def all_words(found: Iterable[Problem]) -> list[str]:
    """Every problem in words, in order."""
    return [words(p) for p in found]
