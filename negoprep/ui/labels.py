"""How the store's enumerated values read on screen, translatable: the wording is the core's
(`negoprep.records.labels`), shared with the paper."""

from __future__ import annotations

from negoprep.records.labels import enum_label, noun, nouns, records_label

__all__ = ["enum_label", "noun", "nouns", "records_label"]
