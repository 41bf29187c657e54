"""The help's own screens for the catalogue in ui/screens.py (renderer, F1 and layout tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.screens import Screen


def _help_window(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.help.window import HelpWindow

    help_window = HelpWindow(context, window)
    help_window.show_topic("settings")
    return help_window


def _instruction_editor(context: AppContext, window: MainWindow) -> QWidget:
    from crm_desktop.ui.help.instruction_editor import InstructionEditor

    editor = InstructionEditor(context, None, window)
    editor.title_editor.setText(editor.tr("How we handle complaints"))
    return editor


def _practice_window(context: AppContext, window: MainWindow) -> QWidget:
    """A practice window beside the real one (the real one stays as it is)."""
    from crm_desktop.services.practice import open_practice
    from crm_desktop.ui.main_window import MainWindow

    workspace = open_practice(context.paths, context.translations.language, clients=12)
    practice = MainWindow(AppContext(workspace, context.preferences, context.translations))
    practice.resize(window.size())
    practice.setProperty("f1_target", "backToRealWorkButton")  # F1 on the bar: practice help
    practice.destroyed.connect(lambda *_: workspace.close())
    return practice


def help_screens() -> list[Screen]:
    from crm_desktop.ui.screens import Screen

    return [
        Screen("dialog_help", "help", _help_window),
        Screen("dialog_instruction_editor", "instructions", _instruction_editor),
        Screen("window_practice", "practice", _practice_window),
    ]
