"""The Today page, the first page for staff: what is waiting, what is for today, what comes next.

Gentle words, no red: "Waiting since Tuesday", not "OVERDUE". Done takes one
click (and can be undone); Later moves a follow-up to later today, tomorrow or
next week. Clients past their grade's contact rhythm are suggested at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services import dates
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.followups import (
    FollowUp,
    KeepInTouch,
    TodayView,
    add_follow_up,
    get_follow_up,
    mark_done,
    snooze,
    team_overdue,
    today_view,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import clock_for
from crm_desktop.ui.followups.rows import FollowUpRow, KeepInTouchRow, TeamOverdueCard
from crm_desktop.ui.followups.words import error_words, summary_words
from crm_desktop.ui.formatting import date_text
from crm_desktop.ui.help.why import WhyLink
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.widgets.basics import button, heading, hint

#: Rows shown per section before "Show all".
VISIBLE_ROWS = 30


class Section(QWidget):
    """A heading, a line of explanation, the rows, and words for when there are none."""

    show_all_clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        self.heading = heading(parent=self, name=f"{name}Heading")
        self.explanation = hint(parent=self, name=f"{name}Hint")
        self.empty = hint(parent=self, name=f"{name}Empty")
        self.more = button(f"{name}ShowAll", self)
        self.more.clicked.connect(self.show_all_clicked)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.heading_row = QHBoxLayout()
        self.heading_row.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addLayout(self.heading_row)
        layout.addWidget(self.explanation)
        layout.addLayout(self.rows)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)
        self.more.hide()

    def clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def row_widgets(self) -> list[QWidget]:
        found = []
        for i in range(self.rows.count()):
            item = self.rows.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found


class TodayPage(Page):
    page_id = "today"
    help_id = "today"

    #: (client_id or "", follow-up id or "") — someone asked to log a contact.
    log_requested = Signal(str, str)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view: TodayView | None = None
        self.last_wizard: QWidget | None = None
        self._expanded: set[str] = set()
        self._last_done: tuple[str, FollowUp] | None = None
        self.heading = heading(parent=self, name="todayHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)
        self.log_button = button("logVisitButton", self, primary=True)
        self.log_button.clicked.connect(lambda: self.log_requested.emit("", ""))
        self.done_bar = QWidget(self)
        self.done_bar.setObjectName("doneBar")
        self.done_text = QLabel(self.done_bar)
        self.done_text.setObjectName("doneText")
        self.done_text.setWordWrap(True)
        self.done_log_button = button("logWhatHappenedButton", self.done_bar, primary=True)
        self.undo_button = button("undoDoneButton", self.done_bar)
        self.done_log_button.clicked.connect(self._log_after_done)
        self.undo_button.clicked.connect(self._undo_done)
        bar = QHBoxLayout(self.done_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.done_text, 1)
        bar.addWidget(self.done_log_button)
        bar.addWidget(self.undo_button)
        self.done_bar.hide()
        self.message = QLabel(self)
        self.message.setObjectName("todayMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.waiting = Section("waiting", self)
        self.today = Section("today", self)
        self.coming_up = Section("comingUp", self)
        self.keep_in_touch = Section("keepInTouch", self)
        self.why_keep_in_touch = WhyLink("today", "rhythm", self.keep_in_touch,
                                         name="whyKeepInTouch")
        self.keep_in_touch.heading_row.addWidget(self.why_keep_in_touch)
        self.team_card = TeamOverdueCard(self)
        self.team_card.hide()
        for name, section in self.sections().items():
            section.show_all_clicked.connect(lambda n=name: self._show_all(n))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.done_bar)
        layout.addWidget(self.message)
        for section in self.sections().values():
            layout.addWidget(section)
        layout.addWidget(self.team_card)
        layout.addStretch(1)
        context.actor_changed.connect(self.refresh)
        self.log_requested.connect(self.open_log_visit)
        self.retranslate()

    def sections(self) -> dict[str, Section]:
        return {"waiting": self.waiting, "today": self.today, "coming_up": self.coming_up,
                "keep_in_touch": self.keep_in_touch}

    def title(self) -> str:
        return self.tr("Today")

    def watches(self, table: str) -> bool:
        return table in ("*", "task", "activity", "client", "company_setting")

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("Log a visit or call…"))
        self.log_button.setAccessibleName(self.tr("Log a visit, call, message or meeting"))
        self.done_log_button.setText(self.tr("Write down what happened"))
        self.done_log_button.setAccessibleName(self.tr("Write down what happened"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: it is not done yet"))
        self.waiting.heading.setText(self.tr("Still open from before"))
        self.waiting.explanation.setText(
            self.tr("Pick these up when you can, or move them to a better day."))
        self.waiting.empty.setText(self.tr("Nothing left over from before."))
        self.today.heading.setText(self.tr("Today"))
        self.today.explanation.setText("")
        self.today.explanation.hide()
        self.today.empty.setText(self.tr("Nothing planned for today."))
        self.coming_up.heading.setText(self.tr("Coming up"))
        self.coming_up.explanation.setText(self.tr("The next seven days."))
        self.coming_up.empty.setText(self.tr("Nothing planned for the coming week."))
        self.keep_in_touch.heading.setText(self.tr("Keep in touch"))
        self.why_keep_in_touch.explains(self.keep_in_touch.heading.text())
        self.keep_in_touch.explanation.setText(
            self.tr("Your clients who have not heard from you for a while."))
        self.keep_in_touch.empty.setText(self.tr("You are in touch with all your clients."))
        self.team_card.retranslate()
        if self.isVisible():
            self.refresh()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        clock = clock_for(self.context)
        now, tz = clock.now(), clock.tz()
        try:
            self.view = self.context.read(today_view, now, tz)
        except ServiceError as error:
            self._show_message(error_words(error))
            return
        view = self.view
        self.heading.setText(self.tr("Today, %1").replace("%1", date_text(view.day, long=True)))
        self.summary.setText(summary_words(view.waiting_total, view.today_total))
        self._fill(self.waiting, "waiting", view.waiting, view.waiting_total)
        self._fill(self.today, "today", view.today, view.today_total)
        self._fill(self.coming_up, "coming_up", view.coming_up, view.coming_up_total)
        self._fill_keep(view.keep_in_touch, view.keep_in_touch_total)
        actor = self.context.actor
        if actor.is_manager:
            self.team_card.set_numbers(self.context.read(team_overdue, now, tz))
            self.team_card.show()
        else:
            self.team_card.hide()

    def _fill(self, section: Section, name: str, items: Sequence[FollowUp], total: int) -> None:
        assert self.view is not None
        clock = clock_for(self.context)
        section.clear()
        shown = items if name in self._expanded else items[:VISIBLE_ROWS]
        for item in shown:
            row = FollowUpRow(item, self.view.day, clock.tz(), section)
            row.done_clicked.connect(self.mark_done)
            row.snooze_chosen.connect(self.snooze)
            section.rows.addWidget(row)
        section.empty.setVisible(not items)
        hidden = total - len(shown)
        section.more.setVisible(hidden > 0)
        section.more.setText(self.tr("Show all (%n)", "", total))
        section.more.setAccessibleName(section.more.text())

    def _fill_keep(self, items: Sequence[KeepInTouch], total: int) -> None:
        section = self.keep_in_touch
        section.clear()
        for item in items:
            row = KeepInTouchRow(item, section)
            row.log_clicked.connect(lambda client_id: self.log_requested.emit(client_id, ""))
            row.remind_clicked.connect(self.remind_tomorrow)
            section.rows.addWidget(row)
        section.empty.setVisible(not items)
        rest = total - len(items)
        section.more.setVisible(False)
        if rest > 0:
            section.explanation.setText(
                self.tr("Your clients who have not heard from you for a while.") + " "
                + self.tr("%n more after these.", "", rest))

    def _show_all(self, name: str) -> None:
        self._expanded.add(name)
        self.refresh()

    def follow_up_rows(self, section: str) -> list[FollowUpRow]:
        return [w for w in self.sections()[section].row_widgets() if isinstance(w, FollowUpRow)]

    # -- actions ----------------------------------------------------------------------------

    def mark_done(self, task_id: str) -> None:
        clock = clock_for(self.context)
        try:
            item = self.context.read(get_follow_up, task_id, clock.tz())
            self.context.edit(self.tr("Mark “%1” as done").replace("%1", item.title),
                              mark_done, task_id, clock.now())
        except ServiceError as error:
            self._show_message(error_words(error))
            return
        self._last_done = (task_id, item)
        self.done_text.setText(self.tr("Done: %1. Anything to write down about it?")
                               .replace("%1", item.title))
        self.done_log_button.setVisible(item.client_id is not None)
        self.done_bar.show()

    def snooze(self, task_id: str, choice: str) -> None:
        clock = clock_for(self.context)
        try:
            item = self.context.read(get_follow_up, task_id, clock.tz())
            self.context.edit(self.tr("Move “%1”").replace("%1", item.title),
                              snooze, task_id, choice, clock.now(), clock.tz())
        except ServiceError as error:
            self._show_message(error_words(error))

    def remind_tomorrow(self, client_id: str, client_name: str) -> None:
        clock = clock_for(self.context)
        now, tz = clock.now(), clock.tz()
        due = dates.day_only(dates.today(now, tz) + timedelta(days=1))
        try:
            self.context.write(add_follow_up, self.tr("Get in touch with %1")
                               .replace("%1", client_name), due, has_time=False,
                               client_id=client_id, now=now, tz=tz)
        except ServiceError as error:
            self._show_message(error_words(error))

    def _log_after_done(self) -> None:
        if self._last_done is None:
            return
        task_id, item = self._last_done
        self.done_bar.hide()
        self.log_requested.emit(item.client_id or "", task_id)

    def _undo_done(self) -> None:
        self.done_bar.hide()
        self._last_done = None
        self.context.undo_stack.undo()

    def open_log_visit(self, client_id: str = "", completes: str = "") -> None:
        from crm_desktop.ui.followups.log_visit import open_log_visit

        try:
            self.last_wizard = open_log_visit(self.context, self.window(), client_id=client_id,
                                              completes=completes)
        except ServiceError as error:
            self._show_message(error_words(error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
