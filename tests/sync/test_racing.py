"""Pushes racing each other never make a puller skip a row (sync_counter serialises them)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pcs import PASSWORD, PC, person, set_up_company
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from crm_desktop.store.models import Product, StockMovement
from crm_desktop.sync.engine import SyncResult
from crm_desktop.sync.server import connect_engine, create_account, init_server

pytestmark = pytest.mark.server


def test_racing_pushes_never_make_a_puller_skip(server_db: URL, tmp_path: Path) -> None:
    init_server(server_db)
    admin = PC.open(tmp_path, "admin")
    ids = set_up_company(admin)
    with admin.ws.session() as session:
        product = Product(name="Tea")
        session.add(product)
    admin.sync(server_db, owner_mode=True)
    engine = connect_engine(server_db)
    with engine.begin() as conn:
        for login in ("lina", "wang"):
            create_account(conn, ids[login], PASSWORD)
    engine.dispose()
    pushers = [PC.open(tmp_path, f"pc{i}") for i in range(4)]
    logins = ["lina", "wang", "lina", "wang"]
    for pc, login in zip(pushers, logins, strict=True):
        pc.sync(person(server_db, login))
    puller = PC.open(tmp_path, "puller")
    puller.sync(person(server_db, "wang"))
    rounds = 6
    errors: list[BaseException] = []

    def push(pc: PC, login: str) -> None:
        try:
            sync = pc.engine(person(server_db, login))
            for round_no in range(rounds):
                with pc.ws.session() as session:
                    for n in range(3):
                        session.add(StockMovement(product_id=product.id, quantity=1,
                                                  reason=f"{round_no}.{n}"))
                sync.push(SyncResult())
        except BaseException as exc:
            errors.append(exc)

    def pull() -> None:
        try:
            sync = puller.engine(person(server_db, "wang"))
            for _ in range(rounds * 3):
                sync.pull(SyncResult())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(pc, login))
               for pc, login in zip(pushers, logins, strict=True)]
    threads.append(threading.Thread(target=pull))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = SyncResult()
    puller.engine(person(server_db, "wang")).pull(result)
    # Only pulls, never the checksum repair: a skipped row would stay missing.
    with puller.ws.session() as session:
        count = session.scalar(select(func.count()).select_from(StockMovement))
    assert count == len(pushers) * rounds * 3
    for pc in [admin, *pushers, puller]:
        pc.close()
