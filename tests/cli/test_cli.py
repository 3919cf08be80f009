"""The command-line contract: demo, load, dump, search, and clear errors with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from negoprep import paths
from negoprep.cli import main
from negoprep.identity import identity_file


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_creates_a_store_and_is_repeatable(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    code, out, _ = run(capsys, "--store", str(path), "demo")
    assert code == 0 and "Created" in out and path.exists()
    code, out, _ = run(capsys, "--store", str(path), "demo")
    assert code == 0 and "0 added, 0 changed, 0 deleted" in out


def test_dump_load_dump_round_trip(demo_path: Path, tmp_path: Path, capsys) -> None:
    code, dumped, _ = run(capsys, "--store", str(demo_path), "dump")
    assert code == 0
    doc = json.loads(dumped)
    assert doc["format"] == "negoprep-dossier" and len(doc["agenda_items"]) >= 8
    file = tmp_path / "d.json"
    file.write_text(dumped, encoding="utf-8")
    other = tmp_path / "other.db"
    code, out, _ = run(capsys, "--store", str(other), "load", str(file))
    assert code == 0 and "Added the dossier" in out
    assert json.loads(run(capsys, "--store", str(other), "dump")[1]) == doc


def test_load_as_edits_by_the_named_author(demo_path: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    doc = json.loads(run(capsys, "--store", str(demo_path), "dump")[1])
    item = doc["agenda_items"][0]
    edit = {
        "format": doc["format"],
        "version": 1,
        "dossier": {"id": doc["dossier"]["id"]},
        "agenda_items": [{"id": item["id"], "status": "tabled"}],
    }
    file = tmp_path / "edit.json"
    file.write_text(json.dumps(edit))
    monkeypatch.setenv("NEGOPREP_AUTHOR", "Kim Ji-won")
    code, out, _ = run(capsys, "--store", str(demo_path), "load", str(file))
    assert code == 0 and "0 added, 1 changed, 0 deleted" in out
    from negoprep.records.model import AgendaItem, Author
    from negoprep.store.store import Store

    with Store.open(demo_path, Author(id="x", name="reader"), readonly=True) as store:
        history = store.history(AgendaItem, item["id"])
        assert history[-1].author_name == "Kim Ji-won" and history[-1].snapshot["status"] == "tabled"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "line 1, column 2"),
        ('{"format": "negoprep-dossier", "version": 1}', "missing key 'dossier'"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_bad_file_exit_2_one_line_store_unchanged(demo_path: Path, tmp_path: Path, capsys, content, message) -> None:
    before = run(capsys, "--store", str(demo_path), "dump")[1]
    file = tmp_path / "bad.json"
    file.write_text(content)
    code, _, err = run(capsys, "--store", str(demo_path), "load", str(file))
    assert code == 2 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and str(file) in err
    assert run(capsys, "--store", str(demo_path), "dump")[1] == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["load", "/no/such/file.json"], "there is no file"),
        (["dump", "--dossier", "nothing like it"], "no dossier"),
        (["search", "x", "--limit", "0"], "--limit"),
    ],
)
def test_usage_errors(demo_path: Path, capsys, args, message) -> None:
    code, _, err = run(capsys, "--store", str(demo_path), *args)
    assert code == 2 and message in err


def test_not_utf8_and_not_a_store(tmp_path: Path, capsys) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"title": "caf\xe9"}')
    code, _, err = run(capsys, "--store", str(tmp_path / "s.db"), "load", str(latin))
    assert code == 2 and "not UTF-8" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "--store", str(junk), "dump")
    assert code == 2 and "not a SQLite database" in err


def test_dump_of_a_missing_store_does_not_create_it(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--store", str(tmp_path / "absent.db"), "dump")
    assert code == 2 and "no store at" in err and not (tmp_path / "absent.db").exists()


def test_search_prints_matches(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--store", str(demo_path), "search", "Alaska")
    assert code == 0 and "agenda item" in out and "red line" in out
    code, out, _ = run(capsys, "--store", str(demo_path), "search", "Alaska", "--json")
    rows = json.loads(out)
    assert {"agenda item", "red line"} <= {r["kind"] for r in rows}
    code, out, err = run(capsys, "--store", str(demo_path), "search", "zzzqqq")
    assert code == 0 and out == "" and "nothing matches" in err
    assert "(" + "Korea" not in run(capsys, "--store", str(demo_path), "search", "Alaska")[1]


def test_hits_in_a_store_of_several_dossiers_say_which_each_is_from(demo_path: Path, tmp_path: Path, capsys) -> None:
    doc = tmp_path / "fish.json"
    doc.write_text(json.dumps({
        "format": "negoprep-dossier", "version": 1, "dossier": {"id": "d-fish", "title": "EU–UK fisheries"},
        "tracks": [{"id": "t1", "name": "Quotas"}],
        "agenda_items": [{"id": "a1", "track": "t1", "title": "Alaska pollock quota"}],
    }), encoding="utf-8")  # fmt: skip
    assert run(capsys, "--store", str(demo_path), "load", str(doc))[0] == 0
    code, out, _ = run(capsys, "--store", str(demo_path), "search", "Alaska")
    # (a hit whose title is all its text: the title line marks the match)
    assert code == 0 and "[Alaska] pollock quota  (EU–UK fisheries)" in out
    assert "(Korea–US 2+2 trade consultation)" in out
    code, out, _ = run(capsys, "--store", str(demo_path), "search", "Alaska", "--dossier", "EU")
    assert code == 0 and "(EU" not in out and "[Alaska] pollock quota" in out
    code, out, _ = run(capsys, "--store", str(demo_path), "search", "pollock")  # its hits all in one
    assert code == 0 and "Alaska [pollock] quota  (EU–UK fisheries)" in out


def test_default_store_is_made_with_the_demo_on_first_use(capsys) -> None:
    code, out, _ = run(capsys, "dump")
    assert code == 0 and json.loads(out)["format"] == "negoprep-dossier"
    assert identity_file().exists()


def test_demo_makes_the_default_store_and_its_folder(capsys) -> None:
    code, out, err = run(capsys, "demo")
    assert code == 0 and "Created" in out, err
    assert paths.default_store().exists()


def test_environment_names_the_store(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("NEGOPREP_STORE", str(tmp_path / "env.db"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_no_display_explains_itself(capsys, monkeypatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(capsys)
    assert code == 2 and "QT_QPA_PLATFORM=offscreen" in err and "display" in err


def test_installed_command_runs_without_tracebacks(tmp_path: Path) -> None:
    env = {**os.environ, "NEGOPREP_AUTHOR": "ci"}
    store = str(tmp_path / "s.db")
    for args, code in ((["demo"], 0), (["search", "surplus"], 0), (["load", str(tmp_path)], 2)):
        result = subprocess.run(
            [sys.executable, "-m", "negoprep", "--store", store, *args], capture_output=True, text=True, env=env
        )
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr


def test_load_from_a_device_that_never_ends_is_refused(tmp_path: Path, capsys) -> None:
    from negoprep import cli

    assert cli.main(["--store", str(tmp_path / "s.db"), "load", "/dev/zero"]) == 2
    assert "larger than" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists()


def test_a_defect_is_logged_and_said_in_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    from negoprep import cli, paths, startup

    def boom(*args, **kwargs):
        raise ZeroDivisionError("a defect")

    monkeypatch.setattr(startup, "load_demo", boom)
    assert cli.main(["--store", str(tmp_path / "s.db"), "demo"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
    log = (paths.log_dir() / "negoprep.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a defect" in log


def test_list_names_each_dossier_with_its_id(demo_path: Path, capsys, demo_doc: dict) -> None:
    code, out, err = run(capsys, "--store", str(demo_path), "list")
    dossier = demo_doc["dossier"]
    assert code == 0 and err == ""
    (line,) = out.splitlines()
    assert line.startswith(f"{dossier['id']}  {dossier['title']} (") and dossier["counterpart"] in line
    code, out, _ = run(capsys, "--store", str(demo_path), "list", "--json")
    (listed,) = json.loads(out)
    assert code == 0 and listed["id"] == dossier["id"] and listed["title"] == dossier["title"]


def test_list_of_an_empty_store_and_of_no_store(tmp_path: Path, capsys) -> None:
    from negoprep.records.model import Author
    from negoprep.store.store import Store

    Store.open(tmp_path / "empty.db", Author(id="a", name="Kim")).close()
    code, out, err = run(capsys, "--store", str(tmp_path / "empty.db"), "list")
    assert code == 0 and out == "" and "holds no dossier" in err
    code, out, _ = run(capsys, "--store", str(tmp_path / "empty.db"), "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run(capsys, "--store", str(tmp_path / "absent.db"), "list")
    assert code == 2 and "no store at" in err and not (tmp_path / "absent.db").exists()


# --- a desktop without Qt's X11 libraries (negoprep.desktop) --------------------------------


def _without(*names: str):
    """A library loader that lacks `names`, as a fresh Debian lacks libxcb-cursor0."""

    def load(name: str) -> object:
        if name in names:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_a_missing_xcb_library_is_named_with_the_package_that_installs_it(tmp_path: Path) -> None:
    from negoprep import desktop

    env = {"DISPLAY": ":0"}
    debian = tmp_path / "os-release"
    debian.write_text('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', encoding="utf-8")
    lacking = _without("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    line = desktop.xcb_problem(env, lacking, "linux", debian)
    assert line is not None and "\n" not in line
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 " in line + " "
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in line and "QT_QPA_PLATFORM=offscreen" in line
    fedora = tmp_path / "fedora"
    fedora.write_text("ID=fedora\n", encoding="utf-8")
    assert "sudo dnf install xcb-util-cursor xcb-util-wm (" in str(desktop.xcb_problem(env, lacking, "linux", fedora))
    # nothing missing, another platform chosen, a Wayland session, Windows: nothing to say
    assert desktop.xcb_problem(env, _without(), "linux", debian) is None
    assert desktop.xcb_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, lacking, "linux") is None
    assert desktop.xcb_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, lacking, "linux") is None
    assert desktop.xcb_problem(env, lacking, "win32") is None
    assert desktop.xcb_problem({"QT_QPA_PLATFORM": "xcb"}, lacking, "linux") is not None  # xcb asked for by name


def test_every_library_of_the_xcb_plugin_is_checked() -> None:
    """The list is what the installed plugin links (its ELF NEEDED entries), Qt's own aside."""
    import shutil

    from negoprep import desktop

    plugin = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    readelf = shutil.which("readelf")
    if not plugin.exists() or readelf is None:
        pytest.skip("no xcb plugin or no readelf here")
    needed: set[str] = set()
    for library in (plugin, plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6"):
        dump = subprocess.run([readelf, "-d", str(library)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in dump.splitlines() if "(NEEDED)" in line}
    system = {n for n in needed if not n.startswith("libQt6")} - {
        "libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0",
    }  # fmt: skip
    assert system <= {name for name, _, _ in desktop.XCB_LIBRARIES}


def test_the_window_says_what_to_install_instead_of_dumping_core(tmp_path: Path, capsys, monkeypatch) -> None:
    from negoprep import desktop

    monkeypatch.setenv("DISPLAY", ":0")
    for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(desktop, "_load", _without("libxcb-cursor.so.0"))
    monkeypatch.setattr(desktop, "connect_xcb", lambda display: None)
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "libxcb-cursor0" in err and "install" in err
    assert not (tmp_path / "s.db").exists()  # refused before anything was opened


def test_screenshots_and_print_go_offscreen_where_the_display_cannot_be_used(monkeypatch) -> None:
    from negoprep import cli, desktop

    monkeypatch.setenv("DISPLAY", ":0")
    for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(desktop, "_load", _without())
    monkeypatch.setattr(desktop, "connect_xcb", lambda display: None)
    cli._paper_platform()
    assert "QT_QPA_PLATFORM" not in os.environ  # a usable display is used
    monkeypatch.setattr(desktop, "_load", _without("libxcb-icccm.so.4"))
    cli._paper_platform()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.parametrize("chosen", ["xcb", None])
def test_an_unreachable_display_is_said_instead_of_an_abort(tmp_path: Path, capsys, monkeypatch, chosen) -> None:
    from negoprep import desktop

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if chosen:
        monkeypatch.setenv("QT_QPA_PLATFORM", chosen)
    else:
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(desktop, "_load", _without())
    asked: list[str] = []
    monkeypatch.setattr(desktop, "connect_xcb", lambda display: asked.append(display) or "no X server is listening")
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"))
    assert asked == [":99"] and code == 2 and out == "" and err.count("\n") == 1
    assert "cannot connect to the display :99: no X server is listening" in err
    assert "desktop session" in err and "QT_QPA_PLATFORM=offscreen" in err and "xcb-cursor" not in err
    assert not (tmp_path / "s.db").exists()


def test_a_display_that_answers_is_no_problem_and_the_real_check_reports_no_server() -> None:
    from negoprep import desktop

    env = {"DISPLAY": ":0"}
    assert desktop.display_problem(env, lambda d: None, "linux") is None
    assert desktop.display_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":9"}, lambda d: "x", "linux") is None
    assert desktop.display_problem(env, lambda d: "x", "win32") is None
    # libxcb itself, asked of a display number no server uses here
    why = desktop.connect_xcb(":97")
    assert why is None or "failed" in why or "parsed" in why


