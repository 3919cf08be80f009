"""Merging back a colleague's edited release copy: a field the release copy withheld is blank
on their side because they never saw it, not because they cleared it. A merge never takes
such a blank and never makes it a conflict; a value they really typed into it is an edit."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from negoprep.cli import main
from negoprep.errors import StoreError
from negoprep.records import model
from negoprep.store.chain import still_withheld
from negoprep.store.merge_rules import DELETED, Revision, merge_record
from negoprep.store.store import Store
from tests.conftest import AUTHOR

TARIFF = "152a8689"  # an "internal" item of the demo: released, its walk-away withheld
STEPS = tuple(f"{step}_approved_by" for step in model.LADDER)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _chosen(items: list[tuple[str, str]]) -> str:
    """Of (id, disclosure), the item the tests edit: tariff relief for automobiles in the
    English demo, else the first "internal" item (released, its walk-away withheld) by id."""
    ids = sorted(i for i, disclosure in items if disclosure == "internal")
    return next((i for i in ids if i.startswith(TARIFF)), ids[0])


def _item(content: model.DossierContent) -> model.AgendaItem:
    chosen = _chosen([(i.id, i.disclosure) for i in content.agenda_items])
    return next(i for i in content.agenda_items if i.id == chosen)


def _content(path: Path) -> model.DossierContent:
    with Store.open(path, AUTHOR) as store:
        content = store.content(store.dossiers()[0].id)
    assert content is not None
    return content


def _secrets(content: model.DossierContent) -> dict[str, Any]:
    """What a release copy withholds of the demo: the BATNA, one item's walk-away, score and
    approvers, one red line's approver."""
    item = _item(content)
    return {
        "batna": content.dossier.batna,
        "walk_away": item.walk_away,
        "walk_away_score": item.walk_away_score,
        "approvers": [getattr(item, name) for name in STEPS],
        "red_line_approver": content.red_lines[0].approved_by,
    }


