"""Who is making changes: the person's author identity, kept in their config folder.

The identity (a UUID and a display name) is made on first run from the OS user name and
belongs to the person, not to a store, so that every store and every copy they touch
records the same author. `NEGOPREP_AUTHOR` names the author of command-line edits instead.
"""

from __future__ import annotations

import getpass
import json
import os
import uuid
from pathlib import Path

from negoprep.model import Author
from negoprep.paths import config_dir

_ENV_NAMESPACE = uuid.UUID("0b6f3a52-8f8e-4f7a-a7f4-2f1cbb4f6d2e")


def identity_file() -> Path:
    return config_dir() / "identity.json"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no entry in the password database, e.g. in a container
        return "unknown"


def load_identity() -> Author:
    """The person's identity, made and saved on first use."""
    path = identity_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Author(id=str(uuid.UUID(data["id"])), name=str(data["name"]).strip() or _os_user())
    except (OSError, ValueError, KeyError, TypeError):
        pass  # missing or unreadable: make a new one below
    author = Author(id=str(uuid.uuid4()), name=_os_user())
    save_identity(author)
    return author


def save_identity(author: Author) -> None:
    """Keep the identity; a config folder that cannot be written only costs persistence."""
    path = identity_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"id": author.id, "name": author.name}, indent=2), encoding="utf-8")
    except OSError:
        pass


def current_author() -> Author:
    """`NEGOPREP_AUTHOR` when set (the same name always maps to the same id), else the
    person's identity."""
    name = os.environ.get("NEGOPREP_AUTHOR", "").strip()
    if name:
        return Author(id=str(uuid.uuid5(_ENV_NAMESPACE, name)), name=name)
    return load_identity()
