"""Long work (a dry run, an import, an export) off the interface's thread, with Cancel.

The job is a plain function `job(cancelled, progress)`; it runs in a QThread and its
answer, or the error it raised, comes back as a signal on the interface's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger("crm_desktop")

Job = Callable[[Callable[[], bool], Callable[[int], None]], object]


class Worker(QThread):
    """Runs one job once. `succeeded(result)`, `failed(error)`, `progressed(rows done)`."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next row; it rolls back and reports the cancellation."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._stop.is_set, self.progressed.emit)
        except Exception as error:  # every failure reaches the person as words, never a trace
            if not hasattr(error, "code"):
                log.exception("background job failed")
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
