"""The client card's timeline: activities, follow-ups and changes, newest first, with a filter.

`TimelineWidget(context, client_id)`; it reloads itself when activities, follow-ups
or the client change anywhere in the program.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.timeline import (
    FOLLOW_UP,
    HISTORY,
    TIMELINE_KINDS,
    TimelineEntry,
    client_timeline,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.words import error_words, kind_label
from crm_desktop.ui.formatting import date_text, datetime_text
from crm_desktop.ui.labels import action_label, field_label
from crm_desktop.ui.widgets.basics import hint

#: The filter's choices: (key, kinds shown); "" shows everything.
FILTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", TIMELINE_KINDS),
    *((kind, (kind,)) for kind in TIMELINE_KINDS),
)
WATCHED = frozenset({"*", "activity", "task", "client", "contact"})


class TimelineWidget(QWidget):
    help_id = "timeline"  # F1 inside it, wherever it is shown

    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.entries: list[TimelineEntry] = []
        self.setObjectName("timeline")
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("timelineFilter")
        self.filter_label.setBuddy(self.filter)
        for key, _kinds in FILTERS:
            self.filter.addItem("", key)
        self.list = QListWidget(self)
        self.list.setObjectName("timelineList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.empty = hint(parent=self, name="timelineEmpty")
        self.error = QLabel(self)
        self.error.setObjectName("timelineError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setAccessibleName(self.tr("Show which entries"))
        names = {"": self.tr("Everything"), FOLLOW_UP: self.tr("Follow-ups"),
                 HISTORY: self.tr("Changes to the client")}
        for index, (key, _kinds) in enumerate(FILTERS):
            self.filter.setItemText(index, names.get(key) or kind_label(key))
        self.list.setAccessibleName(self.tr("What happened with this client, newest first"))
        self.empty.setText(self.tr("Nothing written down yet."))
        self._fill()

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))

    def refresh(self) -> None:
        kinds = FILTERS[max(0, self.filter.currentIndex())][1]
        try:
            self.entries = self.context.read(client_timeline, self.client_id, kinds)
        except ServiceError as error:
            self.entries = []
            self.error.setText(error_words(error))
            self.error.show()
        else:
            self.error.hide()
        self._fill()

    def entry_text(self, entry: TimelineEntry) -> str:
        if entry.kind == FOLLOW_UP:
            when = datetime_text(entry.at) if entry.has_time else date_text(entry.at)
            state = (self.tr("Follow-up done") if entry.done
                     else self.tr("Follow-up planned"))
            head = f"{when} · {state}"
        else:
            head = f"{datetime_text(entry.at)} · {kind_label(entry.kind)}"
        if entry.who:
            head += f" · {entry.who}"
        if entry.kind == HISTORY:
            what = action_label(entry.action)
            if entry.field:
                what = self.tr("%1 %2: %3 → %4").replace("%1", what).replace(
                    "%2", field_label(entry.field)).replace("%3", entry.old_value or "—").replace(
                    "%4", entry.new_value or "—")
            return f"{head}\n{what}"
        lines = [head, entry.text]
        if entry.next_step:
            lines.append(self.tr("Next: %1").replace("%1", entry.next_step))
        return "\n".join(lines)

    def _fill(self) -> None:
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self.entry_text(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.record_id)
        self.empty.setVisible(not self.entries)

    def _on_data_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
