"""Follow-ups: what to do next, for which client, by when — and the Today page built on them.

Everything here is about helping a person remember, never about watching them:
each person sees only their own follow-ups; a manager gets their team's overdue
follow-ups as numbers, never as a list of names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.services import dates
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import get_setting, set_setting
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.permissions import ensure_can_see, visible_clients
from crm_desktop.services.records import ChangeSet, update_fields
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import GRADES, Activity, Client, Task, User

TITLE_MAX = 500
COMING_UP_DAYS = 7
SECTION_LIMIT = 200
KEEP_IN_TOUCH_LIMIT = 20
DEFAULT_RHYTHMS = {"A": 30, "B": 60, "C": 90}
RHYTHM_KEY = "contact_rhythm_{grade}"
#: Activity kinds that count as being in touch with a client (a note to oneself does not).
CONTACT_KINDS = ("call", "visit", "message", "meeting", "service")


@dataclass(frozen=True)
class FollowUp:
    id: str
    title: str
    due_at: datetime
    has_time: bool
    due_day: date
    client_id: str | None
    client_name: str
    done_at: datetime | None = None


@dataclass(frozen=True)
class KeepInTouch:
    client_id: str
    client_name: str
    grade: str
    rhythm_days: int
    #: Days since the last contact, or since the client was added when there was none.
    days: int
    never: bool


@dataclass(frozen=True)
class TodayView:
    day: date
    waiting: list[FollowUp] = field(default_factory=list)
    today: list[FollowUp] = field(default_factory=list)
    coming_up: list[FollowUp] = field(default_factory=list)
    keep_in_touch: list[KeepInTouch] = field(default_factory=list)
    waiting_total: int = 0
    today_total: int = 0
    coming_up_total: int = 0
    keep_in_touch_total: int = 0


@dataclass(frozen=True)
class TeamOverdue:
    """A manager's view of the team: numbers only, never who."""

    people: int
    overdue: int
    overdue_over_a_week: int
    due_today: int


# -- reading ---------------------------------------------------------------------------------


def client_label(client: Client | None) -> str:
    if client is None:
        return ""
    if client.company and client.company != client.name:
        return f"{client.name} ({client.company})"
    return client.name


def _follow_up(task: Task, client: Client | None, tz: tzinfo) -> FollowUp:
    return FollowUp(
        id=task.id,
        title=task.title,
        due_at=task.due_at,
        has_time=task.has_time,
        due_day=dates.due_day(task.due_at, task.has_time, tz),
        client_id=task.client_id,
        client_name=client_label(client),
        done_at=task.done_at,
    )


def _mine(session: Session, actor: Actor) -> Select[tuple[Task, Client]]:
    """Open follow-ups of this person, for clients they may still see (or for no client)."""
    return (
        select(Task, Client)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(
            Task.assignee_id == actor.id,
            Task.deleted.is_(False),
            Task.done_at.is_(None),
            or_(Task.client_id.is_(None), and_(Client.deleted.is_(False),
                                               visible_clients(session, actor))),
        )
    )


def _window(day_from: date, day_to: date) -> tuple[datetime, datetime]:
    """Stored due_at bounds wide enough for both day-only and timed follow-ups of those days."""
    start = datetime.combine(day_from, datetime.min.time(), tzinfo=UTC) - timedelta(days=1)
    end = datetime.combine(day_to, datetime.min.time(), tzinfo=UTC) + timedelta(days=2)
    return start, end


def _sort_key(item: FollowUp) -> tuple[date, bool, datetime]:
    return (item.due_day, item.has_time, item.due_at)


def today_view(
    session: Session,
    actor: Actor,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    *,
    limit: int = SECTION_LIMIT,
) -> TodayView:
    """The Today page: waiting (from before today), today, the coming week, keep in touch."""
    now = now or utc_now()
    tz = tz or dates.local_tz()
    day = dates.today(now, tz)
    horizon = day + timedelta(days=COMING_UP_DAYS)
    _start, end = _window(day, horizon)
    rows = session.execute(_mine(session, actor).where(Task.due_at < end).order_by(Task.due_at))
    waiting: list[FollowUp] = []
    todays: list[FollowUp] = []
    coming: list[FollowUp] = []
    for task, client in rows:
        item = _follow_up(task, client, tz)
        if item.due_day < day:
            waiting.append(item)
        elif item.due_day == day:
            todays.append(item)
        elif item.due_day <= horizon:
            coming.append(item)
    for bucket in (waiting, todays, coming):
        bucket.sort(key=_sort_key)
    suggestions, suggestions_total = keep_in_touch(session, actor, now)
    return TodayView(
        day=day,
        waiting=waiting[:limit],
        today=todays[:limit],
        coming_up=coming[:limit],
        keep_in_touch=suggestions,
        waiting_total=len(waiting),
        today_total=len(todays),
        coming_up_total=len(coming),
        keep_in_touch_total=suggestions_total,
    )


