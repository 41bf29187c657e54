"""The search box: what the person typed, turned into a safe full-text query.

Each word becomes an FTS5 string with a trailing ``*`` (a prefix), and the
words are ANDed, so quotes, ``%``, ``*`` and SQL are only ever text. A query
made of digits and phone punctuation with four or more digits searches the
phone digit runs; a run of Chinese characters also matches inside a longer
name (character by character).
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, TextClause, column, select, table, text
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
#: Typed text this short (letters) matches a large part of any office: see :func:`is_short`.
SHORT_CHARS = 2

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


def is_short(typed: str) -> bool:
    """One or two characters, or a phone number of fewer than MIN_DIGITS digits.

    Such a search matches tens of thousands of clients in a large office; the list then
    shows the first matches and says "more than" instead of counting and sorting them all.
    """
    folded = fold_text(typed or "")
    if _PHONE_LIKE.fullmatch(folded):
        return len(phone_digits(folded)) < MIN_DIGITS
    return len(folded.replace(" ", "")) <= SHORT_CHARS


def match(query: str) -> TextClause:
    """``client_search MATCH query``, for a statement that joins the index (:data:`fts`)."""
    return text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query)


def matching_ids(query: str) -> ColumnElement[bool]:
    """A WHERE clause over Client: its id is among the index matches of ``query``.

    Fine for a handful of ids; a list of matches should join :data:`fts` instead (SQLite
    plans ``IN (subquery)`` as a walk over every client).
    """
    return Client.id.in_(select(fts.c.client_id).where(match(query)).scalar_subquery())


def search_client_ids(session: Session, actor: Actor, typed: str, limit: int = 50) -> list[str]:
    """Ids of live clients this person may see that match, best matches first."""
    query = fts_query(typed)
    if query is None:
        return []
    stmt = (
        select(Client.id)
        .join(fts, fts.c.client_id == Client.id)
        .where(
            match(query),
            Client.deleted.is_(False),
            visible_clients(session, actor),
        )
        .order_by(text("rank"))
        .limit(limit)
    )
    return list(session.scalars(stmt))
