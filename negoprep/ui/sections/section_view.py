"""A section of the dossier: a sortable, filterable table of one kind of record beside its
detail form and history, with actions to add, duplicate, move and delete records.

Each section (agenda, red lines, ...) subclasses SectionView and says which columns it
shows, which fields its form edits and how a new record starts.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from negoprep.i18n import format_number, translate
from negoprep.records import model
from negoprep.records.editing import duplicate, swapped
from negoprep.store.operations import Operation
from negoprep.ui.dialogs.history_view import HistoryView
from negoprep.ui.icons import icon
from negoprep.ui.labels import noun, nouns
from negoprep.ui.models.record_table_model import Column, QuerySortFilterProxy, RecordTableModel
from negoprep.ui.operations import Background
from negoprep.ui.record_form import FormField, RecordForm
from negoprep.ui.tab_order import follow_layout
from negoprep.ui.workspace import Workspace

LONG_LIST = 5000  # rows beyond which a filter waits for a pause in typing
#: rows whose sort keys and order are worked out at each tick of the idle window (a few
#: milliseconds' work), and how often: while the section is shown, and once it is hidden
#: before it has finished (the section shown goes first)
SORT_KEYS_AT_ONCE = 2000
SORT_KEYS_EVERY_MS = 0
SORT_KEYS_HIDDEN_EVERY_MS = 10
#: how long after the section is shown the first tick waits: what showing it set off (the
#: first paint, a catching up) comes first, and no step stretches it
SORT_KEYS_AFTER_SHOWN_MS = 250
#: how often it looks again while a reading runs off the GUI thread (see _prepare_sort)
SORT_KEYS_WAIT_MS = 50
# the width a record's form needs beside the table, in pixels (its labels and fields)
FORM_WIDTH = 420


def offstage(widget: QWidget) -> bool:
    """Whether a widget is on a page of a stacked widget that is not the one shown."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return True
        child = parent
    return False


