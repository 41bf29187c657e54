"""The wizard every long task uses: one question per page, answers kept in a dataclass.

How a wizard is made:

* a dataclass holds every answer (defaults for all fields, JSON-friendly values);
* each page is a `WizardStep`: it builds its widgets, fills them from the answers in
  `load()`, writes them back in `store()`, and says in words what is still missing in
  `missing_reason()` (Next stays grey and the words show under the question);
* the `Wizard` subclass adds its steps and implements `finish(answers)`, which calls ONE
  service through the AppContext (one transaction).

What the base does for every wizard: Back always works and keeps the answers; Cancel
(or closing the window, or Esc) keeps the answers as a draft on this PC, and opening the
same wizard again resumes at the step where it stopped; Enter moves on; F1 asks for the
help page of the current step; a service error is shown on the page in plain words and
the wizard stays open with nothing changed.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.drafts import clear_draft, load_draft, save_draft
from crm_desktop.services.errors import ServiceError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.basics import heading, hint

A = TypeVar("A")

#: Keys of the saved draft besides the answers themselves.
DRAFT_STEP = "step"
DRAFT_ANSWERS = "answers"


class WizardStep(QWizardPage):
    """One question. Subclasses add their widgets to `self.body` and fill the hooks."""

    #: Stable name of the step: objectNames, drafts and tests use it.
    step_id: ClassVar[str] = ""
    #: The help page F1 opens on this step (the wizard's own when empty).
    help_id: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not self.step_id:
            raise TypeError(f"{type(self).__name__} needs a step_id")
        self.setObjectName(f"{self.step_id}Step")
        self.question = heading(parent=self, name=f"{self.step_id}Question")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.explanation = hint(parent=self, name=f"{self.step_id}Hint")
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self._loading = False
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName(f"{self.step_id}Missing")
        self.missing_label.setProperty("role", "missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{self.step_id}Error")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # The question and its answers scroll rather than squeeze when the text is large.
        content = QWidget(self)
        content.setObjectName(f"{self.step_id}Content")
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self.question)
        column.addWidget(self.explanation)
        column.addLayout(self.body)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName(f"{self.step_id}Scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The questions take the focus, not the frame around them (Tab goes field to field).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.missing_label)

    # -- hooks for each step ------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text (the question, the hint, labels); called on language change."""

    def load(self, answers: Any) -> None:
        """Fill the widgets from the answers (called each time the step is entered by Next)."""

    def store(self, answers: Any) -> None:
        """Write what the widgets show into the answers."""

    def missing_reason(self) -> str:
        """What must still be done before Next, in plain words; empty when the step is done."""
        return ""

    def check(self, answers: Any) -> str:
        """A last check when Next is pressed (after store); a message stops the wizard here."""
        return ""

    def focus_widget(self) -> QWidget | None:
        """The widget that takes the keyboard when the step appears."""
        return None

    # -- plumbing -----------------------------------------------------------------------

    @property
    def answers(self) -> Any:
        wizard = self.wizard()
        return wizard.answers if isinstance(wizard, Wizard) else None

    def changed(self) -> None:
        """Call whenever the user changes an answer: Next and the "missing" words follow."""
        if self._loading:
            return  # initializePage updates everything once load() is done
        answers = self.answers
        if answers is not None:
            self.store(answers)
        self.show_error("")
        self.update_missing()
        self.completeChanged.emit()

    def update_missing(self) -> None:
        reason = self.missing_reason()
        self.missing_label.setText(reason)
        self.missing_label.setVisible(bool(reason))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def isComplete(self) -> bool:
        return not self.missing_reason()

    def initializePage(self) -> None:
        answers = self.answers
        if answers is not None:
            self._loading = True
            try:
                self.load(answers)
            finally:
                self._loading = False
            self.store(answers)
        self.show_error("")
        self.update_missing()
        target = self.focus_widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def cleanupPage(self) -> None:
        """On Back: keep what was typed here (Qt's default would reset the fields)."""
        answers = self.answers
        if answers is not None:
            self.store(answers)

    def validatePage(self) -> bool:
        answers = self.answers
        if answers is None:
            return True
        self.store(answers)
        message = self.check(answers)
        self.show_error(message)
        return not message

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_missing()
        super().changeEvent(event)


