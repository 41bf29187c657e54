"""Server rows that come back as JSON text (from ``crm_push``), turned into the values the
server's column types would have given."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Numeric

from crm_desktop.sync.schema import SERVER_METADATA, ServerDateTime


def _datetime(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def decode_row(table: str, text: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(text, parse_float=Decimal)
    columns = SERVER_METADATA.tables[table].columns
    row: dict[str, Any] = {}
    for name, value in raw.items():
        kind = columns[name].type
        if value is None or isinstance(kind, JSON):
            row[name] = value
        elif isinstance(kind, ServerDateTime):
            row[name] = _datetime(value)
        elif isinstance(kind, Numeric) and not isinstance(value, Decimal):
            row[name] = Decimal(value) if isinstance(value, (int, str)) else value
        else:
            row[name] = value
    return row
