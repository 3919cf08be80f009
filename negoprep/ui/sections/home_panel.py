"""Whether a package can be ratified at home (the domestic win-set), in plain words.

The short texts for a table cell ("Fails", "Opposed", "Passes") and `HomePanel`, which lists
for one package each demand of a constituency it fails — who, whether they can block
ratification, and why (negoprep.analysis.winset) — live here, so that a package reads the same
in the Packages section and in the At home section.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from negoprep.analysis.winset import Failure, HomeCheck
from negoprep.i18n import translate
from negoprep.ui.icons import icon
from negoprep.ui.record_form import error_color
from negoprep.ui.sections.violations_view import alert_icon


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".") if text else text


def home_text(check: HomeCheck | None, constituencies: int) -> str:
    """A package's verdict at home in a table cell: "Fails", "Opposed", "Passes", or "—" when
    the dossier records no constituency (there is nothing to pass)."""
    if check is None:
        return ""
    if check.fails:
        return translate("HomePanel", "Fails")
    if check.opposed:
        return translate("HomePanel", "Opposed")
    return translate("HomePanel", "Passes") if constituencies else "—"


def home_tooltip(check: HomeCheck | None, constituencies: int) -> str:
    """The full verdict (who objects and why) for the tooltip of that cell."""
    if check is None:
        return ""
    if check.failures:
        return _sentence(check.verdict())
    if not constituencies:
        return translate("HomePanel", "No constituency at home is recorded (the At home section)")
    return translate("HomePanel", "Every constituency at home accepts it")


def home_icon(widget: QWidget, check: HomeCheck | None) -> QIcon | None:
    """Red when a constituency that can block ratification would block it; grey when one
    without a veto objects."""
    if check is None or not check.failures:
        return None
    return alert_icon(error_color(widget)) if check.fails else icon("warning")


def failure_text(failure: Failure) -> str:
    """One failed demand as a person reads it (plain text)."""
    who = (
        translate("HomePanel", "{name} (can block ratification)")
        if failure.veto
        else translate("HomePanel", "{name} (cannot block ratification)")
    ).format(name=failure.constituency)
    return f"{who}: {_sentence(failure.reason)}"


class HomePanel(QGroupBox):
    """The demands at home one package fails, rebuilt whenever the package is checked again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HomePanel", "At home"), parent)
        self.setObjectName("package_home_box")
        self.setAccessibleName(translate("HomePanel", "Demands at home this package fails"))
        self.setToolTip(translate("HomePanel", "Whether the constituencies at home would ratify the package"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_icon = QLabel(objectName="package_home_icon")
        self.summary_icon.hide()
        self.summary = QLabel(objectName="package_home_summary", wordWrap=True)
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout.addLayout(self.rows)
        #: the labels shown, one a failed demand (screen readers, tests)
        self.failure_labels: list[QLabel] = []
        self.show_check(None, 0)

    def show_check(self, check: HomeCheck | None, constituencies: int) -> None:
        """Show what checking a package at home found (None: no package, the panel is emptied)."""
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.failure_labels = []
        red = error_color(self)
        if check is None:
            self.summary.clear()
            self.summary_icon.hide()
            return
        if check.fails:
            summary = translate("HomePanel", "Fails at home: a constituency that can block ratification objects.")
        elif check.opposed:
            summary = translate("HomePanel", "Opposed at home, by constituencies that cannot block ratification.")
        else:
            summary = home_tooltip(check, constituencies) + "."
        self.summary.setText(summary)
        self.summary.setStyleSheet(f"color: {red.name()}; font-weight: bold;" if check.fails else "")
        if check.fails:
            self.summary_icon.setPixmap(alert_icon(red).pixmap(QSize(16, 16)))
        self.summary_icon.setVisible(check.fails)
        # those who can block first: they decide whether it passes
        for failure in sorted(check.failures, key=lambda f: not f.veto):
            name = html.escape(failure.constituency)
            if failure.veto:
                veto = translate("HomePanel", "can block ratification")
                who = f'<b>{name}</b> — <span style="color: {red.name()};">{html.escape(veto)}</span>'
            else:
                veto = translate("HomePanel", "cannot block ratification")
                who = f"<b>{name}</b> — {html.escape(veto)}"
            label = QLabel(f"{who}<br>{html.escape(_sentence(failure.reason))}", wordWrap=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(failure_text(failure))
            self.rows.addWidget(label)
            self.failure_labels.append(label)

    def texts(self) -> list[str]:
        """What the panel says, line by line."""
        return [self.summary.text()] + [label.accessibleName() for label in self.failure_labels]
