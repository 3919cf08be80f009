"""What the command line prints never controls the terminal: stored text holding ESC, BEL, an
OSC 52 clipboard write, a newline, C1 controls or U+202E is shown escaped by every command, in
data and in messages; a message is always one line; JSON says exactly what is stored."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negoprep import cli, terminal
from negoprep.cli import main
from negoprep.records import model
from negoprep.store.store import Store
from tests.conftest import AUTHOR
from tests.planting import plant

#: an OSC 52 clipboard write, a bell, a newline, a right-to-left override, a C1 CSI, a DEL
EVIL = "Evil\x1b]52;c;aGk=\x07 Mallory\nsecond line\u202eFDP.exe\x9b31m\x7f"
SHOWN = terminal.shown(EVIL)
#: what must never reach a terminal raw (a newline only ends a line of output)
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def clean(code: int, out: str, err: str) -> None:
    """Nothing a terminal acts on, no traceback; a message on stderr is one line."""
    assert not RAW.search(out), out
    assert not RAW.search(err), err
    assert "Traceback" not in out + err
    if code == 2:
        assert len(err.splitlines()) == 1, err


@pytest.fixture
def evil(tmp_path: Path, demo_doc: dict) -> Path:
    """A store whose dossier holds the hostile text in every kind of record's title, planted
    as an older version of negoprep could have left it."""
    path = tmp_path / "evil.db"
    with Store.open(path, AUTHOR) as store:
        store.load(demo_doc)
        c = store.content(store.dossiers()[0].id)
        records: list[model.Record] = [
            replace(c.dossier, title=f"Talks {EVIL}"),
            replace(c.tracks[0], name=f"Track {EVIL}"),
            replace(c.participants[0], name=f"Person {EVIL}"),
            replace(c.agenda_items[0], title=f"Item {EVIL}"),
            replace(c.talking_points[0], text=f"Point {EVIL}"),
            replace(c.red_lines[0], title=f"Line {EVIL}"),
            replace(c.packages[0], name=f"Package {EVIL}", items=[]),
            replace(c.checklists[0], title=f"List {EVIL}", items=[]),
            replace(c.checklists[0].items[0], text=f"Task {EVIL}"),
            replace(c.figures[0], label=f"Figure {EVIL}"),
            replace(c.notes[0], text=f"Note {EVIL}"),
        ]
        for record in records:
            plant(store, record)
    return path


# --- the one function ------------------------------------------------------------------------


def test_shown_escapes_what_a_terminal_acts_on() -> None:
    assert terminal.shown("a\x1b]52;c;aGk=\x07b") == "a\\x1b]52;c;aGk=\\x07b"
    assert terminal.shown("one\ntwo\r\tthree") == "one\\ntwo\\r\\tthree"
    assert terminal.shown("\x00\x7f\x85\x9b") == "\\x00\\x7f\\x85\\x9b"
    assert terminal.shown("abc\u202edef\u2066\u200f\u2028") == "abc\\u202edef\\u2066\\u200f\\u2028"
    assert terminal.shown("lone \ud800") == "lone \\ud800"
    # what a person writes stays as it is: letters of every script, emoji, backslashes
    for text in ("김지원 대표", "Zoë – “quotes” …", "C:\\Users\\kim", "👩‍💼 مرحبا", "a\u00adb"):
        assert terminal.shown(text) == text


def test_shown_keeps_lines_and_tabs_when_asked() -> None:
    assert terminal.shown("one\n\ttwo\x1b", lines=True) == "one\n\ttwo\\x1b"


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_json_text_says_exactly_what_is_stored(text: str) -> None:
    doc = {"title": text, "list": [text, {"k": text}]}
    shown = terminal.json_text(doc)
    assert json.loads(shown) == doc
    assert not RAW.search(shown.replace("\n", ""))
    shown.encode("utf-8")  # lone surrogates included


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_shown_is_one_line_and_leaves_nothing_raw(text: str) -> None:
    shown = terminal.shown(text)
    assert not RAW.search(shown) and "\n" not in shown
    shown.encode("utf-8")


# --- every command ---------------------------------------------------------------------------


def test_search(evil: Path, capsys) -> None:
    code, out, err = run(capsys, "--store", str(evil), "search", "Mallory")
    clean(code, out, err)
    assert code == 0 and "\\x1b]52;c;aGk=\\x07" in out and "\\u202e" in out
    kinds = {line.split("  ")[0] for line in out.splitlines() if line and not line.startswith(" ")}
    assert {"agenda item", "red line", "note"} <= kinds
    code, out, err = run(capsys, "--store", str(evil), "search", "Mallory", "--json")
    clean(code, out, err)
    assert any("\x1b]52" in row["title"] or "\x1b]52" in row["snippet"] for row in json.loads(out))
    code, out, err = run(capsys, "--store", str(evil), "search", "Nothing\x1b[2J\nhere")
    clean(code, out, err)
    assert err == 'negoprep: nothing matches "Nothing\\x1b[2J\\nhere"\n'


def test_check(evil: Path, capsys) -> None:
    code, out, err = run(capsys, "--store", str(evil), "check")
    clean(code, out, err)
    assert code in (0, 1)
    assert out.splitlines()[0].startswith(f"Talks {SHOWN}: ")
    assert f"Package {SHOWN} (ours)" in out
    code, out, err = run(capsys, "--store", str(evil), "check", "--json")
    clean(code, out, err)
    assert {p["name"] for p in json.loads(out)["packages"]} >= {f"Package {EVIL}"}


def test_list(evil: Path, capsys) -> None:
    code, out, err = run(capsys, "--store", str(evil), "list")
    clean(code, out, err)
    (line,) = out.splitlines()
    assert code == 0 and f"  Talks {SHOWN} (" in line
    code, out, err = run(capsys, "--store", str(evil), "list", "--json")
    clean(code, out, err)
    assert [d["title"] for d in json.loads(out)] == [f"Talks {EVIL}"]


def test_dump_says_exactly_what_is_stored(evil: Path, capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--store", str(evil), "dump")
    clean(code, out, err)
    doc = json.loads(out)
    assert doc["dossier"]["title"] == f"Talks {EVIL}" and doc["notes"][0]["text"] == f"Note {EVIL}"
    run(capsys, "--store", str(evil), "dump", "--out", str(tmp_path / "d.json"))
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8")) == doc


def test_load(tmp_path: Path, capsys, demo_doc: dict) -> None:
    doc = dict(demo_doc, dossier=dict(demo_doc["dossier"], title=f"Talks {EVIL}"))
    file = tmp_path / "evil.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"), "load", str(file))
    clean(code, out, err)
    if code == 0:  # (or refused: then in one line, escaped)
        assert out == f'Added the dossier "Talks {SHOWN}" ({doc["dossier"]["id"]}) with {out.split()[-2]} records.\n'


def test_a_refused_document_names_its_record_on_one_line(tmp_path: Path, capsys, demo_doc: dict) -> None:
    item = dict(demo_doc["agenda_items"][0], title=f"Item {EVIL}", priority=9)
    doc = dict(demo_doc, agenda_items=[item, *demo_doc["agenda_items"][1:]])
    file = tmp_path / "evil.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"), "load", str(file))
    clean(code, out, err)
    assert code == 2 and out == "" and "priority" in err
    assert "Mallory" in err and "\\n" in err  # the record named, its newline shown


def test_export_verify_and_merge(evil: Path, capsys, tmp_path: Path) -> None:
    shared = tmp_path / "from Mallory\x1b[2J\n.db"
    code, out, err = run(capsys, "--store", str(evil), "export", "--out", str(shared))
    clean(code, out, err)
    assert code == 0 and f'"Talks {SHOWN}"' in out and "from Mallory\\x1b[2J\\n.db" in out

    code, out, err = run(capsys, "verify", str(shared))
    clean(code, out, err)
    if code == 0:  # (a file with such text may be refused instead: then in one escaped line)
        assert f'"Talks {SHOWN}"' in out and "from Mallory\\x1b[2J\\n.db" in out
    code, out, err = run(capsys, "verify", str(shared), "--json")
    clean(code, out, err)

    mine = tmp_path / "mine.db"
    assert run(capsys, "--store", str(mine), "demo")[0] == 0
    code, out, err = run(capsys, "--store", str(mine), "merge", str(shared))
    clean(code, out, err)
    if code in (0, 1):
        assert out.startswith("Merged ") and "from Mallory\\x1b[2J\\n.db" in out.splitlines()[0]
    code, out, err = run(capsys, "--store", str(mine), "merge", str(shared), "--json")
    clean(code, out, err)


def test_print_and_chart(evil: Path, capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--store", str(evil), "print", "checklist", "--out", str(tmp_path / "c.pdf"))
    clean(code, out, err)
    assert code == 0 and f'Printed the checklists of "Talks {SHOWN}"' in out
    code, out, err = run(capsys, "--store", str(evil), "chart", "status", "--out", str(tmp_path / "s.svg"))
    clean(code, out, err)
    assert code == 0 and f'of "Talks {SHOWN}"' in out


# --- messages --------------------------------------------------------------------------------


def test_a_message_echoing_a_label_is_one_line(evil: Path, capsys, demo_doc: dict) -> None:
    code, out, err = run(capsys, "--store", str(evil), "dump", "--dossier", EVIL)
    clean(code, out, err)
    assert code == 2 and f'"{SHOWN}"' in err
    # two dossiers: the message lists their titles
    second = model.Dossier(id="second", title="Second")
    with Store.open(evil, AUTHOR) as store:
        store.put(second)
    code, out, err = run(capsys, "--store", str(evil), "check")
    clean(code, out, err)
    assert code == 2 and f'"Talks {SHOWN}"' in err


def test_usage_errors_are_escaped(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"), "chart", "pie\x1b[2J\u202e", "--out", "x.png")
    clean(code, out, err)
    assert code == 2 and "pie\\x1b[2J\\u202e" in err
    with pytest.raises(SystemExit) as info:
        main(["search", "x", "--colour\x1b]52;c;aGk=\x07"])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    clean(2, out, err)
    assert "--colour\\x1b]52;c;aGk=\\x07" in err


def test_an_internal_error_is_one_escaped_line(monkeypatch, capsys) -> None:
    def boom(args):
        raise RuntimeError("went\x1b[2J\nwrong")

    monkeypatch.setitem(cli.COMMANDS, "list", boom)
    code, out, err = run(capsys, "list")
    clean(code, out, err)
    assert code == 3 and len(err.splitlines()) == 1 and "went\\x1b[2J\\nwrong" in err


def test_the_waiting_notice_is_escaped(capsys) -> None:
    cli._Waiting("/tmp/evil\x1b[2J\n.db")(2.0)
    out, err = capsys.readouterr()
    clean(2, out, err)
    assert err == "negoprep: waiting for another program to finish writing to /tmp/evil\\x1b[2J\\n.db…\n"


def test_the_command_line_prints_through_one_door() -> None:
    """No print() and no write to a stream but in `say`'s and `write_json`'s own helpers."""
    tree = ast.parse(Path(cli.__file__).read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"]
    writers = set()
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
            if isinstance(call.func, ast.Attribute) and call.func.attr in ("write", "write_bytes", "writelines"):
                writers.add(function.name)
    assert writers == {"_emit", "write_json"}
