"""Work off the window's thread: one sync (push and pull), and the office wake-up watcher."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread, Signal

from crm_desktop.services import sync_service
from crm_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)


class SyncWorker(QThread):
    """One push and pull on its own thread; progress and a Cancel that stops between pages."""

    progress = Signal(str, int, int)
    succeeded = Signal(dict)
    failed = Signal(str, str)

    def __init__(self, workspace: Workspace, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.workspace = workspace
        self._cancel = threading.Event()
        self.thread_id: int | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        self.thread_id = threading.get_ident()
        try:
            result = sync_service.sync_now(
                self.workspace,
                progress=lambda stage, done, total: self.progress.emit(stage, done, total),
                cancelled=self._cancel.is_set,
            )
        except sync_service.SyncError as exc:
            self.failed.emit(exc.code, exc.message)
        except Exception as exc:  # never a traceback to the person: logged, said in words
            log.exception("sync failed")
            self.failed.emit("error", str(exc))
        else:
            self.succeeded.emit(result.as_dict())


class OfficeWatcher(QThread):
    """Wakes the puller when the office's data moves (LISTEN/NOTIFY, or a short poll)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: object = None, *,
                 poll_seconds: float = 3.0, retry_seconds: float = 30.0) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.workspace = workspace
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                sync_service.watch_office(self.workspace, self._stop, self.changed.emit,
                                          poll_seconds=self.poll_seconds)
            except Exception:
                log.exception("office watcher")
            self._stop.wait(self.retry_seconds)
