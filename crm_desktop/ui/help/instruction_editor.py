"""Where an administrator writes one of the company's work instructions (rich text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import instructions
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.widgets.basics import button, heading, hint
from crm_desktop.ui.widgets.field import Field


class InstructionEditor(QDialog):
    help_id = "instructions"

    def __init__(self, context: AppContext, existing: instructions.Instruction | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved: instructions.Instruction | None = None
        self.setObjectName("instructionEditor")
        self.heading = heading(parent=self, name="instructionHeading")
        self.explanation = hint(parent=self, name="instructionHint")
        self.title_field = Field(QLineEdit(self), "instructionTitle", required=True, parent=self)
        self.text = QTextEdit(self)
        self.text_field = Field(self.text, "instructionText", parent=self)
        self.text.setAcceptRichText(True)
        self.bold_button = button("instructionBoldButton", self)
        self.heading_button = button("instructionHeadingButton", self)
        self.list_button = button("instructionListButton", self)
        self.save_button = button("saveInstructionButton", self, primary=True)
        self.save_button.setDefault(True)
        self.cancel_button = button("cancelInstructionButton", self)
        tools = QHBoxLayout()
        for widget in (self.bold_button, self.heading_button, self.list_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.title_field)
        layout.addLayout(tools)
        layout.addWidget(self.text_field, 1)
        layout.addLayout(actions)
        self.bold_button.clicked.connect(self._bold)
        self.bold_button.setShortcut(QKeySequence.StandardKey.Bold)
        self.heading_button.clicked.connect(self._heading)
        self.list_button.clicked.connect(self._list)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        if existing is not None:
            self.title_editor.setText(existing.title)
            self.text.setHtml(existing.html)
        self.retranslate()
        zoom = context.preferences.zoom_percent
        self.resize(820 * zoom // 100, 640 * zoom // 100)

    @property
    def title_editor(self) -> QLineEdit:
        editor = self.title_field.editor
        assert isinstance(editor, QLineEdit)
        return editor

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Work instruction"))
        self.heading.setText(self.tr("Change a work instruction") if self.existing
                             else self.tr("New work instruction"))
        self.explanation.setText(self.tr(
            "Write how your company does this job, step by step. Everyone in the company "
            "can read it in Help; only administrators can change it."))
        self.title_field.set_texts(self.tr("&Title"), self.tr("required"),
                                   self.tr("A short name, for example: How we handle complaints"))
        self.text_field.set_texts(self.tr("&Instruction"), "",
                                  self.tr("The instruction itself, step by step"))
        self.bold_button.setText(self.tr("B&old"))
        self.bold_button.setAccessibleName(self.tr("Make the chosen words bold"))
        self.heading_button.setText(self.tr("He&ading"))
        self.heading_button.setAccessibleName(self.tr("Make this line a heading"))
        self.list_button.setText(self.tr("Numbered &list"))
        self.list_button.setAccessibleName(self.tr("Make these lines numbered steps"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the instruction"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.text.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.text.mergeCurrentCharFormat(fmt)
        self.text.setFocus()

    def _heading(self) -> None:
        cursor = self.text.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.text.setFocus()

    def _list(self) -> None:
        self.text.textCursor().createList(QTextListFormat.Style.ListDecimal)
        self.text.setFocus()

    def _save(self) -> None:
        self.title_field.clear_error()
        try:
            self.saved = self.context.write(
                instructions.save_instruction, self.title_editor.text(), self.text.toHtml(),
                self.existing.id if self.existing else None)
        except ValidationError:
            self.title_field.show_error(self.tr("Please give the instruction a short title "
                                                "(at most 120 letters)."))
            self.title_editor.setFocus()
            return
        except ServiceError:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "Only an administrator can write work instructions. Nothing was changed."))
            return
        self.accept()


def confirm_delete(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InstructionEditor", "Delete this instruction?"),
        QCoreApplication.translate(
            "InstructionEditor",
            "The instruction goes to the recycle bin. An administrator can bring it "
            "back from there."),
    )
    return answer == QMessageBox.StandardButton.Yes
