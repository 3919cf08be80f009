"""Properties of every declared field of every record type (negoprep.records.model), with values
drawn from each field's `Spec` (tests/declared.py): so a field added to the model is covered
here without a change to these tests.

1. Every field round-trips through load → dump and through the store (put → get), coming back
   as negoprep keeps it (text in NFC with LF line ends, a note's time in UTC).
2. No text of a deleted record survives anywhere in the bytes of an export.
3. `load` and `verify` agree on every value of every field: a value `load` refuses, planted in a
   store file's row or revision snapshot, is refused by `verify`; a value `load` keeps is
   accepted there.
"""

from __future__ import annotations

import contextlib
import copy
import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from negoprep.errors import DocumentError
from negoprep.formats import dossier_json
from negoprep.records import model, values
from negoprep.records.editing import child_id
from negoprep.store import engine, search_text
from negoprep.store.export import export_store
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError, verify_file
from tests import declared, revision_edit
from tests.conftest import AUTHOR
from tests.planting import in_history

#: reproducible in CI: the same examples on every run, nothing remembered between runs
PROPERTY = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def _records(doc: dict[str, Any]) -> list[tuple[type[model.Record], str, dict[str, Any]]]:
    """(record type, id, document record) of every record of a generated document."""
    out = [(model.Dossier, doc["dossier"]["id"], doc["dossier"])]
    for section in dossier_json.SECTIONS:
        for raw in doc[section.key]:
            out.append((section.type, raw["id"], raw))
            for child in raw.get(section.list_key, ()):
                assert section.child is not None
                record_id = child.get("id") or child_id(section.child.type, raw["id"], child["agenda_item"])
                out.append((section.child.type, record_id, child))
    return out


def _document_value(column: model.Column, raw: dict[str, Any]) -> Any:
    if column.spec.group:
        group = raw[column.spec.group]
        return column.default if group is None else group[column.key]
    return raw[column.key]


# --- 1. round trips -----------------------------------------------------------------------------


@pytest.mark.slow
@settings(PROPERTY, max_examples=25)
@given(doc=declared.documents())
def test_every_field_round_trips_through_load_and_dump(doc: dict[str, Any]) -> None:
    want = declared.expected_document(doc)
    with Store.open(None, AUTHOR) as store:
        store.load(copy.deepcopy(doc))
        dumped = store.dump(doc["dossier"]["id"])
        assert dumped == want
        # the store holds each field as the document gave it, normalised
        for rtype, record_id, raw in _records(doc):
            stored = store.get(rtype, record_id)
            assert stored is not None
            for column in dossier_json.document_columns(rtype, with_id=False):
                assert getattr(stored, column.name) == declared.expected(column, _document_value(column, raw)), (
                    rtype.table,
                    column.name,
                )
        # and the dump loads again to the same document, changing nothing
        again = store.load(json.loads(json.dumps(dumped)))
        assert (again.added, again.changed, again.deleted) == (0, 0, 0)


def test_a_figure_unit_without_a_number_survives_a_dump_and_its_load() -> None:
    """A form lets the number of a key figure be none while its unit and source stay: the
    dump says so (the figure's object with a null value), and loading it keeps them."""
    doc, _ = declared.base_documents()
    with Store.open(None, AUTHOR) as store:
        store.load(doc)
        item = store.get(model.AgendaItem, "agenda_items-1")
        store.put(replace(item, figure_value=None, figure_unit="USD bn", figure_source="KITA"))
        dumped = store.dump(doc["dossier"]["id"])
        assert dumped["agenda_items"][1]["figure"] == {"value": None, "unit": "USD bn", "source": "KITA"}
        result = store.load(json.loads(json.dumps(dumped)))
        assert (result.added, result.changed, result.deleted) == (0, 0, 0)
        kept = store.get(model.AgendaItem, "agenda_items-1")
        assert (kept.figure_value, kept.figure_unit, kept.figure_source) == (None, "USD bn", "KITA")
        item = store.get(model.AgendaItem, "agenda_items-0")
        store.put(replace(item, figure_value=None, figure_unit="", figure_source=""))
        assert store.dump(doc["dossier"]["id"])["agenda_items"][0]["figure"] is None  # nothing to say: null


