"""The Talks section: the rounds of the talks, the offers each side tabled in them, and where
the latest offers stand against our mandate ladder.

The first tab lists the rounds (number, date, venue) above the offers of the round selected
(or of every round): for each offer, the package it tables, what that package is worth to us
and to them (negoprep.analysis.scoring), the red lines it breaks and whether it can be ratified
at home (negoprep.analysis.winset). "Record their next offer" copies the other side's latest
offer's package into a new offer of theirs, in one undoable step, and opens the copy in the
Packages section so that the person changes only what moved; "Record our counter-offer" does
the same for our side. The second tab, "Target vs actual", sets each agenda item held by the
latest offers against our opening, target, fallback and walk-away (negoprep.records.talks).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negoprep.analysis import scoring
from negoprep.analysis.winset import HomeCheck, check_at_home
from negoprep.i18n import translate
from negoprep.records import model, talks
from negoprep.records.editing import new_id
from negoprep.records.numbers import with_unit
from negoprep.redlines.check import PackageCheck
from negoprep.ui.icons import icon
from negoprep.ui.labels import enum_label
from negoprep.ui.models.item_list_model import ItemListModel
from negoprep.ui.models.record_table_model import SORT_ROLE, Column, Labels
from negoprep.ui.record_form import FormField, error_color, format_number
from negoprep.ui.sections.section_view import SectionView, offstage
from negoprep.ui.sections.violations_view import alert_icon, status_text, status_tooltip
from negoprep.ui.workspace import Workspace

# the tables whose changes move an offer's value, verdicts or the target-vs-actual rows
_OFFER_INPUTS = frozenset(
    {
        "rounds",
        "offers",
        "packages",
        "package_items",
        "agenda_items",
        "tracks",
        "red_lines",
        "constituencies",
        "constituency_demands",
    }
)


def _first_line(text: str) -> str:
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


def step_label(step: str | None) -> str:
    """A step of model.LEVELS as a person reads it ("" for none)."""
    return enum_label(step) if step else ""


# --- rounds -----------------------------------------------------------------------------------


class RoundsView(SectionView):
    """The rounds of the talks: number, date, venue and what happened."""

    rtype = model.Round
    watches = frozenset()
    # the round shown in the form (None: none), whenever it changes or is shown again
    round_shown = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        # rounds read in the order of their numbers; a copy of a round or moving one by hand
        # would only muddle that order
        for action in (self.duplicate_action, self.up_action, self.down_action):
            action.setVisible(False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def columns(self) -> list[Column]:
        return [
            Column(translate("TalksView", "Round"), "number", lambda r, _: str(r.number), numeric=True),
            Column(translate("TalksView", "Date"), "starts_on", lambda r, _: r.starts_on or ""),
            Column(translate("TalksView", "Venue"), "venue", lambda r, _: r.venue, tooltip=lambda r, _: r.venue),
            Column(
                translate("TalksView", "Summary"),
                "summary",
                lambda r, _: _first_line(r.summary),
                tooltip=lambda r, _: r.summary,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [60, 100, 200]

    def plural(self) -> str:
        return translate("TalksView", "rounds")

    def form_fields(self) -> list[FormField]:
        return [
            FormField("number"),
            FormField("starts_on"),
            FormField("venue", placeholder=translate("TalksView", "e.g. Washington, D.C.")),
            FormField("summary"),
        ]

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        rounds = self.workspace.store.records(model.Round, dossier_id)
        newest = talks.newest_round(rounds)
        return model.Round(
            id=new_id(),
            dossier_id=dossier_id,
            number=min((newest.number + 1) if newest is not None else 1, 999),
            position=position,
        )

    def _update_actions(self) -> None:
        super()._update_actions()
        for action in (self.duplicate_action, self.up_action, self.down_action):
            action.setEnabled(False)

    def show_extra(self, record: model.Record | None) -> None:
        self.round_shown.emit(record.id if isinstance(record, model.Round) else None)


# --- offers -----------------------------------------------------------------------------------


class OffersView(SectionView):
    """The offers of the round shown (or of every round), each checked and valued."""

    rtype = model.Offer
    watches = _OFFER_INPUTS

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        # what each package is worth, its red-line check and its check at home: worked out
        # when first shown, forgotten on any change
        self._values: dict[str, scoring.PackageValue] = {}
        self._checks: dict[str, PackageCheck] = {}
        self._homes: dict[str, HomeCheck] = {}
        self._constituencies: list[model.Constituency] | None = None
        self._rounds: dict[str, model.Round] | None = None
        self._round_id: str | None = None  # the round selected above
        super().__init__(workspace, parent)
        self.table.doubleClicked.connect(lambda _: self.open_package())

        self.toolbar.addSeparator()
        self.their_action = self._talks_action(
            "talks",
            translate("TalksView", "Record their next offer"),
            translate(
                "TalksView",
                "Copy their latest offer's package into a new offer of theirs in the newest round, "
                "then open the copy to change what moved",
            ),
            lambda: self.record_next("theirs"),
        )
        self.their_action.setObjectName("record_their_offer")
        self.ours_action = self._talks_action(
            "duplicate",
            translate("TalksView", "Record our counter-offer"),
            translate(
                "TalksView",
                "Copy our latest offer's package into a new offer of ours in the newest round, "
                "then open the copy to change what moved",
            ),
            lambda: self.record_next("ours"),
        )
        self.ours_action.setObjectName("record_our_offer")

        self.open_button = QPushButton(icon("package"), translate("TalksView", "Open package"))
        self.open_button.setObjectName("open_package")
        self.open_button.setToolTip(translate("TalksView", "Show the offer's package in the Packages section"))
        self.open_button.clicked.connect(self.open_package)
        self.form.add_row("", self.open_button)
        self._update_actions()

    def _talks_action(self, icon_name: str, text: str, tooltip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tooltip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(text)
        return action

    # --- the table ------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(translate("TalksView", "Round"), "round_id", lambda o, _: self._round_label(o.round_id)),
            Column(translate("TalksView", "Side"), "side", lambda o, _: enum_label(o.side)),
            Column(
                translate("TalksView", "Package"),
                "package_id",
                lambda o, names: names(model.Package, o.package_id),
                tooltip=lambda o, names: names(model.Package, o.package_id),
            ),
            Column(translate("TalksView", "Tabled on"), "tabled_on", lambda o, _: o.tabled_on or ""),
            Column(
                translate("TalksView", "Response"),
                "response",
                lambda o, _: enum_label(o.response),
                tooltip=lambda o, _: o.notes,
            ),
            Column(
                translate("TalksView", "For us"),
                None,
                lambda o, _: self._ours_text(o),
                tooltip=lambda o, _: self._ours_tooltip(o),
                numeric=True,
            ),
            Column(
                translate("TalksView", "For them"),
                None,
                lambda o, _: self._theirs_text(o),
                numeric=True,
            ),
            Column(
                translate("TalksView", "Red lines"),
                None,
                lambda o, _: status_text(self.check(o)),
                tooltip=lambda o, _: status_tooltip(self.check(o)),
                icon=lambda o, _: self._alert(bool(self.check(o)) and self.check(o).breaks_absolute),  # type: ignore[union-attr]
            ),
            Column(
                translate("TalksView", "At home"),
                None,
                lambda o, _: self._home_text(o),
                tooltip=lambda o, _: self._home_tooltip(o),
                alert=lambda o: self._home(o) is not None and self._home(o).fails,  # type: ignore[union-attr]
            ),
        ]

    def column_widths(self) -> list[int]:
        return [56, 58, 200, 86, 84, 92, 70, 140]  # the verdict at home takes what is left

    def plural(self) -> str:
        return translate("TalksView", "offers")

    def _alert(self, on: bool) -> QIcon | None:
        return alert_icon(error_color(self)) if on else None

    def _round_label(self, round_id: str) -> str:
        if self._rounds is None:
            dossier_id = self.workspace.dossier_id
            found = self.workspace.store.records(model.Round, dossier_id) if dossier_id else []
            self._rounds = {r.id: r for r in found}
        held = self._rounds.get(round_id)
        return str(held.number) if held is not None else ""

    # --- what an offer's package is worth, and whether it passes -------------------------------

    def _package(self, offer: model.Offer) -> model.Package | None:
        store = self.workspace.store
        package = store.get(model.Package, offer.package_id)
        if package is None or package.deleted:
            return None
        return model.with_items(package, store.children(model.PackageItem, "package_id", package.id))

    def value(self, offer: model.Offer) -> scoring.PackageValue | None:
        """What the offer's package is worth to us and them (None: its package is gone)."""
        if offer.package_id not in self._values:
            self._values.update(self.workspace.store.package_values(offer.dossier_id, [offer.package_id]))
        return self._values.get(offer.package_id)

    def check(self, offer: model.Offer) -> PackageCheck | None:
        """The red lines the offer's package breaks (None: its package is gone)."""
        if offer.package_id not in self._checks:
            report = self.workspace.store.check_packages(offer.dossier_id, [offer.package_id])
            for checked in report.packages:
                self._checks[checked.package.id] = checked
        return self._checks.get(offer.package_id)

    def _home(self, offer: model.Offer) -> HomeCheck | None:
        """The offer's package checked against the constituencies at home (None: its package is gone)."""
        if offer.package_id not in self._homes:
            package = self._package(offer)
            if package is None:
                return None
            store = self.workspace.store
            if self._constituencies is None:
                demands = store.records(model.Demand, offer.dossier_id)
                self._constituencies = [
                    model.with_items(c, [d for d in demands if d.constituency_id == c.id])
                    for c in store.records(model.Constituency, offer.dossier_id)
                ]
            items = {e.agenda_item_id: store.get(model.AgendaItem, e.agenda_item_id) for e in package.items}
            live = {k: v for k, v in items.items() if v is not None and not v.deleted}
            self._homes[offer.package_id] = check_at_home(package, self._constituencies, live)
        return self._homes[offer.package_id]

    def _ours_text(self, offer: model.Offer) -> str:
        worth = self.value(offer)
        if worth is None:
            return ""
        return format_number(worth.ours) if worth.acceptable else translate("TalksView", "unacceptable")

    def _ours_tooltip(self, offer: model.Offer) -> str:
        worth = self.value(offer)
        if worth is None:
            return ""
        text = translate("TalksView", "{ours} of {possible} points for us").format(
            ours=format_number(worth.ours), possible=format_number(worth.possible)
        )
        if not worth.acceptable:
            names = "; ".join(f"“{title}”" for title in worth.breaks)
            text = translate("TalksView", "Unacceptable whatever it scores: it breaks {names}.").format(names=names)
            text += "\n" + translate("TalksView", "{ours} of {possible} points for us").format(
                ours=format_number(worth.ours), possible=format_number(worth.possible)
            )
        return text

    def _theirs_text(self, offer: model.Offer) -> str:
        worth = self.value(offer)
        if worth is None:
            return ""
        return format_number(worth.theirs) if worth.theirs is not None else "—"

    def _home_text(self, offer: model.Offer) -> str:
        home = self._home(offer)
        if home is None:
            return ""
        if not self._constituencies:
            return "—"  # no constituency recorded: nothing to check against
        return _sentence(home.verdict()) or translate("TalksView", "Passes")

    def _home_tooltip(self, offer: model.Offer) -> str:
        home = self._home(offer)
        if home is None:
            return ""
        if not self._constituencies:
            return translate("TalksView", "No constituency at home is recorded")
        if not home.failures:
            return translate("TalksView", "Every constituency at home accepts it")
        return "\n".join(f"{f.constituency}: {f.reason}" for f in home.failures)

    def _forget(self) -> None:
        self._values.clear()
        self._checks.clear()
        self._homes.clear()
        self._constituencies = None
        self._rounds = None

    # --- following the workspace and the round shown -------------------------------------------

    def on_dossier(self, dossier_id: str | None) -> None:
        self._forget()
        super().on_dossier(dossier_id)

    def on_changed(self, tables: frozenset[str]) -> None:
        if tables & self.watches:
            self._forget()
        super().on_changed(tables)

    def filter_widgets(self) -> list[QWidget]:
        self.all_rounds = QCheckBox(translate("TalksView", "All rounds"))
        self.all_rounds.setObjectName("offers_all_rounds")
        self.all_rounds.setToolTip(translate("TalksView", "Show the offers of every round, not only the selected one"))
        self.all_rounds.toggled.connect(lambda _: self._filter_round())
        return [self.all_rounds]

    def set_round(self, round_id: str | None) -> None:
        """Show the offers of a round (unless all rounds are shown)."""
        if round_id == self._round_id:
            return
        self._round_id = round_id
        if not self.all_rounds.isChecked():
            self._filter_round()
        self._update_actions()

    def _filter_round(self) -> None:
        self.model.set_filter(round_id=None if self.all_rounds.isChecked() else self._round_id)

    def clear_filters(self) -> None:
        self.all_rounds.setChecked(True)

    # --- the form -------------------------------------------------------------------------------

    def form_fields(self) -> list[FormField]:
        return [
            FormField("round_id"),
            FormField("side", tooltip=translate("TalksView", "Which side tabled it")),
            FormField("package_id", tooltip=translate("TalksView", "The package it tables, whole")),
            FormField("tabled_on"),
            FormField("response", tooltip=translate("TalksView", "What became of it")),
            FormField("notes"),
        ]

    def show_extra(self, record: model.Record | None) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "ours_action"):
            return  # not yet while the section is being built
        writable = not self.workspace.readonly and self.workspace.dossier_id is not None
        for action in (self.their_action, self.ours_action):
            action.setEnabled(writable)
        self.open_button.setEnabled(self.current_record() is not None)

    # --- actions --------------------------------------------------------------------------------

    def _target_round(self, rounds: Sequence[model.Round]) -> model.Round | None:
        """The round selected above, or else the newest."""
        chosen = next((r for r in rounds if r.id == self._round_id), None)
        return chosen or talks.newest_round(rounds)

    def new_record(self, dossier_id: str, position: int) -> model.Record | None:
        store = self.workspace.store
        rounds = store.records(model.Round, dossier_id)
        held = self._target_round(rounds)
        if held is None:
            self._say_no_round()
            return None
        packages = store.records(model.Package, dossier_id)
        if not packages:
            QMessageBox.information(
                self,
                translate("TalksView", "No package yet"),
                translate("TalksView", "Add a package first (Packages): an offer tables a whole package."),
            )
            return None
        # their latest offer's package, else a package of theirs: what they most likely table
        latest = talks.latest_offers(store.records(model.Offer, dossier_id), rounds).get("theirs")
        package_id = latest.package_id if latest is not None else None
        if package_id is None:
            package_id = next((p.id for p in packages if p.origin == "theirs"), packages[0].id)
        return model.Offer(
            id=new_id(),
            dossier_id=dossier_id,
            round_id=held.id,
            side="theirs",
            package_id=package_id,
            tabled_on=held.starts_on,
            position=position,
        )

    def _say_no_round(self) -> None:
        QMessageBox.information(
            self,
            translate("TalksView", "No round yet"),
            translate("TalksView", "Add a round first (New round): every offer is tabled in a round."),
        )

    def record_next(self, side: str) -> model.Offer | None:
        """Record a side's next offer: a copy of its latest offer's package, tabled in the
        newest round (the talks move forward: an offer of an earlier round is added with New
        offer), with the pending latest offers marked countered, as one undoable
        step; then open the copy in the Packages section. Returns the new offer."""
        dossier_id = self.workspace.dossier_id
        if dossier_id is None or self.workspace.readonly:
            return None
        store = self.workspace.store
        rounds = store.records(model.Round, dossier_id)
        held = talks.newest_round(rounds)
        if held is None:
            self._say_no_round()
            return None
        offers = store.records(model.Offer, dossier_id)
        latest = talks.latest_offers(offers, rounds).get(side)
        package = self._package(latest) if latest is not None else None
        if package is None:
            QMessageBox.information(
                self,
                translate("TalksView", "No offer to copy"),
                translate(
                    "TalksView",
                    "They have tabled no offer yet: add their first offer with New offer, choosing its package.",
                )
                if side == "theirs"
                else translate(
                    "TalksView",
                    "We have tabled no offer yet: add our first offer with New offer, choosing its package.",
                ),
            )
            return None
        records = talks.next_offer(
            side,
            held,
            offers,
            rounds,
            package,
            store.next_position(model.Package, dossier_id),
            store.next_position(model.Offer, dossier_id),
        )
        label = (
            translate("TalksView", "Record their next offer")
            if side == "theirs"
            else translate("TalksView", "Record our counter-offer")
        )
        if self.workspace.apply(label, puts=records) is None:
            return None
        offer = next(r for r in records if isinstance(r, model.Offer) and r.package_id == records[0].id)
        self.select(offer.id)
        self.reveal("packages", offer.package_id)
        return offer

    def open_package(self) -> None:
        """Show the selected offer's package in the Packages section."""
        offer = self.current_record()
        if isinstance(offer, model.Offer):
            self.reveal("packages", offer.package_id)

    def reveal(self, table: str, record_id: str) -> None:
        """Show a record in the section of the window that shows it, as a search hit is shown."""
        show = getattr(self.window(), "show_record", None)
        if callable(show):
            show(table, record_id)


