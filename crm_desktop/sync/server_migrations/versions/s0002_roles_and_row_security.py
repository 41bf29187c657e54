"""roles, row-level security (PostgreSQL) or filtering views (MariaDB), account procedure

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

from crm_desktop.sync.policies import statements
from crm_desktop.sync.server import backend_of

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    database = bind.engine.url.database or ""
    for statement in statements(backend_of(bind.engine), database):
        bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    raise NotImplementedError("the server's security layer is not taken back automatically")
