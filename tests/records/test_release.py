"""One release policy per dossier, followed alike by the release export, the release briefing
book and the release checklists; verdicts that a release copy never contradicts."""

from __future__ import annotations

import copy
import html
import re
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from negoprep.cli import main
from negoprep.formats.dossier_json import DocumentError
from negoprep.paper.briefing import briefing_html
from negoprep.paper.checklists import store_checklists_html
from negoprep.records import model
from negoprep.records.release import ReleasePolicy, release
from negoprep.store import engine
from negoprep.store.export import export_store
from negoprep.store.store import Store
from negoprep.store.verify import verify_file
from tests import revision_edit
from tests.conftest import AUTHOR

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")

BEEF = "c87bd215"  # the demo's "never disclose" item: limits on U.S. beef imports
DEFENSE = "c06062f5"  # defense cost-sharing
TARIFF = "152a8689"  # tariff relief for automobiles
SECRET = "ZQXSECRET"  # in every value a release copy must withhold, so that a raw scan finds any


def _item(content: model.DossierContent, prefix: str) -> model.AgendaItem:
    return next(i for i in content.agenda_items if i.id.startswith(prefix))


def _edits(store: Store, **sections: Any) -> None:
    dossier = store.dossiers()[0]
    doc = {"format": "negoprep-dossier", "version": 1, "dossier": sections.pop("dossier", {"id": dossier.id})}
    doc["dossier"].setdefault("id", dossier.id)
    doc.update(sections)
    store.load(doc)


def _beef_package(store: Store) -> str:
    """The issue's case: a package that links defense cost-sharing with the withheld beef item."""
    content = store.content(store.dossiers()[0].id)
    package_id = str(uuid.uuid4())
    items = [
        {"agenda_item": _item(content, DEFENSE).id, "role": "give"},
        {"agenda_item": _item(content, BEEF).id, "role": "give"},
    ]
    _edits(
        store, packages=[{"id": package_id, "name": "Defense cost-sharing + beef", "origin": "theirs", "items": items}]
    )
    return package_id


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


# --- the case: a verdict the full book contradicts --------------------------------


