"""The first-run set-up wizard: language, text size, server, company, first administrator."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
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
    QWizard,
)

from crm_desktop.config import LANGUAGES, ZOOM_STEPS
from crm_desktop.services import sync_service
from crm_desktop.services.actor import Actor
from crm_desktop.services.company import COMPANY_NAME, get_setting
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.setup import SetupResult, run_setup
from crm_desktop.services.users import MIN_PASSWORD_LENGTH, password_problem
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import LANGUAGE_NAMES
from crm_desktop.ui.widgets.basics import hint
from crm_desktop.ui.widgets.field import Field
from crm_desktop.ui.wizards.base import Wizard, WizardStep

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass
class SetupAnswers:
    language: str = ""
    zoom: int = 100
    server: str = "local"
    server_address: str = ""
    server_login: str = ""
    server_password: str = ""
    #: What the connection test found: "join" (a company is there) or "empty".
    server_kind: str = ""
    server_url: str = ""
    company: str = ""
    admin_name: str = ""
    password: str = ""
    password_again: str = ""


class LanguageStep(WizardStep):
    step_id = "setupLanguage"
    help_id = "setup-language"

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
    help_id = "setup-text-size"

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
        # Restyling the whole program is costly: only when the size really changes.
        if isinstance(app, QApplication) and app.font().pointSizeF() != theme.point_size(zoom):
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


class OfficeJob(QThread):
    """Office-server work off the window's thread; says how it went in `done`."""

    done = Signal(object, str, str)  # the result (None on failure), error code, message

    def __init__(self, work: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            value = self.work()
        except sync_service.SyncError as exc:
            self.done.emit(None, exc.code, exc.message)
        except ServiceError as exc:
            self.done.emit(None, exc.code, exc.message)
        except Exception as exc:  # never a traceback: logged, said in words
            log.exception("office server step")
            self.done.emit(None, "error", str(exc))
        else:
            self.done.emit(value, "", "")


def office_problem(code: str, message: str) -> str:
    """Plain words, in the person's language, for an office server that could not be used."""
    texts = {
        "wrong_password": translate("ServerStep", "The office server did not accept that name and "
                             "password. Please check them (capital letters count) and try "
                             "again."),
        "not_connected": translate("ServerStep", "Could not reach the office server. Please check "
                            "the address, and that this computer is connected to the office "
                            "network."),
        "bad_url": translate("ServerStep", "That server address is not understood. It looks like "
                      "office-server/company; your administrator can tell you."),
        "server_not_initialised": translate("ServerStep", "That database is not set up as a CRM "
                                     "Desktop company server yet. Please ask your "
                                     "administrator."),
        "server_too_new": translate("ServerStep", "The office server was set up by a newer CRM "
                             "Desktop. Please update CRM Desktop on this computer first."),
        "server_too_old": translate("ServerStep", "The office server is older than this CRM "
                             "Desktop. Please ask your administrator to upgrade it."),
        "server_has_company": translate("ServerStep", "This office server already holds a company. "
                                 "To join it, type the address without a name in front, and "
                                 "your own name and password."),
        "unknown_user": translate("ServerStep", "There is no person with that name in the company "
                           "on the office server."),
        "connection_lost": translate("ServerStep", "The connection to the office server was lost. "
                              "Please press Finish again."),
    }
    if code in texts:
        return texts[code]
    return translate("ServerStep", "The office server could not be used: %1").replace("%1", message)


class ServerStep(WizardStep):
    """Local only, or the office server: its address and the person's own name and password,
    tried off the window's thread. The answer decides the rest: joining skips the company
    and administrator steps; an empty server gets the company made in them."""

    step_id = "setupServer"
    help_id = "setup-server"

    check_finished = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.local = QRadioButton(self)
        self.local.setObjectName("localOnlyChoice")
        self.server = QRadioButton(self)
        self.server.setObjectName("officeServerChoice")
        for choice in (self.local, self.server):
            self.body.addWidget(choice)
            choice.toggled.connect(self._choice_changed)
        self.details = QFrame(self)
        self.details.setObjectName("officeServerDetails")
        box = QVBoxLayout(self.details)
        box.setContentsMargins(32, 0, 0, 0)
        self.address = Field(QLineEdit(self.details), "setupServerAddress", required=True,
                             parent=self.details)
        self.login = Field(QLineEdit(self.details), "setupServerLogin", required=True,
                           parent=self.details)
        self.password = Field(QLineEdit(self.details), "setupServerPassword", required=True,
                              parent=self.details)
        self.address_edit: QLineEdit = self.address.editor  # type: ignore[assignment]
        self.login_edit: QLineEdit = self.login.editor  # type: ignore[assignment]
        self.password_edit: QLineEdit = self.password.editor  # type: ignore[assignment]
        self.address_edit.setPlaceholderText("office-server/company")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.details)
        self.test_button.setObjectName("testOfficeServerButton")
        self.test_button.setProperty("primary", True)
        self.result = QLabel(self.details)
        self.result.setObjectName("officeServerResult")
        self.result.setWordWrap(True)
        self.new_server_note = hint(parent=self.details, name="newOfficeServerNote")
        for widget in (self.address, self.login, self.password):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.result)
        box.addWidget(self.new_server_note)
        self.body.addWidget(self.details)
        for edit in (self.address_edit, self.login_edit, self.password_edit):
            edit.textChanged.connect(self._typed)
        self.test_button.clicked.connect(self.test_connection)
        self.job: OfficeJob | None = None
        self.outcome: sync_service.OfficeCheck | None = None
        self.problem = ""
        self.retranslate()
        self._show_details()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Is this computer shared with an office server?"))
        self.explanation.setText(self.tr("If you are not sure, choose the first answer. "
                                         "You can connect to a server later."))
        self.local.setText(self.tr("No, only this computer"))
        self.local.setAccessibleName(self.local.text())
        self.server.setText(self.tr("Yes, with the office server"))
        self.server.setAccessibleName(self.server.text())
        self.address.set_texts(self.tr("Server address (your administrator gives it to you)"),
                               self.tr("required"))
        self.login.set_texts(self.tr("Your name (you sign in with it)"), self.tr("required"))
        self.password.set_texts(self.tr("Your password for the server"), self.tr("required"))
        self.test_button.setText(self.tr("Test the connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the office server"))
        self.new_server_note.setText(self.tr(
            "Setting up a new, empty server? Put the name of the account it was set up with "
            "in front of the address (postgres@office-server/company) and type that "
            "account's password. You then make your company in the next steps, and Finish "
            "puts it on the server."))
        self._show_result()

    # -- what was typed and what the server said ---------------------------------------

    def _choice_changed(self, _on: bool) -> None:
        self._show_details()
        self.changed()

    def _show_details(self) -> None:
        self.details.setVisible(self.server.isChecked())

    def _typed(self) -> None:
        if self.job is None:
            self.outcome, self.problem = None, ""
            self._show_result()
        self.changed()

    def _owner_address(self) -> bool:
        return "@" in self.address_edit.text()

    def test_connection(self) -> None:
        """Try the server on a worker thread; `check_finished` says how it went."""
        if self.job is not None or self._typing_missing():
            return
        address, login = self.address_edit.text(), self.login_edit.text()
        password = self.password_edit.text()
        self.outcome, self.problem = None, ""
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Trying the office server…"))
        self.result.setProperty("role", "")
        self.result.show()
        job = OfficeJob(lambda: sync_service.check_office(address, login, password), self)
        job.done.connect(self._tested)
        self.job = job
        job.start()

    def _tested(self, outcome: object, code: str, message: str) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
            self.job = None
        self.test_button.setEnabled(True)
        if isinstance(outcome, sync_service.OfficeCheck):
            self.show_outcome(outcome)
        else:
            self.show_outcome(None, office_problem(code, message))
        self.check_finished.emit(self.outcome is not None)

    def show_outcome(self, outcome: sync_service.OfficeCheck | None, problem: str = "") -> None:
        """Show what the server said: connected (join or empty), or the problem in words."""
        self.outcome, self.problem = outcome, problem
        self._show_result()
        self.changed()

    def _show_result(self) -> None:
        if self.job is not None:
            return
        if self.outcome is not None:
            if self.outcome.empty:
                text = self.tr("Connected. The server is empty: in the next steps you make "
                               "your company, and Finish puts it on the server.")
            else:
                text = self.tr("Connected. This computer joins your company on the office "
                               "server as %1 and receives what you may see.").replace(
                                   "%1", self.outcome.login)
            role = ""
        else:
            text, role = self.problem, "error"
        self.result.setText(text)
        self.result.setProperty("role", role)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setVisible(bool(text))

    # -- the step's hooks ---------------------------------------------------------------

    def load(self, answers: SetupAnswers) -> None:
        (self.server if answers.server == "server" else self.local).setChecked(True)
        for edit, value in ((self.address_edit, answers.server_address),
                            (self.login_edit, answers.server_login),
                            (self.password_edit, answers.server_password)):
            if edit.text() != value:
                edit.setText(value)
        self._show_details()

    def store(self, answers: SetupAnswers) -> None:
        answers.server = "server" if self.server.isChecked() else "local"
        answers.server_address = self.address_edit.text().strip()
        answers.server_login = " ".join(self.login_edit.text().split())
        answers.server_password = self.password_edit.text()
        if answers.server == "server" and self.outcome is not None:
            answers.server_kind = "empty" if self.outcome.empty else "join"
            answers.server_url = self.outcome.url
        else:
            answers.server_kind, answers.server_url = "", ""

    def _typing_missing(self) -> str:
        if not self.address_edit.text().strip():
            return self.tr("Please type the office server's address.")
        if not self.login_edit.text().strip():
            return self.tr("Please type your name.")
        if not self.password_edit.text() and not self._owner_address():
            return self.tr("Please type your password for the server.")
        return ""

    def missing_reason(self) -> str:
        if not self.server.isChecked():
            return ""
        missing = self._typing_missing()
        if missing:
            return missing
        if self.job is not None:
            return self.tr("Please wait: the office server is being tried.")
        if self.outcome is None and not self.problem:
            return self.tr("Please press \"Test the connection\".")
        return ""  # a failed test is shown in red above; Next stays grey through isComplete

    def isComplete(self) -> bool:
        if self.server.isChecked() and self.outcome is None:
            return False
        return super().isComplete()

    def nextId(self) -> int:
        wizard = self.wizard()
        if (isinstance(wizard, SetupWizard) and self.server.isChecked()
                and self.outcome is not None and not self.outcome.empty):
            return wizard.page_id(wizard.summary_step)  # joining: no company of its own
        return super().nextId()

    def focus_widget(self) -> QWidget:
        if self.server.isChecked():
            return self.address_edit if not self.address_edit.text() else self.test_button
        return self.local


