"""The first two pages: which file, and how it reads (encoding, sheet, header row)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.import_export.sniff import ENCODINGS
from crm_desktop.ui.import_wizard.answers import ImportAnswers
from crm_desktop.ui.import_wizard.preview_model import PreviewModel
from crm_desktop.ui.import_wizard.words import encoding_title
from crm_desktop.ui.widgets.field import Field
from crm_desktop.ui.wizards.base import WizardStep

if TYPE_CHECKING:
    from crm_desktop.ui.import_wizard.wizard import ImportWizard

FILE_PATTERNS = "*.xlsx *.xls *.csv *.txt *.vcf"


def grow(step: WizardStep) -> None:
    """The step's own widgets take the room left on the page (not the empty space below)."""
    layout = step.layout()
    if isinstance(layout, QVBoxLayout):
        layout.setStretchFactor(step.body, 10)


def wizard_of(step: WizardStep) -> ImportWizard | None:
    from crm_desktop.ui.import_wizard.wizard import ImportWizard

    wizard = step.wizard()
    return wizard if isinstance(wizard, ImportWizard) else None


def _local_file(event: QDragEnterEvent | QDropEvent) -> str:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [u.toLocalFile() for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 and Path(files[0]).is_file() else ""


class ChooseFileStep(WizardStep):
    step_id = "importFile"
    help_id = "import-file"

    def __init__(self) -> None:
        super().__init__()
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setProperty("role", "bigChoice")
        self.choose_button.setProperty("primary", True)
        self.choose_button.setMinimumHeight(88)
        self.choose_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Fixed)
        self.choose_button.setAutoDefault(False)
        self.drop_hint = QLabel(self)
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenFile")
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.choose_button)
        self.body.addWidget(self.drop_hint)
        self.body.addWidget(self.chosen)
        self.setAcceptDrops(True)
        self._path = ""
        self.choose_button.clicked.connect(self.ask_for_file)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Which file holds your list of clients?"))
        self.explanation.setText(self.tr(
            "The program reads Excel workbooks (.xlsx, .xls), text lists (.csv, .txt) and "
            "address book cards (.vcf). Nothing is changed until the last step, and even then "
            "you can take the whole import back."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to bring in"))
        self.drop_hint.setText(self.tr("Or drag the file here from a folder."))
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.chosen.setText(self.tr("Chosen: %1").replace("%1", Path(self._path).name)
                            if self._path else "")
        self.chosen.setVisible(bool(self._path))

    def ask_for_file(self) -> None:
        start = str(Path(self._path).parent) if self._path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file with your clients"), start,
            self.tr("Lists of clients (%1);;All files (*)").replace("%1", FILE_PATTERNS))
        if path:
            self.choose_path(path)

    def choose_path(self, path: str) -> bool:
        """Take this file if the program can read it; otherwise say why, in plain words."""
        wizard = wizard_of(self)
        if wizard is None:
            return False
        message = wizard.try_file(path)
        if message:
            self.show_error(message)
            return False
        self._path = path
        self._show_chosen()
        self.changed()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _local_file(event)
        if path:
            event.acceptProposedAction()
            self.choose_path(path)

    def load(self, answers: ImportAnswers) -> None:
        self._path = answers.path
        self._show_chosen()

    def store(self, answers: ImportAnswers) -> None:
        if self._path != answers.path:
            answers.reset_file(self._path)
            wizard = wizard_of(self)
            if wizard is not None:
                wizard.layout = None

    def missing_reason(self) -> str:
        return "" if self._path else self.tr("Please choose the file with your list of clients.")

    def focus_widget(self) -> QWidget:
        return self.choose_button


class PreviewStep(WizardStep):
    step_id = "importPreview"
    help_id = "import-preview"

    def __init__(self) -> None:
        super().__init__()
        self.found = QLabel(self)
        self.found.setObjectName("foundInFile")
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding = QComboBox(self)
        self.encoding_field = Field(self.encoding, "encodingChoice", parent=self)
        self.sheet = QComboBox(self)
        self.sheet_field = Field(self.sheet, "sheetChoice", parent=self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 100000)
        self.header_row.setMinimumWidth(120)
        self.header_row_field = Field(self.header_row, "headerRowChoice", parent=self)
        choices = QHBoxLayout()
        choices.setSpacing(16)
        choices.addWidget(self.encoding_field, 2)
        choices.addWidget(self.sheet_field, 2)
        choices.addWidget(self.header_row_field, 1)
        self.model = PreviewModel()
        self.table = QTableView(self)
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(220)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        self.body.addWidget(self.found)
        self.body.addLayout(choices)
        self.body.addWidget(self.table, 1)
        grow(self)
        self._loading = False
        self._problem = False
        self.encoding.currentIndexChanged.connect(self._edited)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row.valueChanged.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Does the list look right?"))
        self.explanation.setText(self.tr(
            "These are the first rows as the program will read them. If the letters look "
            "wrong, choose another encoding. If the column names are not at the top, choose "
            "the row that holds them."))
        self.encoding_field.set_texts(self.tr("Encoding of the letters"), "")
        self.sheet_field.set_texts(self.tr("Sheet"), "")
        self.header_row_field.set_texts(self.tr("Row with the column names"), "")
        self.table.setAccessibleName(self.tr("The first rows of the file"))
        wizard = wizard_of(self)
        if wizard is not None and wizard.layout is not None:
            self._show_found()

    # -- filling ------------------------------------------------------------------------

    def load(self, answers: ImportAnswers) -> None:
        self._reread()

    def _reread(self) -> None:
        wizard = wizard_of(self)
        if wizard is None:
            return
        message = wizard.refresh_layout()
        self._problem = bool(message)
        self.show_error(message)
        self._loading = True
        try:
            self._fill(wizard)
        finally:
            self._loading = False
        self.update_missing()
        self.completeChanged.emit()

    def _fill(self, wizard: ImportWizard) -> None:
        layout, answers = wizard.layout, wizard.answers
        if layout is None:
            self.model.clear()
            self.found.clear()
            return
        info = layout.info
        found = info.encoding
        names = list(ENCODINGS)
        if found and found not in names:
            names.insert(0, found)
        self.encoding.clear()
        for name in names:
            self.encoding.addItem(encoding_title(name), name)
        chosen = answers.encoding or found
        self.encoding.setCurrentIndex(max(0, names.index(chosen) if chosen in names else 0))
        self.encoding_field.setVisible(info.kind in ("text", "vcf"))
        self.sheet.clear()
        for sheet in info.sheets:
            self.sheet.addItem(sheet, sheet)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(info.sheet)))
        self.sheet_field.setVisible(info.kind in ("xlsx", "xls"))
        self.header_row.setValue(layout.header_row)
        self.header_row_field.setVisible(info.kind != "vcf")
        self.model.set_rows(layout.headers, layout.preview)
        self._fit_columns()
        self._show_found()

    def _fit_columns(self) -> None:
        """Columns as wide as their words, but none wider than about 30 letters."""
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().averageCharWidth() * 30
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _show_found(self) -> None:
        wizard = wizard_of(self)
        if wizard is None or wizard.layout is None:
            return
        layout = wizard.layout
        text = self.tr("%1 columns were found. The column names are in row %2.") \
            .replace("%1", str(len(layout.headers))).replace("%2", str(layout.header_row))
        if layout.info.kind == "vcf":
            text = self.tr("These are address book cards; each card becomes one client.")
        self.found.setText(text)

    # -- changes ------------------------------------------------------------------------

    def _sheet_changed(self) -> None:
        if self._loading:
            return
        answers = self.answers
        if isinstance(answers, ImportAnswers):
            answers.header_row = 0  # another sheet: find its header row again
            answers.sheet = str(self.sheet.currentData() or "")
        self._reread()

    def _edited(self) -> None:
        if self._loading:
            return
        answers = self.answers
        if isinstance(answers, ImportAnswers):
            self.store(answers)
        self._reread()

    def store(self, answers: ImportAnswers) -> None:
        wizard = wizard_of(self)
        if wizard is None or wizard.layout is None:
            return
        chosen = str(self.encoding.currentData() or "")
        if chosen and chosen != wizard.layout.info.encoding:
            answers.encoding = chosen
        if self.sheet_field.isVisibleTo(self) and self.sheet.currentData():
            answers.sheet = str(self.sheet.currentData())
        if self.header_row_field.isVisibleTo(self) and \
                self.header_row.value() != wizard.layout.header_row:
            answers.header_row = self.header_row.value()

    def missing_reason(self) -> str:
        wizard = wizard_of(self)
        if self._problem or wizard is None or wizard.layout is None:
            return self.tr("Choose another sheet, another row of column names, or go Back and "
                           "choose another file.")
        return ""

    def focus_widget(self) -> QWidget:
        return self.table
