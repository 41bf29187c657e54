"""The company server's tables: the synced tables of the store, as the server keeps them.

The server copy of a table has every column of the local one except ``dirty``
(which only means "not yet accepted" on a PC), no foreign keys (rows arrive in
any order and the server is a merge store, not a second place for rules), and
``server_seq`` numbering every accepted change from the one ``sync_counter``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from crm_desktop.store.base import NAMING, UTCDateTime
from crm_desktop.store.models import SYNCED_MODELS

VERSION_TABLE = "crm_server_version"
COUNTER_TABLE = "sync_counter"
ACCOUNT_TABLE = "crm_account"
LOCAL_ONLY_COLUMNS = frozenset({"dirty"})
#: 13 + 1 + 5 + 1 + a 36-character device id: longer than the local column's declared 48
#: (SQLite does not enforce lengths; the servers do).
HLC_LENGTH = 64

#: Synced tables in dependency order (parents first).
SYNCED_TABLES: tuple[str, ...] = tuple(m.__tablename__ for m in SYNCED_MODELS)  # type: ignore[attr-defined]
APPEND_ONLY_TABLES = frozenset(
    m.__tablename__ for m in SYNCED_MODELS if m.__append_only__  # type: ignore[attr-defined]
)
#: Only an administrator changes these; everyone reads them.
ADMIN_TABLES = ("company_setting", "department", "app_user", "pipeline_stage", "approval_flow")
#: Records hanging off a client follow the client (DESIGN.md, who sees what).
CLIENT_CHILD_TABLES = ("contact", "activity", "deal", "complaint")
#: Tables whose rows point at "a record" by (table, id) and follow that record.
TARGETED_TABLES = {"comment": ("target_table", "target_id"),
                   "audit_event": ("table_name", "record_id")}
#: Everyone reads and writes these (the rules for them live in the services).
SHARED_TABLES = ("product", "stock_movement", "approval_request", "approval_decision")


class ServerDateTime(TypeDecorator[datetime]):
    """UTC datetimes with microseconds on every server (MariaDB rounds to seconds otherwise)."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[datetime]:
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _UTC.process_bind_param(value, dialect)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _UTC.process_result_value(value, dialect)


_UTC = UTCDateTime()


def build_metadata() -> MetaData:
    """The server's tables, derived from the store's synced models."""
    metadata = MetaData(naming_convention=NAMING)
    for model in SYNCED_MODELS:
        local: Table = model.__table__  # type: ignore[attr-defined]
        columns = []
        for col in local.columns:
            if col.name in LOCAL_ONLY_COLUMNS:
                continue
            kind = ServerDateTime() if isinstance(col.type, UTCDateTime) else col.type
            if col.name == "hlc":
                kind = String(HLC_LENGTH)
            # The server keeps its plain index on ``deleted`` (its planner has statistics);
            # the local file has a partial index of tombstones instead (store migration 0400).
            columns.append(
                Column(col.name, kind, primary_key=col.primary_key,
                       nullable=col.nullable if not col.primary_key else False,
                       index=(bool(col.index) or col.name == "deleted") and not col.primary_key)
            )
        table = Table(local.name, metadata, *columns)
        for index in local.indexes:
            names = [c.name for c in index.columns]
            if (any(n in LOCAL_ONLY_COLUMNS for n in names) or len(names) < 2
                    or index.info.get("local_only")):
                continue
            Index(index.name, *[table.c[n] for n in names])
    Table(COUNTER_TABLE, metadata,
          Column("id", Integer, primary_key=True, autoincrement=False),
          Column("value", BigInteger, nullable=False))
    Table(ACCOUNT_TABLE, metadata,
          Column("account", String(80), primary_key=True),
          Column("user_id", String(36), nullable=False, index=True))
    return metadata


SERVER_METADATA = build_metadata()


def synced_columns(table: str) -> list[str]:
    return [c.name for c in SERVER_METADATA.tables[table].columns]

