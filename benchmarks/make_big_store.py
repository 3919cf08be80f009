"""Make a store with one very large dossier, for the speed and memory benchmarks.

    python benchmarks/make_big_store.py OUT.db [--rows 100000] [--lang ko]

The rows are split between agenda items (20%), talking points (50%) and checklist tasks (30%),
with realistic lengths of text, and go in through the ordinary load path (revisions and the
search index included), so that the store is what a person's would be.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
import uuid
from pathlib import Path

from negoprep.records.model import Author
from negoprep.store.store import Store

WORDS = (
    "tariff relief automobiles semiconductors surplus purchase liquefied natural gas aircraft emission "
    "standard beef import quota shipbuilding naval cooperation defense cost sharing ratification assembly "
    "consultation agenda coordination reciprocal exemption quota safeguard investment supply chain "
    "energy security bundle linkage package mandate fallback walk away ministers treasury trade"
).split()

#: Korean, as a ministry writes it: compounds unspaced, particles attached to the word before.
KOREAN_WORDS = (
    "상호관세 자동차관세 반도체 무역흑자 방위비분담금 억달러 액화천연가스 구매 확대 면제 요청 조선협력 "
    "대미투자 공급망 에너지안보 협상 훈령 최선의대안 금지선 양보 요구 비준 국회 협의 의제 조정 쇠고기 "
    "수입쿼터 세이프가드 패키지 연계 재무장관 통상장관 배출기준 항공기 철강 알루미늄 인하 철폐 유예 "
    "검토 대응 방안 입장 관철 수용 불가 조건부 단계적 이행 점검 보고 준비 회의 정상회담 실무협의"
).split()
PARTICLES = ("", "", "", "을", "를", "의", "에", "과", "은", "는", "에서", "으로", "에 대한")


def _sentence(rng: random.Random, low: int, high: int, lang: str = "en") -> str:
    n = rng.randint(low, high)
    if lang == "ko":
        return " ".join(rng.choice(KOREAN_WORDS) + rng.choice(PARTICLES) for _ in range(n)) + "."
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def document(rows: int, seed: int = 7, lang: str = "en") -> dict:
    rng = random.Random(seed)
    sentence = functools.partial(_sentence, lang=lang)
    ident = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731 - reproducible ids
    tracks = [{"id": ident(), "name": f"Track {n + 1}"} for n in range(12)]
    people = [{"id": ident(), "name": f"Delegate {n + 1}", "side": "ours"} for n in range(40)]
    n_items, n_points = rows // 5, rows // 2
    n_tasks = rows - n_items - n_points
    items = [
        {
            "id": ident(),
            "track": rng.choice(tracks)["id"],
            "title": sentence(rng, 3, 8),
            "our_position": sentence(rng, 10, 30),
            "priority": rng.randint(1, 5),
            "flexibility": rng.randint(1, 5),
            "weight": 100 / n_items,
            "status": rng.choice(["open", "tabled", "agreed", "deferred"]),
            "owner": rng.choice(people)["id"],
        }
        for _ in range(n_items)
    ]
    points = [
        {
            "id": ident(),
            "agenda_item": rng.choice(items)["id"],
            "kind": rng.choice(["point", "defensive", "press"]),
            "text": sentence(rng, 8, 25),
        }
        for _ in range(n_points)
    ]
    checklists = [
        {
            "id": ident(),
            "title": f"Checklist {c + 1}",
            "items": [
                {
                    "id": ident(),
                    "text": sentence(rng, 4, 12),
                    "owner": rng.choice(people)["id"],
                    "due": f"2025-0{rng.randint(1, 4)}-{rng.randint(10, 28)}",
                    "done": rng.random() < 0.4,
                }
                for _ in range(n_tasks // 10)
            ],
        }
        for c in range(10)
    ]
    return {
        "format": "negoprep-dossier",
        "version": 1,
        "dossier": {"id": ident(), "title": f"A dossier of {rows:,} rows", "counterpart": "Benchmark"},
        "tracks": tracks,
        "participants": people,
        "agenda_items": items,
        "talking_points": points,
        "checklists": checklists,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--lang", choices=["en", "ko"], default="en", help="the language of the text (default en)")
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists: remove it first", file=sys.stderr)
        return 2
    start = time.perf_counter()
    doc = document(args.rows, lang=args.lang)
    with Store.open(args.out, Author(id=str(uuid.uuid4()), name="Benchmark")) as store:
        result = store.load(doc)
    print(f"{args.out}: {result.added:,} records in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
