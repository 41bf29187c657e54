"""The client list's real Qt model (``crm_desktop.ui.clients.list_model``), in the bench process."""

from __future__ import annotations

import os
from typing import Any

from bench.office import Office

#: Rows a list view shows at once on a large screen at 100 %: the cells the bench draws.
VISIBLE_ROWS = 25


def application() -> Any:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def list_model(office: Office, login: str = "admin") -> tuple[Any, Any]:
    """(ClientListModel, AppContext) over the office, acting as ``login``."""
    application()
    from crm_desktop.config import Preferences
    from crm_desktop.ui.clients.list_model import ClientListModel
    from crm_desktop.ui.context import AppContext

    context = AppContext(office.workspace(login), Preferences())
    return ClientListModel(context), context


def draw(model: Any, first: int, rows: int = VISIBLE_ROWS) -> int:
    """What the view does to paint rows ``first``.. : every cell's text; returns rows drawn."""
    last = min(first + rows, model.rowCount())
    for row in range(first, last):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    return last - first
