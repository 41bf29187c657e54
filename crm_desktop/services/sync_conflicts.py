"""Conflicts for people: what two PCs both changed, told in plain data, and Keep mine / theirs.

Choosing a value writes it as a new change on this PC (stamped and marked for
sharing by the store's change tracking), so the choice reaches the office at
the next sync; the conflict record is then marked resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime
from sqlalchemy.orm import Session

from crm_desktop.domain.hlc import Timestamp
from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.store.models import MODELS_BY_TABLE, User
from crm_desktop.sync.conflicts import NEW_RECORD, ConflictRecord, mark_resolved, open_conflicts

CHOICES = ("mine", "theirs")
__all__ = ["NEW_RECORD", "ConflictView", "list_conflicts", "resolve_conflict"]


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, ready to be put into words."""

    id: str
    table: str
    record_id: str
    record_title: str
    field: str
    mine: Any
    theirs: Any
    theirs_by: str  # the colleague's name, "" when not known
    changed_at: datetime | None  # when the winning change was made (UTC)
    reason: str  # field | replaced | refused | deleted


_TITLES = ("name", "title", "display_name", "subject")


def _title(session: Session, record: ConflictRecord) -> str:
    model = MODELS_BY_TABLE.get(record.table_name)
    found = session.get(model, record.record_id) if model is not None else None
    if found is not None:
        values = {attr: getattr(found, attr, None) for attr in _TITLES}
    elif isinstance(record.mine, dict):  # a refused new record: only what was entered is left
        values = record.mine
    else:
        return ""
    return next((v for attr in _TITLES if isinstance(v := values.get(attr), str) and v), "")


def _when(stamp: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Timestamp.parse(stamp).wall_ms / 1000, UTC)
    except ValueError:
        return None


def _view(session: Session, record: ConflictRecord) -> ConflictView:
    who = ""
    if record.theirs_by:
        user = session.get(User, record.theirs_by)
        who = user.display_name if user is not None else ""
    return ConflictView(record.id, record.table_name, record.record_id,
                        _title(session, record), record.field,
                        record.mine, record.theirs, who, _when(record.theirs_hlc),
                        record.reason)


def list_conflicts(session: Session, actor: Actor) -> list[ConflictView]:
    """Open conflicts on this PC, oldest first."""
    return [_view(session, r) for r in open_conflicts(session.connection())]


def open_conflict_count(session: Session, actor: Actor) -> int:
    return len(open_conflicts(session.connection()))


def _stored(model: Any, field: str, value: Any) -> Any:
    """The JSON-kept value back in the column's own type (dates were kept as text)."""
    column = model.__table__.c.get(field)
    if column is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(column.type, Date):
        return date.fromisoformat(value[:10])
    return value


def resolve_conflict(session: Session, actor: Actor, conflict_id: str, choice: str) -> None:
    """Keep ``mine`` or ``theirs``: write that value as a new change if it is not there now."""
    if choice not in CHOICES:
        raise ValidationError("choice", "unknown", "Please choose Keep mine or Keep theirs.")
    record = next((r for r in open_conflicts(session.connection()) if r.id == conflict_id), None)
    if record is None:
        raise NotFound("This conflict was already settled.")
    if record.reason != "refused":
        model = records.model_for(record.table_name)
        wanted = _stored(model, record.field, record.mine if choice == "mine"
                         else record.theirs)
        if record.field == "deleted":
            if wanted:
                records.send_to_recycle_bin(session, actor, record.table_name, record.record_id)
            else:
                records.restore(session, actor, record.table_name, record.record_id)
        else:
            records.update_fields(session, actor, record.table_name, record.record_id,
                                  {record.field: wanted}, allow_protected=actor.is_admin)
    mark_resolved(session.connection(), conflict_id, choice)


def add_example_conflicts(session: Session, actor: Actor, client_id: str) -> None:
    """Three example conflicts on a client, for the pictures of the screens and the help."""
    from crm_desktop.domain.hlc import HybridClock
    from crm_desktop.domain.ids import new_id
    from crm_desktop.services.users import create_user, find_user
    from crm_desktop.sync.conflicts import record_conflict

    colleague = find_user(session, "wang.manager")
    if colleague is None:
        colleague = create_user(session, actor, login="wang.manager", display_name="王经理",
                                role="manager", password="Example-password-1")
    stamp = HybridClock("example0").now().encode()
    conn = session.connection()
    record_conflict(conn, "client", client_id, "phones", ["+86 21 5555 0101"],
                    ["+86 138 0013 8000"], colleague.id, stamp)
    record_conflict(conn, "client", client_id, "notes", "Call after 3 pm",
                    "Prefers e-mail", colleague.id, stamp)
    record_conflict(conn, "client", client_id, "deleted", False, True, colleague.id, stamp,
                    reason="deleted")
    record_conflict(conn, "client", new_id(), NEW_RECORD,
                    {"name": "远东物流", "phones": ["+86 21 5555 0199"], "owner_id": colleague.id},
                    None, None, "", reason="refused")