def _sentence(text: str) -> str:
    """A verdict phrase ("fails at home: …") as a table cell reads it, capitalised."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


# --- target vs actual -------------------------------------------------------------------------


class StandingModel(ItemListModel):
    """The target-vs-actual rows, with a sort key per column (figures sort as numbers)."""

    def __init__(self, store: Any, columns: list[Column], keys: list[Callable[[Any], Any]], parent: Any = None) -> None:
        super().__init__(store, columns, parent, key=lambda row: row.item.id)
        self.keys = keys

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid():
            row = self.row(index.row())
            return self.keys[index.column()](row) if row is not None else None
        return super().data(index, role)


def _no_figure_last(value: float | None) -> float:
    return math.inf if value is None else value


def ladder_text(item: model.AgendaItem, step: str) -> str:
    """A step of an item's mandate ladder in a cell: its figure (with the unit), then its text."""
    figure = getattr(item, f"figure_{step}")
    text = _first_line(getattr(item, step))
    if figure is None:
        return text
    amount = with_unit(format_number(figure), item.figure_unit)
    return f"{amount} · {text}" if text else amount


def ladder_tooltip(item: model.AgendaItem, step: str) -> str:
    figure = getattr(item, f"figure_{step}")
    lines = [f"{step_label(step)}: {getattr(item, step).strip()}".rstrip(": ")]
    if figure is not None:
        lines.append(with_unit(format_number(figure), item.figure_unit))
    return "\n".join(lines)


