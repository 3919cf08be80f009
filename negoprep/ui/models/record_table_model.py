"""A table model over one kind of record in a dossier, read lazily page by page.

The model holds only the ordered rowids of the rows that pass the filter (8 bytes a row) and
a few pages of records around what is on screen, so that a table of 100,000 rows opens and
scrolls at once. Sorting and filtering are queries to the store (`QuerySortFilterProxy`
passes the view's requests down to the model), never a pass over every row in Python.

A long list in the dossier's order (more than `READ_AT_ONCE` rows: a first visit, a change)
has its first rows read at once and counted whole, and the rowids of the rest read on a
connection and thread of their own: 600,000 talking points' rowids take 300 ms to read, a
count of them 40. Meanwhile the rows after the first ones are there, empty. A text filter
of such a list, or a sort by an order the store does not keep made (`Store.order_kept`: the
window prepares them while idle, up to 100,000 rows), is read off the GUI thread whole, the
rows shown staying until those asked for arrive (`_read_elsewhere`).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon

from negoprep.records import model
from negoprep.store.listing import REFERENCE_LABELS, SORT_KEYS
from negoprep.store.operations import Operation
from negoprep.store.store import Store
from negoprep.ui.operations import Background, read_or_here, reading
from negoprep.ui.theme import alert_color

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 100
PAGES_KEPT = 20  # a few screens either side of the visible rows
_IN_PLACE_MOST = 50  # records changed at once beyond which the rows are queried again
#: the rows of a list in the dossier's order read at once; the rest follow (see the module)
READ_AT_ONCE = 5000
#: the rows an order made off the GUI thread sorts at a time (see Store.make_order)
ORDER_STEP = 20_000

_Index = QModelIndex | QPersistentModelIndex


class Labels:
    """Names of referenced records (a track's name, an item's title), fetched when first
    needed and forgotten when the data changes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, rtype: type[model.Record], record_id: str | None) -> str:
        if not record_id:
            return ""
        key = (rtype.table, record_id)
        if key not in self._cache:
            self._cache[key] = self.store.titles(rtype, [record_id]).get(record_id, "")
        return self._cache[key]

    def clear(self) -> None:
        self._cache.clear()


@dataclass(frozen=True)
class Column:
    """One column: its header, the store column it sorts by (None: not sortable), and how
    a record reads in it."""

    header: str
    sort: str | None
    text: Callable[[Any, Labels], str]
    tooltip: Callable[[Any, Labels], str] | None = None
    numeric: bool = False
    check: Callable[[Any], bool] | None = None  # a tick box showing a state
    icon: Callable[[Any, Labels], QIcon | None] | None = None  # a mark beside the text
    #: whether a row's cell is an alert (an overdue task), written in the palette's alert colour;
    #: the cell's words must say it too, for those who cannot tell the colour
    alert: Callable[[Any], bool] | None = None


