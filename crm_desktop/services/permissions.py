"""Who sees what (DESIGN.md): the one place the rule is written for the PC."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.company import staff_view
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.store.base import SyncedMixin
from crm_desktop.store.models import (
    Activity,
    Client,
    Complaint,
    Contact,
    Deal,
    Task,
)

CLIENT_CHILDREN: tuple[type[SyncedMixin], ...] = (Contact, Activity, Deal, Complaint, Task)
ADMIN_ONLY_TABLES = frozenset(
    {"company_setting", "department", "app_user", "pipeline_stage", "approval_flow"}
)


def visible_clients(session: Session, actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause over Client selecting the clients this person may see."""
    if actor.is_admin:
        return true()
    if actor.id is None:
        return false()
    own = Client.owner_id == actor.id
    scope = "department" if actor.is_manager else staff_view(session)
    if scope == "company":
        return true()
    if scope == "department" and actor.department_id is not None:
        return or_(own, Client.department_id == actor.department_id)
    return own


def can_see_client(session: Session, actor: Actor, client: Client) -> bool:
    stmt = select(Client.id).where(Client.id == client.id, visible_clients(session, actor))
    return session.scalar(stmt) is not None


def client_of(session: Session, record: SyncedMixin) -> Client | None:
    if isinstance(record, Client):
        return record
    client_id = getattr(record, "client_id", None)
    return session.get(Client, client_id) if client_id else None


def can_see(session: Session, actor: Actor, record: SyncedMixin) -> bool:
    """Clients by the rule; records hanging off a client follow it; the rest is shared."""
    if actor.is_admin:
        return True
    client = client_of(session, record)
    if client is not None:
        return can_see_client(session, actor, client)
    if isinstance(record, Task):
        return record.assignee_id == actor.id
    return True


def can_edit(session: Session, actor: Actor, record: SyncedMixin) -> bool:
    if record.__tablename__ in ADMIN_ONLY_TABLES:  # type: ignore[attr-defined]
        return actor.is_admin
    if getattr(record, "__append_only__", False):
        return False
    return can_see(session, actor, record)


def ensure_can_see(session: Session, actor: Actor, record: SyncedMixin | None) -> SyncedMixin:
    """Not visible and not there look the same: a guessed id learns nothing."""
    if record is None or not can_see(session, actor, record):
        raise NotFound("There is no such record, or it is not yours to open.")
    return record


def ensure_can_edit(session: Session, actor: Actor, record: SyncedMixin) -> None:
    ensure_can_see(session, actor, record)
    if not can_edit(session, actor, record):
        raise PermissionDenied("You may look at this record but not change it.")
