"""Where a dossier's preparation stands: the figures the Overview shows, each table read once.

Counting a dossier's agenda items by likelihood and by status, its tasks done and overdue, its
delegation by side and so on, one query per figure, would read each large table a dozen times;
here each table is read in one pass that sums every figure of it. The figures are the same as
`Store.count` and `Store.weight_total` give one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from negoprep.records import model

if TYPE_CHECKING:
    from negoprep.store.store import Store


@dataclass(frozen=True)
class Standing:
    """A dossier's figures at one moment (live records only)."""

    agenda: int
    by_likelihood: dict[str, int]  # likelihood → agenda items, for each of model.LIKELIHOODS
    open_items: int  # agenda items whose status is in play (model.IN_PLAY)
    weight_total: float
    red_lines: int
    absolute: int  # red lines of severity "absolute"
    packages_by_origin: dict[str, int]  # origin → packages, for each of model.ORIGINS
    breaking: int  # packages that break an absolute red line
    points: int
    tasks: int
    done: int
    overdue: int  # tasks not done whose due date is before the day asked about
    people_by_side: dict[str, int]  # side → participants, for each of model.SIDES


def _sums(store: Store, table: str, dossier_id: str, figures: list[tuple[str, list[Any]]]) -> list[Any]:
    """count(*) then each figure (an SQL expression over the table's row with its parameters),
    summed over a dossier's live rows of `table`, in one pass."""
    columns = ", ".join(["count(*)", *(f"coalesce(sum({expression}), 0)" for expression, _ in figures)])
    params = [p for _, values in figures for p in values]
    sql = f"SELECT {columns} FROM {table} WHERE deleted = 0 AND dossier_id = ?"
    return list(store.db.conn.execute(sql, (*params, dossier_id)).fetchone())


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def standing(store: Store, dossier_id: str, today: str) -> Standing:
    """The figures of a dossier on `today` (YYYY-MM-DD, for overdue tasks)."""
    agenda, *likely, open_items, weights = _sums(
        store,
        model.AgendaItem.table,
        dossier_id,
        [
            *(("likelihood IS ?", [value]) for value in model.LIKELIHOODS),
            (f"status IN ({_marks(model.IN_PLAY)})", list(model.IN_PLAY)),
            ("weight", []),
        ],
    )
    red_lines, absolute = _sums(store, model.RedLine.table, dossier_id, [("severity IS ?", ["absolute"])])
    _, *origins = _sums(store, model.Package.table, dossier_id, [("origin IS ?", [origin]) for origin in model.ORIGINS])
    (points,) = _sums(store, model.TalkingPoint.table, dossier_id, [])
    tasks, done, overdue = _sums(
        store,
        model.ChecklistItem.table,
        dossier_id,
        [("done IS 1", []), ("done = 0 AND due IS NOT NULL AND due < ?", [today])],
    )
    _, *sides = _sums(store, model.Participant.table, dossier_id, [("side IS ?", [side]) for side in model.SIDES])
    breaking = sum(1 for p in store.check_packages(dossier_id).packages if p.breaks_absolute)
    return Standing(
        agenda=agenda,
        by_likelihood=dict(zip(model.LIKELIHOODS, likely, strict=True)),
        open_items=open_items,
        weight_total=float(weights),
        red_lines=red_lines,
        absolute=absolute,
        packages_by_origin=dict(zip(model.ORIGINS, origins, strict=True)),
        breaking=breaking,
        points=points,
        tasks=tasks,
        done=done,
        overdue=overdue,
        people_by_side=dict(zip(model.SIDES, sides, strict=True)),
    )