def test_a_wayland_socket_that_is_not_there_is_said(tmp_path: Path) -> None:
    from negoprep import desktop

    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    line = desktop.display_problem(env, lambda d: None, "linux")
    assert line is not None and str(tmp_path / "wayland-7") in line and "\n" not in line
    chosen = desktop.display_problem({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(tmp_path)}, None, "linux")
    assert chosen is not None and "wayland-0" in chosen
    (tmp_path / "wayland-7").touch()  # (a socket in life; its being there is what is checked)
    assert desktop.display_problem(env, lambda d: None, "linux") is None
    assert "XDG_RUNTIME_DIR" in str(desktop.display_problem({"QT_QPA_PLATFORM": "wayland"}, None, "linux"))


# --- naming a dossier, listing them, a query that starts with a dash --------------------------


def _two_dossiers(path: Path, capsys, tmp_path: Path) -> None:
    """The demo and two more: "Korea–US 2+2 follow-up" (a title the demo's starts too) and a
    Korean one."""
    for n, title in enumerate(("Korea–US 2+2 follow-up", "한미 통상 협의 후속")):
        doc = tmp_path / f"d{n}.json"
        dossier = {"id": f"extra-{n}-0000", "title": title}
        doc.write_text(json.dumps({"format": "negoprep-dossier", "version": 1, "dossier": dossier}), encoding="utf-8")
        assert run(capsys, "--store", str(path), "load", str(doc))[0] == 0


