"""A table's dirty rows as the local file holds them, turned into Python values on demand.

A first upload reads every row of the file; on PostgreSQL the raw values (ISO dates, JSON
text, 0/1) go to ``COPY`` as they are, and only the few rows the push must look into
(a clock to cut back, a conflict to name, a refusal to keep) are turned into dictionaries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from crm_desktop.sync.schema import SERVER_METADATA


class DirtyTable:
    def __init__(self, table: str, names: list[str],
                 makers: Sequence[Callable[[Any], Any] | None],
                 raw: list[tuple[Any, ...]]) -> None:
        self.table = table
        self.names = names
        self._makers = makers
        self.raw: list[list[Any]] = [list(r) for r in raw]
        self._id = names.index("id")
        self._hlc = names.index("hlc")
        self._stamps = names.index("field_hlc")
        self.position = {r[self._id]: i for i, r in enumerate(self.raw)}

    def __len__(self) -> int:
        return len(self.raw)

    def stamps(self) -> Iterator[tuple[str, str]]:
        """(id, hlc) of every row."""
        for values in self.raw:
            yield values[self._id], values[self._hlc]

    def hlc_of(self, row_id: str) -> str:
        return str(self.raw[self.position[row_id]][self._hlc])

    def all_typed(self) -> list[dict[str, Any]]:
        return [self.typed(values[self._id]) for values in self.raw]

    def typed(self, row_id: str) -> dict[str, Any]:
        values = self.raw[self.position[row_id]]
        return {n: (make(v) if make is not None else v)
                for n, make, v in zip(self.names, self._makers, values, strict=True)}

    def restamp(self, row_id: str, hlc: str, field_hlc: dict[str, str]) -> None:
        values = self.raw[self.position[row_id]]
        values[self._hlc] = hlc
        values[self._stamps] = json.dumps(field_hlc)


def read_dirty(conn: Connection, local: Table) -> DirtyTable | None:
    """The rows of ``local`` not yet accepted, in the server's columns; None if there are none."""
    server = SERVER_METADATA.tables[local.name]
    columns = [c for c in local.columns if c.name in server.columns]
    names = [c.name for c in columns]
    listed = ", ".join(f'"{n}"' for n in names)
    raw = conn.exec_driver_sql(f'SELECT {listed} FROM "{local.name}" WHERE dirty = 1').fetchall()
    if not raw:
        return None
    makers = [c.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
              for c in columns]
    return DirtyTable(local.name, names, makers, [tuple(r) for r in raw])
