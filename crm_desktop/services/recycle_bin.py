"""The Recycle Bin: every record someone deleted, ready to be restored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.permissions import can_see, visible_clients
from crm_desktop.services.records import ChangeSet, restore
from crm_desktop.store.base import SyncedMixin
from crm_desktop.store.models import SYNCED_MODELS, Client, ContactKey, User

#: The duplicate-check directory follows its client; its tombstones are not things people deleted.
BIN_TABLES = tuple(
    m
    for m in SYNCED_MODELS
    if not getattr(m, "__append_only__", False) and m is not ContactKey
)


@dataclass(frozen=True)
class BinEntry:
    table: str
    record_id: str
    label: str
    deleted_at: datetime
    deleted_by: str


def list_deleted(session: Session, actor: Actor, limit: int = 1000) -> list[BinEntry]:
    """Newest deletions first, across every kind of record the person may see."""
    entries: list[BinEntry] = []
    names = dict(session.execute(select(User.id, User.display_name)).tuples().all())
    for model in BIN_TABLES:
        stmt = select(model).where(model.deleted == true())  # the partial index
        if model is Client:
            stmt = stmt.where(visible_clients(session, actor))
        stmt = stmt.order_by(model.updated_at.desc()).limit(limit)
        for record in session.scalars(stmt):
            if model is not Client and not can_see(session, actor, record):
                continue
            entries.append(_entry(record, names))
    entries.sort(key=lambda e: e.deleted_at, reverse=True)
    return entries[:limit]


def _entry(record: SyncedMixin, names: dict[str, str]) -> BinEntry:
    label = getattr(record, record.__record_label__, "") or ""
    return BinEntry(
        table=record.__tablename__,  # type: ignore[attr-defined]
        record_id=record.id,
        label=str(label),
        deleted_at=record.updated_at,
        deleted_by=names.get(record.updated_by or "", ""),
    )


def restore_entry(session: Session, actor: Actor, table: str, record_id: str) -> ChangeSet:
    return restore(session, actor, table, record_id)
