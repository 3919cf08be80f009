"""benchmarks/run.py's table and verdicts, on figures written by hand: a missed budget is
"MISSED" and exit status 1, a benchmark that dies is "ERROR", a cost that grows faster than
the rows is flagged. No benchmark is run and nothing is timed here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
MACHINE = {
    "date": "2026-01-01 00:00 UTC",
    "platform": "Linux",
    "cpu": "Test CPU",
    "cores": 2,
    "load": "0.1 0.1 0.1",
    "commit": "abc1234",
    "python": "3.11.7",
    "qt": "6.11.3",
    "pyside": "6.11.3",
    "sqlite": "3.51.1 (sqlcipher3)",
}


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """run.py, imported as its own folder's script (it imports table.py beside it)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("benchmarks_run", BENCHMARKS / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def a_run(bench: ModuleType, rows: list[dict]) -> dict:
    return {"command": "python benchmarks/run.py", "quick": True, "machine": MACHINE, "wall_s": 1.0, "rows": rows}


def replay(tmp_path: Path, run: dict, *extra: str) -> subprocess.CompletedProcess:
    path = tmp_path / "run.json"
    path.write_text(json.dumps(run), encoding="utf-8")
    command = [sys.executable, str(BENCHMARKS / "run.py"), "--from-json", str(path), *extra]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=False)


def test_a_missed_budget_reads_missed_and_exits_1(bench: ModuleType, tmp_path: Path) -> None:
    startup = bench.table.make(
        "start to a painted main window", 306.0, benchmark="startup", floor=107.0, budget=2.0, budget_of="ratio"
    )
    search = bench.table.make("search 'tariff'", 4.0, benchmark="search", rows=10_000, floor=0.2, budget=10.0)
    assert startup["ok"] is False and round(startup["ratio"], 2) == 2.86
    assert search["ok"] is True

    done = replay(tmp_path, a_run(bench, [startup, search]))

    assert done.returncode == 1
    line = next(line for line in done.stdout.splitlines() if "start to a painted" in line)
    assert "MISSED" in line and "2.86×" in line and "≤ 2×" in line and "107 ms" in line and "demo" in line
    search_line = next(line for line in done.stdout.splitlines() if "search 'tariff'" in line)
    assert search_line.split()[-1] == "ok" and "10,000" in search_line
    assert "1 of 2 budgets met; MISSED: 1" in done.stdout
    assert "Test CPU, 2 cores" in done.stdout and "SQLite 3.51.1" in done.stdout


def test_every_budget_met_exits_0(bench: ModuleType, tmp_path: Path) -> None:
    rows = [
        bench.table.make("export, as loaded", 140.0, benchmark="export", floor=100.0, budget=1.5, budget_of="ratio"),
        bench.table.make("checklist to PDF", 2999.0, benchmark="print", rows=1000, budget=3000.0, strict=True),
        bench.table.make("section filter 'zzz'", 1.0, benchmark="search", rows=10_000),  # no budget: no verdict
    ]
    done = replay(tmp_path, a_run(bench, rows))
    assert done.returncode == 0, done.stdout
    assert "MISSED" not in done.stdout and "2 of 2 budgets met" in done.stdout


def test_strict_budgets_are_under_the_others_at_most(bench: ModuleType) -> None:
    make = bench.table.make
    assert make("a", 10.0, budget=10.0)["ok"] is True
    assert make("a", 10.0, budget=10.0, strict=True)["ok"] is False
    assert make("a", 300.0, floor=200.0, budget=1.5, budget_of="ratio")["ok"] is True
    assert make("a", 50.0, budget=100.0, ok=False)["ok"] is False  # a verdict with more to it than the number
    assert make("a", 50.0)["ok"] is None
    with pytest.raises(ValueError, match="budget_of"):
        make("a", 1.0, budget=1.0, budget_of="floor")


def test_no_figures_at_all_is_a_failure(bench: ModuleType, tmp_path: Path) -> None:
    assert bench.exit_status([]) == 1
    assert replay(tmp_path, a_run(bench, [])).returncode == 1


def test_a_benchmark_that_dies_is_an_error_row(bench: ModuleType, tmp_path: Path) -> None:
    dies = tmp_path / "dies.py"
    dies.write_text("import sys\nprint('something went wrong')\nsys.exit(3)\n", encoding="utf-8")
    job = bench.Job("ui", str(dies), [], rows=10_000)  # an absolute path stays itself under benchmarks/

    rows = bench.run_job(job, tmp_path, 1)

    assert len(rows) == 1 and rows[0]["ok"] is False and bench.verdict(rows[0]) == "ERROR"
    assert "exit status 3" in rows[0]["note"]
    assert "something went wrong" in (tmp_path / "01-ui-10000.txt").read_text(encoding="utf-8")
    assert bench.exit_status(rows) == 1


def test_a_script_that_exits_1_is_judged_by_its_rows(bench: ModuleType, tmp_path: Path) -> None:
    """Status 1 is the script's own verdict (its rows carry it); the rows it wrote are kept."""
    script = tmp_path / "over.py"
    script.write_text(
        "import json, sys\n"
        "out = sys.argv[sys.argv.index('--json') + 1]\n"
        "json.dump([{'benchmark': 'ui', 'figure': 'open', 'rows': 10, 'value': 150.0, 'unit': 'ms',"
        " 'floor': None, 'floor_name': '', 'ratio': None, 'budget': 250.0, 'budget_of': 'value',"
        " 'strict': False, 'ok': True, 'note': ''}], open(out, 'w'))\n"
        "sys.exit(1)\n",
        encoding="utf-8",
    )
    rows = bench.run_job(bench.Job("ui", str(script), [], rows=10), tmp_path, 2)
    assert [bench.verdict(row) for row in rows] == ["ok"]


