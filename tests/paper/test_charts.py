"""Charts: the data builders without matplotlib, the figures by their artists, the CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep.cli import main
from negoprep.paper import charts
from negoprep.records import model

DOSSIER = "d1"


def _item(i: int, priority: int = 3, flexibility: int = 3, **kw) -> model.AgendaItem:
    return model.AgendaItem(
        id=f"i{i}",
        dossier_id=DOSSIER,
        track_id=kw.pop("track_id", "t1"),
        title=kw.pop("title", f"Item {i}"),
        priority=priority,
        flexibility=flexibility,
        **kw,
    )


def _demo_id(store) -> str:
    return store.dossiers()[0].id


# --- data builders --------------------------------------------------------------------------


def test_priority_points_quadrants_and_jitter() -> None:
    items = [
        _item(1, 5, 1, title="A very long agenda item title that goes on"),
        _item(2, 5, 5),
        _item(3, 1, 5, track_id="t2"),
        _item(4, 1, 1, track_id="gone"),
        _item(5, 1, 1),
    ]
    points = charts.priority_points(items, {"t1": "Tariffs", "t2": "Energy"})
    assert [p.quadrant for p in points] == ["Hold firm", "Trade", "Concede", "Low stakes", "Low stakes"]
    assert points[0].label.endswith("…") and len(points[0].label) <= charts.LABEL_CHARS
    label, priority, flexibility, track, color = points[1]
    assert (label, priority, flexibility, track) == ("Item 2", 5, 5, "Tariffs")
    assert color == charts.PALETTE[0] and points[2].color == charts.PALETTE[1]
    assert points[3].track == charts.NO_TRACK
    # identical spots are spread apart, a little and always the same way
    assert (points[3].priority, points[3].flexibility) != (points[4].priority, points[4].flexibility)
    assert all(abs(p.priority - 1) < 0.4 and abs(p.flexibility - 1) < 0.4 for p in points[3:])
    assert charts.priority_points(items, {"t1": "Tariffs", "t2": "Energy"}) == points


def test_readiness_by_owner_and_track() -> None:
    def task(i: int, **kw) -> model.ChecklistItem:
        return model.ChecklistItem(id=f"c{i}", dossier_id=DOSSIER, checklist_id="l", text=f"T{i}", **kw)

    tasks = [
        task(1, owner_id="p1", done=True, due="2025-01-01", agenda_item_id="i1"),
        task(2, owner_id="p1", due="2025-01-01", agenda_item_id="i1"),
        task(3, owner_id="p1", due="2099-01-01", agenda_item_id="i2"),
        task(4, agenda_item_id="gone"),
        task(5, owner_id="p2"),
    ]
    by_owner, by_track = charts.readiness(
        tasks, {"p1": "Ann", "p2": "Bo", "p3": "Cy"}, {"i1": "A", "i2": "B"}, "2025-06-01"
    )
    assert by_owner == {"Ann": (1, 3, 1), "Bo": (0, 1, 0), charts.UNASSIGNED: (0, 1, 0)}
    assert by_track == {"A": (1, 2, 1), "B": (0, 1, 0), charts.NO_TRACK: (0, 1, 0), charts.GENERAL: (0, 1, 0)}


def test_status_counts_and_figure_series() -> None:
    counts = charts.status_counts([_item(1, status="agreed"), _item(2), _item(3, status="agreed")])
    assert list(counts) == list(model.STATUSES)
    assert counts["agreed"] == 2 and counts["open"] == 1 and sum(counts.values()) == 3
    figs = [
        model.Figure(id="f1", dossier_id=DOSSIER, series="S", label="2024", value=1.5, unit="bn", source="X"),
        model.Figure(id="f2", dossier_id=DOSSIER, series="T", value=2),
        model.Figure(id="f3", dossier_id=DOSSIER, series="S", label="2025", value=3, unit="bn", source="Y"),
    ]
    assert charts.figure_series(figs) == {
        "S": [("2024", 1.5, "bn", "X"), ("2025", 3, "bn", "Y")],
        "T": [("", 2, "", "")],
    }


def test_builders_on_the_demo(demo_store) -> None:
    did = _demo_id(demo_store)
    items = demo_store.records(model.AgendaItem, did)
    tracks = {t.id: t.name for t in demo_store.records(model.Track, did)}
    points = charts.priority_points(items, tracks)
    assert len(points) == len(items) and {p.track for p in points} <= set(tracks.values())
    packages = demo_store.records(model.Package, did)
    bars = charts.package_bars(packages, demo_store.package_values(did), demo_store.check_packages(did))
    values = demo_store.package_values(did)
    # every unacceptable package below every acceptable one, each in the dossier's order
    ordered = [p for p in packages if values[p.id].acceptable] + [p for p in packages if not values[p.id].acceptable]
    assert [b[0] for b in bars] == [p.name for p in ordered]
    assert [b[3] for b in bars] == sorted(b[3] for b in bars)
    assert any(b[3] and b[4] >= 1 for b in bars) and not all(b[3] for b in bars)
    assert sum(charts.status_counts(items).values()) == len(items)
    series = charts.figure_series(demo_store.records(model.Figure, did))
    assert series and all(rows for rows in series.values())


# --- figures ----------------------------------------------------------------------------------


def _points(fig) -> int:
    from matplotlib.collections import PathCollection

    return sum(len(c.get_offsets()) for ax in fig.axes for c in ax.collections if isinstance(c, PathCollection))


def _annotations(fig) -> list:
    from matplotlib.text import Annotation

    return [t for ax in fig.axes for t in ax.texts if isinstance(t, Annotation)]


@pytest.mark.parametrize("dark", [False, True])
def test_every_kind_builds_a_figure(demo_store, dark: bool) -> None:
    from matplotlib.figure import Figure

    did = _demo_id(demo_store)
    for kind in charts.KINDS:
        fig = charts.build(kind, demo_store, did, dark=dark, font_family="DejaVu Sans")
        assert isinstance(fig, Figure) and fig.axes
        titles = [ax.get_title() for ax in fig.axes] + [fig.get_suptitle()]
        assert any(t.startswith(charts.TITLES[kind]) for t in titles), kind
        assert all(ax.get_xlabel() or ax.get_ylabel() for ax in fig.axes if ax.get_title())
    with pytest.raises(ValueError, match="unknown chart"):
        charts.build("pie", demo_store, did)


@pytest.mark.parametrize("dark", [False, True])
def test_titles_are_in_the_theme_colour(demo_store, dark: bool) -> None:
    from matplotlib.colors import same_color
    from matplotlib.text import Text

    did = _demo_id(demo_store)
    theme = charts.DARK if dark else charts.LIGHT
    for kind in charts.KINDS:
        fig = charts.build(kind, demo_store, did, dark=dark)
        titles = [t for t in fig.findobj(Text) if t.get_text() == charts.TITLES[kind]]
        assert titles, kind
        assert all(same_color(t.get_color(), theme.fg) for t in titles), kind


def test_chart_artists(demo_store) -> None:
    did = _demo_id(demo_store)
    items = demo_store.records(model.AgendaItem, did)
    matrix = charts.build("priority-matrix", demo_store, did)
    assert _points(matrix) == len(items)
    assert len(_annotations(matrix)) == len(items)  # 12 items: every one labelled
    packages = demo_store.records(model.Package, did)
    fig = charts.build("packages", demo_store, did)
    ax = fig.axes[0]
    assert len(ax.containers[0]) == len(packages)
    assert any(bar.get_hatch() for bar in ax.containers[0])
    # an unacceptable package says so under its name, in the late colour
    marked = [t for t in ax.get_yticklabels() if "\nunacceptable: breaks" in t.get_text()]
    assert marked and all(t.get_color() == charts.LATE for t in marked)
    fig = charts.build("figures", demo_store, did)
    assert any(t.get_text().startswith("Sources ") for t in fig.texts)
    fig = charts.build("status", demo_store, did)
    # one bar per track, divided by status: the parts add up to every item
    assert sum(p.get_width() for c in fig.axes[0].containers for p in c) == len(items)
    fig = charts.build("readiness", demo_store, did)
    assert len(fig.axes) == 2 and fig.legends


def test_big_dossier_matrix_labels_at_most_20(store) -> None:
    dossier = store.put(model.Dossier(id="d-big", title="Big"))
    track = store.put(model.Track(id="t-big", dossier_id=dossier.id, name="Only"))
    for i in range(60):
        store.put(
            model.AgendaItem(
                id=f"big{i}",
                dossier_id=dossier.id,
                track_id=track.id,
                title=f"Item number {i} with a long title",
                priority=1 + i % 5,
                flexibility=1 + (i // 5) % 5,
                position=i,
            )
        )
    fig = charts.build("priority-matrix", store, dossier.id)
    assert _points(fig) == 60
    assert 1 <= len(_annotations(fig)) <= 20
    assert "+40 more" in fig.axes[0].get_title()
    for kind in charts.KINDS:  # nothing breaks on a dossier without packages, tasks or figures
        charts.build(kind, store, dossier.id)


def test_save_png_and_svg(demo_store, tmp_path: Path) -> None:
    fig = charts.build("status", demo_store, _demo_id(demo_store))
    charts.save(fig, tmp_path / "a.png")
    charts.save(fig, tmp_path / "a.SVG")
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = (tmp_path / "a.SVG").read_bytes()[:400]
    assert b"<svg" in svg or svg.startswith(b"<?xml")
    with pytest.raises(ValueError):
        charts.save(fig, tmp_path / "a.pdf")


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, negoprep.paper.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- CLI --------------------------------------------------------------------------------------


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert main(["--store", str(path), "demo"]) == 0
    return path


@pytest.mark.parametrize("kind", charts.KINDS)
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cli_chart(demo_file: Path, tmp_path: Path, kind: str, suffix: str, capsys) -> None:
    out = tmp_path / f"{kind}{suffix}"
    assert main(["--store", str(demo_file), "chart", kind, "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:400]
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize(
    ("kind", "out"),
    [("pie", "x.png"), ("status", "x.pdf"), ("status", "missing/dir/x.png")],
)
def test_cli_chart_refuses(demo_file: Path, tmp_path: Path, kind: str, out: str, capsys) -> None:
    assert main(["--store", str(demo_file), "chart", kind, "--out", str(tmp_path / out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("negoprep: ") and err.count("\n") == 1
    assert not (tmp_path / out).exists()


# --- what a reader of each chart can tell ---------------------------------------------------------


def _outside(fig) -> list[str]:
    """The texts of a drawn figure that reach beyond its edges (cut off in a PNG or a book)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    box = fig.bbox
    unused = set()  # tick labels matplotlib keeps beyond an axis's limits and does not draw
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                if not low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    unused |= {id(tick.label1), id(tick.label2)}
    cut = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip() or id(text) in unused:
            continue
        extent = text.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1 or extent.y1 > box.y1 + 1:
            cut.append(text.get_text())
    return cut


