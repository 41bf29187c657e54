"""The client list as windows of rows: filtered, searched and sorted in the database.

The list page asks for the row count once and then for slices as the person
scrolls, so opening a list of 100 000 clients costs the same as one of 100:

- a window continues from a row the list already holds (``after`` / ``before`` the sort
  value and id of that row: keyset paging over ``ix_client_list_order``), or is counted
  from the nearer end of the list (``from_end``), never skipping tens of thousands of rows;
- a search is driven by the full-text index (a join), and a very short one (one or two
  characters, a phone number of fewer than four digits) holds only the first
  :data:`SHORT_WINDOW` matches: :func:`list_size` says "more than" instead of counting
  and sorting tens of thousands of clients.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    Text,
    cast,
    func,
    literal,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from crm_desktop.services.actor import Actor
from crm_desktop.services.client_input import display_phone
from crm_desktop.services.permissions import visible_clients
from crm_desktop.services.search import fts, fts_query, is_short, match
from crm_desktop.store.models import Client, User

SCOPES = ("visible", "mine", "brought_in")
SORT_KEYS = ("name", "company", "phone", "owner", "grade", "status", "last_contact_at",
             "brought_in_at", "updated_at")
#: Sorts on a column that is never NULL: a window can continue from a row (keyset paging).
KEYSET_SORTS = ("name", "company", "grade", "status")
#: How many matches a very short search holds (see search.is_short).
SHORT_WINDOW = 200


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
    #: The first phone as stored (E.164); :attr:`phone` formats it when a cell shows it.
    stored_phone: str
    email: str
    owner_name: str
    grade: str
    status: str
    tags: tuple[str, ...]
    last_contact_at: datetime | None
    brought_in_at: datetime | None
    #: False for a client you brought in but may no longer open (it shows name and owner only).
    visible: bool = True

    @property
    def phone(self) -> str:
        """The first phone written for people (formatted only when asked: it is not cheap)."""
        return _display_phone(self.stored_phone) if self.stored_phone else ""


@dataclass(frozen=True)
class ListSize:
    """How many rows the list holds; ``more``: a short search stopped there, more match."""

    rows: int
    more: bool = False


#: Where a window continues from: the sort value and id of a row the list already holds.
RowKey = tuple[Any, str]


def row_key(row: ClientRow, flt: ClientFilter) -> RowKey | None:
    """The keyset position of ``row`` in the order of ``flt``, when that order allows one."""
    if flt.sort not in KEYSET_SORTS:
        return None
    return getattr(row, flt.sort), row.id


Owner = aliased(User)


@lru_cache(maxsize=4096)
def _display_phone(stored: str) -> str:
    return display_phone(stored)


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
    if flt.text.strip() and fts_query(flt.text) is None:
        conditions.append(Client.id.is_(None))  # only punctuation typed: nothing matches
    return conditions


def _short_matches(session: Session, actor: Actor, flt: ClientFilter, query: str,
                   limit: int) -> Subquery:
    """The first ``limit`` matching clients in the index's own order (a short search)."""
    return (
        select(Client.id.label("id"))
        .select_from(fts)
        .join(Client, Client.id == fts.c.client_id)
        .where(match(query), *_where(session, actor, flt))
        .limit(limit)
        .subquery("short_matches")
    )


