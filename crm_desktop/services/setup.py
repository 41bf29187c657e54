"""What the first-run set-up wizard (and `crm-desktop setup`) does, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.config import LANGUAGES
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, STAFF_VIEW, set_setting
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.users import create_user, user_count

DEFAULT_LANGUAGE = "default_language"


@dataclass(frozen=True)
class SetupResult:
    actor: Actor
    company: str
    language: str


class AlreadySetUp(ValidationError):
    def __init__(self) -> None:
        super().__init__("setup", "done",
                         "This computer is already set up. Sign in, or ask your administrator.")


def is_set_up(session: Session, actor: Actor) -> bool:
    return user_count(session) > 0


def run_setup(session: Session, actor: Actor, *, company: str, admin_name: str, password: str,
              language: str, login: str = "") -> SetupResult:
    """Make the company and its first administrator; nothing at all when anything is wrong."""
    if user_count(session) > 0:
        raise AlreadySetUp()
    company = " ".join(company.split())
    if not company:
        raise ValidationError("company", "empty", "Please type the company's name.")
    admin_name = " ".join(admin_name.split())
    if not admin_name:
        raise ValidationError("admin_name", "empty", "Please type your name.")
    if language not in LANGUAGES:
        raise ValidationError("language", "choice", f"Choose one of {', '.join(LANGUAGES)}.")
    if not password:
        raise ValidationError("password", "empty", "Please choose a password.")
    user = create_user(session, actor, login=login or admin_name, display_name=admin_name,
                       role="admin", password=password)
    admin = Actor.from_user(user)
    session.info["actor"] = admin
    set_setting(session, admin, COMPANY_NAME, company)
    set_setting(session, admin, STAFF_VIEW, "own")
    set_setting(session, admin, DEFAULT_LANGUAGE, language)
    session.flush()
    return SetupResult(admin, company, language)