def _long_titles(store, language: str) -> str:
    """A dossier whose item titles, track names and figure series are long, at every edge."""
    word = "관세 완화 협상" if language == "ko" else "negotiated relief"
    dossier = store.put(model.Dossier(id=f"d-long-{language}", title="Long"))
    track = store.put(model.Track(id=f"t-{language}", dossier_id=dossier.id, name=" ".join([word] * 4)))
    for n, (priority, flexibility) in enumerate([(5, 5), (5, 1), (1, 5), (1, 1), (3, 3)]):
        store.put(
            model.AgendaItem(
                id=f"long-{language}-{n}",
                dossier_id=dossier.id,
                track_id=track.id,
                title=" ".join([word] * 5),
                priority=priority,
                flexibility=flexibility,
                position=n,
            )
        )
    return dossier.id


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("demo_language", ["en", "ko"])
def test_no_text_of_any_chart_is_cut_off_at_the_figure_edge(demo_store, dark: bool) -> None:
    did = _demo_id(demo_store)
    for kind in charts.KINDS:
        fig = charts.build(kind, demo_store, did, dark=dark)
        assert _outside(fig) == [], kind


@pytest.mark.parametrize("language", ["en", "ko"])
def test_long_item_titles_wrap_inside_the_priority_matrix(store, language: str) -> None:
    did = _long_titles(store, language)
    fig = charts.build("priority-matrix", store, did)
    assert _outside(fig) == []  # the title, every label and the legend inside the picture
    labels = [t.get_text() for t in _annotations(fig)]
    assert labels and all(label.count("\n") == 1 for label in labels)  # on two lines


