"""Conflict records kept on this PC: the losing value of a field two PCs both changed.

``reason`` is ``field`` (another PC's newer change won), ``replaced`` (this PC's newer change
overwrote a value another PC had just set), ``refused`` (the server
would not take the change: the record is not yours to change any more) or
``deleted`` (you edited a record someone else deleted).
A refused new record has one conflict whose ``field`` is ``NEW_RECORD`` and whose ``mine``
holds what was entered (the record itself is not kept: the office never had it).
``resolved`` is ``""`` while open, then ``mine`` or ``theirs``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, Table, Text, func, select

from crm_desktop.domain.ids import new_id
from crm_desktop.store.tracking import audit_text

NEW_RECORD = "*"
CONFLICT_METADATA = MetaData()
CONFLICTS = Table(
    "sync_conflict",
    CONFLICT_METADATA,
    Column("id", String(36), primary_key=True),
    Column("table_name", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    Column("mine", Text),
    Column("theirs", Text),
    Column("theirs_by", String(36)),
    Column("theirs_hlc", String(64), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("resolved", String(8), nullable=False),
)


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    table_name: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    theirs_by: str | None
    theirs_hlc: str
    reason: str
    created_at: str
    resolved: str


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=audit_text)


def record_conflict(
    conn: Connection,
    table: str,
    record_id: str,
    field: str,
    mine: Any,
    theirs: Any,
    theirs_by: str | None,
    theirs_hlc: str,
    reason: str = "field",
) -> None:
    conn.execute(
        CONFLICTS.insert().values(
            id=new_id(), table_name=table, record_id=record_id, field=field,
            mine=_dump(mine), theirs=_dump(theirs), theirs_by=theirs_by,
            theirs_hlc=theirs_hlc, reason=reason,
            created_at=datetime.now(UTC).isoformat(), resolved="",
        )
    )


def open_conflicts(conn: Connection) -> list[ConflictRecord]:
    rows = conn.execute(
        select(CONFLICTS).where(CONFLICTS.c.resolved == "").order_by(CONFLICTS.c.created_at)
    ).mappings()
    return [
        ConflictRecord(**{**dict(r), "mine": json.loads(r["mine"] or "null"),
                          "theirs": json.loads(r["theirs"] or "null")})
        for r in rows
    ]


def count_open(conn: Connection) -> int:
    return int(conn.execute(
        select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.resolved == "")
    ).scalar() or 0)


def mark_resolved(conn: Connection, conflict_id: str, choice: str) -> None:
    conn.execute(CONFLICTS.update().where(CONFLICTS.c.id == conflict_id).values(resolved=choice))
