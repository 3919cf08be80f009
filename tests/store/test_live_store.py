"""The app and the command line on one store: nothing either writes is lost, and nothing but
SQLite's own connection ever opens the live store file (closing any other descriptor of it
would drop the locks SQLite holds for the whole process).

The window is driven through every dialog of the File menu by tests/drive_window.py while
`negoprep load` and `negoprep check` write and read the same store; under strace (installed
by CI) every open, unlink or rename of the store, its -wal or its -shm by the app's process
must come from inside SQLite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.drive_window import OBJECTIVE, note_texts, objective_of

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Note added from the command line while the window was open"


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, **kwargs
    )


@pytest.fixture
def session(tmp_path: Path) -> tuple[Path, Path]:
    """A store holding the demo dossier, and a document that adds a note to it."""
    store = tmp_path / "r.db"
    assert _run("-m", "negoprep", "--store", str(store), "demo").returncode == 0
    doc = json.loads(_run("-m", "negoprep", "--store", str(store), "dump").stdout)
    doc["notes"].append({"id": "1b4e28ba-2fa1-4d3b-8000-00000000e0e0", "at": "2026-11-30", "text": NOTE})
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps(doc), encoding="utf-8")
    return store, edit


def _assert_everything_kept(store: Path) -> None:
    assert objective_of(store) == OBJECTIVE, "the window's edit was lost"
    assert NOTE in note_texts(store), "the command line's edit was lost"
    conn = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    verify = _run("-m", "negoprep", "verify", str(store))
    assert verify.returncode == 0, verify.stderr


@pytest.mark.slow  # (a window and the command line writing one store for seconds)
def test_window_and_command_line_keep_every_change(session: tuple[Path, Path]) -> None:
    store, edit = session
    result = _run("-m", "tests.drive_window", str(store), str(edit))
    assert result.returncode == 0, result.stderr[-3000:]
    _assert_everything_kept(store)
    # on quit the .db alone holds everything: a copy of it is complete
    assert not Path(f"{store}-wal").exists() or Path(f"{store}-wal").stat().st_size == 0


_CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<call>\w+)\((?P<args>.*)")
_EXEC = re.compile(r"^(?P<pid>\d+)\s+execve\(")


def foreign_touches(log: str, paths: set[str]) -> list[str]:
    """Calls in an `strace -f -k` log that touched one of `paths` from outside SQLite, by the
    first program traced (the programs it started, recognised by their execve, are left out)."""
    offenders: list[str] = []
    started: set[str] = set()
    first: str | None = None
    lines = log.splitlines()
    for number, line in enumerate(lines):
        exec_match = _EXEC.match(line)
        if exec_match:
            pid = exec_match["pid"]
            if first is None:
                first = pid
            elif pid != first:
                started.add(pid)
            continue
        match = _CALL.match(line)
        if not match or match["pid"] in started or not any(f'"{p}"' in match["args"] for p in paths):
            continue
        if "= -1 " in line:  # a call that failed touched nothing
            continue
        stack = []
        for frame in lines[number + 1 :]:
            if not frame.startswith(" > "):
                break
            stack.append(frame)
        if not any("sqlite3" in frame for frame in stack):
            offenders.append("\n".join([line, *stack[:12]]))
    return offenders


def _strace_usable() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-k", "-e", "trace=none", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.slow  # (the same, every file opened traced)
@pytest.mark.skipif(not _strace_usable() and not os.environ.get("CI"), reason="strace with -k is not installed")
def test_nothing_but_sqlite_touches_the_live_store(session: tuple[Path, Path], tmp_path: Path) -> None:
    store, edit = session
    log = tmp_path / "trace.log"
    watched = {str(store), f"{store}-wal", f"{store}-shm", f"{store}-journal"}
    # the interpreter too: the programs the window starts are recognised by their execve of it
    filters = [arg for path in [*sorted(watched), sys.executable] for arg in ("-P", path)]
    calls = "trace=open,openat,openat2,creat,truncate,unlink,unlinkat,rename,renameat,renameat2,execve"
    command = ["strace", "-f", "-k", "-qq", "-e", calls, "-o", str(log), *filters]
    result = subprocess.run(
        [*command, sys.executable, "-m", "tests.drive_window", str(store), str(edit)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert f'"{store}"' in text, "the trace saw no open of the store at all: it traced nothing"
    offenders = foreign_touches(text, watched)
    assert not offenders, "the store was touched outside SQLite:\n\n" + "\n\n".join(offenders[:5])
    _assert_everything_kept(store)


def test_the_trace_reader_finds_a_foreign_open() -> None:
    """The reader of the trace would see an open that does not come from SQLite."""
    log = "\n".join(
        [
            '100 execve("/usr/bin/python3", ["python3"], 0x0 /* 1 var */) = 0',
            '100 openat(AT_FDCWD, "/s/r.db", O_RDWR|O_CREAT|O_NOFOLLOW|O_CLOEXEC, 0644) = 3',
            " > /usr/lib/libc.so.6(__open64+0x51) [0xf8011]",
            " > /usr/lib/libsqlite3.so.0(sqlite3_vfs_unregister+0x137) [0xa99c7]",
            '101 openat(AT_FDCWD, "/s/r.db", O_RDONLY|O_CLOEXEC) = 17',
            " > /usr/lib/libc.so.6(__open64+0x51) [0xf8011]",
            " > /usr/lib/libQt6Core.so.6(QMimeDatabase::mimeTypeForFile+0x20) [0x1]",
            '102 execve("/usr/bin/python3", ["python3", "-m", "negoprep"], 0x0 /* 1 var */) = 0',
            '102 openat(AT_FDCWD, "/s/r.db", O_RDONLY|O_CLOEXEC) = 3',
            " > /usr/lib/libc.so.6(__open64+0x51) [0xf8011]",
            '100 openat(AT_FDCWD, "/s/r.db-wal", O_RDONLY) = -1 ENOENT (No such file or directory)',
        ]
    )
    offenders = foreign_touches(log, {"/s/r.db", "/s/r.db-wal"})
    assert len(offenders) == 1 and "QMimeDatabase" in offenders[0]
