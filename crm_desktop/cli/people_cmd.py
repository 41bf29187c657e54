"""People on the command line: setup, user add/list/deactivate, department add, handover."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crm_desktop.cli.context import CliContext, CliError, Result, command
from crm_desktop.config import LANGUAGES, load_preferences, save_preferences
from crm_desktop.services.handover import HandoverPlan, HandoverResult, hand_over, undo_handover
from crm_desktop.services.setup import run_setup
from crm_desktop.services.sync_service import add_person
from crm_desktop.services.users import (
    ROLES,
    create_department,
    deactivate_user,
    find_department,
    find_user,
    list_users,
)


def register(sub: Any) -> None:
    p = command(sub, "setup", "set up this computer: the company and its first administrator "
                              "(password on stdin)")
    p.add_argument("--company", required=True)
    p.add_argument("--admin", required=True, help="the administrator's name")
    p.add_argument("--login", default="", help="sign-in name (default: the name)")
    p.add_argument("--language", required=True, choices=LANGUAGES)
    p.set_defaults(handler=setup)

    user = command(sub, "user", "people who use the program")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    p = command(user_sub, "add", "add a person (password on stdin)")
    p.add_argument("--name", required=True)
    p.add_argument("--login", default="", help="sign-in name (default: the name)")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--department", help="department name")
    p.add_argument("--as", dest="as_user", help="act as this person")
    p.set_defaults(handler=user_add)
    p = command(user_sub, "list", "everyone, with role, department and whether active")
    p.add_argument("--as", dest="as_user", help="act as this person")
    p.set_defaults(handler=user_list)
    p = command(user_sub, "deactivate", "switch a person off (their history stays)")
    p.add_argument("name")
    p.add_argument("--as", dest="as_user", help="act as this person")
    p.set_defaults(handler=user_deactivate)

    dept = command(sub, "department", "departments")
    dept_sub = dept.add_subparsers(dest="department_command", required=True)
    p = command(dept_sub, "add", "add a department")
    p.add_argument("name")
    p.add_argument("--as", dest="as_user", help="act as this person")
    p.set_defaults(handler=department_add)

    p = command(sub, "handover", "hand a leaver's clients and open work over, history kept")
    p.add_argument("--from", dest="from_user", help="who is leaving or moving")
    p.add_argument("--to", dest="to_user", help="the colleague who takes over")
    p.add_argument("--dry-run", action="store_true", help="show what would move; change nothing")
    p.add_argument("--deactivate", action="store_true", help="switch the leaver off at the end")
    p.add_argument("--undo", metavar="BATCH", help="take a whole handover back")
    p.add_argument("--as", dest="as_user", help="act as this person")
    p.set_defaults(handler=handover)


def _password(ctx: CliContext) -> str:
    password = ctx.read_password()
    if not password:
        raise CliError("Please give the password on standard input, e.g. "
                       "echo 'my password' | crm-desktop ...", "password_missing")
    return password


def setup(ctx: CliContext, args: argparse.Namespace) -> Result:
    password = _password(ctx)
    ws = ctx.workspace()
    result = ws.run(run_setup, company=args.company, admin_name=args.admin, password=password,
                    language=args.language, login=args.login)
    prefs = dataclasses.replace(load_preferences(ctx.paths), language=args.language,
                                setup_done=True)
    save_preferences(ctx.paths, prefs)
    data = {"ok": True, "company": result.company, "admin": result.actor.name,
            "admin_id": result.actor.id, "language": result.language}
    return Result(data, f"Set up {result.company} with {result.actor.name} as administrator.")


def _department_id(ctx: CliContext, name: str | None) -> str | None:
    if not name:
        return None
    with ctx.workspace().session() as session:
        department = find_department(session, name)
        if department is None:
            raise CliError(f"There is no department called {name!r}. Add it first with: "
                           f"crm-desktop department add {name!r}", "unknown_department")
        return department.id


def user_add(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    department_id = _department_id(ctx, args.department)
    password = _password(ctx)
    added = add_person(ctx.workspace(), login=args.login or args.name, display_name=args.name,
                       role=args.role, department_id=department_id, password=password)
    info = added.user
    data: dict[str, Any] = {"ok": True, "user": dataclasses.asdict(info),
                            "server_account": added.account}
    text = f"Added {info.display_name} ({info.role})."
    if added.account:
        text += f" They can sign in to the office server as {info.login}."
    elif added.problem:
        data["server_problem"] = added.problem
        text += (f" The office server account was not made yet: {added.problem} "
                 f"Later run: crm-desktop server account --user {info.login}")
    return Result(data, text)


def user_list(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    users = ctx.workspace().run(list_users)
    lines = [f"{u.display_name}\t{u.login}\t{u.role}\t{u.department_name or '-'}\t"
             f"{'active' if u.active else 'deactivated'}" for u in users]
    return Result({"users": [dataclasses.asdict(u) for u in users]}, "\n".join(lines))


def _user_id(ctx: CliContext, name: str, what: str) -> str:
    with ctx.workspace().session() as session:
        user = find_user(session, name)
        if user is None:
            raise CliError(f"There is nobody called {name!r} ({what}).", "unknown_user")
        return user.id


def user_deactivate(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    info = ctx.workspace().run(deactivate_user, _user_id(ctx, args.name, "to deactivate"))
    return Result({"ok": True, "user": dataclasses.asdict(info)},
                  f"{info.display_name} can no longer sign in; their history stays.")


def department_add(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    info = ctx.workspace().run(create_department, args.name)
    return Result({"ok": True, "department": dataclasses.asdict(info)},
                  f"Added the department {info.name}.")


def handover(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    ws = ctx.workspace()
    if args.undo:
        undone = ws.run(undo_handover, args.undo)
        return Result({"ok": True, **dataclasses.asdict(undone)},
                      f"Took the handover back: {undone.restored} records returned, "
                      f"{undone.skipped} changed since and left as they are.")
    if not args.from_user or not args.to_user:
        raise CliError("Please say who hands over and to whom: --from NAME --to NAME "
                       "(or --undo BATCH).", "missing_argument")
    plan = HandoverPlan(_user_id(ctx, args.from_user, "--from"),
                        to_user_id=_user_id(ctx, args.to_user, "--to"),
                        deactivate=args.deactivate)
    result = ws.run(hand_over, plan, dry_run=args.dry_run)
    return Result(_handover_data(result), _handover_text(result))


def _handover_data(result: HandoverResult) -> dict[str, Any]:
    return {
        "ok": True,
        "dry_run": result.dry_run,
        "batch": result.batch_id,
        "from": result.from_name,
        "moved_clients": result.moved_clients,
        "staying": result.staying,
        "deactivated": result.deactivated and not result.dry_run,
        "recipients": [
            {"user_id": s.user_id, "name": s.name, "clients": s.clients,
             "open_deals": s.open_deals, "open_tasks": s.open_tasks, "complaints": s.complaints}
            for s in result.shares
        ],
    }


def _handover_text(result: HandoverResult) -> str:
    verb = "Would hand over" if result.dry_run else "Handed over"
    lines = [f"{verb} from {result.from_name}:"]
    for s in result.shares:
        lines.append(f"  to {s.name}: {s.clients} clients, {s.open_deals} open deals, "
                     f"{s.open_tasks} follow-ups, {s.complaints} complaints")
    if result.batch_id:
        lines.append(f"To take it back: crm-desktop handover --undo {result.batch_id}")
    return "\n".join(lines)
