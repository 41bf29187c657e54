"""`activity add` and `today`: log what happened, and see what is due, from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import datetime
from typing import Any

from crm_desktop.cli.context import CliContext, CliError, Result, StopToAsk, command
from crm_desktop.services import dates
from crm_desktop.services.activities import NextStep, log_activity
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.followups import FollowUp, KeepInTouch, today_view
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import ACTIVITY_KINDS

DATE_HELP = (
    "when to follow up: YYYY-MM-DD, 'YYYY-MM-DD HH:MM' (local time), "
    "tomorrow, in_three_days or next_week"
)


def register(sub: Any) -> None:
    activity = sub.add_parser("activity", help="the activity log")
    actions = activity.add_subparsers(dest="activity_command", required=True,
                                      parser_class=type(activity))
    p = command(actions, "add", "log a call, visit, message, meeting, service or note")
    p.add_argument("client_id")
    p.add_argument("--kind", required=True, choices=ACTIVITY_KINDS)
    p.add_argument("--text", required=True, help="what happened")
    p.add_argument("--follow-up", dest="follow_up", help=DATE_HELP)
    p.add_argument("--todo", help="what to do then (with --follow-up)")
    p.add_argument("--allow-past", action="store_true",
                   help="accept a follow-up time that has already passed")
    p.add_argument("--as", dest="as_user", help="act as this user")
    p.set_defaults(handler=add)

    p = command(sub, "today", "what is waiting, due today and coming up")
    p.add_argument("--as", dest="as_user", help="act as this user")
    p.set_defaults(handler=today)


def parse_due(text: str, now: datetime) -> tuple[datetime, bool]:
    """A follow-up date from the command line: (due_at, has_time)."""
    tz = dates.local_tz()
    word = text.strip().lower().replace(" ", "_").replace("-", "_")
    if word in dates.DUE_CHOICES:
        return dates.day_only(dates.choice_day(word, now, tz)), False
    for fmt, has_time in (("%Y-%m-%d %H:%M", True), ("%Y-%m-%dT%H:%M", True),
                          ("%Y-%m-%d", False)):
        try:
            parsed = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        if has_time:
            return dates.at_local(parsed.date(), parsed.time(), tz), True
        return dates.day_only(parsed.date()), False
    raise CliError(f"{text!r} is not a date. Use {DATE_HELP}.", "bad_date")


def add(ctx: CliContext, args: argparse.Namespace) -> Result:
    if bool(args.follow_up) != bool(args.todo):
        raise CliError("Give --follow-up and --todo together: when, and what to do.",
                       "incomplete_follow_up")
    ctx.act_as(args.as_user)
    now = utc_now()
    step = None
    if args.follow_up:
        due_at, has_time = parse_due(args.follow_up, now)
        step = NextStep(args.todo, due_at, has_time, allow_past=args.allow_past)
    try:
        logged = ctx.workspace().run(log_activity, args.client_id, args.kind, args.text,
                                     next_step=step, now=now)
    except ValidationError as exc:
        if exc.reason == "past":
            raise StopToAsk(
                "The follow-up time has already passed. Was that meant? "
                "Run again with --allow-past to keep it.",
                {"ok": False, "question": "past_due", "follow_up": args.follow_up},
            ) from exc
        raise
    data: dict[str, Any] = {"ok": True, "activity": asdict(logged.activity),
                            "follow_up": _follow_up(logged.follow_up) if logged.follow_up
                            else None}
    text = f"Logged a {args.kind} with {logged.activity.client_name}."
    if logged.follow_up:
        text += f" Next: {logged.follow_up.title} on {_when(logged.follow_up)}."
    return Result(data, text)


def _when(item: FollowUp) -> str:
    if item.has_time:
        local = item.due_at.astimezone(dates.local_tz())
        return f"{item.due_day.isoformat()} {local.time().strftime('%H:%M')}"
    return item.due_day.isoformat()


def _follow_up(item: FollowUp) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "due": _when(item),
        "due_at": item.due_at,
        "has_time": item.has_time,
        "client_id": item.client_id,
        "client_name": item.client_name,
    }


def _keep(item: KeepInTouch) -> dict[str, Any]:
    return asdict(item)


def today(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    view = ctx.workspace().run(today_view)
    data = {
        "ok": True,
        "day": view.day,
        "waiting": [_follow_up(f) for f in view.waiting],
        "today": [_follow_up(f) for f in view.today],
        "coming_up": [_follow_up(f) for f in view.coming_up],
        "keep_in_touch": [_keep(k) for k in view.keep_in_touch],
        "totals": {"waiting": view.waiting_total, "today": view.today_total,
                   "coming_up": view.coming_up_total,
                   "keep_in_touch": view.keep_in_touch_total},
    }
    lines: list[str] = []
    for heading, items in (("Waiting", view.waiting), ("Today", view.today),
                           ("Coming up", view.coming_up)):
        lines.append(f"{heading}:")
        lines += [f"  {_when(f)}  {f.title}" + (f" — {f.client_name}" if f.client_name else "")
                  for f in items] or ["  (nothing)"]
    lines.append("Keep in touch:")
    lines += [f"  No contact with {k.client_name} for {k.days} days" for k in view.keep_in_touch]
    if not view.keep_in_touch:
        lines.append("  (nothing)")
    return Result(data, "\n".join(lines))

