"""The store files this process has open, and the refusal to touch them any other way.

SQLite keeps its locks on a store as POSIX advisory locks, which belong to the process, not
to a descriptor: closing *any* descriptor of the file that the process opened (to sniff its
type, hash it, copy it, write a PDF over it) silently drops them all. Another program then
believes nobody has the store open, checkpoints and deletes its -wal, and this process goes
on writing into a deleted file (SQLite's "How To Corrupt An SQLite Database File", 2.2).

So every path that negoprep reads or writes on a person's behalf (a file to verify, merge or
decrypt, an export, a copy, a PDF, a chart) goes through `refuse_live` first: it looks at the
path with `stat` only, never `open`, and refuses the store itself and its -wal, -shm and
-journal. Store.open registers a file here and Store.close unregisters it.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

from negoprep.errors import StoreError

SIDECARS = ("-wal", "-shm", "-journal")

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


def _candidates(path: Path) -> list[Path]:
    """The path itself, and the store it would be a sidecar file of."""
    found = [path]
    for suffix in SIDECARS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            found.append(path.with_name(path.name[: -len(suffix)]))
    return found


def live_store_of(path: Path | str, also: Path | str | None = None) -> Path | None:
    """The open store (or the store `also`, open or not) that `path` is, or is a sidecar
    file of (-wal, -shm, -journal); None when it is neither. Looks with stat only."""
    path = Path(path)
    extra = _key(Path(also)) if also is not None else None
    with _lock:
        if not _open and extra is None:
            return None
    for candidate in _candidates(path):
        key = _key(candidate)
        if key is None:
            continue
        if key == extra:
            return Path(also)  # type: ignore[arg-type]
        with _lock:
            if key in _open:
                return _names[key]
    return None


def refuse_live(path: Path | str, doing: str = "use", also: Path | str | None = None) -> None:
    """Raise StoreError when `path` is an open store (or the store `also`) or one of its
    sidecar files. `doing` completes "cannot … it": e.g. "write to", "merge", "check"."""
    store = live_store_of(path, also)
    if store is None:
        return
    if Path(path).name == store.name:
        raise StoreError(f"{path} is the store itself: cannot {doing} it (choose another file)")
    raise StoreError(f"{path} belongs to the store {store}: cannot {doing} it (choose another file)")
