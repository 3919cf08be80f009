"""The guide: a short offline manual (what a dossier is, the red-line rule kinds, the talks, the
other side, the win-set at home, team weights, the charts, sharing files safely, printing and
addenda) in the interface's language, with a list of its contents beside it.

The text lives in resources/guide/guide_CODE.html, one file per language; each `<h2 id="…">`
is an entry of the contents list.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from negoprep import i18n, paths
from negoprep.i18n import translate


class _Headings(HTMLParser):
    """Collects (id, text) of each <h2 id="…"> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._anchor: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._anchor, self._text = dict(attrs).get("id") or "", []

    def handle_data(self, data: str) -> None:
        if self._anchor is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._anchor is not None:
            if self._anchor:  # (a heading without an id cannot be scrolled to)
                self.found.append((self._anchor, " ".join("".join(self._text).split())))
            self._anchor = None


def guide_path(language: str) -> Path:
    """The guide's HTML file for a language code ("en", "ko"); English where a language has none."""
    found = paths.bundled("resources", "guide", f"guide_{language}.html")
    return found if found.exists() else paths.bundled("resources", "guide", "guide_en.html")


def guide_text(language: str) -> str:
    """The guide's HTML in a language (see guide_path)."""
    return guide_path(language).read_text(encoding="utf-8")


def contents(text: str) -> list[tuple[str, str]]:
    """(anchor, heading as plain text) of each section of a guide's HTML, in order."""
    parser = _Headings()
    parser.feed(text)
    parser.close()
    return parser.found


class GuideDialog(QDialog):
    """The guide in the language the interface speaks; not modal, so that it can stay open
    beside the window while the person works."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(translate("GuideDialog", "negoprep guide"))
        self.setAccessibleName(translate("GuideDialog", "Guide"))
        text = guide_text(language or i18n.language())
        self.contents_list = QListWidget(objectName="guide_contents")
        self.contents_list.setAccessibleName(translate("GuideDialog", "Contents"))
        for anchor, title in contents(text):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.contents_list.addItem(item)
        self.browser = QTextBrowser(objectName="guide_text")
        self.browser.setAccessibleName(translate("GuideDialog", "Guide text"))
        self.browser.setOpenLinks(False)  # offline: nothing in the guide leads out of it
        self.browser.setHtml(text)
        self.contents_list.currentItemChanged.connect(
            lambda item, _: item and self.browser.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
