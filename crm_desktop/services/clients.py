"""Clients: create, read, change, delete, and the rules that come with them.

Who sees what is decided by services.permissions; the duplicate check by
services.duplicates. `brought_in_by` is the creating user unless they name the
colleague who brought the client in; afterwards only an administrator may
correct it, with a reason that stays in the history.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_input import (
    clean_choice,
    clean_emails,
    clean_phones,
    clean_tags,
    clean_text,
    display_phone,
    split_list,
)
from crm_desktop.services.contacts import ContactInfo, contact_infos
from crm_desktop.services.duplicates import (
    DuplicateFound,
    DuplicateMatch,
    find_duplicates,
    phone_region,
)
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.permissions import (
    can_edit,
    ensure_can_edit,
    ensure_can_see,
    visible_clients,
)
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import (
    CLIENT_KINDS,
    CLIENT_STATUSES,
    GRADES,
    Client,
    Department,
    User,
)

#: Fields a person edits on the card (owner and credit have their own rules).
EDITABLE_FIELDS = (
    "kind", "name", "company", "phones", "emails", "address", "website", "notes",
    "grade", "status", "source", "tags",
)  # fmt: skip


@dataclass
class ClientInput:
    """What the new-client form (or `client add`) collects."""

    name: str
    kind: str = "company"
    company: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    address: str = ""
    website: str = ""
    notes: str = ""
    grade: str = "C"
    status: str = "active"
    source: str = ""
    tags: list[str] = field(default_factory=list)
    owner_id: str | None = None
    brought_in_by: str | None = None


@dataclass(frozen=True)
class ClientDetails:
    """Everything the client card shows."""

    id: str
    kind: str
    name: str
    company: str
    phones: tuple[str, ...]
    phone_display: tuple[str, ...]
    emails: tuple[str, ...]
    address: str
    website: str
    notes: str
    grade: str
    status: str
    source: str
    tags: tuple[str, ...]
    owner_id: str | None
    owner_name: str
    department_name: str
    brought_in_by: str | None
    brought_in_by_name: str
    brought_in_at: datetime | None
    created_at: datetime
    last_contact_at: datetime | None
    deleted: bool
    contacts: tuple[ContactInfo, ...]
    can_edit: bool
    can_change_credit: bool
    can_change_owner: bool


@dataclass(frozen=True)
class CreateResult:
    client: ClientDetails
    duplicates: tuple[DuplicateMatch, ...] = ()


def _clean_field(key: str, value: Any, region: str) -> Any:
    if key == "name":
        return clean_text("name", value, required=True, check_scripts=True)
    if key in ("company", "source"):
        return clean_text(key, value, check_scripts=key == "company")
    if key in ("address", "website"):
        return clean_text(key, value)
    if key == "notes":
        return clean_text("notes", value, allow_emoji=True, multiline=True)
    if key == "phones":
        return clean_phones("phones", _as_list(value), region)
    if key == "emails":
        return clean_emails("emails", _as_list(value))
    if key == "tags":
        return clean_tags(_as_list(value))
    if key == "grade":
        return clean_choice("grade", str(value).upper(), GRADES)
    if key == "status":
        return clean_choice("status", value, CLIENT_STATUSES)
    if key == "kind":
        return clean_choice("kind", value, CLIENT_KINDS)
    raise ValidationError(key, "unknown_field", f"There is no field called {key}.")


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return split_list(value)
    return [str(v) for v in value or []]


def check_values(session: Session, actor: Actor, values: Mapping[str, Any]) -> dict[str, Any]:
    """Cleaned values, or the first ValidationError (see client_problems for all of them)."""
    region = phone_region(session)
    return {key: _clean_field(key, value, region) for key, value in values.items()}


def client_problems(
    session: Session, actor: Actor, values: Mapping[str, Any]
) -> list[ValidationError]:
    """Every problem with the typed values at once, one per field, for the form to show."""
    region = phone_region(session)
    problems = []
    for key, value in values.items():
        try:
            _clean_field(key, value, region)
        except ValidationError as exc:
            problems.append(exc)
    return problems


def _input_values(data: ClientInput) -> dict[str, Any]:
    return {key: getattr(data, key) for key in EDITABLE_FIELDS}


def _user(session: Session, user_id: str | None, field_name: str) -> User:
    user = session.get(User, user_id) if user_id else None
    if user is None or user.deleted:
        raise ValidationError(field_name, "unknown_user", "There is no such colleague.")
    return user


@contextmanager
def audit_reason(session: Session, reason: str) -> Iterator[None]:
    """Every history line written inside carries this reason."""
    previous = session.info.get("audit_reason")
    session.info["audit_reason"] = reason
    try:
        yield
    finally:
        if previous is None:
            session.info.pop("audit_reason", None)
        else:
            session.info["audit_reason"] = previous


def duplicate_note(matches: list[DuplicateMatch]) -> str:
    parts = []
    for match in matches:
        who = match.client_name or f"a client of {match.owner_name or 'nobody'}"
        reasons = ", ".join(match.reasons)
        parts.append(f"{who} ({reasons})")
    return "Saved as a different client although it looks like: " + "; ".join(parts)


def create_client(
    session: Session,
    actor: Actor,
    data: ClientInput,
    *,
    allow_duplicate: bool = False,
) -> CreateResult:
    """Add a client. A likely duplicate stops it (DuplicateFound) unless allowed; then the
    matches are written into the client's history as the reason."""
    if actor.id is None:
        raise PermissionDenied("Sign in before adding clients.")
    values = check_values(session, actor, _input_values(data))
    owner_id = data.owner_id or actor.id
    if owner_id != actor.id and not (actor.is_admin or actor.is_manager):
        raise PermissionDenied(
            "Only a manager or an administrator can add a client for someone else."
        )
    owner = _user(session, owner_id, "owner_id")
    brought_in_by = _user(session, data.brought_in_by or actor.id, "brought_in_by")
    matches = find_duplicates(
        session, actor, name=values["name"], company=values["company"], kind=values["kind"],
        phones=values["phones"], emails=values["emails"],
    )
    strong = [m for m in matches if m.strong]
    if strong and not allow_duplicate:
        raise DuplicateFound(strong)
    client = Client(
        **values,
        owner_id=owner.id,
        department_id=owner.department_id,
        brought_in_by=brought_in_by.id,
        brought_in_at=utc_now(),
    )
    session.add(client)
    with audit_reason(session, duplicate_note(strong) if strong else ""):
        session.flush()
    return CreateResult(get_client(session, actor, client.id), tuple(matches))


