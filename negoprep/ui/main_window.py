"""The main window: the open dossier's facts, agenda items and red lines."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from negoprep.errors import NegoprepError
from negoprep.identity import save_identity
from negoprep.model import Author
from negoprep.startup import load_demo
from negoprep.store.store import Store
from negoprep.ui.agenda_table_model import AgendaTableModel
from negoprep.ui.dossier_header import DossierHeader
from negoprep.ui.record_table_model import SORT_ROLE, RecordTableModel
from negoprep.ui.red_line_table_model import RedLineTableModel


def _table(model: RecordTableModel, name: str) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the dossier's own order until asked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class MainWindow(QMainWindow):
    """One store, one dossier shown at a time."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.dossier_id: str | None = None
        self.resize(1280, 820)

        self._build_menus()
        toolbar = QToolBar(self.tr("Dossier"), objectName="dossierToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Dossier:") + " "))
        self.dossier_box = QComboBox(objectName="dossierBox")
        self.dossier_box.setAccessibleName(self.tr("Dossier"))
        self.dossier_box.setToolTip(self.tr("The dossier shown in this window"))
        self.dossier_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dossier_box.activated.connect(self._dossier_chosen)
        toolbar.addWidget(self.dossier_box)
        self.addToolBar(toolbar)

        self.header = DossierHeader()
        self.agenda_model = AgendaTableModel(self)
        self.red_line_model = RedLineTableModel(self)
        self.agenda_view = _table(self.agenda_model, self.tr("Agenda items"))
        self.red_line_view = _table(self.red_line_model, self.tr("Red lines"))
        self.red_line_view.setWordWrap(True)
        self.agenda_box = QGroupBox()
        QVBoxLayout(self.agenda_box).addWidget(self.agenda_view)
        self.red_line_box = QGroupBox()
        QVBoxLayout(self.red_line_box).addWidget(self.red_line_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.agenda_box)
        splitter.addWidget(self.red_line_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        dossier_page = QWidget()
        layout = QVBoxLayout(dossier_page)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        message = QLabel(self.tr("This store holds no dossier yet."), alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(message)
        self.demo_button = QPushButton(self.tr("Add the demo dossier"))
        self.demo_button.setToolTip(self.tr("Add the Korea–US 2+2 trade consultation as an example to explore"))
        self.demo_button.clicked.connect(self._add_demo)
        empty_layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()

        self.pages = QStackedWidget()
        self.pages.addWidget(dossier_page)
        self.pages.addWidget(empty_page)
        self.setCentralWidget(self.pages)

        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.rename_action = edit_menu.addAction(self.tr("Your &name as author…"))
        self.rename_action.setToolTip(self.tr("The name recorded with every change you make"))
        self.rename_action.triggered.connect(self.ask_author_name)

    def ask_author_name(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Your name as author"),
            self.tr("Every change you make is recorded under this name:"),
            QLineEdit.EchoMode.Normal,
            self.store.author.name,
        )
        if accepted:
            self.rename_author(name)

    def rename_author(self, name: str) -> None:
        """Keep a new name for the person (their id stays, so their history stays theirs)."""
        name = " ".join(name.split())
        if not name or name == self.store.author.name:
            return
        author = Author(id=self.store.author.id, name=name)
        save_identity(author)
        self.store.set_author(author)
        self.refresh()

    # --- showing ------------------------------------------------------------------------

    def refresh(self, dossier_id: str | None = None) -> None:
        """Read the store again and show `dossier_id` (or the current, or the first dossier)."""
        dossiers = self.store.dossiers()
        wanted = dossier_id or self.dossier_id
        if wanted not in {d.id for d in dossiers}:
            wanted = dossiers[0].id if dossiers else None
        self.dossier_box.clear()
        for dossier in dossiers:
            self.dossier_box.addItem(dossier.title, dossier.id)
        self.dossier_box.setEnabled(len(dossiers) > 1)
        self._show(wanted)
        author = self.store.author.name
        mode = self.tr(" (read-only)") if self.store.readonly else ""
        self.store_label.setText(
            self.tr("{store}{mode} · author: {author}").format(store=self.store.name, mode=mode, author=author)
        )

    def _show(self, dossier_id: str | None) -> None:
        self.dossier_id = dossier_id
        content = self.store.content(dossier_id) if dossier_id else None
        if content is None:
            self.pages.setCurrentIndex(1)
            self.demo_button.setEnabled(not self.store.readonly)
            self.setWindowTitle(self.tr("negoprep — {store}").format(store=self.store.name))
            return
        self.pages.setCurrentIndex(0)
        self.dossier_box.setCurrentIndex(self.dossier_box.findData(dossier_id))
        self.header.show_dossier(content.dossier)
        tracks = {t.id: t.name for t in content.tracks}
        owners = {p.id: p.name for p in content.participants}
        items = {i.id: i.title for i in content.agenda_items}
        self.agenda_model.set_names(tracks, owners)
        self.agenda_model.set_records(content.agenda_items)
        units = {i.id: i.figure_unit for i in content.agenda_items}
        self.red_line_model.set_names(tracks, items, units)
        self.red_line_model.set_records(content.red_lines)
        self.agenda_box.setTitle(self.tr("Agenda items ({count})").format(count=len(content.agenda_items)))
        self.red_line_box.setTitle(self.tr("Red lines ({count})").format(count=len(content.red_lines)))
        for view, widths in ((self.agenda_view, (300, 150, 60, 60, 80, 70, 140)), (self.red_line_view, (300, 80, 520))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        # red lines are few and each word of a rule matters: show them whole
        self.red_line_view.resizeRowsToContents()
        self.setWindowTitle(
            self.tr("{dossier} — negoprep — {store}").format(dossier=content.dossier.title, store=self.store.name)
        )

    def _dossier_chosen(self, index: int) -> None:
        self._show(self.dossier_box.itemData(index))

    def _add_demo(self) -> None:
        try:
            result = load_demo(self.store)
        except NegoprepError as exc:
            QMessageBox.warning(self, self.tr("Could not add the demo dossier"), str(exc))
            return
        self.refresh(result.dossier_id)
