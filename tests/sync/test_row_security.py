"""The server keeps people to their own rows whatever SQL they type (both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pcs import PASSWORD, PC, person, set_up_company
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from crm_desktop.store.models import Activity, Client
from crm_desktop.sync.schema import APPEND_ONLY_TABLES, SYNCED_TABLES
from crm_desktop.sync.server import connect_engine, create_account, init_server

pytestmark = pytest.mark.server


@pytest.fixture
def company(server_db: URL, tmp_path: Path) -> Iterator[tuple[URL, dict[str, str]]]:
    init_server(server_db)
    pc = PC.open(tmp_path, "alpha")
    ids = set_up_company(pc)
    with pc.ws.session() as session:
        wang_client = Client(name="Wang's secret client", owner_id=ids["wang"],
                             phones=["+8613900000000"])
        session.add(wang_client)
        session.flush()
        session.add(Activity(client_id=wang_client.id, text="visit notes",
                             happened_at=wang_client.created_at))
        ids["wang_client"] = wang_client.id
    pc.sync(server_db, owner_mode=True)
    engine = connect_engine(server_db)
    with engine.begin() as conn:
        for login in ("lina", "wang", "manager"):
            create_account(conn, ids[login], PASSWORD)
    engine.dispose()
    pc.close()
    yield server_db, ids


def _rel(url: URL, table: str, write: bool = False) -> str:
    if url.get_backend_name() == "postgresql":
        return table
    return f"crm_{'w' if write else 'r'}_{table}"


def test_staff_cannot_read_or_change_anothers_rows(company: tuple[URL, dict[str, str]]) -> None:
    url, ids = company
    engine = create_engine(person(url, "lina"))
    try:
        with engine.connect() as conn:
            assert conn.execute(text(f"SELECT count(*) FROM {_rel(url, 'client')}")).scalar() == 0
            assert conn.execute(
                text(f"SELECT count(*) FROM {_rel(url, 'activity')}")).scalar() == 0
            # the duplicate directory is shared
            keys = conn.execute(text(f"SELECT count(*) FROM {_rel(url, 'app_user')}")).scalar()
            assert keys == 4
        with engine.begin() as conn:
            changed = conn.execute(
                text(f"UPDATE {_rel(url, 'client', True)} SET name = 'mine now' WHERE id = :i"),
                {"i": ids["wang_client"]}).rowcount
            assert changed == 0
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(f"INSERT INTO {_rel(url, 'department', True)} (id, name, created_at, "
                              "updated_at, hlc, field_hlc, deleted) VALUES ('x', 'Mine', "
                              "'2024-01-01', '2024-01-01', '', '{}', false)"))
        if url.get_backend_name() != "postgresql":
            with pytest.raises(DBAPIError), engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM client"))  # no grant on base tables
    finally:
        engine.dispose()
    wang = create_engine(person(url, "wang"))
    manager = create_engine(person(url, "manager"))
    try:
        with wang.connect() as conn:
            assert conn.execute(text(f"SELECT name FROM {_rel(url, 'client')}")).scalars().all() \
                == ["Wang's secret client"]
        with manager.connect() as conn:  # same department
            assert conn.execute(text(f"SELECT count(*) FROM {_rel(url, 'client')}")).scalar() \
                == 0  # wang's client has no department: only the owner and admins see it
    finally:
        wang.dispose()
        manager.dispose()


def test_every_synced_table_has_forced_rls_with_using_and_check(
        company: tuple[URL, dict[str, str]]) -> None:
    url, _ids = company
    if url.get_backend_name() != "postgresql":
        pytest.skip("row-level security is PostgreSQL's; MariaDB is checked through its views")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            flags = dict(conn.execute(text(
                "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
                "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")).tuples().all())
            for table in SYNCED_TABLES:
                assert flags.get(table) is True, table
                quals = conn.execute(text(
                    "SELECT bool_or(qual IS NOT NULL), bool_or(with_check IS NOT NULL) "
                    "FROM pg_policies WHERE tablename = :t"), {"t": table}).one()
                assert quals == (True, True), table
            owners = set(conn.execute(text(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                .scalars())
            assert owners == {f"{url.database}_owner"}
            logins = conn.execute(text(
                "SELECT rolname, rolbypassrls, rolsuper, rolcanlogin FROM pg_roles "
                "WHERE rolname LIKE :p"), {"p": f"{url.database}\\_%"}).all()
            assert any(r[3] for r in logins)
            for name, bypass, superuser, _login in logins:
                assert not bypass and not superuser, name
            owner_login = conn.execute(text(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                {"r": f"{url.database}_owner"}).scalar()
            assert owner_login is False
    finally:
        engine.dispose()


def test_mariadb_staff_have_no_grant_on_base_tables(company: tuple[URL, dict[str, str]]) -> None:
    url, _ids = company
    if url.get_backend_name() == "postgresql":
        pytest.skip("MariaDB only")
    engine = create_engine(person(url, "lina"))
    try:
        with engine.connect() as conn:
            for table in SYNCED_TABLES:
                with pytest.raises(DBAPIError):
                    conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1"))
            for table in APPEND_ONLY_TABLES:
                with pytest.raises(DBAPIError):
                    conn.execute(text(f"UPDATE crm_w_{table} SET deleted = true"))
    finally:
        engine.dispose()
