"""Encryption at rest (SQLCipher): the store's bytes hold none of its text, the passphrase is
asked for and checked, encrypt and decrypt keep everything, and no door lets plaintext out of
an encrypted store except an export, which is a plain SQLite file by design."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from negoprep import startup
from negoprep.cli import main
from negoprep.formats import crypto
from negoprep.records import model
from negoprep.store import at_rest, backups, engine
from negoprep.store.store import Store
from tests.conftest import AUTHOR

pytestmark = pytest.mark.skipif(not engine.CIPHER, reason="needs sqlcipher3-wheels")

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
    encrypted: Path, no_keys: None, monkeypatch: pytest.MonkeyPatch
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
