"""Search everything written in the dossier, and jump to what was found (Ctrl+F, Ctrl+K)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from negoprep.i18n import translate
from negoprep.records.model import SearchHit
from negoprep.ui.labels import noun
from negoprep.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Search hits: what kind of record, its title, and the words around the match."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.breaking: set[str] = set()  # packages that break an absolute red line

    def set_hits(self, hits: list[SearchHit], breaking: set[str] | None = None) -> None:
        self.beginResetModel()
        self.hits = hits
        self.breaking = breaking or set()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = hit.snippet.replace("[", "").replace("]", "")
            # the words around the match, unless they are only the title again
            repeats = snippet.strip("…").strip() in hit.title.rstrip("…")
            extra = f"\n    {snippet}" if snippet and not repeats else ""
            mark = (
                translate("SearchResultsModel", " — breaks an absolute red line") if hit.row_id in self.breaking else ""
            )
            return f"{noun(hit.kind, capital=True)}: {hit.title}{mark}{extra}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None


class SearchDialog(QDialog):
    """Type to search; Enter or a double click shows the record."""

    chosen = Signal(str, str)  # table, id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(translate("SearchDialog", "Search the dossier"))
        self.resize(640, 480)
        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("SearchDialog", "Words to find, e.g. alaska lng"))
        self.query.setAccessibleName(translate("SearchDialog", "Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = SearchResultsModel(self)
        self.list = QListView()
        self.list.setAccessibleName(translate("SearchDialog", "Search results"))
        self.list.setModel(self.results)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        # search after a short pause in typing, not at every key
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _: self.timer.start())
        self.query.returnPressed.connect(self.accept_current)
        self.list.activated.connect(lambda index: self._choose(index.row()))

    def open_search(self) -> None:
        self.query.selectAll()
        self.query.setFocus()
        self.run()
        self.show()
        self.raise_()
        self.activateWindow()

    def run(self) -> None:
        self.timer.stop()
        text = self.query.text()
        store, dossier_id = self.workspace.store, self.workspace.dossier_id
        hits = store.search(text, dossier_id, limit=100) if text.strip() and dossier_id else []
        packages = [h.row_id for h in hits if h.table == "packages"]
        breaking = set()
        if packages and dossier_id:
            report = store.check_packages(dossier_id, packages)
            breaking = {p.package.id for p in report.packages if p.breaks_absolute}
        self.results.set_hits(hits, breaking)
        if hits:
            self.list.setCurrentIndex(self.results.index(0))
        if not text.strip():
            self.status.setText(
                translate(
                    "SearchDialog",
                    "Type words to find: the start of a word, or any part of a Korean, Chinese or Japanese word.",
                )
            )
        elif hits:
            self.status.setText(
                translate("SearchDialog", "{n} found — Enter shows the first, or pick one").format(n=len(hits))
            )
        else:
            self.status.setText(translate("SearchDialog", "Nothing matches."))

    def keyPressEvent(self, event: Any) -> None:
        # arrows move through the results while the typing stays in the search box
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rowCount():
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            row = max(0, min(row, self.results.rowCount() - 1))
            self.list.setCurrentIndex(self.results.index(row))
            return
        super().keyPressEvent(event)

    def accept_current(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run()
        index = self.list.currentIndex()
        if index.isValid():
            self._choose(index.row())

    def _choose(self, row: int) -> None:
        hit = self.results.hits[row]
        self.chosen.emit(hit.table, hit.row_id)
        self.accept()
