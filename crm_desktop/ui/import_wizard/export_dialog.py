"""Save clients (or activities) to a file: Excel or CSV by the file's name, only what the
person may see, column names in their language; written off the interface's thread."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.export import export_records
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.import_wizard.worker import Worker
from crm_desktop.ui.widgets.basics import button, heading, hint

WHAT = ("clients", "activities")


class ExportDialog(QDialog):
    help_id: ClassVar[str] = "export"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("exportDialog")
        self.heading = heading(parent=self, name="exportHeading")
        self.explanation = hint(parent=self, name="exportHint")
        self.what_label = QLabel(self)
        self.what_label.setObjectName("exportWhatLabel")
        self.what_group = QButtonGroup(self)
        self.what_buttons: dict[str, QRadioButton] = {}
        for what in WHAT:
            radio = QRadioButton(self)
            radio.setObjectName(f"export_{what}")
            radio.setMinimumHeight(44)
            self.what_group.addButton(radio)
            self.what_buttons[what] = radio
        self.what_buttons["clients"].setChecked(True)
        self.save_button = button("exportSaveButton", self, primary=True)
        self.save_button.setMinimumHeight(56)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        self.bar.setMinimumHeight(32)
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = button("exportCloseButton", self)
        self.save_button.clicked.connect(self.ask_where)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.what_label)
        for radio in self.what_buttons.values():
            layout.addWidget(radio)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.worker: Worker | None = None
        self.written: int | None = None
        self.target = ""
        self.resize(720, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save clients to a file"))
        self.heading.setText(self.tr("Save clients to a file"))
        self.explanation.setText(self.tr(
            "The file holds only the clients you may see, with the column names in your "
            "language. A name ending in .xlsx makes an Excel workbook; .csv a text list."))
        self.what_label.setText(self.tr("What to save"))
        texts = {"clients": self.tr("Clients"),
                 "activities": self.tr("Calls, visits and other contacts with them")}
        for what, radio in self.what_buttons.items():
            radio.setText(texts[what])
            radio.setAccessibleName(texts[what])
        self.save_button.setText(self.tr("Choose where to save…"))
        self.save_button.setAccessibleName(self.tr("Choose the file to save to"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.bar.setAccessibleName(self.tr("Saving"))

    def chosen_what(self) -> str:
        return next((w for w, r in self.what_buttons.items() if r.isChecked()), "clients")

    def ask_where(self) -> None:
        name = self.tr("Clients") if self.chosen_what() == "clients" else self.tr("Contacts")
        start = str(Path.home() / f"{name}.xlsx")
        target, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save clients to a file"), start,
            self.tr("Excel workbook (*.xlsx);;CSV text (*.csv)"))
        if target:
            if Path(target).suffix.lower() not in (".xlsx", ".csv"):
                target += ".csv" if "csv" in chosen_filter.lower() else ".xlsx"
            self.export_to(target)

    def export_to(self, target: str) -> None:
        """Write the file off the interface's thread; the words below say how it went."""
        if self.worker is not None:
            return
        what = self.chosen_what()
        language = self.context.translations.language
        self.target = target
        self.written = None
        self.save_button.setEnabled(False)
        self.bar.show()
        self.status.setText(self.tr("Saving to %1…").replace("%1", Path(target).name))

        def job(_cancelled: object, _progress: object) -> object:
            return self.context.workspace.run(export_records, target, what, language)

        worker = Worker(job, self)  # type: ignore[arg-type]
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()

    def _done(self, count: object) -> None:
        self.worker = None
        self.bar.hide()
        self.save_button.setEnabled(True)
        self.written = int(count) if isinstance(count, int) else 0
        text = self.tr("%n record(s) saved to %1.", "", self.written)
        self.status.setText(text.replace("%1", self.target))

    def _failed(self, error: object) -> None:
        self.worker = None
        self.bar.hide()
        self.save_button.setEnabled(True)
        if isinstance(error, ServiceError) and error.code == "bad_option":
            self.status.setText(self.tr(
                "The file could not be written. Choose another folder, or close the file in "
                "Excel first."))
        else:
            self.status.setText(self.tr(
                "Something went wrong, and the file was not saved. The details are in the "
                "program's log file."))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        super().reject()