def client_follow_ups(
    session: Session, actor: Actor, client_id: str, tz: tzinfo | None = None,
    *, include_done: bool = True, limit: int = 200,
) -> list[FollowUp]:
    """Every follow-up for one client (anyone's: the card is shared), newest due first."""
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    tz = tz or dates.local_tz()
    stmt = select(Task).where(Task.client_id == client_id, Task.deleted.is_(False))
    if not include_done:
        stmt = stmt.where(Task.done_at.is_(None))
    tasks = session.scalars(stmt.order_by(Task.due_at.desc()).limit(limit))
    return [_follow_up(task, client, tz) for task in tasks]


def get_follow_up(
    session: Session, actor: Actor, task_id: str, tz: tzinfo | None = None
) -> FollowUp:
    task = _own_task(session, actor, task_id)
    client = session.get(Client, task.client_id) if task.client_id else None
    return _follow_up(task, client, tz or dates.local_tz())


def due_reminders(
    session: Session, actor: Actor, after: datetime, until: datetime, tz: tzinfo | None = None
) -> list[FollowUp]:
    """Timed follow-ups whose moment falls in (after, until]: what to remind of now."""
    rows = session.execute(
        _mine(session, actor)
        .where(Task.has_time.is_(True), Task.due_at > after, Task.due_at <= until)
        .order_by(Task.due_at)
    )
    tz = tz or dates.local_tz()
    return [_follow_up(task, client, tz) for task, client in rows]


def next_reminder_at(session: Session, actor: Actor, after: datetime) -> datetime | None:
    """When the next timed follow-up after `after` is due (for the reminder timer)."""
    stmt = (
        _mine(session, actor)
        .where(Task.has_time.is_(True), Task.due_at > after)
        .with_only_columns(func.min(Task.due_at))
    )
    value = session.scalar(stmt)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


# -- writing ---------------------------------------------------------------------------------


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError("title", "empty", "Please say what there is to do.")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", "too_long", f"Please keep it under {TITLE_MAX} characters.")
    return title


