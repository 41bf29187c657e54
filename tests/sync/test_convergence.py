"""Property test: several PCs with skewed clocks, random edits and syncs, injected faults.

After every PC has synced twice with no faults, all PCs hold the same rows as
the server shows each of them, nothing acknowledged is lost, nothing is
duplicated and stock sums are exact.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from pcs import PASSWORD, PC, person, set_up_company
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sync_servers import Server

from crm_desktop.store.models import Client, Product, StockMovement
from crm_desktop.sync.engine import SyncEngine, SyncResult
from crm_desktop.sync.server import connect_engine, create_account, init_server

pytestmark = [pytest.mark.server, pytest.mark.slow]
HOUR = 3_600_000
_names = itertools.count()
#: What a person can type (PostgreSQL refuses NUL in text; control characters are not typed).
TYPED = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8)


FAULT_HOOKS = ("_make_stage", "_merge_chunk", "_apply_page", "_after_push")


def test_the_fault_hooks_are_the_engines_own() -> None:
    """A renamed engine method would silently stop a fault from being injected."""
    for hook in FAULT_HOOKS:
        assert callable(getattr(SyncEngine, hook, None)), hook


class Crash(Exception):
    """The PC was switched off between the server's commit and the local clear."""


class FaultyEngine(SyncEngine):
    fault: str = ""
    admin_url: URL | None = None

    def _cut_push(self, conn: Any) -> None:
        if self.fault == "cut-push":
            self.fault = ""
            _kill(conn, self.admin_url)

    def _make_stage(self, conn: Any, table: str) -> None:  # type: ignore[override]
        """PostgreSQL: cut while the rows are being staged, before crm_push."""
        self._cut_push(conn)
        super()._make_stage(conn, table)

    def _merge_chunk(self, conn: Any, table: str, rows: Any, seq: int) -> Any:
        """MariaDB: cut while merging, before the batch that takes the lock."""
        self._cut_push(conn)
        return super()._merge_chunk(conn, table, rows, seq)

    def _apply_page(self, server: Any, page: Any, cursor: Any, result: SyncResult) -> None:
        if self.fault == "cut-pull":
            self.fault = ""
            _kill(server, self.admin_url)
            server.execute(text("SELECT 1"))
        super()._apply_page(server, page, cursor, result)

    def _after_push(self, *args: Any) -> None:
        if self.fault == "crash":
            self.fault = ""
            raise Crash()
        super()._after_push(*args)


def _kill(conn: Any, admin_url: URL | None) -> None:
    """Terminate this connection's server backend from outside, as a network cut would."""
    assert admin_url is not None
    admin = create_engine(admin_url)
    try:
        with admin.begin() as other:
            if conn.dialect.name == "postgresql":
                pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
                other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            else:
                pid = conn.execute(text("SELECT CONNECTION_ID()")).scalar()
                other.execute(text(f"KILL CONNECTION {int(pid)}"))
    finally:
        admin.dispose()