@st.composite
def _puts(draw: st.DrawFn) -> list[tuple[type[model.Record], str, dict[str, Any]]]:
    """New values for every field (its id, dossier and parent left) of one record of each type
    of the base dossier."""
    doc, _ = declared.base_documents()
    pools: dict[str, list[str]] = {s.type.table: [r["id"] for r in doc[s.key]] for s in dossier_json.SECTIONS}
    pools[declared.WITH_FIGURE] = []  # (an item's figure may go: no rule may need one)
    out = []
    for section, parent in [(dossier_json.DOSSIER, None), *declared.ALL_SECTIONS]:
        record_id = doc["dossier"]["id"] if parent is None and section is dossier_json.DOSSIER else None
        record_id = record_id or declared.target_id(doc, section, parent)
        changes = {}
        for column in section.type.declared():
            spec = column.spec
            if column.name in model.BOOKKEEPING or column.name == "id" or (spec.key is None and spec.kind == "ref"):
                continue  # (what the store fills in, and the record's place: its dossier, its parent)
            if section.derived_id and spec.kind == "ref" and spec.required:
                continue  # (what its id is made from: another target is another record)
            if section.type is model.TeamWeight and spec.kind == "ref":
                continue  # (another delegate or item could be one that has a weight already)
            changes[column.name] = draw(declared.valid(column, pools, typed=True))
        if section.type is model.Demand and None not in (changes["min_value"], changes["max_value"]):
            low, high = sorted((changes["min_value"], changes["max_value"]))  # (one no figure meets is refused)
            changes.update(min_value=low, max_value=high)
        out.append((section.type, record_id, changes))
    return out


@pytest.mark.slow
@settings(PROPERTY, max_examples=20)
@given(puts=_puts())
def test_every_field_round_trips_through_the_store(puts: list[tuple[type[model.Record], str, dict[str, Any]]]) -> None:
    doc, _ = declared.base_documents()
    with Store.open(None, AUTHOR) as store:
        store.load(doc)
        for rtype, record_id, changes in puts:
            before = store.get(rtype, record_id)
            assert before is not None
            store.put(replace(before, **changes))
            stored = store.get(rtype, record_id)
            for name, value in changes.items():
                assert getattr(stored, name) == declared.expected(rtype.column(name), value), (rtype.table, name)
        # what the store holds, a dump says whole: loaded into another store, every field is the same
        dumped = store.dump(doc["dossier"]["id"])
        with Store.open(None, AUTHOR) as other:
            other.load(json.loads(json.dumps(dumped)))
            for rtype, record_id, changes in puts:
                mine, theirs = store.get(rtype, record_id), other.get(rtype, record_id)
                assert theirs is not None
                for name in changes:
                    if rtype.column(name).key is not None:
                        assert getattr(theirs, name) == getattr(mine, name), (rtype.table, name)


# --- 2. export blanking -------------------------------------------------------------------------

_ACTIONS = st.sampled_from(["keep", "edit", "delete", "edit then delete"])


class _Marks:
    """Unique words put into every text field, remembered by the record that held them."""

    def __init__(self) -> None:
        self.count = 0
        self.of: dict[tuple[str, str], list[str]] = {}

    def new(self, table: str, record_id: str) -> str:
        self.count += 1
        mark = f"Qzx{self.count:05d}Mark"
        self.of.setdefault((table, record_id), []).append(mark)
        return mark


def _text_columns(rtype: type[model.Record]) -> list[model.Column]:
    return [c for c in rtype.declared() if c.is_text]


