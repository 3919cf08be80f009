"""Who is making changes: the person's author identity, kept in their config folder.

The identity (a UUID and a display name) is made on first run from the OS user name and
belongs to the person, not to a store, so that every store and every copy they touch
records the same author. `NEGOPREP_AUTHOR` names the author of command-line edits instead.

An author name follows the rule of any one-line text a person writes (`name_problem`):
UTF-8 text, no control characters (newline and NUL included), no lone surrogates, not
blank, not over the length limit; stored in Unicode's composed form (NFC). A bad name is
refused where the person gave it: `NEGOPREP_AUTHOR` (every command then stops with exit code
2 and one line saying so) and renaming oneself. Where negoprep itself found the name, it
falls back safely instead: a name in the identity file that breaks the rule (the file was
edited by hand or damaged) is replaced, for this run, by the OS user name, and the file's id
is kept, so the person's history stays theirs; an OS user name that breaks it is "unknown".
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
import unicodedata
import uuid
from pathlib import Path

from negoprep.errors import NegoprepError
from negoprep.i18n import translate
from negoprep.live import read_regular
from negoprep.paths import config_dir
from negoprep.records.model import Author, Participant
from negoprep.records.problems import problem, words
from negoprep.records.values import field_problem

_ENV_NAMESPACE = uuid.UUID("0b6f3a52-8f8e-4f7a-a7f4-2f1cbb4f6d2e")
_UNKNOWN = "unknown"


class AuthorNameError(NegoprepError):
    """An author name that breaks the rule of one-line text."""


def _the_author_name() -> str:
    return translate("identity", "the author name")


def name_problem(name: object) -> str | None:
    """What is wrong with an author name, in words; None when it may be used. The rule is the
    rule of a participant's name (one line a person writes), checked first for what only text
    from outside can hold: bytes that were not UTF-8, lone surrogates, control characters."""
    if isinstance(name, str):
        for char in name:
            code = ord(char)
            if 0xDC80 <= code <= 0xDCFF:
                # how Python passes on a byte of the environment that is not UTF-8
                return words(problem("value.not_utf8"))
            if 0xD800 <= code <= 0xDFFF:
                return words(problem("value.surrogate", char=f"U+{code:04X}"))
            if code < 0x20 or 0x7F <= code <= 0x9F or char in "\u2028\u2029":
                return words(problem("value.control", char=f"U+{code:04X}"))
            if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
                # a direction override would make the names around it in a history read wrongly
                return words(problem("value.control", char=f"U+{code:04X}"))
    found = field_problem(Participant, "name", name)
    return str(found) if found else None


def _normal(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip())


def checked_name(name: object, where: str = "") -> str:
    """The name as it is stored (trimmed, NFC); AuthorNameError when it breaks the rule."""
    found = name_problem(name)
    if found is None and isinstance(name, str):
        name = _normal(name)
        found = name_problem(name)
    if found is not None or not isinstance(name, str):
        raise AuthorNameError(f"{where or _the_author_name()}: {found}")
    return name


def identity_file() -> Path:
    return config_dir() / "identity.json"


def _os_user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no entry in the password database, e.g. in a container
        return _UNKNOWN
    # (the user name comes from the environment first: LOGNAME, USER...)
    return _normal(name) if name_problem(name) is None and name_problem(_normal(name)) is None else _UNKNOWN


def _read_identity(path: Path) -> dict[str, object] | None:
    """The identity file's JSON object, or None when there is no such regular file or it holds
    none. Opened without waiting (a named pipe put in its place would block every command),
    and read as bytes: a name that is not UTF-8 reaches the name rule, and the id is kept."""
    raw = read_regular(path, 1 << 22)  # (4 MiB: ample)
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8", "surrogateescape"))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def load_identity() -> Author:
    """The person's identity, made and saved on first use."""
    data = _read_identity(identity_file())
    try:
        author_id = str(uuid.UUID(str(data["id"]))) if data is not None else None
    except (KeyError, ValueError):
        author_id = None
    if data is not None and author_id is not None:
        try:
            return Author(id=author_id, name=checked_name(data.get("name")))
        except AuthorNameError:
            return Author(id=author_id, name=_os_user())  # the safe fallback (module docstring)
    author = Author(id=str(uuid.uuid4()), name=_os_user())
    save_identity(author)
    return author


def save_identity(author: Author) -> None:
    """Keep the identity; a config folder that cannot be written only costs persistence.
    AuthorNameError, and nothing kept, when the name breaks the rule."""
    name = checked_name(author.name)
    path = identity_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside it and renamed over it: never opened in place (a named pipe there
        # would block), and never left half-written
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as file:
            file.write(json.dumps({"id": author.id, "name": name}, indent=2))
        os.replace(file.name, path)
    except OSError:
        pass


def current_author() -> Author:
    """`NEGOPREP_AUTHOR` when set (the same name always maps to the same id), else the
    person's identity. AuthorNameError when `NEGOPREP_AUTHOR` breaks the rule of names."""
    raw = os.environ.get("NEGOPREP_AUTHOR", "")
    if raw.strip():
        found = name_problem(raw.strip())
        if found is None:
            name = _normal(raw)
            found = name_problem(name)
        if found is not None:
            raise AuthorNameError(words(problem("author.env", "NEGOPREP_AUTHOR", problem=found)))
        return Author(id=str(uuid.uuid5(_ENV_NAMESPACE, name)), name=name)
    return load_identity()
