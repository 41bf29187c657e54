"""The Log-a-visit wizard for veteran staff: one question per page, on the shared wizard base.

Which client? → What kind of contact? → What happened? → Anything to do next? →
Summary → Save. Opened from the Today page, the menu and the client card with
`open_log_visit(context, parent, client_id=..., completes=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTimeEdit,
    QWidget,
    QWizard,
)

from crm_desktop.services import dates
from crm_desktop.services.activities import (
    Logged,
    NextStep,
    client_choice,
    find_clients_to_log,
    log_activity,
)
from crm_desktop.services.errors import ServiceError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.followups.clock import clock_for
from crm_desktop.ui.followups.words import error_words, kind_label, when_words
from crm_desktop.ui.wizards.base import Wizard, WizardStep

WIZARD_KINDS = ("call", "visit", "message", "meeting")
WHEN_CHOICES = ("tomorrow", "in_three_days", "next_week", "date")


@dataclass
class LogVisitAnswers:
    client_id: str = ""
    client_name: str = ""
    kind: str = ""
    text: str = ""
    #: "" not answered yet, "no", or "yes"
    next_wanted: str = ""
    next_title: str = ""
    #: one of WHEN_CHOICES, or "" not chosen
    next_when: str = ""
    next_date: str = ""
    #: "HH:MM", or "" for any time that day
    next_time: str = ""
    past_confirmed: bool = False
    #: a follow-up this contact answers (it is marked done)
    completes: str = ""


def _wizard_of(step: WizardStep) -> LogVisitWizard | None:
    wizard = step.wizard()
    return wizard if isinstance(wizard, LogVisitWizard) else None


class ClientStep(WizardStep):
    step_id = "logVisitClient"
    help_id = "log-visit-client"

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        # No clear button: it is a tiny picture without a name or words, under 44 px
        # (select the text and press Delete instead).
        self.results = QListWidget(self)
        self.results.setObjectName("clientResults")
        self.results.setMinimumHeight(160)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenClient")
        self.chosen.setWordWrap(True)
        self.body.addWidget(self.search)
        self.body.addWidget(self.results, 1)
        self.body.addWidget(self.chosen)
        self._client_id = ""
        self._client_name = ""
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(self._picked)
        self.results.itemActivated.connect(lambda _item: self._go_on())
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Which client?"))
        self.explanation.setText(self.tr(
            "Type part of the name, the pinyin (for example “huadong” or “hd”) or a phone "
            "number, then pick the client from the list."))
        self.search.setPlaceholderText(self.tr("Name, pinyin or phone"))
        self.search.setAccessibleName(self.tr("Search for a client"))
        self.results.setAccessibleName(self.tr("Clients found"))
        self._show_chosen()

    def _search(self, typed: str) -> None:
        wizard = _wizard_of(self)
        self.results.clear()
        if wizard is None or not typed.strip():
            return
        try:
            found = wizard.context.read(find_clients_to_log, typed, 20)
        except ServiceError as error:
            self.show_error(error_words(error))
            return
        for choice in found:
            text = f"{choice.name} · {choice.detail}" if choice.detail else choice.name
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, (choice.id, choice.name))
        if self.results.count() == 1:
            self.results.setCurrentRow(0)
        elif not found:
            self.show_error(self.tr("No client matches “%1”. Check the spelling or try the "
                                    "phone number.").replace("%1", typed.strip()))

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self._client_id, self._client_name = item.data(Qt.ItemDataRole.UserRole)
        self._show_chosen()
        self.changed()

    def _show_chosen(self) -> None:
        self.chosen.setText(self.tr("Chosen: %1").replace("%1", self._client_name)
                            if self._client_id else "")
        self.chosen.setVisible(bool(self._client_id))

    def _go_on(self) -> None:
        wizard = self.wizard()
        if wizard is not None and self.isComplete():
            wizard.next()

    def load(self, answers: LogVisitAnswers) -> None:
        self._client_id, self._client_name = answers.client_id, answers.client_name
        self._show_chosen()

    def store(self, answers: LogVisitAnswers) -> None:
        answers.client_id, answers.client_name = self._client_id, self._client_name

    def missing_reason(self) -> str:
        return "" if self._client_id else self.tr("Please choose a client from the list.")

    def focus_widget(self) -> QWidget:
        return self.search


class KindStep(WizardStep):
    step_id = "logVisitKind"
    help_id = "log-visit-kind"

    def __init__(self) -> None:
        super().__init__()
        # No QButtonGroup: in a group Tab stops at one button only and the others are
        # reached with the arrow keys alone, which keyboard users do not expect here.
        # _chosen keeps one button ticked instead.
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, kind in enumerate(WIZARD_KINDS):
            big = QPushButton(self)
            big.setObjectName(f"kind_{kind}")
            big.setCheckable(True)
            big.setProperty("role", "bigChoice")
            big.setMinimumHeight(88)
            big.setAutoDefault(False)
            big.toggled.connect(lambda _on: self._mark())
            big.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            big.clicked.connect(lambda _=False, k=kind: self._chosen(k))
            self.buttons[kind] = big
            grid.addWidget(big, index // 2, index % 2)
        self.body.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("What kind of contact was it?"))
        self.explanation.setText(self.tr("Press one of the big buttons."))
        self._mark()

    def _mark(self) -> None:
        """The chosen kind carries a tick and bold type, so it shows without colour too."""
        for kind, big in self.buttons.items():
            chosen = big.isChecked()
            big.setText(("✓ " if chosen else "") + kind_label(kind))
            big.setAccessibleName(kind_label(kind))
            font = big.font()
            font.setBold(chosen)
            big.setFont(font)

    def _chosen(self, kind: str) -> None:
        for other, big in self.buttons.items():
            big.setChecked(other == kind)
        self.changed()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def load(self, answers: LogVisitAnswers) -> None:
        for kind, big in self.buttons.items():
            big.setChecked(kind == answers.kind)

    def store(self, answers: LogVisitAnswers) -> None:
        answers.kind = next((k for k, b in self.buttons.items() if b.isChecked()), "")

    def missing_reason(self) -> str:
        if any(b.isChecked() for b in self.buttons.values()):
            return ""
        return self.tr("Please choose what kind of contact it was.")

    def focus_widget(self) -> QWidget:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        return checked[0] if checked else self.buttons["call"]


class TextStep(WizardStep):
    step_id = "logVisitText"
    help_id = "log-visit-text"

    def __init__(self) -> None:
        super().__init__()
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("whatHappened")
        self.text.setMinimumHeight(200)
        self.text.setTabChangesFocus(True)
        self.body.addWidget(self.text, 1)
        self.text.textChanged.connect(self.changed)
        self.text.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("What happened?"))
        self.explanation.setText(self.tr(
            "A few words are enough: what you talked about, what the client wants. "
            "Ctrl+Enter moves on."))
        self.text.setAccessibleName(self.tr("What happened"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text box moves on (plain Enter starts a new line)."""
        if (watched is self.text and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            wizard = self.wizard()
            if wizard is not None and self.isComplete():
                wizard.next()
            return True
        return super().eventFilter(watched, event)

    def load(self, answers: LogVisitAnswers) -> None:
        if self.text.toPlainText() != answers.text:
            self.text.setPlainText(answers.text)

    def store(self, answers: LogVisitAnswers) -> None:
        answers.text = self.text.toPlainText()

    def missing_reason(self) -> str:
        if self.text.toPlainText().strip():
            return ""
        return self.tr("Please write a few words about what happened.")

    def focus_widget(self) -> QWidget:
        return self.text


class NextStepStep(WizardStep):
    step_id = "logVisitNext"
    help_id = "log-visit-next"

    def __init__(self) -> None:
        super().__init__()
        self.no = QRadioButton(self)
        self.no.setObjectName("nextNo")
        self.yes = QRadioButton(self)
        self.yes.setObjectName("nextYes")
        self.details = QWidget(self)
        self.details.setObjectName("nextDetails")
        grid = QGridLayout(self.details)
        grid.setContentsMargins(24, 0, 0, 0)
        self.what_label = QLabel(self.details)
        self.what = QLineEdit(self.details)
        self.what.setObjectName("nextWhat")
        self.what_label.setBuddy(self.what)
        self.when_label = QLabel(self.details)
        self.when_group = QButtonGroup(self)
        self.when_buttons: dict[str, QRadioButton] = {}
        grid.addWidget(self.what_label, 0, 0, 1, 2)
        grid.addWidget(self.what, 1, 0, 1, 2)
        grid.addWidget(self.when_label, 2, 0, 1, 2)
        for index, choice in enumerate(WHEN_CHOICES):
            radio = QRadioButton(self.details)
            radio.setObjectName(f"when_{choice}")
            self.when_group.addButton(radio)
            self.when_buttons[choice] = radio
            grid.addWidget(radio, 3 + index // 2, index % 2)
        self.date = QDateEdit(self.details)
        self.date.setObjectName("nextDate")
        self.date.setCalendarPopup(True)
        self.at_time = QCheckBox(self.details)
        self.at_time.setObjectName("nextAtTime")
        self.time = QTimeEdit(self.details)
        self.time.setObjectName("nextTime")
        self.time.setTime(QTime(9, 0))
        self.confirm_past = QCheckBox(self.details)
        self.confirm_past.setObjectName("confirmPast")
        grid.addWidget(self.date, 5, 0, 1, 2)
        grid.addWidget(self.at_time, 6, 0)
        grid.addWidget(self.time, 6, 1)
        grid.addWidget(self.confirm_past, 7, 0, 1, 2)
        self.body.addWidget(self.no)
        self.body.addWidget(self.yes)
        self.body.addWidget(self.details)
        self._loading = False
        for widget in (self.no, self.yes, self.at_time, self.confirm_past,
                       *self.when_buttons.values()):
            widget.toggled.connect(self._edited)
        self.what.textChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.time.timeChanged.connect(self._edited)
        self.confirm_past.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Anything to do next?"))
        self.explanation.setText(self.tr("If so, the program will remind you on the day."))
        self.no.setText(self.tr("No, nothing for now"))
        self.yes.setText(self.tr("Yes:"))
        self.what_label.setText(self.tr("What is there to do?"))
        self.what.setAccessibleName(self.tr("What is there to do"))
        self.when_label.setText(self.tr("When?"))
        texts = {"tomorrow": self.tr("Tomorrow"), "in_three_days": self.tr("In three days"),
                 "next_week": self.tr("Next week"), "date": self.tr("On a date:")}
        for choice, radio in self.when_buttons.items():
            radio.setText(texts[choice])
            radio.setAccessibleName(texts[choice])
        self.no.setAccessibleName(self.no.text())
        self.yes.setAccessibleName(self.tr("Yes, there is something to do"))
        self.date.setAccessibleName(self.tr("The date"))
        self.at_time.setText(self.tr("At a set time:"))
        self.at_time.setAccessibleName(self.tr("At a set time"))
        self.time.setAccessibleName(self.tr("The time"))
        self.confirm_past.setText(self.tr("Yes, I meant that time"))
        self.confirm_past.setAccessibleName(self.confirm_past.text())

    def _today(self) -> date:
        wizard = _wizard_of(self)
        clock = clock_for(wizard.context if wizard else None)
        return dates.today(clock.now(), clock.tz())

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed()

    def load(self, answers: LogVisitAnswers) -> None:
        self._loading = True
        try:
            self._load(answers)
        finally:
            self._loading = False

    def _load(self, answers: LogVisitAnswers) -> None:
        self.when_group.setExclusive(False)
        self.no.setChecked(answers.next_wanted == "no")
        self.yes.setChecked(answers.next_wanted == "yes")
        self.what.setText(answers.next_title)
        for choice, radio in self.when_buttons.items():
            radio.setChecked(choice == answers.next_when)
        self.when_group.setExclusive(True)
        day = date.fromisoformat(answers.next_date) if answers.next_date else self._today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.at_time.setChecked(bool(answers.next_time))
        if answers.next_time:
            at = time.fromisoformat(answers.next_time)
            self.time.setTime(QTime(at.hour, at.minute))
        self.confirm_past.setChecked(answers.past_confirmed)
        self._update_visibility()

    def store(self, answers: LogVisitAnswers) -> None:
        answers.next_wanted = "yes" if self.yes.isChecked() else "no" if self.no.isChecked() else ""
        answers.next_title = self.what.text().strip()
        answers.next_when = next((c for c, r in self.when_buttons.items() if r.isChecked()), "")
        day = self.date.date()
        answers.next_date = date(day.year(), day.month(), day.day()).isoformat()
        at = self.time.time()
        answers.next_time = f"{at.hour():02d}:{at.minute():02d}" if self.at_time.isChecked() \
            else ""
        answers.past_confirmed = self.confirm_past.isChecked()
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.details.setEnabled(self.yes.isChecked())
        self.date.setEnabled(self.when_buttons["date"].isChecked())
        self.time.setEnabled(self.at_time.isChecked())

    def missing_reason(self) -> str:
        if not (self.yes.isChecked() or self.no.isChecked()):
            return self.tr("Please choose No or Yes.")
        if self.no.isChecked():
            return ""
        if not self.what.text().strip():
            return self.tr("Please say what there is to do.")
        if not any(r.isChecked() for r in self.when_buttons.values()):
            return self.tr("Please choose when.")
        return ""

    def check(self, answers: LogVisitAnswers) -> str:
        wizard = _wizard_of(self)
        if wizard is None or answers.next_wanted != "yes" or answers.past_confirmed:
            self.confirm_past.setVisible(answers.past_confirmed)
            return ""
        clock = clock_for(wizard.context)
        due_at, has_time = wizard.due(answers)
        if dates.is_past(due_at, has_time, clock.now(), clock.tz()):
            self.confirm_past.show()
            return self.tr("That time has already passed. Did you mean it? Tick “Yes, I meant "
                           "that time”, or choose another day or time.")
        return ""

    def focus_widget(self) -> QWidget:
        return self.yes if self.yes.isChecked() else self.no


class SummaryStep(WizardStep):
    step_id = "logVisitSummary"
    help_id = "log-visit-summary"

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel(self)
        self.summary.setObjectName("logVisitSummaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Is this right?"))
        self.explanation.setText(self.tr("Press Save to keep it, or Back to change something."))
        self.summary.setAccessibleName(self.tr("Summary"))
        wizard = _wizard_of(self)
        if wizard is not None:
            self.load(wizard.answers)

    def load(self, answers: LogVisitAnswers) -> None:
        wizard = _wizard_of(self)
        lines = [
            self.tr("Client: %1").replace("%1", answers.client_name),
            self.tr("Kind: %1").replace("%1", kind_label(answers.kind)),
            self.tr("What happened: %1").replace("%1", answers.text.strip()),
        ]
        if answers.next_wanted == "yes" and wizard is not None:
            lines.append(self.tr("Next: %1 — %2").replace("%1", answers.next_title)
                         .replace("%2", wizard.due_words(answers)))
        else:
            lines.append(self.tr("Next: nothing for now"))
        self.summary.setText("\n\n".join(lines))


class LogVisitWizard(Wizard[LogVisitAnswers]):
    form_id = "log_visit"
    help_id = "log-visit"

    def __init__(self, context: AppContext, answers: LogVisitAnswers | None = None,
                 parent: QWidget | None = None, *, resume: bool = True) -> None:
        super().__init__(context, answers or LogVisitAnswers(), parent, resume=resume)
        self.client_step = ClientStep()
        self.kind_step = KindStep()
        self.text_step = TextStep()
        self.next_step = NextStepStep()
        self.summary_step = SummaryStep()
        for step in (self.client_step, self.kind_step, self.text_step, self.next_step,
                     self.summary_step):
            self.add_step(step)
        self.resize(760, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a visit or call"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save"))
        self.button(QWizard.WizardButton.FinishButton).setAccessibleName(self.tr("Save it"))

    def due(self, answers: LogVisitAnswers) -> tuple[datetime, bool]:
        clock = clock_for(self.context)
        now, tz = clock.now(), clock.tz()
        if answers.next_when == "date" and answers.next_date:
            day = date.fromisoformat(answers.next_date)
        elif answers.next_when in dates.DUE_CHOICES:
            day = dates.choice_day(answers.next_when, now, tz)
        else:
            day = dates.today(now, tz)
        if answers.next_time:
            return dates.at_local(day, time.fromisoformat(answers.next_time), tz), True
        return dates.day_only(day), False

    def due_words(self, answers: LogVisitAnswers) -> str:
        from crm_desktop.services.followups import FollowUp

        clock = clock_for(self.context)
        due_at, has_time = self.due(answers)
        preview = FollowUp("", answers.next_title, due_at, has_time,
                           dates.due_day(due_at, has_time, clock.tz()), None, "")
        return when_words(preview, dates.today(clock.now(), clock.tz()), clock.tz())

    def finish(self, answers: LogVisitAnswers) -> Logged:
        clock = clock_for(self.context)
        step = None
        if answers.next_wanted == "yes":
            due_at, has_time = self.due(answers)
            step = NextStep(answers.next_title, due_at, has_time,
                            allow_past=answers.past_confirmed)
        return self.context.write(
            log_activity, answers.client_id, answers.kind, answers.text,
            next_step=step, completes=answers.completes or None,
            now=clock.now(), tz=clock.tz(),
        )

    def error_text(self, error: ServiceError) -> str:
        return error_words(error)


def open_log_visit(context: AppContext, parent: QWidget | None = None, *,
                   client_id: str = "", completes: str = "") -> LogVisitWizard:
    """Open the wizard (not modal-blocking); from the Today page, the menu or a client card.

    Without a client it resumes a draft kept by Cancel; with one it resumes only a draft
    for that same client, and otherwise starts afresh with that client chosen.
    """
    wizard = LogVisitWizard(context, parent=parent)
    if client_id and wizard.answers.client_id != client_id:
        wizard.deleteLater()
        choice = context.read(client_choice, client_id)
        wizard = LogVisitWizard(
            context, LogVisitAnswers(client_id=choice.id, client_name=choice.name,
                                     completes=completes),
            parent=parent, resume=False)
    elif completes:
        wizard.answers.completes = completes
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
