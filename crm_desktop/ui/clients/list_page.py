"""The Clients page: search as you type, quick filters in words, the list, New client."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from crm_desktop.services.client_list import ClientFilter
from crm_desktop.ui.clients.list_model import ID_ROLE, ClientListModel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.widgets.basics import button, fit_header, heading, hint

SEARCH_DELAY_MS = 150
#: Quick filters: (key, scope, grade, status)
QUICK_FILTERS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("visible", "visible", None, None),
    ("mine", "mine", None, None),
    ("brought_in", "brought_in", None, None),
    ("grade_a", "visible", "A", None),
    ("grade_b", "visible", "B", None),
    ("grade_c", "visible", "C", None),
    ("lead", "visible", None, "lead"),
    ("active", "visible", None, "active"),
    ("inactive", "visible", None, "inactive"),
)


class ClientsPage(Page):
    page_id = "clients"
    help_id = "clients"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(parent=self, name="clientsHeading")
        self.search_label = QLabel(self)
        self.search_label.setObjectName("clientSearchLabel")
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.show_label = QLabel(self)
        self.show_label.setObjectName("clientFilterLabel")
        self.quick = QComboBox(self)
        self.quick.setObjectName("clientQuickFilter")
        self.show_label.setBuddy(self.quick)
        self.new_button = button("newClientButton", self, primary=True)
        self.open_button = button("openClientButton", self)
        self.import_button = button("importClientsButton", self)
        self.count_label = hint(parent=self, name="clientCount")
        self.model = ClientListModel(context)
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(320)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        self.table.setColumnWidth(0, 240)
        context.preferences_changed.connect(lambda: fit_header(self.table))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.quick.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.new_button.clicked.connect(self.new_client)
        self.import_button.clicked.connect(self.import_clients)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_col = QVBoxLayout()
        search_col.addWidget(self.search_label)
        search_col.addWidget(self.search)
        filter_col = QVBoxLayout()
        filter_col.addWidget(self.show_label)
        filter_col.addWidget(self.quick)
        search_row.addLayout(search_col, 3)
        search_row.addLayout(filter_col, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._filled = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Clients")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Clients"))
        self.search_label.setText(self.tr("&Find a client: name, pinyin, phone digits or e-mail"))
        self.search.setPlaceholderText(self.tr("For example: 张伟, zw, Иванов, 8000"))
        self.search.setAccessibleName(self.tr("Find a client"))
        self.show_label.setText(self.tr("&Show"))
        self.quick.setAccessibleName(self.tr("Which clients to show"))
        labels = {
            "visible": self.tr("All clients I can see"),
            "mine": self.tr("My clients"),
            "brought_in": self.tr("Clients I brought in"),
            "grade_a": self.tr("Grade A clients"),
            "grade_b": self.tr("Grade B clients"),
            "grade_c": self.tr("Grade C clients"),
            "lead": self.tr("Prospects"),
            "active": self.tr("Active clients"),
            "inactive": self.tr("Inactive clients"),
        }
        current = self.quick.currentIndex()
        self.quick.blockSignals(True)
        self.quick.clear()
        for key, *_rest in QUICK_FILTERS:
            self.quick.addItem(labels[key], key)
        self.quick.setCurrentIndex(max(current, 0))
        self.quick.blockSignals(False)
        self.new_button.setText(self.tr("&New client"))
        self.new_button.setAccessibleName(self.tr("Add a new client"))
        self.open_button.setText(self.tr("&Open client"))
        self.import_button.setText(self.tr("Bring in from a file…"))
        self.import_button.setAccessibleName(self.tr("Bring in clients from a file"))
        self.open_button.setAccessibleName(self.tr("Open the selected client"))
        self.table.setAccessibleName(self.tr("Clients"))
        self.model.retranslate()
        fit_header(self.table)
        self._update_count()

    def current_filter(self) -> ClientFilter:
        key = self.quick.currentData() or "visible"
        _key, scope, grade, status = next(f for f in QUICK_FILTERS if f[0] == key)
        return replace(self.model.filter, text=self.search.text(), scope=scope, grade=grade,
                       status=status)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._filled = True
        self._update_count()

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        self._filled = True
        self._update_count()

    def watches(self, table: str) -> bool:
        return table in ("client", "contact", "*")

    def _update_count(self) -> None:
        if not self._filled:
            return
        count = self.model.rowCount()
        if self.model.more:
            self.count_label.setText(self.tr(
                "More than %n client(s) match. Type more to narrow the list.", "", count))
        elif count == 0 and self.search.text().strip():
            self.count_label.setText(self.tr("No client matches “%1”.").replace(
                "%1", self.search.text().strip()))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", count))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return str(value) if value else None

    def open_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            self.open_client(client_id)

    def open_client(self, client_id: str) -> None:
        from crm_desktop.ui.clients.card import ClientCard

        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.id == client_id and not row.visible:
            return
        ClientCard(self.context, client_id, self).exec()

    def new_client(self) -> None:
        from crm_desktop.ui.clients.card import ClientCard
        from crm_desktop.ui.clients.form import NewClientDialog

        dialog = NewClientDialog(self.context, self)
        dialog.exec()
        if dialog.result_client_id is not None:
            self.refresh()
            ClientCard(self.context, dialog.result_client_id, self).exec()

    def import_clients(self) -> None:
        from crm_desktop.ui.import_wizard.wizard import open_import_wizard

        wizard = open_import_wizard(self.context, self)
        wizard.finished.connect(lambda _result: self.refresh())
