"""`negoprep screenshots` renders every section, in the light and the dark palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QImage

from negoprep.cli import main
from negoprep.ui.theme import apply_palette


def _mean_lightness(path: Path) -> float:
    image = QImage(str(path)).scaled(64, 40)
    values = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
    return sum(values) / len(values)


def test_every_section_is_rendered(qapp, tmp_path: Path, capsys) -> None:
    store = tmp_path / "demo.db"
    assert main(["--store", str(store), "demo"]) == 0
    out = tmp_path / "shots"
    assert main(["--store", str(store), "screenshots", "--out", str(out)]) == 0
    files = sorted(out.glob("*.png"))
    names = [f.stem.split("-", 1)[1] for f in files]
    for section in ("overview", "agenda", "red-line", "package", "talking-point", "delegation", "checklist",
                    "figure", "note", "search"):  # fmt: skip
        assert section in names
    assert str(files[0]) in capsys.readouterr().out
    first = QImage(str(files[0]))
    assert (first.width(), first.height()) == (1440, 900)
    light = _mean_lightness(files[1])

    dark_out = tmp_path / "dark"
    assert main(["--store", str(store), "screenshots", "--out", str(dark_out), "--dark"]) == 0
    dark = _mean_lightness(sorted(dark_out.glob("*.png"))[1])
    apply_palette(qapp, dark=False)
    assert dark < light - 60


@pytest.mark.qt_log_ignore("a real problem of the test's own")
def test_platform_noise_is_dropped_and_every_other_line_kept(qtlog) -> None:
    from PySide6.QtCore import qWarning

    from negoprep.ui.qt_log import is_noise, quiet_platform_noise

    with quiet_platform_noise():
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("a real problem of the test's own")
    said = [record.message for record in qtlog.records]
    assert "a real problem of the test's own" in said
    assert not any("does not support" in line for line in said)
    # a critical message is never noise, whatever it says
    assert not is_noise(QtMsgType.QtCriticalMsg, "default", "This plugin does not support raise()")
    assert is_noise(QtMsgType.QtWarningMsg, "qt.text.font.db", "OpenType support missing for a script")
