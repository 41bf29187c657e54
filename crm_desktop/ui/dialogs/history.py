"""A record's History: every change, who made it and when, old value -> new value."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.history import HistoryEntry, record_history
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.labels import action_label, field_label
from crm_desktop.ui.models.table import ListTableModel
from crm_desktop.ui.widgets.basics import heading


class HistoryModel(ListTableModel[HistoryEntry]):
    def __init__(self) -> None:
        super().__init__(
            [
                (lambda: HistoryDialog.tr("When"), lambda h: h.at),
                (lambda: HistoryDialog.tr("Who"), lambda h: h.who),
                (lambda: HistoryDialog.tr("What"), lambda h: action_label(h.action)),
                (lambda: HistoryDialog.tr("Field"), lambda h: field_label(h.field)),
                (lambda: HistoryDialog.tr("Before"), lambda h: h.old_value or ""),
                (lambda: HistoryDialog.tr("After"), lambda h: h.new_value or ""),
                (lambda: HistoryDialog.tr("Reason"), lambda h: h.reason),
            ]
        )


class HistoryDialog(QDialog):
    def __init__(self, context: AppContext, table: str, record_id: str, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.heading = heading(parent=self, name="historyHeading")
        self.model = HistoryModel()
        self.model.set_rows(context.read(record_history, table, record_id))
        self.view = QTableView(self)
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("historyButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._label = label
        self.retranslate()
        self.resize(900, 500)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.heading.setText(self.tr("History of %1").replace("%1", self._label))
        self.view.setAccessibleName(self.tr("Every change to this record"))
        close = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
