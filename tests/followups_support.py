"""Small builders for the follow-up tests: people, clients and a fixed moment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Client, Department, User

#: Shanghai time: far enough from UTC that a day boundary bug shows.
SHANGHAI = timezone(timedelta(hours=8))
#: Tuesday 12 March 2024, 10:00 in Shanghai.
NOW = datetime(2024, 3, 12, 2, 0, tzinfo=UTC)


def person(ws: Workspace, name: str, role: str = "staff",
           department_id: str | None = None) -> Actor:
    with ws.session() as session:
        user = User(login=name, display_name=name, role=role, department_id=department_id)
        session.add(user)
        session.flush()
        return Actor.from_user(user)


def department(ws: Workspace, name: str) -> str:
    with ws.session() as session:
        dep = Department(name=name)
        session.add(dep)
        session.flush()
        return dep.id


def client(ws: Workspace, name: str, owner: Actor, *, grade: str = "C",
           last_contact_at: datetime | None = None, created_at: datetime | None = None,
           department_id: str | None = None, company: str = "") -> str:
    with ws.session() as session:
        row = Client(name=name, company=company, owner_id=owner.id, brought_in_by=owner.id,
                     brought_in_at=created_at or NOW - timedelta(days=400), grade=grade,
                     last_contact_at=last_contact_at, department_id=department_id)
        session.add(row)
        session.flush()
        return row.id


def get(ws: Workspace, model: type, record_id: str) -> object:
    with ws.session() as session:
        row = session.get(model, record_id)
        assert row is not None
        session.expunge(row)
        return row


def in_session(ws: Workspace, actor: Actor) -> Session:
    session = ws.sessions()
    session.info["actor"] = actor
    return session
