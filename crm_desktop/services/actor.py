"""Who is acting: every service call names the person it acts for."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.store.models import User


@dataclass(frozen=True)
class Actor:
    id: str | None
    name: str
    role: str = "staff"
    department_id: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @classmethod
    def from_user(cls, user: User) -> Actor:
        return cls(user.id, user.display_name, user.role, user.department_id)


#: Acts for the program itself (migrations, set-up); sees and may do everything.
SYSTEM = Actor(None, "CRM Desktop", "admin", None)
