"""The author's name follows the rule of any one-line text a person writes, from every source:
NEGOPREP_AUTHOR, the identity file, renaming oneself, and the store's own door."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from negoprep import identity
from negoprep.cli import main
from negoprep.errors import NegoprepError
from negoprep.identity import AuthorNameError, current_author, identity_file, load_identity, name_problem, save_identity
from negoprep.records import model
from negoprep.store.store import Store

ROOT = Path(__file__).resolve().parents[2]

#: (name, what the refusal says)
BAD: list[tuple[str, str]] = [
    ("Kim\x1b]52;c;aGVsbG8=\x07", "control character U+001B"),
    ("Kim\x07", "control character U+0007"),
    ("Kim\nJi-won", "control character U+000A"),
    ("Kim\x00Ji-won", "control character U+0000"),
    ("Kim\x7f", "control character U+007F"),
    ("Kim\x9b", "control character U+009B"),
    ("Kim\ud800", "lone surrogate"),
    ("Kim\udcff", "not valid UTF-8"),  # what Python makes of a byte that is not UTF-8
    ("x" * 200_001, "longer than"),
    ("   ", "required"),
]
BAD_NAMES = [name for name, _ in BAD]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("name", "expect"), BAD, ids=lambda v: repr(v)[:20])
def test_one_rule_refuses_each_bad_name(name: str, expect: str) -> None:
    found = name_problem(name)
    assert found is not None and expect in found, found
    assert "\n" not in found


@pytest.mark.parametrize("name", ["Kim Ji-won", "김지원", "Zoë O'Brien-Łukasiewicz", "محمد", "x" * 200])
def test_ordinary_names_are_taken(name: str) -> None:
    assert name_problem(name) is None


def test_the_rule_is_the_rule_of_a_participants_name() -> None:
    from negoprep.records.values import field_problem

    for name in ("", "x" * 200_001, 42, "Kim"):
        participant = field_problem(model.Participant, "name", name)
        assert (participant is None) == (name_problem(name) is None), name


# --- NEGOPREP_AUTHOR --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [n for n in BAD_NAMES if "\x00" not in n and "\ud800" not in n and n.strip()],
    ids=lambda v: repr(v)[:20],
)
def test_a_bad_negoprep_author_is_exit_2_in_one_line_and_changes_nothing(
    tmp_path: Path, capsys, monkeypatch, name: str
) -> None:
    path = tmp_path / "s.db"
    assert run(capsys, "--store", str(path), "demo")[0] == 0
    before = path.read_bytes()
    monkeypatch.setenv("NEGOPREP_AUTHOR", name)
    for args in (["demo"], ["load", str(ROOT / "seeds" / "korea-us-2plus2.json")]):
        code, out, err = run(capsys, "--store", str(path), *args)
        assert code == 2, (out, err)
        assert out == "" and err.startswith("negoprep: NEGOPREP_AUTHOR")
        assert len(err.splitlines()) == 1 and "Traceback" not in err
        assert "\x1b" not in err and "\x07" not in err
        assert dict(BAD)[name].split()[-1] in err
    assert path.read_bytes() == before


def test_negoprep_author_as_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """The environment as the operating system passes it: raw bytes."""
    env = {k: v for k, v in os.environb.items() if k not in (b"NEGOPREP_AUTHOR", b"NEGOPREP_STORE")}
    env[b"PYTHONPATH"] = os.fsencode(str(ROOT))
    env[b"NEGOPREP_AUTHOR"] = b"Kim \xff\xfe Ji-won"
    store = tmp_path / "s.db"
    result = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(store), "demo"], env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == b""
    assert result.stderr.decode("utf-8") == (
        "negoprep: NEGOPREP_AUTHOR: text is not valid UTF-8 (set it to your name, or unset it)\n"
    )
    assert not store.exists()


def test_the_same_name_in_another_normal_form_is_the_same_author(monkeypatch) -> None:
    monkeypatch.setenv("NEGOPREP_AUTHOR", unicodedata.normalize("NFD", "Zoë 김지원"))
    decomposed = current_author()
    monkeypatch.setenv("NEGOPREP_AUTHOR", unicodedata.normalize("NFC", "Zoë 김지원"))
    composed = current_author()
    assert decomposed == composed and composed.name == unicodedata.normalize("NFC", "Zoë 김지원")


def test_an_ascii_name_keeps_its_id(monkeypatch) -> None:
    """Ids made before names were normalised stay the same: a person's history stays theirs."""
    import uuid

    monkeypatch.setenv("NEGOPREP_AUTHOR", "  Kim Ji-won ")
    assert current_author().id == str(uuid.uuid5(identity._ENV_NAMESPACE, "Kim Ji-won"))