def test_a_unique_start_of_a_title_names_a_dossier(demo_path: Path, capsys, tmp_path: Path, demo_doc) -> None:
    _two_dossiers(demo_path, capsys, tmp_path)
    demo = demo_doc["dossier"]
    assert demo["title"].startswith("Korea")  # (what the ambiguous case below rests on)

    def dumped(ref: str) -> str:
        code, out, err = run(capsys, "--store", str(demo_path), "dump", "--dossier", ref)
        assert code == 0, err
        return json.loads(out)["dossier"]["id"]

    assert dumped("korea–us 2+2 f") == "extra-0-0000"  # any case
    assert dumped("한미") == "extra-1-0000"  # Korean
    # Korean typed on a Mac comes decomposed: it names the same dossier
    assert dumped(unicodedata.normalize("NFD", "한미 통상")) == "extra-1-0000"
    assert dumped(demo["title"]) == demo["id"]  # a whole title, though another title starts with it too
    code, out, err = run(capsys, "--store", str(demo_path), "dump", "--dossier", "kor")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "fits more than one dossier" in err and "extra-0-0000" in err and demo["id"] in err
    code, _, err = run(capsys, "--store", str(demo_path), "dump", "--dossier", "   ")
    assert code == 2 and "no dossier" in err  # blank names nothing, rather than everything


