"""The time the follow-up screens go by, replaceable so tests never sleep.

Widgets ask `clock_for(context)`; a test puts a ManualClock on the context
(`context.clock = ManualClock(...)`) and moves it on with `advance()`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol

from crm_desktop.services.dates import local_tz


class Clock(Protocol):
    def now(self) -> datetime: ...

    def tz(self) -> tzinfo: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def tz(self) -> tzinfo:
        return local_tz()


class ManualClock:
    """A clock that stands still until told to move (tests, screen pictures)."""

    def __init__(self, now: datetime, tz: tzinfo | None = None) -> None:
        if now.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = now.astimezone(UTC)
        self._tz = tz or now.tzinfo or UTC

    def now(self) -> datetime:
        return self._now

    def tz(self) -> tzinfo:
        return self._tz

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, now: datetime) -> None:
        self._now = now.astimezone(UTC)


SYSTEM_CLOCK = SystemClock()


def clock_for(context: object) -> Clock:
    clock = getattr(context, "clock", None)
    return clock if clock is not None else SYSTEM_CLOCK
