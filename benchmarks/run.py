"""Every benchmark in one table: each figure, its floor measured in the same run, the ratio, the
budget of DESIGN.md ("Speed and memory budgets") and a verdict. Exits 1 when a budget is missed
or a benchmark fails, 0 when every budget is met.

    python benchmarks/run.py [--quick] [--rows 10000,100000,1000000] [--stores DIR]
                             [--json OUT.json] [--markdown OUT.md] [--suite] [--only NAME,...]
    python benchmarks/run.py --from-json RUN.json [--markdown OUT.md]

Each benchmark runs as its own process (so start-up and memory are measured fresh) with
`--json`, and writes its figures as rows (see table.py); this script gathers and prints them.

The full run measures the window (ui_responsiveness.py) and search (search_speed.py) at each
row count of --rows (default 10,000 and 100,000), export at 100,000 rows, merge and the window's
stall while merging at 50,000 rows, start-up and printing; then a growth table gives, for each
figure measured at several row counts, how it grows per ten times the rows. A figure that grows
more than 2x per 10x rows is flagged "grows": the rows on screen do not change with the store's
size, so neither should the cost of showing them.

--quick (under two minutes) measures at 5,000 rows, merges too, with fewer repetitions.
The stores are built once with make_big_store.py into --stores DIR (default a temporary folder)
and reused from there by later runs. --suite adds the test suite's wall time (not with --quick).
--markdown writes the machine and the tables in Markdown: into OUT.md between the markers
`<!-- results -->` and `<!-- /results -->` when it has them (docs/benchmarks.md does), else as
the whole file. --from-json prints (and --markdown writes) the tables of an earlier --json run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: the interpreter every benchmark runs in: this one
PYTHON = sys.executable
#: a figure growing more than this per ten times the rows is flagged
GROWTH_LIMIT = 2.0
#: below these, a figure is noise, not growth: a multiple of its floor, a share of its budget
NOISE_FLOORS = 3.0
NOISE_BUDGET_SHARE = 0.1
SUITE_BUDGET_S = 120.0
#: stores up to this many rows are built two at a time
PARALLEL_BUILD_ROWS = 100_000
DEFAULT_ROWS = (10_000, 100_000)
QUICK_ROWS = (5_000,)
BENCHMARKS = ("startup", "print", "ui", "search", "export", "merge", "ui_stall", "suite")
RESULTS_BEGIN = "<!-- results -->"
RESULTS_END = "<!-- /results -->"


# --- what to run -------------------------------------------------------------------------------


@dataclass
class Job:
    benchmark: str
    script: str
    args: list[str]
    rows: int | None = None
    stores: list[tuple[Path, int, str]] = field(default_factory=list)  # (path, rows, language) it needs

    @property
    def title(self) -> str:
        return self.benchmark + (f" at {self.rows:,} rows" if self.rows else "")


def plan(quick: bool, rows: Sequence[int], stores: Path, suite: bool, only: Sequence[str]) -> list[Job]:
    """The benchmarks to run, in order, with the stores each one needs."""

    def store(rows: int, lang: str = "en") -> tuple[Path, int, str]:
        return (stores / f"{lang}-{rows}.db", rows, lang)

    def merge_folder(rows: int) -> str:
        return str(stores / f"merge-{rows}")

    jobs = [
        Job("startup", "startup.py", ["--runs", "3" if quick else "7"]),
        Job("print", "print_speed.py", ["--runs", "1" if quick else "3"], 1000),
    ]
    for n in rows:
        en, ko = store(n), store(n, "ko")
        jobs.append(Job("ui", "ui_responsiveness.py", ["--rows", str(n), "--store", str(en[0])], n, [en]))
        search_args = ["--rows", str(n), "--runs", "3" if quick else "7", "--store-en", str(en[0])]
        jobs.append(Job("search", "search_speed.py", [*search_args, "--store-ko", str(ko[0])], n, [en, ko]))
    export_rows = rows[0] if quick else 100_000
    en = store(export_rows)
    export_args = ["--rows", str(export_rows), "--store", str(en[0]), "--runs", "1" if quick else "3"]
    jobs.append(Job("export", "export_speed.py", export_args, export_rows, [en]))
    merge_rows = 5_000 if quick else 50_000
    merge_args = ["--rows", str(merge_rows), "--keep", merge_folder(merge_rows)]
    jobs.append(Job("merge", "merge_speed.py", [*merge_args, "--runs", "1" if quick else "3"], merge_rows))
    jobs.append(Job("ui_stall", "ui_stall.py", merge_args, merge_rows))
    if suite or "suite" in only:
        jobs.append(Job("suite", "", []))
    return [job for job in jobs if not only or job.benchmark in only]


def child_env() -> dict[str, str]:
    """This checkout's negoprep first; offscreen unless a display is set."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def build_store(path: Path, rows: int, lang: str, log: Path) -> None:
    """make_big_store.py into a side file, renamed when complete: an interrupted build is
    never reused."""
    if path.exists():
        return
    partial = path.with_name(f"building-{path.name}")
    for leftover in path.parent.glob(f"{partial.name}*"):
        leftover.unlink()
    say(f"building a {rows:,}-row store ({lang}) in {path.parent} ...")
    start = time.perf_counter()
    command = [PYTHON, str(HERE / "make_big_store.py"), str(partial), "--rows", str(rows), "--lang", lang]
    with log.open("a", encoding="utf-8") as out:
        subprocess.run(command, check=True, stdout=out, stderr=subprocess.STDOUT, env=child_env(), cwd=ROOT)
    partial.replace(path)
    say(f"  built in {time.perf_counter() - start:.0f} s")


