"""Encrypted files in the age format: round trips, clear refusals, and the age tool itself."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from negoprep import crypto

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
    (tmp_path / "pw").write_text("first line\nsecond\n")
    assert crypto.read_passphrase(tmp_path / "pw") == "first line"


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is installed by .ci/run")
def test_the_age_tool_opens_what_we_encrypt(tmp_path: Path) -> None:
    secret, public = crypto.generate_identity()
    key = tmp_path / "key.txt"
    key.write_text(secret + "\n")
    sealed = tmp_path / "file.age"
    sealed.write_bytes(crypto.encrypt(SECRET, recipients=[public]))
    opened = subprocess.run(["age", "-d", "-i", str(key), str(sealed)], capture_output=True, check=True)
    assert opened.stdout == SECRET
