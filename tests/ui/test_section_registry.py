"""The sections are declared once: the sidebar, the View menu and search all follow that
declaration, in whatever order it lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.main_window import MainWindow
from negoprep.ui.sections import registry
from negoprep.ui.settings import Settings


def _indexed(store: Store) -> dict[str, str]:
    """One record id of every table that the store's search index holds."""
    rows = store.db.rows("SELECT table_name, row_id FROM search_rows ORDER BY docid DESC")
    return {row["table_name"]: row["row_id"] for row in rows}


def _window(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_searchable_table_has_exactly_one_section() -> None:
    searchable = {rtype.table for rtype in model.RECORD_TYPES if rtype.text_fields}
    shown = [table for section in registry.SECTIONS for table in section.tables]
    assert len(shown) == len(set(shown)), "a table shown by two sections"
    assert searchable <= set(shown), searchable - set(shown)
    assert set(shown) <= set(model.BY_TABLE)


@pytest.mark.parametrize("order", ["declared", "reversed", "rotated"])
def test_search_opens_the_section_declared_for_every_indexed_table(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch, order: str
) -> None:
    sections = registry.SECTIONS
    if order == "reversed":
        sections = tuple(reversed(sections))
    elif order == "rotated":
        sections = sections[3:] + sections[:3]
    monkeypatch.setattr(registry, "SECTIONS", sections)
    window = _window(qtbot, demo_store, tmp_path)
    indexed = _indexed(demo_store)
    assert set(indexed) == {rtype.table for rtype in model.RECORD_TYPES if rtype.text_fields}
    for table, record_id in indexed.items():
        window.show_section(sections.index(next(s for s in sections if s.icon == "chart")))  # somewhere else
        assert window.show_record(table, record_id), table
        declared = next(s for s in sections if table in s.tables)
        assert window.sidebar.currentRow() == sections.index(declared), table
        view = window.current_section()
        assert type(view) is declared.view_class(), table
        shown = declared.reveal(demo_store, table, record_id)
        assert shown is not None
        current = getattr(view, "current_record", lambda: None)()
        if shown[0] == getattr(getattr(view, "rtype", None), "table", None):
            assert current is not None and current.id == shown[1], table
    if order == "declared":
        # a package's item opens its package
        item = demo_store.get(model.PackageItem, indexed["package_items"])
        window.show_record("package_items", item.id)
        assert window.current_section().current_record().id == item.package_id


@pytest.mark.parametrize("reverse", [False, True])
def test_view_menu_and_sidebar_list_the_same_sections(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch, reverse: bool
) -> None:
    sections = tuple(reversed(registry.SECTIONS)) if reverse else registry.SECTIONS
    monkeypatch.setattr(registry, "SECTIONS", sections)
    window = _window(qtbot, demo_store, tmp_path)
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    actions = [a for a in window.view_menu.actions() if not a.isSeparator()]
    assert sidebar == [a.text() for a in actions] == [s.title for s in sections]
    for row, action in enumerate(actions):
        assert action.shortcut().toString() == registry.shortcut(row)
        keys = registry.shortcut(row)
        tip = window.sidebar.item(row).toolTip()
        assert tip.endswith(f"({keys})") if keys else tip == sections[row].title
        action.trigger()
        assert window.sidebar.currentRow() == row
        assert type(window.current_section()) is sections[row].view_class()


def test_a_record_gone_is_said_not_shown(window: MainWindow) -> None:
    assert not window.show_record("package_items", "00000000-0000-4000-8000-00000000dead")
    assert not window.show_record("no_such_table", "x")
    assert "no longer shown" in window.statusBar().currentMessage()


def test_beyond_ten_sections_no_key_is_given_twice() -> None:
    keys = [registry.shortcut(row) for row in range(12)]
    given = [k for k in keys if k]
    assert len(given) == len(set(given)) == 10
    assert keys[0] == "Ctrl+1" and keys[9] == "Ctrl+0" and keys[10] == keys[11] == ""
