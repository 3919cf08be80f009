"""The Red lines section: what the delegation will not give up, how firmly, who approved it,
and the machine-checkable rule that every package is checked against.

The form edits the red line's fields, each save writing the stored record with only that field
changed; under it the RuleEditor writes the rule, saved only by "Apply rule" and only when it
can be checked. So editing a field never touches the rule, and a rule is one undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.redlines.rules import describe_rule, referenced_ids
from negoprep.ui.labels import enum_label
from negoprep.ui.models.record_table_model import Column, Labels
from negoprep.ui.record_form import FormField
from negoprep.ui.sections.rule_editor import RuleEditor
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace


def severity_tooltip(severity: str) -> str:
    if severity == "absolute":
        return translate("RedLinesView", "Absolute red line: no package may cross it")
    if severity == "firm":
        return translate("RedLinesView", "Firm red line")
    return ""


class RedLinesView(SectionView):
    rtype = model.RedLine
    # rules name tracks and agenda items: renaming one changes how a rule reads
    watches = frozenset({"tracks", "agenda_items"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        # the units of the agenda items' figures that rules name (id → unit), read when first
        # needed: the table's Labels know names and titles, not units
        self._units: dict[str, str] = {}
        super().__init__(workspace, parent)

    # --- the table --------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("RedLinesView", "Red line"), "title", lambda r, _: r.title, tooltip=lambda r, _: r.statement
            ),
            Column(
                translate("RedLinesView", "Severity"),
                "severity",
                lambda r, _: enum_label(r.severity),
                tooltip=lambda r, _: severity_tooltip(r.severity),
            ),
            # not sortable: the store keeps the rule as JSON, whose order is not the words'
            Column(translate("RedLinesView", "Rule"), None, self.rule_text, tooltip=self.rule_text),
            Column(
                translate("RedLinesView", "Approved by"),
                "approved_by",
                lambda r, _: r.approved_by,
                tooltip=lambda r, _: r.approved_by,
            ),
        ]

    def column_widths(self) -> list[int]:
        # the rule takes most room; who approved it stretches into the rest (tooltip: all of it)
        return [240, 75, 330]

    def plural(self) -> str:
        return translate("RedLinesView", "red lines")

    def rule_text(self, red_line: model.RedLine, labels: Labels) -> str:
        """The rule in plain words, with the names of the tracks and items it speaks of (a rule
        that cannot be read, e.g. from a damaged file, says so)."""
        rule = red_line.rule
        track_ids, item_ids = referenced_ids(rule)
        track_names = {i: name for i in track_ids if (name := labels(model.Track, i))}
        item_titles = {i: title for i in item_ids if (title := labels(model.AgendaItem, i))}
        return describe_rule(rule, track_names, item_titles, self._item_units(item_ids))

    def _item_units(self, item_ids: set[str]) -> Mapping[str, str]:
        for item_id in item_ids - self._units.keys():
            item = self.workspace.store.get(model.AgendaItem, item_id)
            self._units[item_id] = item.figure_unit if item is not None else ""
        return {i: self._units[i] for i in item_ids}

    # --- the form ---------------------------------------------------------------------------

    def form_fields(self) -> list[FormField]:
        return [
            FormField("title"),
            FormField("statement", tooltip=translate("RedLinesView", "The red line as the delegation states it")),
            FormField("rationale", tooltip=translate("RedLinesView", "Why we hold this line")),
            FormField(
                "severity",
                tooltip=translate("RedLinesView", "Absolute: never crossed. Firm: held unless decided otherwise."),
            ),
            FormField("approved_by", placeholder=translate("RedLinesView", "e.g. head of delegation")),
        ]

    def extra_details(self) -> list[QWidget]:
        box = QGroupBox(translate("RedLinesView", "Rule"))
        box.setObjectName("red_line_rule")
        box.setToolTip(translate("RedLinesView", "What every package is checked against"))
        layout = QVBoxLayout(box)
        self.rule_editor = RuleEditor(self.workspace)
        layout.addWidget(self.rule_editor)
        self.rule_box = box
        # the rule in words and what its kind means, as the editor shows them
        self.rule_words = self.rule_editor.words
        self.rule_kind = self.rule_editor.kind_help
        return [box]

    def show_extra(self, record: model.Record | None) -> None:
        for widget in self.form.widgets.values():
            # a long line (who approved it) is shown from its start, not scrolled to its end
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setCursorPosition(0)
        self.rule_editor.show_red_line(record if isinstance(record, model.RedLine) else None)

    # --- following the workspace ------------------------------------------------------------

    def on_dossier(self, dossier_id: str | None) -> None:
        self._units.clear()
        self.rule_editor.refill()  # before the rows: showing the first one shows its rule
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        if "agenda_items" in tables:
            self._units.clear()  # a figure's unit may have changed
        if tables & {"tracks", "agenda_items"}:
            self.rule_editor.refill(tables & {"tracks", "agenda_items"})
        super().on_changed(tables)

    # --- new records ------------------------------------------------------------------------

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        return model.RedLine(
            id=new_id(),
            dossier_id=dossier_id,
            title=translate("RedLinesView", "New red line"),
            severity="firm",
            rule={"kind": "manual"},
            position=position,
        )
