"""Which column holds what, and what to do with clients that are already in the program."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.batch import save_preset
from crm_desktop.services.import_export.fields import FIELDS, IDENTITY_FIELDS
from crm_desktop.services.import_export.presets import PRESETS
from crm_desktop.ui.import_wizard.answers import (
    DUPLICATE_CHOICES,
    ImportAnswers,
    read_layout,
    saved_layout_names,
)
from crm_desktop.ui.import_wizard.steps_file import grow, wizard_of
from crm_desktop.ui.import_wizard.words import field_choice, file_error_text, preset_title
from crm_desktop.ui.widgets.basics import hint
from crm_desktop.ui.widgets.field import Field
from crm_desktop.ui.wizards.base import WizardStep

SAMPLE_CHARS = 40


def _samples(preview: list[tuple[int, list[str]]], column: int) -> str:
    found: list[str] = []
    for _number, cells in preview:
        text = " ".join(cells[column].split()) if column < len(cells) else ""
        if text and text not in found:
            found.append(text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS] + "…")
        if len(found) == 2:
            break
    return " · ".join(found)


class ColumnsStep(WizardStep):
    step_id = "importColumns"
    help_id = "import-columns"

    def __init__(self) -> None:
        super().__init__()
        self.layout_choice = QComboBox(self)
        self.layout_field = Field(self.layout_choice, "savedLayoutChoice", parent=self)
        self.owner_note = hint(parent=self, name="ownerNote")
        self.grid_holder = QWidget(self)
        self.grid_holder.setObjectName("columnGrid")
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("columnScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.grid_holder)
        self.scroller.setMinimumHeight(220)
        self.save_name = QLineEdit(self)
        self.save_name_field = Field(self.save_name, "layoutName", parent=self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveLayoutButton")
        self.save_button.setAutoDefault(False)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("layoutSaved")
        self.saved_label.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_name_field, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addWidget(self.layout_field)
        self.body.addWidget(self.scroller, 1)
        self.body.addWidget(self.owner_note)
        self.body.addLayout(save_row)
        self.body.addWidget(self.saved_label)
        grow(self)
        self.combos: list[QComboBox] = []
        self.header_labels: list[QLabel] = []
        self._headers: list[str] = []
        self._loading = False
        self.layout_choice.currentIndexChanged.connect(self._layout_chosen)
        self.save_button.clicked.connect(self.save_layout)
        self.save_name.textChanged.connect(lambda _t: self.saved_label.clear())
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Which column holds what?"))
        self.explanation.setText(self.tr(
            "For each column of your file, choose the client field it goes into. The program "
            "has guessed from the column names; check the guesses. Columns you leave out are "
            "not brought in."))
        self.layout_field.set_texts(self.tr("Start from a layout"), "")
        self.owner_note.setText(self.tr(
            "Owner and “brought in by”: if a column holds the salesperson's name, choose it "
            "for that column. Without one, you are the owner of every client brought in."))
        self.save_name_field.set_texts(self.tr("Name for these choices"), "")
        self.save_name.setPlaceholderText(self.tr("For example: Old Excel list"))
        self.save_button.setText(self.tr("Save these choices as a named layout"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.grid_holder.setAccessibleName(self.tr("Columns of the file"))
        self._label_combos()

    def _label_combos(self) -> None:
        self._loading = True
        try:
            for combo in self.combos:
                for index in range(combo.count()):
                    combo.setItemText(index, field_choice(str(combo.itemData(index))))
            for index in range(self.layout_choice.count()):
                key = str(self.layout_choice.itemData(index))
                self.layout_choice.setItemText(index, self._layout_title(key))
        finally:
            self._loading = False
        for header, combo in zip(self._headers, self.combos, strict=True):
            combo.setAccessibleName(self.tr("Column “%1” goes into").replace("%1", header))

    def _layout_title(self, key: str) -> str:
        if not key:
            return self.tr("Guessed from the column names")
        if key in PRESETS:
            return preset_title(key)
        return self.tr("Saved: %1").replace("%1", key)

    # -- filling ------------------------------------------------------------------------

    def load(self, answers: ImportAnswers) -> None:
        wizard = wizard_of(self)
        if wizard is None:
            return
        message = wizard.refresh_layout()
        self.show_error(message)
        layout = wizard.layout
        if layout is None:
            return
        self._loading = True
        try:
            self.layout_choice.clear()
            keys = ["", *PRESETS, *wizard.context.read(saved_layout_names)]
            for key in keys:
                self.layout_choice.addItem(self._layout_title(key), key)
            current = answers.preset or layout.preset or ""
            self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(current)))
            self._build_rows(layout.headers, layout.mapping, layout.preview)
        finally:
            self._loading = False
        self._label_combos()
        self.saved_label.clear()

    def _build_rows(self, headers: list[str], mapping: list[str],
                    preview: list[tuple[int, list[str]]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos, self.header_labels, self._headers = [], [], list(headers)
        for index, header in enumerate(headers):
            label = QLabel(self.grid_holder)
            label.setObjectName(f"columnName_{index}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            samples = _samples(preview, index)
            text = f"<b>{escape(header)}</b>"
            label.setText(f"{text}<br>{escape(samples)}" if samples else text)
            combo = QComboBox(self.grid_holder)
            combo.setObjectName(f"column_{index}")
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            for key in ("", *FIELDS):
                combo.addItem(field_choice(key), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index])))
            combo.currentIndexChanged.connect(self._edited)
            label.setBuddy(combo)
            self.grid.addWidget(label, index, 0)
            self.grid.addWidget(combo, index, 1, Qt.AlignmentFlag.AlignTop)
            self.combos.append(combo)
            self.header_labels.append(label)

    def _layout_chosen(self) -> None:
        wizard = wizard_of(self)
        if self._loading or wizard is None or wizard.layout is None:
            return
        key = str(self.layout_choice.currentData() or "")
        options = wizard.answers.options(wizard.layout.headers, with_mapping=False)
        try:
            layout = wizard.context.read(read_layout, wizard.answers.path,
                                         replace(options, preset=key or None))
        except ServiceError as error:
            self.show_error(file_error_text(error, wizard.answers.file_name))
            return
        self._loading = True
        try:
            for combo, target in zip(self.combos, layout.mapping, strict=False):
                combo.setCurrentIndex(max(0, combo.findData(target)))
        finally:
            self._loading = False
        self.changed()

    def _edited(self) -> None:
        if not self._loading:
            self.changed()

    def current_mapping(self) -> list[str]:
        return [str(c.currentData() or "") for c in self.combos]

    def store(self, answers: ImportAnswers) -> None:
        if not self.combos:
            return
        answers.mapping = dict(zip(self._headers, self.current_mapping(), strict=True))
        answers.preset = str(self.layout_choice.currentData() or "")

    def save_layout(self) -> None:
        wizard = wizard_of(self)
        name = self.save_name.text().strip()
        if wizard is None or wizard.layout is None:
            return
        if not name:
            self.show_error(self.tr("Type a name for these choices first, for example "
                                    "“Old Excel list”."))
            return
        chosen = replace(wizard.layout, mapping=self.current_mapping())
        try:
            wizard.context.write(save_preset, name, chosen)
        except ServiceError as error:
            self.show_error(file_error_text(error))
            return
        self._loading = True
        try:
            if self.layout_choice.findData(name) < 0:
                self.layout_choice.addItem(self._layout_title(name), name)
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(name))
        finally:
            self._loading = False
        self.saved_label.setText(self.tr("Saved. Next time choose “%1” under “Start from a "
                                         "layout”.").replace("%1", name))
        self.changed()

    def missing_reason(self) -> str:
        if not self.combos:
            return self.tr("Go Back and choose a file the program can read.")
        if IDENTITY_FIELDS.intersection(self.current_mapping()):
            return ""
        return self.tr("Choose at least one column for the name, the company, a phone or an "
                       "e-mail.")

    def focus_widget(self) -> QWidget | None:
        return self.combos[0] if self.combos else self.layout_choice


class DuplicatesStep(WizardStep):
    step_id = "importDuplicates"
    help_id = "import-duplicates"

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        for choice in DUPLICATE_CHOICES:
            radio = QRadioButton(self)
            radio.setObjectName(f"duplicates_{choice}")
            radio.setProperty("role", "bigChoice")
            radio.setMinimumHeight(48)
            font = radio.font()
            font.setBold(True)
            radio.setFont(font)
            note = hint(parent=self, name=f"duplicatesNote_{choice}")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(radio)
            box.setContentsMargins(0, 0, 0, 8)
            note.setContentsMargins(32, 0, 0, 0)
            box.addWidget(note)
            self.body.addLayout(box)
            self.group.addButton(radio)
            self.radios[choice] = radio
            self.notes[choice] = note
            radio.toggled.connect(lambda _on: self.changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("What if a client is already in the program?"))
        self.explanation.setText(self.tr(
            "A client counts as already there when the same phone number or e-mail is "
            "found, or the same name with the same company."))
        texts = {
            "skip": (self.tr("Skip it"), self.tr(
                "The client already in the program stays exactly as it is; the row is left "
                "out. The safest choice.")),
            "update": (self.tr("Fill in empty fields"), self.tr(
                "What the program already knows stays; only fields that are empty there (an "
                "e-mail, an address…) are filled in from the file.")),
            "create": (self.tr("Create anyway"), self.tr(
                "Every row becomes a new client, even if the client is already there. You may "
                "get the same client twice and have to merge them later.")),
        }
        for choice, (title, note) in texts.items():
            self.radios[choice].setText(title)
            self.radios[choice].setAccessibleName(title)
            self.radios[choice].setAccessibleDescription(note)
            self.notes[choice].setText(note)

    def load(self, answers: ImportAnswers) -> None:
        self.group.setExclusive(False)
        for choice, radio in self.radios.items():
            radio.blockSignals(True)
            radio.setChecked(choice == (answers.on_duplicate or "skip"))
            radio.blockSignals(False)
        self.group.setExclusive(True)

    def store(self, answers: ImportAnswers) -> None:
        answers.on_duplicate = next(
            (c for c, r in self.radios.items() if r.isChecked()), answers.on_duplicate)

    def missing_reason(self) -> str:
        if any(r.isChecked() for r in self.radios.values()):
            return ""
        return self.tr("Please choose what to do with clients already in the program.")

    def focus_widget(self) -> QWidget:
        checked = [r for r in self.radios.values() if r.isChecked()]
        return checked[0] if checked else self.radios["skip"]
