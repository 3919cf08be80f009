"""Encryption at rest (SQLCipher): the store's bytes hold none of its text, the passphrase is
asked for and checked, encrypt and decrypt keep everything, and no door lets plaintext out of
an encrypted store except an export, which is a plain SQLite file by design."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from negoprep import startup
from negoprep.cli import main
from negoprep.formats import crypto
from negoprep.records import model
from negoprep.store import at_rest, backups, connection, engine
from negoprep.store.store import Store
from tests.conftest import AUTHOR

pytestmark = pytest.mark.skipif(not engine.CIPHER, reason="needs sqlcipher3-wheels")

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a passphrase for the delegation"
# text of both demo dossiers that must never show in the bytes of an encrypted store
SECRETS = [
    "Limits on U.S. beef imports",
    "The U.S. wants Korea to lift the remaining limits on U.S. beef imports.",
    "쇠고기 수입 조건의 변경은 전문가 채널과 국내 협의를 거쳐야 함",
    "자동차 관세 완화의 대가로 방위비분담금이나 알래스카 LNG를 내주는 합의",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leaked(data: bytes) -> list[str]:
    return [text for text in SECRETS if text.encode("utf-8") in data]


@pytest.fixture(scope="session")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain store holding both demo dossiers (English and Korean), closed and whole."""
    path = tmp_path_factory.mktemp("plain") / "template.db"
    with Store.open(path, AUTHOR) as store:
        for language in sorted(startup.DEMO_SEEDS):
            startup.load_demo(store, language)
    assert leaked(path.read_bytes()) == SECRETS  # (the demo holds every secret we look for)
    return path


