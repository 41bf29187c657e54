"""Open a client card with a long history: details, activities, follow-ups and History.

Figure: what the card reads when it opens — ``clients.get_client``,
``activities.client_activities``, ``followups.client_follow_ups`` and
``history.record_history`` — in one transaction, for the office's clients
with the longest histories. Floor: the same rows by raw SQL through ``sqlite3``.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC
from typing import Any

from sqlalchemy.orm import Session

from bench.office import Office
from bench.report import Report, Row, Target, latency, time_ms
from crm_desktop.services.activities import client_activities
from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import get_client
from crm_desktop.services.followups import client_follow_ups
from crm_desktop.services.history import record_history

TITLE = "open a client card (long history)"
# DESIGN.md names no target for the card; the bench holds it to the client list's 100 ms.
TARGET = Target("p95 < 100 ms", lambda r: r.figure["p95"] < 100, source="bench")
RAW = (
    "SELECT * FROM client WHERE id = ?",
    "SELECT u.id, u.display_name FROM app_user u, client c WHERE c.id = ? "
    "AND u.id IN (c.owner_id, c.brought_in_by)",
    "SELECT d.name FROM department d JOIN client c ON c.department_id = d.id WHERE c.id = ?",
    "SELECT * FROM contact WHERE client_id = ? AND deleted = 0 ORDER BY name",
    "SELECT a.*, u.display_name, k.name FROM activity a "
    "LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN contact k ON k.id = a.contact_id "
    "WHERE a.client_id = ? AND a.deleted = 0 ORDER BY a.happened_at DESC LIMIT 200",
    "SELECT * FROM task WHERE client_id = ? AND deleted = 0 ORDER BY due_at DESC LIMIT 200",
    "SELECT created_at, user_name, action, field, old_value, new_value, reason "
    "FROM audit_event WHERE table_name = 'client' AND record_id = ? ORDER BY hlc DESC",
)


def _open_card(session: Session, actor: Actor, client_id: str) -> tuple[Any, ...]:
    return (
        get_client(session, actor, client_id),
        client_activities(session, actor, client_id),
        client_follow_ups(session, actor, client_id, UTC),
        record_history(session, actor, "client", client_id),
    )


def _raw(db: sqlite3.Connection, client_id: str) -> list[list[Any]]:
    return [db.execute(sql, (client_id,)).fetchall() for sql in RAW]


def run(report: Report, office: Office) -> None:
    rng = random.Random(office.spec.seed)
    clients = office.long_history_clients
    rounds = 3 if office.spec.clients < 20_000 else 8
    workspace = office.workspace()
    db = sqlite3.connect(office.database)
    try:
        sizes = [len(workspace.run(_open_card, c)[1]) for c in clients]  # warm-up
        for c in clients:
            _raw(db, c)
        figure, floor = [], []
        for _ in range(rounds):
            order = list(clients)
            rng.shuffle(order)
            for client_id in order:
                figure.append(time_ms(lambda c=client_id: workspace.run(_open_card, c)))
                floor.append(time_ms(lambda c=client_id: _raw(db, c)))
    finally:
        db.close()
        workspace.close()
    report.add(
        Row(TITLE, "ms", latency(figure), latency(floor), key="p95",
            floor_what="raw SQL, sqlite3",
            note=f"{len(clients)} clients, {min(sizes)}–{max(sizes)} activities shown each"),
        TARGET,
    )
