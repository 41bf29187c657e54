"""Sharing with the office: where the server is, who signs in to it, and one sync now.

The server address is kept in this PC's file without any password; the
password lives in the operating system's keyring (DESIGN.md, Sync).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.users import UserInfo, add_user, find_user, hash_password
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.local import LocalState
from crm_desktop.store.models import User
from crm_desktop.sync.conflicts import count_open
from crm_desktop.sync.engine import LAST_OK_KEY, Cancelled, Progress, SyncEngine, SyncResult
from crm_desktop.sync.server import (
    SyncError as SyncError,
)
from crm_desktop.sync.server import (
    connect_engine,
    create_account,
    parse_url,
    person_url,
    without_credentials,
)

log = logging.getLogger(__name__)

KEYRING_SERVICE = "crm-desktop"
URL_KEY = "sync.server_url"
LOGIN_KEY = "sync.login"


@dataclass(frozen=True)
class ServerSettings:
    url: str
    login: str


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    last_ok: datetime | None
    waiting: int
    conflicts: int


def _state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None and row.value else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


def server_settings(ws: Workspace) -> ServerSettings | None:
    with ws.session() as session:
        url, login = _state(session, URL_KEY), _state(session, LOGIN_KEY)
    return ServerSettings(url, login) if url and login else None


def save_server_settings(ws: Workspace, url: str, login: str) -> None:
    clean = without_credentials(parse_url(url))
    with ws.session() as session:
        _put(session, URL_KEY, clean.render_as_string(hide_password=False))
        _put(session, LOGIN_KEY, login)


def _keyring_user(url: str, login: str) -> str:
    return f"{url}|{login}"


def remember_password(url: str, login: str, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(url, login), password)
    except (KeyringError, RuntimeError, ImportError) as exc:
        raise SyncError("The password could not be kept in this computer's keyring: "
                        f"{exc}", "keyring_failed") from exc


def saved_password(url: str, login: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(url, login))
    except (KeyringError, RuntimeError, ImportError):
        return None


def status(ws: Workspace) -> SyncStatus:
    from crm_desktop.store.base import Base

    with ws.session() as session:
        last = _state(session, LAST_OK_KEY)
        conn = session.connection()
        waiting = 0
        for name in ("client", "activity", "task", "deal", "contact", "complaint"):
            table = Base.metadata.tables[name]
            waiting += int(conn.execute(select(func.count()).select_from(table)
                                        .where(table.c.dirty.is_(True))).scalar() or 0)
        conflicts = count_open(conn)
        configured = _state(session, URL_KEY) is not None
    return SyncStatus(configured, datetime.fromisoformat(last) if last else None, waiting,
                      conflicts)


def _sign_in_refused(exc: OperationalError) -> bool:
    """The server answered, but not to this name and password (PostgreSQL or MariaDB)."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in ("28P01", "28000"):
        return True
    args = getattr(orig, "args", ())
    if args and args[0] in (1045, 1044, 1698):  # MariaDB: access denied
        return True
    return "password authentication failed" in str(orig)


def _open_server(url: URL, *, say_password: bool = False) -> Engine:
    engine = connect_engine(url)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        if say_password and _sign_in_refused(exc):
            raise SyncError("The office server did not accept that name and password. Please "
                            "check them (capital letters count) and try again.",
                            "wrong_password") from exc
        raise SyncError("Could not reach the office server, or it did not accept the name and "
                        "password. Your work is safe on this PC.", "not_connected") from exc
    return engine


