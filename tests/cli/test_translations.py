"""Every text a person reads goes through the translation system, and the translation files
agree with the code: the `.ts` sources hold every marked text, the Korean one translates all
of them with the same placeholders, and the shipped `.qm` files are compiled from them."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from negoprep import i18n
from negoprep.ui import translation
from tests.i18n_scan import is_prose, scan, scan_tree, translated_at_import

ROOT = Path(__file__).resolve().parents[2]
#: every module: a new one is scanned without being listed (EXCUSED says which are not shown)
SHOWN = ["negoprep"]
#: files of the shown folders whose texts are not marked where they stand, and why
EXCUSED = {
    # declared as data (field labels, nouns, the problem catalogue): listed for translation in
    # resources/translations/declared.py by `python -m negoprep.ui.translation --update`
    "negoprep/records/model.py",
    "negoprep/records/problems.py",
    # they write the English documentation of the dossier format (docs/), never shown in the app
    "negoprep/formats/schema.py",
    "negoprep/formats/format_doc.py",
}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_shown_text_is_marked_for_translation() -> None:
    unmarked = [u for u in scan_tree(ROOT, SHOWN) if u.path not in EXCUSED]
    assert not unmarked, "texts shown to a person but not marked for translation:\n" + "\n".join(map(str, unmarked))


def test_no_text_is_translated_once_at_import() -> None:
    """A text translated when its module is imported would keep that language after a switch."""
    found = [u for path in sorted((ROOT / "negoprep").rglob("*.py")) for u in translated_at_import(path, ROOT)]
    assert not found, "\n".join(map(str, found))


def test_the_scan_sees_an_unmarked_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from negoprep.i18n import translate\n"
        "def f(label):\n"
        '    """A docstring is not shown."""\n'
        '    label.setText("Delete the record")\n'
        '    label.setText(translate("Sample", "Keep the record"))\n'
        '    label.setObjectName("Delete the record")\n'
        '    label.setText(f"Deleted {label} records")\n'
        '    label.setText("Overview")\n'
        '    label.setText("Noto Sans KR")  # untranslated: a font family\n'
        '    if label == "Not shown at all":\n'
        "        pass\n"
        "    label.setText(f\"<p>{translate('Sample', 'Hidden from lupdate')}</p>\")\n",
        encoding="utf-8",
    )
    found = [(u.line, u.text) for u in scan(sample, tmp_path)]
    assert found == [
        (4, "Delete the record"),
        (7, "Deleted  records"),
        (8, "Overview"),
        (12, "translate() inside an f-string"),
    ]


def test_the_scan_excuses_what_only_a_programmer_reads(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(store, kind):\n"
        '    assert store, "there is no store to write to"\n'
        '    if kind == "x":\n'
        '        raise TypeError(f"the form holds a {kind}, not a text field")\n'
        '    if kind == "y":\n'
        '        raise RuntimeError("the store was closed under us")\n'
        '    store.rows("SELECT id FROM t" + " WHERE deleted = 0 AND dossier_id = ?")\n'
        '    raise ValueError("Cannot open the store")\n',
        encoding="utf-8",
    )
    assert [(u.line, u.text) for u in scan(sample, tmp_path)] == [(8, "Cannot open the store")]


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Cannot open the store", True),
        ("Overview", True),
        ("Saved.", True),
        ("agenda_items", False),
        ("negoprep.ui.sections", False),
        ("#b00020", False),
        ("SELECT id FROM agenda_items WHERE x = 'a b'", False),
        ("Ctrl+Shift+Up", False),
        ("<p>{x}</p>", False),
        ("deleted = 0 AND dossier_id = ?", False),
        (" ORDER BY bm25(search, 0, 0, 4.0, 1.0, 0) LIMIT ?", False),
        ("dossier_id, position", False),
        ("id AS dossier_id", False),
        ("rule.says.", False),
        (":memory:", False),
        ("Take it or leave it", True),
        ("Name", True),
    ],
)
def test_what_reads_as_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translation folder as `--update` would leave it, made in a scratch copy."""
    folder = tmp_path_factory.mktemp("translations")
    (folder / "declared.py").write_text(translation.declared_source(), encoding="utf-8")
    for code in i18n.LANGUAGES:
        ts = folder / f"negoprep_{code}.ts"
        shutil.copy(translation.TRANSLATIONS / ts.name, ts)
    return folder


def test_the_declared_texts_are_up_to_date(updated: Path) -> None:
    assert translation.DECLARED.read_text(encoding="utf-8") == (updated / "declared.py").read_text(encoding="utf-8"), (
        "run: python -m negoprep.ui.translation --update"
    )


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_each_ts_holds_exactly_the_texts_of_the_code(updated: Path, code: str, monkeypatch) -> None:
    ts = updated / f"negoprep_{code}.ts"
    before = {(c, s) for c, s, _ in _messages(ts)}
    monkeypatch.setattr(translation, "DECLARED", updated / "declared.py")
    translation.update_ts(ts, code)
    after = {(c, s) for c, s, _ in _messages(ts)}
    assert before == after, (
        f"negoprep_{code}.ts is out of date (run: python -m negoprep.ui.translation --update): "
        f"new {sorted(after - before)[:10]}, gone {sorted(before - after)[:10]}"
    )


def test_korean_translates_every_text_with_the_same_placeholders() -> None:
    unfinished, mismatched = [], []
    for context, source, message in _messages(translation.TRANSLATIONS / "negoprep_ko.ts"):
        node = message.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        if node.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            unfinished.append(f"{context}: {source!r}")
            continue
        wanted = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(_PLACEHOLDER.findall(form)) != wanted:
                mismatched.append(f"{context}: {source!r} → {form!r}")
    assert not unfinished, f"{len(unfinished)} texts have no Korean yet, e.g.:\n" + "\n".join(unfinished[:20])
    assert not mismatched, "placeholders differ:\n" + "\n".join(mismatched[:20])


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, code: str) -> None:
    qm = tmp_path / f"negoprep_{code}.qm"
    translation.release(translation.TRANSLATIONS / f"negoprep_{code}.ts", qm)
    assert qm.read_bytes() == translation.qm_file(code).read_bytes(), "run: python -m negoprep.ui.translation --update"


def test_korean_is_installed_and_english_restored() -> None:
    try:
        assert translation.use_language("ko") == "ko"
        assert i18n.language() == "ko"
        assert i18n.translate("MainWindow", "&File") != "&File"
        assert re.search("[가-힣]", i18n.translate("MainWindow", "&File"))
        assert sorted(["나무", "Zebra", "가지", "apple"], key=i18n.sort_key) == ["가지", "나무", "apple", "Zebra"]
        assert i18n.format_number(1234567.5) == "1,234,567.5"
    finally:
        translation.use_language("en")
    assert i18n.translate("MainWindow", "&File") == "&File"
    assert sorted(["b", "A", "c"], key=i18n.sort_key) == ["A", "b", "c"]


def test_an_unknown_language_falls_back_to_the_system_one(monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert i18n.chosen("xx") == "ko"
    assert i18n.chosen("en") == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.chosen(None) == "en"
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert i18n.chosen(None) == "en"


def test_a_korean_unit_is_written_against_its_number() -> None:
    from negoprep.records.numbers import with_unit

    assert with_unit("566", "억 달러") == "566억 달러"
    assert with_unit("1.5192", "조 원/년") == "1.5192조 원/년"
    assert with_unit("56.6", "USD bn") == "56.6 USD bn"
    assert with_unit("25", "") == "25"