def test_every_command_that_takes_a_dossier_names_it_the_same_way(
    demo_path: Path, capsys, tmp_path: Path, monkeypatch
) -> None:
    """Every --dossier goes through Store.find_dossier: found from the parser, so that a new
    command cannot forget it."""
    from negoprep import cli
    from negoprep.errors import StoreError
    from negoprep.store.store import Store

    asked: list[str | None] = []

    def find(self, ref=None):
        asked.append(ref)
        raise StoreError("found by find_dossier")

    monkeypatch.setattr(Store, "find_dossier", find)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    parser = cli.build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    taking = sorted(n for n, p in subparsers.items() if "--dossier" in p._option_string_actions)
    assert {"dump", "search", "check", "export", "print", "chart", "screenshots"} <= set(taking)
    before = {"print": ["checklist"], "chart": ["readiness"], "search": ["tariff"]}
    out = {"export": ["--out", str(tmp_path / "e.db")], "print": ["--out", str(tmp_path / "p.pdf")],
           "chart": ["--out", str(tmp_path / "c.svg")], "screenshots": ["--out", str(tmp_path / "shots")]}  # fmt: skip
    for name in taking:
        asked.clear()
        args = ["--store", str(demo_path), name, *before.get(name, []), *out.get(name, []), "--dossier", "Kor"]
        code, _, err = run(capsys, *args)
        assert (code, asked) == (2, ["Kor"]), (name, err)
        assert "found by find_dossier" in err