def test_growth_per_ten_times_the_rows(bench: ModuleType) -> None:
    make = bench.table.make

    def at(figure: str, values: list[float], floor: float = 5.0) -> list[dict]:
        counts = (10_000, 100_000, 1_000_000)
        return [
            make(figure, v, benchmark="ui", rows=n, floor=floor, budget=100.0)
            for n, v in zip(counts, values, strict=True)
        ]

    rows = [
        *at("Checklists: sort by Owner", [30.0, 300.0, 3100.0]),  # grows with the rows: a defect
        *at("Agenda: scroll", [20.0, 24.0, 30.0]),  # the rows on screen: flat
        *at("Agenda: jump to the end", [1.0, 3.0, 9.0]),  # grows, but within the timer's jitter
        make("start to a painted main window", 300.0, benchmark="startup"),  # one measurement: no growth
    ]
    grown = {g["figure"]: g for g in bench.growth(rows)}

    assert set(grown) == {"Checklists: sort by Owner", "Agenda: scroll", "Agenda: jump to the end"}
    sort = grown["Checklists: sort by Owner"]
    assert sort["verdict"] == "grows" and [round(s, 1) for s in sort["per_10x"]] == [10.0, 10.3]
    assert grown["Agenda: scroll"]["verdict"] == "ok"
    assert grown["Agenda: jump to the end"]["verdict"] == "near floor"
    # the growth of two row counts that are not ten times apart is scaled to ten times
    assert bench.per_ten((10_000, 10.0), (40_000, 40.0)) == pytest.approx(10.0)

    text = bench.report_text(a_run(bench, rows))
    assert "growth with the rows:" in text and "at 1,000,000" in text
    assert "1 of 3 figures at several row counts grow over 2× per 10× rows" in text


def test_markdown_replaces_only_the_results(bench: ModuleType, tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    quoted = "# Benchmarks\n\nBetween the `<!-- results -->` markers.\n\n"  # a marker quoted is not one
    doc.write_text(quoted + "<!-- results -->\nold table\n<!-- /results -->\n\nAfter.\n")
    row = bench.table.make("checklist to PDF", 2500.0, benchmark="print", rows=1000, budget=3000.0, strict=True)

    done = replay(tmp_path, a_run(bench, [row]), "--markdown", str(doc))

    text = doc.read_text(encoding="utf-8")
    assert done.returncode == 0
    assert text.startswith(quoted + "<!-- results -->\n- ") and text.endswith("<!-- /results -->\n\nAfter.\n")
    assert "old table" not in text
    assert "| print | checklist to PDF | 1,000 | 2,500 ms |  |  | < 3,000 ms | ok |" in text
    assert "- machine: Linux; Test CPU, 2 cores" in text


def test_the_suite_is_not_part_of_a_quick_run(bench: ModuleType, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        bench.arguments(["--quick", "--suite"])
    assert "--suite" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        bench.arguments(["--rows", "10k"])
    assert bench.arguments(["--rows", "100000,10000"]).rows == [10_000, 100_000]


def test_the_quick_plan_runs_every_benchmark_once_on_small_stores(bench: ModuleType, tmp_path: Path) -> None:
    jobs = bench.plan(True, [10_000], tmp_path, suite=False, only=[])
    assert [job.benchmark for job in jobs] == ["startup", "print", "ui", "search", "export", "merge", "ui_stall"]
    assert all(job.rows is None or job.rows <= 10_000 for job in jobs)
    scripts = {job.script for job in jobs}
    assert scripts <= {path.name for path in BENCHMARKS.glob("*.py")}
    # the stores are built once and shared: the window, search and export use the same one
    stores = {path for job in jobs for path, _, _ in job.stores}
    assert stores == {tmp_path / "en-10000.db", tmp_path / "ko-10000.db"}

    full = bench.plan(False, [10_000, 100_000, 1_000_000], tmp_path, suite=True, only=[])
    assert [job.rows for job in full if job.benchmark == "ui"] == [10_000, 100_000, 1_000_000]
    assert full[-1].benchmark == "suite"
    assert [job.benchmark for job in bench.plan(False, [10_000], tmp_path, False, ["search"])] == ["search"]
    assert [job.benchmark for job in bench.plan(False, [10_000], tmp_path, False, ["suite"])] == ["suite"]


@pytest.mark.parametrize(("status", "verdict"), [(0, "ok"), (1, "MISSED")])
def test_the_suite_is_judged_by_its_time_and_its_result(
    bench: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, status: int, verdict: str
) -> None:
    """A stand-in for `python -m pytest`: a quick suite passes only when every test passes."""
    pytest_stand_in = tmp_path / "python"
    pytest_stand_in.write_text(f"#!/bin/sh\necho '3 passed, {status} failed in 0.10s'\nexit {status}\n")
    pytest_stand_in.chmod(0o755)
    monkeypatch.setattr(bench, "PYTHON", str(pytest_stand_in))

    [row] = bench.run_job(bench.Job("suite", "", []), tmp_path, 1)

    assert row["benchmark"] == "suite" and row["unit"] == "s" and row["budget"] == 120.0
    assert bench.verdict(row) == verdict
    assert row["note"].endswith(f"3 passed, {status} failed in 0.10s")
