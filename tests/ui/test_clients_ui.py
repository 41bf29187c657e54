"""The clients screens driven as a clerk would: pytest-qt on the real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.config import Preferences
from crm_desktop.services.client_list import ClientFilter, count_clients
from crm_desktop.services.clients import get_client
from crm_desktop.services.contacts import list_contacts
from crm_desktop.services.history import record_history
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.clients.card import ClientCard
from crm_desktop.ui.clients.form import NewClientDialog
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.clients.merge import MergeDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.pages.recycle_bin import RecycleBinPage
from tests.unit.clients_helpers import add_client, add_person


@pytest.fixture
def context(workspace: Workspace, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = AppContext(workspace, Preferences())
    yield ctx
    ctx.undo_stack.clear()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard (or input method) does, one key event per character.

    qtbot.keyClicks only handles ASCII; Chinese and Cyrillic come as key events with text.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _form(context: AppContext, qtbot: QtBot) -> NewClientDialog:
    dialog = NewClientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_client(qtbot: QtBot, dialog: NewClientDialog, name: str, phone: str) -> None:
    type_text(dialog.edits["name"], name)
    type_text(dialog.edits["phones"], phone)
    dialog.check_duplicates()  # what the 400 ms timer does


def test_type_a_client_and_save(context: AppContext, qtbot: QtBot) -> None:
    dialog = _form(context, qtbot)
    _type_client(qtbot, dialog, "华东贸易有限公司", "138-0013-8000")
    assert dialog.panel.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_client_id is not None
    details = context.read(get_client, dialog.result_client_id)
    assert details.phones == ("+8613800138000",)


@pytest.fixture
def existing(context: AppContext) -> str:
    return add_client(context.workspace, name="华东贸易有限公司", phones=["+86 138 0013 8000"])


def test_warning_for_same_number_written_another_way_then_open_existing(
    context: AppContext, qtbot: QtBot, existing: str
) -> None:
    dialog = _form(context, qtbot)
    _type_client(qtbot, dialog, "张伟", "13800138000")
    assert dialog.panel.isVisibleTo(dialog)
    assert "华东贸易有限公司" in dialog.panel_text.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_client_id is None  # saving stopped to ask
    qtbot.mouseClick(dialog.open_existing, Qt.MouseButton.LeftButton)
    assert dialog.result_client_id == existing
    assert context.read(count_clients, ClientFilter()) == 1


def test_add_as_contact_of_that_company(
    context: AppContext, qtbot: QtBot, existing: str
) -> None:
    dialog = _form(context, qtbot)
    _type_client(qtbot, dialog, "张伟", "138 0013 8000")
    qtbot.mouseClick(dialog.add_contact, Qt.MouseButton.LeftButton)
    assert dialog.result_client_id == existing
    assert [c.name for c in context.read(list_contacts, existing)] == ["张伟"]
    assert context.read(count_clients, ClientFilter()) == 1


def test_save_anyway_is_recorded(context: AppContext, qtbot: QtBot, existing: str) -> None:
    dialog = _form(context, qtbot)
    _type_client(qtbot, dialog, "Another person", "+86 (138) 0013-8000")
    qtbot.mouseClick(dialog.save_anyway, Qt.MouseButton.LeftButton)
    new_id = dialog.result_client_id
    assert new_id is not None and new_id != existing
    created = [h for h in context.read(record_history, "client", new_id) if h.action == "create"]
    assert "different client" in created[0].reason


def test_hidden_owner_only(context: AppContext, qtbot: QtBot) -> None:
    li = add_person(context.workspace, "李娜", department="Sales 2")
    add_client(context.workspace, li, name="秘密客户", phones=["13800138000"])
    context.set_actor(add_person(context.workspace, "王芳"))
    dialog = _form(context, qtbot)
    _type_client(qtbot, dialog, "Someone", "138 0013 8000")
    text = dialog.panel_text.text()
    assert "李娜" in text and "Sales 2" in text and "秘密客户" not in text
    assert dialog.open_existing.isHidden() and dialog.add_contact.isHidden()


def test_errors_show_next_to_the_field_and_nothing_is_saved(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = _form(context, qtbot)
    dialog.show()
    type_text(dialog.edits["name"], "    ")
    type_text(dialog.edits["emails"], "ivan@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["name"].error_label.isVisible()
    assert "@" in dialog.fields["emails"].error_label.text()
    assert dialog.result_client_id is None
    assert context.read(count_clients, ClientFilter()) == 0


def test_close_mid_edit_and_get_the_draft_back(context: AppContext, qtbot: QtBot) -> None:
    dialog = _form(context, qtbot)
    type_text(dialog.edits["name"], "Ромашка")
    type_text(dialog.edits["phones"], "8 (495) 123-45-67")
    dialog.reject()
    again = _form(context, qtbot)
    assert again.edits["name"].text() == "Ромашка"
    assert again.edits["phones"].text() == "8 (495) 123-45-67"
    assert again.restored.isVisibleTo(again)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert _form(context, qtbot).edits["name"].text() == ""


def test_autosave_timer_keeps_the_draft(context: AppContext, qtbot: QtBot) -> None:
    dialog = _form(context, qtbot)
    type_text(dialog.edits["name"], "Acme")
    dialog._autosave.timeout.emit()
    from crm_desktop.services.drafts import load_draft

    assert context.read(load_draft, "new_client")["name"] == "Acme"


@pytest.mark.parametrize(("typed", "expected"),
                         [("zw", "张伟"), ("zhangwei", "张伟"), ("иванов", "Иванов Пётр"),
                          ("ИВАНОВ", "Иванов Пётр"), ("8000", "张伟"), ("45-67", "Иванов Пётр")])
def test_search_as_you_type(context: AppContext, qtbot: QtBot, typed: str,
                            expected: str) -> None:
    add_client(context.workspace, name="张伟", kind="person", phones=["13800138000"])
    add_client(context.workspace, name="Иванов Пётр", kind="person", phones=["+7 495 123-45-67"])
    add_client(context.workspace, name="Acme Ltd")
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3
    type_text(page.search, typed)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == expected


def test_list_is_windowed_and_sorts_in_the_database(context: AppContext, qtbot: QtBot) -> None:
    from crm_desktop.services.demo_data import generate

    context.read(generate, clients=250, seed=3, language="en")
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 250
    # The first page comes with the count (the view draws it at once); no other page is read
    # until one of its rows is drawn, and the end is read from the end, skipping the middle.
    assert set(page.model._pages) == {0}
    last = page.model.index(249, 0).data()
    assert last and set(page.model._pages) == {0, 2}
    page.model.sort(0, Qt.SortOrder.DescendingOrder)
    first = page.model.index(0, 0).data()
    assert first >= last


def test_undo_an_edit_on_the_card(context: AppContext, qtbot: QtBot, existing: str) -> None:
    card = ClientCard(context, existing)
    qtbot.addWidget(card)
    card.show()
    card.edits["company"].setText("")
    card.edits["source"].setText("展会")
    card.commit("source")
    assert context.read(get_client, existing).source == "展会"
    assert "展会" in [h.new_value for h in context.read(record_history, "client", existing)]
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    assert context.read(get_client, existing).source == ""
    assert card.edits["source"].text() == ""


def test_card_shows_credit_and_rejects_bad_phone(
    context: AppContext, qtbot: QtBot, existing: str
) -> None:
    card = ClientCard(context, existing)
    qtbot.addWidget(card)
    card.show()
    assert context.actor.name in card.credit.text()
    card.edits["phones"].setText("12")
    card.commit("phones")
    assert card.fields["phones"].error_label.text()
    assert context.read(get_client, existing).phones == ("+8613800138000",)


def test_delete_then_restore_from_the_recycle_bin(
    context: AppContext, qtbot: QtBot, existing: str
) -> None:
    card = ClientCard(context, existing)
    qtbot.addWidget(card)
    card.show()
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert context.read(count_clients, ClientFilter()) == 0
    bin_page = RecycleBinPage(context)
    qtbot.addWidget(bin_page)
    bin_page.show()
    bin_page.refresh()
    bin_page.table.selectRow(0)
    qtbot.mouseClick(bin_page.restore_button, Qt.MouseButton.LeftButton)
    assert context.read(count_clients, ClientFilter()) == 1


def test_merge_two_duplicates(context: AppContext, qtbot: QtBot, existing: str) -> None:
    other = add_client(context.workspace, name="华东贸易", phones=["13800138000"], grade="A",
                       emails=["hd@example.cn"])
    dialog = MergeDialog(context, existing, other)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pick.currentData() == other
    take = dialog.grid_host.findChild(QPushButton, "x")
    assert take is None
    radio = dialog.grid_host.findChild(QRadioButton, "take_grade")
    assert radio is not None
    radio.setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = context.read(get_client, existing)
    assert merged.grade == "A" and merged.emails == ("hd@example.cn",)
    assert context.read(get_client, other).deleted
    assert context.read(count_clients, ClientFilter()) == 1
