"""The Recycle Bin page: what was deleted, by whom and when; Restore brings it back."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout

from crm_desktop.services.recycle_bin import BinEntry, list_deleted, restore_entry
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs.history import HistoryDialog
from crm_desktop.ui.labels import table_label
from crm_desktop.ui.models.table import SORT_ROLE, ListTableModel
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.widgets.basics import button, heading, hint


class RecycleBinModel(ListTableModel[BinEntry]):
    def __init__(self) -> None:
        super().__init__(
            [
                (lambda: RecycleBinPage.tr("What"), lambda e: e.label),
                (lambda: RecycleBinPage.tr("Kind"), lambda e: table_label(e.table)),
                (lambda: RecycleBinPage.tr("Deleted on"), lambda e: e.deleted_at),
                (lambda: RecycleBinPage.tr("Deleted by"), lambda e: e.deleted_by),
            ]
        )


class RecycleBinPage(Page):
    page_id = "recycle_bin"
    help_id = "recycle_bin"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(parent=self, name="recycleBinHeading")
        self.explanation = hint(parent=self, name="recycleBinHint")
        self.model = RecycleBinModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("recycleBinTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.restore_button = button("restoreButton", self, primary=True)
        self.history_button = button("historyButton", self)
        self.empty_label = hint(parent=self, name="recycleBinEmpty")
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Recycle Bin")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Recycle Bin"))
        self.explanation.setText(
            self.tr("Nothing you delete is lost. It waits here until you bring it back.")
        )
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected record"))
        self.history_button.setText(self.tr("Show &history"))
        self.history_button.setAccessibleName(self.tr("Show the history of the selected record"))
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.model.retranslate()
        self._update_count()

    def refresh(self) -> None:
        self.model.set_rows(self.context.read(list_deleted))
        self._update_count()
        self._update_buttons()

    def selected(self) -> BinEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.context.edit(self.tr("Restore %1").replace("%1", entry.label),
                          restore_entry, entry.table, entry.record_id)

    def show_history(self) -> None:
        entry = self.selected()
        if entry is not None:
            HistoryDialog(self.context, entry.table, entry.record_id, entry.label, self).exec()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.empty_label.setText(
            self.tr("%n record(s) waiting to be restored.", "", count)
            if count
            else self.tr("The Recycle Bin is empty.")
        )

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.history_button.setEnabled(has)
