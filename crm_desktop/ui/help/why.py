"""The "Why?" button: beside a field or a message whose rule is not obvious, it opens the
part of the help page that explains the rule, in the user's language.

    why = WhyLink("clients", "brought-in-by", parent=self)   # help page and its heading anchor
    field.add_beside_label(why)

Its accessible name says what it explains ("Why? Brought in by"), taken from the label
the caller passes to ``explains()`` (already translated by the caller).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from crm_desktop.ui.help.f1 import set_help_id


class WhyLink(QPushButton):
    """A small word-button "Why?" that opens help page ``help_id`` at heading ``anchor``."""

    def __init__(self, help_id: str, anchor: str = "", parent: QWidget | None = None, *,
                 name: str = "") -> None:
        super().__init__(parent)
        self.help_id = help_id
        self.anchor = anchor
        self._about = ""
        self.setObjectName(name or f"why_{help_id}_{anchor}".replace("-", "_").rstrip("_"))
        self.setProperty("role", "why")
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        set_help_id(self, help_id, anchor)  # F1 on it opens the same part of the help
        self.clicked.connect(self.open)
        self.retranslate()

    def explains(self, about: str) -> None:
        """Name what the rule is about, for screen readers (a translated label)."""
        self._about = about.replace("&", "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Why?"))
        if self._about:
            self.setAccessibleName(self.tr("Why? %1").replace("%1", self._about))
        else:
            self.setAccessibleName(self.tr("Why?"))
        description = self.tr("Opens the help that explains this rule")
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    def open(self) -> None:
        from crm_desktop.ui.help.hub import open_help

        open_help(self.help_id, self.anchor, origin=self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
