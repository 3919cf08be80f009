"""The JSON Schema of the dossier format, generated from the record declarations
(negoprep.records.model) so that it can never say something the reader does not do.

    python -m negoprep.formats.schema > docs/dossier.schema.json

The kinds of value shared by many fields (ids, dates) are fixed parts (schema_parts.json);
every record's properties come from its declared fields, and the red-line rules from the
registry of rule kinds (negoprep.redlines.rules: each kind's parameters), with the words of
the catalogue (negoprep.records.problems).
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from typing import Any

from negoprep.formats import dossier_json
from negoprep.formats.dossier_json import DOSSIER, SECTIONS, Section
from negoprep.records import model
from negoprep.records.numbers import MAX_NUMBER
from negoprep.records.problems import CATALOGUE, problem, words
from negoprep.redlines.rules import KINDS, Param, ParamType, RuleKind

_REQUIRED = " Required in a new record (checked by load); in a document of edits it may be left out."
_SECTION_HELP = {
    "tracks": "The issue areas.",
    "participants": "The roster of every side.",
    "agenda_items": "The issues on the agenda.",
    "talking_points": "Lines per agenda item.",
    "red_lines": "Our red lines and their rules.",
    "packages": "Proposed deals.",
    "checklists": "Task lists.",
    "figures": "Data points for charts.",
    "notes": "Meeting and session notes.",
    "rounds": "The rounds of the talks.",
    "offers": "Whole packages tabled by one side in a round, and what became of them.",
    "constituencies": "The domestic win-set: who at home must accept a deal, and what each demands.",
    "team_weights": "Each delegate's own issue weights.",
}


def _def_name(rtype: type[model.Record]) -> str:
    words = rtype.noun.split()
    return words[0] + "".join(w.capitalize() for w in words[1:])


def _value(column: model.Column) -> dict[str, Any]:
    spec = column.spec
    kind = spec.kind
    out: dict[str, Any]
    if kind in ("id", "ref"):
        out = {"$ref": "#/$defs/idOrNull" if spec.nullable else "#/$defs/id"}
    elif kind == "text":
        out = {"type": "string", "maxLength": dossier_json.MAX_TEXT}
    elif kind in ("int", "number"):
        name = "integer" if kind == "int" else "number"
        out = {"type": [name, "null"] if spec.nullable else name}
        if spec.low is not None:
            out["minimum"] = spec.low
        if spec.high is not None:
            out["maximum"] = spec.high
    elif kind == "enum":
        out = {"enum": [*spec.choices, None] if spec.nullable else list(spec.choices)}
    elif kind == "bool":
        out = {"type": "boolean"}
    elif kind == "date":
        out = {"$ref": "#/$defs/dateOrNull"}
    elif kind == "at":
        out = {"oneOf": [{"$ref": "#/$defs/date"}, {"$ref": "#/$defs/dateTime"}, {"type": "null"}]}
    elif kind == "rule":
        out = {"$ref": "#/$defs/rule"}
    else:
        raise AssertionError(kind)
    if not spec.required and kind != "id":
        out["default"] = column.default if kind != "rule" else {"kind": "manual"}
    out["description"] = (spec.help or column.label) + (_REQUIRED if spec.required and kind != "id" else "")
    return out


def _record(section: Section[model.Record]) -> dict[str, Any]:
    rtype = section.type
    properties: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for key, columns in dossier_json.document_keys(rtype, with_id=not section.derived_id).items():
        if columns[0].spec.group:
            title, description = model.GROUPS[columns[0].spec.group]
            first, *rest = title.split()
            name = first.lower() + "".join(w.capitalize() for w in rest)
            groups[name] = {
                "title": title,
                "description": description,
                "type": "object",
                "properties": {c.key: _value(c) for c in columns},
                # (an object must give a first field that may be null: the key figure's value)
                "required": [columns[0].key] if columns[0].spec.nullable else [],
                "additionalProperties": False,
            }
            for c in columns:
                if columns[0].spec.nullable:
                    groups[name]["properties"][c.key].pop("default", None)
            properties[key] = {
                "description": f"The {rtype.noun}'s {title.lower()}, or null"
                + ("." if columns[0].spec.nullable else " (every field at its default)."),
                "default": None,
                "oneOf": [{"$ref": f"#/$defs/{name}"}, {"type": "null"}],
            }
        else:
            properties[key] = _value(columns[0])
    if section.child is not None:
        properties[section.list_key] = {
            "type": "array",
            "items": {"$ref": f"#/$defs/{_def_name(section.child.type)}"},
            "default": [],
            "description": (section.child.type.__doc__ or "").strip(),
        }
    if section is not DOSSIER:
        properties["deleted"] = {"$ref": "#/$defs/deleted"}
    out = {
        "title": rtype.noun.capitalize(),
        "description": (rtype.__doc__ or "").strip(),
        "type": "object",
        "properties": properties,
        "required": ["agenda_item"] if section.derived_id else ["id"],
        "additionalProperties": False,
    }
    return {_def_name(rtype): out, **groups}


def rule_def_name(kind: RuleKind) -> str:
    """The name of a kind of rule's definition, e.g. "ruleNoLinkage"."""
    return "rule" + "".join(part.capitalize() for part in kind.name.split("_"))


def _said(code: str) -> str:
    """A sentence of the catalogue, as a description: its first line, ending with a full stop."""
    text = words(problem(code)).split("\n")[0].rstrip(".:")
    return text + "."


