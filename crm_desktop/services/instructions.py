"""The company's own work instructions: rich-text pages written by an administrator.

They live in company_setting rows whose key starts with "instruction:", so they
sync to every PC like any other company setting, keep their history, and go to
the recycle bin when deleted. Everyone may read them; only an administrator
may write them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.ids import new_id
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, get_setting
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.store.models import CompanySetting, User

PREFIX = "instruction:"
MAX_TITLE = 120


@dataclass(frozen=True)
class Instruction:
    id: str
    title: str
    html: str
    order: int
    updated_at: datetime
    updated_by: str


def company_name(session: Session) -> str:
    return get_setting(session, COMPANY_NAME, "")


def _rows(session: Session) -> list[CompanySetting]:
    return list(
        session.scalars(
            select(CompanySetting).where(
                CompanySetting.key.startswith(PREFIX), CompanySetting.deleted.is_(False)
            )
        )
    )


def _to_instruction(session: Session, row: CompanySetting) -> Instruction:
    try:
        data = json.loads(row.value)
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    who = session.get(User, row.updated_by) if row.updated_by else None
    return Instruction(
        id=row.key[len(PREFIX):],
        title=str(data.get("title", "")),
        html=str(data.get("html", "")),
        order=int(data.get("order", 0)) if str(data.get("order", 0)).lstrip("-").isdigit() else 0,
        updated_at=row.updated_at,
        updated_by=who.display_name if who is not None else "",
    )


def list_instructions(session: Session, actor: Actor) -> list[Instruction]:
    """Every instruction, in the order the administrator set (then by title)."""
    found = [_to_instruction(session, row) for row in _rows(session)]
    return sorted(found, key=lambda i: (i.order, i.title.casefold()))


def get_instruction(session: Session, actor: Actor, instruction_id: str) -> Instruction:
    row = _find(session, instruction_id)
    if row is None:
        raise NotFound("This work instruction was deleted or never existed.")
    return _to_instruction(session, row)


def _find(session: Session, instruction_id: str) -> CompanySetting | None:
    return session.scalar(
        select(CompanySetting).where(
            CompanySetting.key == PREFIX + instruction_id, CompanySetting.deleted.is_(False)
        )
    )


def save_instruction(
    session: Session,
    actor: Actor,
    title: str,
    html: str,
    instruction_id: str | None = None,
    order: int | None = None,
) -> Instruction:
    """Create (no id) or change an instruction; history is kept by the change tracking."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can write the company's work instructions.")
    title = " ".join(title.split())
    if not title:
        raise ValidationError("title", "required", "Please give the instruction a title.")
    if len(title) > MAX_TITLE:
        raise ValidationError("title", "too_long", "Please keep the title under 120 letters.")
    if instruction_id is None:
        instruction_id = new_id()
        existing = _rows(session)
        position = order if order is not None else len(existing)
        row = CompanySetting(key=PREFIX + instruction_id, value="")
        session.add(row)
    else:
        found = _find(session, instruction_id)
        if found is None:
            raise NotFound("This work instruction was deleted or never existed.")
        row = found
        previous = _to_instruction(session, row)
        position = order if order is not None else previous.order
    row.value = json.dumps({"title": title, "html": html, "order": position},
                           ensure_ascii=False)
    session.flush()
    return _to_instruction(session, row)


def delete_instruction(session: Session, actor: Actor, instruction_id: str) -> None:
    """Send an instruction to the recycle bin (it can be restored from there)."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can delete the company's work instructions.")
    row = _find(session, instruction_id)
    if row is None:
        raise NotFound("This work instruction was deleted or never existed.")
    row.deleted = True
    session.flush()
