"""The Overview section: the dossier's own facts, where it stands, and its tracks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from negoprep.i18n import format_number, translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.records.release import FLAGS as RELEASE_FLAGS
from negoprep.store.standing import Standing
from negoprep.ui.labels import enum_label
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.operations import Background, read_or_here, reading
from negoprep.ui.record_form import FormField, RecordForm, error_color
from negoprep.ui.sections.section_view import SectionView, offstage
from negoprep.ui.tab_order import follow_layout
from negoprep.ui.workspace import Workspace


class TracksView(SectionView):
    """The issue areas of the dossier; red-line rules speak about them."""

    rtype = model.Track

    def columns(self) -> list[Column]:
        return [
            Column(translate("OverviewView", "Track"), "name", lambda t, _: t.name),
            Column(
                translate("OverviewView", "Description"),
                "description",
                lambda t, _: " ".join(t.description.split()),
                tooltip=lambda t, _: t.description,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [180]

    def form_fields(self) -> list[FormField]:
        return [FormField("name"), FormField("description")]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        return model.Track(
            id=new_id(), dossier_id=dossier_id, name=translate("OverviewView", "New track"), position=position
        )


def dossier_fields() -> list[FormField]:
    """The dossier's form, in the language installed when the view is built."""
    return [
        FormField("title"),
        FormField("counterpart"),
        FormField("venue"),
        FormField("starts_on"),
        FormField("ends_on"),
        FormField("format", placeholder=translate("OverviewView", "consultation, negotiation, working group…")),
        FormField("objective", translate("OverviewView", "Our objective")),
        FormField(
            "batna",
            translate("OverviewView", "Our BATNA"),
            tooltip=translate("OverviewView", "Best alternative to a negotiated agreement"),
        ),
        FormField(
            "their_batna",
            translate("OverviewView", "Their BATNA"),
            tooltip=translate("OverviewView", "The other side's best alternative to an agreement, as we estimate it"),
        ),
        FormField("classification", tooltip=translate("OverviewView", "Printed at the top and bottom of every page")),
        # the release policy: what a release copy withholds besides "never disclose" records
        *(FormField(flag) for flag in RELEASE_FLAGS),
    ]


