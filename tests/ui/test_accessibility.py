"""Every screen of ui/screens.py, in every language: names for screen readers, text that
fits, 7:1 contrast at 200 %, and targets of at least 44 x 44 px at 100 %."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from crm_desktop.app import start
from crm_desktop.config import LANGUAGES, Paths, Preferences, save_preferences
from crm_desktop.ui.screens import screens

MIN_CONTRAST = 7.0
MIN_TARGET = 44
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSpinBox)
TARGETS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def drawn_contrast(image: QImage) -> float:
    """Contrast between the ground (the commonest colour) and the text (the colour drawn
    most unlike it, in at least a few pixels: the solid middle of the strokes)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(bytes(image.constBits())).cast("I")
    counts = Counter(data)
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    best = 1.0
    for value, count in counts.items():
        if count >= 3:
            best = max(best, contrast(ground, QColor.fromRgb(value)))
    return best


def _over(colour: QColor, ground: QColor) -> QColor:
    """A see-through colour as it looks drawn on the ground."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * g for c, g in zip(
        colour.getRgbF()[:3], ground.getRgbF()[:3], strict=True)))


def _own(widget: QWidget) -> bool:
    """Widgets the program made, not the parts Qt puts inside its own widgets."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and not widget.visibleRegion().isEmpty()


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]
    return ""


def _walk(language: str, zoom: int, paths: Paths, *,
          high_contrast: bool = False) -> Iterator[tuple[str, QWidget, QWidget]]:
    save_preferences(paths, replace(Preferences(), language=language, zoom_percent=zoom,
                                    high_contrast=high_contrast))
    started = start(paths)
    context, window = started.context, started.window
    window.resize(1100 * zoom // 100, 720 * zoom // 100)
    window.show()
    try:
        for screen in screens():
            top = screen.build(context, window)
            if top is not window:  # as on a real screen: a dialog opens at its wanted size
                top.resize(top.sizeHint().expandedTo(top.size()))
            top.show()
            # Twice, as the running event loop would: a page that grew inside its scroll area
            # gets its new height (and a scroll bar) only on the second pass.
            QApplication.processEvents()
            QApplication.processEvents()
            for widget in [top, *top.findChildren(QWidget)]:
                if _own(widget) and _shown(widget, top):
                    yield screen.name, top, widget
            if top is not window:
                top.close()
                top.deleteLater()
                # Really gone before the next screen, so the walk does not slow as it goes.
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        window.close()
        context.workspace.close()


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high_contrast"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_names_fit_and_contrast_at_200_percent(
    qtbot: object, tmp_path_factory: pytest.TempPathFactory, language: str,
    high_contrast: bool,
) -> None:
    paths = Paths(tmp_path_factory.mktemp("a11y") / "data").ensure()
    problems: list[str] = []
    pictures: dict[str, QImage] = {}
    for screen, top, widget in _walk(language, 200, paths, high_contrast=high_contrast):
        where = f"{screen}/{widget.objectName() or type(widget).__name__}"
        if isinstance(widget, INTERACTIVE):
            if not widget.objectName():
                problems.append(f"{where}: no objectName")
            if not widget.accessibleName().strip() and not _text(widget).strip():
                problems.append(f"{where}: no accessible name")
        text = _text(widget)
        if not text.strip():
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
                palette = widget.palette()
                base = palette.color(QPalette.ColorRole.Base)
                for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
                    ratio = contrast(_over(palette.color(role), base), base)
                    if ratio < MIN_CONTRAST:
                        problems.append(f"{where}: {role.name} contrast {ratio:.1f}:1")
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull() is False:
            continue
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if not wraps:
            advance = widget.fontMetrics().horizontalAdvance(text.split("\n")[0])
            room = widget.contentsRect().width()
            if isinstance(widget, QPushButton | QToolButton):
                room = widget.width()
                advance = widget.sizeHint().width() if isinstance(widget, QPushButton) else advance
            if advance > room:
                problems.append(f"{where}: text {text!r} needs {advance}px, has {room}px")
        if screen not in pictures:
            pictures[screen] = top.grab().toImage()
        visible = widget.visibleRegion().boundingRect()
        inset = 6 if isinstance(widget, QAbstractButton) else 0
        area = QRect(widget.mapTo(top, visible.topLeft()) + QPoint(inset, inset),
                     visible.size().shrunkBy(_margins(inset)))
        # Judged only where a whole line of the text shows: a sliver at the edge of a
        # scrolled page holds no ink yet, whatever the colours.
        whole_line = visible.height() >= min(widget.height(), widget.fontMetrics().height())
        if area.width() > 4 and area.height() > 4 and whole_line:
            ratio = drawn_contrast(pictures[screen].copy(area))
            if ratio < MIN_CONTRAST:
                problems.append(f"{where}: text {text[:30]!r} contrast {ratio:.1f}:1")
    assert not problems, "\n".join(problems)


def _margins(inset: int) -> object:
    from PySide6.QtCore import QMargins

    return QMargins(inset, inset, inset, inset)


@pytest.mark.parametrize("language", LANGUAGES)
def test_targets_are_at_least_44_px_at_100_percent(
    qtbot: object, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    paths = Paths(tmp_path_factory.mktemp("targets") / "data").ensure()
    small = [
        f"{screen}/{widget.objectName()}: {widget.width()}x{widget.height()}"
        for screen, _top, widget in _walk(language, 100, paths)
        if isinstance(widget, TARGETS)
        and (widget.width() < MIN_TARGET or widget.height() < MIN_TARGET)
    ]
    assert not small, "controls smaller than 44 x 44 px:\n" + "\n".join(small)
