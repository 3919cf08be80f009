"""What the app remembers between runs: recent stores, the last store and dossier, the
window's geometry, the language chosen, the folder the last PDF was saved in and when each
dossier's book or addendum was last printed (the time an addendum starts from). Kept in an
INI file in the person's config folder (`startup.settings_file`), where the command line
reads the language too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from negoprep import startup
from negoprep.i18n import LANGUAGES

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.qsettings = QSettings(str(path or startup.settings_file()), QSettings.Format.IniFormat)

    def recent_stores(self) -> list[Path]:
        value = self.qsettings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p]

    def remember_store(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_stores() if p != path]
        self.qsettings.setValue("recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.qsettings.setValue("last_store", str(path))

    def last_store(self) -> Path | None:
        value = self.qsettings.value("last_store", "")
        return Path(value) if value else None

    def last_dossier(self, store: Path) -> str | None:
        value = self.qsettings.value(f"last_dossier/{_key(store)}", "")
        return str(value) or None

    def remember_dossier(self, store: Path, dossier_id: str | None) -> None:
        self.qsettings.setValue(f"last_dossier/{_key(store)}", dossier_id or "")

    def geometry(self, screen: str) -> QByteArray | None:
        """The window's geometry (QWidget.saveGeometry) last closed on a screen, named as
        window_geometry.screen_key names it; None when it was never closed there."""
        value = self.qsettings.value(f"window/geometry/{_key_text(screen)}")
        return value if isinstance(value, QByteArray) else None

    def remember_geometry(self, screen: str, geometry: QByteArray) -> None:
        self.qsettings.setValue(f"window/geometry/{_key_text(screen)}", geometry)

    def language(self) -> str:
        """The language chosen in Settings ("en", "ko"), or "" to follow the system's."""
        value = str(self.qsettings.value("language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        self.qsettings.setValue("language", code if code in LANGUAGES else "")
        self.qsettings.sync()  # the command line reads it too

    def pdf_folder(self) -> Path | None:
        """The folder the last PDF was saved in, or None before the first."""
        value = str(self.qsettings.value("printing/pdf_folder", "") or "")
        return Path(value) if value else None

    def remember_pdf_folder(self, folder: Path) -> None:
        self.qsettings.setValue("printing/pdf_folder", str(folder.resolve()))

    def last_printed(self, store: Path, dossier_id: str) -> str | None:
        """When the briefing book or an addendum of a dossier of a store was last printed or
        saved as PDF from the app (a UTC stamp), or None when never."""
        value = str(self.qsettings.value(f"last_printed/{_key(store)}|{dossier_id}", "") or "")
        return value or None

    def remember_printed(self, store: Path, dossier_id: str, stamp: str) -> None:
        self.qsettings.setValue(f"last_printed/{_key(store)}|{dossier_id}", stamp)

    def sync(self) -> None:
        self.qsettings.sync()


def _key(path: Path) -> str:
    return _key_text(str(path.resolve()))


def _key_text(text: str) -> str:
    # QSettings keys may not hold slashes as data: a stable, readable stand-in
    return text.replace("/", "|").replace("\\", "|")
