"""A form field as veteran staff need it: label above, "required" in words, error beside."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Field(QWidget):
    def __init__(self, editor: QWidget, name: str, *, required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.required = required
        self.setObjectName(f"{name}Field")
        editor.setObjectName(name)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Label")
        self.label.setWordWrap(True)
        self.label.setBuddy(editor)
        self.required_label = QLabel(self)
        self.required_label.setProperty("role", "required")
        self.required_label.setObjectName(f"{name}Required")
        self.required_label.setVisible(required)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setObjectName(f"{name}Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.label_row = QHBoxLayout()
        self.label_row.setContentsMargins(0, 0, 0, 0)
        self.label_row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.label_row)
        layout.addWidget(self.required_label)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_texts(self, label: str, required_text: str, description: str = "") -> None:
        self.label.setText(label)
        self.required_label.setText(required_text)
        for index in range(1, self.label_row.count()):
            beside = self.label_row.itemAt(index).widget()
            explains = getattr(beside, "explains", None)
            if callable(explains):  # a "Why?" button names the field it explains
                explains(label)
        self.editor.setAccessibleName(label.replace("&", ""))
        if description:
            self.editor.setToolTip(description)
            self.editor.setAccessibleDescription(description)

    def add_beside_label(self, widget: QWidget) -> None:
        """Put a small widget (a "Why?" button) at the end of the label's line."""
        self.label_row.addWidget(widget)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.editor.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.show_error("")
