"""Files passed between teammates: exports that may be encrypted, and incoming files opened
as a private, verified plain copy (decrypted first when they are encrypted).

Decrypted content only ever lives in a private temporary folder (`tempfiles.scratch`, mode
0700) that is removed afterwards, or by the next negoprep process when this one is killed. An
encrypted export is made in memory and encrypted there: no plain copy of it ever touches a
disk. Whatever is not a regular file (a named pipe, a device, a socket, a folder) is refused
before a byte of it is read, so that nothing waits forever on a pipe.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from negoprep import tempfiles
from negoprep.errors import NegoprepError
from negoprep.formats import crypto
from negoprep.i18n import translate
from negoprep.progress import SILENT, CancelledError, Progress
from negoprep.store.export import ExportReport, built_export, check_target, made_size, write_new_file
from negoprep.store.store import Store
from negoprep.store.verify import (
    MAX_BYTES,
    VerifyError,
    VerifyReport,
    open_regular,
    verified_copy,
    verify_file,
)


def is_encrypted_file(path: Path | str) -> bool:
    """Whether a file is an age file; False for anything that cannot be read or is not a
    regular file (opening it says plainly what is wrong). Never waits on a pipe."""
    try:
        fd = open_regular(Path(path))
    except VerifyError:
        return False
    try:
        return crypto.is_encrypted(os.read(fd, 64))
    except OSError:
        return False
    finally:
        os.close(fd)


def _read_encrypted(path: Path) -> bytes | None:
    """The file's bytes when it is an age file, else None (without reading it all)."""
    fd = open_regular(path)
    try:
        head = os.read(fd, 64)
        if not crypto.is_encrypted(head):
            return None
        if os.fstat(fd).st_size > MAX_BYTES:
            raise VerifyError(
                translate("sharing", "{path} is larger than {size} GiB: too large to be a negoprep file").format(
                    path=path, size=MAX_BYTES // 2**30
                )
            )
        chunks = [head]
        total = len(head)
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > MAX_BYTES:  # (a file that grew while it was read)
                raise VerifyError(
                    translate("sharing", "{path} is larger than {size} GiB: too large to be a negoprep file").format(
                        path=path, size=MAX_BYTES // 2**30
                    )
                )
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise VerifyError(
            translate("sharing", "{path} cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
    finally:
        os.close(fd)


@contextlib.contextmanager
def _plain(path: Path, passphrase: str | None, identity: Path | None, progress: Progress = SILENT) -> Iterator[Path]:
    """The file itself when it is plain; else its decrypted content in a private folder."""
    sealed = _read_encrypted(path)
    if sealed is None:  # a plain file needs no key: any given is not needed
        yield path
        return
    if passphrase is None and identity is None:
        raise VerifyError(
            translate("sharing", "{path} is encrypted: give --passphrase-file or --identity").format(path=path)
        )
    # (deriving the key from a passphrase takes about a second and cannot be stopped midway)
    progress.step(0, 1, translate("sharing", "Decrypting {name}").format(name=path.name))
    try:
        data = crypto.decrypt(sealed, passphrase=passphrase, identity=identity, max_bytes=MAX_BYTES)
    except crypto.CryptoError as exc:
        raise VerifyError(f"{path}: {exc}") from None
    progress.check()
    with tempfiles.scratch("decrypt") as folder:
        plain_file = folder / "decrypted.db"
        fd = os.open(plain_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        del data
        try:
            yield plain_file
        except VerifyError as exc:
            # name the file the person gave, not the private copy
            raise VerifyError(str(exc).replace(str(plain_file), f"{path} (decrypted)")) from None


@contextlib.contextmanager
def opened_shared(
    path: Path | str,
    *,
    passphrase: str | None = None,
    identity: Path | None = None,
    migrate: bool = True,
    progress: Progress = SILENT,
) -> Iterator[Path]:
    """A private, verified plain copy of a shared file (decrypted first when encrypted).
    `progress` hears the decryption and the check, and may stop them (CancelledError)."""
    with (
        _plain(Path(path), passphrase, identity, progress) as plain,
        verified_copy(plain, migrate=migrate, progress=progress) as copy,
    ):
        yield copy


def verify_shared(
    path: Path | str, *, passphrase: str | None = None, identity: Path | None = None, progress: Progress = SILENT
) -> VerifyReport:
    """Check a shared file, decrypting it first when it is encrypted; `progress` as for opened_shared."""
    path = Path(path)
    with _plain(path, passphrase, identity, progress) as plain:
        report = verify_file(plain, progress=progress)
    report.path = path
    return report


def export_shared(
    store: Store,
    target: Path | str,
    *,
    dossier_id: str | None = None,
    release: bool = False,
    passphrase: str | None = None,
    recipients: Sequence[str] = (),
    progress: Progress = SILENT,
) -> ExportReport:
    """Export a store (see export.export_store), encrypted when a passphrase or recipients
    are given.

    `progress` hears each step (the copy, the encryption, the writing) and may stop the export
    (CancelledError) until the moment the written file gets its name: nothing is left behind."""
    start = time.perf_counter()
    target = check_target(target)
    encrypted = passphrase is not None or bool(recipients)
    steps = 3 if encrypted else 2
    progress.step(0, steps, translate("sharing", "Copying the store"))
    with built_export(store, target, dossier_id=dossier_id, release=release) as (made, report, verdict):

        def before_naming() -> None:
            verdict.wait()
            progress.check()  # the last moment a Cancel leaves no file

        data: bytes | Path = made
        if encrypted:
            try:
                progress.step(1, steps, translate("sharing", "Encrypting"))
                plain = made if isinstance(made, bytes) else made.read_bytes()
                data = crypto.encrypt(plain, passphrase=passphrase, recipients=list(recipients))
            except (crypto.CryptoError, CancelledError) as exc:
                verdict.wait()
                raise exc if isinstance(exc, CancelledError) else NegoprepError(str(exc)) from None
        try:
            progress.step(steps - 1, steps, translate("sharing", "Writing {name}").format(name=target.name))
        except CancelledError:
            verdict.wait()
            raise
        write_new_file(target, data, before_naming=before_naming)
        report.bytes = made_size(data)
    progress.say(steps, steps, translate("sharing", "Written {name}").format(name=target.name))
    report.seconds = time.perf_counter() - start
    return report
