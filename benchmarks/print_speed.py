"""Print speed: a checklist of 1,000 tasks to PDF (budget: under 3 s).

    python benchmarks/print_speed.py [--tasks N] [--runs N] [--budget SECONDS]

Builds the HTML of one checklist of N tasks (default 1,000; a third with long texts that
wrap over several lines, half ticked off, some overdue), then times, as the median of --runs
runs (default 3), `negoprep.ui.printing.render_pdf` to a temporary file: the layout, the
page marks on every page and the check for characters without a font. The HTML building is
timed apart. Exits 0 within budget, else 1.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import table

from negoprep.paper import checklists as paper
from negoprep.records import model
from negoprep.ui import printing


def checklist_html(tasks: int) -> str:
    dossier = model.Dossier(id="d", title="Print speed — 한국 대표단", classification="RESTRICTED")
    names = {"p": "Kim Ji-hoon"}
    linked = {"a": "Tariff relief for automobiles"}
    items = [
        model.ChecklistItem(
            id=f"t{i}",
            dossier_id="d",
            checklist_id="c",
            text=f"Task {i}: prepare the brief " + "and clear it with the ministries " * (i % 3),
            owner_id="p" if i % 2 else None,
            due=f"2025-04-{1 + i % 28:02d}",
            done=i % 2 == 0,
            agenda_item_id="a" if i % 5 == 0 else None,
            position=i,
        )
        for i in range(tasks)
    ]
    checklist = model.Checklist(id="c", dossier_id="d", title="Big checklist", items=items)
    return paper.checklists_html(dossier, [checklist], names, linked, today="2025-04-15")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget", type=float, default=3.0, help="seconds (default 3)")
    table.add_option(parser)
    args = parser.parse_args()
    table.setup("print", args.tasks)

    start = time.perf_counter()
    html = checklist_html(args.tasks)
    built = time.perf_counter() - start
    times = []
    pages = 0
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            out = Path(folder) / f"run{run}.pdf"
            start = time.perf_counter()
            result = printing.render_pdf(html, out, title="Print speed", classification="RESTRICTED", copy_number=1)
            times.append(time.perf_counter() - start)
            pages = result.pages
            size = out.stat().st_size
    median = statistics.median(times)
    print(f"HTML of {args.tasks} tasks: {built * 1000:.0f} ms")
    print(f"PDF: {pages} pages, {size / 1024:.0f} KiB; median {median:.2f} s of {', '.join(f'{t:.2f}' for t in times)}")
    ok = median < args.budget
    print(f"{'OK' if ok else 'OVER BUDGET'}: budget {args.budget:.1f} s")
    table.record(
        "checklist to PDF",
        median * 1000,
        budget=args.budget * 1000,
        strict=True,
        note=f"{pages} pages; median of {args.runs}; the HTML built in {built * 1000:.0f} ms",
    )
    table.write(args.json)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