def _track_ids(least: int, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "array", "items": {"$ref": "#/$defs/id"}, "uniqueItems": True}
    if least:
        out["minItems"] = least
    out["description"] = what
    return out


def _param(kind: RuleKind, param: Param) -> dict[str, Any]:
    base = f"rule.{kind.name}.{param.name}"
    name = words(problem(f"{base}.name")) if f"{base}.name" in CATALOGUE else param.name
    out: dict[str, Any]
    if param.type is ParamType.TRACKS and param.groups:  # (a list of groups, each a list)
        groups = [
            _track_ids(1, f"{words(problem(f'{base}.{n}.name'))}: a non-empty group of track ids of this dossier.")
            for n in range(1, param.groups + 1)
        ]
        out = {"type": "array", "minItems": param.groups, "maxItems": param.groups, "prefixItems": groups}
        out["items"] = False
        out["description"] = f"Exactly {param.groups} non-empty, disjoint groups of track ids of this dossier."
    elif param.type is ParamType.TRACKS:
        least = f", at least {param.least}" if param.least else ""
        out = _track_ids(param.least, f"{name}: track ids of this dossier{least}.")
    elif param.type is ParamType.ITEM:
        figure = " with a figure" if param.with_figure else ""
        out = {"$ref": "#/$defs/id", "description": f"{name}: the id of an agenda item of this dossier{figure}."}
    elif param.type is ParamType.NUMBER:
        unit = f", in the unit of the figure of the agenda item '{param.unit_of}'" if param.unit_of else ""
        limit = int(MAX_NUMBER)
        out = {"type": "number", "minimum": -limit, "maximum": limit, "description": f"{name}{unit}."}
    else:
        below = f", less than the number of tracks of '{param.below}'" if param.below else ""
        out = {"type": "integer", "minimum": param.least, "description": f"{name}: at least {param.least}{below}."}
    if not param.required and "optional" not in out["description"]:
        out["description"] = out["description"].removesuffix(".") + " (optional)."
        if param.type is ParamType.TRACKS:
            out["default"] = []
    return out


def _rule_defs() -> dict[str, Any]:
    """A definition of every kind of rule in the registry, and of a rule (any one of them)."""
    defs: dict[str, Any] = {}
    for kind in KINDS.values():
        properties: dict[str, Any] = {"kind": {"const": kind.name, "description": f'The rule kind: "{kind.name}".'}}
        properties.update({param.name: _param(kind, param) for param in kind.params})
        defs[rule_def_name(kind)] = {
            "title": f"Rule {kind.name}",
            "description": f"{_said(f'rule.{kind.name}.meaning')} {_said(f'rule.{kind.name}.breaks')}",
            "type": "object",
            "properties": properties,
            "required": ["kind", *(p.name for p in kind.params if p.required)],
            "additionalProperties": False,
        }
    defs["rule"] = {
        "title": "Red-line rule",
        "description": f"The machine-checkable form of a red line, one of {len(KINDS)} kinds.",
        "oneOf": [{"$ref": f"#/$defs/{rule_def_name(kind)}"} for kind in KINDS.values()],
    }
    return defs


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dossier document, as a dict."""
    defs: dict[str, Any] = json.loads(
        resources.files("negoprep.formats").joinpath("schema_parts.json").read_text("utf-8")
    )
    defs.update(_rule_defs())
    for section in (DOSSIER, *SECTIONS, *(s.child for s in SECTIONS if s.child is not None)):
        defs.update(_record(section))
    properties: dict[str, Any] = {
        "format": {"const": dossier_json.FORMAT, "description": f'Always "{dossier_json.FORMAT}".'},
        "version": {"const": dossier_json.VERSION, "description": f"Format version; always {dossier_json.VERSION}."},
        "dossier": {"$ref": "#/$defs/dossier", "description": "The negotiation itself."},
    }
    for section in SECTIONS:
        properties[section.key] = {
            "type": "array",
            "items": {"$ref": f"#/$defs/{_def_name(section.type)}"},
            "default": [],
            "description": f"{_SECTION_HELP[section.key]} List order is display order.",
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://negoprep.invalid/dossier.schema.json",
        "title": f"negoprep dossier document, version {dossier_json.VERSION}",
        "description": (
            "One dossier (one negotiation) as used by the bundled seeds, `negoprep dump` and `negoprep load`. "
            "A full document (as dump writes it) has every key; a document of edits to an existing dossier may "
            'leave out sections, may give a record only the fields that change and may mark records "deleted": '
            'true. So a record here needs only its "id" (a package item only its "agenda_item"); the required '
            "fields of a new record are checked by the app when it loads the document. Unknown keys are refused. "
            "See docs/dossier-format.md. Some rules cannot be expressed here and are checked by the app: "
            "references must point to records of the same dossier, ids are unique in the whole store, text holds "
            "no control characters but tab and line ends, no_linkage groups are disjoint, no_bundle max is below "
            "the number of tracks, the agenda item of a ceiling or floor has a key figure, a package holds an "
            "agenda item at most once, dates exist."
        ),
        "type": "object",
        "properties": properties,
        "required": ["format", "version", "dossier"],
        "additionalProperties": False,
        "$defs": defs,
    }


def main() -> int:
    sys.stdout.write(json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
