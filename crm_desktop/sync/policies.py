"""Who sees what, enforced by the server (DESIGN.md, Sync and Data model).

PostgreSQL: every synced table has row-level security enabled and forced, with
a read policy (USING) and write policies (WITH CHECK) for the group role that
every person's login role belongs to. Tables belong to a role nobody logs in as.

MariaDB has no row-level security: staff accounts have no grant on the base
tables at all; they read through ``crm_r_<table>`` views and write through
``crm_w_<table>`` views ``WITH CASCADED CHECK OPTION``, both filtering by the
connected account (``USER()``) and running with the definer's rights.

The same predicates serve both; only the names of the relations differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from crm_desktop.sync.schema import (
    ACCOUNT_TABLE,
    ADMIN_TABLES,
    APPEND_ONLY_TABLES,
    CLIENT_CHILD_TABLES,
    COUNTER_TABLE,
    SERVER_METADATA,
    SYNCED_TABLES,
    TARGETED_TABLES,
    VERSION_TABLE,
)

#: Columns nobody but the server's owner may read back.
HIDDEN_COLUMNS: dict[str, frozenset[str]] = {"app_user": frozenset({"password_hash"})}
#: Records whose rows decide who may see the comments and history attached to them.
TARGETABLE = ("client", *CLIENT_CHILD_TABLES, "task", "comment")


def owner_role(prefix: str) -> str:
    return f"{prefix}_owner"


def member_role(prefix: str) -> str:
    return f"{prefix}_member"


def account_name(database: str, login: str) -> str:
    """The server account of a person: the company database's name, then their sign-in name."""
    return f"{database}_{login.strip().lower()}"


def read_relation(backend: str, table: str) -> str:
    return f"crm_r_{table}" if backend == "mariadb" else table


def write_relation(backend: str, table: str) -> str:
    return f"crm_w_{table}" if backend == "mariadb" else table


def _call(rel: Callable[[str], str], fn: str) -> str:
    """PostgreSQL evaluates ``(SELECT f())`` once per query; MariaDB views must call f()."""
    return f"{fn}()" if rel("client") != "client" else f"(SELECT {fn}())"


def _client_visible(t: str, rel: Callable[[str], str]) -> str:
    scope, uid, dept = (_call(rel, f) for f in ("crm_client_scope", "crm_user_id",
                                                "crm_user_dept"))
    return (
        f"({scope} IN ('all', 'company')"
        f" OR {t}.owner_id = {uid}"
        f" OR ({scope} = 'department'"
        f" AND {t}.department_id = {dept}))"
    )


def _exists(rel: Callable[[str], str], table: str, column: str) -> str:
    return f"EXISTS (SELECT 1 FROM {rel(table)} x_{table} WHERE x_{table}.id = {column})"


def read_predicate(table: str, rel: Callable[[str], str]) -> str:
    t = table
    if table == "client":
        return _client_visible(t, rel)
    if table in CLIENT_CHILD_TABLES:
        return _exists(rel, "client", f"{t}.client_id")
    if table == "task":
        return (
            f"(CASE WHEN {t}.client_id IS NULL THEN ({_call(rel, 'crm_is_admin')}"
            f" OR {t}.assignee_id = {_call(rel, 'crm_user_id')})"
            f" ELSE {_exists(rel, 'client', f'{t}.client_id')} END)"
        )
    if table in TARGETED_TABLES:
        kind, target = TARGETED_TABLES[table]
        arms = " ".join(
            f"WHEN {t}.{kind} = '{other}' THEN {_exists(rel, other, f'{t}.{target}')}"
            for other in TARGETABLE
            if other != table
        )
        return f"(CASE {arms} ELSE TRUE END)"
    return "TRUE"


def write_predicate(table: str, rel: Callable[[str], str]) -> str:
    if table in ADMIN_TABLES:
        return _call(rel, "crm_is_admin")
    if table == "contact_key":
        return _exists(rel, "client", "contact_key.client_id")
    return read_predicate(table, rel)


