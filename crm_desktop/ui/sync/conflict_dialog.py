"""Changes to look at: what two PCs both changed, in plain words, with Keep mine / Keep theirs.

Choosing writes the kept value as a new change on this PC (it is shared at the next sync)
and settles the conflict. An edit to a record someone else deleted offers Restore.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.sync_conflicts import (
    NEW_RECORD,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.formatting import datetime_text
from crm_desktop.ui.labels import field_label, table_label
from crm_desktop.ui.widgets.basics import button, heading, hint

translate = QCoreApplication.translate


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        return translate("ConflictDialog", "yes") if value else translate("ConflictDialog", "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):  # what was entered into a new record
        return "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in value.items()
                         if not k.endswith("_id") and not k.endswith("_by")
                         and not isinstance(v, bool))
    return str(value)


def _when(value: datetime | None) -> str:
    if value is None:
        return translate("ConflictDialog", "a moment ago")
    return datetime_text(value)


def sentence(conflict: ConflictView) -> str:
    """The conflict in one or two plain sentences."""
    who = conflict.theirs_by or translate("ConflictDialog", "A colleague")
    what = conflict.record_title or table_label(conflict.table)
    field = field_label(conflict.field)
    mine, theirs = value_text(conflict.mine), value_text(conflict.theirs)
    when = _when(conflict.changed_at)
    if conflict.reason == "deleted":
        text = translate(
            "ConflictDialog",
            "%1 put “%2” in the Recycle Bin at %3, while you were changing it. "
            "Your change is kept with it.")
        return text.replace("%1", who).replace("%2", what).replace("%3", when)
    if conflict.reason == "refused" and conflict.field == NEW_RECORD:
        text = translate(
            "ConflictDialog",
            "The office did not take the new %1 “%2”: it is not yours to add. "
            "What you entered: %3.")
        return (text.replace("%1", table_label(conflict.table).lower()).replace("%2", what)
                .replace("%3", mine))
    if conflict.reason == "refused":
        text = translate(
            "ConflictDialog",
            "The office did not take your change of %1 of “%2” (%3): "
            "the record is no longer yours to change.")
        return text.replace("%1", field).replace("%2", what).replace("%3", mine)
    if conflict.reason == "replaced":
        text = translate(
            "ConflictDialog",
            "You changed %1 of “%2” to %3. It replaced %4, which %5 had set just before.")
        return (text.replace("%1", field).replace("%2", what).replace("%3", mine)
                .replace("%4", theirs).replace("%5", who))
    text = translate("ConflictDialog",
                     "%1 changed %2 of “%3” to %4 at %5; your value %6 was replaced.")
    return (text.replace("%1", who).replace("%2", field).replace("%3", what)
            .replace("%4", theirs).replace("%5", when).replace("%6", mine))


class ConflictCard(QFrame):
    """One conflict: its sentence and the two choices."""

    def __init__(self, dialog: ConflictDialog, conflict: ConflictView, index: int) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.conflict = conflict
        self.setObjectName(f"conflictCard{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.words = QLabel(self)
        self.words.setObjectName("conflictWords")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mine_button = button("keepMineButton", self)
        self.theirs_button = button("keepTheirsButton", self, primary=True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.mine_button)
        row.addWidget(self.theirs_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.mine_button.clicked.connect(lambda: dialog.choose(self, "mine"))
        self.theirs_button.clicked.connect(lambda: dialog.choose(self, "theirs"))
        self.retranslate()

    def retranslate(self) -> None:
        self.words.setText(sentence(self.conflict))
        self.words.setAccessibleName(self.words.text())
        reason = self.conflict.reason
        if reason == "deleted":
            mine, theirs = self.tr("Restore it"), self.tr("Leave it in the Recycle Bin")
        elif reason == "refused":
            mine, theirs = "", self.tr("Understood")
        else:
            mine, theirs = self.tr("Keep mine"), self.tr("Keep theirs")
        self.mine_button.setVisible(bool(mine))
        self.mine_button.setText(mine)
        self.theirs_button.setText(theirs)
        for btn in (self.mine_button, self.theirs_button):
            btn.setAccessibleName(f"{btn.text()}: {self.conflict.record_title or reason}")


class ConflictDialog(QDialog):
    help_id = "sync"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("syncConflictDialog")
        self.heading = heading(parent=self, name="conflictsHeading")
        self.explain = hint(parent=self, name="conflictsHint")
        self.problem = hint(parent=self, name="conflictsProblem")
        self.problem.hide()
        self.empty = hint(parent=self, name="conflictsEmpty")
        self.cards_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea(self)
        scroller.setObjectName("conflictsScroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.cards_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("conflictsButtons")
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.buttons)
        self.cards: list[ConflictCard] = []
        self.reload()
        self.retranslate()
        self.resize(760, 520)

    def reload(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = [ConflictCard(self, c, i)
                      for i, c in enumerate(self.context.read(list_conflicts))]
        for card in self.cards:
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        self.empty.setVisible(not self.cards)

    def choose(self, card: ConflictCard, choice: str) -> None:
        try:
            self.context.write(resolve_conflict, card.conflict.id, choice)
        except ServiceError as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return
        self.problem.hide()
        self.context.data_changed.emit(card.conflict.table)
        self.cards.remove(card)
        card.deleteLater()
        self.empty.setVisible(not self.cards)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes to look at"))
        self.heading.setText(self.tr("Two computers changed the same thing"))
        self.explain.setText(self.tr(
            "The newer change was kept. For each one, choose which value stays; your choice "
            "is shared with the office the next time this PC shares."))
        self.empty.setText(self.tr("Nothing to look at: every change fitted together."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for card in self.cards:
            card.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
