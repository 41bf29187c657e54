"""A record's History: who changed which field, when, from what to what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.records import load
from crm_desktop.store.models import Client
from crm_desktop.store.tracking import history_rows


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str


def record_history(
    session: Session, actor: Actor, table: str, record_id: str
) -> list[HistoryEntry]:
    """Newest first; only for records the person may see."""
    load(session, actor, table, record_id)
    rows = history_rows(session, table, record_id)
    if table == "client":
        # A merge moves the history over: show the merged-away clients' lines too.
        merged = list(
            session.scalars(select(Client.id).where(Client.merged_into_id == record_id))
        )
        for other in merged:
            rows += history_rows(session, table, other)
        rows.sort(key=lambda r: r.hlc, reverse=True)
    return [
        HistoryEntry(
            at=row.created_at,
            who=row.user_name,
            action=row.action,
            field=row.field,
            old_value=row.old_value,
            new_value=row.new_value,
            reason=row.reason,
        )
        for row in rows
    ]
