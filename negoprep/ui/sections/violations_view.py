"""The red lines a package breaks, shown in plain words while the package is built.

`ViolationsPanel` lists, for one checked package (negoprep.redlines.check.PackageCheck), each red
line it breaks — how severe, which one, and why — then the red lines only a person can
confirm. The short texts for a table cell ("OK", "Breaks 2 (absolute)") live here too, so
that a package reads the same wherever it is listed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.redlines.check import PackageCheck, Violation
from negoprep.ui.icons import icon
from negoprep.ui.labels import enum_label
from negoprep.ui.record_form import error_color

_tinted: dict[tuple[str, str], QIcon] = {}


def alert_icon(color: QColor) -> QIcon:
    """The warning icon drawn in `color`: the bundled icons are grey, which does not stand
    out enough for a package that breaks an absolute red line."""
    key = ("warning", color.name())
    if key not in _tinted:
        result = QIcon()
        for size in (16, 24, 32, 48):
            pixmap = icon("warning").pixmap(QSize(size, size))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), color)
            painter.end()
            result.addPixmap(pixmap)
        _tinted[key] = result
    return _tinted[key]


def status_text(check: PackageCheck | None) -> str:
    """A package's red lines in a table cell: "OK", "Breaks 2" or "Breaks 2 (absolute)"."""
    if check is None:
        return ""
    if not check.violations:
        return translate("ViolationsPanel", "OK")
    if check.breaks_absolute:
        return translate("ViolationsPanel", "Breaks {n} (absolute)").format(n=len(check.violations))
    return translate("ViolationsPanel", "Breaks {n}").format(n=len(check.violations))


def status_tooltip(check: PackageCheck | None) -> str:
    """Which red lines, one a line, for the tooltip of that cell."""
    if check is None:
        return ""
    if not check.violations:
        return translate("ViolationsPanel", "Breaks no red line")
    lines = [f"{enum_label(v.severity)}: {v.red_line}" for v in check.violations]
    return translate("ViolationsPanel", "Breaks:") + "\n" + "\n".join(lines)


def summary_text(check: PackageCheck) -> str:
    """One sentence on what the package breaks."""
    count = len(check.violations)
    if count == 0:
        return translate("ViolationsPanel", "Breaks no red line.")
    absolute = sum(v.severity == "absolute" for v in check.violations)
    if count == 1:
        return (
            translate("ViolationsPanel", "Breaks an absolute red line.")
            if absolute
            else translate("ViolationsPanel", "Breaks a firm red line.")
        )
    if absolute == count:
        return translate("ViolationsPanel", "Breaks {n} red lines, all absolute.").format(n=count)
    if absolute:
        return translate("ViolationsPanel", "Breaks {n} red lines, {a} of them absolute.").format(n=count, a=absolute)
    return translate("ViolationsPanel", "Breaks {n} firm red lines.").format(n=count)


