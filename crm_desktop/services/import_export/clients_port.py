"""The importer's door to the client records: find a likely duplicate, create, fill in.

This is a small stand-in until the clients service (issue 4) lands; the
batch code only talks to :class:`ClientPort`, so swapping in
``services.clients`` later changes this module alone. It writes through the
ORM session, so change tracking stamps every row and writes its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.ids import new_id
from crm_desktop.domain.phones import normalize_phone, phone_search_variants
from crm_desktop.domain.search_keys import name_match_key, search_tokens
from crm_desktop.services.actor import Actor
from crm_desktop.services.import_export.convert import ClientDraft
from crm_desktop.services.permissions import can_edit
from crm_desktop.store.models import Client, ContactKey, Department, User

FILLABLE = ("company", "address", "website", "notes", "source")
LISTS = ("phones", "emails", "tags")


@dataclass(frozen=True)
class Match:
    """An existing client (or an earlier row of the same file) that looks like the same one."""

    client_id: str | None
    row: int | None
    visible: bool
    owner_name: str = ""
    department_name: str = ""
    reason: str = ""


class ClientPort(Protocol):
    def find_match(self, draft: ClientDraft) -> Match | None: ...

    def remember(self, draft: ClientDraft, client_id: str | None) -> None: ...

    def create(
        self, draft: ClientDraft, owner: User | None, brought_in_by: User | None
    ) -> str: ...

    def fill_empty(self, client_id: str, draft: ClientDraft, apply: bool) -> dict[str, Any]: ...


def _keys(draft: ClientDraft) -> list[tuple[str, str]]:
    return [("phone", p) for p in draft.phones] + [("email", e) for e in draft.emails]


class LocalClients:
    """ClientPort over the local store: ContactKey for phones and e-mails, names by match key."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self._keys: dict[tuple[str, str], tuple[str | None, int | None]] = {}
        for kind, value, client_id in session.execute(
            select(ContactKey.kind, ContactKey.value, ContactKey.client_id).where(
                ContactKey.deleted.is_(False)
            )
        ):
            self._keys.setdefault((kind, value), (client_id, None))
        self._names: dict[str, tuple[str | None, int | None]] | None = None
        self._search = session.get_bind().dialect.name == "sqlite"
        self._pending_index: list[Client] = []

    def _name_index(self) -> dict[str, tuple[str | None, int | None]]:
        if self._names is None:
            self._names = {}
            rows = self.session.execute(
                select(Client.id, Client.name, Client.company).where(Client.deleted.is_(False))
            )
            for client_id, name, company in rows:
                key = _name_key(name, company)
                if key:
                    self._names.setdefault(key, (client_id, None))
        return self._names

    def find_match(self, draft: ClientDraft) -> Match | None:
        for key in _keys(draft):
            found = self._keys.get(key)
            if found:
                what = "phone number" if key[0] == "phone" else "e-mail address"
                return self._match(found, f"the same {what} {key[1]}")
        name_key = _draft_key(draft)
        # Two people of the same name are only taken for one when nothing tells them apart.
        if name_key and (draft.company or not _keys(draft)):
            by_name = self._name_index().get(name_key)
            if by_name:
                return self._match(by_name, "the same name")
        return None

    def _match(self, found: tuple[str | None, int | None], reason: str) -> Match:
        client_id, row = found
        if client_id is None:
            return Match(None, row, True, reason=reason)
        client = self.session.get(Client, client_id)
        if client is None:
            return Match(client_id, None, False, reason=reason)
        visible = can_edit(self.session, self.actor, client)
        owner = self.session.get(User, client.owner_id) if client.owner_id else None
        department = (
            self.session.get(Department, client.department_id) if client.department_id else None
        )
        return Match(
            client_id,
            None,
            visible,
            owner.display_name if owner else "",
            department.name if department else "",
            reason,
        )

    def remember(self, draft: ClientDraft, client_id: str | None) -> None:
        entry = (client_id, draft.row)
        for key in _keys(draft):
            self._keys.setdefault(key, entry)
        name_key = _draft_key(draft)
        if name_key:
            self._name_index().setdefault(name_key, entry)

    def create(self, draft: ClientDraft, owner: User | None, brought_in_by: User | None) -> str:
        client = Client(
            id=new_id(),
            kind=draft.kind if draft.kind in ("company", "person") else "person",
            name=draft.name[:200],
            company=draft.company[:200],
            phones=list(draft.phones),
            emails=list(draft.emails),
            address=draft.address,
            website=draft.website[:255],
            notes=draft.notes,
            owner_id=owner.id if owner else None,
            brought_in_by=brought_in_by.id if brought_in_by else None,
            brought_in_at=draft.brought_in_at,
            department_id=owner.department_id if owner else None,
            grade=draft.grade or "C",
            status=draft.status or "active",
            source=draft.source[:120],
            tags=list(draft.tags),
            last_contact_at=draft.last_contact_at,
        )
        self.session.add(client)
        for kind, value in _keys(draft):
            self.session.add(ContactKey(
                kind=kind, value=value, client_id=client.id, owner_id=client.owner_id,
                department_id=client.department_id,
            ))
        if self._search:
            self._pending_index.append(client)
        return client.id

    def fill_empty(self, client_id: str, draft: ClientDraft, apply: bool) -> dict[str, Any]:
        """Old values of the fields this row would fill in (only empty fields, new list items)."""
        client = self.session.get(Client, client_id)
        if client is None:
            return {}
        changes: dict[str, Any] = {}
        for name in FILLABLE:
            new = getattr(draft, name)
            if new and not getattr(client, name):
                changes[name] = (getattr(client, name), new)
        if draft.last_contact_at and client.last_contact_at is None:
            changes["last_contact_at"] = (None, draft.last_contact_at)
        for name in LISTS:
            old = list(getattr(client, name) or [])
            added = [v for v in getattr(draft, name) if v not in old]
            if added:
                changes[name] = (old, old + added)
        if apply and changes:
            for name, (_old, new) in changes.items():
                setattr(client, name, new)
            new_keys: list[tuple[str, str]] = []
            for field, kind in (("phones", "phone"), ("emails", "email")):
                if field in changes:
                    old, new = changes[field]
                    new_keys.extend((kind, v) for v in new if v not in old)
            for kind, value in new_keys:
                self.session.add(ContactKey(
                    kind=kind, value=value, client_id=client.id, owner_id=client.owner_id,
                    department_id=client.department_id,
                ))
            if self._search:
                self._pending_index.append(client)
        return changes

    def flush_index(self) -> None:
        """Write the search-index rows of the clients made or changed since the last call."""
        if not self._search or not self._pending_index:
            return
        rows = [{"id": c.id, "tokens": client_tokens(c)} for c in self._pending_index]
        self.session.execute(text("DELETE FROM client_search WHERE client_id = :id"),
                             [{"id": r["id"]} for r in rows])
        self.session.execute(
            text("INSERT INTO client_search (client_id, tokens) VALUES (:id, :tokens)"), rows
        )
        self._pending_index = []


def client_tokens(client: Client) -> str:
    parts = [search_tokens(client.name, person_name=client.kind == "person"),
             _company_tokens(client.company)]
    for phone in client.phones or []:
        try:
            parts.extend(phone_search_variants(normalize_phone(phone)))
        except ValueError:
            continue
    parts.extend(client.emails or [])
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=4096)
def _company_tokens(company: str) -> str:
    """Companies repeat down a list; their tokens are worked out once."""
    return search_tokens(company) if company else ""


@lru_cache(maxsize=4096)
def _company_key(company: str) -> str:
    return name_match_key(company) if company else ""


def _name_key(name: str, company: str) -> str:
    key = name_match_key(name) if name else ""
    if not key:
        return ""
    return f"{key}|{_company_key(company)}"


def _draft_key(draft: ClientDraft) -> str:
    if draft.match_key is None:
        draft.match_key = _name_key(draft.name, draft.company)
    return draft.match_key
