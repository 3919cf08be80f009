"""The language chosen in the app's Settings is read by the command line without Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from negoprep import startup
from negoprep.ui.settings import Settings
from tests.i18n_scan import scan

# --- the language kept in Settings ---------------------------------------------------------


def test_the_command_line_reads_the_language_the_app_keeps(tmp_path: Path) -> None:
    assert Path(Settings().qsettings.fileName()) == startup.settings_file()
    path = tmp_path / "negoprep.ini"
    settings = Settings(path)
    settings.remember_store(tmp_path / "a store, with; odd = characters.db")
    settings.remember_dossier(tmp_path / "a.db", "d-1")
    assert startup.chosen_language(path) == "" and settings.language() == ""
    for code in ("ko", "en", ""):
        settings.set_language(code)
        settings.sync()
        assert settings.language() == code
        assert startup.chosen_language(path) == code
    settings.set_language("xx")
    settings.sync()
    assert settings.language() == "" and startup.chosen_language(path) == ""


@pytest.mark.parametrize(
    "text",
    [
        "[window]\nlanguage=ko\n",  # not the app's key: in another section
        "[General]\nlanguage=fr\n",
        "[General]\nlanguage\n",
        "\xff\xfe[General]\nlanguage=\n",
    ],
)
def test_a_settings_file_without_a_language_chooses_none(tmp_path: Path, text: str) -> None:
    path = tmp_path / "negoprep.ini"
    path.write_bytes(text.encode("latin-1"))
    assert startup.chosen_language(path) == ""


def test_a_settings_path_that_is_no_file_chooses_none(tmp_path: Path) -> None:
    assert startup.chosen_language(tmp_path / "missing.ini") == ""
    assert startup.chosen_language(tmp_path) == ""
    fifo = tmp_path / "fifo.ini"
    os.mkfifo(fifo)
    assert startup.chosen_language(fifo) == ""  # (read without waiting for a writer)


# --- the scan for texts left unmarked -------------------------------------------------------


def test_the_scan_sees_a_word_beside_a_value_in_an_f_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(n, stem, prog):\n"
        '    print(f"{n} added")\n'
        '    print(f"{prog}: bad (see {prog} --help)")\n'
        '    print(f"{stem}-export.db")\n'
        '    print(f"{n}px {n}")\n'
        '    print(f"negoprep {n}")  # untranslated: a name and a version\n',
        encoding="utf-8",
    )
    assert [(u.line, u.text) for u in scan(sample, tmp_path)] == [(2, " added"), (3, ": bad (see  --help)")]
