"""The dossier JSON format: read a document, check it whole, and write one back.

`plan_load` turns a document into the records to write, checked against what the store
already holds for that dossier; `dump` turns a dossier's content into a document. Both are
pure: the store does the writing. docs/dossier-format.md describes the format.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from negoprep.errors import DocumentError
from negoprep.records import model, values
from negoprep.records.editing import child_id
from negoprep.records.problems import Problem, a_noun, problem, words
from negoprep.redlines.rules import referenced_ids, rule_problems

FORMAT = "negoprep-dossier"
VERSION = 1
MAX_TEXT = values.MAX_TEXT
MAX_DIGITS = 30  # of a whole number in a document: no value negoprep keeps has more
R = TypeVar("R", bound=model.Record)
S = TypeVar("S", bound=model.Record, covariant=True)
L = TypeVar("L", bound=model.Listed)


@dataclass(frozen=True)
class Section(Generic[S]):
    """One list of the document: its record type and nested list, if any. Its fields are the
    record type's declared fields that have a JSON key (see `model.Spec`)."""

    key: str
    type: type[S]
    child: Section[model.Listed] | None = None
    parent_attr: str = ""  # for a nested list: the attribute naming the parent
    derived_id: bool = False  # the id is made from the parent and the agenda item, not written
    list_key: str = "items"  # for a record with a nested list: the list's key in a document

    @property
    def columns(self) -> tuple[model.Column, ...]:
        return document_columns(self.type, with_id=not self.derived_id)


def document_columns(rtype: type[model.Record], *, with_id: bool = True) -> tuple[model.Column, ...]:
    """The declared fields of a record type that a document holds, in order."""
    return tuple(c for c in rtype.declared() if c.key is not None and (with_id or c.name != "id"))


def document_keys(rtype: type[model.Record], *, with_id: bool = True) -> dict[str, list[model.Column]]:
    """JSON key → the fields it holds (one, or a group's fields under the group's key)."""
    keys: dict[str, list[model.Column]] = {}
    for c in document_columns(rtype, with_id=with_id):
        keys.setdefault(c.spec.group or c.key or c.name, []).append(c)
    return keys


PACKAGE_ITEMS = Section("items", model.PackageItem, parent_attr="package_id", derived_id=True)
CHECKLIST_ITEMS = Section("items", model.ChecklistItem, parent_attr="checklist_id")
DEMANDS = Section("demands", model.Demand, parent_attr="constituency_id", derived_id=True)
DOSSIER = Section("dossier", model.Dossier)
SECTIONS: tuple[Section[model.Listed], ...] = (
    Section("tracks", model.Track),
    Section("participants", model.Participant),
    Section("agenda_items", model.AgendaItem),
    Section("talking_points", model.TalkingPoint),
    Section("red_lines", model.RedLine),
    Section("packages", model.Package, child=PACKAGE_ITEMS),
    Section("checklists", model.Checklist, child=CHECKLIST_ITEMS),
    Section("figures", model.Figure),
    Section("notes", model.Note),
    Section("rounds", model.Round),
    Section("offers", model.Offer),
    Section("constituencies", model.Constituency, child=DEMANDS, list_key="demands"),
    Section("team_weights", model.TeamWeight),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)
TOP_KEYS = ("format", "version", "dossier", *SECTION_KEYS)
_ID = model.Record.column("id")


def parse_text(text: str, source: str = "") -> dict[str, Any]:
    """Parse JSON text, saying where a syntax error is. Refused besides what JSON refuses:
    NaN and Infinity, a whole number of more than MAX_DIGITS digits, a key given twice in
    one object (JSON leaves both open; negoprep takes neither)."""
    try:
        doc = json.loads(
            text, parse_constant=_refuse_constant, parse_int=_whole_number, object_pairs_hook=values.one_of_each
        )
    except json.JSONDecodeError as exc:
        raise DocumentError(
            [problem("doc.syntax", line=exc.lineno, column=exc.colno, message=exc.msg)], source
        ) from None
    except _RefusedError as exc:
        raise DocumentError([exc.problem], source) from None
    except values.RepeatedKeyError as exc:
        raise DocumentError([problem("doc.duplicate_key", exc.where, key=exc.key)], source) from None
    except RecursionError:
        raise DocumentError([problem("doc.too_deep")], source) from None
    if not isinstance(doc, dict):
        raise DocumentError([problem("doc.not_object")], source)
    return doc


