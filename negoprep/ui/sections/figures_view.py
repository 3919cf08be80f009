"""The Figures section: small data series for charts (e.g. the trade surplus by year), each
value with its unit and where it comes from.

A new figure continues the series of the current one, so that adding next year's value is
one click and two fields (label and value).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.records.numbers import with_unit
from negoprep.ui.models.record_table_model import Column
from negoprep.ui.record_form import FormField, format_number
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def first_line(text: str) -> str:
    """The first non-blank line of a text: what fits in a table cell."""
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


def value_text(figure: model.Figure) -> str:
    """The value as typed, followed by its unit: "56.6 USD bn"."""
    return with_unit(format_number(figure.value), figure.unit)


class FiguresView(SectionView):
    rtype = model.Figure
    watches = frozenset()
    #: the figure add_record made, and which field the person fills in first
    _typed_first = "series"  # of the record new_record made last

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)

    def columns(self) -> list[Column]:
        return [
            Column(translate("FiguresView", "Series"), "series", lambda f, _: f.series, tooltip=lambda f, _: f.series),
            Column(translate("FiguresView", "Label"), "label", lambda f, _: f.label),
            Column(translate("FiguresView", "Value"), "value", lambda f, _: value_text(f), numeric=True),
            Column(translate("FiguresView", "Unit"), "unit", lambda f, _: f.unit),
            Column(
                translate("FiguresView", "Source"),
                "source",
                lambda f, _: first_line(f.source),
                tooltip=lambda f, _: f.source,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [250, 80, 100, 80]

    def plural(self) -> str:
        return translate("FiguresView", "figures")

    def form_fields(self) -> list[FormField]:
        return [
            FormField("series", tooltip=translate("FiguresView", "Figures of one series make one chart")),
            FormField(
                "label",
                placeholder=translate("FiguresView", "e.g. 2024"),
                tooltip=translate("FiguresView", "Where the value sits in the series"),
            ),
            FormField("value"),
            FormField("unit", placeholder=translate("FiguresView", "e.g. USD bn, %, KRW tn")),
            # sources are often a sentence or two: a text box shows them whole
            FormField("source"),
        ]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        current = self.current_record()
        if isinstance(current, model.Figure):
            # the next value of the same series, in the same unit; the source is left blank
            # because each value has its own (copying it would credit a source wrongly)
            figure = model.Figure(
                id=new_id(),
                dossier_id=dossier_id,
                series=current.series,
                label="",
                value=0,
                unit=current.unit,
                position=position,
            )
            self._typed_first = "label"  # in a continued series the label comes first
        else:
            figure = model.Figure(
                id=new_id(),
                dossier_id=dossier_id,
                series=translate("FiguresView", "New series"),
                label="",
                value=0,
                position=position,
            )
            self._typed_first = "series"
        return figure

    def typed_first(self, record: model.Record) -> str | None:
        return self._typed_first
