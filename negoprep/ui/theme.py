"""Light and dark palettes that follow the system's colour scheme, and the colours drawn on them.

Fusion draws the same on every platform; here it gets the light palette or a dark one as
the system says, and changes with it while the app runs. Every text colour of either
palette, and the alert colour the views write problems and overdue tasks in, reads on its
background at WCAG AA for normal text (contrast 4.5:1 or more); the outline of a tick box
reads on the base it stands on at 3:1 (WCAG's non-text contrast), which Fusion's own outline,
drawn from the window colour, does not: faint on white and lost on a dark base.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

_DARK = {
    _R.Window: "#2b2b2b",
    _R.WindowText: "#e8e8e8",
    _R.Base: "#1f1f1f",
    _R.AlternateBase: "#2a2a2a",
    _R.ToolTipBase: "#3a3a3a",
    _R.ToolTipText: "#f0f0f0",
    _R.PlaceholderText: "#999999",
    _R.Text: "#e8e8e8",
    _R.Button: "#353535",
    _R.ButtonText: "#e8e8e8",
    _R.BrightText: "#ff6b6b",
    _R.Light: "#4a4a4a",
    _R.Midlight: "#3f3f3f",
    _R.Mid: "#303030",
    _R.Dark: "#1a1a1a",
    _R.Shadow: "#000000",
    _R.Highlight: "#2f6ca8",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#7fb3ff",
    _R.LinkVisited: "#c58af9",
}
#: disabled text: dimmer than the rest, still readable on the button, the darkest-but-one ground
_DARK_DISABLED = "#a0a0a0"

#: Fusion's light palette keeps its colours but these, which read too faintly on white
_LIGHT = {
    _R.PlaceholderText: "#666666",  # Fusion's is half-transparent black: 4.0 on white
    _R.Highlight: "#2a6fa8",  # Fusion's #308cc6 under white text: 3.7
    _R.LinkVisited: "#8e24aa",  # Fusion's magenta: 3.1
}
_LIGHT_DISABLED = "#696969"  # Fusion's #bebebe on its grey: 1.6

#: the alert colour (problems, overdue tasks): a red for a light palette and one for a dark
_ALERT_LIGHT = "#b3261e"
_ALERT_DARK = "#ff8a80"

_TEXT_ROLES = (_R.WindowText, _R.Text, _R.ButtonText)


def _fusion() -> QStyle:
    return QStyleFactory.create("fusion")  # (style keys are matched without regard to case)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (light text on a dark window)."""
    return palette.color(_R.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role in _TEXT_ROLES:
        palette.setColor(_G.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette, with its faint colours made readable."""
    palette = QPalette(_fusion().standardPalette())
    for role, color in _LIGHT.items():
        palette.setColor(role, QColor(color))
    for role in _TEXT_ROLES:
        palette.setColor(_G.Disabled, role, QColor(_LIGHT_DISABLED))
    return palette


def alert_color(palette: QPalette) -> QColor:
    """The red that problems and overdue tasks are written in, readable on the palette's window
    and base (light or dark)."""
    return QColor(_ALERT_DARK if is_dark(palette) else _ALERT_LIGHT)


def indicator_outline(palette: QPalette) -> QColor:
    """The outline of a tick box or radio button: the text colour, softened toward the base,
    so that it reads on the base (and on the window) in either palette."""
    text, base = palette.color(_R.Text), palette.color(_R.Base)
    share = 0.55

    def mix(a: int, b: int) -> int:
        return round(b + (a - b) * share)

    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()))


class Style(QProxyStyle):
    """Fusion, with the outline of tick boxes and radio buttons drawn in `indicator_outline`
    (Fusion's own is the window colour a shade darker). Item views draw their tick boxes
    through the same primitive, so the Done column of a table gets it too."""

    def __init__(self) -> None:
        super().__init__(_fusion())
        self.setObjectName("negoprep")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        kind = QStyle.PrimitiveElement
        if element not in (kind.PE_IndicatorCheckBox, kind.PE_IndicatorRadioButton):
            return
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # Fusion's focus outline says where the keyboard is: keep it
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(indicator_outline(option.palette), 1))
        if element == kind.PE_IndicatorCheckBox:
            # where Fusion draws its outline: half a pixel in, to land on whole pixels
            painter.translate(0.5, 0.5)
            painter.drawRect(QRectF(rect.adjusted(0, 0, -1, -1)))
        else:
            centre = QPointF(rect.center()) + QPointF(1, 1)
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


def is_ours(style: QStyle) -> bool:
    return isinstance(style, Style)


def apply_palette(app: QApplication, dark: bool | None = None) -> None:
    """Use the dark palette when asked or when the system's scheme is dark, else the light one;
    the style becomes negoprep's Fusion (tick boxes that read on either)."""
    if not is_ours(app.style()):
        app.setStyle(Style())
    if dark is None:
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else light_palette())


def follow_system(app: QApplication) -> None:
    apply_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_palette(app))