def test_the_demo_matrix_shows_every_item_title_whole(demo_store) -> None:
    did = _demo_id(demo_store)
    fig = charts.build("priority-matrix", demo_store, did)
    labels = {" ".join(t.get_text().split()) for t in _annotations(fig)}
    titles = {" ".join(i.title.split()) for i in demo_store.records(model.AgendaItem, did)}
    assert labels == titles


def test_wrapped_breaks_between_words_and_cuts_only_beyond_its_lines() -> None:
    assert charts.wrapped("Tariff relief for automobiles", 24) == "Tariff relief for\nautomobiles"
    assert charts.wrapped("short", 24) == "short"
    three = charts.wrapped("one two three four five six seven eight nine ten eleven", 12)
    assert three.count("\n") == 1 and three.endswith("…")
    assert all(charts._width(line) <= 12 for line in three.splitlines())
    assert charts.wrapped("자동차 관세 완화 자동차 관세 완화", 12).count("\n") == 1  # Hangul is twice as wide


def _legend_texts(fig) -> list[str]:
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend()] + list(fig.legends)
    return [t.get_text() for legend in legends for t in legend.get_texts()]


def test_an_empty_readiness_chart_says_so_without_a_legend(store) -> None:
    dossier = store.put(model.Dossier(id="d-empty", title="Empty"))
    fig = charts.build("readiness", store, dossier.id)
    assert _legend_texts(fig) == []
    assert [t.get_text() for ax in fig.axes for t in ax.texts] == ["No checklist tasks"]
    assert not charts.has_data("readiness", store, dossier.id)


