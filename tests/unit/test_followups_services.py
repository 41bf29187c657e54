from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.services import dates
from crm_desktop.services.activities import NextStep, client_activities, log_activity
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.followups import (
    add_follow_up,
    contact_rhythms,
    due_reminders,
    keep_in_touch,
    mark_done,
    next_reminder_at,
    set_contact_rhythms,
    snooze,
    team_overdue,
    today_view,
)
from crm_desktop.services.records import apply
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Client, Task
from tests.followups_support import NOW, SHANGHAI, client, department, get, person


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in March 2024, Shanghai time."""
    return datetime(2024, 3, day, hour, minute, tzinfo=SHANGHAI)


def add(ws: Workspace, title: str, due: datetime, *, has_time: bool = True,
        client_id: str | None = None, allow_past: bool = True) -> str:
    return ws.run(add_follow_up, title, due, has_time=has_time, client_id=client_id,
                  allow_past=allow_past, now=NOW, tz=SHANGHAI).id


@pytest.fixture
def anna(workspace: Workspace) -> Actor:
    actor = person(workspace, "Anna")
    workspace.act_as(actor)
    return actor


def test_today_groups_waiting_today_and_coming_up(workspace: Workspace, anna: Actor) -> None:
    huadong = client(workspace, "华东贸易", anna)
    add(workspace, "Send the price list", at(7, 9), has_time=False, client_id=huadong)
    add(workspace, "Call back", at(12, 8))  # earlier today: still "today", not waiting
    add(workspace, "Visit", at(12, 15))
    add(workspace, "Sign", dates.day_only(date(2024, 3, 12)), has_time=False)
    add(workspace, "Next Tuesday", at(19, 9))
    add(workspace, "Far away", at(30, 9))
    view = workspace.run(today_view, NOW, SHANGHAI)
    assert [f.title for f in view.waiting] == ["Send the price list"]
    assert view.waiting[0].due_day == date(2024, 3, 7)
    assert view.waiting[0].client_name == "华东贸易"
    assert [f.title for f in view.today] == ["Sign", "Call back", "Visit"]  # day-only first
    assert [f.title for f in view.coming_up] == ["Next Tuesday"]
    assert (view.waiting_total, view.today_total, view.coming_up_total) == (1, 3, 1)


def test_today_shows_only_ones_own_follow_ups(workspace: Workspace, anna: Actor) -> None:
    add(workspace, "Mine", at(12, 15))
    boris = person(workspace, "Boris")
    workspace.act_as(boris)
    add(workspace, "His", at(12, 15))
    assert [f.title for f in workspace.run(today_view, NOW, SHANGHAI).today] == ["His"]
    workspace.act_as(anna)
    assert [f.title for f in workspace.run(today_view, NOW, SHANGHAI).today] == ["Mine"]


def test_a_time_in_the_past_is_questioned_unless_meant(workspace: Workspace, anna: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        workspace.run(add_follow_up, "Call", at(12, 9), has_time=True, now=NOW, tz=SHANGHAI)
    assert err.value.reason == "past"
    added = workspace.run(add_follow_up, "Call", at(12, 9), has_time=True, allow_past=True,
                          now=NOW, tz=SHANGHAI)
    assert added.due_at == at(12, 9)
    # a day-only follow-up for today is not in the past
    workspace.run(add_follow_up, "Today", at(12, 0), has_time=False, now=NOW, tz=SHANGHAI)


def test_an_empty_follow_up_is_refused(workspace: Workspace, anna: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        workspace.run(add_follow_up, "   ", at(13, 9), has_time=True, now=NOW, tz=SHANGHAI)
    assert err.value.field == "title"


def test_done_leaves_today_and_undo_brings_it_back(workspace: Workspace, anna: Actor) -> None:
    task_id = add(workspace, "Call back", at(12, 15))
    change = workspace.run(mark_done, task_id, NOW)
    assert workspace.run(today_view, NOW, SHANGHAI).today == []
    workspace.run(apply, change.inverse())
    assert [f.id for f in workspace.run(today_view, NOW, SHANGHAI).today] == [task_id]


def test_snooze_moves_a_follow_up(workspace: Workspace, anna: Actor) -> None:
    task_id = add(workspace, "Call back", at(11, 15))  # waiting since yesterday
    workspace.run(snooze, task_id, "tomorrow", NOW, SHANGHAI)
    view = workspace.run(today_view, NOW, SHANGHAI)
    assert view.waiting == [] and [f.id for f in view.coming_up] == [task_id]
    assert view.coming_up[0].due_at == at(13, 15)
    workspace.run(snooze, task_id, "later_today", NOW, SHANGHAI)
    assert workspace.run(today_view, NOW, SHANGHAI).today[0].due_at == at(12, 13)
    workspace.run(snooze, task_id, "next_week", NOW, SHANGHAI)
    assert workspace.run(today_view, NOW, SHANGHAI).coming_up[0].due_day == date(2024, 3, 18)
    with pytest.raises(ValidationError):
        workspace.run(snooze, task_id, "never", NOW, SHANGHAI)


def test_someone_elses_follow_up_cannot_be_done_or_moved(workspace: Workspace, anna: Actor) -> None:
    task_id = add(workspace, "Mine", at(12, 15))
    workspace.act_as(person(workspace, "Boris"))
    with pytest.raises((PermissionDenied, NotFound)):
        workspace.run(mark_done, task_id, NOW)
    with pytest.raises((PermissionDenied, NotFound)):
        workspace.run(snooze, task_id, "tomorrow", NOW, SHANGHAI)


def test_reminders_are_the_timed_follow_ups_in_the_window(
    workspace: Workspace, anna: Actor
) -> None:
    add(workspace, "Day only", at(12, 0), has_time=False)
    first = add(workspace, "At 10:30", at(12, 10, 30))
    add(workspace, "At 11:00", at(12, 11))
    found = workspace.run(due_reminders, NOW, at(12, 10, 45), SHANGHAI)
    assert [f.id for f in found] == [first]
    assert workspace.run(next_reminder_at, NOW) == at(12, 10, 30)
    assert workspace.run(next_reminder_at, at(12, 11)) is None


def test_logging_a_visit_moves_last_contact_and_plans_next(
    workspace: Workspace, anna: Actor
) -> None:
    client_id = client(workspace, "华东贸易", anna, grade="A")
    logged = workspace.run(
        log_activity, client_id, "visit", "  Showed the new catalogue  ",
        next_step=NextStep("Send the offer", dates.day_only(date(2024, 3, 15))),
        now=NOW, tz=SHANGHAI,
    )
    assert logged.activity.text == "Showed the new catalogue"
    assert logged.activity.next_step == "Send the offer"
    assert logged.follow_up is not None and logged.follow_up.due_day == date(2024, 3, 15)
    row = get(workspace, Client, client_id)
    assert isinstance(row, Client) and row.last_contact_at == NOW
    listed = workspace.run(client_activities, client_id)
    assert [a.kind for a in listed] == ["visit"] and listed[0].user_name == "Anna"


def test_a_note_is_not_a_contact(workspace: Workspace, anna: Actor) -> None:
    client_id = client(workspace, "Note only", anna)
    workspace.run(log_activity, client_id, "note", "Likes green tea", now=NOW)
    row = get(workspace, Client, client_id)
    assert isinstance(row, Client) and row.last_contact_at is None


def test_an_older_activity_does_not_move_last_contact_back(
    workspace: Workspace, anna: Actor
) -> None:
    client_id = client(workspace, "C", anna, last_contact_at=NOW - timedelta(days=1))
    workspace.run(log_activity, client_id, "call", "Late entry",
                  happened_at=NOW - timedelta(days=5), now=NOW)
    row = get(workspace, Client, client_id)
    assert isinstance(row, Client) and row.last_contact_at == NOW - timedelta(days=1)


def test_an_activity_for_a_client_one_cannot_see_is_refused(
    workspace: Workspace, anna: Actor
) -> None:
    boris = person(workspace, "Boris")
    his = client(workspace, "His client", boris)
    with pytest.raises(NotFound):
        workspace.run(log_activity, his, "call", "Sneaky", now=NOW)
    with pytest.raises(NotFound):
        workspace.run(log_activity, "no-such-id", "call", "Nothing", now=NOW)
    with pytest.raises(NotFound):
        workspace.run(add_follow_up, "Call", at(13, 9), has_time=True, client_id=his,
                      now=NOW, tz=SHANGHAI)


@pytest.mark.parametrize(
    ("kind", "text", "field"),
    [("shout", "Hello", "kind"), ("call", "  ", "text")],
)
def test_bad_activity_input_names_the_field(workspace: Workspace, anna: Actor, kind: str, text: str,
                                            field: str) -> None:
    client_id = client(workspace, "C", anna)
    with pytest.raises(ValidationError) as err:
        workspace.run(log_activity, client_id, kind, text, now=NOW)
    assert err.value.field == field


def test_logging_can_close_the_follow_up_it_answers(workspace: Workspace, anna: Actor) -> None:
    client_id = client(workspace, "C", anna)
    task_id = add(workspace, "Call back", at(12, 9), client_id=client_id)
    logged = workspace.run(log_activity, client_id, "call", "Called back", completes=task_id,
                           now=NOW)
    task = get(workspace, Task, task_id)
    assert isinstance(task, Task)
    assert task.done_at == NOW and task.activity_id == logged.activity.id


def test_keep_in_touch_follows_the_grade_rhythm(workspace: Workspace, anna: Actor) -> None:
    days = timedelta(days=1)
    client(workspace, "A quiet 31 days", anna, grade="A", last_contact_at=NOW - 31 * days)
    client(workspace, "A fresh 29 days", anna, grade="A", last_contact_at=NOW - 29 * days)
    client(workspace, "B quiet 45 days", anna, grade="B", last_contact_at=NOW - 45 * days)
    client(workspace, "C quiet 91 days", anna, grade="C", last_contact_at=NOW - 91 * days)
    planned = client(workspace, "A planned", anna, grade="A", last_contact_at=NOW - 50 * days)
    add(workspace, "Call", at(13, 9), client_id=planned)
    client(workspace, "Someone else's", person(workspace, "Boris"), grade="A",
           last_contact_at=NOW - 99 * days)
    found, total = workspace.run(keep_in_touch, NOW)
    assert [(k.client_name, k.days) for k in found] == [("C quiet 91 days", 91),
                                                         ("A quiet 31 days", 31)]
    assert total == 2 and found[1].rhythm_days == 30 and not found[1].never
    # The first suggestion only, still with how many there are in all.
    first, total = workspace.run(keep_in_touch, NOW, limit=1)
    assert [k.client_name for k in first] == ["C quiet 91 days"] and total == 2

    with pytest.raises(PermissionDenied):
        workspace.run(set_contact_rhythms, {"B": 40})


def test_an_administrator_sets_the_rhythms(workspace: Workspace, admin: Actor) -> None:
    assert workspace.run(contact_rhythms) == {"A": 30, "B": 60, "C": 90}
    assert workspace.run(set_contact_rhythms, {"B": 40, "C": 0}) == {"A": 30, "B": 40, "C": 0}
    with pytest.raises(ValidationError):
        workspace.run(set_contact_rhythms, {"A": -1})
    anna = person(workspace, "Anna")
    client(workspace, "B quiet 45 days", anna, grade="B",
           last_contact_at=NOW - timedelta(days=45))
    client(workspace, "C never", anna, grade="C")
    workspace.act_as(anna)
    found, _ = workspace.run(keep_in_touch, NOW)
    assert [k.client_name for k in found] == ["B quiet 45 days"]  # C switched off


def test_never_contacted_counts_from_when_brought_in(workspace: Workspace, anna: Actor) -> None:
    client(workspace, "New", anna, grade="A", created_at=NOW - timedelta(days=10))
    client(workspace, "Old", anna, grade="A", created_at=NOW - timedelta(days=40))
    found, _ = workspace.run(keep_in_touch, NOW)
    assert [(k.client_name, k.never) for k in found] == [("Old", True)]


def test_a_manager_sees_team_numbers_only(workspace: Workspace) -> None:
    sales = department(workspace, "Sales")
    other = department(workspace, "Other")
    boss = person(workspace, "Boss", "manager", sales)
    for name, dep, due in (("Anna", sales, at(1, 9)), ("Boris", sales, at(11, 9)),
                           ("Vera", sales, at(12, 15)), ("Zed", other, at(1, 9))):
        workspace.act_as(person(workspace, name, "staff", dep))
        add(workspace, "x", due)
    workspace.act_as(boss)
    numbers = workspace.run(team_overdue, NOW, SHANGHAI)
    assert (numbers.people, numbers.overdue, numbers.overdue_over_a_week,
            numbers.due_today) == (3, 2, 1, 1)
    assert not any(isinstance(v, str) for v in vars(numbers).values())
    workspace.act_as(person(workspace, "Staffer", "staff", sales))
    with pytest.raises(PermissionDenied):
        workspace.run(team_overdue, NOW, SHANGHAI)


def test_a_follow_up_of_a_handed_over_client_leaves_today(
    workspace: Workspace, anna: Actor
) -> None:
    client_id = client(workspace, "C", anna)
    add(workspace, "Call", at(12, 15), client_id=client_id)
    boris = person(workspace, "Boris")
    with workspace.session() as session:
        row = session.get(Client, client_id)
        assert row is not None
        row.owner_id = boris.id
    assert workspace.run(today_view, NOW, SHANGHAI).today == []


def test_naive_times_are_refused(workspace: Workspace, anna: Actor) -> None:
    with pytest.raises(ValidationError):
        workspace.run(add_follow_up, "x", datetime(2024, 3, 13, 9), has_time=True, now=NOW,
                      tz=SHANGHAI)
    client_id = client(workspace, "C", anna)
    with pytest.raises(ValidationError):
        workspace.run(log_activity, client_id, "call", "x", happened_at=datetime(2024, 3, 12),
                      now=NOW)
    with pytest.raises(ValidationError):
        workspace.run(log_activity, client_id, "call", "x",
                      happened_at=datetime(2024, 4, 1, tzinfo=UTC), now=NOW)


def test_the_wizard_finds_clients_by_pinyin_and_only_visible_ones(
    workspace: Workspace, anna: Actor
) -> None:
    from crm_desktop.services.activities import find_clients_to_log
    from crm_desktop.services.clients import ClientInput, create_client

    workspace.run(create_client, ClientInput(name="华东贸易", phones=["+86 21 5555 0101"]))
    boris = person(workspace, "Boris")
    workspace.act_as(boris)
    workspace.run(create_client, ClientInput(name="华东机械"))
    workspace.act_as(anna)
    assert [c.name for c in workspace.run(find_clients_to_log, "huadong")] == ["华东贸易"]
    assert [c.name for c in workspace.run(find_clients_to_log, "hd")] == ["华东贸易"]
    assert workspace.run(find_clients_to_log, "") == []
