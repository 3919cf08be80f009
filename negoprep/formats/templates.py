"""Checklist templates: plain JSON files a team can add to, and checklists made from them.

A template is one file, {"title", "description", "tasks": [{"text", "days_before", "role"}]}.
The bundled ones live in resources/checklist_templates; a team drops its own in the person's
config folder under checklist_templates. A file that cannot be read is skipped with the
reason, never raised: one bad file must not hide the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from negoprep import paths
from negoprep.records import model
from negoprep.records.editing import new_id

FOLDER = "checklist_templates"
BRIEFING_TASK = "Head of delegation briefed on: {title}"


@dataclass(frozen=True)
class TemplateTask:
    text: str
    days_before: int | None = None
    role: str = ""


@dataclass(frozen=True)
class Template:
    title: str
    description: str = ""
    tasks: tuple[TemplateTask, ...] = ()
    path: Path | None = None
    bundled: bool = True


@dataclass
class Templates:
    """The templates found, and the files skipped with the reason why."""

    templates: list[Template] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates)

    def __len__(self) -> int:
        return len(self.templates)


def bundled_folder() -> Path:
    return paths.bundled("resources", FOLDER)


def user_folder() -> Path:
    return paths.config_dir() / FOLDER


def parse_template(text: str, path: Path | None = None, bundled: bool = True) -> Template:
    """A template from the text of its file; ValueError with a readable reason when it is malformed."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    title = doc.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("no title")
    description = doc.get("description", "")
    if not isinstance(description, str):
        raise ValueError("the description is not text")
    raw_tasks = doc.get("tasks")
    if not isinstance(raw_tasks, list) or not raw_tasks:
        raise ValueError("no tasks")
    tasks = []
    for number, raw in enumerate(raw_tasks, 1):
        if not isinstance(raw, dict):
            raise ValueError(f"task {number} is not a JSON object")
        task_text = raw.get("text")
        if not isinstance(task_text, str) or not task_text.strip():
            raise ValueError(f"task {number} has no text")
        days = raw.get("days_before")
        # bool is an int to Python, but true/false as a number of days is a mistake
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)):
            raise ValueError(f"task {number}: days_before must be a whole number or null")
        role = raw.get("role") or ""
        if not isinstance(role, str):
            raise ValueError(f"task {number}: role must be text")
        tasks.append(TemplateTask(" ".join(task_text.split()), days, role.strip()))
    return Template(" ".join(title.split()), description.strip(), tuple(tasks), path, bundled)


def _read_folder(folder: Path, bundled: bool, found: Templates) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            found.skipped.append((path, f"cannot be read ({error})"))
            continue
        try:
            found.templates.append(parse_template(text, path, bundled))
        except ValueError as error:
            found.skipped.append((path, str(error)))


# the bundled templates in the order a delegation meets them (the files sort by name)
_ORDER = (
    "pre-departure",
    "head-of-delegation-briefing",
    "logistics-and-protocol",
    "day-of-the-meeting",
    "after-the-meeting",
)


def list_templates() -> Templates:
    """The bundled templates, then the person's own; malformed files are in `.skipped`."""
    found = Templates()
    _read_folder(bundled_folder(), True, found)
    rank = {name: index for index, name in enumerate(_ORDER)}
    found.templates.sort(key=lambda t: rank.get(t.path.stem if t.path else "", len(rank)))
    _read_folder(user_folder(), False, found)
    return found


def due_date(starts_on: str | None, days_before: int | None) -> str | None:
    """The meeting date less `days_before` days (None without either)."""
    if not starts_on or days_before is None:
        return None
    try:
        start = date.fromisoformat(starts_on)
    except ValueError:
        return None
    return (start - timedelta(days=days_before)).isoformat()


def checklist_from_template(
    template: Template | None,
    dossier: model.Dossier,
    *,
    red_lines: tuple[model.RedLine, ...] | list[model.RedLine] = (),
    position: int,
    title: str | None = None,
) -> list[model.Record]:
    """A new checklist and its tasks (the checklist first): one task per template task, due
    `days_before` the meeting, and one briefing task per red line, linked to it. With no
    template, an empty checklist (plus any briefing tasks) called `title`."""
    checklist = model.Checklist(
        id=new_id(),
        dossier_id=dossier.id,
        title=title or (template.title if template else "Checklist"),
        position=position,
    )
    items: list[model.Record] = []
    for task in template.tasks if template else ():
        items.append(
            model.ChecklistItem(
                id=new_id(),
                dossier_id=dossier.id,
                checklist_id=checklist.id,
                text=task.text,
                due=due_date(dossier.starts_on, task.days_before),
                position=len(items),
            )
        )
    # the briefing is due the day before the meeting: the head of delegation travels briefed
    briefing_due = due_date(dossier.starts_on, 1)
    for red_line in red_lines:
        items.append(
            model.ChecklistItem(
                id=new_id(),
                dossier_id=dossier.id,
                checklist_id=checklist.id,
                text=BRIEFING_TASK.format(title=red_line.title),
                due=briefing_due,
                red_line_id=red_line.id,
                position=len(items),
            )
        )
    return [checklist, *items]