class CompanyStep(WizardStep):
    step_id = "setupCompany"
    help_id = "setup-company"

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
    help_id = "setup-administrator"

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
        # On a new, empty office server the name typed there is a good first guess.
        self.name_edit.setText(answers.admin_name or (
            answers.server_login if answers.server_kind == "empty" else ""))
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
    help_id = "setup-summary"

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummaryText")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.progress = hint(parent=self, name="setupOfficeProgress")
        self.progress.hide()
        self.body.addWidget(self.progress)
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
        ]
        if a.server == "server" and a.server_kind == "join":
            lines += [
                self.tr("Data: shared with the office server %1").replace("%1", a.server_url),
                self.tr("This computer joins your company as %1 and receives what you may "
                        "see.").replace("%1", a.server_login),
            ]
        else:
            lines.append(
                self.tr("Data: on this computer, shared with the office server %1").replace(
                    "%1", a.server_url) if a.server == "server" and a.server_kind == "empty"
                else self.tr("Data: on this computer only"))
            lines += [
                self.tr("Company: %1").replace("%1", a.company),
                self.tr("Administrator: %1").replace("%1", a.admin_name),
            ]
        self.summary.setText("\n".join(lines))

    def show_progress(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.setVisible(bool(text))


class SetupWizard(Wizard[SetupAnswers]):
    """Finish makes the company and its administrator in one transaction and saves the
    language and text size for this PC. `practice_requested` asks for practice mode.

    With the office server, Finish works off the window's thread: a PC joining an existing
    company syncs as the person (it receives what they may see) and makes no company of its
    own; on an empty server the company made here is put on the server (the administrator
    gets their own server account with their password). The password goes to the
    operating system's keyring, never into a file."""

    form_id = "setup"
    help_id = "setup"
    draft_exclude = frozenset({"password", "password_again", "server_password",
                               "server_kind", "server_url"})

    practice_requested = Signal()
    #: The office-server part of Finish is over (True: done; False: the error is shown).
    office_finished = Signal(bool)

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
        self._ids: dict[str, int] = {}
        for step in (self.language_step, self.text_size_step, self.server_step,
                     self.company_step, self.administrator_step, self.summary_step):
            self._ids[step.step_id] = self.add_step(step)
        self.language_step.practice_requested.connect(self._practice)
        self.office_job: OfficeJob | None = None
        self._made_here: SetupResult | None = None
        self.setMinimumWidth(640)
        self.retranslate()

    def page_id(self, step: WizardStep) -> int:
        return self._ids[step.step_id]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up CRM Desktop"))

    def _practice(self) -> None:
        self.practice_chosen = True
        self.practice_requested.emit()
        self.reject()

    # -- Finish -------------------------------------------------------------------------

    def finish(self, answers: SetupAnswers) -> SetupResult:
        result = self._make_company(answers)
        self._remember_choices(answers, result.actor)
        return result

    def _make_company(self, answers: SetupAnswers) -> SetupResult:
        if self._made_here is None:
            self._made_here = self.context.write(
                run_setup, company=answers.company, admin_name=answers.admin_name,
                password=answers.password, language=answers.language or "en")
        return self._made_here

    def _remember_choices(self, answers: SetupAnswers, actor: Actor) -> None:
        self.context.apply_preferences(replace(
            self.context.preferences, language=answers.language or "en",
            zoom_percent=answers.zoom, setup_done=True))
        self.context.set_actor(actor)

    def accept(self) -> None:
        answers = self.answers
        if answers.server != "server":
            super().accept()
            return
        if self.office_job is not None:
            return
        step = self.current_step()
        if step is not None and not self.validateCurrentPage():
            return
        work: Callable[[], object]
        ws = self.context.workspace
        if answers.server_kind == "join":
            url, login, password = (answers.server_url, answers.server_login,
                                    answers.server_password)

            def work() -> object:
                return sync_service.join_office(ws, url, login, password)
        elif answers.server_kind == "empty":
            try:
                made = self._make_company(answers)
            except ServiceError as error:
                self.summary_step.show_error(self.error_text(error))
                return
            owner = sync_service.owner_address(answers.server_address,
                                               answers.server_password)
            admin, password = made.actor, answers.password

            def work() -> object:
                sync_service.share_new_company(ws, owner, admin.id or "", password)
                return admin
        else:
            self.summary_step.show_error(office_problem("not_tested", ""))
            return
        self.summary_step.show_error("")
        self.summary_step.show_progress(self.tr(
            "Sharing with the office server… The first time this can take a few minutes."))
        self._busy(True)
        job = OfficeJob(work, self)
        job.done.connect(self._office_done)
        self.office_job = job
        job.start()

    def _busy(self, on: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not on)

    def _office_done(self, actor: object, code: str, message: str) -> None:
        if self.office_job is not None:
            self.office_job.wait()
            self.office_job.deleteLater()
            self.office_job = None
        self._busy(False)
        self.summary_step.show_progress("")
        if not isinstance(actor, Actor):
            text = office_problem(code, message)
            if self._made_here is not None:
                text = self.tr("Your company is set up on this computer, but it could not be "
                               "put on the office server yet: %1 Press Finish to try "
                               "again.").replace("%1", text)
            self.summary_step.show_error(text)
            self.office_finished.emit(False)
            return
        answers = self.answers
        company = self.context.workspace.run(lambda s, _a: get_setting(s, COMPANY_NAME))
        self._remember_choices(answers, actor)
        self.result_value = SetupResult(actor, company, answers.language or "en")
        self.clear_draft()
        QWizard.accept(self)
        self.completed.emit(self.result_value)
        self.office_finished.emit(True)

    def reject(self) -> None:
        if self.office_job is not None:
            return  # the office server is being written to: wait for it
        super().reject()

    def error_text(self, error: ServiceError) -> str:
        if isinstance(error, ValidationError) and error.reason == "done":
            return self.tr("This computer is already set up. Please close this window and "
                           "sign in.")
        if isinstance(error, ValidationError) and error.field == "password":
            return self.tr("Please choose a longer password (Back to change it).")
        return super().error_text(error)
