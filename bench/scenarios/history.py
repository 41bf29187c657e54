"""Opening a client's history: ``services.history.record_history`` for clients with years of edits.

Floor: the same rows (the client's ``audit_event`` lines, newest first) by one
raw SQL query on the same file through the ``sqlite3`` module.
"""

from __future__ import annotations

import random
import sqlite3

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.history import record_history

TITLE = "open a client's history"
# DESIGN.md names no target for this; the bench holds it to the client list's 100 ms.
TARGET = Target("p95 < 100 ms", lambda r: r.figure["p95"] < 100, source="bench")
RAW = (
    "SELECT created_at, user_name, action, field, old_value, new_value, reason "
    "FROM audit_event WHERE table_name = 'client' AND record_id = ? ORDER BY hlc DESC"
)


def run(report: Report, office: Office) -> None:
    rng = random.Random(office.spec.seed)
    clients = office.long_history_clients
    rounds = 3 if office.spec.clients < 20_000 else 10
    workspace = office.workspace()
    raw = sqlite3.connect(office.database)
    try:
        lengths = [len(workspace.run(record_history, "client", c)) for c in clients]  # warm-up
        for c in clients:
            raw.execute(RAW, (c,)).fetchall()
        figure: list[float] = []
        floor: list[float] = []
        for _ in range(rounds):
            order = list(clients)
            rng.shuffle(order)
            for client_id in order:
                figure.append(time_ms(lambda c=client_id: workspace.run(
                    record_history, "client", c)))
                floor.append(time_ms(lambda c=client_id: raw.execute(RAW, (c,)).fetchall()))
    finally:
        raw.close()
        workspace.close()
    report.add(
        Row(TITLE, "ms", latency(figure), latency(floor), key="p95",
            floor_what="raw SQL, sqlite3",
            note=f"{len(clients)} clients with {min(lengths)}–{max(lengths)} history lines",
            extra={"history_lines": max(lengths)}),
        TARGET,
    )