class _RefusedError(ValueError):
    def __init__(self, found: Problem):
        super().__init__(found.code)
        self.problem = found


def _refuse_constant(name: str) -> None:
    # Python's json reads NaN and Infinity, which are not JSON and no figure can be
    raise _RefusedError(problem("doc.not_json_number", value=name))


def _whole_number(digits: str) -> int:
    # Python refuses more than 4,300 digits with an error of its own, and no value negoprep
    # keeps has more than 16: refuse early, saying what it is
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _RefusedError(problem("doc.huge_number", digits=len(digits.lstrip("-"))))
    return int(digits)


def _read_group(columns: list[model.Column], value: Any) -> tuple[Problem | None, dict[str, Any]]:
    """A group of fields held as one JSON object (a key figure), or null for none."""
    if value is None:
        return None, {c.name: (None if c.spec.nullable else c.default) for c in columns}
    if not isinstance(value, dict):
        return problem("value.not_group"), {}
    by_key = {c.key: c for c in columns if c.key is not None}  # a group's fields are all in documents
    unknown = sorted(set(value) - set(by_key))
    if unknown:
        return problem("value.unknown_key", key=unknown[0]), {}
    if columns[0].spec.nullable and columns[0].key not in value:  # (a key figure gives its value, if only as null)
        return problem("value.figure_value"), {}
    out = {}
    for key, column in by_key.items():
        raw = value.get(key, column.default)
        found, checked = values.check(column, raw)
        if found:
            return found.on(key), {}
        out[column.name] = checked
    return None, out


# --- planning a load ------------------------------------------------------------------------


