"""The client list's Qt model: pages fetched from either end and from their neighbours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.config import Preferences
from crm_desktop.services import client_list
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.clients import list_model
from crm_desktop.ui.clients.list_model import ID_ROLE, ClientListModel
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.context import AppContext
from tests.unit.clients_helpers import add_client

NAMES = [f"Client {chr(ord('A') + i)}" for i in range(11)]


@pytest.fixture
def context(workspace: Workspace, qtbot: QtBot) -> Iterator[AppContext]:
    for index, name in enumerate(NAMES):
        add_client(workspace, name=name, phones=[f"+86 138 0013 80{index:02d}"])
    ctx = AppContext(workspace, Preferences())
    yield ctx
    ctx.undo_stack.clear()


def _names(model: ClientListModel, rows: list[int]) -> list[str]:
    return [str(model.data(model.index(r, 0))) for r in rows]


@pytest.mark.parametrize("descending", [False, True])
def test_any_order_of_scrolling_shows_the_same_rows(
    context: AppContext, monkeypatch: pytest.MonkeyPatch, descending: bool
) -> None:
    monkeypatch.setattr(list_model, "PAGE", 3)
    expected = sorted(NAMES, reverse=descending)
    model = ClientListModel(context)
    model.sort(0, list_model.Qt.SortOrder.DescendingOrder if descending
               else list_model.Qt.SortOrder.AscendingOrder)
    # Before the first showing a sort only records the order: nothing is read yet.
    assert not model.loaded and model.rowCount() == 0
    model.reload()
    assert model.rowCount() == len(NAMES) and not model.more
    # The scroll bar dragged to the bottom, then scrolled back up row by row.
    bottom_up = list(reversed(range(len(NAMES))))
    assert _names(model, bottom_up) == [expected[r] for r in bottom_up]
    # A fresh model, top down, then a jump to the middle.
    model.reload()
    assert _names(model, list(range(len(NAMES)))) == expected
    model.reload()
    assert _names(model, [6, 7, 5, 8, 0]) == [expected[r] for r in (6, 7, 5, 8, 0)]
    assert len({model.data(model.index(r, 0), ID_ROLE) for r in range(len(NAMES))}) == len(NAMES)


def test_a_short_search_says_more_than(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_list, "SHORT_WINDOW", 4)
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.search.setText("Cl")
    page.apply_filter()
    assert page.model.rowCount() == 4 and page.model.more
    assert "4" in page.count_label.text() and "More than" in page.count_label.text()
    page.search.setText("Client K")
    page.apply_filter()
    assert page.model.rowCount() == 1 and not page.model.more
    assert _names(page.model, [0]) == ["Client K"]
