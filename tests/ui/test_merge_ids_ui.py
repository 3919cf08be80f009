"""File → Merge a colleague's file… refuses a file whose records reuse the ids of mine in
another dossier: one line in a box, and the store as it was."""

from __future__ import annotations

from pathlib import Path

from negoprep.records import model
from negoprep.store.store import Store
from negoprep.ui.dialogs import file_dialogs
from negoprep.ui.main_window import MainWindow
from tests.store.test_merge import BOB, fingerprint
from tests.ui.helpers import finish_operation


def test_the_window_refuses_a_file_that_would_move_my_records(
    window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch, messages: list[str], qtbot
) -> None:
    mine = demo_store.content(demo_store.dossiers()[0].id)
    track = mine.tracks[0]
    with Store.open(tmp_path / "kim.db", BOB) as kim:
        kim.load(
            {
                "format": "negoprep-dossier",
                "version": 1,
                "dossier": {"id": "d-fish", "title": "EU–UK fisheries"},
                "tracks": [{"id": track.id, "name": "Quotas"}],
            }
        )
    before = fingerprint(demo_store)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(tmp_path / "kim.db"))
    window.merge_action.trigger()
    finish_operation(qtbot, window)
    [message] = messages
    assert "\n" not in message
    file = tmp_path / "kim.db"
    assert message.startswith(
        f'track "{track.id}" is in dossier "{mine.dossier.title}" here and in "EU–UK fisheries" in {file}'
    )
    assert "nothing was merged" in message
    assert fingerprint(demo_store) == before
    assert demo_store.get(model.Track, track.id).name == track.name
    assert getattr(window.files, "merge_dialog", None) is None
