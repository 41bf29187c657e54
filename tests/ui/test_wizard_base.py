"""The shared wizard base, driven through a tiny two-step example wizard."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from crm_desktop.config import Preferences
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import get_setting, set_setting
from crm_desktop.services.drafts import load_draft
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.wizards.base import Wizard, WizardStep


@dataclass
class Answers:
    name: str = ""
    colour: str = ""
    secret: str = ""


def save_example(session: Session, actor: Actor, answers: Answers) -> str:
    """The one service the example wizard calls; refuses the name "bad" after a first write."""
    set_setting(session, actor, "example_name", answers.name)
    if answers.name == "bad":
        raise ValidationError("name", "bad", "That name is not allowed.")
    set_setting(session, actor, "example_colour", answers.colour)
    return answers.name


class NameStep(WizardStep):
    step_id = "exampleName"
    help_id = "example-name"

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("exampleNameEdit")
        self.edit.setAccessibleName("Name")
        self.body.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.question.setText("What is the name?")

    def load(self, answers: Answers) -> None:
        self.edit.setText(answers.name)

    def store(self, answers: Answers) -> None:
        answers.name = self.edit.text().strip()
        answers.secret = "s3cret" if answers.name else ""

    def missing_reason(self) -> str:
        return "" if self.edit.text().strip() else "Please type a name."

    def focus_widget(self) -> QWidget:
        return self.edit


class ColourStep(WizardStep):
    step_id = "exampleColour"
    help_id = "example-colour"

    def __init__(self) -> None:
        super().__init__()
        self.red = QRadioButton("Red", self)
        self.red.setObjectName("redChoice")
        self.red.setAccessibleName("Red")
        self.blue = QRadioButton("Blue", self)
        self.blue.setObjectName("blueChoice")
        self.blue.setAccessibleName("Blue")
        for choice in (self.red, self.blue):
            self.body.addWidget(choice)
            choice.toggled.connect(self.changed)

    def load(self, answers: Answers) -> None:
        self.red.setChecked(answers.colour == "red")
        self.blue.setChecked(answers.colour == "blue")

    def store(self, answers: Answers) -> None:
        answers.colour = "red" if self.red.isChecked() else "blue" if self.blue.isChecked() else ""

    def missing_reason(self) -> str:
        return "" if (self.red.isChecked() or self.blue.isChecked()) else "Please choose a colour."


class ExampleWizard(Wizard[Answers]):
    form_id = "example"
    help_id = "example"
    draft_exclude = frozenset({"secret"})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, Answers())
        self.name_step = NameStep()
        self.colour_step = ColourStep()
        self.add_step(self.name_step)
        self.add_step(self.colour_step)

    def finish(self, answers: Answers) -> object:
        return self.context.write(save_example, answers)


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    return AppContext(workspace, Preferences())


def open_wizard(qtbot: QtBot, context: AppContext) -> ExampleWizard:
    wizard = ExampleWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_button(wizard: QWizard) -> QWidget:
    return wizard.button(QWizard.WizardButton.NextButton)


def test_next_waits_for_an_answer_and_says_what_is_missing(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context)
    step = wizard.name_step
    assert wizard.current_step() is step
    assert not next_button(wizard).isEnabled()
    assert step.missing_label.isVisible()
    assert step.missing_label.text() == "Please type a name."
    qtbot.keyClicks(step.edit, "Acme")
    assert next_button(wizard).isEnabled()
    assert not step.missing_label.isVisible()
    assert wizard.answers.name == "Acme"


def test_enter_moves_on_and_back_keeps_the_answers(qtbot: QtBot, context: AppContext) -> None:
    wizard = open_wizard(qtbot, context)
    qtbot.keyClicks(wizard.name_step.edit, "Acme")
    qtbot.keyClick(wizard.name_step.edit, Qt.Key.Key_Return)
    assert wizard.current_step() is wizard.colour_step
    wizard.colour_step.blue.setChecked(True)
    wizard.back()
    assert wizard.current_step() is wizard.name_step
    assert wizard.name_step.edit.text() == "Acme"
    wizard.next()
    assert wizard.colour_step.blue.isChecked()
    assert wizard.answers == Answers("Acme", "blue", "s3cret")


def test_cancel_keeps_a_draft_and_reopening_resumes_where_it_stopped(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context)
    qtbot.keyClicks(wizard.name_step.edit, "Acme")
    wizard.next()
    wizard.colour_step.red.setChecked(True)
    wizard.reject()
    draft = context.workspace.run(load_draft, "example")
    assert draft == {"step": "exampleColour",
                     "answers": {"name": "Acme", "colour": "red"}}  # the secret is never kept

    again = open_wizard(qtbot, context)
    assert again.current_step() is again.colour_step
    assert again.colour_step.red.isChecked()
    again.back()
    assert again.name_step.edit.text() == "Acme"


def test_finish_calls_the_service_once_and_forgets_the_draft(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context)
    qtbot.keyClicks(wizard.name_step.edit, "Acme")
    wizard.next()
    wizard.reject()
    wizard = open_wizard(qtbot, context)
    wizard.colour_step.blue.setChecked(True)
    with qtbot.waitSignal(wizard.completed) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert done.args == ["Acme"]
    assert context.read(lambda s, a: get_setting(s, "example_colour")) == "blue"
    assert context.workspace.run(load_draft, "example") is None
    assert not wizard.isVisible()


def test_a_refused_finish_stays_open_says_why_and_changes_nothing(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context)
    qtbot.keyClicks(wizard.name_step.edit, "bad")
    wizard.next()
    wizard.colour_step.red.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.colour_step.error_label.isVisible()
    assert "That name is not allowed." in wizard.colour_step.error_label.text()
    assert context.read(lambda s, a: get_setting(s, "example_name", "none")) == "none"


def test_f1_asks_for_the_help_of_the_current_step(qtbot: QtBot, context: AppContext) -> None:
    wizard = open_wizard(qtbot, context)
    with qtbot.waitSignal(wizard.help_requested) as asked:
        wizard.show_help()
    assert asked.args == ["example-name"]
    qtbot.keyClicks(wizard.name_step.edit, "Acme")
    wizard.next()
    with qtbot.waitSignal(wizard.help_requested) as asked:
        qtbot.keyClick(wizard.colour_step.red, Qt.Key.Key_F1)
    assert asked.args == ["example-colour"]


def test_every_button_and_step_is_named(qtbot: QtBot, context: AppContext) -> None:
    wizard = open_wizard(qtbot, context)
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                  QWizard.WizardButton.HelpButton):
        button = wizard.button(which)
        assert button.objectName().endswith("Button")
        assert button.accessibleName()
        assert button.text()
    assert wizard.objectName() == "exampleWizard"
    assert [s.objectName() for s in wizard.steps()] == ["exampleNameStep", "exampleColourStep"]
