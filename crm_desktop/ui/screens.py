"""A catalogue of every screen, so the renderer and the tests can walk them all.

Each entry builds one top-level widget showing one screen: a page inside the
main window, a dialog, or a wizard on one of its pages. Each issue adds its
screens to SCREENS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class Screen:
    name: str
    help_id: str
    build: Callable[[AppContext, MainWindow], QWidget]


def _page(page_id: str) -> Callable[[AppContext, MainWindow], QWidget]:
    def build(_context: AppContext, window: MainWindow) -> QWidget:
        window.show_page(page_id)
        return window

    return build


def _history_dialog(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.services.users import find_user
    from crm_desktop.ui.dialogs.history import HistoryDialog

    def first_user_id(session: object, actor: object) -> str:
        user = find_user(session, context.actor.name)  # type: ignore[arg-type]
        assert user is not None
        return user.id

    return HistoryDialog(context, "app_user", context.read(first_user_id), context.actor.name,
                         window)


def _error_dialog(_context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.errors import ErrorDialog

    return ErrorDialog("Traceback (most recent call last):\n  ...\nValueError: example",
                       None, window)


def screens() -> list[Screen]:
    from crm_desktop.ui.pages.registry import page_classes

    found = [Screen(f"page_{p.page_id}", p.help_id, _page(p.page_id)) for p in page_classes()]
    found += [
        Screen("dialog_history", "history", _history_dialog),
        Screen("dialog_error", "error", _error_dialog),
    ]
    from crm_desktop.ui.help.screens import help_screens

    found += help_screens()
    return found
