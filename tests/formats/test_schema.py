"""docs/dossier.schema.json accepts what negoprep writes and reads, and refuses what it refuses."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from negoprep.errors import DocumentError
from negoprep.formats import format_doc
from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import both_demos

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "dossier.schema.json").read_text(encoding="utf-8"))
FORMAT_DOC = (DOCS / "dossier-format.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(SCHEMA)
    return Draft202012Validator(SCHEMA)


def errors(validator: Draft202012Validator, doc: Any) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]


def edits_document(demo_doc: dict[str, Any]) -> dict[str, Any]:
    """Edits to the demo: records with only an id and "deleted": true, and records with only
    the fields that change."""
    package = demo_doc["packages"][0]
    checklist = demo_doc["checklists"][0]
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": demo_doc["dossier"]["id"]},
        "agenda_items": [{"id": demo_doc["agenda_items"][0]["id"], "status": "tabled", "priority": 4}],
        "talking_points": [{"id": demo_doc["talking_points"][0]["id"], "deleted": True}],
        "figures": [{"id": demo_doc["figures"][0]["id"], "deleted": True}],
        "packages": [
            {
                "id": package["id"],
                "items": [
                    {"agenda_item": package["items"][0]["agenda_item"], "deleted": True},
                    {"agenda_item": package["items"][1]["agenda_item"], "value": 3},
                ],
            }
        ],
        "checklists": [{"id": checklist["id"], "items": [{"id": checklist["items"][0]["id"], "done": False}]}],
        "notes": [{"id": "n-new", "text": "Added by an edit"}],
    }


@both_demos
def test_seed_validates(validator: Draft202012Validator, demo_doc: dict) -> None:
    assert errors(validator, demo_doc) == []


@both_demos
def test_dump_of_the_demo_validates(validator: Draft202012Validator, demo_store: Store, demo_doc: dict) -> None:
    dumped = demo_store.dump(demo_doc["dossier"]["id"])
    assert dumped["agenda_items"]  # a real dossier, not an empty shell
    assert errors(validator, dumped) == []


@both_demos
def test_edits_document_validates_and_loads(validator: Draft202012Validator, demo_store: Store, demo_doc: dict) -> None:
    doc = edits_document(demo_doc)
    assert errors(validator, doc) == []
    result = demo_store.load(doc)  # and it is a document load accepts
    assert (result.added, result.changed, result.deleted) == (1, 3, 3)


def test_new_record_with_only_an_id_is_left_to_load(
    validator: Draft202012Validator, demo_store: Store, demo_doc: dict
) -> None:
    """The schema cannot tell a new record from an existing one; load refuses a new record
    without its required fields, as the format document says."""
    doc = {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": demo_doc["dossier"]["id"]},
        "tracks": [{"id": "t-new"}],
    }
    assert errors(validator, doc) == []
    with pytest.raises(DocumentError, match=r"tracks\[0\] \"t-new\": missing key 'name'"):
        demo_store.load(doc)
    assert "must be present in a new record (*checked by load*)" in FORMAT_DOC


def _json_blocks(text: str) -> list[str]:
    return re.findall(r"```json\n(.*?)```", text, flags=re.S)


def test_examples_of_the_format_document_validate(validator: Draft202012Validator) -> None:
    blocks = _json_blocks(FORMAT_DOC)
    documents = []
    for block in blocks:
        try:
            parsed = json.loads(block)
        except json.JSONDecodeError:
            continue  # the block of rule examples: one object per line
        if isinstance(parsed, dict) and "format" in parsed:
            documents.append(parsed)
    assert len(documents) == 2  # the short example and the edits example
    for doc in documents:
        assert errors(validator, doc) == []
    rules = [json.loads(line) for b in blocks for line in b.splitlines() if line.strip().startswith('{ "kind"')]
    assert {r["kind"] for r in rules} == {"no_linkage", "not_a_card", "no_bundle", "ceiling", "floor", "manual"}
    rule_validator = Draft202012Validator({"$ref": "#/$defs/rule", "$defs": SCHEMA["$defs"]})
    for rule in rules:
        assert list(rule_validator.iter_errors(rule)) == []


@pytest.mark.parametrize(
    ("path", "key", "value"),
    [
        ((), "extra", 1),
        (("dossier",), "colour", "red"),
        (("dossier",), "deleted", True),
        (("agenda_items", 0), "colour", "red"),
        (("agenda_items", 3, "figure"), "currency", "USD"),
        (("red_lines", 0, "rule"), "max", 2),
        (("packages", 0, "items", 0), "id", "x"),
        (("checklists", 0, "items", 0), "colour", "red"),
    ],
)
def test_schema_rejects_an_unknown_key(
    validator: Draft202012Validator, demo_doc: dict, path: tuple[Any, ...], key: str, value: Any
) -> None:
    doc = copy.deepcopy(demo_doc)
    record: Any = doc
    for step in path:
        record = record[step]
    assert key not in record
    record[key] = value
    assert errors(validator, doc) != []


@pytest.mark.parametrize(
    ("path", "key", "value"),
    [
        (("agenda_items", 0), "stance", "aggressive"),
        (("agenda_items", 0), "status", "Open"),
        (("participants", 0), "side", "neutral"),
        (("talking_points", 0), "kind", "speech"),
        (("red_lines", 0), "severity", "soft"),
        (("packages", 0, "items", 0), "role", "take"),
        (("red_lines", 0, "rule"), "kind", "maximum"),
    ],
)
def test_schema_rejects_a_bad_enum(
    validator: Draft202012Validator, demo_doc: dict, path: tuple[Any, ...], key: str, value: Any
) -> None:
    doc = copy.deepcopy(demo_doc)
    record: Any = doc
    for step in path:
        record = record[step]
    record[key] = value
    found = errors(validator, doc)
    assert found != []
    assert all(f"$.{path[0]}[{path[1]}]" in e for e in found)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format="negoprep-dosier"),
        lambda d: d.update(version=2),
        lambda d: d.pop("dossier"),
        lambda d: d["agenda_items"][0].update(priority=6),
        lambda d: d["agenda_items"][0].update(priority="5"),
        lambda d: d["agenda_items"][0].update(weight=101),
        lambda d: d["dossier"].update(starts_on="24 April"),
        lambda d: d["notes"][0].update(at="2025-04-20 15:00"),
        lambda d: d["tracks"][0].update(name=None),
        lambda d: d["tracks"][0].pop("id"),
        lambda d: d["packages"][0]["items"][0].pop("agenda_item"),
        lambda d: d["red_lines"][0]["rule"].update(between=[["t-a"]]),
    ],
)
def test_schema_rejects_other_bad_documents(validator: Draft202012Validator, demo_doc: dict, change: Any) -> None:
    doc = copy.deepcopy(demo_doc)
    change(doc)
    assert errors(validator, doc) != []


def test_the_committed_schema_is_the_generated_one() -> None:
    from negoprep.formats.schema import document_schema

    assert document_schema() == SCHEMA, "run: python -m negoprep.formats.schema > docs/dossier.schema.json"


def test_the_format_doc_tables_are_the_generated_ones() -> None:
    text = (DOCS / "dossier-format.md").read_text(encoding="utf-8")
    assert format_doc.rewritten(text) == text, "run: python -m negoprep.formats.format_doc docs/dossier-format.md"


def test_the_format_doc_has_a_table_for_every_section() -> None:
    text = (DOCS / "dossier-format.md").read_text(encoding="utf-8")
    assert sorted(m.group(2) for m in format_doc._MARKED.finditer(text)) == sorted(format_doc.TABLES)


def test_a_new_field_shows_in_the_format_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables follow the declarations: a field declared on a record type is listed."""
    extra = model.Column("treaty_article", model.Spec("text", "Treaty article", "The article the item rests on."), "")
    declared = model.AgendaItem.declared()
    monkeypatch.setattr(model.AgendaItem, "declared", classmethod(lambda cls: (*declared, extra)))
    table = format_doc.field_table(format_doc.TABLES["agenda_items"])
    assert table.splitlines()[-1] == '| `treaty_article` | text | `""` | The article the item rests on. |'


