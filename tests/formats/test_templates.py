"""Checklist templates: the bundled ones load, a team's own are added, bad files are skipped."""

from __future__ import annotations

import json

from negoprep import paths
from negoprep.formats import templates
from negoprep.records import model

BUNDLED = {
    "Pre-departure",
    "Briefing of the head of delegation",
    "Logistics and protocol",
    "Day of the meeting",
    "After the meeting",
}


def test_bundled_templates_are_well_formed() -> None:
    found = templates.list_templates()
    assert found.skipped == []
    assert {t.title for t in found} == BUNDLED
    assert found.templates[0].title == "Pre-departure"
    for template in found:
        assert template.bundled and template.description
        assert 8 <= len(template.tasks) <= 12
        assert len({t.text for t in template.tasks}) == len(template.tasks)
    # every file in the folder is a template (nothing silently ignored)
    assert len(list(templates.bundled_folder().glob("*.json"))) == len(found)


def test_user_templates_are_added_and_malformed_ones_skipped_with_a_reason() -> None:
    folder = paths.config_dir() / "checklist_templates"
    folder.mkdir(parents=True)
    doc = {"title": "Our visit", "description": "Ours", "tasks": [{"text": "Book the room", "days_before": 3}]}
    (folder / "ours.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "no-tasks.json").write_text(json.dumps({"title": "Empty", "tasks": []}), encoding="utf-8")
    bad_days = {"title": "Bad", "tasks": [{"text": "x", "days_before": "soon"}]}
    (folder / "bad-days.json").write_text(json.dumps(bad_days), encoding="utf-8")
    found = templates.list_templates()
    ours = [t for t in found if not t.bundled]
    assert [t.title for t in ours] == ["Our visit"]
    assert ours[0].tasks[0] == templates.TemplateTask("Book the room", 3, "")
    reasons = {path.name: why for path, why in found.skipped}
    assert set(reasons) == {"broken.json", "no-tasks.json", "bad-days.json"}
    assert "not valid JSON" in reasons["broken.json"]
    assert reasons["no-tasks.json"] == "no tasks"
    assert "days_before" in reasons["bad-days.json"]


def test_checklist_from_template_with_briefing_tasks() -> None:
    template = templates.Template(
        "Trip",
        tasks=(templates.TemplateTask("Pack", 2), templates.TemplateTask("Debrief", -3), templates.TemplateTask("Any")),
    )
    dossier = model.Dossier(id="d", title="Talks", starts_on="2025-04-24")
    red = model.RedLine(id="r1", dossier_id="d", title="No linkage")
    records = templates.checklist_from_template(template, dossier, red_lines=[red], position=4)
    checklist, *items = records
    assert isinstance(checklist, model.Checklist)
    assert (checklist.title, checklist.position, checklist.dossier_id) == ("Trip", 4, "d")
    assert [(i.text, i.due, i.position) for i in items] == [
        ("Pack", "2025-04-22", 0),
        ("Debrief", "2025-04-27", 1),
        ("Any", None, 2),
        ("Head of delegation briefed on: No linkage", "2025-04-23", 3),
    ]
    assert items[-1].red_line_id == "r1"
    assert {i.checklist_id for i in items} == {checklist.id}
    assert len({r.id for r in records}) == len(records)


def test_no_meeting_date_means_no_due_dates() -> None:
    template = templates.list_templates().templates[0]
    dossier = model.Dossier(id="d", title="Talks")
    _, *items = templates.checklist_from_template(template, dossier, position=0)
    assert items and all(i.due is None for i in items)
