"""Reminders while the program runs: a timer aimed at the next follow-up's time, a banner in
the window, and a system tray message where the desktop has a tray.

The timer goes by the injectable clock: it sleeps until the next follow-up is due (at most
`poll_ms`, so a changed clock or a follow-up added elsewhere is noticed), then `check()`
announces every timed follow-up whose moment passed since the last check.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QSystemTrayIcon, QWidget

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.followups import FollowUp, due_reminders, next_reminder_at
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import clock_for
from crm_desktop.ui.followups.words import time_text
from crm_desktop.ui.widgets.basics import button

POLL_MS = 60_000


class ReminderScheduler(QObject):
    reminder = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.poll_ms = poll_ms
        self.since: datetime = clock_for(context).now()
        self.next_due: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        context.data_changed.connect(lambda _table: self.schedule())
        context.actor_changed.connect(self.restart)

    def start(self) -> None:
        self.schedule()

    def stop(self) -> None:
        self.timer.stop()

    def restart(self) -> None:
        self.since = clock_for(self.context).now()
        self.schedule()

    def delay_ms(self) -> int:
        """How long to sleep: until the next follow-up is due, and never longer than poll_ms."""
        if self.next_due is None:
            return self.poll_ms
        wait = (self.next_due - clock_for(self.context).now()).total_seconds() * 1000
        return int(min(self.poll_ms, max(0.0, wait)))

    def schedule(self) -> None:
        try:
            self.next_due = self.context.read(next_reminder_at, self.since)
        except ServiceError:
            self.next_due = None
        self.timer.start(self.delay_ms())

    def check(self) -> list[FollowUp]:
        clock = clock_for(self.context)
        now = clock.now()
        if now <= self.since:
            self.schedule()
            return []
        try:
            due = self.context.read(due_reminders, self.since, now, clock.tz())
        except ServiceError:
            due = []
        self.since = now
        for item in due:
            self.reminder.emit(item)
        self.schedule()
        return due


class ReminderBanner(QFrame):
    """A calm strip at the top of the window: the reminder, Done, Later, Close."""

    done_clicked = Signal(str)
    later_clicked = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reminderBanner")
        self.setProperty("role", "banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.queue: list[FollowUp] = []
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.done_button = button("reminderDoneButton", self, primary=True)
        self.later_button = button("reminderLaterButton", self)
        self.close_button = button("reminderCloseButton", self)
        self.done_button.clicked.connect(self._done)
        self.later_button.clicked.connect(self._later)
        self.close_button.clicked.connect(self._next)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.done_button)
        row.addWidget(self.later_button)
        row.addWidget(self.close_button)
        self.summary = ""
        self.hide()
        self.retranslate()

    def add(self, item: FollowUp) -> None:
        self.queue.append(item)
        self._show_first()

    def show_summary(self, text: str) -> None:
        self.summary = text
        self._show_first()

    def current(self) -> FollowUp | None:
        return self.queue[0] if self.queue else None

    def _show_first(self) -> None:
        item = self.current()
        has_item = item is not None
        self.done_button.setVisible(has_item)
        self.later_button.setVisible(has_item)
        if item is None:
            self.text.setText(self.summary)
            self.setVisible(bool(self.summary))
            return
        clock = clock_for(self.context)
        text = self.tr("Reminder for %1: %2").replace("%1", time_text(item.due_at, clock.tz()))
        text = text.replace("%2", item.title)
        if item.client_name:
            text += f" · {item.client_name}"
        if len(self.queue) > 1:
            more = len(self.queue) - 1
            text += "\n" + self.tr("%n more reminder(s) after this one.", "", more)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()

    def _done(self) -> None:
        item = self.current()
        if item is not None:
            self.done_clicked.emit(item.id)
        self._next()

    def _later(self) -> None:
        item = self.current()
        if item is not None:
            self.later_clicked.emit(item.id)
        self._next()

    def _next(self) -> None:
        if self.queue:
            self.queue.pop(0)
        else:
            self.summary = ""
        self._show_first()

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Mark this follow-up as done"))
        self.later_button.setText(self.tr("Later today"))
        self.later_button.setAccessibleName(self.tr("Remind me again later today"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this reminder"))
        self._show_first()


class TrayNotifier(QObject):
    """The desktop's notification area, when there is one; otherwise it stays silent."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setObjectName("reminderTray")
            self.icon.activated.connect(lambda _reason: (window.showNormal(),
                                                         window.activateWindow()))
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, title: str, text: str) -> None:
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
