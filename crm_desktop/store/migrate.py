"""Alembic migrations of the local file, run at start-up after a backup copy.

Alembic is imported only when the file needs it: start-up first reads the file's
``alembic_version`` with plain ``sqlite3`` and compares it with :data:`HEAD_REVISION`
(a test keeps that constant equal to the newest script).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from crm_desktop.store.engine import backup_sqlite, create_local_engine, sqlite_url

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest script in migrations/versions (tests/unit/test_migrations.py checks it).
HEAD_REVISION = "0400"


class DatabaseTooNewError(RuntimeError):
    """The file was written by a newer CRM Desktop than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def stored_revision(path: Path) -> str | None:
    """The file's ``alembic_version``, read without Alembic (None: no file, or never migrated)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def upgrade_local(path: Path, backups: Path) -> MigrationResult:
    """Bring the local file to the newest schema, copying it aside first if it holds data."""
    if stored_revision(path) == HEAD_REVISION:  # the usual start: nothing to do, no Alembic
        return MigrationResult(HEAD_REVISION, HEAD_REVISION, None)
    engine = create_local_engine(path)
    try:
        before = current_revision(engine)
        head = head_revision()
        if before is not None and before not in known_revisions():
            raise DatabaseTooNewError(before)
        backup: Path | None = None
        if before != head:
            if before is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = backup_sqlite(path, backups / f"before-upgrade-{stamp}-{before}.sqlite")
            upgrade(engine)
        return MigrationResult(before, head, backup)
    finally:
        engine.dispose()


__all__ = ["DatabaseTooNewError", "MigrationResult", "sqlite_url", "upgrade_local"]
