"""The client list's model: a windowed view over the database, fetched a page at a time.

It holds the row count and the pages seen so far; data() fetches a page the
first time one of its rows is drawn. Sorting and filtering run in the
database (sort() asks the service for a new order), so a list of 100 000
clients costs the same as one of 100. A page next to one already held
continues from its edge row (keyset paging); any other page is counted from
the nearer end of the list, so dragging the scroll bar to the bottom reads
the last rows directly instead of skipping all the others.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.services.client_list import (
    ClientFilter,
    ClientRow,
    first_window,
    list_clients,
    row_key,
)
from crm_desktop.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 10

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("company", "Company"),
    ("phone", "Phone"),
    ("owner", "Owner"),
    ("grade", "Grade"),
    ("status", "Status"),
    ("last_contact_at", "Last contact"),
)


def header_text(key: str) -> str:
    return {
        "name": QCoreApplication.translate("ClientListModel", "Name"),
        "company": QCoreApplication.translate("ClientListModel", "Company"),
        "phone": QCoreApplication.translate("ClientListModel", "Phone"),
        "owner": QCoreApplication.translate("ClientListModel", "Owner"),
        "grade": QCoreApplication.translate("ClientListModel", "Grade"),
        "status": QCoreApplication.translate("ClientListModel", "Status"),
        "last_contact_at": QCoreApplication.translate("ClientListModel", "Last contact"),
    }[key]


def status_text(status: str) -> str:
    return {
        "lead": QCoreApplication.translate("ClientListModel", "Prospect"),
        "active": QCoreApplication.translate("ClientListModel", "Active"),
        "inactive": QCoreApplication.translate("ClientListModel", "Inactive"),
    }.get(status, status)


def date_text(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )


class ClientListModel(QAbstractTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.filter = ClientFilter()
        self._count = 0
        #: True when a very short search stopped at the rows shown and more clients match.
        self.more = False
        #: False until the first reload: a sort asked for before that (the view does so when
        #: sorting is switched on) only records the order, and the first showing reads.
        self.loaded = False
        self._pages: dict[int, list[ClientRow]] = {}

    # --- what is shown -------------------------------------------------------
    def set_filter(self, flt: ClientFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        # The size and the first page together: the view draws the first rows at once.
        size, first = self.context.read(first_window, self.filter, PAGE)
        self._count, self.more = size.rows, size.more
        if first:
            self._pages[0] = first
        self.loaded = True
        self.endResetModel()

    def row_at(self, row: int) -> ClientRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
            self._pages[page] = rows
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> list[ClientRow]:
        start = page * PAGE
        end = min(start + PAGE, self._count)
        above, below = self._pages.get(page - 1), self._pages.get(page + 1)
        after = row_key(above[-1], self.filter) if above else None
        before = row_key(below[0], self.filter) if below else None
        if page > 0 and after is not None:
            return self.context.read(list_clients, self.filter, 0, end - start, after=after)
        if before is not None:
            return self.context.read(list_clients, self.filter, 0, end - start, before=before)
        if start > self._count - end:  # nearer the bottom: count from the end
            return self.context.read(list_clients, self.filter, self._count - end,
                                     end - start, from_end=True)
        return self.context.read(list_clients, self.filter, start, end - start)

    # --- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = COLUMNS[index.column()][0]
        if key == "owner":
            return row.owner_name
        if key == "status":
            return status_text(row.status)
        if key == "last_contact_at":
            return date_text(row.last_contact_at)
        return str(getattr(row, key) or "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_text(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        flt = replace(self.filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if self.loaded:
            self.set_filter(flt)
        else:
            self.filter = flt

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