def column_data(column: Column, item: Any, labels: Labels, role: int) -> Any:
    """What a column shows of a row for a role (the id role aside): shared by the table models."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(item, labels)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
        return column.tooltip(item, labels) or None
    if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
        return column.icon(item, labels)
    if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
        return Qt.CheckState.Checked if column.check(item) else Qt.CheckState.Unchecked
    if role == Qt.ItemDataRole.ForegroundRole and column.alert is not None and column.alert(item):
        return alert_color(QGuiApplication.palette())
    if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class RecordTableModel(QAbstractTableModel):
    """Rows are one type of record of the workspace's dossier."""

    #: the rowids of a long list's rows after its first ones have arrived: they show now
    rest_arrived = Signal()

    def __init__(self, store: Store, rtype: type[model.Record], columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rtype = rtype
        self.columns = columns
        self.labels = Labels(store)
        self.dossier_id: str | None = None
        self.filter_text = ""
        self.equals: dict[str, Any] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._rowids: Any = []
        self._pages: OrderedDict[int, list[model.Record]] = OrderedDict()
        self.total_rows = 0  # before the text filter: how long the list is
        self._queried: tuple[Any, ...] | None = None  # (see _query) the rows listed were queried with
        self._rows = 0  # the rows listed: those of `_rowids`, and those whose rowids are on their way
        self._reading: Background | None = None  # rows being read off the GUI thread

    # --- what is shown ----------------------------------------------------------------------

    def set_dossier(self, dossier_id: str | None) -> None:
        self.dossier_id = dossier_id
        self.refresh()

    def set_filter(self, text: str | None = None, **equals: Any) -> None:
        """Keep rows whose text matches (word prefixes) and whose columns equal `equals`
        (None as a value removes that condition)."""
        if text is not None:
            self.filter_text = text
        for column, value in equals.items():
            if value is None:
                self.equals.pop(column, None)
            else:
                self.equals[column] = value
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort is None:
            return
        self.sort_column, self.sort_order = column, order
        self.refresh()

    @property
    def in_display_order(self) -> bool:
        """Rows are in the dossier's own order, unfiltered: moving rows makes sense."""
        return self.sort_column < 0 and not self.filter_text.strip()

    def refresh(self) -> None:
        """Query the rows again (after a change, a filter or a sort)."""
        order = self._sort_field()
        unfiltered = not self.filter_text.strip()
        # (a second connection sees no store in memory, nor what this one has not committed)
        elsewhere = self.dossier_id is not None and self.store.path is not None
        elsewhere = elsewhere and not self.store.db.conn.in_transaction
        self._drop_reading()
        long = elsewhere and self.total_rows > READ_AT_ONCE
        if long and (not unfiltered or (order is not None and not self._order_kept(order))):
            self._read_elsewhere()
            return
        self.beginResetModel()
        self._pages.clear()
        self.labels.clear()
        self._queried = self._query()
        if self.dossier_id is None:
            self._rowids = []
            self._rows = self.total_rows = 0
        else:
            in_turn = elsewhere and order is None and unfiltered
            self._rowids = self.store.rowids(
                self.rtype,
                self.dossier_id,
                order=order,
                descending=self.sort_order == Qt.SortOrder.DescendingOrder,
                text=self.filter_text,
                equals=self.equals,
                limit=READ_AT_ONCE + 1 if in_turn else None,
            )
            self._rows = len(self._rowids)
            if in_turn and len(self._rowids) > READ_AT_ONCE:
                del self._rowids[READ_AT_ONCE:]
                self._rows = self.store.count(self.rtype, self.dossier_id, **self.equals)
                self._read_rest()
            self.total_rows = self._rows if unfiltered else self.store.count(self.rtype, self.dossier_id)
        self.endResetModel()

    @property
    def reading(self) -> bool:
        """Whether rows are being read off the GUI thread (`settle` waits for them)."""
        return self._reading is not None

    def _read_rest(self) -> None:
        """Read the rowids of a long list after its first ones (see the module)."""
        rtype, dossier_id, equals = self.rtype, self.dossier_id, dict(self.equals)
        assert dossier_id is not None
        work = reading(self.store, lambda reader: reader.rowids(rtype, dossier_id, equals=equals))
        self._reading = Background(work, self, self._rest_read)

    def _rest_read(self, result: Any) -> None:
        self._reading = None
        store, rtype, dossier_id, equals = self.store, self.rtype, self.dossier_id or "", self.equals
        result = read_or_here(result, lambda: store.rowids(rtype, dossier_id, equals=equals))
        first = len(self._rowids)
        if len(result) == self._rows and result[:first] == self._rowids:
            self._rowids = result
            self._pages.pop(first // PAGE, None)  # (a page read before it ended with the first rows)
            if self._rows > first:
                self.dataChanged.emit(self.index(first, 0), self.index(self._rows - 1, len(self.columns) - 1))
        else:
            # another program changed the rows between the two readings (a refresh is on
            # its way for that change): the rows as read now
            self._show(result, len(result))
        self.rest_arrived.emit()

    def _order_kept(self, column: str) -> bool:
        assert self.dossier_id is not None
        return self.store.order_kept(self.rtype, self.dossier_id, column) is not None

    def _read_elsewhere(self) -> None:
        """Read the rows of a long list filtered by a text (every match, in order: 600 ms for
        a common word among 500,000 talking points) or sorted by an order not kept (seconds
        for a text among 500,000) on a connection and thread of their own; the rows shown
        stay until those asked for arrive. The order made there, both ways, is then kept here
        (`Store.keep_order`) when nothing changed meanwhile: sorting the other way round, or
        again, is at once."""
        rtype, dossier_id, text, equals = self.rtype, self.dossier_id, self.filter_text, dict(self.equals)
        order, descending = self._sort_field(), self.sort_order == Qt.SortOrder.DescendingOrder
        assert dossier_id is not None
        query = self._query()
        token = self.store.sort_token(rtype, dossier_id, order) if order is not None else ()

        def rows(reader: Store) -> tuple[Any, int, dict[bool, Any] | None]:
            if order is not None:
                reader.make_order(rtype, dossier_id, order, ORDER_STEP)  # (the window goes on meanwhile)
            rowids = reader.rowids(rtype, dossier_id, order=order, descending=descending, text=text, equals=equals)
            made = reader.order_kept(rtype, dossier_id, order) if order is not None else None
            return rowids, reader.count(rtype, dossier_id), made

        def arrived(result: Any) -> None:
            self._reading = None
            rowids, total, made = read_or_here(result, lambda: rows(self.store))
            if made is not None and order is not None:
                self.store.keep_order(rtype, dossier_id, order, token, made)
            self._queried = query
            self._show(rowids, total if text.strip() else len(rowids))

        self._reading = Background(reading(self.store, rows), self, arrived)

    def _show(self, rowids: Any, total: int) -> None:
        """List these rows (all of them read), of `total` before the text filter."""
        self.beginResetModel()
        self._pages.clear()
        self.labels.clear()
        self._rowids = rowids
        self._rows, self.total_rows = len(rowids), total
        self.endResetModel()

    def _drop_reading(self) -> None:
        if self._reading is not None:
            self._reading.drop()
            self._reading = None

    def settle(self) -> None:
        """Wait for the rows being read off the GUI thread, if any (for what cannot go on
        without them, pictures and tests)."""
        if self._reading is not None:
            self._reading.settle()

    def update_in_place(self, operations: Sequence[Operation]) -> bool:
        """Show what these operations changed without querying the rows again, when they
        cannot have moved a row, added or removed one, or changed which rows the filter keeps:
        only records of this table that stay listed, changed in no field that orders or
        filters them (and, sorted by a reference, no change to what it names). Returns False,
        having changed nothing, when the rows must be queried again (`refresh`)."""
        if self._queried != self._query():
            return False  # the filter or sort was changed without a refresh: one is due
        if self._reading is not None:
            return False  # (the rows listed are not all known yet: read them anew)
        own: list[str] = []
        elsewhere: set[str] = set()
        for operation in operations:
            elsewhere |= operation.tables - {self.rtype.table}
            if operation.adds_or_removes(self.rtype.table):
                return False  # a row added or removed
            for _, record_id, before, after in operation.rows(self.rtype.table):
                if before is None or after is None or before.deleted or after.deleted:
                    return False  # a row added or removed
                if after.dossier_id != self.dossier_id and before.dossier_id != self.dossier_id:
                    continue  # (another dossier's)
                if self.filter_text.strip() or any(
                    getattr(before, name) != getattr(after, name) for name in self._placing_fields()
                ):
                    return False
                own.append(record_id)
        if len(own) > _IN_PLACE_MOST:
            return False
        order = self._sort_field()
        if elsewhere and order is not None and (order in REFERENCE_LABELS or (self.rtype.table, order) in SORT_KEYS):
            target = REFERENCE_LABELS.get(order, ("",))[0]
            if target in elsewhere or target == "":
                return False  # sorted by what another table names
        rows = []
        for record_id in own:
            rowid = self.store.rowid_of(self.rtype, record_id)
            if rowid is None:
                continue  # (gone meanwhile: the page read skips it, and a refresh follows)
            try:
                rows.append(self._rowids.index(rowid))
            except ValueError:
                continue  # not listed (its filter column unchanged): not listed still
        for row in rows:
            self._pages.pop(row // PAGE, None)
        last = len(self.columns) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if elsewhere and self._rowids:
            self.labels.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, last))
        return True

    def _query(self) -> tuple[Any, ...]:
        """What the rows were or would be queried with."""
        return (self.dossier_id, dict(self.equals), self.filter_text, self.sort_column, self.sort_order)

    def _placing_fields(self) -> set[str]:
        """The fields whose change may move a row or change whether it is listed."""
        fields = {"id", "dossier_id", "position", "created_at", "deleted", *self.equals}
        order = self._sort_field()
        if order is not None:
            fields.add(order)
        return fields

    def _sort_field(self) -> str | None:
        """The field the rows are sorted by (None: the dossier's order)."""
        return self.columns[self.sort_column].sort if 0 <= self.sort_column < len(self.columns) else None

    # --- records ----------------------------------------------------------------------------

    def record(self, row: int) -> model.Record | None:
        if not 0 <= row < len(self._rowids):
            return None
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE
            page = self.store.page(self.rtype, self._rowids[start : start + PAGE])
            if len(page) != len(self._rowids[start : start + PAGE]):
                return None  # rows vanished under us: a refresh is on its way
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE]

    def row_of(self, record_id: str, *, wait: bool = True) -> int:
        """The row showing a record, or -1 when it is filtered out or not in this table. Not
        among the rows known while rows are read off the GUI thread: once they are in, or -1
        at once when not to `wait`."""
        rowid = self.store.rowid_of(self.rtype, record_id)
        if rowid is None:
            return -1
        with contextlib.suppress(ValueError):
            return self._rowids.index(rowid)
        if self._reading is None or not wait:
            return -1
        self.settle()
        with contextlib.suppress(ValueError):
            return self._rowids.index(rowid)
        return -1

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return record.id
        return column_data(self.columns[index.column()], record, self.labels, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None


class QuerySortFilterProxy(QIdentityProxyModel):
    """The view's sort and filter requests, answered by a new query of the source model
    rather than by reading every row (which is what QSortFilterProxyModel would do)."""

    def source(self) -> RecordTableModel:
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            raise TypeError(f"the proxy's source is a {type(source).__name__}, not a RecordTableModel")
        return source

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.source().set_filter(text)
