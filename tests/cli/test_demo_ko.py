"""The Korean demo dossier: the English demo's facts, written as a Korean ministry writes them,
chosen with `demo --lang ko` or by the system's language."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from negoprep import i18n, paths, startup
from negoprep.analysis.winset import check_dossier_at_home
from negoprep.cli import main
from negoprep.redlines.check import check_dossier
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.documents import completed

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile("[\uac00-\ud7a3]")
# the free text of each record, written in Korean; every other field is the same in both demos
TEXT = {
    "title", "counterpart", "venue", "format", "objective", "batna", "classification", "name", "description",
    "organisation", "notes", "our_position", "their_position", "interests", "opening", "target", "fallback",
    "walk_away", "opening_approved_by", "target_approved_by", "fallback_approved_by", "walk_away_approved_by",
    "text", "statement", "rationale", "approved_by", "series", "source", "unit", "their_batna", "criteria",
    "their_interests", "summary",
}  # fmt: skip
# a figure's unit, as a multiple of one: the Korean demo counts in 억 달러 where the English says USD bn
UNITS = {"USD bn": 1e9, "억 달러": 1e8, "KRW tn per year": 1e12, "조 원/년": 1e12, "%": 1}


def seed(language: str) -> dict[str, Any]:
    return json.loads(paths.seed_text(startup.DEMO_SEEDS[language]))


EN, KO = seed("en"), seed("ko")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ids_of(doc: Any) -> set[str]:
    if isinstance(doc, dict):
        own = {doc["id"]} if isinstance(doc.get("id"), str) else set()
        return own.union(*(ids_of(v) for v in doc.values()))
    if isinstance(doc, list):
        return set().union(*(ids_of(v) for v in doc))
    return set()


def pair_ids(en: Any, ko: Any, pairs: dict[str, str]) -> dict[str, str]:
    """English id → Korean id, by walking both documents side by side."""
    if isinstance(en, dict):
        if isinstance(en.get("id"), str):
            pairs[en["id"]] = ko["id"]
        for key in en:
            pair_ids(en[key], ko[key], pairs)
    elif isinstance(en, list):
        for a, b in zip(en, ko, strict=True):
            pair_ids(a, b, pairs)
    return pairs


IDS = pair_ids(EN, KO, {})


# --- the document ---------------------------------------------------------------------------------


def test_the_korean_demo_is_the_english_demo_in_korean() -> None:
    """Same sections, records, order, references, enums, dates, scores and figures; every text
    that is written in English is written in Korean; no id is shared."""
    assert not ids_of(EN) & ids_of(KO)
    assert len(set(IDS.values())) == len(IDS)

    def same(en: Any, ko: Any, where: str) -> None:
        if isinstance(en, dict):
            assert list(ko) == list(en), where
            if "unit" in en and "value" in en:  # a figure: the same amount, in its own unit
                assert en["value"] * UNITS[en["unit"]] == pytest.approx(ko["value"] * UNITS[ko["unit"]]), where
                en, ko = {k: v for k, v in en.items() if k != "value"}, {k: v for k, v in ko.items() if k != "value"}
            for key in en:
                same(en[key], ko[key], f"{where}.{key}")
        elif isinstance(en, list):
            assert len(ko) == len(en), where
            for n, (a, b) in enumerate(zip(en, ko, strict=True)):
                same(a, b, f"{where}[{n}]")
        elif isinstance(en, str) and en in IDS:
            assert ko == IDS[en], where
        elif isinstance(en, str) and where.rsplit(".", 1)[-1] in TEXT and re.search("[A-Za-z]", en):
            # a text in words (a unit such as "%" is the same in both)
            assert HANGUL.search(ko), f"{where}: {ko!r}"
        else:
            assert ko == en, where

    assert (KO["format"], KO["version"]) == (EN["format"], EN["version"])
    for section in (key for key in EN if key not in ("format", "version")):
        same(EN[section], KO[section], section)


def test_the_korean_text_is_korean_and_written_once() -> None:
    texts = [v for v in json.dumps(KO, ensure_ascii=False).split('"') if HANGUL.search(v)]
    assert len(texts) > 200
    assert "566억 달러" in json.dumps(KO, ensure_ascii=False)  # the article's figure, as a ministry writes it
    titles = [item["title"] for item in KO["agenda_items"]]
    assert len(set(titles)) == len(titles)
    assert all(re.fullmatch(r"[^A-Za-z]*(LNG|FTA|USTR|SMA|BATNA|FT|MRO|D\.C\.)?[^A-Za-z]*", t) for t in titles)


# --- the store ------------------------------------------------------------------------------------


def test_it_loads_and_dumps_back(store: Store) -> None:
    result = store.load(copy.deepcopy(KO), "demo dossier")
    # package items and demands have no id of their own in the document
    nested = sum(len(p["items"]) for p in KO["packages"]) + sum(len(c["demands"]) for c in KO["constituencies"])
    assert result.new_dossier and result.added == len(ids_of(KO)) + nested
    assert store.dump(KO["dossier"]["id"]) == completed(KO)
    again = store.load(copy.deepcopy(KO))
    assert (again.added, again.changed, again.deleted) == (0, 0, 0)


def test_both_demos_live_in_one_store_and_each_dumps_back(store: Store) -> None:
    startup.load_demo(store, "en")
    startup.load_demo(store, "ko")
    assert sorted(d.title for d in store.dossiers()) == sorted([EN["dossier"]["title"], KO["dossier"]["title"]])
    for doc in (EN, KO):
        dumped = store.dump(doc["dossier"]["id"])
        assert dumped == completed(doc)
        with Store.open(None, AUTHOR) as other:  # and the dump is a document another store takes as it is
            other.load(json.loads(json.dumps(dumped, ensure_ascii=False)))
            assert other.dump(doc["dossier"]["id"]) == dumped


def test_check_gives_the_same_verdicts_as_the_english_demo(store: Store) -> None:
    for doc in (EN, KO):
        store.load(copy.deepcopy(doc))

    def verdicts(doc: dict[str, Any], ids: dict[str, str]) -> list[Any]:
        content = store.content(doc["dossier"]["id"])
        assert content is not None
        kinds = {r.id: r.rule["kind"] for r in content.red_lines}
        report = check_dossier(content)
        assert report.broken_rules == []
        home = check_dossier_at_home(content)
        return [
            (
                ids.get(p.package.id, p.package.id),
                p.package.origin,
                p.breaks_absolute,
                sorted(
                    (kinds[v.red_line_id], ids.get(v.red_line_id), v.severity, sorted(ids.get(i, i) for i in v.items))
                    for v in p.violations
                ),
                sorted(r.rule["kind"] for r in p.to_confirm),
                home[p.package.id].fails,
                sorted((ids.get(f.constituency_id), f.condition) for f in home[p.package.id].failures),
            )
            for p in report.packages
        ]

    english = verdicts(EN, IDS)
    assert english == verdicts(KO, {ko: ko for ko in IDS.values()})
    by_package = {v[0]: v for v in english}
    in_seed_order = [by_package[IDS[p["id"]]] for p in EN["packages"]]
    # ours, ours, the expected U.S. package, the U.S. offer of round 2, our counter-offer
    assert [v[1:3] for v in in_seed_order] == [
        ("ours", False), ("ours", False), ("theirs", True), ("theirs", True), ("ours", False)
    ]  # fmt: skip
    assert [k[0] for k in in_seed_order[2][3]] == ["ceiling", "no_bundle", "no_linkage", "not_a_card"]
    assert [k[0] for k in in_seed_order[3][3]] == ["ceiling", "no_bundle", "no_linkage"]
    # at home: both U.S. packages fail through the National Assembly; ours pass
    assert [v[5] for v in in_seed_order] == [False, False, True, True, False]
    assert [len(v[6]) for v in in_seed_order] == [0, 0, 1, 3, 0]


def test_check_on_the_command_line_agrees(tmp_path: Path, capsys) -> None:
    path = tmp_path / "both.db"
    assert run(capsys, "--store", str(path), "demo", "--lang", "en")[0] == 0
    assert run(capsys, "--store", str(path), "demo", "--lang", "ko")[0] == 0
    found = {}
    for doc in (EN, KO):
        code, out, err = run(capsys, "--store", str(path), "check", "--dossier", doc["dossier"]["title"], "--json")
        assert code == 1, err
        report = json.loads(out)
        found[doc["dossier"]["id"]] = [
            (p["origin"], p["breaks_absolute"], len(p["violations"])) for p in report["packages"]
        ]
    assert found[EN["dossier"]["id"]] == found[KO["dossier"]["id"]]
    code, out, _ = run(capsys, "--store", str(path), "check", "--dossier", KO["dossier"]["title"])
    assert code == 1 and "미측 원스톱 패키지(예상)" in out and "방위비분담금 추가 증액 불가" in out


@pytest.mark.parametrize(
    ("word", "kind", "title"),
    [
        ("알래스카", "agenda item", "알래스카 LNG 사업"),
        ("관세", "track", "관세"),
        ("흑자", "agenda item", "대미 상품 무역흑자 축소"),  # a part of a word: 무역흑자
        ("분담금", "track", "방위비분담금"),
    ],
)
def test_the_korean_text_is_found_by_a_korean_word(tmp_path: Path, capsys, word: str, kind: str, title: str) -> None:
    path = tmp_path / "both.db"
    for language in ("en", "ko"):
        assert run(capsys, "--store", str(path), "demo", "--lang", language)[0] == 0
    code, out, err = run(capsys, "--store", str(path), "search", word, "--json", "--limit", "200")
    assert code == 0, err
    hits = json.loads(out)
    assert (kind, title) in {(h["kind"], h["title"]) for h in hits}
    assert {h["dossier"] for h in hits} == {KO["dossier"]["id"]}  # the English demo holds no Hangul there


# --- choosing the language ------------------------------------------------------------------------


def test_demo_lang_ko_and_en(tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.db"
    code, out, err = run(capsys, "--store", str(path), "demo", "--lang", "ko")
    assert code == 0 and f'with the demo dossier "{KO["dossier"]["title"]}"' in out, err
    code, out, _ = run(capsys, "--store", str(path), "demo", "--lang", "en")
    assert code == 0 and f'Added the demo dossier "{EN["dossier"]["title"]}"' in out
    code, out, _ = run(capsys, "--store", str(path), "demo", "--lang", "KO")
    assert code == 0 and "0 added, 0 changed, 0 deleted" in out and KO["dossier"]["title"] in out
    code, out, _ = run(capsys, "--store", str(path), "list", "--json")
    assert sorted(d["id"] for d in json.loads(out)) == sorted([EN["dossier"]["id"], KO["dossier"]["id"]])


@pytest.mark.parametrize("lang", ["xx", "kr", "ko_KR", ""])
def test_an_unknown_language_is_refused(tmp_path: Path, capsys, lang: str) -> None:
    path = tmp_path / "s.db"
    with pytest.raises(SystemExit) as info:
        main(["--store", str(path), "demo", "--lang", lang])
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "--lang" in err and f"'{lang.lower()}'" in err and re.search(r"\ben\b.*\bko\b", err)
    assert not path.exists()


def test_an_unknown_language_exits_2_from_the_command(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    done = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(path), "demo", "--lang", "xx"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()  # one line: what is wrong and what would do
    assert line.startswith("negoprep demo: ") and "--lang" in line and "xx" in line
    assert re.search(r"\ben\b.*\bko\b", line) and "Traceback" not in done.stderr
    assert not path.exists()


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ko"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ko_KR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "ko_KR.eucKR"}, "ko"),
        ({"LANG": "ko_KR.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "ko_KR.UTF-8", "LC_ALL": ""}, "ko"),  # set but empty: not set
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "ko:en"}, "ko"),
    ],
)
def test_with_no_lang_the_demo_follows_the_system_language(
    tmp_path: Path, capsys, monkeypatch, environment: dict[str, str], language: str
) -> None:
    monkeypatch.delenv("LANG", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == language
    assert demo_made(capsys, tmp_path / "s.db") == seed(language)["dossier"]["id"]


def demo_made(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    """The id of the dossier `demo` puts in a new store, with no --lang."""
    code, out, err = run(capsys, "--store", str(path), "demo")
    assert code == 0, err
    assert seed("ko")["dossier"]["title"] in out or seed("en")["dossier"]["title"] in out
    (dossier,) = json.loads(run(capsys, "--store", str(path), "list", "--json")[1])
    return dossier["id"]


@pytest.mark.parametrize(("chosen", "system", "language"), [("ko", "en_US.UTF-8", "ko"), ("en", "ko_KR.UTF-8", "en")])
def test_with_no_lang_the_demo_follows_the_language_chosen_in_settings(
    tmp_path: Path, capsys, monkeypatch, chosen: str, system: str, language: str
) -> None:
    monkeypatch.setenv("LANG", system)
    startup.settings_file().parent.mkdir(parents=True, exist_ok=True)
    startup.settings_file().write_text(f"[General]\nlanguage={chosen}\n", encoding="utf-8")
    assert demo_made(capsys, tmp_path / "s.db") == seed(language)["dossier"]["id"]


def test_the_demo_of_code_that_installed_no_language_is_english(store: Store, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")  # the system's language is only read when one is installed
    assert startup.load_demo(store).dossier_id == EN["dossier"]["id"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_default_store_gets_the_demo_in_the_system_language(capsys, monkeypatch, language: str) -> None:
    monkeypatch.setenv("LANG", {"en": "en_US.UTF-8", "ko": "ko_KR.UTF-8"}[language])
    code, out, err = run(capsys, "dump")  # the first use makes the default store
    assert code == 0, err
    assert json.loads(out)["dossier"]["id"] == seed(language)["dossier"]["id"]


# --- on paper -------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_korean_demo_prints_in_korean_from_the_first_heading_to_the_page_numbers(tmp_path: Path) -> None:
    """As a person on a Korean system does it: its own processes, each speaking Korean."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "ko_KR.UTF-8"}
    path = tmp_path / "s.db"

    def negoprep(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "negoprep", "--store", str(path), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0 and HANGUL.search(done.stdout), done.stderr
        assert done.stderr == ""  # no warning either: every character has its font

    negoprep("demo")  # the system speaks Korean: the Korean demo
    for kind in ("briefing", "checklist"):
        pdf = tmp_path / f"{kind}.pdf"
        negoprep("print", kind, "--out", str(pdf))
        text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages = text.rstrip("\f").split("\f")
        assert pages[0].splitlines()[0] == KO["dossier"]["classification"]
        if kind == "briefing":
            assert "\n브리핑 자료\n" in pages[0]  # the book's first heading
        for number, page in enumerate(pages, start=1):
            assert f"\n{number}/{len(pages)}쪽\n" in page
        latin = set(re.findall(r"[A-Za-z][A-Za-z.]*", text))
        assert latin <= {"LNG", "FTA", "USTR", "EU", "D.C.", "BATNA", "WTO", "ITA"}, (
            kind
        )  # acronyms a ministry writes too
