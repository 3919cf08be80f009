"""A corpus of hostile and broken files, made from a good export, for the verify tests.

`make_corpus(good, folder)` writes one file per case into `folder` and returns them with the
words the rejection message must hold. `mutations(data, seed)` yields byte-mutated copies of
a file for the fuzz test. Both are deterministic for a given input file and seed.

    python -m tests.hostile_files GOOD.db FOLDER     writes the corpus, prints each case
    python -m tests.hostile_files --fuzz GOOD.db N SEED
        verifies N mutated copies of GOOD.db in this process and prints a JSON summary
        (the fuzz test runs it in a subprocess, so that a crash would show)
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from negoprep.store import engine
from negoprep.store.migrations import current_version
from tests import revision_edit


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    message: str  # words the rejection message must hold


def _page_size(data: bytes) -> int:
    raw = int.from_bytes(data[16:18], "big")
    return 65536 if raw == 1 else raw


def _with_sql(good: Path, target: Path, *statements: str, ignore_checks: bool = False) -> None:
    """A copy of `good` changed by SQL (as an attacker would, with no negoprep in the way)."""
    shutil.copyfile(good, target)
    conn = revision_edit.functions(engine.connect(target, isolation_level=None))  # (this negoprep's SQLite)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        if ignore_checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _one(good: Path, sql: str) -> str:
    conn = sqlite3.connect(f"file:{good}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def make_corpus(good: Path, folder: Path) -> list[Case]:
    """Every kind of bad file, each with the words of the message it must get."""
    folder.mkdir(parents=True, exist_ok=True)
    data = good.read_bytes()
    page = _page_size(data)
    pages = len(data) // page
    cases: list[Case] = []

    def add(name: str, message: str, make: Callable[[Path], None]) -> None:
        path = folder / name
        make(path)
        cases.append(Case(name, path, message))

    def write(content: bytes) -> Callable[[Path], None]:
        return lambda path: path.write_bytes(content)

    # the bytes
    add("empty.db", "is empty", write(b""))
    add("notes.txt.db", "not a SQLite database (a text file)", write(b"Meeting notes\nNothing to see here.\n" * 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("store.db", data[:4096])
    add("archive.zip.db", "not a SQLite database (a ZIP archive)", write(buffer.getvalue()))
    age_binary = b"age-encryption.org/v1\n-> X25519 c2VjcmV0\nYWJj\n--- ZGVm\n" + random.Random(1).randbytes(2000)
    add("age-binary.db", "is encrypted: give --passphrase-file or --identity", write(age_binary))
    armored = (
        b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCg==\n-----END AGE ENCRYPTED FILE-----\n"
    )
    add("age-armored.db", "is encrypted: give --passphrase-file or --identity", write(armored))
    for offset in (10, 60, 100, page, len(data) // 2 + 17, len(data) - 1):
        add(f"truncated-at-{offset}.db", "is truncated", write(data[:offset]))
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        flipped = bytearray(data)
        for number in rng.sample(range(8, pages + 1), 3):  # the b-tree page type of three pages
            flipped[(number - 1) * page] ^= 0xFF
        add(f"flipped-{seed}.db", "is damaged", write(bytes(flipped)))
    garbage = bytearray(data)
    garbage[(pages - 1) * page :] = random.Random(4).randbytes(page)
    add("garbage-page.db", "is damaged", write(bytes(garbage)))

    # another application's database, and a newer negoprep's
    def other_app(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA application_id = 1399416897")
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
        conn.commit()
        conn.close()

    add("other-app.db", "is another application's database", other_app)
    add(
        "newer.db",
        "was made by a newer negoprep",
        lambda p: _with_sql(good, p, f"PRAGMA user_version = {current_version() + 1}"),
    )

    # the schema
    add(
        "trigger.db",
        'holds a trigger "leak"',
        lambda p: _with_sql(
            good, p, "CREATE TRIGGER leak AFTER INSERT ON notes BEGIN DELETE FROM notes WHERE id = new.id; END"
        ),
    )
    add(
        "view-as-table.db",
        '"figures" is a view where negoprep has a table',
        lambda p: _with_sql(
            good,
            p,
            "DROP TABLE figures",
            "CREATE VIEW figures AS SELECT id, dossier_id, 'x' AS series, 0 AS value FROM notes",
        ),
    )
    add("extra-table.db", 'holds an extra table "exfil"', lambda p: _with_sql(good, p, "CREATE TABLE exfil (x)"))
    add(
        "extra-column.db",
        'the table "notes" has an extra column "leak"',
        lambda p: _with_sql(good, p, "ALTER TABLE notes ADD COLUMN leak TEXT"),
    )
    add(
        "extra-index.db",
        'holds an extra index "by_text" on talking_points',
        lambda p: _with_sql(good, p, "CREATE INDEX by_text ON talking_points(text)"),
    )
    add(
        "changed-table.db",
        'the column "priority" of the table "agenda_items" is not defined as negoprep defines it',
        lambda p: _with_sql(
            good,
            p,
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'DEFAULT 3 CHECK (priority', 'DEFAULT 4 CHECK (priority') "
            "WHERE name = 'agenda_items'",
        ),
    )

    # the values
    point = _one(good, "SELECT id FROM talking_points WHERE deleted = 0 LIMIT 1")
    add(
        "huge-text.db",
        f"talking_points.text of {point} is longer than 200,000 characters",
        lambda p: _with_sql(good, p, f"UPDATE talking_points SET text = '{'x' * 200_001}' WHERE id = '{point}'"),
    )
    add(
        "bad-choice.db",
        "participants.side of",
        lambda p: _with_sql(
            good,
            p,
            "UPDATE participants SET side = 'spy' WHERE rowid = (SELECT min(rowid) FROM participants)",
            ignore_checks=True,
        ),
    )
    add(
        "dangling-reference.db",
        f"holds a broken reference: talking_points.agenda_item_id of {point}",
        lambda p: _with_sql(good, p, f"UPDATE talking_points SET agenda_item_id = 'nowhere' WHERE id = '{point}'"),
    )
    add(
        "bad-rule.db",
        "the rule is not valid JSON",
        lambda p: _with_sql(
            good,
            p,
            "UPDATE red_lines SET rule = '[1, 2' WHERE rowid = (SELECT min(rowid) FROM red_lines)",
            ignore_checks=True,
        ),
    )
    add(
        "deep-rule.db",
        "is nested deeper than",
        lambda p: _with_sql(
            good,
            p,
            'UPDATE red_lines SET rule = \'{"kind": "manual", "x": ' + "[" * 500 + "]" * 500 + "}' "
            "WHERE rowid = (SELECT min(rowid) FROM red_lines)",
        ),
    )
    add(
        "bad-snapshot.db",
        "is not a snapshot of its row",
        lambda p: _with_sql(
            good,
            p,
            'UPDATE revisions SET snapshot = \'{"id": "someone-else"}\' '
            "WHERE rowid = (SELECT min(rowid) FROM revisions)",
        ),
    )
    add(
        "bad-parents.db",
        "revisions.parents of",
        lambda p: _with_sql(
            good,
            p,
            "UPDATE revisions SET parents = '[1, {\"a\": 2}]' WHERE rowid = (SELECT min(rowid) FROM revisions)",
        ),
    )
    add(
        "search-rank.db",
        "the search index is configured as negoprep never configures it",
        lambda p: _with_sql(good, p, "INSERT INTO search(search, rank) VALUES ('rank', 'bm25(10.0)')"),
    )
    return cases


def mutations(data: bytes, seed: int) -> Iterator[bytes]:
    """Endless byte-mutated copies of a file: flipped bits, overwritten runs, truncations,
    pages swapped or zeroed, biased towards the first pages where the schema lives."""
    rng = random.Random(seed)
    page = _page_size(data) if len(data) >= 100 else 4096
    while True:
        mutated = bytearray(data)
        kind = rng.random()
        if kind < 0.5:
            for _ in range(rng.randint(1, 16)):
                end = len(mutated) if rng.random() < 0.5 else min(len(mutated), page * 4)
                i = rng.randrange(end)
                mutated[i] ^= 1 << rng.randrange(8)
        elif kind < 0.7:
            i = rng.randrange(len(mutated))
            run = rng.randint(1, 64)
            mutated[i : i + run] = rng.randbytes(min(run, len(mutated) - i))
        elif kind < 0.8:
            pages = len(mutated) // page
            a, b = rng.randrange(pages), rng.randrange(pages)
            pa, pb = bytes(mutated[a * page : (a + 1) * page]), bytes(mutated[b * page : (b + 1) * page])
            mutated[a * page : (a + 1) * page], mutated[b * page : (b + 1) * page] = pb, pa
        elif kind < 0.9:
            pages = len(mutated) // page
            n = rng.randrange(1, pages)
            mutated[n * page : (n + 1) * page] = bytes(page)
        else:
            del mutated[rng.randrange(len(mutated)) :]
        yield bytes(mutated)


def fuzz(good: Path, runs: int, seed: int) -> dict:
    """Verify `runs` mutated copies of a good file; count what was accepted, refused, and
    anything else (an exception other than VerifyError), and list leftover temporary files."""
    from negoprep.store.verify import VerifyError, verify_file

    work = Path(tempfile.mkdtemp(prefix="negoprep-fuzz-"))
    private = work / "tmp"
    private.mkdir()
    tempfile.tempdir = str(private)
    summary: dict = {"accepted": 0, "refused": 0, "uncaught": [], "messages": {}}
    try:
        for number, data in enumerate(islice(mutations(good.read_bytes(), seed), runs)):
            path = work / f"mutated-{number}.db"
            path.write_bytes(data)
            try:
                verify_file(path, seconds=20)
                summary["accepted"] += 1
            except VerifyError as exc:
                summary["refused"] += 1
                kind = str(exc).removeprefix(str(path)).split(":")[0].split("(")[0].strip()
                summary["messages"][kind] = summary["messages"].get(kind, 0) + 1
            except Exception:  # noqa: BLE001 - what the fuzz test looks for
                summary["uncaught"].append(f"mutation {number}: {traceback.format_exc()}")
            path.unlink()
        summary["left_behind"] = sorted(os.listdir(private))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--fuzz":
        print(json.dumps(fuzz(Path(argv[1]), int(argv[2]), int(argv[3])), indent=1))
        return 0
    good, folder = Path(argv[0]), Path(argv[1])
    for case in make_corpus(good, folder):
        print(f"{case.path}\t{case.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
