"""The File menu's "Change my password…", for everyone who is signed in."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.services.users import change_own_password
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.people.dialogs import PasswordDialog


class AccountActions(QObject):
    def __init__(self, context: AppContext, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.change_password = QAction(parent)
        self.change_password.setObjectName("changePasswordAction")
        actions = menu.actions()
        menu.insertAction(actions[0] if actions else None, self.change_password)
        menu.insertSeparator(actions[0] if actions else None)
        self.change_password.triggered.connect(self.open_password_dialog)
        context.preferences_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.change_password.setText(self.tr("Change my password…"))

    def password_dialog(self) -> PasswordDialog:
        return PasswordDialog(
            self.context.actor.name,
            lambda old, new: self.context.write(change_own_password, old, new),
            ask_old=True, parent=self.window)

    def open_password_dialog(self) -> None:
        self.password_dialog().exec()
