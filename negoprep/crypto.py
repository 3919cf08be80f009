"""Encrypting shared files in the `age` format, so that the standard `age` tool opens them too.

A file is encrypted either for a passphrase (scrypt) or for teammates' public keys
("age1…" recipients); it is decrypted with the passphrase or with an identity file (the
"AGE-SECRET-KEY-1…" line that `age-keygen` writes). Nothing of the content is readable in an
encrypted file. Every failure is a CryptoError with a message a person can act on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from negoprep.errors import NegoprepError

AGE_HEADER = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"


class CryptoError(NegoprepError):
    """An encryption or decryption that cannot be done, said plainly."""


def is_encrypted(data: bytes) -> bool:
    """Whether bytes are an age file (binary or armored)."""
    head = data.lstrip()[: len(AGE_ARMOR)]
    return data.startswith(AGE_HEADER) or head.startswith(AGE_ARMOR)


def read_passphrase(path: Path) -> str:
    """A passphrase from the first line of a file (so it never shows in a command line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CryptoError(f"there is no passphrase file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CryptoError(f"cannot read the passphrase file {path}: {exc}") from None
    passphrase = text.splitlines()[0] if text.splitlines() else ""
    if not passphrase:
        raise CryptoError(f"the passphrase file {path} is empty")
    return passphrase


def encrypt(data: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()) -> bytes:
    """Encrypt for a passphrase or for public keys (exactly one of the two)."""
    import pyrage  # imported when used: most runs never encrypt

    if (passphrase is None) == (not recipients):
        raise CryptoError("encrypt either for a passphrase or for recipients' public keys")
    if passphrase is not None:
        return pyrage.passphrase.encrypt(data, passphrase)
    keys = []
    for text in recipients:
        try:
            keys.append(pyrage.x25519.Recipient.from_str(text.strip()))
        except Exception:  # noqa: BLE001 - pyrage raises its own types for a malformed key
            raise CryptoError(f'"{text}" is not an age public key (it starts with "age1")') from None
    try:
        return pyrage.encrypt(data, keys)
    except pyrage.EncryptError as exc:
        raise CryptoError(f"cannot encrypt: {exc}") from None


def _identities(path: Path) -> list[object]:
    import pyrage

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CryptoError(f"there is no identity file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CryptoError(f"cannot read the identity file {path}: {exc}") from None
    keys = []
    for line in lines:
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                keys.append(pyrage.x25519.Identity.from_str(line))
            except Exception:  # noqa: BLE001
                raise CryptoError(f"{path} holds a damaged secret key") from None
    if not keys:
        raise CryptoError(f"{path} holds no age secret key (a line starting AGE-SECRET-KEY-)")
    return keys


def decrypt(data: bytes, *, passphrase: str | None = None, identity: Path | None = None) -> bytes:
    """Decrypt an age file with a passphrase or an identity file."""
    import pyrage

    if passphrase is None and identity is None:
        raise CryptoError("the file is encrypted: give --passphrase-file or --identity")
    try:
        if identity is not None:
            return pyrage.decrypt(data, _identities(identity))
        return pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        if identity is not None:
            raise CryptoError("this file was not encrypted for that identity (or it is damaged)") from None
        raise CryptoError("wrong passphrase (or the file is damaged)") from None


def generate_identity() -> tuple[str, str]:
    """A new key pair: (secret identity line, public recipient)."""
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())
