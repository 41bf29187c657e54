"""Company-wide settings: its name, who may see what, contact rhythms."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.store.models import CompanySetting

STAFF_VIEW = "staff_view"
STAFF_VIEW_CHOICES = ("own", "department", "company")
COMPANY_NAME = "company_name"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.scalar(
        select(CompanySetting).where(CompanySetting.key == key, CompanySetting.deleted.is_(False))
    )
    return row.value if row is not None else default


def set_setting(session: Session, actor: Actor, key: str, value: str) -> None:
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can change company settings.")
    row = session.scalar(select(CompanySetting).where(CompanySetting.key == key))
    if row is None:
        session.add(CompanySetting(key=key, value=value))
    else:
        row.value = value
        row.deleted = False
    session.flush()


def staff_view(session: Session) -> str:
    value = get_setting(session, STAFF_VIEW, "own")
    return value if value in STAFF_VIEW_CHOICES else "own"


def set_staff_view(session: Session, actor: Actor, scope: str) -> None:
    if scope not in STAFF_VIEW_CHOICES:
        raise ValidationError(STAFF_VIEW, "choice", f"Choose one of {STAFF_VIEW_CHOICES}.")
    set_setting(session, actor, STAFF_VIEW, scope)
