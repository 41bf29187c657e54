"""Push and pull between simulated PCs through a real server (both backends)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pcs import PASSWORD, PC, person, set_up_company
from sqlalchemy import event, select
from sqlalchemy.engine import URL

from crm_desktop.domain.hlc import Timestamp
from crm_desktop.services.actor import Actor
from crm_desktop.services.sync_conflicts import NEW_RECORD, list_conflicts
from crm_desktop.store.models import Client, Product, StockMovement, User
from crm_desktop.sync.conflicts import CONFLICTS
from crm_desktop.sync.engine import ACK_IN_BULK, SyncEngine, SyncResult
from crm_desktop.sync.server import connect_engine, create_account, init_server

pytestmark = pytest.mark.server


@pytest.fixture
def office(server_db: URL, tmp_path: Path) -> Iterator[dict[str, object]]:
    init_server(server_db)
    alpha = PC.open(tmp_path, "alpha")
    ids = set_up_company(alpha)
    alpha.sync(server_db, owner_mode=True)
    engine = connect_engine(server_db)
    with engine.begin() as conn:
        for login in ("admin", "manager", "lina", "wang"):
            create_account(conn, ids[login], PASSWORD)
    engine.dispose()
    pcs = [alpha]
    yield {"url": server_db, "ids": ids, "alpha": alpha, "pcs": pcs, "tmp": tmp_path}
    for pc in pcs:
        pc.close()


def _join(office: dict[str, object], name: str, login: str) -> PC:
    url = office["url"]
    assert isinstance(url, URL)
    pc = PC.open(office["tmp"], name)  # type: ignore[arg-type]
    office["pcs"].append(pc)  # type: ignore[attr-defined]
    pc.sync(person(url, login))
    ids = office["ids"]
    pc.sign_in(ids[login])  # type: ignore[index]
    return pc


def _person_url(office: dict[str, object], login: str) -> URL:
    return person(office["url"], login)  # type: ignore[arg-type]


def test_a_client_made_on_one_pc_arrives_on_another(office: dict[str, object]) -> None:
    ids = office["ids"]
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        session.add(Client(name="华东贸易", owner_id=ids["lina"], brought_in_by=ids["lina"],  # type: ignore[index]
                           department_id=ids["dept"], phones=["+8613800000000"]))  # type: ignore[index]
    result = lina_pc.sync(_person_url(office, "lina"))
    assert result.pushed == 4  # the client, its history line, its phone and name directory keys
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    alpha.sync(_person_url(office, "admin"))
    with alpha.ws.session() as session:
        names = session.scalars(select(Client.name)).all()
    assert names == ["华东贸易"]
    assert alpha.snapshot()["client"] == lina_pc.snapshot()["client"]


def test_staff_do_not_receive_each_others_clients(office: dict[str, object]) -> None:
    ids = office["ids"]
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    with alpha.ws.session() as session:
        session.add(Client(name="Wang's client", owner_id=ids["wang"]))  # type: ignore[index]
        session.add(Client(name="Lina's client", owner_id=ids["lina"]))  # type: ignore[index]
    alpha.sync(_person_url(office, "admin"))
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        names = session.scalars(select(Client.name)).all()
        users = session.scalars(select(User.login)).all()
    assert names == ["Lina's client"]
    assert "wang" in users  # the people directory is shared


def test_field_merge_and_conflict(office: dict[str, object]) -> None:
    ids = office["ids"]
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    with alpha.ws.session() as session:
        client = Client(name="Old name", owner_id=ids["lina"], notes="n0")  # type: ignore[index]
        session.add(client)
    alpha.sync(_person_url(office, "admin"))
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        mine = session.get(Client, client.id)
        assert mine is not None
        mine.name = "Lina's name"
    with alpha.ws.session() as session:
        theirs = session.get(Client, client.id)
        assert theirs is not None
        theirs.notes = "admin notes"
        theirs.name = "Admin's name"  # later: wins
    lina_pc.sync(_person_url(office, "lina"))
    result = alpha.sync(_person_url(office, "admin"))
    assert result.conflicts == 1
    lina_pc.sync(_person_url(office, "lina"))
    for pc in (alpha, lina_pc):
        with pc.ws.session() as session:
            row = session.get(Client, client.id)
            assert row is not None
            assert (row.name, row.notes) == ("Admin's name", "admin notes")
    assert alpha.snapshot()["client"] == lina_pc.snapshot()["client"]


def test_stock_movements_add_up(office: dict[str, object]) -> None:
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    with alpha.ws.session() as session:
        product = Product(name="Tea")
        session.add(product)
    alpha.sync(_person_url(office, "admin"))
    wang = _join(office, "wang-pc", "wang")
    for pc, qty in ((alpha, 5), (wang, -2), (alpha, 10)):
        with pc.ws.session() as session:
            session.add(StockMovement(product_id=product.id, quantity=qty))
    wang.sync(_person_url(office, "wang"))
    alpha.sync(_person_url(office, "admin"))
    wang.sync(_person_url(office, "wang"))
    for pc in (alpha, wang):
        with pc.ws.session() as session:
            total = sum(session.scalars(select(StockMovement.quantity)))
        assert total == 13


def test_staff_edit_refused_for_someone_elses_record(office: dict[str, object]) -> None:
    ids = office["ids"]
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        session.add(Client(name="Sneaky", owner_id=ids["wang"]))  # type: ignore[index]
        admin = session.get(User, ids["admin"])  # type: ignore[index]
        assert admin is not None
        admin.display_name = "Hacked"
    lina_pc.ws.act_as(Actor(ids["lina"], "Lina"))  # type: ignore[index]
    result = lina_pc.sync(_person_url(office, "lina"))
    assert result.refused >= 2  # the client, the change to a person (and the client's history)
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    alpha.sync(_person_url(office, "admin"))
    with alpha.ws.session() as session:
        assert session.scalars(select(Client.name)).all() == []
        assert session.get(User, ids["admin"]).display_name != "Hacked"  # type: ignore[index,union-attr]


def test_one_refused_row_does_not_take_its_neighbours_down(office: dict[str, object]) -> None:
    ids = office["ids"]
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        for name in ("Ясень", "Берёза", "Липа"):
            session.add(Client(name=name, owner_id=ids["lina"],  # type: ignore[index]
                               department_id=ids["dept"]))  # type: ignore[index]
        sneaky_client = Client(name="Sneaky", owner_id=ids["wang"])  # type: ignore[index]
        session.add(sneaky_client)
        session.flush()
        sneaky = sneaky_client.id
    result = lina_pc.sync(_person_url(office, "lina"))
    assert result.refused >= 1
    with lina_pc.ws.session() as session:  # her own are accepted; only the sneaky one waits
        dirty = session.scalars(select(Client.name).where(Client.dirty.is_(True))).all()
        refused = session.scalars(select(CONFLICTS.c.record_id).where(
            CONFLICTS.c.reason == "refused", CONFLICTS.c.table_name == "client")).all()
    assert dirty == []
    assert set(refused) == {sneaky}
    with lina_pc.ws.session() as session:  # what she typed is kept, and said plainly
        told = [c for c in list_conflicts(session, lina_pc.ws.actor)
                if c.record_id == sneaky and c.field == NEW_RECORD]
    assert [c.record_title for c in told] == ["Sneaky"]
    assert told[0].mine["name"] == "Sneaky"
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    alpha.sync(_person_url(office, "admin"))
    with alpha.ws.session() as session:
        assert sorted(session.scalars(select(Client.name))) == sorted(["Ясень", "Берёза", "Липа"])


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_push_is_one_call_to_the_server(office: dict[str, object]) -> None:
    """The counter lock is taken inside crm_push: nothing else is sent until the commit.
    (More rows than ACK_IN_BULK: a row answered twice would break the bulk acknowledgement.)"""
    ids = office["ids"]
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        for i in range(ACK_IN_BULK + 50):
            session.add(Client(name=f"Client {i}", owner_id=ids["lina"],  # type: ignore[index]
                               department_id=ids["dept"]))  # type: ignore[index]
    engine = lina_pc.engine(_person_url(office, "lina"))
    sent: list[str] = []
    event.listen(engine.server, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    event.listen(engine.server, "commit", lambda _c: sent.append("COMMIT"))
    result = SyncResult()
    engine.push(result)
    assert result.pushed >= ACK_IN_BULK + 50
    assert not any("FOR UPDATE" in s for s in sent)
    calls = [i for i, s in enumerate(sent) if "crm_push(" in s]
    assert len(calls) == 1
    assert sent[calls[0] + 1:] == ["COMMIT"]


@pytest.mark.parametrize("backend", ["mariadb"])
def test_a_mariadb_push_is_one_batch_that_takes_the_lock(
        office: dict[str, object], caplog: pytest.LogCaptureFixture) -> None:
    """Merged before the lock; the lock, the writes and the counter go in one batch. A batch
    the server does not take as merged (a refused row) is merged again under the lock."""
    ids = office["ids"]
    lina_pc = _join(office, "lina-pc", "lina")
    with lina_pc.ws.session() as session:
        for i in range(30):
            session.add(Client(name=f"Client {i}", owner_id=ids["lina"],  # type: ignore[index]
                               department_id=ids["dept"]))  # type: ignore[index]
    engine = lina_pc.engine(_person_url(office, "lina"))
    sent: list[str] = []
    event.listen(engine.server, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    caplog.set_level("INFO", logger="crm_desktop.sync.engine")
    result = SyncResult()
    engine.push(result)
    assert result.pushed >= 30 and result.refused == 0
    assert not any("FOR UPDATE" in s or s.lstrip().upper().startswith(("INSERT", "UPDATE"))
                   for s in sent)  # all of it went in the batch, none statement by statement
    assert "merging again under the lock" not in caplog.text
    with lina_pc.ws.session() as session:
        session.add(Client(name="Sneaky", owner_id=ids["wang"]))  # type: ignore[index]
        session.add(Client(name="Mine", owner_id=ids["lina"],  # type: ignore[index]
                           department_id=ids["dept"]))  # type: ignore[index]
    again = SyncResult()
    engine.push(again)
    assert "merging again under the lock" in caplog.text
    assert again.refused >= 1 and again.pushed >= 1


def test_a_clock_hours_ahead_is_cut_back_and_the_pc_named(office: dict[str, object]) -> None:
    ids = office["ids"]
    url = office["url"]
    assert isinstance(url, URL)
    fast = PC.open(office["tmp"], "fast-pc", skew_ms=2 * 3600 * 1000)  # type: ignore[arg-type]
    office["pcs"].append(fast)  # type: ignore[attr-defined]
    fast.sync(person(url, "lina"))
    fast.sign_in(ids["lina"])  # type: ignore[index]
    with fast.ws.session() as session:
        client = Client(name="Быстрые часы", owner_id=ids["lina"],  # type: ignore[index]
                        department_id=ids["dept"])  # type: ignore[index]
        session.add(client)
        session.flush()
        client_id = client.id
    result = fast.sync(person(url, "lina"))
    assert any("fast-pc" in w and "ahead" in w for w in result.warnings)
    now_ms = time.time_ns() // 1_000_000
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    alpha.sync(_person_url(office, "admin"))
    for pc in (alpha, fast):  # the server's stamp, cut back, is the one both PCs hold
        with pc.ws.session() as session:
            stored = session.get(Client, client_id)
            assert stored is not None and not stored.dirty
            assert Timestamp.parse(stored.hlc).wall_ms < now_ms + 61_000
            assert all(Timestamp.parse(s).wall_ms < now_ms + 61_000
                       for s in stored.field_hlc.values())


class _LostAnswer(SyncEngine):
    """The PC is switched off after the server's commit, before it hears the answer."""

    def _after_push(self, *args: object) -> None:
        raise RuntimeError("switched off")


