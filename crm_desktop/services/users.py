"""People who use the program. The set-up wizard and administration page build on this."""

from __future__ import annotations

import getpass

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.store.models import ROLES, User

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def user_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def find_user(session: Session, login_or_name: str) -> User | None:
    text = login_or_name.strip()
    return session.scalar(
        select(User).where(
            User.deleted.is_(False),
            (func.lower(User.login) == text.lower()) | (User.display_name == text),
        )
    )


def create_user(
    session: Session,
    actor: Actor,
    *,
    login: str,
    display_name: str,
    role: str = "staff",
    department_id: str | None = None,
    password: str = "",
) -> User:
    if user_count(session) > 0 and not actor.is_admin:
        raise PermissionDenied("Only an administrator can add people.")
    login = login.strip()
    if not login:
        raise ValidationError("login", "empty", "Please type a sign-in name.")
    if role not in ROLES:
        raise ValidationError("role", "choice", f"Choose one of {ROLES}.")
    if find_user(session, login) is not None:
        raise ValidationError("login", "taken", f"The sign-in name {login} is already taken.")
    user = User(
        login=login,
        display_name=display_name.strip() or login,
        role=role,
        department_id=department_id,
        password_hash=hash_password(password) if password else "",
    )
    session.add(user)
    session.flush()
    return user


def ensure_local_user(session: Session) -> Actor:
    """Until someone signs in, the PC's first person (made once, as administrator)."""
    user = session.scalar(
        select(User).where(User.deleted.is_(False), User.active.is_(True)).order_by(User.created_at)
    )
    if user is None:
        name = _os_user_name()
        user = User(login=name, display_name=name, role="admin")
        session.add(user)
        session.flush()
    return Actor.from_user(user)


def _os_user_name() -> str:
    try:
        return getpass.getuser() or "admin"
    except (OSError, KeyError):
        return "admin"
