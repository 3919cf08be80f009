"""Charts of a dossier, built as matplotlib figures without pyplot or any global state.

matplotlib is imported only inside the functions that draw, so starting the app does not pay
for it; the data builders are plain Python and are tested without matplotlib. The figures work
headless (`save`) and can be embedded in Qt with FigureCanvasQTAgg. Titles, axes, legends and
notes are in the installed language (`negoprep.i18n`), read when a chart is drawn.

Text is drawn in the window's font (or matplotlib's default) followed by the fallbacks it
needs from negoprep.fonts, as printing does: Hangul, Chinese and Japanese in a CJK font.
A character that no installed font has is drawn as a box without matplotlib's warning per
character, and `font_warnings` says which ones in words.
"""

from __future__ import annotations

import functools
import math
import textwrap
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from negoprep import fonts, live
from negoprep.i18n import QT_TRANSLATE_NOOP, format_number, translate
from negoprep.paper.chart_kinds import KINDS
from negoprep.paper.checklists import is_overdue
from negoprep.records import model
from negoprep.records.labels import enum_label, field_label
from negoprep.records.numbers import local_figure
from negoprep.records.problems import problem, words

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

    from negoprep.analysis.frontier import FrontierPoint
    from negoprep.analysis.scoring import PackageValue
    from negoprep.redlines.check import DossierCheck, PackageCheck


