"""The store files this process has open, and the refusal to touch them any other way.

SQLite keeps its locks on a store as POSIX advisory locks, which belong to the process, not
to a descriptor: closing *any* descriptor of the file that the process opened (to sniff its
type, hash it, copy it, write a PDF over it) silently drops them all. Another program then
believes nobody has the store open, checkpoints and deletes its -wal, and this process goes
on writing into a deleted file (SQLite's "How To Corrupt An SQLite Database File", 2.2).

So every path that negoprep reads on a person's behalf (a file to verify, merge or decrypt, a
key file) goes through `refuse_live` first: it looks at the path with `stat` and `readlink`
only, never `open`, and refuses the store itself and its -wal, -shm and -journal, under any
name. Every path it writes (an export, a copy, a PDF, a chart, a dump) goes through
`refuse_output`, which also spares any other database and its files: another program may have
it open. Store.open registers a file here and Store.close unregisters it.
"""

from __future__ import annotations

import os
import stat
import threading
from collections import Counter
from pathlib import Path

from negoprep.errors import StoreError
from negoprep.i18n import QT_TRANSLATE_NOOP, translate

SIDECARS = ("-wal", "-shm", "-journal")

#: what a caller may be refused doing to a file (`refuse_live`'s `doing`), listed for translation:
#: each completes "cannot … it"
DOINGS = (
    QT_TRANSLATE_NOOP("live", "use"),
    QT_TRANSLATE_NOOP("live", "write to"),
    QT_TRANSLATE_NOOP("live", "export to"),
    QT_TRANSLATE_NOOP("live", "print to"),
    QT_TRANSLATE_NOOP("live", "draw over"),
    QT_TRANSLATE_NOOP("live", "merge"),
    QT_TRANSLATE_NOOP("live", "check"),
    QT_TRANSLATE_NOOP("live", "write a copy over"),
    QT_TRANSLATE_NOOP("live", "write the decrypted store to"),
    QT_TRANSLATE_NOOP("live", "create a store at"),
)

_lock = threading.Lock()
_open: Counter[tuple[int, int]] = Counter()  # (device, inode) → open stores on it
_names: dict[tuple[int, int], Path] = {}


def _key(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def register(path: Path) -> None:
    """Note that a store on `path` is open in this process."""
    key = _key(path)
    if key is not None:
        with _lock:
            _open[key] += 1
            _names[key] = path


def unregister(path: Path) -> None:
    key = _key(path)
    with _lock:
        if key is None or key not in _open:
            return
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]
            _names.pop(key, None)


def _base_of(path: Path) -> Path | None:
    """The store file a sidecar file would belong to, by its name ("x.db-wal" → "x.db")."""
    for suffix in SIDECARS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def _files_of(store: Path) -> list[tuple[int, int]]:
    """The (device, inode) of a store and of each of its sidecar files that exists now."""
    keys = [_key(store), *(_key(Path(f"{store}{suffix}")) for suffix in SIDECARS)]
    return [key for key in keys if key is not None]


def live_store_of(path: Path | str, also: Path | str | None = None) -> Path | None:
    """The open store (or the store `also`, open or not) that `path` is, or is a sidecar file
    of (-wal, -shm, -journal), under any name (symbolic or hard links too); None when it is
    neither. Looks with stat and readlink only, never open."""
    path = Path(path)
    with _lock:
        stores = list(_names.values())
    if also is not None:
        stores.append(Path(also))
    if not stores:
        return None
    key = _key(path)
    real = Path(os.path.realpath(path))
    base = _base_of(real)
    base_key = _key(base) if base is not None else None
    for store in stores:
        if key is not None and key in _files_of(store):
            return store
        if base_key is not None and base_key == _key(store):
            return store  # a sidecar that does not exist yet
    return None


