"""Large type and the style sheet, scaled together from 100 % to 200 %."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.config import BASE_POINT_SIZE

FONT_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "DejaVu Sans", "sans-serif"]
MIN_TARGET_PX = 44


@dataclass(frozen=True)
class Colours:
    """Dark text on light ground, every pair at 7:1 contrast or better."""

    text: str = "#1a1a1a"
    ground: str = "#ffffff"
    panel: str = "#eef1f5"
    accent: str = "#0b4ea2"
    accent_text: str = "#ffffff"
    focus: str = "#c2410c"
    muted_text: str = "#333333"
    border: str = "#5a6270"
    practice_accent: str = "#7a2e00"


NORMAL = Colours()
HIGH_CONTRAST = Colours(
    text="#000000",
    ground="#ffffff",
    panel="#ffffff",
    accent="#000000",
    accent_text="#ffffff",
    focus="#0000cc",
    muted_text="#000000",
    border="#000000",
    practice_accent="#000000",
)


def point_size(zoom_percent: int) -> float:
    return BASE_POINT_SIZE * zoom_percent / 100


def app_font(zoom_percent: int) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size(zoom_percent))
    return font


def style_sheet(zoom_percent: int, colours: Colours, *, practice: bool = False) -> str:
    scale = zoom_percent / 100
    target = round(MIN_TARGET_PX * scale)
    pad = round(8 * scale)
    ring = max(3, round(3 * scale))
    accent = colours.practice_accent if practice else colours.accent
    return f"""
QWidget {{ color: {colours.text}; }}
QMainWindow, QDialog, QWizard {{ background: {colours.ground}; }}
QPushButton, QToolButton {{
    min-height: {target}px; min-width: {target}px; padding: {pad // 2}px {pad}px;
    border: 2px solid {colours.border}; border-radius: {round(6 * scale)}px;
    background: {colours.ground};
}}
QPushButton:default, QPushButton[primary="true"] {{
    background: {accent}; color: {colours.accent_text}; border-color: {accent};
}}
QPushButton:disabled, QToolButton:disabled {{
    background: #e0e0e0; color: #3d3d3d; border-color: #8a8a8a;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit {{
    min-height: {target}px; padding: 0 {pad}px; border: 2px solid {colours.border};
    border-radius: {round(4 * scale)}px; background: {colours.ground};
}}
QLineEdit, QPlainTextEdit, QTextEdit {{ placeholder-text-color: {colours.muted_text}; }}
QCheckBox, QRadioButton {{ min-height: {target}px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {round(22 * scale)}px; height: {round(22 * scale)}px;
}}
*:focus {{ outline: none; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QDateTimeEdit:focus, QTableView:focus,
QListView:focus, QTreeView:focus, QCheckBox:focus, QRadioButton:focus {{
    border: {ring}px solid {colours.focus};
}}
QHeaderView::section {{
    padding: {pad // 2}px {pad}px; background: {colours.panel}; border: 1px solid {colours.border};
    font-weight: bold;
}}
QTableView {{ gridline-color: {colours.border}; border: 2px solid {colours.border}; }}
#navigation {{ background: {colours.panel}; border-right: 2px solid {colours.border}; }}
#navigation QToolButton {{
    text-align: left; padding: {pad}px {pad * 2}px; border: 2px solid transparent;
    background: transparent; min-height: {round(52 * scale)}px;
}}
#navigation QToolButton:checked {{
    background: {accent}; color: {colours.accent_text}; border-color: {accent};
}}
#navigation QToolButton:focus {{ border: {ring}px solid {colours.focus}; }}
QLabel[role="heading"] {{
    font-size: {round(point_size(zoom_percent) * 1.45)}pt; font-weight: bold;
}}
QLabel[role="hint"] {{ color: {colours.muted_text}; }}
QLabel[role="error"] {{ color: #8a1c1c; font-weight: bold; }}
QLabel[role="required"] {{ color: {colours.muted_text}; font-style: italic; }}
QLabel[role="missing"] {{
    color: {colours.text}; font-weight: bold;
    border-left: {ring}px solid {colours.focus}; padding-left: {pad}px;
}}
#practiceBar {{ background: {colours.practice_accent}; }}
#practiceBanner {{
    background: {colours.practice_accent}; color: #ffffff; font-weight: bold;
    padding: {pad}px;
}}
"""


def practice_window_style(zoom_percent: int, colours: Colours) -> str:
    """The practice accent for one window, whatever the rest of the program looks like."""
    accent = colours.practice_accent
    return f"""
QPushButton:default, QPushButton[primary="true"] {{
    background: {accent}; color: {colours.accent_text}; border-color: {accent};
}}
#navigation QToolButton:checked {{
    background: {accent}; color: {colours.accent_text}; border-color: {accent};
}}
#practiceBar {{ background: {accent}; }}
#practiceBanner {{ background: {accent}; color: #ffffff; font-weight: bold; }}
"""


def apply(app: QApplication, zoom_percent: int, *, high_contrast: bool = False,
          practice: bool = False) -> None:
    """Set the app-wide font and style sheet; every widget follows."""
    colours = HIGH_CONTRAST if high_contrast else NORMAL
    app.setFont(app_font(zoom_percent))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colours.ground))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(colours.ground))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours.text))
    # Qt's own placeholder grey is about 3:1; "Type a word…" must be readable too (7:1).
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colours.muted_text))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours.text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(colours.accent_text))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(zoom_percent, colours, practice=practice))
