"""Figures read back exactly as written."""

from __future__ import annotations

import pytest

from negoprep.records.numbers import could_be_number, figure_text, typed_number
from negoprep.redlines.rules import describe_rule


@pytest.mark.parametrize(
    ("value", "text"),
    [(16, "16"), (16.0, "16"), (56.6, "56.6"), (1.5192, "1.5192"), (1000001, "1000001"), (1e-07, "0.0000001"),
     (-2.5, "-2.5"), (123456789.125, "123456789.125")],
)  # fmt: skip
def test_figure_text(value: float, text: str) -> None:
    assert figure_text(value) == text
    assert float(figure_text(value)) == value


def test_rules_speak_exact_figures() -> None:
    rule = {"kind": "ceiling", "item": "a", "value": 1234567.5}
    assert describe_rule(rule, {}, {"a": "Cost"}, {"a": "KRW bn"}) == "Cost: at most 1234567.5 KRW bn"


@pytest.mark.parametrize(
    ("typed", "held"),
    [("", None), ("  ", None), ("16", 16), ("1,500,000", 1500000), (" 56.6 ", 56.6), ("-3", -3),
     ("2.0", 2), ("1e3", 1000), ("9007199254740993", 9007199254740992.0), ("ten", "ten"), ("1.2.3", "1.2.3")],
)  # fmt: skip
def test_a_typed_number_is_held_as_the_store_holds_it(typed: str, held: object) -> None:
    got = typed_number(typed)
    assert got == held and type(got) is type(held)


@pytest.mark.parametrize(
    "text, admitted",
    [("", True), ("-", True), ("+3", True), ("12", True), ("-1,000.25", True), (".5", True), ("1e3", True),
     ("1E-", True), (" 7 ", True), ("e", False), ("1.2.3", False), ("12a", False), ("USD", False), ("5%", False),
     ("1 000", False), ("inf", False), ("nan", False), ("−3", False)],
)  # fmt: skip
def test_what_a_number_field_lets_a_person_type(text: str, admitted: bool) -> None:
    assert could_be_number(text) is admitted