class SectionView(QWidget):
    """Table + form + history for one record type; subclasses fill in the specifics."""

    rtype: type[model.Record]
    #: tables whose changes this section shows (its own, plus those it names in columns)
    watches: frozenset[str] = frozenset()
    #: whether a change made here that moves no row updates those rows in place rather than
    #: querying every row again (a section whose other widgets follow the model's reset says no)
    updates_in_place = False

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName(self.rtype.table)
        self.model = RecordTableModel(workspace.store, self.rtype, self.columns(), self)
        self.proxy = QuerySortFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.toolbar = QToolBar(translate("SectionView", "Records"))
        self.toolbar.setObjectName(f"{self.rtype.table}_toolbar")
        self.add_action = self._action(
            "add", translate("SectionView", "New {noun}"), self.add_record, QKeySequence.StandardKey.New
        )
        self.duplicate_action = self._action(
            "duplicate", translate("SectionView", "Duplicate {noun}"), self.duplicate_record, "Ctrl+D"
        )
        self.up_action = self._action(
            "up", translate("SectionView", "Move {noun} up"), lambda: self.move_record(-1), "Ctrl+Shift+Up"
        )
        self.down_action = self._action(
            "down", translate("SectionView", "Move {noun} down"), lambda: self.move_record(1), "Ctrl+Shift+Down"
        )
        self.delete_action = self._action(
            "delete", translate("SectionView", "Delete {noun}"), self.delete_record, QKeySequence.StandardKey.Delete
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName(f"{self.rtype.table}_filter")
        self.filter_edit.setPlaceholderText(translate("SectionView", "Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("SectionView", "Filter {nouns}").format(nouns=self.plural()))
        self.filter_edit.setToolTip(translate("SectionView", "Show only the rows whose text holds these words"))
        # on a long list, filter once typing pauses rather than at every key
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(lambda: self.proxy.set_filter_text(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(self._filter_typed)
        self.filter_edit.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition)

        self.table = QTableView()
        self.table.setObjectName(f"{self.rtype.table}_table")
        self.table.setAccessibleName(self.plural().capitalize())
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # uniform row heights: Qt then never measures rows it does not show
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(lambda *_: self._update_actions())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.form = RecordForm(workspace, self.rtype, self.form_fields())
        self.history = HistoryView(workspace)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self._detail_page())
        self.details = QTabWidget()
        self.details.addTab(form_scroll, translate("SectionView", "Details"))
        self.details.addTab(self.history, icon("history"), translate("SectionView", "History"))
        self.details.currentChanged.connect(lambda _: self._show_history())

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.toolbar)
        for widget in self.filter_widgets():
            bar.addWidget(widget)
        bar.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)  # the form may be folded away, the table not
        self._laid_out: Qt.Orientation | None = None  # how the splitter was last fitted to the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # whatever requeries the rows (a change, the filter, a sort), the record shown stays
        # shown when it is still listed, else the first row is
        self._kept_id: str | None = None
        self._wanted: tuple[str, bool] | None = None  # a record to show once the rows are in (see select)
        self._records_shown = 0  # how many times the form was filled (one selection, one fill)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(lambda: self._after_refresh(self._kept_id))
        self.model.rest_arrived.connect(self._rest_arrived)
        # a section out of sight catches up when it is shown, not at every change elsewhere
        self._stale: frozenset[str] = frozenset()
        self._stale_dossier = False
        # the operations behind the changes being shown (None: some change came from elsewhere)
        self._changes: list[Operation] | None = []
        workspace.changed.connect(self._workspace_changed)
        workspace.dossier_changed.connect(self._dossier_changed)
        workspace.reveal.connect(self._revealed)
        # while the section is shown and the window idle, the sort keys and orders of the
        # columns that sort by text or by what they name are worked out a little at a time, so
        # that a first sort need not; hidden before the end, it goes on, more slowly
        self._sort_keys_timer = QTimer(self, interval=SORT_KEYS_EVERY_MS)
        self._sort_keys_timer.timeout.connect(self._prepare_sort)
        self.on_dossier(workspace.dossier_id)

    # --- what subclasses say ----------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def form_fields(self) -> list[FormField]:
        raise NotImplementedError

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        """A new record with sensible defaults, or None (after telling the person why)."""
        raise NotImplementedError

    def filter_widgets(self) -> list[QWidget]:
        """Extra controls beside the filter box (e.g. which checklist)."""
        return []

    def extra_details(self) -> list[QWidget]:
        """Widgets shown under the form (e.g. a package's items)."""
        return []

    def column_widths(self) -> list[int]:
        return []

    def plural(self) -> str:
        return nouns(self.rtype.nouns())

    def noun(self) -> str:
        return noun(self.rtype.noun)

    # --- building ---------------------------------------------------------------------------

    def _action(self, icon_name: str, text: str, slot, shortcut) -> QAction:
        action = QAction(icon(icon_name), text.format(noun=self.noun()), self)
        action.setToolTip(
            f"{action.text()} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setShortcut(shortcut)
        # the section's shortcuts work while the section is shown, not from other sections
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _detail_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.form)
        for widget in self.extra_details():
            layout.addWidget(widget)
        layout.addStretch()
        follow_layout(page)  # Tab in the order the fields read, however a view arranged them
        return page

    # --- fitting the screen -----------------------------------------------------------------

    def table_width(self) -> int:
        """The width (in pixels) the table needs to show its main columns (those given a
        width) whole, with a little of the last one and its scroll bar."""
        return sum(self.column_widths()) + 120

    def side_by_side_width(self) -> int:
        """The width (in pixels) from which the form goes beside the table. Narrower, the form
        goes below it, so that no main column needs scrolling to (a 1366×768 laptop)."""
        return self.table_width() + FORM_WIDTH

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # (the splitter has its new size already: layouts go first)
        wide = event.size().width() >= self.side_by_side_width()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._laid_out == orientation:
            return  # the sizes the person chose stay until the layout turns
        turned, self._laid_out = self._laid_out is not None, orientation
        self.splitter.setOrientation(orientation)
        sizes = self.splitter.sizes()
        extent = event.size().width() if wide else event.size().height()
        if not wide:
            table = extent * 2 // 5  # below the table, the form gets the most room
        elif turned or sizes[0] < self.table_width():
            table = max(self.table_width(), sizes[0] if not turned else 0)
        else:
            return
        self.splitter.setSizes([table, extent - table])

    # --- how the list is shown ---------------------------------------------------------------

    def list_state(self) -> tuple[int, Qt.SortOrder, str]:
        """How the table is sorted and filtered: the column sorted by (-1: none), the order,
        the filter's text; for `show_list_state` on a view built again (a new language)."""
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder(), self.filter_edit.text()

    def show_list_state(self, state: tuple[int, Qt.SortOrder, str]) -> None:
        """Sort and filter the table as `list_state` said another view of the section did."""
        column, order, text = state
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.filter_edit.setText(text)  # (a short list is filtered by it at once)
        if self._filter_timer.isActive():  # (a long one at once too: nobody is typing)
            self._filter_timer.stop()
            self.proxy.set_filter_text(text)

    # --- following the workspace ------------------------------------------------------------

    def _filter_typed(self, text: str) -> None:
        if self.model.total_rows > LONG_LIST:
            self._filter_timer.start()
        else:
            self.proxy.set_filter_text(text)

    def _workspace_changed(self, tables: frozenset[str]) -> None:
        operation = self.workspace.announced
        if offstage(self):
            if not self._stale:
                self._changes = []
            self._stale |= tables
            if self._changes is not None:
                self._changes = None if operation is None else [*self._changes, operation]
        else:
            self._changes = None if operation is None else [operation]
            try:
                self.on_changed(tables)
            finally:
                self._changes = []

    def _dossier_changed(self, dossier_id: str | None) -> None:
        if offstage(self):
            self._stale_dossier, self._stale = True, frozenset()
        else:
            self.on_dossier(dossier_id)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale_dossier:
            self._stale_dossier, self._stale = False, frozenset()
            self.on_dossier(self.workspace.dossier_id)
        elif self._stale:
            tables, self._stale = self._stale, frozenset()
            try:
                self.on_changed(tables)
            finally:
                self._changes = []
        self._sort_keys_timer.start(SORT_KEYS_AFTER_SHOWN_MS)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._sort_keys_timer.setInterval(SORT_KEYS_HIDDEN_EVERY_MS)
        super().hideEvent(event)

    def _prepare_sort(self) -> None:
        dossier_id = self.model.dossier_id
        shown = self.isVisible() and not offstage(self)
        # (out of sight, rows it has not caught up with are worked out once it is shown; in a
        # window closed, or whose store has closed, nothing more)
        out_of_date = self._stale or self._stale_dossier or not self.window().isVisible()
        if dossier_id is None or self.workspace.store.closed or (not shown and out_of_date):
            self._sort_keys_timer.stop()
            return
        if Background.busy():
            # (idle means idle: beside a reading off the GUI thread, each step's reading of the
            # file waited for the interpreter row by row, 100-200 ms a step)
            self._sort_keys_timer.start(SORT_KEYS_WAIT_MS)
            return
        columns = [column.sort for column in self.model.columns if column.sort is not None]
        # (stopped meanwhile: a store that cannot be read is said once, not at every tick)
        self._sort_keys_timer.stop()
        if not self.workspace.store.prepare_sort(self.rtype, dossier_id, columns, SORT_KEYS_AT_ONCE):
            self._sort_keys_timer.start(SORT_KEYS_EVERY_MS if shown else SORT_KEYS_HIDDEN_EVERY_MS)

    def on_dossier(self, dossier_id: str | None) -> None:
        self.form.refill_choices()
        self.model.set_dossier(dossier_id)
        if self.isVisible() and not offstage(self):
            self._sort_keys_timer.start(SORT_KEYS_AFTER_SHOWN_MS)
        widths = self.column_widths()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def on_changed(self, tables: frozenset[str]) -> None:
        if not tables & (self.watches | {self.rtype.table}):
            return
        if tables & self.form.ref_tables():
            self.form.refill_choices(tables)
        if self.updates_in_place and self._changes is not None and self.model.update_in_place(self._changes):
            # no row moved: the record shown is shown again as stored, as after a refresh
            self._remember_current()
            self._after_refresh(self._kept_id)
            self.rows_updated()
            return
        self.model.refresh()

    def rows_updated(self) -> None:
        """Some rows were updated in place (see `updates_in_place`): what else shows them
        catches up (what a refresh's model reset would have done)."""

    def _remember_current(self) -> None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        record = self.model.record(index.row()) if index.isValid() else self.form.record
        self._kept_id = record.id if record is not None else None

    def _after_refresh(self, keep_id: str | None) -> None:
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(keep_id, wait=False) if keep_id else -1
        if row < 0 and keep_id and wanted is None and self.model.reading:
            wanted = (keep_id, False)  # (beyond the rows known: shown once the rest is in)
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)
        count = self.model.rowCount()
        named = self.noun() if count == 1 else self.plural()
        self.count_label.setText(
            translate("SectionView", "{count} {nouns}").format(count=format_number(count), nouns=named)
        )
        self._update_actions()
        if wanted is not None:
            self.select(wanted[0], unfilter=wanted[1])  # (asked for while rows were read: see select)

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        if row < 0:
            selection.clear()
            self._current_changed(QModelIndex(), QModelIndex())
            return
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        shown = self._records_shown
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        if self._records_shown == shown:  # the row was current already: no signal filled the form
            self._current_changed(index, QModelIndex())

    def select(self, record_id: str, *, unfilter: bool = True) -> bool:
        """Show a record (clearing the filter if it hides it, unless not to `unfilter`); False
        when it is not here. While the rows are read off the GUI thread (a long list's, after
        a change) and it is not among those known, it is shown once they are in (the window
        waited 250 ms for a sorted list's rows after each added row)."""
        row = self.model.row_of(record_id, wait=False)
        if row < 0 and not self.model.reading and unfilter and (self.filter_edit.text() or self.model.equals):
            self.filter_edit.clear()
            if self._filter_timer.isActive():  # (a long list's, at once too: nobody is typing)
                self._filter_timer.stop()
                self.proxy.set_filter_text("")
            self.clear_filters()
            unfilter = False
            row = self.model.row_of(record_id, wait=False)
        if row < 0 and self.model.reading and self.workspace.shows(self.rtype, record_id):
            self._wanted = (record_id, unfilter)
            return True
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _revealed(self, table: str, record_id: str) -> None:
        """A record an undo or redo brought back or changed: selected where this section is
        in sight and lists it (an undone deletion shows the record back in its place)."""
        if self.isVisible() and table == self.rtype.table:
            self.select(record_id)

    def show_hit(self, table: str, record_id: str) -> bool:
        """Show a record found by search, if it belongs to this section."""
        return table == self.rtype.table and self.select(record_id)

    def clear_filters(self) -> None:
        """Forget the section's own extra filters (subclasses with filter widgets)."""

    def current_record(self) -> model.Record | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._records_shown += 1
        if previous.isValid():
            self.form.commit_pending()
        record = self.model.record(current.row()) if current.isValid() else None
        if record is not None:
            record = self.workspace.store.get(self.rtype, record.id)
        self.form.show_record(record)
        self.show_extra(record)
        self._show_history()
        self._update_actions()

    def _rest_arrived(self) -> None:
        """The rows after a long list's first ones arrived: a record asked for meanwhile
        (see select), or a row among them chosen meanwhile (then empty), shows now."""
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.select(wanted[0], unfilter=wanted[1])
            return
        index = self.table.selectionModel().currentIndex()
        if index.isValid() and self.form.record is None:
            self._current_changed(index, QModelIndex())

    def settle(self) -> None:
        """Wait for the rows of a long list still on their way (for pictures and tests)."""
        self.model.settle()

    def show_extra(self, record: model.Record | None) -> None:
        """Fill the extra detail widgets for the current record."""

    def _show_history(self) -> None:
        if self.details.currentWidget() is self.history:
            record = self.current_record()
            self.history.show_record(self.rtype, record.id if record else None)

    def _update_actions(self) -> None:
        writable = not self.workspace.readonly and self.workspace.dossier_id is not None
        index = self.table.selectionModel().currentIndex()
        has = index.isValid()
        ordered = self.model.in_display_order
        self.add_action.setEnabled(writable)
        self.duplicate_action.setEnabled(writable and has)
        self.delete_action.setEnabled(writable and has)
        self.up_action.setEnabled(writable and has and ordered and index.row() > 0)
        self.down_action.setEnabled(writable and has and ordered and index.row() < self.model.rowCount() - 1)

    # --- actions ----------------------------------------------------------------------------

    def _siblings(self) -> list[model.Listed]:
        """The records sharing the current one's order, in display order."""
        return [r for row in range(self.model.rowCount()) if isinstance(r := self.model.record(row), model.Listed)]

    def _next_position(self, dossier_id: str) -> int:
        # positions order all of a dossier's records of a type, also when one parent's
        # records are shown: numbering among those only could repeat another's position
        return self.workspace.store.next_position(self.rtype, dossier_id)

    def add_record(self) -> None:
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return
        record = self.new_record(dossier_id, self._next_position(dossier_id))
        if record is None:
            return
        label = translate("SectionView", "New {noun}").format(noun=self.noun())
        if self.workspace.apply(label, puts=[record]) is not None:
            self.select(record.id)
            self.details.setCurrentIndex(0)
            self.form.focus_first()
            current = self.current_record()
            typed = self.typed_first(record)
            if typed is not None and current is not None and current.id == record.id:
                self.form.select_text(typed)

    def typed_first(self, record: model.Record) -> str | None:
        """The field of a new record the person types first, its placeholder text selected
        so that typing replaces it; None: the form's first field, as it is."""
        return None

    def duplicate_record(self) -> None:
        record = self.current_record()
        if record is None:
            return
        record = self.with_items(self.workspace.store.get(self.rtype, record.id) or record)
        if not isinstance(record, model.Listed):
            raise TypeError(f"a {record.noun} has no place in a list to be duplicated into")
        records = duplicate(record, self._next_position(record.dossier_id))
        label = translate("SectionView", "Duplicate {noun}").format(noun=self.noun())
        if self.workspace.apply(label, puts=records) is not None:
            self.select(records[0].id)

    def with_items(self, record: model.Record) -> model.Record:
        """The record with its items (packages and checklists override this)."""
        return record

    def move_record(self, delta: int) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.model.in_display_order:
            return
        record = self.model.record(index.row())
        changed = swapped(self._siblings(), index.row(), delta)
        if record is None or not changed:
            return
        label = translate("SectionView", "Move {noun}").format(noun=self.noun())
        if self.workspace.apply(label, puts=changed) is not None:
            self.select(record.id)

    def delete_record(self) -> None:
        record = self.current_record()
        if record is None or self.workspace.readonly:
            return
        effects = self.workspace.store.deletion_effects(record)
        if effects.blockers:
            QMessageBox.warning(
                self,
                translate("SectionView", "Cannot delete"),
                translate("SectionView", '"{label}" cannot be deleted: {reasons}.').format(
                    label=record.label, reasons="; ".join(effects.blockers)
                ),
            )
            return
        if effects.cascade or effects.unlink:
            lines = []
            if effects.cascade:
                lines.append(
                    translate("SectionView", "Also deleted: {what}.").format(what=_count_by_noun(effects.cascade))
                )
            if effects.unlink:
                lines.append(
                    translate("SectionView", "No longer linked to it: {what}.").format(
                        what=_count_by_noun(effects.unlink)
                    )
                )
            answer = QMessageBox.question(
                self,
                translate("SectionView", "Delete {noun}").format(noun=noun(record.noun)),
                translate("SectionView", 'Delete "{label}"?').format(label=record.label)
                + "\n\n"
                + "\n".join(lines)
                + "\n\n"
                + translate("SectionView", "You can undo this with Edit → Undo."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = self.table.selectionModel().currentIndex().row()
        label = translate("SectionView", "Delete {noun}").format(noun=self.noun())
        if self.workspace.apply(label, deletes=[record]) is not None:
            self._select_row(min(row, self.model.rowCount() - 1))


def _count_by_noun(records: list[model.Record]) -> str:
    counts: dict[type[model.Record], int] = {}
    for record in records:
        counts[type(record)] = counts.get(type(record), 0) + 1
    words = (
        translate("SectionView", "{count} {nouns}").format(
            count=format_number(n), nouns=noun(kind.noun) if n == 1 else nouns(kind.nouns())
        )
        for kind, n in counts.items()
    )
    return translate("SectionView", ", ").join(words)
