"""Files passed between teammates: exports that may be encrypted, and incoming files opened
as a private, verified plain copy (decrypted first when they are encrypted).

Decrypted content only ever lives in a private temporary folder (mode 0700) that is removed
afterwards, whatever happens; an encrypted export is written from such a folder too, so no
plain copy is left beside the encrypted one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from negoprep import crypto
from negoprep.errors import NegoprepError
from negoprep.store.export import ExportReport, export_store
from negoprep.store.store import Store
from negoprep.store.verify import MAX_BYTES, VerifyError, VerifyReport, verified_copy, verify_file


@contextlib.contextmanager
def _private_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="negoprep-"))  # mkdtemp makes it 0700
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_encrypted(path: Path) -> bytes | None:
    """The file's bytes when it is an age file, else None (without reading it all)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
            if not crypto.is_encrypted(head):
                return None
            if path.stat().st_size > MAX_BYTES:
                raise VerifyError(f"{path} is larger than {MAX_BYTES // 2**30} GiB: too large to be a negoprep file")
            handle.seek(0)
            return handle.read()
    except FileNotFoundError:
        raise VerifyError(f"there is no file {path}") from None
    except IsADirectoryError:
        raise VerifyError(f"{path} is a folder, not a store file") from None
    except OSError as exc:
        raise VerifyError(f"{path} cannot be read: {exc.strerror}") from None


@contextlib.contextmanager
def _plain(path: Path, passphrase: str | None, identity: Path | None) -> Iterator[Path]:
    """The file itself when it is plain; else its decrypted content in a private folder."""
    sealed = _read_encrypted(path)
    if sealed is None:  # a plain file needs no key: any given is not needed
        yield path
        return
    if passphrase is None and identity is None:
        raise VerifyError(f"{path} is encrypted: give --passphrase-file or --identity")
    try:
        data = crypto.decrypt(sealed, passphrase=passphrase, identity=identity)
    except crypto.CryptoError as exc:
        raise VerifyError(f"{path}: {exc}") from None
    with _private_folder() as folder:
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
) -> Iterator[Path]:
    """A private, verified plain copy of a shared file (decrypted first when encrypted)."""
    with _plain(Path(path), passphrase, identity) as plain, verified_copy(plain, migrate=migrate) as copy:
        yield copy


def verify_shared(path: Path | str, *, passphrase: str | None = None, identity: Path | None = None) -> VerifyReport:
    """Check a shared file, decrypting it first when it is encrypted."""
    path = Path(path)
    with _plain(path, passphrase, identity) as plain:
        report = verify_file(plain)
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
) -> ExportReport:
    """Export a store (see export.export_store), encrypted when a passphrase or recipients
    are given."""
    target = Path(target)
    if passphrase is None and not recipients:
        return export_store(store, target, dossier_id=dossier_id, release=release)
    if target.exists():
        raise NegoprepError(
            f"{target} already exists: remove it first or choose another name (an export never overwrites)"
        )
    if not target.parent.is_dir():
        raise NegoprepError(f"cannot export to {target}: the folder {target.parent} does not exist")
    with _private_folder() as folder:
        report = export_store(store, folder / "export.db", dossier_id=dossier_id, release=release)
        try:
            sealed = crypto.encrypt(
                (folder / "export.db").read_bytes(), passphrase=passphrase, recipients=list(recipients)
            )
        except crypto.CryptoError as exc:
            raise NegoprepError(str(exc)) from None
        partial = target.with_name(f".{target.name}.partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(sealed)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise NegoprepError(f"cannot write {target}: {exc.strerror}: nothing was exported") from None
    report.target = target
    return report
