"""The duplicate check the new-client form runs while the clerk types.

It looks in the contact-key directory, which covers every client, including
those this person may not see. For a client they may see, a match names the
client; for any other it reveals only who owns it and their department.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import EmailError, normalize_email
from crm_desktop.domain.phones import PhoneError, normalize_phone
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_input import stored_phone
from crm_desktop.services.company import get_setting
from crm_desktop.services.errors import Conflict
from crm_desktop.services.permissions import visible_clients
from crm_desktop.store.contact_keys import name_key
from crm_desktop.store.models import Client, ContactKey, Department, User

PHONE_REGION = "phone_region"

#: Why two clients look alike, strongest first.
REASONS = ("phone", "email", "name", "company", "contact", "same_company")
STRONG_REASONS = frozenset({"phone", "email"})


@dataclass(frozen=True)
class DuplicateMatch:
    """One existing client that looks like the one being typed."""

    reasons: tuple[str, ...]
    values: tuple[str, ...]
    strong: bool
    owner_name: str
    department_name: str
    #: Filled only when the person may open the client.
    client_id: str | None = None
    client_name: str | None = None
    client_company: str | None = None
    client_kind: str | None = None

    @property
    def visible(self) -> bool:
        return self.client_id is not None


class DuplicateFound(Conflict):
    """Saving stopped because the client probably exists already."""

    code = "duplicate"

    def __init__(self, matches: Sequence[DuplicateMatch]) -> None:
        first = matches[0]
        who = first.client_name or f"a client of {first.owner_name or 'nobody'}"
        super().__init__(f"This client probably exists already: {who}.")
        self.matches = list(matches)


def phone_region(session: Session) -> str:
    return get_setting(session, PHONE_REGION, "CN") or "CN"


def _phone_keys(phones: Iterable[str], region: str) -> list[str]:
    keys = []
    for raw in phones:
        try:
            keys.append(stored_phone(normalize_phone(raw, region)))
        except PhoneError:
            continue
    return keys


def _email_keys(emails: Iterable[str]) -> list[str]:
    keys = []
    for raw in emails:
        try:
            keys.append(normalize_email(raw))
        except EmailError:
            continue
    return keys


def find_duplicates(
    session: Session,
    actor: Actor,
    *,
    name: str = "",
    company: str = "",
    kind: str = "company",
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    exclude_id: str | None = None,
) -> list[DuplicateMatch]:
    """Existing clients matching by phone, e-mail or a similar name; strongest first."""
    region = phone_region(session)
    phone_keys = _phone_keys(phones, region)
    email_keys = _email_keys(emails)
    own_name = name_key(name) if name.strip() else ""
    own_company = name_key(company) if company.strip() else ""
    conditions = []
    if phone_keys:
        conditions.append(and_(ContactKey.kind == "phone", ContactKey.value.in_(phone_keys)))
    if email_keys:
        conditions.append(and_(ContactKey.kind == "email", ContactKey.value.in_(email_keys)))
    name_values = [v for v in (own_name, own_company) if v]
    if name_values:
        conditions.append(
            and_(
                ContactKey.kind.in_(("name", "company", "contact")),
                ContactKey.value.in_(name_values),
            )
        )
    if not conditions:
        return []
    stmt = select(ContactKey).where(ContactKey.deleted.is_(False), or_(*conditions))
    if exclude_id:
        stmt = stmt.where(ContactKey.client_id != exclude_id)
    found: dict[str, dict[str, object]] = {}
    for key in session.scalars(stmt):
        reason = _reason(key, own_name, own_company)
        if reason is None:
            continue
        entry = found.setdefault(
            key.client_id,
            {"reasons": {}, "owner_id": key.owner_id, "department_id": key.department_id},
        )
        reasons = entry["reasons"]
        assert isinstance(reasons, dict)
        shown = key.value if key.kind in ("phone", "email") else ""
        reasons.setdefault(reason, shown)
    return _matches(session, actor, found, kind)


def _reason(key: ContactKey, own_name: str, own_company: str) -> str | None:
    if key.kind in ("phone", "email"):
        return key.kind
    if own_name and key.value == own_name:
        return {"name": "name", "company": "company", "contact": "contact"}[key.kind]
    if own_company and key.value == own_company:
        return {"name": "company", "company": "same_company", "contact": None}[key.kind]
    return None


def _is_strong(reasons: set[str], kind: str) -> bool:
    if reasons & STRONG_REASONS:
        return True
    if "name" in reasons and (kind == "company" or "same_company" in reasons):
        return True
    return "contact" in reasons and "company" in reasons


def _matches(
    session: Session, actor: Actor, found: dict[str, dict[str, object]], kind: str
) -> list[DuplicateMatch]:
    if not found:
        return []
    ids = list(found)
    visible = {
        c.id: c
        for c in session.scalars(
            select(Client).where(Client.id.in_(ids), visible_clients(session, actor))
        )
    }
    owner_ids = {str(e["owner_id"]) for e in found.values() if e["owner_id"]}
    dept_ids = {str(e["department_id"]) for e in found.values() if e["department_id"]}
    users = dict(
        session.execute(
            select(User.id, User.display_name).where(User.id.in_(owner_ids))
        ).tuples().all()
    )
    departments = dict(
        session.execute(
            select(Department.id, Department.name).where(Department.id.in_(dept_ids))
        ).tuples().all()
    )
    matches = []
    for client_id, entry in found.items():
        reasons = entry["reasons"]
        assert isinstance(reasons, dict)
        ordered = tuple(r for r in REASONS if r in reasons)
        client = visible.get(client_id)
        matches.append(
            DuplicateMatch(
                reasons=ordered,
                values=tuple(reasons[r] for r in ordered if reasons[r]),
                strong=_is_strong(set(ordered), kind),
                owner_name=users.get(str(entry["owner_id"]), ""),
                department_name=departments.get(str(entry["department_id"]), ""),
                client_id=client.id if client else None,
                client_name=client.name if client else None,
                client_company=client.company if client else None,
                client_kind=client.kind if client else None,
            )
        )
    matches.sort(key=lambda m: (not m.strong, REASONS.index(m.reasons[0]), m.client_name or ""))
    return matches