def test_a_search_may_start_with_a_dash(demo_path: Path, capsys) -> None:
    store = ("--store", str(demo_path))
    code, plain, err = run(capsys, *store, "search", "--json", "surplus")
    assert code == 0 and json.loads(plain), err
    for words in (["--json", "--", "-surplus"], ["--json", "-surplus"], ["-surplus", "--json"],
                  ["--limit", "50", "-surplus", "--json"]):  # fmt: skip
        code, out, err = run(capsys, *store, "search", *words)
        assert code == 0, (words, err)
        assert out == plain, words  # the same query, whichever way it is written
    # a word that starts as an option of search does (-h…) is a word too; -h alone is the help
    code, _, err = run(capsys, *store, "search", "-hyundai")
    assert code == 0 and "nothing matches" in err
    with pytest.raises(SystemExit):
        main([*store, "search", "-h"])
    assert "usage:" in capsys.readouterr().out
    # an unknown option of two dashes is still refused, and other commands keep their options
    for refused, word in ((["search", "--bogus", "x"], "--bogus"), (["dump", "-x"], "-x")):
        with pytest.raises(SystemExit) as stop:
            main([*store, *refused])
        assert stop.value.code == 2 and f"unrecognized arguments: {word}" in capsys.readouterr().err


def test_list_shows_control_characters_escaped_and_in_json_as_stored(demo_path: Path, capsys, tmp_path) -> None:
    doc = tmp_path / "odd.json"
    title = "Odd title\u202e"  # (a right-to-left override: a title may hold one, never ESC)
    doc.write_text(json.dumps({"format": "negoprep-dossier", "version": 1,
                               "dossier": {"id": "odd-0000", "title": title}}), encoding="utf-8")  # fmt: skip
    assert run(capsys, "--store", str(demo_path), "load", str(doc))[0] == 0
    code, out, _ = run(capsys, "--store", str(demo_path), "list")
    assert code == 0 and len(out.splitlines()) == 2 and "\u202e" not in out and "\\u202e" in out
    code, out, _ = run(capsys, "--store", str(demo_path), "list", "--json")
    assert code == 0 and title in [d["title"] for d in json.loads(out)]


