"""A client's timeline: activities, follow-ups and the record's history in one list, newest first.

A colleague who needs to know what happened with a client reads it here
instead of phoning around. Each source is read newest first up to the limit
and the three are merged, so a busy client costs three short index scans.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.permissions import ensure_can_see
from crm_desktop.store.models import ACTIVITY_KINDS, Activity, AuditEvent, Client, Task, User

FOLLOW_UP = "follow_up"
HISTORY = "history"
TIMELINE_KINDS = (*ACTIVITY_KINDS, FOLLOW_UP, HISTORY)
#: Fields whose changes only echo other entries (an activity moves last contact on).
QUIET_FIELDS = frozenset({"last_contact_at"})


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline.

    `kind` is an activity kind, "follow_up" or "history". For a follow-up, `at` is
    when it was done, or when it is due while still open; `done` says which.
    For history, `action`/`field`/`old_value`/`new_value` say what changed.
    """

    kind: str
    at: datetime
    record_id: str
    text: str
    who: str = ""
    next_step: str = ""
    done: bool = False
    has_time: bool = True
    action: str = ""
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None


def _activities(session: Session, client_id: str, kinds: set[str],
                limit: int) -> list[TimelineEntry]:
    wanted = [k for k in ACTIVITY_KINDS if k in kinds]
    if not wanted:
        return []
    stmt = (
        select(Activity, User.display_name)
        .outerjoin(User, User.id == Activity.user_id)
        .where(Activity.client_id == client_id, Activity.deleted.is_(False))
        .order_by(Activity.happened_at.desc())
        .limit(limit)
    )
    if len(wanted) < len(ACTIVITY_KINDS):
        stmt = stmt.where(Activity.kind.in_(wanted))
    return [
        TimelineEntry(kind=a.kind, at=a.happened_at, record_id=a.id, text=a.text,
                      who=name or "", next_step=a.next_step)
        for a, name in session.execute(stmt)
    ]


def _follow_ups(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    stmt = (
        select(Task, User.display_name)
        .outerjoin(User, User.id == Task.assignee_id)
        .where(Task.client_id == client_id, Task.deleted.is_(False))
        .order_by(Task.due_at.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(kind=FOLLOW_UP, at=t.done_at or t.due_at, record_id=t.id, text=t.title,
                      who=name or "", done=t.done_at is not None,
                      has_time=t.has_time or t.done_at is not None)
        for t, name in session.execute(stmt)
    ]


def _history(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.table_name == "client", AuditEvent.record_id == client_id,
               AuditEvent.field.not_in(QUIET_FIELDS))
        .order_by(AuditEvent.created_at.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(kind=HISTORY, at=e.created_at, record_id=e.id, text="",
                      who=e.user_name, action=e.action, field=e.field,
                      old_value=e.old_value, new_value=e.new_value)
        for e in session.scalars(stmt)
    ]


def _newest_first(sources: Iterable[list[TimelineEntry]]) -> Iterator[TimelineEntry]:
    return heapq.merge(*sources, key=lambda e: e.at, reverse=True)


def client_timeline(
    session: Session,
    actor: Actor,
    client_id: str,
    kinds: Iterable[str] | None = None,
    *,
    limit: int = 200,
) -> list[TimelineEntry]:
    """Newest first; `kinds` keeps only those kinds (activity kinds, follow_up, history)."""
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    wanted = set(kinds) if kinds is not None else set(TIMELINE_KINDS)
    sources = [_activities(session, client_id, wanted, limit)]
    if FOLLOW_UP in wanted:
        # an open follow-up sorts by its due moment; a done one by when it was done
        sources.append(sorted(_follow_ups(session, client_id, limit),
                              key=lambda e: e.at, reverse=True))
    if HISTORY in wanted:
        sources.append(_history(session, client_id, limit))
    merged = _newest_first(sources)
    return [entry for _, entry in zip(range(limit), merged, strict=False)]
