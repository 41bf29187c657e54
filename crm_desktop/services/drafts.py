"""Unfinished forms kept on this PC, so closing a window mid-way loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.store.local import Draft


def save_draft(session: Session, actor: Actor, form: str, data: dict[str, Any]) -> None:
    """Keep (or replace) this person's draft of a form; an empty one removes it."""
    draft = session.get(Draft, (form, actor.id or ""))
    if not any(v for v in data.values()):
        if draft is not None:
            session.delete(draft)
        return
    if draft is None:
        session.add(Draft(form=form, user_id=actor.id or "", data=dict(data)))
    else:
        draft.data = dict(data)


def load_draft(session: Session, actor: Actor, form: str) -> dict[str, Any]:
    draft = session.get(Draft, (form, actor.id or ""))
    return dict(draft.data) if draft is not None else {}


def clear_draft(session: Session, actor: Actor, form: str) -> None:
    draft = session.get(Draft, (form, actor.id or ""))
    if draft is not None:
        session.delete(draft)
