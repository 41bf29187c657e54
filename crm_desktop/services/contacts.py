"""Contact persons at a client company; they follow their client for who may see them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_input import (
    clean_emails,
    clean_phones,
    clean_text,
    display_phone,
    split_list,
)
from crm_desktop.services.duplicates import phone_region
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.permissions import ensure_can_edit, ensure_can_see
from crm_desktop.store.models import Client, Contact

CONTACT_FIELDS = ("name", "title", "phones", "emails", "notes")


@dataclass
class ContactInput:
    name: str
    title: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class ContactInfo:
    id: str
    client_id: str
    name: str
    title: str
    phones: tuple[str, ...]
    phone_display: tuple[str, ...]
    emails: tuple[str, ...]
    notes: str


def _list(value: Any) -> list[str]:
    return split_list(value) if isinstance(value, str) else [str(v) for v in value or []]


def clean_contact_values(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    region = phone_region(session)
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            cleaned[key] = clean_text("name", value, required=True, check_scripts=True)
        elif key == "title":
            cleaned[key] = clean_text("title", value)
        elif key == "phones":
            cleaned[key] = clean_phones("phones", _list(value), region)
        elif key == "emails":
            cleaned[key] = clean_emails("emails", _list(value))
        elif key == "notes":
            cleaned[key] = clean_text("notes", value, allow_emoji=True, multiline=True)
        else:
            raise ValidationError(key, "unknown_field", f"There is no field called {key}.")
    return cleaned


def info(contact: Contact) -> ContactInfo:
    return ContactInfo(
        id=contact.id,
        client_id=contact.client_id,
        name=contact.name,
        title=contact.title or "",
        phones=tuple(contact.phones or ()),
        phone_display=tuple(display_phone(p) for p in contact.phones or ()),
        emails=tuple(contact.emails or ()),
        notes=contact.notes or "",
    )


def contact_infos(session: Session, client_id: str) -> list[ContactInfo]:
    """The live contacts of a client (the caller has checked the client is visible)."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.client_id == client_id, Contact.deleted.is_(False))
        .order_by(Contact.name)
    )
    return [info(c) for c in rows]


def _client(session: Session, actor: Actor, client_id: str, *, edit: bool) -> Client:
    client = session.get(Client, client_id)
    ensure_can_see(session, actor, client)
    assert client is not None
    if edit:
        ensure_can_edit(session, actor, client)
        if client.deleted:
            raise PermissionDenied("This client is in the Recycle Bin. Restore it first.")
    return client


def list_contacts(session: Session, actor: Actor, client_id: str) -> list[ContactInfo]:
    _client(session, actor, client_id, edit=False)
    return contact_infos(session, client_id)


def add_contact(session: Session, actor: Actor, client_id: str, data: ContactInput) -> ContactInfo:
    _client(session, actor, client_id, edit=True)
    values = clean_contact_values(
        session,
        {"name": data.name, "title": data.title, "phones": data.phones, "emails": data.emails,
         "notes": data.notes},
    )
    contact = Contact(client_id=client_id, **values)
    session.add(contact)
    session.flush()
    return info(contact)


def _contact(session: Session, actor: Actor, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    ensure_can_see(session, actor, contact)
    assert contact is not None
    _client(session, actor, contact.client_id, edit=True)
    return contact


def update_contact(
    session: Session, actor: Actor, contact_id: str, values: Mapping[str, Any]
) -> records.ChangeSet:
    _contact(session, actor, contact_id)
    cleaned = clean_contact_values(session, values)
    return records.update_fields(session, actor, "contact", contact_id, cleaned)


def delete_contact(session: Session, actor: Actor, contact_id: str) -> records.ChangeSet:
    _contact(session, actor, contact_id)
    return records.send_to_recycle_bin(session, actor, "contact", contact_id)
