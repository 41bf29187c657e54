"""The main window: word buttons down the left, one page at a time, words in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.config import LANGUAGES
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import LANGUAGE_NAMES
from crm_desktop.ui.pages.base import Page
from crm_desktop.ui.pages.registry import page_classes


class MainWindow(QMainWindow):
    page_shown = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.pages: dict[str, Page] = {}
        #: Set once show_then_fill() has filled the first page (start-up; the bench waits on it).
        self.first_page_filled = False
        self.nav_buttons: dict[str, QToolButton] = {}
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._connect_signals()
        self.retranslate()
        first = next(iter(self.pages), None)
        if first is not None:
            self.show_page(first)
        self.resize(1200, 800)
        from crm_desktop.ui.help.hub import install_help

        install_help(self)  # F1, the Help menu's help and practice entries, the practice bar

    # -- construction -------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.navigation = QWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        nav_layout = QVBoxLayout(self.navigation)
        nav_layout.setSpacing(4)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        for page_class in page_classes():
            if page_class.roles is not None and self.context.actor.role not in page_class.roles:
                continue
            page = page_class(self.context)
            scroller = QScrollArea(self)
            scroller.setObjectName(f"{page.page_id}Scroller")
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
            nav = QToolButton(self.navigation)
            nav.setObjectName(f"nav_{page.page_id}")
            nav.setCheckable(True)
            nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            nav.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            nav.clicked.connect(lambda _=False, pid=page.page_id: self.show_page(pid))
            self.nav_group.addButton(nav)
            nav_layout.addWidget(nav)
            self.pages[page.page_id] = page
            self.nav_buttons[page.page_id] = nav
        nav_layout.addStretch(1)

        self.practice_banner = QLabel(self)
        self.practice_banner.setObjectName("practiceBanner")
        self.practice_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.practice_banner.setWordWrap(True)
        self.practice_banner.setVisible(self.context.workspace.practice)

        body = QWidget(self)
        body.setObjectName("body")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.practice_banner)
        column.addLayout(row, 1)
        self.setCentralWidget(body)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)
        from crm_desktop.ui.people.account import AccountActions

        self.account_actions = AccountActions(self.context, self.file_menu, self)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.context.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        self.larger_action = QAction(self)
        self.larger_action.setObjectName("largerTextAction")
        self.larger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller_action = QAction(self)
        self.smaller_action.setObjectName("smallerTextAction")
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.normal_action = QAction(self)
        self.normal_action.setObjectName("normalTextAction")
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        self.contrast_action = QAction(self)
        self.contrast_action.setObjectName("highContrastAction")
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.context.preferences.high_contrast)
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.contrast_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.context.preferences.language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.storage_label = QLabel(self)
        self.storage_label.setObjectName("storageStatus")
        self.statusBar().addPermanentWidget(self.storage_label, 1)

    def _connect_signals(self) -> None:
        """Who reacts to what, in one place."""
        self.quit_action.triggered.connect(self.close)
        self.larger_action.triggered.connect(lambda: self.context.zoom_by(1))
        self.smaller_action.triggered.connect(lambda: self.context.zoom_by(-1))
        self.normal_action.triggered.connect(
            lambda: self.context.apply_preferences(self.context.preferences.with_zoom(100))
        )
        self.contrast_action.toggled.connect(self._set_high_contrast)
        self.language_group.triggered.connect(
            lambda action: self.context.apply_preferences(
                self.context.preferences.with_language(action.data())
            )
        )
        self.about_action.triggered.connect(self.show_about)
        self.context.undo_refused.connect(self._undo_refused)
        self.context.preferences_changed.connect(self._sync_view_menu)

    # -- behaviour -------------------------------------------------------------------------------

    def show_then_fill(self) -> None:
        """Show the window at once and fill its first page right after (start-up).

        The page's data is read on the event loop's next turn, so the window is on screen
        and painted without waiting for it.
        """
        page = self.current_page()
        if page is None:
            self.show()
            return
        page.hold_refresh_on_show()
        self.show()
        QTimer.singleShot(0, self, lambda: self._fill_first(page))

    def _fill_first(self, page: Page) -> None:
        page.refresh()
        self.first_page_filled = True

    def show_page(self, page_id: str) -> Page:
        page = self.pages[page_id]
        scroller = page.parentWidget().parentWidget()  # the scroll area's viewport -> scroll area
        self.stack.setCurrentWidget(scroller)
        self.nav_buttons[page_id].setChecked(True)
        self.page_shown.emit(page_id)
        return page

    def current_page(self) -> Page | None:
        scroller = self.stack.currentWidget()
        if isinstance(scroller, QScrollArea):
            widget = scroller.widget()
            return widget if isinstance(widget, Page) else None
        return None

    def set_storage_text(self, text: str) -> None:
        self.storage_label.setText(text)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CRM Desktop"),
            self.tr("CRM Desktop %1\nYour data is kept in:\n%2")
            .replace("%1", __version__)
            .replace("%2", str(self.context.workspace.database)),
        )

    def _undo_refused(self, what: str, error: object) -> None:
        changed_since = getattr(error, "code", "") == "changed_since"
        text = (
            self.tr("“%1” can no longer be undone: it was changed again since, "
                    "here or by a colleague. Nothing was changed now.")
            if changed_since
            else self.tr("“%1” cannot be undone: %2")
        ).replace("%1", what).replace("%2", str(getattr(error, "message", error)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Undo"), text, parent=self)
        box.setObjectName("undoRefusedMessage")
        box.open()

    def _set_high_contrast(self, on: bool) -> None:
        from dataclasses import replace

        self.context.apply_preferences(replace(self.context.preferences, high_contrast=on))

    def _sync_view_menu(self) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == self.context.preferences.language)
        self.contrast_action.setChecked(self.context.preferences.high_contrast)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("CRM Desktop — practice") if self.context.workspace.practice
            else self.tr("CRM Desktop")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_action.setText(self.tr("&Normal text size"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About CRM Desktop"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        for page_id, page in self.pages.items():
            self.nav_buttons[page_id].setText(page.title())
            self.nav_buttons[page_id].setAccessibleName(page.title())
        # Ctrl+1, Ctrl+2, ...: each page from the keyboard (set after setText, which clears it)
        for number, nav in enumerate(list(self.nav_buttons.values())[:9], start=1):
            keys = QKeySequence(f"Ctrl+{number}")
            nav.setShortcut(keys)
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            nav.setToolTip(f"{nav.text()} ({shown})")
        self.practice_banner.setText(self.tr("Practice — nothing here is real"))
        self.storage_label.setText(
            self.tr("Practice file — nothing here is real")
            if self.context.workspace.practice
            else self.tr("Saved on this PC")
        )
        self.storage_label.setAccessibleName(self.tr("Where your data is"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.about_to_close()
        super().closeEvent(event)
