"""File names made from what a person wrote (a dossier's title), and kept within what file systems allow.

Common file systems (ext4, btrfs, APFS, NTFS) allow a name of 255 bytes (ext4, in UTF-8) or
255 UTF-16 units (APFS, NTFS); a name's UTF-8 length is never smaller than its UTF-16 length,
so names are measured in UTF-8 bytes. A Korean syllable takes three bytes, an emoji four, so
a title cut to a number of characters can still be too long.

Names are cut only between user-perceived characters (`clusters`): never inside a Korean
syllable spelt in jamo, an emoji sequence joined with U+200D (ZERO WIDTH JOINER), a flag (a
pair of regional indicators), or a letter and its accents. Pure Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

#: The longest file name, in UTF-8 bytes, that common file systems allow.
NAME_BYTES = 255

#: Room kept free in a name negoprep suggests, in UTF-8 bytes: a writer saves under a
#: temporary name beside the target first (".NAME.PID.partial", ".NAME.HOST-PID.partial"),
#: and a person may add a few characters of their own.
SPARE_BYTES = 48

#: The most a suggested name may take, in UTF-8 bytes.
SUGGESTED_BYTES = NAME_BYTES - SPARE_BYTES

#: Where the title part of a suggested name stops, in UTF-8 bytes, even with room to spare:
#: a file name is for recognising the file, not for reading the title.
PART_BYTES = 120

# characters Windows forbids in a name, and path separators
_FORBIDDEN = set('<>:"/\\|?*')

# format characters that change how text around them is shown (bidirectional embeddings,
# overrides, isolates and marks): they can make "gpj.exe" look like "exe.jpg", so they never
# stay in a name
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = {"\u200c", "\u200d"}  # ZWNJ, ZWJ: between two visible characters they shape them


def _is_variation_selector(ch: str) -> bool:
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def _is_tag(ch: str) -> bool:  # the tag letters of a subdivision flag (England, Scotland, Wales)
    return "\U000e0020" <= ch <= "\U000e007f"


def _is_regional_indicator(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _is_emoji_modifier(ch: str) -> bool:  # skin tones
    return "\U0001f3fb" <= ch <= "\U0001f3ff"


# conjoining Hangul jamo: leading consonants (L), vowels (V), trailing consonants (T)
def _jamo(ch: str) -> str:
    code = ord(ch)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _extends(previous: str, ch: str, regional_run: int) -> bool:
    """Whether `ch` belongs to the same user-perceived character as `previous` before it."""
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or _is_variation_selector(ch) or _is_tag(ch):
        return True
    if ch == "\u200d" or _is_emoji_modifier(ch) or previous == "\u200d":
        return True  # (what follows a ZWJ is joined to what precedes it)
    if previous == "\r" and ch == "\n":
        return True
    if _is_regional_indicator(ch) and _is_regional_indicator(previous):
        return regional_run % 2 == 1  # flags pair up: the second of a pair joins the first
    before, now = _jamo(previous), _jamo(ch)
    return (
        (before == "L" and now in ("L", "V", "LV", "LVT"))
        or (before in ("LV", "V") and now in ("V", "T"))
        or (before in ("LVT", "T") and now == "T")
    )


def clusters(text: str) -> list[str]:
    """`text` split into user-perceived characters (a simplified form of Unicode's extended
    grapheme clusters, UAX #29): a base character with its combining marks, variation
    selectors and skin tones; an emoji sequence joined by ZWJ; a flag; a Korean syllable
    spelt in conjoining jamo; CR LF. "".join(clusters(t)) == t."""
    out: list[str] = []
    regional_run = 0
    for ch in text:
        if out and _extends(out[-1][-1], ch, regional_run):
            out[-1] += ch
        else:
            out.append(ch)
        regional_run = regional_run + 1 if _is_regional_indicator(ch) else 0
    return out


def byte_length(text: str) -> int:
    """The length of `text` in a file name: its UTF-8 bytes (a byte the file system's name held
    that was not UTF-8, decoded by Python as a lone surrogate, counts as the one byte it is)."""
    try:
        return len(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:
        return len(text.encode("utf-8", "surrogatepass"))


def cut_to_bytes(text: str, limit: int) -> str:
    """The longest start of `text` that takes at most `limit` UTF-8 bytes and ends between two
    user-perceived characters (`clusters`). Gives "" when `limit` is below the first one."""
    if byte_length(text) <= limit:
        return text
    kept: list[str] = []
    used = 0
    for cluster in clusters(text):
        size = byte_length(cluster)
        if used + size > limit:
            break
        kept.append(cluster)
        used += size
    return "".join(kept)


def _clean(text: str) -> str:
    """Each character kept, replaced with "_" or dropped (see `safe_file_part`)."""
    chars = list(text)
    out: list[str] = []
    for i, ch in enumerate(chars):
        category = unicodedata.category(ch)
        if ch in _FORBIDDEN or category in ("Cc", "Cs", "Co", "Cn"):
            out.append("_")
        elif category == "Cf" or _is_variation_selector(ch):
            before = out[-1] if out else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            visible = bool(before) and before not in "_ " and unicodedata.category(before)[0] != "C"
            if ch in _BIDI:
                continue  # invisible and dangerous: dropped
            if ch in _JOINERS and visible and after and unicodedata.category(after)[0] not in ("C", "Z"):
                out.append(ch)  # inside an emoji sequence or a word of a joining script
            elif (_is_variation_selector(ch) or _is_tag(ch)) and (visible or _is_tag(before)):
                out.append(ch)  # the emoji form of a character, a subdivision flag's letters
            # other format characters (soft hyphens, zero-width spaces, …) are invisible: dropped
        else:
            out.append(ch)
    return "".join(out)


def safe_file_part(text: str, max_bytes: int = PART_BYTES) -> str:
    """`text` made fit for a part of a file name on Windows, macOS and Linux alike: letters of
    every script (Korean included), digits, spaces, punctuation and emoji (with the joiners and
    variation selectors inside them) stay; path separators, the characters Windows forbids
    (<>:"/\\|?*) and control characters become "_"; bidirectional controls and other
    invisible format characters go; runs of white space (line breaks too) are one space; no
    leading or trailing dot or space; at most `max_bytes` UTF-8 bytes, cut between
    user-perceived characters. Gives "" for text with nothing left."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))  # a line break is a space
    kept = _clean(text).strip(" .")
    return cut_to_bytes(kept, max_bytes).rstrip(" .")


def fit_name(stem: str, ending: str, limit: int = SUGGESTED_BYTES) -> str:
    """`stem` + `ending` (such as "-export.db"), the stem cut between user-perceived
    characters so that the whole takes at most `limit` UTF-8 bytes."""
    room = max(0, limit - byte_length(ending))
    return cut_to_bytes(stem, room).rstrip(" .") + ending


def partial_path(target: Path, tag: str, kind: str = ".partial") -> Path:
    """Where a writer puts `target` while writing it: ".NAME.TAG.partial" (`kind`) beside it,
    NAME cut (between user-perceived characters) so that the temporary name fits the file
    system even when `target`'s own name nearly fills it."""
    ending = f".{tag}{kind}"
    name = cut_to_bytes(target.name, NAME_BYTES - 1 - byte_length(ending))
    return target.with_name(f".{name}{ending}")
