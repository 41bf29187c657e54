"""The client search index (SQLite FTS5 table ``client_search``), kept in step with every write.

An ``after_flush`` hook re-indexes every client touched in the flush (and the
client of every touched contact), so no write path can forget it: services,
undo, merges, the sync engine's merges. Bulk loaders that insert with Core
statements call :func:`reindex` (or :func:`rebuild`) themselves.

Each row's ``rowid`` is derived from the client id, so replacing one client's
tokens is an indexed delete, never a scan of the whole index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from crm_desktop.domain.phones import PhoneError, normalize_phone, phone_search_variants
from crm_desktop.domain.search_keys import search_tokens
from crm_desktop.store.models import Client, Contact

FTS_TABLE = "client_search"
MIN_DIGITS = 4
_CHUNK = 500


def fts_rowid(client_id: str) -> int:
    """A stable 60-bit integer from the client's UUID (collisions are astronomically unlikely)."""
    return int(client_id.replace("-", "")[:15], 16)


def phone_key(stored: str) -> str:
    """The part of a stored phone ("+8613800138000;ext=12") that identifies the line."""
    return stored.split(";", 1)[0]


@lru_cache(maxsize=65536)
def phone_digit_tokens(stored: str) -> tuple[str, ...]:
    """Every digit suffix of 4+ digits of each written form, so any digit run is a prefix."""
    try:
        variants = phone_search_variants(normalize_phone(phone_key(stored)))
    except PhoneError:
        variants = ["".join(ch for ch in stored if ch.isdigit())]
    return suffixes(variants)


@lru_cache(maxsize=65536)
def _tokens(text: str, person_name: bool = False) -> str:
    """search_tokens, remembered: names and company words repeat a lot in an office."""
    return search_tokens(text, person_name=person_name)


def suffixes(variants: Iterable[str]) -> tuple[str, ...]:
    """Every suffix of 4+ digits of each digit string, once."""
    found: dict[str, None] = {}
    for digits in variants:
        for start in range(len(digits) - MIN_DIGITS + 1):
            found.setdefault(digits[start:], None)
    return tuple(found)


def client_tokens(
    *,
    kind: str,
    name: str,
    company: str,
    phones: Iterable[str],
    emails: Iterable[str],
    tags: Iterable[str],
    contacts: Iterable[tuple[str, Iterable[str], Iterable[str]]] = (),
    digit_tokens: Callable[[str], tuple[str, ...]] | None = None,
) -> str:
    """The text indexed for one client: names with pinyin, e-mails, tags, phone digit runs."""
    digits_of = digit_tokens or phone_digit_tokens
    parts = [_tokens(name, kind == "person"), _tokens(company)]
    parts += [_tokens(e) for e in emails]
    parts += [_tokens(t) for t in tags]
    digit_runs: list[str] = []
    for phone in phones:
        digit_runs += digits_of(phone)
    for contact_name, contact_phones, contact_emails in contacts:
        parts.append(_tokens(contact_name, True))
        parts += [_tokens(e) for e in contact_emails]
        for phone in contact_phones:
            digit_runs += digits_of(phone)
    parts.append(" ".join(dict.fromkeys(digit_runs)))
    return " ".join(p for p in parts if p)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def reindex(conn: Connection, client_ids: Iterable[str]) -> None:
    """Replace the index rows of these clients from what is stored now (deleted ones drop out)."""
    if conn.dialect.name != "sqlite":
        return
    ids = sorted(set(client_ids))
    for chunk in _chunks(ids):
        _reindex_chunk(conn, chunk)


def _reindex_chunk(conn: Connection, ids: Sequence[str]) -> None:
    c = Client.__table__.c
    rows = conn.execute(
        select(c.id, c.kind, c.name, c.company, c.phones, c.emails, c.tags).where(
            c.id.in_(ids), c.deleted.is_(False)
        )
    ).all()
    k = Contact.__table__.c
    contacts: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for client_id, name, phones, emails in conn.execute(
        select(k.client_id, k.name, k.phones, k.emails).where(
            k.client_id.in_(ids), k.deleted.is_(False)
        )
    ):
        contacts.setdefault(client_id, []).append((name, phones or [], emails or []))
    conn.execute(
        text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"),
        [{"rowid": fts_rowid(i)} for i in ids],
    )
    values: list[dict[str, Any]] = [
        {
            "rowid": fts_rowid(row.id),
            "client_id": row.id,
            "tokens": client_tokens(
                kind=row.kind,
                name=row.name,
                company=row.company or "",
                phones=row.phones or [],
                emails=row.emails or [],
                tags=row.tags or [],
                contacts=contacts.get(row.id, []),
            ),
        }
        for row in rows
    ]
    if values:
        insert_rows(conn, values)


def insert_rows(conn: Connection, values: list[dict[str, Any]]) -> None:
    """Add index rows {rowid, client_id, tokens} for clients not indexed yet (bulk loaders)."""
    conn.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, client_id, tokens) "
            "VALUES (:rowid, :client_id, :tokens)"
        ),
        values,
    )


def rebuild(conn: Connection) -> int:
    """Index every client afresh (after a bulk load or a repair); returns how many."""
    if conn.dialect.name != "sqlite":
        return 0
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    ids = list(conn.execute(select(Client.__table__.c.id)).scalars())
    reindex(conn, ids)
    return len(ids)


def _touched_clients(session: Session) -> set[str]:
    ids: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Client) and obj.id:
            ids.add(obj.id)
        elif isinstance(obj, Contact):
            if obj.client_id:
                ids.add(obj.client_id)
            old = inspect(obj).attrs["client_id"].history.deleted or ()
            ids.update(v for v in old if isinstance(v, str))
    return ids


def _on_after_flush(session: Session, _ctx: UOWTransaction) -> None:
    ids = _touched_clients(session)
    if ids:
        reindex(session.connection(), ids)


def install(session_class: type[Session] = Session) -> None:
    """Hook the index onto every Session (idempotent)."""
    if not event.contains(session_class, "after_flush", _on_after_flush):
        event.listen(session_class, "after_flush", _on_after_flush)
