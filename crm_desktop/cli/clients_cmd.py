"""`client add|find|show|edit|delete` and `demo-data`: the clients services, scriptable."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from crm_desktop.cli.context import CliContext, CliError, Result, StopToAsk, command
from crm_desktop.services import client_list, clients, demo_data
from crm_desktop.services.duplicates import DuplicateFound, DuplicateMatch
from crm_desktop.services.users import find_user


def register(sub: Any) -> None:
    client = command(sub, "client", "add, find, show, change or delete clients")
    client_sub = client.add_subparsers(dest="client_command", parser_class=type(client))
    client.set_defaults(handler=_need_subcommand)

    p = command(client_sub, "add", "add a client (stops with exit 3 on a likely duplicate)")
    p.add_argument("--name", required=True)
    p.add_argument("--company", default="")
    p.add_argument("--kind", choices=("company", "person"), default=None)
    p.add_argument("--phone", action="append", default=[])
    p.add_argument("--email", action="append", default=[])
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--source", default="")
    p.add_argument("--grade", default="C")
    p.add_argument("--brought-in-by", default=None, help="the colleague who brought the client in")
    p.add_argument("--allow-duplicate", action="store_true")
    _as(p)
    p.set_defaults(handler=add)

    p = command(client_sub, "find", "search clients as the search box does")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    _as(p)
    p.set_defaults(handler=find)

    p = command(client_sub, "show", "show one client with its contacts")
    p.add_argument("id")
    _as(p)
    p.set_defaults(handler=show)

    p = command(client_sub, "edit", "change fields of a client (history kept)")
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--reason", default="", help="why (required to correct brought_in_by)")
    _as(p)
    p.set_defaults(handler=edit)

    p = command(client_sub, "delete", "send a client to the Recycle Bin")
    p.add_argument("id")
    _as(p)
    p.set_defaults(handler=delete)

    p = command(sub, "demo-data", "fill the office with realistic demo clients")
    p.add_argument("--clients", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--language", choices=demo_data.LANGUAGES, default="mixed")
    p.add_argument("--activities-per-client", type=int, default=0)
    p.add_argument("--tasks", type=int, default=0)
    p.set_defaults(handler=demo)


def _as(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_user", default=None, metavar="USER",
                        help="act as this user, with their permissions")


def _need_subcommand(ctx: CliContext, args: argparse.Namespace) -> Result:
    raise CliError("Say what to do: client add, find, show, edit or delete.", "no_subcommand")


def _match(match: DuplicateMatch) -> dict[str, Any]:
    data = asdict(match)
    data["visible"] = match.visible
    return data


def _client_data(details: clients.ClientDetails) -> dict[str, Any]:
    return asdict(details)


def _describe(match: DuplicateMatch) -> str:
    reasons = ", ".join(match.reasons)
    where = f", {match.department_name}" if match.department_name else ""
    if match.visible:
        company = f", {match.client_company}" if match.client_company else ""
        return f"  {match.client_name}{company} (owner {match.owner_name}{where}) - {reasons}"
    return f"  a client of {match.owner_name or 'nobody'}{where} - {reasons}"


def add(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    ws = ctx.workspace()
    credit = None
    if args.brought_in_by:
        with ws.session() as session:
            user = find_user(session, args.brought_in_by)
        if user is None:
            raise CliError(f"There is no user called {args.brought_in_by!r}.", "unknown_user")
        credit = user.id
    data = clients.ClientInput(
        name=args.name,
        kind=args.kind or ("person" if args.company else "company"),
        company=args.company,
        phones=args.phone,
        emails=args.email,
        tags=args.tag,
        source=args.source,
        grade=args.grade.upper(),
        brought_in_by=credit,
    )
    try:
        result = ws.run(clients.create_client, data, allow_duplicate=args.allow_duplicate)
    except DuplicateFound as exc:
        lines = "\n".join(_describe(m) for m in exc.matches)
        raise StopToAsk(
            "This client probably exists already:\n" + lines
            + "\nAdd --allow-duplicate to save it anyway.",
            {"ok": False, "error": "duplicate", "duplicates": [_match(m) for m in exc.matches]},
        ) from None
    text = f"Added {result.client.name} ({result.client.id})."
    if result.duplicates:
        text += "\nSimilar clients:\n" + "\n".join(_describe(m) for m in result.duplicates)
    return Result(
        {"ok": True, "client": _client_data(result.client),
         "duplicates": [_match(m) for m in result.duplicates]},
        text,
    )


def find(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    if args.limit < 1:
        raise CliError("--limit must be 1 or more.", "bad_limit")
    flt = client_list.ClientFilter(text=args.query)
    rows = ctx.workspace().run(client_list.list_clients, flt, 0, args.limit)
    results = [{**asdict(r), "phone": r.phone} for r in rows]
    text = "\n".join(
        f"{r.id}  {r.name}" + (f"  {r.company}" if r.company else "") + (f"  {r.phone}" if r.phone
                                                                         else "")
        for r in rows
    ) or "No clients found."
    return Result({"ok": True, "results": results}, text)


def show(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    details = ctx.workspace().run(clients.get_client, args.id)
    lines = [f"{details.name}" + (f" ({details.company})" if details.company else "")]
    lines += [f"  phone: {p}" for p in details.phone_display]
    lines += [f"  e-mail: {e}" for e in details.emails]
    lines.append(f"  owner: {details.owner_name}  grade: {details.grade}  status: {details.status}")
    when = details.brought_in_at.date().isoformat() if details.brought_in_at else "?"
    lines.append(f"  brought in by {details.brought_in_by_name or '?'} on {when}")
    lines += [f"  contact: {c.name} {c.title} {' '.join(c.phone_display)}".rstrip()
              for c in details.contacts]
    return Result({"ok": True, "client": _client_data(details)}, "\n".join(lines))


def _parse_sets(pairs: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise CliError(f"Write --set as FIELD=VALUE, not {pair!r}.", "bad_set")
        values[field.strip()] = value
    return values


def edit(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    ws = ctx.workspace()
    values = _parse_sets(args.set)
    changed: dict[str, Any] = {}
    credit = values.pop("brought_in_by", None)
    owner = values.pop("owner", values.pop("owner_id", None))
    with ws.session() as session:
        actor = ws.actor
        if values:
            changed.update(clients.update_client(session, actor, args.id, values).changes)
        for name, kind in ((owner, "owner"), (credit, "credit")):
            if name is None:
                continue
            user = find_user(session, name)
            if user is None:
                raise CliError(f"There is no user called {name!r}.", "unknown_user")
            if kind == "owner":
                change = clients.change_owner(session, actor, args.id, user.id)
            else:
                change = clients.set_brought_in_by(session, actor, args.id, user.id, args.reason)
            changed.update(change.changes)
    shown = {k: {"old": old, "new": new} for k, (old, new) in changed.items()}
    text = "\n".join(f"{k}: {v['old']!r} -> {v['new']!r}" for k, v in shown.items()) or (
        "Nothing changed."
    )
    return Result({"ok": True, "id": args.id, "changes": shown}, text)


def delete(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    ctx.workspace().run(clients.delete_client, args.id)
    return Result({"ok": True, "id": args.id, "deleted": True},
                  "Sent to the Recycle Bin. You can restore it from there.")


def demo(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(None)
    if args.clients < 0:
        raise CliError("--clients cannot be negative.", "bad_count")
    summary = ctx.workspace().run(
        demo_data.generate, clients=args.clients, seed=args.seed, language=args.language,
        activities_per_client=args.activities_per_client, tasks=args.tasks,
    )
    data = asdict(summary)
    data.pop("client_ids", None)
    return Result(
        {"ok": True, **data},
        f"Added {summary.clients} demo clients ({summary.near_duplicates} near-duplicates), "
        f"{summary.contacts} contacts, {summary.activities} activities, {summary.tasks} tasks.",
    )
