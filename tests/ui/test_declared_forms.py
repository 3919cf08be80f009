"""Forms are built from the record declarations: the control, the choices, the records a
reference lists, the range, the label and the tooltip come from each field's `model.Spec`;
a declared field that a view does not place is still in its form, at the end."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from negoprep.records import model
from negoprep.ui.record_form import NOT_IN_FORMS, FormField, RecordForm
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.checklists_view import ChecklistsView
from negoprep.ui.sections.delegation_view import DelegationView
from negoprep.ui.sections.figures_view import FiguresView
from negoprep.ui.sections.notes_view import NotesView
from negoprep.ui.sections.overview_view import OverviewView, TracksView
from negoprep.ui.sections.packages_view import PackagesView
from negoprep.ui.sections.red_lines_view import RedLinesView
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace

SECTIONS = [
    AgendaView,
    ChecklistsView,
    DelegationView,
    FiguresView,
    NotesView,
    TracksView,
    PackagesView,
    RedLinesView,
    TalkingPointsView,
]


def _edited(rtype: type[model.Record]) -> set[str]:
    """The declared fields a person edits in a form (a red line's rule has its own editor)."""
    return {c.name for c in rtype.declared() if c.name not in NOT_IN_FORMS and c.spec.kind != "rule"}


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.__name__)
def test_every_declared_field_is_in_its_form(qtbot, ws: Workspace, section) -> None:
    view = section(ws)
    qtbot.addWidget(view)
    form = view.form
    assert set(form.widgets) == _edited(view.rtype)
    for name, f in form.fields.items():
        spec = view.rtype.column(name).spec
        widget = form.widgets[name]
        assert widget.accessibleName() == f.label and f.label  # never a column name
        if spec.kind == "enum":
            assert isinstance(widget, QComboBox)
            unsaid = [None] if spec.nullable else []  # (a choice that may be left unsaid offers it first)
            assert [widget.itemData(i) for i in range(widget.count())] == unsaid + list(spec.choices)
        elif spec.kind == "ref":
            assert isinstance(widget, QComboBox) and f.ref is model.BY_TABLE[spec.target]
        elif spec.kind == "int":
            assert isinstance(widget, QSpinBox)
            assert (widget.minimum(), widget.maximum()) == (spec.low, spec.high)
        elif spec.kind == "bool":
            assert isinstance(widget, QCheckBox)
        else:
            assert isinstance(widget, QLineEdit | QPlainTextEdit)


def test_the_dossier_form_has_every_declared_field(qtbot, ws: Workspace) -> None:
    view = OverviewView(ws)
    qtbot.addWidget(view)
    assert set(view.form.widgets) == _edited(model.Dossier)


def test_labels_and_tooltips_come_from_the_declaration_unless_the_view_says_otherwise(qtbot, ws: Workspace) -> None:
    view = AgendaView(ws)
    qtbot.addWidget(view)
    fields = view.form.fields
    assert fields["owner_id"].label == "Owner" and fields["owner_id"].ref is model.Participant
    assert fields["figure_source"].label == "Source of the figure"
    assert fields["figure_source"].tooltip == "Where the number comes from."
    assert fields["their_position"].label == "Their expected position"
    assert fields["interests"].label == "Interests behind it"  # the view's words
    assert fields["opening_score"].label == "Opening score"
    assert (fields["opening_score"].low, fields["opening_score"].high) == (0, 100)
    assert (fields["priority"].low, fields["priority"].high) == (1, 5)
    # the help of a reference says how a document names it (an id): not a tooltip
    assert "id" not in fields["track_id"].tooltip.split()


def _with_extra_field(monkeypatch, rtype: type[model.Record], column: model.Column) -> None:
    """The record type as if one more field had been declared for it."""
    declared = (*rtype.declared(), column)
    by_name = {c.name: c for c in declared}
    monkeypatch.setattr(rtype, "declared", classmethod(lambda cls: declared))
    monkeypatch.setattr(rtype, "column", classmethod(lambda cls, name: by_name[name]))


def test_a_field_added_to_agenda_items_shows_in_the_form_with_no_change_to_the_view(
    qtbot, ws: Workspace, monkeypatch
) -> None:
    spec = model.Spec("text", "Legal basis", "The treaty article the item rests on.", search=True)
    _with_extra_field(monkeypatch, model.AgendaItem, model.Column("legal_basis", spec, ""))
    view = AgendaView(ws)
    qtbot.addWidget(view)
    widget = view.form.widgets["legal_basis"]
    assert isinstance(widget, QLineEdit) and widget.toolTip() == "The treaty article the item rests on."
    layout: QFormLayout = view.form.layout_
    last = layout.rowCount() - 1
    label = layout.itemAt(last, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and label.text() == "Legal basis:"
    assert layout.itemAt(last, QFormLayout.ItemRole.FieldRole).widget() is widget.parentWidget()


def test_a_view_chooses_the_room_a_text_takes_never_what_a_field_holds(qtbot, ws: Workspace) -> None:
    form = RecordForm(ws, model.Note, [FormField("text", kind="text"), FormField("title", kind="line")])
    qtbot.addWidget(form)
    assert isinstance(form.widgets["text"], QPlainTextEdit) and isinstance(form.widgets["title"], QLineEdit)
    with pytest.raises(AssertionError):
        RecordForm(ws, model.Note, [FormField("at", kind="text")])


def test_a_fields_control_is_fetched_as_the_kind_the_form_built(qtbot, ws: Workspace) -> None:
    from negoprep.ui.models.choice_model import ChoiceModel, choices_of

    form = RecordForm(ws, model.AgendaItem, [FormField("title"), FormField("owner_id"), FormField("status")])
    qtbot.addWidget(form)
    assert form.widget("title", QLineEdit) is form.widgets["title"]
    with pytest.raises(TypeError, match="'title' is a QLineEdit, not a QPlainTextEdit"):
        form.widget("title", QPlainTextEdit)
    form.refill_choices()
    owner = form.widget("owner_id", QComboBox)
    assert choices_of(owner, ChoiceModel).row_of(None) == 0  # "(none)" first
    # a choice of words lists its entries in Qt's own model, not a model of records
    with pytest.raises(TypeError, match="status lists a QStandardItemModel, not a ChoiceModel"):
        choices_of(form.widget("status", QComboBox), ChoiceModel)
