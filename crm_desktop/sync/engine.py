"""Push and pull (DESIGN.md, Sync).

Push: one server transaction, serialised on the single ``sync_counter`` row
(``SELECT ... FOR UPDATE``), merging each dirty row field by field and giving
every changed row the next ``server_seq``. Replaying a push changes nothing.
After the commit, ``dirty`` is cleared only on rows whose ``hlc`` is still the
one that was pushed (rows edited again meanwhile stay dirty).

Pull: pages of rows with ``server_seq`` above the cursor, read in one snapshot,
merged with the same rule; the cursor is saved in the same local transaction
as the rows. Afterwards a per-table count and checksum of what this person may
see is compared with the server and a mismatch is repaired by a full pull of
that table (this is also how records leaving or entering one's view are found).
"""

from __future__ import annotations

import hashlib
import logging
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    bindparam,
    case,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.domain.hlc import HybridClock, Timestamp
from crm_desktop.store.base import Base
from crm_desktop.store.local import LocalState
from crm_desktop.store.search_index import reindex
from crm_desktop.store.tracking import observe_remote
from crm_desktop.sync.conflicts import NEW_RECORD, record_conflict
from crm_desktop.sync.dirty import DirtyTable, read_dirty
from crm_desktop.sync.mariadb_batch import MergedChunk, write_in_one_go
from crm_desktop.sync.merge import ROW_COLUMNS, Loser, Merged, merge_rows
from crm_desktop.sync.policies import HIDDEN_COLUMNS, read_relation, write_relation
from crm_desktop.sync.push_functions import results_table_sql, stage_table
from crm_desktop.sync.rows import decode_row
from crm_desktop.sync.schema import APPEND_ONLY_TABLES, SERVER_METADATA, SYNCED_TABLES
from crm_desktop.sync.server import backend_of, check_compatible

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"
LAST_OK_KEY = "sync.last_ok"
MAX_SKEW_MS = 60_000
CHUNK = 500
#: rows merged and written per server statement in a push (MariaDB)
PUSH_CHUNK = 5000
#: rows acknowledged after a push above which the local file is updated in bulk
ACK_IN_BULK = 200
#: pushes of up to this many rows have their statements planned before the lock is taken
#: (plans made for a few rows); bigger ones are planned inside, for the rows staged
PLAN_EARLY_UP_TO = 500

Progress = Callable[[str, int, int], None]
_LOOK_UP: Any = object()


