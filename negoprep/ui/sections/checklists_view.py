"""The Checklists section: the tasks of the dossier's checklists, who does them and by when.

The table lists tasks (a dossier may hold thousands), of every checklist or of the one
chosen beside the filter box; the checklists themselves are made (from scratch or from a
template), renamed and deleted from there too. A task is ticked off by clicking its Done box
or pressing Space. A line above the table tells how far the checklist shown has got.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.formats import templates
from negoprep.i18n import format_date, format_number, translate
from negoprep.records import model
from negoprep.records.editing import new_id
from negoprep.records.values import field_problem
from negoprep.ui.icons import icon
from negoprep.ui.models.record_table_model import Column, Labels
from negoprep.ui.operations import Background, read_or_here, reading
from negoprep.ui.record_form import FormField
from negoprep.ui.sections.section_view import SectionView
from negoprep.ui.workspace import Workspace

DONE_COLUMN = 0


def today_iso() -> str:
    """Today as an ISO date (a function, so that tests can fix the day)."""
    return date.today().isoformat()


def is_overdue(task: model.ChecklistItem, today: str | None = None) -> bool:
    """Due before today and not done (dates are ISO strings, so they compare as text)."""
    return bool(task.due) and not task.done and task.due < (today or today_iso())


def is_due_today(task: model.ChecklistItem, today: str | None = None) -> bool:
    return bool(task.due) and not task.done and task.due == (today or today_iso())


def due_text(task: model.ChecklistItem, _: Labels | None = None) -> str:
    if not task.due:
        return ""
    due = format_date(task.due)
    if is_overdue(task):
        return translate("ChecklistsView", "{due} (overdue)").format(due=due)
    if is_due_today(task):
        return translate("ChecklistsView", "{due} (today)").format(due=due)
    return due


def due_tooltip(task: model.ChecklistItem, _: Labels | None = None) -> str:
    if not task.due:
        return ""
    if is_overdue(task):
        return translate("ChecklistsView", "Overdue: it was due on {due} and is not done").format(due=task.due)
    if is_due_today(task):
        return translate("ChecklistsView", "Due today and not done yet")
    return translate("ChecklistsView", "Due on {due}").format(due=task.due)


class Progress:
    """How far some tasks have got: done of all, overdue, due today, and per owner."""

    def __init__(self, counts: list[tuple[str, str | None, int, int, int, int]], checklist_id: str | None = None):
        """`counts` as `Store.checklist_progress` gives them; the tasks of one checklist, or
        (None) of all."""
        self.total = self.done = self.overdue = self.due_today = 0
        # owner id (None: nobody yet) -> [done, total]
        self.by_owner: dict[str | None, list[int]] = {}
        for checklist, owner_id, total, done, overdue, due_today in counts:
            if checklist_id is not None and checklist != checklist_id:
                continue
            self.total += total
            self.done += done
            self.overdue += overdue
            self.due_today += due_today
            owner = self.by_owner.setdefault(owner_id, [0, 0])
            owner[0] += done
            owner[1] += total


class TemplateDialog(QDialog):
    """Choose a checklist template (or an empty checklist), its title, and whether to add a
    briefing task per red line."""

    def __init__(self, found: templates.Templates, red_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ChecklistsView", "New checklist"))
        self.found = found
        self.list_model = QStandardItemModel(self)
        scratch = QStandardItem(icon("add"), translate("ChecklistsView", "Empty checklist (from scratch)"))
        scratch.setData(None, Qt.ItemDataRole.UserRole)
        scratch.setToolTip(translate("ChecklistsView", "A checklist with no tasks: add them with New task"))
        self.list_model.appendRow(scratch)
        for template in found:
            item = QStandardItem(icon("checklist"), template.title)
            item.setData(template, Qt.ItemDataRole.UserRole)
            where = translate("ChecklistsView", "bundled") if template.bundled else str(template.path)
            item.setToolTip(
                translate("ChecklistsView", "{count} tasks ({where})").format(count=len(template.tasks), where=where)
            )
            self.list_model.appendRow(item)
        self.list_view = QListView(objectName="template_list")
        self.list_view.setModel(self.list_model)
        self.list_view.setAccessibleName(translate("ChecklistsView", "Templates"))
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.description = QLabel(wordWrap=True, objectName="template_description")
        self.description.setMinimumHeight(60)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title_edit = QLineEdit(objectName="template_title")
        self.title_edit.setAccessibleName(translate("ChecklistsView", "Title of the checklist"))
        self.briefing_box = QCheckBox(
            translate("ChecklistsView", "Add a briefing task per red line ({count})").format(count=red_lines),
            objectName="briefing_box",
        )
        self.briefing_box.setAccessibleName(translate("ChecklistsView", "Add a briefing task per red line"))
        self.briefing_box.setToolTip(
            translate(
                "ChecklistsView",
                'One task "Head of delegation briefed on: <red line>" for each red line of the dossier',
            )
        )
        self.briefing_box.setEnabled(red_lines > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ChecklistsView", "Start from:")))
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.description)
        form = QFormLayout()
        form.addRow(translate("ChecklistsView", "Title:"), self.title_edit)
        layout.addLayout(form)
        layout.addWidget(self.briefing_box)
        if found.skipped:
            skipped = QLabel(wordWrap=True, objectName="template_skipped")
            skipped.setText(
                translate("ChecklistsView", "Skipped: {files}").format(
                    files="; ".join(f"{path.name}: {why}" for path, why in found.skipped)
                )
            )
            layout.addWidget(skipped)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.list_view.setCurrentIndex(self.list_model.index(1 if len(found) else 0, 0))

    def template(self) -> templates.Template | None:
        index = self.list_view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _chosen(self) -> None:
        template = self.template()
        if template is None:
            self.description.setText(translate("ChecklistsView", "An empty checklist: you add its tasks yourself."))
            self.title_edit.setText(translate("ChecklistsView", "Checklist"))
        else:
            tasks = translate("ChecklistsView", "{count} tasks, due counted back from the meeting date.").format(
                count=len(template.tasks)
            )
            self.description.setText(f"{template.description}\n{tasks}".strip())
            self.title_edit.setText(template.title)


def _linked_to(task: model.ChecklistItem, names: Labels) -> str:
    links = [names(model.AgendaItem, task.agenda_item_id), names(model.RedLine, task.red_line_id)]
    return " · ".join(link for link in links if link)


def _linked_tooltip(task: model.ChecklistItem, names: Labels) -> str:
    lines = []
    if task.agenda_item_id:
        lines.append(
            translate("ChecklistsView", "Agenda item: {title}").format(
                title=names(model.AgendaItem, task.agenda_item_id)
            )
        )
    if task.red_line_id:
        lines.append(
            translate("ChecklistsView", "Red line: {title}").format(title=names(model.RedLine, task.red_line_id))
        )
    return "\n".join(lines)


class ChecklistsView(SectionView):
    rtype = model.ChecklistItem
    updates_in_place = True
    watches = frozenset({"checklists", "participants", "agenda_items", "red_lines"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._loading = False
        self._checklists: list[model.Checklist] = []
        # ((dossier id, day), counts per checklist and owner): see _progress_counts
        self._progress: tuple[tuple[str, str], list[tuple[str, str | None, int, int, int, int]]] | None = None
        self._counting: tuple[tuple[str, str], Background] | None = None  # (the day's key, its counting)
        super().__init__(workspace, parent)
        # the records are "checklist items" to the store, but a person calls them tasks
        for action, text in (
            (self.add_action, translate("ChecklistsView", "New task")),
            (self.duplicate_action, translate("ChecklistsView", "Duplicate task")),
            (self.up_action, translate("ChecklistsView", "Move task up")),
            (self.down_action, translate("ChecklistsView", "Move task down")),
            (self.delete_action, translate("ChecklistsView", "Delete task")),
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(f"{text} ({shortcut})")
        self.table.clicked.connect(self._clicked)
        self._add_progress_labels()
        self._show_progress()

    def plural(self) -> str:
        return translate("ChecklistsView", "tasks")

    # --- what the section shows -------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("ChecklistsView", "Done"),
                "done",
                lambda t, _: "",
                tooltip=lambda t, _: (
                    translate("ChecklistsView", "Done (click to undo)")
                    if t.done
                    else translate("ChecklistsView", "Not done (click to tick off)")
                ),
                check=lambda t: t.done,
            ),
            Column(
                translate("ChecklistsView", "Task"),
                "text",
                lambda t, _: " ".join(t.text.split()),
                tooltip=lambda t, _: t.text,
            ),
            Column(
                translate("ChecklistsView", "Checklist"),
                "checklist_id",
                lambda t, names: names(model.Checklist, t.checklist_id),
            ),
            Column(
                translate("ChecklistsView", "Owner"), "owner_id", lambda t, names: names(model.Participant, t.owner_id)
            ),
            Column(translate("ChecklistsView", "Due"), "due", due_text, tooltip=due_tooltip, alert=is_overdue),
            Column(translate("ChecklistsView", "Linked to"), None, _linked_to, tooltip=_linked_tooltip),
        ]

    def column_widths(self) -> list[int]:
        return [46, 310, 110, 120, 150]

    def form_fields(self) -> list[FormField]:
        return [
            FormField("text"),
            FormField("checklist_id"),
            FormField("owner_id"),
            FormField("due", tooltip=translate("ChecklistsView", "The day it must be done by")),
            FormField("done"),
            FormField("agenda_item_id"),
            FormField("red_line_id"),
            FormField("notes"),
        ]

    def filter_widgets(self) -> list[QWidget]:
        # Called while SectionView builds itself, before the dossier is shown: the actions
        # made here exist by the time it first updates them.
        self.checklist_box = QComboBox(objectName="checklist_filter")
        self.checklist_box.setAccessibleName(translate("ChecklistsView", "Checklist shown"))
        self.checklist_box.setToolTip(translate("ChecklistsView", "Show the tasks of every checklist or of one"))
        self.checklist_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checklist_box.currentIndexChanged.connect(self._checklist_chosen)

        self.new_checklist_action = self._checklist_action(
            "add",
            translate("ChecklistsView", "New checklist…"),
            translate("ChecklistsView", "Start a new, empty checklist and show it"),
            self.new_checklist,
        )
        self.template_checklist_action = self._checklist_action(
            "checklist",
            translate("ChecklistsView", "New checklist from a template…"),
            translate(
                "ChecklistsView",
                "Start a checklist from a template (pre-departure, briefing, logistics…) or from scratch",
            ),
            self.new_checklist_from_template,
        )
        self.rename_checklist_action = self._checklist_action(
            None,
            translate("ChecklistsView", "Rename checklist…"),
            translate("ChecklistsView", "Rename the checklist shown (or the current task's)"),
            self.rename_checklist,
        )
        self.delete_checklist_action = self._checklist_action(
            "delete",
            translate("ChecklistsView", "Delete checklist"),
            translate("ChecklistsView", "Delete the checklist shown (or the current task's) with all its tasks"),
            self.delete_checklist,
        )
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for action in (
            self.new_checklist_action,
            self.template_checklist_action,
            self.rename_checklist_action,
            self.delete_checklist_action,
        ):
            menu.addAction(action)
        self.checklist_button = QToolButton(objectName="checklist_menu")
        self.checklist_button.setIcon(icon("checklist"))
        self.checklist_button.setText(translate("ChecklistsView", "Checklists"))
        self.checklist_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checklist_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.checklist_button.setMenu(menu)
        self.checklist_button.setAccessibleName(translate("ChecklistsView", "Checklist actions"))
        self.checklist_button.setToolTip(translate("ChecklistsView", "Make, rename or delete a checklist"))

        self.toggle_done_action = QAction(translate("ChecklistsView", "Tick off / untick task"), self)
        self.toggle_done_action.setToolTip(
            translate("ChecklistsView", "Mark the current task done, or not done again (Space)")
        )
        self.toggle_done_action.setShortcut(Qt.Key.Key_Space)
        # Space belongs to the table: in the form it still types a space
        self.toggle_done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_done_action.triggered.connect(self.toggle_current)
        self.table.addAction(self.toggle_done_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.my_tasks_box = QCheckBox(translate("ChecklistsView", "My tasks"), objectName="my_tasks")
        self.my_tasks_box.setAccessibleName(translate("ChecklistsView", "Show only my tasks"))
        self.my_tasks_box.setToolTip(
            translate("ChecklistsView", "Show only the tasks owned by a participant with your name")
        )
        self.my_tasks_box.toggled.connect(self._my_tasks_toggled)
        return [self.checklist_box, self.checklist_button, self.my_tasks_box]

    def _checklist_action(self, icon_name: str | None, text: str, tooltip: str, slot) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(tooltip)
        action.setStatusTip(tooltip)
        action.triggered.connect(slot)
        return action

    # --- the checklist filter ---------------------------------------------------------------

    def checklist_filter(self) -> str | None:
        """The id of the checklist shown, or None when every checklist's tasks are."""
        return self.checklist_box.currentData()

    def _fill_checklists(self, keep: str | None) -> bool:
        """List the dossier's checklists in the combo box, keeping `keep` chosen when it is
        still there; True when it is (False: the box is back at "All checklists")."""
        dossier_id = self.workspace.dossier_id
        store = self.workspace.store
        self._checklists = store.records(model.Checklist, dossier_id) if dossier_id else []
        self._loading = True
        try:
            self.checklist_box.clear()
            self.checklist_box.addItem(translate("ChecklistsView", "All checklists"), None)
            for checklist in self._checklists:
                self.checklist_box.addItem(icon("checklist"), checklist.label, checklist.id)
            index = self.checklist_box.findData(keep) if keep else 0
            self.checklist_box.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        return keep is None or index >= 0

    def _checklist_chosen(self) -> None:
        if self._loading:
            return
        self.model.set_filter(checklist_id=self.checklist_filter())

    def show_checklist(self, checklist_id: str | None) -> None:
        """Show the tasks of one checklist (None: of all)."""
        index = self.checklist_box.findData(checklist_id) if checklist_id else 0
        self.checklist_box.setCurrentIndex(max(index, 0))

    def show_hit(self, table: str, record_id: str) -> bool:
        if table == "checklists":  # a checklist found: its tasks
            self.show_checklist(record_id)
            return True
        return super().show_hit(table, record_id)

    def clear_filters(self) -> None:
        self.show_checklist(None)
        self.my_tasks_box.setChecked(False)

    # --- "My tasks" -------------------------------------------------------------------------

    def my_participant_ids(self) -> list[str]:
        """The dossier's participants whose name is the current author's (spaces and case aside)."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None:
            return []
        me = " ".join(self.workspace.store.author.name.split()).casefold()
        people = self.workspace.store.records(model.Participant, dossier_id)
        return [p.id for p in people if " ".join(p.name.split()).casefold() == me]

    def _my_tasks_equals(self) -> None:
        """Set the owner condition from the tick box (the caller refreshes the rows)."""
        self.model.equals.pop("owner_id", None)
        name = self.workspace.store.author.name
        if not self.my_tasks_box.isChecked():
            self.my_tasks_box.setToolTip(
                translate("ChecklistsView", "Show only the tasks owned by a participant named {name}").format(name=name)
            )
            return
        ids = self.my_participant_ids()
        if not ids:
            # no participant has the name: no task is mine, and the tooltip says why
            self.my_tasks_box.setToolTip(
                translate(
                    "ChecklistsView", "No participant of this dossier is named {name}, so no task is yours"
                ).format(name=name)
            )
            self.model.equals["owner_id"] = "\0none"
            return
        # the store filters on one value: two participants with the same name is a slip
        # the Delegation section shows, and the first one is taken
        self.model.equals["owner_id"] = ids[0]
        self.my_tasks_box.setToolTip(
            translate("ChecklistsView", "Showing only the tasks owned by {name}").format(name=name)
        )

    def _my_tasks_toggled(self) -> None:
        self._my_tasks_equals()
        self.model.refresh()

    # --- progress ---------------------------------------------------------------------------

    def progress_texts(self) -> tuple[str, str] | None:
        """The progress line and the per-owner breakdown for the checklist shown (or all);
        None while the tasks are being counted (`_progress_counts`)."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None:
            return "", ""
        checklist_id = self.checklist_filter()
        counts = self._progress_counts(dossier_id)
        if counts is None:
            return None
        overall, here = Progress(counts), Progress(counts, checklist_id)
        names = self.workspace.store.titles(model.Participant, [o for o in here.by_owner if o is not None])
        name = next(
            (c.label for c in self._checklists if c.id == checklist_id), translate("ChecklistsView", "All checklists")
        )
        line = translate(
            "ChecklistsView",
            "{name}: {done} of {total} done · overall {all_done} of {all_total}"
            " · overdue {overdue} · due today {today}",
        ).format(
            name=name,
            done=format_number(here.done),
            total=format_number(here.total),
            all_done=format_number(overall.done),
            all_total=format_number(overall.total),
            overdue=format_number(here.overdue),
            today=format_number(here.due_today),
        )
        owners = []
        for owner_id, (done, total) in sorted(
            here.by_owner.items(),
            key=lambda item: (item[0] is None, self._owner_name(item[0], names).casefold(), item[0] or ""),
        ):
            owners.append(
                translate("ChecklistsView", "{owner} {done}/{total}").format(
                    owner=self._owner_name(owner_id, names), done=format_number(done), total=format_number(total)
                )
            )
        return line, " · ".join(owners)

    def _progress_counts(self, dossier_id: str) -> list[tuple[str, str | None, int, int, int, int]] | None:
        """The tasks' counts per checklist and owner, counted again only after a change (or
        on a new day), not when the rows are sorted or filtered; None while they are being
        counted: a count of every task (400,000 of them, 150 ms) goes on a connection and
        thread of its own, and the labels are written when it ends."""
        key = (dossier_id, today_iso())
        if self._progress is not None and self._progress[0] == key:
            return self._progress[1]
        store = self.workspace.store
        # (a second connection sees no store in memory, nor what this one has not committed)
        if store.path is None or store.db.conn.in_transaction:
            self._progress = (key, store.checklist_progress(*key))
            return self._progress[1]
        if self._counting is None or self._counting[0] != key:
            self._forget_progress()
            work = reading(store, lambda reader: reader.checklist_progress(*key))
            self._counting = (key, Background(work, self, lambda counts: self._counted(key, counts)))
        return None

    def _counted(self, key: tuple[str, str], counts: Any) -> None:
        if self._counting is None or self._counting[0] != key:
            return  # (superseded)
        self._counting = None
        store = self.workspace.store
        self._progress = (key, read_or_here(counts, lambda: store.checklist_progress(*key)))
        self._show_progress()

    def _forget_progress(self) -> None:
        """The counts are out of date: counted again when next shown."""
        self._progress = None
        if self._counting is not None:
            self._counting[1].drop()
            self._counting = None

    def settle(self) -> None:
        """Wait for the rows of a long list and the tasks' counts (for pictures and tests)."""
        super().settle()
        if self._counting is not None:
            self._counting[1].settle()

    def _owner_name(self, owner_id: str | None, names: dict[str, str]) -> str:
        if owner_id is None:
            return translate("ChecklistsView", "No owner")
        return names.get(owner_id) or translate("ChecklistsView", "Unknown")

    def _show_progress(self) -> None:
        texts = self.progress_texts()
        if texts is None:
            return  # (written once the tasks are counted)
        line, owners = texts
        self.progress_label.setText(line)
        self.owners_label.setText(
            translate("ChecklistsView", "By owner: {owners}").format(owners=owners) if owners else ""
        )
        self.owners_label.setToolTip(owners.replace(" · ", "\n"))
        self.progress_label.setToolTip(owners.replace(" · ", "\n"))

    def _add_progress_labels(self) -> None:
        # above the table, in the base's left column (the table's parent lays out bar + table)
        self.progress_label = QLabel(objectName="checklist_progress")
        self.progress_label.setAccessibleName(translate("ChecklistsView", "Progress"))
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.owners_label = QLabel(objectName="owner_progress", wordWrap=True)
        self.owners_label.setAccessibleName(translate("ChecklistsView", "Progress per owner"))
        small = self.owners_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.owners_label.setFont(small)
        layout = self.table.parentWidget().layout()
        index = layout.indexOf(self.table)
        layout.insertWidget(index, self.owners_label)
        layout.insertWidget(index, self.progress_label)
        self.model.modelReset.connect(self._show_progress)

    def on_dossier(self, dossier_id: str | None) -> None:
        self._forget_progress()
        self._fill_checklists(None)
        # set directly, not with set_filter: the base refreshes the rows once just after
        self.model.equals.pop("checklist_id", None)
        self._my_tasks_equals()
        super().on_dossier(dossier_id)

    def rows_updated(self) -> None:
        self._show_progress()

    def on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"checklists", self.rtype.table}:
            self._forget_progress()  # (counted again when the rows are refreshed below)
        if "checklists" in tables:
            kept = self._fill_checklists(self.checklist_filter())
            if not kept:  # the checklist shown is gone: show every task (refreshed below)
                self.model.equals.pop("checklist_id", None)
        if "participants" in tables:
            self._my_tasks_equals()
        super().on_changed(tables)

    def target_checklist(self) -> model.Checklist | None:
        """The checklist that Rename and Delete act on: the one shown, else the current task's."""
        checklist_id = self.checklist_filter()
        if checklist_id is None:
            current = self.current_record()
            checklist_id = current.checklist_id if isinstance(current, model.ChecklistItem) else None
        return next((c for c in self._checklists if c.id == checklist_id), None)

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "toggle_done_action"):
            return
        writable = not self.workspace.readonly and self.workspace.dossier_id is not None
        target = writable and self.target_checklist() is not None
        self.new_checklist_action.setEnabled(writable)
        self.template_checklist_action.setEnabled(writable)
        self.rename_checklist_action.setEnabled(target)
        self.delete_checklist_action.setEnabled(target)
        self.toggle_done_action.setEnabled(writable and self.current_record() is not None)
        # tasks of different checklists share position numbers: move within one checklist
        if self.checklist_filter() is None and len(self._checklists) > 1:
            self.up_action.setEnabled(False)
            self.down_action.setEnabled(False)

    # --- checklists -------------------------------------------------------------------------

    def _ask_title(self, title: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, title, translate("ChecklistsView", "Title of the checklist:"), QLineEdit.EchoMode.Normal, default
        )
        if not ok:
            return None
        text = text.strip()
        problem = field_problem(model.Checklist, "title", text)
        if problem:
            self.workspace.problem.emit(translate("ChecklistsView", "The title {problem}.").format(problem=problem))
            return None
        return text

    def new_checklist(self) -> model.Checklist | None:
        """Ask for a title, add the checklist and show it (its tasks are added with New task)."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return None
        title = self._ask_title(translate("ChecklistsView", "New checklist"), "")
        if title is None:
            return None
        return self._create_checklist(dossier_id, title, show=True)

    def new_checklist_from_template(self) -> model.Checklist | None:
        """Ask for a template (or none), a title and whether to brief on the red lines; add
        the checklist and its tasks in one undoable step and show it."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return None
        found = templates.list_templates()
        red_lines = self.workspace.store.count(model.RedLine, dossier_id)
        dialog = TemplateDialog(found, red_lines, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_from_template(
            dialog.template(), dialog.title_edit.text(), briefing=dialog.briefing_box.isChecked()
        )

    def create_from_template(
        self, template: templates.Template | None, title: str | None = None, *, briefing: bool = False
    ) -> model.Checklist | None:
        """Add a checklist made from `template` (None: empty) and show it (one undoable step)."""
        dossier_id = self.workspace.dossier_id
        store = self.workspace.store
        dossier = store.get(model.Dossier, dossier_id) if dossier_id else None
        if dossier is None or self.workspace.readonly:
            return None
        title = " ".join((title or "").split()) or None
        if title is not None:
            problem = field_problem(model.Checklist, "title", title)
            if problem:
                self.workspace.problem.emit(translate("ChecklistsView", "The title {problem}.").format(problem=problem))
                return None
        red_lines = store.records(model.RedLine, dossier_id) if briefing else []
        records = templates.checklist_from_template(
            template,
            dossier,
            red_lines=red_lines,
            position=store.next_position(model.Checklist, dossier_id),
            title=title or (None if template else translate("ChecklistsView", "Checklist")),
        )
        checklist = records[0]
        assert isinstance(checklist, model.Checklist)
        if self.workspace.apply(translate("ChecklistsView", "New checklist from a template"), puts=records) is None:
            return None
        self.show_checklist(checklist.id)
        return checklist

    def _create_checklist(self, dossier_id: str, title: str, show: bool) -> model.Checklist | None:
        store = self.workspace.store
        checklist = model.Checklist(
            id=new_id(), dossier_id=dossier_id, title=title, position=store.next_position(model.Checklist, dossier_id)
        )
        if self.workspace.apply(translate("ChecklistsView", "New checklist"), puts=[checklist]) is None:
            return None
        if show:
            self.show_checklist(checklist.id)
        return checklist

    def rename_checklist(self) -> None:
        checklist = self.target_checklist()
        if checklist is None or self.workspace.readonly:
            return
        title = self._ask_title(translate("ChecklistsView", "Rename checklist"), checklist.title)
        if title is None or title == checklist.title:
            return
        self.workspace.edit(translate("ChecklistsView", "Rename checklist"), checklist, title=title)

    def delete_checklist(self) -> None:
        """Delete the target checklist and its tasks, after asking (one undoable step)."""
        checklist = self.target_checklist()
        if checklist is None or self.workspace.readonly:
            return
        tasks = self.workspace.store.count(model.ChecklistItem, checklist.dossier_id, checklist_id=checklist.id)
        question = (
            translate("ChecklistsView", 'Delete the checklist "{title}" and its {count} tasks?').format(
                title=checklist.label, count=tasks
            )
            if tasks != 1
            else translate("ChecklistsView", 'Delete the checklist "{title}" and its one task?').format(
                title=checklist.label
            )
        )
        answer = QMessageBox.question(
            self,
            translate("ChecklistsView", "Delete checklist"),
            question + "\n\n" + translate("ChecklistsView", "You can undo this with Edit → Undo."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workspace.apply(translate("ChecklistsView", "Delete checklist"), deletes=[checklist])

    # --- tasks ------------------------------------------------------------------------------

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        checklist_id = self.checklist_filter()
        if checklist_id is None:
            current = self.current_record()
            checklist_id = current.checklist_id if isinstance(current, model.ChecklistItem) else None
        if checklist_id is None and self._checklists:
            checklist_id = self._checklists[0].id
        if checklist_id is None:
            answer = QMessageBox.question(
                self,
                translate("ChecklistsView", "No checklist yet"),
                translate(
                    "ChecklistsView", 'This dossier has no checklist yet. Start one called "Checklist" for the task?'
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            checklist = self._create_checklist(dossier_id, translate("ChecklistsView", "Checklist"), show=False)
            if checklist is None:
                return None
            checklist_id = checklist.id
        # last in its own checklist (the position passed is the last of the rows shown)
        position = self.workspace.store.next_position(model.ChecklistItem, dossier_id, checklist_id=checklist_id)
        return model.ChecklistItem(
            id=new_id(),
            dossier_id=dossier_id,
            checklist_id=checklist_id,
            text=translate("ChecklistsView", "New task"),
            position=position,
        )

    def _clicked(self, index: QModelIndex) -> None:
        # the model is read-only: a click on the tick box is caught here and saved as a change
        if index.isValid() and index.column() == DONE_COLUMN:
            self.toggle_done(index.row())

    def toggle_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self.toggle_done(index.row())

    def toggle_done(self, row: int) -> None:
        """Tick a task off, or mark it not done again (one undoable step)."""
        task = self.model.record(row)
        if not isinstance(task, model.ChecklistItem) or self.workspace.readonly:
            return
        task = self.workspace.store.get(model.ChecklistItem, task.id) or task
        label = (
            translate("ChecklistsView", "Mark task not done")
            if task.done
            else translate("ChecklistsView", "Mark task done")
        )
        if self.workspace.apply(label, puts=[replace(task, done=not task.done)]) is not None:
            self.select(task.id)
