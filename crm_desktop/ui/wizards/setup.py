"""The first-run set-up wizard: language, text size, server, company, first administrator."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import LANGUAGES, ZOOM_STEPS
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.setup import SetupResult, run_setup
from crm_desktop.services.users import MIN_PASSWORD_LENGTH, password_problem
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import LANGUAGE_NAMES
from crm_desktop.ui.widgets.basics import hint
from crm_desktop.ui.widgets.field import Field
from crm_desktop.ui.wizards.base import Wizard, WizardStep


@dataclass
class SetupAnswers:
    language: str = ""
    zoom: int = 100
    server: str = "local"
    company: str = ""
    admin_name: str = ""
    password: str = ""
    password_again: str = ""


class LanguageStep(WizardStep):
    step_id = "setupLanguage"

    practice_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            choice = QRadioButton(LANGUAGE_NAMES[code], self)
            choice.setObjectName(f"language_{code}Choice")
            choice.setAccessibleName(LANGUAGE_NAMES[code])
            self.group.addButton(choice)
            self.choices[code] = choice
            self.body.addWidget(choice)
            choice.toggled.connect(self._chosen)
        self.practice_hint = hint(parent=self, name="practiceHint")
        self.practice = QPushButton(self)
        self.practice.setObjectName("practiceFirstButton")
        self.body.addSpacing(24)
        self.body.addWidget(self.practice_hint)
        row = QHBoxLayout()
        row.addWidget(self.practice)
        row.addStretch(1)
        self.body.addLayout(row)
        self.practice.clicked.connect(self.practice_requested)
        self.retranslate()

    def retranslate(self) -> None:
        # The question is shown in all three languages until one is chosen.
        self.question.setText("请选择语言 · Выберите язык · Choose your language")
        self.explanation.setText(self.tr("The program will speak this language. You can "
                                         "change it later under My settings."))
        self.practice_hint.setText(self.tr("Not ready yet? Try everything first with made-up "
                                           "clients. Nothing you do there is real."))
        self.practice.setText(self.tr("Practice first"))
        self.practice.setAccessibleName(self.tr("Practice first, with made-up clients"))

    def _chosen(self, on: bool) -> None:
        if not on:
            return
        code = self.selected()
        if code and code != self.context.translations.language:
            self.context.translations.install(code)
        self.changed()

    def selected(self) -> str:
        return next((code for code, b in self.choices.items() if b.isChecked()), "")

    def load(self, answers: SetupAnswers) -> None:
        code = answers.language or self.context.translations.language
        if code in self.choices:
            self.choices[code].setChecked(True)

    def store(self, answers: SetupAnswers) -> None:
        answers.language = self.selected()

    def missing_reason(self) -> str:
        return "" if self.selected() else self.tr("Please choose a language.")

    def focus_widget(self) -> QWidget:
        return self.choices.get(self.selected() or "en", self.choices["en"])


class SampleForm(QFrame):
    """A real form, drawn at the chosen size, so the choice can be seen before it is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textSizePreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.name = Field(QLineEdit(self), "previewName", required=True, parent=self)
        self.phone = Field(QLineEdit(self), "previewPhone", parent=self)
        self.save = QPushButton(self)
        self.save.setObjectName("previewSaveButton")
        self.save.setProperty("primary", True)
        for widget in (self.save, self.name.editor, self.phone.editor):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.phone)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Example: a new client"))
        self.name.set_texts(self.tr("Client name"), self.tr("required"))
        self.name.editor.setText(self.tr("East China Trading"))  # type: ignore[attr-defined]
        self.phone.set_texts(self.tr("Phone"), "")
        self.phone.editor.setText("021 6123 4567")  # type: ignore[attr-defined]
        self.save.setText(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save (example)"))


class TextSizeStep(WizardStep):
    step_id = "setupTextSize"

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.group = QButtonGroup(self)
        self.choices: dict[int, QRadioButton] = {}
        row = QHBoxLayout()
        for step in ZOOM_STEPS:
            choice = QRadioButton(f"{step} %", self)
            choice.setObjectName(f"zoom{step}Choice")
            self.group.addButton(choice)
            self.choices[step] = choice
            row.addWidget(choice)
            choice.toggled.connect(self._chosen)
        row.addStretch(1)
        self.body.addLayout(row)
        self.preview = SampleForm(self)
        self.body.addWidget(self.preview)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Which text size is comfortable to read?"))
        self.explanation.setText(self.tr("The example below shows a real form at this size. "
                                         "You can change it any time with Ctrl + and Ctrl -."))
        for step, choice in self.choices.items():
            choice.setAccessibleName(self.tr("Text size %1 percent").replace("%1", str(step)))
        self.preview.retranslate()

    def _chosen(self, on: bool) -> None:
        if not on:
            return
        zoom = self.selected()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, zoom, high_contrast=self.context.preferences.high_contrast,
                        practice=self.context.workspace.practice)
        self.changed()

    def selected(self) -> int:
        return next((step for step, b in self.choices.items() if b.isChecked()), 0)

    def load(self, answers: SetupAnswers) -> None:
        zoom = answers.zoom if answers.zoom in self.choices else 100
        self.choices[zoom].setChecked(True)

    def store(self, answers: SetupAnswers) -> None:
        answers.zoom = self.selected() or 100

    def focus_widget(self) -> QWidget:
        return self.choices[self.selected() or 100]


