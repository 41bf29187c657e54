"""Shared set-up for the clients tests: people in departments, and quick client creation."""

from __future__ import annotations

from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import ClientInput, create_client
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Department, User


def add_person(ws: Workspace, name: str, role: str = "staff", department: str = "") -> Actor:
    with ws.session() as s:
        dept_id = None
        if department:
            dept = Department(name=department)
            s.add(dept)
            s.flush()
            dept_id = dept.id
        user = User(login=name.lower(), display_name=name, role=role, department_id=dept_id)
        s.add(user)
        s.flush()
        return Actor.from_user(user)


def add_client(ws: Workspace, actor: Actor | None = None, **fields: object) -> str:
    data = ClientInput(**{"name": "华东贸易有限公司", **fields})  # type: ignore[arg-type]
    with ws.session() as s:
        return create_client(s, actor or ws.actor, data, allow_duplicate=True).client.id
