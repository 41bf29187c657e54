"""One open data file: its engine, its sessions and who is working in it.

The interface and the command line hold a Workspace and call services through
it, so neither needs to know about SQL or sessions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.config import Paths
from crm_desktop.domain.hlc import HybridClock
from crm_desktop.services.actor import SYSTEM, Actor
from crm_desktop.store import contact_keys, search_index, tracking
from crm_desktop.store.engine import backup_sqlite, create_local_engine, session_factory
from crm_desktop.store.migrate import MigrationResult, upgrade_local

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Workspace:
    paths: Paths
    database: Path
    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor = SYSTEM
    migration: MigrationResult | None = None
    practice: bool = False

    @classmethod
    def open(cls, paths: Paths, *, practice: bool = False) -> Workspace:
        """Migrate (after a backup copy) and open the local file of this data folder."""
        paths.ensure()
        database = paths.practice_database if practice else paths.database
        migration = upgrade_local(database, paths.backups)
        tracking.install()
        contact_keys.install()
        search_index.install()
        engine = create_local_engine(database)
        sessions = session_factory(engine)
        with sessions() as session:
            clock = tracking.device_clock(session)
            session.commit()
        # Every session of this file, the sync engine's too, shares the one device clock,
        # so stamps received from the server move it forward for the next local edit.
        sessions.configure(info={"clock": clock})
        return cls(paths, database, engine, sessions, migration=migration, practice=practice)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.sessions()
        session.info["actor"] = self.actor
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def run(
        self,
        fn: Callable[Concatenate[Session, Actor, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Call one service function in its own transaction, acting as the current user."""
        with self.session() as session:
            return fn(session, self.actor, *args, **kwargs)

    def use_clock(self, clock: HybridClock) -> None:
        """Stamp every later change with this clock (tests give a PC a skewed one)."""
        self.sessions.configure(info={"clock": clock})

    def act_as(self, actor: Actor) -> None:
        self.actor = actor

    def backup_to(self, target: Path) -> Path:
        return backup_sqlite(self.database, target)

    def close(self) -> None:
        self.engine.dispose()
