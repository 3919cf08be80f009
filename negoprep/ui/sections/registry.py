"""The sections of the window, each declared once: its icon, its title, the view that shows
it, the tables whose records it shows and how a record found elsewhere (by search) is
revealed in it. The sidebar, the View menu and search all read `SECTIONS`, so that their
order and the section a record opens in cannot drift apart.

A section's view is imported when it is first shown, so that start-up loads only the first.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from negoprep.i18n import QT_TRANSLATE_NOOP, translate
from negoprep.records import model
from negoprep.store.store import Store

# (store, table, record id) → the (table, record id) a section selects to show that record,
# or None when the record is gone
Reveal = Callable[[Store, str, str], "tuple[str, str] | None"]


def _itself(store: Store, table: str, record_id: str) -> tuple[str, str] | None:
    return table, record_id


def _its_constituency(store: Store, table: str, record_id: str) -> tuple[str, str] | None:
    """A constituency's demand is shown within its constituency."""
    if table != model.Demand.table:
        return table, record_id
    demand = store.get(model.Demand, record_id)
    return ("constituencies", demand.constituency_id) if demand is not None and not demand.deleted else None


def _its_package(store: Store, table: str, record_id: str) -> tuple[str, str] | None:
    """A package's item is shown within its package."""
    if table != model.PackageItem.table:
        return table, record_id
    item = store.get(model.PackageItem, record_id)
    return ("packages", item.package_id) if item is not None and not item.deleted else None


@runtime_checkable
class ShowsHits(Protocol):
    """A section's view that shows a record found by search."""

    def show_hit(self, table: str, record_id: str) -> bool:
        """Select the record of `table` called `record_id`; False when this view does not show it."""
        ...


@runtime_checkable
class KeepsListState(Protocol):
    """A section's view whose choices in its list (a sort, a filter, the chart chosen) a view
    built anew for another language takes over."""

    def list_state(self) -> Any:
        """What `show_list_state` of a view built again needs."""
        ...

    def show_list_state(self, state: Any) -> None:
        """Choose in the list as `list_state` said another view of the section had."""
        ...


@dataclass(frozen=True)
class Section:
    """One section of the window."""

    # its icon's name (resources/icons/NAME.svg), also the name of its screenshot
    icon: str
    # its title in English, translated when shown (`title`)
    source_title: str
    # its view, as "module:Class" under negoprep.ui.sections
    view: str
    # the tables whose records it shows: a record of one of them found by search opens here
    tables: frozenset[str]
    # the record to select for a record of `tables` (e.g. a package for one of its items)
    reveal: Reveal = _itself

    @property
    def title(self) -> str:
        """Its title in the interface's language."""
        return translate("MainWindow", self.source_title)

    def view_class(self) -> type:
        """The class of its view (imported now, if not yet)."""
        module, name = self.view.split(":")
        return getattr(importlib.import_module(f"negoprep.ui.sections.{module}"), name)


# Every section, in the order of the sidebar and the View menu (Ctrl+1 … Ctrl+0 for the first ten).
SECTIONS: tuple[Section, ...] = (
    Section(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        "overview_view:OverviewView",
        frozenset({"dossiers", "tracks"}),
    ),
    Section("agenda", QT_TRANSLATE_NOOP("MainWindow", "Agenda"), "agenda_view:AgendaView", frozenset({"agenda_items"})),
    Section(
        "red-line",
        QT_TRANSLATE_NOOP("MainWindow", "Red lines"),
        "red_lines_view:RedLinesView",
        frozenset({"red_lines"}),
    ),
    Section(
        "package",
        QT_TRANSLATE_NOOP("MainWindow", "Packages"),
        "packages_view:PackagesView",
        frozenset({"packages", "package_items"}),
        _its_package,
    ),
    Section(
        "talks",
        QT_TRANSLATE_NOOP("MainWindow", "Talks"),
        "talks_view:TalksView",
        frozenset({"rounds", "offers"}),
    ),
    Section(
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "At home"),
        "constituencies_view:ConstituenciesView",
        frozenset({"constituencies", "constituency_demands"}),
        _its_constituency,
    ),
    Section(
        "talking-point",
        QT_TRANSLATE_NOOP("MainWindow", "Talking points"),
        "talking_points_view:TalkingPointsView",
        frozenset({"talking_points"}),
    ),
    Section(
        "delegation",
        QT_TRANSLATE_NOOP("MainWindow", "Delegation"),
        "delegation_view:DelegationView",
        frozenset({"participants"}),
    ),
    Section(
        "checklist",
        QT_TRANSLATE_NOOP("MainWindow", "Checklists"),
        "checklists_view:ChecklistsView",
        frozenset({"checklists", "checklist_items"}),
    ),
    Section("figure", QT_TRANSLATE_NOOP("MainWindow", "Figures"), "figures_view:FiguresView", frozenset({"figures"})),
    Section("note", QT_TRANSLATE_NOOP("MainWindow", "Notes"), "notes_view:NotesView", frozenset({"notes"})),
    Section("chart", QT_TRANSLATE_NOOP("MainWindow", "Charts"), "charts_view:ChartsView", frozenset()),
)


def row_of_table(table: str, sections: tuple[Section, ...] = SECTIONS) -> int | None:
    """The row (in `sections`) of the section that shows the records of `table`, or None."""
    return next((row for row, section in enumerate(sections) if table in section.tables), None)


def shortcut(row: int) -> str:
    """The key that shows the section of a row: Ctrl+1 … Ctrl+9, the tenth Ctrl+0; "" (none)
    from the eleventh on, which would otherwise take the first one's key again."""
    return f"Ctrl+{(row + 1) % 10}" if row < 10 else ""
