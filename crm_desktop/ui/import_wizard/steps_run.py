"""The last pages: the dry run (what would happen), the import itself, and the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
    QWizard,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.batch import ImportResult, UndoResult, undo_import
from crm_desktop.services.import_export.problems import save_problem_rows
from crm_desktop.ui.import_wizard.answers import ImportAnswers
from crm_desktop.ui.import_wizard.steps_file import grow, wizard_of
from crm_desktop.ui.import_wizard.words import (
    count_lines,
    file_error_text,
    problem_text,
)
from crm_desktop.ui.wizards.base import WizardStep


def _counts_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _progress(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setMinimumHeight(32)
    bar.setTextVisible(False)
    return bar


class DryRunStep(WizardStep):
    step_id = "importDryRun"
    help_id = "import-dry-run"

    def __init__(self) -> None:
        super().__init__()
        self.status = QLabel(self)
        self.status.setObjectName("dryRunStatus")
        self.status.setWordWrap(True)
        self.bar = _progress(self, "dryRunProgress")
        self.counts = _counts_label(self, "dryRunCounts")
        self.problems_title = QLabel(self)
        self.problems_title.setObjectName("dryRunProblemsTitle")
        self.problems_title.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("dryRunProblems")
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(140)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setUniformItemSizes(False)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProblemsButton")
        self.save_button.setAutoDefault(False)
        self.saved = QLabel(self)
        self.saved.setObjectName("problemsSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.bar)
        self.body.addWidget(self.counts)
        self.body.addWidget(self.problems_title)
        self.body.addWidget(self.problems, 1)
        self.body.addLayout(save_row)
        self.body.addWidget(self.saved)
        grow(self)
        self.result: ImportResult | None = None
        self._failed = ""
        self._token = 0
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("This is what would happen"))
        self.explanation.setText(self.tr(
            "The program has gone through the file without changing anything. Check the "
            "numbers; rows with problems are left out, and you can save them to a "
            "spreadsheet, correct them and bring them in later."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Bring them in"))
        self.save_button.setText(self.tr("Save the problem rows to a spreadsheet…"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.problems.setAccessibleName(self.tr("Rows with problems and what to do"))
        self.bar.setAccessibleName(self.tr("Checking the file"))
        if self.result is not None:
            self._show_result(self.result)

    def load(self, answers: ImportAnswers) -> None:
        wizard = wizard_of(self)
        if wizard is None:
            return
        self._token += 1
        token = self._token
        self.result, self._failed = None, ""
        self.counts.clear()
        self.problems.clear()
        self.problems_title.hide()
        self.problems.hide()
        self.save_button.hide()
        self.saved.clear()
        self.status.setText(self.tr("Checking every row of the file…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        wizard.start_dry_run(
            lambda result: self._done(token, result),
            lambda error: self._fail(token, error))

    def cleanupPage(self) -> None:
        self._token += 1  # a dry run still going is of no more interest
        wizard = wizard_of(self)
        if wizard is not None:
            wizard.stop_worker()
        super().cleanupPage()

    def _done(self, token: int, result: object) -> None:
        if token != self._token or not isinstance(result, ImportResult):
            return
        self.result = result
        self._show_result(result)
        self.update_missing()
        self.completeChanged.emit()

    def _fail(self, token: int, error: object) -> None:
        if token != self._token:
            return
        wizard = wizard_of(self)
        self.bar.hide()
        self.status.clear()
        self._failed = wizard.failure_words(error) if wizard is not None else str(error)
        self.show_error(self._failed)
        self.update_missing()
        self.completeChanged.emit()

    def _show_result(self, result: ImportResult) -> None:
        wizard = wizard_of(self)
        unit = wizard.layout.unit if wizard is not None and wizard.layout is not None else "row"
        self.bar.hide()
        self.status.setText(self.tr("In the file “%1”:").replace("%1", result.file_name))
        self.counts.setText("\n".join(count_lines(
            result.created, result.updated, result.skipped, len(result.errors), dry_run=True)))
        self.problems.clear()
        groups = (
            (result.errors, self.tr("Left out — correct these rows in the file:")),
            (result.warnings, self.tr("Brought in, but check these later:")),
        )
        for problems, title in groups:
            if not problems:
                continue
            section = QListWidgetItem(title, self.problems)
            font = section.font()
            font.setBold(True)
            section.setFont(font)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for problem in problems:
                QListWidgetItem(problem_text(problem, unit), self.problems)
        shown = bool(result.errors or result.warnings)
        self.problems_title.setText(self.tr(
            "Rows with problems, and what to do about them:"))
        self.problems_title.setVisible(shown)
        self.problems.setVisible(shown)
        self.save_button.setVisible(bool(result.errors))

    def ask_where_to_save(self) -> None:
        wizard = wizard_of(self)
        if wizard is None or self.result is None:
            return
        source = Path(wizard.answers.path)
        start = str(source.with_name(self.tr("%1 - problems").replace("%1", source.stem)
                                     + ".xlsx"))
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problem rows"), start,
            self.tr("Excel workbook (*.xlsx);;CSV text (*.csv)"))
        if target:
            self.save_problems(target)

    def save_problems(self, target: str) -> int:
        wizard = wizard_of(self)
        if wizard is None or self.result is None or wizard.last_options is None:
            return 0
        if Path(target).suffix.lower() not in (".xlsx", ".csv"):
            target += ".xlsx"
        try:
            count = save_problem_rows(wizard.answers.path, wizard.last_options,
                                      self.result.errors, target,
                                      wizard.context.translations.language)
        except (ServiceError, OSError) as error:
            self.show_error(self.tr("The problem rows could not be saved: %1 Choose another "
                                    "folder, or close the file in Excel first.")
                            .replace("%1", error.message if isinstance(error, ServiceError)
                                     else error.strerror or ""))
            return 0
        self.saved.setText(self.tr("%n row(s) saved to %1.", "", count)
                           .replace("%1", str(Path(target))))
        return count

    def missing_reason(self) -> str:
        if self._failed:
            return self.tr("Go Back to change your choices, or choose another file.")
        if self.result is None:
            return self.tr("Please wait: the program is checking the file.")
        if not (self.result.created or self.result.updated):
            return self.tr("There is nothing new to bring in from this file.")
        return ""


class ImportStep(WizardStep):
    step_id = "importRun"
    help_id = "import-run"

    def __init__(self) -> None:
        super().__init__()
        self.setCommitPage(True)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.bar = _progress(self, "importProgress")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopImportButton")
        self.stop_button.setAutoDefault(False)
        self.outcome = _counts_label(self, "importOutcome")
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.bar)
        self.body.addLayout(stop_row)
        self.body.addWidget(self.outcome)
        self.result: ImportResult | None = None
        self.running = False
        self._outcome = ""
        self.stop_button.clicked.connect(self.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Bringing the clients in"))
        self.explanation.setText(self.tr(
            "This may take a moment for a long list. If you stop it, nothing of this import "
            "is kept."))
        self.stop_button.setText(self.tr("Stop the import"))
        self.stop_button.setAccessibleName(self.tr("Stop the import; nothing of it is kept"))
        self.bar.setAccessibleName(self.tr("How far the import has got"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("See the result"))

    def load(self, answers: ImportAnswers) -> None:
        wizard = wizard_of(self)
        if wizard is None:
            return
        self.result, self._outcome = None, ""
        self.outcome.clear()
        total = wizard.expected_rows()
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.bar.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.status.setText(self.tr("Bringing in the clients from “%1”…")
                            .replace("%1", answers.file_name))
        self.running = True
        wizard.start_import(self._done, self._fail, self.bar.setValue)
        QTimer.singleShot(0, self, self._hold_back)

    def _hold_back(self) -> None:
        wizard = self.wizard()
        if wizard is not None and self.running:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def stop(self) -> None:
        wizard = wizard_of(self)
        if wizard is not None and self.running:
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping… nothing of this import will be kept."))
            wizard.stop_worker()

    def _done(self, result: object) -> None:
        self.running = False
        if not isinstance(result, ImportResult):
            return
        self.result = result
        self.bar.setValue(self.bar.maximum())
        self.stop_button.hide()
        self.status.setText(self.tr("Done."))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            QTimer.singleShot(0, wizard.next)

    def _fail(self, error: object) -> None:
        self.running = False
        wizard = wizard_of(self)
        self.bar.hide()
        self.stop_button.hide()
        self.status.clear()
        words = wizard.failure_words(error) if wizard is not None else str(error)
        self._outcome = words
        self.outcome.setText(words)
        self.update_missing()
        self.completeChanged.emit()

    def missing_reason(self) -> str:
        if self.result is not None:
            return ""
        if self._outcome:
            return self.tr("Go Back to check the file again, or Cancel to close.")
        return self.tr("Please wait until the import has finished, or stop it.")


class ResultStep(WizardStep):
    step_id = "importResult"
    help_id = "import-result"

    def __init__(self) -> None:
        super().__init__()
        self.counts = _counts_label(self, "resultCounts")
        self.problems_note = QLabel(self)
        self.problems_note.setObjectName("resultProblems")
        self.problems_note.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setAutoDefault(False)
        self.undo_outcome = QLabel(self)
        self.undo_outcome.setObjectName("undoOutcome")
        self.undo_outcome.setWordWrap(True)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        self.body.addWidget(self.counts)
        self.body.addWidget(self.problems_note)
        self.body.addLayout(undo_row)
        self.body.addWidget(self.undo_outcome)
        self.undone: UndoResult | None = None
        self.undo_button.clicked.connect(self.undo)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("The clients are in"))
        self.explanation.setText(self.tr(
            "Everything was saved as one import. If something looks wrong, you can take the "
            "whole import back: new clients go to the Recycle Bin and filled-in fields get "
            "their old values."))
        self.undo_button.setText(self.tr("Undo this import"))
        self.undo_button.setAccessibleName(self.tr("Undo this whole import"))
        wizard = wizard_of(self)
        if wizard is not None:
            self.load(wizard.answers)

    def load(self, answers: ImportAnswers) -> None:
        wizard = wizard_of(self)
        result = wizard.import_step.result if wizard is not None else None
        if result is None:
            return
        self.counts.setText("\n".join(count_lines(
            result.created, result.updated, result.skipped, len(result.errors),
            dry_run=False)))
        self.problems_note.setText(self.tr(
            "The rows with problems were left out. Correct them in the file and bring the file "
            "in again: clients already brought in are then skipped.") if result.errors else "")
        self.problems_note.setVisible(bool(result.errors))
        self.undo_button.setEnabled(self.undone is None and bool(answers.batch))
        if self.undone is not None:
            self._show_undone(self.undone)

    def undo(self) -> None:
        wizard = wizard_of(self)
        if wizard is None or not wizard.answers.batch or self.undone is not None:
            return
        try:
            self.undone = wizard.context.write(undo_import, wizard.answers.batch)
        except ServiceError as error:
            self.show_error(file_error_text(error))
            return
        self.undo_button.setEnabled(False)
        self._show_undone(self.undone)

    def _show_undone(self, undone: UndoResult) -> None:
        lines = [
            self.tr("The import was taken back."),
            self.tr("%n new client(s) moved to the Recycle Bin.", "", undone.removed),
            self.tr("%n filled-in field(s) restored.", "", undone.restored),
        ]
        if undone.kept:
            kept = len(undone.kept)
            lines.append(self.tr(
                "%n field(s) had been changed again after the import and kept the newer value.",
                "", kept))
        self.undo_outcome.setText("\n".join(lines))