@settings(PROPERTY, max_examples=10)
@given(doc=declared.documents(), data=st.data())
def test_no_text_of_a_deleted_record_survives_in_an_export(doc: dict[str, Any], data: st.DataObject) -> None:
    marks = _Marks()
    for rtype, record_id, raw in _records(doc):
        for column in _text_columns(rtype):
            if column.spec.group:
                if raw[column.spec.group] is not None:
                    raw[column.spec.group][column.key] = (
                        marks.new(rtype.table, record_id) + raw[column.spec.group][column.key]
                    )
            else:
                raw[column.key] = marks.new(rtype.table, record_id) + " " + raw[column.key]
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store.db", AUTHOR) as store:
        store.db.conn.execute("PRAGMA synchronous = OFF")  # (what is checked is the content, not its durability)
        store.load(doc)
        records = [(rtype, record_id) for rtype, record_id, _ in _records(doc) if rtype is not model.Dossier]
        for rtype, record_id in records:
            action = data.draw(_ACTIONS, label=f"{rtype.table} {record_id}")
            record = store.get(rtype, record_id)
            if record.deleted:
                continue  # (went with its parent)
            if "edit" in action:
                changes = {c.name: marks.new(rtype.table, record_id) + " again" for c in _text_columns(rtype)}
                if rtype is model.AgendaItem and record.figure_value is None:
                    changes.pop("figure_unit"), changes.pop("figure_source")
                store.put(replace(record, **changes))
            if "delete" in action:
                with contextlib.suppress(InvalidChangeError):  # a deletion the store blocks
                    store.delete(store.get(rtype, record_id))
        if data.draw(st.booleans(), label="delete the dossier"):
            store.delete_dossier(doc["dossier"]["id"])
        out = Path(tmp) / "export.db"
        export_store(store, out)
        exported = out.read_bytes()
        for (table, record_id), made in marks.of.items():
            record = store.get(model.BY_TABLE[table], record_id)
            kept = set()
            if not record.deleted:
                kept = {m for c in _text_columns(type(record)) for m in made if m in getattr(record, c.name)}
            for mark in made:
                if mark in kept:
                    assert mark.encode() in exported, f"the live text {mark} of {table} {record_id} is missing"
                else:
                    assert mark.encode() not in exported, f"the text {mark} of {table} {record_id} survived"


# --- 3. load and verify agree -------------------------------------------------------------------

_DOCS = declared.base_documents()
_SPARE_ID = _DOCS[1]["dossier"]["id"]
#: every (section, parent) with a record that nothing refers to, the dossier's being the spare dossier
_TARGETS = [(dossier_json.DOSSIER, None), *declared.ALL_SECTIONS]


def _doc_of(section: dossier_json.Section) -> dict[str, Any]:
    return _DOCS[1] if section is dossier_json.DOSSIER else _DOCS[0]