def build_stores(jobs: Sequence[Job], logs: Path) -> None:
    """Every store the jobs need, before anything is timed: two at a time up to
    PARALLEL_BUILD_ROWS rows (a 1,000,000-row build holds 1.6 GB while it loads, so those are
    built one at a time). A build that fails is tried again by its job, which reports it."""
    needed = list(dict.fromkeys(store for job in jobs for store in job.stores if not store[0].exists()))

    def build(store: tuple[Path, int, str]) -> None:
        path, rows, lang = store
        try:
            build_store(path, rows, lang, logs / f"00-build-{path.stem}.txt")
        except (OSError, subprocess.CalledProcessError) as exc:
            say(f"  building {path.name} failed: {exc}")

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(build, [store for store in needed if store[1] <= PARALLEL_BUILD_ROWS]))
    for store in needed:
        if store[1] > PARALLEL_BUILD_ROWS:
            build(store)


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def run_job(job: Job, logs: Path, number: int) -> list[dict[str, Any]]:
    """Run one benchmark in a fresh process; its rows, or one error row when it failed."""
    log = logs / f"{number:02d}-{job.benchmark}{f'-{job.rows}' if job.rows else ''}.txt"
    for path, rows, lang in job.stores:
        build_store(path, rows, lang, log)
    out = logs / f"{log.stem}.json"
    env = child_env()
    if job.benchmark == "suite":
        # the README's quick check, on every core; compiled as a working copy keeps it (the
        # modules and the tests' rewritten asserts, about 9 s per worker to redo), in a cache
        # of its own that a collection fills first, even where the shell sets
        # PYTHONDONTWRITEBYTECODE
        command = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "auto"]
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(logs / "pycache")
        warm = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only"]
        subprocess.run(warm, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    else:
        command = [PYTHON, str(HERE / job.script), *job.args, "--json", str(out)]
    say(f"running {job.title}: {shlex.join(command[1:])}")
    start = time.perf_counter()
    with log.open("a", encoding="utf-8") as stream:
        status = subprocess.run(command, stdout=stream, stderr=subprocess.STDOUT, env=env, cwd=ROOT).returncode
    spent = time.perf_counter() - start
    say(f"  {spent:.0f} s, exit status {status}")
    if job.benchmark == "suite":
        note = suite_note(status, tail(log, 1).strip())
        ok = status == 0 and table.within(spent, SUITE_BUDGET_S)
        return [
            table.make("test suite, wall time", spent, "s", benchmark="suite", budget=SUITE_BUDGET_S, ok=ok, note=note)
        ]
    rows = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
    # status 1 is the script's own verdict, which its rows carry; anything else is a failure
    if status not in (0, 1) or not rows:
        say(tail(log))
        rows.append(error_row(job, f"exit status {status}, {len(rows)} figures written; output in {log}"))
    return rows


def error_row(job: Job, note: str) -> dict[str, Any]:
    row = table.make(f"{job.script or job.benchmark} did not finish", None, "", benchmark=job.benchmark, rows=job.rows)
    row.update(ok=False, error=True, note=note)
    return row


def suite_note(status: int, last_line: str) -> str:
    return last_line if status == 0 else f"exit status {status}: {last_line}"


# --- the machine -------------------------------------------------------------------------------

VERSIONS = """
import json, sys
import PySide6
from PySide6 import QtCore
from negoprep.store.engine import sqlite
print(json.dumps({"python": sys.version.split()[0], "qt": QtCore.qVersion(), "pyside": PySide6.__version__,
                  "sqlite": f"{sqlite.sqlite_version} ({sqlite.__name__})"}))
"""


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    found = subprocess.run(
        [PYTHON, "-c", VERSIONS], capture_output=True, text=True, env=child_env(), cwd=ROOT, check=False
    )
    try:
        versions = json.loads(found.stdout)
    except json.JSONDecodeError:
        versions = {"python": platform.python_version(), "qt": "?", "pyside": "?", "sqlite": "?"}
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load": load_average(),
        "commit": commit or "?",
        **versions,
    }


