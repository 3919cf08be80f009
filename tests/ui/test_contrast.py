"""Every colour the window writes text in reads on its background in both palettes (WCAG 2.x
contrast ratio from relative luminance: 4.5:1 for normal text), a tick box's outline reads on
the base it stands on (3:1, WCAG's non-text contrast), and an overdue task is shown in the
alert colour as well as said in words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionButton

from negoprep.ui import theme
from negoprep.ui.sections import checklists_view
from negoprep.ui.sections.checklists_view import ChecklistsView
from negoprep.ui.workspace import Workspace

R = QPalette.ColorRole
G = QPalette.ColorGroup
UI = Path(theme.__file__).parent
TEXT = 4.5  # WCAG 2.x AA, normal text
NON_TEXT = 3.0  # WCAG 2.x 1.4.11, the parts of a control needed to see it

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}

#: (group of the text, text role, background role): what the widgets draw text with, on what
PAIRS = [
    (group, text, ground)
    for group in (G.Active, G.Inactive)
    for text, ground in (
        (R.Text, R.Base),
        (R.Text, R.AlternateBase),
        (R.WindowText, R.Window),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.ToolTipText, R.ToolTipBase),
        (R.PlaceholderText, R.Base),
        (R.PlaceholderText, R.Window),  # the editors' hints are written in it on the window
        (R.Link, R.Base),
        (R.Link, R.Window),
        (R.LinkVisited, R.Base),
    )
] + [
    (G.Disabled, R.Text, R.Base),
    (G.Disabled, R.WindowText, R.Window),
    (G.Disabled, R.ButtonText, R.Button),
]

#: colours a view sets as they are, whatever the palette: (text, background, where)
FIXED = [("#5c4400", "#fff3cd", "main_window.py: the read-only banner")]


def luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def over(color: QColor, ground: QColor) -> QColor:
    """A colour as drawn on a ground (a half-transparent colour is partly the ground)."""
    a = color.alphaF()
    mixed = [round(c * a + g * (1 - a)) for c, g in zip(color.getRgb()[:3], ground.getRgb()[:3], strict=True)]
    return QColor(*mixed)


def contrast(color: QColor, ground: QColor) -> float:
    """WCAG 2.x contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(over(color, ground)), luminance(ground)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_wcags() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(4.0, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_role_reads_on_its_background(qapp, name: str) -> None:
    palette = PALETTES[name]()
    weak = []
    for group, text, ground in PAIRS:
        ratio = contrast(palette.color(group, text), palette.color(group, ground))
        if ratio < TEXT:
            weak.append(f"{group.name} {text.name} on {ground.name}: {ratio:.2f}")
    assert not weak, f"{name} palette: {weak}"


@pytest.mark.parametrize("name", PALETTES)
def test_the_colours_the_views_write_in_read_on_their_grounds(qapp, name: str) -> None:
    palette = PALETTES[name]()
    alert = theme.alert_color(palette)
    for ground in (R.Window, R.Base, R.AlternateBase):  # forms' messages, tables' cells
        assert contrast(alert, palette.color(ground)) >= TEXT, (name, ground.name)
    # an item the rule editor marks "(no figure)" is in the disabled text colour on the base
    assert contrast(palette.color(G.Disabled, R.Text), palette.color(G.Active, R.Base)) >= TEXT


def test_fixed_colours_read_and_every_literal_colour_is_known() -> None:
    """A colour written into a view's code is not from the palette: it must be the alert colour
    (from the theme) or a known pair of text and background that reads in both palettes."""
    for text, ground, where in FIXED:
        assert contrast(QColor(text), QColor(ground)) >= TEXT, where
    known = {c for text, ground, _ in FIXED for c in (text, ground)}
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*['\"]")
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in literal.finditer(line):
                if match.group(0).lower() not in known:
                    found.append(f"{path.relative_to(UI)}:{n}: {line.strip()}")
    assert not found, "colours not from the theme:\n" + "\n".join(found)


def outline_contrast(style: QStyle, palette: QPalette, element: QStyle.PrimitiveElement, ground: R) -> float:
    """The strongest contrast an unticked indicator, drawn on a ground, makes with it."""
    image = QImage(24, 24, QImage.Format.Format_RGB32)
    image.fill(palette.color(ground))
    option = QStyleOptionButton()
    option.rect = QRect(4, 4, 14, 14)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    painter = QPainter(image)
    style.drawPrimitive(element, option, painter)
    painter.end()
    base = palette.color(ground)
    return max(contrast(image.pixelColor(x, y), base) for x in range(24) for y in range(24))


INDICATORS = [
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,  # the Done column's tick box
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
]


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("element", INDICATORS, ids=lambda e: e.name)
def test_an_unticked_box_is_seen_on_its_ground(qapp, name: str, element: QStyle.PrimitiveElement) -> None:
    style = theme.Style()
    palette = PALETTES[name]()
    for ground in (R.Base, R.Window):
        assert outline_contrast(style, palette, element, ground) >= NON_TEXT, (name, ground.name)


def test_fusions_own_outline_is_what_was_lost(qapp) -> None:
    """(What the style is for: Fusion's outline, from the window colour, vanishes on a dark base.)"""
    fusion = QStyleFactory.create("Fusion")
    element = QStyle.PrimitiveElement.PE_IndicatorCheckBox
    assert outline_contrast(fusion, theme.dark_palette(), element, R.Base) < NON_TEXT


def test_the_app_gets_the_style_and_the_palette(qapp) -> None:
    before_style, before_palette = qapp.style().name(), qapp.palette()
    try:
        theme.apply_palette(qapp, dark=True)
        assert theme.is_ours(qapp.style())
        assert qapp.palette().color(R.Base) == QColor("#1f1f1f")
        theme.apply_palette(qapp, dark=False)
        assert qapp.palette().color(R.PlaceholderText) == theme.light_palette().color(R.PlaceholderText)
    finally:
        qapp.setStyle(before_style)
        qapp.setPalette(before_palette)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_an_overdue_task_is_in_the_alert_colour_and_says_so(qapp, qtbot, ws: Workspace, monkeypatch, dark) -> None:
    monkeypatch.setattr(checklists_view, "today_iso", lambda: "2025-04-20")
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette() if dark else theme.light_palette())
    try:
        view = ChecklistsView(ws)
        qtbot.addWidget(view)
        m = view.model
        due = 4
        cells = [m.index(r, due) for r in range(m.rowCount())]
        late = [i for i in cells if i.data().endswith(" (overdue)")]
        on_time = [i for i in cells if i.data() and not i.data().endswith(" (overdue)")]
        assert late and on_time  # the demo has both, by the day fixed above
        for cell in late:
            color = cell.data(Qt.ItemDataRole.ForegroundRole)
            assert color == theme.alert_color(QGuiApplication.palette())
            assert contrast(color, qapp.palette().color(R.Base)) >= TEXT
        assert all(i.data(Qt.ItemDataRole.ForegroundRole) is None for i in on_time)
        late = late[0]
        # the other columns of the late task keep the text colour
        assert m.index(late.row(), 1).data(Qt.ItemDataRole.ForegroundRole) is None
    finally:
        qapp.setPalette(before)
