"""Resident memory with the office open.

Figure: a fresh process that starts the program on the office, shows the
window, visits every page and reads a long client history; its resident set
then. Floor: the resident set of a bare ``QApplication`` with an empty window.
"""

from __future__ import annotations

from bench.office import Office
from bench.report import Report, Row, Target
from bench.scenarios.common import start_child

TITLE = "memory with the office open"
TARGET = Target("under 300 MB resident", lambda row: row.figure["value"] < 300)


def run(report: Report, office: Office) -> None:
    client = office.long_history_clients[0]
    _ms, app = start_child("office", office.data_dir, client)
    _ms, bare = start_child("bare", office.data_dir)
    report.add(
        Row(TITLE, "MB", {"value": app["rss_mb"]}, {"value": bare["rss_mb"]}, key="value",
            floor_what="bare QApplication + empty window",
            extra={"peak_mb": app["peak_mb"], "floor_peak_mb": bare["peak_mb"]}),
        TARGET,
    )
