"""History and conflicts name each field by its declared label and show each value in words:
a reference by the name of the record it points at, "(deleted)" or "none", never an id."""

from __future__ import annotations

from negoprep.records import model
from negoprep.store.merge import Conflict
from negoprep.ui.dialogs import conflicts_dialog
from negoprep.ui.dialogs.conflicts_dialog import ConflictsDialog, shown_value
from negoprep.ui.dialogs.history_view import HistoryView
from negoprep.ui.field_text import field_label, value_text
from negoprep.ui.labels import records_label
from negoprep.ui.workspace import Workspace


def _item_and_person(ws: Workspace) -> tuple[model.AgendaItem, model.Participant]:
    store = ws.store
    item = store.records(model.AgendaItem, ws.dossier_id)[0]
    person = next(p for p in store.records(model.Participant, ws.dossier_id) if p.id != item.owner_id)
    return item, person


def test_the_history_names_fields_by_label_and_references_by_name(qtbot, ws: Workspace) -> None:
    store = ws.store
    item, person = _item_and_person(ws)
    ws.edit("Edit", item, owner_id=None, status="open")
    ws.edit("Edit", item, owner_id=person.id, status="off_table", weight=12.5, figure_value=1500000.0)
    view = HistoryView(ws)
    qtbot.addWidget(view)
    view.show_record(model.AgendaItem, item.id)
    text = view.toPlainText()
    assert f"Owner: none → {person.name}" in text
    assert "Status: Open → Off the table" in text
    assert "Weight:" in text and "→ 12.5" in text
    assert "Key figure:" in text and "→ 1500000" in text
    for raw in ("owner_id", "off_table", "figure_value", person.id, "1500000.0"):
        assert raw not in text

    # the person leaves the dossier: the history says whom it pointed at, and that it is gone
    store.apply("Delete", deletes=[store.get(model.Participant, person.id)])
    view.show_record(model.AgendaItem, item.id)
    text = view.toPlainText()
    assert f"none → {person.name} (deleted)" in text and person.id not in text


def test_values_read_by_their_declared_kind(ws: Workspace) -> None:
    store = ws.store
    item, person = _item_and_person(ws)
    assert field_label("agenda_items", "owner_id") == "Owner"
    assert field_label("checklist_items", "text") == "Task"
    assert value_text("agenda_items", "owner_id", person.id, store) == person.name
    assert value_text("agenda_items", "owner_id", "no-such-record", store) == "(deleted)"
    assert value_text("agenda_items", "owner_id", None, store) == "none"
    assert value_text("agenda_items", "track_id", item.track_id, store) == store.get(model.Track, item.track_id).name
    assert value_text("checklist_items", "done", True) == "Yes"
    assert value_text("participants", "head", False) == "No"
    assert value_text("agenda_items", "likelihood", "unlikely") == "Unlikely"
    assert value_text("agenda_items", "their_weight", 33.0) == "33"
    assert value_text("agenda_items", "figure_value", 1e-07) == "0.0000001"
    assert value_text("agenda_items", "description", "") == "(empty)"


def _conflict(table: str, row_id: str, field: str, base: object, a: object, b: object) -> Conflict:
    return Conflict(
        id="c1", table=table, row_id=row_id, dossier_id="d", field=field, kind="edited", base=base, a=a, b=b,
        a_rev="r1", b_rev="r2", a_author="Alice", b_author="Bob", a_at="2025-04-21T01:02:03.456Z",
        b_at="2025-04-21T01:02:04.456Z", merge_rev="r3", created_at="2025-04-21T01:02:05.456Z", label="Steel",
    )  # fmt: skip


def test_a_conflict_on_a_reference_shows_names_not_ids(qtbot, ws: Workspace, monkeypatch) -> None:
    item, person = _item_and_person(ws)
    found = _conflict("agenda_items", item.id, "owner_id", person.id, None, "gone-id")
    assert shown_value(found, found.base, ws.store) == person.name
    monkeypatch.setattr(conflicts_dialog, "pending_conflicts", lambda store: [found])
    dialog = ConflictsDialog(ws)
    qtbot.addWidget(dialog)
    listed = dialog.list_model.item(0).text()
    assert listed == "Agenda item “Steel” — Owner (Alice / Bob)"
    assert dialog.explain.text().startswith("Alice and Bob changed this field differently")
    assert dialog.heading.text() == "Agenda item “Steel” — Owner"
    assert dialog.a_value.text() == "none"
    assert dialog.b_value.text() == "(deleted)"
    assert dialog.base_label.text() == f"Before either change: {person.name}"
    # a reference is settled by keeping a side: there is no box to type an id into
    assert not dialog.write_part.isVisibleTo(dialog)
    shown = " ".join(w.text() for w in (dialog.heading, dialog.a_value, dialog.b_value, dialog.base_label))
    assert "owner_id" not in shown and person.id not in shown and "gone-id" not in shown


def test_a_conflict_on_a_choice_or_a_flag_reads_in_words(qtbot, ws: Workspace, monkeypatch) -> None:
    item, _ = _item_and_person(ws)
    status = _conflict("agenda_items", item.id, "status", "open", "off_table", "agreed")
    assert [shown_value(status, v) for v in (status.base, status.a, status.b)] == ["Open", "Off the table", "Agreed"]
    done = _conflict("checklist_items", "x", "done", False, True, False)
    assert [shown_value(done, v) for v in (done.a, done.b)] == ["Yes", "No"]
    title = _conflict("agenda_items", item.id, "title", "Steel", "Steel quota", "Steel quotas")
    monkeypatch.setattr(conflicts_dialog, "pending_conflicts", lambda store: [title])
    dialog = ConflictsDialog(ws)
    qtbot.addWidget(dialog)
    assert dialog.write_part.isVisibleTo(dialog) and dialog.edit_box.toPlainText() == "Steel quotas"
    assert dialog.heading.text() == "Agenda item “Steel” — Title"


def test_every_record_type_has_a_name_for_its_records() -> None:
    for table in model.BY_TABLE:
        assert records_label(table) != table and "_" not in records_label(table)
    assert records_label("agenda_items") == "Agenda items"
