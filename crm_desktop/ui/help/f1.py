"""F1 anywhere opens the help for what is on the screen.

Which page: the first help id found walking up from the widget that has the
keyboard focus. A widget says its help id by a ``help_id`` attribute (Page,
dialog classes, wizard pages) or a ``help_id`` Qt property (set_help_id()); a
wizard answers for its current page; the main window for its current page; a
dialog without either is known by its objectName ("historyDialog" -> "history").
A ``help_anchor`` property on the way up (a form field) opens that part of the page.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from crm_desktop.ui.context import AppContext


def set_help_id(widget: QWidget, help_id: str, anchor: str = "") -> None:
    """Say which help page (and part of it) F1 opens from this widget and all inside it."""
    widget.setProperty("help_id", help_id)
    if anchor:
        widget.setProperty("help_anchor", anchor)


def own_help_id(widget: QObject) -> str:
    value = widget.property("help_id")
    if isinstance(value, str) and value:
        return value
    value = getattr(type(widget), "help_id", "")
    return value if isinstance(value, str) else ""


def _dialog_help_id(widget: QWidget) -> str:
    name = widget.objectName()
    for suffix in ("Dialog", "Wizard", "Editor"):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return re.sub(r"(?<!^)(?=[A-Z])", "_", stem).lower()
    return ""


def help_target(widget: QWidget | None) -> tuple[str, str]:
    """(help id, anchor) for F1 pressed while this widget has the focus."""
    anchor = ""
    current = widget
    while current is not None:
        if not anchor:
            value = current.property("help_anchor")
            anchor = value if isinstance(value, str) else ""
        if isinstance(current, QWizard):
            page = current.currentPage()
            found = (own_help_id(page) if page is not None else "") or own_help_id(current)
            if found:
                return found, anchor
        found = own_help_id(current)
        if found:
            return found, anchor
        page_of = getattr(current, "current_page", None)
        if callable(page_of):
            page = page_of()
            if isinstance(page, QWidget) and own_help_id(page):
                return own_help_id(page), anchor
        if current.isWindow() and isinstance(current, QDialog) and not isinstance(
                current, QMessageBox):
            found = _dialog_help_id(current)
            if found:
                return found, anchor
        current = current.parentWidget()
    return "welcome", anchor


def context_of(widget: QWidget | None) -> AppContext | None:
    current = widget
    while current is not None:
        context = getattr(current, "context", None)
        if isinstance(context, AppContext):
            return context
        current = current.parentWidget()
    return None


class F1Filter(QObject):
    """Installed once on the application: catches F1 before any widget sees it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_target: tuple[str, str] = ("", "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            connect_help_signal(watched)
            return False
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1):
            widget = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
            asker = _asks_for_help(widget)
            if asker is not None:  # a wizard says which step it is on itself
                connect_help_signal(asker)
                asker.show_help()  # type: ignore[attr-defined]
                return True
            self.last_target = help_target(widget)
            from crm_desktop.ui.help.hub import open_help

            open_help(self.last_target[0], self.last_target[1], origin=widget)
            return True
        return False


def _asks_for_help(widget: QWidget | None) -> QWidget | None:
    """The nearest window (a wizard) that answers F1 itself with a help_requested signal."""
    current = widget
    while current is not None:
        if hasattr(current, "help_requested") and callable(getattr(current, "show_help", None)):
            return current
        current = current.parentWidget()
    return None


def connect_help_signal(widget: QWidget) -> None:
    """Open the help whenever this widget's help_requested(str) signal fires (once)."""
    signal = getattr(widget, "help_requested", None)
    if signal is None or widget.property("help_connected"):
        return
    widget.setProperty("help_connected", True)

    def show(help_id: str) -> None:
        from crm_desktop.ui.help.hub import open_help

        open_help(help_id or "welcome", origin=widget)

    signal.connect(show)


_installed: F1Filter | None = None


def install_f1() -> F1Filter:
    """Put the F1 filter on the application (once)."""
    global _installed
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _installed is None:
        _installed = F1Filter(app)
        app.installEventFilter(_installed)
    return _installed