def load_average() -> str:
    try:
        return " ".join(f"{n:.1f}" for n in os.getloadavg())
    except OSError:
        return "?"


def header_lines(run: dict[str, Any]) -> list[str]:
    m = run["machine"]
    return [
        f"{m['date']}, commit {m['commit']}: {run['command']}",
        f"machine: {m['platform']}; {m['cpu']}, {m['cores']} cores",
        f"Python {m['python']}, Qt {m['qt']} (PySide6 {m['pyside']}), SQLite {m['sqlite']}",
        f"load average (1, 5, 15 min) at the start {m['load']}, at the end {run.get('load_end', '?')}; "
        f"wall time {run.get('wall_s', 0):.0f} s",
    ]


# --- the verdicts ------------------------------------------------------------------------------


def verdict(row: dict[str, Any]) -> str:
    if row.get("error"):
        return "ERROR"
    ok = row.get("ok")
    return "" if ok is None else "ok" if ok else "MISSED"


def missed(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if row.get("ok") is False]


def exit_status(rows: Sequence[dict[str, Any]]) -> int:
    return 1 if missed(rows) or not rows else 0


def per_ten(low: tuple[int, float], high: tuple[int, float]) -> float:
    """How much a figure grows per ten times the rows, between two row counts."""
    (rows_a, a), (rows_b, b) = low, high
    if a <= 0:
        return math.inf if b > 0 else 1.0
    return (b / a) ** (1 / math.log10(rows_b / rows_a))


def is_noise(row: dict[str, Any]) -> bool:
    """Too small to tell growth from jitter: within a few floors, or a sliver of the budget."""
    value = row["value"]
    if row.get("floor") and value <= NOISE_FLOORS * row["floor"]:
        return True
    return (
        row.get("budget") is not None
        and row.get("budget_of") == "value"
        and value <= NOISE_BUDGET_SHARE * row["budget"]
    )


