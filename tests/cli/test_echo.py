"""What a person typed, quoted back in a message, is one line of sensible width: a 100,000-
character query that finds nothing is not printed back whole, and no cut falls inside what a
reader sees as one character (Korean syllables written as jamo included)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negoprep import terminal
from negoprep.echo import ELLIPSIS, WIDTH, clusters, echoed, echoed_path, width
from negoprep.records.problems import VALUE_WIDTH, problem, words
from tests.cli.test_cli import run

KOREAN = "한국어 검색어는 여기에 없습니다 "


def columns(text: str) -> int:
    return sum(width(c) for c in clusters(text))


def test_a_short_text_is_as_it_was() -> None:
    assert echoed("tariffs") == "tariffs"
    assert echoed("관세 협상") == "관세 협상"
    assert echoed("two\nlines") == "two\\nlines"  # (one line that says what it holds)
    assert echoed("x" * WIDTH) == "x" * WIDTH


@pytest.mark.parametrize("text", ["q" * 100_000, KOREAN * 5000, "e\u0301" * 50_000, "🇰🇷" * 40_000])
def test_a_long_text_is_cut_to_the_width_with_an_ellipsis(text: str) -> None:
    shown = echoed(text)
    assert shown.endswith(ELLIPSIS) and "\n" not in shown and len(shown) < 2 * WIDTH
    assert WIDTH - 2 <= columns(shown) <= WIDTH
    assert text.startswith(shown[:-1].rstrip())


def test_korean_counts_two_columns_a_character() -> None:
    shown = echoed(KOREAN * 10, 20)
    assert shown == "한국어 검색어는 여…" and columns(shown) == 19


def test_no_cut_falls_inside_a_grapheme() -> None:
    jamo = unicodedata.normalize("NFD", KOREAN * 10)  # (as macOS writes file names)
    shown = echoed(jamo, 21)
    assert unicodedata.normalize("NFC", shown) == "한국어 검색어는 여기…"
    assert echoed("e\u0301" * 30, 10) == "e\u0301" * 9 + ELLIPSIS
    assert echoed("🇰🇷🇺🇸" * 10, 7) == "🇰🇷🇺🇸🇰🇷" + ELLIPSIS  # (never half a flag)
    family = "👩\u200d👩\u200d👧"
    assert echoed(family * 10, 5) == family * 2 + ELLIPSIS


@given(st.text(min_size=0, max_size=400), st.integers(min_value=2, max_value=80))
def test_any_text_is_one_line_within_the_width_and_cut_between_clusters(text: str, limit: int) -> None:
    shown = echoed(text, limit)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert columns(shown) <= max(limit, 2) or shown == terminal.shown(text)
    if shown != terminal.shown(text):
        # what is kept is whole clusters of the text, in order, shown as the terminal shows them
        kept = shown.removesuffix(ELLIPSIS)
        whole = clusters(text)
        count = next(n for n in range(len(whole) + 1) if terminal.shown("".join(whole[:n])) == kept)
        assert sum(width(c) for c in whole[:count]) <= limit - 1


def test_a_path_keeps_its_name() -> None:
    path = "/home/kim/" + "folder/" * 40 + "협상 자료집.db"
    shown = echoed_path(path, 60)
    assert shown.startswith("/home/kim/") and shown.endswith("협상 자료집.db") and ELLIPSIS in shown
    assert echoed_path("/tmp/s.db") == "/tmp/s.db"
    assert columns(shown) <= 60


def test_what_a_terminal_acts_on_is_written_visibly() -> None:
    assert echoed("a\x1b]52;c;evil\x07b") == "a\\x1b]52;c;evil\\x07b"
    assert "\u202e" not in echoed("x\u202e" * 100, 20)


@pytest.mark.parametrize("query", ["q" * 100_000, "관세" * 30_000])
def test_a_search_that_finds_nothing_says_so_in_one_short_line(
    demo_path: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, out, err = run(capsys, "--store", str(demo_path), "search", query)
    assert code == 0 and out == ""
    assert err.startswith("negoprep: nothing matches") and err.count("\n") == 1
    assert len(err) < 200 and ELLIPSIS in err


def test_a_dossier_named_by_a_huge_reference_is_quoted_short(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--store", str(demo_path), "dump", "--dossier", "없는 자료집 " * 20_000)
    assert code == 2 and err.count("\n") == 1 and len(err) < 300
    assert "없는 자료집 없는" in err and ELLIPSIS in err


def test_a_loaded_dossiers_long_title_is_quoted_short(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    code, dumped, _ = run(capsys, "--store", str(demo_path), "dump")
    doc = json.loads(dumped)
    doc["dossier"]["title"] = "아주 긴 제목 " * 10_000
    source = tmp_path / "long.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--store", str(demo_path), "load", str(source))
    assert code == 0, err
    assert out.count("\n") == 1 and len(out) < 300 and "아주 긴 제목" in out and ELLIPSIS in out


def test_a_value_quoted_in_a_problem_is_short() -> None:
    said = words(problem("value.not_date", value="2025-02-30" * 10_000))
    assert len(said) < 200 and ELLIPSIS in said
    assert columns(echoed("2025-02-30" * 10_000, VALUE_WIDTH)) <= VALUE_WIDTH


def test_a_file_named_in_a_problem_is_said_whole_on_one_line() -> None:
    """A person needs all of a path to find the file: it is not cut, only kept on one line."""
    path = "/home/delegate/한미 2+2 협의/" + "round-three-working-copies/" * 5 + "colleague\n.db"
    said = words(problem("merge.revision_differs", id="r-1", table="tracks", row="t-1", file=path))
    assert terminal.shown(path) in said and ELLIPSIS not in said and "\n" not in said
