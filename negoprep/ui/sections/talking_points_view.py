"""The Talking points section: per agenda item, the points to make, defensive lines,
anticipated questions and answers, and press lines, each with its disclosure tier.

Positions order the talking points of the whole dossier, not each agenda item's. While the
list shows one agenda item, moving a point exchanges its position with the neighbour shown,
so that the points of other items keep theirs and no two points come to share one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.ui.labels import enum_label
from negoprep.ui.models.choice_model import ChoiceModel, choices_of, list_choices
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.record_form import FormField
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def kind_label(kind: str) -> str:
    """A talking point's kind as a person reads it."""
    kinds = {
        "point": translate("TalkingPointsView", "Point to make"),
        "defensive": translate("TalkingPointsView", "Defensive line"),
        "question": translate("TalkingPointsView", "Question"),
        "answer": translate("TalkingPointsView", "Answer"),
        "press": translate("TalkingPointsView", "Press line"),
    }
    return kinds.get(kind, enum_label(kind))


def one_line(text: str) -> str:
    """A text with its line breaks and runs of spaces as single spaces: what fits in a cell."""
    return " ".join((text or "").split())


class TalkingPointsView(SectionView):
    rtype = model.TalkingPoint
    updates_in_place = True
    watches = frozenset({"agenda_items"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        # the form lists kinds with the shared enum labels, which do not know talking points'
        # kinds ("Press" rather than "Press line"): name them as the table does
        kind_combo = self.form.widget("kind", QComboBox)
        for index in range(kind_combo.count()):
            kind_combo.setItemText(index, kind_label(kind_combo.itemData(index)))

    # --- the table --------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("TalkingPointsView", "Agenda item"),
                "agenda_item_id",
                lambda p, labels: labels(model.AgendaItem, p.agenda_item_id),
                tooltip=lambda p, labels: labels(model.AgendaItem, p.agenda_item_id),
            ),
            Column(translate("TalkingPointsView", "Kind"), "kind", lambda p, _: kind_label(p.kind)),
            Column(
                translate("TalkingPointsView", "Text"),
                "text",
                lambda p, _: one_line(p.text),
                tooltip=lambda p, _: p.text,
            ),
            Column(translate("TalkingPointsView", "Disclosure"), "disclosure", lambda p, _: enum_label(p.disclosure)),
        ]

    def column_widths(self) -> list[int]:
        return [220, 110, 480]

    def plural(self) -> str:
        return translate("TalkingPointsView", "talking points")

    # --- the form ---------------------------------------------------------------------------

    def form_fields(self) -> list[FormField]:
        return [
            FormField("agenda_item_id"),
            FormField(
                "kind",
                tooltip=translate(
                    "TalkingPointsView",
                    "A point to make, a defensive line, an anticipated question, its answer, or a press line",
                ),
            ),
            FormField("text"),
            FormField(
                "disclosure",
                tooltip=translate("TalkingPointsView", "Who may hear it: anyone, our side only, or never disclosed"),
            ),
        ]

    # --- the agenda item filter -------------------------------------------------------------

    def filter_widgets(self) -> list[QWidget]:
        self.item_filter = QComboBox()
        self.item_filter.setObjectName("talking_points_item_filter")
        self.item_filter.setAccessibleName(translate("TalkingPointsView", "Agenda item shown"))
        self.item_filter.setToolTip(translate("TalkingPointsView", "Show the talking points of one agenda item only"))
        # long titles would push the filter box off the bar: the list itself opens wide
        list_choices(self.item_filter, ChoiceModel(self.item_filter), 22)
        self._items_listed: list[tuple[str, str]] | None = None  # the workspace's list shown (None: being read)
        self.workspace.choices_arrived.connect(self._items_arrived)
        choices_of(self.item_filter, ChoiceModel).set_choices(
            [(None, translate("TalkingPointsView", "All agenda items"))]
        )
        self.item_filter.currentIndexChanged.connect(self._item_chosen)
        return [self.item_filter]

    def _refill_item_filter(self) -> None:
        """List the dossier's agenda items, keeping the one chosen while it still exists. A
        long list not read yet (`Workspace.choices_read`) is listed once it is in: meanwhile
        the box lists the item chosen alone."""
        chosen = was = self.item_filter.currentData()
        dossier_id = self.workspace.dossier_id
        items = self.workspace.choices_read(model.AgendaItem) if dossier_id else []
        if items is not None and items is self._items_listed:
            return  # the workspace's list is the one shown: no title, order or item changed
        self._items_listed = items
        if items is None:
            if chosen and not self.workspace.shows(model.AgendaItem, chosen):
                chosen = None  # (another dossier's, or gone: every item's points)
            items = [(chosen, self.item_filter.currentText())] if chosen else []
        choices = choices_of(self.item_filter, ChoiceModel)
        self.item_filter.blockSignals(True)
        try:
            choices.set_choices([(None, translate("TalkingPointsView", "All agenda items")), *items])
            self.item_filter.setCurrentIndex(max(choices.row_of(chosen), 0) if chosen else 0)
        finally:
            self.item_filter.blockSignals(False)
        if self.item_filter.currentData() != was:
            # the item shown is gone (deleted, or another dossier): show every item's points
            self.model.set_filter(agenda_item_id=None)

    def _items_arrived(self, table: str) -> None:
        if table == model.AgendaItem.table and self._items_listed is None:
            self._refill_item_filter()

    def _item_chosen(self) -> None:
        self.model.set_filter(agenda_item_id=self.item_filter.currentData())

    def clear_filters(self) -> None:
        self.item_filter.setCurrentIndex(0)
        # when "All" was already chosen no signal comes, and a stale condition must still go
        self.model.set_filter(agenda_item_id=None)

    # --- following the workspace ------------------------------------------------------------

    def on_dossier(self, dossier_id: str | None) -> None:
        self._refill_item_filter()
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        if "agenda_items" in tables:
            self._refill_item_filter()
        super().on_changed(tables)

    # --- new records and moves --------------------------------------------------------------

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        item_id = self.item_filter.currentData()
        if item_id is None:
            current = self.current_record()
            item_id = current.agenda_item_id if isinstance(current, model.TalkingPoint) else None
        if item_id is None:
            rowids = self.workspace.store.rowids(model.AgendaItem, dossier_id)
            first = self.workspace.store.page(model.AgendaItem, rowids[:1])
            item_id = first[0].id if first else None
        if item_id is None:
            QMessageBox.information(
                self,
                translate("TalkingPointsView", "No agenda item yet"),
                translate(
                    "TalkingPointsView", "Add an agenda item first (Agenda): every talking point belongs to one."
                ),
            )
            return None
        return model.TalkingPoint(
            id=new_id(),
            dossier_id=dossier_id,
            agenda_item_id=item_id,
            kind="point",
            text=translate("TalkingPointsView", "New talking point"),
            position=position,
        )

    def typed_first(self, record: model.Record) -> str | None:
        return "text"  # the text is a placeholder: typing replaces it

    def move_record(self, delta: int) -> None:
        index = self.table.selectionModel().currentIndex()
        if self.item_filter.currentData() is None or not index.isValid() or not self.model.in_display_order:
            super().move_record(delta)
            return
        # one agenda item shown: its points are the siblings, but other items' points sit
        # between them in the dossier's order; exchanging the two positions moves the point
        # past its neighbour without renumbering (and colliding with) anyone else's
        record, other = self.model.record(index.row()), self.model.record(index.row() + delta)
        if (
            not isinstance(record, model.TalkingPoint)
            or not isinstance(other, model.TalkingPoint)
            or index.row() + delta < 0
        ):
            return  # already first or last
        if record.position == other.position:
            super().move_record(delta)  # nothing to exchange: renumber the rows shown
            return
        changed = [
            replace(record, position=other.position),
            replace(other, position=record.position),
        ]
        if self.workspace.apply(translate("TalkingPointsView", "Move talking point"), puts=changed) is not None:
            self.select(record.id)
