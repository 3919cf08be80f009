"""The Delegation section: the roster of every side — who is at the table, for whom, and who leads.

Participants own agenda items and checklist tasks; deleting one leaves those without an
owner (the section asks first and says how many), and undo gives them their owner back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.ui.labels import enum_label
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.record_form import FormField
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def first_line(text: str) -> str:
    """The first non-blank line of a text: what fits in a table cell."""
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


class DelegationView(SectionView):
    rtype = model.Participant
    watches = frozenset()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)

    def columns(self) -> list[Column]:
        return [
            Column(translate("DelegationView", "Name"), "name", lambda p, _: p.name),
            Column(
                translate("DelegationView", "Job title"), "title", lambda p, _: p.title, tooltip=lambda p, _: p.title
            ),
            Column(
                translate("DelegationView", "Organisation"),
                "organisation",
                lambda p, _: p.organisation,
                tooltip=lambda p, _: p.organisation,
            ),
            Column(translate("DelegationView", "Side"), "side", lambda p, _: enum_label(p.side)),
            # a tick says it at a glance; no text, so that the column stays narrow
            Column(
                translate("DelegationView", "Head"),
                "head",
                lambda p, _: "",
                tooltip=lambda p, _: translate("DelegationView", "Head of delegation") if p.head else "",
                check=lambda p: bool(p.head),
            ),
            Column(
                translate("DelegationView", "Notes"),
                "notes",
                lambda p, _: first_line(p.notes),
                tooltip=lambda p, _: p.notes,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [140, 200, 180, 60, 48]

    def plural(self) -> str:
        return translate("DelegationView", "participants")

    def form_fields(self) -> list[FormField]:
        return [
            FormField("name"),
            FormField("title", placeholder=translate("DelegationView", "e.g. Minister of Trade, Industry and Energy")),
            FormField("organisation"),
            FormField("side"),
            FormField("head", tooltip=translate("DelegationView", "This participant leads the delegation of its side")),
            FormField("notes"),
        ]

    # --- the side filter --------------------------------------------------------------------

    def filter_widgets(self) -> list[QWidget]:
        self.side_filter = QComboBox()
        self.side_filter.setObjectName("participants_side_filter")
        self.side_filter.setAccessibleName(translate("DelegationView", "Side shown"))
        self.side_filter.setToolTip(translate("DelegationView", "Show the participants of one side only"))
        self.side_filter.addItem(translate("DelegationView", "All sides"), None)
        for side in model.SIDES:
            self.side_filter.addItem(enum_label(side), side)
        self.side_filter.currentIndexChanged.connect(self._side_chosen)
        return [self.side_filter]

    def _side_chosen(self) -> None:
        self.model.set_filter(side=self.side_filter.currentData())

    def clear_filters(self) -> None:
        self.side_filter.setCurrentIndex(0)

    # --- new records ------------------------------------------------------------------------

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        # on the side being shown, so that the new participant does not vanish at once
        side = self.side_filter.currentData() or "ours"
        return model.Participant(
            id=new_id(),
            dossier_id=dossier_id,
            name=translate("DelegationView", "New participant"),
            side=side,
            position=position,
        )

    def typed_first(self, record: model.Record) -> str | None:
        return "name"  # the name is a placeholder: typing replaces it
