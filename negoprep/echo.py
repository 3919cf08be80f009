"""What a person typed (a query, a name, a title, a path), quoted back in a message: on one line
and at most so wide.

A search for a pasted page of 100,000 characters that finds nothing says so in one line, not
by printing the page back. `echoed` writes what a terminal would act on visibly
(`terminal.shown`: a line break as \\n, so the text is one line and says what it holds), and
cuts what is wider than the width it is given, with "…" where it was cut. It counts width as a
terminal shows it: a Korean, Chinese or Japanese character, or a wide emoji, takes two columns,
a combining mark none. It cuts only between grapheme clusters (what a reader sees as one
character): never between a letter and its accent, inside a Hangul syllable written as
conjoining jamo (as macOS writes file names), between the two halves of a flag or inside an
emoji joined with ZWJ. A path keeps its end (the file's name) and its start, cut in the middle.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from negoprep import terminal
from negoprep.filenames import clusters  # (one grapheme segmentation: file names and echoes cut alike)

#: The width of a query, name or title quoted in a message (columns of a terminal).
WIDTH = 80
#: The width of a path quoted in a message.
PATH_WIDTH = 100
ELLIPSIS = "…"

_CUT = "\x00\x00"  # where a text too long to measure whole was cut (no cluster is two NULs)


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def width(cluster: str) -> int:
    """Columns a cluster takes on a terminal: as many as its visible escapes for what a
    terminal acts on (a newline shows as \\n), 2 for a wide character (Korean, Chinese,
    Japanese, a flag, most emoji), 0 for a mark on nothing, else 1."""
    shown = terminal.shown(cluster)
    if shown != cluster:
        return len(shown)
    first = cluster[0]
    if unicodedata.category(first) in ("Mn", "Me"):
        return 0
    if _regional(first) or "\ufe0f" in cluster:  # (a flag; a character asked to show as emoji)
        return 2
    return 2 if unicodedata.east_asian_width(first) in ("W", "F") else 1


def echoed(text: Any, limit: int = WIDTH, *, middle: bool = False) -> str:
    """`text` (made a string) as one line of at most `limit` columns, what a terminal acts on
    written visibly (`terminal.shown`: a newline as \\n), cut with "…" where it is wider: at
    the end, or with `middle` in the middle (a path: its start and its name)."""
    line = str(text)
    if len(line) <= limit // 2 and terminal.shown(line) == line:
        return line  # (narrow whatever its characters: no need to measure)
    reach = 4 * limit  # (every cluster but a mark on nothing takes a column: no more is read)
    if len(line) <= 2 * reach:
        parts = clusters(line)
    elif middle:  # (the cluster cut by the slice is left out)
        parts = [*clusters(line[:reach])[:-1], _CUT, *clusters(line[-reach:])[1:]]
    else:
        parts = [*clusters(line[:reach])[:-1], _CUT]
    widths = [0 if p == _CUT else width(p) for p in parts]
    if sum(widths) <= limit and _CUT not in parts:
        return terminal.shown(line)
    room = max(limit - 1, 1)
    if middle:
        head = _take(parts, widths, room - room // 2)
        tail = _take(parts[::-1], widths[::-1], room // 2)[::-1]
        return terminal.shown("".join(head)) + ELLIPSIS + terminal.shown("".join(tail))
    return terminal.shown("".join(_take(parts, widths, room))) + ELLIPSIS


def echoed_path(path: Any, limit: int = PATH_WIDTH) -> str:
    """A path quoted in a message: one line, cut in the middle when wider than `limit`."""
    return echoed(path, limit, middle=True)


def _take(parts: list[str], widths: list[int], room: int) -> list[str]:
    taken: list[str] = []
    used = 0
    for part, w in zip(parts, widths, strict=True):
        if part == _CUT or used + w > room:
            break
        taken.append(part)
        used += w
    return taken
