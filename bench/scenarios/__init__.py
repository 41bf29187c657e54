"""The scenarios, in the order the table shows them; each module exposes ``run(report, office)``."""

from __future__ import annotations

SCENARIOS: tuple[str, ...] = (
    "startup",
    "history",
    "memory",
)
