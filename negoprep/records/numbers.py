"""Numbers as a person wrote them: 16, 56.6, 1.5192, 1000001 — never rounded to six digits,
never in exponent form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

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
