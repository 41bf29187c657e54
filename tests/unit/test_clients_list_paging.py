"""The list's windows: keyset paging from a row, from the end, and short searches that stop."""

from __future__ import annotations

import pytest

from crm_desktop.services import client_list
from crm_desktop.services.client_list import (
    ClientFilter,
    ListSize,
    count_clients,
    list_clients,
    list_size,
    row_key,
)
from crm_desktop.services.search import is_short
from crm_desktop.services.workspace import Workspace
from tests.unit.clients_helpers import add_client

NAMES = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Fyodor", "Galina"]


@pytest.fixture
def office(workspace: Workspace) -> list[str]:
    for index, name in enumerate(NAMES):
        add_client(workspace, name=name, phones=[f"+86 138 0013 80{index:02d}"])
    # Two clients with the same name: the id breaks the tie, in both directions.
    add_client(workspace, name="Clara")
    return sorted([*NAMES, "Clara"])


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_windows_join_up_to_the_whole_list(
    workspace: Workspace, office: list[str], descending: bool
) -> None:
    flt = ClientFilter(descending=descending)
    whole = workspace.run(list_clients, flt, 0, 100)
    assert [r.name for r in whole] == (office[::-1] if descending else office)
    pages, after = [], None
    while True:
        page = workspace.run(list_clients, flt, 0, 3, after=after)
        if not page:
            break
        pages += page
        after = row_key(page[-1], flt)
    assert [r.id for r in pages] == [r.id for r in whole]
    # Before a row: the rows just above it, in list order.
    before = workspace.run(list_clients, flt, 0, 3, before=row_key(whole[5], flt))
    assert [r.id for r in before] == [r.id for r in whole[2:5]]
    # From the end: offset counted from the bottom, rows still in list order.
    assert [r.id for r in workspace.run(list_clients, flt, 0, 3, from_end=True)] == [
        r.id for r in whole[-3:]]
    assert [r.id for r in workspace.run(list_clients, flt, 2, 3, from_end=True)] == [
        r.id for r in whole[-5:-2]]


def test_keyset_is_ignored_for_a_sort_that_allows_none(
    workspace: Workspace, office: list[str]
) -> None:
    flt = ClientFilter(sort="last_contact_at")
    whole = workspace.run(list_clients, flt, 0, 100)
    assert row_key(whole[0], flt) is None
    assert len(workspace.run(list_clients, flt, 2, 100)) == len(whole) - 2
    # A key given anyway is ignored rather than read as "before" in the wrong order.
    assert [r.id for r in workspace.run(list_clients, flt, 0, 3, before=("x", "y"))] == [
        r.id for r in whole[:3]]


def test_short_search_stops_and_says_more(
    workspace: Workspace, office: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_list, "SHORT_WINDOW", 3)
    everyone = ClientFilter(text="13")  # fewer than four digits: every client's phone
    assert workspace.run(count_clients, everyone) == len(NAMES)
    assert workspace.run(list_size, everyone) == ListSize(3, more=True)
    rows = workspace.run(list_clients, everyone, 0, 100)
    assert len(rows) == 3 and [r.name for r in rows] == sorted(r.name for r in rows)
    # Few enough matches: the size is exact and nothing more is claimed.
    assert workspace.run(list_size, ClientFilter(text="Bo")) == ListSize(1)
    assert workspace.run(list_size, ClientFilter(text="Galina")) == ListSize(1)
    assert workspace.run(list_size, ClientFilter()) == ListSize(len(office))


@pytest.mark.parametrize(
    ("typed", "short"),
    [("z", True), ("zw", True), ("张", True), ("张伟", True), ("zwx", False), ("1", True),
     ("138", True), ("138-0", False), ("8000", False), ("a b", True), ("ab c", False)],
)
def test_what_counts_as_a_short_search(typed: str, short: bool) -> None:
    assert is_short(typed) is short


def test_phone_is_formatted_for_people(workspace: Workspace, office: list[str]) -> None:
    row = workspace.run(list_clients, ClientFilter(text="Anna"))[0]
    assert row.stored_phone == "+8613800138000"
    assert row.phone.startswith("+86 138")


@pytest.mark.parametrize("typed", ["", "Clara", "cla", "Cl", "13", "Zzz"])
def test_first_window_is_the_size_and_the_first_rows(
    workspace: Workspace, office: list[str], typed: str
) -> None:
    flt = ClientFilter(text=typed)
    size, rows = workspace.run(client_list.first_window, flt, 2)
    assert size == workspace.run(list_size, flt)
    assert [r.id for r in rows] == [r.id for r in workspace.run(list_clients, flt, 0, 2)]
