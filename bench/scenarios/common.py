"""Helpers shared by scenarios: fresh-process start-ups and what "the office open" means."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


def start_child(mode: str, data_dir: Path, *extra: str) -> tuple[float, dict[str, Any]]:
    """Launch ``bench.child`` and time it to its "window is up" line (ms), with its memory.

    The returned dict is the child's last line (its memory), plus ``marks_ms``: the time of
    each line it printed (for ``app``: the window shown, then its first page filled).
    """
    cmd = [sys.executable, "-m", "bench.child", mode, str(data_dir), *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env=child_env())
    assert proc.stdout is not None
    lines: list[str] = []
    marks: list[float] = []
    for line in proc.stdout:
        marks.append((time.perf_counter() - started) * 1000)
        lines.append(line)
    _out, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or not lines or not lines[-1].strip():
        raise RuntimeError(f"bench.child {mode} failed ({proc.returncode}): {err[-2000:]}")
    return marks[0], {**json.loads(lines[-1]), "marks_ms": marks}


def open_the_office(started: Any, client_id: str | None) -> None:
    """What a user's first minutes touch: every page shown, a long client history read."""
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.history import record_history

    window = started.window
    app = QApplication.instance()
    for page_id in list(window.pages):
        window.show_page(page_id)
        window.pages[page_id].refresh()
        app.processEvents()
    if client_id:
        started.context.read(record_history, "client", client_id)
