"""PostgreSQL: the push as one server-side call, crm_push(tables) (MariaDB: nothing to do)

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

from crm_desktop.sync.push_functions import postgresql_statements
from crm_desktop.sync.server import backend_of

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if backend_of(bind.engine) != "postgresql":
        return
    for statement in postgresql_statements():
        bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if backend_of(bind.engine) != "postgresql":
        return
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS crm_push(text[])")
