"""The settings page's "Office server" section: the address and your own password.

The connection is tried on a worker thread (the window never waits for the
network); on success the address is kept on this PC and the password in the
operating system's keyring, never in a file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QThread, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.services import sync_service
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.basics import button, hint
from crm_desktop.ui.wizards.setup import office_problem

log = logging.getLogger(__name__)


class ConnectionCheck(QThread):
    """Try the office server with the person's password; say how it went."""

    done = Signal(bool, str, str)  # ok; when not ok, the problem's code and message

    def __init__(self, workspace: Workspace, address: str, password: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.address, self.password = workspace, address, password

    def run(self) -> None:
        try:
            sync_service.connect_to_office(self.workspace, self.address, self.password)
        except sync_service.SyncError as exc:
            self.done.emit(False, exc.code, exc.message)
        except Exception as exc:  # never a traceback: logged, said in words
            log.exception("office server check")
            self.done.emit(False, "error", str(exc))
        else:
            self.done.emit(True, "", "")


class OfficeServerSection(QGroupBox):
    connected = Signal()
    check_finished = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("officeServerSection")
        self.explain = hint(parent=self, name="officeServerHint")
        self.address_label = QLabel(self)
        self.address = QLineEdit(self)
        self.address.setObjectName("officeServerAddress")
        self.address_label.setBuddy(self.address)
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("officeServerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.connect_button = button("connectOfficeButton", self, primary=True)
        self.result = hint(parent=self, name="officeServerResult")
        self.result.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.address_label, self.address)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.result)
        self.check: ConnectionCheck | None = None
        self.connect_button.clicked.connect(self.try_connect)
        settings = sync_service.server_settings(context.workspace)
        if settings is not None:
            self.address.setText(settings.url)
        self.retranslate()

    def try_connect(self) -> None:
        if self.check is not None:
            return
        self.connect_button.setEnabled(False)
        self.result.setText(self.tr("Trying the office server…"))
        self.result.show()
        check = ConnectionCheck(self.context.workspace, self.address.text(),
                                self.password.text(), self)
        check.done.connect(self._done)
        self.check = check
        check.start()

    def _done(self, ok: bool, code: str, message: str) -> None:
        if self.check is not None:
            self.check.wait()
            self.check.deleteLater()
            self.check = None
        self.connect_button.setEnabled(True)
        self.password.clear()
        if ok:
            self.result.setText(self.tr(
                "Connected. This PC now shares your work with the office; your password is "
                "kept in this computer's keyring."))
            self.connected.emit()
        else:
            self.result.setText(office_problem(code, message))
        self.check_finished.emit(ok)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Office server"))
        self.explain.setText(self.tr(
            "If your company has an office server, type its address (your administrator "
            "gives it to you) and your own password for it."))
        self.address_label.setText(self.tr("Server &address"))
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setPlaceholderText("office-server/company")
        self.password_label.setText(self.tr("Your &password for the server"))
        self.password.setAccessibleName(self.tr("Your password for the server"))
        self.connect_button.setText(self.tr("Test and connect"))
        self.connect_button.setAccessibleName(self.tr("Test the connection and connect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