def _load(session: Session, actor: Actor, client_id: str) -> Client:
    client = session.get(Client, client_id)
    ensure_can_see(session, actor, client)
    assert client is not None
    return client


def get_client(session: Session, actor: Actor, client_id: str) -> ClientDetails:
    client = _load(session, actor, client_id)
    return details(session, actor, client)


def details(session: Session, actor: Actor, client: Client) -> ClientDetails:
    ids = {i for i in (client.owner_id, client.brought_in_by) if i}
    names = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).tuples().all()
    )
    department = session.get(Department, client.department_id) if client.department_id else None
    editable = can_edit(session, actor, client)
    return ClientDetails(
        id=client.id,
        kind=client.kind,
        name=client.name,
        company=client.company or "",
        phones=tuple(client.phones or ()),
        phone_display=tuple(display_phone(p) for p in client.phones or ()),
        emails=tuple(client.emails or ()),
        address=client.address or "",
        website=client.website or "",
        notes=client.notes or "",
        grade=client.grade,
        status=client.status,
        source=client.source or "",
        tags=tuple(client.tags or ()),
        owner_id=client.owner_id,
        owner_name=names.get(client.owner_id or "", ""),
        department_name=department.name if department else "",
        brought_in_by=client.brought_in_by,
        brought_in_by_name=names.get(client.brought_in_by or "", ""),
        brought_in_at=client.brought_in_at,
        created_at=client.created_at,
        last_contact_at=client.last_contact_at,
        deleted=client.deleted,
        contacts=tuple(contact_infos(session, client.id)),
        can_edit=editable and not client.deleted,
        can_change_credit=actor.is_admin,
        can_change_owner=editable and (actor.is_admin or actor.is_manager),
    )


def update_client(
    session: Session, actor: Actor, client_id: str, values: Mapping[str, Any]
) -> records.ChangeSet:
    """Change fields of the card (history kept); the ChangeSet's inverse undoes it."""
    client = _load(session, actor, client_id)
    ensure_can_edit(session, actor, client)
    if client.deleted:
        raise PermissionDenied("This client is in the Recycle Bin. Restore it first.")
    unknown = [k for k in values if k not in EDITABLE_FIELDS]
    for key in unknown:
        if key == "brought_in_by":
            raise PermissionDenied(
                "Who brought the client in can only be corrected by an administrator, "
                "with a reason."
            )
        if key == "owner_id":
            raise PermissionDenied("Use “Change owner” to give the client to someone else.")
        raise ValidationError(key, "unknown_field", f"There is no field called {key}.")
    cleaned = check_values(session, actor, values)
    return records.update_fields(session, actor, "client", client_id, cleaned)


def change_owner(
    session: Session, actor: Actor, client_id: str, owner_id: str
) -> records.ChangeSet:
    """A manager or an administrator gives the client to a colleague (department follows)."""
    client = _load(session, actor, client_id)
    ensure_can_edit(session, actor, client)
    if not (actor.is_admin or actor.is_manager):
        raise PermissionDenied("Only a manager or an administrator can change the owner.")
    owner = _user(session, owner_id, "owner_id")
    return records.update_fields(
        session, actor, "client", client_id,
        {"owner_id": owner.id, "department_id": owner.department_id},
    )


def set_brought_in_by(
    session: Session, actor: Actor, client_id: str, user_id: str, reason: str
) -> records.ChangeSet:
    """An administrator corrects who brought the client in; the reason goes into the history."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can correct who brought a client in.")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("reason", "empty", "Please say why the credit is being changed.")
    _load(session, actor, client_id)
    user = _user(session, user_id, "brought_in_by")
    with audit_reason(session, reason):
        return records.update_fields(
            session, actor, "client", client_id, {"brought_in_by": user.id}, allow_protected=True
        )


def delete_client(session: Session, actor: Actor, client_id: str) -> records.ChangeSet:
    """To the Recycle Bin (restorable); its contacts and history stay with it."""
    _load(session, actor, client_id)
    return records.send_to_recycle_bin(session, actor, "client", client_id)


def restore_client(session: Session, actor: Actor, client_id: str) -> records.ChangeSet:
    return records.restore(session, actor, "client", client_id)


def users_for_choice(session: Session, actor: Actor) -> list[tuple[str, str]]:
    """(id, name) of active colleagues, for "brought in by" and owner pickers."""
    rows = session.execute(
        select(User.id, User.display_name)
        .where(User.deleted.is_(False), User.active.is_(True))
        .order_by(User.display_name)
    ).tuples().all()
    return [(uid, name) for uid, name in rows]


def find_client_by_name(session: Session, actor: Actor, name: str) -> ClientDetails:
    """A client this person may see, by exact name (for the command line)."""
    client = session.scalar(
        select(Client).where(
            Client.name == name.strip(), Client.deleted.is_(False), visible_clients(session, actor)
        )
    )
    if client is None:
        raise NotFound("There is no such client, or it is not yours to open.")
    return details(session, actor, client)
