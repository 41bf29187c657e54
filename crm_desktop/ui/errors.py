"""A calm dialog for the unexpected: the details go to a log file and, on request, to IT."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.ui.widgets.basics import button, heading

log = logging.getLogger("crm_desktop")
_crash_file: IO[str] | None = None


def error_details(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    lines = [
        f"CRM Desktop {__version__}",
        f"Time: {datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.details = details
        self.heading = heading(parent=self, name="errorHeading")
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setObjectName("errorDetails")
        self.details_view.setReadOnly(True)
        self.details_view.hide()
        self.copy_button = button("copyDetailsButton", self)
        self.show_button = button("showDetailsButton", self)
        self.close_button = button("closeButton", self, primary=True)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(
            lambda: self.details_view.setVisible(not self.details_view.isVisible())
        )
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(buttons)
        self._log_file = log_file
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.heading.setText(self.tr("Something went wrong. Your work is saved."))
        text = self.tr(
            "The program met a problem it did not expect. Everything you saved before is safe. "
            "You can carry on working. If it happens again, press “Copy details for IT” and "
            "send them to your IT person."
        )
        if self._log_file is not None:
            text += "\n" + self.tr("The details are also written to %1.").replace(
                "%1", str(self._log_file)
            )
        self.message.setText(text)
        self.copy_button.setText(self.tr("&Copy details for IT"))
        self.copy_button.setAccessibleName(self.tr("Copy details for IT"))
        self.show_button.setText(self.tr("Show &details"))
        self.show_button.setAccessibleName(self.tr("Show the technical details"))
        self.close_button.setText(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.details_view.setAccessibleName(self.tr("Technical details"))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter:
    """Catches what nobody else did: logs it in the data folder and shows ErrorDialog."""

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self.last_details = ""

    def install(self) -> None:
        global _crash_file
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(self.log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _crash_file = (self.log_file.parent / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_crash_file)
        sys.excepthook = self.handle

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = error_details(exc_type, exc, tb)
        self.last_details = details
        with contextlib.suppress(Exception):  # logging must never make it worse
            log.error("Unexpected error\n%s", details)
        if self.show_dialog and not self._showing and QApplication.instance() is not None:
            self._showing = True
            try:
                ErrorDialog(details, self.log_file, QApplication.activeWindow()).exec()
            finally:
                self._showing = False
