"""A file made by the previous release is upgraded at start-up, after a backup copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.config import Paths
from crm_desktop.store import migrate
from crm_desktop.store.engine import create_local_engine
from crm_desktop.store.migrate import DatabaseTooNewError, upgrade_local


def _previous_head() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    head = script.get_revision(migrate.head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def test_file_at_previous_head_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    engine = create_local_engine(paths.database)
    migrate.upgrade(engine, _previous_head())
    engine.dispose()
    raw = sqlite3.connect(paths.database)
    raw.execute(
        "insert into department (id, name, created_at, updated_at, hlc, field_hlc, deleted, dirty)"
        " values ('d1', 'Sales 2', '2025-01-01', '2025-01-01', '', '{}', 0, 1)"
    )
    raw.commit()
    raw.close()

    result = upgrade_local(paths.database, paths.backups)

    assert result.from_revision == _previous_head()
    assert result.to_revision == migrate.head_revision()
    assert result.backup is not None and result.backup.exists()
    upgraded = sqlite3.connect(paths.database)
    assert upgraded.execute("select name from department").fetchall() == [("Sales 2",)]
    assert upgraded.execute("select version_num from alembic_version").fetchone() == (
        migrate.head_revision(),
    )
    backup = sqlite3.connect(result.backup)
    assert backup.execute("select version_num from alembic_version").fetchone() == (
        _previous_head(),
    )


def test_fresh_file_needs_no_backup(tmp_path: Path) -> None:
    result = upgrade_local(tmp_path / "new.sqlite", tmp_path / "backups")
    assert result.from_revision is None and result.backup is None


def test_file_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    upgrade_local(db, tmp_path / "backups")
    raw = sqlite3.connect(db)
    raw.execute("update alembic_version set version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseTooNewError):
        upgrade_local(db, tmp_path / "backups")
