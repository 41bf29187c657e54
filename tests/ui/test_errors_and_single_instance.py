"""The calm error dialog with its log, and one window per data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.ui.errors import ErrorDialog, ErrorReporter
from crm_desktop.ui.single_instance import SingleInstance


def test_unexpected_error_is_logged_with_details(tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "logs" / "crm-desktop.log", show_dialog=False)
    reporter.install()
    try:
        raise ValueError("boom at the till")
    except ValueError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    text = (tmp_path / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    assert "boom at the till" in text and "Traceback" in text
    assert "boom at the till" in reporter.last_details


def test_error_dialog_is_calm_and_copies_details_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ErrorDialog("Traceback ...\nValueError: secret detail", tmp_path / "x.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Something went wrong. Your work is saved."
    assert "Traceback" not in dialog.message.text()
    assert not dialog.details_view.isVisible()
    dialog.copy_button.click()
    assert "secret detail" in QApplication.clipboard().text()


def test_second_copy_on_the_same_folder_brings_the_first_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire(), "the data file must not be opened twice"
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.ask_first_copy_to_show()
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire(), "after the first copy closes, the folder is free again"
    third.release()


def test_other_folder_is_independent(tmp_path: Path) -> None:
    a = SingleInstance(tmp_path / "a")
    b = SingleInstance(tmp_path / "b")
    assert a.acquire() and b.acquire()
    a.release()
    b.release()
