"""Which fonts draw what the first font lacks: Hangul, Chinese and Japanese above all.

The one list of fallback fonts, for printing and charts alike: printing hands it to Qt after
the application's font; charts hand matplotlib, after their own font, the fallbacks the text
needs (matplotlib takes a list of families and draws each character in the first that has
it). For matplotlib this module also finds the characters that no installed font has, so that
they are reported in words rather than drawn as boxes with a warning per character.

matplotlib is imported only inside the functions that ask it which fonts are installed; no Qt.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

#: installed fonts tried, in this order, for what the first font lacks: Korean ones first,
#: then the other faces of the pan-CJK fonts (each has Hangul too; an older matplotlib sees
#: only the first face of a font collection), then what Windows and macOS ship, then Chinese
#: and Japanese ones
CJK_FAMILIES = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans K",
    "Source Han Sans KR",
    "NanumGothic",
    "NanumBarunGothic",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK HK",
    "UnDotum",
    "Baekmuk Gulim",
    "Droid Sans Fallback",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "Yu Gothic",
    "PingFang SC",
    "Hiragino Sans",
)

#: what printing tries after the application's font: the CJK fonts, then a font rich in symbols
FALLBACK_FAMILIES = (*CJK_FAMILIES, "DejaVu Sans")

#: families for Latin text, digits and punctuation, tried when the system's default font is a
#: CJK one (fontconfig gives one for "Sans Serif" when the locale is Korean): a PDF reader
#: cannot extract the digits and punctuation a CJK font draws there
TEXT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI")  # untranslated: fonts

#: the Debian and Ubuntu package of the first of them, named when none is installed
CJK_PACKAGE = "fonts-noto-cjk"

# control, format, surrogate and unassigned code points are not drawn, so need no font
# (private use ones are drawn, by a font that has them)
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Cn"})

#: the words of matplotlib's warning for a character that none of a text's fonts has
GLYPH_WARNING = r"Glyph \d+ .*missing from font"  # untranslated: matplotlib's words


def drawn(text: str) -> list[str]:
    """The characters of `text` that need a glyph of some font, each once, in order."""
    wanted = {ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE}
    wanted.discard("\ufffc")  # the object replacement character: an image's place in a text
    return sorted(wanted)


def is_cjk(ch: str) -> bool:
    """Whether a character is written with Korean, Chinese or Japanese fonts."""
    name = unicodedata.name(ch, "")
    return name.startswith(("HANGUL", "CJK", "HIRAGANA", "KATAKANA", "BOPOMOFO", "IDEOGRAPHIC", "KANGXI"))


class Choice(NamedTuple):
    """The families to draw a text with, and the characters that no installed font has."""

    families: tuple[str, ...]
    missing: tuple[str, ...]


#: matplotlib's font of boxes, one per block of Unicode: it has every character and draws none
_BOXES = "Last Resort"  # untranslated: a font's name


def _faces() -> dict[str, tuple[str, int]]:
    """Each font family matplotlib knows, by name: the file and face of its most regular font."""
    from matplotlib import font_manager

    fonts = font_manager.fontManager.ttflist
    return _faces_of(id(fonts), len(fonts))


@functools.cache
def _faces_of(list_id: int, count: int) -> dict[str, tuple[str, int]]:
    """`_faces` while matplotlib's list of fonts is the one with this id, of `count` fonts
    (it grows when `_add_unseen_fonts` adds some)."""
    from matplotlib import font_manager

    def regular_first(entry: font_manager.FontEntry) -> tuple[int, bool, bool, str]:
        weight = entry.weight if isinstance(entry.weight, int) else font_manager.weight_dict.get(entry.weight, 400)
        return abs(weight - 400), entry.style != "normal", entry.stretch != "normal", str(entry.fname)

    faces: dict[str, tuple[str, int]] = {}
    for entry in sorted(font_manager.fontManager.ttflist, key=regular_first):
        if not entry.name.startswith(_BOXES):
            faces.setdefault(entry.name, (str(entry.fname), int(getattr(entry, "index", 0))))
    return faces


@functools.cache
def _add_unseen_fonts() -> int:
    """Tell matplotlib about the system's fonts that its cache of fonts lacks, once: a font
    installed after matplotlib first ran (fonts-noto-cjk, say) is otherwise unknown to it until
    its cache is deleted. Returns how many font files were added."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {str(entry.fname) for entry in manager.ttflist}
    added = 0
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # a file FreeType cannot read
                continue
            added += 1
    return added


@functools.cache
def _charmap(path: str, index: int = 0) -> frozenset[int]:
    """The code points a font has a glyph for (none when it cannot be read)."""
    from matplotlib import ft2font

    try:
        try:
            font = ft2font.FT2Font(path, face_index=index)
        except TypeError:  # a matplotlib before font collections were read face by face
            font = ft2font.FT2Font(path)
        return frozenset(font.get_charmap())
    except (OSError, RuntimeError, ValueError):
        return frozenset()


def _first(family: str | None, faces: dict[str, tuple[str, int]]) -> str:
    """The family asked for when matplotlib knows it, else matplotlib's default sans-serif one
    (a name it does not know would make it log a warning and fall back by itself)."""
    from matplotlib import rcParams

    for name in (family, *rcParams["font.sans-serif"]):
        if name and name in faces:
            return name
    return "DejaVu Sans"  # untranslated: a font bundled with matplotlib


def for_text(text: str, family: str | None = None) -> Choice:
    """The families matplotlib should draw `text` with: `family` (or its default), then for
    each character it lacks the first of `CJK_FAMILIES` that has it, else the first installed
    font that has it; and the characters no installed font has.

    A text the first family draws whole gets that family alone. When some character has no
    font, the system's fonts that matplotlib has not seen yet are looked at first."""
    choice = _choose(text, family, _faces())
    if choice.missing and _add_unseen_fonts():
        choice = _choose(text, family, _faces())
    return choice


def _choose(text: str, family: str | None, faces: dict[str, tuple[str, int]]) -> Choice:
    chosen = [_first(family, faces)]
    fallbacks = [name for name in CJK_FAMILIES if name in faces]
    missing = []
    for ch in drawn(text):
        code = ord(ch)
        if any(code in _charmap(*faces[name]) for name in chosen if name in faces):
            continue
        found = next((name for name in (*fallbacks, *faces) if code in _charmap(*faces[name])), None)
        if found is None:
            missing.append(ch)
        else:
            chosen.append(found)
    return Choice(tuple(chosen), tuple(missing))


def cjk_installed() -> bool:
    """Whether matplotlib knows a font with Hangul (the CJK fonts have Chinese and Japanese too)."""
    return any(0xAC00 in _charmap(*face) for face in _faces().values())
