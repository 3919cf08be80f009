"""Installs the language a person reads negoprep in, and keeps the translation files.

`use_language` loads the compiled translation (`resources/translations/negoprep_CODE.qm`) and
Qt's own (buttons of standard dialogs), and gives `negoprep.i18n` the translator, a
`QCollator` for sorting names and a `QLocale` for numbers and dates. The command line calls it
too, before it says anything.

``python -m negoprep.ui.translation --update`` brings the translation sources up to date with
the code: it lists the texts declared as data (field labels and help, record nouns, the
problem catalogue) in `resources/translations/declared.py`, runs ``pyside6-lupdate`` over the
package into one ``.ts`` file per language (Korean in full; English for plural forms only) and
compiles each with ``pyside6-lrelease`` into the ``.qm`` file the package ships.
"""

from __future__ import annotations

import argparse
import datetime
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator

from negoprep import i18n, paths
from negoprep.i18n import QT_TRANSLATE_NOOP

#: locales that stand for each language (numbers, dates, collation)
LOCALES = {"en": "en_US", "ko": "ko_KR"}

# translators stay referenced while installed: Qt does not own them
_installed: list[QTranslator] = []
# what the last `use_language` left in place: the language, what it gave negoprep.i18n, Qt's
# default locale, and whether the application got the translators
_in_use: tuple[str, tuple[object, ...], str, bool] | None = None


def qm_file(code: str) -> Path:
    """The compiled translation of a language (it may not exist for English)."""
    return paths.bundled("resources", "translations", f"negoprep_{code}.qm")


def use_language(code: str | None = None) -> str:
    """Speak ``code`` ("en", "ko"; None or unknown: the system's language) from now on, in
    every text translated afterwards. Returns the language installed. A missing or damaged
    translation file leaves the English source texts, never an error."""
    global _in_use
    code = i18n.chosen(code)
    app = QCoreApplication.instance()
    if _in_use == (code, i18n.installed(), QLocale().name(), app is not None):
        # the language is in place already: installing it again would send every widget a
        # language change to redraw for, and change nothing
        return code
    locale = QLocale(LOCALES[code])
    translator = QTranslator()
    found = translator.load(str(qm_file(code)))
    collator = QCollator(locale)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n) if found else ""

    def number(value: float, decimals: int) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return locale.toString(value)
        precision = decimals if decimals >= 0 else QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        return locale.toString(float(value), "f", precision)

    # a day as the locale writes it in full, without the weekday ("2025년 5월 1일"); English
    # keeps the ISO date it has always printed (unambiguous on both sides of the table)
    day_pattern = " ".join(locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "").split()).strip(" ,")

    def day(value: datetime.date) -> str:
        if code == i18n.SOURCE_LANGUAGE:
            return value.isoformat()
        return locale.toString(QDate(value.year, value.month, value.day), day_pattern)

    i18n.install(code, translated, collator.sortKey, number, day)
    QLocale.setDefault(locale)
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
        _installed.clear()
        qt_own = QTranslator()
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        if found:
            app.installTranslator(translator)
            _installed.append(translator)
    _in_use = (code, i18n.installed(), QLocale().name(), app is not None)
    return code


# --- keeping the translation files ----------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
DECLARED = TRANSLATIONS / "declared.py"
#: every language negoprep speaks other than the source, translated in full
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]


# Texts of Qt's own dialogs that Qt's translation of a language lacks (Qt 6's Korean misses
# these four of the file and page-setup dialogs): ours says them, since both are installed.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)


def declared_source() -> str:
    """The texts declared as data, as calls `pyside6-lupdate` reads (never imported)."""
    from negoprep.records import model, problems

    lines = [
        '"""Texts declared as data, listed for pyside6-lupdate: made by',  # untranslated: for developers
        "`python -m negoprep.ui.translation --update`, never edited by hand or imported.",  # untranslated: tools
        '"""',
        "",
        "from negoprep.i18n import QT_TRANSLATE_NOOP",  # untranslated: for developers
        "",
    ]
    seen: set[tuple[str, str]] = set()

    def add(context: str, text: str) -> None:
        if text and (context, text) not in seen:
            seen.add((context, text))
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")

    for rtype in model.RECORD_TYPES:
        add("records", rtype.noun)
        add("records", rtype.noun.capitalize())
        add("records", rtype.nouns())
        for column in rtype.declared():
            add("fields", column.label)
            add("fields", column.spec.help)
    for template in problems.CATALOGUE.values():
        add("Problem", template)  # untranslated: a context
    return "\n".join(lines) + "\n"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")  # untranslated: for developers
    return found


def sources() -> list[Path]:
    """The files whose texts are translated: the package and the declared texts."""
    return [*sorted((ROOT / "negoprep").rglob("*.py")), DECLARED]


def update_ts(ts: Path, code: str) -> None:
    """Bring one `.ts` file up to date with the sources (new texts unfinished, gone ones dropped)."""
    args = [_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none"]
    args += ["-source-language", "en", "-target-language", LOCALES[code]]
    if code == i18n.SOURCE_LANGUAGE:
        args.append("-pluralonly")
    import subprocess  # (the maintainers' tools only: the app starts without it)

    subprocess.run([*args, "-ts", str(ts)], check=True, capture_output=True, text=True)


def release(ts: Path, qm: Path) -> None:
    """Compile a `.ts` file into the `.qm` file shipped with the package."""
    import subprocess  # (the maintainers' tools only: the app starts without it)

    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def update() -> list[Path]:
    """Regenerate the declared texts, update every `.ts` and compile every `.qm`; the files written."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    DECLARED.write_text(declared_source(), encoding="utf-8")
    written = [DECLARED]
    for code in i18n.LANGUAGES:
        ts = TRANSLATIONS / f"negoprep_{code}.ts"
        update_ts(ts, code)
        release(ts, TRANSLATIONS / f"negoprep_{code}.qm")
        written += [ts, TRANSLATIONS / f"negoprep_{code}.qm"]
    return written


def main(argv: list[str] | None = None) -> int:
    # a developer's tool: its words are not translated
    program = "python -m negoprep.ui.translation"  # untranslated: a command
    parser = argparse.ArgumentParser(prog=program, description=__doc__.splitlines()[0])
    what = "update the .ts sources and compile the .qm files"  # untranslated: for developers
    parser.add_argument("--update", action="store_true", help=what)
    args = parser.parse_args(argv)
    if not args.update:
        parser.print_help()
        return 2
    for path in update():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
