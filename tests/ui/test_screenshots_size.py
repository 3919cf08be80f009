"""`negoprep screenshots --size WxH` renders the window at a screen's size (a 1366×768 laptop,
a full-HD monitor), so that what is cut off at that size can be seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from negoprep.cli import main
from negoprep.ui.sections.registry import SECTIONS


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_at_a_given_size(qapp, tmp_path: Path, size: tuple[int, int]) -> None:
    store = tmp_path / "demo.db"
    assert main(["--store", str(store), "demo"]) == 0
    out = tmp_path / "shots"
    assert main(["--store", str(store), "screenshots", "--out", str(out), "--size", f"{size[0]}x{size[1]}"]) == 0
    files = sorted(out.glob("*.png"))
    names = [f.stem.split("-", 1)[1] for f in files]
    assert [s.icon for s in SECTIONS] == names[: len(SECTIONS)]
    assert "guide" in names
    for file in files[: len(SECTIONS)]:
        image = QImage(str(file))
        assert (image.width(), image.height()) == size, file.name


@pytest.mark.parametrize("bad", ["1366", "x768", "1366x", "wide", "100x100", "1366x768x2", "-1366x768"])
def test_a_size_that_is_not_one_is_refused(tmp_path: Path, capsys, bad: str) -> None:
    store = tmp_path / "demo.db"
    assert main(["--store", str(store), "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "shots"
    assert main(["--store", str(store), "screenshots", "--out", str(out), f"--size={bad}"]) == 2
    assert "--size" in capsys.readouterr().err
    assert not out.exists()
