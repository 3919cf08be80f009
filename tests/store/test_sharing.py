"""Encrypted exports: nothing readable inside, opened with the passphrase or key, merged, and
opened by the standard age tool too."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from negoprep.cli import main
from negoprep.formats import crypto
from negoprep.store.sharing import export_shared, opened_shared, verify_shared
from negoprep.store.store import Store
from negoprep.store.verify import VerifyError
from tests import revision_edit
from tests.revision_edit import edited

MARKER = "Zanzibar-walk-away-7731"


@pytest.fixture
def secret_store(demo_store: Store) -> Store:
    from dataclasses import replace

    from negoprep.records import model

    item = demo_store.records(model.AgendaItem, demo_store.dossiers()[0].id)[0]
    demo_store.apply("Secret", puts=[replace(item, walk_away=MARKER)])
    return demo_store


def test_passphrase_export_hides_everything_and_opens(secret_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "share.age"
    export_shared(secret_store, target, passphrase="pass phrase")
    data = target.read_bytes()
    assert crypto.is_encrypted(data) and MARKER.encode() not in data and b"Korea" not in data
    assert b"SQLite format 3" not in data
    with pytest.raises(VerifyError, match="encrypted"):
        verify_shared(target)
    with pytest.raises(VerifyError, match="wrong passphrase"):
        verify_shared(target, passphrase="wrong")
    report = verify_shared(target, passphrase="pass phrase")
    assert report.path == target and report.dossiers
    with opened_shared(target, passphrase="pass phrase") as plain:
        assert MARKER.encode() in plain.read_bytes()
        folder = plain.parent
    assert not folder.exists(), "the decrypted copy is removed afterwards"
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith(("share.age", "store.db"))]


def test_recipient_export_merges_through_the_command_line(secret_store: Store, tmp_path: Path, capsys) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    target = tmp_path / "for-kim.age"
    assert main(["--store", str(secret_store.path), "export", "--out", str(target), "--encrypt",
                 "--recipient", public]) == 0  # fmt: skip
    assert "(encrypted)" in capsys.readouterr().out
    other = tmp_path / "kim.db"
    code = main(["--store", str(other), "merge", str(target), "--identity", str(key), "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert json.loads(out)
    with Store.open(other, secret_store.author) as kim:
        dossier_id = secret_store.dossiers()[0].id
        assert kim.dump(dossier_id) == secret_store.dump(dossier_id)


def test_command_line_refusals(secret_store: Store, tmp_path: Path, capsys) -> None:
    store = ["--store", str(secret_store.path)]
    assert main([*store, "export", "--out", str(tmp_path / "x.age"), "--encrypt"]) == 2
    assert "--recipient" in capsys.readouterr().err
    assert main([*store, "export", "--out", str(tmp_path / "x.age"), "--recipient", "age1x"]) == 2
    assert "go with --encrypt" in capsys.readouterr().err
    assert main([*store, "export", "--out", str(tmp_path / "x.age"), "--encrypt", "--recipient", "nonsense"]) == 2
    assert "not an age public key" in capsys.readouterr().err
    assert not (tmp_path / "x.age").exists() and not list(tmp_path.glob(".x.age*"))


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is installed by .ci/run")
def test_the_age_tool_decrypts_an_export_that_verify_accepts(secret_store: Store, tmp_path: Path, capsys) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    sealed = tmp_path / "export.age"
    export_shared(secret_store, sealed, recipients=[public])
    opened = tmp_path / "opened.db"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(opened), str(sealed)], check=True)
    assert main(["verify", str(opened)]) == 0
    assert "accepted" in capsys.readouterr().out


def test_text_typed_on_another_system_is_taken_as_negoprep_keeps_it(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Decomposed Hangul (as a Mac may give it) and CR LF line ends in a colleague's file are
    merged in NFC with LF, as load takes them: the note reads and is found as typed here."""
    import unicodedata

    from negoprep.records import model
    from negoprep.store import chain
    from negoprep.store.export import export_store

    shared = tmp_path / "colleague.db"
    export_store(demo_store, shared)
    note = demo_store.content(demo_store.dossiers()[0].id).notes[0]
    decomposed = unicodedata.normalize("NFD", "반도체 관세 협의")
    conn = revision_edit.connect(shared)
    conn.execute("UPDATE notes SET title = ?, text = ? WHERE id = ?", (decomposed, "line one\r\nline two", note.id))
    # as another system's negoprep writes it: the head revision holds the same, its digests made there
    conn.execute(
        "UPDATE revisions SET snapshot = " + edited("json_set(snapshot, '$.title', ?, '$.text', ?)") + " WHERE id = ?",
        (decomposed, "line one\r\nline two", note.rev),
    )
    chain.rebuild(conn)
    conn.commit()
    conn.close()
    assert verify_shared(shared).version  # canonically equivalent text is not refused

    with Store.open(tmp_path / "mine.db", demo_store.author) as mine:
        assert main(["--store", str(mine.path), "merge", str(shared)]) == 0
        merged = mine.get(model.Note, note.id)
        assert merged is not None
        assert merged.title == "반도체 관세 협의" and merged.text == "line one\nline two"
        assert note.id in {hit.row_id for hit in mine.search("반도체")}
        # the history came composed as well: the row is what its revision says, and mine verifies
        again = tmp_path / "mine-export.db"
        export_store(mine, again)
        assert verify_shared(again).version
