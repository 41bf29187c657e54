"""Simulated office PCs for the sync tests: each its own data folder, SQLite file and clock."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL

from crm_desktop.config import Paths
from crm_desktop.domain.hlc import HybridClock
from crm_desktop.services.actor import Actor
from crm_desktop.services.users import create_user, ensure_local_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.base import Base
from crm_desktop.store.models import SYNCED_MODELS, Department, User
from crm_desktop.store.tracking import device_clock
from crm_desktop.sync.engine import SyncEngine, SyncResult
from crm_desktop.sync.policies import account_name
from crm_desktop.sync.server import connect_engine

PASSWORD = "s3cret-Pass"


@dataclass
class PC:
    name: str
    ws: Workspace
    skew_ms: int = 0
    engine_url: URL | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, folder: Path, name: str, skew_ms: int = 0) -> PC:
        ws = Workspace.open(Paths(folder / name))
        pc = cls(name, ws, skew_ms)
        with ws.session() as session:
            device = device_clock(session).device
            last = device_clock(session).last
        ws.use_clock(HybridClock(
            device, now_ms=lambda: time.time_ns() // 1_000_000 + skew_ms, last=last))
        return pc

    def sign_in(self, user_id: str) -> None:
        with self.ws.session() as session:
            user = session.get(User, user_id)
            assert user is not None
            self.ws.act_as(Actor.from_user(user))

    def engine(self, url: URL, **kwargs: Any) -> SyncEngine:
        server = connect_engine(url)
        self.extra.setdefault("engines", []).append(server)
        return SyncEngine(self.ws.sessions, server, pc_name=self.name, **kwargs)

    def sync(self, url: URL, **kwargs: Any) -> SyncResult:
        return self.engine(url, **kwargs).sync()

    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every synced row, keyed by table and id, without the local-only columns."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        with self.ws.session() as session:
            conn = session.connection()
            for model in SYNCED_MODELS:
                table = Base.metadata.tables[model.__tablename__]  # type: ignore[attr-defined]
                rows = conn.execute(select(table)).mappings().all()
                out[table.name] = {
                    r["id"]: {k: v for k, v in r.items()
                              if k not in ("dirty", "server_seq", "password_hash")}
                    for r in rows
                }
        return out

    def close(self) -> None:
        for engine in self.extra.get("engines", []):
            engine.dispose()
        self.ws.close()


def person(url: URL, login: str, password: str = PASSWORD) -> URL:
    return url.set(username=account_name(url.database or "", login), password=password)


def set_up_company(pc: PC) -> dict[str, str]:
    """An administrator, a department with a manager and two staff; returns their ids."""
    ids: dict[str, str] = {}
    with pc.ws.session() as session:
        admin = ensure_local_user(session)
        admin_row = session.get(User, admin.id)
        assert admin_row is not None
        admin_row.login = "admin"
        ids["admin"] = admin.id or ""
        dept = Department(name="Sales 1")
        session.add(dept)
        session.flush()
        ids["dept"] = dept.id
        for login, role in (("manager", "manager"), ("lina", "staff"), ("wang", "staff")):
            user = create_user(session, admin, login=login, display_name=login.title(),
                               role=role, department_id=dept.id, password=PASSWORD)
            ids[login] = user.id
    pc.ws.act_as(admin)
    return ids
