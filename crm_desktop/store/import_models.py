"""Local tables of the importer: the record of each import (for Undo) and saved column layouts.

Both belong to this PC and are not synced: an import is undone on the PC that made it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import ID, Base, utc_now


class ImportBatch(Base):
    """One import: what it created and what it changed, so that it can be taken back whole."""

    __tablename__ = "import_batch"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    user_id: Mapped[str | None] = mapped_column(ID)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="done")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_ids: Mapped[list[str]] = mapped_column(default=list)
    updates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    undone_at: Mapped[datetime | None] = mapped_column()


class ImportPreset(Base):
    """A column layout a person saved under a name, to use for the next file like it."""

    __tablename__ = "import_preset"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(ID)
    mapping: Mapped[dict[str, str]] = mapped_column(default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