def test_the_readiness_legend_names_only_states_some_task_is_in_in_their_colours(store) -> None:
    from matplotlib.colors import same_color

    dossier = store.put(model.Dossier(id="d-r", title="R"))
    checklist = store.put(model.Checklist(id="c", dossier_id=dossier.id, title="C"))
    store.put(model.ChecklistItem(id="t1", dossier_id=dossier.id, checklist_id=checklist.id, text="a", done=True))
    store.put(
        model.ChecklistItem(id="t2", dossier_id=dossier.id, checklist_id=checklist.id, text="b", due="2000-01-01")
    )
    fig = charts.build("readiness", store, dossier.id)
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == ["Done", "Overdue"]  # no task is merely open
    colours = [h.get_facecolor() for h in legend.legend_handles]
    assert same_color(colours[0], charts.DONE) and same_color(colours[1], charts.LATE)


def test_the_status_chart_has_a_bar_per_track_divided_by_status_with_counts(demo_store, store) -> None:
    did = _demo_id(demo_store)
    items = demo_store.records(model.AgendaItem, did)
    tracks = {t.id: t.name for t in demo_store.records(model.Track, did)}
    for item in items:  # (the demo's items follow its talks: start from all open)
        demo_store.put(replace(item, status="open"))
    first = items[0]
    demo_store.put(replace(demo_store.get(model.AgendaItem, first.id), status="agreed"))
    fig = charts.build("status", demo_store, did)
    ax = fig.axes[0]
    used = {i.track_id for i in items}
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == [n for t, n in tracks.items() if t in used]
    assert len(ax.containers) == 2  # the statuses that occur: open and agreed
    assert _legend_texts(fig) == ["Open", "Agreed"]
    from matplotlib.text import Annotation

    totals = [t.get_text().strip() for t in ax.texts if not isinstance(t, Annotation)]
    now = demo_store.records(model.AgendaItem, did)
    per_track = [[i.status for i in now if i.track_id == t] for t in tracks if t in used][::-1]
    # a bar of two parts or more has its count at its end; one of one part, inside it only
    assert totals == [str(len(s)) for s in per_track if len(set(s)) > 1] and len(totals) == 1
    parts = [t.get_text() for t in ax.texts if isinstance(t, Annotation) and t.get_text()]
    assert sorted(parts) == sorted(str(int(p.get_width())) for c in ax.containers for p in c if p.get_width())
    agreed = [p.get_width() for p in ax.containers[1] if p.get_width()]
    assert agreed == [1]
    empty = store.put(model.Dossier(id="d-none", title="None"))
    fig = charts.build("status", store, empty.id)
    assert _legend_texts(fig) == [] and not charts.has_data("status", store, empty.id)


@pytest.mark.parametrize("demo_language", ["en", "ko"])
def test_illustrative_figures_are_hatched_and_each_bar_names_its_source(demo_store) -> None:
    did = _demo_id(demo_store)
    figures = demo_store.records(model.Figure, did)
    fig = charts.build("figures", demo_store, did)
    bars = [p for ax in fig.axes for c in ax.containers for p in c]
    assert len(bars) == len(figures)
    marked = [bool(p.get_hatch()) for p in bars]
    assert marked == [charts.is_illustrative(f.source) for f in figures]
    assert any(marked) and not all(marked)  # the demo has both kinds
    assert _legend_texts(fig) == ["Figure from its source", "Illustrative: not a sourced figure"]
    (note,) = [t.get_text() for t in fig.texts if t.get_text().startswith("Sources ")]
    numbered = dict(re.findall(r"^\[(\d+)\] (.+)$", note, flags=re.MULTILINE))
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    for figure, label in zip(figures, labels, strict=True):
        number = re.search(r"\[(\d+)\]$", label).group(1)
        assert " ".join(numbered[number].split()) == " ".join(figure.source.split())[: len(numbered[number])]


def test_a_figure_is_illustrative_when_its_source_says_so_in_either_language() -> None:
    assert charts.is_illustrative("Illustrative value for the demo chart")
    assert charts.is_illustrative("데모 차트용 예시값으로 기사에 나오지 않음")
    assert not charts.is_illustrative("Korea Customs Service, 2024")
    assert not charts.is_illustrative("")


def test_the_charts_of_every_item_and_task_read_fields_not_records(demo_store, monkeypatch) -> None:
    """A chart over every agenda item or task of a large dossier builds no record of them (at
    200,000 items, seconds and hundreds of megabytes): it reads the fields it draws."""
    from negoprep.store.store import Store

    did = _demo_id(demo_store)
    real = Store.records

    def records(self, rtype, dossier_id, **equals):
        assert rtype not in (model.AgendaItem, model.ChecklistItem, model.TalkingPoint), rtype.table
        return real(self, rtype, dossier_id, **equals)

    monkeypatch.setattr(Store, "records", records)
    for kind in ("priority-matrix", "status", "readiness"):
        assert charts.has_data(kind, demo_store, did), kind
        assert charts.build(kind, demo_store, did).axes, kind
