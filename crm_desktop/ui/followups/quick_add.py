"""Quick-add on the client card: one line of text and a button per kind of contact."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.activities import KINDS, Logged, log_activity
from crm_desktop.services.errors import ServiceError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import clock_for
from crm_desktop.ui.followups.words import error_words, kind_label
from crm_desktop.ui.widgets.basics import button, hint


class QuickAddWidget(QWidget):
    """`QuickAddWidget(context, client_id)`; emits `logged` after each saved line."""

    help_id = "timeline"  # F1 inside it, wherever it is shown
    logged = Signal(object)

    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.setObjectName("quickAdd")
        self.line = QLineEdit(self)
        self.line.setObjectName("quickAddText")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for kind in KINDS:
            kind_button = button(f"quickAdd_{kind}", self)
            kind_button.clicked.connect(lambda _=False, k=kind: self.add(k))
            self.buttons[kind] = kind_button
            row.addWidget(kind_button)
        row.addStretch(1)
        self.status = hint(parent=self, name="quickAddStatus")
        self.error = QLabel(self)
        self.error.setObjectName("quickAddError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.line.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("What happened? One line is enough"))
        self.line.setAccessibleName(self.tr("What happened"))
        for kind, kind_button in self.buttons.items():
            kind_button.setText(kind_label(kind))
            kind_button.setAccessibleName(self.tr("Save as: %1").replace("%1", kind_label(kind)))
        self._update()

    def _update(self) -> None:
        has_text = bool(self.line.text().strip())
        for kind_button in self.buttons.values():
            kind_button.setEnabled(has_text)
        if not has_text:
            self.status.setText(self.tr("Type what happened, then press the kind of contact."))

    def add(self, kind: str) -> Logged | None:
        clock = clock_for(self.context)
        try:
            logged = self.context.write(log_activity, self.client_id, kind, self.line.text(),
                                        now=clock.now(), tz=clock.tz())
        except ServiceError as error:
            self.error.setText(error_words(error))
            self.error.show()
            return None
        self.error.hide()
        self.line.clear()
        self.status.setText(self.tr("Saved: %1.").replace("%1", kind_label(kind)))
        self.logged.emit(logged)
        return logged

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