# --------------------------------------------------------------------------- PostgreSQL

PG_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION crm_user_id() RETURNS varchar LANGUAGE sql STABLE AS
$$ SELECT user_id FROM crm_account WHERE account = session_user $$;

CREATE OR REPLACE FUNCTION crm_user_role() RETURNS varchar LANGUAGE sql STABLE AS
$$ SELECT role FROM app_user WHERE id = crm_user_id() AND NOT deleted AND active $$;

CREATE OR REPLACE FUNCTION crm_is_admin() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(crm_user_role() = 'admin', false) $$;

CREATE OR REPLACE FUNCTION crm_user_dept() RETURNS varchar LANGUAGE sql STABLE AS
$$ SELECT department_id FROM app_user WHERE id = crm_user_id() $$;

CREATE OR REPLACE FUNCTION crm_client_scope() RETURNS varchar LANGUAGE sql STABLE AS
$$ SELECT CASE crm_user_role()
     WHEN 'admin' THEN 'all'
     WHEN 'manager' THEN 'department'
     WHEN 'staff' THEN coalesce((SELECT value FROM company_setting
                                 WHERE key = 'staff_view' AND NOT deleted
                                   AND value IN ('own', 'department', 'company') LIMIT 1), 'own')
     ELSE 'none' END $$;

CREATE OR REPLACE FUNCTION crm_create_account(p_user_id varchar, p_password text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_login text;
  v_account text;
BEGIN
  IF crm_user_id() IS NOT NULL AND NOT crm_is_admin() THEN
    RAISE EXCEPTION 'only an administrator can add people' USING ERRCODE = '42501';
  END IF;
  SELECT login INTO v_login FROM app_user WHERE id = p_user_id AND NOT deleted;
  IF v_login IS NULL THEN
    RAISE EXCEPTION 'no such person on the server' USING ERRCODE = 'P0002';
  END IF;
  v_account := current_database() || '_' || lower(v_login);
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_account) THEN
    EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', v_account, p_password);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_account, p_password);
  END IF;
  EXECUTE format('GRANT %I TO %I', current_database() || '_member', v_account);
  INSERT INTO crm_account (account, user_id) VALUES (v_account, p_user_id)
    ON CONFLICT (account) DO UPDATE SET user_id = EXCLUDED.user_id;
  RETURN v_account;
END $$;

CREATE OR REPLACE FUNCTION crm_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('crm_sync', NEW.value::text);
  RETURN NEW;