def refuse_live(path: Path | str, doing: str = "use", also: Path | str | None = None) -> None:
    """Raise StoreError when `path` is an open store (or the store `also`) or one of its
    sidecar files. `doing` completes "cannot … it": e.g. "write to", "merge", "check"."""
    store = live_store_of(path, also)
    if store is None:
        return
    key = _key(Path(path))
    doing = translate("live", doing)
    if key is not None and key == _key(store):
        raise StoreError(
            translate("live", "{path} is the store itself: cannot {doing} it (choose another file)").format(
                path=path, doing=doing
            )
        )
    raise StoreError(
        translate("live", "{path} belongs to the store {store}: cannot {doing} it (choose another file)").format(
            path=path, store=store, doing=doing
        )
    )


def refuse_output(path: Path | str, doing: str, also: Path | str | None = None, *, stores: bool = True) -> None:
    """Refuse a file to write that is an open store or one of its files (see refuse_live),
    the -wal, -shm or -journal of any database, a database with such a file beside it (another
    program may have it open this moment), or, with `stores`, any existing SQLite database:
    writing over any of them would destroy a store, ours or another program's. A name ending
    in -wal, -shm or -journal is refused even where no database of that name is there yet:
    SQLite would take the file for part of one made later. A caller that refuses an existing
    file itself ("already exists") calls `refuse_companion` before it looks."""
    refuse_companion(path, doing, also)
    real = Path(os.path.realpath(path))
    doing = translate("live", doing)
    in_use = [s for s in SIDECARS if os.path.lexists(f"{real}{s}")]
    if in_use:
        raise StoreError(
            translate(
                "live",
                "{path} is a database another program may have open ({file} lies beside it): "
                "cannot {doing} it (choose another file)",
            ).format(path=path, file=f"{real.name}{in_use[0]}", doing=doing)
        )
    if stores and _is_database(real):
        raise StoreError(
            translate("live", "{path} is a database: cannot {doing} it (choose another file)").format(
                path=path, doing=doing
            )
        )


def refuse_companion(path: Path | str, doing: str, also: Path | str | None = None) -> None:
    """The part of `refuse_output` that is about what a name *is*, whether or not the file is
    there: an open store (or `also`) or one of its files, or a name ending in -wal, -shm or
    -journal. A caller that refuses an existing file ("already exists") asks this first, so
    that such a file is refused for what it is."""
    refuse_live(path, doing, also)
    real = Path(os.path.realpath(path))
    base = _base_of(real)
    doing = translate("live", doing)
    if base is not None and base.exists():
        raise StoreError(
            translate("live", "{path} belongs to the database {base}: cannot {doing} it (choose another file)").format(
                path=path, base=base, doing=doing
            )
        )
    if base is not None:
        # (SQLite would take the file for part of a database of that name made later)
        raise StoreError(
            translate(
                "live",
                "{path} has the name of a database's companion file (-wal, -shm or -journal): cannot {doing} it "
                "(choose a name that does not end so)",
            ).format(path=path, doing=doing)
        )


def unwritable(out: Path) -> str | None:
    """Why `out` cannot be written, in one line for the person (None: it can be, as far as
    can be told without writing): it is a folder, its folder does not exist, or permission is
    denied. Looked at without creating it, so that a refusal leaves no empty file behind."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        return translate("live", "cannot write {file}: it is a folder").format(file=out)
    if not folder.is_dir():
        said = translate("live", "cannot write {file}: the folder {folder} does not exist")
        return said.format(file=out, folder=folder)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        return translate("live", "cannot write {file}: permission denied").format(file=out)
    return None


def read_regular(path: Path | str, limit: int) -> bytes | None:
    """Up to `limit` bytes of a regular file, or None when it is none (a named pipe, a device,
    a folder) or cannot be read. Opened without waiting, so that a named pipe put in a file's
    place never blocks, and checked on the descriptor opened, not on the name."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks = []
        while limit > 0 and (chunk := os.read(fd, min(limit, 1 << 20))):
            chunks.append(chunk)
            limit -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _is_database(path: Path) -> bool:
    """Whether an existing regular file is a SQLite database (by its header). Never called on
    a store open here: refuse_live has refused those before a byte is read."""
    head = read_regular(path, 100)
    return head is not None and head.startswith(b"SQLite format 3\x00")
