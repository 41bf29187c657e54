"""PostgreSQL: the push as one server-side call (DESIGN.md, Sync; issue 7's "one round trip").

The PC has the statements planned (``crm_push_prepare``) and copies its dirty rows into
temporary tables (``crm_in_<table>``, by ``COPY``) before it takes any lock, then calls
``crm_push(tables)`` once. That function locks the single
``sync_counter`` row, merges every staged row field by field in set-based statements (the
newer ``field_hlc`` stamp wins; ``deleted`` is a field like any other), numbers each
accepted change from the counter, moves the counter and returns one line per staged row:

``new``      the server had no such row and took it as it was;
``taken``    the server row is now exactly what was pushed (or already was: a replay);
``merged``   the server row differs from what was pushed (a newer change from elsewhere
             won a field): ``merged`` carries the server's row, ``prior`` what it held
             before, so the PC can name the conflicts;
``refused``  row-level security or a constraint would not take the row.

Row-level security checks every statement as usual (the functions run with the caller's
rights). When a set-based statement fails, that table's rows are tried one by one, each in
its own subtransaction, so only the rows at fault are refused.

Columns the caller may not read (``HIDDEN_COLUMNS``) are never read: they are written on
their own, and only where the pushed stamp is newer.
"""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.store.base import SYSTEM_COLUMNS
from crm_desktop.sync.policies import HIDDEN_COLUMNS
from crm_desktop.sync.schema import APPEND_ONLY_TABLES, SERVER_METADATA, SYNCED_TABLES

STAGE_PREFIX = "crm_in_"
RESULTS = "crm_out"
#: errors that end the whole push rather than refuse a row (connection, cancel, deadlock)
_RETHROW = "SQLSTATE LIKE '40%' OR SQLSTATE LIKE '57%' OR SQLSTATE LIKE '08%'"


def stage_table(table: str) -> str:
    return f"{STAGE_PREFIX}{table}"


def _columns(table: str) -> list[str]:
    return [c.name for c in SERVER_METADATA.tables[table].columns]


def _stamp(side: str, name: str) -> str:
    return f"coalesce({side}.field_hlc::jsonb ->> '{name}', '')"


def _q(name: str) -> str:
    return '"' + name + '"'


def _newer_any(newer: str, older: str) -> str:
    """True if some field stamp on ``newer`` is later than the same field's on ``older``."""
    return (f"EXISTS (SELECT 1 FROM json_each_text({newer}.field_hlc) AS x(k, v) "
            f"WHERE x.v > coalesce({older}.field_hlc::jsonb ->> x.k, ''))")


def _json_object(pairs: Iterable[tuple[str, str]]) -> str:
    args = ", ".join(f"'{name}', {expr}" for name, expr in pairs)
    return f"jsonb_build_object({args})"


def _new_rows(table: str, where: str) -> str:
    cols = _columns(table)
    values = ", ".join("f.new_seq" if c == "server_seq" else f"f.{_q(c)}" for c in cols)
    return f"""
  WITH f AS (
    SELECT i.*, p_seq + row_number() OVER (ORDER BY i.id) AS new_seq
      FROM {stage_table(table)} AS i
     WHERE {where} AND NOT EXISTS (SELECT 1 FROM {table} AS e WHERE e.id = i.id)
  ), ins AS (
    INSERT INTO {table} ({", ".join(_q(c) for c in cols)}) SELECT {values} FROM f
  )
  INSERT INTO {RESULTS} (tbl, id, kind, seq) SELECT '{table}', f.id, 'new', f.new_seq FROM f;
  GET DIAGNOSTICS n = ROW_COUNT;
  p_seq := p_seq + n;"""


def _append_only_existing(table: str, where: str) -> str:
    """Rows the server already holds stay as they are; if the pushed copy is stamped
    differently (a clock cut back again after a push whose answer was lost), the PC is
    given the server's row."""
    hidden = HIDDEN_COLUMNS.get(table, frozenset())
    server_row = _json_object((c, f"e.{_q(c)}") for c in _columns(table) if c not in hidden)
    return f"""
  INSERT INTO {RESULTS} (tbl, id, kind, seq, merged)
  SELECT '{table}', e.id, CASE WHEN e.hlc = i.hlc THEN 'taken' ELSE 'merged' END,
         e.server_seq, CASE WHEN e.hlc = i.hlc THEN NULL ELSE {server_row} END
    FROM {stage_table(table)} AS i JOIN {table} AS e ON e.id = i.id
   WHERE {where};"""


