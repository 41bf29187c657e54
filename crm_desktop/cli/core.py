"""Commands of the foundation: a consistent backup of the local file, and restoring one."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from crm_desktop import __version__
from crm_desktop.cli.context import CliContext, CliError, Result, command
from crm_desktop.store.engine import backup_sqlite
from crm_desktop.store.migrate import upgrade_local


def register(sub: Any) -> None:
    p = command(sub, "backup", "write a consistent copy of the local data file")
    p.add_argument("file")
    p.set_defaults(handler=backup)
    p = command(sub, "restore", "replace the local data file with a backup copy")
    p.add_argument("file")
    p.set_defaults(handler=restore)
    p = command(sub, "version", "print the program's version")
    p.set_defaults(handler=version)


def backup(ctx: CliContext, args: argparse.Namespace) -> Result:
    ws = ctx.workspace()
    target = Path(args.file).expanduser().resolve()
    ws.backup_to(target)
    return Result({"ok": True, "file": str(target)}, f"Saved a copy of your data to {target}.")


def restore(ctx: CliContext, args: argparse.Namespace) -> Result:
    source = Path(args.file).expanduser().resolve()
    if not source.is_file() or not _is_sqlite(source):
        raise CliError(f"{source} is not a CRM Desktop backup file.", "not_a_backup")
    paths = ctx.paths.ensure()
    kept: Path | None = None
    if paths.database.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = backup_sqlite(paths.database, paths.backups / f"before-restore-{stamp}.sqlite")
        for suffix in ("-wal", "-shm"):
            Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    staging = paths.database.with_suffix(".restoring")
    backup_sqlite(source, staging)
    shutil.move(staging, paths.database)
    upgrade_local(paths.database, paths.backups)
    return Result(
        {"ok": True, "file": str(source), "previous_copy": str(kept) if kept else None},
        f"Restored your data from {source}."
        + (f" The data it replaced is kept in {kept}." if kept else ""),
    )


def version(ctx: CliContext, args: argparse.Namespace) -> Result:
    return Result({"ok": True, "version": __version__}, __version__)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("select count(*) from alembic_version").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError):
        return False
    return True
