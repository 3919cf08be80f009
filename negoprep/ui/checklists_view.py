"""The Checklists section: the tasks of the dossier's checklists, who does them and by when.

The table lists tasks (a dossier may hold thousands), of every checklist or of the one
chosen beside the filter box; the checklists themselves are made, renamed and deleted from
there too. A task is ticked off by clicking its Done box or pressing Space.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QMenu, QMessageBox, QToolButton, QWidget

from negoprep import model
from negoprep.dossier_json import field_problem
from negoprep.editing import new_id
from negoprep.ui.icons import icon
from negoprep.ui.record_form import FormField
from negoprep.ui.record_table_model import Column, Labels
from negoprep.ui.section_view import SectionView
from negoprep.ui.workspace import Workspace

DONE_COLUMN = 0


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistsView", text)


def is_overdue(task: model.ChecklistItem, today: str | None = None) -> bool:
    """Due before today and not done (dates are ISO strings, so they compare as text)."""
    return bool(task.due) and not task.done and task.due < (today or date.today().isoformat())


def due_text(task: model.ChecklistItem, _: Labels | None = None) -> str:
    if not task.due:
        return ""
    return _tr("{due} (overdue)").format(due=task.due) if is_overdue(task) else task.due


def due_tooltip(task: model.ChecklistItem, _: Labels | None = None) -> str:
    if not task.due:
        return ""
    if is_overdue(task):
        return _tr("Overdue: it was due on {due} and is not done").format(due=task.due)
    return _tr("Due on {due}").format(due=task.due)


def _linked_to(task: model.ChecklistItem, names: Labels) -> str:
    links = [names(model.AgendaItem, task.agenda_item_id), names(model.RedLine, task.red_line_id)]
    return " · ".join(link for link in links if link)


def _linked_tooltip(task: model.ChecklistItem, names: Labels) -> str:
    lines = []
    if task.agenda_item_id:
        lines.append(_tr("Agenda item: {title}").format(title=names(model.AgendaItem, task.agenda_item_id)))
    if task.red_line_id:
        lines.append(_tr("Red line: {title}").format(title=names(model.RedLine, task.red_line_id)))
    return "\n".join(lines)


class ChecklistsView(SectionView):
    rtype = model.ChecklistItem
    watches = frozenset({"checklists", "participants", "agenda_items", "red_lines"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self._loading = False
        self._checklists: list[model.Checklist] = []
        super().__init__(workspace, parent)
        # the records are "checklist items" to the store, but a person calls them tasks
        for action, text in (
            (self.add_action, _tr("New task")),
            (self.duplicate_action, _tr("Duplicate task")),
            (self.up_action, _tr("Move task up")),
            (self.down_action, _tr("Move task down")),
            (self.delete_action, _tr("Delete task")),
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(f"{text} ({shortcut})")
        self.table.clicked.connect(self._clicked)

    def plural(self) -> str:
        return _tr("tasks")

    # --- what the section shows -------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(
                _tr("Done"),
                "done",
                lambda t, _: "",
                tooltip=lambda t, _: _tr("Done (click to undo)") if t.done else _tr("Not done (click to tick off)"),
                check=lambda t: t.done,
            ),
            Column(_tr("Task"), "text", lambda t, _: " ".join(t.text.split()), tooltip=lambda t, _: t.text),
            Column(_tr("Checklist"), "checklist_id", lambda t, names: names(model.Checklist, t.checklist_id)),
            Column(_tr("Owner"), "owner_id", lambda t, names: names(model.Participant, t.owner_id)),
            Column(_tr("Due"), "due", due_text, tooltip=due_tooltip),
            Column(_tr("Linked to"), None, _linked_to, tooltip=_linked_tooltip),
        ]

    def column_widths(self) -> list[int]:
        return [46, 310, 110, 120, 150]

    def form_fields(self) -> list[FormField]:
        return [
            FormField("text", _tr("Task"), "text"),
            FormField("checklist_id", _tr("Checklist"), "ref", ref=model.Checklist),
            FormField("owner_id", _tr("Owner"), "ref", ref=model.Participant),
            FormField("due", _tr("Due"), "date", tooltip=_tr("The day it must be done by")),
            FormField("done", _tr("Done"), "bool"),
            FormField("agenda_item_id", _tr("Agenda item"), "ref", ref=model.AgendaItem),
            FormField("red_line_id", _tr("Red line"), "ref", ref=model.RedLine),
        ]

    def filter_widgets(self) -> list[QWidget]:
        # Called while SectionView builds itself, before the dossier is shown: the actions
        # made here exist by the time it first updates them.
        self.checklist_box = QComboBox(objectName="checklist_filter")
        self.checklist_box.setAccessibleName(_tr("Checklist shown"))
        self.checklist_box.setToolTip(_tr("Show the tasks of every checklist or of one"))
        self.checklist_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checklist_box.currentIndexChanged.connect(self._checklist_chosen)

        self.new_checklist_action = self._checklist_action(
            "add", _tr("New checklist…"), _tr("Start a new checklist and show it"), self.new_checklist
        )
        self.rename_checklist_action = self._checklist_action(
            None,
            _tr("Rename checklist…"),
            _tr("Rename the checklist shown (or the current task's)"),
            self.rename_checklist,
        )
        self.delete_checklist_action = self._checklist_action(
            "delete",
            _tr("Delete checklist"),
            _tr("Delete the checklist shown (or the current task's) with all its tasks"),
            self.delete_checklist,
        )
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for action in (self.new_checklist_action, self.rename_checklist_action, self.delete_checklist_action):
            menu.addAction(action)
        self.checklist_button = QToolButton(objectName="checklist_menu")
        self.checklist_button.setIcon(icon("checklist"))
        self.checklist_button.setText(_tr("Checklists"))
        self.checklist_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checklist_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.checklist_button.setMenu(menu)
        self.checklist_button.setAccessibleName(_tr("Checklist actions"))
        self.checklist_button.setToolTip(_tr("Make, rename or delete a checklist"))

        self.toggle_done_action = QAction(_tr("Tick off / untick task"), self)
        self.toggle_done_action.setToolTip(_tr("Mark the current task done, or not done again (Space)"))
        self.toggle_done_action.setShortcut(Qt.Key.Key_Space)
        # Space belongs to the table: in the form it still types a space
        self.toggle_done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_done_action.triggered.connect(self.toggle_current)
        self.table.addAction(self.toggle_done_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return [self.checklist_box, self.checklist_button]

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
            self.checklist_box.addItem(_tr("All checklists"), None)
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

    def clear_filters(self) -> None:
        self.show_checklist(None)

    def on_dossier(self, dossier_id: str | None) -> None:
        self._fill_checklists(None)
        # set directly, not with set_filter: the base refreshes the rows once just after
        self.model.equals.pop("checklist_id", None)
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        if "checklists" in tables:
            kept = self._fill_checklists(self.checklist_filter())
            if not kept:  # the checklist shown is gone: show every task (refreshed below)
                self.model.equals.pop("checklist_id", None)
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
        self.rename_checklist_action.setEnabled(target)
        self.delete_checklist_action.setEnabled(target)
        self.toggle_done_action.setEnabled(writable and self.current_record() is not None)
        # tasks of different checklists share position numbers: move within one checklist
        if self.checklist_filter() is None and len(self._checklists) > 1:
            self.up_action.setEnabled(False)
            self.down_action.setEnabled(False)

    # --- checklists -------------------------------------------------------------------------

    def _ask_title(self, title: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, _tr("Title of the checklist:"), QLineEdit.EchoMode.Normal, default)
        if not ok:
            return None
        text = text.strip()
        problem = field_problem(model.Checklist, "title", text)
        if problem:
            self.workspace.problem.emit(_tr("The title {problem}.").format(problem=problem))
            return None
        return text

    def new_checklist(self) -> model.Checklist | None:
        """Ask for a title, add the checklist and show it (its tasks are added with New task)."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return None
        title = self._ask_title(_tr("New checklist"), "")
        if title is None:
            return None
        return self._create_checklist(dossier_id, title, show=True)

    def _create_checklist(self, dossier_id: str, title: str, show: bool) -> model.Checklist | None:
        store = self.workspace.store
        checklist = model.Checklist(
            id=new_id(), dossier_id=dossier_id, title=title, position=store.next_position(model.Checklist, dossier_id)
        )
        if self.workspace.apply(_tr("New checklist"), puts=[checklist]) is None:
            return None
        if show:
            self.show_checklist(checklist.id)
        return checklist

    def rename_checklist(self) -> None:
        checklist = self.target_checklist()
        if checklist is None or self.workspace.readonly:
            return
        title = self._ask_title(_tr("Rename checklist"), checklist.title)
        if title is None or title == checklist.title:
            return
        self.workspace.apply(_tr("Rename checklist"), puts=[replace(checklist, title=title)])

    def delete_checklist(self) -> None:
        """Delete the target checklist and its tasks, after asking (one undoable step)."""
        checklist = self.target_checklist()
        if checklist is None or self.workspace.readonly:
            return
        tasks = self.workspace.store.count(model.ChecklistItem, checklist.dossier_id, checklist_id=checklist.id)
        question = (
            _tr('Delete the checklist "{title}" and its {count} tasks?').format(title=checklist.label, count=tasks)
            if tasks != 1
            else _tr('Delete the checklist "{title}" and its one task?').format(title=checklist.label)
        )
        answer = QMessageBox.question(
            self,
            _tr("Delete checklist"),
            question + "\n\n" + _tr("You can undo this with Edit → Undo."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workspace.apply(_tr("Delete checklist"), deletes=[checklist])

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
                _tr("No checklist yet"),
                _tr('This dossier has no checklist yet. Start one called "Checklist" for the task?'),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            checklist = self._create_checklist(dossier_id, _tr("Checklist"), show=False)
            if checklist is None:
                return None
            checklist_id = checklist.id
        # last in its own checklist (the position passed is the last of the rows shown)
        position = self.workspace.store.next_position(model.ChecklistItem, dossier_id, checklist_id=checklist_id)
        return model.ChecklistItem(
            id=new_id(), dossier_id=dossier_id, checklist_id=checklist_id, text=_tr("New task"), position=position
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
        if task is None or self.workspace.readonly:
            return
        task = self.workspace.store.get(model.ChecklistItem, task.id) or task
        label = _tr("Mark task not done") if task.done else _tr("Mark task done")
        if self.workspace.apply(label, puts=[replace(task, done=not task.done)]) is not None:
            self.select(task.id)
