"""Clients that arrive by pull are found by the search box (name, pinyin, phone, contact)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pcs import PASSWORD, PC, person, set_up_company
from sqlalchemy.engine import URL

from crm_desktop.services.search import search_client_ids
from crm_desktop.store.models import Client, Contact
from crm_desktop.sync.server import connect_engine, create_account, init_server

pytestmark = pytest.mark.server


def _found(pc: PC, typed: str) -> list[str]:
    return pc.ws.run(lambda session, actor: search_client_ids(session, actor, typed))


def test_pulled_clients_and_contacts_are_searchable(server_db: URL, tmp_path: Path) -> None:
    init_server(server_db)
    alpha = PC.open(tmp_path, "alpha")
    ids = set_up_company(alpha)
    alpha.sync(server_db, owner_mode=True)
    engine = connect_engine(server_db)
    with engine.begin() as conn:
        create_account(conn, ids["admin"], PASSWORD)
    engine.dispose()
    with alpha.ws.session() as session:
        client = Client(name="张伟", company="华东贸易", owner_id=ids["lina"],
                        department_id=ids["dept"], phones=["+8613812345678"])
        session.add(client)
        session.flush()
        session.add(Contact(client_id=client.id, name="Olga Petrova",
                            phones=["+79161234567"]))
    client_id = client.id
    alpha.sync(person(server_db, "admin"))

    beta = PC.open(tmp_path, "beta")
    try:
        beta.sync(person(server_db, "admin"))
        beta.sign_in(ids["admin"])
        assert _found(beta, "zhangwei") == [client_id]
        assert _found(beta, "华东") == [client_id]
        assert _found(beta, "12345678") == [client_id]
        assert _found(beta, "Petrova") == [client_id]  # a pulled contact indexes its client
        # an edit pulled later replaces the old words; a pulled delete drops the client
        with alpha.ws.session() as session:
            row = session.get(Client, client_id)
            assert row is not None
            row.name = "李娜"
        alpha.sync(person(server_db, "admin"))
        beta.sync(person(server_db, "admin"))
        assert _found(beta, "lina") == [client_id]
        assert _found(beta, "zhangwei") == []
        with alpha.ws.session() as session:
            row = session.get(Client, client_id)
            assert row is not None
            row.deleted = True
        alpha.sync(person(server_db, "admin"))
        beta.sync(person(server_db, "admin"))
        assert _found(beta, "lina") == []
    finally:
        beta.close()
        alpha.close()
