"""The company server: connecting, its schema version, creating and upgrading it, accounts.

A client refuses to sync with a server whose schema is newer than it knows, and
tells an administrator when the server is older (DESIGN.md, Data model).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from crm_desktop.sync.policies import account_name
from crm_desktop.sync.schema import VERSION_TABLE

MIGRATIONS_DIR = Path(__file__).with_name("server_migrations")


class SyncError(Exception):
    """A sync problem told to the person in plain words; ``code`` is for scripts."""

    def __init__(self, message: str, code: str = "sync_failed") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class ServerTooNew(SyncError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            "The office server was set up by a newer CRM Desktop. Please update CRM Desktop "
            "on this computer; until then your work stays safe on this PC.",
            "server_too_new",
        )
        self.revision = revision


class ServerTooOld(SyncError):
    def __init__(self, revision: str | None) -> None:
        super().__init__(
            "The office server's database is older than this CRM Desktop. An administrator "
            "needs to upgrade it (crm-desktop server upgrade URL); until then your work stays "
            "safe on this PC.",
            "server_too_old",
        )
        self.revision = revision


class NotAServer(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "That database is not set up as a CRM Desktop company server yet. An administrator "
            "can set it up with: crm-desktop server init URL",
            "server_not_initialised",
        )


def backend_of(engine: Engine | Connection) -> str:
    name = engine.dialect.name
    if name == "postgresql":
        return "postgresql"
    if name in ("mysql", "mariadb"):
        return "mariadb"
    raise SyncError(f"CRM Desktop cannot use a {name} server; use PostgreSQL or MariaDB.",
                    "unsupported_server")


def parse_url(url: str | URL) -> URL:
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception as exc:
        raise SyncError(f"That server address is not understood: {exc}", "bad_url") from exc
    if parsed.get_backend_name() not in ("postgresql", "mysql", "mariadb"):
        raise SyncError("The server address must start with postgresql+psycopg:// or "
                        "mysql+pymysql://.", "bad_url")
    return parsed


def connect_engine(url: URL, **kwargs: object) -> Engine:
    args: dict[str, object] = {}
    if url.get_backend_name() == "postgresql":
        args = {"connect_timeout": 10}
    else:
        from pymysql.constants import CLIENT

        # a push is one multi-statement batch (sync/mariadb_batch.py); FOUND_ROWS is what
        # SQLAlchemy would set on its own (rows matched, not rows changed)
        args = {"connect_timeout": 10, "charset": "utf8mb4",
                "client_flag": CLIENT.MULTI_STATEMENTS | CLIENT.FOUND_ROWS}
    return create_engine(url, pool_pre_ping=True, connect_args=args, **kwargs)


def without_credentials(url: URL) -> URL:
    """The address with no name or password in it (``URL.set`` cannot clear them)."""
    return url._replace(username=None, password=None)


def person_url(url: URL, login: str, password: str | None = None) -> URL:
    """The server address as one person signs in to it (their own account)."""
    return url._replace(username=account_name(url.database or "", login), password=password)


def alembic_config(url: URL) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url",
                        url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(make_url("sqlite://"))).get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(make_url("sqlite://")))
    return [r.revision for r in script.walk_revisions()]


def server_revision(conn: Connection) -> str | None:
    ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    try:
        return ctx.get_current_revision()
    except DBAPIError:
        return None


def check_compatible(conn: Connection) -> str:
    """Raise the plain-words error unless the server's schema is exactly the one we know."""
    revision = server_revision(conn)
    if revision is None:
        raise NotAServer()
    if revision not in known_revisions():
        raise ServerTooNew(revision)
    if revision != head_revision():
        raise ServerTooOld(revision)
    return revision


def upgrade_server(url: str | URL, revision: str = "head") -> tuple[str | None, str]:
    """Create (on an empty database) or upgrade the company schema; returns (before, after)."""
    parsed = parse_url(url)
    engine = connect_engine(parsed)
    try:
        with engine.connect() as conn:
            before = server_revision(conn)
            conn.rollback()
        if before is not None and before not in known_revisions():
            raise ServerTooNew(before)
        cfg = alembic_config(parsed)
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        with engine.connect() as conn:
            after = server_revision(conn)
        return before, after or ""
    finally:
        engine.dispose()


def init_server(url: str | URL) -> str:
    parsed = parse_url(url)
    engine = connect_engine(parsed)
    try:
        with engine.connect() as conn:
            if server_revision(conn) is not None:
                raise SyncError("That database already holds a CRM Desktop company; to bring it "
                                "up to date use: crm-desktop server upgrade URL",
                                "server_exists")
    finally:
        engine.dispose()
    return upgrade_server(parsed)[1]


def create_account(conn: Connection, user_id: str, password: str) -> str:
    """Create (or reset the password of) a person's own server account; returns its name."""
    if not password:
        raise SyncError("A server account needs a password.", "password_required")
    if backend_of(conn) == "postgresql":
        value = conn.execute(text("SELECT crm_create_account(:u, :p)"),
                             {"u": user_id, "p": password}).scalar()
    else:
        value = conn.execute(text("CALL crm_create_account(:u, :p)"),
                             {"u": user_id, "p": password}).scalar()
    return str(value)


__all__ = ["check_compatible", "create_account", "init_server", "person_url", "upgrade_server",
           "without_credentials"]