END $$;
"""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def postgresql_statements(prefix: str) -> Iterable[str]:
    owner, member = _q(owner_role(prefix)), _q(member_role(prefix))
    for role in (owner, member):
        name = role.strip('"')
        yield (
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    yield f"GRANT {owner} TO CURRENT_USER"
    yield PG_FUNCTIONS
    yield ("DROP TRIGGER IF EXISTS crm_sync_notify ON sync_counter")
    yield ("CREATE TRIGGER crm_sync_notify AFTER UPDATE ON sync_counter "
           "FOR EACH ROW EXECUTE FUNCTION crm_notify_change()")
    yield "REVOKE ALL ON FUNCTION crm_create_account(varchar, text) FROM PUBLIC"
    yield f"GRANT EXECUTE ON FUNCTION crm_create_account(varchar, text) TO {member}"
    rel = lambda t: t  # noqa: E731 - PostgreSQL reads the base tables, RLS filters them
    for table in SYNCED_TABLES:
        yield f"ALTER TABLE {table} OWNER TO {owner}"
        yield f"REVOKE ALL ON {table} FROM PUBLIC"
        hidden = HIDDEN_COLUMNS.get(table, frozenset())
        if hidden:
            cols = ", ".join(c.name for c in SERVER_METADATA.tables[table].columns
                             if c.name not in hidden)
            yield f"GRANT SELECT ({cols}) ON {table} TO {member}"
        else:
            yield f"GRANT SELECT ON {table} TO {member}"
        if table in APPEND_ONLY_TABLES:
            yield f"GRANT INSERT ON {table} TO {member}"
        else:
            yield f"GRANT INSERT, UPDATE ON {table} TO {member}"
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
        for policy in ("crm_read", "crm_insert", "crm_update"):
            yield f"DROP POLICY IF EXISTS {policy} ON {table}"
        read, write = read_predicate(table, rel), write_predicate(table, rel)
        yield f"CREATE POLICY crm_read ON {table} FOR SELECT TO {member} USING ({read})"
        yield f"CREATE POLICY crm_insert ON {table} FOR INSERT TO {member} WITH CHECK ({write})"
        if table not in APPEND_ONLY_TABLES:
            yield (f"CREATE POLICY crm_update ON {table} FOR UPDATE TO {member} "
                   f"USING ({write}) WITH CHECK ({write})")
    for table in (COUNTER_TABLE, ACCOUNT_TABLE, VERSION_TABLE):
        yield f"ALTER TABLE {table} OWNER TO {owner}"
        yield f"REVOKE ALL ON {table} FROM PUBLIC"
        yield f"GRANT SELECT ON {table} TO {member}"
    yield f"GRANT UPDATE ON {COUNTER_TABLE} TO {member}"


# --------------------------------------------------------------------------- MariaDB

MARIADB_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION crm_user_id() RETURNS VARCHAR(36)
READS SQL DATA SQL SECURITY DEFINER
RETURN (SELECT user_id FROM crm_account WHERE account = SUBSTRING_INDEX(USER(), '@', 1))""",
    """CREATE OR REPLACE FUNCTION crm_user_role() RETURNS VARCHAR(16)
READS SQL DATA SQL SECURITY DEFINER
RETURN (SELECT role FROM app_user WHERE id = crm_user_id() AND NOT deleted AND active)""",
    """CREATE OR REPLACE FUNCTION crm_is_admin() RETURNS BOOLEAN
READS SQL DATA SQL SECURITY DEFINER
RETURN COALESCE(crm_user_role() = 'admin', FALSE)""",
    """CREATE OR REPLACE FUNCTION crm_user_dept() RETURNS VARCHAR(36)
READS SQL DATA SQL SECURITY DEFINER
RETURN (SELECT department_id FROM app_user WHERE id = crm_user_id())""",
    """CREATE OR REPLACE FUNCTION crm_client_scope() RETURNS VARCHAR(16)
READS SQL DATA SQL SECURITY DEFINER
RETURN (SELECT CASE crm_user_role()
   WHEN 'admin' THEN 'all'
   WHEN 'manager' THEN 'department'
   WHEN 'staff' THEN COALESCE((SELECT value FROM company_setting
                               WHERE `key` = 'staff_view' AND NOT deleted
                                 AND value IN ('own', 'department', 'company') LIMIT 1), 'own')
   ELSE 'none' END)""",
)