def _kim_edits(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """Kim's edits to a dump of her copy: the objective, the item's target, the first red
    line's rationale (and whatever else `changes` names for the item)."""
    doc = json.loads(json.dumps(doc))
    doc["dossier"]["objective"] = "Kim: a shared agenda first"
    chosen = _chosen([(i["id"], i["disclosure"]) for i in doc["agenda_items"]])
    item = next(i for i in doc["agenda_items"] if i["id"] == chosen)
    item["target"] = "Kim: a 10% cut within a year"
    for name, value in changes.items():
        if name in item:
            item[name] = value
        else:
            doc["dossier"][name] = value
    doc["red_lines"][0]["rationale"] = "Kim: the Assembly will not ratify it"
    return doc


@pytest.fixture()
def mine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "mine.db"
    assert _run(capsys, "--store", str(path), "demo")[0] == 0
    with Store.open(path, AUTHOR) as store:
        item = _item(store.content(store.dossiers()[0].id))  # type: ignore[arg-type]
        store.put(replace(item, walk_away_score=15))  # a walk-away score to withhold too
    return path


def _round_trip(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mine: Path,
    **changes: Any,
) -> Path:
    """The tester's steps: a release copy to Kim, her edits loaded and exported back."""
    for_kim, kim, back = tmp_path / "for-kim.db", tmp_path / "kim.db", tmp_path / "from-kim.db"
    assert _run(capsys, "--store", str(mine), "export", "--release", "--out", str(for_kim))[0] == 0
    shutil.copyfile(for_kim, kim)
    monkeypatch.setenv("NEGOPREP_AUTHOR", "Kim")
    code, out, _ = _run(capsys, "--store", str(kim), "dump")
    assert code == 0
    edits = tmp_path / "e.json"
    edits.write_text(json.dumps(_kim_edits(json.loads(out), **changes), ensure_ascii=False), encoding="utf-8")
    assert _run(capsys, "--store", str(kim), "load", str(edits))[0] == 0
    assert _run(capsys, "--store", str(kim), "export", "--out", str(back))[0] == 0
    monkeypatch.delenv("NEGOPREP_AUTHOR")
    return back


def _merge(capsys: pytest.CaptureFixture[str], mine: Path, theirs: Path) -> tuple[int, str]:
    code, out, err = _run(capsys, "--store", str(mine), "merge", str(theirs))
    assert not err
    return code, out


def test_merging_back_an_edited_release_copy_keeps_what_it_withheld(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    before = _secrets(_content(mine))
    assert before["batna"] and before["walk_away"] and before["walk_away_score"] == 15
    assert all(before["approvers"]) and before["red_line_approver"]
    back = _round_trip(tmp_path, capsys, monkeypatch, mine)
    code, out = _merge(capsys, mine, back)
    assert code == 0 and "No conflicts" in out
    # changed on her side only: taken as updates, nothing merged field by field in the report
    for kind in ("dossiers", "agenda items", "red lines"):
        assert re.search(rf"{kind}\s+0 added, 1 updated, 0 deleted, 0 auto-merged, 0 in conflict", out), out
    after = _content(mine)
    assert _secrets(after) == before
    # Kim's edits are taken
    assert after.dossier.objective == "Kim: a shared agenda first"
    assert _item(after).target == "Kim: a 10% cut within a year"
    assert after.red_lines[0].rationale == "Kim: the Assembly will not ratify it"
    with Store.open(mine, AUTHOR) as store:
        assert store.pending_conflicts() == []
    # merging the same file again changes nothing
    code, out = _merge(capsys, mine, back)
    assert code == 0
    assert _content(mine) == after


def _change_item(path: Path, **values: Any) -> None:
    with Store.open(path, AUTHOR) as store:
        item = _item(store.content(store.dossiers()[0].id))  # type: ignore[arg-type]
        store.put(replace(item, **values))


@pytest.mark.parametrize(
    "walk_away",
    [
        "Any cap on our exports; any link to defense cost-sharing",
        "자동차 관세 완화의 대가로 방위비 분담금을 연계하는 모든 합의",
    ],
)
def test_my_concurrent_change_of_a_withheld_field_stands_without_conflict(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mine: Path,
    walk_away: str,
) -> None:
    back = _round_trip(tmp_path, capsys, monkeypatch, mine)
    _change_item(mine, walk_away=walk_away, walk_away_score=25)  # after the copy left
    expected = {**_secrets(_content(mine))}
    code, out = _merge(capsys, mine, back)
    assert code == 0 and "No conflicts" in out
    after = _content(mine)
    assert _secrets(after) == expected
    assert _item(after).walk_away == walk_away and _item(after).walk_away_score == 25
    assert _item(after).target == "Kim: a 10% cut within a year"
    with Store.open(mine, AUTHOR) as store:
        assert store.pending_conflicts() == []


def test_the_korean_demo_keeps_what_its_release_copy_withheld(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "ko.db"
    assert _run(capsys, "--store", str(mine), "demo", "--lang", "ko")[0] == 0
    _change_item(mine, walk_away_score=15)
    before = _secrets(_content(mine))
    assert any("\uac00" <= ch <= "\ud7a3" for ch in before["batna"] + before["walk_away"])  # Korean text
    back = _round_trip(tmp_path, capsys, monkeypatch, mine)
    _change_item(mine, walk_away="결렬선: 수출 물량 상한은 어떤 경우에도 수용 불가")
    before["walk_away"] = "결렬선: 수출 물량 상한은 어떤 경우에도 수용 불가"
    code, out = _merge(capsys, mine, back)
    assert code == 0 and "No conflicts" in out
    after = _content(mine)
    assert _secrets(after) == before
    assert after.dossier.objective == "Kim: a shared agenda first"


def test_merging_the_release_copy_itself_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mine: Path
) -> None:
    copy = tmp_path / "for-kim.db"
    assert _run(capsys, "--store", str(mine), "export", "--release", "--out", str(copy))[0] == 0
    before = _content(mine)
    with Store.open(mine, AUTHOR) as store:
        report = store.merge_file(copy)
    assert not report.changed
    assert _content(mine) == before
    _change_item(mine, walk_away="A later walk-away of mine")  # and after a change of mine
    before = _content(mine)
    with Store.open(mine, AUTHOR) as store:
        report = store.merge_file(copy)
    assert not report.changed
    assert _content(mine) == before


def test_a_value_kim_really_typed_into_a_withheld_field_is_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    typed = {"batna": "Kim: walk out and talk again in June", "walk_away": "Kim: 김의 결렬선", "walk_away_score": 20}
    back = _round_trip(tmp_path, capsys, monkeypatch, mine, **typed)
    before = _secrets(_content(mine))
    code, out = _merge(capsys, mine, back)
    assert code == 0 and "No conflicts" in out
    after = _content(mine)
    assert after.dossier.batna == typed["batna"]
    assert _item(after).walk_away == typed["walk_away"] and _item(after).walk_away_score == 20
    # what she left blank stays mine
    assert [getattr(_item(after), n) for n in STEPS] == before["approvers"]
    assert after.red_lines[0].approved_by == before["red_line_approver"]


def test_a_deletion_in_an_edited_release_copy_is_carried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    for_kim, back = tmp_path / "for-kim.db", tmp_path / "from-kim.db"
    assert _run(capsys, "--store", str(mine), "export", "--release", "--out", str(for_kim))[0] == 0
    red_line = _content(mine).red_lines[0]
    with Store.open(for_kim, model.Author(id="00000000-0000-4000-8000-00000000000b", name="Kim")) as kim:
        kim.delete(kim.get(model.RedLine, red_line.id))  # type: ignore[arg-type]
        kim.put(replace(_item(kim.content(kim.dossiers()[0].id)), target="Kim: a target"))  # type: ignore[arg-type]
    assert _run(capsys, "--store", str(for_kim), "export", "--out", str(back))[0] == 0
    before = _secrets(_content(mine))
    assert _merge(capsys, mine, back)[0] == 0
    after = _content(mine)
    assert red_line.id not in {r.id for r in after.red_lines}
    assert _item(after).target == "Kim: a target"
    assert _item(after).walk_away == before["walk_away"] and _item(after).walk_away_score == 15


def test_a_full_copy_merges_as_before_a_cleared_field_is_an_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    full, back = tmp_path / "full.db", tmp_path / "from-kim.db"
    assert _run(capsys, "--store", str(mine), "export", "--out", str(full))[0] == 0
    with Store.open(full, model.Author(id="00000000-0000-4000-8000-00000000000b", name="Kim")) as kim:
        content = kim.content(kim.dossiers()[0].id)
        assert content is not None
        kim.put(replace(content.dossier, batna=""))  # Kim saw the BATNA and cleared it
        kim.put(replace(_item(content), walk_away="Kim: a new walk-away", walk_away_score=0))
    assert _run(capsys, "--store", str(full), "export", "--out", str(back))[0] == 0
    code, out = _merge(capsys, mine, back)
    assert code == 0 and "No conflicts" in out
    after = _content(mine)
    assert after.dossier.batna == ""
    assert _item(after).walk_away == "Kim: a new walk-away" and _item(after).walk_away_score == 0
    with Store.open(mine, AUTHOR) as store:
        report = store.merge_file(back)
    assert not report.changed


# --- one's own store is no file to merge ---------------------------------------------------


def _own_names(store: Path, tmp_path: Path) -> list[Path]:
    """The store under its own name, a symbolic link, a hard link and its -wal."""
    link, hard = tmp_path / "link.db", tmp_path / "hard.db"
    link.symlink_to(store)
    os.link(store, hard)
    return [store, link, hard, Path(f"{store}-wal")]


def test_merging_or_checking_ones_own_store_from_the_command_line_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mine: Path
) -> None:
    before = _content(mine)
    backups = sorted(p.name for p in mine.parent.rglob("*pre-merge*"))
    for name in _own_names(mine, tmp_path):
        code, out, err = _run(capsys, "--store", str(mine), "merge", str(name))
        assert code == 2 and not out
        assert err.count("\n") == 1 and "cannot merge it (choose another file)" in err, err
        assert ("is the store itself" in err) == (name.name != f"{mine.name}-wal")
        code, out, err = _run(capsys, "--store", str(mine), "verify", str(name))
        assert code == 2 and not out
        assert err.count("\n") == 1 and "cannot check it (choose another file)" in err, err
    assert sorted(p.name for p in mine.parent.rglob("*pre-merge*")) == backups  # not even a backup
    assert _content(mine) == before


def test_merging_ones_own_store_through_the_store_is_refused(tmp_path: Path, mine: Path) -> None:
    with Store.open(mine, AUTHOR) as store:
        for name in _own_names(mine, tmp_path):
            with pytest.raises(StoreError, match=r"cannot merge it \(choose another file\)"):
                store.merge_file(name)
        assert not any(mine.parent.rglob("*pre-merge*"))


# --- verify says when a file is a release copy ---------------------------------------------


def test_verify_says_a_file_is_a_release_copy_and_what_it_withholds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    title = _content(mine).dossier.title
    full, copy = tmp_path / "full.db", tmp_path / "release.db"
    assert _run(capsys, "--store", str(mine), "export", "--out", str(full))[0] == 0
    assert _run(capsys, "--store", str(mine), "export", "--release", "--out", str(copy))[0] == 0
    code, out, _ = _run(capsys, "verify", str(full))
    assert code == 0 and "release copy" not in out and len(out.splitlines()) == 1
    code, out, _ = _run(capsys, "verify", "--json", str(full))
    assert json.loads(out)["release"] is None
    code, out, _ = _run(capsys, "verify", str(copy))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1] == (
        f'It is a release copy of "{title}": A release copy withholds everything marked “never disclose”, '
        "the BATNA, walk-away points, approvers’ names and team weights."
    )
    code, out, _ = _run(capsys, "verify", "--json", str(copy))
    (released,) = json.loads(out)["release"]
    assert released["title"] == title
    assert released["policy"] == {
        "release_internal": False,
        "release_batna": True,
        "release_walk_away": True,
        "release_approvers": True,
        "release_notes": False,
    }
    assert {"dossiers.batna", "agenda_items.walk_away", "agenda_items.walk_away_score"} <= set(
        released["withheld_fields"]
    )
    assert "red_lines.approved_by" in released["withheld_fields"]
    # Kim's full export of her edited copy withholds the same: it says so too
    back = _round_trip(tmp_path, capsys, monkeypatch, mine)
    code, out, _ = _run(capsys, "verify", str(back))
    assert code == 0 and f'It is a release copy of "{title}"' in out
    # and once merged back, my store's own export is whole again
    assert _merge(capsys, mine, back)[0] == 0
    again = tmp_path / "again.db"
    assert _run(capsys, "--store", str(mine), "export", "--out", str(again))[0] == 0
    code, out, _ = _run(capsys, "verify", "--json", str(again))
    assert json.loads(out)["release"] is None


