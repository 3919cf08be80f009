"""The bundled icon set: every name has a valid SVG that renders, and no stray files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from negoprep import paths
from negoprep.ui.icons import ICON_NAMES, icon

SVG = "{http://www.w3.org/2000/svg}svg"
ICON_DIR = paths.bundled("resources", "icons")


def _opaque_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 128)


def test_names_are_unique() -> None:
    assert len(set(ICON_NAMES)) == len(ICON_NAMES) == 31


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_icon_is_a_small_svg_file(name: str) -> None:
    path = ICON_DIR / f"{name}.svg"
    assert path.is_file()
    assert path.stat().st_size < 1024
    root = ET.parse(path).getroot()
    assert root.tag == SVG
    assert root.get("viewBox") == "0 0 24 24"
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text and "href" not in text


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_icon_renders(qapp, name: str) -> None:
    pixmap = icon(name).pixmap(48, 48)
    assert not pixmap.isNull()
    assert _opaque_pixels(pixmap.toImage()) > 20


def test_icons_are_sharp_at_double_density(qapp) -> None:
    pixmap = icon("add").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0


def test_icons_are_cached(qapp) -> None:
    assert icon("add") is icon("add")


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(ValueError, match="no-such-icon"):
        icon("no-such-icon")


def test_every_svg_file_is_a_named_icon() -> None:
    stray = sorted(p.stem for p in ICON_DIR.glob("*.svg") if p.stem not in ICON_NAMES)
    assert stray == []