def _hidden_updates(table: str, where: str) -> str:
    return "".join(f"""
  UPDATE {table} AS w SET {_q(h)} = i.{_q(h)}
    FROM {stage_table(table)} AS i
   WHERE w.id = i.id AND {where} AND {_stamp("i", h)} > {_stamp("w", h)};"""
                   for h in sorted(HIDDEN_COLUMNS.get(table, frozenset())))


def _merged_rows(table: str, where: str) -> str:
    hidden = HIDDEN_COLUMNS.get(table, frozenset())
    visible = [c for c in _columns(table) if c not in hidden]
    data = [c for c in visible if c not in SYSTEM_COLUMNS]
    later = "(m.changed AND m.i_hlc > m.e_hlc)"
    picked = ",\n           ".join(
        f"CASE WHEN {_stamp('i', c)} > {_stamp('e', c)} THEN i.{_q(c)} ELSE e.{_q(c)} END "
        f"AS {_q(c)}" for c in data)
    final = {c: f"n.{_q(c)}" for c in data}
    final |= {
        "id": "n.id", "created_at": "n.created_at", "created_by": "n.created_by",
        "updated_at": "n.new_updated_at", "updated_by": "n.new_updated_by",
        "hlc": "n.new_hlc", "field_hlc": "n.merged_hlc", "server_seq": "n.new_seq",
    }
    assigned = ",\n         ".join(
        f"{_q(c)} = {final[c]}" for c in visible if c != "id")
    merged = _json_object((c, final[c]) for c in visible)
    prior = _json_object((c, f"n.prior_{c}") for c in visible)
    prior_cols = ", ".join(f"e.{_q(c)} AS prior_{c}" for c in visible)
    return f"""
  WITH m AS (
    SELECT i.id, e.created_at, e.created_by, e.server_seq AS cur_seq,
           i.server_seq AS base_seq, i.hlc AS i_hlc, e.hlc AS e_hlc,
           i.updated_at AS i_updated_at, e.updated_at AS e_updated_at,
           i.updated_by AS i_updated_by, e.updated_by AS e_updated_by,
           {picked},
           coalesce(e.field_hlc::jsonb, '{{}}'::jsonb) || coalesce((
             SELECT jsonb_object_agg(x.k, x.v) FROM json_each_text(i.field_hlc) AS x(k, v)
              WHERE x.v > coalesce(e.field_hlc::jsonb ->> x.k, '')), '{{}}'::jsonb)
             AS merged_hlc,
           {_newer_any("i", "e")} AS changed,
           {_newer_any("e", "i")} AS server_newer,
           {prior_cols}
      FROM {stage_table(table)} AS i JOIN {table} AS e ON e.id = i.id
     WHERE {where}
  ), n AS (
    SELECT m.*,
           CASE WHEN m.changed
                THEN p_seq + row_number() OVER (PARTITION BY m.changed ORDER BY m.id)
                ELSE m.cur_seq END AS new_seq,
           CASE WHEN {later} THEN m.i_hlc ELSE m.e_hlc END AS new_hlc,
           CASE WHEN {later} THEN m.i_updated_at ELSE m.e_updated_at END AS new_updated_at,
           CASE WHEN {later} THEN m.i_updated_by ELSE m.e_updated_by END AS new_updated_by,
           -- the server's row ends exactly as pushed: nothing newer there, and its own
           -- stamp either the pushed one or overtaken by this change
           (NOT m.server_newer AND (m.e_hlc = m.i_hlc OR (m.e_hlc < m.i_hlc AND m.changed)))
             AS as_is
      FROM m
  ), upd AS (
    UPDATE {table} AS w SET
         {assigned.replace("n.merged_hlc", "n.merged_hlc::json")}
      FROM n WHERE w.id = n.id AND n.changed
    RETURNING w.id
  )
  INSERT INTO {RESULTS} (tbl, id, kind, seq, merged, prior)
  SELECT '{table}', n.id,
         CASE WHEN n.changed AND u.id IS NULL THEN 'refused'
              WHEN n.as_is THEN 'taken' ELSE 'merged' END,
         n.new_seq,
         CASE WHEN NOT n.as_is THEN {merged} END,
         CASE WHEN NOT n.as_is OR n.cur_seq > coalesce(n.base_seq, n.cur_seq)
              THEN {prior} END
    FROM n LEFT JOIN upd AS u ON u.id = n.id;
  SELECT p_seq + count(*) INTO p_seq FROM {RESULTS} WHERE tbl = '{table}' AND seq > p_seq;"""