class _Translated(Mapping[str, str]):
    """English source texts by key, read in the installed language at the time of reading."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._sources = dict(sources)

    def __getitem__(self, key: str) -> str:
        return translate("Charts", self._sources[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


#: each chart's title by kind, in the installed language
TITLES: Mapping[str, str] = _Translated(
    {
        "priority-matrix": QT_TRANSLATE_NOOP("Charts", "Priority and flexibility of the agenda items"),
        "readiness": QT_TRANSLATE_NOOP("Charts", "Preparation tasks done, open and overdue"),
        "packages": QT_TRANSLATE_NOOP("Charts", "What each package is worth"),
        "figures": QT_TRANSLATE_NOOP("Charts", "Key figures"),
        "status": QT_TRANSLATE_NOOP("Charts", "Agenda items by status"),
        "offers": QT_TRANSLATE_NOOP("Charts", "Offers round by round against our ladder"),
        "frontier": QT_TRANSLATE_NOOP("Charts", "Packages by their value for us and for them"),
        "sensitivity": QT_TRANSLATE_NOOP("Charts", "How far each weight can move before the best package changes"),
    }
)

#: Okabe-Ito: safe for the common kinds of colour blindness, readable on light and dark.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
DONE, OPEN, LATE = "#009E73", "#999999", "#D55E00"
OURS, THEIRS = "#0072B2", "#E69F00"
MAX_LABELS = 20
LABEL_CHARS = 24
TITLE_CHARS = 70  # a title longer than this (in narrow characters) wraps
MIDDLE = 3  # priorities and flexibilities run 1..5; 3 and above counts as high
# English source texts, translated where they are drawn
NO_TRACK = QT_TRANSLATE_NOOP("Charts", "No track")
UNASSIGNED = QT_TRANSLATE_NOOP("Charts", "Unassigned")
GENERAL = QT_TRANSLATE_NOOP("Charts", "General (no agenda item)")
HOLD_FIRM = QT_TRANSLATE_NOOP("Charts", "Hold firm")
TRADE = QT_TRANSLATE_NOOP("Charts", "Trade")
CONCEDE = QT_TRANSLATE_NOOP("Charts", "Concede")
LOW_STAKES = QT_TRANSLATE_NOOP("Charts", "Low stakes")


# --- data ---------------------------------------------------------------------------------


def quadrant(priority: float, flexibility: float) -> str:
    """Where an item sits on the priority matrix (the English name: `translate("Charts", ...)`
    reads it in the installed language)."""
    high = round(priority) >= MIDDLE
    flexible = round(flexibility) >= MIDDLE
    if high:
        return TRADE if flexible else HOLD_FIRM
    return CONCEDE if flexible else LOW_STAKES


class Point(NamedTuple):
    label: str
    priority: float  # jittered a little so identical points do not overlap
    flexibility: float
    track: str
    color: str

    @property
    def quadrant(self) -> str:
        return quadrant(self.priority, self.flexibility)


class Placed(Protocol):
    """What the priority matrix reads of an agenda item: a record, or an `ItemFields`."""

    @property
    def title(self) -> str: ...

    @property
    def priority(self) -> int: ...

    @property
    def flexibility(self) -> int: ...

    @property
    def track_id(self) -> str: ...

    @property
    def weight(self) -> float: ...

    @property
    def status(self) -> str: ...


class ItemFields(NamedTuple):
    """The fields of an agenda item the charts read (`Store.fields`: no record is built, which
    at 200,000 items is seconds and hundreds of megabytes)."""

    id: str
    title: str
    priority: int
    flexibility: int
    track_id: str
    weight: float
    status: str


class TaskFields(NamedTuple):
    """The fields of a checklist task the readiness chart reads."""

    owner_id: str | None
    due: str | None
    done: bool
    agenda_item_id: str | None


def item_fields(store: Any, dossier_id: str) -> list[ItemFields]:
    """The dossier's live agenda items as `ItemFields`, in display order."""
    return [ItemFields(*row) for row in store.fields(model.AgendaItem, dossier_id, ItemFields._fields)]


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` on one line, cut with "…" beyond ``limit`` narrow characters (a Hangul or
    Chinese character is as wide as two)."""
    text = " ".join(text.split())
    widths = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text]
    if sum(widths) <= limit:
        return text
    used, end = 0, 0
    while end < len(text) and used + widths[end] <= limit - 1:
        used += widths[end]
        end += 1
    return text[:end].rstrip() + "…"


def wrapped(text: str, limit: int = LABEL_CHARS, lines: int = 2) -> str:
    """`text` on at most `lines` lines of about `limit` narrow characters each (a Hangul or
    Chinese character is as wide as two), broken between words where it can be; only what
    is left beyond the last line is cut with "…"."""
    words_ = " ".join(text.split()).split(" ")
    out: list[str] = []
    line = ""
    for word in words_:
        candidate = f"{line} {word}" if line else word
        if _width(candidate) <= limit or not line:
            line = candidate
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    out = [short(one, limit) for one in out]  # a single word wider than a line is cut
    if len(out) > lines:
        out = [*out[: lines - 1], short(" ".join(out[lines - 1 :]) + " …", limit)]
    return "\n".join(out)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def track_colors(track_names: Mapping[str, str]) -> dict[str, str]:
    """A colour per track id, in the tracks' order."""
    return {tid: PALETTE[i % len(PALETTE)] for i, tid in enumerate(track_names)}


def priority_points(items: Sequence[Placed], track_names: Mapping[str, str]) -> list[Point]:
    """A point per agenda item; items at the same spot are spread on a small circle."""
    colors = track_colors(track_names)
    spots: dict[tuple[int, int], list[int]] = {}
    for i, item in enumerate(items):
        spots.setdefault((item.priority, item.flexibility), []).append(i)
    offsets: dict[int, tuple[float, float]] = {}
    for members in spots.values():
        n = len(members)
        radius = 0.0 if n == 1 else min(0.32, 0.1 + 0.03 * n)
        for k, i in enumerate(members):
            angle = math.pi / 2 + 2 * math.pi * k / n
            offsets[i] = (radius * math.cos(angle), radius * math.sin(angle))
    points = []
    for i, item in enumerate(items):
        dx, dy = offsets[i]
        points.append(
            Point(
                short(item.title),
                item.priority + dy,
                item.flexibility + dx,
                track_names.get(item.track_id) or translate("Charts", NO_TRACK),
                colors.get(item.track_id, PALETTE[-1]),
            )
        )
    return points


def readiness(
    tasks: Iterable[TaskFields] | Iterable[model.ChecklistItem],
    participant_names: Mapping[str, str],
    items_track: Mapping[str, str],
    today: str,
) -> tuple[dict[str, tuple[int, int, int]], dict[str, tuple[int, int, int]]]:
    """(done, total, overdue) of the checklist tasks by owner and by the track of their item."""
    owners: dict[str, list[int]] = {name: [0, 0, 0] for name in participant_names.values()}
    tracks: dict[str, list[int]] = {name: [0, 0, 0] for name in dict.fromkeys(items_track.values())}
    for task in tasks:
        late = is_overdue(task, today)
        owner = participant_names.get(task.owner_id or "") or translate("Charts", UNASSIGNED)
        if task.agenda_item_id:
            track = items_track.get(task.agenda_item_id) or translate("Charts", NO_TRACK)
        else:
            track = translate("Charts", GENERAL)
        for counts in (owners.setdefault(owner, [0, 0, 0]), tracks.setdefault(track, [0, 0, 0])):
            counts[0] += task.done
            counts[1] += 1
            counts[2] += late

    def kept(d: dict[str, list[int]]) -> dict[str, tuple[int, int, int]]:
        return {k: (v[0], v[1], v[2]) for k, v in d.items() if v[1]}

    return kept(owners), kept(tracks)


def package_bars(
    packages: Sequence[model.Package],
    values: Mapping[str, PackageValue],
    checks: DossierCheck | Iterable[PackageCheck],
) -> list[tuple[str, float, float | None, bool, int]]:
    """(name, value for us, value for them or None, unacceptable, violations), every
    unacceptable package (it breaks an absolute red line: its value says so) below every
    acceptable one."""
    from negoprep.analysis.scoring import acceptable_first

    found = checks.packages if hasattr(checks, "packages") else checks
    by_id = {c.package.id: c for c in found}
    bars = []
    for package in acceptable_first(packages, values):
        value = values.get(package.id)
        check = by_id.get(package.id)
        bars.append(
            (
                package.name,
                value.ours if value else 0.0,
                value.theirs if value else None,
                bool(value and not value.acceptable),
                len(check.violations) if check else 0,
            )
        )
    return bars


def figure_series(figures: Iterable[model.Figure]) -> dict[str, list[tuple[str, float, str, str]]]:
    """The figures grouped by series, each in order: (label, value, unit, source)."""
    series: dict[str, list[tuple[str, float, str, str]]] = {}
    for f in figures:
        series.setdefault(f.series, []).append((f.label, f.value, f.unit, f.source))
    return series


def status_by_track(items: Iterable[Placed], track_names: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """How many items of each track have each status: track name (in the tracks' order, items
    without a track last) → status → count, only statuses that occur, in model.STATUSES order."""
    rows: dict[str, dict[str, int]] = {name: {} for name in track_names.values()}
    for item in items:
        name = track_names.get(item.track_id or "") or translate("Charts", NO_TRACK)
        counts = rows.setdefault(name, {})
        counts[item.status] = counts.get(item.status, 0) + 1
    order = {status: n for n, status in enumerate(model.STATUSES)}
    return {
        name: dict(sorted(counts.items(), key=lambda pair: order.get(pair[0], len(order))))
        for name, counts in rows.items()
        if counts
    }


class OfferPanel(NamedTuple):
    """One agenda item's offers, round by round: by the proposed figure where the offers give
    one (`by_figure`), else by the step of our ladder at which each offer settles the item."""

    agenda_item_id: str
    title: str
    unit: str
    by_figure: bool
    ours: list[tuple[int, float]]  # (round number, figure or index of the step in model.LEVELS)
    theirs: list[tuple[int, float]]
    ladder: dict[str, float]  # step of model.LADDER → our figure there, the steps that have one
    their_walk_away: float | None


def offer_panels(content: model.DossierContent) -> list[OfferPanel]:
    """Per agenda item that an offer holds (items with proposed figures first, each group in
    agenda order), each side's offers by round. An offer that names a step of the ladder but
    no figure is drawn at that step's figure where the item gives one. Offers whose round is
    not in the dossier are left out."""
    from negoprep.records.ladder import FIGURE_FIELDS, settled_level

    rounds = {r.id: r.number for r in content.rounds}
    packages = {p.id: p for p in content.packages}
    items = {i.id: i for i in content.agenda_items}
    seen: dict[str, list[tuple[str, int, float | None, str]]] = {}
    tabled = [o for o in content.offers if o.round_id in rounds and o.package_id in packages]
    for offer in sorted(tabled, key=lambda o: rounds[o.round_id]):  # stable: the offers' order in a round
        for entry in packages[offer.package_id].items:
            item = items.get(entry.agenda_item_id)
            if item is not None:
                level = settled_level(entry, item)
                figure = entry.value
                if figure is None and level in model.LADDER:
                    figure = getattr(item, FIGURE_FIELDS[model.LADDER.index(level)])  # (None where not given)
                seen.setdefault(item.id, []).append((offer.side, rounds[offer.round_id], figure, level))
    panels = []
    for item in content.agenda_items:
        rows = seen.get(item.id)
        if not rows:
            continue
        by_figure = any(r[2] is not None for r in rows)

        ladder = {
            step: float(getattr(item, name))
            for step, name in zip(model.LADDER, FIGURE_FIELDS, strict=True)
            if getattr(item, name) is not None
        }
        ours, theirs = _series(rows, "ours", by_figure), _series(rows, "theirs", by_figure)
        if not by_figure:
            ladder = {}
        walk_away = item.their_walk_away if by_figure else None
        panels.append(OfferPanel(item.id, item.title, item.figure_unit, by_figure, ours, theirs, ladder, walk_away))
    return sorted(panels, key=lambda p: not p.by_figure)


def _series(rows: list[tuple[str, int, float | None, str]], side: str, by_figure: bool) -> list[tuple[int, float]]:
    """One side's (round, figure) or (round, step index) of the rows (side, round, figure, step)."""
    if by_figure:
        return [(r[1], float(r[2])) for r in rows if r[0] == side and r[2] is not None]
    return [(r[1], float(model.LEVELS.index(r[3]))) for r in rows if r[0] == side]


#: the word by which a figure's source says that the figure is an illustration, not a fact
ILLUSTRATIVE = QT_TRANSLATE_NOOP("Charts", "illustrative")
#: the same word in every language negoprep ships, so that a Korean dossier's figures are
#: marked in an English window too ("예시": example, illustration)
_ILLUSTRATIVE_WORDS = ("illustrative", "예시")


def is_illustrative(source: str) -> bool:
    """Whether a figure's source calls it illustrative ("Illustrative value for the demo
    chart, …", "… 예시값 …"), in a language negoprep ships or the installed one."""
    text = source.casefold()
    words_ = {*_ILLUSTRATIVE_WORDS, translate("Charts", ILLUSTRATIVE)}
    return any(word and word.casefold() in text for word in words_)


def has_data(kind: str, store: Any, dossier_id: str) -> bool:
    """Whether a chart of `kind` has anything to draw for the dossier (a book leaves the others out)."""
    source = {
        "priority-matrix": model.AgendaItem,
        "status": model.AgendaItem,
        "readiness": model.ChecklistItem,
        "packages": model.Package,
        "figures": model.Figure,
        "offers": model.Offer,
        "frontier": model.Package,
        "sensitivity": model.Package,
    }[kind]
    found = store.count(source, dossier_id)
    if kind == "frontier":  # a plane of nothing when their value is nowhere modelled
        theirs = store.fields(model.AgendaItem, dossier_id, ("their_weight",))
        return found > 0 and any(weight is not None for (weight,) in theirs)
    if kind == "sensitivity":  # one package is always the best
        return found > 1
    return found > 0


def status_counts(items: Iterable[Placed]) -> dict[str, int]:
    """How many items have each status, in model.STATUSES order (unknown ones last)."""
    counts = dict.fromkeys(model.STATUSES, 0)
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


# --- drawing ------------------------------------------------------------------------------


class _Theme(NamedTuple):
    bg: str
    axes: str
    fg: str
    muted: str
    grid: str


LIGHT = _Theme("#ffffff", "#ffffff", "#1a1a1a", "#555555", "#dddddd")
DARK = _Theme("#1e1f22", "#26282c", "#e8e8e8", "#b0b0b0", "#44474d")


#: the gid of a tick label drawn in the late colour (an unacceptable package's name)
_LATE_LABEL = "negoprep-late"


def _style(fig: Figure, theme: _Theme, font_family: str | None) -> None:
    from matplotlib.text import Text

    fig.patch.set_facecolor(theme.bg)
    for ax in fig.axes:
        ax.set_facecolor(theme.axes)
        ax.tick_params(colors=theme.fg, which="both")
        for spine in ax.spines.values():
            spine.set_edgecolor(theme.muted)
        for label in (ax.title, ax.xaxis.label, ax.yaxis.label):
            label.set_color(theme.fg)
    legends = [ax.get_legend() for ax in fig.axes] + list(fig.legends)
    for legend in legends:
        if legend is not None:
            legend.get_frame().set_facecolor(theme.axes)
            legend.get_frame().set_edgecolor(theme.muted)
            for text in legend.get_texts():
                text.set_color(theme.fg)
    for ax in fig.axes:  # the tick labels of names (tracks, packages) are made on demand
        ax.xaxis.get_majorticklabels()
        for label in ax.yaxis.get_majorticklabels():
            if label.get_gid() == _LATE_LABEL:
                label.set_color(LATE)
    texts = fig.findobj(Text)
    choice = fonts.for_text("".join(text.get_text() for text in texts), font_family)
    for text in texts:
        assert isinstance(text, Text)
        text.set_fontfamily(list(choice.families))
        text.set_parse_math(False)  # a title with two "$" in it is text, not mathematics
    fig._negoprep_missing = choice.missing  # type: ignore[attr-defined]


@functools.cache
def _chart_class() -> type[Figure]:
    """A matplotlib Figure that draws without a warning per character no font has (such
    characters are found before and reported once by `font_warnings`)."""
    from matplotlib.figure import Figure

    class Chart(Figure):
        _negoprep_missing: tuple[str, ...] = ()

        def draw(self, renderer: Any) -> None:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=fonts.GLYPH_WARNING, category=UserWarning)
                super().draw(renderer)

    return Chart


def _new_figure(height: float = 5.5) -> Figure:
    return _chart_class()(figsize=(9, height), layout="constrained")


def missing(figure: Figure) -> tuple[str, ...]:
    """The characters of a chart's text that no installed font has (drawn as boxes)."""
    return tuple(getattr(figure, "_negoprep_missing", ()))


def font_warnings(figure: Figure, limit: int = 20) -> list[str]:
    """What to tell a person about a chart's characters that no installed font has: nothing,
    or one line naming them (and saying when no CJK font is installed at all)."""
    chars = missing(figure)
    if not chars:
        return []
    shown: Any = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:limit])
    if len(chars) > limit:
        shown = problem("font.more", chars=shown, count=len(chars) - limit)
    if any(fonts.is_cjk(ch) for ch in chars) and not fonts.cjk_installed():
        return [words(problem("font.no_cjk", chars=shown, package=fonts.CJK_PACKAGE))]
    return [words(problem("font.missing", chars=shown))]


def _whole_ticks(axis: Axis) -> None:
    """Ticks at whole numbers only, on an axis with matplotlib's automatic ticks."""
    from matplotlib.ticker import MaxNLocator

    locator = axis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # as matplotlib's AutoLocator is
        locator.set_params(integer=True)


def _empty(ax: Axes, theme: _Theme, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", color=theme.muted, transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _matrix(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    tracks = {t.id: t.name for t in store.records(model.Track, dossier_id)}
    items = item_fields(store, dossier_id)
    points = priority_points(items, tracks)
    ax = fig.add_subplot()
    ax.set_xlim(0.4, 5.6)
    ax.set_ylim(0.4, 5.6)
    ax.axvline(MIDDLE - 0.5, color=theme.muted, linewidth=0.8, linestyle="--")
    ax.axhline(MIDDLE - 0.5, color=theme.muted, linewidth=0.8, linestyle="--")
    for text, x, y, ha, va in (
        (HOLD_FIRM, 0.45, 5.55, "left", "top"),
        (TRADE, 5.55, 5.55, "right", "top"),
        (CONCEDE, 5.55, 0.45, "right", "bottom"),
        (LOW_STAKES, 0.45, 0.45, "left", "bottom"),
    ):
        ax.text(
            x, y, translate("Charts", text), ha=ha, va=va, color=theme.muted, fontsize=10, fontstyle="italic", alpha=0.9
        )
    names = list(dict.fromkeys([*tracks.values(), *(p.track for p in points)]))
    for name in names:
        mine = [p for p in points if p.track == name]
        if mine:
            ax.scatter(
                [p.flexibility for p in mine],
                [p.priority for p in mine],
                s=60,
                color=mine[0].color,
                edgecolors=theme.bg,
                linewidths=0.8,
                label=wrapped(name, 28),  # a legend of long names would crowd out the chart
                zorder=3,
            )
    order = sorted(range(len(points)), key=lambda i: (-items[i].priority, -(items[i].weight or 0), i))
    shown = order[:MAX_LABELS]
    spots: dict[tuple[int, int], list[int]] = {}
    for i in range(len(points)):
        spots.setdefault((items[i].priority, items[i].flexibility), []).append(i)
    crowded: dict[tuple[int, int], list[int]] = {}
    for i in shown:
        spot = (items[i].priority, items[i].flexibility)
        if len(spots[spot]) > 2:  # one block of labels per crowded spot, not one per point
            crowded.setdefault(spot, []).append(i)
            continue
        p = points[i]
        dx, dy = p.flexibility - items[i].flexibility, p.priority - items[i].priority
        if dx == dy == 0:
            dx, dy = 1.0, 0.4
        if (items[i].flexibility >= 4 and dx > 0) or (items[i].flexibility <= 1 and dx < 0):
            dx = -dx  # toward the middle: beside the edge a label would run off the chart
        norm = math.hypot(dx, dy)
        ox, oy = 9 * dx / norm, 9 * dy / norm
        ax.annotate(
            wrapped(items[i].title),
            (p.flexibility, p.priority),
            xytext=(ox, oy),
            textcoords="offset points",
            ha="left" if ox > 1 else "right" if ox < -1 else "center",
            va="bottom" if oy > 1 else "top" if oy < -1 else "center",
            fontsize=7,
            color=theme.fg,
            zorder=4,
        )
    for (priority, flexibility), members in crowded.items():
        reach = max(abs(points[i].priority - priority) for i in spots[(priority, flexibility)])
        below = priority > 1  # under the cluster, clear of the one above (the bottom row: over it)
        lines = [wrapped(items[i].title, 22) for i in members[:3]]
        if len(members) > 3:
            lines.append(translate("Charts", "+{n} more here").format(n=format_number(len(members) - 3)))
        ax.annotate(
            "\n".join(lines),
            (flexibility, priority - reach if below else priority + reach),
            xytext=(0, -7 if below else 7),
            textcoords="offset points",
            ha="center",
            va="top" if below else "bottom",
            fontsize=6.5,
            linespacing=1.1,
            color=theme.fg,
            zorder=4,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": theme.axes, "edgecolor": "none", "alpha": 0.8},
        )
    more = len(points) - len(shown)
    title = TITLES["priority-matrix"]
    if more > 0:
        title += translate("Charts", " (+{n} more not labelled)").format(n=format_number(more))
    ax.set_title(wrapped(title, TITLE_CHARS, 3))
    ax.set_xlabel(translate("Charts", "Flexibility (1 = none, 5 = a lot)"))
    ax.set_ylabel(translate("Charts", "Priority for us (1 = low, 5 = top)"))
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    if not points:
        _empty(ax, theme, translate("Charts", "No agenda items yet"))
    elif names:
        ax.legend(title=None, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=True)


def _readiness(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    from matplotlib.patches import Patch

    tracks = {t.id: t.name for t in store.records(model.Track, dossier_id)}
    people = {p.id: p.name for p in store.records(model.Participant, dossier_id)}
    no_track = translate("Charts", NO_TRACK)
    items = {i: tracks.get(t) or no_track for i, t in store.fields(model.AgendaItem, dossier_id, ("id", "track_id"))}
    tasks = [TaskFields(*row) for row in store.fields(model.ChecklistItem, dossier_id, TaskFields._fields)]
    by_owner, by_track = readiness(tasks, people, items, date.today().isoformat())
    fig.suptitle(TITLES["readiness"], color=theme.fg)
    if not tasks:  # one message, and no legend of colours that nothing on the chart has
        _empty(fig.add_subplot(), theme, translate("Charts", "No checklist tasks"))
        return
    axes = fig.subplots(1, 2)
    sides = ((axes[0], by_owner, translate("Charts", "By owner")), (axes[1], by_track, translate("Charts", "By track")))
    for ax, data, what in sides:
        names = [wrapped(n, 28) for n in data][::-1]
        done = [v[0] for v in data.values()][::-1]
        late = [v[2] for v in data.values()][::-1]
        waiting = [v[1] - v[0] - v[2] for v in data.values()][::-1]
        ax.barh(names, done, color=DONE)
        ax.barh(names, waiting, left=done, color=OPEN)
        behind = [a + b for a, b in zip(done, waiting, strict=True)]
        ax.barh(names, late, left=behind, color=LATE)
        ax.set_title(what)
        ax.set_xlabel(translate("Charts", "Tasks"))
        ax.tick_params(axis="y", labelsize=8)
        _whole_ticks(ax.xaxis)
        ax.grid(axis="x", color=theme.grid, linewidth=0.6)
        ax.set_axisbelow(True)
    # a legend entry for each state some task is in, in its own colour
    n_done, n_all, n_late = (sum(v[k] for v in by_owner.values()) for k in range(3))
    states = (
        (DONE, translate("Charts", "Done"), n_done),
        (OPEN, translate("Charts", "Open"), n_all - n_done - n_late),
        (LATE, translate("Charts", "Overdue"), n_late),
    )
    handles = [Patch(facecolor=color, label=label) for color, label, count in states if count]
    fig.legend(handles=handles, fontsize=8, loc="outside lower center", ncols=len(handles))


def _packages(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    from negoprep.analysis.winset import check_dossier_at_home

    packages = store.records(model.Package, dossier_id)
    bars = package_bars(packages, store.package_values(dossier_id), store.check_packages(dossier_id))
    home = check_dossier_at_home(analysed(store, dossier_id))
    by_name = {p.name: p.id for p in packages}
    ax = fig.add_subplot()
    n = len(bars)
    ys = list(range(n))[::-1]
    them = any(b[2] is not None for b in bars)
    h = 0.38 if them else 0.6
    for_us = translate("Charts", "Value for us")
    ours = ax.barh([y + (h / 2 if them else 0) for y in ys], [b[1] for b in bars], height=h, color=OURS, label=for_us)
    for bar, b in zip(ours, bars, strict=True):
        if b[3]:
            bar.set_hatch("///")
            bar.set_edgecolor(LATE)
    if them:
        for_them = translate("Charts", "Value for them")
        theirs = ax.barh([y - h / 2 for y in ys], [b[2] or 0 for b in bars], height=h, color=THEIRS, label=for_them)
        for bar, b in zip(theirs, bars, strict=True):
            if b[3]:
                bar.set_hatch("///")
                bar.set_edgecolor(LATE)
    top = max([b[1] for b in bars] + [b[2] or 0 for b in bars] + [1])
    names = []
    for b in bars:
        names.append(short(b[0], 30))
        if b[3]:
            # under the package's name, in the late colour (beside a long bar it was cut off)
            names[-1] += "\n" + (
                translate("Charts", "unacceptable: breaks 1 red line")
                if b[4] == 1
                else translate("Charts", "unacceptable: breaks {n} red lines").format(n=format_number(b[4]))
            )
        checked = home.get(by_name.get(b[0], ""))
        if checked is not None and checked.fails:
            vetoes = list(dict.fromkeys(f.constituency for f in checked.failures if f.veto))
            names[-1] += "\n" + translate("Charts", "fails at home: {names}").format(names=short(", ".join(vetoes), 30))
    failing = [bool(home.get(by_name.get(b[0], "")) and home[by_name[b[0]]].fails) for b in bars]
    ax.set_xlim(0, top * 1.3)
    ax.set_yticks(ys, names)
    for label, b, fails in zip(ax.get_yticklabels(), bars, failing, strict=True):
        if b[3] or fails:
            label.set_gid(_LATE_LABEL)  # (coloured by _style, which sets every other tick label)
    ax.set_title(TITLES["packages"])
    ax.set_xlabel(translate("Charts", "Points (weighted value of the package)"))
    ax.set_ylabel(translate("Charts", "Package"))
    ax.grid(axis="x", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    if not bars:
        _empty(ax, theme, translate("Charts", "No packages yet"))
    else:
        handles, labels = ax.get_legend_handles_labels()
        if any(b[3] for b in bars):
            from matplotlib.patches import Patch

            unacceptable = translate("Charts", "Unacceptable: breaks an absolute red line")
            handles.append(Patch(facecolor="none", edgecolor=LATE, hatch="///", label=unacceptable))
            labels.append(unacceptable)
        ax.legend(handles, labels, fontsize=8, loc="best")


def _figures(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    from matplotlib.layout_engine import ConstrainedLayoutEngine
    from matplotlib.patches import Patch

    series = figure_series(store.records(model.Figure, dossier_id))
    axes = fig.subplots(max(1, len(series)), 1, squeeze=False)[:, 0]
    # every source once, numbered: each bar carries the number of its own
    not_given = translate("Charts", "source not given")
    numbers: dict[str, int] = {}
    for rows in series.values():
        for row in rows:
            numbers.setdefault(row[3] or not_given, len(numbers) + 1)
    illustrative_seen = solid_seen = False
    for ax, (name, rows) in zip(axes, series.items(), strict=False):
        labels = [short(r[0] or str(i + 1), 16) for i, r in enumerate(rows)]
        values = [r[1] for r in rows]
        units = list(dict.fromkeys(r[2] for r in rows if r[2]))
        container = ax.bar(labels, values, color=PALETTE[0], edgecolor=PALETTE[0], linewidth=1.2)
        for bar, row in zip(container, rows, strict=True):
            if is_illustrative(row[3]):
                # hatched and pale: an illustration must not pass for a sourced fact
                bar.set_facecolor(theme.axes)
                bar.set_hatch("///")
                illustrative_seen = True
            else:
                solid_seen = True
        marks = [f"{local_figure(r[1])} [{format_number(numbers[r[3] or not_given])}]" for r in rows]
        ax.bar_label(container, labels=marks, fontsize=8, color=theme.fg, padding=2)
        ax.set_title(wrapped(name, 80), fontsize=10)
        ax.set_ylabel(", ".join(units) or translate("Charts", "Value"))
        ax.set_xlabel("")
        ax.margins(y=0.15)
        ax.grid(axis="y", color=theme.grid, linewidth=0.6)
        ax.set_axisbelow(True)
    fig.suptitle(TITLES["figures"], color=theme.fg)
    if not series:
        _empty(axes[0], theme, translate("Charts", "No figures yet"))
        axes[0].set_title("")
        return
    axes[-1].set_xlabel(translate("Charts", "Figure"))
    handles = []
    if solid_seen:
        sourced = translate("Charts", "Figure from its source")
        handles.append(Patch(facecolor=PALETTE[0], edgecolor=PALETTE[0], label=sourced))
    if illustrative_seen:
        handles.append(
            Patch(
                facecolor=theme.axes,
                edgecolor=PALETTE[0],
                hatch="///",
                label=translate("Charts", "Illustrative: not a sourced figure"),
            )
        )
    axes[0].legend(handles=handles, fontsize=8, loc="upper left")
    heading = translate("Charts", "Sources (the number in brackets after each value):")
    entries = [
        textwrap.fill(f"[{format_number(n)}] {source}", 150, subsequent_indent="     ") for source, n in numbers.items()
    ]
    text = "\n".join([heading, *entries])
    lines = text.count("\n") + 1
    layout = fig.get_layout_engine()
    assert isinstance(layout, ConstrainedLayoutEngine)  # made so by _new_figure
    inches = fig.get_figheight()
    room = (0.02 + lines * 0.16) / inches  # about 0.16 inch a line of 7-point text
    layout.set(rect=(0, room + 0.01, 1, 1 - room - 0.01))
    fig.text(0.01, 0.01, text, ha="left", va="bottom", fontsize=7, color=theme.muted, linespacing=1.3)


def _status(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    """Per track, one bar divided by status, each part labelled with its count."""
    from matplotlib.patches import Patch

    tracks = {t.id: t.name for t in store.records(model.Track, dossier_id)}
    rows = status_by_track(item_fields(store, dossier_id), tracks)
    ax = fig.add_subplot()
    ax.set_title(TITLES["status"])
    if not rows:
        _empty(ax, theme, translate("Charts", "No agenda items yet"))
        return
    statuses = [s for s in model.STATUSES if any(s in counts for counts in rows.values())]
    statuses += [s for counts in rows.values() for s in counts if s not in statuses]
    names = [wrapped(name, 28) for name in rows][::-1]
    left = [0] * len(names)
    handles = []
    for n, status in enumerate(statuses):
        counts = [counts.get(status, 0) for counts in rows.values()][::-1]
        color = STATUS_COLORS.get(status, PALETTE[n % len(PALETTE)])
        container = ax.barh(names, counts, left=left, color=color, edgecolor=theme.axes, linewidth=1)
        ink = "#ffffff" if status in _DARK_STATUSES else "#1a1a1a"
        ax.bar_label(
            container, labels=[format_number(c) if c else "" for c in counts], label_type="center", fontsize=8,
            color=ink,
        )  # fmt: skip
        left = [a + b for a, b in zip(left, counts, strict=True)]
        handles.append(Patch(facecolor=color, label=enum_label(status)))
    parts = [sum(1 for count in counts.values() if count) for counts in rows.values()][::-1]
    for y, (total, many) in enumerate(zip(left, parts, strict=True)):
        if many > 1:  # a bar of one part says its count inside already
            ax.text(total, y, " " + format_number(total), va="center", ha="left", fontsize=8, color=theme.fg)
    ax.set_xlim(0, max(left) * 1.12 + 0.5)
    ax.set_xlabel(translate("Charts", "Agenda items"))
    ax.set_ylabel(field_label(model.AgendaItem, "track_id"))
    ax.tick_params(axis="y", labelsize=8)
    _whole_ticks(ax.xaxis)
    ax.grid(axis="x", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    fig.legend(handles=handles, fontsize=8, loc="outside lower center", ncols=min(len(handles), 6))


# at most this many items get a panel of the offers chart, and a row of the sensitivity chart
MAX_PANELS = 8
MAX_ROWS = 14
HOME = "#CC79A7"  # a ring around a package that fails at home
FRONTIER = "#009E73"


def analysed(store: Any, dossier_id: str) -> model.DossierContent:
    """What the charts of packages and offers are worked out from (`Store.package_content`:
    of the agenda items, those the packages hold, the red lines name and the demands are
    about); an empty dossier's content when there is no such live dossier."""
    content = store.package_content(dossier_id)
    return content if content is not None else model.DossierContent(dossier=model.Dossier(id=dossier_id, title=""))


def _offers(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    """Per agenda item, each side's offers over the rounds against our ladder."""
    from matplotlib.lines import Line2D

    panels = offer_panels(analysed(store, dossier_id))
    fig.suptitle(TITLES["offers"], color=theme.fg)
    if not panels:
        _empty(fig.add_subplot(), theme, translate("Charts", "No offers recorded yet"))
        return
    shown = panels[:MAX_PANELS]
    columns = 1 if len(shown) == 1 else 2
    rows = math.ceil(len(shown) / columns)
    axes = fig.subplots(rows, columns, squeeze=False).ravel()
    rounds = sorted({r for p in shown for r, _ in [*p.ours, *p.theirs]})
    ladder_seen = walk_seen = theirs_seen = False
    for ax, panel in zip(axes, shown, strict=False):
        for side, color, marker in (("ours", OURS, "o"), ("theirs", THEIRS, "s")):
            points = getattr(panel, side)
            if points:
                ax.plot([r for r, _ in points], [v for _, v in points], color=color, marker=marker, linewidth=1.6,
                        markersize=6, zorder=3)  # fmt: skip
        if panel.by_figure:
            values = [*panel.ladder.values(), *(v for _, v in [*panel.ours, *panel.theirs])]
            span = (max(values) - min(values)) or 1.0
            steps: dict[float, list[str]] = {}  # steps at one figure share a line and a label
            for step, figure in panel.ladder.items():
                steps.setdefault(figure, []).append(step)
            previous: float | None = None
            for figure, at in sorted(steps.items()):
                last = "walk_away" in at
                color = LATE if last else theme.muted
                ax.axhline(figure, color=color, linestyle="-" if last else "--", linewidth=1.0, zorder=1)
                # a label close above the one before goes under its own line instead
                below = previous is not None and figure - previous < 0.08 * span
                previous = None if below else figure
                ax.annotate(", ".join(enum_label(step) for step in at), (1, figure),
                            xycoords=("axes fraction", "data"), xytext=(-2, -2 if below else 2),
                            textcoords="offset points", ha="right", va="top" if below else "bottom", fontsize=6.5,
                            color=color)  # fmt: skip
                walk_seen |= last
                ladder_seen |= not last or len(at) > 1
            if panel.their_walk_away is not None:
                theirs_seen = True
                ax.axhline(panel.their_walk_away, color=THEIRS, linestyle=":", linewidth=1.4, zorder=1)
                ax.annotate(translate("Charts", "their walk-away"), (0, panel.their_walk_away),
                            xycoords=("axes fraction", "data"), xytext=(2, 2), textcoords="offset points",
                            ha="left", va="bottom", fontsize=6.5, color=THEIRS)  # fmt: skip
            ax.set_ylabel(panel.unit or field_label(model.PackageItem, "value"), fontsize=8)
            ax.margins(y=0.2)
        else:
            ax.set_yticks(range(len(model.LEVELS)), [enum_label(level) for level in model.LEVELS], fontsize=7)
            ax.set_ylim(len(model.LEVELS) - 0.5, -0.5)  # the opening (best for us) on top
            ax.set_ylabel(translate("Charts", "Step of our ladder"), fontsize=8)
        ax.set_title(wrapped(panel.title, 50), fontsize=9)
        ax.set_xticks(rounds, [format_number(r) for r in rounds])
        ax.set_xlim(min(rounds) - 0.4, max(rounds) + 0.4)
        ax.set_xlabel(field_label(model.Offer, "round_id"), fontsize=8)
        ax.tick_params(labelsize=7)
        ax.grid(axis="y", color=theme.grid, linewidth=0.5)
        ax.set_axisbelow(True)
    for ax in axes[len(shown) :]:
        ax.remove()  # (an empty cell of the grid: nothing of it is drawn or measured)
    handles = [
        Line2D([], [], color=OURS, marker="o", label=translate("Charts", "Our offers")),
        Line2D([], [], color=THEIRS, marker="s", label=translate("Charts", "Their offers")),
    ]
    if ladder_seen:
        handles.append(Line2D([], [], color=theme.muted, linestyle="--", label=translate("Charts", "Our ladder")))
    if walk_seen:
        handles.append(Line2D([], [], color=LATE, label=translate("Charts", "Our walk-away")))
    if theirs_seen:
        handles.append(
            Line2D([], [], color=THEIRS, linestyle=":", label=translate("Charts", "Their estimated walk-away"))
        )
    fig.legend(handles=handles, fontsize=8, loc="outside lower center", ncols=len(handles))
    if len(panels) > len(shown):
        more = translate("Charts", "+{n} more items with offers not shown").format(
            n=format_number(len(panels) - len(shown))
        )
        fig.text(0.99, 0.99, more, ha="right", va="top", fontsize=7, color=theme.muted)


def _frontier(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    """Every package by its value for us (x) and for them (y), the efficient frontier drawn."""
    from matplotlib.lines import Line2D

    from negoprep.analysis.frontier import frontier

    found = frontier(analysed(store, dossier_id))
    ax = fig.add_subplot()
    ax.set_title(TITLES["frontier"])
    if not found.points:
        _empty(ax, theme, translate("Charts", "No packages yet"))
        return
    if not found.placed:
        _empty(ax, theme, translate("Charts", "Their weights are not modelled: no package can be placed"))
        return
    # the room the points need (and their labels beside them), within 0..100
    xs = [p.ours for p in found.placed]
    ys = [p.theirs or 0.0 for p in found.placed]
    ax.set_xlim(0, min(100.0, max(xs) * 1.3 + 10))
    ax.set_ylim(-0.06 * (max(ys) + 10), min(105.0, max(ys) * 1.25 + 10))
    line = found.efficient
    ax.plot([p.ours for p in line], [p.theirs or 0 for p in line], color=FRONTIER, linewidth=1.6, zorder=2)
    for origin, color, marker in (("ours", OURS, "o"), ("theirs", THEIRS, "s")):
        mine = [p for p in found.placed if p.origin == origin]
        ax.scatter([p.ours for p in mine], [p.theirs or 0 for p in mine], s=70, color=color, marker=marker,
                   edgecolors=theme.bg, linewidths=0.8, zorder=4)  # fmt: skip
    broken = [p for p in found.placed if p.violations]
    ax.scatter([p.ours for p in broken], [p.theirs or 0 for p in broken], s=110, marker="x", color=LATE,
               linewidths=2.2, zorder=5)  # fmt: skip
    failing = [p for p in found.placed if p.fails_at_home]
    ax.scatter([p.ours for p in failing], [p.theirs or 0 for p in failing], s=320, facecolors="none",
               edgecolors=HOME, linewidths=1.8, zorder=3)  # fmt: skip
    # (past their walk-away: they would refuse it, so it bounds no frontier either)
    refused = [p for p in found.placed if p.beyond_them]
    ax.scatter([p.ours for p in refused], [p.theirs or 0 for p in refused], s=260, marker="D", facecolors="none",
               edgecolors=THEIRS, linewidths=1.4, linestyle="--", zorder=3)  # fmt: skip
    _frontier_labels(ax, found.placed, theme)
    ax.set_xlabel(translate("Charts", "Value for us (points)"))
    ax.set_ylabel(translate("Charts", "Value for them, as we model it (points)"))
    ax.grid(color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    handles = [
        Line2D([], [], color=OURS, marker="o", linestyle="", label=translate("Charts", "Our package")),
        Line2D([], [], color=THEIRS, marker="s", linestyle="", label=translate("Charts", "Their package")),
        Line2D([], [], color=FRONTIER, label=translate("Charts", "Efficient frontier")),
    ]
    if broken:
        handles.append(Line2D([], [], color=LATE, marker="x", linestyle="", markeredgewidth=2.2,
                              label=translate("Charts", "Breaks a red line")))  # fmt: skip
    if failing:
        handles.append(Line2D([], [], color=HOME, marker="o", markerfacecolor="none", markersize=13, linestyle="",
                              label=translate("Charts", "Fails at home")))  # fmt: skip
    if refused:
        handles.append(Line2D([], [], color=THEIRS, marker="D", markerfacecolor="none", markersize=12, linestyle="",
                              label=translate("Charts", "Past their estimated walk-away")))  # fmt: skip
    ax.legend(handles=handles, fontsize=8, loc="upper right")
    if found.unplaced:
        note = translate("Charts", "Not placed (their value is not modelled): {names}").format(
            names=", ".join(short(p.name, 24) for p in found.unplaced)
        )
        ax.set_xlabel(ax.get_xlabel() + "\n" + wrapped(note, 110, 2), fontsize=9)


def _frontier_labels(ax: Axes, points: Sequence[FrontierPoint], theme: _Theme) -> None:
    """A short label beside each point (points at one spot share one), with the offers that
    table it; labels of neighbouring points are put above and below in turn."""
    spots: dict[tuple[float, float], list[FrontierPoint]] = {}
    for p in points:
        spots.setdefault((round(p.ours, 1), round(p.theirs or 0.0, 1)), []).append(p)
    placed: list[tuple[float, float]] = []
    for (x, y), members in sorted(spots.items()):
        lines = []
        for p in members:
            lines.append(short(p.name, 24))
            for t in p.offers:
                text = (
                    translate("Charts", "our offer, round {n}")
                    if t.side == "ours"
                    else translate("Charts", "their offer, round {n}")
                )
                lines.append("  " + text.format(n=format_number(t.round_number or 0)))
        (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
        near = sum(1 for px, py in placed if abs(px - x) < 0.15 * (x1 - x0) and abs(py - y) < 0.1 * (y1 - y0))
        placed.append((x, y))
        above = near % 2 == 0 or y < y0 + 0.15 * (y1 - y0)  # near the bottom: always above
        right = x < x0 + 0.7 * (x1 - x0)
        ax.annotate("\n".join(lines), (x, y), xytext=(8 if right else -8, 6 if above else -6),
                    textcoords="offset points", ha="left" if right else "right", va="bottom" if above else "top",
                    fontsize=7, color=theme.fg, zorder=3.5, linespacing=1.1,
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": theme.axes, "edgecolor": "none",
                          "alpha": 0.75})  # fmt: skip


def _sensitivity(fig: Figure, store: Any, dossier_id: str, theme: _Theme) -> None:
    """A tornado: per item, the weights it can take while the best acceptable package stays."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from negoprep.analysis.sensitivity import dossier_sensitivity

    content = analysed(store, dossier_id)
    found = dossier_sensitivity(content, item_fields(store, dossier_id))
    names = {p.id: p.name for p in content.packages}
    ax = fig.add_subplot()
    fig.suptitle(TITLES["sensitivity"], color=theme.fg)
    acceptable = len(content.packages) > 1 and found.best is not None
    if not content.packages:
        message = translate("Charts", "No packages yet")
    elif found.best is None:
        message = translate("Charts", "No package is acceptable: every one breaks an absolute red line")
    else:
        message = translate("Charts", "Only one package: no weight can change the best one")
    if not acceptable:
        _empty(ax, theme, message)
        return
    # the most sensitive first: the narrowest range at the top
    ranges = sorted(found.ranges, key=lambda r: (r.high - r.low, -r.weight))[:MAX_ROWS]
    ys = list(range(len(ranges)))[::-1]
    ceiling = max([r.high for r in ranges] + [1.0])
    for y, r in zip(ys, ranges, strict=True):
        for start, end, changes in ((r.low, r.weight, r.down_to), (r.weight, r.high, r.up_to)):
            if end <= start:
                continue
            ax.barh(y, end - start, left=start, height=0.55, color=OURS if changes else theme.axes,
                    edgecolor=OURS, hatch=None if changes else "///", linewidth=0.8, zorder=2)  # fmt: skip
        ax.plot([r.weight, r.weight], [y - 0.38, y + 0.38], color=theme.fg, linewidth=2.2, zorder=4)
        if r.down_to:
            ax.annotate(short(names.get(r.down_to, r.down_to), 22) + " ←", (r.low, y), xytext=(-3, 0),
                        textcoords="offset points", ha="right", va="center", fontsize=6.5, color=theme.fg)  # fmt: skip
        if r.up_to:
            ax.annotate("→ " + short(names.get(r.up_to, r.up_to), 22), (r.high, y), xytext=(3, 0),
                        textcoords="offset points", ha="left", va="center", fontsize=6.5, color=theme.fg)  # fmt: skip
    ax.set_yticks(ys, [wrapped(r.title, 28) for r in ranges])
    ax.tick_params(axis="y", labelsize=7.5)
    ax.set_xlim(-ceiling * 0.3, ceiling * 1.3)  # room for the names at both ends
    ax.set_xticks([t for t in range(0, int(ceiling) + 1, 10)])
    best = short(names.get(found.best or "", ""), 30)
    ax.set_title(translate("Charts", "Best acceptable package now: {name}").format(name=best), fontsize=9)
    ax.set_xlabel(translate("Charts", "Weight (points; the other weights rescaled to keep the total)"))
    ax.grid(axis="x", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    handles: list[Artist] = [
        Patch(facecolor=OURS, edgecolor=OURS, label=translate("Charts", "Range up to a change of the best package")),
        Patch(
            facecolor=theme.axes,
            edgecolor=OURS,
            hatch="///",
            label=translate("Charts", "No change up to the end of the scale"),
        ),
        Line2D([], [], color=theme.fg, linewidth=2.2, label=translate("Charts", "Weight now")),
    ]
    fig.legend(handles=handles, fontsize=8, loc="outside lower center", ncols=3)
    more = len(found.ranges) - len(ranges)
    if more > 0:
        text = translate("Charts", "+{n} less sensitive items not shown").format(n=format_number(more))
        fig.text(0.99, 0.01, text, ha="right", va="bottom", fontsize=7, color=theme.muted)


#: a colour per status, alike in kind: open grey, under way blue, settled green, set aside
#: yellow, refused vermilion
STATUS_COLORS = {
    "open": "#999999",
    "tabled": "#0072B2",
    "countered": "#56B4E9",
    "agreed": "#009E73",
    "escalated": "#E69F00",
    "deferred": "#F0E442",
    "rejected": "#D55E00",
    "off_table": "#CC79A7",
}
_DARK_STATUSES = {"tabled", "agreed", "rejected"}  # white counts on these, black on the others


_BUILDERS = {
    "priority-matrix": (_matrix, 6.5),
    "readiness": (_readiness, 5.0),
    "packages": (_packages, 4.5),
    "figures": (_figures, 5.5),
    "status": (_status, 4.5),
    "offers": (_offers, 5.5),
    "frontier": (_frontier, 6.5),
    "sensitivity": (_sensitivity, 6.0),
}


def build(kind: str, store: Any, dossier_id: str, *, dark: bool = False, font_family: str | None = None) -> Figure:
    """A chart of one dossier as a matplotlib Figure (no pyplot: embed it or `save` it)."""
    if kind not in _BUILDERS:
        known = ", ".join(KINDS)
        raise ValueError(
            translate("Charts", "unknown chart {kind!r}: choose one of {known}").format(kind=kind, known=known)
        )
    draw, height = _BUILDERS[kind]
    if kind == "figures":
        height = max(height, 1.0 + 2.6 * len({f.series for f in store.records(model.Figure, dossier_id)}))
    if kind == "offers":  # two panels a row
        with_offers = {o.package_id for o in store.records(model.Offer, dossier_id)}
        held = {e.agenda_item_id for p in store.records(model.Package, dossier_id) if p.id in with_offers
                for e in p.items}  # fmt: skip
        height = max(height, 1.2 + 2.4 * math.ceil(min(len(held), MAX_PANELS) / 2))
    theme = DARK if dark else LIGHT
    fig = _new_figure(height)
    draw(fig, store, dossier_id, theme)
    _style(fig, theme, font_family)
    return fig


def save(figure: Figure, path: Path | str) -> Path:
    """Write a figure to PNG (150 dpi) or SVG, chosen by the file's suffix."""
    path = Path(path)
    live.refuse_output(path, "draw over")  # untranslated: a verb inside live.py's own message
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        what = path.suffix or translate("Charts", "a file without a suffix")
        raise ValueError(translate("Charts", "cannot save a chart as {what}: use .png or .svg").format(what=what))
    figure.savefig(path, format=fmt, dpi=150 if fmt == "png" else None, facecolor=figure.get_facecolor())
    return path
