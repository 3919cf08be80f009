"""File dialogs that never open a file to show it.

Qt's file dialog guesses each listed file's type by reading its first bytes (QMimeDatabase,
through the icon provider's `type`), and a platform's native dialog may do the same inside
this process. Opening and closing the store file that way drops every lock SQLite holds on
it for the process (see negoprep.store.live), so every dialog of the app comes from here:
Qt's own dialog, with an icon provider that judges a file by its name and `stat` alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from negoprep.i18n import translate


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name and kind, never from its content."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._computer = style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)

    def icon(self, which: object) -> QIcon:
        if isinstance(which, QFileInfo):
            if which.isRoot():
                return self._drive
            return self._folder if which.isDir() else self._file
        if which == QAbstractFileIconProvider.IconType.Computer:
            return self._computer
        if which in (QAbstractFileIconProvider.IconType.Drive, QAbstractFileIconProvider.IconType.Network):
            return self._drive
        if which == QAbstractFileIconProvider.IconType.Folder:
            return self._folder
        return self._file

    def type(self, info: QFileInfo) -> str:
        if info.isRoot():
            return translate("FileDialogs", "Drive")
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return (
            translate("FileDialogs", "{suffix} file").format(suffix=suffix.upper())
            if suffix
            else translate("FileDialogs", "File")
        )


class FileDialog(QFileDialog):
    """Qt's own file dialog (never the desktop's), with icons and types from names only."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, filters: str) -> None:
        # the filters are English source texts, marked QT_TRANSLATE_NOOP("FileDialogs", ...)
        super().__init__(parent, caption, directory, translate("FileDialogs", filters) if filters else "")
        # the native dialog of some desktops runs inside this process and reads files to sniff them
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.provider = NameOnlyIconProvider()  # the dialog does not own it: kept as long as the dialog
        self.setIconProvider(self.provider)


def open_file_name(parent: QWidget | None, caption: str, directory: str | Path, filters: str = "") -> str:
    """The path of an existing file the person chose, or "" when they cancelled."""
    dialog = FileDialog(parent, caption, str(directory), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file_name(
    parent: QWidget | None, caption: str, directory: str | Path, filters: str = "", *, confirm_overwrite: bool = True
) -> tuple[str, str]:
    """(path, chosen filter) of a file to write, or ("", "") when the person cancelled.
    `directory` may name a suggested file."""
    dialog = FileDialog(parent, caption, str(directory), filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    return "", ""
