"""Private temporary folders that never outlive their process, even one killed with kill -9.

Whatever negoprep must put on disk for a moment (a private copy of a received file, its
decrypted content, a copy being migrated) goes into `scratch()`: a folder inside the
process's own folder `negoprep-<pid>-<random>` (mode 0700), under `$XDG_RUNTIME_DIR` when it
is set and writable (a tmpfs of the user's own on most Linux desktops), else the system's
temporary folder. The process folder holds a lock file that the process keeps locked
(`flock`) while the folder exists; the lock goes with the process, however it ends.

`sweep()`, called at the start of every negoprep process, removes the folders whose lock can
be taken: their process is gone. It also removes the half-written files a process listed with
`register()` (files beside a target on a file system where no unnamed file can be made), and
the -journal, -wal and -shm files SQLite left beside them.

The process folder exists only while some scratch folder is in use, so an idle process leaves
nothing in the temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

if sys.platform == "win32":  # no flock; folders are removed by their own process only
    fcntl = None
else:
    import fcntl

PREFIX = "negoprep-"
LOCK_NAME = "lock"
LEFTOVERS_NAME = "leftovers"
#: A folder that is still being set up has no lock file yet; older than this, it was abandoned.
SETUP_SECONDS = 60.0
_NAME = re.compile(r"negoprep-\d+-[A-Za-z0-9_]+\Z")
_SETUP = re.compile(r"\.negoprep-new-\d+-[A-Za-z0-9_]+\Z")

_guard = threading.RLock()
_folder: Path | None = None
_lock_fd: int | None = None
_owner_pid = 0
_users = 0


def base_folder() -> Path:
    """Where process folders go: $XDG_RUNTIME_DIR when set and writable, else the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
        return Path(runtime)
    return Path(tempfile.gettempdir())


def _make_process_folder() -> tuple[Path, int | None]:
    base = base_folder()
    pid = os.getpid()
    # made under a name sweep() leaves alone, locked, then renamed: a sweeper never sees a
    # folder of a live process without its lock
    setup = Path(tempfile.mkdtemp(prefix=f".negoprep-new-{pid}-", dir=base))  # mode 0700
    try:
        fd = None
        if sys.platform != "win32":
            fd = os.open(setup / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        folder = base / f"{PREFIX}{pid}-{setup.name.rsplit('-', 1)[1]}"
        os.rename(setup, folder)
    except BaseException:
        _remove_tree(setup)
        raise
    return folder, fd


def _release_process_folder() -> None:
    global _folder, _lock_fd
    if _folder is not None:
        _remove_leftovers(_folder)
        _remove_tree(_folder)
    if _lock_fd is not None:
        with contextlib.suppress(OSError):
            os.close(_lock_fd)
    _folder = _lock_fd = None


@contextlib.contextmanager
def _process_folder() -> Iterator[Path]:
    global _folder, _lock_fd, _owner_pid, _users
    with _guard:
        if _owner_pid != os.getpid():  # a forked child has a folder of its own
            _folder, _lock_fd, _owner_pid, _users = None, None, os.getpid(), 0
        if _folder is None or not _folder.is_dir():
            _folder, _lock_fd = _make_process_folder()
        _users += 1
        folder = _folder
    try:
        yield folder
    finally:
        with _guard:
            _users -= 1
            if _users == 0 and _owner_pid == os.getpid():
                _release_process_folder()


@contextlib.contextmanager
def scratch(kind: str = "work") -> Iterator[Path]:
    """A new private folder (mode 0700), removed with everything in it afterwards."""
    with _process_folder() as parent:
        folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=parent))
        try:
            yield folder
        finally:
            _remove_tree(folder)


@contextlib.contextmanager
def register(path: Path) -> Iterator[None]:
    """Note a file being written outside the private folders, so that sweep() removes it
    if this process dies before it is done; the note goes when the block ends."""
    with _process_folder() as folder:
        note = folder / LEFTOVERS_NAME
        line = os.fsencode(os.path.abspath(path)) + b"\n"
        with _guard, open(note, "ab") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            yield
        finally:
            with _guard, contextlib.suppress(OSError):
                lines = note.read_bytes().splitlines(keepends=True)
                if line in lines:
                    lines.remove(line)
                note.write_bytes(b"".join(lines))


def sweep() -> int:
    """Remove the private folders (and registered files) of negoprep processes that died;
    returns how many folders went. Cheap and silent: it never raises."""
    if sys.platform == "win32":
        return 0
    removed = 0
    bases = {Path(tempfile.gettempdir())}
    with contextlib.suppress(OSError):
        bases.add(base_folder())
    uid = os.getuid()
    for base in bases:
        try:
            entries = list(os.scandir(base))
        except OSError:
            continue
        for entry in entries:
            try:
                if _NAME.match(entry.name):
                    removed += _sweep_one(Path(entry.path), uid)
                elif _SETUP.match(entry.name):
                    _sweep_abandoned(Path(entry.path), uid)
            except OSError:
                continue
    return removed


def _owned_folder(path: Path, uid: int) -> bool:
    info = os.lstat(path)
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid


def _sweep_one(folder: Path, uid: int) -> int:
    if not _owned_folder(folder, uid):
        return 0
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        # a process killed while removing its own folder took the lock file with it first
        # (see _release_process_folder): the folder is its own once that process is gone
        pid = int(folder.name.split("-")[1])
        if pid != os.getpid() and not alive(pid):
            _remove_tree(folder)
            return 1
        return 0
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return 0
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return 0  # its process is alive
        _remove_leftovers(folder)
        _remove_tree(folder)
        return 1
    finally:
        os.close(fd)


def alive(pid: int) -> bool:
    """Whether a process of this computer with that id is running (its owner may be another)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _sweep_abandoned(folder: Path, uid: int) -> None:
    """Remove a folder a process began to set up and never finished: at once when the process
    named in it is gone, else once it is older than SETUP_SECONDS."""
    import time

    if not _owned_folder(folder, uid):
        return
    if not _alive(folder.name.split("-")[2]) or time.time() - os.lstat(folder).st_mtime > SETUP_SECONDS:
        _remove_tree(folder)


def _alive(pid_text: str) -> bool:
    """Whether the process of that id runs (on doubt: yes)."""
    try:
        pid = int(pid_text)
        if pid <= 0 or sys.platform == "win32":
            return True
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (ValueError, OSError):
        return True
    return True


#: the files SQLite keeps beside a database while it is open or being written
SQLITE_SIDECARS = (b"-journal", b"-wal", b"-shm")


def _remove_leftovers(folder: Path) -> None:
    """Remove the files a process registered and did not finish (by their exact names only),
    each with the -journal, -wal and -shm that SQLite keeps beside a database being written
    (a registered file may be one: a store's copy being encrypted or migrated)."""
    try:
        lines = (folder / LEFTOVERS_NAME).read_bytes().splitlines()
    except OSError:
        return
    for line in lines:
        for name in (line, *(line + suffix for suffix in SQLITE_SIDECARS)):
            with contextlib.suppress(OSError, ValueError):
                os.unlink(name)


def _remove_tree(folder: Path) -> None:
    import shutil

    def retry(function: Callable[[str], object], name: str, _exc: object) -> None:
        with contextlib.suppress(OSError):
            os.chmod(name, 0o700)
            function(name)

    with contextlib.suppress(OSError):
        shutil.rmtree(folder, onerror=retry)  # (onerror: Python 3.11 has no onexc)
