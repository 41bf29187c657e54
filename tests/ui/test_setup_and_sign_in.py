"""The first-run set-up wizard in each language, and the sign-in window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.config import Paths, Preferences, load_preferences
from crm_desktop.services.company import COMPANY_NAME, get_setting
from crm_desktop.services.setup import is_set_up, run_setup
from crm_desktop.services.users import FREE_TRIES
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.people.sign_in import SignInDialog
from crm_desktop.ui.wizards.setup import SetupWizard

PASSWORD = "green tea at nine"


@pytest.fixture
def context(paths: Paths) -> Iterator[AppContext]:
    ws = Workspace.open(paths)
    translations = Translations()
    translations.install("en")
    yield AppContext(ws, Preferences(), translations)
    translations.install("en")  # removes the translators this test installed
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, 100)  # the text-size step applies its choice app-wide
    ws.close()


def open_wizard(qtbot: QtBot, context: AppContext) -> SetupWizard:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


#: What the Next button says once the language is chosen (the wizard switched at once).
NEXT_WORD = {"en": "Next", "zh_CN": "下一步", "ru": "Далее"}
SERVER_QUESTION = {"en": "Is this computer shared with an office server?",
                   "zh_CN": "这台电脑是否与办公室服务器共享数据？",
                   "ru": "Эта программа работает вместе с сервером офиса?"}


@pytest.mark.parametrize("language", ["zh_CN", "ru", "en"])
def test_setup_through_back_cancel_reopen_and_finish(
    qtbot: QtBot, context: AppContext, paths: Paths, language: str
) -> None:
    wizard = open_wizard(qtbot, context)
    wizard.language_step.choices[language].setChecked(True)
    assert context.translations.language == language
    assert wizard.button(QWizard.WizardButton.NextButton).text() == NEXT_WORD[language]
    wizard.next()
    wizard.text_size_step.choices[150].setChecked(True)
    wizard.next()
    assert wizard.server_step.question.text() == SERVER_QUESTION[language]
    wizard.server_step.server.setChecked(True)
    assert not next_enabled(wizard)  # the server comes later, and it says so
    assert wizard.server_step.missing_label.isVisible()
    wizard.server_step.local.setChecked(True)
    assert next_enabled(wizard)
    wizard.next()
    assert not next_enabled(wizard)
    assert wizard.company_step.missing_label.text()
    wizard.company_step.edit.setText("华东贸易")
    qtbot.keyClick(wizard.company_step.edit, Qt.Key.Key_Return)  # Enter moves on
    assert wizard.current_step() is wizard.administrator_step
    wizard.back()
    assert wizard.company_step.edit.text() == "华东贸易"
    wizard.next()
    step = wizard.administrator_step
    step.name_edit.setText("张经理")
    qtbot.keyClicks(step.password_edit, "short")
    assert not next_enabled(wizard) and step.missing_label.isVisible()
    step.password_edit.setText(PASSWORD)
    assert not next_enabled(wizard)  # not repeated yet
    step.again_edit.setText(PASSWORD)
    assert next_enabled(wizard)
    wizard.reject()  # Cancel: the answers are kept, but never the password

    again = open_wizard(qtbot, context)
    assert again.current_step() is again.administrator_step
    assert again.administrator_step.name_edit.text() == "张经理"
    assert again.administrator_step.password_edit.text() == ""
    again.back()
    assert again.company_step.edit.text() == "华东贸易"
    again.back()
    again.back()
    assert again.text_size_step.choices[150].isChecked()
    for _ in range(3):
        again.next()
    again.administrator_step.password_edit.setText(PASSWORD)
    again.administrator_step.again_edit.setText(PASSWORD)
    again.next()
    assert again.current_step() is again.summary_step
    assert "华东贸易" in again.summary_step.summary.text()
    with qtbot.waitSignal(again.completed):
        again.button(QWizard.WizardButton.FinishButton).click()
    assert context.read(is_set_up)
    assert context.read(lambda s, a: get_setting(s, COMPANY_NAME)) == "华东贸易"
    assert context.actor.name == "张经理" and context.actor.is_admin
    prefs = load_preferences(paths)
    assert (prefs.language, prefs.zoom_percent, prefs.setup_done) == (language, 150, True)


def test_practice_first_is_offered_on_the_first_page(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context)
    with qtbot.waitSignal(wizard.practice_requested):
        wizard.language_step.practice.click()
    assert wizard.practice_chosen and not wizard.isVisible()
    assert not context.read(is_set_up)


@pytest.fixture
def set_up(context: AppContext) -> AppContext:
    context.workspace.run(run_setup, company="华东贸易", admin_name="张经理", password=PASSWORD,
                          language="en")
    return context


def open_sign_in(qtbot: QtBot, context: AppContext) -> SignInDialog:
    dialog = SignInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_right(qtbot: QtBot, set_up: AppContext) -> None:
    dialog = open_sign_in(qtbot, set_up)
    assert dialog.company.text() == "华东贸易"
    dialog.login_edit.setText("张经理")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "张经理"


def test_sign_in_wrong_says_so_and_then_slows_down(qtbot: QtBot, set_up: AppContext) -> None:
    dialog = open_sign_in(qtbot, set_up)
    dialog.login_edit.setText("张经理")
    dialog.password_edit.setText("not it")
    dialog.sign_in_button.click()
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.message.isVisible()
    assert "not right" in dialog.message.text()
    for _ in range(FREE_TRIES - 1):
        dialog.password_edit.setText("still not")
        dialog.sign_in_button.click()
    assert not dialog.sign_in_button.isEnabled()
    assert "wait" in dialog.message.text()


def test_caps_lock_warning_and_show_password(qtbot: QtBot, set_up: AppContext) -> None:
    dialog = open_sign_in(qtbot, set_up)
    qtbot.keyClick(dialog.password_edit, "A")  # a capital without Shift: Caps Lock is on
    assert dialog.caps_warning.isVisible()
    qtbot.keyClick(dialog.password_edit, "a")
    assert not dialog.caps_warning.isVisible()
    dialog.show_password.setChecked(True)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Normal
