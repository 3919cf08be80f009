"""The Charts section: each chart drawn in a canvas, redrawn when its data changes, saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.paper import charts
from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.workspace import Workspace


@pytest.fixture
def view(qtbot, demo_store: Store):
    from negoprep.ui.sections.charts_view import ChartsView

    ws = Workspace(demo_store)
    ws.set_dossier(demo_store.dossiers()[0].id)
    v = ChartsView(ws)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def test_every_kind_is_listed_and_drawn(view) -> None:
    assert [view.kinds.item(row).text() for row in range(view.kinds.count())] == [
        charts.TITLES[k] for k in charts.KINDS
    ]
    for row, kind in enumerate(charts.KINDS):
        view.kinds.setCurrentRow(row)
        assert view.kind() == kind
        assert view.canvas is not None and view.canvas.figure.axes, kind
        assert view.toolbar is not None


def test_an_edit_redraws_the_chart_that_shows_it(view, demo_store: Store) -> None:
    view.kinds.setCurrentRow(charts.KINDS.index("status"))
    before = view.canvas
    item = demo_store.records(model.AgendaItem, view.workspace.dossier_id)[0]
    view.workspace.apply("Agree", puts=[replace(item, status="agreed")])
    assert view.canvas is not before  # drawn anew from the store
    view.kinds.setCurrentRow(charts.KINDS.index("figures"))
    kept = view.canvas
    view.workspace.apply("Agree more", puts=[replace(item, status="tabled")])
    assert view.canvas is kept  # the figures chart does not show agenda items


def test_save_as_png_and_svg(view, tmp_path: Path, monkeypatch) -> None:
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
        target = tmp_path / f"chart{suffix}"
        monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, t=target, **k: (str(t), ""))
        view.save_chart()
        assert target.read_bytes().startswith(magic)


def test_korean_is_drawn_without_glyph_warnings_and_a_fontless_character_is_said(view, demo_store: Store) -> None:
    import warnings

    from tests.paper.test_charts_cjk import NO_FONT, _korean

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph … missing from font" warning fails the test
        _korean(demo_store)
        view.workspace.dossier_changed.emit(view.workspace.dossier_id)
        for row in range(len(charts.KINDS)):
            view.kinds.setCurrentRow(row)
            view.canvas.draw()  # as on screen
            assert view.font_note.isHidden()
        view.kinds.setCurrentRow(charts.KINDS.index("priority-matrix"))
        item = demo_store.records(model.AgendaItem, view.workspace.dossier_id)[0]
        view.workspace.apply("Retitle", puts=[replace(item, title=f"관세 {NO_FONT}", priority=5, weight=100)])
        view.canvas.draw()
    assert not view.font_note.isHidden()
    assert "U+F0000" in view.font_note.text()