class Office(RuleBasedStateMachine):
    server: Server

    def __init__(self) -> None:
        super().__init__()
        name = f"crmprop{next(_names)}"
        self.db_name = name
        self.url = self.server.create_database(name)
        init_server(self.url)
        self.tmp = Path(tempfile.mkdtemp(prefix="crm-prop-"))
        admin_pc = PC.open(self.tmp, "admin-pc", skew_ms=0)
        self.ids = set_up_company(admin_pc)
        with admin_pc.ws.session() as session:
            product = Product(name="Tea")
            session.add(product)
        self.product = product.id
        admin_pc.sync(self.url, owner_mode=True)
        engine = connect_engine(self.url)
        with engine.begin() as conn:
            for login in ("admin", "lina", "wang"):
                create_account(conn, self.ids[login], PASSWORD)
        engine.dispose()
        self.pcs: dict[str, tuple[PC, str]] = {"admin-pc": (admin_pc, "admin")}
        for pc_name, login, skew in (("lina-pc", "lina", 3 * HOUR), ("wang-pc", "wang", -2 * HOUR)):
            pc = PC.open(self.tmp, pc_name, skew_ms=skew)
            pc.sync(person(self.url, login))
            pc.sign_in(self.ids[login])
            self.pcs[pc_name] = (pc, login)
        admin_pc.sign_in(self.ids["admin"])
        self.created: dict[str, str] = {}  # client id -> owner login
        self.stock = 0

    def _sync(self, pc_name: str, fault: str = "") -> None:
        pc, login = self.pcs[pc_name]
        server = connect_engine(person(self.url, login))
        engine = FaultyEngine(pc.ws.sessions, server, pc_name=pc_name, page_size=7)
        engine.fault = fault
        engine.admin_url = self.server.database_url(self.db_name)
        try:
            engine.sync()
        except (Crash, DBAPIError):
            pass
        finally:
            server.dispose()

    @rule(pc=st.sampled_from(["admin-pc", "lina-pc", "wang-pc"]), name=TYPED)
    def create_client(self, pc: str, name: str) -> None:
        office_pc, login = self.pcs[pc]
        with office_pc.ws.session() as session:
            client = Client(name=name, owner_id=self.ids[login], brought_in_by=self.ids[login])
            session.add(client)
        self.created[client.id] = login

    @precondition(lambda self: bool(self.created))
    @rule(pc=st.sampled_from(["admin-pc", "lina-pc", "wang-pc"]), data=st.data(),
          field=st.sampled_from(["name", "notes", "grade", "deleted"]))
    def edit(self, pc: str, data: st.DataObject, field: str) -> None:
        office_pc, _login = self.pcs[pc]
        with office_pc.ws.session() as session:
            ids = sorted(session.scalars(select(Client.id)))
            if not ids:
                return
            client = session.get(Client, data.draw(st.sampled_from(ids)))
            assert client is not None
            value: Any = {"name": data.draw(TYPED),
                          "notes": data.draw(TYPED),
                          "grade": data.draw(st.sampled_from(["A", "B", "C"])),
                          "deleted": not client.deleted}[field]
            setattr(client, field, value)

    @rule(pc=st.sampled_from(["admin-pc", "lina-pc", "wang-pc"]),
          qty=st.integers(min_value=-50, max_value=50))
    def move_stock(self, pc: str, qty: int) -> None:
        office_pc, _login = self.pcs[pc]
        with office_pc.ws.session() as session:
            session.add(StockMovement(product_id=self.product, quantity=qty))
        self.stock += qty

    @rule(pc=st.sampled_from(["admin-pc", "lina-pc", "wang-pc"]),
          fault=st.sampled_from(["", "", "", "crash", "cut-push", "cut-pull", "replay"]))
    def sync(self, pc: str, fault: str) -> None:
        if fault == "replay":
            self._sync(pc, "crash")
            self._sync(pc)
            return
        self._sync(pc, fault)

    @invariant()
    def nothing_is_duplicated(self) -> None:
        for office_pc, _login in self.pcs.values():
            with office_pc.ws.session() as session:
                ids = session.scalars(select(StockMovement.id)).all()
            assert len(ids) == len(set(ids))

    def teardown(self) -> None:
        try:
            for _round in range(2):
                for pc_name in self.pcs:
                    self._sync(pc_name)
            admin_pc = self.pcs["admin-pc"][0]
            everything = admin_pc.snapshot()
            assert set(everything["client"]) == set(self.created), "a created client is lost"
            for pc_name, (office_pc, login) in self.pcs.items():
                with office_pc.ws.session() as session:
                    stock = sum(session.scalars(select(StockMovement.quantity)))
                    dirty = session.scalars(select(Client.id).where(Client.dirty.is_(True))).all()
                assert stock == self.stock, pc_name
                assert dirty == [], pc_name
                mine = office_pc.snapshot()
                expected = {i: row for i, row in everything["client"].items()
                            if login == "admin" or row["owner_id"] == self.ids[login]}
                assert mine["client"] == expected, pc_name
                assert mine["stock_movement"] == everything["stock_movement"], pc_name
        finally:
            for office_pc, _login in self.pcs.values():
                office_pc.close()
            self.server.drop_database(self.db_name)


@pytest.mark.parametrize("examples", [4])
def test_office_converges(server: Server, examples: int) -> None:
    Office.server = server
    run_state_machine_as_test(
        Office, settings=settings(max_examples=examples, stateful_step_count=14, deadline=None,
                                  suppress_health_check=list(HealthCheck), database=None))
