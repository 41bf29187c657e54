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
        window.setProperty("f1_target", "")  # F1 goes to the page, wherever the focus is
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


def _sample_client(context: AppContext, second: bool = False) -> str:
    """A client to show (demo data is added to an empty file first)."""
    from crm_desktop.services.client_list import ClientFilter, list_clients
    from crm_desktop.services.demo_data import generate

    flt = ClientFilter(scope="visible")
    rows = context.read(list_clients, flt, 0, 2)
    if len(rows) < 2:
        context.write(generate, clients=40, seed=1, language=context.translations.language
                      if context.translations.language != "en" else "en")
        rows = context.read(list_clients, flt, 0, 2)
    return rows[1 if second else 0].id


def _new_client(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.clients.form import NewClientDialog

    return NewClientDialog(context, window)


def _new_client_duplicate(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.services.clients import get_client
    from crm_desktop.ui.clients.form import NewClientDialog

    existing = context.read(get_client, _sample_client(context))
    dialog = NewClientDialog(context, window)
    dialog.edits["name"].setText(existing.name)
    dialog.edits["phones"].setText(", ".join(existing.phone_display))
    dialog.check_duplicates()
    return dialog


def _client_card(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.clients.card import ClientCard

    return ClientCard(context, _sample_client(context), window)


def _merge_clients(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.clients.merge import MergeDialog

    return MergeDialog(context, _sample_client(context), _sample_client(context, True), window)


def screens() -> list[Screen]:
    from crm_desktop.ui.pages.registry import page_classes

    found = [Screen(f"page_{p.page_id}", p.help_id, _page(p.page_id)) for p in page_classes()]
    from crm_desktop.ui.followups.screens import followup_screens

    found += followup_screens()
    from crm_desktop.ui.import_wizard.screens import import_screens

    found += import_screens()
    found += [
        Screen("dialog_history", "history", _history_dialog),
        Screen("dialog_error", "error", _error_dialog),
        Screen("dialog_new_client", "clients", _new_client),
        Screen("dialog_new_client_duplicate", "clients", _new_client_duplicate),
        Screen("dialog_client_card", "clients", _client_card),
        Screen("dialog_merge_clients", "clients", _merge_clients),
    ]
    from crm_desktop.ui.help.screens import help_screens
    from crm_desktop.ui.people.screens import people_screens

    found += help_screens()
    from crm_desktop.ui.sync.screens import sync_screens

    found += sync_screens()
    found += [Screen(name, help_id, build) for name, help_id, build in people_screens()]
    from crm_desktop.ui.wizards.screens import setup_screens

    found += setup_screens()
    return found
