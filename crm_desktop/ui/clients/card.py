"""The client card: details edited in place (with undo), contacts, credit, history, delete."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import clients, contacts
from crm_desktop.services.client_input import split_list
from crm_desktop.services.clients import ClientDetails
from crm_desktop.services.contacts import ContactInfo
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.ui.clients.list_model import status_text
from crm_desktop.ui.clients.messages import problem_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs.history import HistoryDialog
from crm_desktop.ui.models.table import ListTableModel
from crm_desktop.ui.widgets.basics import button, heading, hint
from crm_desktop.ui.widgets.field import Field

LINE_FIELDS = ("name", "company", "phones", "emails", "address", "website", "source", "tags")


def long_date(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day),
                              QLocale.FormatType.LongFormat)


class ContactsModel(ListTableModel[ContactInfo]):
    def __init__(self) -> None:
        super().__init__(
            [
                (lambda: ClientCard.tr("Name"), lambda c: c.name),
                (lambda: ClientCard.tr("Position"), lambda c: c.title),
                (lambda: ClientCard.tr("Phone"), lambda c: ", ".join(c.phone_display)),
                (lambda: ClientCard.tr("E-mail"), lambda c: ", ".join(c.emails)),
            ]
        )


class ClientCard(QDialog):
    help_id = "clients"  # F1 opens this help page

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.details: ClientDetails | None = None
        self.setObjectName("clientCard")
        self.heading = heading(parent=self, name="clientHeading")
        self.credit = QLabel(self)
        self.credit.setObjectName("creditLabel")
        self.credit.setWordWrap(True)
        self.owner = hint(parent=self, name="ownerLabel")
        self.deleted_note = QLabel(self)
        self.deleted_note.setObjectName("deletedNote")
        self.deleted_note.setProperty("role", "error")
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit(self)
            self.edits[name] = edit
            self.fields[name] = Field(edit, f"card_{name}", required=name == "name", parent=self)
            edit.editingFinished.connect(lambda key=name: self.commit(key))
        self.grade = QComboBox(self)
        self.status = QComboBox(self)
        for grade in ("A", "B", "C"):
            self.grade.addItem(grade, grade)
        for status in ("lead", "active", "inactive"):
            self.status.addItem("", status)
        self.fields["grade"] = Field(self.grade, "card_grade", parent=self)
        self.fields["status"] = Field(self.status, "card_status", parent=self)
        self.grade.activated.connect(lambda _i: self.commit("grade"))
        self.status.activated.connect(lambda _i: self.commit("status"))

        self.contacts_heading = QLabel(self)
        self.contacts_heading.setObjectName("contactsHeading")
        self.contacts_model = ContactsModel()
        self.contacts_view = QTableView(self)
        self.contacts_view.setObjectName("contactsTable")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.verticalHeader().hide()
        self.contacts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.contacts_view.horizontalHeader().setStretchLastSection(True)
        self.contacts_view.setMinimumHeight(120)
        self.add_contact_button = button("addContactButton", self)
        self.undo_button = button("undoButton", self)
        self.history_button = button("historyButton", self)
        self.delete_button = button("deleteClientButton", self)
        self.merge_button = button("mergeButton", self)
        self.credit_button = button("correctCreditButton", self)
        self.close_button = button("closeButton", self, primary=True)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.undo_button.clicked.connect(self.undo)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete)
        self.merge_button.clicked.connect(self.merge)
        self.credit_button.clicked.connect(self.correct_credit)
        self.close_button.clicked.connect(self.accept)
        context.undo_stack.canUndoChanged.connect(lambda _c: self._update_undo())
        context.data_changed.connect(self._on_data_changed)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.fields["name"], 0, 0, 1, 2)
        order = ("company", "phones", "emails", "grade", "status", "source", "tags", "website")
        for i, key in enumerate(order):
            grid.addWidget(self.fields[key], 1 + i // 2, i % 2)
        grid.addWidget(self.fields["address"], 5, 0, 1, 2)
        contacts_row = QHBoxLayout()
        contacts_row.addWidget(self.contacts_heading, 1)
        contacts_row.addWidget(self.add_contact_button)
        actions = QHBoxLayout()
        for b in (self.undo_button, self.history_button, self.merge_button, self.credit_button,
                  self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.credit)
        layout.addWidget(self.owner)
        layout.addWidget(self.deleted_note)
        layout.addLayout(grid)
        layout.addLayout(contacts_row)
        layout.addWidget(self.contacts_view, 1)
        layout.addLayout(actions)
        self.retranslate()
        self.reload()
        self.resize(900, 760)

    # --- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Client"))
        required = self.tr("required")
        labels = {
            "name": self.tr("&Name"), "company": self.tr("Works at (&company)"),
            "phones": self.tr("&Phone numbers"), "emails": self.tr("&E-mail addresses"),
            "address": self.tr("A&ddress"), "website": self.tr("&Website"),
            "source": self.tr("Where they came &from"), "tags": self.tr("&Tags"),
            "grade": self.tr("&Grade"), "status": self.tr("&Status"),
        }
        for key, label in labels.items():
            self.fields[key].set_texts(label, required)
        for i in range(self.status.count()):
            self.status.setItemText(i, status_text(self.status.itemData(i)))
        self.contacts_heading.setText(self.tr("People at this client"))
        self.contacts_view.setAccessibleName(self.tr("People at this client"))
        self.add_contact_button.setText(self.tr("Add a &person"))
        self.add_contact_button.setAccessibleName(self.tr("Add a contact person"))
        self.undo_button.setText(self.tr("&Undo last change"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.history_button.setText(self.tr("&History"))
        self.history_button.setAccessibleName(self.tr("Show every change to this client"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Send this client to the Recycle Bin"))
        self.merge_button.setText(self.tr("&Merge with a duplicate"))
        self.merge_button.setAccessibleName(self.tr("Merge this client with a duplicate"))
        self.credit_button.setText(self.tr("Correct who &brought them in"))
        self.credit_button.setAccessibleName(self.tr("Correct who brought this client in"))
        self.close_button.setText(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close the client card"))
        self.contacts_model.retranslate()
        if self.details is not None:
            self._show(self.details)

    # --- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self.details = self.context.read(clients.get_client, self.client_id)
        self._show(self.details)

    def _show(self, d: ClientDetails) -> None:
        self.heading.setText(d.name)
        if d.brought_in_at is not None:
            self.credit.setText(self.tr("Brought in by %1 on %2").replace(
                "%1", d.brought_in_by_name or self.tr("someone unknown")).replace(
                "%2", long_date(d.brought_in_at)))
        else:
            self.credit.setText(self.tr("Brought in by %1").replace(
                "%1", d.brought_in_by_name or self.tr("someone unknown")))
        owner = self.tr("Owner: %1").replace("%1", d.owner_name or self.tr("nobody"))
        if d.department_name:
            owner += " · " + d.department_name
        self.owner.setText(owner)
        self.deleted_note.setText(self.tr("This client is in the Recycle Bin."))
        self.deleted_note.setVisible(d.deleted)
        values = {
            "name": d.name, "company": d.company, "phones": ", ".join(d.phone_display),
            "emails": ", ".join(d.emails), "address": d.address, "website": d.website,
            "source": d.source, "tags": ", ".join(d.tags),
        }
        for key, value in values.items():
            edit = self.edits[key]
            if not edit.hasFocus() or edit.text() == "":
                edit.setText(value)
            edit.setReadOnly(not d.can_edit)
            self.fields[key].clear_error()
        self.grade.setCurrentIndex(max(self.grade.findData(d.grade), 0))
        self.status.setCurrentIndex(max(self.status.findData(d.status), 0))
        self.grade.setEnabled(d.can_edit)
        self.status.setEnabled(d.can_edit)
        self.contacts_model.set_rows(list(d.contacts))
        self.add_contact_button.setEnabled(d.can_edit)
        self.delete_button.setEnabled(d.can_edit)
        self.merge_button.setEnabled(d.can_edit)
        self.credit_button.setVisible(d.can_change_credit)
        self._update_undo()

    def _update_undo(self) -> None:
        self.undo_button.setEnabled(self.context.undo_stack.canUndo())

    def _on_data_changed(self, table: str) -> None:
        if self.isVisible() and table in ("client", "contact", "*"):
            try:
                self.reload()
            except ServiceError:
                self.close()

    # --- editing -----------------------------------------------------------------
    def _value(self, key: str) -> Any:
        if key == "grade":
            return self.grade.currentData()
        if key == "status":
            return self.status.currentData()
        text = self.edits[key].text()
        return split_list(text) if key in ("phones", "emails", "tags") else text

    def _current(self, key: str) -> Any:
        d = self.details
        assert d is not None
        if key in ("phones", "emails", "tags"):
            return list(getattr(d, "phone_display" if key == "phones" else key))
        return getattr(d, key)

    def commit(self, key: str) -> None:
        if self.details is None or not self.details.can_edit:
            return
        value = self._value(key)
        if value == self._current(key):
            self.fields[key].clear_error()
            return
        label = self.fields[key].label.text().replace("&", "")
        try:
            self.context.edit(self.tr("Change %1").replace("%1", label),
                              clients.update_client, self.client_id, {key: value})
        except ValidationError as exc:
            self.fields[key].show_error(problem_text(exc))
            return
        self.fields[key].clear_error()
        self.reload()

    def undo(self) -> None:
        self.context.undo_stack.undo()
        self.reload()

    def delete(self) -> None:
        name = self.details.name if self.details else ""
        self.context.edit(self.tr("Delete %1").replace("%1", name),
                          clients.delete_client, self.client_id)
        self.accept()

    def show_history(self) -> None:
        name = self.details.name if self.details else ""
        HistoryDialog(self.context, "client", self.client_id, name, self).exec()

    def add_contact(self) -> None:
        dialog = ContactDialog(self.context, self.client_id, self)
        if dialog.exec():
            self.reload()

    def merge(self) -> None:
        from crm_desktop.ui.clients.merge import MergeDialog

        dialog = MergeDialog(self.context, self.client_id, None, self)
        if dialog.exec():
            self.reload()

    def correct_credit(self) -> None:
        users = self.context.read(clients.users_for_choice)
        names = [name for _id, name in users]
        name, ok = QInputDialog.getItem(self, self.tr("Who brought this client in?"),
                                        self.tr("Colleague"), names, 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Why the change?"),
                                          self.tr("Reason (kept in the history)"))
        if not ok:
            return
        user_id = users[names.index(name)][0]
        try:
            self.context.write(clients.set_brought_in_by, self.client_id, user_id, reason)
        except ServiceError as exc:
            self.owner.setText(exc.message if not isinstance(exc, ValidationError)
                               else self.tr("Please give a reason for the change."))
            return
        self.reload()


class ContactDialog(QDialog):
    """Add a person at the client company."""

    help_id = "clients"  # F1 opens this help page
    FIELDS = ("name", "title", "phones", "emails")

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.setObjectName("contactDialog")
        self.heading = heading(parent=self, name="contactHeading")
        self.edits = {k: QLineEdit(self) for k in self.FIELDS}
        self.fields = {k: Field(e, f"contact_{k}", required=k == "name", parent=self)
                       for k, e in self.edits.items()}
        self.save_button = button("saveContactButton", self, primary=True)
        self.cancel_button = button("cancelContactButton", self)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for field in self.fields.values():
            layout.addWidget(field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.setWindowTitle(self.tr("Add a person"))
        self.heading.setText(self.tr("A person at this client"))
        required = self.tr("required")
        texts = {"name": self.tr("&Name"), "title": self.tr("&Position"),
                 "phones": self.tr("P&hone numbers"), "emails": self.tr("&E-mail addresses")}
        for key, text in texts.items():
            self.fields[key].set_texts(text, required)
        self.save_button.setText(self.tr("&Save person"))
        self.save_button.setAccessibleName(self.tr("Save this person"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))

    def save(self) -> None:
        data = contacts.ContactInput(
            name=self.edits["name"].text(), title=self.edits["title"].text(),
            phones=split_list(self.edits["phones"].text()),
            emails=split_list(self.edits["emails"].text()),
        )
        for field in self.fields.values():
            field.clear_error()
        try:
            self.context.write(contacts.add_contact, self.client_id, data)
        except ValidationError as exc:
            target = self.fields.get(exc.field)
            if target is not None:
                target.show_error(problem_text(exc))
            return
        self.accept()