def growth(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each figure measured at more than one row count: its value at each, the growth per
    ten times the rows between each two, and "grows" when that is over GROWTH_LIMIT."""
    figures: dict[tuple[str, str], dict[int, dict[str, Any]]] = {}
    for row in rows:
        if isinstance(row.get("rows"), int) and row.get("value") is not None and not row.get("error"):
            figures.setdefault((row["benchmark"], row["figure"]), {})[row["rows"]] = row
    out = []
    for (benchmark, figure), by_rows in figures.items():
        if len(by_rows) < 2:
            continue
        counts = sorted(by_rows)
        steps = [per_ten((a, by_rows[a]["value"]), (b, by_rows[b]["value"])) for a, b in itertools.pairwise(counts)]
        over = [step > GROWTH_LIMIT for step in steps]
        grows = any(big and not is_noise(by_rows[b]) for big, b in zip(over, counts[1:], strict=True))
        out.append(
            {
                "benchmark": benchmark,
                "figure": figure,
                "unit": by_rows[counts[0]]["unit"],
                "values": {str(n): by_rows[n]["value"] for n in counts},
                "per_10x": steps,
                "verdict": "grows" if grows else "near floor" if any(over) else "ok",
            }
        )
    return out


# --- the tables --------------------------------------------------------------------------------


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    if unit == "refs" or abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip()


def rows_label(rows: int | None) -> str:
    return "demo" if rows is None else f"{rows:,}"


def ratio_label(ratio: float | None) -> str:
    if ratio is None:
        return ""
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:,.0f}×"


def budget_label(row: dict[str, Any]) -> str:
    budget = row.get("budget")
    if budget is None:
        return ""
    sign = "<" if row.get("strict") else "≤"
    if row.get("budget_of") == "ratio":
        return f"{sign} {budget:g}×"
    return f"{sign} {budget:,g} {row['unit']}"


def floor_label(row: dict[str, Any]) -> str:
    if row.get("floor") is None:
        return ""
    return f"{number(row['floor'], row['unit'])} {row.get('floor_name', '')}".strip()


COLUMNS = ("benchmark", "figure", "rows", "value", "floor", "ratio", "budget", "verdict", "note")


def cells(row: dict[str, Any]) -> list[str]:
    return [
        row["benchmark"],
        row["figure"],
        rows_label(row.get("rows")),
        number(row["value"], row["unit"]),
        floor_label(row),
        ratio_label(row.get("ratio")),
        budget_label(row),
        verdict(row),
        row.get("note", ""),
    ]


def growth_columns(grown: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    counts = sorted({int(n) for g in grown for n in g["values"]})
    head = ["benchmark", "figure", *(f"at {n:,}" for n in counts), "per 10× rows", "verdict"]
    body = []
    for g in grown:
        values = [number(g["values"].get(str(n)), g["unit"]) for n in counts]
        steps = ", ".join(f"×{step:.2f}" if math.isfinite(step) else "×∞" for step in g["per_10x"])
        body.append([g["benchmark"], g["figure"], *values, steps, g["verdict"]])
    return head, body


def shown_width(text: str) -> int:
    """Columns a terminal gives the text: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def plain(head: Sequence[str], body: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    widths = [max(shown_width(str(cell)) for cell in column) for column in zip(head, *body, strict=True)]
    widths[-1] = 0  # the last column runs on

    def line(cells: Sequence[str]) -> str:
        parts = []
        for n, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * max(width - shown_width(str(cell)), 0)
            parts.append(pad + str(cell) if n in right else str(cell) + pad)
        return "  ".join(parts).rstrip()

    rule = ["-" * max(width, len(name)) for name, width in zip(head, widths, strict=True)]
    return "\n".join([line(head), line(rule), *(line(cells) for cells in body)])


def markdown_table(head: Sequence[str], body: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(cell).replace("|", "\\|") for cell in cells) + " |"

    rule = ["---:" if n in right else "---" for n in range(len(head))]
    return "\n".join([line(head), line(rule), *(line(cells) for cells in body)])


def summary(rows: Sequence[dict[str, Any]], grown: Sequence[dict[str, Any]]) -> str:
    judged = [row for row in rows if row.get("ok") is not None]
    errors = [row for row in rows if row.get("error")]
    growing = [g for g in grown if g["verdict"] == "grows"]
    text = f"{len(judged) - len(missed(rows))} of {len(judged)} budgets met"
    if missed(rows):
        text += f"; MISSED: {len(missed(rows)) - len(errors)}"
    if errors:
        text += f"; ERROR: {len(errors)} benchmark(s) did not finish"
    if grown:
        text += (
            f"; {len(growing)} of {len(grown)} figures at several row counts grow over {GROWTH_LIMIT:g}× per 10× rows"
        )
    return text


RIGHT = (2, 3, 5)  # rows, value and ratio: right-aligned


def report_text(run: dict[str, Any]) -> str:
    grown = growth(run["rows"])
    parts = [*header_lines(run), "", plain(COLUMNS, [cells(r) for r in run["rows"]], RIGHT)]
    if grown:
        head, body = growth_columns(grown)
        parts += ["", "growth with the rows:", plain(head, body, range(2, len(head) - 1))]
    parts += ["", summary(run["rows"], grown)]
    return "\n".join(parts)


def report_markdown(run: dict[str, Any]) -> str:
    grown = growth(run["rows"])
    lines = [f"- {line}" for line in header_lines(run)]
    parts = ["\n".join(lines), markdown_table(COLUMNS, [cells(r) for r in run["rows"]], RIGHT)]
    if grown:
        head, body = growth_columns(grown)
        parts += ["Growth with the rows:", markdown_table(head, body, range(2, len(head) - 1))]
    parts.append(summary(run["rows"], grown) + ".")
    return "\n\n".join(parts) + "\n"


def write_markdown(path: Path, text: str) -> None:
    """Between the results markers of an existing file, each on a line of its own (a marker
    quoted in a sentence is not one), or the whole file."""
    block = f"{RESULTS_BEGIN}\n{text}{RESULTS_END}\n"
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        marks = [line.strip() for line in lines]
        if RESULTS_BEGIN in marks and RESULTS_END in marks[marks.index(RESULTS_BEGIN) :]:
            begin = marks.index(RESULTS_BEGIN)
            end = marks.index(RESULTS_END, begin)
            path.write_text("".join([*lines[:begin], block, *lines[end + 1 :]]), encoding="utf-8")
            return
    path.write_text(block, encoding="utf-8")


# --- the command -------------------------------------------------------------------------------


def row_counts(text: str) -> list[int]:
    try:
        counts = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"row counts separated by commas, e.g. 10000,100000: not {text!r}") from None
    if not counts or counts[0] <= 0:
        raise argparse.ArgumentTypeError(f"positive row counts, not {text!r}")
    return counts


def names(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown benchmark {', '.join(unknown)}: one of {', '.join(BENCHMARKS)}")
    return chosen


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 rows, fewer runs: under two minutes")
    parser.add_argument("--rows", type=row_counts, help="row counts of the window and search figures")
    parser.add_argument("--stores", type=Path, help="build the stores here, or reuse them (default a temp folder)")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the figures and the machine as JSON")
    parser.add_argument("--markdown", type=Path, metavar="OUT.md", help="write the tables in Markdown")
    parser.add_argument("--logs", type=Path, metavar="DIR", help="keep each benchmark's own output here")
    parser.add_argument("--suite", action="store_true", help="time the test suite too (budget 120 s)")
    parser.add_argument("--only", type=names, default=[], help=f"only these, of {','.join(BENCHMARKS)}")
    parser.add_argument("--from-json", type=Path, metavar="RUN.json", help="print the tables of an earlier run")
    args = parser.parse_args(argv)
    if args.suite and args.quick:
        parser.error("--suite takes minutes: not with --quick")
    return args


def measure(args: argparse.Namespace, command: str) -> dict[str, Any]:
    rows = args.rows or (QUICK_ROWS if args.quick else DEFAULT_ROWS)
    start = time.perf_counter()
    found = machine()
    with tempfile.TemporaryDirectory(prefix="negoprep-bench-") as tmp:
        stores = args.stores or Path(tmp) / "stores"
        logs = args.logs or Path(tmp) / "logs"
        for folder in (stores, logs):
            folder.mkdir(parents=True, exist_ok=True)
        jobs = plan(args.quick, rows, stores, args.suite, args.only)
        build_stores(jobs, logs)
        figures: list[dict[str, Any]] = []
        for number, job in enumerate(jobs, start=1):
            try:
                figures += run_job(job, logs, number)
            except (OSError, subprocess.CalledProcessError, json.JSONDecodeError) as exc:
                figures.append(error_row(job, f"{exc}"))
    return {
        "command": command,
        "quick": args.quick,
        "machine": found,
        "load_end": load_average(),
        "wall_s": time.perf_counter() - start,
        "rows": figures,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    if args.from_json:
        run = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        command = "python benchmarks/run.py " + shlex.join(sys.argv[1:] if argv is None else argv)
        run = measure(args, command.strip())
    run["growth"] = growth(run["rows"])
    print(report_text(run))
    if args.json:
        args.json.write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.markdown:
        write_markdown(args.markdown, report_markdown(run))
    return exit_status(run["rows"])


if __name__ == "__main__":
    sys.exit(main())
