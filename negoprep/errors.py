"""Errors a person can act on; anything else is a defect."""


class NegoprepError(Exception):
    """A problem with the user's input or files, reported in one clear line."""


class DocumentError(NegoprepError):
    """A dossier JSON document that cannot be loaded; lists every problem found."""

    def __init__(self, problems: list[str], source: str = ""):
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        shown = problems[:8]
        more = f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""
        super().__init__(where + "; ".join(shown) + more)


class StoreError(NegoprepError):
    """A store file that cannot be opened or written."""