class Cancelled(Exception):
    """The person stopped the sync; what was done so far is kept."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0
    removed: int = 0
    repaired: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "refused": self.refused, "removed": self.removed, "repaired": self.repaired,
                "warnings": self.warnings}


def _server_table(backend: str, table: str, kind: str, cache: dict[tuple[str, str], Table],
                  metadata: MetaData) -> Table:
    name = read_relation(backend, table) if kind == "r" else write_relation(backend, table)
    key = (kind, table)
    if key not in cache:
        base = SERVER_METADATA.tables[table]
        hidden = HIDDEN_COLUMNS.get(table, frozenset()) if kind == "r" else frozenset()
        if name == table and not hidden:
            cache[key] = base
        else:
            cols = [Column(c.name, c.type, primary_key=c.primary_key)
                    for c in base.columns if c.name not in hidden]
            cache[key] = Table(name, metadata, *cols)
    return cache[key]


def row_checksum(pairs: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """(count, sum of the first 32 bits of md5(id || hlc)) — the same sum the server makes."""
    count = total = 0
    for row_id, hlc in pairs:
        count += 1
        total += int(hashlib.md5(f"{row_id}{hlc}".encode()).hexdigest()[:8], 16)
    return count, total


class SyncEngine:
    """One PC's sync with the company server, as one person (their server account)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        server: Engine,
        *,
        page_size: int = 2000,
        now_ms: Callable[[], int] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        pc_name: str | None = None,
        owner_mode: bool = False,
    ) -> None:
        self.sessions = sessions
        self.server = server
        self.backend = backend_of(server)
        self.page_size = page_size
        self.progress = progress or (lambda _stage, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.pc_name = pc_name or socket.gethostname()
        self.owner_mode = owner_mode
        self._now_ms = now_ms
        self._meta = MetaData()
        self._tables: dict[tuple[str, str], Table] = {}
        self._touched: set[str] = set()
        #: rows whose stamps the clock clamp changed (the local copy must take the new ones)
        self._clamped_ids: set[str] = set()
        #: seconds the last push held the ``sync_counter`` lock (until its commit), for bench/
        self.lock_held_s = 0.0
        #: rows the server took exactly as pushed (new rows): only dirty/server_seq change here
        self._taken_as_is: dict[str, list[dict[str, Any]]] = {}

    # ------------------------------------------------------------------ helpers

    def _r(self, table: str) -> Table:
        if self.owner_mode:
            return SERVER_METADATA.tables[table]
        return _server_table(self.backend, table, "r", self._tables, self._meta)

    def _w(self, table: str) -> Table:
        if self.owner_mode:
            return SERVER_METADATA.tables[table]
        return _server_table(self.backend, table, "w", self._tables, self._meta)

    def _hidden(self, table: str) -> frozenset[str]:
        return frozenset() if self.owner_mode else HIDDEN_COLUMNS.get(table, frozenset())

    @staticmethod
    def _local(table: str) -> Table:
        return Base.metadata.tables[table]

    def _check(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def _local_session(self) -> Session:
        session = self.sessions()
        session.info["applying_remote"] = True
        return session

    def _note_touched(self, table: str, *rows: Any) -> None:
        """Remember the clients whose search-index entry a merged row may change."""
        if table == "client":
            self._touched.update(str(r["id"]) for r in rows if r is not None)
        elif table == "contact":
            self._touched.update(str(r["client_id"]) for r in rows
                                 if r is not None and r.get("client_id"))

    def _reindex_touched(self, conn: Connection) -> None:
        """Bring the search index in step with the rows merged (Core writes skip the hook)."""
        if self._touched:
            reindex(conn, self._touched)
            self._touched.clear()

    # ------------------------------------------------------------------ whole sync

    def sync(self, *, verify: bool = True) -> SyncResult:
        result = SyncResult()
        with self.server.connect() as conn:
            check_compatible(conn)
        self.push(result)
        self.pull(result)
        if verify:
            self.verify_and_repair(result)
        with self._local_session() as session:
            _set_state(session, LAST_OK_KEY, datetime.now(UTC).isoformat())
            session.commit()
        return result

    # ------------------------------------------------------------------ push

    def _dirty_tables(self, session: Session) -> dict[str, DirtyTable]:
        conn = session.connection()
        found = {t: read_dirty(conn, self._local(t)) for t in SYNCED_TABLES}
        return {t: d for t, d in found.items() if d is not None}

    def _clamp_row(self, row: dict[str, Any], server_ms: int) -> int:
        """Cut stamps more than a minute ahead of the server's clock back to it; how far
        ahead the row was (0: not at all)."""
        stamps = dict(row.get("field_hlc") or {})
        worst = 0
        for key, value in list(stamps.items()):
            stamps[key], ahead = _clamped(value, server_ms)
            worst = max(worst, ahead)
        row["field_hlc"] = stamps
        row["hlc"], ahead = _clamped(str(row["hlc"]), server_ms)
        worst = max(worst, ahead)
        if worst:
            self._clamped_ids.add(row["id"])
        return worst

    def _clamp(self, dirty: dict[str, DirtyTable], server_ms: int,
               result: SyncResult) -> dict[tuple[str, str], dict[str, Any]]:
        """A clock far ahead of the server's would win every conflict: cut it back. The row's
        own stamp is the latest of its fields', so only rows whose stamp is ahead are read
        further; those come back as dictionaries, their staged values restamped."""
        worst = 0
        looked_at: dict[tuple[str, str], dict[str, Any]] = {}
        for table, rows in dirty.items():
            for row_id, hlc in list(rows.stamps()):
                if not _clamped(str(hlc), server_ms)[1]:
                    continue
                row = rows.typed(row_id)
                worst = max(worst, self._clamp_row(row, server_ms))
                rows.restamp(row_id, row["hlc"], row["field_hlc"])
                looked_at[(table, row_id)] = row
        if worst:
            minutes = max(1, round(worst / 60_000))
            message = (f"The clock of this PC ({self.pc_name}) is about {minutes} minutes ahead "
                       "of the office server. Its changes were dated to the server's time; "
                       "please set this PC's clock right.")
            log.warning(message)
            result.warnings.append(message)
        return looked_at

    def push(self, result: SyncResult) -> int:
        with self._local_session() as session:
            dirty = self._dirty_tables(session)
            session.rollback()
        total = sum(len(v) for v in dirty.values())
        if not total:
            return 0
        pushed_hlc = {(t, i): h for t, rows in dirty.items() for i, h in rows.stamps()}
        self._clamped_ids, self._taken_as_is = set(), {}
        self.progress("push", 0, total)
        if self.backend == "postgresql":
            outcome = self._push_in_one_call(dirty, total, result)
        else:
            outcome = self._push_merged_here(dirty, total, result)
        self._after_push(outcome, pushed_hlc, result)
        return outcome.pushed

    def _push_in_one_call(self, dirty: dict[str, DirtyTable], total: int,
                          result: SyncResult) -> _PushOutcome:
        """PostgreSQL: stage the rows by COPY (no lock yet), then one call of ``crm_push``
        locks the counter, merges, numbers and writes them (sync/push_functions.py)."""
        outcome = _PushOutcome()
        with self.server.connect() as conn:
            conn = conn.execution_options(isolation_level="READ COMMITTED")
            with conn.begin():
                typed = self._clamp(dirty, self._server_ms(conn), result)
                for table in dirty:
                    self._make_stage(conn, table)
                conn.exec_driver_sql(results_table_sql())
                if total <= PLAN_EARLY_UP_TO:
                    # planned on the empty staging tables, before the lock (push_functions.py)
                    conn.execute(text("SELECT crm_push_prepare(:tables)"),
                                 {"tables": list(dirty)})
                staged = 0
                for table, rows in dirty.items():
                    self._check()
                    self._copy_raw(conn, rows)
                    if total > PLAN_EARLY_UP_TO:  # planned in crm_push, knowing the rows
                        conn.exec_driver_sql(f"ANALYZE {stage_table(table)}")
                    staged += len(rows)
                    self.progress("push", staged * 9 // 10, total)
                locked_at = time.perf_counter()
                lines = conn.execute(
                    text("SELECT r_table, r_id, r_kind, r_seq, r_merged, r_prior "
                         "FROM crm_push(:tables)"), {"tables": list(dirty)}).all()
        self.lock_held_s = time.perf_counter() - locked_at

        def row_of(table: str, row_id: str) -> dict[str, Any]:
            if (table, row_id) not in typed:
                typed[(table, row_id)] = dirty[table].typed(row_id)
            return typed[(table, row_id)]

        for table, row_id, kind, seq, merged, prior in lines:
            if kind == "counter":
                outcome.pushed = int(seq) - int(row_id)
                continue
            if kind == "refused":
                outcome.refused.append((table, row_of(table, row_id)))
            elif kind in ("new", "taken") and row_id in self._clamped_ids:
                outcome.stored.setdefault(table, []).append(
                    {**row_of(table, row_id), "server_seq": seq})
            elif kind in ("new", "taken"):
                self._taken_as_is.setdefault(table, []).append(
                    {"id": row_id, "hlc": dirty[table].hlc_of(row_id), "server_seq": seq})
            else:
                outcome.stored.setdefault(table, []).append(decode_row(table, merged))
            if prior is not None:
                row = row_of(table, row_id)
                current = decode_row(table, prior)
                hidden = HIDDEN_COLUMNS.get(table, frozenset())
                for lost in self._conflicts(table, current, row, hidden)[1]:
                    outcome.losers.append((table, row, lost))
        result.pushed += outcome.pushed
        self.progress("push", total, total)
        return outcome

    @staticmethod
    def _make_stage(conn: Connection, table: str) -> None:
        types = ", ".join(f'"{c.name}" {c.type.compile(dialect=conn.dialect)}'
                          for c in SERVER_METADATA.tables[table].columns)
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE IF NOT EXISTS {stage_table(table)} "
                             f"({types}, PRIMARY KEY (id)) ON COMMIT DELETE ROWS")

    def _push_merged_here(self, tables: dict[str, DirtyTable], total: int,
                          result: SyncResult) -> _PushOutcome:
        """MariaDB: merged here before the lock, then written in one batch that takes it
        (sync/mariadb_batch.py); merged again under the lock if the batch did not go."""
        outcome = _PushOutcome()
        with self.server.connect() as conn:
            conn = conn.execution_options(isolation_level="READ COMMITTED")
            with conn.begin():
                self._clamp(tables, self._server_ms(conn), result)
                dirty = {t: rows.all_typed() for t, rows in tables.items()}
                chunks: list[MergedChunk] = []
                numbered = done = 0
                for table, rows in dirty.items():
                    for start in range(0, len(rows), PUSH_CHUNK):
                        self._check()
                        chunk = rows[start:start + PUSH_CHUNK]
                        numbered, merged = self._merge_chunk(conn, table, chunk, numbered)
                        chunks.append(merged)
                        done += len(chunk)
                        self.progress("push", done * 9 // 10, total)
                locked_at = time.perf_counter()
                counter = write_in_one_go(conn, {c.table: self._w(c.table) for c in chunks},
                                          chunks)
                if counter is not None:
                    for merged in chunks:
                        for row in merged.inserts + merged.updates:
                            row["server_seq"] += counter
                        self._collect(outcome, merged, [])
                    seq = counter + numbered
                else:
                    log.info("push batch not taken as merged: merging again under the lock")
                    counter, seq = self._push_under_lock(conn, dirty, total, outcome)
        self.lock_held_s = time.perf_counter() - locked_at
        outcome.pushed = seq - counter
        result.pushed += outcome.pushed
        self.progress("push", total, total)
        return outcome

    def _push_under_lock(self, conn: Connection, dirty: dict[str, list[dict[str, Any]]],
                         total: int, outcome: _PushOutcome) -> tuple[int, int]:
        """Lock the counter, then merge and write chunk by chunk, refusing row by row."""
        counter = int(conn.execute(
            text("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE")).scalar_one())
        seq = counter
        for table, rows in dirty.items():
            for start in range(0, len(rows), PUSH_CHUNK):
                seq, merged = self._merge_chunk(conn, table, rows[start:start + PUSH_CHUNK],
                                                seq)
                self._collect(outcome, merged, self._write_chunk(conn, merged))
        if seq != counter:
            conn.execute(text("UPDATE sync_counter SET value = :v WHERE id = 1"), {"v": seq})
        return counter, seq

    def _collect(self, outcome: _PushOutcome, merged: MergedChunk,
                 bad: list[dict[str, Any]]) -> None:
        bad_ids = {b["id"] for b in bad}
        outcome.stored.setdefault(merged.table, []).extend(
            k for k in merged.kept if k["id"] not in bad_ids)
        outcome.refused.extend((merged.table, r) for r in bad)
        outcome.losers.extend((merged.table, r, lost) for r, lost in merged.lost)
        self._taken_as_is.setdefault(merged.table, []).extend(
            k for k in merged.plain if k["id"] not in bad_ids)

    @staticmethod
    def _conflicts(table: str, current: dict[str, Any], row: dict[str, Any],
                   hidden: frozenset[str]) -> tuple[Merged, list[Loser]]:
        """The merge of a pushed row into the server's, and the losing values to record."""
        base_seq = row.get("server_seq")
        concurrent = base_seq is not None and (current.get("server_seq") or 0) > base_seq
        merged = merge_rows(current, row, hidden=hidden, concurrent=concurrent)
        lost = list(merged.losers)
        lost.extend(Loser(o.field, o.winner_value, o.value, "replaced:" + o.winner_hlc)
                    for o in merged.replaced)
        if (merged.changed and current.get("deleted") and merged.row.get("deleted")
                and not row.get("deleted")):
            # Edited here while someone deleted it: the edit is kept, the record stays in
            # the recycle bin, and the editor is told (and may restore it).
            lost.append(Loser("deleted", False, True,
                              (current.get("field_hlc") or {}).get("deleted", "")))
        return merged, lost

    def _server_ms(self, conn: Connection) -> int:
        if self._now_ms is not None:
            return self._now_ms()
        if self.backend == "postgresql":
            value = conn.execute(text("SELECT (extract(epoch from clock_timestamp()) * 1000)"
                                      "::bigint")).scalar_one()
        else:
            value = conn.execute(text("SELECT CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)")
                                 ).scalar_one()
        return int(value)

    def _merge_chunk(self, conn: Connection, table: str, rows: list[dict[str, Any]],
                     seq: int) -> tuple[int, MergedChunk]:
        """Merge dirty rows with what the server holds, numbering changes after ``seq``."""
        read = self._r(table)
        existing = {
            r["id"]: dict(r) for r in conn.execute(
                select(read).where(read.c.id.in_([r["id"] for r in rows]))).mappings()
        }
        out = MergedChunk(table)
        for row in rows:
            current = existing.get(row["id"])
            if current is None:
                seq += 1
                new = {**row, "server_seq": seq}
                out.inserts.append(new)
                (out.kept if row["id"] in self._clamped_ids else out.plain).append(new)
                continue
            if table in APPEND_ONLY_TABLES:
                out.kept.append(current)
                continue
            merged, lost_here = self._conflicts(table, current, row, self._hidden(table))
            out.lost.extend((row, loser) for loser in lost_here)
            if merged.changed:
                seq += 1
                merged.row["server_seq"] = seq
                out.updates.append(merged.row)
                out.expected[row["id"]] = current.get("server_seq")
            out.kept.append(merged.row)
        return seq, out

    def _write_chunk(self, conn: Connection, merged: MergedChunk) -> list[dict[str, Any]]:
        """Write a merged chunk; the rows the server refused."""
        if not (merged.inserts or merged.updates):
            return []
        write = self._w(merged.table)
        try:
            with conn.begin_nested():
                self._write(conn, write, merged.inserts, merged.updates)
        except _Refused:
            return self._write_one_by_one(conn, write, merged.inserts, merged.updates)
        except DBAPIError as exc:
            if _is_connection_error(exc):
                raise
            return self._write_one_by_one(conn, write, merged.inserts, merged.updates)
        return []

    def _write(self, conn: Connection, write: Table, inserts: list[dict[str, Any]],
               updates: list[dict[str, Any]]) -> None:
        if inserts:
            conn.execute(write.insert(), inserts)
        if updates:
            cols = [c.name for c in write.columns if c.name != "id"]
            stmt = (write.update().where(write.c.id == bindparam("_id"))
                    .values({c: bindparam(c) for c in cols}))
            params = [{**{c: u.get(c) for c in cols}, "_id": u["id"]} for u in updates]
            hidden_cols = [c for c in cols if any(c not in u for u in updates)]
            if hidden_cols:
                # columns the reader may not see are written only when the change carried them
                done = 0
                for one, update in zip(params, updates, strict=True):
                    values = {c: one[c] for c in cols if c not in hidden_cols or c in update}
                    done += conn.execute(
                        write.update().where(write.c.id == one["_id"]).values(values)).rowcount
            else:
                done = conn.execute(stmt, params).rowcount
            if done != len(params):
                raise _Refused()

    @staticmethod
    def _copy_raw(conn: Connection, rows: DirtyTable) -> None:
        """The local file's values as they are: PostgreSQL reads its dates, JSON and 0/1."""
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        cols = ", ".join(f'"{n}"' for n in rows.names)
        with cursor.copy(f"COPY {stage_table(rows.table)} ({cols}) FROM STDIN") as copy:
            for values in rows.raw:
                copy.write_row(values)

    def _write_one_by_one(self, conn: Connection, write: Table, inserts: list[dict[str, Any]],
                          updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
        bad: list[dict[str, Any]] = []
        for row in inserts:
            try:
                with conn.begin_nested():
                    self._write(conn, write, [row], [])
            except DBAPIError as exc:
                if _is_connection_error(exc):
                    raise
                log.warning("server refused %s %s: %s", write.name, row["id"], exc.orig)
                bad.append(row)
        for row in updates:
            try:
                with conn.begin_nested():
                    self._write(conn, write, [], [row])
            except (DBAPIError, _Refused) as exc:
                if isinstance(exc, DBAPIError) and _is_connection_error(exc):
                    raise
                bad.append(row)
        return bad

    def _after_push(self, outcome: _PushOutcome, pushed_hlc: dict[tuple[str, str], str],
                    result: SyncResult) -> None:
        """Clear ``dirty`` only where the row is still what was pushed; bring in the merge."""
        taken, self._taken_as_is = self._taken_as_is, {}
        stored, refused, losers = outcome.stored, outcome.refused, outcome.losers
        with self._local_session() as session:
            conn = session.connection()
            for table, rows in taken.items():
                self._acknowledge(conn, table, rows)
            for table, rows in stored.items():
                self._apply_many(conn, table, rows, pushed=pushed_hlc)
            observe_remote(session, (str(row.get("hlc") or "") for rows in stored.values()
                                     for row in rows))
            for table, row, loser in losers:
                reason = "field"
                stamp = loser.winner_hlc
                if stamp.startswith("replaced:"):
                    reason, stamp = "replaced", stamp.removeprefix("replaced:")
                elif loser.field == "deleted":
                    reason = "deleted"
                record_conflict(conn, table, row["id"], loser.field, loser.value,
                                loser.winner_value, None, stamp, reason=reason)
                result.conflicts += 1
            for table, row in refused:
                local = self._local(table)
                conn.execute(local.update().where(local.c.id == row["id"],
                                                  local.c.hlc == row["hlc"])
                             .values(dirty=False))
                stamped = row.get("field_hlc") or {}
                for name in stamped:
                    record_conflict(conn, table, row["id"], name, row.get(name), None, None,
                                    "", reason="refused")
                if not stamped:  # a new record: what was entered is kept in the record
                    record_conflict(conn, table, row["id"], NEW_RECORD, _entered(table, row),
                                    None, None, "", reason="refused")
                result.refused += 1
            self._reindex_touched(conn)
            session.commit()

    def _acknowledge(self, conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
        """Rows the server took exactly as pushed: note their ``server_seq``, and clear
        ``dirty`` where the row still carries the pushed stamp (not edited meanwhile).
        Many rows go through a scratch table and one ``UPDATE … FROM``."""
        if not rows:
            return
        local = self._local(table)
        if len(rows) < ACK_IN_BULK:
            stmt = (local.update().where(local.c.id == bindparam("_id")).values(
                server_seq=bindparam("_seq"),
                dirty=case((local.c.hlc == bindparam("_hlc"), False), else_=local.c.dirty)))
            conn.execute(stmt, [{"_id": r["id"], "_seq": r["server_seq"], "_hlc": r["hlc"]}
                                for r in rows])
            return
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS crm_ack "
                             "(id TEXT PRIMARY KEY, seq INTEGER, hlc TEXT)")
        conn.exec_driver_sql("DELETE FROM crm_ack")
        conn.exec_driver_sql("INSERT INTO crm_ack (id, seq, hlc) VALUES (?, ?, ?)",
                             [(r["id"], r["server_seq"], r["hlc"]) for r in rows])
        name = f'"{local.name}"'
        conn.exec_driver_sql(
            f"UPDATE {name} SET server_seq = a.seq, "
            f"dirty = CASE WHEN {name}.hlc = a.hlc THEN 0 ELSE {name}.dirty END "
            f"FROM crm_ack AS a WHERE {name}.id = a.id")
        conn.exec_driver_sql("DELETE FROM crm_ack")

    # ------------------------------------------------------------------ local apply

    def _apply_many(self, conn: Connection, table: str, remotes: list[dict[str, Any]],
                    pushed: dict[tuple[str, str], str] | None = None,
                    result: SyncResult | None = None) -> int:
        """Merge server rows of one table into the local file in batches; returns rows changed."""
        local = self._local(table)
        changed = 0
        for start in range(0, len(remotes), CHUNK):
            chunk = remotes[start:start + CHUNK]
            found = {r["id"]: r for r in conn.execute(
                select(local).where(local.c.id.in_([c["id"] for c in chunk]))).mappings()}
            sink: list[tuple[str, dict[str, Any]]] = []
            for remote in chunk:
                if self._apply_remote(conn, table, remote,
                                      pushed=(pushed or {}).get((table, remote["id"])),
                                      result=result, current=found.get(remote["id"]),
                                      sink=sink):
                    changed += 1
            inserts = [row for kind, row in sink if kind == "insert"]
            updates = [row for kind, row in sink if kind == "update"]
            if inserts:
                _insert_many(conn, local, inserts)
            if updates:
                cols = [c.name for c in local.columns if c.name != "id"]
                by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for row in updates:
                    shape = tuple(c for c in cols if c in row)
                    by_shape.setdefault(shape, []).append(
                        {**{c: row[c] for c in shape}, "_id": row["id"]})
                for shape, params in by_shape.items():
                    conn.execute(local.update().where(local.c.id == bindparam("_id"))
                                 .values({c: bindparam(c) for c in shape}), params)
        return changed

    def _apply_remote(self, conn: Connection, table: str, remote: dict[str, Any],
                      pushed: str | None = None, result: SyncResult | None = None,
                      current: Any = _LOOK_UP,
                      sink: list[tuple[str, dict[str, Any]]] | None = None) -> bool:
        """Merge one server row into the local file; True if the local row changed."""
        local = self._local(table)
        if current is _LOOK_UP:
            current = conn.execute(
                select(local).where(local.c.id == remote["id"])).mappings().first()
        self._note_touched(table, remote, current)
        if current is None:
            row = {**remote, "dirty": False}
            for name in self._hidden(table):
                row.setdefault(name, "")  # never read back from the server
            if sink is not None:
                sink.append(("insert", row))
            else:
                conn.execute(local.insert().values(**row))
            return True
        mine = dict(current)
        merged = merge_rows(mine, remote, hidden=self._hidden(table))
        row = merged.row
        still_pushed = pushed is not None and mine["hlc"] == pushed
        if mine["dirty"] and not still_pushed:
            # Edited here and not yet accepted: losing local values are conflicts.
            for loser in merge_rows(remote, mine).losers:
                if result is not None:
                    record_conflict(conn, table, remote["id"], loser.field, loser.value,
                                    loser.winner_value, remote.get("updated_by"),
                                    loser.winner_hlc)
                    result.conflicts += 1
            dirty = _has_newer(mine, remote)
        else:
            dirty = False
        if pushed is not None and still_pushed:
            row["hlc"] = remote["hlc"]
            row["field_hlc"] = remote["field_hlc"]
        changed = merged.changed or still_pushed or row.get("dirty") != dirty or (
            mine.get("server_seq") != remote.get("server_seq"))
        if not changed:
            return False
        row["dirty"] = dirty
        row["server_seq"] = remote.get("server_seq")
        if sink is not None:
            sink.append(("update", row))
        else:
            conn.execute(local.update().where(local.c.id == remote["id"])
                         .values({k: v for k, v in row.items() if k != "id"}))
        return merged.changed

    # ------------------------------------------------------------------ pull

    def pull(self, result: SyncResult) -> int:
        pulled = 0
        with self._local_session() as session:
            cursor = int(_get_state(session, CURSOR_KEY) or 0)
            session.rollback()
        with self.server.connect() as conn:
            conn = self._snapshot(conn)
            with conn.begin():
                top = int(conn.execute(text("SELECT value FROM sync_counter WHERE id = 1"))
                          .scalar_one())
                start = cursor
                while True:
                    self._check()
                    page: list[tuple[int, str, dict[str, Any]]] = []
                    upper: int | None = None
                    for table in SYNCED_TABLES:
                        read = self._r(table)
                        rows = conn.execute(
                            select(read).where(read.c.server_seq > cursor)
                            .order_by(read.c.server_seq).limit(self.page_size)
                        ).mappings().all()
                        if len(rows) == self.page_size:
                            last = int(rows[-1]["server_seq"])
                            upper = last if upper is None else min(upper, last)
                        page.extend((int(r["server_seq"]), table, dict(r)) for r in rows)
                    if not page:
                        break
                    if upper is not None:
                        page = [p for p in page if p[0] <= upper]
                    page.sort(key=lambda p: p[0])
                    new_cursor = upper if upper is not None else max(p[0] for p in page)
                    self._apply_page(conn, page, new_cursor, result)
                    pulled += len(page)  # rows read; result.pulled counts rows that changed
                    cursor = new_cursor
                    self.progress("pull", cursor - start, max(top - start, 1))
                    if upper is None:
                        break
        return pulled

    @staticmethod
    def _snapshot(conn: Connection) -> Connection:
        return conn.execution_options(isolation_level="REPEATABLE READ")

    def _apply_page(self, server: Connection, page: Sequence[tuple[int, str, dict[str, Any]]],
                    cursor: int | None, result: SyncResult) -> None:
        order = {t: i for i, t in enumerate(SYNCED_TABLES)}
        with self._local_session() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            by_table: dict[str, list[dict[str, Any]]] = {}
            for _seq, table, row in sorted(page, key=lambda p: (order[p[1]], p[0])):
                by_table.setdefault(table, []).append(row)
            for table, rows in by_table.items():
                result.pulled += self._apply_many(conn, table, rows, result=result)
            observe_remote(session, (str(row.get("hlc") or "") for _s, _t, row in page))
            self._fetch_missing_parents(server, conn, result)
            if cursor is not None:
                _set_state(session, CURSOR_KEY, str(cursor))
            self._reindex_touched(conn)
            session.commit()

    def _fetch_missing_parents(self, server: Connection, conn: Connection,
                               result: SyncResult) -> None:
        for _round in range(5):
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if not problems:
                return
            wanted: dict[str, set[str]] = {}
            orphans: list[tuple[str, int]] = []
            for child, rowid, parent, fkid in problems:
                fk = conn.exec_driver_sql(f"PRAGMA foreign_key_list({child})").all()
                column = next(r[3] for r in fk if r[0] == fkid)
                value = conn.exec_driver_sql(
                    f'SELECT "{column}" FROM "{child}" WHERE rowid = ?', (rowid,)).scalar()
                wanted.setdefault(parent, set()).add(str(value))
                orphans.append((child, rowid))
            found = 0
            for parent, ids in wanted.items():
                read = self._r(parent)
                for row in server.execute(select(read).where(read.c.id.in_(sorted(ids))))\
                        .mappings():
                    self._apply_remote(conn, parent, dict(row), result=result)
                    found += 1
            if not found:
                for child, rowid in orphans:
                    log.warning("dropping %s row %s: its parent is not visible", child, rowid)
                    conn.exec_driver_sql(f'DELETE FROM "{child}" WHERE rowid = ?', (rowid,))

    # ------------------------------------------------------------------ verify / repair

    def _server_sums(self, conn: Connection, table: str, cursor: int) -> tuple[int, int]:
        rel = self._r(table).name
        if self.backend == "postgresql":
            expr = "('x' || substr(md5(id || hlc), 1, 8))::bit(32)::bigint"
        else:
            expr = "CAST(CONV(SUBSTR(MD5(CONCAT(id, hlc)), 1, 8), 16, 10) AS UNSIGNED)"
        count, total = conn.execute(
            text(f"SELECT count(*), coalesce(sum({expr}), 0) FROM {rel} "
                 "WHERE server_seq <= :cursor"), {"cursor": cursor}).one()
        return int(count), int(total)

    def verify_and_repair(self, result: SyncResult) -> list[str]:
        """Compare count and checksum per table; a mismatch is repaired by a full pull."""
        mismatched: list[str] = []
        with self.server.connect() as server:
            server = self._snapshot(server)
            with server.begin():
                with self._local_session() as session:
                    conn = session.connection()
                    cursor = int(_get_state(session, CURSOR_KEY) or 0)
                    for table in SYNCED_TABLES:
                        local = self._local(table)
                        if conn.execute(select(local.c.id).where(local.c.dirty.is_(True))
                                        .limit(1)).first():
                            continue  # edited meanwhile: checked after the next push
                        pairs = conn.execute(select(local.c.id, local.c.hlc)).all()
                        if row_checksum((r[0], r[1]) for r in pairs) != self._server_sums(
                                server, table, cursor):
                            mismatched.append(table)
                    session.rollback()
                if mismatched:
                    self._repair(server, mismatched, cursor, result)
        result.repaired.extend(mismatched)
        return mismatched

    def _repair(self, server: Connection, tables: list[str], cursor: int,
                result: SyncResult) -> None:
        with self._local_session() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in reversed(SYNCED_TABLES):
                if table not in tables:
                    continue
                read, local = self._r(table), self._local(table)
                theirs = dict(server.execute(select(read.c.id, read.c.hlc).where(
                    read.c.server_seq <= cursor)).tuples().all())
                mine = {r[0]: (r[1], r[2]) for r in conn.execute(
                    select(local.c.id, local.c.hlc, local.c.dirty))}
                gone = [i for i, (_h, dirty) in mine.items() if i not in theirs and not dirty]
                if table == "client":
                    self._touched.update(gone)
                elif table == "contact" and gone:
                    for start in range(0, len(gone), CHUNK):
                        self._touched.update(str(c) for c in conn.execute(
                            select(local.c.client_id).where(
                                local.c.id.in_(gone[start:start + CHUNK]))).scalars() if c)
                for start in range(0, len(gone), CHUNK):
                    conn.execute(local.delete().where(local.c.id.in_(gone[start:start + CHUNK])))
                result.removed += len(gone)
                fetch = [i for i, h in theirs.items() if i not in mine or mine[i][0] != h]
                for start in range(0, len(fetch), CHUNK):
                    rows = server.execute(select(read).where(
                        read.c.id.in_(fetch[start:start + CHUNK]))).mappings()
                    for row in rows:
                        self._apply_remote(conn, table, dict(row), result=result)
                        result.pulled += 1
                log.info("sync repair of %s: %d removed, %d fetched", table, len(gone),
                         len(fetch))
            self._fetch_missing_parents(server, conn, result)
            self._reindex_touched(conn)
            session.commit()


@dataclass
class _PushOutcome:
    """What the server made of a push: rows to bring back here, refusals, losing values."""

    pushed: int = 0
    stored: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    refused: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    losers: list[tuple[str, dict[str, Any], Loser]] = field(default_factory=list)


class _Refused(Exception):
    """The server took fewer rows than it was given (not the person's to change)."""


def _is_connection_error(exc: DBAPIError) -> bool:
    return bool(exc.connection_invalidated)


def _clamped(stamp: str, server_ms: int) -> tuple[str, int]:
    try:
        parsed = Timestamp.parse(stamp)
    except ValueError:
        return stamp, 0
    clamped = HybridClock.clamp(parsed, server_ms, MAX_SKEW_MS)
    if clamped == parsed:
        return stamp, 0
    return clamped.encode(), parsed.wall_ms - server_ms


def _insert_many(conn: Connection, local: Table, rows: list[dict[str, Any]]) -> None:
    """Insert server rows into the local file: through the driver when every row carries
    every column (a first pull inserts the whole office), else through SQLAlchemy."""
    names = [c.name for c in local.columns]
    if any(n not in rows[0] for n in names):
        conn.execute(local.insert(), rows)
        return
    dialect = conn.dialect
    makers = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in local.columns]
    listed = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    conn.exec_driver_sql(
        f'INSERT INTO "{local.name}" ({listed}) VALUES ({marks})',
        [tuple(make(row[n]) if make is not None else row[n]
               for n, make in zip(names, makers, strict=True)) for row in rows])


def _entered(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The values a person typed into a new record (not the bookkeeping, not secrets)."""
    hidden = HIDDEN_COLUMNS.get(table, frozenset())
    return {k: v for k, v in row.items()
            if k not in ROW_COLUMNS and k not in hidden and k != "deleted"
            and v not in (None, "", [], {})}


def _has_newer(mine: dict[str, Any], remote: dict[str, Any]) -> bool:
    theirs = remote.get("field_hlc") or {}
    return any(v > theirs.get(k, "") for k, v in (mine.get("field_hlc") or {}).items())


def _get_state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None else None


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
    session.flush()
