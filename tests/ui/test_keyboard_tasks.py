"""The two main tasks done with the keyboard alone, as someone who cannot use a mouse would:
add a client (Clients page, New client, type, save) and log a visit (Ctrl+L, every step of
the wizard, Save). Keys always go to the widget that has the keyboard focus, never to a
widget the test picks, so a broken tab order or mnemonic makes the test fail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.app import start
from crm_desktop.config import Paths, Preferences, save_preferences
from crm_desktop.services.activities import client_activities
from crm_desktop.services.client_list import ClientFilter, list_clients
from crm_desktop.services.followups import client_follow_ups

NAME = "Zhang Wei Trading"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)
    QApplication.processEvents()


def tab_to(name: str, limit: int = 30, *, starts: bool = False) -> None:
    """Press Tab until the widget called ``name`` (or starting so) has the focus."""
    seen = []
    for _ in range(limit):
        here = focus().objectName()
        if here == name or (starts and here.startswith(name)):
            return
        seen.append(focus().objectName())
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {name}; the focus went {' -> '.join(seen)}")


def when_modal(check: Callable[[QWidget], bool], act: Callable[[QWidget], None],
               failures: list[str], tries: int = 200) -> None:
    """Run ``act`` on the modal dialog once it is open (it blocks the test in exec())."""
    def poll(left: int = tries) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and check(modal) and QApplication.activeWindow() is modal:
            try:
                act(modal)
            except AssertionError as error:  # reported after exec() returns
                failures.append(str(error))
                modal.close()
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        else:
            failures.append("the dialog never opened")

    QTimer.singleShot(0, poll)


@pytest.fixture
def started(paths: Paths) -> Iterator[object]:
    save_preferences(paths, replace(Preferences(), language="en"))
    app = start(paths)
    app.window.show()  # type: ignore[attr-defined]
    app.window.activateWindow()  # type: ignore[attr-defined]
    QApplication.processEvents()
    yield app
    for widget in QApplication.topLevelWidgets():
        widget.close()
    app.context.workspace.close()  # type: ignore[attr-defined]


def add_client_with_keys(qtbot: QtBot, started: object, failures: list[str]) -> None:
    window = started.window  # type: ignore[attr-defined]
    press(Qt.Key.Key_2, CTRL)  # Ctrl+2: the second page, Clients (a button shortcut clicks
    # after a short flash, as a real click looks)
    qtbot.waitUntil(lambda: window.stack.currentWidget().widget().page_id == "clients")

    def fill_in(dialog: QWidget) -> None:
        assert focus().objectName() == "client_name", focus().objectName()
        type_text(NAME)
        press(Qt.Key.Key_Tab)  # Tab follows the form as it reads: Kind is next to the name
        assert focus().objectName() == "client_kind", focus().objectName()
        tab_to("client_phones")
        type_text("138 0013 8000")
        tab_to("client_grade")
        press(Qt.Key.Key_Up)  # from C to B
        tab_to("client_source")
        type_text("trade fair")
        when_modal(lambda m: m.objectName() == "clientCard", close_card, failures)
        press(Qt.Key.Key_S, ALT)  # Alt+S: Save client; the new client's card opens

    def close_card(card: QWidget) -> None:
        press(Qt.Key.Key_Escape)
        closed.append(card.objectName())

    closed: list[str] = []
    when_modal(lambda m: m.objectName() == "newClientDialog", fill_in, failures)
    press(Qt.Key.Key_N, ALT)  # Alt+N: New client
    qtbot.waitUntil(lambda: bool(closed or failures), timeout=10_000)
    # The card has closed: a desktop's window manager gives the main window back the keyboard
    # (the offscreen test platform has none, so the test does it).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_add_a_client_with_the_keyboard_alone(qtbot: QtBot, started: object) -> None:
    failures: list[str] = []
    add_client_with_keys(qtbot, started, failures)
    assert not failures, failures
    context = started.context  # type: ignore[attr-defined]
    rows = context.read(list_clients, ClientFilter(scope="visible", text=NAME), 0, 5)
    assert [r.name for r in rows] == [NAME]
    client = rows[0]
    assert client.grade == "B"
    assert not [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.objectName() in ("newClientDialog", "clientCard")]


def test_log_a_visit_with_the_keyboard_alone(qtbot: QtBot, started: object) -> None:
    failures: list[str] = []
    add_client_with_keys(qtbot, started, failures)
    assert not failures, failures
    context = started.context  # type: ignore[attr-defined]
    client_id = context.read(list_clients, ClientFilter(scope="visible", text=NAME), 0, 1)[0].id

    press(Qt.Key.Key_L, CTRL)  # Ctrl+L: Log a visit or call
    wizard = QApplication.activeWindow()
    assert wizard is not None and wizard.objectName() == "log_visitWizard"
    assert focus().objectName() == "clientSearch"
    type_text("zhang wei")
    press(Qt.Key.Key_Return)  # the one client found is chosen; Enter moves on

    assert wizard.current_step() is wizard.kind_step  # type: ignore[attr-defined]
    tab_to("kind_visit")
    press(Qt.Key.Key_Space)  # a big button answers and moves on

    assert wizard.current_step() is wizard.text_step  # type: ignore[attr-defined]
    assert focus().objectName() == "whatHappened"
    type_text("Showed the new catalogue")
    press(Qt.Key.Key_Return, CTRL)  # Ctrl+Enter moves on

    assert wizard.current_step() is wizard.next_step  # type: ignore[attr-defined]
    tab_to("nextNo")
    press(Qt.Key.Key_Down)  # radio buttons: the arrow keys move between the choices,
    press(Qt.Key.Key_Space)  # the Space bar chooses
    assert focus().objectName() == "nextYes" and wizard.next_step.yes.isChecked()  # type: ignore[attr-defined]
    tab_to("nextWhat")
    type_text("Send the offer")
    tab_to("when_", starts=True)
    for _ in range(4):
        if focus().objectName() == "when_tomorrow":
            break
        press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Space)
    assert wizard.next_step.when_buttons["tomorrow"].isChecked()  # type: ignore[attr-defined]
    press(Qt.Key.Key_Return)  # Next

    assert wizard.current_step() is wizard.summary_step  # type: ignore[attr-defined]
    press(Qt.Key.Key_Return)  # Save
    QApplication.processEvents()
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()  # saved and closed

    activities = context.read(client_activities, client_id)
    assert [(a.kind, a.text) for a in activities] == [("visit", "Showed the new catalogue")]
    follow_ups = context.read(client_follow_ups, client_id, include_done=False)
    assert [t.title for t in follow_ups] == ["Send the offer"]
