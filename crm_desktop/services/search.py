"""The search box: what the person typed, turned into a safe full-text query.

Each word becomes an FTS5 string with a trailing ``*`` (a prefix), and the
words are ANDed, so quotes, ``%``, ``*`` and SQL are only ever text. A query
made of digits and phone punctuation with four or more digits searches the
phone digit runs; a run of Chinese characters also matches inside a longer
name (character by character).
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, column, select, table, text
from sqlalchemy.orm import Session

from crm_desktop.domain.phones import phone_digits
from crm_desktop.domain.search_keys import fold_text
from crm_desktop.services.actor import Actor
from crm_desktop.services.permissions import visible_clients
from crm_desktop.store.models import Client
from crm_desktop.store.search_index import FTS_TABLE, MIN_DIGITS

_PHONE_LIKE = re.compile(r"[\d\s+\-().]+")
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]{2,}")
MAX_TERMS = 12

fts = table(FTS_TABLE, column("client_id"), column("tokens"))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _term(word: str) -> str:
    prefix = _quoted(word) + "*"
    if _HAN_RUN.fullmatch(word):
        # Also inside a longer run: the index holds each character as a token in order.
        return f"({prefix} OR {_quoted(' '.join(word))})"
    return prefix


def fts_query(typed: str) -> str | None:
    """The MATCH expression for what was typed, or None when there is nothing to search."""
    folded = fold_text(typed or "")
    if not folded:
        return None
    if _PHONE_LIKE.fullmatch(folded):
        digits = phone_digits(folded)
        if len(digits) >= MIN_DIGITS:
            return _quoted(digits) + "*"
    words = [w for w in folded.split(" ") if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    return " AND ".join(_term(w) for w in words[:MAX_TERMS])


def matching_ids(query: str) -> ColumnElement[bool]:
    """A WHERE clause over Client: its id is among the index matches of ``query``."""
    match = select(fts.c.client_id).where(
        text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query)
    )
    return Client.id.in_(match.scalar_subquery())


def search_client_ids(session: Session, actor: Actor, typed: str, limit: int = 50) -> list[str]:
    """Ids of live clients this person may see that match, best matches first."""
    query = fts_query(typed)
    if query is None:
        return []
    stmt = (
        select(Client.id)
        .join(fts, fts.c.client_id == Client.id)
        .where(
            text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query),
            Client.deleted.is_(False),
            visible_clients(session, actor),
        )
        .order_by(text("rank"))
        .limit(limit)
    )
    return list(session.scalars(stmt))
