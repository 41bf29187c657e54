"""Declarative base and the columns every synced table carries (see DESIGN.md, Data model)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crm_desktop.domain.ids import new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC; always hands back an aware UTC datetime, whatever the backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, str]: JSON(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


ID = String(36)


class SyncedMixin:
    """The columns of DESIGN.md's Data model: made on the PC, merged field by field on sync.

    `dirty` is local only: it marks rows the server has not yet accepted.
    Tables listed as append-only never change a row after its insert.
    """

    __append_only__: ClassVar[bool] = False
    __record_label__: ClassVar[str] = "name"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str | None] = mapped_column(ID)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(ID)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    field_hlc: Mapped[dict[str, str]] = mapped_column(default=dict)
    #: Not indexed on its own: two values, and a plain index on it led SQLite's planner to scan
    #: every live row instead of using a selective index. models.py gives each table a partial
    #: index of its tombstones (``deleted = 1``) for the Recycle Bin instead (migration 0400).
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


#: Columns managed by the sync machinery, never edited as "fields" of a record.
SYSTEM_COLUMNS = frozenset(
    {
        "id",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "hlc",
        "field_hlc",
        "server_seq",
        "dirty",
    }
)