def sync_now(
    ws: Workspace,
    *,
    url: str | None = None,
    login: str | None = None,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """One push and pull now.

    With an address that carries the server owner's name (``postgresql+psycopg://
    owner@host/company``) a PC that was set up alone uploads its company, and
    the person named by ``login`` gets their own server account with
    ``password``. Otherwise the PC signs in as ``login`` (a new PC joins the
    company that way and receives what that person may see).
    """
    settings = server_settings(ws)
    url = url or (settings.url if settings else None)
    login = login or (settings.login if settings else None)
    if not url:
        raise SyncError("This PC does not know the office server yet. Give its address "
                        "(--server URL).", "no_server")
    if not login:
        raise SyncError("Say who is signing in to the office server (--as NAME).", "no_login")
    parsed = parse_url(url)
    clean = without_credentials(parsed).render_as_string(hide_password=False)
    owner_mode = parsed.username is not None
    if owner_mode:
        target = parsed
    else:
        password = password or saved_password(clean, login)
        if not password:
            raise SyncError("Please type your password for the office server.",
                            "password_required")
        target = person_url(parsed, login, password)
    engine = _open_server(target)
    try:
        joining = _user_count(ws) == 0
        sync = SyncEngine(ws.sessions, engine, owner_mode=owner_mode, progress=progress,
                          cancelled=cancelled)
        try:
            result = sync.sync()
        except Cancelled as exc:
            raise SyncError("Sharing was stopped. What was shared so far is kept; the rest "
                            "goes next time.", "cancelled") from exc
        except DBAPIError as exc:
            raise SyncError("The connection to the office server was lost. Nothing is lost; "
                            "the next sync finishes the job.", "connection_lost") from exc
        if owner_mode and password:
            _create_own_account(ws, engine, login, password)
        if joining and password:
            _set_local_password(ws, login, password)
    finally:
        engine.dispose()
    save_server_settings(ws, clean, login)
    if password:
        remember_password(clean, login, password)
    return result


def _user_count(ws: Workspace) -> int:
    with ws.session() as session:
        return int(session.scalar(select(func.count()).select_from(User)) or 0)


def _create_own_account(ws: Workspace, engine: Engine, login: str, password: str) -> None:
    with ws.session() as session:
        user = find_user(session, login)
        if user is None:
            raise SyncError(f"There is no person called {login} in this company.",
                            "unknown_user")
        user_id = user.id
    with engine.begin() as conn:
        create_account(conn, user_id, password)


def _set_local_password(ws: Workspace, login: str, password: str) -> None:
    """A PC that joined by signing in keeps the hash, so the person can sign in offline."""
    with ws.session() as session:
        session.info["applying_remote"] = True
        user = find_user(session, login)
        if user is not None:
            user.password_hash = hash_password(password)


def add_server_account(ws: Workspace, login: str, password: str) -> str:
    """Give a person (already in the company) their own server account, or a new password.

    The acting administrator's own sign-in is used; the person is shared first so
    the server knows them.
    """
    sync_now(ws)
    settings = server_settings(ws)
    assert settings is not None
    with ws.session() as session:
        user = find_user(session, login)
        if user is None:
            raise SyncError(f"There is no person called {login} in this company.",
                            "unknown_user")
        user_id = user.id
    admin_password = saved_password(settings.url, settings.login)
    target = person_url(parse_url(settings.url), settings.login, admin_password)
    engine = _open_server(target)
    try:
        with engine.begin() as conn:
            try:
                return create_account(conn, user_id, password)
            except DBAPIError as exc:
                raise SyncError("Only an administrator can give people a server account.",
                                "not_allowed") from exc
    finally:
        engine.dispose()


@dataclass(frozen=True)
class AddedPerson:
    """A person added on this PC; ``account`` is their server account, ``problem`` why not."""

    user: UserInfo
    account: str | None = None
    problem: str | None = None
    problem_code: str | None = None


def add_person(
    ws: Workspace,
    *,
    login: str,
    display_name: str = "",
    role: str = "staff",
    department_id: str | None = None,
    password: str,
) -> AddedPerson:
    """Add a person (as the workspace's actor) and, on a server-backed company, their account.

    The person is always added on this PC first. When the office server cannot be
    reached the reason is returned (never raised): the administrator gives the
    account later with "server account" or from the administration page.
    """
    info = ws.run(add_user, login=login, display_name=display_name, role=role,
                  department_id=department_id, password=password)
    if server_settings(ws) is None:
        return AddedPerson(info)
    try:
        account = add_server_account(ws, info.login, password)
    except SyncError as exc:
        return AddedPerson(info, None, exc.message, exc.code)
    return AddedPerson(info, account)


def _signed_in_engine(ws: Workspace) -> Engine:
    """An engine on the office server as the person this PC shares as (SyncError if unknown)."""
    settings = server_settings(ws)
    if settings is None:
        raise SyncError("This PC does not know the office server yet.", "no_server")
    parsed = parse_url(settings.url)
    password = saved_password(settings.url, settings.login)
    if not password:
        raise SyncError("Please type your password for the office server.", "password_required")
    return _open_server(person_url(parsed, settings.login, password))


def watch_office(ws: Workspace, stop: threading.Event, on_change: Callable[[], None], *,
                 poll_seconds: float = 3.0) -> None:
    """Call ``on_change`` whenever the office's data moves on, until ``stop`` is set.

    PostgreSQL wakes us at once (``LISTEN crm_sync``, sent by a trigger on
    ``sync_counter``) on a connection of our own; MariaDB is asked for the
    ``sync_counter`` value every ``poll_seconds``. Returns (never raises) when the
    server is not reachable or the connection drops, so the caller may try later.
    """
    try:
        engine = _signed_in_engine(ws)
    except SyncError:
        return
    try:
        if engine.dialect.name == "postgresql":
            _listen(engine, stop, on_change, poll_seconds)
        else:
            _poll(engine, stop, on_change, poll_seconds)
    except DBAPIError:
        return
    finally:
        engine.dispose()


def _listen(engine: Engine, stop: threading.Event, on_change: Callable[[], None],
            wait: float) -> None:
    raw = engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        conn.autocommit = True
        conn.execute("LISTEN crm_sync")
        while not stop.is_set():
            if any(True for _n in conn.notifies(timeout=min(wait, 1.0), stop_after=1)):
                on_change()
    except Exception as exc:  # psycopg's own errors: the connection went away
        log.info("office listener stopped: %s", exc)
    finally:
        raw.close()


def _poll(engine: Engine, stop: threading.Event, on_change: Callable[[], None],
          wait: float) -> None:
    last: int | None = None
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        while not stop.is_set():
            value = int(conn.execute(text("SELECT value FROM sync_counter WHERE id = 1"))
                        .scalar_one())
            if last is not None and value != last:
                on_change()
            last = value
            stop.wait(wait)


def office_address(typed: str) -> str:
    """What a person types ("server/company" or a full URL) as a server address."""
    typed = typed.strip()
    if not typed:
        raise SyncError("Please type the office server's address.", "bad_url")
    return typed if "://" in typed else f"postgresql+psycopg://{typed}"


def connect_to_office(ws: Workspace, address: str, password: str) -> ServerSettings:
    """Check that the signed-in person can reach the office server; then remember it.

    The address is kept in this PC's file, the password only in the OS keyring.
    Raises SyncError with a plain message when the server cannot be used.
    """
    from crm_desktop.sync.server import check_compatible

    url = without_credentials(parse_url(office_address(address))).render_as_string(
        hide_password=False)
    with ws.session() as session:
        user = session.get(User, ws.actor.id) if ws.actor.id else None
        login = user.login if user is not None else ""
    if not login:
        raise SyncError("Please sign in first.", "no_login")
    if not password:
        raise SyncError("Please type your password for the office server.",
                        "password_required")
    engine = _open_server(person_url(parse_url(url), login, password), say_password=True)
    try:
        with engine.connect() as conn:
            check_compatible(conn)
    finally:
        engine.dispose()
    save_server_settings(ws, url, login)
    remember_password(url, login, password)
    return ServerSettings(url, login)


@dataclass(frozen=True)
class OfficeCheck:
    """What the set-up wizard learnt from the office server.

    ``empty``: the server holds no company yet (reached with the owner's account named
    in the address), so this PC makes the company and uploads it; otherwise the PC
    joins the company as ``login``. ``url`` is the address without name or password.
    """

    url: str
    login: str
    empty: bool


def _people_on_server(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM app_user")).scalar_one())


def check_office(address: str, login: str, password: str) -> OfficeCheck:
    """Try the office server for a new PC: join as ``login``, or find it empty.

    ``address`` is what the person typed (``server/company`` or a full URL). With an
    account named in it (``owner@server/company``: the one the server was set up with)
    ``password`` is that account's and the server must be empty; otherwise ``login`` and
    ``password`` are the person's own. Raises SyncError with a plain message.
    """
    from crm_desktop.sync.server import check_compatible

    parsed = parse_url(office_address(address))
    login = " ".join(login.split())
    if not login:
        raise SyncError("Please type your name.", "no_login")
    owner = parsed.username is not None
    if owner:
        target = parsed if parsed.password is not None or not password else \
            parsed._replace(password=password)
    else:
        if not password:
            raise SyncError("Please type your password for the office server.",
                            "password_required")
        target = person_url(parsed, login, password)
    engine = _open_server(target, say_password=True)
    try:
        with engine.connect() as conn:
            check_compatible(conn)
        if owner and _people_on_server(engine) > 0:
            raise SyncError("This office server already holds a company. To join it, type "
                            "the address without a name in front, and your own name and "
                            "password.", "server_has_company")
    finally:
        engine.dispose()
    clean = without_credentials(parsed).render_as_string(hide_password=False)
    return OfficeCheck(clean, login, empty=owner)


def owner_address(address: str, password: str) -> str:
    """The typed owner address with its password, for the one upload of a new company."""
    parsed = parse_url(office_address(address))
    if parsed.password is None and password:
        parsed = parsed._replace(password=password)
    return parsed.render_as_string(hide_password=False)


def join_office(ws: Workspace, url: str, login: str, password: str,
                progress: Progress | None = None) -> Actor:
    """A new PC joins the company on the office server as ``login`` and receives what that
    person may see; returns who they are (they can then sign in on this PC, also offline)."""
    if _user_count(ws) > 0:
        raise SyncError("This computer is already set up.", "already_set_up")
    sync_now(ws, url=url, login=login, password=password, progress=progress)
    with ws.session() as session:
        user = find_user(session, login)
        if user is None or not user.active:
            raise SyncError(f"There is no person called {login} in this company.",
                            "unknown_user")
        return Actor.from_user(user)


def share_new_company(ws: Workspace, owner_url: str, user_id: str, password: str) -> None:
    """Put the company made on this PC on an empty office server (as the server's owner,
    ``owner_url``), and give its administrator ``user_id`` their own server account with
    ``password``; from then on the PC shares as that person (password in the keyring)."""
    with ws.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise SyncError("There is no such person in this company.", "unknown_user")
        login = user.login
    sync_now(ws, url=owner_url, login=login, password=password)
