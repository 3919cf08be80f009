"""Errors a person can act on; anything else is a defect."""

from __future__ import annotations

from collections.abc import Sequence

from negoprep.i18n import translate
from negoprep.records.problems import Problem, words

#: the most problems an error names in its one line (the rest are counted)
MOST_NAMED = 8


def listed(problems: Sequence[str]) -> str:
    """Problems in one line: the first `MOST_NAMED`, then how many more there are (a change of
    thousands of records may have thousands, which no message box can hold)."""
    shown = "; ".join(problems[:MOST_NAMED])
    if len(problems) <= MOST_NAMED:
        return shown
    return shown + translate("errors", " (and {count} more)").format(count=len(problems) - MOST_NAMED)


class NegoprepError(Exception):
    """A problem with the user's input or files, reported in one clear line."""


class DocumentError(NegoprepError):
    """A dossier JSON document that cannot be loaded; lists every problem found.

    `found` holds the problems as data (negoprep.records.problems.Problem); `problems` the same in
    words."""

    def __init__(self, problems: Sequence[Problem | str], source: str = ""):
        self.found = [p if isinstance(p, Problem) else Problem("rule.words", {"text": p}) for p in problems]
        self.problems = [words(p) for p in self.found]
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(where + listed(self.problems))


class StoreError(NegoprepError):
    """A store file that cannot be opened or written."""
