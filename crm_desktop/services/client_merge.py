"""Merging two clients that turned out to be the same: one survives, the other folds in.

The person picks the survivor and, field by field, which value stays; lists
(phones, e-mails, tags) are joined. Contacts, activities, deals, complaints,
follow-ups and comments move to the survivor; the earliest `brought_in_by`
is kept; the merged-away client goes to the Recycle Bin pointing at the
survivor, and both histories say so (the survivor's History shows both).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import ClientDetails, audit_reason, details
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.permissions import ensure_can_edit, ensure_can_see
from crm_desktop.store.models import Activity, Client, Comment, Complaint, Contact, Deal, Task
from crm_desktop.store.tracking import add_event

#: Fields where one of the two values is chosen.
CHOICE_FIELDS = ("kind", "name", "company", "address", "website", "notes", "grade", "status",
                 "source", "owner_id")
#: Fields whose values are joined.
LIST_FIELDS = ("phones", "emails", "tags")
CHILD_MODELS = (Contact, Activity, Deal, Complaint, Task)


@dataclass(frozen=True)
class MergePreview:
    first: ClientDetails
    second: ClientDetails
    #: Fields whose values differ, in CHOICE_FIELDS order.
    differing: tuple[str, ...]


def _pair(session: Session, actor: Actor, first_id: str, second_id: str) -> tuple[Client, Client]:
    if first_id == second_id:
        raise ValidationError("second", "same_client", "Choose two different clients to merge.")
    clients = []
    for client_id in (first_id, second_id):
        client = session.get(Client, client_id)
        ensure_can_see(session, actor, client)
        assert client is not None
        ensure_can_edit(session, actor, client)
        if client.deleted:
            raise PermissionDenied(
                "A client in the Recycle Bin cannot be merged. Restore it first."
            )
        clients.append(client)
    return clients[0], clients[1]


def merge_preview(session: Session, actor: Actor, first_id: str, second_id: str) -> MergePreview:
    first, second = _pair(session, actor, first_id, second_id)
    differing = tuple(f for f in CHOICE_FIELDS if getattr(first, f) != getattr(second, f))
    return MergePreview(details(session, actor, first), details(session, actor, second), differing)


def _joined(*lists: Iterable[str] | None) -> list[str]:
    seen: dict[str, None] = {}
    for values in lists:
        for value in values or []:
            seen.setdefault(value, None)
    return list(seen)


def _earliest(a: Client, b: Client) -> Client:
    far = datetime.max.replace(tzinfo=None)

    def when(c: Client) -> Any:
        return c.brought_in_at.replace(tzinfo=None) if c.brought_in_at else far

    return b if when(b) < when(a) else a


def merge_clients(
    session: Session,
    actor: Actor,
    survivor_id: str,
    other_id: str,
    take_from_other: Iterable[str] = (),
) -> ClientDetails:
    """Fold `other` into `survivor`; `take_from_other` names the fields whose value comes
    from the other client."""
    survivor, other = _pair(session, actor, survivor_id, other_id)
    chosen = set(take_from_other)
    unknown = chosen - set(CHOICE_FIELDS)
    if unknown:
        field = sorted(unknown)[0]
        raise ValidationError(field, "unknown_field", f"{field} cannot be chosen in a merge.")
    if "owner_id" in chosen and not (actor.is_admin or actor.is_manager):
        raise PermissionDenied("Only a manager or an administrator can change the owner.")
    reason = f"Merged “{other.name}” into “{survivor.name}”"
    with audit_reason(session, reason):
        for field in sorted(chosen):
            setattr(survivor, field, getattr(other, field))
        if "owner_id" in chosen:
            survivor.department_id = other.department_id
        for field in LIST_FIELDS:
            joined = _joined(getattr(survivor, field), getattr(other, field))
            if joined != list(getattr(survivor, field) or []):
                setattr(survivor, field, joined)
        credit = _earliest(survivor, other)
        if credit is other:
            survivor.brought_in_by = other.brought_in_by
            survivor.brought_in_at = other.brought_in_at
        if other.last_contact_at and (
            survivor.last_contact_at is None or other.last_contact_at > survivor.last_contact_at
        ):
            survivor.last_contact_at = other.last_contact_at
        for model in CHILD_MODELS:
            column: Any = model.client_id
            for child in list(session.scalars(select(model).where(column == other.id))):
                child.client_id = survivor.id  # type: ignore[attr-defined]
        for comment in list(session.scalars(
            select(Comment).where(Comment.target_table == "client", Comment.target_id == other.id)
        )):
            comment.target_id = survivor.id
        other.merged_into_id = survivor.id
        other.deleted = True
        add_event(session, survivor, "merge", old_value=other.name, new_value=survivor.name,
                  field="")
        add_event(session, other, "merge", old_value=other.name, new_value=survivor.name,
                  field="merged_into_id")
        session.flush()
    return details(session, actor, survivor)
