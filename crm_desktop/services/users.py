"""People who use the program: sign-in, roles, departments, passwords.

Passwords are hashed with argon2id. Sign-in slows down after repeated failures:
after `FREE_TRIES` wrong passwords in a row for one sign-in name on this PC, each
further try must wait longer (2, 4, 8 … seconds, at most `MAX_WAIT_SECONDS`). The
count lives in the PC's local state, so it is not synced and survives a restart.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.store.base import utc_now
from crm_desktop.store.local import LocalState
from crm_desktop.store.models import ROLES, Department, User

_hasher = PasswordHasher(type=Type.ID)

MIN_PASSWORD_LENGTH = 8
FREE_TRIES = 3
MAX_WAIT_SECONDS = 60
_FAILURES_KEY = "sign_in_failures:"


# -- passwords --------------------------------------------------------------------------


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str, *, name: str = "") -> str:
    """Empty when the password is good enough; otherwise a reason code."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "too_short"
    if password.strip() == "":
        return "blank"
    if name and password.strip().lower() == name.strip().lower():
        return "same_as_name"
    return ""


def _check_password(password: str, name: str = "") -> None:
    problem = password_problem(password, name=name)
    if problem == "too_short":
        raise ValidationError("password", problem,
                              f"The password needs at least {MIN_PASSWORD_LENGTH} characters.",
                              minimum=MIN_PASSWORD_LENGTH)
    if problem == "blank":
        raise ValidationError("password", problem, "The password cannot be only spaces.")
    if problem == "same_as_name":
        raise ValidationError("password", problem,
                              "The password must not be the same as the name.")


# -- looking people up ------------------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: str
    login: str
    display_name: str
    role: str
    department_id: str | None
    department_name: str
    active: bool
    has_password: bool


@dataclass(frozen=True)
class DepartmentInfo:
    id: str
    name: str
    members: int


def user_count(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False))) or 0
    )


def find_user(session: Session, login_or_name: str) -> User | None:
    """By sign-in name (any case) first, then by display name."""
    text = login_or_name.strip()
    if not text:
        return None
    by_login = session.scalar(
        select(User).where(User.deleted.is_(False), func.lower(User.login) == text.lower())
    )
    if by_login is not None:
        return by_login
    return session.scalars(
        select(User).where(User.deleted.is_(False), User.display_name == text)
        .order_by(User.created_at)
    ).first()


def get_user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFound("There is no such person.")
    return user


def _info(session: Session, user: User) -> UserInfo:
    department = session.get(Department, user.department_id) if user.department_id else None
    return UserInfo(user.id, user.login, user.display_name, user.role, user.department_id,
                    department.name if department is not None else "", user.active,
                    bool(user.password_hash))


