"""indexes for the client list, search and the client card; a prefix search index

- ``ix_client_list_order`` (deleted, name, id): the list's first window and keyset paging
  read the index instead of sorting every client.
- ``ix_client_search_join`` (id, deleted, name): a search joins its index matches to
  clients by id; counting them and sorting them by name then reads this small index
  instead of each matching client's whole row (the count of "mar", 2 964 matches in the
  bench office, 30 → 16 ms).
- ``ix_client_merged_into_id``: History finds the clients merged into this one directly.
- ``ix_<table>_deleted`` becomes a partial index of tombstones (``WHERE deleted = 1``): the
  plain index on a two-valued column made SQLite's planner (no statistics) walk every live
  row through it instead of using ``client_id`` or the search index. The Recycle Bin, which
  asks for ``deleted = 1``, still has an index.
- ``client_search`` is rebuilt with ``prefix='1 2 3 4'`` so the first keystrokes of a search
  read a prefix index instead of merging every term that starts with them. The stored tokens
  are copied over (they are what ``search_index.client_tokens`` made), so no pinyin work.

Revision ID: 0400
Revises: 0200
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0400"
down_revision = "0200"
branch_labels = None
depends_on = None

#: Every synced table (each has a ``deleted`` column and had a plain ``ix_<table>_deleted``).
SYNCED_TABLES = (
    "company_setting", "department", "app_user", "client", "contact", "contact_key", "activity",
    "task", "pipeline_stage", "deal", "comment", "complaint", "product", "stock_movement",
    "approval_flow", "approval_request", "approval_decision", "audit_event",
)
FTS_OPTIONS = "client_id UNINDEXED, tokens, tokenize = 'unicode61 remove_diacritics 2'"
PREFIXES = "1 2 3 4"


def _tombstone_indexes(partial: bool) -> None:
    for table in SYNCED_TABLES:
        name = f"ix_{table}_deleted"
        op.drop_index(name, table_name=table)
        where = {"sqlite_where": sa.text("deleted = 1")} if partial else {}
        op.create_index(name, table, ["deleted"], unique=False, **where)


def _rebuild_search(options: str) -> None:
    """Recreate ``client_search`` with ``options``, keeping every row's stored tokens."""
    op.execute("CREATE TEMP TABLE client_search_copy AS "
               "SELECT rowid AS r, client_id, tokens FROM client_search")
    op.execute("DROP TABLE client_search")
    op.execute(f"CREATE VIRTUAL TABLE client_search USING fts5({options})")
    op.execute("INSERT INTO client_search(rowid, client_id, tokens) "
               "SELECT r, client_id, tokens FROM temp.client_search_copy")
    op.execute("DROP TABLE temp.client_search_copy")


def upgrade() -> None:
    _tombstone_indexes(partial=True)
    op.create_index("ix_client_list_order", "client", ["deleted", "name", "id"], unique=False)
    op.create_index("ix_client_search_join", "client", ["id", "deleted", "name"], unique=False)
    op.create_index("ix_client_merged_into_id", "client", ["merged_into_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_search(f"{FTS_OPTIONS}, prefix = '{PREFIXES}'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_search(FTS_OPTIONS)
    op.drop_index("ix_client_merged_into_id", table_name="client")
    op.drop_index("ix_client_search_join", table_name="client")
    op.drop_index("ix_client_list_order", table_name="client")
    _tombstone_indexes(partial=False)
