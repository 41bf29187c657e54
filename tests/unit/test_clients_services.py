"""Client rules: validation, credit, permissions, history, recycle bin, contact keys, merge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.services import records
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_merge import merge_clients, merge_preview
from crm_desktop.services.clients import (
    ClientInput,
    change_owner,
    client_problems,
    create_client,
    delete_client,
    get_client,
    restore_client,
    set_brought_in_by,
    update_client,
)
from crm_desktop.services.contacts import ContactInput, add_contact, delete_contact
from crm_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from crm_desktop.services.history import record_history
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Activity, ContactKey
from tests.unit.clients_helpers import add_client, add_person


def _keys(ws: Workspace, client_id: str) -> set[tuple[str, str]]:
    with ws.session() as s:
        rows = s.scalars(
            select(ContactKey).where(ContactKey.client_id == client_id,
                                     ContactKey.deleted.is_(False))
        )
        return {(k.kind, k.value) for k in rows if k.kind in ("phone", "email")}


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({"name": "    "}, "name", "empty"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"name": "Ромашка 🌼"}, "name", "emoji"),
        ({"name": "Иvanов"}, "name", "mixed_scripts"),
        ({"name": "张Иван"}, "name", "mixed_scripts"),
        ({"name": "ok\x07"}, "name", "control_characters"),
        ({"phones": ["12"]}, "phones", "phone_too_short"),
        ({"phones": ["call me"]}, "phones", "phone_invalid"),
        ({"emails": ["ivan@"]}, "emails", "email_bad_domain"),
        ({"emails": ["ivan"]}, "emails", "email_no_at"),
        ({"grade": "Z"}, "grade", "choice"),
        ({"tags": ["t" * 41]}, "tags", "too_long"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    workspace: Workspace, values: dict[str, object], field: str, reason: str
) -> None:
    problems = workspace.run(client_problems, values)
    assert [(p.field, p.reason) for p in problems] == [(field, reason)]
    data = ClientInput(**{"name": "Fine name", **values})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.run(create_client, data)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    with workspace.session() as s:
        assert s.scalars(select(ContactKey)).first() is None


def test_good_names_in_three_languages_pass(workspace: Workspace) -> None:
    for name in ("张伟", "Zhang Wei 张伟", "ООО «Ромашка» Ltd", "O'Brien & Sons", "Пётр Ёлкин"):
        assert workspace.run(client_problems, {"name": name}) == []


def test_create_normalises_and_credits_the_creator(workspace: Workspace, admin: Actor) -> None:
    cid = add_client(workspace, phones=["138-0013-8000", "+86 138 0013 8000"],
                     emails=[" Li@Example.COM "])
    details = workspace.run(get_client, cid)
    assert details.phones == ("+8613800138000",)
    assert details.emails == ("li@example.com",)
    assert details.brought_in_by == admin.id and details.brought_in_by_name == admin.name
    assert details.brought_in_at is not None and details.owner_id == admin.id
    assert _keys(workspace, cid) == {("phone", "+8613800138000"), ("email", "li@example.com")}


def test_named_colleague_gets_the_credit(workspace: Workspace) -> None:
    wang = add_person(workspace, "王芳")
    cid = add_client(workspace, brought_in_by=wang.id)
    assert workspace.run(get_client, cid).brought_in_by_name == "王芳"


def test_staff_cannot_change_credit_admin_can_with_reason_in_history(
    workspace: Workspace, admin: Actor
) -> None:
    li = add_person(workspace, "李娜")
    cid = add_client(workspace, li)
    with pytest.raises(PermissionDenied):
        workspace.run(update_client, cid, {"brought_in_by": admin.id})
    with workspace.session() as s, pytest.raises(PermissionDenied):
        set_brought_in_by(s, li, cid, admin.id, "typo")
    with pytest.raises(ValidationError):
        workspace.run(set_brought_in_by, cid, li.id, "   ")
    workspace.run(set_brought_in_by, cid, admin.id, "Entered under the wrong name")
    entry = next(h for h in workspace.run(record_history, "client", cid)
                 if h.field == "brought_in_by")
    assert entry.reason == "Entered under the wrong name"
    assert (entry.old_value, entry.new_value) == (li.id, admin.id)


def test_staff_see_only_their_own_clients(workspace: Workspace) -> None:
    li = add_person(workspace, "李娜", department="Sales 2")
    wang = add_person(workspace, "王芳")
    cid = add_client(workspace, li)
    with workspace.session() as s:
        assert get_client(s, li, cid).name
        with pytest.raises(NotFound):
            get_client(s, wang, cid)
        with pytest.raises(PermissionDenied):
            change_owner(s, li, cid, wang.id)


def test_edit_keeps_history_and_keys_follow_and_undo_restores(workspace: Workspace) -> None:
    cid = add_client(workspace, phones=["13800138000"])
    change = workspace.run(update_client, cid, {"phones": "+7 912 345-67-89", "grade": "a"})
    assert change.changes["grade"] == ("C", "A")
    assert _keys(workspace, cid) == {("phone", "+79123456789")}
    workspace.run(records.apply, change.inverse())
    details = workspace.run(get_client, cid)
    assert details.phones == ("+8613800138000",) and details.grade == "C"
    assert _keys(workspace, cid) == {("phone", "+8613800138000")}
    fields = {h.field for h in workspace.run(record_history, "client", cid)}
    assert {"phones", "grade"} <= fields


def test_recycle_bin_round_trip_drops_and_brings_back_keys(workspace: Workspace) -> None:
    cid = add_client(workspace, phones=["13800138000"])
    workspace.run(delete_client, cid)
    assert _keys(workspace, cid) == set()
    with pytest.raises(PermissionDenied):
        workspace.run(update_client, cid, {"grade": "A"})
    workspace.run(restore_client, cid)
    assert _keys(workspace, cid) == {("phone", "+8613800138000")}


def test_contacts_add_keys_and_leave_with_delete(workspace: Workspace) -> None:
    cid = add_client(workspace)
    contact = workspace.run(add_contact, cid, ContactInput("张伟", "经理", ["13900139000"]))
    assert ("phone", "+8613900139000") in _keys(workspace, cid)
    assert [c.name for c in workspace.run(get_client, cid).contacts] == ["张伟"]
    workspace.run(delete_contact, contact.id)
    assert ("phone", "+8613900139000") not in _keys(workspace, cid)
    with pytest.raises(ValidationError):
        workspace.run(add_contact, cid, ContactInput(" "))


def test_merge_moves_contacts_and_activities_keeps_earliest_credit(
    workspace: Workspace, admin: Actor
) -> None:
    wang = add_person(workspace, "王芳")
    first = add_client(workspace, brought_in_by=wang.id, phones=["13800138000"], grade="A")
    second = add_client(workspace, name="华东贸易", phones=["13900139000"], emails=["a@b.cn"])
    workspace.run(add_contact, second, ContactInput("张伟"))
    with workspace.session() as s:
        s.add(Activity(client_id=second, kind="call", happened_at=utc_now(), text="hi"))
    preview = workspace.run(merge_preview, second, first)
    assert "name" in preview.differing and "grade" in preview.differing
    merged = workspace.run(merge_clients, second, first, ["grade"])
    assert merged.id == second and merged.grade == "A" and merged.name == "华东贸易"
    assert set(merged.phones) == {"+8613800138000", "+8613900139000"}
    assert merged.brought_in_by_name == "王芳"
    assert [c.name for c in merged.contacts] == ["张伟"]
    with workspace.session() as s:
        moved = s.scalars(select(Activity.client_id)).all()
    assert moved == [second]
    gone = workspace.run(get_client, first)
    assert gone.deleted
    assert _keys(workspace, first) == set()
    history = workspace.run(record_history, "client", second)
    assert any(h.action == "merge" for h in history)
    assert any(h.action == "create" and h.new_value == "华东贸易有限公司" for h in history)


def test_contacts_moved_by_a_merge_stay_in_the_duplicate_directory(
    workspace: Workspace, admin: Actor
) -> None:
    first = add_client(workspace, name="华东贸易", phones=["13800138000"])
    second = add_client(workspace, name="华东贸易有限公司", phones=["13900139000"])
    workspace.run(add_contact, first, ContactInput("李娜", phones=["13700137000"]))
    workspace.run(merge_clients, second, first, [])
    assert ("phone", "+8613700137000") in _keys(workspace, second)
    assert _keys(workspace, first) == set()
