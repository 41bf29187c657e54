"""Start-up to a usable window, each repetition in a fresh process.

Figure: ``crm_desktop.app.start`` on the office + ``window.show_then_fill()`` (what
``run_gui`` does) + events until the window is exposed and painted. A second row
times the same processes until the first page (Today) also holds its data and is
painted, so deferring that fill cannot hide its cost. Floor: a bare ``QApplication``
with an empty ``QMainWindow``, launched and timed the same way.
"""

from __future__ import annotations

from bench.office import Office
from bench.report import Report, Row, Target, latency
from bench.scenarios.common import start_child

TITLE = "start-up to a usable window"
TITLE_FILLED = "start-up until the first page is filled"
TARGET = Target("ratio ≤ 3", lambda row: row.ratio <= 3)


def run(report: Report, office: Office) -> None:
    repeat = 2 if office.spec.clients < 20_000 else 7
    start_child("bare", office.data_dir)  # warm the OS file cache for both
    start_child("app", office.data_dir)
    app_ms: list[float] = []
    filled_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(repeat):
        bare_ms.append(start_child("bare", office.data_dir)[0])
        shown, data = start_child("app", office.data_dir)
        app_ms.append(shown)
        filled_ms.append(data["marks_ms"][-1])
    report.add(
        Row(TITLE, "ms", latency(app_ms), latency(bare_ms), key="p50",
            floor_what="bare QApplication + empty window",
            note=f"{repeat} fresh processes each, alternated; ratio on p50; window painted, "
                 "first page filled on the next event-loop turn"),
        TARGET,
    )
    report.add(
        Row(TITLE_FILLED, "ms", latency(filled_ms), latency(bare_ms), key="p50",
            floor_what="bare QApplication + empty window",
            note="the same processes, until Today holds its data and is painted"),
        TARGET,
    )
