"""Where help, F1, the Help menu and practice mode meet the main window.

MainWindow calls install_help(self) once; everything else (other pages, "Why?"
buttons, the sign-in screen, the set-up wizard) calls open_help() or
enter_practice() from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.help.f1 import context_of, help_target, install_f1
from crm_desktop.ui.help.window import HelpWindow

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

_latest: list[AppContext] = []


def help_window(context: AppContext) -> HelpWindow:
    """The context's help window; while a dialog is open, one that dialog does not block."""
    modal = QApplication.activeModalWidget()
    if modal is not None and not isinstance(modal, HelpWindow):
        existing = modal.findChild(HelpWindow, "helpWindow",
                                   Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(existing, HelpWindow):
            return existing
        return HelpWindow(context, modal)
    window = getattr(context, "help_window", None)
    if not isinstance(window, HelpWindow):
        window = HelpWindow(context)
        context.help_window = window  # type: ignore[attr-defined]
    return window


def current_context(origin: QWidget | None = None) -> AppContext | None:
    return context_of(origin) or (_latest[-1] if _latest else None)


def open_help(topic: str = "welcome", anchor: str = "", *,
              origin: QWidget | None = None) -> HelpWindow | None:
    """Show the help at a page ("settings"), a part ("settings", "zoom") or an instruction."""
    context = current_context(origin)
    if context is None:
        return None
    window = help_window(context)
    window.show_topic(topic, anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_help_for(widget: QWidget | None) -> HelpWindow | None:
    """What F1 does: the help for the screen this widget is on."""
    topic, anchor = help_target(widget)
    return open_help(topic, anchor, origin=widget)


# -- the Help menu ------------------------------------------------------------------------------


def install_help(window: MainWindow) -> None:
    """Add the help and practice entries to the window's Help menu, F1, and the practice bar."""
    install_f1()
    context = window.context
    _latest.append(context)
    context.destroyed.connect(lambda *_: _latest.remove(context) if context in _latest else None)
    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    actions = HelpActions(window)
    for action in actions.all():
        menu.insertAction(first, action) if action is not None else menu.insertSeparator(first)
    if first is not None:
        menu.insertSeparator(first)
    window.help_actions = actions  # type: ignore[attr-defined]
    if context.workspace.practice:
        window.practice_bar = PracticeBar(window)  # type: ignore[attr-defined]
        _style_practice_window(window)
        context.preferences_changed.connect(lambda: _style_practice_window(window))


def _style_practice_window(window: MainWindow) -> None:
    from crm_desktop.ui import theme

    prefs = window.context.preferences
    colours = theme.HIGH_CONTRAST if prefs.high_contrast else theme.NORMAL
    window.setStyleSheet(theme.practice_window_style(prefs.zoom_percent, colours))


class HelpActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        practice = window.context.workspace.practice
        self.screen_help = self._action("helpForScreenAction", lambda: open_help_for(
            QApplication.focusWidget() or window))
        self.contents = self._action("helpContentsAction",
                                     lambda: open_help("welcome", origin=window))
        self.instructions = self._action("instructionsAction",
                                         lambda: open_help("instructions", origin=window))
        self.practice = self._action("practiceAction", lambda: enter_practice(window))
        self.practice.setVisible(not practice)
        self.start_over = self._action("startPracticeOverAction",
                                       lambda: start_practice_over(window))
        self.start_over.setVisible(practice)
        self.back = self._action("backToRealWorkAction", lambda: back_to_real_work(window))
        self.back.setVisible(practice)
        window.context.preferences_changed.connect(self.retranslate)
        self.retranslate()

    def _action(self, name: str, slot: object) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def all(self) -> list[QAction | None]:
        return [self.screen_help, self.contents, self.instructions, None, self.practice,
                self.start_over, self.back]

    def retranslate(self) -> None:
        # F1 itself is caught by the application-wide filter (f1.py), which knows the
        # widget the key went to; the menu only shows the key.
        self.screen_help.setText(
            QCoreApplication.translate("Help", "&Help for this screen") + "\tF1")
        self.contents.setText(QCoreApplication.translate("Help", "Help &contents and search"))
        self.instructions.setText(QCoreApplication.translate(
            "Help", "Our company's &work instructions"))
        self.practice.setText(QCoreApplication.translate(
            "Help", "&Practice first (nothing is real)"))
        self.start_over.setText(QCoreApplication.translate("Help", "&Start practice over"))
        self.back.setText(QCoreApplication.translate("Help", "&Back to my real work"))


# -- practice mode ------------------------------------------------------------------------------


class PracticeBar(QWidget):
    """The bold banner with its two ways out, at the top of every screen in practice."""

    help_id = "practice"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("practiceBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner = window.practice_banner
        layout = QHBoxLayout(self)
        margin = 4
        layout.setContentsMargins(margin, margin, margin * 2, margin)
        body = window.centralWidget().layout()
        assert body is not None
        body.replaceWidget(banner, self)
        layout.addWidget(banner, 1)
        self.start_over = QPushButton(self)
        self.start_over.setObjectName("startPracticeOverButton")
        self.back = QPushButton(self)
        self.back.setObjectName("backToRealWorkButton")
        self.back.setDefault(False)
        layout.addWidget(self.start_over)
        layout.addWidget(self.back)
        self.start_over.clicked.connect(lambda: start_practice_over(window))
        self.back.clicked.connect(lambda: back_to_real_work(window))
        window.context.preferences_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.start_over.setText(QCoreApplication.translate("Help", "Start practice &over"))
        self.start_over.setAccessibleName(QCoreApplication.translate(
            "Help", "Start practice over with fresh made-up clients"))
        self.back.setText(QCoreApplication.translate("Help", "Back to my &real work"))
        self.back.setAccessibleName(QCoreApplication.translate(
            "Help", "Leave practice and go back to my real work"))


def _apply_theme(context: AppContext, practice: bool) -> None:
    from crm_desktop.ui import theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        prefs = context.preferences
        theme.apply(app, prefs.zoom_percent, high_contrast=prefs.high_contrast,
                    practice=practice)


def _open_window(context: AppContext, like: QMainWindow | None) -> MainWindow:
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    if like is not None:
        window.setGeometry(like.geometry())
    return window


def enter_practice(from_window: MainWindow | None = None, *,
                   context: AppContext | None = None) -> MainWindow:
    """Open the practice file in its own window; the real window waits, hidden, untouched."""
    from crm_desktop.services.practice import open_practice

    real_context = context or (from_window.context if from_window is not None else None)
    if real_context is None:
        raise RuntimeError("practice needs the program's context")
    workspace = open_practice(real_context.paths, real_context.preferences.language)
    practice_context = AppContext(workspace, real_context.preferences,
                                  real_context.translations)
    _apply_theme(practice_context, True)
    window = _open_window(practice_context, from_window)
    window.real_window = from_window  # type: ignore[attr-defined]
    window.show()
    if from_window is not None:
        from_window.hide()
    return window


def back_to_real_work(practice_window: MainWindow) -> MainWindow:
    """Close practice and show the real window again (made fresh if practice came first)."""
    real: MainWindow | None = getattr(practice_window, "real_window", None)
    context = practice_window.context
    if real is None:
        from crm_desktop.services.users import ensure_local_user
        from crm_desktop.services.workspace import Workspace

        workspace = Workspace.open(context.paths)
        with workspace.session() as session:
            workspace.act_as(ensure_local_user(session))
        real_context = AppContext(workspace, context.preferences, context.translations)
        _apply_theme(real_context, False)
        real = _open_window(real_context, practice_window)
    else:
        real.context.preferences = context.preferences
        _apply_theme(real.context, False)
    real.show()
    _close_practice(practice_window)
    return real


def start_practice_over(practice_window: MainWindow, *, ask: bool = True) -> MainWindow | None:
    """Throw the practice file away and begin again with fresh made-up data."""
    from crm_desktop.services.practice import reset_practice

    if ask:
        answer = QMessageBox.question(
            practice_window, QCoreApplication.translate("Help", "Start practice over?"),
            QCoreApplication.translate(
                "Help", "Everything you did in practice is thrown away and new made-up clients are "
                "put in. Your real work is not touched."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    real: MainWindow | None = getattr(practice_window, "real_window", None)
    context = practice_window.context
    paths = context.paths
    geometry_from = practice_window
    new_context_source = context
    _close_practice(practice_window, keep_visible=True)
    reset_practice(paths)
    window = enter_practice(real, context=real.context if real else new_context_source)
    window.setGeometry(geometry_from.geometry())
    geometry_from.close()
    geometry_from.deleteLater()
    return window


def _close_practice(window: MainWindow, *, keep_visible: bool = False) -> None:
    help_win = getattr(window.context, "help_window", None)
    if isinstance(help_win, HelpWindow):
        help_win.close()
    if not keep_visible:
        window.close()
        window.deleteLater()
    window.context.workspace.close()