# --- the rules and the chain, without files --------------------------------------------------


def _rev(rev: str, parents: tuple[str, ...], at: str, batna: str, withheld: frozenset[str] = frozenset()) -> Revision:
    title = "kim" if rev == "kim" else "base"  # (only Kim changes the title)
    return Revision(rev, parents, at, {"batna": batna, "title": title, DELETED: False}, withheld=withheld)


def test_a_withheld_blank_writes_nothing_in_the_rules() -> None:
    graph = {
        "base": _rev("base", (), "1", "X"),
        "kim": _rev("kim", ("base",), "3", "", frozenset({"batna"})),  # edited her release copy
        "mine": _rev("mine", ("base",), "2", "Y"),  # I changed the BATNA meanwhile
    }
    for tops in (["mine", "kim"], ["kim", "mine"]):
        outcome = merge_record(graph, tops, ["batna", "title"])
        assert outcome.values == {"batna": "Y", "title": "kim"} and outcome.conflicts == []
    # theirs ahead of mine: my value, her title
    assert merge_record(graph, ["base", "kim"], ["batna", "title"]).values == {"batna": "X", "title": "kim"}
    # her own head alone shows what the history holds, not the blank
    assert merge_record(graph, ["kim"], ["batna", "title"]).values["batna"] == "X"
    # a value she typed is a write; the same history without the mark would erase mine
    typed = {**graph, "kim": _rev("kim", ("base",), "3", "Kim's")}
    assert merge_record(typed, ["mine", "kim"], ["batna", "title"]).conflicts != []
    unmarked = {**graph, "kim": _rev("kim", ("base",), "3", "")}
    assert merge_record(unmarked, ["base", "kim"], ["batna", "title"]).values["batna"] == ""


