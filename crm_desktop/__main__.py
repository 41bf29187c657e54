"""Entry point: with a command, the command line; without one, the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from crm_desktop import cli

    if cli.has_command(args):
        return cli.run(args)
    from crm_desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
