"""The throwaway servers themselves: reachable, and a test database is really fresh."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL


def test_fresh_database_is_empty_and_writable(server_db: URL) -> None:
    engine = create_engine(server_db)
    try:
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
            assert conn.execute(text("SELECT sum(x) FROM t")).scalar() == 1
        assert server_db.port not in (5432, 3306)
    finally:
        engine.dispose()
