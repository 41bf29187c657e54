"""Unfinished forms and wizards kept on this PC, one per form and person, so nothing is lost."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.store.local import Draft


def _key(form: str, actor: Actor) -> tuple[str, str]:
    return (form, actor.id or "")


def save_draft(session: Session, actor: Actor, form: str, data: dict[str, Any]) -> None:
    """Keep (or replace) this person's draft of `form`; a draft with nothing in it is removed."""
    draft = session.get(Draft, _key(form, actor))
    if not any(data.values()):
        if draft is not None:
            session.delete(draft)
            session.flush()
        return
    if draft is None:
        session.add(Draft(form=form, user_id=actor.id or "", data=dict(data)))
    else:
        draft.data = dict(data)
    session.flush()


def load_draft(session: Session, actor: Actor, form: str) -> dict[str, Any] | None:
    draft = session.get(Draft, _key(form, actor))
    return dict(draft.data) if draft is not None else None


def clear_draft(session: Session, actor: Actor, form: str) -> None:
    draft = session.get(Draft, _key(form, actor))
    if draft is not None:
        session.delete(draft)
        session.flush()
