"""Identifiers for rows that are created on many PCs and merged later."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """A random UUID4 as text with dashes; collision-free across offline PCs."""
    return str(uuid.uuid4())
