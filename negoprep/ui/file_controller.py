"""The File menu's work: opening, creating and copying stores, exporting, merging and
resolving conflicts. Whatever may take long (checking a file that is not the person's own,
decrypting, bringing an older store up to date, exporting, copying, merging) runs through the
window's operations runner, off the GUI thread, with progress and Cancel where the work can
stop cleanly; the actions that would conflict with it wait."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from negoprep import filenames, live
from negoprep.errors import NegoprepError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.identity import current_author
from negoprep.progress import Progress
from negoprep.records import model
from negoprep.store import engine
from negoprep.store.connection import DamagedStoreError
from negoprep.store.operations import InvalidChangeError
from negoprep.store.store import Store
from negoprep.ui.operations import Operation, OperationRunner
from negoprep.ui.workspace import DossierCommand

if TYPE_CHECKING:
    from negoprep.store.merge import MergeReport
    from negoprep.store.operations import Operation as StoreOperation
    from negoprep.ui.main_window import MainWindow

STORE_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "negoprep store (*.db);;All files (*)")


def _has_log(path: Path) -> bool:
    """Whether a -wal or -journal that is not empty lies beside a store file (stat only)."""
    from negoprep.store.backups import size_of

    return any(size_of(f"{path}{suffix}") for suffix in ("-wal", "-journal"))


def _needs_upgrade(path: Path) -> bool:
    """Whether a negoprep store file was made by an older version (its schema then changes as
    it opens). Read through a read-only SQLite connection; False for anything else, whose
    opening then says what it is."""
    from negoprep.store.connection import probe
    from negoprep.store.migrations import APPLICATION_ID, current_version

    try:
        app_id, version, has_tables = probe(path)
    except NegoprepError:
        return False
    return has_tables and app_id == APPLICATION_ID and 0 < version < current_version()


class FileController(QObject):
    """What the File menu does for one window (`window.files`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = OperationRunner(window)
        self.runner.busy_changed.connect(self._busy)
        self._held: list[tuple[QAction | Any, bool]] = []

    # --- while an operation runs --------------------------------------------------------------

    def _conflicting(self) -> list[Any]:
        """What must wait while an operation runs: every File action that reads or writes
        files or the store, and undo/redo (a merge rewrites what the undo stack holds)."""
        w = self.window
        names = (
            "new_store_action",
            "open_store_action",
            "recent_menu",
            "save_copy_action",
            "export_action",
            "merge_action",
            "conflicts_action",
            "new_dossier_action",
            "copy_dossier_action",
            "delete_dossier_action",
            "undo_action",
            "redo_action",
        )
        return [getattr(w, name) for name in names if getattr(w, name, None) is not None]

    def _busy(self, busy: bool) -> None:
        operation = self.runner.current
        if busy:
            self._held = [(thing, thing.isEnabled()) for thing in self._conflicting()]
            for thing, _ in self._held:
                thing.setEnabled(False)
            if operation is not None and operation.writes:
                self.window.pages.setEnabled(False)  # no edit meanwhile: the merge writes the store
            self.window.store_watch.paused = True  # (its own change is not another program's)
            return
        for thing, enabled in self._held:
            thing.setEnabled(enabled)
        self._held = []
        self.window.pages.setEnabled(True)
        self.window.store_watch.paused = False

    def hold_again(self) -> None:
        """After the window rebuilt its actions (another language), the new ones wait too
        while an operation runs."""
        if self.runner.busy:
            self._busy(True)

    def may_close(self) -> bool:
        """Whether the window may close now: with an operation running, the person is asked;
        yes cancels it and waits until it has ended (a cancelled merge is rolled back, an
        export leaves no file), so that the store is closed whole."""
        operation = self.runner.current
        if operation is None:
            return True
        answer = QMessageBox.question(
            self.window,
            translate("FileController", "Close negoprep"),
            translate("FileController", "{label} is still running. Stop it and close? Nothing of it is kept.").format(
                label=operation.label
            )
            if operation.cancellable
            else translate("FileController", "{label} is still running. Close once it is done?").format(
                label=operation.label
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.runner.cancel()
        self.runner.wait(deliver=False)
        return True

    # --- the store ----------------------------------------------------------------------------

    def folder(self) -> Path:
        store = self.window.store
        return store.path.parent if store.path else Path.home()

    def open_store_path(self, path: Path) -> bool:
        """Open a store file. A file never opened here before is checked first as a
        colleague's would be (on the runner: the window opens it when the check has passed);
        an encrypted one is decrypted into a new store file. False when it is refused at once
        or the person cancels; True when it is open, or being checked."""
        from negoprep.ui.dialogs.merge_dialog import is_encrypted_file

        window = self.window
        store = window.store
        if store.path is not None and live.live_store_of(path, also=store.path) is not None:
            if path.exists() and os.path.samefile(path, store.path):  # (stat only)
                already = translate("MainWindow", "{path} is open already").format(path=path)
                window.statusBar().showMessage(already, 5000)
                return True
            problem = translate("MainWindow", "{path} belongs to the store open here: open the store itself.").format(
                path=path
            )
            self._cannot_open(problem)
            return False
        if is_encrypted_file(path):
            return self._open_encrypted(path)
        own = path.resolve() in window.settings.recent_stores() or (
            store.path is not None and path.resolve() == store.path.resolve()
        )
        if engine.looks_encrypted(path) and engine.key_for(path) is None:
            # a store encrypted at rest: only its passphrase reads it (verify cannot), and whoever
            # holds that passphrase holds the store
            from negoprep.ui.dialogs.passphrase_dialog import unlock_store

            if not unlock_store(path, window):
                return False
            own = True
        if not own and path.exists():

            def check(progress: Progress) -> None:
                from negoprep.store.sharing import verify_shared

                verify_shared(path, progress=progress)

        elif _has_log(path):

            def check(progress: Progress) -> None:
                # its log could have been put there since (a replaced file): judge what SQLite
                # would use, the file with its log applied, before SQLite opens it here
                from negoprep.store.verify import verify_file

                verify_file(path, with_log=True, progress=progress)

        else:
            return self._open_checked(path)
        label = translate("FileController", "Checking {name}").format(name=path.name)
        operation = Operation(label, check).success(lambda _: self._open_checked(path)).failure(self._cannot_open)
        return operation.run_on(self.runner)

    def _open_checked(self, path: Path, *, upgrade: bool = True) -> bool:
        """Open a store file that needs no (more) checking, here on the GUI thread: the
        window's connection belongs to it. A store made by an older version is brought up to
        date first, on the runner (a backup, then each step of the schema: seconds for a
        large store), and opened here when that is done."""
        if upgrade and _needs_upgrade(path):
            return self._upgrade_then_open(path)
        try:
            store = Store.open(path, current_author(), create=False)
        except DamagedStoreError as exc:
            return self._damaged(exc)
        except NegoprepError as exc:
            self._cannot_open(str(exc))
            return False
        self.window.set_store(store)
        return True

    def _damaged(self, exc: DamagedStoreError) -> bool:
        from negoprep.ui.dialogs.damaged_dialog import recover

        chosen = recover(self.window, exc.path, exc.problem or str(exc))
        return chosen is not None and self.open_store_path(chosen)

    def _upgrade_then_open(self, path: Path) -> bool:
        """Bring an older store up to date on the runner (Store.open migrates it, after its
        backup, each step in a transaction), then open it here. The upgrade is not offered a
        Cancel: a step stopped halfway is rolled back, but the steps before it stand."""
        author = current_author()
        label = translate("FileController", "Bringing {name} up to date").format(name=path.name)

        def upgrade(progress: Progress) -> DamagedStoreError | None:
            progress.step(0, 0, label)
            try:
                with Store.open(path, author, create=False):
                    return None
            except DamagedStoreError as exc:
                return exc  # (the window offers its ways out: restore, salvage or quit)

        def upgraded(damage: DamagedStoreError | None) -> None:
            if damage is not None:
                self._damaged(damage)
            else:
                self._open_checked(path, upgrade=False)

        operation = Operation(label, upgrade, cancellable=False).success(upgraded).failure(self._cannot_open)
        return operation.run_on(self.runner)

    def _cannot_open(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("MainWindow", "Cannot open the store"), message)

    def _open_encrypted(self, path: Path) -> bool:
        """Decrypt an encrypted file (after asking for its key) into a new store file of the
        person's choosing, checked on the way, and open that (decrypting and checking run on
        the runner)."""
        from negoprep.store.export import write_new_file
        from negoprep.store.sharing import opened_shared
        from negoprep.ui.dialogs.merge_dialog import ask_key

        window = self.window
        key = ask_key(window, path)
        if key is None:
            return False
        passphrase, identity = key
        suggested = path.with_suffix(".db")
        from negoprep.ui.dialogs import file_dialogs  # (QFileDialog: on first use)

        target, _ = file_dialogs.save_file_name(
            window,
            translate("MainWindow", "Save the decrypted store as"),
            suggested,
            STORE_FILTER,
            confirm_overwrite=False,
        )
        if not target:
            return False
        target_path = Path(target)
        try:
            # (first: a -wal or -journal name is refused for what it is, not as a file that exists)
            live.refuse_companion(target_path, "write the decrypted store to")  # untranslated: in live.py's message
        except NegoprepError as exc:
            self._cannot_open(str(exc))
            return False
        if target_path.exists():
            exists = translate("MainWindow", "{path} already exists: choose a new name.").format(path=target_path)
            self._cannot_open(exists)
            return False
        try:
            live.refuse_output(target_path, "write the decrypted store to")  # untranslated: in live.py's message
        except NegoprepError as exc:
            self._cannot_open(str(exc))
            return False

        def decrypt(progress: Progress) -> None:
            with opened_shared(path, passphrase=passphrase, identity=identity, progress=progress) as plain:
                data = plain.read_bytes()  # (a private, verified copy: no store of this process)
            # whole or not at all (mode 0600); a Cancel up to its naming leaves no file
            write_new_file(target_path, data, before_naming=progress.check)

        label = translate("FileController", "Decrypting {name}").format(name=path.name)
        operation = Operation(label, decrypt).success(lambda _: self._open_checked(target_path))
        return operation.failure(self._cannot_open).run_on(self.runner)

    def choose_store(self) -> None:
        from negoprep.ui.dialogs import file_dialogs  # (QFileDialog: on first use)

        path = file_dialogs.open_file_name(
            self.window, translate("MainWindow", "Open a store"), self.folder(), STORE_FILTER
        )
        if path:
            self.open_store_path(Path(path))

    def new_store(self) -> None:
        window = self.window
        from negoprep.ui.dialogs import file_dialogs  # (QFileDialog: on first use)

        path, _ = file_dialogs.save_file_name(
            window, translate("MainWindow", "New store"), self.folder() / "dossiers.db", STORE_FILTER
        )
        if not path:
            return
        target = Path(path)
        try:
            # (first: a -wal or -journal name is refused for what it is, not as a file that exists)
            live.refuse_companion(target, "create a store at")  # untranslated: in live.py's message
        except NegoprepError as exc:
            QMessageBox.warning(window, translate("MainWindow", "Cannot create the store"), str(exc))
            return
        if target.exists():
            QMessageBox.warning(
                window,
                translate("MainWindow", "New store"),
                translate("MainWindow", "{path} already exists: open it, or choose a new name.").format(path=target),
            )
            return
        try:
            store = Store.open(target, current_author(), create=True)
        except NegoprepError as exc:
            QMessageBox.warning(window, translate("MainWindow", "Cannot create the store"), str(exc))
            return
        window.set_store(store)

    def save_copy(self) -> None:
        window = self.window
        window.commit_pending()
        store = window.store
        stem = store.path.stem if store.path else "negoprep"
        suggested = self.folder() / filenames.fit_name(stem, "-copy.db")  # (fits beside a long name)
        from negoprep.ui.dialogs import file_dialogs  # (QFileDialog: on first use)

        path, _ = file_dialogs.save_file_name(window, translate("MainWindow", "Save a copy"), suggested, STORE_FILTER)
        if not path:
            return
        target = Path(path)
        try:
            # (an older copy may go)
            live.refuse_output(target, "write a copy over", stores=False)  # untranslated: in live.py's message
            if target.exists():
                target.unlink()  # the file dialog has asked whether to replace it
        except (OSError, NegoprepError) as exc:
            self._cannot_copy(str(exc))
            return

        def copy(own: Store, progress: Progress) -> None:
            progress.step(0, 1, translate("FileController", "Copying the store"))
            own.save_copy(target)  # (written under a temporary name, then renamed)

        def done(_: object) -> None:
            window.statusBar().showMessage(translate("MainWindow", "Saved a copy to {path}").format(path=target), 5000)

        label = translate("FileController", "Saving a copy to {name}").format(name=target.name)
        Operation(label, copy, store=store, cancellable=False).success(done).failure(self._cannot_copy).run_on(
            self.runner
        )

    def _cannot_copy(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("MainWindow", "Cannot save a copy"), message)

    def fill_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for path in self.window.settings.recent_stores():
            action = menu.addAction(str(path).replace("&", "&&"))  # (a folder "R&D" shown, not a key)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_store_path(p))
        if menu.isEmpty():
            menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    # --- whole dossiers -----------------------------------------------------------------------

    def copy_dossier(self, label: str, title: str) -> Operation | None:
        """Copy the dossier shown, called `title`, on the runner (every record of a large
        dossier gets a new id, a revision and its search entry: seconds), then show the copy;
        Edit → Undo removes it. Returns the operation started (None: nothing was started)."""
        workspace = self.window.workspace
        if workspace is None or workspace.dossier_id is None:
            return None
        dossier_id = workspace.dossier_id

        def work(own: Store, progress: Progress) -> StoreOperation:
            progress.step(0, 0, label)
            return own.copy_dossier(dossier_id, title, label, progress=progress)

        def done(operation: StoreOperation) -> None:
            copy_id = next(rid for rtype, rid, _, _ in operation.rows() if rtype is model.Dossier)
            self._dossiers_changed(operation, copy_id)

        return self._change_dossiers(label, work, done)

    def delete_dossier(self, label: str) -> Operation | None:
        """Delete the dossier shown and everything in it on the runner, then show another;
        Edit → Undo brings it back. Returns the operation started (None: nothing was started)."""
        workspace = self.window.workspace
        if workspace is None or workspace.dossier_id is None:
            return None
        dossier_id = workspace.dossier_id

        def work(own: Store, progress: Progress) -> StoreOperation:
            progress.step(0, 0, label)
            return own.delete_dossier(dossier_id, label, progress=progress)

        return self._change_dossiers(label, work, lambda operation: self._dossiers_changed(operation, None))

    def revert_dossier_change(self, *, undo: bool) -> bool:
        """Undo (or redo) the copy or deletion of a dossier that is the next step of the undo
        history, on the runner as it was made (every record of a large dossier is written
        again: seconds), then show it as the history does. False when the next step is no such
        change (the history takes it itself)."""
        workspace = self.window.workspace
        if workspace is None:
            return False
        stack = workspace.undo_stack
        index = stack.index() - 1 if undo else stack.index()
        command = stack.command(index) if 0 <= index < stack.count() else None
        if not isinstance(command, DossierCommand):
            return False
        operation = command.operation
        # (the Edit menu's words, an "&" of a title as it reads)
        step = (self.window.undo_action if undo else self.window.redo_action).text().replace("&&", "&")

        def work(own: Store, progress: Progress) -> list[str] | str:
            progress.step(0, 0, step)
            try:
                return (own.undo if undo else own.redo)(operation, progress=progress, label=step)
            except InvalidChangeError as exc:
                return str(exc)  # refused for good: the history drops the step

        def taken(outcome: list[str] | str) -> None:
            if not isinstance(outcome, str):
                self.window.store_watch.take_own_change()  # (the change was ours)
            command.outcome = outcome
            if undo:
                stack.undo()
            else:
                stack.redo()

        def failed(message: str) -> None:
            # (not taken for now: the store busy past its wait, a full disk. The history keeps
            # the step, to be taken once that has passed)
            workspace.say_not_taken(command.text(), message, undo=undo)

        # (nothing is committed here: a pending edit pushed now would drop the redo in hand;
        # Cancel writes nothing, and the history stays as it was)
        taking = Operation(step, work, store=self.window.store, writes=True)
        taking.success(taken).failure(failed)
        taking.run_on(self.runner)  # (the actions that would start another are off meanwhile)
        return True

    def _change_dossiers(self, label: str, work: Any, done: Any) -> Operation | None:
        """Run a change of whole dossiers on the runner: one transaction on the worker's own
        connection (written whole, or not at all when the person cancels), the window taking
        no edits meanwhile; a refusal is said as the workspace says its own."""
        window = self.window
        workspace = window.workspace
        assert workspace is not None
        window.commit_pending()
        operation = Operation(label, work, store=window.store, writes=True)
        operation.success(done).failure(workspace.problem.emit)
        return operation if operation.run_on(self.runner) else None

    def _dossiers_changed(self, operation: StoreOperation, shown_after: str | None) -> None:
        workspace = self.window.workspace
        assert workspace is not None
        self.window.store_watch.take_own_change()  # (the change was ours, not another program's)
        workspace.push_dossier_change(operation, shown_after)

    # --- sharing with teammates ----------------------------------------------------------------

    def export_shared(self) -> None:
        from negoprep.ui.dialogs.export_dialog import ExportDialog, export_message

        window = self.window
        window.commit_pending()
        assert window.workspace is not None
        self.export_dialog = ExportDialog(window.store, window.workspace.dossier_id, window, runner=self.runner)
        self.export_dialog.exported.connect(lambda report: window.statusBar().showMessage(export_message(report), 8000))
        self.export_dialog.open()

    def merge_shared(self) -> Operation | None:
        """Ask for a colleague's file (and its key) and merge it on the runner; the report
        opens when it is done. Returns the operation started (None: nothing was started)."""
        from negoprep.ui.dialogs.merge_dialog import choose_shared_file, merge_work

        window = self.window
        window.commit_pending()
        assert window.workspace is not None
        chosen = choose_shared_file(window, window.store)
        if chosen is None:
            return None
        path, passphrase, identity = chosen
        label = translate("FileController", "Merging {name}").format(name=path.name)
        operation = Operation(label, merge_work(path, passphrase, identity), store=window.store, writes=True)
        operation.success(self._merged).failure(self._not_merged)
        return operation if operation.run_on(self.runner) else None

    def _not_merged(self, message: str) -> None:
        QMessageBox.warning(self.window, translate("MergeDialog", "Nothing was merged"), message)

    def _merged(self, report: MergeReport) -> None:
        from negoprep.ui.dialogs.merge_dialog import MergeDialog

        window = self.window
        workspace = window.workspace
        assert workspace is not None
        window.store_watch.take_own_change()  # (the merge was ours, not another program's)
        # the merge wrote records under the commands on the stack: their states are stale now
        workspace.undo_stack.clear()
        window.refresh_dossiers(workspace.dossier_id)
        workspace.changed.emit(frozenset(model.BY_TABLE))
        self.update_conflicts_action()
        self.merge_dialog = MergeDialog(report, window)
        self.merge_dialog.resolve_requested.connect(self.open_conflicts)
        self.merge_dialog.open()

    def open_conflicts(self) -> None:
        from negoprep.ui.dialogs.conflicts_dialog import ConflictsDialog

        window = self.window
        window.commit_pending()
        assert window.workspace is not None
        self.conflicts_dialog = ConflictsDialog(window.workspace, window)
        self.conflicts_dialog.finished.connect(lambda _: self._after_conflicts())
        self.conflicts_dialog.open()

    def _after_conflicts(self) -> None:
        window = self.window
        window.refresh_dossiers(window.workspace.dossier_id if window.workspace else None)
        self.update_conflicts_action()

    def update_conflicts_action(self) -> None:
        window = self.window
        if self.runner.busy:
            return  # (enabled again, as it was, when the operation ends)
        window.conflicts_action.setEnabled(not window.store.readonly and window.store.has_pending_conflicts())
