"""Charts of Korean text: every kind draws Hangul with a font that has it, on screen, in PNG
and SVG files and in the briefing book, and never prints a glyph warning; a character that no
installed font has, or Korean without any CJK font installed, is reported in words."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from negoprep import fonts
from negoprep.paper import charts
from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import AUTHOR

pytest.importorskip("matplotlib")

KO_ITEMS = (
    "상호관세 면제 요청",
    "자동차 관세 인하",
    "방위비 분담금",
    "반도체 투자 협력",
    "무역흑자 축소",
    "농산물 시장 개방",
)
NO_FONT = "\U000f0000"  # a private use character of plane 15: no font has it


def _korean(store: Store) -> str:
    """Every name a chart shows, in Korean."""
    did = store.dossiers()[0].id
    for i, item in enumerate(store.records(model.AgendaItem, did)):
        store.put(dataclasses.replace(item, title=f"{KO_ITEMS[i % len(KO_ITEMS)]} {i + 1}"))
    for i, track in enumerate(store.records(model.Track, did)):
        store.put(dataclasses.replace(track, name=f"통상 분야 {i + 1}"))
    for i, person in enumerate(store.records(model.Participant, did)):
        store.put(dataclasses.replace(person, name=f"홍길동 {i + 1}"))
    for i, package in enumerate(store.records(model.Package, did)):
        store.put(dataclasses.replace(package, name=f"일괄 타결안 {i + 1}"))
    for i, figure in enumerate(store.records(model.Figure, did)):
        store.put(
            dataclasses.replace(
                figure,
                series=f"대미 무역수지 {figure.series[:1]}",
                label=f"{i}년",
                unit="억 달러",
                source="한국무역협회",
            )
        )
    return did


@pytest.fixture
def korean(demo_store: Store) -> tuple[Store, str]:
    return demo_store, _korean(demo_store)


def _texts(fig) -> list:
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_text()]


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.parametrize("kind", charts.KINDS)
def test_every_kind_draws_hangul_without_a_glyph_warning(korean, kind: str, tmp_path: Path) -> None:
    store, did = korean
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph … missing from font" warning fails the test
        fig = charts.build(kind, store, did)
        charts.save(fig, tmp_path / "c.png")
        charts.save(fig, tmp_path / "c.svg")
    assert charts.font_warnings(fig) == []
    hangul = [t for t in _texts(fig) if _hangul(t.get_text())]
    if kind == "status":  # shows no names of the dossier's, only statuses in the interface's language
        return
    if not charts.has_data(kind, store, did):  # only a message, in the interface's language
        return
    assert hangul, f"{kind}: no Korean text drawn"
    for text in hangul:
        assert any(f in fonts.CJK_FAMILIES for f in text.get_fontfamily()), text.get_fontfamily()
    # in the SVG each glyph is a path named by its font: the Hangul ones come from a CJK font,
    # one shape per syllable, and none from matplotlib's last resort of boxes
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    glyphs = set(re.findall(r'<path id="([A-Za-z][\w-]*-[0-9a-f]+)"', svg))
    cjk = {g for g in glyphs if g.startswith("NotoSansCJK")}
    syllables = {ch for t in hangul for ch in t.get_text() if _hangul(ch)}
    assert len(cjk) >= len(syllables), (len(cjk), len(syllables))
    assert not any("LastResort" in g for g in glyphs)


def _glyph(family: list[str], ch: str):
    """The pixels of one character drawn in the given families."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(1, 1), dpi=100)
    fig.text(0.5, 0.5, ch, family=family, fontsize=40, ha="center", va="center")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[:, :, 0].copy()


def test_hangul_glyphs_are_drawn_not_boxes(korean) -> None:
    store, did = korean
    fig = charts.build("priority-matrix", store, did)
    family = next(t for t in _texts(fig) if _hangul(t.get_text())).get_fontfamily()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        images = [_glyph(family, ch) for ch in "관세협상"]
    for image in images:
        assert (image < 128).any()  # something is drawn
    assert len({image.tobytes() for image in images}) == 4  # four characters, four shapes
    # the same characters without the fallback are four identical boxes: the test can fail
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        boxes = [_glyph(["DejaVu Sans"], ch) for ch in "관세협상"]
    assert len({image.tobytes() for image in boxes}) == 1


def test_english_charts_keep_one_font(demo_store) -> None:
    fig = charts.build("priority-matrix", demo_store, demo_store.dossiers()[0].id)
    assert {tuple(t.get_fontfamily()) for t in _texts(fig)} == {("DejaVu Sans",)}


