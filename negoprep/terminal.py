"""Text for a terminal: what negoprep prints never controls the terminal it is printed on.

Stored text comes from anyone who typed it and from colleagues' files. Printed raw, an ESC
starts an escape sequence (OSC 52 writes the clipboard, others move the cursor or retitle the
window), a BEL rings, U+202E turns the rest of the line around, and a newline inside a title
makes one message look like two. `shown` writes each such character visibly instead, as
Python writes it in a string (``\\x1b``, ``\\n``, ``\\u202e``); every other character,
Korean included, is printed as it is. `json_text` does the same for JSON without changing
what the JSON says. Backslashes are left alone: a Windows path reads as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: What a terminal acts on rather than shows: C0 controls, DEL and C1 controls; Unicode's line
#: and paragraph separators; the bidirectional controls (marks, embeddings, overrides,
#: isolates); lone surrogates, which are not text at all and cannot even be encoded.
_HARMFUL = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_ONE_LINE = re.compile(f"[{_HARMFUL}]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")


#: The same, but for newline and tab, which a text of several lines keeps.
_LINES = re.compile(f"(?![\n\t])[{_HARMFUL}]")


def shown(text: Any, *, lines: bool = False) -> str:
    """`text` (made a string) safe to print on a terminal, on one line; with `lines`, a text
    of several lines that keeps its newlines and tabs."""
    return (_LINES if lines else _ONE_LINE).sub(_escape, str(text))


#: In JSON, where C0 controls are escaped already: what else a terminal acts on.
_JSON_HARMFUL = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_text(doc: Any) -> str:
    """A JSON document as text (indented, non-ASCII letters as they are) with every character a
    terminal acts on written as a \\u escape: a JSON reader reads back exactly `doc`."""
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    # such characters can only stand inside JSON strings, where \\uXXXX means the same
    return _JSON_HARMFUL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