def test_a_fast_clock_push_whose_answer_was_lost_ends_as_the_server_has_it(
        office: dict[str, object]) -> None:
    """Pushed again, the rows are cut back to a later time than the first time: the PC must
    take the server's stamps (append-only rows keep the first ones), not keep its own."""
    ids = office["ids"]
    url = office["url"]
    assert isinstance(url, URL)
    fast = PC.open(office["tmp"], "fast-pc", skew_ms=2 * 3600 * 1000)  # type: ignore[arg-type]
    office["pcs"].append(fast)  # type: ignore[attr-defined]
    fast.sync(person(url, "admin"))
    fast.sign_in(ids["admin"])  # type: ignore[index]
    with fast.ws.session() as session:
        product = Product(name="Чай")
        session.add(product)
        session.flush()
        session.add(StockMovement(product_id=product.id, quantity=7))
        session.add(Client(name="Снова", owner_id=ids["lina"],  # type: ignore[index]
                           department_id=ids["dept"]))  # type: ignore[index]
    server = connect_engine(person(url, "admin"))
    fast.extra.setdefault("engines", []).append(server)
    with pytest.raises(RuntimeError):
        _LostAnswer(fast.ws.sessions, server, pc_name="fast-pc").push(SyncResult())
    time.sleep(0.05)  # the second push is cut back to a later server time
    fast.sync(person(url, "admin"))
    alpha = office["alpha"]
    assert isinstance(alpha, PC)
    alpha.sync(_person_url(office, "admin"))
    theirs, mine = alpha.snapshot(), fast.snapshot()
    for table in ("stock_movement", "product", "client"):
        assert mine[table] == theirs[table], table