def _target(section: dossier_json.Section, parent: dossier_json.Section | None) -> tuple[dict[str, Any], str]:
    doc = _doc_of(section)
    if section is dossier_json.DOSSIER:
        return doc["dossier"], doc["dossier"]["id"]
    return declared.target_of(doc, section, parent), declared.target_id(doc, section, parent)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store file holding the two base dossiers, with what a planted value is judged against."""
    folder = tmp_path_factory.mktemp("declared")
    with Store.open(folder / "store.db", AUTHOR) as store:
        for doc in _DOCS:
            store.load(copy.deepcopy(doc))
        store.save_copy(folder / "template.db")
        ids = {}  # id → (table, dossier) of every record
        for rtype in model.RECORD_TYPES:
            for row in store.db.rows(
                f"SELECT id, {'id' if rtype is model.Dossier else 'dossier_id'} AS d FROM {rtype.table}"
            ):
                ids[row["id"]] = (rtype.table, row["d"])
        revs = {(t, i): store.get(model.BY_TABLE[t], i).rev for i, (t, _) in ids.items()}
    return {"path": folder / "template.db", "ids": ids, "revs": revs}


@st.composite
def _plantings(
    draw: st.DrawFn, kind: str
) -> tuple[dossier_json.Section, dossier_json.Section | None, model.Column, Any]:
    """A field of a kind of a record of any type, and a value for it: valid, or of any hostile kind."""
    fields = [(s, p, c) for s, p in _TARGETS for c in s.type.declared() if c.spec.kind == kind]
    section, parent, column = draw(st.sampled_from(fields))
    doc = _doc_of(section)
    dossier_id = doc["dossier"]["id"]
    pools: dict[str, list[str]] = {model.Dossier.table: [dossier_id], "authors": [AUTHOR.id]}
    for each, above in declared.ALL_SECTIONS:
        listed = (
            doc.get(each.key, []) if above is None else [c for p in doc.get(above.key, []) for c in p[above.list_key]]
        )
        if not each.derived_id:
            pools[each.type.table] = [r["id"] for r in listed]
    pools[declared.WITH_FIGURE] = pools.get(model.AgendaItem.table, [])
    if column.name == "author_id":
        good = st.just(AUTHOR.id)
    elif column.name == "rev":
        good = st.just(None)  # (the target's own revision: filled in when planting)
    else:
        good = declared.valid(column, pools)
    return section, parent, column, draw(good | declared.hostile(column))


_REFUSED = object()  # what a value read from a file is when no document can hold it


def _bind(value: Any) -> tuple[str, Any]:
    """A value as SQL binds it: (the placeholder, the parameter)."""
    if isinstance(value, declared.Undecodable):
        return "CAST(? AS TEXT)", bytes(value)
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:  # a lone surrogate: what a file can hold is its (invalid) UTF-8
            return "CAST(? AS TEXT)", value.encode("utf-8", "surrogatepass")
        return "?", value
    if isinstance(value, dict | list):
        return "?", json.dumps(value, ensure_ascii=False)
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**63:
        # (as a file holds a number SQLite cannot keep as an integer: in digits, as far as
        # Python writes them)
        return "?", str(value) if len(f"{value:x}") < 3000 else ("-" if value < 0 else "") + "9" * 5000
    return "?", value


def _plant(path: Path, table: str, record_id: str, column: model.Column, value: Any) -> Any:
    """Write a value into the record's row of a copy of the store, as a crafted file holds it,
    past the schema's checks; returns the value as the file then holds it (SQLite's type
    affinity may have changed it), or _UNPLANTABLE when the schema cannot hold it at all."""
    placeholder, param = _bind(value)
    conn = revision_edit.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("BEGIN")
        [rowid] = conn.execute(f"SELECT rowid FROM {table} WHERE id = ?", (record_id,)).fetchone()
        try:
            conn.execute(f'UPDATE {table} SET "{column.name}" = {placeholder} WHERE rowid = ?', (param, rowid))
        except engine.sqlite.IntegrityError:  # NOT NULL, or an id another row of the table has
            return _UNPLANTABLE
        if column.name == "id":  # the row keeps its revisions and its index entry
            held = f"(SELECT id FROM {table} WHERE rowid = {rowid})"
            conn.execute(
                f"UPDATE revisions SET row_id = {held}, snapshot = "
                + revision_edit.edited(f"json_set(snapshot, '$.id', {held})")
                + " "
                "WHERE table_name = ? AND row_id = ?",
                (table, record_id),
            )
            conn.execute(
                f"UPDATE search_rows SET row_id = {held} WHERE table_name = ? AND row_id = ?", (table, record_id)
            )
        in_history(conn, table, rowid, column.name, by="rowid")  # only the value is judged, not the history
        if column.name == "deleted":  # (as a writer does: a deleted record leaves the search index)
            search_text.reindex(conn, model.BY_TABLE[table], json.dumps([record_id]))
        conn.execute("COMMIT")
        conn.text_factory = bytes
        held, kind = conn.execute(
            f'SELECT "{column.name}", typeof("{column.name}") FROM {table} WHERE rowid = ?', (rowid,)
        ).fetchone()
    finally:
        conn.close()
    return _as_document_value(column, held, kind.decode())


_UNPLANTABLE = object()


def _as_document_value(column: model.Column, held: Any, kind: str) -> Any:
    """What a document would give for a value a file holds: text decoded (text that is not
    UTF-8: none), a boolean's 0 and 1 as false and true, a rule's JSON text read as `load` reads
    JSON (a repeated key or a constant JSON does not have: none)."""
    if kind == "blob":
        return _REFUSED
    if kind == "text":
        try:
            text = held.decode("utf-8")
        except UnicodeDecodeError:
            return _REFUSED
        if column.spec.kind != "rule":
            return text
        try:
            wrapped = dossier_json.parse_text('{"rule": ' + text + "\n}")
        except DocumentError:
            return _REFUSED
        return wrapped["rule"] if list(wrapped) == ["rule"] else _REFUSED
    if kind == "integer" and column.spec.kind == "bool" and held in (0, 1):
        return bool(held)
    return held


def _load_verdict(
    section: dossier_json.Section,
    parent: dossier_json.Section | None,
    column: model.Column,
    value: Any,
    template: dict[str, Any],
) -> tuple[bool, Any]:
    """Whether `load` accepts the value in that field, and what it would keep of it."""
    if value is _REFUSED:
        return False, None
    _raw, record_id = _target(section, parent)
    doc = _doc_of(section)
    dossier_id = doc["dossier"]["id"]
    others = {i: held for i, held in template["ids"].items() if held[1] != dossier_id}
    if column.key is None or (section.derived_id and column.name == "id"):
        # not in documents: the value rules load applies, and what the store's door adds
        found, kept = values.check(column, value)
        if found is not None:
            return False, None
        table = model.BY_TABLE[column.spec.target].table if column.spec.kind == "ref" else ""
        if table and template["ids"].get(value) != (table, dossier_id if table != "dossiers" else value):
            return False, None
        if column.name == "author_id" and value != AUTHOR.id:
            return False, None
        if column.name == "rev" and value != template["revs"][(section.type.table, record_id)]:
            return False, None
        if column.name == "id" and value in template["ids"] and value != record_id:
            return False, None
        if (
            section.derived_id
            and parent is not None
            and column.name == section.parent_attr
            and value != doc[parent.key][0]["id"]
        ):
            return False, None  # (its id is made from its parent: in another it is another record)
        return True, kept
    changed = copy.deepcopy(doc)
    target = changed["dossier"] if section is dossier_json.DOSSIER else declared.target_of(changed, section, parent)
    if column.spec.group:
        target[column.spec.group] = {**(target.get(column.spec.group) or {}), column.key: value}
    else:
        target[column.key] = value
    try:
        text = json.dumps(changed, ensure_ascii=False)
    except ValueError:
        return False, None
    try:
        plan = dossier_json.plan_load(dossier_json.parse_text(text), None, others.get)
    except DocumentError:
        return False, None
    if section.derived_id:  # (its id follows from its fields: the one record of its type)
        [record] = [r for r in plan.puts if type(r) is section.type]
    else:
        new_id = value if column.name == "id" else record_id
        [record] = [r for r in plan.puts if r.id == new_id and type(r) is section.type]
    return True, getattr(record, column.name)


def _agreement(planting: tuple[Any, ...], template: dict[str, Any]) -> tuple[bool, bool] | None:
    """Plant a value in a copy of the template and judge it by `load` and by `verify`; None
    when no file can hold it. Fails when they disagree."""
    section, parent, column, value = planting
    _raw, record_id = _target(section, parent)
    if column.name == "rev" and value is None:
        value = template["revs"][(section.type.table, record_id)]
    why = ""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "received.db"
        shutil.copyfile(template["path"], path)
        held = _plant(path, section.type.table, record_id, column, value)
        if held is _UNPLANTABLE:
            return None  # (a value the schema's NOT NULL or UNIQUE keeps out of any file)
        accepted, kept = _load_verdict(section, parent, column, held, template)
        try:
            verify_file(path)
            verified = True
        except VerifyError as exc:
            verified, why = False, str(exc)
    where = f"{section.type.table}.{column.name} = {held!r:.80}"
    if not accepted:
        assert not verified, f"verify accepts what load refuses: {where}"
    elif kept == held and type(kept) is type(held):  # (what load keeps, a file may hold)
        assert verified, f"verify refuses what load keeps: {where}: {why}"
    return accepted, verified


@pytest.mark.parametrize("kind", model.KINDS)
def test_load_and_verify_agree_on_every_value_of_every_field(kind: str, template: dict[str, Any]) -> None:
    """Per kind of value, so that every kind gets its share of values."""

    @settings(PROPERTY, max_examples=16)
    @given(planting=_plantings(kind))
    def agree(planting: tuple[Any, ...]) -> None:
        verdicts = _agreement(planting, template)
        if verdicts is not None:
            event("load accepts" if verdicts[0] else "load refuses")
            event("verify accepts" if verdicts[1] else "verify refuses")

    agree()


_RULE_SECTION = next(pair for pair in declared.ALL_SECTIONS if any(c.spec.kind == "rule" for c in pair[0].columns))


@pytest.mark.parametrize("text", declared.RULE_TEXTS)
def test_load_and_verify_agree_on_a_rule_as_a_file_holds_it(text: str, template: dict[str, Any]) -> None:
    """A rule's JSON text as a crafted file can hold it (a key twice, numbers JSON does not have)."""
    section, parent = _RULE_SECTION
    column = next(c for c in section.type.declared() if c.spec.kind == "rule")
    assert _agreement((section, parent, column, text), template) is not None