def test_a_revision_keeps_the_mark_only_while_the_field_stays_blank_under_every_parent() -> None:
    withheld = {"batna", "title"}  # (title: no release policy withholds it)
    assert still_withheld("dossiers", {"batna": ""}, withheld) == ["batna"]
    assert still_withheld("dossiers", {}, withheld) == ["batna"]  # a field the snapshot lacks is blank
    assert still_withheld("dossiers", {"batna": "typed"}, withheld) == []
    assert still_withheld("dossiers", {"batna": ""}, set()) == []
    assert still_withheld("agenda_items", {"walk_away": "", "walk_away_score": 0}, {"walk_away_score"}) == [
        "walk_away_score"
    ]
    assert still_withheld("tracks", {"name": ""}, {"name"}) == []


def test_a_second_round_of_release_copies_keeps_it_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mine: Path
) -> None:
    before = _secrets(_content(mine))
    back = _round_trip(tmp_path, capsys, monkeypatch, mine)
    assert _merge(capsys, mine, back)[0] == 0
    _change_item(mine, title="Tariff relief for automobiles and parts")
    second = tmp_path / "second-for-kim.db"
    assert _run(capsys, "--store", str(mine), "export", "--release", "--out", str(second))[0] == 0
    kim = tmp_path / "kim.db"
    monkeypatch.setenv("NEGOPREP_AUTHOR", "Kim")
    code, out, _ = _run(capsys, "--store", str(kim), "merge", str(second))
    assert code == 0 and "No conflicts" in out
    theirs = _content(kim)
    assert _item(theirs).title == "Tariff relief for automobiles and parts" and _item(theirs).walk_away == ""
    with Store.open(kim, model.Author(id="00000000-0000-4000-8000-00000000000b", name="Kim")) as store:
        item = _item(store.content(store.dossiers()[0].id))  # type: ignore[arg-type]
        store.put(replace(item, fallback="Kim: a second fallback"))
    again = tmp_path / "again-from-kim.db"
    assert _run(capsys, "--store", str(kim), "export", "--out", str(again))[0] == 0
    monkeypatch.delenv("NEGOPREP_AUTHOR")
    code, out = _merge(capsys, mine, again)
    assert code == 0 and "No conflicts" in out
    after = _content(mine)
    assert _secrets(after) == before
    assert _item(after).fallback == "Kim: a second fallback"
    assert _item(after).target == "Kim: a 10% cut within a year"
    assert _item(after).title == "Tariff relief for automobiles and parts"
    with Store.open(mine, AUTHOR) as store:
        assert store.pending_conflicts() == []
