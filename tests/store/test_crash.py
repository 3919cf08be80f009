"""A writer killed mid-stream leaves a store that opens cleanly with every committed change."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from negoprep.store.store import Store
from tests.conftest import AUTHOR

WRITER = textwrap.dedent(
    """
    import sys
    from negoprep.records.model import Author, Note
    from negoprep.store.store import Store

    store = Store.open(sys.argv[1], Author(id="00000000-0000-4000-8000-0000000000aa", name="Writer"))
    dossier = store.dossiers()[0]
    n = 0
    while True:
        n += 1
        store.put(Note(id=f"note-{n}", dossier_id=dossier.id, text=f"session note {n} " + "x" * 2000))
        print(n, flush=True)  # printed only once the change is committed
    """
)


def test_killed_writer_loses_nothing_committed(demo_store: Store, tmp_path: Path) -> None:
    path = demo_store.path
    demo_store.close()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    committed = 0
    try:
        for line in child.stdout:
            committed = int(line)
            if committed >= 40:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert committed >= 40

    with Store.open(path, AUTHOR) as store:
        assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = {n.id for n in store.content(store.dossiers()[0].id).notes}
        assert {f"note-{n}" for n in range(1, committed + 1)} <= notes
        # the index and the history hold exactly what the rows hold
        for n in range(1, committed + 1):
            assert store.search(f"session note {n}")
        revisions = store.db.conn.execute("SELECT count(*) FROM revisions WHERE row_id LIKE 'note-%'").fetchone()[0]
        assert revisions == len([n for n in notes if n.startswith("note-")])