class Wizard(QWizard, Generic[A]):
    """A wizard over a dataclass of answers; subclasses add steps and implement `finish`."""

    #: Name of the draft kept on Cancel (one per wizard kind and person).
    form_id: ClassVar[str] = ""
    #: Help page for steps that name none.
    help_id: ClassVar[str] = ""
    #: Answer fields never written to a draft (passwords).
    draft_exclude: ClassVar[frozenset[str]] = frozenset()

    #: F1 or the Help button: the help page id to open.
    help_requested = Signal(str)
    #: After a successful finish: what the service returned.
    completed = Signal(object)

    def __init__(self, context: AppContext, answers: A, parent: QWidget | None = None, *,
                 resume: bool = True) -> None:
        super().__init__(parent)
        if not self.form_id:
            raise TypeError(f"{type(self).__name__} needs a form_id")
        if not dataclasses.is_dataclass(answers):
            raise TypeError("the answers must be a dataclass instance")
        self.context = context
        self.answers: A = answers
        self.result_value: object = None
        self._resume_step: str | None = None
        self._begun = False
        self._steps_alive: list[WizardStep] = []
        self.setObjectName(f"{self.form_id}Wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, False)
        self.setModal(True)
        self.helpRequested.connect(self.show_help)
        self._help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_shortcut.activated.connect(self.show_help)
        for which, name in (
            (QWizard.WizardButton.BackButton, "backButton"),
            (QWizard.WizardButton.NextButton, "nextButton"),
            (QWizard.WizardButton.FinishButton, "finishButton"),
            (QWizard.WizardButton.CancelButton, "cancelButton"),
            (QWizard.WizardButton.HelpButton, "helpButton"),
        ):
            self.button(which).setObjectName(name)
        if resume:
            self._load_draft()
        self._retranslate_base()

    # -- for subclasses -----------------------------------------------------------------

    def add_step(self, step: WizardStep) -> int:
        # Qt owns the page, but its overrides live in the Python object: keep it alive.
        self._steps_alive.append(step)
        return self.addPage(step)

    def finish(self, answers: A) -> object:
        """Do the work: call ONE service (context.write) in one transaction."""
        raise NotImplementedError

    def error_text(self, error: ServiceError) -> str:
        """Plain words for a refused finish; override to name the cases your service raises."""
        text = self.tr("This could not be done, and nothing was changed. %1")
        return text.replace("%1", error.message)

    def retranslate(self) -> None:
        """The window title; called on language change."""

    # -- steps and resuming -------------------------------------------------------------

    def steps(self) -> list[WizardStep]:
        return [p for i in self.pageIds() if isinstance(p := self.page(i), WizardStep)]

    def current_step(self) -> WizardStep | None:
        page = self.currentPage()
        return page if isinstance(page, WizardStep) else None

    def step(self, step_id: str) -> WizardStep:
        for candidate in self.steps():
            if candidate.step_id == step_id:
                return candidate
        raise KeyError(step_id)

    def begin(self) -> None:
        """Show the first step, or move on to the step a saved draft stopped at."""
        self.restart()
        target = self._resume_step
        self._resume_step = None
        if not target:
            return
        while True:
            step = self.current_step()
            if step is None or step.step_id == target or not step.isComplete():
                break
            if self.nextId() == -1:
                break
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def setVisible(self, visible: bool) -> None:
        if visible and not self._begun:
            self._begun = True
            self.begin()
        if visible:
            self.fit_to_text()
        super().setVisible(visible)

    def fit_to_text(self) -> None:
        """Room for about 60 characters by 22 lines at the current text size."""
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 60, metrics.height() * 22)

    # -- drafts -------------------------------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        data = dataclasses.asdict(self.answers)  # type: ignore[call-overload]
        for name in self.draft_exclude:
            data.pop(name, None)
        step = self.current_step()
        return {DRAFT_STEP: step.step_id if step else "", DRAFT_ANSWERS: data}

    def save_draft(self) -> None:
        self.context.workspace.run(save_draft, self.form_id, self.draft_data())

    def clear_draft(self) -> None:
        self.context.workspace.run(clear_draft, self.form_id)

    def _load_draft(self) -> None:
        draft = self.context.workspace.run(load_draft, self.form_id)
        if not draft:
            return
        saved = draft.get(DRAFT_ANSWERS)
        if isinstance(saved, dict):
            names = {f.name for f in dataclasses.fields(self.answers)}  # type: ignore[arg-type]
            known = {k: v for k, v in saved.items() if k in names}
            try:
                self.answers = dataclasses.replace(self.answers, **known)  # type: ignore[type-var]
            except TypeError:
                return
        step = draft.get(DRAFT_STEP)
        self._resume_step = step if isinstance(step, str) and step else None

    # -- Finish, Cancel, Help -----------------------------------------------------------

    def accept(self) -> None:
        step = self.current_step()
        if step is not None and not self.validateCurrentPage():
            return
        try:
            self.result_value = self.finish(self.answers)
        except ServiceError as error:
            if step is not None:
                step.show_error(self.error_text(error))
            return
        self.clear_draft()
        super().accept()
        self.completed.emit(self.result_value)

    def reject(self) -> None:
        step = self.current_step()
        if step is not None:
            step.store(self.answers)
        if self.currentId() != -1:
            self.save_draft()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.HelpContents) or event.key() == Qt.Key.Key_F1:
            event.accept()
            self.show_help()
            return
        super().keyPressEvent(event)

    def current_help_id(self) -> str:
        step = self.current_step()
        return (step.help_id if step and step.help_id else "") or self.help_id

    def show_help(self) -> None:
        self.help_requested.emit(self.current_help_id())

    # -- words --------------------------------------------------------------------------

    def _retranslate_base(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: (
                self.tr("Back"), self.tr("Go back one step")),
            QWizard.WizardButton.NextButton: (
                self.tr("Next"), self.tr("Go on to the next step")),
            QWizard.WizardButton.FinishButton: (
                self.tr("Finish"), self.tr("Finish and save")),
            QWizard.WizardButton.CancelButton: (
                self.tr("Cancel"), self.tr("Stop for now; your answers are kept")),
            QWizard.WizardButton.HelpButton: (
                self.tr("Help (F1)"), self.tr("Help for this step")),
        }
        for which, (text, accessible) in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(accessible)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_base()
        super().changeEvent(event)
