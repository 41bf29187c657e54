"""The search box: pinyin, traditional characters, Cyrillic, digit runs, hostile text."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crm_desktop.services.client_list import ClientFilter, count_clients, list_clients
from crm_desktop.services.clients import delete_client, restore_client, update_client
from crm_desktop.services.contacts import ContactInput, add_contact
from crm_desktop.services.search import fts_query, search_client_ids
from crm_desktop.services.workspace import Workspace
from crm_desktop.store import search_index
from tests.unit.clients_helpers import add_client, add_person


@pytest.fixture
def office(workspace: Workspace) -> dict[str, str]:
    return {
        "zhang": add_client(workspace, name="张伟", kind="person", company="华东贸易",
                            phones=["138-0013-8000"], tags=["重点客户"]),
        "ivan": add_client(workspace, name="Ёлкин Пётр", kind="person",
                           phones=["8 (495) 123-45-67"], emails=["petr@mail.ru"]),
        "acme": add_client(workspace, name="Acme Ltd", emails=["sales@acme.com"]),
    }


def _names(ws: Workspace, typed: str) -> list[str]:
    return sorted(r.name for r in ws.run(list_clients, ClientFilter(text=typed)))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zw", ["张伟"]),
        ("zhangwei", ["张伟"]),
        ("zhang wei", ["张伟"]),
        ("張偉", ["张伟"]),
        ("东贸", ["张伟"]),
        ("8000", ["张伟"]),
        ("138-0013-8000", ["张伟"]),
        ("+86 13800138000", ["张伟"]),
        ("елкин", ["Ёлкин Пётр"]),
        ("ЁЛКИН пЁтр", ["Ёлкин Пётр"]),
        ("8 495 123", ["Ёлкин Пётр"]),
        ("4567", ["Ёлкин Пётр"]),
        ("petr@mail.ru", ["Ёлкин Пётр"]),
        ("重点", ["张伟"]),
        ("acme", ["Acme Ltd"]),
    ],
)
def test_finds_in_any_language_and_format(
    workspace: Workspace, office: dict[str, str], typed: str, expected: list[str]
) -> None:
    assert _names(workspace, typed) == expected


@pytest.mark.parametrize("typed", ['"', "%", "*", "'; DROP TABLE client; --", 'a" OR "b',
                                   "NEAR(", "zw*", "-acme", "^acme"])
def test_hostile_text_is_only_text(
    workspace: Workspace, office: dict[str, str], typed: str
) -> None:
    rows = workspace.run(list_clients, ClientFilter(text=typed))
    assert all(r.name for r in rows)
    assert workspace.run(count_clients, ClientFilter()) == 3


def test_query_quotes_every_word() -> None:
    assert fts_query('a"b c') == '"a""b"* AND "c"*'
    assert fts_query("138-0013-8000") == '"13800138000"*'
    assert fts_query("  %  ") is None


def test_index_follows_edits_contacts_and_deletes(
    workspace: Workspace, office: dict[str, str]
) -> None:
    workspace.run(update_client, office["acme"], {"name": "Globex"})
    assert _names(workspace, "ltd") == [] and _names(workspace, "globex") == ["Globex"]
    workspace.run(add_contact, office["acme"], ContactInput("李娜", phones=["13912345678"]))
    assert _names(workspace, "ln") == ["Globex"]
    assert _names(workspace, "2345678") == ["Globex"]
    workspace.run(delete_client, office["acme"])
    assert _names(workspace, "globex") == []
    workspace.run(restore_client, office["acme"])
    assert _names(workspace, "globex") == ["Globex"]


def test_search_respects_who_sees_what(workspace: Workspace, office: dict[str, str]) -> None:
    li = add_person(workspace, "李娜")
    add_client(workspace, li, name="张伟伟")
    with workspace.session() as s:
        assert len(search_client_ids(s, li, "zw")) == 1
        assert len(search_client_ids(s, workspace.actor, "zw")) == 2


def test_rebuild_gives_the_same_answers(workspace: Workspace, office: dict[str, str]) -> None:
    with workspace.session() as s:
        s.execute(text("DELETE FROM client_search"))
    assert _names(workspace, "zw") == []
    with workspace.session() as s:
        assert search_index.rebuild(s.connection()) == 3
    assert _names(workspace, "zw") == ["张伟"]


def test_list_windows_sort_and_filters(workspace: Workspace, office: dict[str, str]) -> None:
    me = workspace.actor
    flt = ClientFilter(sort="name", descending=True)
    first = workspace.run(list_clients, flt, 0, 2)
    rest = workspace.run(list_clients, flt, 2, 2)
    assert [r.name for r in first + rest] == sorted(
        ["张伟", "Ёлкин Пётр", "Acme Ltd"], reverse=True)
    assert workspace.run(count_clients, ClientFilter(tag="重点客户")) == 1
    assert workspace.run(count_clients, ClientFilter(scope="mine")) == 3
    assert workspace.run(count_clients, ClientFilter(grade="A")) == 0
    assert workspace.run(count_clients, ClientFilter(scope="brought_in")) == 3
    assert me.id is not None
