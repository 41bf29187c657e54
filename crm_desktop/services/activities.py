"""The activity log: calls, visits, messages, meetings, service visits and notes.

Logging a contact moves the client's "last contact" forward (a note to oneself
does not: it is not a contact), may plan the next step as a follow-up, and may
close the follow-up it answers — all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services import dates
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.followups import (
    CONTACT_KINDS,
    FollowUp,
    add_follow_up,
    client_label,
    mark_done,
)
from crm_desktop.services.permissions import ensure_can_see
from crm_desktop.services.search import search_client_ids
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import ACTIVITY_KINDS, Activity, Client, Contact, User

#: Every kind of activity, for callers above the store (the interface).
KINDS: tuple[str, ...] = ACTIVITY_KINDS
TEXT_MAX = 20_000
#: How far ahead "when it happened" may be (clocks differ; a meeting later today is fine).
FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class NextStep:
    """What to do next and when; `due_at` with `has_time` False means only the day."""

    title: str
    due_at: datetime
    has_time: bool = False
    allow_past: bool = False


@dataclass(frozen=True)
class ActivityView:
    id: str
    client_id: str
    client_name: str
    kind: str
    happened_at: datetime
    text: str
    next_step: str
    user_name: str
    contact_name: str


@dataclass(frozen=True)
class Logged:
    activity: ActivityView
    follow_up: FollowUp | None


def _clean_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError("text", "empty", "Please write a few words about what happened.")
    if len(text) > TEXT_MAX:
        raise ValidationError("text", "too_long", f"Please keep it under {TEXT_MAX} characters.")
    return text


def log_activity(
    session: Session,
    actor: Actor,
    client_id: str,
    kind: str,
    text: str,
    *,
    happened_at: datetime | None = None,
    contact_id: str | None = None,
    next_step: NextStep | None = None,
    completes: str | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> Logged:
    """Log what happened with a client.

    A client the person may not see is refused exactly as a missing one is.
    `completes` names a follow-up this activity answers; it is marked done.
    """
    now = now or utc_now()
    tz = tz or dates.local_tz()
    if actor.id is None:
        raise PermissionDenied("Activities belong to a person; sign in first.")
    if kind not in ACTIVITY_KINDS:
        raise ValidationError("kind", "choice", f"Choose one of {ACTIVITY_KINDS}.")
    text = _clean_text(text)
    happened_at = happened_at or now
    if happened_at.tzinfo is None:
        raise ValidationError("happened_at", "no_timezone", "The time needs a time zone.")
    if happened_at > now + FUTURE_SLACK:
        raise ValidationError("happened_at", "future", "That is still in the future.")
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    if client.deleted:
        raise NotFound("This client is in the Recycle Bin.")
    contact: Contact | None = None
    if contact_id is not None:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted or contact.client_id != client.id:
            raise ValidationError("contact_id", "not_this_client",
                                  "That person does not work for this client.")
    activity = Activity(
        client_id=client.id,
        contact_id=contact_id,
        user_id=actor.id,
        kind=kind,
        happened_at=happened_at,
        text=text,
        next_step=next_step.title.strip() if next_step else "",
    )
    session.add(activity)
    if kind in CONTACT_KINDS and (
        client.last_contact_at is None or client.last_contact_at < happened_at
    ):
        client.last_contact_at = happened_at
    follow_up = None
    if next_step is not None:
        follow_up = add_follow_up(
            session, actor, next_step.title, next_step.due_at, has_time=next_step.has_time,
            client_id=client.id, allow_past=next_step.allow_past, now=now, tz=tz,
        )
    session.flush()
    if completes is not None:
        mark_done(session, actor, completes, now, activity_id=activity.id)
    return Logged(_view(activity, client, actor.name, contact), follow_up)


def _view(activity: Activity, client: Client, user_name: str,
          contact: Contact | None) -> ActivityView:
    return ActivityView(
        id=activity.id,
        client_id=activity.client_id,
        client_name=client_label(client),
        kind=activity.kind,
        happened_at=activity.happened_at,
        text=activity.text,
        next_step=activity.next_step,
        user_name=user_name,
        contact_name=contact.name if contact else "",
    )


def client_activities(
    session: Session, actor: Actor, client_id: str, *, kinds: tuple[str, ...] | None = None,
    limit: int = 200,
) -> list[ActivityView]:
    """A client's activities, newest first."""
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    stmt = (
        select(Activity, User.display_name, Contact)
        .outerjoin(User, User.id == Activity.user_id)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(Activity.client_id == client_id, Activity.deleted.is_(False))
    )
    if kinds is not None:
        stmt = stmt.where(Activity.kind.in_(kinds))
    rows = session.execute(stmt.order_by(Activity.happened_at.desc()).limit(limit))
    return [_view(a, client, name or "", contact) for a, name, contact in rows]


@dataclass(frozen=True)
class ClientChoice:
    """A client as the wizard's first page lists it."""

    id: str
    name: str
    detail: str


def _choice(client: Client) -> ClientChoice:
    details = [client.phones[0]] if client.phones else []
    if client.address:
        details.append(client.address.splitlines()[0])
    return ClientChoice(client.id, client_label(client), " · ".join(details))


def client_choice(session: Session, actor: Actor, client_id: str) -> ClientChoice:
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    return _choice(client)


def find_clients_to_log(
    session: Session, actor: Actor, typed: str, limit: int = 20
) -> list[ClientChoice]:
    """The wizard's "Which client?": the client list's search (pinyin, phone digits)."""
    ids = search_client_ids(session, actor, typed, limit)
    if not ids:
        return []
    found = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
    return [_choice(found[i]) for i in ids if i in found]
