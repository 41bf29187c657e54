"""The client list as windows of rows: filtered, searched and sorted in the database.

The list page asks for the row count once and then for slices as the person
scrolls, so opening a list of 100 000 clients costs the same as one of 100.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, and_, cast, func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.services.actor import Actor
from crm_desktop.services.client_input import display_phone
from crm_desktop.services.permissions import visible_clients
from crm_desktop.services.search import fts_query, matching_ids
from crm_desktop.store.models import Client, User

SCOPES = ("visible", "mine", "brought_in")
SORT_KEYS = ("name", "company", "phone", "owner", "grade", "status", "last_contact_at",
             "brought_in_at", "updated_at")


@dataclass(frozen=True)
class ClientFilter:
    """What the list shows: the search text, one quick filter, and the sort."""

    text: str = ""
    scope: str = "visible"
    grade: str | None = None
    status: str | None = None
    tag: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ClientRow:
    id: str
    name: str
    company: str
    kind: str
    phone: str
    email: str
    owner_name: str
    grade: str
    status: str
    tags: tuple[str, ...]
    last_contact_at: datetime | None
    brought_in_at: datetime | None
    #: False for a client you brought in but may no longer open (it shows name and owner only).
    visible: bool = True


Owner = aliased(User)


def _where(session: Session, actor: Actor, flt: ClientFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Client.deleted.is_(False)]
    if flt.scope == "brought_in":
        conditions.append(Client.brought_in_by == (actor.id or ""))
    else:
        conditions.append(visible_clients(session, actor))
        if flt.scope == "mine":
            conditions.append(Client.owner_id == (actor.id or ""))
    if flt.grade:
        conditions.append(Client.grade == flt.grade)
    if flt.status:
        conditions.append(Client.status == flt.status)
    if flt.tag:
        pattern = "%" + _like_escape(json.dumps(flt.tag)) + "%"
        conditions.append(cast(Client.tags, Text).like(pattern, escape="\\"))
    query = fts_query(flt.text)
    if flt.text.strip() and query is None:
        conditions.append(Client.id.is_(None))  # only punctuation typed: nothing matches
    elif query is not None:
        conditions.append(matching_ids(query))
    return conditions


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(flt: ClientFilter) -> list[Any]:
    column: Any = {
        "name": Client.name,
        "company": Client.company,
        "phone": Client.phones,
        "owner": Owner.display_name,
        "grade": Client.grade,
        "status": Client.status,
        "last_contact_at": Client.last_contact_at,
        "brought_in_at": Client.brought_in_at,
        "updated_at": Client.updated_at,
    }.get(flt.sort, Client.name)
    first = column.desc() if flt.descending else column.asc()
    return [first, Client.id]


def _base(session: Session, actor: Actor, flt: ClientFilter) -> Select[Any]:
    return (
        select(
            Client.id, Client.name, Client.company, Client.kind, Client.phones, Client.emails,
            Owner.display_name, Client.grade, Client.status, Client.tags,
            Client.last_contact_at, Client.brought_in_at,
        )
        .outerjoin(Owner, Owner.id == Client.owner_id)
        .where(and_(*_where(session, actor, flt)))
    )


def count_clients(session: Session, actor: Actor, flt: ClientFilter) -> int:
    stmt = select(func.count()).select_from(Client).where(and_(*_where(session, actor, flt)))
    return int(session.scalar(stmt) or 0)


def list_clients(
    session: Session, actor: Actor, flt: ClientFilter, offset: int = 0, limit: int = 200
) -> list[ClientRow]:
    """One window of the list, in the requested order."""
    stmt = _base(session, actor, flt).order_by(*_order(flt)).offset(max(offset, 0)).limit(limit)
    rows = session.execute(stmt).all()
    visible: set[str] = {r.id for r in rows}
    if flt.scope == "brought_in" and rows:
        visible = set(
            session.scalars(
                select(Client.id).where(
                    Client.id.in_([r.id for r in rows]), visible_clients(session, actor)
                )
            )
        )
    result = []
    for r in rows:
        shown = r.id in visible
        phones = r.phones or []
        emails = r.emails or []
        result.append(
            ClientRow(
                id=r.id, name=r.name, company=r.company or "", kind=r.kind,
                phone=display_phone(phones[0]) if phones and shown else "",
                email=emails[0] if emails and shown else "",
                owner_name=r.display_name or "", grade=r.grade, status=r.status,
                tags=tuple(r.tags or ()) if shown else (),
                last_contact_at=r.last_contact_at, brought_in_at=r.brought_in_at,
                visible=shown,
            )
        )
    return result


def all_tags(session: Session, actor: Actor, limit: int = 200) -> list[str]:
    """Tags in use on visible clients, for the quick filter."""
    found: dict[str, None] = {}
    stmt = (
        select(Client.tags)
        .where(Client.deleted.is_(False), visible_clients(session, actor), Client.tags != "[]")
        .limit(5000)
    )
    for tags in session.scalars(stmt):
        for tag in tags or []:
            found.setdefault(tag, None)
            if len(found) >= limit:
                return sorted(found)
    return sorted(found)
