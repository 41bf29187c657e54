"""The status bar's sharing words and buttons, the File menu's "Share with the office now",
and the controller that runs a sync on a timer, on demand, after sign-in and when the office
wakes us. The window never waits for the network: the work runs in `SyncWorker`.

The lead wires it with one call: `install(window, context)`.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QWidget

from crm_desktop.services import sync_service
from crm_desktop.services.sync_conflicts import open_conflict_count
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.sync.words import SyncState, problem_text, status_text
from crm_desktop.ui.sync.worker import OfficeWatcher, SyncWorker
from crm_desktop.ui.widgets.basics import button

INTERVAL_MS = 5 * 60_000
REFRESH_MS = 30_000
CHANGED_TABLES = ("client", "contact", "activity", "task", "deal", "complaint")


class SyncController(QObject):
    """Runs one sync at a time off the window's thread and keeps the state for the words."""

    state_changed = Signal()
    finished = Signal(dict)  # the sync's counts; {} when it did not finish
    problem = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, watch: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.state = SyncState()
        self.last_problem = ""
        self.conflicts = 0
        self.worker: SyncWorker | None = None
        self.last_thread_id: int | None = None  # where the last sync ran (never the window's)
        self.watcher: OfficeWatcher | None = None
        self._again = False
        self._result: dict[str, Any] = {}
        self._watch = watch
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.share_now)
        self.load()

    def load(self) -> None:
        """Read what this PC knows (configured, last success, open conflicts)."""
        status = sync_service.status(self.context.workspace)
        self.conflicts = status.conflicts
        self.state = dataclasses.replace(self.state, configured=status.configured,
                                         last_ok=status.last_ok)
        self.state_changed.emit()

    def start(self) -> None:
        """The timer, a first sync, and the wake-up watcher (when the PC has a server)."""
        self.timer.start()
        if self.state.configured and not self.context.workspace.practice:
            self.share_now()
            if self._watch:
                self.start_watching()

    def start_watching(self) -> None:
        if self.watcher is None:
            self.watcher = OfficeWatcher(self.context.workspace, self)
            self.watcher.changed.connect(self.share_now)
            self.watcher.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.wait()
            self.watcher = None
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def share_now(self) -> bool:
        """Start one sync in the background; False when there is no server or one is running."""
        if self.context.workspace.practice or not self.state.configured:
            return False
        if self.worker is not None:
            self._again = True  # the office moved on while we were busy: go once more after
            return False
        worker = SyncWorker(self.context.workspace, self)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_done)
        self.worker = worker
        self.state = dataclasses.replace(self.state, running=True, done=0, total=0)
        self.state_changed.emit()
        worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, _stage: str, done: int, total: int) -> None:
        self.state = dataclasses.replace(self.state, done=done, total=total)
        self.state_changed.emit()

    def _succeeded(self, counts: dict[str, Any]) -> None:
        self.last_problem = ""
        self.state = dataclasses.replace(self.state, failed=False,
                                         last_ok=datetime.now(UTC))
        self._result = counts

    def _failed(self, code: str, _message: str) -> None:
        self.last_problem = problem_text(code)
        self.state = dataclasses.replace(self.state, failed=code != "cancelled")
        self._result = {}
        self.problem.emit(self.last_problem)

    def _worker_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            self.last_thread_id = worker.thread_id
            worker.deleteLater()
        counts, self._result = self._result, {}
        self.state = dataclasses.replace(self.state, running=False)
        self.conflicts = self.context.read(open_conflict_count)
        if counts.get("pulled") or counts.get("removed") or counts.get("conflicts"):
            for table in CHANGED_TABLES:
                self.context.data_changed.emit(table)
        self.state_changed.emit()
        self.finished.emit(counts)
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.share_now)

    def text(self) -> str:
        return status_text(self.state)