@needs_pdftotext
def test_the_release_book_never_gives_a_verdict_the_full_book_contradicts(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert _run(capsys, "--store", str(path), "demo")[0] == 0
    with Store.open(path, AUTHOR) as store:
        _beef_package(store)
    full, released = tmp_path / "full.pdf", tmp_path / "release.pdf"
    assert _run(capsys, "--store", str(path), "print", "briefing", "--out", str(full))[0] == 0
    code, out, _ = _run(capsys, "--store", str(path), "print", "briefing", "--release", "--out", str(released))
    assert code == 0
    assert "withholds everything marked “never disclose”, the BATNA, walk-away points, approvers’ names and team" in out
    full_text, release_text = _pdf_text(full), _pdf_text(released)

    # the full book: the package breaks the absolute no-linkage red line
    after = full_text[full_text.index("Defense cost-sharing + beef") :]
    assert re.match(r".*?Red-line check: ABSOLUTE — No linkage of defense cost-sharing to trade", after)
    # the release book leaves the package out and says so; it never calls it clean
    assert "Defense cost-sharing + beef" not in release_text
    assert re.search(r"(One package is|\d+ packages are) withheld from this copy", release_text)
    assert "Limits on U.S. beef imports" not in release_text
    # its cover says what it withholds
    assert "Release copy. A release copy withholds everything marked “never disclose”" in release_text

    # every package the release book shows has the full book's verdict
    with Store.open(path, AUTHOR) as store:
        dossier_id = store.dossiers()[0].id
        full_html = briefing_html(store, dossier_id)
        release_html = briefing_html(store, dossier_id, release=True)
        shown = release(store.content(dossier_id)).content.packages
    assert shown
    for package in shown:
        assert _verdict(release_html, package.name) == _verdict(full_html, package.name), package.name


def _verdict(book: str, name: str) -> str:
    part = book[book.index(f"<h3>{name}") :]
    part = part[: part.find("<h3>", 4)] if "<h3>" in part[4:] else part
    part = part[part.index("Red-line check") :]
    return part[: part.index("Value for us")]  # (a value may be withheld: see below)


def test_a_verdict_resting_on_a_withheld_item_says_details_withheld(demo_store: Store) -> None:
    # a red line about the withheld item: the release book names neither item nor verdict wrongly
    content = demo_store.content(demo_store.dossiers()[0].id)
    beef = _item(content, BEEF)
    red_line = str(uuid.uuid4())
    rule = {"kind": "not_a_card", "item": beef.id}
    _edits(
        demo_store, red_lines=[{"id": red_line, "title": "Beef is not a card", "severity": "absolute", "rule": rule}]
    )
    book = briefing_html(demo_store, content.dossier.id, release=True)
    assert beef.title not in book and "Beef is not a card" not in book
    assert "One red line is withheld from this copy" in book
    full = briefing_html(demo_store, content.dossier.id)
    assert beef.title in full


def test_a_release_copy_loads_its_own_dump_and_checks_clean(demo_store: Store, tmp_path: Path) -> None:
    """A red line whose rule named a withheld item stayed in the exported copy: its own dump
    did not load back, and `check` reported a rule it could not check."""
    content = demo_store.content(demo_store.dossiers()[0].id)
    rule = {"kind": "not_a_card", "item": _item(content, BEEF).id}
    red_line = str(uuid.uuid4())
    _edits(
        demo_store, red_lines=[{"id": red_line, "title": "Beef is not a card", "severity": "absolute", "rule": rule}]
    )
    task = next(t for c in content.checklists for t in c.items)
    _edits(demo_store, checklists=[{"id": task.checklist_id, "items": [{"id": task.id, "red_line": red_line}]}])
    out = tmp_path / "release.db"
    export_store(demo_store, out, release=True)
    with Store.open(out, AUTHOR) as copy:
        dossier_id = content.dossier.id
        assert red_line not in {r.id for r in copy.content(dossier_id).red_lines}
        assert copy.get(model.ChecklistItem, task.id).red_line_id is None  # the task stays, unlinked
        assert not copy.check_packages(dossier_id).broken_rules
        copy.load(copy.dump(dossier_id))  # its own dump loads back
    verify_file(out)


def test_a_package_at_a_withheld_walk_away_point_is_left_out_of_every_release_copy(
    demo_store: Store, tmp_path: Path
) -> None:
    """Its levels would say where the walk-away lies, and its value (without the walk-away
    score) would contradict the full dossier's: the book and the export both leave it out."""
    content = demo_store.content(demo_store.dossiers()[0].id)
    package = next(
        p for p in content.packages if p.items and all(e.level not in ("walk_away", "beyond") for e in p.items)
    )
    entry = package.items[0]
    items = [
        {"agenda_item": e.agenda_item_id, "role": e.role, "level": "walk_away" if e is entry else e.level}
        for e in package.items
    ]
    _edits(demo_store, packages=[{"id": package.id, "items": items}])
    book = briefing_html(demo_store, content.dossier.id, release=True)
    assert f"<h3>{package.name}" not in book
    assert f"<h3>{package.name}" in briefing_html(demo_store, content.dossier.id)
    out = tmp_path / "release.db"
    export_store(demo_store, out, release=True)
    with Store.open(out, AUTHOR) as copy:
        assert package.id not in {p.id for p in copy.content(content.dossier.id).packages}
        # what the copy shows, it values as the full dossier does
        full = demo_store.package_values(content.dossier.id)
        for p, worth in copy.package_values(content.dossier.id).items():
            assert (worth.ours, worth.theirs, worth.acceptable) == (full[p].ours, full[p].theirs, full[p].acceptable)


def test_a_package_whose_figure_is_past_the_walk_away_figure_is_left_out_of_every_release_copy(
    demo_store: Store, tmp_path: Path
) -> None:
    """The proposed figure places the item beyond its walk-away point whatever level the entry
    names (negoprep.records.ladder): the book and the export leave the package out, as for a
    named walk-away level, and the copy holds no walk-away figure."""
    content = demo_store.content(demo_store.dossiers()[0].id)
    package = next(
        p for p in content.packages if p.items and all(e.level not in ("walk_away", "beyond") for e in p.items)
    )
    entry = package.items[0]
    _edits(
        demo_store,
        agenda_items=[{"id": entry.agenda_item_id, "figure": {"value": 0, "unit": "%", "better": "less",
                                                              "target": 5, "walk_away": 10}}],
        packages=[{"id": package.id, "items": [
            {"agenda_item": e.agenda_item_id, "role": e.role, "level": e.level, "value": 15 if e is entry else None}
            for e in package.items
        ]}],
    )  # fmt: skip
    assert f"<h3>{package.name}" not in briefing_html(demo_store, content.dossier.id, release=True)
    full = briefing_html(demo_store, content.dossier.id)  # the full book says where the figure puts it
    assert "<td>Beyond walk-away (by the figure)</td>" in full[full.index(f"<h3>{package.name}") :].split("<h3>")[1]
    out = tmp_path / "release.db"
    export_store(demo_store, out, release=True)
    with Store.open(out, AUTHOR) as copy:
        shown = copy.content(content.dossier.id)
        assert package.id not in {p.id for p in shown.packages}
        item = next(i for i in shown.agenda_items if i.id == entry.agenda_item_id)
        assert (item.figure_target, item.figure_walk_away) == (5, None)


# --- the exported release file, byte by byte ----------------------------------------------


def _secret_everywhere(store: Store, round_: int) -> None:
    """Every withheld field given a value marked SECRET (twice: the first stays in old revisions)."""
    content = store.content(store.dossiers()[0].id)
    mark = f"{SECRET}{round_}"
    ladder = {f"{step}_approved_by": f"{mark} approver {step}" for step in model.LADDER}
    _edits(
        store,
        dossier={"batna": f"{mark} our BATNA"},
        agenda_items=[
            {"id": i.id, "walk_away": f"{mark} walk away {n}", "walk_away_score": 7 + round_, **ladder}
            for n, i in enumerate(content.agenda_items)
        ],
        red_lines=[{"id": r.id, "approved_by": f"{mark} red-line approver"} for r in content.red_lines],
    )


def test_the_release_export_holds_no_withheld_value_anywhere(demo_store: Store, tmp_path: Path) -> None:
    _beef_package(demo_store)
    _secret_everywhere(demo_store, 1)
    _secret_everywhere(demo_store, 2)
    content = demo_store.content(demo_store.dossiers()[0].id)
    beef = _item(content, BEEF)
    never_points = [p.text for p in content.talking_points if p.disclosure == "never" or p.agenda_item_id == beef.id]
    assert never_points
    target = tmp_path / "release.db"
    report = export_store(demo_store, target, release=True)
    assert report.withheld_fields > 0
    data = revision_edit.bytes_and_snapshots(target)
    decoded = data.decode("utf-8", errors="ignore")
    for secret in [SECRET, beef.title, beef.our_position, "Defense cost-sharing + beef", *never_points]:
        assert secret.encode() not in data, secret
        assert secret not in decoded, secret
    conn = engine.connect(target)  # (the index is read: this negoprep's SQLite)
    try:
        assert {r[0] for r in conn.execute("SELECT DISTINCT walk_away_score FROM agenda_items")} == {0}
        assert conn.execute("SELECT count(*) FROM search WHERE search MATCH ?", (SECRET + "2",)).fetchone()[0] == 0
        # a row still equals its head revision's snapshot
        for table, column in (("dossiers", "batna"), ("agenda_items", "walk_away_approved_by")):
            rows = conn.execute(
                f"SELECT r.{column}, json_extract(negoprep_snapshot(v.snapshot), '$.{column}') FROM {table} r "
                "JOIN revisions v ON v.id = r.rev"
            ).fetchall()
            assert rows and all(a == b == "" for a, b in rows)
        # the release flags travel with the file
        assert conn.execute("SELECT release_batna, release_walk_away FROM dossiers").fetchone() == (1, 1)
    finally:
        conn.close()
    # what stays on the laptop is whole
    assert demo_store.content(content.dossier.id).dossier.batna == f"{SECRET}2 our BATNA"


def test_a_policy_that_withholds_nothing_more_keeps_those_fields(demo_store: Store, tmp_path: Path) -> None:
    _secret_everywhere(demo_store, 1)
    _edits(demo_store, dossier={"release": {"batna": False, "walk_away": False, "approvers": False}})
    target = tmp_path / "release.db"
    export_store(demo_store, target, release=True)
    assert f"{SECRET}1 our BATNA".encode() in target.read_bytes()


# --- the talks: the other side, offers, demands and team weights -----------------------------

THEIR_LIMIT = 987654.321  # the other side's estimated walk-away, as a release copy must not hold it


def _talks_with_secrets(store: Store) -> dict[str, str]:
    """The demo with the other side's BATNA and walk-away marked, an offer of a package that
    holds the withheld beef item, a demand on that item and one more team weight; returns the ids."""
    content = store.content(store.dossiers()[0].id)
    beef, defense = _item(content, BEEF), _item(content, DEFENSE)
    package = _beef_package(store)
    offer, chipmakers = str(uuid.uuid4()), content.constituencies[2]
    _edits(
        store,
        dossier={"their_batna": f"{SECRET} their BATNA"},
        agenda_items=[{"id": defense.id, "their_walk_away": THEIR_LIMIT}],
        offers=[{"id": offer, "round": content.rounds[1].id, "side": "theirs", "package": package,
                 "notes": f"{SECRET} offer of beef"}],
        constituencies=[{"id": chipmakers.id, "demands": [
            *({"agenda_item": d.agenda_item_id, "at_least": d.at_least} for d in chipmakers.items),
            {"agenda_item": beef.id, "excluded": True},
        ]}],
    )  # fmt: skip
    return {"offer": offer, "package": package, "beef": beef.id, "defense": defense.id, "chipmakers": chipmakers.id}


def test_a_release_copy_leaves_out_what_would_dangle_and_the_team_weights(demo_store: Store) -> None:
    ids = _talks_with_secrets(demo_store)
    content = demo_store.content(demo_store.dossiers()[0].id)
    assert content.team_weights and ids["offer"] in {o.id for o in content.offers}
    shown = release(content)
    assert ids["package"] in shown.packages and ids["offer"] in shown.offers
    kept = {p.id for p in shown.content.packages}
    assert all(o.package_id in kept for o in shown.content.offers)  # no offer of a package left out
    assert ids["offer"] not in {o.id for o in shown.content.offers}
    # the U.S. offer of round 2 settles the auto tariff at our walk-away figure: left out with its package
    assert len(shown.content.offers) < len(content.offers) - 1
    chipmakers = next(c for c in shown.content.constituencies if c.id == ids["chipmakers"])
    assert [d.agenda_item_id for d in chipmakers.items] == [content.constituencies[2].items[0].agenda_item_id]
    assert len(shown.content.constituencies) == len(content.constituencies)  # the constituencies stay
    assert shown.content.team_weights == []
    assert shown.content.dossier.their_batna == ""
    assert {i.their_walk_away for i in shown.content.agenda_items} == {None}
    left_out = len(content.offers) - len(shown.content.offers) + 1 + len(content.team_weights)
    assert shown.records >= left_out + len(shown.packages)
    # a policy that keeps walk-away points and the BATNA keeps their side's too; team weights never
    generous = release(content, ReleasePolicy(batna=False, walk_away=False))
    assert generous.content.dossier.their_batna == f"{SECRET} their BATNA"
    assert THEIR_LIMIT in {i.their_walk_away for i in generous.content.agenda_items}
    assert generous.content.team_weights == []


def test_the_release_export_of_the_talks_is_accepted_and_holds_nothing_withheld(
    demo_store: Store, tmp_path: Path
) -> None:
    ids = _talks_with_secrets(demo_store)
    dossier_id = demo_store.dossiers()[0].id
    full = demo_store.content(dossier_id)
    target = tmp_path / "release.db"
    export_store(demo_store, target, release=True)
    verify_file(target)  # accepted: nothing in it points at what is not there
    data = revision_edit.bytes_and_snapshots(target)
    for secret in (SECRET, str(THEIR_LIMIT), ids["package"], ids["offer"]):
        assert secret.encode() not in data, secret
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM team_weights").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM revisions WHERE table_name = 'team_weights'").fetchone()[0] == 0
        assert conn.execute("SELECT DISTINCT their_walk_away FROM agenda_items").fetchall() == [(None,)]
        assert conn.execute("SELECT DISTINCT their_batna FROM dossiers").fetchall() == [("",)]
        for table, column, target_table in (
            ("offers", "package_id", "packages"),
            ("offers", "round_id", "rounds"),
            ("constituency_demands", "agenda_item_id", "agenda_items"),
        ):
            dangling = f"SELECT count(*) FROM {table} WHERE {column} NOT IN (SELECT id FROM {target_table})"
            assert conn.execute(dangling).fetchone()[0] == 0, table
        assert (
            conn.execute(
                "SELECT count(*) FROM constituency_demands WHERE agenda_item_id = ?", (ids["beef"],)
            ).fetchone()[0]
            == 0
        )
    finally:
        conn.close()
    with Store.open(target, AUTHOR) as copy:
        shown = copy.content(dossier_id)
        assert shown is not None
        assert [c.id for c in shown.constituencies] == [c.id for c in full.constituencies]
        assert [o.id for o in shown.offers] == [o.id for o in release(full).content.offers]  # export = records
        assert shown.team_weights == []
        copy.load(copy.dump(dossier_id))  # its own dump loads back


