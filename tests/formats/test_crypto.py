"""Encrypted files in the age format: round trips, clear refusals, and the age tool itself."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from negoprep.formats import crypto

SECRET = b"the walk-away point is 1.5192 trillion won"


def test_passphrase_round_trip_hides_the_content() -> None:
    sealed = crypto.encrypt(SECRET, passphrase="correct horse")
    assert crypto.is_encrypted(sealed) and SECRET not in sealed and b"walk-away" not in sealed
    assert crypto.decrypt(sealed, passphrase="correct horse") == SECRET
    with pytest.raises(crypto.CryptoError, match="wrong passphrase"):
        crypto.decrypt(sealed, passphrase="wrong horse")
    with pytest.raises(crypto.CryptoError, match="passphrase-file or --identity"):
        crypto.decrypt(sealed)


def test_recipients_and_identity_files(tmp_path: Path) -> None:
    secret, public = crypto.generate_identity()
    _, other_public = crypto.generate_identity()
    sealed = crypto.encrypt(SECRET, recipients=[public, other_public])
    key = tmp_path / "key.txt"
    key.write_text(f"# created: today\n# public key: {public}\n{secret}\n")
    assert crypto.decrypt(sealed, identity=key) == SECRET
    stranger_secret, _ = crypto.generate_identity()
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(stranger_secret + "\n")
    with pytest.raises(crypto.CryptoError, match="not encrypted for that identity"):
        crypto.decrypt(sealed, identity=stranger)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"recipients": ["not-a-key"]}, "not an age public key"),
        ({}, "either for a passphrase or"),
        ({"passphrase": "x", "recipients": ["age1abc"]}, "either for a passphrase or"),
    ],
)
def test_bad_encryption_requests(kwargs: dict, message: str) -> None:
    with pytest.raises(crypto.CryptoError, match=message):
        crypto.encrypt(SECRET, **kwargs)


def test_bad_key_and_passphrase_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(crypto.CryptoError, match="is empty"):
        crypto.read_passphrase(empty)
    with pytest.raises(crypto.CryptoError, match="no passphrase file"):
        crypto.read_passphrase(tmp_path / "absent")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    with pytest.raises(crypto.CryptoError, match="holds no age secret key"):
        crypto.decrypt(crypto.encrypt(SECRET, passphrase="p"), identity=notes)
    # the whole text is the passphrase, but for one final line break (as a document is read)
    (tmp_path / "pw").write_text("first line\nsecond\n")
    assert crypto.read_passphrase(tmp_path / "pw") == "first line\nsecond"


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is installed by .ci/run")
def test_the_age_tool_opens_what_we_encrypt(tmp_path: Path) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    sealed = tmp_path / "file.age"
    sealed.write_bytes(crypto.encrypt(SECRET, recipients=[public]))
    opened = subprocess.run(["age", "-d", "-i", str(key), str(sealed)], capture_output=True, check=True)
    assert opened.stdout == SECRET


# --- hostile headers: refused before any decryption ------------------------------------------


def _armored(sealed: bytes) -> bytes:
    text = base64.b64encode(sealed).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return ("-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n").encode()


def _with_stanzas(sealed: bytes, count: int) -> bytes:
    """A real age file with `count` more X25519 stanzas in its header (for nobody)."""
    first, rest = sealed.split(b"\n", 1)
    key = base64.b64encode(os.urandom(32)).rstrip(b"=")
    stanza = b"-> X25519 " + key + b"\n" + key + b"\n"
    return first + b"\n" + stanza * count + rest


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_twenty_thousand_stanzas_are_refused_at_once(tmp_path: Path, armor: bool) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    hostile = _with_stanzas(crypto.encrypt(SECRET, recipients=[public]), 20_000)
    if armor:
        hostile = _armored(hostile)
    for kwargs in ({"identity": key}, {"passphrase": "any"}):
        start = time.perf_counter()
        with pytest.raises(crypto.CryptoError, match=r"encrypted for more than [\d,]+ recipients, more than the 64"):
            crypto.decrypt(hostile, **kwargs)
        assert time.perf_counter() - start < 0.5


def test_a_header_too_large_or_too_costly_is_refused(tmp_path: Path) -> None:
    sealed = crypto.encrypt(SECRET, passphrase="pw")
    first, rest = sealed.split(b"\n", 1)
    huge_body = b"-> padding\n" + b"A" * 64 * 1100 + b"\n"  # one stanza, a body over 64 KiB
    with pytest.raises(crypto.CryptoError, match="header is larger than 64 KiB"):
        crypto.decrypt(first + b"\n" + huge_body + rest, passphrase="pw")
    costly = re.sub(rb"(-> scrypt \S+) \d+\n", rb"\1 40\n", sealed, count=1)
    assert costly != sealed
    with pytest.raises(crypto.CryptoError, match="scrypt work factor 40, at most 21"):
        crypto.decrypt(costly, passphrase="pw")
    with pytest.raises(crypto.CryptoError, match="larger than 10 bytes"):
        crypto.decrypt(sealed, passphrase="pw", max_bytes=10)
    with pytest.raises(crypto.CryptoError, match="header is incomplete"):
        crypto.decrypt(first + b"\n-> X25519 abc\n", passphrase="pw")


@pytest.mark.parametrize("recipients", [1, 2, 5])
def test_files_for_a_few_recipients_still_open(tmp_path: Path, recipients: int) -> None:
    pairs = [crypto.generate_identity() for _ in range(recipients)]
    sealed = crypto.encrypt(SECRET, recipients=[public for _, public in pairs])
    key = tmp_path / "key.txt"
    key.write_text(pairs[-1][0] + "\n")
    assert crypto.decrypt(sealed, identity=key) == SECRET
    assert crypto.decrypt(_armored(sealed), identity=key) == SECRET
    padded = _with_stanzas(sealed, crypto.MAX_STANZAS - recipients - 1)  # (age adds a stanza of its own)
    with pytest.raises(crypto.CryptoError, match="not encrypted for that identity"):
        crypto.decrypt(padded, identity=key)  # under the limit: decrypted (and its MAC found wrong)


def test_a_passphrase_file_armored_still_opens() -> None:
    sealed = crypto.encrypt(SECRET, passphrase="pw")
    assert crypto.decrypt(_armored(sealed), passphrase="pw") == SECRET


def test_key_and_passphrase_files_that_never_end_are_refused() -> None:
    from negoprep.formats.crypto import CryptoError, read_passphrase

    with pytest.raises(CryptoError, match="larger than"):
        read_passphrase(Path("/dev/zero"))
    with pytest.raises(CryptoError, match="larger than"):
        crypto._identities(Path("/dev/zero"))
