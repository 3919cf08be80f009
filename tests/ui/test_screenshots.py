"""`negoprep screenshots` renders every section, in the light and the dark palette."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QColor, QImage

from negoprep.cli import main
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.theme import apply_palette


def _mean_lightness(path: Path) -> float:
    image = QImage(str(path)).scaled(64, 40)
    values = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
    return sum(values) / len(values)


def _is_a_picture(path: Path) -> bool:
    """The file holds an image with something drawn on it: more than a few colours, light and dark."""
    image = QImage(str(path))
    if image.isNull() or image.width() < 200 or image.height() < 150:
        return False
    small = image.scaled(96, 64)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    lightness = [QColor(c).lightness() for c in colours]
    return len(colours) > 20 and max(lightness) - min(lightness) > 120


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
    assert "conflicts" not in names  # none is waiting in the demo
    assert str(files[0]) in capsys.readouterr().out
    first = QImage(str(files[0]))
    assert (first.width(), first.height()) == (1440, 900)
    light = _mean_lightness(files[1])

    dark_out = tmp_path / "dark"
    assert main(["--store", str(store), "screenshots", "--out", str(dark_out), "--dark"]) == 0
    dark = _mean_lightness(sorted(dark_out.glob("*.png"))[1])
    apply_palette(qapp, dark=False)
    assert dark < light - 60


def test_the_rule_editors_and_dialogs_are_rendered_and_nothing_is_written(
    qapp, demo_store: Store, tmp_path: Path
) -> None:
    # a teammate's copy gives the same agenda item another title: the merge leaves a conflict
    kim = model.Author(id="00000000-0000-4000-8000-0000000000c1", name="Kim")
    item = demo_store.content(demo_store.dossiers()[0].id).agenda_items[0]
    demo_store.save_copy(tmp_path / "kim.db")
    with Store.open(tmp_path / "kim.db", kim) as theirs:
        time.sleep(0.003)  # revision times have milliseconds: keep "later" unambiguous
        theirs.apply("edit", puts=[replace(theirs.get(model.AgendaItem, item.id), title="Kim's title")])
    time.sleep(0.003)
    demo_store.apply("edit", puts=[replace(demo_store.get(model.AgendaItem, item.id), title="My title")])
    demo_store.merge_file(tmp_path / "kim.db")
    before = demo_store.dump(item.dossier_id)
    path = demo_store.path
    demo_store.close()

    out = tmp_path / "shots"
    assert main(["--store", str(path), "screenshots", "--out", str(out)]) == 0
    files = {f.stem.split("-", 1)[1]: f for f in sorted(out.glob("*.png"))}
    # the rule editor of each other kind of the demo's red lines, a package that breaks some,
    # the equivalent offers, the checklist templates and the conflicts
    for name in ("rule-not-a-card", "rule-no-bundle", "rule-ceiling", "rule-manual", "package-violations",
                 "offers", "checklist-templates", "conflicts", "red-line"):  # fmt: skip
        assert name in files
        assert _is_a_picture(files[name]), name
    assert "rule-no-linkage" not in files  # the first red line's: the section's own picture
    with Store.open(path, model.Author(id="00000000-0000-4000-8000-000000000001", name="Test Author")) as again:
        assert again.dump(item.dossier_id) == before  # the offers were proposed, not added
        assert again.pending_conflicts()


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
