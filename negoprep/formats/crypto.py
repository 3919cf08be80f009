"""Encrypting shared files in the `age` format, so that the standard `age` tool opens them too.

A file is encrypted either for a passphrase (scrypt) or for teammates' public keys
("age1…" recipients); it is decrypted with the passphrase or with an identity file (the
"AGE-SECRET-KEY-1…" line that `age-keygen` writes). Nothing of the content is readable in an
encrypted file. Every failure is a CryptoError with a message a person can act on.

A received file is hostile: its header (binary, or armored after decoding its first lines) is
read before any decryption, and a header larger than `MAX_HEADER`, with more than
`MAX_STANZAS` recipient stanzas, or asking for a passphrase work factor above
`MAX_WORK_FACTOR` is refused at once, so that no file can make decryption take minutes.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from negoprep import live
from negoprep.errors import NegoprepError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pyrage import x25519

AGE_HEADER = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
AGE_ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
#: The largest header read (a header with a few recipients is a few hundred bytes).
MAX_HEADER = 64 * 1024
#: The most recipient stanzas a file may have (age tools add one "grease" stanza of their own).
MAX_STANZAS = 64
#: The highest scrypt work factor (log2 N) accepted: 2^21 takes about 10 s and 2 GiB here.
MAX_WORK_FACTOR = 21
#: the kinds of file a key is read from, as messages name them
KEY_FILES = (QT_TRANSLATE_NOOP("crypto", "passphrase"), QT_TRANSLATE_NOOP("crypto", "identity"))


class CryptoError(NegoprepError):
    """An encryption or decryption that cannot be done, said plainly."""


def is_encrypted(data: bytes) -> bool:
    """Whether bytes are an age file (binary or armored)."""
    head = data.lstrip()[: len(AGE_ARMOR)]
    return data.startswith(AGE_HEADER) or head.startswith(AGE_ARMOR)


def _not_a_store(path: Path, what: str) -> None:
    # reading an open store's file from Python would drop SQLite's locks (see negoprep.live)
    if live.live_store_of(path) is not None:
        raise CryptoError(
            translate("crypto", "{path} is the store open here (or one of its files), not a {what} file").format(
                path=path, what=translate("crypto", what)
            )
        )


MAX_KEY_FILE = 64 * 1024


def _read_small(path: Path, what: str) -> str:
    """A key or passphrase file's text, refusing more than MAX_KEY_FILE bytes (a device such
    as /dev/zero never ends; a pipe, as in `--passphrase-file <(…)`, is read as it comes)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise CryptoError(
            translate("crypto", "the {what} file {path} is larger than {size} KiB: not a key or passphrase").format(
                what=translate("crypto", what), path=path, size=MAX_KEY_FILE // 1024
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:  # (no text holds a NUL: UTF-16 without its byte order mark, or binary)
        raise CryptoError(translate("crypto", "{path} is not UTF-8 text (save it as UTF-8)").format(path=path))
    return text


def read_passphrase(path: Path) -> str:
    """The passphrase in a file (so it never shows in a command line): its whole text, which
    must be UTF-8, but a leading byte order mark and one final line break (`passphrase_text`)."""
    _not_a_store(path, "passphrase")
    try:
        text = _read_small(path, "passphrase")
    except FileNotFoundError:
        raise CryptoError(translate("crypto", "there is no passphrase file {path}").format(path=path)) from None
    except OSError as exc:
        raise CryptoError(
            translate("crypto", "cannot read the passphrase file {path}: {error}").format(path=path, error=exc)
        ) from None
    passphrase = passphrase_text(text)
    if not passphrase:
        raise CryptoError(
            translate("crypto", "the passphrase file {path} is empty: write the passphrase in it").format(path=path)
        )
    return passphrase


def passphrase_text(text: str) -> str:
    """A passphrase file's text read as documents are read: a leading byte order mark (Notepad's
    "UTF-8 with BOM") and one final line break of any kind (\n, \r\n, or an old Mac's lone
    \r) are not part of it; nothing else is taken away (spaces and a second line break are the
    passphrase's own)."""
    text = text.removeprefix("\ufeff")
    for line_break in ("\r\n", "\n", "\r"):
        if text.endswith(line_break):
            return text[: -len(line_break)]
    return text


def encrypt(data: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()) -> bytes:
    """Encrypt for a passphrase or for public keys (exactly one of the two)."""
    import pyrage  # imported when used: most runs never encrypt

    if (passphrase is None) == (not recipients):
        raise CryptoError(translate("crypto", "encrypt either for a passphrase or for recipients' public keys"))
    if passphrase is not None:
        return pyrage.passphrase.encrypt(data, passphrase)
    keys = []
    for text in recipients:
        try:
            keys.append(pyrage.x25519.Recipient.from_str(text.strip()))
        except Exception:  # noqa: BLE001 - pyrage raises its own types for a malformed key
            raise CryptoError(
                translate("crypto", '"{key}" is not an age public key (it starts with "age1")').format(key=text)
            ) from None
    try:
        return pyrage.encrypt(data, keys)
    except pyrage.EncryptError as exc:
        raise CryptoError(translate("crypto", "cannot encrypt: {error}").format(error=exc)) from None


def _identities(path: Path) -> list[x25519.Identity]:
    import pyrage

    _not_a_store(path, "identity")
    try:
        lines = _read_small(path, "identity").splitlines()
    except FileNotFoundError:
        raise CryptoError(translate("crypto", "there is no identity file {path}").format(path=path)) from None
    except OSError as exc:
        raise CryptoError(
            translate("crypto", "cannot read the identity file {path}: {error}").format(path=path, error=exc)
        ) from None
    keys = []
    for line in lines:
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                keys.append(pyrage.x25519.Identity.from_str(line))
            except Exception:  # noqa: BLE001
                raise CryptoError(translate("crypto", "{path} holds a damaged secret key").format(path=path)) from None
    if not keys:
        raise CryptoError(
            translate("crypto", "{path} holds no age secret key (a line starting AGE-SECRET-KEY-)").format(path=path)
        )
    return keys


def _binary_header(data: bytes) -> bytes:
    """The first bytes of the binary age file that `data` is or (armored) encodes."""
    if data.startswith(AGE_HEADER):
        return data[: MAX_HEADER + 1]
    text = data.lstrip()
    if not text.startswith(AGE_ARMOR):
        raise CryptoError(translate("crypto", "the file is not in the age format"))
    # enough base64 for MAX_HEADER + 1 bytes, allowing for line ends (CR LF every 64 characters)
    text = text[len(AGE_ARMOR) : len(AGE_ARMOR) + (MAX_HEADER // 3 + 2) * 4 * 66 // 64 + 64]
    text = text.split(AGE_ARMOR_END, 1)[0]
    encoded = b"".join(text.split())
    encoded = encoded[: len(encoded) // 4 * 4]
    try:
        return binascii.a2b_base64(encoded)[: MAX_HEADER + 1]
    except binascii.Error:
        raise CryptoError(translate("crypto", "the file is damaged: its armor is not valid base64")) from None


def check_header(data: bytes) -> None:
    """Refuse an age file whose header would make decryption slow (too large, too many
    recipient stanzas, too much passphrase work), reading nothing beyond the header."""
    header = _binary_header(data)
    end = header.find(b"\n--- ")
    if end < 0 and len(header) > MAX_HEADER:
        stanzas = header.count(b"\n-> ")
        if stanzas > MAX_STANZAS:
            raise _too_many(stanzas, more=True)
        raise CryptoError(
            translate(
                "crypto",
                "the file's encryption header is larger than {size} KiB: refused "
                "(negoprep and age write a few hundred bytes)",
            ).format(size=MAX_HEADER // 1024)
        )
    if end < 0:
        raise CryptoError(translate("crypto", "the file is damaged: its encryption header is incomplete"))
    arguments = [line[3:].split() for line in header[:end].split(b"\n") if line.startswith(b"-> ")]
    if len(arguments) > MAX_STANZAS:
        raise _too_many(len(arguments))
    for args in arguments:
        if args[:1] == [b"scrypt"]:
            factor = args[2] if len(args) > 2 else b""
            if not factor.isdigit() or int(factor) > MAX_WORK_FACTOR:
                raise CryptoError(
                    translate(
                        "crypto",
                        "the file's passphrase protection asks for more work than negoprep accepts (scrypt work "
                        "factor {factor}, at most {most}): refused",
                    ).format(factor=factor.decode("ascii", "replace")[:8], most=MAX_WORK_FACTOR)
                )


def _too_many(count: int, *, more: bool = False) -> CryptoError:
    if more:
        said = translate(
            "crypto",
            "the file is encrypted for more than {count} recipients, more than the {most} negoprep accepts: "
            "refused (a file built to be slow to open?)",
        )
    else:
        said = translate(
            "crypto",
            "the file is encrypted for {count} recipients, more than the {most} negoprep accepts: "
            "refused (a file built to be slow to open?)",
        )
    return CryptoError(said.format(count=f"{count:,}", most=MAX_STANZAS))


def decrypt(
    data: bytes, *, passphrase: str | None = None, identity: Path | None = None, max_bytes: int | None = None
) -> bytes:
    """Decrypt an age file with a passphrase or an identity file, after checking its header
    (and, given `max_bytes`, its size)."""
    import pyrage

    key: Path | str  # an identity file, else a passphrase
    if identity is not None:
        key = identity
    elif passphrase is not None:
        key = passphrase
    else:
        raise CryptoError(translate("crypto", "the file is encrypted: give --passphrase-file or --identity"))
    if max_bytes is not None and len(data) > max_bytes:
        raise CryptoError(
            translate("crypto", "the file is larger than {size} bytes: too large to be a negoprep file").format(
                size=f"{max_bytes:,}"
            )
        )
    check_header(data)
    try:
        if isinstance(key, Path):
            return pyrage.decrypt(data, _identities(key))
        return pyrage.passphrase.decrypt(data, key)
    except pyrage.DecryptError:
        if isinstance(key, Path):
            raise CryptoError(
                translate("crypto", "this file was not encrypted for that identity (or it is damaged)")
            ) from None
        raise CryptoError(translate("crypto", "wrong passphrase (or the file is damaged)")) from None


def generate_identity() -> tuple[str, str]:
    """A new key pair: (secret identity line, public recipient)."""
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())
