"""The command line speaks the language chosen in the app's Settings, else the system's: its
messages, its errors, its help and argparse's own words, with counts written by the locale."""

from __future__ import annotations

import argparse
import gettext
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from negoprep import cli, i18n, startup
from negoprep.cli import main
from negoprep.ui import translation
from negoprep.ui.settings import Settings
from tests.i18n_scan import scan

HANGUL = re.compile("[가-힣]")
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A stand-in translator: every text, marked with its context."""
    return f"<{context}>{text}"


@pytest.fixture
def system_language(monkeypatch: pytest.MonkeyPatch):
    """Sets the system's language (LANG alone) and records the languages the command line
    installs, with a stand-in translator and number writer in place of Qt's."""
    installed: list[str] = []

    def fake_use_language(code: str | None = None) -> str:
        code = i18n.chosen(code)
        installed.append(code)
        i18n.install(code, _marked, number=lambda value, decimals: f"#{value}")
        return code

    monkeypatch.setattr(translation, "use_language", fake_use_language)

    def choose(lang: str) -> list[str]:
        for name in LANGUAGE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", lang)
        return installed

    yield choose
    i18n.install(i18n.SOURCE_LANGUAGE, None)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _choose_in_settings(code: str) -> None:
    settings = Settings()
    settings.set_language(code)
    settings.sync()


def test_a_korean_system_has_messages_errors_and_counts_translated(tmp_path: Path, capsys, system_language) -> None:
    installed = system_language("ko_KR.UTF-8")
    store = str(tmp_path / "s.db")
    code, out, _ = _run(capsys, "--store", store, "demo")
    assert code == 0 and installed == ["ko"]
    assert out.startswith("<cli>Created ")
    code, out, _ = _run(capsys, "--store", store, "demo")
    assert "<cli>#0 added, #0 changed, #0 deleted, #" in out  # the counts written by the locale
    code, _, err = _run(capsys, "--store", store, "load", str(tmp_path / "missing.json"))
    assert code == 2 and err.startswith("negoprep: <cli>there is no file ")


def test_help_and_argparse_own_words_are_translated(tmp_path: Path, capsys, system_language) -> None:
    system_language("ko_KR.UTF-8")
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("<argparse>usage: negoprep")
    assert "<argparse>show this help message and exit" in out
    assert "<argparse>show program's version number and exit" in out
    assert "<argparse>options" in out and "<cli>the store's dossiers" in out
    code, _, err = _run(capsys, "--store", str(tmp_path / "s.db"), "search")
    assert code == 2
    assert "<argparse>the following arguments are required: text" in err and "<cli>{prog}" not in err
    code, _, err = _run(capsys, "--store", str(tmp_path / "s.db"), "search", "--limit", "x", "y")
    assert code == 2 and "<argparse>argument --limit: <argparse>invalid int value: 'x'" in err
    # argparse is given back its own gettext once the command line is read
    assert vars(argparse)["_"] is gettext.gettext and vars(argparse)["ngettext"] is gettext.ngettext


def test_english_in_settings_wins_over_a_korean_system(tmp_path: Path, capsys, system_language) -> None:
    installed = system_language("ko_KR.UTF-8")
    i18n.install("ko", _marked)  # as a command run before in this process left it
    _choose_in_settings("en")
    code, out, _ = _run(capsys, "--store", str(tmp_path / "s.db"), "demo")
    assert code == 0 and out.startswith("Created ") and installed == []
    assert i18n.language() == "en"


def test_korean_in_settings_wins_over_an_english_system(tmp_path: Path, capsys, system_language) -> None:
    installed = system_language("en_GB.UTF-8")
    _choose_in_settings("ko")
    code, out, _ = _run(capsys, "--store", str(tmp_path / "s.db"), "demo")
    assert code == 0 and out.startswith("<cli>Created ") and installed == ["ko"]


@pytest.mark.parametrize("lang", ["C", "C.UTF-8", "POSIX", "en_US.UTF-8", "fr_FR.UTF-8"])
def test_a_system_in_another_language_gives_english(tmp_path: Path, capsys, system_language, lang: str) -> None:
    installed = system_language(lang)
    _choose_in_settings("")  # follow the system
    code, out, _ = _run(capsys, "--store", str(tmp_path / "s.db"), "demo")
    assert code == 0 and out.startswith("Created ") and installed == []
    code, _, err = _run(capsys, "--store", str(tmp_path / "s.db"), "search")
    assert code == 2 and "the following arguments are required: text (see negoprep --help)" in err


def test_a_command_line_without_qt_speaks_english(tmp_path: Path, capsys, system_language, monkeypatch) -> None:
    system_language("ko_KR.UTF-8")
    import negoprep.ui

    monkeypatch.delattr(negoprep.ui, "translation")
    monkeypatch.setitem(sys.modules, "negoprep.ui.translation", None)  # import fails: no Qt libraries
    code, out, _ = _run(capsys, "--store", str(tmp_path / "s.db"), "demo")
    assert code == 0 and out.startswith("Created ") and i18n.language() == "en"


def _environment(tmp_path: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    return {**env, "LANG": lang, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}


@pytest.mark.parametrize(("lang", "qt"), [("C.UTF-8", False), ("ko_KR.UTF-8", True)])
def test_english_starts_without_qt(tmp_path: Path, lang: str, qt: bool) -> None:
    script = (
        "import sys\nfrom negoprep.cli import main\n"
        f"main(['--store', {str(tmp_path / 's.db')!r}, 'demo'])\nprint('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=_environment(tmp_path, lang), check=True
    )
    assert result.stdout.splitlines()[-1] == str(qt)


def _korean_has_the_command_line() -> bool:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator.load(str(translation.qm_file("ko"))) and bool(translator.translate("cli", "standard input"))


@pytest.mark.skipif(
    not _korean_has_the_command_line(),
    reason="the shipped Korean translation does not translate the command line yet (context 'cli' of negoprep_ko.qm)",
)
def test_the_command_line_speaks_korean(tmp_path: Path) -> None:
    env = _environment(tmp_path, "ko_KR.UTF-8")
    store = str(tmp_path / "s.db")

    def negoprep(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "negoprep", "--store", store, *args]
        return subprocess.run(command, capture_output=True, text=True, env=env)

    made = negoprep("demo")
    assert made.returncode == 0 and HANGUL.search(made.stdout), made.stdout
    missing = negoprep("load", str(tmp_path / "missing.json"))
    assert missing.returncode == 2 and HANGUL.search(missing.stderr), missing.stderr
    usage = negoprep("search")
    assert usage.returncode == 2 and HANGUL.search(usage.stderr), usage.stderr
    helped = negoprep("--help")
    assert helped.returncode == 0 and not re.search(r"\busage:|show this help", helped.stdout), helped.stdout
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "negoprep" / "negoprep.ini").parent.mkdir(exist_ok=True)
    (tmp_path / "config" / "negoprep" / "negoprep.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    english = negoprep("load", str(tmp_path / "missing.json"))
    assert english.returncode == 2 and "there is no file" in english.stderr


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


def test_the_command_line_module_marks_every_shown_text() -> None:
    root = Path(cli.__file__).resolve().parents[1]
    assert scan(root / "negoprep" / "cli.py", root) == []
    assert scan(root / "negoprep" / "startup.py", root) == []


def test_the_argparse_words_listed_are_those_argparse_says() -> None:
    source = inspect.getsource(argparse)
    assert [word for word in cli.ARGPARSE_WORDS if repr(word) not in source and f'"{word}"' not in source] == []