class ServerStep(WizardStep):
    step_id = "setupServer"

    def __init__(self) -> None:
        super().__init__()
        self.local = QRadioButton(self)
        self.local.setObjectName("localOnlyChoice")
        self.server = QRadioButton(self)
        self.server.setObjectName("officeServerChoice")
        self.server_note = hint(parent=self, name="officeServerNote")
        for choice in (self.local, self.server):
            self.body.addWidget(choice)
            choice.toggled.connect(self.changed)
        self.body.addWidget(self.server_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Is this computer shared with an office server?"))
        self.explanation.setText(self.tr("If you are not sure, choose the first answer. "
                                         "You can connect to a server later."))
        self.local.setText(self.tr("No, only this computer"))
        self.local.setAccessibleName(self.local.text())
        self.server.setText(self.tr("Yes, we have an office server"))
        self.server.setAccessibleName(self.server.text())
        self.server_note.setText(self.tr(
            "Connecting to an office server comes with a later update of CRM Desktop. "
            "For now, set up this computer on its own; your data can be shared later."))

    def load(self, answers: SetupAnswers) -> None:
        (self.server if answers.server == "server" else self.local).setChecked(True)

    def store(self, answers: SetupAnswers) -> None:
        answers.server = "server" if self.server.isChecked() else "local"

    def missing_reason(self) -> str:
        if self.server.isChecked():
            return self.tr("An office server cannot be connected yet. Please choose "
                           "\"No, only this computer\" for now.")
        return ""

    def focus_widget(self) -> QWidget:
        return self.server if self.server.isChecked() else self.local


class CompanyStep(WizardStep):
    step_id = "setupCompany"

    def __init__(self) -> None:
        super().__init__()
        self.company = Field(QLineEdit(self), "companyName", required=True, parent=self)
        self.body.addWidget(self.company)
        self.edit: QLineEdit = self.company.editor  # type: ignore[assignment]
        self.edit.textChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("What is your company called?"))
        self.explanation.setText(self.tr("It is shown at the top of reports and on the "
                                         "sign-in window."))
        self.company.set_texts(self.tr("Company name"), self.tr("required"))

    def load(self, answers: SetupAnswers) -> None:
        self.edit.setText(answers.company)

    def store(self, answers: SetupAnswers) -> None:
        answers.company = self.edit.text().strip()

    def missing_reason(self) -> str:
        return "" if self.edit.text().strip() else self.tr("Please type the company's name.")

    def focus_widget(self) -> QWidget:
        return self.edit


