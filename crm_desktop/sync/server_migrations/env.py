"""Alembic environment for the company server (PostgreSQL or MariaDB).

Its own version table (``crm_server_version``) keeps the server's schema
history apart from anything else living in the same database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from crm_desktop.sync.schema import SERVER_METADATA, VERSION_TABLE

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=SERVER_METADATA,
        version_table=VERSION_TABLE,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    connectable = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as conn:
        _run(conn)


run_online()