# --- the identity file ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BAD_NAMES), ids=lambda v: repr(v)[:20])
def test_a_bad_name_in_the_identity_file_falls_back_to_the_user_name(monkeypatch, name: str) -> None:
    monkeypatch.setattr(identity, "_os_user", lambda: "kim")
    path = identity_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    the_id = "5f0c7c0e-0000-4d3b-8000-0000000000aa"
    text = json.dumps({"id": the_id, "name": name})
    path.write_text(text, encoding="utf-8")
    author = load_identity()
    assert author == model.Author(id=the_id, name="kim")  # the id, and so the history, stays
    assert path.read_text(encoding="utf-8") == text  # the person's file is left for them to see


@pytest.mark.parametrize("user", ["kim\x1b[2J", "kim\udcff", ""])
def test_a_bad_user_name_from_the_system_falls_back_to_unknown(monkeypatch, user: str) -> None:
    monkeypatch.setattr(identity.getpass, "getuser", lambda: user)
    assert load_identity().name == "unknown"


def test_renaming_oneself_to_a_bad_name_is_refused(monkeypatch) -> None:
    first = load_identity()
    before = identity_file().read_bytes()
    with pytest.raises(AuthorNameError, match="control character U\\+001B") as info:
        save_identity(model.Author(id=first.id, name="Kim\x1b[31m"))
    assert isinstance(info.value, NegoprepError)
    assert identity_file().read_bytes() == before
    assert load_identity() == first


# --- the store's door -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kim\udcff", "Kim\x1b[2J", "Kim\x00"], ids=repr)
def test_the_store_never_records_a_bad_author_name(tmp_path: Path, demo_doc: dict, name: str) -> None:
    with Store.open(tmp_path / "s.db", model.Author(id="a-1", name="Kim")) as store:
        store.load(demo_doc)
        dossier = store.dossiers()[0]
        before = store.dump(dossier.id)
        store.set_author(model.Author(id="a-2", name=name))
        with pytest.raises(AuthorNameError):
            store.apply("Rename", puts=[model.Note(id="n-new", dossier_id=dossier.id, text="By a bad name")])
        assert store.dump(dossier.id) == before
        names = [row[0] for row in store.db.conn.execute("SELECT name FROM authors")]
        assert names == ["Kim"]


@pytest.mark.parametrize(
    "content",
    [
        b'{"id": "5f0c7c0e-0000-4d3b-8000-0000000000aa", "name": "bad\xffname"}',
        b'{"id": "5f0c7c0e-0000-4d3b-8000-0000000000aa"}',
    ],
    ids=["name-not-utf8", "no-name"],
)
def test_the_id_in_the_identity_file_is_kept_whatever_its_name(monkeypatch, content: bytes) -> None:
    monkeypatch.setattr(identity, "_os_user", lambda: "kim")
    path = identity_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_identity() == model.Author(id="5f0c7c0e-0000-4d3b-8000-0000000000aa", name="kim")
    assert path.read_bytes() == content


def test_a_named_pipe_in_place_of_the_identity_file_does_not_stop_a_command(tmp_path: Path) -> None:
    """A command with such a file in the config folder runs (and the pipe is replaced)."""
    path = identity_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    done = subprocess.run(
        [sys.executable, "-m", "negoprep", "--store", str(tmp_path / "s.db"), "demo"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "NEGOPREP_AUTHOR": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert path.is_file() and json.loads(path.read_text(encoding="utf-8"))["id"]