# --- one policy, three copies ---------------------------------------------------------------


def test_one_policy_withholds_the_same_in_export_book_and_checklists(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    content = demo_store.content(dossier_id)
    beef = _item(content, BEEF)
    # a task linked to the withheld item, and a policy that withholds internal records and notes too
    checklist = content.checklists[0]
    task = {"id": str(uuid.uuid4()), "text": "Brief the minister on the import quota file", "agenda_item": beef.id}
    _edits(
        demo_store,
        dossier={"release": {"internal": True, "notes": True}},
        checklists=[{"id": checklist.id, "items": [*({"id": t.id} for t in checklist.items), task]}],
        participants=[{"id": p.id, "notes": f"{SECRET} about {n}"} for n, p in enumerate(content.participants)],
    )
    content = demo_store.content(dossier_id)
    policy = ReleasePolicy.of(content.dossier)
    assert policy == ReleasePolicy(internal=True, batna=True, walk_away=True, approvers=True, notes=True)
    released = release(content)
    withheld = [i for i in content.agenda_items if i.id in released.items]
    kept = released.content.agenda_items
    assert {i.disclosure for i in withheld} == {"never", "internal"} and kept

    target = tmp_path / "release.db"
    export_store(demo_store, target, release=True)
    with Store.open(target, AUTHOR, readonly=True) as copy_:
        exported = copy_.content(dossier_id)
    book = briefing_html(demo_store, dossier_id, release=True)
    lists = store_checklists_html(demo_store, dossier_id, release=True)

    assert [i.id for i in exported.agenda_items] == [i.id for i in kept]
    assert {p.id for p in exported.packages} == {p.id for p in released.content.packages}
    assert exported.notes == [] and released.content.notes == []
    assert all(p.notes == "" for p in exported.participants)
    for item in withheld:  # (a shareable red line's statement may still speak of it in its own words)
        assert f"<h3>{html.escape(item.title)}" not in book and html.escape(item.title) not in lists
        assert item.our_position not in book
    for item in kept:
        assert f"<h3>{html.escape(item.title)}" in book
    # the task stays in all three, without naming the withheld item
    exported_task = next(t for c in exported.checklists for t in c.items if t.id == task["id"])
    assert exported_task.agenda_item_id is None
    assert task["text"] in book and task["text"] in lists
    assert SECRET not in book and SECRET not in lists
    assert policy.summary() in book


@needs_pdftotext
def test_print_checklist_release_works_from_the_command_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert _run(capsys, "--store", str(path), "demo")[0] == 0
    out_pdf = tmp_path / "lists.pdf"
    code, out, err = _run(capsys, "--store", str(path), "print", "checklist", "--release", "--out", str(out_pdf))
    assert code == 0, err
    assert out_pdf.exists()
    assert "A release copy withholds everything marked “never disclose”" in out
    # the printed copy says what it is: a full one and a release one cannot be told apart otherwise
    full_pdf = tmp_path / "full.pdf"
    assert _run(capsys, "--store", str(path), "print", "checklist", "--out", str(full_pdf))[0] == 0
    release_text, full_text = _pdf_text(out_pdf), _pdf_text(full_pdf)
    assert "Release copy. A release copy withholds everything marked “never disclose”" in release_text
    assert "Release copy" not in full_text


def test_export_release_says_what_it_withheld(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert _run(capsys, "--store", str(path), "demo")[0] == 0
    code, out, _ = _run(capsys, "--store", str(path), "export", "--release", "--out", str(tmp_path / "r.db"))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1].endswith(
        "A release copy withholds everything marked “never disclose”, the BATNA, walk-away points, approvers’ names "
        "and team weights."
    )


# --- the policy as data: documents, merge, migration ---------------------------------------


def test_the_policy_round_trips_through_load_and_dump(demo_store: Store, demo_doc: dict) -> None:
    dossier_id = demo_store.dossiers()[0].id
    assert demo_store.dump(dossier_id)["dossier"]["release"] is None  # the default says nothing
    _edits(demo_store, dossier={"release": {"internal": True, "batna": False}})
    dumped = demo_store.dump(dossier_id)
    assert dumped["dossier"]["release"] == {
        "internal": True, "batna": False, "walk_away": True, "approvers": True, "notes": False
    }  # fmt: skip
    other = Store.open(None, AUTHOR)
    other.load(copy.deepcopy(dumped))
    assert other.dump(dossier_id) == dumped
    assert ReleasePolicy.of(other.content(dossier_id).dossier) == ReleasePolicy(internal=True, batna=False)
    _edits(demo_store, dossier={"release": None})
    assert demo_store.dump(dossier_id)["dossier"]["release"] is None


@pytest.mark.parametrize("bad", [{"batna": "yes"}, {"nobody": True}, [True], "all"])
def test_a_bad_policy_is_refused_with_its_place(demo_store: Store, bad: object) -> None:
    before = demo_store.dump(demo_store.dossiers()[0].id)
    with pytest.raises(DocumentError) as caught:
        _edits(demo_store, dossier={"release": bad})
    assert "release" in str(caught.value)
    assert demo_store.dump(demo_store.dossiers()[0].id) == before


def test_a_policy_change_merges_like_any_field(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    shared = tmp_path / "shared.db"
    export_store(demo_store, shared)
    theirs = tmp_path / "theirs.db"
    shutil.copy(shared, theirs)
    other = model.Author(id=str(uuid.uuid4()), name="Teammate")
    with Store.open(theirs, other) as their_store:
        _edits(their_store, dossier={"id": dossier_id, "release": {"internal": True}})
    _edits(demo_store, dossier={"release": {"notes": True}})
    demo_store.merge_file(theirs)
    merged = ReleasePolicy.of(demo_store.content(dossier_id).dossier)
    assert merged == ReleasePolicy(internal=True, notes=True)


def test_an_older_store_gets_the_default_policy_and_its_history_agrees(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "stores" / "v6.db"
    path = tmp_path / "v6.db"
    shutil.copy(fixture, path)
    with Store.open(path, AUTHOR) as store:
        dossier = store.dossiers()[0]
        assert ReleasePolicy.of(dossier) == ReleasePolicy()
        conn = store.db.conn
        flags = ("release_internal", "release_batna", "release_walk_away", "release_approvers", "release_notes")
        for (snapshot_flags,) in conn.execute(
            "SELECT json_array("
            + ", ".join(f"json_extract(negoprep_snapshot(snapshot), '$.{f}')" for f in flags)
            + ") "
            "FROM revisions WHERE table_name = 'dossiers'"
        ):
            assert snapshot_flags == "[0,1,1,1,0]"
