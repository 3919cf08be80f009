"""The Agenda section: agenda items with positions, mandate ladder, priorities and weights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from negoprep import model
from negoprep.editing import new_id
from negoprep.ui.labels import enum_label
from negoprep.ui.record_form import FormField, error_color, format_number
from negoprep.ui.record_table_model import Column
from negoprep.ui.section_view import SectionView


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaView", text)


class AgendaView(SectionView):
    rtype = model.AgendaItem
    watches = frozenset({"tracks", "participants"})

    def columns(self) -> list[Column]:
        return [
            Column(_tr("Agenda item"), "title", lambda i, _: i.title, tooltip=lambda i, _: i.description),
            Column(_tr("Track"), "track_id", lambda i, names: names(model.Track, i.track_id)),
            Column(_tr("Priority"), "priority", lambda i, _: str(i.priority), numeric=True),
            Column(_tr("Flexibility"), "flexibility", lambda i, _: str(i.flexibility), numeric=True),
            Column(_tr("Weight"), "weight", lambda i, _: format_number(i.weight), numeric=True),
            Column(_tr("Likelihood"), "likelihood", lambda i, _: enum_label(i.likelihood)),
            Column(_tr("Status"), "status", lambda i, _: enum_label(i.status)),
            Column(_tr("Owner"), "owner_id", lambda i, names: names(model.Participant, i.owner_id)),
            Column(_tr("Disclosure"), "disclosure", lambda i, _: enum_label(i.disclosure)),
        ]

    def column_widths(self) -> list[int]:
        return [260, 130, 60, 70, 60, 80, 70, 120]

    def form_fields(self) -> list[FormField]:
        ladder = _tr("The mandate ladder, from what we ask first to the point where we walk away")
        return [
            FormField("title", _tr("Title")),
            FormField("track_id", _tr("Track"), "ref", ref=model.Track),
            FormField("description", _tr("Description"), "text"),
            FormField("our_position", _tr("Our position"), "text"),
            FormField("their_position", _tr("Their expected position"), "text"),
            FormField("interests", _tr("Interests behind it"), "text"),
            FormField("opening", _tr("Opening"), tooltip=ladder),
            FormField("target", _tr("Target"), tooltip=ladder),
            FormField("fallback", _tr("Fallback"), tooltip=ladder),
            FormField("walk_away", _tr("Walk-away"), tooltip=ladder),
            FormField("priority", _tr("Priority"), "int", tooltip=_tr("1 (low) to 5 (vital)")),
            FormField("flexibility", _tr("Flexibility"), "int", tooltip=_tr("1 (none) to 5 (much room)")),
            FormField("weight", _tr("Weight"), "number", tooltip=_tr("Share of 100 points across all agenda items")),
            FormField("stance", _tr("Stance"), "enum", choices=model.STANCES),
            FormField("likelihood", _tr("Likelihood it comes up"), "enum", choices=model.LIKELIHOODS),
            FormField("status", _tr("Status"), "enum", choices=model.STATUSES),
            FormField("owner_id", _tr("Owner"), "ref", ref=model.Participant),
            FormField("disclosure", _tr("Disclosure"), "enum", choices=model.DISCLOSURES),
            FormField("figure_value", _tr("Key figure"), "number", tooltip=_tr("A number this item turns on")),
            FormField("figure_unit", _tr("Unit"), placeholder=_tr("e.g. USD bn, %, KRW tn")),
            FormField("figure_source", _tr("Source of the figure")),
        ]

    def extra_details(self) -> list[QWidget]:
        self.weight_total = QLabel(objectName="weight_total")
        self.weight_total.setAccessibleName(_tr("Total of weights"))
        return [self.weight_total]

    def show_extra(self, record: model.Record | None) -> None:
        dossier_id = self.workspace.dossier_id
        total = self.workspace.store.weight_total(dossier_id) if dossier_id else 0.0
        text = _tr("Weights of all agenda items: {total} of 100").format(total=format_number(round(total, 6)))
        if abs(total - 100) > 1e-6:
            text += " — " + _tr("they should add up to 100")
            self.weight_total.setStyleSheet(f"color: {error_color(self).name()};")
        else:
            self.weight_total.setStyleSheet("")
        self.weight_total.setText(text)

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        tracks = self.workspace.store.records(model.Track, dossier_id)
        if not tracks:
            QMessageBox.information(
                self, _tr("No track yet"), _tr("Add a track first (Overview → Tracks): every agenda item is on one.")
            )
            return None
        return model.AgendaItem(
            id=new_id(), dossier_id=dossier_id, track_id=tracks[0].id, title=_tr("New agenda item"), position=position
        )
