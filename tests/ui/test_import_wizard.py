"""The import wizard driven through every page with real sample files, and the export dialog."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.config import Preferences
from crm_desktop.services.client_list import ClientFilter, list_clients
from crm_desktop.services.drafts import load_draft
from crm_desktop.services.import_export import batch as batch_service
from crm_desktop.services.import_export.batch import list_batches, saved_presets
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.import_wizard import wizard as wizard_module
from crm_desktop.ui.import_wizard.answers import ImportAnswers
from crm_desktop.ui.import_wizard.wizard import ImportWizard

PEOPLE = "xls_chinese_people_list_blank_rows_two_sheets.xls"  # 3 clients, 1 row without a name
BOM_CSV = "csv_excel_utf8_bom_chinese_header.csv"  # 10 clients
DUPLICATES_CSV = "csv_civicrm_dates_iso_variants_with_expected_column.csv"  # 3 new, 4 repeats


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    return AppContext(workspace, Preferences())


@pytest.fixture
def opened() -> Iterator[list[ImportWizard]]:
    found: list[ImportWizard] = []
    yield found
    for wizard in found:
        if shiboken6.isValid(wizard):
            wizard.stop_worker(wait=True)
            wizard.close()


def _open(qtbot: QtBot, context: AppContext, opened: list[ImportWizard],
          answers: ImportAnswers | None = None) -> ImportWizard:
    wizard = ImportWizard(context, answers)
    opened.append(wizard)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _clients(context: AppContext) -> list[str]:
    return sorted(r.name for r in context.read(list_clients, ClientFilter(scope="visible"),
                                               0, 1000))


def _at(wizard: ImportWizard, step_id: str) -> bool:
    step = wizard.current_step()
    return step is not None and step.step_id == step_id


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(button.isEnabled, timeout=10000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_dry_run(qtbot: QtBot, wizard: ImportWizard, file: Path) -> None:
    assert wizard.file_step.choose_path(str(file))
    _next(qtbot, wizard)
    assert _at(wizard, "importPreview")
    _next(qtbot, wizard)
    assert _at(wizard, "importColumns")
    _next(qtbot, wizard)
    assert _at(wizard, "importDuplicates")
    _next(qtbot, wizard)
    assert _at(wizard, "importDryRun")
    qtbot.waitUntil(lambda: wizard.dry_run_step.result is not None
                    or wizard.dry_run_step.error_label.text() != "", timeout=15000)


def test_every_page_with_an_excel_sample_and_the_dry_run_matches_the_import(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], samples_dir: Path,
    tmp_path: Path,
) -> None:
    wizard = _open(qtbot, context, opened)
    assert _at(wizard, "importFile")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.file_step.choose_path(str(samples_dir / PEOPLE))
    assert PEOPLE in wizard.file_step.chosen.text()
    _next(qtbot, wizard)

    preview = wizard.preview_step
    assert preview.sheet_field.isVisibleTo(preview)
    assert not preview.encoding_field.isVisibleTo(preview)
    assert preview.header_row.value() == 1
    headers = [preview.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(preview.model.columnCount())]
    assert headers[0] == "姓名"
    first_cells = [preview.model.data(preview.model.index(r, 0))
                   for r in range(preview.model.rowCount())]
    assert "张三" in first_cells
    _next(qtbot, wizard)

    columns = wizard.columns_step
    assert columns.combos[0].currentData() == "name"
    _next(qtbot, wizard)
    assert wizard.duplicates_step.radios["skip"].isChecked()
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.dry_run_step.result is not None, timeout=15000)
    dry = wizard.dry_run_step.result
    assert dry is not None
    assert (dry.created, dry.updated, dry.skipped, len(dry.errors)) == (3, 0, 0, 1)
    counts = wizard.dry_run_step.counts.text()
    assert "3 new clients" in counts and "1 rows" not in counts
    assert "1 row with problems" in counts
    problem = wizard.dry_run_step.problems.item(1).text()
    assert problem.startswith("Row ") and "no name" in problem
    assert _clients(context) == []  # the dry run changed nothing

    saved = wizard.dry_run_step.save_problems(str(tmp_path / "problems.xlsx"))
    assert saved == 1 and (tmp_path / "problems.xlsx").stat().st_size > 0

    _next(qtbot, wizard)  # Bring them in
    qtbot.waitUntil(lambda: _at(wizard, "importResult"), timeout=15000)
    done = wizard.import_step.result
    assert done is not None
    assert (done.created, done.updated, done.skipped, len(done.errors)) == (
        dry.created, dry.updated, dry.skipped, len(dry.errors))
    assert _clients(context) == ["张三", "李四", "王五"] or len(_clients(context)) == 3
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert "3 new clients added" in wizard.result_step.counts.text()

    qtbot.mouseClick(wizard.result_step.undo_button, Qt.MouseButton.LeftButton)
    assert _clients(context) == []
    assert "taken back" in wizard.result_step.undo_outcome.text()
    assert not wizard.result_step.undo_button.isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert context.read(load_draft, ImportWizard.form_id) is None


def test_back_keeps_every_answer_and_cancel_then_reopen_resumes(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], samples_dir: Path,
) -> None:
    wizard = _open(qtbot, context, opened)
    wizard.file_step.choose_path(str(samples_dir / BOM_CSV))
    _next(qtbot, wizard)
    preview = wizard.preview_step
    assert preview.encoding_field.isVisibleTo(preview)
    assert preview.encoding.currentData() == "utf-8-sig"
    _next(qtbot, wizard)
    columns = wizard.columns_step
    second = columns.combos[1]
    second.setCurrentIndex(second.findData("notes"))
    _next(qtbot, wizard)
    wizard.duplicates_step.radios["update"].click()
    _next(qtbot, wizard)
    wizard.back()
    assert wizard.duplicates_step.radios["update"].isChecked()
    wizard.back()
    assert columns.combos[1].currentData() == "notes"
    wizard.back()
    assert preview.encoding.currentData() == "utf-8-sig"
    wizard.back()
    assert BOM_CSV in wizard.file_step.chosen.text()

    _next(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.reject()  # Cancel on the Columns page
    draft = context.read(load_draft, ImportWizard.form_id)
    assert draft is not None and draft["step"] == "importColumns"

    again = _open(qtbot, context, opened)
    assert _at(again, "importColumns")
    assert again.answers.on_duplicate == "update"
    assert again.columns_step.combos[1].currentData() == "notes"


def test_saved_layout_comes_back_for_the_next_file(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], samples_dir: Path,
) -> None:
    wizard = _open(qtbot, context, opened)
    wizard.file_step.choose_path(str(samples_dir / BOM_CSV))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    columns = wizard.columns_step
    columns.combos[1].setCurrentIndex(columns.combos[1].findData("notes"))
    columns.save_name.setText("Old Excel")
    qtbot.mouseClick(columns.save_button, Qt.MouseButton.LeftButton)
    with context.workspace.session() as session:
        assert saved_presets(session)["Old Excel"] == {"姓名": "name", "年纪": "notes"}
    columns.layout_choice.setCurrentIndex(0)  # back to the guesses
    assert columns.combos[1].currentData() == ""
    columns.layout_choice.setCurrentIndex(columns.layout_choice.findData("Old Excel"))
    assert columns.combos[1].currentData() == "notes"


def test_cancel_in_the_middle_of_the_import_leaves_nothing(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], samples_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = _open(qtbot, context, opened)
    _to_dry_run(qtbot, wizard, samples_dir / BOM_CSV)
    assert wizard.dry_run_step.result is not None

    reached_row = threading.Event()
    may_go_on = threading.Event()
    real = batch_service.run_import

    def held(*args: Any, **kwargs: Any) -> Any:
        """The real import, held after its first rows until the test has pressed Stop."""
        asked = kwargs["cancelled"]
        calls = [0]

        def cancelled() -> bool:
            calls[0] += 1
            if calls[0] == 5:
                reached_row.set()
                may_go_on.wait(10)
            return bool(asked())

        kwargs["cancelled"] = cancelled
        return real(*args, **kwargs)

    monkeypatch.setattr(wizard_module, "run_import", held)
    _next(qtbot, wizard)
    assert _at(wizard, "importRun")
    assert reached_row.wait(10)
    back = wizard.button(QWizard.WizardButton.BackButton)
    qtbot.waitUntil(lambda: not back.isEnabled(), timeout=5000)
    wizard.reject()  # Cancel while importing: stops the import, the window stays
    may_go_on.set()
    step = wizard.import_step
    qtbot.waitUntil(lambda: not step.running, timeout=10000)
    assert "Nothing of it was saved" in step.outcome.text()
    assert wizard.isVisible() and _at(wizard, "importRun")
    assert _clients(context) == []
    assert context.read(list_batches) == []
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_an_unreadable_file_gets_plain_words(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], tmp_path: Path,
) -> None:
    wizard = _open(qtbot, context, opened)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not wizard.file_step.choose_path(str(empty))
    assert "empty" in wizard.file_step.error_label.text()
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 50)
    assert not wizard.file_step.choose_path(str(binary))
    assert "cannot be read as a list" in wizard.file_step.error_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_dropped_on_the_first_page_is_chosen(
    qtbot: QtBot, context: AppContext, opened: list[ImportWizard], samples_dir: Path,
) -> None:
    wizard = _open(qtbot, context, opened)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(samples_dir / BOM_CSV))])
    step = wizard.file_step
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    step.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    step.dropEvent(drop)
    assert wizard.answers.path == str(samples_dir / BOM_CSV)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_export_writes_what_the_person_may_see_with_headers_in_their_language(
    qtbot: QtBot, context: AppContext, tmp_path: Path,
) -> None:
    from crm_desktop.services.clients import ClientInput, create_client
    from crm_desktop.ui.import_wizard.export_dialog import ExportDialog

    context.write(create_client, ClientInput(name="华东贸易", phones=["+86 21 5555 0101"]))
    context.write(create_client, ClientInput(name="Wang Bakery"))
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    target = tmp_path / "clients.csv"
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert dialog.written == 2
    assert "2 records saved" in dialog.status.text()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name,") and len(lines) == 3
    dialog.export_to(str(tmp_path / "no such folder" / "clients.csv"))
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert "could not be written" in dialog.status.text()


def test_reachable_from_the_file_menu_and_the_clients_page(qtbot: QtBot, started: Any) -> None:
    from crm_desktop.ui.import_wizard.export_dialog import ExportDialog

    window = started.window
    actions = {a.objectName(): a for a in window.file_menu.actions()}
    assert actions["importClientsAction"].text() == "&Bring in clients from a file…"
    actions["importClientsAction"].trigger()
    wizards = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert wizards
    wizards[0].close()
    actions["exportClientsAction"].trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert dialogs
    dialogs[0].close()
    page = window.show_page("clients")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert [w for w in page.findChildren(ImportWizard) if w.isVisible()]
    for wizard in page.findChildren(ImportWizard):
        wizard.close()
