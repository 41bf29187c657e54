"""Merge two clients that are the same: pick the other one, then field by field what stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import client_merge
from crm_desktop.services.client_list import ClientFilter, list_clients
from crm_desktop.services.clients import ClientDetails, get_client
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.errors import ServiceError
from crm_desktop.ui.clients.list_model import status_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import field_label
from crm_desktop.ui.widgets.basics import button, heading, hint


def _value_text(details: ClientDetails, field: str) -> str:
    if field == "owner_id":
        return details.owner_name
    if field == "status":
        return status_text(details.status)
    return str(getattr(details, field) or "—")


class MergeDialog(QDialog):
    help_id = "clients"  # F1 opens this help page

    def __init__(self, context: AppContext, first_id: str, second_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.first_id = first_id
        self.setObjectName("mergeDialog")
        self.heading = heading(parent=self, name="mergeHeading")
        self.explanation = hint(parent=self, name="mergeHint")
        self.pick_label = QLabel(self)
        self.pick_label.setObjectName("mergeOtherLabel")
        self.pick = QComboBox(self)
        self.pick.setObjectName("mergeOther")
        self.pick_label.setBuddy(self.pick)
        self.grid_host = QWidget(self)
        self.grid_host.setObjectName("mergeChoices")
        self.grid = QGridLayout(self.grid_host)
        self.groups: dict[str, QButtonGroup] = {}
        self.message = QLabel(self)
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.merge_button = button("mergeClientsButton", self, primary=True)
        self.cancel_button = button("cancelMergeButton", self)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        self.pick.currentIndexChanged.connect(lambda _i: self.show_choices())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pick_label)
        layout.addWidget(self.pick)
        layout.addWidget(self.grid_host, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self._fill_candidates(second_id)
        self.resize(860, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge two clients"))
        self.heading.setText(self.tr("Merge two clients"))
        self.explanation.setText(self.tr(
            "Choose which value stays for each line. Phone numbers, e-mails and tags of both "
            "are kept. People, activities and history move over. The other client goes to the "
            "Recycle Bin."))
        self.pick_label.setText(self.tr("&Which client is the same as this one?"))
        self.pick.setAccessibleName(self.tr("The client to merge into this one"))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge the two clients"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel without merging"))

    def _fill_candidates(self, second_id: str | None) -> None:
        me = self.context.read(get_client, self.first_id)
        found: dict[str, str] = {}
        for match in self.context.read(
            find_duplicates, name=me.name, company=me.company, kind=me.kind,
            phones=list(me.phones), emails=list(me.emails), exclude_id=me.id,
        ):
            if match.client_id:
                found[match.client_id] = match.client_name or ""
        for row in self.context.read(list_clients, ClientFilter(text=me.name), 0, 20):
            if row.id != me.id:
                found.setdefault(row.id, row.name)
        if second_id and second_id not in found:
            found[second_id] = self.context.read(get_client, second_id).name
        self.pick.blockSignals(True)
        for client_id, name in found.items():
            self.pick.addItem(name, client_id)
        if second_id:
            self.pick.setCurrentIndex(max(self.pick.findData(second_id), 0))
        self.pick.blockSignals(False)
        self.show_choices()

    def show_choices(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups.clear()
        other = self.pick.currentData()
        self.merge_button.setEnabled(bool(other))
        if not other:
            self.message.setText(self.tr("No similar client found."))
            return
        self.message.setText("")
        preview = self.context.read(client_merge.merge_preview, self.first_id, other)
        header_this = QLabel(self.tr("Keep this client's value"), self.grid_host)
        header_other = QLabel(self.tr("Take the other client's value"), self.grid_host)
        for column, label in ((1, header_this), (2, header_other)):
            label.setWordWrap(True)
            self.grid.addWidget(label, 0, column)
        for row, field in enumerate(preview.differing, start=1):
            name = QLabel(field_label(field), self.grid_host)
            keep = QRadioButton(_value_text(preview.first, field), self.grid_host)
            take = QRadioButton(_value_text(preview.second, field), self.grid_host)
            keep.setObjectName(f"keep_{field}")
            take.setObjectName(f"take_{field}")
            keep.setAccessibleName(self.tr("Keep %1").replace("%1", field_label(field)))
            take.setAccessibleName(self.tr("Take the other %1").replace("%1", field_label(field)))
            keep.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(keep, 0)
            group.addButton(take, 1)
            self.groups[field] = group
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(keep, row, 1)
            self.grid.addWidget(take, row, 2)
        self.grid.setRowStretch(len(preview.differing) + 1, 1)

    def taken_from_other(self) -> list[str]:
        return [f for f, group in self.groups.items() if group.checkedId() == 1]

    def merge(self) -> None:
        other = self.pick.currentData()
        if not other:
            return
        try:
            self.context.write(client_merge.merge_clients, self.first_id, other,
                               self.taken_from_other())
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.context.undo_stack.clear()
        self.accept()