class AdministratorStep(WizardStep):
    step_id = "setupAdministrator"

    def __init__(self) -> None:
        super().__init__()
        self.name = Field(QLineEdit(self), "adminName", required=True, parent=self)
        self.password = Field(QLineEdit(self), "adminPassword", required=True, parent=self)
        self.again = Field(QLineEdit(self), "adminPasswordAgain", required=True, parent=self)
        self.name_edit: QLineEdit = self.name.editor  # type: ignore[assignment]
        self.password_edit: QLineEdit = self.password.editor  # type: ignore[assignment]
        self.again_edit: QLineEdit = self.again.editor  # type: ignore[assignment]
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("showAdminPassword")
        self.advice = hint(parent=self, name="passwordAdvice")
        for widget in (self.name, self.password, self.again, self.show_password, self.advice):
            self.body.addWidget(widget)
        for edit in (self.name_edit, self.password_edit, self.again_edit):
            edit.textChanged.connect(self.changed)
        self.show_password.toggled.connect(self._show)
        self.retranslate()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.again_edit.setEchoMode(mode)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Who are you? You will look after CRM Desktop."))
        self.explanation.setText(self.tr("You become the administrator: you add your "
                                         "colleagues and can hand clients over."))
        self.name.set_texts(self.tr("Your name (you sign in with it)"), self.tr("required"))
        self.password.set_texts(self.tr("Password"), self.tr("required"))
        self.again.set_texts(self.tr("The same password again"), self.tr("required"))
        self.show_password.setText(self.tr("Show the password"))
        self.show_password.setAccessibleName(self.tr("Show the password"))
        self.advice.setText(self.tr(
            "A good password is long rather than strange: three or four words you can "
            "remember, like \"green tea at nine\". At least %1 characters. Do not use your "
            "name.").replace("%1", str(MIN_PASSWORD_LENGTH)))

    def load(self, answers: SetupAnswers) -> None:
        self.name_edit.setText(answers.admin_name)
        self.password_edit.setText(answers.password)
        self.again_edit.setText(answers.password_again)

    def store(self, answers: SetupAnswers) -> None:
        answers.admin_name = self.name_edit.text().strip()
        answers.password = self.password_edit.text()
        answers.password_again = self.again_edit.text()

    def missing_reason(self) -> str:
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not name:
            return self.tr("Please type your name.")
        if not password:
            return self.tr("Please choose a password.")
        problem = password_problem(password, name=name)
        if problem in ("too_short", "blank"):
            return self.tr("The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_LENGTH))
        if problem == "same_as_name":
            return self.tr("The password must not be your name.")
        if self.again_edit.text() != password:
            return self.tr("The two passwords are not the same yet.")
        return ""

    def focus_widget(self) -> QWidget:
        return self.name_edit


class SummaryStep(WizardStep):
    step_id = "setupSummary"

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummaryText")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self._answers: SetupAnswers | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Is this right?"))
        self.explanation.setText(self.tr("Press Finish to start. Press Back to change "
                                         "anything."))
        self._fill()

    def load(self, answers: SetupAnswers) -> None:
        self._answers = answers
        self._fill()

    def _fill(self) -> None:
        a = self._answers
        if a is None:
            return
        lines = [
            self.tr("Language: %1").replace("%1", LANGUAGE_NAMES.get(a.language, a.language)),
            self.tr("Text size: %1 %").replace("%1", str(a.zoom)),
            self.tr("Data: on this computer only"),
            self.tr("Company: %1").replace("%1", a.company),
            self.tr("Administrator: %1").replace("%1", a.admin_name),
        ]
        self.summary.setText("\n".join(lines))


class SetupWizard(Wizard[SetupAnswers]):
    """Finish makes the company and its administrator in one transaction and saves the
    language and text size for this PC. `practice_requested` asks for practice mode."""

    form_id = "setup"
    help_id = "setup"
    draft_exclude = frozenset({"password", "password_again"})

    practice_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 resume: bool = True) -> None:
        super().__init__(context, SetupAnswers(), parent, resume=resume)
        self.practice_chosen = False
        self.language_step = LanguageStep(context)
        self.text_size_step = TextSizeStep(context)
        self.server_step = ServerStep()
        self.company_step = CompanyStep()
        self.administrator_step = AdministratorStep()
        self.summary_step = SummaryStep()
        for step in (self.language_step, self.text_size_step, self.server_step,
                     self.company_step, self.administrator_step, self.summary_step):
            self.add_step(step)
        self.language_step.practice_requested.connect(self._practice)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up CRM Desktop"))

    def _practice(self) -> None:
        self.practice_chosen = True
        self.practice_requested.emit()
        self.reject()

    def finish(self, answers: SetupAnswers) -> SetupResult:
        result = self.context.write(
            run_setup, company=answers.company, admin_name=answers.admin_name,
            password=answers.password, language=answers.language or "en")
        self.context.apply_preferences(replace(
            self.context.preferences, language=answers.language or "en",
            zoom_percent=answers.zoom, setup_done=True))
        self.context.set_actor(result.actor)
        return result

    def error_text(self, error: ServiceError) -> str:
        if isinstance(error, ValidationError) and error.reason == "done":
            return self.tr("This computer is already set up. Please close this window and "
                           "sign in.")
        if isinstance(error, ValidationError) and error.field == "password":
            return self.tr("Please choose a longer password (Back to change it).")
        return super().error_text(error)