def offer_text(row: talks.Standing, side: str) -> str:
    """What a side's latest offer proposes for the item: its figure and the step it settles at."""
    level = row.level(side)
    if level is None:
        return "—"
    figure = row.figure(side)
    if figure is None:
        return step_label(level)
    return f"{with_unit(format_number(figure), row.item.figure_unit)} · {step_label(level)}"


def offer_tooltip(row: talks.Standing, side: str) -> str:
    level = row.level(side)
    if level is None:
        return (
            translate("TalksView", "Our latest offer does not hold this item")
            if side == "ours"
            else translate("TalksView", "Their latest offer does not hold this item")
        )
    if level == "beyond":
        return translate("TalksView", "Beyond our walk-away point")
    if level == "walk_away":
        return translate("TalksView", "At our walk-away point")
    return translate("TalksView", "At our {step}").format(step=step_label(level).lower())


class StandingView(QWidget):
    """Target vs actual: per agenda item held by the latest offers, our ladder beside where
    each side's latest offer settles it, and their estimated walk-away. Read-only, sortable."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("target_vs_actual")
        self.latest_label = QLabel(wordWrap=True, objectName="latest_offers")
        columns, keys = self._columns()
        self.model = StandingModel(workspace.store, columns, keys, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="target_vs_actual_table")
        self.table.setAccessibleName(translate("TalksView", "Target vs actual"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([200, 115, 115, 115, 115, 180, 180]):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.latest_label)
        layout.addWidget(self.table, 1)
        self._stale = True
        workspace.changed.connect(self._changed)
        # (a method, not a lambda: Qt forgets a method's connection when its view is deleted)
        workspace.dossier_changed.connect(self._dossier_changed)

    def _columns(self) -> tuple[list[Column], list[Callable[[Any], Any]]]:
        def at_walk_away(row: talks.Standing) -> bool:
            return row.at_walk_away("ours") or row.at_walk_away("theirs")

        def mark(row: talks.Standing, _: Labels) -> QIcon | None:
            return alert_icon(error_color(self)) if at_walk_away(row) else None

        def level_key(side: str) -> Callable[[talks.Standing], int]:
            return lambda row: model.LEVELS.index(level) if (level := row.level(side)) else len(model.LEVELS)

        columns = [
            Column(
                translate("TalksView", "Agenda item"),
                None,
                lambda r, _: r.item.title,
                tooltip=lambda r, _: (
                    r.item.title
                    + (
                        "\n" + translate("TalksView", "An offer is at or beyond our walk-away point")
                        if at_walk_away(r)
                        else ""
                    )
                ),
                icon=mark,
            ),
            *(
                Column(
                    step_label(step),
                    None,
                    lambda r, _, step=step: ladder_text(r.item, step),
                    tooltip=lambda r, _, step=step: ladder_tooltip(r.item, step),
                )
                for step in model.LADDER
            ),
            Column(
                translate("TalksView", "Our latest offer"),
                None,
                lambda r, _: offer_text(r, "ours"),
                tooltip=lambda r, _: offer_tooltip(r, "ours"),
                alert=lambda r: r.at_walk_away("ours"),
            ),
            Column(
                translate("TalksView", "Their latest offer"),
                None,
                lambda r, _: offer_text(r, "theirs"),
                tooltip=lambda r, _: offer_tooltip(r, "theirs"),
                alert=lambda r: r.at_walk_away("theirs"),
            ),
            Column(
                translate("TalksView", "Their walk-away (est.)"),
                None,
                lambda r, _: (
                    with_unit(format_number(r.item.their_walk_away), r.item.figure_unit)
                    if r.item.their_walk_away is not None
                    else "—"
                ),
                tooltip=lambda r, _: _first_line(r.item.their_interests),
                numeric=True,
            ),
        ]
        keys: list[Callable[[Any], Any]] = [
            lambda r: r.item.title.casefold(),
            *(lambda r, step=step: _no_figure_last(getattr(r.item, f"figure_{step}")) for step in model.LADDER),
            level_key("ours"),
            level_key("theirs"),
            lambda r: _no_figure_last(r.item.their_walk_away),
        ]
        return columns, keys

    def _dossier_changed(self, _dossier_id: str | None) -> None:
        self._changed(_OFFER_INPUTS)

    def _changed(self, tables: frozenset[str]) -> None:
        if not tables & _OFFER_INPUTS:
            return
        self._stale = True
        if self.isVisible() and not offstage(self):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the latest offers and the agenda items they hold again."""
        self._stale = False
        dossier_id = self.workspace.dossier_id
        store = self.workspace.store
        rows: list[talks.Standing] = []
        latest: dict[str, model.Offer] = {}
        rounds: dict[str, model.Round] = {}
        packages: dict[str, model.Package] = {}
        if dossier_id is not None:
            offers = store.records(model.Offer, dossier_id)
            rounds = {r.id: r for r in store.records(model.Round, dossier_id)}
            latest = talks.latest_offers(offers, rounds.values())
            items: dict[str, model.AgendaItem] = {}
            for offer in latest.values():
                package = store.get(model.Package, offer.package_id)
                if package is None or package.deleted:
                    continue
                entries = store.children(model.PackageItem, "package_id", package.id)
                packages[package.id] = model.with_items(package, entries)
                for entry in entries:
                    found = store.get(model.AgendaItem, entry.agenda_item_id)
                    if found is not None:
                        items[found.id] = found
            rows = talks.standings(latest.values(), rounds.values(), packages, items)
        self.model.set_rows(rows)
        self.latest_label.setText(self._latest_text(latest, rounds, packages))

    @staticmethod
    def _latest_text(
        latest: dict[str, model.Offer], rounds: dict[str, model.Round], packages: dict[str, model.Package]
    ) -> str:
        if not latest:
            return translate(
                "TalksView",
                "No offer is recorded yet: once offers are tabled, each item they hold is set against our "
                "mandate ladder here.",
            )
        parts = []
        for side in ("ours", "theirs"):
            offer = latest.get(side)
            if offer is None:
                text = (
                    translate("TalksView", "We have tabled no offer yet.")
                    if side == "ours"
                    else translate("TalksView", "They have tabled no offer yet.")
                )
            else:
                held = rounds.get(offer.round_id)
                package = packages.get(offer.package_id)
                text = (
                    translate("TalksView", "Our latest offer: “{package}” ({round}).")
                    if side == "ours"
                    else translate("TalksView", "Their latest offer: “{package}” ({round}).")
                ).format(package=package.name if package else "—", round=held.label if held else "—")
            parts.append(text)
        return " ".join(parts)


