"""The Today page, reminders with a controllable clock, quick-add and the timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.config import Preferences
from crm_desktop.services.activities import client_activities
from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import ClientInput, create_client
from crm_desktop.services.followups import add_follow_up, today_view
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import ManualClock
from crm_desktop.ui.followups.integration import FollowupsIntegration
from crm_desktop.ui.followups.quick_add import QuickAddWidget
from crm_desktop.ui.followups.reminders import ReminderScheduler
from crm_desktop.ui.followups.timeline_widget import TimelineWidget
from crm_desktop.ui.followups.today_page import TodayPage
from tests.followups_support import NOW, SHANGHAI, person


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def anna(workspace: Workspace) -> Actor:
    actor = person(workspace, "Anna")
    workspace.act_as(actor)
    return actor


@pytest.fixture
def context(workspace: Workspace, anna: Actor) -> AppContext:
    ctx = AppContext(workspace, Preferences())
    ctx.clock = ManualClock(NOW, SHANGHAI)  # type: ignore[attr-defined]
    return ctx


@pytest.fixture
def client_id(context: AppContext) -> str:
    return context.write(create_client, ClientInput(name="华东贸易")).client.id


def add(context: AppContext, title: str, due: datetime, client_id: str | None = None,
        has_time: bool = True) -> str:
    return context.write(add_follow_up, title, due, has_time=has_time, client_id=client_id,
                         allow_past=True, now=NOW, tz=SHANGHAI).id


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> TodayPage:
    widget = TodayPage(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(page: TodayPage, section: str) -> list[str]:
    return [row.item.title for row in page.follow_up_rows(section)]


def test_sections_in_gentle_words(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    add(context, "Send the price list", at(5, 9), client_id, has_time=False)  # Tuesday before
    add(context, "Call back", at(11, 9), client_id)
    add(context, "Visit", at(12, 15), client_id)
    add(context, "Sign", at(15, 9))
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    assert titles(page, "waiting") == ["Send the price list", "Call back"]
    details = [row.detail.text() for row in page.follow_up_rows("waiting")]
    assert details == ["Waiting since 5 March · 华东贸易", "Waiting since yesterday · 华东贸易"]
    assert [row.detail.text() for row in page.follow_up_rows("today")] == [
        "Today at 15:00 · 华东贸易"]
    assert [row.detail.text() for row in page.follow_up_rows("coming_up")] == ["On Friday at 09:00"]
    assert page.summary.text() == "1 follow-up for today and 2 still open from before."
    everything = " ".join(w.text() for w in page.findChildren(QWidget) if hasattr(w, "text")
                          and isinstance(w.text(), str))
    assert "overdue" not in everything.lower()


def test_done_in_one_click_then_undo(qtbot: QtBot, page: TodayPage, context: AppContext,
                                     client_id: str) -> None:
    add(context, "Call back", at(12, 15), client_id)
    page.refresh()
    row = page.follow_up_rows("today")[0]
    row.done_button.click()
    assert titles(page, "today") == []
    assert page.done_bar.isVisible()
    assert page.done_log_button.isVisible()  # offers to write down what happened
    page.undo_button.click()
    assert titles(page, "today") == ["Call back"]


def test_done_then_write_down_what_happened(qtbot: QtBot, page: TodayPage, context: AppContext,
                                            client_id: str) -> None:
    from crm_desktop.ui.followups.log_visit import LogVisitWizard

    task_id = add(context, "Call back", at(12, 15), client_id)
    page.refresh()
    page.follow_up_rows("today")[0].done_button.click()
    page.done_log_button.click()
    wizard = page.last_wizard
    assert isinstance(wizard, LogVisitWizard) and wizard.isVisible()
    assert wizard.answers.client_id == client_id and wizard.answers.completes == task_id
    wizard.close()


def test_snooze_menu_moves_the_follow_up(
    qtbot: QtBot, page: TodayPage, context: AppContext
) -> None:
    add(context, "Call back", at(11, 15))
    page.refresh()
    page.follow_up_rows("waiting")[0].snooze_actions["tomorrow"].trigger()
    assert titles(page, "waiting") == []
    assert titles(page, "coming_up") == ["Call back"]
    page.follow_up_rows("coming_up")[0].snooze_actions["later_today"].trigger()
    assert [r.detail.text() for r in page.follow_up_rows("today")] == ["Today at 13:00"]
    page.follow_up_rows("today")[0].snooze_actions["next_week"].trigger()
    assert page.follow_up_rows("coming_up")[0].item.due_day == date(2024, 3, 18)


def test_keep_in_touch_suggestion_and_remind_tomorrow(
    qtbot: QtBot, context: AppContext, workspace: Workspace, anna: Actor
) -> None:
    from tests.followups_support import client

    client(workspace, "Quiet client", anna, grade="A", last_contact_at=NOW - timedelta(days=45))
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    rows = page.keep_in_touch.row_widgets()
    assert [r.title.text() for r in rows] == ["No contact with Quiet client for 45 days"]
    rows[0].remind_button.click()
    assert page.keep_in_touch.row_widgets() == [] or all(
        not w.isVisible() for w in page.keep_in_touch.row_widgets())
    assert titles(page, "coming_up") == ["Get in touch with Quiet client"]


def test_a_manager_sees_numbers_and_staff_do_not(qtbot: QtBot, context: AppContext,
                                                 workspace: Workspace) -> None:
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    assert not page.team_card.isVisible()
    context.set_actor(person(workspace, "Boss", "manager"))
    page.refresh()
    assert page.team_card.isVisible()
    assert "0 follow-ups open from before" in page.team_card.lines.text()


def test_reminder_fires_at_its_time(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    clock = context.clock  # type: ignore[attr-defined]
    add(context, "Call 张伟", at(12, 10, 30), client_id)
    add(context, "Later one", at(12, 11, 0), client_id)
    scheduler = ReminderScheduler(context)
    fired: list[str] = []
    scheduler.reminder.connect(lambda item: fired.append(item.title))
    scheduler.start()
    assert scheduler.timer.isActive()
    assert scheduler.delay_ms() == 60_000  # wakes at least every minute
    scheduler.poll_ms = 10 ** 9
    assert scheduler.delay_ms() == 30 * 60 * 1000
    clock.advance(timedelta(minutes=29))
    assert scheduler.check() == [] and fired == []
    clock.advance(timedelta(minutes=1))
    scheduler.timer.timeout.emit()
    assert fired == ["Call 张伟"]
    clock.advance(timedelta(minutes=45))
    scheduler.check()
    assert fired == ["Call 张伟", "Later one"]
    scheduler.check()
    assert fired == ["Call 张伟", "Later one"]  # each only once


def test_a_follow_up_added_while_running_is_reminded(qtbot: QtBot, context: AppContext) -> None:
    clock = context.clock  # type: ignore[attr-defined]
    scheduler = ReminderScheduler(context)
    scheduler.start()
    assert scheduler.next_due is None
    add(context, "Soon", at(12, 10, 5))  # data_changed re-aims the timer
    assert scheduler.next_due == at(12, 10, 5)
    clock.advance(timedelta(minutes=5))
    assert [f.title for f in scheduler.check()] == ["Soon"]


def window_with_body(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    body = QWidget(window)
    QVBoxLayout(body).addWidget(QWidget(body))
    window.setCentralWidget(body)
    window.file_menu = window.menuBar().addMenu("File")  # type: ignore[attr-defined]
    window.file_menu.addAction("Quit")  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    return window


def test_banner_summary_and_reminder_with_done(qtbot: QtBot, context: AppContext,
                                               client_id: str) -> None:
    clock = context.clock  # type: ignore[attr-defined]
    add(context, "From before", at(11, 9), client_id)
    task_id = add(context, "Call 张伟", at(12, 10, 30), client_id)
    window = window_with_body(qtbot)
    integration = FollowupsIntegration(window, context, tray=False)
    assert integration.start() == "1 follow-up for today and 1 still open from before."
    window.show()
    assert integration.banner.isVisible()
    assert window.file_menu.actions()[0] is integration.log_action  # type: ignore[attr-defined]
    clock.advance(timedelta(minutes=31))
    integration.scheduler.check()
    assert "Call 张伟" in integration.banner.text.text()
    assert "10:30" in integration.banner.text.text()
    integration.banner.done_button.click()
    view = context.read(today_view, clock.now(), SHANGHAI)
    assert task_id not in [f.id for f in view.today]
    context.undo_stack.undo()
    assert task_id in [f.id for f in context.read(today_view, clock.now(), SHANGHAI).today]


def test_quick_add_logs_one_line(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    quick = QuickAddWidget(context, client_id)
    qtbot.addWidget(quick)
    timeline = TimelineWidget(context, client_id)
    qtbot.addWidget(timeline)
    assert not quick.buttons["call"].isEnabled()
    qtbot.keyClicks(quick.line, "Asked about prices")
    quick.buttons["call"].click()
    assert quick.line.text() == ""
    assert [(a.kind, a.text) for a in context.read(client_activities, client_id)] == [
        ("call", "Asked about prices")]
    texts = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    assert any("Phone call" in t and "Asked about prices" in t for t in texts)
    timeline.set_filter("visit")
    assert timeline.list.count() == 0 and not timeline.empty.isHidden()
    timeline.set_filter("call")
    assert timeline.list.count() == 1


def test_quick_add_for_a_client_one_cannot_see_says_so(
    qtbot: QtBot, context: AppContext, workspace: Workspace, client_id: str
) -> None:
    context.set_actor(person(workspace, "Boris"))
    quick = QuickAddWidget(context, client_id)
    qtbot.addWidget(quick)
    quick.line.setText("Sneaky")
    assert quick.add("call") is None
    assert "not yours" in quick.error.text()
