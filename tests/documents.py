"""A document as `dump` writes it: every declared key in table order, defaults for those left
out. Expectations built from the declarations, so that a field added to a record needs no
edit of the seeds or of the tests that compare a dump with them."""

from __future__ import annotations

from typing import Any

from negoprep.formats.dossier_json import DOSSIER, SECTIONS, Section, document_keys


def _completed_record(raw: dict[str, Any], section: Section) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, columns in document_keys(section.type, with_id=not section.derived_id).items():
        if key in raw:
            out[key] = raw[key]
        elif columns[0].spec.group:
            out[key] = None
        else:
            default = columns[0].default
            out[key] = int(default) if isinstance(default, float) and default.is_integer() else default
    if section.child is not None:
        out[section.list_key] = [_completed_record(c, section.child) for c in raw.get(section.list_key, [])]
    return out


def completed(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` (a whole dossier document) with every declared key present, in dump's order."""
    out = {k: doc[k] for k in ("format", "version")}
    out["dossier"] = _completed_record(doc["dossier"], DOSSIER)
    for section in SECTIONS:
        out[section.key] = [_completed_record(r, section) for r in doc.get(section.key, [])]
    return out
