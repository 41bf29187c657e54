"""Start-up to a usable window, each repetition in a fresh process.

Figure: ``crm_desktop.app.start`` on the office + ``window.show()`` + events
until the window is exposed and painted. Floor: a bare ``QApplication`` with
an empty ``QMainWindow``, launched and timed the same way.
"""

from __future__ import annotations

from bench.office import Office
from bench.report import Report, Row, Target, latency
from bench.scenarios.common import start_child

TITLE = "start-up to a usable window"
TARGET = Target("ratio ≤ 3", lambda row: row.ratio <= 3)


def run(report: Report, office: Office) -> None:
    repeat = 2 if office.spec.clients < 20_000 else 7
    start_child("bare", office.data_dir)  # warm the OS file cache for both
    start_child("app", office.data_dir)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(repeat):
        bare_ms.append(start_child("bare", office.data_dir)[0])
        app_ms.append(start_child("app", office.data_dir)[0])
    report.add(
        Row(TITLE, "ms", latency(app_ms), latency(bare_ms), key="p50",
            floor_what="bare QApplication + empty window",
            note=f"{repeat} fresh processes each, alternated; ratio on p50"),
        TARGET,
    )
