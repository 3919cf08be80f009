"""Start-up time: from a fresh process to a painted main window on the demo dossier,
against the floor of a bare PySide6 window in the same run. Budget: at most 2x.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import table

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show(); w.repaint(); app.processEvents()
"""

NEGOPREP = """
import sys
from negoprep.cli import main  # (as the entry point: Qt is imported once the window is asked for)
from PySide6.QtWidgets import QApplication
def painted_then_quit(app):
    for window in app.topLevelWidgets():
        window.repaint()
    app.processEvents()
    return 0
QApplication.exec = painted_then_quit  # the real entry point, stopped once the window is painted
sys.exit(main(["--store", sys.argv[1]]))
"""


#: compiled modules, kept between runs: an installed negoprep starts from compiled bytecode
#: (pip compiles it), never compiling its modules at each start as a shell with
#: PYTHONDONTWRITEBYTECODE would make it do; the warm-up run below fills it
BYTECODE = Path(tempfile.gettempdir()) / f"negoprep-startup-bytecode-{os.getuid()}"


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)  # (beside the sources nothing is written)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    table.add_option(parser)
    args = parser.parse_args()
    table.setup("startup")
    with tempfile.TemporaryDirectory() as folder:
        # (settings, identity and logs in the temporary folder: the person's recent stores and
        # last store stay as they were)
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
            os.environ[var] = str(Path(folder) / sub)
        os.environ.pop("NEGOPREP_STORE", None)
        store = Path(folder) / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "negoprep", "--store", str(store), "demo"], check=True, capture_output=True
        )
        timed(BARE)  # warm the file cache for both
        timed(NEGOPREP, str(store))
        bare = statistics.median(timed(BARE) for _ in range(args.runs))
        ours = statistics.median(timed(NEGOPREP, str(store)) for _ in range(args.runs))
    ratio = ours / bare
    print(f"bare PySide6 window: {bare * 1000:.0f} ms (median of {args.runs})")
    print(f"negoprep main window on the demo dossier: {ours * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f} (budget 2.00) {'OK' if ratio <= 2 else 'OVER BUDGET'}")
    table.record(
        "start to a painted main window",
        ours * 1000,
        floor=bare * 1000,
        floor_name="bare PySide6 window",
        budget=2.0,
        budget_of="ratio",
        note=f"demo dossier; median of {args.runs} fresh processes",
    )
    table.write(args.json)
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
