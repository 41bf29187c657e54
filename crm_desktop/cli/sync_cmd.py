"""`server init|upgrade|account` and `sync`: the company server from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli.context import CliContext, CliError, Result, command
from crm_desktop.services import sync_service
from crm_desktop.sync.server import SyncError, init_server, upgrade_server


def register(sub: Any) -> None:
    server = command(sub, "server", "create or upgrade the company server's database")
    actions = server.add_subparsers(dest="server_action", required=True)
    p = command(actions, "init", "create the company schema on an empty server database")
    p.add_argument("url")
    p.set_defaults(handler=server_init)
    p = command(actions, "upgrade", "bring the company server's schema up to date")
    p.add_argument("url")
    p.set_defaults(handler=server_upgrade)
    p = command(actions, "account",
                "give a person their own server account (their password on stdin)")
    p.add_argument("--user", required=True, help="the person's sign-in name")
    p.add_argument("--as", dest="as_user", help="the administrator doing it")
    p.set_defaults(handler=server_account)

    p = command(sub, "sync", "share with the office now: one push and pull")
    p.add_argument("--server", help="the server address (remembered after the first time)")
    p.add_argument("--as", dest="as_user", help="who signs in to the server")
    p.set_defaults(handler=sync)


def _plain(exc: SyncError) -> CliError:
    return CliError(exc.message, exc.code, exit_code=2 if exc.code in {
        "bad_url", "no_server", "no_login", "password_required", "unknown_user",
        "server_exists"} else 1)


def server_init(ctx: CliContext, args: argparse.Namespace) -> Result:
    try:
        revision = init_server(args.url)
    except SyncError as exc:
        raise _plain(exc) from exc
    return Result({"ok": True, "revision": revision},
                  "The company server is ready. Now run `crm-desktop sync --server URL` on the "
                  "administrator's PC to share the company with it.")


def server_upgrade(ctx: CliContext, args: argparse.Namespace) -> Result:
    try:
        before, after = upgrade_server(args.url)
    except SyncError as exc:
        raise _plain(exc) from exc
    text = ("The company server was already up to date." if before == after
            else "The company server is up to date.")
    return Result({"ok": True, "from": before, "to": after}, text)


def server_account(ctx: CliContext, args: argparse.Namespace) -> Result:
    ctx.act_as(args.as_user)
    password = ctx.read_password()
    if not password:
        raise CliError("Please give the person's new password on standard input.",
                       "password_required")
    try:
        account = sync_service.add_server_account(ctx.workspace(), args.user, password)
    except SyncError as exc:
        raise _plain(exc) from exc
    return Result({"ok": True, "account": account},
                  f"{args.user} can now sign in to the office server.")


def sync(ctx: CliContext, args: argparse.Namespace) -> Result:
    ws = ctx.workspace()
    settings = sync_service.server_settings(ws)
    login = args.as_user or (settings.login if settings else None)
    url = args.server or (settings.url if settings else None)
    password: str | None = None
    if url and login:
        clean = sync_service.without_credentials(sync_service.parse_url(url))
        saved = sync_service.saved_password(clean.render_as_string(hide_password=False), login)
        owner = sync_service.parse_url(url).username is not None
        if saved is None or owner or args.server:
            password = ctx.read_password() or saved
    try:
        result = sync_service.sync_now(ws, url=url, login=login, password=password)
    except SyncError as exc:
        raise _plain(exc) from exc
    data = {"ok": True, **result.as_dict()}
    text = (f"Shared with the office: {result.pushed} sent, {result.pulled} received"
            + (f", {result.conflicts} to look at" if result.conflicts else "") + ".")
    for warning in result.warnings:
        text += "\n" + warning
    return Result(data, text)
