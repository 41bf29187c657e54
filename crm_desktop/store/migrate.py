"""Alembic migrations of the local file, run at start-up after a backup copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crm_desktop.store.engine import backup_sqlite, create_local_engine, sqlite_url

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def upgrade_local(path: Path, backups: Path) -> MigrationResult:
    """Bring the local file to the newest schema, copying it aside first if it holds data."""
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
