"""Alembic environment for the local SQLite file (and, through the sync layer, the server)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from crm_desktop.store import import_models, local, models  # noqa: F401  (registers every table)
from crm_desktop.store.base import Base

config = context.config
target_metadata = Base.metadata
#: Tables made by hand in migrations (full-text indexes), invisible to autogenerate.
HAND_MADE_PREFIXES = ("client_search",)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(HAND_MADE_PREFIXES))


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
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


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
