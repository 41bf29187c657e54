"""Bring clients in from a file: the import wizard on the shared wizard base.

Choose the file → Preview → Columns → Duplicates → Dry run → Import → Result.
The dry run and the import are the same service walk over the file with the same
options, so their numbers agree; the import is one transaction off the interface's
thread, so Stop leaves nothing, and the finished import can be taken back whole.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.batch import (
    ImportOptions,
    ImportResult,
    Layout,
    apply_overrides,
    run_import,
)
from crm_desktop.services.import_export.errors import ImportCancelled
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.import_wizard.answers import ImportAnswers, read_layout
from crm_desktop.ui.import_wizard.steps_columns import ColumnsStep, DuplicatesStep
from crm_desktop.ui.import_wizard.steps_file import ChooseFileStep, PreviewStep
from crm_desktop.ui.import_wizard.steps_run import DryRunStep, ImportStep, ResultStep
from crm_desktop.ui.import_wizard.words import file_error_text
from crm_desktop.ui.import_wizard.worker import Worker
from crm_desktop.ui.wizards.base import DRAFT_STEP, Wizard

log = logging.getLogger("crm_desktop")


class ImportWizard(Wizard[ImportAnswers]):
    form_id = "import_clients"
    help_id = "import-file"

    def __init__(self, context: AppContext, answers: ImportAnswers | None = None,
                 parent: QWidget | None = None, *, resume: bool = True) -> None:
        super().__init__(context, answers or ImportAnswers(), parent, resume=resume)
        self.layout: Layout | None = None
        self.last_options: ImportOptions | None = None
        self.dry_result: ImportResult | None = None
        self.worker: Worker | None = None
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_step = ChooseFileStep()
        self.preview_step = PreviewStep()
        self.columns_step = ColumnsStep()
        self.duplicates_step = DuplicatesStep()
        self.dry_run_step = DryRunStep()
        self.import_step = ImportStep()
        self.result_step = ResultStep()
        for step in (self.file_step, self.preview_step, self.columns_step,
                     self.duplicates_step, self.dry_run_step, self.import_step,
                     self.result_step):
            self.add_step(step)
        self.resize(900, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bring in clients from a file"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.button(QWizard.WizardButton.FinishButton).setAccessibleName(
            self.tr("Close the wizard"))

    # -- reading the file -----------------------------------------------------------------

    def _read(self, options: ImportOptions) -> Layout:
        return self.context.read(read_layout, self.answers.path, options)

    def try_file(self, path: str) -> str:
        """"" when the program can read this file; otherwise why not, in plain words."""
        try:
            self.context.read(read_layout, path, ImportOptions())
        except ServiceError as error:
            return file_error_text(error, _name(path))
        except Exception:  # a reader's surprise must still reach the person as words
            log.exception("reading %s failed", path)
            return self.tr("The file “%1” cannot be read as a list. Choose a spreadsheet, a "
                           ".csv or .txt file, or a .vcf.").replace("%1", _name(path))
        return ""

    def refresh_layout(self) -> str:
        """Read the file with the answers so far; "" or what is wrong, in plain words."""
        options = self.answers.options(None, with_mapping=False)
        try:
            layout = self._read(options)
            mapping = list(layout.mapping)
            chosen = self.answers.options(layout.headers).mapping
            apply_overrides(layout.headers, mapping, chosen)
        except ServiceError as error:
            self.layout = None
            return file_error_text(error, self.answers.file_name)
        except Exception:
            log.exception("reading %s failed", self.answers.path)
            self.layout = None
            return self.tr("The file “%1” cannot be read as a list. Choose a spreadsheet, a "
                           ".csv or .txt file, or a .vcf.").replace("%1", self.answers.file_name)
        self.layout = replace(layout, mapping=mapping)
        return ""

    def import_options(self) -> ImportOptions:
        headers = self.layout.headers if self.layout is not None else None
        return self.answers.options(headers)

    def expected_rows(self) -> int:
        result = self.dry_result
        return result.rows + result.empty if result is not None else 0

    # -- work off the interface's thread ------------------------------------------------

    def _start(self, job: Callable[[Callable[[], bool], Callable[[int], None]], object],
               done: Callable[[object], None], failed: Callable[[object], None],
               progress: Callable[[int], None] | None = None) -> Worker:
        self.stop_worker()
        worker = Worker(job, self)
        worker.succeeded.connect(done)
        worker.failed.connect(failed)
        if progress is not None:
            worker.progressed.connect(progress)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()
        return worker

    def stop_worker(self, *, wait: bool = False) -> None:
        """Ask the running job to stop (it rolls back); with `wait`, until it has."""
        if self.worker is not None:
            with contextlib.suppress(RuntimeError):  # already finished and deleted
                self.worker.cancel()
                if wait:
                    self.worker.wait()
            self.worker = None

    def start_dry_run(self, done: Callable[[object], None],
                      failed: Callable[[object], None]) -> None:
        options = self.import_options()
        self.last_options = options
        self.dry_result = None
        path = self.answers.path

        def job(cancelled: Callable[[], bool], progress: Callable[[int], None]) -> object:
            return self.context.workspace.run(run_import, path, options, dry_run=True,
                                              cancelled=cancelled, progress=progress)

        def remember(result: object) -> None:
            if isinstance(result, ImportResult):
                self.dry_result = result
            done(result)

        self._start(job, remember, failed)

    def start_import(self, done: Callable[[object], None], failed: Callable[[object], None],
                     progress: Callable[[int], None]) -> None:
        options = self.last_options or self.import_options()
        path = self.answers.path

        def job(cancelled: Callable[[], bool], step: Callable[[int], None]) -> object:
            return self.context.workspace.run(run_import, path, options,
                                              cancelled=cancelled, progress=step)

        def finished(result: object) -> None:
            self.worker = None
            if isinstance(result, ImportResult):
                self.answers.batch = result.batch or ""
                self.clear_draft()
            self.context.data_changed.emit("client")
            done(result)

        def stopped(error: object) -> None:
            self.worker = None
            failed(error)

        self._start(job, finished, stopped, progress)

    def failure_words(self, error: object) -> str:
        if isinstance(error, ImportCancelled):
            return self.tr("The import was stopped. Nothing of it was saved.")
        if isinstance(error, ServiceError):
            return file_error_text(error, self.answers.file_name) + " " + self.tr(
                "Nothing of this import was saved.")
        return self.tr("Something went wrong while reading the file. Nothing of this import "
                       "was saved. The details are in the program's log file.")

    # -- finishing, cancelling, drafts --------------------------------------------------

    def finish(self, answers: ImportAnswers) -> object:
        return answers.batch or None

    def reject(self) -> None:
        if self.import_step.running:
            self.import_step.stop()  # Cancel during the import stops it; the window stays
            return
        self.stop_worker(wait=True)
        if self.answers.batch:
            self.clear_draft()  # the import is done: nothing to resume
            QWizard.reject(self)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window during the import stops it and waits until nothing is left."""
        if self.import_step.running:
            self.stop_worker(wait=True)
            self.import_step.running = False
        super().closeEvent(event)

    def draft_data(self) -> dict[str, Any]:
        data = super().draft_data()
        if data.get(DRAFT_STEP) in (self.import_step.step_id, self.result_step.step_id):
            data[DRAFT_STEP] = self.dry_run_step.step_id
        return data


def _name(path: str) -> str:
    return Path(path).name


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> ImportWizard:
    """Open the wizard (resuming a draft kept by Cancel); from the menu and the Clients page."""
    wizard = ImportWizard(context, parent=parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
