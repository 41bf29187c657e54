"""The handover wizard: who leaves, what they hold, to whom, a preview, then confirm."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.handover import (
    HandoverPlan,
    HandoverResult,
    clients_to_choose,
    hand_over,
    holdings,
    preview_handover,
)
from crm_desktop.services.users import UserInfo, list_users
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.people.words import error_text
from crm_desktop.ui.widgets.field import Field
from crm_desktop.ui.wizards.base import Wizard, WizardStep

GRADES = ("A", "B", "C")


@dataclass
class HandoverAnswers:
    from_user_id: str = ""
    mode: str = "one"
    to_user_id: str = ""
    by_grade: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)
    selected_clients: list[str] = field(default_factory=list)
    selection_to: str = ""
    deactivate: bool = False

    def plan(self) -> HandoverPlan:
        return HandoverPlan(
            self.from_user_id, mode=self.mode, to_user_id=self.to_user_id or None,
            assignments={c: self.selection_to for c in self.selected_clients
                         if self.selection_to},
            by_grade={g: u for g, u in self.by_grade.items() if u},
            recipients=list(self.recipients), deactivate=self.deactivate)


def _people_box(parent: QWidget, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    return box


def _fill_people(box: QComboBox, people: list[UserInfo], *, empty: str,
                 exclude: str = "", active_only: bool = True) -> None:
    current = box.currentData()
    box.clear()
    box.addItem(empty, "")
    for person in people:
        if person.id == exclude or (active_only and not person.active):
            continue
        label = person.display_name
        if person.department_name:
            label += f" ({person.department_name})"
        box.addItem(label, person.id)
    box.setCurrentIndex(max(0, box.findData(current)))


class LeaverStep(WizardStep):
    step_id = "handoverLeaver"

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.person = Field(_people_box(self, "leaverChoice"), "leaverChoice", required=True,
                            parent=self)
        self.box: QComboBox = self.person.editor  # type: ignore[assignment]
        self.body.addWidget(self.person)
        self.box.currentIndexChanged.connect(lambda _i: self.changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Who is leaving, or moving to other work?"))
        self.explanation.setText(self.tr("Their clients and open work go to colleagues. "
                                         "Who brought each client in stays recorded."))
        self.person.set_texts(self.tr("Person"), self.tr("required"))
        if self.box.count():
            self.box.setItemText(0, self.tr("(choose a person)"))

    def load(self, answers: HandoverAnswers) -> None:
        _fill_people(self.box, self.owner.people, empty=self.tr("(choose a person)"),
                     active_only=False)
        self.box.setCurrentIndex(max(0, self.box.findData(answers.from_user_id)))

    def store(self, answers: HandoverAnswers) -> None:
        chosen = self.box.currentData() or ""
        if chosen != answers.from_user_id:
            answers.selected_clients = []
        answers.from_user_id = chosen

    def missing_reason(self) -> str:
        return "" if self.box.currentData() else self.tr("Please choose who is leaving.")

    def focus_widget(self) -> QWidget:
        return self.box


class HoldingsStep(WizardStep):
    step_id = "handoverHoldings"

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.counts: list[QLabel] = []
        for name in ("clients", "deals", "tasks", "complaints"):
            label = QLabel(self)
            label.setObjectName(f"held_{name}")
            label.setWordWrap(True)
            label.setProperty("role", "heading")
            self.counts.append(label)
            self.body.addWidget(label)
        self._total = 0
        self._name = ""
        self._numbers = (0, 0, 0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("This is what %1 holds now:").replace("%1", self._name))
        self.explanation.setText(self.tr("All of it moves on the next steps. Finished work "
                                         "and won deals stay under their name."))
        clients, deals, tasks, complaints = self._numbers
        texts = (self.tr("Clients: %1").replace("%1", str(clients)),
                 self.tr("Open deals: %1").replace("%1", str(deals)),
                 self.tr("Follow-ups to do: %1").replace("%1", str(tasks)),
                 self.tr("Open complaints: %1").replace("%1", str(complaints)))
        for label, text in zip(self.counts, texts, strict=True):
            label.setText(text)

    def load(self, answers: HandoverAnswers) -> None:
        held = self.owner.context.read(holdings, answers.from_user_id)
        self._name = held.name
        self._numbers = (held.clients, held.open_deals, held.open_tasks, held.complaints)
        self._total = held.total
        self.retranslate()

    def missing_reason(self) -> str:
        return "" if self._total else self.tr("This person holds nothing to hand over.")


class HowStep(WizardStep):
    step_id = "handoverHow"
    MODES = ("one", "grade", "evenly", "selection")

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for mode in self.MODES:
            choice = QRadioButton(self)
            choice.setObjectName(f"mode_{mode}Choice")
            self.group.addButton(choice)
            self.choices[mode] = choice
            self.body.addWidget(choice)
            choice.toggled.connect(self._toggled)
        self.retranslate()

    def _toggled(self, on: bool) -> None:
        if on:
            self.changed()

    def retranslate(self) -> None:
        self.question.setText(self.tr("How should the clients be shared out?"))
        self.explanation.setText(self.tr("Most often everything goes to one colleague."))
        texts = {
            "one": self.tr("Everything to one colleague"),
            "grade": self.tr("Split by grade (A, B, C)"),
            "evenly": self.tr("Split evenly among several colleagues"),
            "selection": self.tr("Choose clients one by one"),
        }
        for mode, choice in self.choices.items():
            choice.setText(texts[mode])
            choice.setAccessibleName(texts[mode])

    def load(self, answers: HandoverAnswers) -> None:
        self.choices.get(answers.mode, self.choices["one"]).setChecked(True)

    def store(self, answers: HandoverAnswers) -> None:
        answers.mode = next((m for m, c in self.choices.items() if c.isChecked()), "one")

    def focus_widget(self) -> QWidget:
        return next((c for c in self.choices.values() if c.isChecked()), self.choices["one"])


class RecipientsStep(WizardStep):
    step_id = "handoverRecipients"

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("recipientPanels")
        # one colleague
        one = QWidget(self.pages)
        self.one = Field(_people_box(one, "toChoice"), "toChoice", required=True, parent=one)
        self.one_box: QComboBox = self.one.editor  # type: ignore[assignment]
        QVBoxLayout(one).addWidget(self.one)
        # by grade
        grade = QWidget(self.pages)
        grade_layout = QVBoxLayout(grade)
        self.grade_fields: dict[str, Field] = {}
        for g in GRADES:
            f = Field(_people_box(grade, f"grade{g}Choice"), f"grade{g}Choice", parent=grade)
            self.grade_fields[g] = f
            grade_layout.addWidget(f)
        # evenly
        evenly = QWidget(self.pages)
        self.evenly_label = QLabel(evenly)
        self.evenly_label.setObjectName("evenlyLabel")
        self.evenly_list = QListWidget(evenly)
        self.evenly_list.setObjectName("evenlyList")
        self.evenly_label.setBuddy(self.evenly_list)
        evenly_layout = QVBoxLayout(evenly)
        evenly_layout.addWidget(self.evenly_label)
        evenly_layout.addWidget(self.evenly_list)
        # one by one
        selection = QWidget(self.pages)
        self.selection_label = QLabel(selection)
        self.selection_label.setObjectName("selectionLabel")
        self.selection_list = QListWidget(selection)
        self.selection_list.setObjectName("clientSelectionList")
        self.selection_label.setBuddy(self.selection_list)
        self.selection_to = Field(_people_box(selection, "selectionToChoice"),
                                  "selectionToChoice", required=True, parent=selection)
        self.selection_box: QComboBox = self.selection_to.editor  # type: ignore[assignment]
        selection_layout = QVBoxLayout(selection)
        selection_layout.addWidget(self.selection_label)
        selection_layout.addWidget(self.selection_list, 1)
        selection_layout.addWidget(self.selection_to)
        self.panels = {"one": one, "grade": grade, "evenly": evenly, "selection": selection}
        for panel in self.panels.values():
            self.pages.addWidget(panel)
        self.body.addWidget(self.pages)
        boxes = [self.one_box, self.selection_box,
                 *(f.editor for f in self.grade_fields.values())]
        for box in boxes:
            box.currentIndexChanged.connect(lambda _i: self.changed())  # type: ignore[attr-defined]
        for lst in (self.evenly_list, self.selection_list):
            lst.itemChanged.connect(lambda _item: self.changed())
        self._mode = "one"
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("To whom?"))
        self.explanation.setText(self.tr("Only active colleagues can be chosen."))
        self.one.set_texts(self.tr("The colleague who takes over"), self.tr("required"))
        for g, f in self.grade_fields.items():
            f.set_texts(self.tr("Grade %1 clients go to").replace("%1", g), "")
        self.evenly_label.setText(self.tr("Tick the colleagues who share the clients:"))
        self.evenly_list.setAccessibleName(self.tr("Colleagues who share the clients"))
        self.selection_label.setText(self.tr("Tick the clients to hand over:"))
        self.selection_list.setAccessibleName(self.tr("Clients to hand over"))
        self.selection_to.set_texts(self.tr("The ticked clients go to"), self.tr("required"))

    def load(self, answers: HandoverAnswers) -> None:
        self._loading = True
        self._mode = answers.mode
        self.pages.setCurrentWidget(self.panels.get(answers.mode, self.panels["one"]))
        people = self.owner.people
        leaver = answers.from_user_id
        nobody = self.tr("(nobody)")
        _fill_people(self.one_box, people, empty=self.tr("(choose a colleague)"),
                     exclude=leaver)
        self.one_box.setCurrentIndex(max(0, self.one_box.findData(answers.to_user_id)))
        for g, f in self.grade_fields.items():
            box: QComboBox = f.editor  # type: ignore[assignment]
            _fill_people(box, people, empty=nobody, exclude=leaver)
            box.setCurrentIndex(max(0, box.findData(answers.by_grade.get(g, ""))))
        self.evenly_list.clear()
        for person in people:
            if person.id == leaver or not person.active:
                continue
            item = QListWidgetItem(person.display_name, self.evenly_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in answers.recipients
                               else Qt.CheckState.Unchecked)
        _fill_people(self.selection_box, people, empty=self.tr("(choose a colleague)"),
                     exclude=leaver)
        self.selection_box.setCurrentIndex(max(0, self.selection_box.findData(
            answers.selection_to)))
        self.selection_list.clear()
        if answers.mode == "selection":
            for client in self.owner.context.read(clients_to_choose, leaver):
                text = f"{client.name} · {client.grade}"
                if client.company and client.company != client.name:
                    text += f" · {client.company}"
                item = QListWidgetItem(text, self.selection_list)
                item.setData(Qt.ItemDataRole.UserRole, client.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if client.id in answers.selected_clients
                                   else Qt.CheckState.Unchecked)
        self._loading = False

    def _ticked(self, lst: QListWidget) -> list[str]:
        return [str(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def store(self, answers: HandoverAnswers) -> None:
        if self._loading:
            return
        answers.to_user_id = self.one_box.currentData() or ""
        answers.by_grade = {g: f.editor.currentData() or ""  # type: ignore[attr-defined]
                            for g, f in self.grade_fields.items()}
        answers.recipients = self._ticked(self.evenly_list)
        answers.selected_clients = self._ticked(self.selection_list)
        answers.selection_to = self.selection_box.currentData() or ""

    def missing_reason(self) -> str:
        if self._mode == "one" and not self.one_box.currentData():
            return self.tr("Please choose the colleague who takes over.")
        if self._mode == "grade" and not any(
                f.editor.currentData() for f in self.grade_fields.values()):  # type: ignore[attr-defined]
            return self.tr("Please choose a colleague for at least one grade.")
        if self._mode == "evenly" and not self._ticked(self.evenly_list):
            return self.tr("Please tick at least one colleague.")
        if self._mode == "selection":
            if not self._ticked(self.selection_list):
                return self.tr("Please tick at least one client.")
            if not self.selection_box.currentData():
                return self.tr("Please choose the colleague who gets the ticked clients.")
        return ""


class PreviewStep(WizardStep):
    step_id = "handoverPreview"

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.preview = QLabel(self)
        self.preview.setObjectName("handoverPreviewText")
        self.preview.setWordWrap(True)
        self.deactivate = QCheckBox(self)
        self.deactivate.setObjectName("deactivateLeaver")
        self.deactivate_hint = QLabel(self)
        self.deactivate_hint.setObjectName("deactivateLeaverHint")
        self.deactivate_hint.setProperty("role", "hint")
        self.deactivate_hint.setWordWrap(True)
        self.body.addWidget(self.preview)
        self.body.addSpacing(12)
        self.body.addWidget(self.deactivate)
        self.body.addWidget(self.deactivate_hint)
        self.deactivate.toggled.connect(lambda _on: self.changed())
        self._result: HandoverResult | None = None
        self._problem = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Please check: this is what each colleague gets."))
        self.explanation.setText(self.tr("Nothing has changed yet."))
        name = self._result.from_name if self._result else ""
        self.deactivate.setText(self.tr("Deactivate %1 at the end").replace("%1", name))
        self.deactivate_hint.setText(self.tr("They can no longer sign in; everything they did "
                                             "stays in the history."))
        self.deactivate.setAccessibleName(self.deactivate.text())
        self.deactivate.setAccessibleDescription(self.deactivate_hint.text())
        self._fill()

    def _fill(self) -> None:
        result = self._result
        if result is None:
            self.preview.setText(self._problem)
            return
        lines = []
        for share in result.shares:
            lines.append(self.tr("%1: %2 clients, %3 open deals, %4 follow-ups, "
                                 "%5 complaints")
                         .replace("%1", share.name).replace("%2", str(share.clients))
                         .replace("%3", str(share.open_deals))
                         .replace("%4", str(share.open_tasks))
                         .replace("%5", str(share.complaints)))
        if result.staying:
            lines.append(self.tr("Clients staying with %1: %2")
                         .replace("%1", result.from_name).replace("%2", str(result.staying)))
        self.preview.setText("\n".join(lines))

    def load(self, answers: HandoverAnswers) -> None:
        self.deactivate.setVisible(self.owner.context.actor.is_admin)
        self.deactivate_hint.setVisible(self.owner.context.actor.is_admin)
        self.deactivate.setChecked(answers.deactivate)
        self._refresh(answers)

    def _refresh(self, answers: HandoverAnswers) -> None:
        try:
            self._result = self.owner.context.read(preview_handover, answers.plan())
            self._problem = ""
        except ServiceError as refused:
            self._result = None
            self._problem = error_text(refused)
        self.retranslate()

    def store(self, answers: HandoverAnswers) -> None:
        changed = answers.deactivate != self.deactivate.isChecked()
        answers.deactivate = self.deactivate.isChecked()
        if changed:
            self._refresh(answers)

    def missing_reason(self) -> str:
        return self._problem


class ConfirmStep(WizardStep):
    step_id = "handoverConfirm"

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel(self)
        self.summary.setObjectName("handoverConfirmText")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self._text = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Hand over now?"))
        self.explanation.setText(self.tr("Each moved record gets a line in its history. "
                                         "The whole handover can be taken back later on the "
                                         "Administration page."))
        self.summary.setText(self._text)

    def load(self, answers: HandoverAnswers) -> None:
        wizard = self.wizard()
        preview = wizard.step("handoverPreview") if isinstance(wizard, Wizard) else None
        self._text = preview.preview.text() if isinstance(preview, PreviewStep) else ""
        self.retranslate()


class HandoverWizard(Wizard[HandoverAnswers]):
    form_id = "handover"
    help_id = "handover"

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 leaver_id: str | None = None, resume: bool = True) -> None:
        super().__init__(context, HandoverAnswers(), parent, resume=resume)
        if leaver_id and leaver_id != self.answers.from_user_id:
            self.answers = HandoverAnswers(from_user_id=leaver_id)
        self.people: list[UserInfo] = context.read(list_users)
        # Keep the Python objects: Qt owns the pages, but their overrides live in Python.
        self.leaver_step = LeaverStep(self)
        self.holdings_step = HoldingsStep(self)
        self.how_step = HowStep()
        self.recipients_step = RecipientsStep(self)
        self.preview_step = PreviewStep(self)
        self.confirm_step = ConfirmStep()
        for step in (self.leaver_step, self.holdings_step, self.how_step,
                     self.recipients_step, self.preview_step, self.confirm_step):
            self.add_step(step)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over clients"))

    def finish(self, answers: HandoverAnswers) -> HandoverResult:
        return self.context.write(hand_over, answers.plan())

    def error_text(self, error: ServiceError) -> str:
        return error_text(error)
