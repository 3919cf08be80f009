"""File names made from titles fit every file system, cut between user-perceived characters."""

from __future__ import annotations

import datetime
import os
import unicodedata
from pathlib import Path

import pytest

from negoprep import filenames
from negoprep.filenames import clusters, cut_to_bytes, fit_name, partial_path, safe_file_part
from negoprep.paper.printout import Copies, Paper, file_name

DAY = datetime.date(2026, 12, 1)
HANGUL = "한" * 300
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
RAINBOW = "\U0001f3f3\ufe0f\u200d\U0001f308"  # white flag VS16 ZWJ rainbow
KOREA_FLAG = "\U0001f1f0\U0001f1f7"
EMOJI = f"{FAMILY} {RAINBOW} {KOREA_FLAG} 협상 ❤\ufe0f"
TITLES = [HANGUL, EMOJI * 20, "A" * 300, ("한" * 50 + FAMILY) * 6, KOREA_FLAG * 100]


def _size(name: str) -> int:
    return len(name.encode("utf-8"))


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("copies", [None, Copies(count=3, first=5), Copies(count=99, first=9901)])
@pytest.mark.parametrize("paper", [Paper("briefing"), Paper("checklist", release=True)])
def test_every_pdf_name_fits_with_the_writers_temporary_name(title: str, copies: Copies | None, paper: Paper) -> None:
    name = file_name(title, paper, DAY, copies)
    assert _size(name) <= filenames.SUGGESTED_BYTES
    assert name.endswith("— 2026-12-01.pdf")
    # the writer's temporary name beside it fits too (process ids go up to 7 digits)
    assert _size(partial_path(Path("/x") / name, "4194304").name) <= 255
    # the title is cut between user-perceived characters: its start is whole clusters of it
    kept = name.split(" — ")[0]
    assert kept and clusters(safe_file_part(title, 10_000))[: len(clusters(kept))] == clusters(kept)


def test_a_korean_title_is_cut_by_bytes_not_characters() -> None:
    name = file_name(HANGUL, Paper("briefing"), DAY, Copies(count=3, first=5))
    assert name == "한" * 40 + " — briefing book — copies 5–7 — 2026-12-01.pdf"  # 120 bytes of title


def test_the_file_can_be_written_under_that_name_and_its_temporary_name(tmp_path: Path) -> None:
    for title in TITLES:
        target = tmp_path / file_name(title, Paper("briefing"), DAY, Copies(count=3, first=5))
        partial = partial_path(target, str(os.getpid()))
        partial.write_bytes(b"%PDF")
        os.replace(partial, target)
        assert target.read_bytes() == b"%PDF"


def test_emoji_keep_their_joiners_and_variation_selectors() -> None:
    assert safe_file_part(EMOJI) == EMOJI
    assert "_" not in safe_file_part(f"team {FAMILY}")


def test_bidi_controls_and_invisible_format_characters_go() -> None:
    spoof = "invoice\u202egpj.exe"  # shows as "invoiceexe.jpg"
    assert safe_file_part(spoof) == "invoicegpj.exe"
    assert safe_file_part("a\u2066b\u2069c\u200fd\u00ade\u200bf") == "abcdef"
    assert safe_file_part("\u200dlead and trail\u200d") == "lead and trail"  # a joiner joins nothing
    assert safe_file_part("\ufe0fx") == "x"


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        (FAMILY * 3, len(FAMILY.encode()) * 2 + 5, FAMILY * 2),  # never half a family
        (KOREA_FLAG * 3, 12, KOREA_FLAG),  # never one regional indicator of a flag
        ("\u1112\u1161\u11ab" * 3, 10, "\u1112\u1161\u11ab"),  # a syllable spelt in jamo stays whole
        ("e\u0301" * 4, 5, "e\u0301"),  # a letter keeps its accent
        ("한" * 5, 8, "한한"),
        ("abc", 2, "ab"),
    ],
)
def test_a_cut_falls_between_user_perceived_characters(text: str, limit: int, cut: str) -> None:
    assert cut_to_bytes(text, limit) == cut


def test_clusters_rebuild_the_text() -> None:
    for title in TITLES:
        assert "".join(clusters(title)) == title
    assert clusters(KOREA_FLAG * 2 + "x") == [KOREA_FLAG, KOREA_FLAG, "x"]
    assert len(clusters(unicodedata.normalize("NFD", "한국"))) == 2


@pytest.mark.parametrize("stem", [HANGUL, EMOJI * 20, "A" * 300, "store"])
def test_names_made_from_a_store_name_fit(stem: str) -> None:
    for ending in ("-copy.db", "-dossier-release-export.age"):
        name = fit_name(stem, ending)
        assert name.endswith(ending) and _size(name) <= filenames.SUGGESTED_BYTES
    assert fit_name("store", "-copy.db") == "store-copy.db"


def test_a_temporary_name_fits_beside_a_name_of_255_bytes(tmp_path: Path) -> None:
    for name in ("a" * 255, "한" * 85, (FAMILY + "x") * 13):
        target = tmp_path / name
        partial = partial_path(target, "host-name-4194304", ".partial")
        assert _size(partial.name) <= 255 and partial.name.endswith(".host-name-4194304.partial")
        partial.write_bytes(b"x")  # the file system takes it
