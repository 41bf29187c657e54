"""One line of the Today page: a follow-up with Done and Later, or a keep-in-touch suggestion."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.followups import FollowUp, KeepInTouch, TeamOverdue
from crm_desktop.ui.followups.words import (
    keep_in_touch_words,
    rhythm_words,
    when_words,
)
from crm_desktop.ui.widgets.basics import button, heading, hint


def _text_block(parent: QWidget, name: str) -> tuple[QLabel, QLabel, QVBoxLayout]:
    title = QLabel(parent)
    title.setObjectName(f"{name}Title")
    title.setWordWrap(True)
    title.setProperty("role", "rowTitle")
    detail = hint(parent=parent, name=f"{name}Detail")
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(title)
    column.addWidget(detail)
    return title, detail, column


class FollowUpRow(QFrame):
    done_clicked = Signal(str)
    snooze_chosen = Signal(str, str)

    def __init__(self, item: FollowUp, today: date, tz: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._today = today
        self._tz = tz
        self.setObjectName("followUpRow")
        self.setProperty("role", "row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.detail, column = _text_block(self, "followUp")
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.done_button = button("doneButton", self, primary=True)
        self.later_button = button("laterButton", self)
        self.later_menu = QMenu(self.later_button)
        self.later_menu.setObjectName("laterMenu")
        self.snooze_actions: dict[str, QAction] = {}
        for choice in ("later_today", "tomorrow", "next_week"):
            action = self.later_menu.addAction("")
            action.setObjectName(f"snooze_{choice}")
            action.triggered.connect(
                lambda _=False, c=choice: self.snooze_chosen.emit(self.item.id, c))
            self.snooze_actions[choice] = action
        self.later_button.setMenu(self.later_menu)
        self.done_button.clicked.connect(lambda: self.done_clicked.emit(self.item.id))
        row = QHBoxLayout(self)
        row.addLayout(column, 1)
        row.addWidget(self.done_button)
        row.addWidget(self.later_button)
        self.retranslate()

    def retranslate(self) -> None:
        item = self.item
        self.title.setText(item.title)
        when = when_words(item, self._today, self._tz)
        self.detail.setText(f"{when} · {item.client_name}" if item.client_name else when)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Mark “%1” as done").replace("%1", item.title))
        self.later_button.setText(self.tr("Later"))
        self.later_button.setAccessibleName(
            self.tr("Remind me of “%1” later").replace("%1", item.title))
        self.snooze_actions["later_today"].setText(self.tr("Later today"))
        self.snooze_actions["tomorrow"].setText(self.tr("Tomorrow"))
        self.snooze_actions["next_week"].setText(self.tr("Next week"))


class KeepInTouchRow(QFrame):
    log_clicked = Signal(str)
    remind_clicked = Signal(str, str)

    def __init__(self, item: KeepInTouch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("keepInTouchRow")
        self.setProperty("role", "row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.detail, column = _text_block(self, "keepInTouch")
        self.log_button = button("logContactButton", self)
        self.remind_button = button("remindTomorrowButton", self)
        self.log_button.clicked.connect(lambda: self.log_clicked.emit(item.client_id))
        self.remind_button.clicked.connect(
            lambda: self.remind_clicked.emit(item.client_id, item.client_name))
        row = QHBoxLayout(self)
        row.addLayout(column, 1)
        row.addWidget(self.log_button)
        row.addWidget(self.remind_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(keep_in_touch_words(self.item))
        self.detail.setText(rhythm_words(self.item))
        self.log_button.setText(self.tr("Log a contact"))
        self.log_button.setAccessibleName(
            self.tr("Log a contact with %1").replace("%1", self.item.client_name))
        self.remind_button.setText(self.tr("Remind me tomorrow"))
        self.remind_button.setAccessibleName(
            self.tr("Remind me tomorrow to contact %1").replace("%1", self.item.client_name))


class TeamOverdueCard(QFrame):
    """A manager's team in numbers only; the dashboard may embed it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamOverdueCard")
        self.setProperty("role", "row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.numbers: TeamOverdue | None = None
        self.heading = heading(parent=self, name="teamHeading")
        self.lines = QLabel(self)
        self.lines.setObjectName("teamNumbers")
        self.lines.setWordWrap(True)
        self.note = hint(parent=self, name="teamNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.note)
        self.retranslate()

    def set_numbers(self, numbers: TeamOverdue) -> None:
        self.numbers = numbers
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your team"))
        self.note.setText(self.tr("Numbers only: each person sees their own list."))
        n = self.numbers
        if n is None:
            self.lines.setText("")
            return
        self.lines.setText("\n".join([
            self.tr("People in the team: %1").replace("%1", str(n.people)),
            self.tr("%n follow-up(s) open from before", "", n.overdue),
            self.tr("%n of them for more than a week", "", n.overdue_over_a_week),
            self.tr("%n follow-up(s) for today", "", n.due_today),
        ]))
        self.lines.setAccessibleName(self.lines.text())
