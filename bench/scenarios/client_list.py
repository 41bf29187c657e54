"""Open the client list (count + first window of rows) and jump to its end.

Figure: ``services.client_list.count_clients`` + ``list_clients`` for the
first window, then for the last window (the scroll bar dragged to the end),
acting as the administrator, sorted by name. Floor: the same count and window
by raw SQL through ``sqlite3``.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.orm import Session

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_list import ClientFilter, count_clients, list_clients

TITLE = "open the client list / scroll to the end"
TITLE_FIRST = "client list: first rows"
TITLE_END = "client list: scroll to the end"
TARGET = Target("first rows < 100 ms", lambda r: r.figure["p95"] < 100)
WINDOW = 200
RAW_COUNT = "SELECT count(*) FROM client c WHERE c.deleted = 0"
RAW_WINDOW = (
    "SELECT c.id, c.name, c.company, c.kind, c.phones, c.emails, u.display_name, c.grade, "
    "c.status, c.tags, c.last_contact_at, c.brought_in_at FROM client c "
    "LEFT JOIN app_user u ON u.id = c.owner_id WHERE c.deleted = 0 "
    "ORDER BY c.name, c.id LIMIT ? OFFSET ?"
)


def _window(session: Session, actor: Actor, at_end: bool) -> list[Any]:
    flt = ClientFilter()
    total = count_clients(session, actor, flt)
    offset = max(0, total - WINDOW) if at_end else 0
    return list_clients(session, actor, flt, offset, WINDOW)


def _raw(db: sqlite3.Connection, at_end: bool) -> list[Any]:
    total = db.execute(RAW_COUNT).fetchone()[0]
    offset = max(0, total - WINDOW) if at_end else 0
    return db.execute(RAW_WINDOW, (WINDOW, offset)).fetchall()


def run(report: Report, office: Office) -> None:
    rounds = 5 if office.spec.clients < 20_000 else 15
    workspace = office.workspace()
    db = sqlite3.connect(office.database)
    try:
        for at_end, title in ((False, TITLE_FIRST), (True, TITLE_END)):
            workspace.run(_window, at_end)
            _raw(db, at_end)
            figure, floor = [], []
            for _ in range(rounds):
                figure.append(time_ms(lambda e=at_end: workspace.run(_window, e)))
                floor.append(time_ms(lambda e=at_end: _raw(db, e)))
            report.add(
                Row(title, "ms", latency(figure), latency(floor), key="p95",
                    floor_what="raw SQL count + window, sqlite3",
                    note=f"{WINDOW}-row window sorted by name; services.client_list"),
                TARGET,
            )
    finally:
        db.close()
        workspace.close()