def _mariadb_account_procedure(member: str) -> str:
    return f"""CREATE OR REPLACE PROCEDURE crm_create_account(IN p_user_id VARCHAR(36),
                                                    IN p_password VARCHAR(255))
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_login VARCHAR(80);
  DECLARE v_account VARCHAR(128);
  IF crm_user_id() IS NOT NULL AND NOT crm_is_admin() THEN
    SIGNAL SQLSTATE '42000' SET MESSAGE_TEXT = 'only an administrator can add people';
  END IF;
  SELECT login INTO v_login FROM app_user WHERE id = p_user_id AND NOT deleted;
  IF v_login IS NULL THEN
    SIGNAL SQLSTATE '02000' SET MESSAGE_TEXT = 'no such person on the server';
  END IF;
  SET v_account = CONCAT(DATABASE(), '_', LOWER(v_login));
  SET @crm_sql = CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(v_account), '@''%'' IDENTIFIED BY ',
                        QUOTE(p_password));
  PREPARE stmt FROM @crm_sql; EXECUTE stmt; DEALLOCATE PREPARE stmt;
  SET @crm_sql = CONCAT('ALTER USER ', QUOTE(v_account), '@''%'' IDENTIFIED BY ',
                        QUOTE(p_password));
  PREPARE stmt FROM @crm_sql; EXECUTE stmt; DEALLOCATE PREPARE stmt;
  SET @crm_sql = CONCAT('GRANT `{member}` TO ', QUOTE(v_account), '@''%''');
  PREPARE stmt FROM @crm_sql; EXECUTE stmt; DEALLOCATE PREPARE stmt;
  SET @crm_sql = CONCAT('SET DEFAULT ROLE `{member}` FOR ', QUOTE(v_account), '@''%''');
  PREPARE stmt FROM @crm_sql; EXECUTE stmt; DEALLOCATE PREPARE stmt;
  INSERT INTO crm_account (account, user_id) VALUES (v_account, p_user_id)
    ON DUPLICATE KEY UPDATE user_id = VALUES(user_id);
  SELECT v_account AS account;
END"""


def mariadb_statements(prefix: str) -> Iterable[str]:
    member = member_role(prefix)
    yield f"CREATE ROLE IF NOT EXISTS `{member}`"
    yield from MARIADB_FUNCTIONS
    yield _mariadb_account_procedure(member)
    rel = lambda t: read_relation("mariadb", t)  # noqa: E731
    # Views that look into other views come after them.
    ordered = [t for t in SYNCED_TABLES if t not in TARGETED_TABLES] + list(TARGETED_TABLES)
    for table in ordered:
        hidden = HIDDEN_COLUMNS.get(table, frozenset())
        all_cols = [c.name for c in SERVER_METADATA.tables[table].columns]
        read_cols = ", ".join(f"`{c}`" for c in all_cols if c not in hidden)
        yield (f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW crm_r_{table} AS "
               f"SELECT {read_cols} FROM {table} WHERE {read_predicate(table, rel)}")
        if table == "app_user":
            # A view may not filter on a function that reads its own table, so the people
            # table is guarded by triggers instead: only an administrator writes it.
            yield ("CREATE OR REPLACE SQL SECURITY DEFINER VIEW crm_w_app_user AS "
                   "SELECT * FROM app_user")
            for when in ("INSERT", "UPDATE"):
                yield (f"CREATE OR REPLACE TRIGGER crm_app_user_{when.lower()} BEFORE {when} "
                       "ON app_user FOR EACH ROW BEGIN "
                       "IF crm_user_id() IS NOT NULL AND NOT crm_is_admin() THEN "
                       "SIGNAL SQLSTATE '42000' SET MESSAGE_TEXT = "
                       "'only an administrator can change people'; END IF; END")
        else:
            yield (f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW crm_w_{table} AS "
                   f"SELECT * FROM {table} WHERE {write_predicate(table, rel)} "
                   "WITH CASCADED CHECK OPTION")
        yield f"GRANT SELECT ON crm_r_{table} TO `{member}`"
        rights = "SELECT, INSERT" if table in APPEND_ONLY_TABLES else "SELECT, INSERT, UPDATE"
        yield f"GRANT {rights} ON crm_w_{table} TO `{member}`"
    yield f"GRANT SELECT, UPDATE ON {COUNTER_TABLE} TO `{member}`"
    yield f"GRANT SELECT ON {VERSION_TABLE} TO `{member}`"
    yield f"GRANT EXECUTE ON PROCEDURE crm_create_account TO `{member}`"


def statements(backend: str, prefix: str) -> Iterable[str]:
    return postgresql_statements(prefix) if backend == "postgresql" else mariadb_statements(prefix)
