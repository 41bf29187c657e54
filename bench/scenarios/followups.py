"""Follow-ups: opening the Today page for the busiest person, and a busy client's timeline.

Floors, on the same file through the ``sqlite3`` module:
- Today: the person's open follow-ups up to a week ahead with their clients' names, and
  their own clients past the grade rhythms (the two queries the page cannot do without);
- timeline: the client's newest 200 activities, its follow-ups and its history lines.
"""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.followups import DEFAULT_RHYTHMS, today_view
from crm_desktop.services.timeline import client_timeline

TITLE = "follow-ups: the Today page and a busy client's timeline"
TODAY_TITLE = "open the Today page (busiest person)"
PAGE_TITLE = "Today page with its widgets"
TIMELINE_TITLE = "open a busy client's timeline"
TARGET = Target("p95 < 100 ms", lambda r: r.figure["p95"] < 100, source="bench")

RAW_TODAY = (
    "SELECT task.id, task.title, task.due_at, task.has_time, client.name FROM task "
    "LEFT JOIN client ON client.id = task.client_id "
    "WHERE task.assignee_id = ? AND task.deleted = 0 AND task.done_at IS NULL "
    "AND task.due_at < ? ORDER BY task.due_at"
)
RAW_KEEP = (
    "SELECT id, name, grade, last_contact_at FROM client WHERE owner_id = ? AND deleted = 0 "
    "AND status != 'inactive' AND ((grade = 'A' AND coalesce(last_contact_at, created_at) < ?) "
    "OR (grade = 'B' AND coalesce(last_contact_at, created_at) < ?) "
    "OR (grade = 'C' AND coalesce(last_contact_at, created_at) < ?)) "
    "ORDER BY coalesce(last_contact_at, created_at) LIMIT 20"
)
RAW_TIMELINE = (
    "SELECT id, kind, happened_at, text FROM activity WHERE client_id = ? AND deleted = 0 "
    "ORDER BY happened_at DESC LIMIT 200",
    "SELECT id, title, due_at, done_at FROM task WHERE client_id = ? AND deleted = 0 "
    "ORDER BY due_at DESC LIMIT 200",
    "SELECT id, action, field, old_value, new_value, created_at FROM audit_event "
    "WHERE table_name = 'client' AND record_id = ? ORDER BY created_at DESC LIMIT 200",
)


def _stamp(moment: datetime) -> str:
    """How the store writes a moment in SQLite (naive UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _busiest_person(raw: sqlite3.Connection) -> tuple[str, str]:
    row = raw.execute(
        "SELECT app_user.id, app_user.login FROM task JOIN app_user "
        "ON app_user.id = task.assignee_id WHERE task.done_at IS NULL AND task.deleted = 0 "
        "GROUP BY app_user.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return str(row[0]), str(row[1])


def _busy_clients(raw: sqlite3.Connection, count: int) -> list[str]:
    rows = raw.execute(
        "SELECT client_id FROM activity GROUP BY client_id ORDER BY count(*) DESC LIMIT ?",
        (count,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _raw_today(raw: sqlite3.Connection, user_id: str, now: datetime) -> list[Any]:
    rows = raw.execute(RAW_TODAY, (user_id, _stamp(now + timedelta(days=9)))).fetchall()
    cut = [_stamp(now - timedelta(days=DEFAULT_RHYTHMS[g])) for g in ("A", "B", "C")]
    return rows + raw.execute(RAW_KEEP, (user_id, *cut)).fetchall()


def _raw_timeline(raw: sqlite3.Connection, client_id: str) -> list[Any]:
    found: list[Any] = []
    for query in RAW_TIMELINE:
        found += raw.execute(query, (client_id,)).fetchall()
    return found


def _page_figure(workspace: Any, rounds: int) -> list[float]:
    """The Today page as the window builds it: the service plus its rows of widgets."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crm_desktop.app import ensure_application
    from crm_desktop.config import Preferences
    from crm_desktop.ui.context import AppContext
    from crm_desktop.ui.followups.today_page import TodayPage

    app = ensure_application()
    context = AppContext(workspace, Preferences())
    page = TodayPage(context)
    page.refresh()
    app.processEvents()
    figure = []
    for _ in range(rounds):
        figure.append(time_ms(lambda: (page.refresh(), app.processEvents())))
    page.deleteLater()
    app.processEvents()
    return figure


def run(report: Report, office: Office) -> None:
    rng = random.Random(office.spec.seed)
    rounds = 5 if office.spec.clients < 20_000 else 20
    raw = sqlite3.connect(office.database)
    try:
        user_id, login = _busiest_person(raw)
        clients = _busy_clients(raw, 5)
        now = datetime.now(UTC)
        person = office.workspace(login)
        admin = office.workspace()
        try:
            view = person.run(today_view, now)  # warm-up
            _raw_today(raw, user_id, now)
            today: list[float] = []
            today_floor: list[float] = []
            for _ in range(rounds):
                today.append(time_ms(lambda: person.run(today_view, now)))
                today_floor.append(time_ms(lambda: _raw_today(raw, user_id, now)))
            page = _page_figure(person, rounds)

            sizes = [len(admin.run(client_timeline, c)) for c in clients]  # warm-up
            timeline: list[float] = []
            timeline_floor: list[float] = []
            for _ in range(rounds):
                order = list(clients)
                rng.shuffle(order)
                for client_id in order:
                    timeline.append(time_ms(lambda c=client_id: admin.run(client_timeline, c)))
                    timeline_floor.append(time_ms(lambda c=client_id: _raw_timeline(raw, c)))
            busiest = raw.execute("SELECT count(*) FROM activity WHERE client_id = ?",
                                  (clients[0],)).fetchone()[0]
        finally:
            person.close()
            admin.close()
    finally:
        raw.close()
    open_total = view.waiting_total + view.today_total + view.coming_up_total
    note = (f"{open_total} follow-ups in the next week or waiting, "
            f"{view.keep_in_touch_total} keep-in-touch suggestions")
    report.add(Row(TODAY_TITLE, "ms", latency(today), latency(today_floor), key="p95",
                   floor_what="raw SQL, sqlite3 (tasks + keep-in-touch)", note=note), TARGET)
    report.add(Row(PAGE_TITLE, "ms", latency(page), latency(today_floor), key="p95",
                   floor_what="raw SQL, sqlite3 (tasks + keep-in-touch)",
                   note="TodayPage.refresh() offscreen, rows capped at 30 per section"), TARGET)
    report.add(Row(TIMELINE_TITLE, "ms", latency(timeline), latency(timeline_floor), key="p95",
                   floor_what="raw SQL, sqlite3 (three newest-first queries)",
                   note=f"{len(clients)} busiest clients, up to {busiest} activities each, "
                        f"{max(sizes)} entries shown"), TARGET)