def test_screenshots_say_only_what_they_wrote(demo_path: Path, tmp_path: Path) -> None:
    """Qt's offscreen platform notices ("This plugin does not support raise()") stay off the terminal."""
    env = {**os.environ, "NEGOPREP_AUTHOR": "ci", "QT_QPA_PLATFORM": "offscreen"}
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(demo_path), "screenshots", "--out", str(shots)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [str(p) for p in sorted(shots.glob("*.png"))]


@pytest.mark.parametrize("command", ["dump", "check"])
def test_an_option_value_starting_with_a_dash_says_to_write_it_with_equals(
    demo_path: Path, capsys, command: str
) -> None:
    words: list[str] = []
    with pytest.raises(SystemExit) as stop:
        main(["--store", str(demo_path), command, *words, "--dossier", "-rf"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "expected one argument" in err
    assert "--dossier=-rf" in err and len(err.strip().splitlines()) == 1
    # written that way, the value is taken (and is the name of no dossier)
    code, _, err = run(capsys, "--store", str(demo_path), command, *words, "--dossier=-rf")
    assert code != 0 and 'no dossier "-rf"' in err


def test_search_takes_a_dossier_starting_with_a_dash_as_it_stands(demo_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--store", str(demo_path), "search", "x", "--dossier", "-rf")
    assert code != 0 and 'no dossier "-rf"' in err  # (its words may start with a dash)


def test_a_missing_value_at_the_end_gives_no_dash_hint(demo_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--store", str(demo_path), "dump", "--dossier"])
    err = capsys.readouterr().err
    assert "expected one argument" in err and "=" not in err.split("expected one argument")[1]


def test_the_dossier_is_found_by_its_id_in_capitals_with_spaces_around(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--store", str(demo_path), "list", "--json")
    dossier_id = json.loads(out)[0]["id"] if isinstance(json.loads(out), list) else None
    assert dossier_id
    code, out, err = run(capsys, "--store", str(demo_path), "dump", "--dossier", f" {dossier_id[:8].upper()} ")
    assert code == 0, err
    assert dossier_id in out


def test_a_platform_this_qt_has_not_or_a_screen_device_not_there_is_said() -> None:
    from negoprep import desktop

    plugins = {"xcb", "wayland", "offscreen", "eglfs", "linuxfb", "minimal"}
    none = lambda _path: False  # noqa: E731 - no framebuffer, no DRM device
    typo = desktop.display_problem({"QT_QPA_PLATFORM": "XCB"}, lambda d: None, "linux", plugins, none)
    assert typo is not None and '"XCB"' in typo and "offscreen, wayland, xcb" in typo and "\n" not in typo
    for name in ("eglfs", "linuxfb"):
        line = desktop.display_problem({"QT_QPA_PLATFORM": name}, lambda d: None, "linux", plugins, none)
        assert line is not None and f"the {name} platform" in line and "/dev/fb0" in line
        assert desktop.display_problem({"QT_QPA_PLATFORM": name}, None, "linux", plugins, lambda _p: True) is None
    # wayland-egl is the Wayland plugin's: its socket is what is checked
    line = desktop.display_problem({"QT_QPA_PLATFORM": "wayland-egl"}, None, "linux", plugins, none)
    assert line is not None and "Wayland display" in line
    assert desktop.display_problem({"QT_QPA_PLATFORM": "offscreen;xcb"}, None, "linux", plugins, none) is None
    # plugins from another folder: Qt judges
    env = {"QT_QPA_PLATFORM": "mine", "QT_QPA_PLATFORM_PLUGIN_PATH": "/opt/qt"}
    assert desktop.display_problem(env, None, "linux", plugins, none) is None
    assert "xcb" in (desktop.platform_plugins() or {"xcb"})  # the installed PySide6's, found without Qt


def test_a_mistyped_platform_is_one_line_not_an_abort(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "bogus")
    monkeypatch.setattr(sys, "platform", "linux")
    code, out, err = run(capsys, "--store", str(tmp_path / "s.db"))
    assert code == 2 and out == "" and '"bogus"' in err and err.count("\n") == 1
    assert not (tmp_path / "s.db").exists()
