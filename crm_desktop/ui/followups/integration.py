"""What the follow-ups bring to the main window: a menu entry, the reminder banner and tray,
and the start-up summary. The lead wires it with one call: `install(window, context)`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QMenu

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.followups import FollowUp, mark_done, snooze, today_view
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import clock_for
from crm_desktop.ui.followups.log_visit import LogVisitWizard, open_log_visit
from crm_desktop.ui.followups.reminders import ReminderBanner, ReminderScheduler, TrayNotifier
from crm_desktop.ui.followups.words import summary_words, time_text


class FollowupsIntegration(QObject):
    def __init__(self, window: QMainWindow, context: AppContext, *,
                 menu: QMenu | None = None, tray: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.banner = ReminderBanner(context, window)
        body = window.centralWidget()
        layout = body.layout() if body is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(min(1, layout.count()), self.banner)
        self.log_action = QAction(window)
        self.log_action.setObjectName("logVisitAction")
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.triggered.connect(lambda: self.open_log_visit())
        target = menu or getattr(window, "file_menu", None)
        if isinstance(target, QMenu):
            first = target.actions()[0] if target.actions() else None
            target.insertAction(first, self.log_action)
            if first is not None:
                target.insertSeparator(first)
        else:
            window.addAction(self.log_action)
        self.tray = TrayNotifier(window, self) if tray else None
        self.scheduler = ReminderScheduler(context, self)
        self.scheduler.reminder.connect(self.remind)
        self.banner.done_clicked.connect(self._done)
        self.banner.later_clicked.connect(self._later)
        window.installEventFilter(self)
        self.retranslate()

    def start(self) -> str:
        """Show what is due (banner and tray) and start the reminder timer."""
        summary = self.startup_summary()
        self.scheduler.start()
        return summary

    def startup_summary(self) -> str:
        clock = clock_for(self.context)
        try:
            view = self.context.read(today_view, clock.now(), clock.tz())
        except ServiceError:
            return ""
        if not view.waiting_total and not view.today_total:
            return ""
        text = summary_words(view.waiting_total, view.today_total)
        self.banner.show_summary(text)
        if self.tray is not None:
            self.tray.notify(self.tr("Today"), text)
        return text

    def remind(self, item: FollowUp) -> None:
        self.banner.add(item)
        if self.tray is not None:
            clock = clock_for(self.context)
            text = f"{time_text(item.due_at, clock.tz())} {item.title}"
            if item.client_name:
                text += f" · {item.client_name}"
            self.tray.notify(self.tr("Reminder"), text)

    def open_log_visit(self, client_id: str = "", completes: str = "") -> LogVisitWizard:
        return open_log_visit(self.context, self.window, client_id=client_id,
                              completes=completes)

    def _done(self, task_id: str) -> None:
        clock = clock_for(self.context)
        try:
            self.context.edit(self.tr("Mark a follow-up as done"), mark_done, task_id,
                              clock.now())
        except ServiceError:
            return

    def _later(self, task_id: str) -> None:
        clock = clock_for(self.context)
        try:
            self.context.edit(self.tr("Move a follow-up to later today"), snooze, task_id,
                              "later_today", clock.now(), clock.tz())
        except ServiceError:
            return

    def retranslate(self) -> None:
        self.log_action.setText(self.tr("&Log a visit or call…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: QMainWindow, context: AppContext, *, start: bool = True,
            tray: bool = True) -> FollowupsIntegration:
    """One call from the start-up code, after the main window is built."""
    integration = FollowupsIntegration(window, context, tray=tray)
    if start:
        integration.start()
    return integration
