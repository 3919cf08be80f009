"""Numbers as a person wrote them: 16, 56.6, 1.5192, 1000001 — never rounded to six digits,
never in exponent form."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from negoprep.i18n import format_number

MAX_NUMBER = 1e15  # figures beyond this are mistakes, and would not survive a REAL column exactly


def is_figure(value: Any) -> bool:
    """A number a figure can be: finite and within ±MAX_NUMBER (booleans are not numbers)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER


def figure_text(value: float | int) -> str:
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = repr(float(value))
    if "e" in text:  # 1e-07: written out, digit for digit
        text = format(Decimal(text), "f")
    return text


def local_figure(value: float | int) -> str:
    """A figure with every digit `figure_text` writes, as the installed locale writes numbers
    (its grouping and decimal signs: 1,234.5)."""
    text = figure_text(value)
    if "." not in text:
        return format_number(int(text))
    return format_number(float(value), len(text) - text.index(".") - 1)


def written_close(unit: str) -> bool:
    """Whether a unit is written against its number: a Korean, Chinese or Japanese unit
    ("566억 달러", "1.5조 원": in those languages a unit takes no space)."""
    first = unit[:1]
    return bool(first) and (
        "\u1100" <= first <= "\u11ff" or "\u2e80" <= first <= "\u9fff" or "\uac00" <= first <= "\ud7af"
    )


def with_unit(number: str, unit: str | None) -> str:
    """A number as written (e.g. by `local_figure`) followed by its unit: "56.6 USD bn",
    "566억 달러"; no unit, the number alone."""
    unit = (unit or "").strip()
    if not unit:
        return number
    return f"{number}{unit}" if written_close(unit) else f"{number} {unit}"


#: a number as `typed_number` reads it, or the start of one: a sign, digits with thousands
#: commas, one decimal point, an exponent after a digit
_NUMBER_SO_FAR = re.compile(r"[+-]?[\d,]*(?:\.\d*)?(?:(?<=\d)[eE][+-]?\d*)?")


def could_be_number(text: str) -> bool:
    """Whether `text` (spaces around it aside) is a number as `typed_number` reads it or the
    start of one ("-", "1e"): what a number field lets a person type. Letters, units, a
    second decimal point or a space inside are not."""
    return _NUMBER_SO_FAR.fullmatch(text.strip()) is not None


def typed_number(text: str) -> float | int | str | None:
    """A number as a person typed it (thousands separators allowed), as the store holds it:
    a whole number as int, None for nothing typed. Text that is no number comes back as it
    is, so that the value rules say what is wrong with it rather than losing it."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() and abs(value) < 2**53 else value
