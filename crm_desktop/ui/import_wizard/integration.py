"""What importing and exporting bring to the main window: two entries in the File menu.

The start-up code wires them with one call: `install(window, context)`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.import_wizard.export_dialog import ExportDialog
from crm_desktop.ui.import_wizard.wizard import ImportWizard, open_import_wizard


class ImportIntegration(QObject):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.import_action = QAction(window)
        self.import_action.setObjectName("importClientsAction")
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportClientsAction")
        self.export_action.triggered.connect(lambda: self.open_export())
        menu = getattr(window, "file_menu", None)
        quit_action = getattr(window, "quit_action", None)
        if isinstance(menu, QMenu):
            before = quit_action if isinstance(quit_action, QAction) else None
            menu.insertAction(before, self.import_action)
            menu.insertAction(before, self.export_action)
            if before is not None:
                menu.insertSeparator(before)
        else:
            window.addAction(self.import_action)
            window.addAction(self.export_action)
        window.installEventFilter(self)
        self.retranslate()

    def open_import(self) -> ImportWizard:
        return open_import_wizard(self.context, self.window)

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Bring in clients from a file…"))
        self.export_action.setText(self.tr("&Save clients to a file…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: QMainWindow, context: AppContext) -> ImportIntegration:
    """One call from the start-up code, after the main window is built."""
    return ImportIntegration(window, context)
