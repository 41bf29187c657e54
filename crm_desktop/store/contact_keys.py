"""The duplicate-check directory (``contact_key``), kept in step with clients and contacts.

A ``before_flush`` hook (run before change tracking, so new key rows get their
clock stamps) recomputes the keys of every client touched in the flush:

- ``phone``: the stored number (E.164, with ";ext=N" when there is one);
- ``email``: the normalised address;
- ``name`` / ``company`` / ``contact``: a hash of the similar-name key of the
  client's name, its company and each contact person's name. Only hashes are
  kept, so the directory every PC holds does not spell out anyone's name.

Keys of deleted or merged clients are tombstoned, never removed. Rows merged
from the server (``applying_remote``) bring their own keys and are left alone.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from crm_desktop.domain.ids import new_id
from crm_desktop.domain.search_keys import name_match_key
from crm_desktop.store.models import Client, Contact, ContactKey

KEY_KINDS = ("phone", "email", "name", "company", "contact")
MAX_VALUE = 255


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The stored form of a similar-name key ("" when the text has no letters or digits)."""
    key = name_match_key(text)
    if not key:
        return ""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()


def desired_keys(client: Client, contacts: list[Contact]) -> set[tuple[str, str]]:
    """The (kind, value) keys a live client should have in the directory."""
    if client.deleted or client.merged_into_id:
        return set()
    keys: set[tuple[str, str]] = set()
    keys.update(("phone", p[:MAX_VALUE]) for p in client.phones or [])
    keys.update(("email", e[:MAX_VALUE]) for e in client.emails or [])
    for kind, text in (("name", client.name), ("company", client.company or "")):
        value = name_key(text)
        if value:
            keys.add((kind, value))
    for contact in contacts:
        if contact.deleted:
            continue
        keys.update(("phone", p[:MAX_VALUE]) for p in contact.phones or [])
        keys.update(("email", e[:MAX_VALUE]) for e in contact.emails or [])
        value = name_key(contact.name)
        if value:
            keys.add(("contact", value))
    return keys


def _touched(session: Session) -> tuple[set[str], dict[str, Client]]:
    """Ids of touched clients, and the clients that are brand new in this flush."""
    ids: set[str] = set()
    new: dict[str, Client] = {}
    for obj in session.new:
        if isinstance(obj, Client):
            if obj.id is None:
                obj.id = new_id()
            ids.add(obj.id)
            new[obj.id] = obj
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Client):
            ids.add(obj.id)
        elif isinstance(obj, Contact):
            if obj.client_id:
                ids.add(obj.client_id)
            old = inspect(obj).attrs["client_id"].history.deleted or ()
            ids.update(v for v in old if isinstance(v, str))
    return ids, new


def _sync_client(session: Session, client_id: str, pending: Client | None,
                 pending_contacts: list[Contact], pending_keys: list[ContactKey]) -> None:
    brand_new = pending is not None
    client = pending or session.get(Client, client_id)
    if client is None:
        return
    contacts = list(pending_contacts)
    existing = list(pending_keys)
    if not brand_new:
        contacts += [
            c
            for c in session.scalars(select(Contact).where(Contact.client_id == client_id))
            if c not in pending_contacts and c.client_id == client_id
        ]
        existing += [
            k
            for k in session.scalars(select(ContactKey).where(ContactKey.client_id == client_id))
            if k not in pending_keys
        ]
    wanted = desired_keys(client, contacts)
    seen: set[tuple[str, str]] = set()
    for key in existing:
        pair = (key.kind, key.value)
        if pair in wanted and pair not in seen:
            seen.add(pair)
            if key.deleted:
                key.deleted = False
            if key.owner_id != client.owner_id:
                key.owner_id = client.owner_id
            if key.department_id != client.department_id:
                key.department_id = client.department_id
        elif not key.deleted:
            key.deleted = True
    for kind, value in sorted(wanted - seen):
        session.add(
            ContactKey(
                kind=kind,
                value=value,
                client_id=client_id,
                owner_id=client.owner_id,
                department_id=client.department_id,
            )
        )


def _on_before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    if session.info.get("applying_remote"):
        return
    ids, new = _touched(session)
    if not ids:
        return
    # Pending contacts and keys by client, read once (an import flushes thousands at once).
    # A changed contact counts under the client it now belongs to: one moved by a merge
    # is not yet there in the database, which still has it under its old client.
    contacts: dict[str, list[Contact]] = {}
    keys: dict[str, list[ContactKey]] = {}
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Contact) and obj.client_id:
            contacts.setdefault(obj.client_id, []).append(obj)
        elif isinstance(obj, ContactKey) and obj.client_id and obj in session.new:
            keys.setdefault(obj.client_id, []).append(obj)
    with session.no_autoflush:
        for client_id in sorted(ids):
            _sync_client(session, client_id, new.get(client_id),
                         contacts.get(client_id, []), keys.get(client_id, []))


def install(session_class: type[Session] = Session) -> None:
    """Hook the directory upkeep onto every Session, ahead of change tracking (idempotent)."""
    if not event.contains(session_class, "before_flush", _on_before_flush):
        event.listen(session_class, "before_flush", _on_before_flush, insert=True)
