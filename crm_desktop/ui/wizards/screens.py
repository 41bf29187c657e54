"""The set-up wizard's steps for the screen catalogue (ui/screens.py), with example answers.

The office-server step is shown twice: connected to a company the PC joins, and after a
wrong password. Nothing is sent anywhere: the server's answer is an example.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from crm_desktop.services.sync_service import OfficeCheck
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.screens import Screen
from crm_desktop.ui.wizards.setup import SetupAnswers, SetupWizard, office_problem

Build = Callable[[AppContext, MainWindow], QWidget]
EXAMPLE_ADDRESS = "office-server/huadong"
EXAMPLE_NAME = "李娜"

STEPS = ("setupLanguage", "setupTextSize", "setupServer", "setupCompany",
         "setupAdministrator", "setupSummary")


def _at(step_id: str, server: str = "") -> Build:
    def build(context: AppContext, window: MainWindow) -> QWidget:
        answers = SetupAnswers(
            language=context.translations.language, zoom=context.preferences.zoom_percent,
            company="华东贸易", admin_name="张伟")
        wizard = SetupWizard(context, window, resume=False)
        wizard.answers = answers
        wizard.show()
        while wizard.current_step() is not None and \
                wizard.current_step().step_id != step_id:  # type: ignore[union-attr]
            wizard.next()
        if server:
            step = wizard.server_step
            step.server.setChecked(True)
            step.address_edit.setText(EXAMPLE_ADDRESS)
            step.login_edit.setText(EXAMPLE_NAME)
            step.password_edit.setText("green tea at nine")
            if server == "joined":
                step.show_outcome(OfficeCheck(f"postgresql+psycopg://{EXAMPLE_ADDRESS}",
                                              EXAMPLE_NAME, empty=False))
            else:
                step.show_outcome(None, office_problem("wrong_password", ""))
        return wizard

    return build


def setup_screens() -> list[Screen]:
    help_ids = {"setupLanguage": "setup-language", "setupTextSize": "setup-text-size",
                "setupServer": "setup-server", "setupCompany": "setup-company",
                "setupAdministrator": "setup-administrator", "setupSummary": "setup-summary"}
    found = [Screen(f"wizard_{step_id}", help_ids[step_id], _at(step_id)) for step_id in STEPS]
    found += [
        Screen("wizard_setupServer_joined", "setup-server", _at("setupServer", "joined")),
        Screen("wizard_setupServer_wrong_password", "setup-server",
               _at("setupServer", "wrong_password")),
    ]
    return found
