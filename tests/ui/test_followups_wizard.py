"""The Log-a-visit wizard driven through every page, Back, Cancel-and-reopen and a past time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.config import Preferences
from crm_desktop.services.activities import client_activities
from crm_desktop.services.clients import ClientInput, create_client
from crm_desktop.services.drafts import load_draft
from crm_desktop.services.followups import add_follow_up, today_view
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import ManualClock
from crm_desktop.ui.followups.log_visit import LogVisitWizard, open_log_visit
from tests.followups_support import NOW, SHANGHAI


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    ctx = AppContext(workspace, Preferences())
    ctx.clock = ManualClock(NOW, SHANGHAI)  # type: ignore[attr-defined]
    return ctx


@pytest.fixture
def huadong(context: AppContext) -> str:
    created = context.write(create_client,
                            ClientInput(name="华东贸易", phones=["+86 21 5555 0101"]))
    context.write(create_client, ClientInput(name="Wang Bakery"))
    return created.client.id


@pytest.fixture
def opened() -> Iterator[list[LogVisitWizard]]:
    """Wizards delete themselves when closed; close whatever a failed test left open."""
    found: list[LogVisitWizard] = []
    yield found
    for wizard in found:
        if shiboken6.isValid(wizard):
            wizard.close()


def start(opened: list[LogVisitWizard], context: AppContext, **kwargs: str) -> LogVisitWizard:
    wizard = open_log_visit(context, **kwargs)
    opened.append(wizard)
    return wizard


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def answer_client(qtbot: QtBot, wizard: LogVisitWizard, typed: str = "huadong") -> None:
    step = wizard.client_step
    assert wizard.current_step() is step
    assert not next_enabled(wizard)
    assert step.missing_label.text() == "Please choose a client from the list."
    qtbot.keyClicks(step.search, typed)
    assert step.results.count() == 1  # pinyin finds 华东贸易 and only it
    assert next_enabled(wizard)
    qtbot.keyClick(step.search, Qt.Key.Key_Return)  # Enter moves on


def answer_up_to_next(qtbot: QtBot, wizard: LogVisitWizard) -> None:
    answer_client(qtbot, wizard)
    assert wizard.current_step() is wizard.kind_step
    assert not next_enabled(wizard)
    qtbot.mouseClick(wizard.kind_step.buttons["visit"], Qt.MouseButton.LeftButton)
    assert wizard.current_step() is wizard.text_step  # a big button answers and moves on
    assert not next_enabled(wizard)
    assert wizard.text_step.missing_label.isVisible()
    qtbot.keyClicks(wizard.text_step.text, "Showed the new catalogue")
    qtbot.keyClick(wizard.text_step.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_step() is wizard.next_step


def test_every_page_to_save(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context)
    answer_up_to_next(qtbot, wizard)
    step = wizard.next_step
    assert step.missing_label.text() == "Please choose No or Yes."
    step.yes.setChecked(True)
    assert step.missing_label.text() == "Please say what there is to do."
    qtbot.keyClicks(step.what, "Send the offer")
    assert step.missing_label.text() == "Please choose when."
    step.when_buttons["next_week"].setChecked(True)
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.current_step() is wizard.summary_step
    summary = wizard.summary_step.summary.text()
    assert "华东贸易" in summary and "Visit" in summary and "Showed the new catalogue" in summary
    assert "Send the offer — On Monday" in summary
    with qtbot.waitSignal(wizard.completed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    logged = context.read(client_activities, huadong)
    assert [(a.kind, a.text, a.next_step) for a in logged] == [
        ("visit", "Showed the new catalogue", "Send the offer")]
    view = context.read(today_view, NOW, SHANGHAI)
    assert [(f.title, f.due_day) for f in view.coming_up] == [("Send the offer", date(2024, 3, 18))]
    assert context.workspace.run(load_draft, "log_visit") is None


def test_no_next_step(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context)
    answer_up_to_next(qtbot, wizard)
    wizard.next_step.no.setChecked(True)
    wizard.next()
    assert "Next: nothing for now" in wizard.summary_step.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(context.read(client_activities, huadong)) == 1
    assert context.read(today_view, NOW, SHANGHAI).coming_up == []


def test_back_keeps_every_answer(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context)
    answer_up_to_next(qtbot, wizard)
    wizard.next_step.yes.setChecked(True)
    wizard.next_step.what.setText("Call back")
    for expected in (wizard.text_step, wizard.kind_step, wizard.client_step):
        wizard.back()
        assert wizard.current_step() is expected
    assert wizard.client_step.chosen.text() == "Chosen: 华东贸易"
    wizard.next()
    assert wizard.kind_step.buttons["visit"].isChecked()
    wizard.next()
    assert wizard.text_step.text.toPlainText() == "Showed the new catalogue"
    wizard.next()
    assert wizard.next_step.yes.isChecked() and wizard.next_step.what.text() == "Call back"


def test_cancel_and_reopen_restores_the_answers(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context)
    answer_up_to_next(qtbot, wizard)
    wizard.next_step.yes.setChecked(True)
    wizard.next_step.what.setText("Call back")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    assert context.read(client_activities, huadong) == []

    again = start(opened, context)
    assert again.current_step() is again.next_step
    assert again.next_step.what.text() == "Call back"
    again.back()
    assert again.text_step.text.toPlainText() == "Showed the new catalogue"


def test_a_time_in_the_past_asks_whether_it_was_meant(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context)
    answer_up_to_next(qtbot, wizard)
    step = wizard.next_step
    step.yes.setChecked(True)
    step.what.setText("Note the promise")
    step.when_buttons["date"].setChecked(True)
    step.date.setDate(QDate(2024, 3, 12))
    step.at_time.setChecked(True)
    step.time.setTime(step.time.time().fromString("08:00", "HH:mm"))  # 10:00 now in Shanghai
    wizard.next()
    assert wizard.current_step() is step
    assert "already passed" in step.error_label.text()
    assert step.confirm_past.isVisible()
    step.confirm_past.setChecked(True)
    wizard.next()
    assert wizard.current_step() is wizard.summary_step
    wizard.button(QWizard.WizardButton.FinishButton).click()
    today = context.read(today_view, NOW, SHANGHAI).today
    assert [(f.title, f.has_time) for f in today] == [("Note the promise", True)]


def test_opened_from_a_client_card_with_the_client_chosen(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    wizard = start(opened, context, client_id=huadong)
    assert wizard.current_step() is wizard.client_step
    assert next_enabled(wizard)
    assert wizard.client_step.chosen.text() == "Chosen: 华东贸易"


def test_logging_after_done_links_the_follow_up(
    qtbot: QtBot, opened: list[LogVisitWizard], context: AppContext, huadong: str
) -> None:
    task = context.write(add_follow_up, "Call back", NOW, has_time=True, client_id=huadong,
                         allow_past=True, now=NOW, tz=SHANGHAI)
    wizard = start(opened, context, client_id=huadong, completes=task.id)
    wizard.next()
    wizard.kind_step.buttons["call"].click()
    wizard.text_step.text.setPlainText("Called back, all fine")
    wizard.next()
    wizard.next_step.no.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert context.read(today_view, NOW, SHANGHAI).today == []
