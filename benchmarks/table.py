"""The figures a benchmark writes with `--json OUT.json`, for `run.py` to gather into one table.

A script calls `setup(benchmark, rows)` once its arguments are read, `record(...)` for each
figure where it prints it, and `write(args.json)` at its end. Each figure is one row:

    benchmark   the script's short name ("search", "ui", ...)
    figure      what was measured, the same words at every row count
    rows        the rows of the store it was measured on (None: the demo dossier)
    value, unit the figure ("ms", "MB", ...)
    floor       what the same machine does in the same run without negoprep's work, in the
                same unit (None when there is no such floor); floor_name says what it is
    ratio       value / floor
    budget      the limit of DESIGN.md ("Speed and memory budgets"), on the value or on the
                ratio (budget_of); strict budgets are "under", the others "at most"
    ok          True within budget, False over it, None when the figure has no budget
    note        anything a reader needs beside the number
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KEYS = (
    "benchmark",
    "figure",
    "rows",
    "value",
    "unit",
    "floor",
    "floor_name",
    "ratio",
    "budget",
    "budget_of",
    "strict",
    "ok",
    "note",
)

_context: dict[str, Any] = {"benchmark": "", "rows": None}
_recorded: list[dict[str, Any]] = []


def setup(benchmark: str, rows: int | None = None) -> None:
    """The benchmark's name and the rows of its store, for the figures recorded after."""
    _context.update(benchmark=benchmark, rows=rows)


def within(value: float, budget: float, strict: bool = False) -> bool:
    return value < budget if strict else value <= budget


def make(
    figure: str,
    value: float | None,
    unit: str = "ms",
    *,
    benchmark: str | None = None,
    rows: int | None = None,
    floor: float | None = None,
    floor_name: str = "",
    budget: float | None = None,
    budget_of: str = "value",
    strict: bool = False,
    ok: bool | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One row. `ok` is worked out from the budget unless given (a verdict with more to it
    than the number, e.g. a merge that must also have run off the GUI thread)."""
    if budget_of not in ("value", "ratio"):
        raise ValueError(f"budget_of is 'value' or 'ratio', not {budget_of!r}")
    ratio = value / floor if floor and value is not None else None
    if ok is None and budget is not None:
        measured = ratio if budget_of == "ratio" else value
        ok = measured is not None and within(measured, budget, strict)
    return {
        "benchmark": benchmark if benchmark is not None else _context["benchmark"],
        "figure": figure,
        "rows": rows if rows is not None else _context["rows"],
        "value": value,
        "unit": unit,
        "floor": floor,
        "floor_name": floor_name if floor is not None else "",
        "ratio": ratio,
        "budget": budget,
        "budget_of": budget_of,
        "strict": strict,
        "ok": ok,
        "note": note,
    }


def record(figure: str, value: float, unit: str = "ms", **details: Any) -> dict[str, Any]:
    """Make a row (see `make`) and keep it for `write`."""
    row = make(figure, value, unit, **details)
    _recorded.append(row)
    return row


def recorded() -> list[dict[str, Any]]:
    return list(_recorded)


def write(path: Path | None) -> None:
    """Write the rows recorded so far to `path` as a JSON list (nothing when path is None)."""
    if path is not None:
        Path(path).write_text(json.dumps(_recorded, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def add_option(parser: Any) -> None:
    """The `--json OUT.json` option every benchmark takes."""
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="also write the figures as JSON rows")