def _matching(session: Session, actor: Actor, flt: ClientFilter, stmt: Select[Any]) -> Select[Any]:
    """``stmt`` (over Client) narrowed to what the person typed, driven by the search index."""
    query = fts_query(flt.text)
    if query is None:
        return stmt.select_from(Client).where(*_where(session, actor, flt))
    if is_short(flt.text):
        short = _short_matches(session, actor, flt, query, SHORT_WINDOW)
        return stmt.select_from(short).join(Client, Client.id == short.c.id)
    return (stmt.select_from(fts).join(Client, Client.id == fts.c.client_id)
            .where(match(query), *_where(session, actor, flt)))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _sort_column(flt: ClientFilter) -> Any:
    return {
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


def _order(flt: ClientFilter, reverse: bool = False) -> list[Any]:
    """The sort column then the id, both in the same direction (so keyset paging works)."""
    descending = flt.descending != reverse
    return [c.desc() if descending else c.asc() for c in (_sort_column(flt), Client.id)]


#: The list shows one phone and one e-mail: only those are read, as text (no JSON decoding).
COLUMNS = (
    Client.id, Client.name, Client.company, Client.kind,
    func.json_extract(Client.phones, "$[0]").label("first_phone"),
    func.json_extract(Client.emails, "$[0]").label("first_email"),
    Owner.display_name, Client.grade, Client.status, Client.tags,
    Client.last_contact_at, Client.brought_in_at,
)


def count_clients(session: Session, actor: Actor, flt: ClientFilter) -> int:
    """How many clients match, counted exactly (the list itself uses :func:`list_size`)."""
    query = fts_query(flt.text)
    stmt = select(func.count()).select_from(Client)
    if query is not None:
        stmt = (select(func.count()).select_from(fts)
                .join(Client, Client.id == fts.c.client_id).where(match(query)))
    return int(session.scalar(stmt.where(*_where(session, actor, flt))) or 0)


def list_size(session: Session, actor: Actor, flt: ClientFilter) -> ListSize:
    """How many rows the list holds: exact, except for a very short search (at most
    :data:`SHORT_WINDOW`, and ``more`` when further clients match)."""
    query = fts_query(flt.text)
    if query is None or not is_short(flt.text):
        return ListSize(count_clients(session, actor, flt))
    short = _short_matches(session, actor, flt, query, SHORT_WINDOW + 1)
    found = int(session.scalar(select(func.count()).select_from(short)) or 0)
    return ListSize(min(found, SHORT_WINDOW), more=found > SHORT_WINDOW)


def list_clients(
    session: Session, actor: Actor, flt: ClientFilter, offset: int = 0, limit: int = 200,
    *, after: RowKey | None = None, before: RowKey | None = None, from_end: bool = False,
) -> list[ClientRow]:
    """One window of the list, in the requested order.

    ``after``/``before``: the window right after (before) the row with this key (see
    :func:`row_key`), found through the index; ``offset`` then skips rows beyond it.
    ``from_end``: ``offset`` counts from the end of the list (the scroll bar at the bottom).
    The rows come back in list order either way.
    """
    keyset = flt.sort in KEYSET_SORTS
    if not keyset:  # no keyset for this order: a key is meaningless, the offset counts
        after = before = None
    reverse = before is not None or from_end
    stmt = _matching(session, actor, flt, select(*COLUMNS))
    stmt = stmt.outerjoin(Owner, Owner.id == Client.owner_id)
    key = after if after is not None else before
    if key is not None:
        here = tuple_(_sort_column(flt), Client.id)
        there = tuple_(literal(key[0]), literal(key[1]))
        stmt = stmt.where(here < there if flt.descending != reverse else here > there)
    stmt = stmt.order_by(*_order(flt, reverse)).offset(max(offset, 0)).limit(limit)
    rows = list(session.execute(stmt).all())
    if reverse:
        rows.reverse()
    return _client_rows(session, actor, flt, rows)


def first_window(
    session: Session, actor: Actor, flt: ClientFilter, limit: int = 200
) -> tuple[ListSize, list[ClientRow]]:
    """The list's size and its first ``limit`` rows, in one transaction: what the list needs
    on opening and on each keystroke.

    Two queries, not one with ``count(*) OVER ()``: the window function makes SQLite keep
    every matching row whole before sorting, where ``ORDER BY … LIMIT`` keeps only the
    first ``limit`` and the count reads the index alone (twice as fast for "Jul").
    """
    return list_size(session, actor, flt), list_clients(session, actor, flt, 0, limit)


def _client_rows(session: Session, actor: Actor, flt: ClientFilter,
                 rows: list[Any]) -> list[ClientRow]:
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
        result.append(
            ClientRow(
                id=r.id, name=r.name, company=r.company or "", kind=r.kind,
                stored_phone=(r.first_phone or "") if shown else "",
                email=(r.first_email or "") if shown else "",
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