def add_follow_up(
    session: Session,
    actor: Actor,
    title: str,
    due_at: datetime,
    *,
    has_time: bool,
    client_id: str | None = None,
    allow_past: bool = False,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> FollowUp:
    """A new follow-up for the acting person.

    A moment already past is refused with reason "past" unless `allow_past`:
    the caller asks the person whether that was meant.
    """
    now = now or utc_now()
    tz = tz or dates.local_tz()
    if actor.id is None:
        raise PermissionDenied("Follow-ups belong to a person; sign in first.")
    title = _clean_title(title)
    if due_at.tzinfo is None:
        raise ValidationError("due_at", "no_timezone", "The due time needs a time zone.")
    if not has_time:
        due_at = dates.day_only(dates.due_day(due_at, True, tz))
    if not allow_past and dates.is_past(due_at, has_time, now, tz):
        raise ValidationError("due_at", "past", "That moment has already passed.")
    client: Client | None = None
    if client_id is not None:
        found = ensure_can_see(session, actor, session.get(Client, client_id))
        assert isinstance(found, Client)
        client = found
    task = Task(
        title=title, due_at=due_at, has_time=has_time, client_id=client_id,
        assignee_id=actor.id,
    )
    session.add(task)
    session.flush()
    return _follow_up(task, client, tz)


def _own_task(session: Session, actor: Actor, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted:
        raise NotFound("There is no such follow-up.")
    ensure_can_see(session, actor, task)
    if task.assignee_id != actor.id and not actor.is_admin:
        raise PermissionDenied("This follow-up belongs to someone else.")
    return task


def mark_done(
    session: Session, actor: Actor, task_id: str, now: datetime | None = None,
    *, activity_id: str | None = None,
) -> ChangeSet:
    """Done with one click; the returned change can be undone."""
    task = _own_task(session, actor, task_id)
    values: dict[str, object] = {"done_at": task.done_at or (now or utc_now())}
    if activity_id is not None:
        values["activity_id"] = activity_id
    return update_fields(session, actor, "task", task.id, values)


def snooze(
    session: Session,
    actor: Actor,
    task_id: str,
    choice: str,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> ChangeSet:
    """Later today, tomorrow or next week; the returned change can be undone."""
    if choice not in dates.SNOOZE_CHOICES:
        raise ValidationError("choice", "choice", f"Choose one of {dates.SNOOZE_CHOICES}.")
    task = _own_task(session, actor, task_id)
    due_at, has_time = dates.snoozed_due(
        choice, task.due_at, task.has_time, now or utc_now(), tz or dates.local_tz()
    )
    return update_fields(session, actor, "task", task.id, {"due_at": due_at, "has_time": has_time})


# -- keep in touch ---------------------------------------------------------------------------


def contact_rhythms(session: Session, actor: Actor | None = None) -> dict[str, int]:
    """Days between contacts per grade (0: no suggestions for that grade)."""
    rhythms: dict[str, int] = {}
    for grade in GRADES:
        raw = get_setting(session, RHYTHM_KEY.format(grade=grade), "")
        try:
            rhythms[grade] = max(0, int(raw)) if raw else DEFAULT_RHYTHMS[grade]
        except ValueError:
            rhythms[grade] = DEFAULT_RHYTHMS[grade]
    return rhythms


def set_contact_rhythms(session: Session, actor: Actor, rhythms: dict[str, int]) -> dict[str, int]:
    """An administrator sets how often each grade should hear from us."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can change the contact rhythms.")
    for grade, days in rhythms.items():
        if grade not in GRADES:
            raise ValidationError("grade", "choice", f"Choose one of {GRADES}.")
        if not 0 <= days <= 3650:
            raise ValidationError(
                f"rhythm_{grade}", "range", "Please give a number of days from 0 to 3650."
            )
    for grade, days in rhythms.items():
        set_setting(session, actor, RHYTHM_KEY.format(grade=grade), str(days))
    return contact_rhythms(session, actor)


def _days_between(earlier: datetime, later: datetime) -> int:
    return max(0, (later - earlier).days)


def keep_in_touch(
    session: Session, actor: Actor, now: datetime | None = None, *,
    limit: int = KEEP_IN_TOUCH_LIMIT,
) -> tuple[list[KeepInTouch], int]:
    """The person's own clients past their grade's rhythm, longest silence first.

    Clients with an open follow-up are left out: something is already planned.
    Returns the first `limit` suggestions and how many there are in all.
    """
    now = now or utc_now()
    if actor.id is None:
        return [], 0
    rhythms = contact_rhythms(session, actor)
    # Per candidate client, one probe of ix_task_client_id (not a list of everyone's tasks).
    planned = (
        select(Task.id)
        .where(Task.client_id == Client.id, Task.deleted.is_(False), Task.done_at.is_(None))
        .exists()
    )
    since = func.coalesce(Client.last_contact_at, Client.brought_in_at, Client.created_at)
    conditions = []
    for grade, days in rhythms.items():
        if days > 0:
            conditions.append(and_(Client.grade == grade, since < now - timedelta(days=days)))
    if not conditions:
        return [], 0
    # One query gives the first `limit` and, beside each row, how many there are in all.
    total_column = func.count().over().label("total")
    stmt = (
        select(Client, total_column)
        .where(
            Client.owner_id == actor.id,
            Client.deleted.is_(False),
            Client.merged_into_id.is_(None),
            Client.status != "inactive",
            or_(*conditions),
            ~planned,
        )
        .order_by(since)
        .limit(limit)
    )
    rows = session.execute(stmt).all()
    total = int(rows[0].total) if rows else 0
    clients = [row[0] for row in rows]
    found = []
    for client in clients:
        last = client.last_contact_at or client.brought_in_at or client.created_at
        found.append(
            KeepInTouch(
                client_id=client.id,
                client_name=client_label(client),
                grade=client.grade,
                rhythm_days=rhythms[client.grade],
                days=_days_between(last, now),
                never=client.last_contact_at is None,
            )
        )
    return found, total


def days_since_contact(session: Session, actor: Actor, client_id: str,
                       now: datetime | None = None) -> int | None:
    client = ensure_can_see(session, actor, session.get(Client, client_id))
    assert isinstance(client, Client)
    if client.last_contact_at is None:
        return None
    return _days_between(client.last_contact_at, now or utc_now())


def latest_contact(session: Session, client_id: str) -> datetime | None:
    """The newest contact (not a note) logged for a client."""
    value = session.scalar(
        select(func.max(Activity.happened_at)).where(
            Activity.client_id == client_id,
            Activity.deleted.is_(False),
            Activity.kind.in_(CONTACT_KINDS),
        )
    )
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


# -- a manager's numbers -----------------------------------------------------------------------


def team_overdue(
    session: Session, actor: Actor, now: datetime | None = None, tz: tzinfo | None = None
) -> TeamOverdue:
    """How many follow-ups the team has waiting: counts for the dashboard, no names.

    A manager sees their department (themselves left out); an administrator the company.
    """
    if not (actor.is_manager or actor.is_admin):
        raise PermissionDenied("Only a manager sees the team's numbers.")
    now = now or utc_now()
    tz = tz or dates.local_tz()
    people_stmt = select(User.id).where(
        User.deleted.is_(False), User.active.is_(True), User.id != actor.id
    )
    if not actor.is_admin:
        if actor.department_id is None:
            return TeamOverdue(0, 0, 0, 0)
        people_stmt = people_stmt.where(User.department_id == actor.department_id)
    people = list(session.scalars(people_stmt))
    day = dates.today(now, tz)
    _start, end = _window(day, day)
    rows = session.execute(
        select(Task.due_at, Task.has_time).where(
            Task.assignee_id.in_(people),
            Task.deleted.is_(False),
            Task.done_at.is_(None),
            Task.due_at < end,
        )
    )
    overdue = over_week = due_today = 0
    for due_at, has_time in rows:
        when = dates.due_day(due_at, has_time, tz)
        if when < day:
            overdue += 1
            if when < day - timedelta(days=7):
                over_week += 1
        elif when == day:
            due_today += 1
    return TeamOverdue(len(people), overdue, over_week, due_today)
