"""One start-up in a fresh process: ``python -m bench.child bare|app|office DATA_DIR [CLIENT]``.

Prints one JSON line (resident memory) once the window is on screen and exits
at once; the parent times from launching the process to reading that line.
``bare`` is the floor: a QApplication with an empty QMainWindow, nothing else.
``app`` shows the window the way ``crm_desktop.app.run_gui`` does (``show_then_fill``: on
screen first, the first page filled on the next turn of the event loop) and prints a
second line once that page holds its data, so both moments are timed.
``office`` starts the program, then does what a user's first minutes do with the
office open (every page shown, a long client history read) before measuring memory.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def resident_mb() -> dict[str, float]:
    """Resident set size now and at its peak, from /proc (Linux) or getrusage elsewhere."""
    status = Path("/proc/self/status")
    if status.is_file():
        fields = dict(
            line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
        )
        return {
            "rss_mb": int(fields["VmRSS"].split()[0]) / 1024,
            "peak_mb": int(fields["VmHWM"].split()[0]) / 1024,
        }
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return {"rss_mb": peak / scale, "peak_mb": peak / scale}


def wait_exposed(app: Any, window: Any) -> None:
    while True:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            break
        app.processEvents()
    app.processEvents()  # the first paint


def _bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    wait_exposed(app, window)


def _app(data_dir: Path, client_id: str | None, office: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.app import start
    from crm_desktop.config import Paths

    started = start(Paths(data_dir))
    window = started.window
    window.show_then_fill()
    app = QApplication.instance()
    wait_exposed(app, window)
    _say({"shown": True})
    while not window.first_page_filled:
        app.processEvents()
    app.processEvents()  # the page painted with its data
    if office:
        from bench.scenarios.common import open_the_office

        open_the_office(started, client_id)
        app.processEvents()


def _say(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    mode, data_dir = argv[0], Path(argv[1])
    client_id = argv[2] if len(argv) > 2 else None
    if mode == "bare":
        _bare()
    else:
        _app(data_dir, client_id, office=mode == "office")
    _say(resident_mb())
    os._exit(0)  # the parent has its figure; tearing Qt down is not part of it


if __name__ == "__main__":
    main(sys.argv[1:])
