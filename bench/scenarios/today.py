"""The Today page of a salesperson: waiting, today, coming up, keep in touch.

Figure: ``services.followups.today_view`` for a staff member of the office
(about 1/43 of the clients and follow-ups are theirs) at the office's "now".
Floor: the same follow-ups and keep-in-touch rows by raw SQL through ``sqlite3``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.followups import contact_rhythms, today_view

TITLE = "Today page"
# DESIGN.md names no target for Today; the bench holds it to the client list's 100 ms.
TARGET = Target("p95 < 100 ms", lambda r: r.figure["p95"] < 100, source="bench")
SINCE = "coalesce(c.last_contact_at, c.brought_in_at, c.created_at)"
# The best hand-written form: one probe of the task's client index per candidate client.
PLANNED = ("SELECT 1 FROM task t WHERE t.client_id = c.id AND t.deleted = 0 "
           "AND t.done_at IS NULL")


def _stored(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _raw(db: sqlite3.Connection, user_id: str, now: datetime,
         rhythms: dict[str, int]) -> list[Any]:
    end = datetime.combine(now.date() + timedelta(days=7), datetime.min.time(), UTC) \
        + timedelta(days=2)
    tasks = db.execute(
        "SELECT t.*, c.* FROM task t LEFT JOIN client c ON c.id = t.client_id "
        "WHERE t.assignee_id = ? AND t.deleted = 0 AND t.done_at IS NULL "
        "AND (t.client_id IS NULL OR (c.deleted = 0 AND c.owner_id = ?)) AND t.due_at < ? "
        "ORDER BY t.due_at",
        (user_id, user_id, _stored(end)),
    ).fetchall()
    grades = " OR ".join(f"(c.grade = '{g}' AND {SINCE} < ?)" for g in rhythms)
    args = [_stored(now - timedelta(days=d)) for d in rhythms.values()]
    where = (f"c.owner_id = ? AND c.deleted = 0 AND c.merged_into_id IS NULL "
             f"AND c.status != 'inactive' AND ({grades}) AND NOT EXISTS ({PLANNED})")
    rows = db.execute(f"SELECT *, count(*) OVER () FROM client c WHERE {where} "
                      f"ORDER BY {SINCE} LIMIT 20", (user_id, *args)).fetchall()
    return [tasks, rows]


def run(report: Report, office: Office) -> None:
    rounds = 5 if office.spec.clients < 20_000 else 15
    now = datetime.fromisoformat(office.meta["anchor"])
    workspace = office.workspace(office.meta["logins"]["staff"])
    user_id = workspace.actor.id
    assert user_id is not None
    db = sqlite3.connect(office.database)
    try:
        rhythms = {g: d for g, d in workspace.run(contact_rhythms).items() if d > 0}
        view = workspace.run(today_view, now, UTC)
        _raw(db, user_id, now, rhythms)
        figure, floor = [], []
        for _ in range(rounds):
            figure.append(time_ms(lambda: workspace.run(today_view, now, UTC)))
            floor.append(time_ms(lambda: _raw(db, user_id, now, rhythms)))
    finally:
        db.close()
        workspace.close()
    report.add(
        Row(TITLE, "ms", latency(figure), latency(floor), key="p95",
            floor_what="raw SQL, sqlite3",
            note=f"staff member with {view.waiting_total} waiting, {view.today_total} today, "
                 f"{view.coming_up_total} coming up, {view.keep_in_touch_total} to keep in touch"),
        TARGET,
    )
