"""Tables that belong to this PC only and are never synced."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base, utc_now


class LocalState(Base):
    """Key/value facts about this PC: its device id, the last clock reading, sync cursors."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Draft(Base):
    """An unfinished form or wizard, kept so that closing a window loses nothing."""

    __tablename__ = "draft"

    form: Mapped[str] = mapped_column(String(80), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
