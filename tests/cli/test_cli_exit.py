"""The desktop app's process, once its window is closed, ends without Python's last collection
walking every object the window made."""

from __future__ import annotations

import gc
from pathlib import Path

from negoprep import cli, desktop
from negoprep.ui import app as app_module


def test_once_the_window_is_closed_the_exit_skips_the_last_collection(tmp_path: Path, monkeypatch) -> None:
    ran: list[Path] = []
    monkeypatch.setattr(app_module, "run", lambda path, is_default: ran.append(path) or 0)
    monkeypatch.setattr(cli, "_no_display", lambda: False)
    monkeypatch.setattr(desktop, "xcb_problem", lambda: None)
    monkeypatch.setattr(desktop, "display_problem", lambda: None)
    gc.unfreeze()
    try:
        assert cli.main(["--store", str(tmp_path / "s.db")]) == 0
        assert ran == [tmp_path / "s.db"]
        assert gc.get_freeze_count() > 0  # (what lives now is left to the exit)
    finally:
        gc.unfreeze()


def test_a_command_leaves_the_collector_as_it_was(tmp_path: Path, capsys) -> None:
    gc.unfreeze()
    assert cli.main(["--store", str(tmp_path / "s.db"), "list"]) in (0, 2)
    assert gc.get_freeze_count() == 0