def test_the_window_font_comes_first_when_matplotlib_knows_it(korean) -> None:
    store, did = korean
    fig = charts.build("status", store, did, font_family="DejaVu Serif")
    assert _texts(fig)[0].get_fontfamily()[0] == "DejaVu Serif"
    fig = charts.build("status", store, did, font_family="No Such Font 1234")
    assert _texts(fig)[0].get_fontfamily()[0] == "DejaVu Sans"


def test_a_character_no_font_has_is_reported_not_warned(korean, tmp_path: Path) -> None:
    store, did = korean
    item = store.records(model.AgendaItem, did)[0]
    store.put(dataclasses.replace(item, title=f"관세 {NO_FONT} 요청", priority=5, weight=100))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.build("priority-matrix", store, did)
        charts.save(fig, tmp_path / "c.png")
        charts.save(fig, tmp_path / "c.svg")
    assert charts.missing(fig) == (NO_FONT,)
    (message,) = charts.font_warnings(fig)
    assert "U+F0000" in message and "no installed font" in message
    assert "관" not in message  # Hangul has a font: only the character without one is named


def test_no_cjk_font_installed_is_said_once(korean, monkeypatch, tmp_path: Path) -> None:
    store, did = korean
    faces = fonts._faces()
    without = {name: face for name, face in faces.items() if 0xAC00 not in fonts._charmap(*face)}
    assert len(without) < len(faces)
    monkeypatch.setattr(fonts, "_faces", lambda: without)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.build("priority-matrix", store, did)
        charts.save(fig, tmp_path / "c.png")
    (message,) = charts.font_warnings(fig)
    assert "no Korean, Chinese or Japanese font is installed" in message
    assert "fonts-noto-cjk" in message
    assert "U+AD00" in message  # 관


def test_a_cjk_font_installed_after_matplotlibs_cache_was_made_is_found(monkeypatch) -> None:
    from matplotlib import font_manager

    manager = font_manager.fontManager
    stale = [entry for entry in manager.ttflist if "CJK" not in entry.name]
    assert len(stale) < len(manager.ttflist)
    monkeypatch.setattr(manager, "ttflist", stale)  # as matplotlib's cache from before the install
    fonts._add_unseen_fonts.cache_clear()
    try:
        choice = fonts.for_text("관세 협상", "DejaVu Sans")
    finally:
        fonts._add_unseen_fonts.cache_clear()
    assert choice.missing == ()
    assert choice.families[0] == "DejaVu Sans" and choice.families[1] in fonts.CJK_FAMILIES


def test_dollar_signs_in_a_title_are_text_not_mathematics(korean, tmp_path: Path) -> None:
    store, did = korean
    item = store.records(model.AgendaItem, did)[0]
    store.put(dataclasses.replace(item, title="관세 $25 → $15 인하", priority=5, weight=100))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.build("priority-matrix", store, did)
        charts.save(fig, tmp_path / "c.svg")
    assert charts.font_warnings(fig) == []
    assert any(t.get_text().startswith("관세 $25") for t in _texts(fig))
    assert all(not t._parse_math for t in _texts(fig))


def test_the_briefing_book_charts_draw_hangul_without_warnings(korean) -> None:
    from negoprep.paper.briefing import briefing_html

    store, did = korean
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        html = briefing_html(store, did, with_charts=True)
    drawn = [kind for kind in charts.KINDS if charts.has_data(kind, store, did)]
    assert html.count("data:image/png;base64,") == len(drawn) >= 5


# --- the command line, as a person runs it: nothing but negoprep's own lines on stderr ---------


@pytest.fixture
def korean_file(tmp_path: Path, demo_doc: dict) -> Path:
    path = tmp_path / "ko.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
        _korean(store)
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "default"}
    return subprocess.run(
        [sys.executable, "-m", "negoprep", *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cli_chart_prints_no_glyph_warning(korean_file: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"m{suffix}"
    done = _run("--store", str(korean_file), "chart", "priority-matrix", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.stat().st_size > 0


def test_cli_chart_reports_a_character_no_font_has(korean_file: Path, tmp_path: Path) -> None:
    with Store.open(korean_file, AUTHOR) as store:
        did = store.dossiers()[0].id
        item = store.records(model.AgendaItem, did)[0]
        store.put(dataclasses.replace(item, title=f"관세 {NO_FONT}", priority=5, weight=100))
    done = _run("--store", str(korean_file), "chart", "priority-matrix", "--out", str(tmp_path / "m.png"))
    assert done.returncode == 0, done.stderr
    assert "Glyph" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("negoprep: warning: ") and "U+F0000" in line


def test_cli_briefing_book_prints_no_glyph_warning(korean_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    done = _run("--store", str(korean_file), "print", "briefing", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.read_bytes().startswith(b"%PDF")
