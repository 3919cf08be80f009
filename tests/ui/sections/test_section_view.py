"""What a section does, counted rather than timed: selecting a row fills the form once."""

from __future__ import annotations

import pytest

from negoprep.store.store import Store
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace


@pytest.fixture
def view(qtbot, ws: Workspace) -> TalkingPointsView:
    widget = TalkingPointsView(ws)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def fills(view: TalkingPointsView, monkeypatch) -> list[str | None]:
    """The ids of the records the form was filled with, in order."""
    shown: list[str | None] = []
    show_record = view.form.show_record

    def counted(record):
        shown.append(record.id if record is not None else None)
        show_record(record)

    monkeypatch.setattr(view.form, "show_record", counted)
    return shown


def test_selecting_another_row_fills_the_form_once(view: TalkingPointsView, fills: list[str | None]) -> None:
    assert view.model.rowCount() > 3
    target = view.model.record(3)
    assert view.select(target.id)
    assert fills == [target.id]
    assert view.form.record is not None and view.form.record.id == target.id


def test_selecting_the_row_shown_fills_the_form_again_once(
    view: TalkingPointsView, fills: list[str | None], ws: Workspace, demo_store: Store
) -> None:
    # (the row stays current, so no signal comes: the form is still filled, with the record as stored)
    current = view.current_record()
    assert current is not None
    assert view.select(current.id)
    assert fills == [current.id]


def test_a_sort_keeps_the_record_shown_and_fills_the_form_once(
    view: TalkingPointsView, fills: list[str | None]
) -> None:
    target = view.model.record(2)
    view.select(target.id)
    fills.clear()
    view.proxy.sort(2)
    assert view.current_record() is not None and view.current_record().id == target.id
    assert fills == [target.id]