@dataclass
class LoadPlan:
    """What loading a document will do: the records to write, in a safe order."""

    dossier_id: str
    new_dossier: bool
    puts: list[model.Record] = field(default_factory=list)  # inserted or changed
    deletes: list[model.Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: int = 0


class _Planner:
    def __init__(self, doc: dict[str, Any], existing: model.DossierContent | None, holder_of: HolderLookup):
        self.doc = doc
        self.existing = existing
        self.holder_of = holder_of
        self.problems: list[Problem] = []
        # what the load takes but tells of: what two people's edits can make together, which a
        # merge keeps and a dump of it writes (so a load of that dump must take it too)
        self.cautions: list[Problem] = []
        # section key → id → record, as the dossier will be after the load (live records only)
        self.after: dict[str, dict[str, model.Listed]] = {}
        self.before: dict[str, dict[str, model.Listed]] = {}
        self.deleted: dict[str, dict[str, model.Listed]] = {}
        self.where_of: dict[str, str] = {}  # record id → where the document holds it
        self.listed: dict[str, str] = {}  # every id the document lists → where

    def problem(self, where: str, code: str, **params: Any) -> None:
        self.problems.append(problem(code, where, **params))

    # Each record is read over the existing one (fields absent keep their value) or over
    # the defaults (a new record must then carry its required fields).
    def read_record(
        self,
        where: str,
        raw: Any,
        section: Section[R],
        base: R | None,
        fixed: dict[str, Any],
    ) -> tuple[R | None, bool]:
        rtype = section.type
        if not isinstance(raw, dict):
            self.problem(where, "value.not_object")
            return None, False
        keys = document_keys(rtype, with_id=not section.derived_id)
        if section.derived_id:
            keys.pop("id", None)
        known = set(keys) | {"deleted"} | ({section.list_key} if section.child is not None else set())
        for key in raw:
            if key not in known:
                self.problem(where, "doc.unknown_key", key=key)
        deleted = raw.get("deleted", False)
        if deleted is True and self.existing is None:
            self.problems.append(problem("doc.deleted_in_new", where).on("deleted"))
            return None, False
        if not isinstance(deleted, bool):
            self.problems.append(problem("value.not_bool", where).on("deleted"))
            return None, False
        found: dict[str, Any] = {}
        ok = True
        for key, columns in keys.items():
            if key not in raw:
                if base is None and not deleted and any(c.spec.required for c in columns):
                    self.problem(where, "doc.missing_key", key=key)
                    ok = False
                continue
            if columns[0].spec.group:
                bad, read = _read_group(columns, raw[key])
            else:
                bad, value = values.check(columns[0], raw[key])
                read = {columns[0].name: value}
            if bad:
                self.problems.append(bad.on(key).at(where))
                ok = False
            else:
                found.update(read)
        if not ok:
            return None, deleted
        found.update(fixed)
        if base is not None:
            record = replace(base, **found)
        elif deleted:
            return None, True
        else:
            record = rtype(**found)
        self.cautions.extend(p.at(where) for p in values.across_fields(record))
        return record, deleted

    def plan(self) -> LoadPlan:
        doc = self.doc
        for key in doc:
            if key not in TOP_KEYS:
                self.problem("document", "doc.unknown_key", key=key)
        if doc.get("format") != FORMAT:
            raise DocumentError([problem("doc.not_dossier", format=FORMAT)])
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise DocumentError([problem("value.not_int").on("version")])
        if version > VERSION:
            raise DocumentError([problem("doc.newer", version=version, known=VERSION)])
        if version < 1:
            raise DocumentError([problem("doc.unknown_version", version=version)])
        raw_dossier = doc.get("dossier")
        if not isinstance(raw_dossier, dict):
            raise DocumentError([problem("doc.no_dossier")])
        bad, dossier_id = values.check(_ID, raw_dossier.get("id"))
        if bad:
            raise DocumentError([bad.on("id").at("dossier")])

        existing = self.existing
        base = existing.dossier if existing else None
        if base is None:
            holder = self.holder_of(dossier_id)
            if holder is not None and holder[0] == "dossiers":
                raise DocumentError([problem("doc.dossier_deleted", "dossier", id=dossier_id)])
            if holder is not None:
                raise DocumentError([problem("doc.id_elsewhere", "dossier", id=dossier_id, a_noun=_a_noun(holder[0]))])
        if "deleted" in raw_dossier:
            self.problem("dossier", "doc.dossier_not_deleted")
        dossier, _ = self.read_record("dossier", {k: v for k, v in raw_dossier.items() if k != "deleted"}, DOSSIER,
                                      base, {})  # fmt: skip
        self.listed[dossier_id] = "dossier"

        for section in SECTIONS:
            old = self._existing_records(section.key)
            self.before[section.key] = {r.id: r for r in old}
            self.after[section.key] = {r.id: r for r in old}
            self.deleted[section.key] = {}
        for section in SECTIONS:
            self._read_section(section, dossier_id)
        if self.problems:
            raise DocumentError(self.problems)
        self._check_references()
        if self.problems:
            raise DocumentError(self.problems)
        return self._result(dossier, dossier_id)

    def _existing_records(self, key: str) -> list[model.Listed]:
        if self.existing is None:
            return []
        records: list[model.Listed] = getattr(self.existing, key)
        # a package's or checklist's items in a list of its own, which the load may change
        return [model.with_items(r, r.items) if isinstance(r, model.Parent) else r for r in records]

    def _claim(self, where: str, table: str, record_id: str, dossier_id: str) -> bool:
        """An id may be new or name a record of this table and this dossier. Ids are unique in
        the whole store and the whole document: the id of another dossier's record, or of
        another kind of record, is refused."""
        if record_id in self.listed:
            self.problem(where, "doc.id_twice", id=record_id, other=self.listed[record_id])
            return False
        self.listed[record_id] = where
        holder = self.holder_of(record_id)
        if holder is None:
            return True
        if holder[0] != table:
            self.problem(where, "doc.id_elsewhere", id=record_id, a_noun=_a_noun(holder[0]))
            return False
        if holder[1] != dossier_id:
            self.problem(where, "doc.id_of_other_dossier", id=record_id)
            return False
        return True

    def _read_section(self, section: Section[model.Listed], dossier_id: str) -> None:
        raw_list = self.doc.get(section.key, [])
        if not isinstance(raw_list, list):
            self.problem(section.key, "doc.not_list")
            return
        listed: list[str] = []
        for index, raw in enumerate(raw_list):
            where = _where(section.key, index, raw)
            rid = _usable_id(raw.get("id") if isinstance(raw, dict) else None)
            if isinstance(rid, str) and not self._claim(where, section.type.table, rid, dossier_id):
                continue
            base = self.before[section.key].get(rid) if isinstance(rid, str) else None
            fixed = {"dossier_id": dossier_id}
            record, deleted = self.read_record(where, raw, section, base, fixed)
            if record is None:
                if deleted and isinstance(rid, str):
                    self.after[section.key].pop(rid, None)
                continue
            if deleted:
                self.after[section.key].pop(record.id, None)
                if base is not None:
                    self.deleted[section.key][record.id] = base
                    if section.child is not None and isinstance(base, model.Parent):  # children go with it
                        children = self.deleted.setdefault(section.child.type.table, {})
                        children.update((c.id, c) for c in base.items)
                continue
            if section.child is not None and isinstance(record, model.Parent):
                items = self._read_children(section, where, raw, record, dossier_id)
                record = model.with_items(record, items)
            self.after[section.key][record.id] = record
            self.where_of[record.id] = where
            listed.append(record.id)
        self.after[section.key] = _place(self.after[section.key], set(self.before[section.key]), listed)

    def _read_children(
        self, section: Section[model.Listed], where: str, raw: dict[str, Any], parent: model.Parent, dossier_id: str
    ) -> list[model.Listed]:
        child = section.child
        assert child is not None
        existing: dict[str, model.Listed] = {c.id: c for c in parent.items}
        before = set(existing)
        raw_items = raw.get(section.list_key, [])
        if not isinstance(raw_items, list):
            self.problems.append(problem("doc.not_list", where).on(section.list_key))
            return list(existing.values())
        seen: set[str] = set()
        listed: list[str] = []
        for index, raw_item in enumerate(raw_items):
            item_where = f"{where} {section.list_key}[{index}]"  # untranslated: a place in the JSON document
            if child.derived_id:
                ref = raw_item.get("agenda_item") if isinstance(raw_item, dict) else None
                ref = _usable_id(ref)
                rid = child_id(child.type, parent.id, ref) if ref is not None else None
            else:
                rid = _usable_id(raw_item.get("id") if isinstance(raw_item, dict) else None)
            if isinstance(rid, str):
                if rid in seen and child.derived_id:
                    self.problem(item_where, "doc.item_twice")
                    continue
                seen.add(rid)
                if not self._claim(item_where, child.type.table, rid, dossier_id):
                    continue
            base = existing.get(rid) if isinstance(rid, str) else None
            fixed = {"dossier_id": dossier_id, child.parent_attr: parent.id}
            if base is None and rid is not None:
                fixed["id"] = rid
            record, deleted = self.read_record(item_where, raw_item, child, base, fixed)
            if deleted and isinstance(rid, str):
                if rid in existing:
                    self.deleted.setdefault(child.type.table, {})[rid] = existing.pop(rid)
                continue
            if record is not None:
                existing[record.id] = record
                self.where_of[record.id] = item_where
                listed.append(record.id)
        placed = _place(existing, before, listed)
        return sorted(placed.values(), key=lambda c: c.position)

    def _check_references(self) -> None:
        after = self.after
        live = {key: set(records) for key, records in after.items()}
        for section in SECTIONS:
            for record in after[section.key].values():
                where = self.where_of.get(record.id, f'{section.key} "{record.label}"')
                self._check_refs(where, record, live)
                for item in getattr(record, "items", ()):
                    self._check_refs(self.where_of.get(item.id, f"{where} item"), item, live)
        self._check_team_weights()
        gone_tracks = self.deleted["tracks"]
        gone_items = self.deleted["agenda_items"]
        # rules are checked against what exists or is being deleted, so that a rule that
        # uses a deleted record is told as such rather than as an unknown id
        tracks = {t.id: t.name for t in _only(model.Track, after["tracks"], gone_tracks)}
        figures = {i.id: i.figure_value is not None for i in _only(model.AgendaItem, after["agenda_items"], gone_items)}
        before_tracks = self.before["tracks"]
        before_items = _only(model.AgendaItem, self.before["agenda_items"])
        before_figures = {i.id: i.figure_value is not None for i in before_items}
        for red_line in _only(model.RedLine, after["red_lines"]):
            where = self.where_of.get(red_line.id, f'red_lines "{red_line.label}"') + " rule"
            problems = rule_problems(red_line.rule, tracks, figures)
            if red_line.id not in self.where_of:
                # a red line the document leaves alone: what was wrong with its rule before
                # is not this document's doing (a damaged store must not block every edit)
                already = rule_problems(red_line.rule, before_tracks, before_figures)
                problems = [p for p in problems if p not in already]
            self.problems += [found.at(where) for found in problems]
            if not problems:
                track_ids, item_ids = referenced_ids(red_line.rule)
                for record in [gone_tracks[i] for i in sorted(track_ids & set(gone_tracks))] + [
                    gone_items[i] for i in sorted(item_ids & set(gone_items))
                ]:
                    self.problem(where, "doc.rule_uses_deleted", noun=record.noun, label=record.label)

    def _check_team_weights(self) -> None:
        """A team weight the document writes should be the only one of its delegate for its item
        (a form refuses a second: negoprep.store.operations); two, as a merge of two copies can
        leave, are taken and told of."""
        weights = _only(model.TeamWeight, self.after["team_weights"])
        pairs: dict[tuple[str, str], list[model.TeamWeight]] = {}
        for weight in weights:
            pairs.setdefault((weight.participant_id, weight.agenda_item_id), []).append(weight)
        for weight in weights:
            where = self.where_of.get(weight.id)
            if where is None:
                continue  # left alone by the document
            if len(pairs[(weight.participant_id, weight.agenda_item_id)]) > 1:
                self.cautions.append(problem("doc.weight_twice", where).on("agenda_item"))

    def _check_refs(self, where: str, record: model.Record, live: dict[str, set[str]]) -> None:
        for c in type(record).declared():
            if c.spec.kind != "ref" or c.key is None:
                continue
            target = getattr(record, c.name)
            table = c.spec.target
            if target is None or target in live[table]:
                continue
            if target in self.deleted[table]:
                gone = self.deleted[table][target]
                self.problem(where, "doc.ref_deleted", key=c.key, label=gone.label)
            else:
                self.problem(where, "doc.ref_unknown", key=c.key, id=target, a_noun=_a_noun(table))

    def _result(self, dossier: model.Record | None, dossier_id: str) -> LoadPlan:
        assert dossier is not None
        plan = LoadPlan(dossier_id=dossier_id, new_dossier=self.existing is None)
        old_dossier = self.existing.dossier if self.existing else None
        self._diff(old_dossier, dossier, plan)
        for section in SECTIONS:
            before = self.before[section.key]
            for record in self.after[section.key].values():
                children = getattr(record, "items", None)
                self._diff(before.get(record.id), record, plan)
                if children is not None:
                    old_children = {c.id: c for c in getattr(before.get(record.id), "items", [])}
                    for child in children:
                        self._diff(old_children.get(child.id), child, plan)
        for gone in self.deleted.values():
            plan.deletes.extend(gone.values())
        weights = [i.weight for i in _only(model.AgendaItem, self.after["agenda_items"])]
        total = sum(weights)
        if weights and total and abs(total - 100) > 1e-6:
            plan.warnings.append(words(problem("doc.weights", total=f"{total:g}")))
        plan.warnings.extend(words(p) for p in self.cautions)
        return plan

    @staticmethod
    def _diff(old: model.Record | None, new: model.Record, plan: LoadPlan) -> None:
        if old is not None and old.content() == new.content():
            plan.unchanged += 1
        else:
            plan.puts.append(new)


def _only(rtype: type[R], *groups: dict[str, model.Listed]) -> list[R]:
    """The records of some groups (id → record) of one section, as their type."""
    return [r for group in groups for r in group.values() if isinstance(r, rtype)]


def _place(records: dict[str, L], before: set[str], listed: list[str]) -> dict[str, L]:
    """Display positions after a load. A document that lists every record of a list orders
    them all; one that lists only some (an edits document) leaves the others where they are
    and puts its new records at the end, in its order."""
    if set(records) <= set(listed):
        # every record listed: in the order they already stand (a dump of the store, whose
        # positions may have gaps or ties), they keep their positions; otherwise 0, 1, 2...
        shown = [(r.position, r.created_at, r.id) for r in (records[rid] for rid in listed) if r.id in before]
        if len(shown) == len(records) and all(a < b for a, b in itertools.pairwise(shown)):
            return records
        positions = {rid: n for n, rid in enumerate(listed)}
    else:
        positions = {rid: r.position for rid, r in records.items() if rid in before}
        after_last = max(positions.values(), default=-1) + 1
        for rid in listed:
            if rid not in before:
                positions[rid] = after_last
                after_last += 1
    return {
        rid: r if r.position == positions[rid] else replace(r, position=positions[rid]) for rid, r in records.items()
    }


def _where(section: str, index: int, raw: Any) -> str:
    where = f"{section}[{index}]"
    if isinstance(raw, dict):
        label = raw.get("title") or raw.get("name") or raw.get("text") or raw.get("series") or raw.get("id")
        if isinstance(label, str) and label:
            where += f' "{label[:50]}"'
    return where


def _usable_id(value: Any) -> str | None:
    """An id that may be looked up; anything else is None (its field's check says why)."""
    return value if isinstance(value, str) and values.id_problem(value) is None else None


def _a_noun(table: str) -> Problem:
    return a_noun(model.BY_TABLE[table].noun if table in model.BY_TABLE else table)


#: Looks up an id in the store: the (table, dossier id) of the record that has it, or None.
HolderLookup = Callable[[str], "tuple[str, str] | None"]


def plan_load(doc: dict[str, Any], existing: model.DossierContent | None, holder_of: HolderLookup) -> LoadPlan:
    """Check a document whole against the dossier as it is, and say what loading it writes.

    Raises DocumentError listing every problem; nothing is written by this function.
    """
    return _Planner(doc, existing, holder_of).plan()


# --- dumping --------------------------------------------------------------------------------


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _json_value(column: model.Column, value: Any) -> Any:
    return _number(value) if column.spec.kind == "number" else value


def _record_json(record: model.Record, section: Section[model.Record]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, columns in document_keys(section.type, with_id=not section.derived_id).items():
        if columns[0].spec.group:
            # a group is null when it says nothing: every field as it is by default (the
            # figure's value null: a unit without a number is said); within it, a field after
            # the first that may be null and is null is left out (a ladder figure not given)
            held = [getattr(record, c.name) for c in columns]
            empty = all(v == c.default for c, v in zip(columns, held, strict=True))
            said = [(c, v) for n, (c, v) in enumerate(zip(columns, held, strict=True))
                    if n == 0 or v is not None or not c.spec.nullable]  # fmt: skip
            out[key] = None if empty else {c.key: _json_value(c, v) for c, v in said}
        else:
            out[key] = _json_value(columns[0], getattr(record, columns[0].name))
    return out


def dump(content: model.DossierContent) -> dict[str, Any]:
    """A dossier as a document of the JSON format (deleted records left out)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "dossier": _record_json(content.dossier, DOSSIER),
    }
    for section in SECTIONS:
        records = []
        for record in getattr(content, section.key):
            out = _record_json(record, section)
            if section.child is not None:
                out[section.list_key] = [_record_json(c, section.child) for c in getattr(record, "items", ())]
            records.append(out)
        doc[section.key] = records
    return doc


# --- checking one record (forms and operations) ---------------------------------------------
