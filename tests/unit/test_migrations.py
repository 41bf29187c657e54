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


def test_head_constant_matches_the_newest_script() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_current_file_is_opened_without_alembic(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite"
    upgrade_local(db, tmp_path / "backups")
    assert migrate.stored_revision(db) == migrate.HEAD_REVISION
    raw = sqlite3.connect(db)
    raw.execute("update alembic_version set version_num = '0200'")
    raw.commit()
    raw.close()
    # A file that is not at the head is not taken for current: it goes through Alembic.
    assert migrate.stored_revision(db) == "0200"
    assert migrate.stored_revision(tmp_path / "missing.sqlite") is None


def _plan(conn: sqlite3.Connection, sql: str, *args: object) -> str:
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_0400_keeps_search_rows_and_gives_the_planner_the_right_indexes(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    engine = create_local_engine(paths.database)
    migrate.upgrade(engine, "0200")
    engine.dispose()
    raw = sqlite3.connect(paths.database)
    raw.execute("insert into client_search(rowid, client_id, tokens) values (7, 'c1', 'zhang zw')")
    raw.commit()
    raw.close()

    upgrade_local(paths.database, paths.backups)

    db = sqlite3.connect(paths.database)
    fts_sql = db.execute("select sql from sqlite_master where name = 'client_search'").fetchone()
    assert "prefix = '1 2 3 4'" in fts_sql[0]
    assert db.execute(
        "select rowid, client_id from client_search where client_search match '\"z\"*'"
    ).fetchall() == [(7, "c1")]
    # The list's order comes from an index, not a sort of every client.
    assert "ix_client_list_order" in _plan(
        db, "select id from client where deleted = 0 order by name, id limit 200")
    # A search's matches are counted on the small join index, not the clients' rows.
    assert "COVERING INDEX ix_client_search_join" in _plan(
        db, "select count(*) from client_search s join client c on c.id = s.client_id "
        "where client_search match ? and c.deleted IS 0", '"z"*')
    assert "ix_client_merged_into_id" in _plan(
        db, "select id from client where merged_into_id = ?", "x")
    # A client's contacts and follow-ups go through client_id, never a walk of live rows.
    assert "ix_contact_client_id" in _plan(
        db, "select id from contact where client_id = ? and deleted = 0", "x")
    assert "ix_task_client_id" in _plan(
        db, "select id from task where client_id = ? and deleted = 0", "x")
    # The Recycle Bin still has an index for tombstones.
    assert "ix_activity_deleted" in _plan(db, "select id from activity where deleted = 1")

    from alembic import command

    db.close()
    engine = create_local_engine(paths.database)
    with engine.begin() as conn:  # and back down
        cfg = migrate.alembic_config(str(engine.url))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0200")
    engine.dispose()
    db = sqlite3.connect(paths.database)
    fts_sql = db.execute("select sql from sqlite_master where name = 'client_search'").fetchone()
    assert "prefix" not in fts_sql[0]
    assert db.execute("select count(*) from client_search").fetchone() == (1,)


def test_migrated_indexes_are_the_models_indexes(tmp_path: Path) -> None:
    from crm_desktop.store.base import Base

    db = tmp_path / "crm.sqlite"
    upgrade_local(db, tmp_path / "backups")
    raw = sqlite3.connect(db)
    on_file = {
        (table, name) for table, name in raw.execute(
            "select tbl_name, name from sqlite_master where type = 'index' "
            "and name like 'ix_%'")
    }
    declared = {(t.name, i.name) for t in Base.metadata.tables.values() for i in t.indexes}
    assert declared - on_file == set()
    assert {(t, n) for t, n in on_file if t in Base.metadata.tables} - declared == set()