@pytest.fixture(scope="session")
def encrypted_template(plain_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same store encrypted with PASSPHRASE: one key derivation for the whole session."""
    path = tmp_path_factory.mktemp("encrypted") / "template.db"
    shutil.copyfile(plain_template, path)
    at_rest.encrypt_store(path, PASSPHRASE)
    return path


@pytest.fixture
def plain(plain_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plain.db"
    shutil.copyfile(plain_template, path)
    return path


@pytest.fixture
def encrypted(encrypted_template: Path, tmp_path: Path) -> Path:
    """A copy of the encrypted store (its key known to this process by its salt)."""
    path = tmp_path / "secret.db"
    shutil.copyfile(encrypted_template, path)
    return path


@pytest.fixture
def no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process knows no key: as a new process that was given no passphrase."""
    monkeypatch.setattr(engine, "_keys_by_path", {})
    monkeypatch.setattr(engine, "_keys_by_salt", {})


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def dump(capsys: pytest.CaptureFixture[str], path: Path, *before: str) -> list[dict]:
    code, out, err = run(capsys, "--store", str(path), *before, "list", "--json")
    assert code == 0, err
    docs = []
    for dossier in json.loads(out):
        code, out, err = run(capsys, "--store", str(path), *before, "dump", "--dossier", dossier["id"])
        assert code == 0, err
        docs.append(json.loads(out))
    return docs


def content(path: Path) -> tuple[list[dict], list[tuple]]:
    """Every dossier of a store as a document, and its revisions."""
    with Store.open(path, AUTHOR, create=False) as store:
        docs = [store.dump(dossier.id) for dossier in store.dossiers()]
        revisions = store.db.conn.execute("SELECT * FROM revisions ORDER BY id").fetchall()
    return docs, revisions


# --- the key ---------------------------------------------------------------------------------


def test_the_raw_key_is_the_one_sqlcipher_derives_from_the_passphrase(tmp_path: Path) -> None:
    # a file keyed by SQLCipher with the passphrase opens with the key derived here, and back
    by_sqlcipher = tmp_path / "by-sqlcipher.db"
    conn = engine.sqlite.connect(by_sqlcipher)
    conn.execute("PRAGMA key = 'correct horse'")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('walk-away')")
    conn.commit()
    conn.close()
    salt = engine.file_header(by_sqlcipher)
    assert salt is not None and salt != engine.SQLITE_HEADER
    assert engine.opens_with(by_sqlcipher, engine.derive("correct horse", salt))
    assert not engine.opens_with(by_sqlcipher, engine.derive("wrong horse", salt))

    by_us = tmp_path / "by-us.db"
    conn = engine.connect(by_us, key=engine.derive("correct horse", bytes(range(16))))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert engine.file_header(by_us) == bytes(range(16))  # the salt given is the file's salt
    conn = engine.sqlite.connect(by_us)
    conn.execute("PRAGMA key = 'correct horse'")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    conn.close()


def test_an_unlocked_store_derives_its_key_once(
    encrypted: Path, no_keys: None, real_derive: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = hashlib.pbkdf2_hmac

    def counted(*args: object, **kwargs: object) -> bytes:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counted)
    engine.unlock(encrypted, PASSPHRASE)
    for _ in range(3):
        with Store.open(encrypted, AUTHOR) as store:
            assert store.dossiers()
    assert len(calls) == 1


# --- the bytes -------------------------------------------------------------------------------


def test_the_bytes_of_an_encrypted_store_and_its_wal_hold_none_of_its_text(encrypted: Path) -> None:
    assert leaked(encrypted.read_bytes()) == []
    with Store.open(encrypted, AUTHOR) as store:
        dossier = store.dossiers()[0]
        point = store.records(model.TalkingPoint, dossier.id)[0]
        store.put(dataclasses.replace(point, text=f"{SECRETS[2]} — {SECRETS[0]}"))
        wal = Path(f"{encrypted}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the change is in the -wal while held open
        assert leaked(wal.read_bytes()) == []
        assert leaked(encrypted.read_bytes()) == []
    assert leaked(encrypted.read_bytes()) == []


def test_backups_of_an_encrypted_store_are_encrypted(encrypted: Path, plain: Path) -> None:
    with Store.open(encrypted, AUTHOR) as store:
        daily = backups.write_backup(store.db.conn, encrypted, "daily")
    assert leaked(daily.read_bytes()) == []
    assert engine.looks_encrypted(daily)
    # and a plain store's earlier backups are encrypted with it
    with Store.open(plain, AUTHOR) as store:
        earlier = backups.write_backup(store.db.conn, plain, "daily")
    assert leaked(earlier.read_bytes()) != []
    made = at_rest.encrypt_store(plain, PASSPHRASE)
    for backup in backups.backups(plain):
        assert leaked(backup.path.read_bytes()) == [], backup
    assert {b.path for b in backups.backups(plain)} == {earlier, made}
    assert leaked(plain.read_bytes()) == []


# --- the passphrase at the door --------------------------------------------------------------


def test_without_its_passphrase_an_encrypted_store_is_refused_in_one_line(
    encrypted: Path, no_keys: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = digest(encrypted)
    for command in (["dump"], ["list"], ["search", "beef"], ["demo"]):
        code, out, err = run(capsys, "--store", str(encrypted), *command)
        assert code == 2 and out == ""
        assert err == f"negoprep: {encrypted} is encrypted: give its passphrase with --passphrase-file FILE\n"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    code, _, err = run(capsys, "--store", str(encrypted), "--passphrase-file", str(wrong), "dump")
    assert code == 2 and err.count("\n") == 1 and "passphrase does not open" in err
    assert digest(encrypted) == before
    assert not Path(f"{encrypted}-wal").exists() and not Path(f"{encrypted}-journal").exists()


def test_the_global_passphrase_opens_it_for_every_command(
    encrypted: Path, no_keys: None, passphrase_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    given = ("--passphrase-file", str(passphrase_file))
    code, out, err = run(capsys, "--store", str(encrypted), *given, "search", "beef", "--json")
    assert code == 0 and json.loads(out), err
    # after export, --passphrase-file is still the outgoing file's own passphrase (age)
    out_file = tmp_path / "shared.db"
    code, _, err = run(capsys, "--store", str(encrypted), *given, "export", "--out", str(out_file), "--encrypt", *given)
    assert code == 0, err
    assert crypto.is_encrypted(out_file.read_bytes())
    code, _, err = run(capsys, "verify", str(out_file), *given)
    assert code == 0, err


def test_list_names_the_dossiers_of_an_encrypted_store_and_a_title_start_names_one(
    encrypted: Path, no_keys: None, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = ("--store", str(encrypted), "--passphrase-file", str(passphrase_file))
    code, out, err = run(capsys, *given, "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert listed and all(d["id"] and d["title"] for d in listed)
    title = listed[0]["title"]
    start = next(title[:n] for n in range(1, len(title) + 1)
                 if sum(d["title"].casefold().startswith(title[:n].casefold()) for d in listed) == 1)  # fmt: skip
    code, out, err = run(capsys, *given, "dump", "--dossier", start.lower())
    assert code == 0 and json.loads(out)["dossier"]["id"] == listed[0]["id"], err


# --- encrypt and decrypt ---------------------------------------------------------------------


def test_encrypt_then_decrypt_keeps_every_record_revision_and_search_result(
    plain: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def state(*before: str) -> tuple[list[dict], int, str]:
        docs = dump(capsys, plain, *before)
        code, found, err = run(capsys, "--store", str(plain), *before, "search", "쇠고기", "--json")
        assert code == 0, err
        code, beef, err = run(capsys, "--store", str(plain), *before, "search", "beef", "--json")
        assert code == 0, err
        with Store.open(plain, AUTHOR, create=False) as store:
            revisions = store.db.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
        return docs, revisions, found + beef

    plain_state = state()
    code, out, err = run(capsys, "--store", str(plain), "encrypt", "--passphrase-file", str(passphrase_file))
    assert code == 0 and "Encrypted" in out, err
    assert leaked(plain.read_bytes()) == []
    with sqlite3.connect(plain) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # not readable as plain SQLite
    assert state("--passphrase-file", str(passphrase_file)) == plain_state
    conn = engine.connect(plain, key=engine.key_for(plain))
    assert conn.execute("PRAGMA application_id").fetchone()[0] != 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()

    code, out, err = run(capsys, "--store", str(plain), "--passphrase-file", str(passphrase_file), "decrypt")
    assert code == 0 and "Decrypted" in out, err
    assert plain.read_bytes().startswith(engine.SQLITE_HEADER)
    assert state() == plain_state


def test_encrypt_twice_and_decrypt_of_a_plain_store_say_so(
    plain: Path, encrypted: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(encrypted)
    code, _, err = run(capsys, "--store", str(encrypted), "encrypt", "--passphrase-file", str(passphrase_file))
    assert (
        code == 2 and err == f"negoprep: {encrypted} is already encrypted: decrypt it first to change its passphrase\n"
    )
    assert digest(encrypted) == before
    before = digest(plain)
    code, _, err = run(capsys, "--store", str(plain), "decrypt", "--passphrase-file", str(passphrase_file))
    assert code == 2 and err == f"negoprep: {plain} is not encrypted: there is nothing to decrypt\n"
    code, _, err = run(capsys, "--store", str(plain), "encrypt")
    assert code == 2 and "--passphrase-file" in err and err.count("\n") == 1
    assert digest(plain) == before


def test_an_encrypt_cut_short_before_the_replace_leaves_the_store_as_it_was(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = content(plain)
    earlier = {b.path for b in backups.backups(plain)}

    def killed(source: Path, target: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(at_rest, "_replace", killed)
    with pytest.raises(KeyboardInterrupt):
        at_rest.encrypt_store(plain, PASSPHRASE)
    assert plain.read_bytes().startswith(engine.SQLITE_HEADER)
    assert content(plain) == before
    assert [p.name for p in plain.parent.iterdir() if p.name.startswith(".")] == []  # no copy left
    with Store.open(plain, AUTHOR) as store:
        assert store.dossiers()
        assert store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert engine.key_for(plain) is None
    assert {b.path for b in backups.backups(plain)} == earlier


def test_encrypt_refuses_a_store_open_in_another_program(plain: Path) -> None:
    with Store.open(plain, AUTHOR):
        before = digest(plain)
        with pytest.raises(Exception, match="open in another window or program"):
            at_rest.encrypt_store(plain, PASSPHRASE)
        assert digest(plain) == before


# --- what leaves an encrypted store -----------------------------------------------------------


def test_an_export_of_an_encrypted_store_is_a_plain_sqlite_file(
    encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "shared.db"
    code, _, err = run(capsys, "--store", str(encrypted), "export", "--out", str(out_file), "--release")
    assert code == 0, err
    assert out_file.read_bytes().startswith(engine.SQLITE_HEADER)
    code, out, err = run(capsys, "verify", str(out_file))
    assert code == 0 and "accepted" in out, err
    # and a merge of it into the encrypted store reads it as the plain file it is
    code, out, err = run(capsys, "--store", str(encrypted), "merge", str(out_file))
    assert code == 0, err
    assert leaked(encrypted.read_bytes()) == []


def test_verify_and_merge_of_an_encrypted_store_say_export_it_first(
    encrypted: Path, plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "verify", str(encrypted))
    assert code == 2 and "is an encrypted store" in err and "export it first" in err and "not a SQLite" not in err
    code, _, err = run(capsys, "--store", str(plain), "merge", str(encrypted))
    assert code == 2 and "export it first" in err and err.count("\n") == 1


def test_a_salvage_of_an_encrypted_store_stays_encrypted(encrypted: Path, tmp_path: Path) -> None:
    report = backups.salvage(encrypted, tmp_path / "salvaged.db")
    assert report.target.exists()
    assert leaked(report.target.read_bytes()) == []
    with Store.open(report.target, AUTHOR) as store:
        assert len(store.dossiers()) == 2


# --- passphrase files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "passphrase"),
    [
        (b"\xef\xbb\xbfcorrect horse\r\n", "correct horse"),  # Notepad's "UTF-8 with BOM"
        (b"correct horse\r\n", "correct horse"),
        (b"correct horse\n", "correct horse"),
        (b"correct horse", "correct horse"),
        (b"correct horse\n\n", "correct horse\n"),  # one final line break only
        (b" correct horse \n", " correct horse "),  # spaces are the passphrase's own
        ("암호 문구\n".encode(), "암호 문구"),
    ],
)
def test_a_passphrase_file_is_read_as_a_document(tmp_path: Path, data: bytes, passphrase: str) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    assert crypto.read_passphrase(path) == passphrase


@pytest.mark.parametrize("data", [b"", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_an_empty_passphrase_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    with pytest.raises(crypto.CryptoError, match="is empty"):
        crypto.read_passphrase(path)


def test_an_export_for_a_bom_file_opens_with_the_passphrase_typed_by_hand(
    plain: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(b"\xef\xbb\xbfcorrect horse\r\n")
    out_file = tmp_path / "shared.db"
    code, _, err = run(
        capsys, "--store", str(plain), "export", "--out", str(out_file), "--encrypt", "--passphrase-file", str(notepad)
    )
    assert code == 0, err
    assert crypto.decrypt(out_file.read_bytes(), passphrase="correct horse").startswith(engine.SQLITE_HEADER)


def test_the_store_reads_its_passphrase_file_the_same_way(
    plain: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(b"\xef\xbb\xbfcorrect horse\r\n")
    code, _, err = run(capsys, "--store", str(plain), "encrypt", "--passphrase-file", str(notepad))
    assert code == 0, err
    monkeypatch.setattr(engine, "_keys_by_path", {})
    monkeypatch.setattr(engine, "_keys_by_salt", {})
    typed = tmp_path / "typed.txt"
    typed.write_text("correct horse")
    code, _, err = run(capsys, "--store", str(plain), "--passphrase-file", str(typed), "list")
    assert code == 0, err


def test_every_passphrase_file_option_says_how_the_file_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["export"], ["verify"], ["merge"], ["encrypt"], ["decrypt"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "--passphrase-file FILE" in out
        assert "without a leading byte order mark and without one final line break" in out, command


def test_opening_an_unlocked_store_is_quick(encrypted: Path) -> None:
    import time

    started = time.perf_counter()
    for _ in range(5):
        conn = engine.connect(encrypted, key=engine.key_for(encrypted))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    assert (time.perf_counter() - started) / 5 < 0.05  # a key derivation alone takes about 0.2 s


def test_a_plain_store_whose_header_was_wiped_is_damaged_not_encrypted(
    plain: Path, no_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with open(plain, "r+b") as handle:  # (closed: no SQLite lock to lose)
        handle.write(b"\x00" * 100)
    assert not engine.looks_encrypted(plain)
    code, _, err = run(capsys, "--store", str(plain), "dump")
    assert code == 2 and "encrypted" not in err


# === when things go wrong: a process killed midway, a command run meanwhile, a passphrase file
# === that is not text, a passphrase given in the wrong place or too short


def beside(path: Path) -> list[str]:
    """The names of the files in the store's folder that belong to it or to its conversion."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith((path.name, f".{path.name}")))


# --- 1. a change cut short leaves a hot journal --------------------------------------------------


def capture_mid_write(source: Path, target: Path, key: str | None) -> None:
    """Copy `source` and its -journal to `target` while a change is half written into the
    file (as a process killed inside encrypt or decrypt leaves them); `source` is unchanged."""
    conn = engine.connect(source, key=key, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file at once
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA user_version = 4242")
        conn.execute("CREATE TABLE cut_short (x)")
        conn.execute(
            "INSERT INTO cut_short WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "SELECT randomblob(3000) FROM n"
        )
        assert Path(f"{source}-journal").stat().st_size > 0
        shutil.copyfile(source, target)
        shutil.copyfile(f"{source}-journal", f"{target}-journal")
        conn.execute("ROLLBACK")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def test_a_hot_journal_of_an_encrypted_store_is_rolled_back_by_the_passphrase_check(
    encrypted: Path, no_keys: None, passphrase_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = content_with(encrypted, PASSPHRASE)
    cut = tmp_path / "cut.db"
    capture_mid_write(encrypted, cut, engine.unlock(encrypted, PASSPHRASE))
    engine._keys_by_path.clear()
    engine._keys_by_salt.clear()
    # without the passphrase: it is encrypted, not damaged (and nothing refers to a backup)
    code, out, err = run(capsys, "--store", str(cut), "list")
    assert (code, out) == (2, "")
    assert err == f"negoprep: {cut} is encrypted: give its passphrase with --passphrase-file FILE\n"
    # with it: the cut-off change is rolled back and the store opens as it was
    code, out, err = run(capsys, "--store", str(cut), "--passphrase-file", str(passphrase_file), "list")
    assert code == 0, err
    assert not Path(f"{cut}-journal").exists()
    assert content_with(cut, PASSPHRASE) == before


def test_a_hot_journal_is_rolled_back_with_the_key_before_anything_reads_the_store(
    encrypted: Path, no_keys: None, passphrase_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = content_with(encrypted, PASSPHRASE)
    cut = tmp_path / "cut.db"
    capture_mid_write(encrypted, cut, engine.unlock(encrypted, PASSPHRASE))
    engine._keys_by_path.clear()
    engine._keys_by_salt.clear()
    # the first thing given the passphrase is the check of it (the bug: "attempt to write a
    # readonly database", an internal error)
    engine.unlock(cut, PASSPHRASE)
    assert not Path(f"{cut}-journal").exists()
    assert content_with(cut, PASSPHRASE) == before


def test_a_hot_journal_of_a_plain_store_is_rolled_back_at_the_first_open(plain: Path, tmp_path: Path) -> None:
    before = content(plain)
    cut = tmp_path / "cut.db"
    capture_mid_write(plain, cut, None)
    assert content(cut) == before
    assert not Path(f"{cut}-journal").exists()


def content_with(path: Path, passphrase: str) -> tuple[list[dict], list[tuple]]:
    engine.unlock(path, passphrase)
    return content(path)


def test_decrypt_killed_while_leaving_wal_mode_leaves_a_store_that_opens(
    encrypted: Path, no_keys: None, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tester's case, in a child process killed right after the store's journal is written
    (the step that takes it out of WAL mode)."""
    before = content_with(encrypted, PASSPHRASE)
    engine._keys_by_path.clear()
    engine._keys_by_salt.clear()
    kill_child(
        encrypted,
        """
        engine.unlock(path, PASSPHRASE)
        real = at_rest._alone

        def alone(conn, path):
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA cache_size = 1")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("PRAGMA user_version = 4242")
            conn.execute("CREATE TABLE cut_short (x)")
            conn.execute("INSERT INTO cut_short SELECT randomblob(3000) FROM revisions LIMIT 200")
            os.kill(os.getpid(), signal.SIGKILL)

        at_rest._alone = alone
        at_rest.decrypt_store(path)
        """,
    )
    assert Path(f"{encrypted}-journal").stat().st_size > 0  # as the tester found it
    code, _, err = run(capsys, "--store", str(encrypted), "list")
    assert code == 2 and "is encrypted: give its passphrase" in err and "damaged" not in err
    code, _, err = run(capsys, "--store", str(encrypted), "--passphrase-file", str(passphrase_file), "list")
    assert code == 0, err
    assert content_with(encrypted, PASSPHRASE) == before
    assert beside(encrypted) == ["secret.db"]


# --- 2. "not a database" is said of a damaged store only ----------------------------------------


def test_a_store_encrypted_between_the_check_and_the_open_is_said_to_be_encrypted(
    plain: Path, encrypted: Path, no_keys: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command run during `encrypt` reads the plain store, then opens the encrypted file
    that took its place: it is encrypted, not damaged (no advice to restore a backup)."""
    Store.open(plain, AUTHOR).close()  # (a backup exists: the old message sent the person to it)
    real = connection._refuse

    def encrypted_meanwhile(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        os.replace(encrypted, plain)

    monkeypatch.setattr(connection, "_refuse", encrypted_meanwhile)
    with pytest.raises(engine.EncryptedStoreError, match="is encrypted: give its passphrase"):
        connection.connect(plain)


def test_wherever_sqlite_says_not_a_database_an_encrypted_store_is_said_to_be_encrypted(
    encrypted: Path, no_keys: None
) -> None:
    conn = engine.connect(encrypted)
    try:
        with pytest.raises(engine.EncryptedStoreError), connection.translated_errors(encrypted):
            conn.execute("SELECT count(*) FROM sqlite_master")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master")
        except engine.sqlite.DatabaseError as exc:
            message = connection.user_message(exc, encrypted)
    finally:
        conn.close()
    assert "is encrypted" in message and "damaged" not in message and "backup" not in message


def test_a_store_being_converted_by_another_process_is_said_so(
    plain: Path, no_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with open(plain, "r+b") as handle:  # a file SQLite cannot read (closed: no lock to lose)
        handle.write(b"\x00" * 100)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        work = plain.with_name(f".{plain.name}{connection.CONVERTING}{socket.gethostname()}-{other.pid}")
        work.write_bytes(b"")
        code, _, err = run(capsys, "--store", str(plain), "list")
        assert code == 2
        assert err == (
            f"negoprep: {plain} is being encrypted or decrypted by another negoprep process: "
            "try again when it is done\n"
        )
    finally:
        other.kill()
        other.wait()
    # its process gone, the copy is a leftover: the store is what it is (damaged here)
    code, _, err = run(capsys, "--store", str(plain), "list")
    assert code == 2 and "being encrypted" not in err


# --- 3. nothing is left behind by a process killed while converting ------------------------------


def kill_child(path: Path, body: str) -> None:
    """Run `body` in a child negoprep process on the store at `path`, and see it killed."""
    script = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from negoprep.store import at_rest, engine
        path = Path(sys.argv[1])
        PASSPHRASE = sys.argv[2]
        """
    ) + textwrap.dedent(body)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(path), PASSPHRASE], env=env, cwd=ROOT, capture_output=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()


WAL_OPEN = textwrap.dedent("""
    def check(conn, path, work, key):
        copy = engine.connect(work, key=key, isolation_level=None)
        copy.execute("PRAGMA journal_mode = WAL")
        copy.execute("CREATE TABLE being_checked (x)")
        os.kill(os.getpid(), signal.SIGKILL)

    at_rest._check_copy = check
""")
JOURNAL_LEFT = textwrap.dedent("""
    real = engine.export_into

    def export(conn, uri, key):
        real(conn, uri, key)
        os.kill(os.getpid(), signal.SIGKILL)

    engine.export_into = export
""")
JOURNAL_OPEN = textwrap.dedent("""
    real = engine.export_into

    def export(conn, uri, key):
        real(conn, uri, key)
        copy = engine.connect(uri, uri=True, key=key or None, isolation_level=None)
        copy.execute("BEGIN IMMEDIATE")
        copy.execute("CREATE TABLE being_written (x)")
        os.kill(os.getpid(), signal.SIGKILL)

    engine.export_into = export
""")


@pytest.mark.parametrize(
    "step", [WAL_OPEN, JOURNAL_OPEN, JOURNAL_LEFT], ids=["checking-the-copy", "writing-the-copy", "after-the-export"]
)
@pytest.mark.parametrize("direction", ["encrypt", "decrypt"])
def test_a_conversion_killed_midway_leaves_nothing_behind(
    plain: Path,
    encrypted: Path,
    no_keys: None,
    passphrase_file: Path,
    step: str,
    direction: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = plain if direction == "encrypt" else encrypted
    before = content(store) if direction == "encrypt" else content_with(store, PASSPHRASE)
    engine._keys_by_path.clear()
    engine._keys_by_salt.clear()
    name = store.name
    if direction == "encrypt":
        body = step + "\nat_rest.encrypt_store(path, PASSPHRASE)\n"
    else:
        body = "engine.unlock(path, PASSPHRASE)\n" + step + "\nat_rest.decrypt_store(path)\n"
    kill_child(store, body)
    left = [n for n in beside(store) if n != name]
    assert left and all(n.startswith(f".{name}{connection.CONVERTING}") for n in left)
    if step is not JOURNAL_LEFT:
        assert any(n.endswith(("-wal", "-shm", "-journal")) for n in left), left
    # the next negoprep process removes the copy and every file SQLite kept beside it
    unlock = [] if direction == "encrypt" else ["--passphrase-file", str(passphrase_file)]
    code, _, err = run(capsys, "--store", str(store), *unlock, "list")
    assert code == 0, err
    assert beside(store) == [name]
    # and the store is as it was, in its old form
    assert engine.looks_encrypted(store) == (direction == "decrypt")
    assert (content(store) if direction == "encrypt" else content_with(store, PASSPHRASE)) == before


# --- 4. passphrase files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "passphrase"),
    [
        (b"correct horse\r", "correct horse"),  # an old Mac's line break
        (b"\xef\xbb\xbfcorrect horse\r", "correct horse"),
        (b"correct horse\r\r", "correct horse\r"),  # one final line break only
        (b"correct horse\n\r", "correct horse\n"),
    ],
)
def test_one_final_line_break_of_any_kind_is_not_part_of_the_passphrase(
    tmp_path: Path, data: bytes, passphrase: str
) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    assert crypto.read_passphrase(path) == passphrase


@pytest.mark.parametrize(
    "data",
    [
        "correct horse\r\n".encode("utf-16"),  # Notepad's "Unicode"
        "correct horse".encode("utf-16-be"),  # (valid UTF-8, but every other character a NUL)
        "암호".encode("utf-16-be"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
        "암호".encode("euc-kr"),
    ],
)
def test_a_passphrase_file_that_is_not_utf8_is_said_so_plainly(
    tmp_path: Path, data: bytes, plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(data)
    with pytest.raises(crypto.CryptoError) as caught:
        crypto.read_passphrase(path)
    assert str(caught.value) == f"{path} is not UTF-8 text (save it as UTF-8)"
    before = digest(plain)
    for args in (
        ["--store", str(plain), "encrypt", "--passphrase-file", str(path)],
        ["--store", str(plain), "--passphrase-file", str(path), "list"],
        ["--store", str(plain), "export", "--out", str(tmp_path / "x.db"), "--encrypt", "--passphrase-file", str(path)],
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == "", args
        assert err == f"negoprep: {path} is not UTF-8 text (save it as UTF-8)\n", args
    assert digest(plain) == before
    with pytest.raises(crypto.CryptoError, match="is not UTF-8 text"):
        crypto._identities(path)  # (an identity file is read the same way)


def test_the_help_says_a_passphrase_file_is_utf8_and_which_line_breaks_go(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["export"], ["verify"], ["merge"], ["encrypt"], ["decrypt"]):
        with pytest.raises(SystemExit):
            run(capsys, *command, "--help")
        out = " ".join(capsys.readouterr().out.split())
        assert "a UTF-8 text file" in out, command
        assert "\\n, \\r\\n or \\r" in out, command


# --- 5. the store's passphrase given after the command --------------------------------------------


@pytest.mark.parametrize("command", [["list"], ["dump"], ["search", "beef"], ["check"]])
def test_the_stores_passphrase_after_a_command_is_said_to_go_before_it(
    encrypted: Path, no_keys: None, passphrase_file: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--store", str(encrypted), *command, "--passphrase-file", str(passphrase_file))
    assert (code, out) == (2, "")
    assert err == (
        f"negoprep: {encrypted} is encrypted, and its passphrase goes before the command: "
        f"negoprep --store {encrypted} --passphrase-file FILE {command[0]} …\n"
    )
    code, _, err = run(capsys, "--store", str(encrypted), *command, f"--passphrase-file={passphrase_file}")
    assert code == 2 and "goes before the command" in err


def test_export_and_merge_say_where_the_stores_passphrase_goes(
    encrypted: Path,
    plain: Path,
    no_keys: None,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    out_file = tmp_path / "out.db"
    given = ("--passphrase-file", str(passphrase_file))
    code, _, err = run(capsys, "--store", str(encrypted), "export", "--out", str(out_file), *given)
    assert code == 2 and "goes before the command" in err and "go with --encrypt" not in err
    code, _, err = run(capsys, "--store", str(encrypted), "export", "--out", str(out_file), "--encrypt", *given)
    assert code == 2 and "goes before the command" in err
    code, _, err = run(capsys, "--store", str(encrypted), "merge", str(plain), *given)
    assert code == 2 and "goes before the command" in err
    assert not out_file.exists()
    # with the store's passphrase before the command, the export's own is the file's
    code, _, err = run(capsys, "--store", str(encrypted), *given, "export", "--out", str(out_file), *given)
    assert code == 2 and err == "negoprep: --recipient and --passphrase-file go with --encrypt\n"


def test_a_plain_store_keeps_argparses_words_for_a_misplaced_option(
    plain: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in (["--passphrase-file", str(passphrase_file)], ["--no-such-option"]):
        with pytest.raises(SystemExit) as exited:
            main(["--store", str(plain), "list", *extra])
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert err == f"negoprep: unrecognized arguments: {' '.join(extra)} (see negoprep --help)\n"


# --- 6. a store's passphrase is not short -----------------------------------------------------------


def test_encrypt_refuses_a_passphrase_of_fewer_than_8_characters(
    plain: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(plain)
    short = tmp_path / "short.txt"
    short.write_text("1234567\n")
    code, out, err = run(capsys, "--store", str(plain), "encrypt", "--passphrase-file", str(short))
    assert (code, out) == (2, "")
    assert err == "negoprep: the passphrase has 7 characters: a store's passphrase needs at least 8\n"
    assert digest(plain) == before and beside(plain) == ["plain.db"]
    with pytest.raises(Exception, match="needs at least 8"):
        at_rest.encrypt_store(plain, "암호 문구")  # (five characters, though more bytes)
    with pytest.raises(SystemExit):
        run(capsys, "encrypt", "--help")
    assert "of 8 characters at least" in " ".join(capsys.readouterr().out.split())
    enough = tmp_path / "enough.txt"
    enough.write_text("12345678\n")
    code, _, err = run(capsys, "--store", str(plain), "encrypt", "--passphrase-file", str(enough))
    assert code == 0, err


def test_a_conversion_removes_what_a_killed_one_left_beside_the_store(plain: Path, tmp_path: Path) -> None:
    """Files of a conversion whose process is gone (its sweep may have removed the copy but
    not SQLite's files beside it) go with the next conversion; a live one's are left alone."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = plain.with_name(f".{plain.name}{connection.CONVERTING}{socket.gethostname()}-{dead.pid}")
    orphans = [Path(f"{left}-wal"), Path(f"{left}-shm"), Path(f"{left}-journal")]
    live = plain.with_name(f".{plain.name}{connection.CONVERTING}elsewhere-1")  # another computer's
    for orphan in (*orphans, live):
        orphan.write_bytes(b"x")
    running, gone = connection.conversions(plain)
    assert running == [live] and sorted(gone) == sorted(orphans)
    at_rest.encrypt_store(plain, PASSPHRASE)
    assert beside(plain) == sorted(["plain.db", live.name])


def test_a_store_decrypted_by_another_process_after_it_was_unlocked_here_opens_plain(
    encrypted: Path, plain: Path, no_keys: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command given the passphrase waits while `decrypt` holds the store, then finds a plain
    file in its place: it opens it as the plain file it is (never "damaged")."""
    expected = content(plain)
    key = engine.unlock(encrypted, PASSPHRASE)
    real = connection._refuse

    def decrypted_meanwhile(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        os.replace(plain, encrypted)

    monkeypatch.setattr(connection, "_refuse", decrypted_meanwhile)
    conn, readonly = connection.connect(encrypted, create=False)
    conn.close()
    assert not readonly and engine.key_for(encrypted) is None
    monkeypatch.setattr(connection, "_refuse", real)
    assert content(encrypted) == expected
    # a connection keyed before the rename, reading after it, is told what happened
    conn = engine.connect(encrypted, key=key)
    try:
        with (
            pytest.raises(Exception, match="was decrypted by another negoprep process") as caught,
            connection.translated_errors(encrypted),
        ):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    assert "damaged" not in str(caught.value)
