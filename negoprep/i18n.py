"""The language a person reads negoprep in: every text shown, printed or said on the command
line passes through `translate`, and names are sorted and numbers written by the chosen locale.

The core does not import Qt. Until a language is installed, `translate` returns the English
source text, `sort_key` folds case, numbers are written as Python writes them and dates as ISO
dates. Installing a language (`negoprep.ui.translation.use_language`) replaces the four hooks
with Qt's translator (`.qm` files compiled from `resources/translations/*.ts`), `QCollator` and
`QLocale` (numbers and dates).

Source strings are found by `pyside6-lupdate`, which reads calls of `translate("Context",
"text")` and `QT_TRANSLATE_NOOP("Context", "text")` with literal arguments. Texts declared as
data (field labels, problem wording, enumerated values) are listed for it in a generated file,
`resources/translations/declared.py` (`python -m negoprep.ui.translation --update`).
"""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from collections.abc import Callable
from typing import Any

#: languages negoprep speaks, by ISO 639-1 code; English is the source language
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}  # untranslated: each in its own language
SOURCE_LANGUAGE = "en"

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_sort_key: Callable[[str], Any] | None = None
_number: Callable[[float, int], str] | None = None
_date: Callable[[datetime.date], str] | None = None
_language = SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (the English source when none is, or it lacks one).

    ``context`` groups texts as the translation files do (usually the class or module that
    shows them); ``n`` picks a plural form where the text holds ``%n``, which is replaced by
    the number written in the installed locale."""
    found = _translator(context, text, disambiguation, n) if _translator is not None else ""
    found = found or text
    if n >= 0 and "%n" in found:
        found = found.replace("%n", format_number(n))
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is declared; translated where it is shown."""
    return text


def sort_key(text: str) -> Any:
    """A key that orders names and titles as the installed locale does (e.g. Hangul in
    dictionary order, "é" beside "e"), for `sorted(..., key=sort_key)`."""
    if _sort_key is not None:
        return _sort_key(text)
    return text.casefold()


_DIGITS = re.compile(r"\d+")


class _KeyCharacters(dict):
    """What each character becomes in a collation key (see `collation_key`), worked out the
    first time it is met and kept: `str.translate` then builds a key at C speed. A combining
    mark is dropped, punctuation and symbols are put first, and with `latin_last` the
    alphabets other than Hangul and Chinese characters are moved past both."""

    def __init__(self, latin_last: bool) -> None:
        super().__init__()
        self.latin_last = latin_last

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if unicodedata.combining(ch):
            kept = ""
        elif unicodedata.category(ch)[0] in "PS":
            kept = "\x01" + ch
        elif self.latin_last and ch.isalpha() and (code < 0x1100 or 0x1200 <= code < 0x2E80):
            kept = chr(code + 0x10000)
        else:
            kept = ch
        self[code] = kept
        return kept


_KEY_CHARACTERS = {False: _KeyCharacters(latin_last=False), True: _KeyCharacters(latin_last=True)}


def collation_key(text: str | None) -> str | None:
    """A plain-text key that orders as the installed locale's collation does at its first
    level, for SQL (``ORDER BY collation_key(title)``) where a Qt collator cannot reach:
    case and accents are ignored ("é" beside "e"), punctuation comes before digits and digits
    before letters, numbers in text go by value ("item 2" before "item 10"), and in Korean,
    Hangul and then Chinese characters come before Latin letters (CLDR's Korean order;
    Chinese characters among themselves keep code point order, not their Korean reading).
    `sort_key` is the collator itself, for lists in memory; tests hold the two to one order."""
    if text is None:
        return None  # SQL's null sorts first, as before any text
    folded = text.casefold()
    if not folded.isalpha():  # (a word of letters alone holds no number to pad)
        folded = _DIGITS.sub(_padded, folded)
    # NFD decomposes Hangul syllables into conjoining jamo (where each character goes: _KeyCharacters)
    return unicodedata.normalize("NFD", folded).translate(_KEY_CHARACTERS[_language == "ko"])


def _padded(number: re.Match[str]) -> str:
    return number.group().lstrip("0").zfill(24)


def format_number(value: int | float, decimals: int = -1) -> str:
    """A number as the installed locale writes it; ``decimals`` -1 keeps the fewest digits
    that show the value (75, 2.5, 0.125, 1,234,567.5)."""
    if _number is not None:
        return _number(value, decimals)
    if decimals < 0:
        if isinstance(value, int):
            return f"{value:,}"
        shortest = repr(value)
        if "e" in shortest or "n" in shortest:  # 1e+20, inf, nan: as Python writes them
            return shortest
        decimals = len(shortest.partition(".")[2]) if not value.is_integer() else 0
    return f"{value:,.{decimals}f}"


def format_date(day: datetime.date | str | None) -> str:
    """A calendar day as the installed locale writes it (e.g. "2025년 5월 1일"); the source
    language writes ISO dates (2025-05-01). ``day`` may be an ISO date as the store keeps it;
    text that is no such date comes back as it is, and None as nothing."""
    if day is None:
        return ""
    if isinstance(day, str):
        try:
            parsed = datetime.date.fromisoformat(day)
        except ValueError:
            return day
        if len(day) != 10:  # "20250501" and other forms fromisoformat takes: not the store's
            return day
        day = parsed
    if isinstance(day, datetime.datetime):
        day = day.date()
    if _date is not None:
        return _date(day)
    return day.isoformat()


def language() -> str:
    """The installed language's code ("en", "ko")."""
    return _language


def installed() -> tuple[object, ...]:
    """What `install` put in place last: its language and its functions (to tell whether a
    language is still in place)."""
    return (_language, _translator, _sort_key, _number, _date)


def install(
    code: str,
    translator: Translator | None,
    sort_key: Callable[[str], Any] | None = None,
    number: Callable[[float, int], str] | None = None,
    date: Callable[[datetime.date], str] | None = None,
) -> None:
    """Make ``code`` the language of everything shown from now on (used by the Qt side)."""
    global _translator, _sort_key, _number, _date, _language
    _translator, _sort_key, _number, _date, _language = translator, sort_key, number, date, code


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language the system asks for, as POSIX orders it (LANGUAGE's first entry, then
    LC_ALL, LC_MESSAGES, LANG), among those negoprep speaks; English otherwise."""
    env = os.environ if environ is None else environ
    candidates = [*env.get("LANGUAGE", "").split(":")[:1], env.get("LC_ALL", ""), env.get("LC_MESSAGES", "")]
    candidates.append(env.get("LANG", ""))
    for value in candidates:
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
            return SOURCE_LANGUAGE
        code = value.split("_")[0].split(".")[0].split("@")[0].lower()
        return code if code in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def chosen(code: str | None) -> str:
    """The language to use: ``code`` when negoprep speaks it, else the system's."""
    return code if code in LANGUAGES else system_language()
