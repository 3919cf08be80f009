"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest

from negoprep.store.store import Store
from negoprep.ui.workspace import Workspace


@pytest.fixture
def ws(demo_store: Store) -> Workspace:
    """A workspace on the demo dossier that keeps the problems it reports (as `problems`)."""
    workspace = Workspace(demo_store)
    workspace.set_dossier(demo_store.dossiers()[0].id)
    workspace.problems = []  # type: ignore[attr-defined]
    workspace.problem.connect(workspace.problems.append)  # type: ignore[attr-defined]
    return workspace
