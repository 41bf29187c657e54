"""What every navigation page is: a title, a help page, and a way to refresh and retranslate."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext


class Page(QWidget):
    page_id: ClassVar[str] = ""
    help_id: ClassVar[str] = ""
    #: Pages only some roles may open (None: everyone).
    roles: ClassVar[tuple[str, ...] | None] = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.page_id}Page")
        self._hold_refresh = False
        context.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called at start and on each language change."""

    def refresh(self) -> None:
        """Reload what the page shows; called when it is shown and when data changes."""

    def about_to_close(self) -> None:
        """Save anything unfinished (drafts); called when the window closes."""

    def watches(self, table: str) -> bool:
        return True

    def _on_data_changed(self, table: str) -> None:
        if self.isVisible() and (table == "*" or self.watches(table)):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hold_refresh_on_show(self) -> None:
        """The next show does not refresh (the window shows first, then fills this page)."""
        self._hold_refresh = True

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        if self._hold_refresh:
            self._hold_refresh = False
        else:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