def test_every_rule_kind_is_in_the_schema_with_exactly_its_parameters() -> None:
    """The schema's rules come from the registry of rule kinds: each kind, its parameters (no
    others) and which of them are required."""
    from negoprep.formats import schema
    from negoprep.redlines.rules import KINDS, ParamType

    defs = SCHEMA["$defs"]
    listed = [choice["$ref"].removeprefix("#/$defs/") for choice in defs["rule"]["oneOf"]]
    assert listed == [schema.rule_def_name(kind) for kind in KINDS.values()]
    for kind, name in zip(KINDS.values(), listed, strict=True):
        rule = defs[name]
        assert rule["properties"]["kind"]["const"] == kind.name
        assert list(rule["properties"]) == ["kind", *(p.name for p in kind.params)]
        assert rule["required"] == ["kind", *(p.name for p in kind.params if p.required)]
        assert rule["additionalProperties"] is False
        for param in kind.params:
            shown = rule["properties"][param.name]
            wanted = {
                ParamType.TRACKS: "array",
                ParamType.ITEM: None,
                ParamType.NUMBER: "number",
                ParamType.WHOLE: "integer",
            }[param.type]
            assert shown.get("type") == wanted, (kind.name, param.name)
            assert shown["description"]


def test_the_rules_are_not_written_by_hand() -> None:
    parts = json.loads(
        (Path(__file__).resolve().parents[2] / "negoprep" / "formats" / "schema_parts.json").read_text("utf-8")
    )
    assert not [name for name in parts if name.startswith("rule")]


@pytest.mark.parametrize("bad_id", ["a\tb", "n-\u202e1", "two\nlines", "   ", "x\u2028y"], ids=repr)
def test_the_schema_refuses_an_id_load_refuses(validator: Draft202012Validator, demo_doc: dict, bad_id: str) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["notes"][0]["id"] = bad_id
    assert errors(validator, doc) != []
