"""Checklist templates: plain JSON files a team can add to, and checklists made from them.

A template is one file, {"title", "description", "tasks": [{"text", "days_before", "role"}]}.
The bundled ones live in resources/checklist_templates; a team drops its own in the person's
config folder under checklist_templates. A file that cannot be read is skipped with the
reason, never raised: one bad file must not hide the others.

A template and each of its tasks may say their words in another language beside the English,
under that language's code: ``"ko": {"title": …, "description": …}`` in the template,
``"ko": {"text": …, "role": …}`` in a task. The words of the installed language are read
(`negoprep.i18n.language`), the English where a text has none; a template is defined once,
its dates and roles shared by every language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from negoprep import i18n, paths
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.records import model
from negoprep.records.editing import new_id

FOLDER = "checklist_templates"
BRIEFING_TASK = QT_TRANSLATE_NOOP("templates", "Head of delegation briefed on: {title}")


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


def _said(doc: dict, key: str, language: str, where: str) -> object:
    """``doc[key]`` in `language` (its ``"ko": {key: …}``), the English where it has none."""
    words = doc.get(language) if language != i18n.SOURCE_LANGUAGE else None
    if words is None:
        return doc.get(key)
    if not isinstance(words, dict):
        raise ValueError(
            translate("templates", "{where}'{language}' is not a JSON object").format(where=where, language=language)
        )
    found = words.get(key)
    if found is not None and not isinstance(found, str):
        raise ValueError(
            translate("templates", "{where}'{language}.{key}' is not text").format(
                where=where, language=language, key=key
            )
        )
    return found if found and found.strip() else doc.get(key)


def parse_template(text: str, path: Path | None = None, bundled: bool = True, language: str | None = None) -> Template:
    """A template from the text of its file, in `language` (by default the installed one);
    ValueError with a readable reason when it is malformed."""
    language = language or i18n.language()
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            translate("templates", "not valid JSON ({message}, line {line})").format(
                message=error.msg, line=error.lineno
            )
        ) from None
    if not isinstance(doc, dict):
        raise ValueError(translate("templates", "not a JSON object"))
    title = _said(doc, "title", language, "")
    if not isinstance(title, str) or not title.strip():
        raise ValueError(translate("templates", "no title"))
    description = _said(doc, "description", language, "")
    description = "" if description is None else description
    if not isinstance(description, str):
        raise ValueError(translate("templates", "the description is not text"))
    raw_tasks = doc.get("tasks")
    if not isinstance(raw_tasks, list) or not raw_tasks:
        raise ValueError(translate("templates", "no tasks"))
    tasks = []
    for number, raw in enumerate(raw_tasks, 1):
        if not isinstance(raw, dict):
            raise ValueError(translate("templates", "task {number} is not a JSON object").format(number=number))
        where = translate("templates", "task {number}: ").format(number=number)
        task_text = _said(raw, "text", language, where)
        if not isinstance(task_text, str) or not task_text.strip():
            raise ValueError(translate("templates", "task {number} has no text").format(number=number))
        days = raw.get("days_before")
        # bool is an int to Python, but true/false as a number of days is a mistake
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)):
            raise ValueError(
                translate("templates", "task {number}: days_before must be a whole number or null").format(
                    number=number
                )
            )
        role = _said(raw, "role", language, where) or ""
        if not isinstance(role, str):
            raise ValueError(translate("templates", "task {number}: role must be text").format(number=number))
        tasks.append(TemplateTask(" ".join(task_text.split()), days, role.strip()))
    return Template(" ".join(title.split()), description.strip(), tuple(tasks), path, bundled)


def _read_folder(folder: Path, bundled: bool, found: Templates) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            found.skipped.append((path, translate("templates", "cannot be read ({error})").format(error=error)))
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
        title=title or (template.title if template else translate("templates", "Checklist")),
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
                text=translate("templates", BRIEFING_TASK).format(title=red_line.title),
                due=briefing_due,
                red_line_id=red_line.id,
                position=len(items),
            )
        )
    return [checklist, *items]
