"""The main window: one store, one dossier at a time, its sections in a sidebar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from negoprep import __version__, i18n
from negoprep.echo import echoed
from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.identity import save_identity
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.startup import load_demo
from negoprep.store.store import Store
from negoprep.ui import input_rules, window_geometry
from negoprep.ui.file_controller import FileController
from negoprep.ui.icons import icon
from negoprep.ui.operations import Background
from negoprep.ui.sections import registry
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.settings import Settings
from negoprep.ui.store_watch import StoreWatch
from negoprep.ui.translation import use_language
from negoprep.ui.workspace import Workspace

if TYPE_CHECKING:
    from negoprep.ui.dialogs.search_dialog import SearchDialog


def _without_accelerator(text: str) -> str:
    """A menu text as a tooltip says it: "&File" → "File", "파일(&F)" → "파일"."""
    start = text.find("(&")
    if start >= 0 and text[start + 3 : start + 4] == ")":
        text = text[:start] + text[start + 4 :]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _lower_first(text: str) -> str:
    """ "New agenda item" → "new agenda item" inside a sentence; an acronym (BATNA) stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


class MainWindow(QMainWindow):
    """The window a delegate works in."""

    #: the window shows another store file (File → Open, Recent, New store, after a restore)
    store_opened = Signal()
    #: the store shown was found damaged while the window read it (a DamagedStoreError); the app
    #: offers the ways out (negoprep.ui.app.watch_damage)
    store_damaged = Signal(object)

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.store = store
        self.workspace: Workspace | None = None
        self.search_dialog: SearchDialog | None = None
        # how each section's list was sorted and filtered before its view was built anew
        self._list_states: dict[int, object] = {}
        self.setWindowIcon(icon("agenda"))
        self.files = FileController(self)  # the File menu's work (before the actions that call it)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        self.banner = QLabel(objectName="readonly_banner", wordWrap=True)
        self.banner.setAccessibleName(translate("MainWindow", "Read-only notice"))
        self.banner.setStyleSheet("QLabel#readonly_banner { background: #fff3cd; color: #5c4400; padding: 6px; }")
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(170)
        self.sections = QStackedWidget(objectName="sections")
        self.sidebar.currentRowChanged.connect(self._section_chosen)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.sidebar)
        body_layout.addWidget(self.sections, 1)

        self.empty_page = self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(body)
        self.pages.addWidget(self.empty_page)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 4)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.store_label = QLabel()
        self.statusBar().addPermanentWidget(self.store_label)
        window_geometry.place(self, self.settings)  # on the screen it opens on, fitted to it
        self.set_store(store)

    # --- building -----------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, shortcuts=(), icon_name: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        tip = tip or _without_accelerator(text).rstrip("…")
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_store_action = a(
            "new_store",
            translate("MainWindow", "&New store…"),
            self.files.new_store,
            icon_name="new-store",
            tip=translate("MainWindow", "Create a new, empty store file"),
        )
        self.open_store_action = a(
            "open_store",
            translate("MainWindow", "&Open store…"),
            self.files.choose_store,
            [QKeySequence.StandardKey.Open],
            "open",
            translate("MainWindow", "Open a store file"),
        )
        self.save_copy_action = a(
            "save_copy",
            translate("MainWindow", "Save a &copy…"),
            self.files.save_copy,
            [QKeySequence.StandardKey.SaveAs],
            "save-copy",
            translate("MainWindow", "Write a copy of the whole store to a new file"),
        )
        self.new_dossier_action = a(
            "new_dossier",
            translate("MainWindow", "New &dossier…"),
            self.new_dossier,
            icon_name="new-dossier",
            tip=translate("MainWindow", "Start a new, empty dossier in this store"),
        )
        self.copy_dossier_action = a(
            "copy_dossier",
            translate("MainWindow", "Cop&y this dossier…"),
            self.copy_dossier,
            icon_name="copy-dossier",
            tip=translate("MainWindow", "Start a new dossier as a copy of this one"),
        )
        self.delete_dossier_action = a(
            "delete_dossier",
            translate("MainWindow", "De&lete this dossier…"),
            self.delete_dossier,
            icon_name="delete",
            tip=translate("MainWindow", "Delete this dossier and everything in it"),
        )
        self.export_action = a(
            "export",
            translate("MainWindow", "&Export…"),
            self.files.export_shared,
            icon_name="save-copy",
            tip=translate(
                "MainWindow", "Write this dossier or the whole store to a file for a teammate, encrypted if you wish"
            ),
        )
        self.merge_action = a(
            "merge_file",
            translate("MainWindow", "&Merge a colleague's file…"),
            self.files.merge_shared,
            icon_name="open",
            tip=translate("MainWindow", "Bring a teammate's changes into this store"),
        )
        self.conflicts_action = a(
            "resolve_conflicts",
            translate("MainWindow", "Re&solve conflicts…"),
            self.files.open_conflicts,
            icon_name="warning",
            tip=translate("MainWindow", "Decide what to keep where two people changed the same thing differently"),
        )
        self.quit_action = a(
            "quit", translate("MainWindow", "&Quit"), self.close, [QKeySequence.StandardKey.Quit], "quit"
        )
        self.undo_action = a(
            "undo", translate("MainWindow", "&Undo"), self.undo, [QKeySequence.StandardKey.Undo], "undo"
        )
        self.redo_action = a("redo", translate("MainWindow", "&Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")
        self.find_action = a(
            "find",
            translate("MainWindow", "&Find…"),
            self.open_search,
            ["Ctrl+F", "Ctrl+K"],
            "search",
            translate("MainWindow", "Search everything written in the dossier"),
        )
        self.rename_action = a(
            "rename_author",
            translate("MainWindow", "Your &name as author…"),
            self.ask_author_name,
            icon_name="author",
            tip=translate("MainWindow", "The name recorded with every change you make"),
        )
        self.guide_action = a(
            "guide",
            translate("MainWindow", "&Guide"),
            self.open_guide,
            [QKeySequence.StandardKey.HelpContents],
            tip=translate("MainWindow", "What a dossier is, the kinds of red-line rule, sharing files, printing"),
        )
        self.about_action = a("about", translate("MainWindow", "&About negoprep"), self.about)
        for action in (self.undo_action, self.redo_action, self.find_action, self.guide_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addActions([self.undo_action, self.redo_action, self.find_action, self.guide_action])

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_store_action, self.open_store_action])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.files.fill_recent)
        file_menu.addAction(self.save_copy_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.merge_action, self.conflicts_action])
        from negoprep.ui.print_menu import add_print_actions  # File → Print checklist…

        self.print_checklist_action, self.print_briefing_action, self.print_release_action = add_print_actions(
            self, file_menu
        )
        file_menu.aboutToShow.connect(self.files.update_conflicts_action)
        file_menu.addSeparator()
        file_menu.addActions([self.new_dossier_action, self.copy_dossier_action, self.delete_dossier_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_action)
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        settings_menu = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        self._build_language_menu(settings_menu.addMenu(translate("MainWindow", "&Language")))
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([self.guide_action, self.about_action])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Main"), objectName="main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addActions([self.open_store_action, self.save_copy_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(translate("MainWindow", "Dossier:") + " "))
        self.dossier_box = QComboBox(objectName="dossier_box")
        self.dossier_box.setAccessibleName(translate("MainWindow", "Dossier"))
        self.dossier_box.setToolTip(translate("MainWindow", "The dossier shown in this window"))
        self.dossier_box.setMinimumContentsLength(30)
        self.dossier_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dossier_box.activated.connect(lambda index: self.show_dossier(self.dossier_box.itemData(index)))
        toolbar.addWidget(self.dossier_box)
        toolbar.addActions([self.new_dossier_action, self.copy_dossier_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.find_action])
        self.addToolBar(toolbar)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(
            QLabel(translate("MainWindow", "This store holds no dossier yet."), alignment=Qt.AlignmentFlag.AlignCenter)
        )
        self.empty_new_button = QPushButton(icon("new-dossier"), translate("MainWindow", "New dossier…"))
        self.empty_new_button.clicked.connect(self.new_dossier)
        self.demo_button = QPushButton(icon("add"), translate("MainWindow", "Add the demo dossier"))
        self.demo_button.setToolTip(
            translate("MainWindow", "Add the Korea–US 2+2 trade consultation as an example to explore")
        )
        self.demo_button.clicked.connect(self._add_demo)
        for button in (self.empty_new_button, self.demo_button):
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        return page

    # --- the store ----------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Show a store: its sections are built anew, the last dossier shown reopens."""
        old = self.workspace
        if old is not None:
            self.commit_pending()
            self._remember()
        self.store = store
        self.workspace = Workspace(store, self)
        self.workspace.problem.connect(self._show_problem)
        self.workspace.damaged.connect(self.store_damaged.emit)
        self.workspace.changed.connect(self._on_changed)
        self.workspace.dossiers_changed.connect(self.refresh_dossiers)
        self.workspace.undo_stack.indexChanged.connect(self._update_undo)
        self.workspace.history_changed.connect(self._update_undo)
        if getattr(self, "store_watch", None) is not None:
            self.store_watch.stop()
            self.store_watch.deleteLater()
        self.store_watch = StoreWatch(self.workspace, self, before_refresh=self.commit_pending)
        self.store_watch.external_change.connect(self._on_external_change)
        store.on_wait = self._waiting
        self._list_states = {}  # (another store: its lists as they come)
        self._build_sections()
        if old is not None:
            old.stop_reading()
            Background.wait_all()  # (what read the old store, done first)
            old.store.close()
            old.deleteLater()
        self.search_dialog = None
        if store.path is not None:
            self.settings.remember_store(store.path)
        self._show_store_state()
        wanted = self.settings.last_dossier(store.path) if store.path else None
        self.refresh_dossiers(wanted)
        self.sidebar.setCurrentRow(0)
        if old is not None:
            self.store_opened.emit()

    def _build_sections(self) -> None:
        """The sidebar, the View menu and an empty place for each section's view."""
        self.sidebar.blockSignals(True)  # no section is shown while the list is being rebuilt
        while self.sections.count():
            widget = self.sections.widget(0)
            self.sections.removeWidget(widget)
            widget.deleteLater()
        self.sidebar.clear()
        self.view_menu.clear()
        # a section is built when first shown: start-up pays for the first one only
        self.section_list = registry.SECTIONS  # (read now: the rows below follow this order)
        self.section_views: list[QWidget | None] = []
        for row, section in enumerate(self.section_list):
            self.sections.addWidget(QWidget())
            self.section_views.append(None)
            item = QListWidgetItem(icon(section.icon), section.title)
            keys = registry.shortcut(row)
            item.setToolTip(f"{section.title} ({keys})" if keys else section.title)
            self.sidebar.addItem(item)
            action = self.view_menu.addAction(icon(section.icon), section.title)
            action.setObjectName(f"view_{section.icon}")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, row=row: self.show_section(row))
        self.sidebar.blockSignals(False)

    def _show_store_state(self) -> None:
        """What depends on the store: the read-only banner and the actions a read-only store refuses."""
        self.banner.setVisible(self.store.readonly)
        self.banner.setText(
            translate(
                "MainWindow",
                "Read-only: {path} cannot be changed here. File → Save a copy… makes a copy you can work on.",
            ).format(path=self.store.name)
        )
        for action in (self.new_dossier_action, self.copy_dossier_action, self.delete_dossier_action):
            action.setEnabled(not self.store.readonly)
        self.merge_action.setEnabled(not self.store.readonly)
        self.files.update_conflicts_action()

    # --- language -----------------------------------------------------------------------------

    def _build_language_menu(self, menu: QMenu) -> None:
        chosen = self.settings.language()
        group = QActionGroup(self)
        options = [("", translate("MainWindow", "System language"))]
        options += list(i18n.LANGUAGES.items())  # each language by its own name
        for code, name in options:
            action = menu.addAction(name)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(action)

    def set_language(self, code: str) -> None:
        """Speak ``code`` ("" for the system's language) from now on, remembered for the next
        start and for the command line; the window keeps the store, the dossier, the undo
        history and what it shows."""
        self.commit_pending()
        self.settings.set_language(code)
        use_language(code or None)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text again in the language installed now (see set_language)."""
        assert self.workspace is not None
        self.commit_pending()
        row = max(self.sections.currentIndex(), 0)
        view = self.section_views[row] if row < len(self.section_views) else None
        shown = view.current_record() if view is not None and hasattr(view, "current_record") else None
        typing = _typing_place(view)
        self.menuBar().clear()
        for toolbar in self.findChildren(QToolBar, "main_toolbar"):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        empty = self._build_empty_page()
        self.pages.removeWidget(self.empty_page)
        self.empty_page.deleteLater()
        self.empty_page = empty
        self.pages.addWidget(empty)
        self.banner.setAccessibleName(translate("MainWindow", "Read-only notice"))
        self.sidebar.setAccessibleName(translate("MainWindow", "Sections"))
        self.search_dialog = None
        # each section's list is sorted and filtered again as it was, once built anew (a section
        # not built since the last switch keeps what it was given then: a view built takes its
        # state out of `_list_states`)
        self._list_states.update(
            (row, view.list_state())
            for row, view in enumerate(self.section_views)
            if isinstance(view, registry.KeepsListState)
        )
        self._build_sections()
        self._show_store_state()
        self.refresh_dossiers(self.workspace.dossier_id)
        self.sidebar.setCurrentRow(row)
        if shown is not None:
            view = self.section(row)
            if isinstance(view, SectionView):
                view.select(shown.id, unfilter=False)  # (where the filter typed still lists it)
            else:
                self.show_record(shown.table, shown.id)
        if typing is not None:
            _type_again(self.section(row), *typing)
        self._update_undo()
        self._update_title()
        self.files.hold_again()

    # --- dossiers -----------------------------------------------------------------------------

    def refresh_dossiers(self, wanted: str | None = None) -> None:
        assert self.workspace is not None
        dossiers = self.store.dossiers()
        wanted = wanted or self.workspace.dossier_id
        if wanted not in {d.id for d in dossiers}:
            wanted = dossiers[0].id if dossiers else None
        self.dossier_box.blockSignals(True)
        self.dossier_box.clear()
        for dossier in dossiers:
            self.dossier_box.addItem(dossier.title, dossier.id)
        self.dossier_box.setCurrentIndex(self.dossier_box.findData(wanted))
        self.dossier_box.blockSignals(False)
        self.dossier_box.setEnabled(bool(dossiers))
        self.show_dossier(wanted)

    def show_dossier(self, dossier_id: str | None) -> None:
        assert self.workspace is not None
        self.commit_pending()
        self.workspace.set_dossier(dossier_id)
        self.pages.setCurrentIndex(0 if dossier_id else 1)
        self.demo_button.setEnabled(not self.store.readonly)
        self.empty_new_button.setEnabled(not self.store.readonly)
        self.copy_dossier_action.setEnabled(bool(dossier_id) and not self.store.readonly)
        self.delete_dossier_action.setEnabled(bool(dossier_id) and not self.store.readonly)
        if self.store.path is not None:
            self.settings.remember_dossier(self.store.path, dossier_id)
        self._update_title()
        self._update_undo()

    def new_dossier(self) -> None:
        title, ok = QInputDialog.getText(
            self, translate("MainWindow", "New dossier"), translate("MainWindow", "Title of the negotiation:")
        )
        title = " ".join(title.split())
        if not ok or not title:
            return
        assert self.workspace is not None  # (the workspace shows the new dossier, or says why not)
        self.workspace.new_dossier(translate("MainWindow", "New dossier"), model.Dossier(id=new_id(), title=title))

    def copy_dossier(self) -> None:
        assert self.workspace is not None
        current = self.workspace.dossier()
        if current is None:
            return
        self.commit_pending()
        title, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Copy this dossier"),
            translate("MainWindow", "Title of the copy:"),
            QLineEdit.EchoMode.Normal,
            translate("MainWindow", "{title} (copy)").format(title=current.title),
        )
        title = " ".join(title.split())
        if ok and title:  # (the copy is shown once made, or the window says why not)
            label = translate("MainWindow", 'Copy dossier "{title}"').format(title=echoed(current.title))
            self.files.copy_dossier(label, title)

    def delete_dossier(self) -> None:
        assert self.workspace is not None
        current = self.workspace.dossier()
        if current is None:
            return
        self.commit_pending()
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Delete this dossier"),
            translate("MainWindow", 'Delete "{title}" and everything in it? Edit → Undo brings it back.').format(
                title=echoed(current.title)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:  # (another is shown once done, or the window says why not)
            label = translate("MainWindow", 'Delete dossier "{title}"').format(title=echoed(current.title))
            self.files.delete_dossier(label)

    def _add_demo(self) -> None:
        try:
            result = load_demo(self.store, i18n.language())  # the demo in the interface's language
        except NegoprepError as exc:
            self._show_problem(str(exc))
            return
        self.refresh_dossiers(result.dossier_id)

    # --- sections, search, undo -----------------------------------------------------------------

    def show_section(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        if self.section_views[row] is not None:
            self.sections.setCurrentIndex(row)
            return
        # built and first shown (polished) without the input rules watching its every event
        with input_rules.paused():
            self.section(row)
            self.sections.setCurrentIndex(row)

    def section(self, row: int) -> QWidget:
        """The view of a section, built on first use."""
        view = self.section_views[row]
        if view is None:
            assert self.workspace is not None
            view = self.section_list[row].view_class()(self.workspace)
            placeholder = self.sections.widget(row)
            self.sections.insertWidget(row, view)
            self.sections.removeWidget(placeholder)
            placeholder.deleteLater()
            self.section_views[row] = view
            state = self._list_states.pop(row, None)
            if state is not None and isinstance(view, registry.KeepsListState):
                view.show_list_state(state)
        return view

    def current_section(self) -> QWidget:
        return self.section(self.sections.currentIndex())

    def open_search(self) -> None:
        if self.workspace is None or self.workspace.dossier_id is None:
            return
        if self.search_dialog is None:
            from negoprep.ui.dialogs.search_dialog import SearchDialog  # the first search pays for it

            self.search_dialog = SearchDialog(self.workspace, self)
            self.search_dialog.chosen.connect(self.show_record)
        self.search_dialog.open_search()

    def show_record(self, table: str, record_id: str) -> bool:
        """Go to the section showing a record (from search) and select it."""
        row = registry.row_of_table(table, self.section_list)
        shown = self.section_list[row].reveal(self.store, table, record_id) if row is not None else None
        if row is not None and shown is not None:
            view = self.section(row)
            if not isinstance(view, registry.ShowsHits):
                raise TypeError(f"the section {type(view).__name__} shows no search hits")
            if view.show_hit(*shown):
                self.show_section(row)
                return True
        self.statusBar().showMessage(translate("MainWindow", "That record is no longer shown here."), 5000)
        return False

    def commit_pending(self) -> None:
        for view in getattr(self, "section_views", []):
            pending = getattr(view, "commit_pending", None)
            if callable(pending):  # a section of several forms saves each of them
                pending()
                continue
            form = getattr(view, "form", None) if view is not None else None
            if form is not None and form.record is not None:
                form.commit_pending()

    def undo(self) -> None:
        if self.workspace is not None:
            self.commit_pending()
            if not self.files.revert_dossier_change(undo=True):  # (a whole dossier: off this thread)
                self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None and not self.files.revert_dossier_change(undo=False):
            self.workspace.undo_stack.redo()

    def _update_undo(self, *_: object) -> None:
        stack = self.workspace.undo_stack if self.workspace else None
        if (stack is not None and not isValid(stack)) or not isValid(self.undo_action):
            return  # the window is being taken down: its stack says so as it goes
        for action, can, text, verb, named in (
            (
                self.undo_action,
                stack and stack.canUndo(),
                stack.undoText() if stack else "",
                translate("MainWindow", "Undo"),
                translate("MainWindow", "Undo {change}"),
            ),
            (
                self.redo_action,
                stack and stack.canRedo(),
                stack.redoText() if stack else "",
                translate("MainWindow", "Redo"),
                translate("MainWindow", "Redo {change}"),
            ),
        ):
            action.setEnabled(bool(can))
            # (an "&" of a dossier's title is shown, not taken for the item's key)
            action.setText(named.format(change=_lower_first(text).replace("&", "&&")) if text else verb)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "dossiers" in tables:
            assert self.workspace is not None
            current = self.workspace.dossier()
            index = self.dossier_box.findData(self.workspace.dossier_id)
            if current is not None and index >= 0:
                self.dossier_box.setItemText(index, current.title)
            self._update_title()
        self._update_undo()

    def _waiting(self, seconds: float) -> None:
        """A change waits for another program that is writing to the store: say so, and keep
        the window painted meanwhile (what the person types waits until the change is made)."""
        self.store_watch.paused = True
        try:
            text = translate("MainWindow", "Waiting for another program to finish writing to {name}… ({seconds} s)")
            self.statusBar().showMessage(text.format(name=self.store.name, seconds=int(seconds)), 1500)
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.store_watch.paused = False

    def _on_external_change(self) -> None:
        """Another program changed the store: show its dossiers as they are now."""
        assert self.workspace is not None
        shown = [(self.dossier_box.itemData(i), self.dossier_box.itemText(i)) for i in range(self.dossier_box.count())]
        if [(d.id, d.title) for d in self.store.dossiers()] != shown:
            self.refresh_dossiers(self.workspace.dossier_id)
        self.files.update_conflicts_action()
        self.statusBar().showMessage(translate("MainWindow", "Updated with changes made by another program"), 4000)

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self, translate("MainWindow", "What could not be changed"), message)

    def _update_title(self) -> None:
        dossier = self.workspace.dossier() if self.workspace else None
        store_name = self.store.path.name if self.store.path else translate("MainWindow", "(in memory)")
        title = f"{dossier.title} — {store_name}" if dossier else store_name
        self.setWindowTitle(title + (translate("MainWindow", " [read-only]") if self.store.readonly else ""))
        mode = (
            translate("MainWindow", "read-only")
            if self.store.readonly
            else translate("MainWindow", "saved as you type")
        )
        self.store_label.setText(
            translate("MainWindow", "{store} ({mode}) · author: {author}").format(
                store=self.store.name, mode=mode, author=self.store.author.name
            )
        )

    # --- the person -----------------------------------------------------------------------------

    def ask_author_name(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            translate("MainWindow", "Your name as author"),
            translate("MainWindow", "Every change you make is recorded under this name:"),
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
        author = model.Author(id=self.store.author.id, name=name)
        save_identity(author)
        self.store.set_author(author)
        self._update_title()

    def open_guide(self) -> None:
        from negoprep.ui.dialogs.guide_dialog import GuideDialog  # the first F1 pays for it

        self.guide_dialog = GuideDialog(self)  # in the language spoken now
        self.guide_dialog.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About negoprep"),
            translate(
                "MainWindow",
                "negoprep {version}\n\nPrepare a negotiation offline: agenda, positions, red lines, packages, paper.",
            ).format(version=__version__),
        )

    # --- closing --------------------------------------------------------------------------------

    def _remember(self) -> None:
        if self.store.path is not None and self.workspace is not None:
            self.settings.remember_dossier(self.store.path, self.workspace.dossier_id)
        window_geometry.remember(self, self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():  # an operation runs, and the person keeps the window
            event.ignore()
            return
        self.commit_pending()
        self.store_watch.stop()
        self.workspace.stop_reading()
        Background.wait_all()  # (their connections closed first: see the checkpoint)
        self.store.checkpoint()  # the .db alone holds everything once the window is closed
        self._remember()
        super().closeEvent(event)


def _typing_places(view: QWidget | None) -> dict[str, QWidget]:
    """The boxes of a section's view the keyboard may be typing in: its filter, its form's
    fields (by name)."""
    places: dict[str, QWidget] = {}
    filter_edit = getattr(view, "filter_edit", None)
    if isinstance(filter_edit, QWidget):
        places["\0filter"] = filter_edit
    form = getattr(view, "form", None)
    places.update(getattr(form, "widgets", {}))
    return places


def _typing_place(view: QWidget | None) -> tuple[str, int] | None:
    """Where in a section's view the keyboard is (see `_typing_places`), with the cursor's
    place: a switch of language builds the view anew, and the keys typed next went to the
    sidebar."""
    focus = QApplication.focusWidget()
    if focus is None:
        return None
    for name, widget in _typing_places(view).items():
        if widget is focus or widget.isAncestorOf(focus):
            if isinstance(widget, QLineEdit):
                return name, widget.cursorPosition()
            if isinstance(widget, QPlainTextEdit):
                return name, widget.textCursor().position()
            return name, 0
    return None


def _type_again(view: QWidget | None, name: str, cursor: int) -> None:
    """The keyboard back in the box of that name, the cursor where it was."""
    widget = _typing_places(view).get(name)
    if widget is None:
        return
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(cursor)
    elif isinstance(widget, QPlainTextEdit):
        place = widget.textCursor()
        place.setPosition(min(cursor, len(widget.toPlainText())))
        widget.setTextCursor(place)
