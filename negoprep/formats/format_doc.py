"""The field tables of docs/dossier-format.md, written from the record declarations.

The prose of the format's documentation is written by hand; each table of a section's fields
lies between `<!-- fields: KEY -->` and `<!-- /fields -->` and is generated here, so that the
documentation lists exactly the fields, types, defaults and meanings that load and dump use.
`python -m negoprep.formats.format_doc docs/dossier-format.md` rewrites the tables in place;
a test fails when the committed file differs.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from negoprep.formats.dossier_json import (
    CHECKLIST_ITEMS,
    DEMANDS,
    DOSSIER,
    PACKAGE_ITEMS,
    SECTIONS,
    Section,
    document_keys,
)
from negoprep.records import model

#: Every table by its marker's key: the document's sections, and the two nested lists.
TABLES: dict[str, Section] = {
    DOSSIER.key: DOSSIER,
    **{s.key: s for s in SECTIONS},
    "package_items": PACKAGE_ITEMS,
    "checklist_items": CHECKLIST_ITEMS,
    "constituency_demands": DEMANDS,
}

_MARKED = re.compile(r"(<!-- fields: (\w+) -->\n)(.*?)(<!-- /fields -->)", re.S)


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _range(spec: model.Spec) -> str:
    if spec.low is None or spec.high is None:
        return ""
    return f" {spec.low:g}–{spec.high:g}"


def _type(spec: model.Spec) -> str:
    """The type column: what a value of the field may be."""
    words = {
        "id": "id",
        "ref": "id",
        "text": "text",
        "int": "whole number" + _range(spec),
        "number": "number" + _range(spec),
        "bool": "boolean",
        "date": "date",
        "at": "date, date-time",
        "rule": "object",
        "instant": "date-time",
    }
    if spec.kind == "enum":
        shown = _or([f"`{json.dumps(c)}`" for c in spec.choices] + (["null"] if spec.nullable else []))
    else:
        shown = words[spec.kind] + (" or null" if spec.nullable else "")
    return shown + (", **required**" if spec.required else "")


def _value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def _row(key: str, columns: list[model.Column], noun: str) -> str:
    first = columns[0]
    if first.spec.group and first.spec.nullable:
        inner = ", ".join(f'"{c.key}": {_type(c.spec)}' + (" (required)" if c is first else "") for c in columns)
        meaning = (
            f'{first.spec.help} As an object: `{{{inner}}}`; the others default to `""`. `null` is the same '
            f'as `{{"{first.key}": null}}`; a dump writes `null` unless the object says more than that.'
        )
        return f"| `{key}` | object or null | `null` | {meaning} |"
    if first.spec.group:
        inner = ", ".join(f'"{c.key}": {_type(c.spec)} (default {json.dumps(c.default)})' for c in columns)
        said = " ".join(f"`{c.key}`: {c.spec.help}" for c in columns)
        meaning = (
            f"{model.GROUPS[first.spec.group][1]} As an object: `{{{inner}}}`, each key optional. {said} "
            "A key left out takes its default; `null` is every key at its default; a dump writes `null` unless the "
            "object says more than that."
        )
        return f"| `{key}` | object or null | `null` | {meaning} |"
    default = "" if first.spec.required else _value(first.default)
    meaning = first.spec.help or (f"The {noun} id." if first.spec.kind == "id" else "")
    if first.spec.kind == "ref":
        meaning += " *Checked by load.*"
    if first.spec.kind == "rule":
        meaning += " See [Red-line rules](#red-line-rules)."
    return f"| `{key}` | {_type(first.spec)} | {default} | {meaning} |"


def field_table(section: Section) -> str:
    """The Markdown table of one section's fields, in the order dump writes them."""
    lines = ["| field | type | default | meaning |", "| --- | --- | --- | --- |"]
    lines += [
        _row(k, cs, section.type.noun) for k, cs in document_keys(section.type, with_id=not section.derived_id).items()
    ]
    if section.child is not None:
        lines.append(f"| `{section.child.key}` | list | `[]` | The {section.child.type.nouns()}, in display order. |")
    return "\n".join(lines) + "\n"


def rewritten(text: str) -> str:
    """`text` (the format's documentation) with every marked table written anew.

    Raises KeyError for a marker naming no table."""
    return _MARKED.sub(lambda m: m.group(1) + field_table(TABLES[m.group(2)]) + m.group(4), text)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m negoprep.formats.format_doc docs/dossier-format.md\n")
        return 2
    path = Path(args[0])
    path.write_text(rewritten(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
