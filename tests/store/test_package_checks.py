"""The store's package check reads only what it needs and agrees with the pure engine."""

from __future__ import annotations

from dataclasses import replace

from negoprep.records import model
from negoprep.redlines.check import check_dossier
from negoprep.store.store import Store
from tests.planting import plant


def test_agrees_with_the_check_of_the_whole_dossier(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    light = demo_store.check_packages(dossier_id)
    full = check_dossier(demo_store.content(dossier_id))
    assert light.violations == full.violations and light.violations
    assert [p.package.id for p in light.packages] == [p.package.id for p in full.packages]
    theirs = next(p for p in light.packages if p.package.origin == "theirs")
    assert theirs.breaks_absolute
    assert {v.red_line for v in theirs.violations} >= {
        "No linkage of defense cost-sharing to trade",
        "No one-stop package of tariffs, security and energy",
    }


def test_named_packages_only_and_a_broken_rule(demo_store: Store) -> None:
    dossier_id = demo_store.dossiers()[0].id
    ours = demo_store.records(model.Package, dossier_id)[0]
    report = demo_store.check_packages(dossier_id, [ours.id])
    assert [p.package.id for p in report.packages] == [ours.id] and not report.violations
    red_line = demo_store.records(model.RedLine, dossier_id)[0]
    plant(demo_store, replace(red_line, rule={"kind": "no_linkage", "between": [["gone"], []]}))
    report = demo_store.check_packages(dossier_id)
    assert [r.id for r, _ in report.broken_rules] == [red_line.id]
    assert all(v.red_line_id != red_line.id for v in report.violations)
