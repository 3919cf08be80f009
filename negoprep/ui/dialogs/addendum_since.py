"""Asks since when an addendum reports changes: a UTC date and time, offered at the time the
book or an addendum of the dossier was last printed (Settings), else at the dossier's creation,
with a choice of a full or a release addendum."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from negoprep.i18n import translate
from negoprep.records import times


class AddendumSinceDialog(QDialog):
    """The time (`since`, a UTC stamp) and whether the addendum is a release copy (`release`)."""

    def __init__(self, default: str, printed_before: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Printing", "Addendum"))
        layout = QFormLayout(self)
        said = (
            translate("Printing", "Changes since the last printed copy of the book or an addendum:")
            if printed_before
            else translate("Printing", "No copy was printed yet: changes since the dossier was created:")
        )
        note = QLabel(said)
        note.setWordWrap(True)
        layout.addRow(note)
        self.since_edit = QDateTimeEdit()
        self.since_edit.setObjectName("addendum_since_edit")
        self.since_edit.setTimeZone(QTimeZone.utc())
        self.since_edit.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")  # untranslated: ISO, as the command line takes it
        self.since_edit.setCalendarPopup(True)
        moment = datetime.fromisoformat(default.replace("Z", "+00:00"))
        # to the millisecond: the copy printed at that moment is not reported as changed
        self.since_edit.setDateTime(QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000), QTimeZone.utc()))
        layout.addRow(translate("Printing", "Since"), self.since_edit)
        self.release_box = QCheckBox(translate("Printing", "Release copy"))
        self.release_box.setObjectName("addendum_release_box")
        layout.addRow(self.release_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @property
    def since(self) -> str:
        """The time chosen, as a UTC stamp."""
        milliseconds = self.since_edit.dateTime().toMSecsSinceEpoch()
        whole = datetime.fromtimestamp(milliseconds // 1000, UTC)
        return times.stamp(whole.replace(microsecond=milliseconds % 1000 * 1000))

    @property
    def release(self) -> bool:
        return self.release_box.isChecked()
