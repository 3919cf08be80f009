"""The dossier's release policy where a release copy is made: one plain sentence of what it
will withhold (negoprep.records.release), and a small editor to change the policy.

Shown by the Export dialog and the release print previews. A change goes through the
window's workspace (one undoable step) when there is one, else through the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.echo import echoed
from negoprep.i18n import translate
from negoprep.records import model
from negoprep.records.labels import field_label
from negoprep.records.release import FLAGS, ReleasePolicy
from negoprep.store.store import Store

Apply = Callable[..., object]


class ReleasePolicyDialog(QDialog):
    """Ticks for what a dossier's release copy withholds; "never disclose" is always ticked."""

    def __init__(self, dossier: model.Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReleasePolicy", "Release policy"))
        self.setAccessibleName(translate("ReleasePolicy", "Release policy"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ReleasePolicy", "What a release copy of “{title}” withholds (export, briefing book, checklists):"
            ).format(title=echoed(dossier.title)),
            wordWrap=True,
        )
        layout.addWidget(intro)
        never = QCheckBox(translate("ReleasePolicy", "Everything marked “never disclose” (always)"))
        never.setChecked(True)
        never.setEnabled(False)
        layout.addWidget(never)
        self.boxes: dict[str, QCheckBox] = {}
        for flag in FLAGS:
            box = QCheckBox(field_label(model.Dossier, flag), objectName=flag)
            box.setToolTip(translate("fields", model.Dossier.column(flag).spec.help))
            box.setAccessibleName(box.text())
            box.setChecked(bool(getattr(dossier, flag)))
            layout.addWidget(box)
            self.boxes[flag] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def flags(self) -> dict[str, bool]:
        return {flag: box.isChecked() for flag, box in self.boxes.items()}


class ReleasePolicyBar(QWidget):
    """ "A release copy withholds …" for the open dossier, with a button to change it."""

    #: the policy was changed
    changed = Signal()

    def __init__(
        self, store: Store, dossier_id: str | None, apply: Apply | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.dossier_id = dossier_id
        self._apply = apply or store.apply
        self.label = QLabel(wordWrap=True, objectName="release_policy_summary")
        self.label.setAccessibleName(translate("ReleasePolicy", "What a release copy withholds"))
        self.change_button = QPushButton(translate("ReleasePolicy", "Change…"), objectName="release_policy_change")
        self.change_button.setAccessibleName(translate("ReleasePolicy", "Change the release policy"))
        self.change_button.setToolTip(translate("ReleasePolicy", "Choose what this dossier's release copies withhold"))
        self.change_button.clicked.connect(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.change_button)
        self.refresh()

    def dossier(self) -> model.Dossier | None:
        return self.store.get(model.Dossier, self.dossier_id) if self.dossier_id else None

    def refresh(self) -> None:
        dossier = self.dossier()
        self.change_button.setVisible(dossier is not None)
        if dossier is None:
            self.label.setText(
                translate("ReleasePolicy", "Each dossier's release copy follows its own release policy.")
            )
        else:
            self.label.setText(ReleasePolicy.of(dossier).summary())

    def edit(self) -> None:
        dossier = self.dossier()
        if dossier is None:
            return
        editor = ReleasePolicyDialog(dossier, self)
        if not editor.exec():
            return
        flags = editor.flags()
        if all(getattr(dossier, k) == v for k, v in flags.items()):
            return
        self._apply(translate("ReleasePolicy", "Change the release policy"), [replace(dossier, **flags)])
        self.refresh()
        self.changed.emit()
