"""Headings, hints and buttons that carry words, sized for the 44 px rule."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget


def heading(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def hint(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def button(name: str, parent: QWidget | None = None, *, primary: bool = False) -> QPushButton:
    """A button with a name for tests and screen readers; its text is set by retranslate."""
    btn = QPushButton(parent)
    btn.setObjectName(name)
    if primary:
        btn.setProperty("primary", True)
    return btn


def name_widget(widget: QWidget, name: str, accessible: str, description: str = "") -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)


def fit_header(view: QTableView, minimum: int = 0) -> None:
    """Widen each column so its heading shows whole (after a language or text-size change)."""
    header = view.horizontalHeader()
    last = header.count() - 1
    for section in range(header.count()):
        if section == last and header.stretchLastSection():
            continue
        wanted = max(header.sectionSizeHint(section) + 8, minimum)
        if header.sectionSize(section) < wanted:
            header.resizeSection(section, wanted)