def _sentence(text: str) -> str:
    """The checker's reasons start in lower case ("it links …"): shown alone, as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def causes(check: PackageCheck | None) -> dict[str, list[Violation]]:
    """The violations each agenda item of the package takes part in, by agenda item id."""
    found: dict[str, list[Violation]] = {}
    for violation in check.violations if check is not None else ():
        for item_id in violation.items:
            found.setdefault(item_id, []).append(violation)
    return found


def causes_tooltip(violations: Sequence[Violation]) -> str:
    """What an item in the package causes, for its tooltip."""
    lines = [
        translate("ViolationsPanel", 'Breaks the {severity} red line "{title}"').format(
            severity=enum_label(v.severity).lower(), title=v.red_line
        )
        for v in violations
    ]
    return "\n".join(lines)


class ViolationsPanel(QGroupBox):
    """The red lines one package breaks, rebuilt whenever the package is checked again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ViolationsPanel", "Red lines"), parent)
        self.setObjectName("package_red_lines_box")
        self.setAccessibleName(translate("ViolationsPanel", "Red lines this package breaks"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.summary_icon = QLabel(objectName="package_red_lines_icon")
        self.summary_icon.hide()
        self.summary = QLabel(objectName="package_red_lines_summary", wordWrap=True)
        self.summary.setAccessibleName(translate("ViolationsPanel", "Summary of the red lines the package breaks"))
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        # one label a red line: they wrap to the panel's width, which a list view's rows do not
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        layout.addLayout(self.rows)

        self.confirm_heading = QLabel(
            translate("ViolationsPanel", "To confirm by a person:"), objectName="package_red_lines_confirm"
        )
        self.confirm_heading.setToolTip(
            translate("ViolationsPanel", "Red lines whose rule a program cannot check: read the package against them")
        )
        self.confirm_heading.setContentsMargins(0, 4, 0, 0)  # apart from the breaches above
        layout.addWidget(self.confirm_heading)
        self.confirm_rows = QVBoxLayout()
        self.confirm_rows.setSpacing(6)
        layout.addLayout(self.confirm_rows)

        self.unchecked = QLabel(objectName="package_red_lines_unchecked", wordWrap=True)
        self.unchecked.setToolTip(translate("ViolationsPanel", "Fix these red lines' rules in the Red lines section"))
        layout.addWidget(self.unchecked)

        #: the labels shown, for reading them back (screen readers, tests)
        self.violation_labels: list[QLabel] = []
        self.confirm_labels: list[QLabel] = []
        self.show_check(None)

    def _label(self, rich: str, plain: str) -> QLabel:
        label = QLabel(rich, wordWrap=True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(plain)
        return label

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # until it is deleted it would still be drawn where it was
                widget.deleteLater()

    def show_check(self, check: PackageCheck | None, unchecked: Sequence[model.RedLine] = ()) -> None:
        """Show what checking a package found (None: no package, the panel is emptied)."""
        self._clear(self.rows)
        self._clear(self.confirm_rows)
        self.violation_labels, self.confirm_labels = [], []
        red = error_color(self)
        if check is None:
            self.summary.setText("")
            self.summary_icon.hide()
            self.confirm_heading.hide()
            self.unchecked.hide()
            return

        self.summary.setText(summary_text(check))
        self.summary.setStyleSheet(f"color: {red.name()}; font-weight: bold;" if check.breaks_absolute else "")
        if check.breaks_absolute:
            self.summary_icon.setPixmap(alert_icon(red).pixmap(QSize(16, 16)))
        self.summary_icon.setVisible(check.breaks_absolute)

        for violation in check.violations:
            severity = enum_label(violation.severity)
            if violation.severity == "absolute":
                shown = f'<span style="color: {red.name()}; font-weight: bold;">{html.escape(severity)}</span>'
            else:
                shown = html.escape(severity)
            reason = _sentence(violation.reason)
            rich = f"{shown} — <b>{html.escape(violation.red_line)}</b><br>{html.escape(reason)}"
            label = self._label(rich, f"{severity}: {violation.red_line}. {reason}")
            self.rows.addWidget(label)
            self.violation_labels.append(label)

        for red_line in check.to_confirm:
            severity = enum_label(red_line.severity)
            statement = red_line.statement.strip()
            rich = f"{html.escape(severity)} — <b>{html.escape(red_line.title)}</b>"
            if statement:
                rich += f"<br>{html.escape(statement)}"
            label = self._label(rich, f"{severity}: {red_line.title}. {statement}".strip())
            self.confirm_rows.addWidget(label)
            self.confirm_labels.append(label)
        self.confirm_heading.setVisible(bool(check.to_confirm))

        if unchecked:
            names = ", ".join(f'"{r.title}"' for r in unchecked)
            self.unchecked.setText(
                translate("ViolationsPanel", "Not checked, their rule needs fixing: {names}").format(names=names)
            )
        self.unchecked.setVisible(bool(unchecked))

    def texts(self) -> list[str]:
        """What the panel says, line by line, as a person (or a screen reader) reads it."""
        lines = [self.summary.text()]
        lines += [label.accessibleName() for label in self.violation_labels]
        if self.confirm_labels:
            lines.append(self.confirm_heading.text())
            lines += [label.accessibleName() for label in self.confirm_labels]
        if self.unchecked.isVisibleTo(self):
            lines.append(self.unchecked.text())
        return lines