# --- the section ------------------------------------------------------------------------------


class TalksView(QWidget):
    """The Talks section: rounds above their offers, and the target-vs-actual table."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("talks")
        self.rounds = RoundsView(workspace)
        self.offers = OffersView(workspace)
        self.rounds.round_shown.connect(self.offers.set_round)
        current = self.rounds.current_record()
        self.offers.set_round(current.id if current is not None else None)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.rounds)
        self.split.addWidget(self.offers)
        # a few rounds above many offers: the rounds keep the room of their form
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        # the rounds' table and form in about a third of the height; the offers, with their
        # verdicts and their form, in the rest (proportions: the splitter scales them)
        self.split.setSizes([240, 520])
        self.standing = StandingView(workspace)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("talks_tabs")
        self.tabs.addTab(self.split, translate("TalksView", "Rounds and offers"))
        self.tabs.addTab(self.standing, translate("TalksView", "Target vs actual"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_hit(self, table: str, record_id: str) -> bool:
        """Show a round or an offer found by search (an offer within its round)."""
        if table == model.Round.table:
            shown = self.rounds.select(record_id)
        elif table == model.Offer.table:
            offer = self.workspace.store.get(model.Offer, record_id)
            if offer is None or offer.deleted:
                return False
            self.rounds.select(offer.round_id)
            shown = self.offers.select(record_id)
        else:
            return False
        if shown:
            self.tabs.setCurrentIndex(0)
        return shown

    def commit_pending(self) -> None:
        """Save what the round's and the offer's forms still hold."""
        for view in (self.rounds, self.offers):
            if view.form.record is not None:
                view.form.commit_pending()
