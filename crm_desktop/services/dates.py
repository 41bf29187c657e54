"""Calendar words shared by follow-ups and the Log-a-visit wizard: tomorrow, next week, a day.

A follow-up may have a time ("call at 14:30") or only a day ("call on Friday").
A day-only follow-up is stored at 12:00 UTC of that day, so it reads back as the
same calendar day on every PC whatever its time zone; a timed one is stored as
the real instant and read in the PC's local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

DUE_CHOICES = ("tomorrow", "in_three_days", "next_week")
SNOOZE_CHOICES = ("later_today", "tomorrow", "next_week")
#: "Later today" moves a reminder this far ahead (rounded up to the quarter hour).
LATER_TODAY = timedelta(hours=3)
#: A "later today" that would fall after this hour moves to tomorrow morning instead.
LAST_HOUR_TODAY = 20
MORNING = time(9, 0)


def local_tz() -> tzinfo:
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else UTC


def day_only(day: date) -> datetime:
    """How a follow-up without a time is stored."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def at_local(day: date, at: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def due_day(due_at: datetime, has_time: bool, tz: tzinfo) -> date:
    """The calendar day a follow-up belongs to."""
    if has_time:
        return due_at.astimezone(tz).date()
    return due_at.astimezone(UTC).date()


def today(now: datetime, tz: tzinfo) -> date:
    return now.astimezone(tz).date()


def next_monday(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def choice_day(choice: str, now: datetime, tz: tzinfo) -> date:
    """The day meant by "tomorrow", "in three days" or "next week" (Monday of next week)."""
    start = today(now, tz)
    if choice == "tomorrow":
        return start + timedelta(days=1)
    if choice == "in_three_days":
        return start + timedelta(days=3)
    if choice == "next_week":
        return next_monday(start)
    raise ValueError(f"unknown choice {choice!r}")


def _round_up_quarter(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = (-moment.minute) % 15
    return moment + timedelta(minutes=extra)


def snoozed_due(
    choice: str, due_at: datetime, has_time: bool, now: datetime, tz: tzinfo
) -> tuple[datetime, bool]:
    """Where a snoozed follow-up lands: (new due_at, has_time)."""
    if choice == "later_today":
        later = _round_up_quarter(now.astimezone(tz) + LATER_TODAY)
        if later.date() == today(now, tz) and later.hour < LAST_HOUR_TODAY:
            return later.astimezone(UTC), True
        return at_local(today(now, tz) + timedelta(days=1), MORNING, tz), True
    day = choice_day(choice, now, tz)
    if has_time:
        return at_local(day, due_at.astimezone(tz).time(), tz), True
    return day_only(day), False


def is_past(due_at: datetime, has_time: bool, now: datetime, tz: tzinfo) -> bool:
    """A timed follow-up before now, or a day-only one before today."""
    if has_time:
        return due_at < now
    return due_day(due_at, False, tz) < today(now, tz)
