"""MariaDB: the writes of a push as one multi-statement batch, the counter lock inside it.

The PC reads what the server holds for its dirty rows and merges them *before* it takes
the ``sync_counter`` lock. The batch then locks the counter (``SELECT … FOR UPDATE``: on
MariaDB's REPEATABLE READ a plain read would lose updates), writes every merged row —
each update guarded by the ``server_seq`` the merge saw, so a row another PC changed in
between is noticed rather than overwritten — numbers them from the counter, moves it and
hands back where the numbering started. One round trip for an everyday push; a very big
one goes in several, the first taking the lock.

If any statement fails or any guarded update finds its row changed (or not the person's:
MariaDB's views ignore such an update rather than refuse it), the batch is rolled back to
its savepoint and the caller merges again with the lock held, row by row where needed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, Table

from crm_desktop.sync.merge import Loser

#: bytes of SQL per round trip (MariaDB's max_allowed_packet is 16 MB by default)
BATCH_BYTES = 4_000_000
SAVEPOINT = "crm_push_batch"


@dataclass
class MergedChunk:
    """One table's dirty rows merged with what the server held, numbered from 1 (the counter
    is added once it is known)."""

    table: str
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    #: for each update, the ``server_seq`` the merge was made against
    expected: dict[str, int | None] = field(default_factory=dict)
    kept: list[dict[str, Any]] = field(default_factory=list)
    plain: list[dict[str, Any]] = field(default_factory=list)
    lost: list[tuple[dict[str, Any], Loser]] = field(default_factory=list)


def bind_makers(write: Table, dialect: Any) -> dict[str, Callable[[Any], Any]]:
    """Per column, what turns a Python value into what the driver sends."""
    makers: dict[str, Callable[[Any], Any]] = {}
    for col in write.columns:
        if isinstance(col.type, JSON):
            makers[col.name] = lambda v: None if v is None else json.dumps(v)
        else:
            makers[col.name] = col.type.bind_processor(dialect) or (lambda v: v)
    return makers


def _statements(cursor: Any, write: Table, makers: dict[str, Callable[[Any], Any]],
                chunk: MergedChunk) -> list[tuple[str, int]]:
    """(SQL, rows it must touch) for one merged chunk, ``server_seq`` as ``@crm_start + n``
    (values quoted by the driver's own ``mogrify``)."""
    names = [c.name for c in write.columns]

    def values(row: dict[str, Any], wanted: list[str]) -> tuple[list[str], tuple[Any, ...]]:
        marks = [f"@crm_start + {int(row['server_seq'])}" if n == "server_seq" else "%s"
                 for n in wanted]
        return marks, tuple(makers[n](row.get(n)) for n in wanted if n != "server_seq")

    out: list[tuple[str, int]] = []
    if chunk.inserts:
        cols = ", ".join(f"`{n}`" for n in names)
        rows = []
        for row in chunk.inserts:
            marks, args = values(row, names)
            rows.append(cursor.mogrify("(" + ", ".join(marks) + ")", args))
        out.append((f"INSERT INTO {write.name} ({cols}) VALUES " + ",\n".join(rows),
                    len(chunk.inserts)))
    for row in chunk.updates:
        wanted = [n for n in names if n != "id" and n in row]
        marks, args = values(row, wanted)
        sets = ", ".join(f"`{n}` = {m}" for n, m in zip(wanted, marks, strict=True))
        expected = chunk.expected.get(row["id"])
        guard = "IS NULL" if expected is None else f"= {int(expected)}"
        out.append((cursor.mogrify(f"UPDATE {write.name} SET {sets} WHERE id = %s "
                                   f"AND server_seq {guard}", (*args, row["id"])), 1))
    return out


def write_in_one_go(conn: Connection, tables: dict[str, Table],
                    chunks: list[MergedChunk]) -> int | None:
    """Lock the counter, write every chunk, move the counter: the counter's old value, or
    None (everything undone back to the savepoint, the lock still held) if the server did
    not take the batch exactly as merged."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    work: list[tuple[str, int]] = []
    for chunk in chunks:
        write = tables[chunk.table]
        work.extend(_statements(cursor, write, bind_makers(write, conn.dialect), chunk))
    numbered = sum(len(c.inserts) + len(c.updates) for c in chunks)
    head = [("SELECT value INTO @crm_start FROM sync_counter WHERE id = 1 FOR UPDATE", -1),
            (f"SAVEPOINT {SAVEPOINT}", -1)]
    tail = [(f"UPDATE sync_counter SET value = @crm_start + {numbered} WHERE id = 1", 1),
            ("SELECT @crm_start", -1)]
    batches = _batches(head + work + tail)
    start: int | None = None
    try:
        for batch in batches:
            cursor.execute(";\n".join(sql for sql, _n in batch))
            for index, (_sql, expected) in enumerate(batch):
                if index:
                    cursor.nextset()
                if expected >= 0 and cursor.rowcount != expected:
                    _drain(cursor)
                    _undo(cursor)
                    return None
            start = _fetch_start(cursor, batch, start)
    except conn.dialect.dbapi.Error as exc:  # type: ignore[union-attr]
        if _ends_the_push(exc):
            raise
        _drain(cursor)
        _undo(cursor)
        return None
    finally:
        cursor.close()
    if start is None:
        raise RuntimeError("the push batch did not say where the numbering started")
    return start


def _batches(statements: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    batches: list[list[tuple[str, int]]] = [[]]
    size = 0
    for statement in statements:
        if batches[-1] and size + len(statement[0]) > BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(statement)
        size += len(statement[0])
    return batches


def _fetch_start(cursor: Any, batch: list[tuple[str, int]], start: int | None) -> int | None:
    if batch[-1][0] == "SELECT @crm_start":
        found = cursor.fetchone()
        return int(found[0])
    return start


def _drain(cursor: Any) -> None:
    try:
        while cursor.nextset():
            pass
    except Exception:
        pass


def _undo(cursor: Any) -> None:
    cursor.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")


def _ends_the_push(exc: Exception) -> bool:
    code = exc.args[0] if exc.args and isinstance(exc.args[0], int) else 0
    # gone away, lost, out of sync, lock wait timeout, deadlock: not a refusal of the rows
    return code in (1205, 1213, 2006, 2013, 2014, 2055) or "Lost connection" in str(exc)