class SyncStatusBar(QWidget):
    """The buttons next to the storage words: Share now, Cancel, and conflicts to look at."""

    help_id = "sync"  # F1 on any of its buttons

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.share_button = button("shareNowButton", self)
        self.cancel_button = button("cancelSyncButton", self)
        self.conflicts_button = button("syncConflictsButton", self, primary=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.conflicts_button, self.share_button, self.cancel_button):
            layout.addWidget(widget)
        self.share_button.clicked.connect(controller.share_now)
        self.cancel_button.clicked.connect(controller.cancel)
        controller.state_changed.connect(self.update_view)
        self.retranslate()

    def update_view(self) -> None:
        state = self.controller.state
        self.setVisible(state.configured)
        self.share_button.setVisible(not state.running)
        self.cancel_button.setVisible(state.running)
        count = self.controller.conflicts
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_button.setText(self.tr("%n change(s) to look at", "", count))
        self.conflicts_button.setAccessibleName(self.conflicts_button.text())
        self.share_button.setToolTip(self.controller.last_problem)

    def retranslate(self) -> None:
        self.share_button.setText(self.tr("Share now"))
        self.share_button.setAccessibleName(self.tr("Share with the office now"))
        self.cancel_button.setText(self.tr("Stop sharing"))
        self.cancel_button.setAccessibleName(self.tr("Stop sharing"))
        self.update_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SyncIntegration(QObject):
    """What sharing brings to the main window: words, buttons, a menu entry, conflicts."""

    def __init__(self, window: QMainWindow, context: AppContext, *,
                 controller: SyncController | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.controller = controller or SyncController(context, self)
        self.bar = SyncStatusBar(self.controller, window)
        window.statusBar().addPermanentWidget(self.bar)
        self.share_action = QAction(window)
        self.share_action.setObjectName("shareNowAction")
        self.share_action.triggered.connect(self.controller.share_now)
        self.conflicts_action = QAction(window)
        self.conflicts_action.setObjectName("syncConflictsAction")
        self.conflicts_action.triggered.connect(self.open_conflicts)
        menu = getattr(window, "file_menu", None)
        if isinstance(menu, QMenu):
            actions = menu.actions()
            if actions:
                last = actions[-1]  # Quit stays last
                menu.insertAction(last, self.share_action)
                menu.insertAction(last, self.conflicts_action)
                menu.insertSeparator(last)
            else:
                menu.addAction(self.share_action)
                menu.addAction(self.conflicts_action)
        self.bar.conflicts_button.clicked.connect(self.open_conflicts)
        self.controller.state_changed.connect(self.show_words)
        context.actor_changed.connect(self.controller.share_now)  # after sign-in
        context.data_changed.connect(self._settings_changed)
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self.show_words)
        self.refresh.start()
        window.installEventFilter(self)
        self.retranslate()

    def start(self) -> None:
        self.controller.start()

    def _settings_changed(self, what: str) -> None:
        if what == "sync_settings":  # the settings page connected this PC to a server
            self.controller.load()
            self.controller.start()

    def stop(self) -> None:
        self.refresh.stop()
        self.controller.stop()

    def show_words(self) -> None:
        if self.context.workspace.practice:
            return  # the window says it is the practice file
        state = self.controller.state
        self.share_action.setEnabled(state.configured and not state.running)
        self.conflicts_action.setEnabled(self.controller.conflicts > 0)
        if state.configured:
            setter = getattr(self.window, "set_storage_text", None)
            if callable(setter):
                setter(self.controller.text())

    def open_conflicts(self) -> None:
        from crm_desktop.ui.sync.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.context, self.window)
        dialog.exec()
        self.controller.load()

    def retranslate(self) -> None:
        self.share_action.setText(self.tr("Share with the office &now"))
        self.conflicts_action.setText(self.tr("Changes to &look at…"))
        self.show_words()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)  # after the window has its words
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def install(window: QMainWindow, context: AppContext, *, start: bool = True) -> SyncIntegration:
    integration = SyncIntegration(window, context)
    if start:
        integration.start()
    return integration