def list_users(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
    """Everyone (names are shared so colleagues can be chosen); newest last."""
    stmt = select(User).where(User.deleted.is_(False))
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    users = session.scalars(stmt.order_by(User.display_name)).all()
    return [_info(session, u) for u in users]


def user_info(session: Session, actor: Actor, user_id: str) -> UserInfo:
    return _info(session, get_user(session, user_id))


def _require_admin(actor: Actor, what: str) -> None:
    if not actor.is_admin:
        raise PermissionDenied(f"Only an administrator can {what}.")


def _active_admins(session: Session) -> int:
    return int(session.scalar(
        select(func.count()).select_from(User).where(
            User.deleted.is_(False), User.active.is_(True), User.role == "admin")
    ) or 0)


# -- departments ------------------------------------------------------------------------


def _department_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("department", "empty", "Please type the department's name.")
    return name


def _ensure_unique_department(session: Session, name: str, except_id: str | None = None) -> None:
    existing = session.scalar(
        select(Department).where(Department.deleted.is_(False),
                                 func.lower(Department.name) == name.lower())
    )
    if existing is not None and existing.id != except_id:
        raise ValidationError("department", "taken", f"There is already a department {name}.",
                              name=name)


def list_departments(session: Session, actor: Actor) -> list[DepartmentInfo]:
    departments = session.scalars(
        select(Department).where(Department.deleted.is_(False)).order_by(Department.name)
    ).all()
    counts = dict(session.execute(
        select(User.department_id, func.count()).where(
            User.deleted.is_(False), User.active.is_(True)).group_by(User.department_id)
    ).tuples().all())
    return [DepartmentInfo(d.id, d.name, int(counts.get(d.id, 0))) for d in departments]


def create_department(session: Session, actor: Actor, name: str) -> DepartmentInfo:
    _require_admin(actor, "add departments")
    name = _department_name(name)
    _ensure_unique_department(session, name)
    department = Department(name=name)
    session.add(department)
    session.flush()
    return DepartmentInfo(department.id, department.name, 0)


def rename_department(session: Session, actor: Actor, department_id: str, name: str) -> None:
    _require_admin(actor, "rename departments")
    department = _get_department(session, department_id)
    name = _department_name(name)
    _ensure_unique_department(session, name, department.id)
    department.name = name
    session.flush()


def remove_department(session: Session, actor: Actor, department_id: str) -> None:
    """Only an empty department goes (to the recycle bin); people must be moved first."""
    _require_admin(actor, "remove departments")
    department = _get_department(session, department_id)
    members = session.scalar(select(func.count()).select_from(User).where(
        User.deleted.is_(False), User.active.is_(True), User.department_id == department.id))
    if members:
        raise ValidationError("department", "not_empty",
                              f"{department.name} still has {members} people. Move them first.",
                              name=department.name, members=int(members))
    department.deleted = True
    session.flush()


def _get_department(session: Session, department_id: str) -> Department:
    department = session.get(Department, department_id)
    if department is None or department.deleted:
        raise ValidationError("department", "unknown", "There is no such department.")
    return department


def find_department(session: Session, name_or_id: str) -> Department | None:
    text = name_or_id.strip()
    return session.scalar(
        select(Department).where(
            Department.deleted.is_(False),
            (Department.id == text) | (func.lower(Department.name) == text.lower()),
        )
    )


# -- people -----------------------------------------------------------------------------


def _check_login(session: Session, login: str, except_id: str | None = None) -> str:
    login = login.strip()
    if not login:
        raise ValidationError("login", "empty", "Please type a sign-in name.")
    if len(login) > 80:
        raise ValidationError("login", "too_long", "Please keep the sign-in name shorter.")
    taken = session.scalar(
        select(User).where(User.deleted.is_(False), func.lower(User.login) == login.lower())
    )
    if taken is not None and taken.id != except_id:
        raise ValidationError("login", "taken",
                              f"The sign-in name {login} is already taken by {taken.display_name}.",
                              login=login, owner=taken.display_name)
    return login


def create_user(
    session: Session,
    actor: Actor,
    *,
    login: str,
    display_name: str = "",
    role: str = "staff",
    department_id: str | None = None,
    password: str = "",
) -> User:
    """Add a person. The very first person may be added by anyone (the set-up)."""
    if user_count(session) > 0:
        _require_admin(actor, "add people")
    login = _check_login(session, login)
    if role not in ROLES:
        raise ValidationError("role", "choice", f"Choose one of {', '.join(ROLES)}.")
    if department_id is not None:
        _get_department(session, department_id)
    display_name = " ".join(display_name.split()) or login
    if password:
        _check_password(password, login)
    user = User(
        login=login,
        display_name=display_name,
        role=role,
        department_id=department_id,
        password_hash=hash_password(password) if password else "",
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def add_user(session: Session, actor: Actor, *, login: str, display_name: str = "",
             role: str = "staff", department_id: str | None = None,
             password: str = "") -> UserInfo:
    """create_user for callers that want plain data back (the interface, the CLI)."""
    if not password:
        raise ValidationError("password", "empty", "Please give the new person a password.")
    user = create_user(session, actor, login=login, display_name=display_name, role=role,
                       department_id=department_id, password=password)
    return _info(session, user)


def update_user(
    session: Session,
    actor: Actor,
    user_id: str,
    *,
    login: str | None = None,
    display_name: str | None = None,
    role: str | None = None,
    department_id: str | None = None,
    clear_department: bool = False,
) -> UserInfo:
    _require_admin(actor, "change people's details")
    user = get_user(session, user_id)
    if login is not None:
        user.login = _check_login(session, login, user.id)
    if display_name is not None:
        name = " ".join(display_name.split())
        if not name:
            raise ValidationError("display_name", "empty", "Please type the person's name.")
        user.display_name = name
    if role is not None and role != user.role:
        if role not in ROLES:
            raise ValidationError("role", "choice", f"Choose one of {', '.join(ROLES)}.")
        if user.role == "admin" and user.active and _active_admins(session) <= 1:
            raise ValidationError("role", "last_admin",
                                  "This is the only administrator. Make someone else "
                                  "an administrator first.")
        user.role = role
    if clear_department:
        user.department_id = None
    elif department_id is not None:
        user.department_id = _get_department(session, department_id).id
    session.flush()
    return _info(session, user)


def set_active(session: Session, actor: Actor, user_id: str, active: bool) -> UserInfo:
    """Deactivate (can no longer sign in; the history keeps their name) or activate again."""
    _require_admin(actor, "deactivate people")
    user = get_user(session, user_id)
    if not active:
        if user.id == actor.id:
            raise ValidationError("active", "self", "You cannot deactivate yourself.")
        if user.role == "admin" and user.active and _active_admins(session) <= 1:
            raise ValidationError("active", "last_admin",
                                  "This is the only administrator; the company needs one.")
    user.active = active
    session.flush()
    return _info(session, user)


def deactivate_user(session: Session, actor: Actor, user_id: str) -> UserInfo:
    return set_active(session, actor, user_id, False)


def change_own_password(session: Session, actor: Actor, old_password: str,
                        new_password: str) -> None:
    if actor.id is None:
        raise PermissionDenied("Please sign in first.")
    user = get_user(session, actor.id)
    if user.password_hash and not verify_password(user.password_hash, old_password):
        raise ValidationError("old_password", "wrong", "Your current password is not right.")
    _check_password(new_password, user.login)
    user.password_hash = hash_password(new_password)
    session.flush()


def set_password(session: Session, actor: Actor, user_id: str, new_password: str) -> None:
    """An administrator gives someone a new password (they forgot theirs)."""
    _require_admin(actor, "set someone's password")
    user = get_user(session, user_id)
    _check_password(new_password, user.login)
    user.password_hash = hash_password(new_password)
    session.flush()
    _clear_failures(session, user.login)


# -- sign-in ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SignInResult:
    """The answer to a sign-in: the Actor to work as, or why not (wrong | inactive | wait)."""

    actor: Actor | None
    reason: str = ""
    wait_seconds: int = 0
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.actor is not None


def wait_after(failures: int) -> int:
    """Seconds a further try must wait after `failures` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_TRIES + 1)))


def _failures_row(session: Session, login: str) -> LocalState | None:
    return session.get(LocalState, _FAILURES_KEY + login.strip().lower())


def _failures(session: Session, login: str) -> tuple[int, datetime | None]:
    row = _failures_row(session, login)
    if row is None:
        return 0, None
    try:
        data = json.loads(row.value)
        return int(data["count"]), datetime.fromisoformat(data["last"])
    except (ValueError, KeyError, TypeError):
        return 0, None


def _record_failure(session: Session, login: str, now: datetime) -> int:
    count, _last = _failures(session, login)
    count += 1
    row = _failures_row(session, login)
    value = json.dumps({"count": count, "last": now.isoformat()})
    if row is None:
        session.add(LocalState(key=_FAILURES_KEY + login.strip().lower(), value=value))
    else:
        row.value = value
    session.flush()
    return count


def _clear_failures(session: Session, login: str) -> None:
    row = _failures_row(session, login)
    if row is not None:
        session.delete(row)
        session.flush()


def seconds_to_wait(session: Session, login: str, now: datetime | None = None) -> int:
    count, last = _failures(session, login)
    wait = wait_after(count)
    if not wait or last is None:
        return 0
    now = now or utc_now()
    left = (last + timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(left + 0.999))


def sign_in(session: Session, actor: Actor, login: str, password: str, *,
            now: datetime | None = None) -> SignInResult:
    """Check a name and password. A wrong name and a wrong password get the same answer, so
    names cannot be guessed. Returns (never raises) so the failure count is committed."""
    now = now or utc_now()
    wait = seconds_to_wait(session, login, now)
    if wait:
        return SignInResult(None, "wait", wait,
                            f"Too many wrong tries. Please wait {wait} seconds.")
    user = find_user(session, login)
    if user is None or not _password_matches(user, password):
        failures = _record_failure(session, login, now)
        return SignInResult(None, "wrong", wait_after(failures),
                            "The name or the password is not right.")
    if not user.active:
        return SignInResult(None, "inactive", 0,
                            "This account has been switched off. Please ask your administrator.")
    _clear_failures(session, login)
    if user.password_hash and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    session.flush()
    return SignInResult(Actor.from_user(user))


def _password_matches(user: User, password: str) -> bool:
    if not user.password_hash:
        # An account made before passwords existed (by an older version): no password.
        return password == ""
    return verify_password(user.password_hash, password)


def ensure_local_user(session: Session) -> Actor:
    """The PC's first active person, made once as administrator if nobody exists (the CLI
    without --as, and tests). The window asks people to sign in instead."""
    user = session.scalar(
        select(User).where(User.deleted.is_(False), User.active.is_(True), User.role == "admin")
        .order_by(User.created_at)
    )
    if user is None:
        user = session.scalar(
            select(User).where(User.deleted.is_(False), User.active.is_(True))
            .order_by(User.created_at)
        )
    if user is None:
        name = _os_user_name()
        user = User(login=name, display_name=name, role="admin")
        session.add(user)
        session.flush()
    return Actor.from_user(user)


def actor_for(session: Session, user_id: str) -> Actor:
    """The current Actor of a person (their role or department may have changed)."""
    user = get_user(session, user_id)
    return Actor.from_user(user)


def _os_user_name() -> str:
    try:
        return getpass.getuser() or "admin"
    except (OSError, KeyError):
        return "admin"