def _rows_function(table: str, name: str, args: str, where: str) -> str:
    # rows the server holds first, then the new ones (else these would be merged again)
    if table in APPEND_ONLY_TABLES:
        body = _append_only_existing(table, where)
    else:
        body = _hidden_updates(table, where) + _merged_rows(table, where)
    body += _new_rows(table, where)
    return f"""CREATE OR REPLACE FUNCTION {name}({args}) RETURNS bigint
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE n bigint;
BEGIN{body}
  RETURN p_seq;
END $fn$"""


def table_functions(table: str) -> list[str]:
    """The three functions of one table: all its staged rows, one row, and the guard that
    falls back from the first to the second when a statement is refused."""
    every, one = f"crm_push_all_{table}", f"crm_push_one_{table}"
    guard = f"""CREATE OR REPLACE FUNCTION crm_push_{table}(p_seq bigint) RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE r record;
BEGIN
  BEGIN
    RETURN {every}(p_seq);
  EXCEPTION WHEN OTHERS THEN
    IF {_RETHROW} THEN RAISE; END IF;
  END;
  FOR r IN SELECT i.id FROM {stage_table(table)} AS i ORDER BY i.id LOOP
    BEGIN
      p_seq := {one}(p_seq, r.id);
    EXCEPTION WHEN OTHERS THEN
      IF {_RETHROW} THEN RAISE; END IF;
      INSERT INTO {RESULTS} (tbl, id, kind) VALUES ('{table}', r.id, 'refused');
    END;
  END LOOP;
  RETURN p_seq;
END $fn$"""
    return [
        _rows_function(table, every, "p_seq bigint", "TRUE"),
        _rows_function(table, one, "p_seq bigint, p_id varchar", "i.id = p_id"),
        guard,
    ]


def push_function() -> str:
    arms = "\n".join(f"      WHEN '{t}' THEN v_seq := crm_push_{t}(v_seq);"
                     for t in SYNCED_TABLES)
    return f"""CREATE OR REPLACE FUNCTION crm_push(p_tables text[])
RETURNS TABLE (r_table text, r_id varchar, r_kind text, r_seq bigint, r_merged text,
               r_prior text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_start bigint;
  v_seq bigint;
  t text;
BEGIN
  SELECT c.value INTO v_start FROM sync_counter AS c WHERE c.id = 1 FOR UPDATE;
  v_seq := v_start;
  FOREACH t IN ARRAY p_tables LOOP
    CASE t
{arms}
    END CASE;
  END LOOP;
  IF v_seq <> v_start THEN
    UPDATE sync_counter AS c SET value = v_seq WHERE c.id = 1;
  END IF;
  RETURN QUERY SELECT 'sync_counter'::text, v_start::varchar, 'counter'::text, v_seq,
                      NULL::text, NULL::text;
  RETURN QUERY SELECT o.tbl, o.id, o.kind, o.seq, o.merged::text, o.prior::text
                 FROM {RESULTS} AS o;
END $fn$"""


def prepare_function() -> str:
    """Plans the set-based statements on empty staging tables, before any lock is taken.

    Row-level security makes some statements slow to plan (the policies of the tables that
    point at any record unfold into many sub-plans): planned here, kept as generic plans
    (``plan_cache_mode``), they are only run while the counter is locked."""
    arms = "\n".join(f"      WHEN '{t}' THEN PERFORM crm_push_all_{t}(0);"
                     for t in SYNCED_TABLES)
    return f"""CREATE OR REPLACE FUNCTION crm_push_prepare(p_tables text[]) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY p_tables LOOP
    CASE t
{arms}
    END CASE;
  END LOOP;
END $fn$"""


def postgresql_statements() -> list[str]:
    statements: list[str] = []
    for table in SYNCED_TABLES:
        statements.extend(table_functions(table))
    statements.append(push_function())
    statements.append(prepare_function())
    return statements


def results_table_sql() -> str:
    return (f"CREATE TEMPORARY TABLE IF NOT EXISTS {RESULTS} (tbl text NOT NULL, "
            "id varchar(36) NOT NULL, kind text NOT NULL, seq bigint, merged jsonb, "
            "prior jsonb) ON COMMIT DELETE ROWS")
