"""What a command handler gets: the data folder, the workspace, the acting user, output."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from crm_desktop.config import Paths, resolve_data_dir
from crm_desktop.services.actor import Actor
from crm_desktop.services.users import ensure_local_user, find_user
from crm_desktop.services.workspace import Workspace


class ParserError(Exception):
    """Bad arguments (exit 2)."""


class CliError(Exception):
    def __init__(self, message: str, code: str = "bad_input", exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.exit_code = exit_code


class StopToAsk(Exception):
    """The command stopped to ask the person (exit 3): a likely duplicate, a conflict."""

    def __init__(self, message: str, payload: dict[str, Any]) -> None:
        super().__init__(message)
        self.message = message
        self.payload = payload


@dataclass
class Result:
    data: dict[str, Any]
    text: str = ""


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


@dataclass
class CliContext:
    paths: Paths
    json: bool
    _workspace: Workspace | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        return cls(Paths(resolve_data_dir(getattr(args, "data_dir", None))), bool(args.json))

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(self.paths)
        return self._workspace

    def act_as(self, name: str | None) -> Actor:
        """`--as USER` acts as that person, with the same checks as the window."""
        ws = self.workspace()
        with ws.session() as session:
            if name:
                user = find_user(session, name)
                if user is None or not user.active:
                    raise CliError(f"There is no active user called {name!r}.", "unknown_user")
                actor = Actor.from_user(user)
            else:
                actor = ensure_local_user(session)
        ws.act_as(actor)
        return actor

    def read_password(self) -> str:
        """The password comes on stdin so it never shows in the process list or history."""
        line = sys.stdin.readline()
        return line.rstrip("\r\n")

    def emit(self, data: dict[str, Any], text: str = "", stream: IO[str] | None = None) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, default=_json_default))
            if stream is not None and text:
                print(f"crm-desktop: {text}", file=stream)
        elif text:
            print(text, file=stream or sys.stdout)

    def log_exception(self, exc: BaseException) -> Path:
        self.paths.ensure()
        log = self.paths.log_file
        logging.basicConfig(filename=log, level=logging.INFO)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"\n--- {datetime.now().isoformat()} command line error ---\n")
            handle.write("".join(traceback.format_exception(exc)))
        return log

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


def command(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand that also accepts --data-dir and --json after its name."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    return parser
