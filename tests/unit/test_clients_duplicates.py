"""The duplicate warning: normalised phones and e-mails, similar names, hidden owners."""

from __future__ import annotations

import pytest

from crm_desktop.services.clients import ClientInput, create_client, get_client
from crm_desktop.services.duplicates import DuplicateFound, find_duplicates
from crm_desktop.services.history import record_history
from crm_desktop.services.workspace import Workspace
from tests.unit.clients_helpers import add_client, add_person


def test_same_number_written_another_way_is_a_strong_match(workspace: Workspace) -> None:
    cid = add_client(workspace, phones=["+86 138 0013 8000"])
    written_ways = ("13800138000", "138-0013-8000", "(+86) 138 0013 8000", "１３８００１３８０００")
    for written in written_ways:
        matches = workspace.run(find_duplicates, name="New", phones=[written])
        assert [(m.client_id, m.reasons, m.strong) for m in matches] == [(cid, ("phone",), True)]
    with pytest.raises(DuplicateFound) as caught:
        workspace.run(create_client, ClientInput(name="New", phones=["138 0013 8000"]))
    assert caught.value.matches[0].client_name == "华东贸易有限公司"


def test_email_case_and_company_suffix(workspace: Workspace) -> None:
    cid = add_client(workspace, name="ООО «Ромашка»", emails=["Info@Romashka.ru"])
    by_mail = workspace.run(find_duplicates, name="x", emails=["INFO@romashka.RU"])
    assert by_mail[0].client_id == cid and by_mail[0].strong
    by_name = workspace.run(find_duplicates, name="Ромашка", kind="company")
    assert by_name[0].client_id == cid and by_name[0].reasons == ("name",) and by_name[0].strong
    latin = workspace.run(find_duplicates, name="Romashka LLC", kind="company")
    assert latin[0].client_id == cid


def test_pinyin_aware_names_and_company_of_a_person(workspace: Workspace) -> None:
    company = add_client(workspace, name="华东贸易有限公司")
    person = workspace.run(find_duplicates, name="张伟", kind="person", company="華東貿易")
    assert person[0].client_id == company and person[0].reasons == ("company",)
    assert not person[0].strong


def test_hidden_client_reveals_only_owner_and_department(workspace: Workspace) -> None:
    li = add_person(workspace, "李娜", department="Sales 2")
    wang = add_person(workspace, "王芳")
    add_client(workspace, li, name="秘密客户", phones=["13800138000"])
    with workspace.session() as s:
        match = find_duplicates(s, wang, name="Someone", phones=["138 0013 8000"])[0]
    assert not match.visible
    assert (match.client_id, match.client_name, match.client_company) == (None, None, None)
    assert (match.owner_name, match.department_name) == ("李娜", "Sales 2")


def test_save_anyway_is_recorded_in_history(workspace: Workspace) -> None:
    add_client(workspace, phones=["13800138000"])
    result = workspace.run(
        create_client, ClientInput(name="Other person", phones=["13800138000"]),
        allow_duplicate=True,
    )
    assert result.duplicates and result.duplicates[0].strong
    created = [h for h in workspace.run(record_history, "client", result.client.id)
               if h.action == "create"]
    assert "different client" in created[0].reason
    assert workspace.run(get_client, result.client.id).name == "Other person"


def test_editing_a_client_does_not_match_itself(workspace: Workspace) -> None:
    cid = add_client(workspace, phones=["13800138000"])
    assert workspace.run(find_duplicates, name="华东贸易", phones=["13800138000"],
                         exclude_id=cid) == []