class OverviewView(QWidget):
    """The dossier form, a summary of where the preparation stands, and the tracks."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.workspace = workspace
        self.form = RecordForm(workspace, model.Dossier, dossier_fields())
        dossier_box = QGroupBox(translate("OverviewView", "The dossier"))
        QVBoxLayout(dossier_box).addWidget(self.form)

        self.summary = QFormLayout()
        self.summary_labels: dict[str, QLabel] = {}
        for key, label in (
            ("agenda", translate("OverviewView", "Agenda items")),
            ("weights", translate("OverviewView", "Weights")),
            ("red_lines", translate("OverviewView", "Red lines")),
            ("packages", translate("OverviewView", "Packages")),
            ("points", translate("OverviewView", "Talking points")),
            ("tasks", translate("OverviewView", "Tasks")),
            ("people", translate("OverviewView", "Delegation")),
        ):
            value = QLabel(wordWrap=True)
            value.setObjectName(f"summary_{key}")
            value.setAccessibleName(label)
            self.summary.addRow(label + ":", value)
            self.summary_labels[key] = value
        summary_box = QGroupBox(translate("OverviewView", "Where the preparation stands"))
        summary_box.setLayout(self.summary)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(dossier_box)
        left_layout.addWidget(summary_box)
        left_layout.addStretch()
        follow_layout(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        self.tracks = TracksView(workspace)
        tracks_box = QGroupBox(translate("OverviewView", "Tracks"))
        QVBoxLayout(tracks_box).addWidget(self.tracks)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(tracks_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # half each to start with (by their size hints alone, the tracks' table would take
        # most of a laptop's width and leave the dossier's own fields cut short)
        splitter.setSizes([10_000, 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._stale = False
        self._generation = 0  # the reading of the figures whose result is awaited
        # the last reading begun: its number, its thread and (once read) the figures or the error
        self._reading: Background | None = None
        workspace.changed.connect(self._changed)
        workspace.dossier_changed.connect(self._changed)
        self.refresh()

    def _changed(self, *_: object) -> None:
        # a reading of every row at every change would burden editing elsewhere: only in sight
        if offstage(self):
            self._stale = True
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self, tables: frozenset[str] | None = None) -> None:
        self.form.show_record(self.workspace.dossier())
        self._generation += 1  # a reading begun before this one is out of date
        if self._reading is not None:
            self._reading.drop()
        self._reading = None
        dossier_id = self.workspace.dossier_id
        if dossier_id is None:
            for label in self.summary_labels.values():
                label.clear()
            return
        store = self.workspace.store
        today = date.today().isoformat()
        if store.path is None:  # (no second connection sees a store in memory)
            self._show_standing(self._generation, store.standing(dossier_id, today))
            return
        # the figures are sums over every row of the largest tables: they are read on a
        # connection of their own, off the GUI thread, and shown when they arrive
        generation = self._generation
        self._reading = Background(
            reading(store, lambda reader: reader.standing(dossier_id, today)),
            self,
            lambda result: self._arrived(generation, result),
        )

    def settle(self) -> None:
        """Wait for the figures being read and show them (for pictures and tests)."""
        while self._reading is not None:
            self._reading.settle()

    def _arrived(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the dossier changed since: a newer reading follows
        self._reading = None
        store, dossier_id = self.workspace.store, self.workspace.dossier_id or ""
        result = read_or_here(result, lambda: store.standing(dossier_id, date.today().isoformat()))
        assert isinstance(result, Standing)
        self._show_standing(generation, result)

    def _show_standing(self, generation: int, figures: Standing) -> None:
        if generation != self._generation:
            return
        self._generation += 1  # shown: a late copy of the same reading changes nothing
        by_likelihood = translate("OverviewView", ", ").join(
            translate("OverviewView", "{n} {likelihood}").format(
                n=format_number(figures.by_likelihood[value]), likelihood=enum_label(value).lower()
            )
            for value in model.LIKELIHOODS
        )
        self.summary_labels["agenda"].setText(
            translate("OverviewView", "{n} ({by_likelihood}); {open} still open").format(
                n=format_number(figures.agenda), by_likelihood=by_likelihood, open=format_number(figures.open_items)
            )
        )
        total = figures.weight_total
        weights = self.summary_labels["weights"]
        weights.setText(translate("OverviewView", "{total} of 100").format(total=format_number(round(total, 6))))
        off = figures.agenda and abs(total - 100) > 1e-6
        weights.setStyleSheet(f"color: {error_color(self).name()};" if off else "")
        self.summary_labels["red_lines"].setText(
            translate("OverviewView", "{n}, {absolute} absolute").format(
                n=format_number(figures.red_lines), absolute=format_number(figures.absolute)
            )
        )
        packages_text = translate("OverviewView", "{ours} ours, {theirs} theirs").format(
            ours=format_number(figures.packages_by_origin["ours"]),
            theirs=format_number(figures.packages_by_origin["theirs"]),
        )
        if figures.breaking:
            breaking = translate("OverviewView", "; {n} break an absolute red line")
            packages_text += breaking.format(n=format_number(figures.breaking))
        packages_label = self.summary_labels["packages"]
        packages_label.setText(packages_text)
        packages_label.setStyleSheet(f"color: {error_color(self).name()};" if figures.breaking else "")
        self.summary_labels["points"].setText(format_number(figures.points))
        text = translate("OverviewView", "{done} of {tasks} done").format(
            done=format_number(figures.done), tasks=format_number(figures.tasks)
        )
        if figures.overdue:
            text += translate("OverviewView", ", {overdue} overdue").format(overdue=format_number(figures.overdue))
        self.summary_labels["tasks"].setText(text)
        people = translate("OverviewView", ", ").join(
            translate("OverviewView", "{n} {side}").format(
                n=figures.people_by_side[side], side=enum_label(side).lower()
            )
            for side in model.SIDES
        )
        self.summary_labels["people"].setText(people)

    def show_hit(self, table: str, record_id: str) -> bool:
        if table == "dossiers":
            self.form.focus_first()
            return True
        if table == "tracks":
            return self.tracks.select(record_id)
        return False
