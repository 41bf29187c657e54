"""Test set-up shared by every test: headless Qt, a keyring that needs no desktop, temp data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.pop("CRM_DESKTOP_DATA_DIR", None)

from crm_desktop.config import Paths
from crm_desktop.services.actor import Actor
from crm_desktop.services.users import ensure_local_user
from crm_desktop.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def workspace(paths: Paths) -> Iterator[Workspace]:
    ws = Workspace.open(paths)
    with ws.session() as session:
        ws.act_as(ensure_local_user(session))
    yield ws
    ws.close()


@pytest.fixture
def admin(workspace: Workspace) -> Actor:
    return workspace.actor


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"the sample files are not here: {SAMPLES} is missing")
    return SAMPLES
