"""The new-client form: one short form, big fields, the duplicate warning before saving.

While the clerk types a phone, e-mail or name, the form looks for the client
in the duplicate directory and offers three ways on: open the existing
client, add this person as a contact of that company, or save anyway because
it is someone else (the history records the choice). The form saves a draft
every few seconds and when it closes; opening it again brings the draft back.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import clients, contacts, drafts
from crm_desktop.services.client_input import split_list
from crm_desktop.services.duplicates import DuplicateFound, DuplicateMatch, find_duplicates
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.ui.clients.messages import match_text, problem_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.help.why import WhyLink
from crm_desktop.ui.widgets.basics import button, heading, hint
from crm_desktop.ui.widgets.field import Field

DRAFT_FORM = "new_client"
AUTOSAVE_MS = 3000
CHECK_DELAY_MS = 400
TEXT_FIELDS = ("name", "company", "phones", "emails", "source", "tags")


class NewClientDialog(QDialog):
    help_id = "clients"  # F1 opens this help page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("newClientDialog")
        self.setModal(True)
        #: The client to open after the dialog closes (saved, or the existing one chosen).
        self.result_client_id: str | None = None
        self.matches: list[DuplicateMatch] = []
        self._dirty = False
        self._loading = True
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_duplicates)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        self.heading = heading(parent=self, name="newClientHeading")
        self.restored = hint(parent=self, name="draftRestoredHint")
        self.restored.hide()
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, Field] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            self.edits[name] = edit
            self.fields[name] = Field(edit, f"client_{name}", required=name == "name", parent=self)
            edit.textChanged.connect(self._changed)
        self.kind = QComboBox(self)
        self.fields["kind"] = Field(self.kind, "client_kind", parent=self)
        self.grade = QComboBox(self)
        self.fields["grade"] = Field(self.grade, "client_grade", parent=self)
        self.credit = QComboBox(self)
        self.fields["brought_in_by"] = Field(self.credit, "client_brought_in_by", parent=self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(120)
        self.fields["notes"] = Field(self.notes, "client_notes", parent=self)
        for combo in (self.kind, self.grade, self.credit):
            combo.currentIndexChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for grade in ("A", "B", "C"):
            self.grade.addItem("", grade)
        self.kind.addItem("", "company")
        self.kind.addItem("", "person")
        me = context.actor.id
        for user_id, name in context.read(clients.users_for_choice):
            self.credit.addItem(name, user_id)
        if me is not None:
            self.credit.setCurrentIndex(max(self.credit.findData(me), 0))
        self.grade.setCurrentIndex(2)

        self.why_credit = WhyLink("clients", "brought-in-by", self, name="whyBroughtInBy")
        self.fields["brought_in_by"].add_beside_label(self.why_credit)
        self.why_grade = WhyLink("clients", "grade", self, name="whyGrade")
        self.fields["grade"].add_beside_label(self.why_grade)

        self.panel = QFrame(self)
        self.panel.setObjectName("duplicatePanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel_heading = QLabel(self.panel)
        self.panel_heading.setObjectName("duplicateHeading")
        self.panel_heading.setWordWrap(True)
        self.panel_heading.setProperty("role", "error")
        self.panel_text = QLabel(self.panel)
        self.panel_text.setObjectName("duplicateMessage")
        self.panel_text.setWordWrap(True)
        self.open_existing = button("openExistingButton", self.panel)
        self.add_contact = button("addAsContactButton", self.panel)
        self.save_anyway = button("saveAnywayButton", self.panel)
        panel_buttons = QVBoxLayout()
        for b in (self.open_existing, self.add_contact, self.save_anyway):
            panel_buttons.addWidget(b)
        self.why_duplicate = WhyLink("clients", "duplicate", self.panel, name="whyDuplicate")
        panel_top = QHBoxLayout()
        panel_top.addWidget(self.panel_heading, 1)
        panel_top.addWidget(self.why_duplicate)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addLayout(panel_top)
        panel_layout.addWidget(self.panel_text)
        panel_layout.addLayout(panel_buttons)
        self.panel.hide()

        self.save_button = button("saveClientButton", self, primary=True)
        self.save_button.setDefault(True)
        self.cancel_button = button("cancelButton", self)
        self.open_existing.clicked.connect(self.choose_open_existing)
        self.add_contact.clicked.connect(self.choose_add_as_contact)
        self.save_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.save_button.clicked.connect(lambda: self.save(allow_duplicate=False))
        self.cancel_button.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        order = ("name", "kind", "company", "phones", "emails", "brought_in_by", "grade",
                 "source", "tags")
        grid.addWidget(self.fields["name"], 0, 0, 1, 2)
        for i, key in enumerate(order[1:]):
            grid.addWidget(self.fields[key], 1 + i // 2, i % 2)
        grid.addWidget(self.fields["notes"], 5, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.restored)
        layout.addLayout(grid)
        layout.addWidget(self.panel)
        layout.addLayout(buttons)
        # Tab goes the way the eye reads the form: row by row, left to right, then the buttons.
        chain: list[QWidget] = [self.fields[key].editor for key in (*order, "notes")]
        chain += [self.why_duplicate, self.open_existing, self.add_contact, self.save_anyway,
                  self.cancel_button, self.save_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self._autosave.start()
        self.retranslate()
        self._loading = False
        self._restore_draft()
        self.resize(760, 720)

    # --- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New client"))
        self.heading.setText(self.tr("New client"))
        self.restored.setText(self.tr("Your unfinished client was brought back. Carry on typing."))
        required = self.tr("required")
        labels = {
            "name": (self.tr("&Name of the company or person"), ""),
            "kind": (self.tr("&Kind"), ""),
            "company": (self.tr("Works at (&company)"), self.tr("Only for a person")),
            "phones": (self.tr("&Phone numbers"), self.tr("Separate several with commas")),
            "emails": (self.tr("&E-mail addresses"), self.tr("Separate several with commas")),
            "brought_in_by": (self.tr("&Brought in by"),
                              self.tr("The colleague who found this client")),
            "grade": (self.tr("&Grade"), ""),
            "source": (self.tr("Where they came &from"), self.tr("For example: trade fair")),
            "tags": (self.tr("&Tags"), self.tr("Separate several with commas")),
            "notes": (self.tr("N&otes"), ""),
        }
        for key, (label, description) in labels.items():
            self.fields[key].set_texts(label, required, description)
        self.kind.setItemText(0, self.tr("A company"))
        self.kind.setItemText(1, self.tr("A person"))
        grade_words = (self.tr("A: most important"), self.tr("B: regular"),
                       self.tr("C: occasional"))
        for i, text in enumerate(grade_words):
            self.grade.setItemText(i, text)
        self.why_duplicate.explains(self.tr("This client may already be in the program."))
        self.open_existing.setText(self.tr("&Open the existing client"))
        self.open_existing.setAccessibleName(self.tr("Open the existing client"))
        self.add_contact.setText(self.tr("&Add this person as a contact of that company"))
        self.add_contact.setAccessibleName(self.tr("Add this person as a contact of that company"))
        self.save_anyway.setText(self.tr("Save anyway: it is a &different client"))
        self.save_anyway.setAccessibleName(self.tr("Save anyway, it is a different client"))
        self.save_button.setText(self.tr("&Save client"))
        self.save_button.setAccessibleName(self.tr("Save the new client"))
        self.cancel_button.setText(self.tr("Close (your typing is kept)"))
        self.cancel_button.setAccessibleName(self.tr("Close, keeping what you typed"))
        self._show_matches()

    # --- values and drafts -----------------------------------------------------
    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {key: self.edits[key].text() for key in TEXT_FIELDS}
        data["kind"] = self.kind.currentData()
        data["grade"] = self.grade.currentData()
        data["brought_in_by"] = self.credit.currentData()
        data["notes"] = self.notes.toPlainText()
        return data

    def _draft_data(self) -> dict[str, Any]:
        data = self.values()
        typed = any(data[k].strip() for k in TEXT_FIELDS) or data["notes"].strip()
        return data if typed else {}

    def _restore_draft(self) -> None:
        data = self.context.read(drafts.load_draft, DRAFT_FORM)
        if not data:
            return
        self._loading = True
        for key in TEXT_FIELDS:
            self.edits[key].setText(str(data.get(key, "")))
        self.notes.setPlainText(str(data.get("notes", "")))
        for combo, key in ((self.kind, "kind"), (self.grade, "grade"),
                           (self.credit, "brought_in_by")):
            index = combo.findData(data.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self._loading = False
        self.restored.show()
        self.check_duplicates()

    def save_draft(self) -> None:
        if not self._dirty:
            return
        self.context.workspace.run(drafts.save_draft, DRAFT_FORM, self._draft_data())
        self._dirty = False

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._check_timer.start()

    # --- duplicate check ---------------------------------------------------------
    def check_duplicates(self) -> None:
        self._check_timer.stop()
        data = self.values()
        self.matches = self.context.read(
            find_duplicates,
            name=data["name"], company=data["company"], kind=data["kind"],
            phones=split_list(data["phones"]), emails=split_list(data["emails"]),
        )
        self._show_matches()

    def _show_matches(self) -> None:
        if not hasattr(self, "panel"):
            return
        if not self.matches:
            self.panel.hide()
            return
        strong = any(m.strong for m in self.matches)
        self.panel_heading.setText(
            self.tr("This client may already be in the program.") if strong
            else self.tr("A similar client is already in the program.")
        )
        self.panel_text.setText("\n".join(match_text(m) for m in self.matches[:3]))
        first = self.first_visible()
        self.open_existing.setVisible(first is not None)
        self.add_contact.setVisible(first is not None and first.client_kind == "company")
        self.panel.show()

    def first_visible(self) -> DuplicateMatch | None:
        return next((m for m in self.matches if m.visible), None)

    # --- the three choices and saving -------------------------------------------
    def choose_open_existing(self) -> None:
        match = self.first_visible()
        if match is None:
            return
        self.result_client_id = match.client_id
        self._finish()

    def choose_add_as_contact(self) -> None:
        match = self.first_visible()
        if match is None or match.client_id is None:
            return
        data = self.values()
        person = contacts.ContactInput(
            name=data["name"], phones=split_list(data["phones"]),
            emails=split_list(data["emails"]), notes=data["notes"],
        )
        try:
            self.context.write(contacts.add_contact, match.client_id, person)
        except ValidationError as exc:
            self._show_problems([exc])
            return
        self.result_client_id = match.client_id
        self._finish()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        for field in self.fields.values():
            field.clear_error()
        for problem in problems:
            target = self.fields.get(problem.field)
            if target is not None:
                target.show_error(problem_text(problem))
        if problems:
            target = self.fields.get(problems[0].field)
            if target is not None:
                target.editor.setFocus()

    def save(self, *, allow_duplicate: bool) -> bool:
        data = self.values()
        checked = {k: data[k] for k in (*TEXT_FIELDS, "notes")}
        problems = self.context.read(clients.client_problems, checked)
        self._show_problems(problems)
        if problems:
            return False
        client = clients.ClientInput(
            name=data["name"], kind=data["kind"], company=data["company"],
            phones=split_list(data["phones"]), emails=split_list(data["emails"]),
            grade=data["grade"], source=data["source"], tags=split_list(data["tags"]),
            notes=data["notes"], brought_in_by=data["brought_in_by"],
        )
        try:
            result = self.context.write(clients.create_client, client,
                                        allow_duplicate=allow_duplicate)
        except DuplicateFound as exc:
            self.matches = exc.matches
            self._show_matches()
            self.save_anyway.setFocus()
            return False
        except ValidationError as exc:
            self._show_problems([exc])
            return False
        except ServiceError as exc:
            self.panel_heading.setText(exc.message)
            return False
        self.result_client_id = result.client.id
        self._finish()
        return True

    def _finish(self) -> None:
        self._autosave.stop()
        self.context.workspace.run(drafts.clear_draft, DRAFT_FORM)
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        self._dirty = True
        self.save_draft()
        self._autosave.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._dirty = True
        self.save_draft()
        super().closeEvent(event)
