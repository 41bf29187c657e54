"""The follow-up screens for the screen catalogue (ui/screens.py): the Today page with
example follow-ups, every page of the Log-a-visit wizard, the timeline, quick-add and a
reminder. The examples are written into the renderer's own temporary data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crm_desktop.services import dates
from crm_desktop.services.activities import log_activity
from crm_desktop.services.clients import ClientInput, create_client, find_client_by_name
from crm_desktop.services.errors import NotFound
from crm_desktop.services.followups import add_follow_up, today_view
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import ManualClock, clock_for
from crm_desktop.ui.followups.log_visit import LogVisitAnswers, LogVisitWizard
from crm_desktop.ui.followups.quick_add import QuickAddWidget
from crm_desktop.ui.followups.reminders import ReminderBanner
from crm_desktop.ui.followups.timeline_widget import TimelineWidget
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.screens import Screen

SAMPLE_CLIENT = "华东贸易"
#: Thursday 14 March 2024, 10:00 on this PC: the same pictures every time.
SAMPLE_NOW = datetime(2024, 3, 14, 10, 0).astimezone()

Build = Callable[[AppContext, MainWindow], QWidget]


def fill_samples(context: AppContext) -> str:
    """Example clients, activities and follow-ups (once per data folder); the main client's id."""
    if getattr(context, "clock", None) is None:
        context.clock = ManualClock(SAMPLE_NOW)  # type: ignore[attr-defined]
    try:
        return context.read(find_client_by_name, SAMPLE_CLIENT).id
    except NotFound:
        pass
    clock = clock_for(context)
    now, tz = clock.now(), clock.tz()
    day = timedelta(days=1)
    main = context.write(create_client, ClientInput(name=SAMPLE_CLIENT, grade="A",
                                                    phones=["+86 21 5555 0101"])).client.id
    bakery = context.write(create_client, ClientInput(name="王氏面包坊", grade="B")).client.id
    petrov = context.write(create_client, ClientInput(name="Петров и партнёры", grade="A",
                                                      company="ООО «Петров»")).client.id
    context.write(log_activity, petrov, "visit", "Обсудили поставки на весну",
                  happened_at=now - 45 * day, now=now, tz=tz)
    context.write(log_activity, main, "call", "Asked for the spring price list",
                  happened_at=now - 3 * day, now=now, tz=tz)
    context.write(log_activity, main, "visit", "Showed the new catalogue; they like model B",
                  happened_at=now - day, now=now, tz=tz)
    follow_ups = [
        ("Send the price list", now - 2 * day, False, main),
        ("Call about the delivery date", now + timedelta(hours=4), True, bakery),
        ("Prepare the offer", now, False, main),
        ("Visit with samples", now + 2 * day, True, main),
        ("Ask for feedback", now + 5 * day, False, bakery),
    ]
    for title, due, has_time, client_id in follow_ups:
        context.write(add_follow_up, title, due, has_time=has_time, client_id=client_id,
                      allow_past=True, now=now, tz=tz)
    return main


def _today(context: AppContext, window: MainWindow) -> QWidget:
    fill_samples(context)
    window.show_page("today")
    page = window.pages["today"]
    page.refresh()
    return window


def _wizard_at(steps: int, typed: str = "") -> Build:
    def build(context: AppContext, window: MainWindow) -> QWidget:
        client_id = fill_samples(context)
        clock = clock_for(context)
        answers = LogVisitAnswers()
        if steps:
            answers = LogVisitAnswers(
                client_id=client_id, client_name=SAMPLE_CLIENT, kind="visit",
                text="Showed the new catalogue. They want a price for 200 pieces of model B.",
                next_wanted="yes", next_title="Send the offer", next_when="in_three_days",
                next_date=dates.today(clock.now(), clock.tz()).isoformat(),
            )
        wizard = LogVisitWizard(context, answers, window, resume=False)
        wizard.show()
        for _ in range(steps):
            wizard.next()
        if typed:
            wizard.client_step.search.setText(typed)
        return wizard

    return build


def _wrapped(make: Callable[[AppContext, str], QWidget]) -> Build:
    def build(context: AppContext, window: MainWindow) -> QWidget:
        client_id = fill_samples(context)
        holder = QWidget(window)
        holder.setObjectName("followupsScreenHolder")
        holder.setWindowFlag(Qt.WindowType.Window)
        layout = QVBoxLayout(holder)
        layout.addWidget(make(context, client_id))
        holder.setMinimumHeight(480)
        holder.resize(900, 560)
        return holder

    return build


def _banner(context: AppContext, client_id: str) -> QWidget:
    banner = ReminderBanner(context)
    clock = clock_for(context)
    view = context.read(today_view, clock.now(), clock.tz())
    for item in view.today:
        if item.has_time:
            banner.add(item)
    if view.waiting:
        banner.add(view.waiting[0])
    return banner


def followup_screens() -> list[Screen]:
    return [
        Screen("today_with_follow_ups", "today", _today),
        Screen("wizard_log_visit_client", "log-visit-client", _wizard_at(0, "huadong")),
        Screen("wizard_log_visit_kind", "log-visit-kind", _wizard_at(1)),
        Screen("wizard_log_visit_text", "log-visit-text", _wizard_at(2)),
        Screen("wizard_log_visit_next", "log-visit-next", _wizard_at(3)),
        Screen("wizard_log_visit_summary", "log-visit-summary", _wizard_at(4)),
        Screen("widget_timeline", "timeline", _wrapped(TimelineWidget)),
        Screen("widget_quick_add", "timeline", _wrapped(QuickAddWidget)),
        Screen("reminder_banner", "today", _wrapped(_banner)),
    ]
