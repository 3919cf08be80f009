"""Merging a colleague's file into the open store: choosing it (and its key when it is
encrypted), merging a private verified copy, and the report of what the merge did."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from negoprep import live
from negoprep.errors import NegoprepError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.progress import Progress
from negoprep.store.merge import COUNT_NAMES, MergeReport
from negoprep.store.sharing import opened_shared
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.labels import records_label

SHARED_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "negoprep store (*.db *.age);;All files (*)")


def is_encrypted_file(path: Path) -> bool:
    # (the core's test never waits on a pipe; opened_shared says plainly what is wrong)
    from negoprep.store.sharing import is_encrypted_file as encrypted

    return encrypted(path)


def ask_key(parent: QWidget, path: Path) -> tuple[str | None, Path | None] | None:
    """(passphrase, identity file) for an encrypted file; None when the person cancels."""
    by_passphrase, by_key = (
        translate("MergeDialog", "A passphrase"),
        translate("MergeDialog", "A key file (age identity)"),
    )
    choice, ok = QInputDialog.getItem(
        parent,
        translate("MergeDialog", "Encrypted file"),
        translate("MergeDialog", "{name} is encrypted. Open it with:").format(name=path.name),
        [by_passphrase, by_key],
        0,
        False,
    )
    if not ok:
        return None
    if choice == by_key:
        key = file_dialogs.open_file_name(
            parent, translate("MergeDialog", "Your key file"), Path.home(), translate("MergeDialog", "All files (*)")
        )
        if key and live.live_store_of(key) is not None:
            problem = translate("MergeDialog", "{path} is the store open here, not a key file.").format(path=key)
            QMessageBox.warning(parent, translate("MergeDialog", "Not a key file"), problem)
            return None
        return (None, Path(key)) if key else None
    passphrase, ok = QInputDialog.getText(
        parent,
        translate("MergeDialog", "Encrypted file"),
        translate("MergeDialog", "Passphrase for {name}:").format(name=path.name),
        QLineEdit.EchoMode.Password,
    )
    return (passphrase, None) if ok and passphrase else None


def choose_shared_file(parent: QWidget, store: Store) -> tuple[Path, str | None, Path | None] | None:
    """Ask for a colleague's file and, when it is encrypted, its key: (file, passphrase,
    identity file); None when the person cancels or the file is refused at once (said why)."""
    folder = store.path.parent if store.path else Path.home()
    chosen = file_dialogs.open_file_name(
        parent, translate("MergeDialog", "Merge a colleague's file"), folder, SHARED_FILTER
    )
    if not chosen:
        return None
    path = Path(chosen)
    passphrase: str | None = None
    identity: Path | None = None
    try:
        live.refuse_live(path, "merge")  # before reading a byte of it
    except NegoprepError as exc:
        QMessageBox.warning(parent, translate("MergeDialog", "Nothing was merged"), str(exc))
        return None
    if is_encrypted_file(path):
        key = ask_key(parent, path)
        if key is None:
            return None
        passphrase, identity = key
    return path, passphrase, identity


def merge_work(path: Path, passphrase: str | None, identity: Path | None) -> Callable[[Store, Progress], MergeReport]:
    """The merge of `path` into a store, as work for the operations runner: decrypted (scrypt)
    and verified on a private copy, then merged; any refusal changes nothing."""

    def work(store: Store, progress: Progress) -> MergeReport:
        with opened_shared(path, passphrase=passphrase, identity=identity, progress=progress) as plain:
            report = store.merge_file(plain, name=str(path), progress=progress)
        report.source = str(path)  # the file the person chose, not the private copy
        return report

    return work


def report_html(report: MergeReport) -> str:
    """The report as a small table, one row per record type the merge saw."""
    heads = [
        translate("MergeDialog", "Record type"),
        translate("MergeDialog", "Added"),
        translate("MergeDialog", "Updated"),
        translate("MergeDialog", "Deleted"),
        translate("MergeDialog", "Auto-merged"),
        translate("MergeDialog", "Conflicts"),
        translate("MergeDialog", "Unchanged"),
    ]
    cell = '<td align="right" style="padding: 2px 10px;">{}</td>'
    rows = []
    for table, counts in report.counts.items():
        values = counts.as_json()
        if not any(values.values()):
            continue
        numbers = "".join(cell.format(values[name]) for name in COUNT_NAMES)
        rows.append(f'<tr><td style="padding: 2px 10px;">{html.escape(records_label(table))}</td>{numbers}</tr>')
    total = report.total.as_json()
    everything = html.escape(translate("MergeDialog", "All"))
    rows.append(
        f'<tr><td style="padding: 2px 10px;"><b>{everything}</b></td>'
        + "".join(cell.format(f"<b>{total[name]}</b>") for name in COUNT_NAMES)
        + "</tr>"
    )
    head = "".join(f'<th style="padding: 2px 10px;">{html.escape(h)}</th>' for h in heads)
    merged = translate("MergeDialog", "Merged {name}.").format(name=Path(report.source).name)
    parts = [
        f"<p>{html.escape(merged)}</p>",
        f'<table cellspacing="0" border="1" style="border-collapse: collapse;"><tr>{head}</tr>{"".join(rows)}</table>',
    ]
    if report.backup is not None:
        parts.append(
            "<p>"
            + html.escape(
                translate("MergeDialog", "The store as it was before is kept in {name}.").format(
                    name=report.backup.name
                )
            )
            + "</p>"
        )
    if report.pending_conflicts:
        text = translate("MergeDialog", "{count} conflict(s) wait for you to decide.").format(
            count=report.pending_conflicts
        )
        parts.append(f"<p><b>{html.escape(text)}</b></p>")
    elif not report.changed:
        text = translate("MergeDialog", "Nothing new: the store already held everything in the file.")
        parts.append(f"<p>{html.escape(text)}</p>")
    else:
        parts.append("<p>" + html.escape(translate("MergeDialog", "No conflicts.")) + "</p>")
    return "\n".join(parts)


class MergeDialog(QDialog):
    """What a merge did, with the way on to the conflicts it left."""

    #: the person wants to resolve the pending conflicts
    resolve_requested = Signal()

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("MergeDialog", "Merge report"))
        self.setAccessibleName(translate("MergeDialog", "Merge report"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("MergeDialog", "What the merge did"))
        self.browser.setHtml(report_html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.resolve_button = buttons.addButton(
            translate("MergeDialog", "Resolve conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resolve_button.setAccessibleName(translate("MergeDialog", "Resolve conflicts"))
        self.resolve_button.setToolTip(
            translate("MergeDialog", "Decide, field by field, what two people changed differently")
        )
        self.resolve_button.setVisible(bool(report.pending_conflicts))
        self.resolve_button.clicked.connect(self._resolve)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _resolve(self) -> None:
        self.accept()
        self.resolve_requested.emit()
