"""The command line of DESIGN.md: the same services as the window, scriptable.

Exit codes: 0 success, 2 bad arguments or input, 3 stopped to ask (a duplicate,
a conflict), 1 anything else. Never a traceback without a plain message.
Each area adds a module with `register(subparsers)`; handlers return a dict
that `--json` prints as one object.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from crm_desktop.cli import activity_cmd, clients_cmd, core, import_cmd, people_cmd
from crm_desktop.cli.context import CliContext, CliError, ParserError, StopToAsk
from crm_desktop.services.errors import ServiceError
from crm_desktop.store.migrate import DatabaseTooNewError

COMMAND_MODULES = [core, people_cmd, clients_cmd, activity_cmd, import_cmd]

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_ASK = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ParserError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crm-desktop", description="CRM Desktop")
    add_common(parser)
    parser.add_argument("--practice", action="store_true", help="open the practice file")
    parser.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="the data folder (default: your user data folder)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(argv: Sequence[str]) -> int:
    """Run one command; never lets a traceback reach the user."""
    try:
        args = build_parser().parse_args(list(argv))
    except ParserError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    ctx = CliContext.from_args(args)
    try:
        result = args.handler(ctx, args)
    except StopToAsk as exc:
        ctx.emit(exc.payload, exc.message, stream=sys.stderr)
        return EXIT_ASK
    except CliError as exc:
        _fail(ctx, exc.message, exc.code)
        return exc.exit_code
    except ServiceError as exc:
        _fail(ctx, exc.message, exc.code)
        return EXIT_BAD_INPUT
    except DatabaseTooNewError:
        _fail(
            ctx,
            "Your data was saved by a newer CRM Desktop than this one. "
            "Please update CRM Desktop on this computer. Nothing was changed.",
            "update_needed",
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        _fail(ctx, "Stopped.", "interrupted")
        return EXIT_FAILED
    except Exception as exc:
        log = ctx.log_exception(exc)
        _fail(ctx, f"Something went wrong: {exc}. Details are in {log}.", "failed")
        return EXIT_FAILED
    finally:
        ctx.close()
    ctx.emit(result.data, result.text)
    return EXIT_OK


def _fail(ctx: CliContext, message: str, code: str) -> None:
    print(f"crm-desktop: {message}", file=sys.stderr)
    if ctx.json:
        print(json.dumps({"ok": False, "error": code, "message": message}, ensure_ascii=False))


def has_command(argv: Sequence[str]) -> bool:
    """True when the arguments name a command (otherwise the window opens)."""
    try:
        args, _ = build_parser().parse_known_args(list(argv))
    except ParserError:
        return True
    return args.command is not None


logging.getLogger("alembic").setLevel(logging.WARNING)
