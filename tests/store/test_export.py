"""Export: a verified, self-contained copy that holds nothing deleted, withheld or left out."""

from __future__ import annotations

import copy
import os
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from negoprep import cli
from negoprep.errors import NegoprepError, StoreError
from negoprep.records import model
from negoprep.store.export import export_store
from negoprep.store.migrations import APPLICATION_ID, current_version
from negoprep.store.sharing import export_shared
from negoprep.store.store import Store
from negoprep.store.verify import verify_file
from tests import revision_edit
from tests.conftest import AUTHOR

OTHER_DOSSIER = {
    "format": "negoprep-dossier",
    "version": 1,
    "dossier": {"id": "other-dossier", "title": "Another negotiation", "objective": "Grebeobjective stays home"},
    "tracks": [{"id": "other-track", "name": "Fisheries"}],
    "agenda_items": [{"id": "other-item", "track": "other-track", "title": "Quota of the Grebecatch"}],
}


def _header(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()[:100]
    return int.from_bytes(data[68:72], "big"), int.from_bytes(data[60:64], "big"), data[18:20]


def _raw_copy(store: Store, target: Path) -> bytes:
    """What a plain VACUUM INTO gives: the floor the export must do better than."""
    store.db.conn.execute("VACUUM INTO ?", (str(target),))
    return revision_edit.bytes_and_snapshots(target)


def _open(path: Path) -> Store:
    return Store.open(path, AUTHOR, readonly=True)


def test_export_of_the_demo_verifies_and_keeps_the_file_marks(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "shared" / "demo.db"
    out.parent.mkdir()
    report = export_store(demo_store, out)
    dossier = demo_store.dossiers()[0]
    assert report.dossiers == [(dossier.id, dossier.title)]
    assert report.records == sum(demo_store.count(t, dossier.id) for t in model.RECORD_TYPES[1:]) + 1
    assert report.bytes == out.stat().st_size
    assert os.listdir(out.parent) == ["demo.db"]  # no temporary file beside it
    assert _header(out) == (APPLICATION_ID, current_version(), b"\x01\x01")  # rollback journal: one file
    checked = verify_file(out)
    assert checked.version == current_version()
    assert checked.dossiers == [(dossier.id, dossier.title)]
    assert checked.records == report.records
    conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_export_dumps_as_the_source(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    export_store(demo_store, tmp_path / "out.db")
    with _open(tmp_path / "out.db") as copy_:
        assert copy_.dump(dossier_id) == demo_store.dump(dossier_id)
        assert copy_.search("LNG", dossier_id)  # the search index came along


def test_an_existing_target_is_refused_and_left_alone(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    out.write_bytes(b"precious")
    with pytest.raises(StoreError, match="already exists: remove it first"):
        export_store(demo_store, out)
    assert out.read_bytes() == b"precious"
    assert not [name for name in os.listdir(tmp_path) if "export-tmp" in name]


def test_a_missing_folder_is_named(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        export_store(demo_store, tmp_path / "nowhere" / "out.db")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is not a folder"):
        export_store(demo_store, tmp_path / "file" / "out.db")


def _unwritable_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return folder
    (folder / "probe").unlink()  # the superuser writes anywhere: find a folder that even it cannot
    try:
        tempfile.mkstemp(dir="/sys")
    except PermissionError:
        return Path("/sys")
    pytest.skip("no folder here is unwritable for this user")


def test_an_unwritable_folder_gives_a_clear_message(demo_store: Store, tmp_path: Path) -> None:
    folder = _unwritable_folder(tmp_path)
    before = sorted(os.listdir(folder))
    with pytest.raises(StoreError) as caught:
        export_store(demo_store, folder / "out.db")
    assert str(caught.value) == f"cannot write to the folder {folder} (Permission denied): nothing was exported"
    assert sorted(os.listdir(folder)) == before


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_leaves_nothing_half_written(demo_store: Store, tmp_path: Path) -> None:
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))\n"
        "from negoprep.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "--store", str(demo_store.path), "export", "--out", str(out_dir / "x.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "nothing was exported" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert os.listdir(out_dir) == []


def test_one_dossier_only(demo_store: Store, tmp_path: Path) -> None:
    demo_store.load(copy.deepcopy(OTHER_DOSSIER))
    demo_id = next(d.id for d in demo_store.dossiers() if d.id != "other-dossier")
    raw = _raw_copy(demo_store, tmp_path / "raw.db")
    assert b"Grebecatch" in raw and b"Grebeobjective" in raw

    report = export_store(demo_store, tmp_path / "one.db", dossier_id=demo_id)
    assert [d for d, _ in report.dossiers] == [demo_id]
    assert report.left_out == 3
    data = revision_edit.bytes_and_snapshots(tmp_path / "one.db")
    for word in (b"Grebecatch", b"grebecatch", b"Grebeobjective", b"other-dossier", b"other-item"):
        assert word not in data
    assert verify_file(tmp_path / "one.db").dossiers == report.dossiers
    with _open(tmp_path / "one.db") as one:
        assert one.dump(demo_id) == demo_store.dump(demo_id)
        assert one.get(model.Dossier, "other-dossier") is None
        assert not one.search("Grebecatch")


def test_an_unknown_dossier_is_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match='there is no dossier "nope"'):
        export_store(demo_store, tmp_path / "out.db", dossier_id="nope")
    assert not (tmp_path / "out.db").exists()


def _withheld_texts(doc: dict) -> list[str]:
    never = {a["id"] for a in doc["agenda_items"] if a.get("disclosure") == "never"}
    texts = [a["title"] for a in doc["agenda_items"] if a["id"] in never]
    texts += [t["text"] for t in doc["talking_points"] if t.get("disclosure") == "never" or t["agenda_item"] in never]
    return texts


def never_items(doc: dict) -> set[str]:
    return {a["id"] for a in doc["agenda_items"] if a.get("disclosure") == "never"}


def _released(doc: dict) -> dict:
    """A dossier document as its release copy should dump."""
    out = copy.deepcopy(doc)
    never = {a["id"] for a in out["agenda_items"] if a.get("disclosure") == "never"}
    out["agenda_items"] = [a for a in out["agenda_items"] if a["id"] not in never]
    out["talking_points"] = [
        t for t in out["talking_points"] if t.get("disclosure") != "never" and t["agenda_item"] not in never
    ]
    # a package that holds a withheld item, or settles one at or beyond its walk-away step, or
    # proposes a figure for an item whose walk-away the other side's is estimated, is withheld whole
    estimated = {
        a["id"]
        for a in out["agenda_items"]
        if a.get("their_walk_away") is not None and (a.get("figure") or {}).get("better")
    }
    out["packages"] = [
        p
        for p in out["packages"]
        if not any(
            i["agenda_item"] in never
            or i.get("level") in ("walk_away", "beyond")
            or (i["agenda_item"] in estimated and i.get("value") is not None)
            for i in p["items"]
        )
    ]
    # with the offers that table such a package, the demands on a withheld item, and every team weight
    kept = {p["id"] for p in out["packages"]}
    out["offers"] = [o for o in out.get("offers", []) if o["package"] in kept]
    for constituency in out.get("constituencies", []):
        constituency["demands"] = [d for d in constituency["demands"] if d["agenda_item"] not in never]
    out["team_weights"] = []
    for checklist in out["checklists"]:
        for item in checklist["items"]:
            if item.get("agenda_item") in never:
                item["agenda_item"] = None
    # the default release policy blanks both sides' BATNAs, walk-away points (ours and our
    # estimate of theirs) and approvers
    out["dossier"].update(batna="", their_batna="")
    for item in out["agenda_items"]:
        item.update(
            walk_away="", walk_away_score=0, their_walk_away=None, **{f"{s}_approved_by": "" for s in model.LADDER}
        )
        if item.get("figure"):
            item["figure"].pop("walk_away", None)
    for red_line in out["red_lines"]:
        red_line["approved_by"] = ""
    return out


def test_a_release_copy_leaves_out_what_is_never_disclosed(demo_store: Store, demo_doc: dict, tmp_path: Path) -> None:
    withheld = _withheld_texts(demo_doc)
    assert len(withheld) >= 5  # the demo has some: an agenda item and talking points
    raw = _raw_copy(demo_store, tmp_path / "raw.db")
    assert all(text.encode() in raw for text in withheld)

    report = export_store(demo_store, tmp_path / "release.db", release=True)
    packages = [p for p in demo_doc["packages"] if p not in _released(demo_doc)["packages"]]
    assert packages  # the demo's U.S. package sets an item beyond our walk-away point
    left_out = {p["id"] for p in packages}
    offers = [o for o in demo_doc["offers"] if o["package"] in left_out]
    assert offers  # the U.S. offer of round 2 settles the auto tariff at our walk-away figure
    demands = [d for c in demo_doc["constituencies"] for d in c["demands"] if d["agenda_item"] in never_items(demo_doc)]
    assert report.release and report.withheld == (
        len(withheld) + sum(1 + len(p["items"]) for p in packages) + len(offers) + len(demands)
        + len(demo_doc["team_weights"])
    )  # fmt: skip
    data = revision_edit.bytes_and_snapshots(tmp_path / "release.db")
    for text in withheld:
        assert text.encode() not in data, text
    dossier_id = demo_doc["dossier"]["id"]
    verify_file(tmp_path / "release.db")
    with _open(tmp_path / "release.db") as release:
        assert release.dump(dossier_id) == _released(demo_store.dump(dossier_id))
        content = release.content(dossier_id)
        assert all(a.disclosure != "never" for a in content.agenda_items)
        assert all(t.disclosure != "never" for t in content.talking_points)


def _first_point(store: Store) -> model.TalkingPoint:
    return store.content(store.dossiers()[0].id).talking_points[0]


def test_deleted_and_overwritten_text_does_not_survive(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    point = _first_point(demo_store)
    secret = demo_store.put(
        model.TalkingPoint(
            id="secret-point",
            dossier_id=dossier_id,
            agenda_item_id=point.agenda_item_id,
            text="Walkaway figure is Zanzibarquokka",
        )
    )
    demo_store.delete(secret)
    item = demo_store.content(dossier_id).agenda_items[0]
    demo_store.put(replace(item, our_position="Our old line was Xylofjordmarker"))
    demo_store.put(replace(demo_store.get(model.AgendaItem, item.id), our_position="A new line"))
    demo_store.put(replace(point, text="Earlier draft mentioned Quillonmarker"))
    demo_store.put(replace(demo_store.get(model.TalkingPoint, point.id), text="The final text"))
    markers = [b"Zanzibarquokka", b"Xylofjordmarker", b"Quillonmarker"]
    raw = _raw_copy(demo_store, tmp_path / "raw.db")
    assert all(m in raw for m in markers)  # a plain copy would carry them all

    report = export_store(demo_store, tmp_path / "out.db")
    assert report.blanked_records == 1
    assert report.blanked_revisions >= 4
    data = revision_edit.bytes_and_snapshots(tmp_path / "out.db")
    for marker in markers:
        assert marker not in data and marker.lower() not in data, marker
    verify_file(tmp_path / "out.db")

    with _open(tmp_path / "out.db") as out:
        assert out.dump(dossier_id) == demo_store.dump(dossier_id)
        tombstone = out.get(model.TalkingPoint, "secret-point")
        assert tombstone.deleted and tombstone.text == "" and tombstone.agenda_item_id == point.agenda_item_id
        assert [r.snapshot["text"] for r in out.history(model.TalkingPoint, "secret-point")] == ["", ""]
        mine = demo_store.history(model.TalkingPoint, point.id)
        theirs = out.history(model.TalkingPoint, point.id)
        # the history keeps its shape (ids, parents, authors, times): merges still find ancestors
        assert [(r.id, r.parents, r.author_id, r.at, r.op) for r in theirs] == [
            (r.id, r.parents, r.author_id, r.at, r.op) for r in mine
        ]
        assert [r.snapshot["text"] for r in theirs] == ["", "", "The final text"]
        assert theirs[-1].snapshot == mine[-1].snapshot
        assert theirs[0].snapshot["kind"] == mine[0].snapshot["kind"]  # only the text is blanked
        assert not out.search("Quillonmarker") and out.search("final text")


def test_the_export_of_an_export_is_the_same(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    demo_store.delete(_first_point(demo_store))
    export_store(demo_store, tmp_path / "one.db", release=True)
    with _open(tmp_path / "one.db") as one:
        report = export_store(one, tmp_path / "two.db", release=True)
        assert report.withheld == report.blanked_records == report.blanked_revisions == 0
        with _open(tmp_path / "two.db") as two:
            assert two.dump(dossier_id) == one.dump(dossier_id)


def test_the_command_line(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(demo_store.path)
    out = tmp_path / "release.db"
    title = demo_store.dossiers()[0].title
    assert cli.main(["--store", store, "export", "--out", str(out), "--release", "--dossier", title]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith('Exported a release copy of "Korea') and "left out" in printed
    assert cli.main(["--store", store, "export", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert (
        err == f"negoprep: {out} already exists: remove it first or choose another name (an export never overwrites)\n"
    )
    assert cli.main(["verify", str(out)]) == 0
    assert "accepted" in capsys.readouterr().out


def test_resolved_conflicts_keep_no_old_values(demo_store: Store, tmp_path: Path) -> None:
    dossier_id = demo_store.dossiers()[0].id
    point = _first_point(demo_store)
    columns = (
        "id, table_name, row_id, dossier_id, field, kind, base, a, b, a_rev, b_rev, merge_rev, created_at, "
        "resolved_at, resolved_by, resolution, how"
    )
    with demo_store.transaction():
        for number, (resolved, how) in enumerate(((None, None), ("2026-01-02T10:00:00.000Z", "mine"))):
            demo_store.db.conn.execute(
                f"INSERT INTO conflicts ({columns}) VALUES (?, 'talking_points', ?, ?, 'text', 'edited', ?, ?, ?, "
                "?, ?, ?, '2026-01-01T10:00:00.000Z', ?, ?, ?, ?)",
                (
                    f"conflict-{number}",
                    point.id,
                    dossier_id,
                    f'"Pelicanbase{number}"',
                    f'"Pelicanmine{number}"',
                    f'"Pelicantheirs{number}"',
                    point.rev,
                    point.rev,
                    point.rev,
                    resolved,
                    AUTHOR.id if resolved else None,
                    '"Pelicanmine1"' if resolved else None,
                    how,
                ),
            )
    export_store(demo_store, tmp_path / "out.db")
    data = revision_edit.bytes_and_snapshots(tmp_path / "out.db")
    for word in (b"Pelicanbase1", b"Pelicanmine1", b"Pelicantheirs1"):
        assert word not in data
    for word in (b"Pelicanbase0", b"Pelicanmine0", b"Pelicantheirs0"):  # still to be decided: kept
        assert word in data
    verify_file(tmp_path / "out.db")
    conn = sqlite3.connect(f"file:{tmp_path / 'out.db'}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, base, a, b, resolution, how FROM conflicts ORDER BY id").fetchall()
    finally:
        conn.close()
    assert rows == [
        ("conflict-0", '"Pelicanbase0"', '"Pelicanmine0"', '"Pelicantheirs0"', None, None),
        ("conflict-1", None, "null", "null", None, "mine"),
    ]


def test_a_store_in_memory_has_its_copy_checked(demo_doc: dict, tmp_path: Path, monkeypatch) -> None:
    """A store no second connection can open is checked in its copy, once made: damage found
    there stops the export as well."""
    from negoprep.store import export as export_module

    jobs: list[str] = []

    def damage(conn, job) -> str | None:
        jobs.append(job)
        return "a test's damage" if job.startswith("PRAGMA") else None

    monkeypatch.setattr(export_module, "_damage_in", damage)
    with Store.open(None, AUTHOR) as store:
        store.load(demo_doc)
        with pytest.raises(StoreError, match="nothing was exported"):
            export_store(store, tmp_path / "out.db")
    assert jobs[0] == "PRAGMA integrity_check"  # (of the whole copy)
    assert list(tmp_path.iterdir()) == []


def test_a_copy_whose_check_finds_damage_never_gets_a_name(demo_store: Store, tmp_path: Path, monkeypatch) -> None:
    """The check runs while the copy is made and written; a copy it refuses is never named."""
    from negoprep.store import export as export_module

    def damage(conn, job) -> str | None:
        return "a test's damage" if job.startswith("PRAGMA") else None

    monkeypatch.setattr(export_module, "_damage_in", damage)
    with pytest.raises(StoreError, match="nothing was exported"):
        export_store(demo_store, tmp_path / "out.db")
    with pytest.raises(NegoprepError, match="nothing was exported"):
        export_shared(demo_store, tmp_path / "out.age", passphrase="pass phrase")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("store.db")) == []


def _swap_index_roots(path: Path, first: str, second: str) -> None:
    """Damage a store as a failing disk or a bad copy can: two indexes of one table trade
    their pages, so that neither matches its table (the pages themselves stay sound)."""
    from negoprep.store import engine

    conn = engine.connect(path, isolation_level=None)
    try:
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN (?, ?)", (first, second)))
        (version,) = conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        for name, other in ((first, second), (second, first)):
            conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[other], name))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_damaged_store_is_never_exported(demo_doc: dict, tmp_path: Path, encrypted: bool) -> None:
    """The store an export copies is checked by SQLite while the copy is made: an index that
    no longer matches its table (which `VACUUM INTO` would carry into the copy as it is)
    stops the export, plain or encrypted, with nothing written."""
    path = tmp_path / "store.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
    _swap_index_roots(path, "idx_talking_points_dossier_id", "idx_talking_points_agenda_item_id_position")
    with Store.open(path, AUTHOR, create=False) as store, pytest.raises(StoreError, match="nothing was exported"):
        if encrypted:
            export_shared(store, tmp_path / "out.age", passphrase="pass phrase")
        else:
            export_store(store, tmp_path / "out.db")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("store.db")) == []


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_the_copy_reaches_its_name_without_passing_through_the_process(
    demo_store: Store, tmp_path: Path, monkeypatch, kernel_copy: bool
) -> None:
    """The finished copy is copied into the unnamed target by the system (or, where the
    system cannot, in slices), never read whole into the process: the memory an export takes
    does not grow with the store. An edited store's copy is written anew (VACUUM INTO) and
    still holds nothing deleted."""
    from negoprep.store import export as export_module

    if not export_module.engine.SERIALIZE:  # (else the copy is made in memory: nothing to read)
        read_bytes = Path.read_bytes

        def no_whole_read(self: Path) -> bytes:
            assert self.suffix != ".db", f"{self} read whole"
            return read_bytes(self)

        monkeypatch.setattr(Path, "read_bytes", no_whole_read)
    if not kernel_copy:
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    point = _first_point(demo_store)
    demo_store.put(replace(point, text="Earlier draft mentioned Pelicanmarker"))
    demo_store.put(replace(demo_store.get(model.TalkingPoint, point.id), text="The final text"))
    report = export_store(demo_store, tmp_path / "out.db")
    monkeypatch.undo()
    out = tmp_path / "out.db"
    assert report.vacuumed and report.bytes == out.stat().st_size
    assert b"Pelicanmarker" not in out.read_bytes()
    assert _header(out)[2] == b"\x01\x01"
    verify_file(out)
    with _open(out) as copy_:
        dossier_id = demo_store.dossiers()[0].id
        assert copy_.dump(dossier_id) == demo_store.dump(dossier_id)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("CREATE INDEX my_titles ON agenda_items(title)", 'an extra index "my_titles"'),
        ("DROP INDEX agenda_items_by_owner_id", 'lacks the index "agenda_items_by_owner_id"'),
        ("CREATE TRIGGER stamp AFTER INSERT ON notes BEGIN SELECT 1; END", 'a trigger "stamp"'),
    ],
)
@pytest.mark.parametrize("memory", [False, True])
def test_a_store_whose_schema_another_program_changed_is_not_exported(
    demo_store: Store, tmp_path: Path, change: str, said: str, memory: bool
) -> None:
    """What another program added to the store's schema (or took from it) would travel in the
    export, and every receiver would refuse the file: the export is refused instead, saying
    what, and no file is written. (A store in memory has its copy checked.)"""
    if memory:
        store = Store.open(None, AUTHOR)
        store.load(demo_store.dump(demo_store.dossiers()[0].id))
        store.db.conn.execute(change)
    else:
        store = demo_store
        assert store.path is not None
        outside = sqlite3.connect(store.path)
        outside.execute(change)
        outside.commit()
        outside.close()
    target = tmp_path / "out.db"
    with pytest.raises(StoreError) as refused:
        export_store(store, target)
    assert "tampered with" in str(refused.value) and said in str(refused.value)
    assert str(refused.value).endswith("nothing was exported") and not target.exists()
    assert list(tmp_path.glob("*out*")) == []
