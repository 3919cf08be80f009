"""The fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def demo_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store file holding the demo dossier, made by `negoprep demo`."""
    path = tmp_path / "demo.db"
    assert run(capsys, "--store", str(path), "demo")[0] == 0
    return path
