from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from crm_desktop.services import dates
from tests.followups_support import NOW, SHANGHAI


def test_choices_are_counted_from_the_local_day() -> None:
    # 23:30 UTC on Monday is already Tuesday morning in Shanghai
    late = datetime(2024, 3, 11, 23, 30, tzinfo=UTC)
    assert dates.today(late, SHANGHAI) == date(2024, 3, 12)
    assert dates.choice_day("tomorrow", late, SHANGHAI) == date(2024, 3, 13)
    assert dates.choice_day("in_three_days", late, SHANGHAI) == date(2024, 3, 15)
    assert dates.choice_day("next_week", late, SHANGHAI) == date(2024, 3, 18)  # Monday
    with pytest.raises(ValueError):
        dates.choice_day("someday", late, SHANGHAI)


def test_next_week_from_a_sunday_is_the_next_day() -> None:
    assert dates.next_monday(date(2024, 3, 17)) == date(2024, 3, 18)


def test_a_day_only_follow_up_keeps_its_day_in_every_time_zone() -> None:
    stored = dates.day_only(date(2024, 3, 15))
    assert dates.due_day(stored, False, SHANGHAI) == date(2024, 3, 15)
    assert dates.due_day(stored, False, UTC) == date(2024, 3, 15)


def test_later_today_moves_three_hours_on_rounded_to_the_quarter() -> None:
    now = datetime(2024, 3, 12, 2, 7, tzinfo=UTC)  # 10:07 in Shanghai
    due, has_time = dates.snoozed_due("later_today", now, True, now, SHANGHAI)
    assert has_time
    assert due.astimezone(SHANGHAI).time() == time(13, 15)


def test_later_today_in_the_evening_becomes_tomorrow_morning() -> None:
    evening = datetime(2024, 3, 12, 11, 0, tzinfo=UTC)  # 19:00 in Shanghai
    due, has_time = dates.snoozed_due("later_today", evening, True, evening, SHANGHAI)
    assert has_time
    assert due.astimezone(SHANGHAI) == datetime(2024, 3, 13, 9, 0, tzinfo=SHANGHAI)


def test_tomorrow_keeps_the_time_of_a_timed_follow_up() -> None:
    due_at = datetime(2024, 3, 12, 6, 30, tzinfo=UTC)  # 14:30 Shanghai
    due, has_time = dates.snoozed_due("tomorrow", due_at, True, NOW, SHANGHAI)
    assert has_time
    assert due.astimezone(SHANGHAI) == datetime(2024, 3, 13, 14, 30, tzinfo=SHANGHAI)
    due, has_time = dates.snoozed_due("next_week", dates.day_only(date(2024, 3, 12)), False,
                                      NOW, SHANGHAI)
    assert not has_time
    assert dates.due_day(due, False, SHANGHAI) == date(2024, 3, 18)


def test_past_means_before_now_or_before_today() -> None:
    assert dates.is_past(datetime(2024, 3, 12, 1, 0, tzinfo=UTC), True, NOW, SHANGHAI)
    assert not dates.is_past(dates.day_only(date(2024, 3, 12)), False, NOW, SHANGHAI)
    assert dates.is_past(dates.day_only(date(2024, 3, 11)), False, NOW, SHANGHAI)
