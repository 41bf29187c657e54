"""The sharing screens for the catalogue (ui/screens.py): the conflict dialog with examples
and the status bar in its three states (shared a while ago, sharing, not connected).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from crm_desktop.services.clients import ClientInput, create_client, find_client_by_name
from crm_desktop.services.errors import NotFound
from crm_desktop.services.sync_conflicts import add_example_conflicts, list_conflicts
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.screens import Screen
from crm_desktop.ui.sync.words import SyncState

SAMPLE_CLIENT = "华东贸易"
Build = Callable[[AppContext, MainWindow], QWidget]


def _conflict_dialog(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.sync.conflict_dialog import ConflictDialog

    if not context.read(list_conflicts):
        try:
            client_id = context.read(find_client_by_name, SAMPLE_CLIENT).id
        except NotFound:
            client_id = context.write(create_client, ClientInput(name=SAMPLE_CLIENT)).client.id
        context.write(add_example_conflicts, client_id)
    return ConflictDialog(context, window)


def _status(state: SyncState, conflicts: int = 0) -> Build:
    def build(_context: AppContext, window: MainWindow) -> QWidget:
        from crm_desktop.ui.sync.status import SyncIntegration, SyncStatusBar

        found = [c for c in window.findChildren(QObject) if isinstance(c, SyncIntegration)]
        if found:
            controller = found[0].controller
            controller.state = state
            controller.conflicts = conflicts
            controller.state_changed.emit()
        bar = window.findChild(SyncStatusBar)
        if bar is not None:  # as a person looking at the status bar would: its button in focus
            shown = [b for b in (bar.conflicts_button, bar.share_button, bar.cancel_button)
                     if not b.isHidden()]
            if shown:
                shown[0].setFocus()
                window.setProperty("f1_target", shown[0].objectName())
        return window

    return build


def sync_screens() -> list[Screen]:
    ago = datetime.now(UTC) - timedelta(minutes=2)
    shared = SyncState(configured=True, last_ok=ago)
    return [
        Screen("dialog_sync_conflicts", "sync", _conflict_dialog),
        Screen("status_sync_shared", "sync", _status(shared, conflicts=2)),
        Screen("status_sync_sharing", "sync",
               _status(dataclasses.replace(shared, running=True, done=340, total=1200))),
        Screen("status_sync_offline", "sync", _status(dataclasses.replace(shared, failed=True))),
    ]
