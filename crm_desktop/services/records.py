"""Generic edits of any synced record: change fields, send to the recycle bin, restore.

Each returns a ChangeSet saying what changed, so the interface can undo it by
applying its inverse through the same checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import Conflict, NotFound, ValidationError
from crm_desktop.services.permissions import ensure_can_edit, ensure_can_see
from crm_desktop.store.base import SYSTEM_COLUMNS, SyncedMixin
from crm_desktop.store.models import MODELS_BY_TABLE

PROTECTED_FIELDS = frozenset({"brought_in_by", "password_hash", "deleted"})


@dataclass(frozen=True)
class ChangeSet:
    table: str
    record_id: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def inverse(self) -> ChangeSet:
        return ChangeSet(
            self.table, self.record_id, {k: (new, old) for k, (old, new) in self.changes.items()}
        )

    @property
    def is_empty(self) -> bool:
        return not self.changes


def model_for(table: str) -> type[SyncedMixin]:
    try:
        return MODELS_BY_TABLE[table]
    except KeyError:
        raise NotFound(f"Unknown kind of record: {table}.") from None


def load(session: Session, actor: Actor, table: str, record_id: str) -> SyncedMixin:
    record = session.get(model_for(table), record_id)
    return ensure_can_see(session, actor, record)


def update_fields(
    session: Session,
    actor: Actor,
    table: str,
    record_id: str,
    values: dict[str, Any],
    *,
    allow_protected: bool = False,
) -> ChangeSet:
    record = load(session, actor, table, record_id)
    ensure_can_edit(session, actor, record)
    columns = {a.key for a in record.__mapper__.column_attrs}  # type: ignore[attr-defined]
    changes: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        if key not in columns or key in SYSTEM_COLUMNS:
            raise ValidationError(key, "unknown_field", f"There is no field called {key}.")
        if key in PROTECTED_FIELDS and not allow_protected:
            raise ValidationError(key, "protected", f"The field {key} cannot be changed here.")
        old = getattr(record, key)
        if old != new:
            changes[key] = (old, new)
            setattr(record, key, new)
    session.flush()
    return ChangeSet(table, record_id, changes)


def _set_deleted(
    session: Session, actor: Actor, table: str, record_id: str, deleted: bool
) -> ChangeSet:
    record = load(session, actor, table, record_id)
    ensure_can_edit(session, actor, record)
    if record.deleted == deleted:
        return ChangeSet(table, record_id)
    record.deleted = deleted
    session.flush()
    return ChangeSet(table, record_id, {"deleted": (not deleted, deleted)})


def send_to_recycle_bin(session: Session, actor: Actor, table: str, record_id: str) -> ChangeSet:
    """Never a hard delete: the record is marked and can be restored from the Recycle Bin."""
    return _set_deleted(session, actor, table, record_id, True)


def restore(session: Session, actor: Actor, table: str, record_id: str) -> ChangeSet:
    return _set_deleted(session, actor, table, record_id, False)


class ChangedSince(Conflict):
    """Undo or redo refused: someone (or a sync) changed the field again in the meantime."""

    code = "changed_since"


def apply(session: Session, actor: Actor, change: ChangeSet) -> ChangeSet:
    """Apply a ChangeSet's new values (used for undo with `change.inverse()` and for redo).

    Only where each field still holds the ChangeSet's old value: a newer change, made
    here or pulled from a colleague, is never overwritten by an undo.
    """
    record = load(session, actor, change.table, change.record_id)
    moved = [k for k, (old, _new) in change.changes.items() if getattr(record, k, old) != old]
    if moved:
        raise ChangedSince(
            "This can no longer be undone: it was changed again since.", fields=moved
        )
    values = {k: new for k, (_old, new) in change.changes.items()}
    deleted = values.pop("deleted", None)
    result: dict[str, tuple[Any, Any]] = {}
    if values:
        result.update(
            update_fields(
                session, actor, change.table, change.record_id, values,
                allow_protected=actor.is_admin,
            ).changes
        )
    if deleted is not None:
        result.update(_set_deleted(session, actor, change.table, change.record_id, deleted).changes)
    return ChangeSet(change.table, change.record_id, result)
