"""The project's own rules, checked on every run: lint, types, layering, translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        pytest.fail(f"{name} is not installed: install the test extras (pip install -e .[test])")
    return which


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)


def test_ruff_is_clean() -> None:
    done = _run(_tool("ruff"), "check", "--output-format", "concise", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_below_the_interface() -> None:
    done = _run(
        _tool("mypy"), "crm_desktop/domain", "crm_desktop/store", "crm_desktop/services",
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_layers_point_down_and_no_qt_below_the_interface() -> None:
    done = _run(_tool("lint-imports"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_string_is_translated_and_every_qm_is_built() -> None:
    done = _run(sys.executable, "scripts/i18n.py", "check")
    assert done.returncode == 0, done.stdout + done.stderr
