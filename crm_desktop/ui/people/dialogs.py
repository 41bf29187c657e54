"""Small dialogs of the administration page: a person, a department name, a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.users import ROLES, DepartmentInfo, UserInfo
from crm_desktop.ui.people.words import error_text, role_label
from crm_desktop.ui.widgets.basics import heading, hint
from crm_desktop.ui.widgets.field import Field


class FormDialog(QDialog):
    """Heading, fields, an error line, and OK/Cancel; `save()` calls one service."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.heading = heading(parent=self, name=f"{name}Heading")
        self.explanation = hint(parent=self, name=f"{name}Hint")
        self.fields = QVBoxLayout()
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}Error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(row)
        self.ok_button.clicked.connect(self._ok)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)

    def retranslate_buttons(self) -> None:
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Save and close"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))

    def retranslate(self) -> None:
        self.retranslate_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            self.save()
        except ServiceError as refused:
            self.error.setText(error_text(refused))
            self.error.show()
            return
        self.accept()


class PersonDialog(FormDialog):
    """Add a person (with a first password) or change one's details."""

    help_id = "administration"

    def __init__(self, departments: list[DepartmentInfo],
                 on_save: Callable[[dict[str, object]], object],
                 person: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__("personDialog", parent)
        self.person = person
        self.on_save = on_save
        self.name = Field(QLineEdit(self), "personName", required=True, parent=self)
        self.login = Field(QLineEdit(self), "personLogin", required=True, parent=self)
        self.role = Field(QComboBox(self), "personRole", required=True, parent=self)
        self.department = Field(QComboBox(self), "personDepartment", parent=self)
        self.password = Field(QLineEdit(self), "personPassword", required=True, parent=self)
        self.name_edit: QLineEdit = self.name.editor  # type: ignore[assignment]
        self.login_edit: QLineEdit = self.login.editor  # type: ignore[assignment]
        self.role_box: QComboBox = self.role.editor  # type: ignore[assignment]
        self.department_box: QComboBox = self.department.editor  # type: ignore[assignment]
        self.password_edit: QLineEdit = self.password.editor  # type: ignore[assignment]
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for role in ROLES:
            self.role_box.addItem(role_label(role), role)
        self.department_box.addItem("", None)
        for department in departments:
            self.department_box.addItem(department.name, department.id)
        for field in (self.name, self.login, self.role, self.department, self.password):
            self.fields.addWidget(field)
        self.password.setVisible(person is None)
        self._login_follows_name = person is None
        self.name_edit.textChanged.connect(self._name_changed)
        self.login_edit.textEdited.connect(lambda _t: setattr(self, "_login_follows_name", False))
        if person is not None:
            self.name_edit.setText(person.display_name)
            self.login_edit.setText(person.login)
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(person.role)))
            self.department_box.setCurrentIndex(
                max(0, self.department_box.findData(person.department_id)))
        self.retranslate()

    def _name_changed(self, text: str) -> None:
        if self._login_follows_name:
            self.login_edit.setText(text.strip())

    def retranslate(self) -> None:
        self.retranslate_buttons()
        adding = self.person is None
        self.setWindowTitle(self.tr("Add a person") if adding else self.tr("Change a person"))
        self.heading.setText(self.tr("Add a person") if adding else self.tr("Change a person"))
        self.explanation.setText(self.tr(
            "Staff see their own clients, managers their department's, administrators all."))
        self.name.set_texts(self.tr("Name"), self.tr("required"))
        self.login.set_texts(self.tr("Sign-in name"), self.tr("required"))
        self.role.set_texts(self.tr("Role"), self.tr("required"))
        self.department.set_texts(self.tr("Department"), "")
        self.password.set_texts(self.tr("First password (they can change it later)"),
                                self.tr("required"))
        for i, role in enumerate(ROLES):
            self.role_box.setItemText(i, role_label(role))
        self.department_box.setItemText(0, self.tr("(no department)"))

    def values(self) -> dict[str, object]:
        return {
            "display_name": self.name_edit.text(),
            "login": self.login_edit.text(),
            "role": self.role_box.currentData(),
            "department_id": self.department_box.currentData(),
            "password": self.password_edit.text(),
        }

    def save(self) -> None:
        self.on_save(self.values())


class NameDialog(FormDialog):
    """One name: a new department, or a department's new name."""

    help_id = "administration"

    def __init__(self, title: str, label: str, on_save: Callable[[str], object],
                 value: str = "", parent: QWidget | None = None) -> None:
        super().__init__("nameDialog", parent)
        self._title = title
        self._label = label
        self.on_save = on_save
        self.name = Field(QLineEdit(self), "departmentName", required=True, parent=self)
        self.edit: QLineEdit = self.name.editor  # type: ignore[assignment]
        self.edit.setText(value)
        self.fields.addWidget(self.name)
        self.retranslate()

    def retranslate(self) -> None:
        self.retranslate_buttons()
        self.setWindowTitle(self._title)
        self.heading.setText(self._title)
        self.explanation.hide()
        self.name.set_texts(self._label, self.tr("required"))

    def save(self) -> None:
        self.on_save(self.edit.text())


class PasswordDialog(FormDialog):
    """A new password typed twice; with `ask_old`, the current one first (own password)."""

    help_id = "password"

    def __init__(self, who: str, on_save: Callable[[str, str], object], *, ask_old: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__("passwordDialog", parent)
        self.who = who
        self.ask_old = ask_old
        self.on_save = on_save
        self.old = Field(QLineEdit(self), "oldPassword", required=True, parent=self)
        self.new = Field(QLineEdit(self), "newPassword", required=True, parent=self)
        self.again = Field(QLineEdit(self), "newPasswordAgain", required=True, parent=self)
        self.edits: list[QLineEdit] = []
        for field in (self.old, self.new, self.again):
            edit: QLineEdit = field.editor  # type: ignore[assignment]
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits.append(edit)
            self.fields.addWidget(field)
        self.old.setVisible(ask_old)
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("showNewPassword")
        self.fields.addWidget(self.show_password)
        self.show_password.toggled.connect(self._show)
        self.retranslate()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for edit in self.edits:
            edit.setEchoMode(mode)

    def retranslate(self) -> None:
        self.retranslate_buttons()
        title = (self.tr("Change my password") if self.ask_old
                 else self.tr("A new password for %1").replace("%1", self.who))
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.explanation.setText(self.tr(
            "A good password is long rather than strange: three or four words you can "
            "remember. At least 8 characters."))
        self.old.set_texts(self.tr("Current password"), self.tr("required"))
        self.new.set_texts(self.tr("New password"), self.tr("required"))
        self.again.set_texts(self.tr("The new password again"), self.tr("required"))
        self.show_password.setText(self.tr("Show the passwords"))
        self.show_password.setAccessibleName(self.tr("Show the passwords"))

    def save(self) -> None:
        old, new, again = (e.text() for e in self.edits)
        if new != again:
            raise _Mismatch()
        self.on_save(old, new)

    def _ok(self) -> None:
        try:
            super()._ok()
        except _Mismatch:
            self.error.setText(self.tr("The two new passwords are not the same."))
            self.error.show()


class _Mismatch(Exception):
    pass
