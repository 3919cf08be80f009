"""A writer for the soak test: the command line's jobs, one after another, until it is killed.

Run as `python -m tests.soak_writer STORE NAME JOURNAL EXPORTS`. Each job opens the store as a
command does, does one thing (add a note, load a document that adds one, export the store,
merge an earlier export back) and closes it; only after a job returned is it written to
JOURNAL (flushed to disk), so every line names a change that was committed. The test kills
writers with SIGKILL at random moments and then checks the store against the journals.
"""

from __future__ import annotations

import os
import random
import sys
import uuid
from pathlib import Path

from negoprep.errors import NegoprepError
from negoprep.records import model
from negoprep.store.store import Store


def _record(journal, line: str) -> None:
    journal.write(line + "\n")
    journal.flush()
    os.fsync(journal.fileno())


def main(store_path: str, name: str, journal_path: str, exports: str) -> int:
    author = model.Author(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"soak:{name}")), name=f"Writer {name}")
    folder = Path(exports)
    rng = random.Random()
    with open(journal_path, "a", encoding="utf-8") as journal:
        while True:
            job = rng.random()
            text = f"{name}:{uuid.uuid4()}"
            try:
                with Store.open(Path(store_path), author) as store:
                    dossier_id = store.dossiers()[0].id
                    if job < 0.6:
                        store.put(model.Note(id=str(uuid.uuid4()), dossier_id=dossier_id, text=text))
                        line = f"note {text}"
                    elif job < 0.85:
                        doc = {
                            "format": "negoprep-dossier",
                            "version": 1,
                            "dossier": store.dump(dossier_id)["dossier"],
                            "notes": [{"id": str(uuid.uuid4()), "at": "2026-11-30", "text": text}],
                        }
                        store.load(doc, "soak")
                        line = f"note {text}"
                    elif job < 0.95:
                        from negoprep.store.sharing import export_shared

                        target = folder / f"{text.replace(':', '-')}.db"
                        export_shared(store, target)
                        line = f"export {target}"
                    else:
                        from negoprep.store.sharing import opened_shared

                        done = sorted(folder.glob("*.db"))
                        if not done:
                            continue
                        with opened_shared(rng.choice(done)) as plain:
                            store.merge_file(plain)
                        line = "merge"
            except NegoprepError as exc:
                # a refusal is allowed (e.g. an export another writer is still writing);
                # it must have changed nothing, which the test checks through the journals
                _record(journal, f"refused {exc}")
                continue
            _record(journal, line)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
