"""Handing a leaver's clients over: counts, splits, history, credit, reversal, refusals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.config import Paths
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.handover import (
    HandoverPlan,
    hand_over,
    holdings,
    preview_handover,
    recent_handovers,
    undo_handover,
)
from crm_desktop.services.history import record_history
from crm_desktop.services.setup import run_setup
from crm_desktop.services.users import add_user, create_department, deactivate_user, sign_in
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import AuditEvent, Client, Complaint, Deal, Task

PASSWORD = "long enough pass"


class Office:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.boss = ws.actor
        self.sales = ws.run(create_department, "Sales 1").id
        self.empty = ws.run(create_department, "Sales 2").id
        self.li = self.add("李强", self.sales)
        self.wang = self.add("王芳", self.sales)
        self.zhao = self.add("赵敏", self.sales)

    def add(self, name: str, department: str | None, role: str = "staff") -> Actor:
        info = self.ws.run(add_user, login=name, display_name=name, role=role,
                           department_id=department, password=PASSWORD)
        return Actor(info.id, info.display_name, info.role, info.department_id)

    def give_clients(self, owner: Actor, count: int) -> list[str]:
        ids: list[str] = []
        with self.ws.session() as session:
            for i in range(count):
                client = Client(name=f"客户 {i:04d}", owner_id=owner.id, brought_in_by=owner.id,
                                department_id=owner.department_id, grade="ABC"[i % 3])
                session.add(client)
                session.flush()
                ids.append(client.id)
                if i % 10 == 0:
                    session.add(Deal(client_id=client.id, title=f"Deal {i}", owner_id=owner.id))
                    session.add(Deal(client_id=client.id, title=f"Won {i}", owner_id=owner.id,
                                     status="won"))
                if i % 20 == 0:
                    session.add(Task(client_id=client.id, title=f"Call {i}",
                                     assignee_id=owner.id, due_at=utc_now() + timedelta(days=1)))
                    session.add(Task(client_id=client.id, title=f"Done {i}",
                                     assignee_id=owner.id, due_at=utc_now(), done_at=utc_now()))
                if i % 50 == 0:
                    session.add(Complaint(client_id=client.id, title=f"Late {i}",
                                          assignee_id=owner.id))
            session.add(Task(title="Own reminder", assignee_id=owner.id, due_at=utc_now()))
        return ids


@pytest.fixture
def office(paths: Paths) -> Iterator[Office]:
    ws = Workspace.open(paths)
    ws.act_as(ws.run(run_setup, company="华东贸易", admin_name="张经理", password=PASSWORD,
                     language="zh_CN").actor)
    yield Office(ws)
    ws.close()


def owners(ws: Workspace) -> Counter[str | None]:
    with ws.session() as session:
        return Counter(session.scalars(select(Client.owner_id)).all())


def test_holdings_are_counted(office: Office) -> None:
    office.give_clients(office.li, 100)
    held = office.ws.run(holdings, office.li.id or "")
    assert (held.clients, held.open_deals, held.open_tasks, held.complaints) == (100, 10, 6, 2)


def test_a_thousand_clients_move_keep_credit_and_history_and_come_back(office: Office) -> None:
    ws, li, wang = office.ws, office.li, office.wang
    ids = office.give_clients(li, 1000)
    plan = HandoverPlan(li.id or "", to_user_id=wang.id, deactivate=True)
    preview = ws.run(preview_handover, plan)
    assert preview.dry_run and preview.moved_clients == 1000
    assert owners(ws) == Counter({li.id: 1000})  # the preview changed nothing

    result = ws.run(hand_over, plan)
    assert result.batch_id and result.moved_clients == 1000
    share = result.shares[0]
    assert (share.name, share.clients, share.open_deals, share.open_tasks, share.complaints) == (
        "王芳", 1000, 100, 51, 20)
    assert owners(ws) == Counter({wang.id: 1000})
    with ws.session() as session:
        assert set(session.scalars(select(Client.brought_in_by)).all()) == {li.id}
        assert session.scalar(select(func.count()).select_from(Task).where(
            Task.assignee_id == li.id)) == 50  # finished tasks stay with who did them
        assert session.scalar(select(func.count()).select_from(Deal).where(
            Deal.owner_id == li.id)) == 100  # won deals keep their credit
    history = ws.run(record_history, "client", ids[7])
    line = next(h for h in history if h.action == "handover")
    assert (line.old_value, line.new_value, line.who) == ("李强", "王芳", "张经理")
    assert line.reason == "handed over from 李强 to 王芳 by 张经理"
    assert any(h.action == "create" for h in history)  # past lines stay
    assert not ws.run(sign_in, "李强", PASSWORD).ok  # deactivated at the end

    listed = ws.run(recent_handovers)
    assert listed[0].batch_id == result.batch_id and listed[0].records >= 1000

    undone = ws.run(undo_handover, result.batch_id)
    assert undone.restored >= 1000 and undone.skipped == 0
    assert owners(ws) == Counter({li.id: 1000})
    assert ws.run(holdings, li.id or "").open_tasks == 51
    assert ws.run(sign_in, "李强", PASSWORD).ok
    with pytest.raises(ValidationError):
        ws.run(undo_handover, result.batch_id)


def test_split_evenly_by_grade_and_by_selection(office: Office) -> None:
    ws, li, wang, zhao = office.ws, office.li, office.wang, office.zhao
    ids = office.give_clients(li, 30)
    result = ws.run(hand_over, HandoverPlan(li.id or "", mode="evenly",
                                            department_id=office.sales))
    assert sorted(s.clients for s in result.shares) == [15, 15]
    assert owners(ws) == Counter({wang.id: 15, zhao.id: 15})
    ws.run(undo_handover, result.batch_id or "")

    by_grade = {"A": wang.id or "", "B": zhao.id or ""}
    result = ws.run(hand_over, HandoverPlan(li.id or "", mode="grade", by_grade=by_grade))
    assert result.staying == 10  # grade C stays
    with ws.session() as session:
        rows = session.execute(select(Client.grade, Client.owner_id).distinct()).tuples()
        grades = dict(rows.all())
    assert grades == {"A": wang.id, "B": zhao.id, "C": li.id}
    ws.run(undo_handover, result.batch_id or "")

    chosen = {ids[0]: zhao.id or "", ids[1]: zhao.id or ""}
    result = ws.run(hand_over, HandoverPlan(li.id or "", mode="selection", assignments=chosen))
    assert [(s.name, s.clients) for s in result.shares] == [("赵敏", 2)]
    assert owners(ws) == Counter({li.id: 28, zhao.id: 2})


def test_refusals_say_why_and_change_nothing(office: Office) -> None:
    ws, li, wang = office.ws, office.li, office.wang
    office.give_clients(li, 5)
    ws.run(deactivate_user, office.zhao.id or "")
    cases = [
        (HandoverPlan(li.id or "", to_user_id=li.id), "self"),
        (HandoverPlan(li.id or "", to_user_id=office.zhao.id), "inactive"),
        (HandoverPlan(li.id or "", mode="evenly", department_id=office.empty), "empty"),
        (HandoverPlan(li.id or "", mode="evenly", recipients=[wang.id or "",
                                                              office.zhao.id or ""]), "inactive"),
        (HandoverPlan(li.id or "", mode="grade", by_grade={"A": wang.id or ""},
                      deactivate=True), "clients_left"),
    ]
    for plan, reason in cases:
        with pytest.raises(ValidationError) as refused:
            ws.run(hand_over, plan)
        assert refused.value.reason == reason
        assert refused.value.message
    assert owners(ws) == Counter({li.id: 5})
    with ws.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "handover")) == 0


def test_staff_cannot_hand_over_and_managers_only_in_their_department(office: Office) -> None:
    ws, li, wang = office.ws, office.li, office.wang
    office.give_clients(li, 3)
    ws.act_as(wang)
    with pytest.raises(PermissionDenied):
        ws.run(hand_over, HandoverPlan(li.id or "", to_user_id=wang.id))
    ws.act_as(office.boss)
    outsider = office.add("外人", office.empty, role="manager")
    ws.act_as(outsider)
    with pytest.raises(PermissionDenied):
        ws.run(holdings, li.id or "")
    ws.act_as(office.boss)
    boss_of_sales = office.add("刘经理", office.sales, role="manager")
    ws.act_as(boss_of_sales)
    assert ws.run(hand_over, HandoverPlan(li.id or "", to_user_id=wang.id)).moved_clients == 3
    with pytest.raises(PermissionDenied):  # only an administrator deactivates
        ws.run(hand_over, HandoverPlan(wang.id or "", to_user_id=li.id, deactivate=True))
    assert owners(ws) == Counter({wang.id: 3})


def test_a_manager_of_another_department_cannot_take_a_handover_back(office: Office) -> None:
    ws, li, wang = office.ws, office.li, office.wang
    office.give_clients(li, 3)
    result = ws.run(hand_over, HandoverPlan(li.id or "", mode="one", to_user_id=wang.id or ""))
    stranger = office.add("外部经理", office.empty, role="manager")
    with ws.session() as session, pytest.raises(PermissionDenied):
        undo_handover(session, stranger, result.batch_id or "")
    assert owners(ws) == Counter({wang.id: 3})


def test_handover_history_lines_are_stamped_in_order(office: Office) -> None:
    ws, li, wang = office.ws, office.li, office.wang
    office.give_clients(li, 1)
    ws.run(hand_over, HandoverPlan(li.id or "", mode="one", to_user_id=wang.id or ""))
    with ws.session() as session:
        stamps = session.scalars(select(AuditEvent.hlc).where(AuditEvent.action == "handover"))
        assert all(stamps), "every handover line carries its clock stamp"
