"""Numbers as a person wrote them: 16, 56.6, 1.5192, 1000001 — never rounded to six digits,
never in exponent form."""

from __future__ import annotations

from decimal import Decimal


def figure_text(value: float | int) -> str:
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = repr(float(value))
    if "e" in text:  # 1e-07: written out, digit for digit
        text = format(Decimal(text), "f")
    return text
