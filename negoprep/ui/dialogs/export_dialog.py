"""The Export dialog: a copy of this dossier or the whole store to hand to a teammate,
optionally a release copy, optionally encrypted for a passphrase or for public keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negoprep import filenames
from negoprep.errors import NegoprepError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.progress import Progress
from negoprep.store.export import ExportReport, check_target
from negoprep.store.sharing import export_shared
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.dialogs.release_policy import ReleasePolicyBar
from negoprep.ui.operations import Operation, OperationRunner
from negoprep.ui.record_form import error_color, hold_place

PLAIN_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "negoprep store (*.db);;All files (*)")
SEALED_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "Encrypted negoprep store (*.age);;All files (*)")


class ExportDialog(QDialog):
    """Asks what to export and how, then the file to write, and writes it."""

    #: an export was written
    exported = Signal(object)

    def __init__(
        self,
        store: Store,
        dossier_id: str | None,
        parent: QWidget | None = None,
        runner: OperationRunner | None = None,
    ) -> None:
        """With `runner`, the export is written off the GUI thread (the dialog hides meanwhile
        and comes back when it is refused); without, here and now."""
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.dossier_id = dossier_id
        self.report: ExportReport | None = None
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setAccessibleName(translate("ExportDialog", "Export"))

        scope_box = QGroupBox(translate("ExportDialog", "What to export"))
        self.dossier_radio = QRadioButton(translate("ExportDialog", "This dossier"))
        self.store_radio = QRadioButton(translate("ExportDialog", "The whole store (every dossier)"))
        for radio in (self.dossier_radio, self.store_radio):
            radio.setAccessibleName(radio.text())
        self.dossier_radio.setEnabled(dossier_id is not None)
        (self.dossier_radio if dossier_id is not None else self.store_radio).setChecked(True)
        self.release_box = QCheckBox(translate("ExportDialog", "Release copy (withhold what the release policy says)"))
        self.release_box.setAccessibleName(translate("ExportDialog", "Release copy"))
        self.release_box.setToolTip(
            translate("ExportDialog", "What the dossier's release policy withholds is not written to the file")
        )
        # what a release copy will withhold, from the dossier's own policy, and a way to change it
        workspace = getattr(parent, "workspace", None)
        self.policy_bar = ReleasePolicyBar(store, dossier_id, workspace.apply if workspace is not None else None)
        self.policy_bar.setContentsMargins(24, 0, 0, 0)
        self.release_box.toggled.connect(self._update_enabled)
        scope_layout = QVBoxLayout(scope_box)
        for widget in (self.dossier_radio, self.store_radio, self.release_box, self.policy_bar):
            scope_layout.addWidget(widget)

        crypt_box = QGroupBox(translate("ExportDialog", "Encryption"))
        self.plain_radio = QRadioButton(translate("ExportDialog", "None (anyone with the file can read it)"))
        self.passphrase_radio = QRadioButton(translate("ExportDialog", "With a passphrase"))
        self.keys_radio = QRadioButton(translate("ExportDialog", "For teammates' public keys"))
        self.crypt_group = QButtonGroup(self)
        for radio in (self.plain_radio, self.passphrase_radio, self.keys_radio):
            radio.setAccessibleName(radio.text())
            self.crypt_group.addButton(radio)
        self.plain_radio.setChecked(True)
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(translate("ExportDialog", "Passphrase"))
        self.repeat_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(translate("ExportDialog", "Passphrase again"))
        self.keys_edit = QPlainTextEdit()
        self.keys_edit.setAccessibleName(translate("ExportDialog", "Public keys"))
        self.keys_edit.setPlaceholderText(translate("ExportDialog", "One age1… key per line"))
        self.keys_edit.setTabChangesFocus(True)
        self.keys_edit.setFixedHeight(80)
        self.passphrase_form = QWidget()
        pass_layout = QFormLayout(self.passphrase_form)
        pass_layout.setContentsMargins(24, 0, 0, 0)
        pass_layout.addRow(translate("ExportDialog", "Passphrase:"), self.passphrase_edit)
        pass_layout.addRow(translate("ExportDialog", "Again:"), self.repeat_edit)
        crypt_layout = QVBoxLayout(crypt_box)
        crypt_layout.addWidget(self.plain_radio)
        crypt_layout.addWidget(self.passphrase_radio)
        crypt_layout.addWidget(self.passphrase_form)
        crypt_layout.addWidget(self.keys_radio)
        self.keys_edit.setContentsMargins(24, 0, 0, 0)
        crypt_layout.addWidget(self.keys_edit)
        self.crypt_group.buttonToggled.connect(self._update_enabled)

        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setAccessibleName(translate("ExportDialog", "Problem"))
        self.problem_label.setStyleSheet(f"color: {error_color(self).name()};")
        hold_place(self.problem_label)  # the Export button under it stays put as it speaks
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(translate("ExportDialog", "Export"))
        self.export_button.setToolTip(translate("ExportDialog", "Choose the file to write, then write it"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(crypt_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        for edit in (self.passphrase_edit, self.repeat_edit, self.keys_edit):
            edit.textChanged.connect(self._update_enabled)
        self._update_enabled()
        self.resize(520, self.sizeHint().height())

    # --- what the person chose -----------------------------------------------------------------

    def recipients(self) -> list[str]:
        return [line.strip() for line in self.keys_edit.toPlainText().splitlines() if line.strip()]

    def problem(self) -> str:
        """Why the choices cannot be exported yet ("" when they can)."""
        if self.passphrase_radio.isChecked():
            if not self.passphrase_edit.text():
                return translate("ExportDialog", "Enter a passphrase.")
            if self.passphrase_edit.text() != self.repeat_edit.text():
                return translate("ExportDialog", "The two passphrases differ.")
        if self.keys_radio.isChecked() and not self.recipients():
            return translate("ExportDialog", "Enter at least one public key (age1…).")
        return ""

    def _update_enabled(self, *_: object) -> None:
        self.policy_bar.setVisible(self.release_box.isChecked())
        if self.height() < self.sizeHint().height():  # (room for the policy's sentence)
            self.resize(self.width(), self.sizeHint().height())
        self.passphrase_form.setEnabled(self.passphrase_radio.isChecked())
        self.keys_edit.setEnabled(self.keys_radio.isChecked())
        problem = self.problem()
        # no scolding while the second passphrase is still being typed
        typing = self.passphrase_radio.isChecked() and not self.repeat_edit.text()
        self.problem_label.setText("" if typing else problem)
        self.export_button.setEnabled(not problem)

    def _suggested(self, encrypted: bool) -> Path:
        folder = self.store.path.parent if self.store.path else Path.home()
        stem = self.store.path.stem if self.store.path else "negoprep"
        # (a store's own name may nearly fill the file system's limit: the additions must fit)
        ending = f"-export{'.age' if encrypted else '.db'}"
        if self.dossier_radio.isChecked():
            ending = "-dossier" + ending
        if self.release_box.isChecked():
            ending = ending.replace("-export", "-release-export")
        return folder / filenames.fit_name(stem, ending)

    # --- exporting -----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the file, write it; on a refusal say why and keep the dialog open."""
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, translate("ExportDialog", "Cannot export"), problem)
            return
        encrypted = not self.plain_radio.isChecked()
        path, _ = file_dialogs.save_file_name(
            self,
            translate("ExportDialog", "Export to"),
            self._suggested(encrypted),
            SEALED_FILTER if encrypted else PLAIN_FILTER,
            confirm_overwrite=False,  # an export never overwrites: the store says so
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".age" if encrypted else ".db")
        try:
            check_target(target)  # (at once, with the dialog still open: an export never overwrites)
        except NegoprepError as exc:
            self._refused(str(exc))
            return
        dossier_id = self.dossier_id if self.dossier_radio.isChecked() else None
        release = self.release_box.isChecked()
        passphrase = self.passphrase_edit.text() if self.passphrase_radio.isChecked() else None
        recipients = self.recipients() if self.keys_radio.isChecked() else []

        def work(store: Store, progress: Progress) -> ExportReport:
            # (encrypting with a passphrase derives its key with scrypt: about a second)
            return export_shared(
                store,
                target,
                dossier_id=dossier_id,
                release=release,
                passphrase=passphrase,
                recipients=recipients,
                progress=progress,
            )

        label = translate("ExportDialog", "Exporting to {name}").format(name=target.name)
        operation = Operation(label, work, store=self.store).success(self._done).failure(self._refused)
        operation.cancelled(self.open)
        if self.runner is None:
            try:
                self._done(operation.execute(Progress()))
            except (OSError, NegoprepError) as exc:
                self._refused(str(exc))
            return
        self.hide()  # the window shows the progress, with Cancel
        if not operation.run_on(self.runner):
            self.open()

    def _done(self, report: ExportReport) -> None:
        self.report = report
        self.exported.emit(report)
        self.accept()

    def _refused(self, message: str) -> None:
        if not self.isVisible():
            self.open()
        QMessageBox.warning(self, translate("ExportDialog", "Cannot export"), message)


def export_message(report: ExportReport) -> str:
    """What the status bar says after an export."""
    text = translate("ExportDialog", "Exported {records} records to {path}").format(
        records=report.records, path=report.target
    )
    if report.release:
        text += translate("ExportDialog", " ({count} withheld records left out)").format(count=report.withheld)
    return text
