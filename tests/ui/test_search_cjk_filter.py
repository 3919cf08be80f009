"""The section filters find what search finds: a part of a Korean word, typed composed or not."""

from __future__ import annotations

import unicodedata

import pytest

from negoprep.records import model
from negoprep.ui.sections.agenda_view import AgendaView
from negoprep.ui.sections.talking_points_view import TalkingPointsView
from negoprep.ui.workspace import Workspace
from tests.store.test_search_cjk import write_korean


@pytest.fixture
def korean(ws: Workspace) -> Workspace:
    """The shared workspace, some of the demo's texts rewritten in Korean before any view reads them."""
    assert write_korean(ws.store) == ws.dossier_id
    return ws


def shown(view) -> list[model.Record]:
    return [view.model.record(row) for row in range(view.model.rowCount())]


@pytest.mark.parametrize(
    ("section", "typed", "wanted"),
    [
        (AgendaView, "관세", ["상호관세 면제 요청", "자동차관세 인하"]),
        (AgendaView, "동차", ["자동차관세 인하"]),
        (AgendaView, unicodedata.normalize("NFD", "관세"), ["상호관세 면제 요청", "자동차관세 인하"]),
        (TalkingPointsView, "분담금", ["방위비분담금 인상 요구에 대응한다"]),
        (TalkingPointsView, "흑자", ["대미 무역흑자 축소 방안"]),
        (TalkingPointsView, "달러", ["3,500억달러 대미 투자 패키지"]),
    ],
)
def test_a_filter_finds_a_part_of_a_word_as_search_does(qtbot, korean: Workspace, section, typed, wanted) -> None:
    view = section(korean)
    qtbot.addWidget(view)
    view.show()
    view.filter_edit.setText(typed)
    view.proxy.set_filter_text(view.filter_edit.text())  # (not waiting for a pause in typing)
    records = shown(view)
    assert [r.content()[view.rtype.text_fields[0]] for r in records] == wanted
    hits = korean.store.search(typed, korean.dossier_id, limit=10_000)
    assert {r.id for r in records} == {h.row_id for h in hits if h.table == view.rtype.table}
