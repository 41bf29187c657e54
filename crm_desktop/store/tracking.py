"""Stamps every local change with the device's clock and writes its history, in the same flush.

Because this hangs on the session, no service can forget it: a field edited
anywhere gets its `field_hlc`, `dirty` and an `audit_event` row (who, when,
field, old -> new) in the same transaction as the change itself.
The sync engine sets ``session.info["applying_remote"]`` to merge rows from
the server without re-stamping them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from crm_desktop.domain.hlc import HybridClock, Timestamp
from crm_desktop.domain.ids import new_id
from crm_desktop.store.base import SYSTEM_COLUMNS, SyncedMixin, utc_now
from crm_desktop.store.local import LocalState
from crm_desktop.store.models import AuditEvent

HIDDEN_FIELDS = frozenset({"password_hash"})
UNTRACKED_TABLES = frozenset({"audit_event", "contact_key"})
CLOCK_KEY = "hlc_last"
DEVICE_KEY = "device_id"


def audit_text(value: Any) -> str | None:
    """A field value as it is shown in the History."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def device_clock(session: Session) -> HybridClock:
    """The device's clock, kept on the session factory and restored from the file."""
    clock = session.info.get("clock")
    if isinstance(clock, HybridClock):
        return clock
    with session.no_autoflush:
        device = session.get(LocalState, DEVICE_KEY)
        if device is None:
            device = LocalState(key=DEVICE_KEY, value=new_id())
            session.add(device)
        last_row = session.get(LocalState, CLOCK_KEY)
    last = Timestamp.parse(last_row.value) if last_row and last_row.value else None
    clock = HybridClock(device.value, last=last)
    session.info["clock"] = clock
    return clock


def _actor(session: Session) -> tuple[str | None, str]:
    actor = session.info.get("actor")
    if actor is None:
        return None, ""
    return getattr(actor, "id", None), getattr(actor, "name", "")


def _audit(session: Session, record: SyncedMixin, action: str, **values: Any) -> None:
    actor_id, actor_name = _actor(session)
    event_row = AuditEvent(
        table_name=record.__tablename__,  # type: ignore[attr-defined]
        record_id=record.id,
        action=action,
        user_id=actor_id,
        user_name=actor_name,
        reason=session.info.get("audit_reason", ""),
        batch_id=session.info.get("batch_id"),
        created_by=actor_id,
        **values,
    )
    _stamp_new(session, event_row, device_clock(session).now().encode())
    session.add(event_row)


def observe_remote(session: Session, stamps: Iterable[str]) -> None:
    """Move the device clock past stamps that came from the server.

    Without this a PC whose wall clock runs slow would stamp its next edit older than a
    change it has already seen, and lose that edit in the merge. The server clamps every
    pushed stamp to its own time plus a minute, so what it hands out can be trusted.
    """
    remote = max(_parsed(stamps), default=None)
    if remote is None:
        return
    clock = device_clock(session)
    clock.advance(remote)
    _save_clock(session, clock)


def _parsed(stamps: Iterable[str]) -> Iterable[Timestamp]:
    for text in stamps:
        try:
            yield Timestamp.parse(text)
        except ValueError:
            continue


@contextmanager
def audit_context(session: Session, **info: Any) -> Iterator[None]:
    """Set batch_id / audit_reason for the history lines written inside, then put back."""
    saved = {key: session.info.get(key) for key in ("batch_id", "audit_reason")}
    session.info.update(info)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                session.info.pop(key, None)
            else:
                session.info[key] = value


def add_event(session: Session, record: SyncedMixin, action: str, **values: Any) -> None:
    """A special history line (merge, handover, import) written like the automatic ones."""
    _audit(session, record, action, **values)


def _stamp_new(session: Session, record: SyncedMixin, stamp: str) -> None:
    actor_id, _ = _actor(session)
    record.hlc = stamp
    record.field_hlc = {}
    record.dirty = True
    if record.created_by is None:
        record.created_by = actor_id
    record.updated_by = actor_id
    if record.id is None:
        record.id = new_id()


def _changed_fields(record: SyncedMixin) -> dict[str, tuple[Any, Any]]:
    state = inspect(record)
    assert state is not None
    changes: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SYSTEM_COLUMNS:
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old != new:
            changes[key] = (old, new)
    return changes


def _on_before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    if session.info.get("applying_remote"):
        return
    clock = device_clock(session)
    touched = False
    for obj in list(session.new):
        if isinstance(obj, AuditEvent) and not obj.hlc:
            # A history line a service wrote itself (merge, handover, import): stamp it too,
            # so it sorts by when it happened and syncs like any other.
            _stamp_new(session, obj, clock.now().encode())
            touched = True
            continue
        if isinstance(obj, SyncedMixin) and not isinstance(obj, AuditEvent):
            stamp = clock.now().encode()
            _stamp_new(session, obj, stamp)
            touched = True
            if obj.__tablename__ not in UNTRACKED_TABLES:  # type: ignore[attr-defined]
                _audit(session, obj, "create", new_value=_label(obj))
    for obj in list(session.dirty):
        if not isinstance(obj, SyncedMixin) or obj in session.new:
            continue
        changes = _changed_fields(obj)
        if not changes:
            continue
        if getattr(obj, "__append_only__", False):
            raise ValueError(f"{obj.__tablename__} rows are append-only")  # type: ignore[attr-defined]
        stamp = clock.now().encode()
        field_hlc = dict(obj.field_hlc or {})
        for key in changes:
            field_hlc[key] = stamp
        obj.field_hlc = field_hlc
        obj.hlc = stamp
        obj.dirty = True
        obj.updated_at = utc_now()
        obj.updated_by = _actor(session)[0]
        touched = True
        if obj.__tablename__ in UNTRACKED_TABLES:  # type: ignore[attr-defined]
            continue
        for key, (old, new) in changes.items():
            action = "update"
            if key == "deleted":
                action = "delete" if new else "restore"
            hidden = key in HIDDEN_FIELDS
            _audit(
                session,
                obj,
                action,
                field=key,
                old_value=None if hidden else audit_text(old),
                new_value=None if hidden else audit_text(new),
            )
    if touched:
        _save_clock(session, clock)


def _save_clock(session: Session, clock: HybridClock) -> None:
    last = clock.last
    if last is None:
        return
    with session.no_autoflush:
        row = session.get(LocalState, CLOCK_KEY)
    if row is None:
        session.add(LocalState(key=CLOCK_KEY, value=last.encode()))
    else:
        row.value = last.encode()


def _label(record: SyncedMixin) -> str | None:
    return audit_text(getattr(record, record.__record_label__, None))


def install(session_class: type[Session] = Session) -> None:
    """Hook the tracking onto every Session (idempotent)."""
    if not event.contains(session_class, "before_flush", _on_before_flush):
        event.listen(session_class, "before_flush", _on_before_flush)


def history_rows(session: Session, table: str, record_id: str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.table_name == table, AuditEvent.record_id == record_id)
        .order_by(AuditEvent.hlc.desc())
    )
    return list(session.scalars(stmt))
