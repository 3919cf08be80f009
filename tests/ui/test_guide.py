"""The offline guide: Help → Guide and F1 open it, in the language the window speaks, and it
documents every kind of red-line rule, every section of the sidebar and every chart there is."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from negoprep import paths
from negoprep.paper.charts import KINDS as CHART_KINDS
from negoprep.redlines.rules import KINDS
from negoprep.ui.dialogs.guide_dialog import contents, guide_path, guide_text
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections.registry import SECTIONS

LANGUAGES = ["en", "ko"]
ROOT = Path(__file__).resolve().parents[2]


def test_f1_opens_the_guide(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.guide_dialog
    assert dialog.isVisible()
    assert "A store and its dossiers" in dialog.browser.toPlainText()
    titles = [dialog.contents_list.item(row).text() for row in range(dialog.contents_list.count())]
    assert titles == [
        "A store and its dossiers",
        "Red-line rules",
        "The talks: rounds and offers",
        "The other side",
        "At home: the domestic win-set",
        "Team weights",
        "Charts",
        "Sharing files safely",
        "Printing",
        "Addenda",
    ]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text())
    assert window.guide_action in help_menu.actions()


def test_the_guide_speaks_the_windows_language(window: MainWindow) -> None:
    window.set_language("ko")
    try:
        window.guide_action.trigger()
        dialog = window.guide_dialog
        assert "협상 자료집" in dialog.browser.toPlainText()
        assert dialog.contents_list.item(0).text() == "저장소와 협상 자료집"
        assert "A store and its dossiers" not in dialog.browser.toPlainText()
    finally:
        window.set_language("en")


def test_the_contents_list_leads_to_each_part(window: MainWindow) -> None:
    window.guide_action.trigger()
    dialog = window.guide_dialog
    dialog.resize(700, 400)
    QApplication.processEvents()
    bar = dialog.browser.verticalScrollBar()
    dialog.contents_list.setCurrentRow(dialog.contents_list.count() - 1)  # Addenda, at the end
    QApplication.processEvents()
    assert bar.value() > 0
    dialog.contents_list.setCurrentRow(0)
    QApplication.processEvents()
    assert bar.value() < bar.maximum()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_kind_is_in_the_guide(language: str) -> None:
    text = guide_text(language)
    missing = [kind for kind in KINDS if f"<code>{kind}</code>" not in text]
    assert not missing, f"the {language} guide does not explain these kinds of rule: {missing}"
    # each with an example written as a dossier document writes it
    for kind in KINDS:
        assert f'"kind": "{kind}"' in text, (language, kind)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_of_the_sidebar_is_in_the_guide(window: MainWindow, language: str) -> None:
    window.set_language(language)
    try:
        text = guide_text(language)
        missing = [s.title for s in SECTIONS if f"<b>{s.title}</b>" not in text]
    finally:
        window.set_language("en")
    assert not missing, f"the {language} guide does not name these sections: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_chart_is_in_the_guide(language: str) -> None:
    text = guide_text(language)
    missing = [kind for kind in CHART_KINDS if f"<code>{kind}</code>" not in text]
    assert not missing, f"the {language} guide does not name these charts: {missing}"


def test_every_language_has_the_same_parts() -> None:
    anchors = {language: [anchor for anchor, _ in contents(guide_text(language))] for language in LANGUAGES}
    parts = ["dossier", "rules", "talks", "theirs", "home", "team", "charts", "sharing", "printing", "addenda"]
    assert anchors["en"] == anchors["ko"] == parts
    assert guide_path("fr") == guide_path("en")  # a language without a guide reads the English one


def test_the_guide_ships_in_the_wheel() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for language in LANGUAGES:
        source = Path("resources", "guide", f"guide_{language}.html")
        assert (ROOT / source).is_file()
        shipped = [target for folder, target in included.items() if source.is_relative_to(folder)]
        assert shipped == ["negoprep/resources"], source
        assert paths.bundled("resources", "guide", f"guide_{language}.html").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_is_offline(language: str) -> None:
    text = guide_text(language)
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", text)
