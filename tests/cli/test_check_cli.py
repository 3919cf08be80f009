"""`negoprep check`: every package against the red lines, exit 1 on any finding, 0 when clean."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from negoprep.cli import main
from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import AUTHOR, both_demos
from tests.planting import plant


def run(capsys: pytest.CaptureFixture[str], store: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--store", str(store), "check", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(demo_store: Store, demo_doc: dict) -> tuple[Store, model.DossierContent]:
    content = demo_store.content(demo_doc["dossier"]["id"])
    assert content is not None
    # the U.S. offer of round 2 breaks red lines too (tests/cli/test_demo_ko.py checks it): these
    # tests follow the expected one-stop package, the first package of theirs, alone
    offered = [p for p in content.packages if p.origin == "theirs"][1:]
    assert len(offered) == 1
    demo_store.apply("x", deletes=offered)
    content = demo_store.content(demo_doc["dossier"]["id"])
    assert content is not None
    return demo_store, content


def one_stop(content: model.DossierContent) -> model.Package:
    (theirs,) = [p for p in content.packages if p.origin == "theirs"]
    return theirs


def red_lines_broken_by_one_stop(content: model.DossierContent) -> list[model.RedLine]:
    kinds = ("no_linkage", "not_a_card", "no_bundle", "ceiling")
    return [r for r in content.red_lines if r.rule["kind"] in kinds]


def no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text and "internal error" not in text


SMALL = {
    "format": "negoprep-dossier",
    "version": 1,
    "dossier": {"id": "d-small", "title": "Small talks"},
    "tracks": [{"id": "t-a", "name": "Apples"}, {"id": "t-b", "name": "Bananas"}],
    "agenda_items": [
        {"id": "i-a", "track": "t-a", "title": "Apple quota", "weight": 50},
        {"id": "i-b", "track": "t-b", "title": "Banana tariff", "weight": 50},
    ],
    "red_lines": [
        {
            "id": "r-small",
            "title": "No apples for bananas",
            "severity": "firm",
            "rule": {"kind": "no_linkage", "between": [["t-a"], ["t-b"]]},
        }
    ],
    "packages": [{"id": "p-small", "name": "Apples alone", "items": [{"agenda_item": "i-a", "role": "give"}]}],
}


# --- the demo -----------------------------------------------------------------------------------


@both_demos
def test_demo_text_names_the_one_stop_package_and_what_it_breaks(demo, capsys) -> None:
    store, content = demo
    code, out, err = run(capsys, store.path)
    assert code == 1
    no_traceback(out, err)
    assert content.dossier.title in out
    package = one_stop(content)
    lines = out.splitlines()
    (head,) = [line for line in lines if package.name in line]
    assert "BREAKS" in head and "4 red lines" in head
    assert out.count("ABSOLUTE") == 4
    for red_line in red_lines_broken_by_one_stop(content):
        (line,) = [line for line in lines if red_line.title in line]
        assert "ABSOLUTE" in line
    for ours in (p for p in content.packages if p.origin == "ours"):
        (line,) = [line for line in lines if ours.name in line]
        assert "breaks no red line" in line
    manual = next(r for r in content.red_lines if r.rule["kind"] == "manual")
    assert f"to confirm by a person: {manual.title}" in out
    assert "cannot be checked" not in out


@both_demos
def test_demo_json(demo, capsys) -> None:
    store, content = demo
    code, out, err = run(capsys, store.path, "--json")
    assert code == 1
    no_traceback(err)
    doc = json.loads(out)
    assert doc["dossier"] == content.dossier.id
    assert doc["unchecked_red_lines"] == []
    by_id = {p["id"]: p for p in doc["packages"]}
    # every unacceptable package (here the one-stop package, the only one of theirs) below every acceptable one
    ours = [p.id for p in content.packages if p.origin == "ours"]
    assert list(by_id) == ours + [p.id for p in content.packages if p.origin == "theirs"]
    package = one_stop(content)
    broken_ids = {r.id for r in red_lines_broken_by_one_stop(content)}
    titles = {i.id: i.title for i in content.agenda_items}
    held = {e.agenda_item_id for e in package.items}
    for entry in doc["packages"]:
        theirs = entry["id"] == package.id
        assert entry["origin"] == ("theirs" if theirs else "ours")
        assert entry["breaks_absolute"] is theirs
        assert {v["red_line"] for v in entry["violations"]} == (broken_ids if theirs else set())
        manual = [r.id for r in content.red_lines if r.rule["kind"] == "manual"]
        assert entry["to_confirm"] == manual
    flat = doc["violations"]
    assert flat == [v for p in doc["packages"] for v in p["violations"]]
    assert len(flat) == 4
    for v in flat:
        assert {"package", "red_line", "severity", "items", "reason"} <= set(v)
        assert v["package"] == package.id and v["package_name"] == package.name
        assert v["severity"] == "absolute"
        assert v["items"] and set(v["items"]) <= held
        assert isinstance(v["reason"], str) and v["reason"]
    linkage = next(
        v for v in flat if v["red_line"] == next(r.id for r in content.red_lines if r.rule["kind"] == "no_linkage")
    )
    assert all(titles[i] in linkage["reason"] for i in linkage["items"])


@both_demos
def test_check_is_clean_once_the_counterparts_package_is_gone(demo, capsys) -> None:
    store, content = demo
    store.apply("x", deletes=[one_stop(content)])
    code, out, err = run(capsys, store.path)
    assert code == 0, out
    no_traceback(out, err)
    assert "BREAKS" not in out and "ABSOLUTE" not in out
    assert one_stop(content).name not in out
    assert out.count("breaks no red line") == len(content.packages) - 1
    code, out, _ = run(capsys, store.path, "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["violations"] == [] and doc["unchecked_red_lines"] == []
    assert len(doc["packages"]) == len(content.packages) - 1


# --- a red line whose rule cannot be checked ----------------------------------------------------


def test_a_rule_naming_an_unknown_track_is_reported_and_fails_the_check(demo, capsys) -> None:
    store, content = demo
    store.apply("x", deletes=[one_stop(content)])  # so the only finding is the bad rule
    tariffs = next(t.id for t in content.tracks if t.name == "Tariffs")
    bad = plant(
        store,
        model.RedLine(
            id=str(uuid.uuid4()),
            dossier_id=content.dossier.id,
            title="Nothing from nowhere",
            severity="absolute",
            rule={"kind": "no_linkage", "between": [["t-nowhere"], [tariffs]]},
        ),
    )
    code, out, err = run(capsys, store.path)
    assert code == 1
    no_traceback(out, err)
    assert "cannot be checked" in out
    (line,) = [line for line in out.splitlines() if bad.title in line]
    assert "t-nowhere" in line and "not a track" in line
    assert "BREAKS" not in out  # not applied to any package

    code, out, err = run(capsys, store.path, "--json")
    assert code == 1
    no_traceback(err)
    doc = json.loads(out)
    assert doc["violations"] == []
    (unchecked,) = doc["unchecked_red_lines"]
    assert unchecked["red_line"] == bad.id and unchecked["title"] == bad.title
    assert any("t-nowhere" in p for p in unchecked["problems"])


def test_a_rule_that_is_not_an_object_is_reported(demo, capsys) -> None:
    store, content = demo
    plant(store, model.RedLine(id=str(uuid.uuid4()), dossier_id=content.dossier.id, title="Odd rule", rule=["x"]))
    code, out, err = run(capsys, store.path)
    assert code == 1, err
    assert "Odd rule" in out
    no_traceback(out, err)


# --- choosing the dossier -----------------------------------------------------------------------


def test_dossier_selects_by_title(demo, capsys) -> None:
    store, content = demo
    store.load(json.loads(json.dumps(SMALL)))
    code, out, err = run(capsys, store.path)
    assert code == 2 and "--dossier" in err and out == ""

    code, out, err = run(capsys, store.path, "--dossier", "Small talks")
    assert code == 0, out
    no_traceback(out, err)
    assert "Small talks" in out and "Apples alone" in out and "breaks no red line" in out
    assert one_stop(content).name not in out

    code, out, _ = run(capsys, store.path, "--dossier", "small TALKS", "--json")
    assert code == 0 and json.loads(out)["dossier"] == "d-small"

    code, out, _ = run(capsys, store.path, "--dossier", content.dossier.title)
    assert code == 1 and one_stop(content).name in out and "Apples alone" not in out

    code, out, err = run(capsys, store.path, "--dossier", "No such talks")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_dossier_of_one_package_breaking_a_firm_red_line(store: Store, capsys) -> None:
    doc = json.loads(json.dumps(SMALL))
    doc["packages"][0]["items"].append({"agenda_item": "i-b", "role": "get"})
    store.load(doc)
    code, out, _ = run(capsys, store.path)
    assert code == 1
    assert "FIRM" in out and "No apples for bananas" in out and "ABSOLUTE" not in out
    code, out, _ = run(capsys, store.path, "--json")
    (v,) = json.loads(out)["violations"]
    assert v["severity"] == "firm" and set(v["items"]) == {"i-a", "i-b"}
    assert json.loads(out)["packages"][0]["breaks_absolute"] is False


# --- no dossier to check ------------------------------------------------------------------------


def test_a_store_with_no_dossier(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.db"
    Store.open(path, AUTHOR).close()
    code, out, err = run(capsys, path)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "no dossier" in err
    no_traceback(err)


def test_a_store_that_does_not_exist(tmp_path: Path, capsys) -> None:
    path = tmp_path / "missing.db"
    code, out, err = run(capsys, path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert not path.exists()


# --- the domestic win-set -----------------------------------------------------------------------


def at_home(veto: bool) -> dict:
    """SMALL with a second package and two constituencies: the National Assembly (with a veto
    when `veto`) keeps apple quotas out of any deal; banana growers (no veto) want the banana
    tariff at most 1."""
    doc = json.loads(json.dumps(SMALL))
    doc["packages"].append(
        {"id": "p-bananas", "name": "Bananas", "items": [{"agenda_item": "i-b", "role": "get", "value": 2}]}
    )
    doc["constituencies"] = [
        {"id": "c-na", "name": "National Assembly", "kind": "legislature", "veto": veto,
         "demands": [{"agenda_item": "i-a", "excluded": True}]},
        {"id": "c-bg", "name": "Banana growers", "kind": "industry", "demands": [{"agenda_item": "i-b", "max": 1}]},
    ]  # fmt: skip
    return doc


def test_a_package_failing_at_home_is_reported_and_fails_the_check(store: Store, capsys) -> None:
    store.load(at_home(veto=True))
    code, out, err = run(capsys, store.path)
    assert code == 1
    no_traceback(out, err)
    assert "BREAKS" not in out  # no red line is broken: the finding is at home
    lines = out.splitlines()
    apples = lines.index(next(line for line in lines if "Apples alone" in line))
    bananas = lines.index(next(line for line in lines if "Bananas" in line and "breaks no red line" in line))
    (fails,) = [line for line in lines if "fails at home" in line]
    assert lines.index(fails) in range(apples, bananas)  # under its package
    reason = 'it holds "Apple quota", which must be kept out of any deal'
    assert fails.strip() == f"fails at home: National Assembly ({reason})"
    (opposed,) = [line for line in lines if "opposed at home" in line]
    assert lines.index(opposed) > bananas
    assert opposed.strip() == 'opposed at home: Banana growers (it puts "Banana tariff" at 2, above 1)'

    code, out, err = run(capsys, store.path, "--json")
    assert code == 1
    doc = json.loads(out)
    by_id = {p["id"]: p for p in doc["packages"]}
    assert {"breaks_absolute", "acceptable", "value_for_us", "violations", "to_confirm"} <= set(by_id["p-small"])
    home = by_id["p-small"]["home"]
    assert home["package"] == "p-small" and home["fails_at_home"] is True
    assert home["verdict"].startswith("fails at home: National Assembly")
    (failure,) = home["failures"]
    assert (failure["constituency"], failure["veto"], failure["agenda_item"], failure["condition"]) == (
        "c-na", True, "i-a", "excluded"
    )  # fmt: skip
    assert by_id["p-bananas"]["home"]["fails_at_home"] is False
    assert by_id["p-bananas"]["home"]["failures"][0]["constituency_name"] == "Banana growers"


def test_opposition_without_a_veto_is_shown_but_passes(store: Store, capsys) -> None:
    store.load(at_home(veto=False))
    code, out, err = run(capsys, store.path)
    assert code == 0, out
    no_traceback(out, err)
    assert "fails at home" not in out and out.count("opposed at home") == 2
    code, out, _ = run(capsys, store.path, "--json")
    assert code == 0
    assert all(p["home"]["fails_at_home"] is False for p in json.loads(out)["packages"])


def test_no_constituencies_no_verdict_at_home(store: Store, capsys) -> None:
    store.load(json.loads(json.dumps(SMALL)))
    code, out, _ = run(capsys, store.path)
    assert code == 0 and "at home" not in out
    code, out, _ = run(capsys, store.path, "--json")
    (package,) = json.loads(out)["packages"]
    assert package["home"] == {"package": "p-small", "fails_at_home": False, "verdict": "", "failures": []}
