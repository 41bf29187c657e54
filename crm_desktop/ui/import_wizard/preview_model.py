"""The first rows of the file, as the importer will read them, for the Preview page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Columns are the file's column names; rows are numbered as in the spreadsheet."""

    def __init__(self) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_rows(self, headers: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._rows[index.row()][1]
            text = cells[index.column()] if index.column() < len(cells) else ""
            return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(self._rows[section][0]) if section < len(self._rows) else None
