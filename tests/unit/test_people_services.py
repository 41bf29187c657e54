"""Users, departments, sign-in, set-up and who-sees-what, through the services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from crm_desktop.config import Paths
from crm_desktop.services import records, recycle_bin
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, get_setting, set_staff_view
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.history import record_history
from crm_desktop.services.permissions import visible_clients
from crm_desktop.services.setup import AlreadySetUp, is_set_up, run_setup
from crm_desktop.services.users import (
    FREE_TRIES,
    add_user,
    change_own_password,
    create_department,
    deactivate_user,
    list_departments,
    list_users,
    remove_department,
    set_active,
    set_password,
    sign_in,
    update_user,
    verify_password,
    wait_after,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Client, User

GOOD = "long enough pass"


@pytest.fixture
def fresh(paths: Paths) -> Workspace:
    ws = Workspace.open(paths)
    yield ws
    ws.close()


@pytest.fixture
def company(fresh: Workspace) -> Workspace:
    result = fresh.run(run_setup, company="华东贸易", admin_name="张经理", password=GOOD,
                       language="zh_CN")
    fresh.act_as(result.actor)
    return fresh


def add(ws: Workspace, login: str, role: str = "staff", department_id: str | None = None,
        password: str = GOOD) -> Actor:
    info = ws.run(add_user, login=login, display_name=login, role=role,
                  department_id=department_id, password=password)
    return Actor(info.id, info.display_name, info.role, info.department_id)


def test_setup_makes_the_company_and_its_administrator_once(fresh: Workspace) -> None:
    assert not fresh.run(is_set_up)
    result = fresh.run(run_setup, company="  华东贸易 ", admin_name="张经理", password=GOOD,
                       language="zh_CN")
    assert result.actor.is_admin and result.actor.name == "张经理"
    with fresh.session() as session:
        assert get_setting(session, COMPANY_NAME) == "华东贸易"
        user = session.scalar(select(User))
        assert user is not None and user.password_hash.startswith("$argon2id$")
        assert verify_password(user.password_hash, GOOD)
    with pytest.raises(AlreadySetUp):
        fresh.run(run_setup, company="Other", admin_name="Eve", password=GOOD, language="en")


@pytest.mark.parametrize(
    ("company_name", "admin", "password", "language", "field"),
    [("", "Ann", GOOD, "en", "company"), ("Acme", " ", GOOD, "en", "admin_name"),
     ("Acme", "Ann", "short", "en", "password"), ("Acme", "Ann", GOOD, "fr", "language"),
     ("Acme", "Ann", "", "en", "password")],
)
def test_setup_refuses_bad_answers_and_leaves_nothing(
    fresh: Workspace, company_name: str, admin: str, password: str, language: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        fresh.run(run_setup, company=company_name, admin_name=admin, password=password,
                  language=language)
    assert refused.value.field == field
    assert not fresh.run(is_set_up)


def test_sign_in_right_wrong_and_switched_off(company: Workspace) -> None:
    add(company, "wangfang")
    ok = company.run(sign_in, "WangFang", GOOD)
    assert ok.ok and ok.actor is not None and ok.actor.name == "wangfang"
    wrong = company.run(sign_in, "wangfang", "not the password")
    assert not wrong.ok and wrong.reason == "wrong"
    nobody = company.run(sign_in, "nobody", GOOD)
    assert nobody.reason == "wrong" and nobody.message == wrong.message  # no name guessing
    user_id = ok.actor.id
    assert user_id is not None
    company.run(deactivate_user, user_id)
    off = company.run(sign_in, "wangfang", GOOD)
    assert not off.ok and off.reason == "inactive"


def test_repeated_failures_slow_down_further_tries(company: Workspace) -> None:
    add(company, "lq")
    start = utc_now()
    for i in range(FREE_TRIES):
        result = company.run(sign_in, "lq", "wrong password", now=start)
        assert result.reason == "wrong"
        assert result.wait_seconds == wait_after(i + 1)
    assert result.wait_seconds > 0
    # even the right password waits now, and the wait grows
    blocked = company.run(sign_in, "lq", GOOD, now=start + timedelta(seconds=1))
    assert blocked.reason == "wait" and blocked.wait_seconds >= 1
    later = start + timedelta(seconds=result.wait_seconds + 1)
    again = company.run(sign_in, "lq", "wrong again", now=later)
    assert again.wait_seconds > result.wait_seconds
    much_later = later + timedelta(seconds=again.wait_seconds + 1)
    assert company.run(sign_in, "lq", GOOD, now=much_later).ok
    # a success clears the count
    assert company.run(sign_in, "lq", "wrong", now=much_later).wait_seconds == 0


def test_duplicate_sign_in_names_are_refused_in_any_case(company: Workspace) -> None:
    add(company, "LiQiang")
    with pytest.raises(ValidationError) as refused:
        add(company, "liqiang")
    assert refused.value.reason == "taken"
    assert [u.login for u in company.run(list_users)].count("LiQiang") == 1


def test_roles_departments_and_who_may_change_them(company: Workspace) -> None:
    sales = company.run(create_department, "Sales 2")
    with pytest.raises(ValidationError) as empty:
        company.run(create_department, "   ")
    assert empty.value.reason == "empty"
    with pytest.raises(ValidationError):
        company.run(create_department, "sales 2")
    staff = add(company, "wf", department_id=sales.id)
    assert company.run(list_departments)[0].members == 1
    admin = company.actor
    company.act_as(staff)
    with pytest.raises(PermissionDenied):
        add(company, "intruder")
    with pytest.raises(PermissionDenied):
        company.run(update_user, staff.id or "", role="admin")
    company.act_as(admin)
    info = company.run(update_user, staff.id or "", role="manager")
    assert info.role == "manager" and info.department_name == "Sales 2"
    with pytest.raises(ValidationError) as busy:
        company.run(remove_department, sales.id)
    assert busy.value.reason == "not_empty"
    with pytest.raises(ValidationError) as last:
        company.run(update_user, admin.id or "", role="staff")
    assert last.value.reason == "last_admin"
    with pytest.raises(ValidationError):
        company.run(set_active, admin.id or "", False)


def test_passwords_change_by_oneself_and_by_an_administrator(company: Workspace) -> None:
    staff = add(company, "wf")
    admin = company.actor
    company.act_as(staff)
    with pytest.raises(ValidationError) as wrong:
        company.run(change_own_password, "not mine", "another good one")
    assert wrong.value.field == "old_password"
    company.run(change_own_password, GOOD, "another good one")
    assert company.run(sign_in, "wf", "another good one").ok
    with pytest.raises(PermissionDenied):
        company.run(set_password, admin.id or "", "taking over!")
    company.act_as(admin)
    company.run(set_password, staff.id or "", "set by admin 1")
    assert company.run(sign_in, "wf", "set by admin 1").ok
    assert not company.run(sign_in, "wf", "another good one").ok


def test_a_deactivated_person_stays_in_the_history_under_their_name(company: Workspace) -> None:
    staff = add(company, "李强")
    company.act_as(staff)
    with company.session() as session:
        client = Client(name="华东贸易", owner_id=staff.id, brought_in_by=staff.id)
        session.add(client)
        session.flush()
        client_id = client.id
    company.act_as(Actor(*_admin(company)))
    company.run(deactivate_user, staff.id or "")
    history = company.run(record_history, "client", client_id)
    assert [h.who for h in history if h.action == "create"] == ["李强"]
    assert not company.run(sign_in, "李强", GOOD).ok


def _admin(ws: Workspace) -> tuple[str, str, str, None]:
    with ws.session() as session:
        user = session.scalar(select(User).where(User.role == "admin"))
        assert user is not None
        return user.id, user.display_name, "admin", None


def test_staff_cannot_reach_another_persons_client_through_the_services(
    company: Workspace,
) -> None:
    li = add(company, "李强")
    wang = add(company, "王芳")
    with company.session() as session:
        client = Client(name="李强的客户", owner_id=li.id, brought_in_by=li.id)
        session.add(client)
        session.flush()
        guessed = client.id
    company.act_as(wang)
    with company.session() as session:
        assert session.scalars(select(Client).where(visible_clients(session, wang))).all() == []
    for attempt in (
        lambda: company.run(records.load, "client", guessed),
        lambda: company.run(records.update_fields, "client", guessed, {"name": "mine now"}),
        lambda: company.run(records.send_to_recycle_bin, "client", guessed),
        lambda: company.run(record_history, "client", guessed),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert company.run(recycle_bin.list_deleted) == []
    # the company may widen what staff see
    company.act_as(Actor(*_admin(company)))
    company.run(set_staff_view, "company")
    company.act_as(wang)
    assert company.run(records.load, "client", guessed).id == guessed
