"""Sign-in: large type, a show-password toggle, a Caps Lock warning, plain words when wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, get_setting
from crm_desktop.services.users import SignInResult, sign_in
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.basics import heading, hint
from crm_desktop.ui.widgets.field import Field


def caps_lock_guess(event: QKeyEvent) -> bool | None:
    """Qt cannot ask the keyboard; a letter's case against Shift tells. None: cannot tell."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class SignInDialog(QDialog):
    help_id = "sign-in"  # F1 opens this help page

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 login: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setModal(True)
        self.heading = heading(parent=self, name="signInHeading")
        self.company = hint(parent=self, name="signInCompany")
        self.login = Field(QLineEdit(self), "signInName", required=True, parent=self)
        self.password = Field(QLineEdit(self), "signInPassword", required=True, parent=self)
        self.login_edit: QLineEdit = self.login.editor  # type: ignore[assignment]
        self.password_edit: QLineEdit = self.password.editor  # type: ignore[assignment]
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_edit.setText(login)
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("showPassword")
        self.caps_warning = QLabel(self)
        self.caps_warning.setObjectName("capsLockWarning")
        self.caps_warning.setProperty("role", "missing")
        self.caps_warning.setWordWrap(True)
        self.caps_warning.hide()
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        #: True when the person chose to practise first: start-up then opens practice mode.
        self.practice_chosen = False
        self.practice_button = QPushButton(self)
        self.practice_button.setObjectName("practiceFirstButton")
        self.practice_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (self.heading, self.company, self.login, self.password,
                       self.show_password, self.caps_warning, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.show_password.toggled.connect(self._show_password)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.close_button.clicked.connect(self.reject)
        self.practice_button.clicked.connect(self.practise_first)
        self.password_edit.installEventFilter(self)
        self.login_edit.textChanged.connect(lambda _t: self.message.hide())
        self.password_edit.textChanged.connect(lambda _t: self.message.hide())
        self._company_name = context.read(lambda s, _a: get_setting(s, COMPANY_NAME))
        self.retranslate()
        (self.password_edit if login else self.login_edit).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.heading.setText(self.tr("Welcome. Please sign in."))
        self.company.setText(self._company_name)
        self.company.setVisible(bool(self._company_name))
        self.login.set_texts(self.tr("Your name"), self.tr("required"))
        self.password.set_texts(self.tr("Password"), self.tr("required"))
        self.show_password.setText(self.tr("Show the password"))
        self.show_password.setAccessibleName(self.tr("Show the password"))
        self.caps_warning.setText(self.tr("Caps Lock is on: letters come out as CAPITALS."))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close without signing in"))
        self.practice_button.setText(self.tr("Practice first"))
        self.practice_button.setAccessibleName(self.tr("Practice first, with made-up clients"))

    def practise_first(self) -> None:
        """Close without signing in and open practice mode (made-up clients, not the real
        file, never the server)."""
        self.practice_chosen = True
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.password_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            caps = caps_lock_guess(event)
            if caps is not None:
                self.caps_warning.setVisible(caps)
        return super().eventFilter(watched, event)

    def _show_password(self, on: bool) -> None:
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def try_sign_in(self) -> None:
        name = self.login_edit.text().strip()
        if not name:
            self._say(self.tr("Please type your name."))
            self.login_edit.setFocus()
            return
        result: SignInResult = self.context.workspace.run(
            sign_in, name, self.password_edit.text())
        if result.actor is not None:
            self.actor = result.actor
            self.accept()
            return
        if result.reason == "inactive":
            self._say(self.tr("This account has been switched off. Please ask your "
                              "administrator."))
            return
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        if result.reason == "wait" or result.wait_seconds:
            self._start_wait(result.wait_seconds)
        else:
            self._say(self.tr("The name or the password is not right. Please try again. "
                              "(Is Caps Lock on? Is the language of the keyboard right?)"))

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = max(1, seconds)
        self.sign_in_button.setEnabled(False)
        self._show_wait()
        self._timer.start()

    def _show_wait(self) -> None:
        self._say(self.tr("The name or the password is not right, several times now. "
                          "Please wait %n second(s), then try again.", "", self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self.sign_in_button.setEnabled(True)
            self._say(self.tr("You can try again now."))
            return
        self._show_wait()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
