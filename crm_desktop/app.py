"""Start-up: arguments, QApplication, fonts, translator, open the store, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import __version__
from crm_desktop.config import APP_NAME, Paths, load_preferences, resolve_data_dir
from crm_desktop.services.actor import Actor
from crm_desktop.services.practice import open_practice
from crm_desktop.services.users import ensure_local_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.migrate import DatabaseTooNewError
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import ErrorReporter
from crm_desktop.ui.followups.integration import FollowupsIntegration
from crm_desktop.ui.followups.integration import install as install_followups
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.import_wizard.integration import install as install_import
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.single_instance import SingleInstance
from crm_desktop.ui.sync.status import SyncIntegration
from crm_desktop.ui.sync.status import install as install_sync


@dataclass
class Started:
    context: AppContext
    window: MainWindow
    followups: FollowupsIntegration
    sync: SyncIntegration | None = None


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop")
    parser.add_argument("--data-dir")
    parser.add_argument("--practice", action="store_true")
    parser.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def ensure_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(["crm-desktop", *argv])


class StartCancelled(Exception):
    """The person closed the set-up or sign-in window; `practice` if they chose to practise."""

    def __init__(self, practice: bool = False) -> None:
        super().__init__("start cancelled")
        self.practice = practice


def start(paths: Paths, *, practice: bool = False, actor: Actor | None = None,
          sign_in: bool = False) -> Started:
    """Open the data folder and build the window (used by run_gui, the tests and the renderer).

    With `sign_in`, a PC with nobody set up shows the set-up wizard and otherwise the sign-in
    window (StartCancelled if the person closes it). Without it the window opens as `actor`,
    or as the PC's first administrator (tests, the screen renderer, practice mode).
    """
    app = ensure_application()
    prefs = load_preferences(paths)
    translations = Translations()
    translations.install(prefs.language)
    theme.apply(app, prefs.zoom_percent, high_contrast=prefs.high_contrast, practice=practice)
    # Practice has its own file, filled with made-up clients in the user's language.
    workspace = open_practice(paths, prefs.language) if practice else Workspace.open(paths)
    context = AppContext(workspace, prefs, translations)
    try:
        if actor is None and sign_in and not practice:
            actor = ask_who(context)
        if actor is None:
            with workspace.session() as session:
                actor = ensure_local_user(session)
    except BaseException:
        workspace.close()
        raise
    workspace.act_as(actor)
    window = MainWindow(context)
    followups = install_followups(window, context, start=False)
    install_import(window, context)  # File: bring clients in from a file, save them to one
    return Started(context, window, followups, install_sync(window, context, start=False))


def ask_who(context: AppContext) -> Actor:
    """The set-up wizard on a new PC, the sign-in window otherwise."""
    from crm_desktop.services.setup import is_set_up
    from crm_desktop.ui.people.sign_in import SignInDialog
    from crm_desktop.ui.wizards.setup import SetupWizard

    if not context.read(is_set_up):
        wizard = SetupWizard(context)
        if wizard.exec() and wizard.result_value is not None:
            return wizard.result_value.actor  # type: ignore[attr-defined, no-any-return]
        raise StartCancelled(practice=wizard.practice_chosen)
    dialog = SignInDialog(context)
    if dialog.exec() and dialog.actor is not None:
        return dialog.actor
    raise StartCancelled(practice=dialog.practice_chosen)


def run_gui(argv: Sequence[str]) -> int:
    args = parse_gui_args(argv)
    paths = Paths(resolve_data_dir(args.data_dir)).ensure()
    app = ensure_application(argv)
    prefs = load_preferences(paths)
    Translations().install(prefs.language)
    theme.apply(app, prefs.zoom_percent, high_contrast=prefs.high_contrast)
    instance = SingleInstance(paths.data_dir)
    if not instance.acquire():
        shown = instance.ask_first_copy_to_show()
        _already_open_message(shown)
        return 0
    reporter = ErrorReporter(paths.log_file)
    reporter.install()
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, _close_everything)
    try:
        try:
            started = start(paths, practice=args.practice, sign_in=True)
        except StartCancelled as stopped:
            if not stopped.practice:
                instance.release()
                return 0
            started = start(paths, practice=True)
    except DatabaseTooNewError:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Startup", "Please update CRM Desktop"),
            QCoreApplication.translate(
                "Startup",
                "Your data was saved by a newer CRM Desktop than this one. "
                "Please update CRM Desktop on this computer. Nothing was changed.",
            ),
        )
        instance.release()
        return 2
    window = started.window
    instance.activation_requested.connect(lambda: _bring_forward(window))
    window.show_then_fill()
    started.followups.start()
    if started.sync is not None:
        started.sync.start()  # a first sync now, then on a timer and when the office wakes us
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, window.close)
    code = app.exec()
    started.context.workspace.close()
    instance.release()
    return code


def _close_everything() -> None:
    """--quit-after (tests): close a set-up or sign-in window, or the main window."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def _bring_forward(window: MainWindow) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _already_open_message(shown: bool) -> None:
    text = QCoreApplication.translate(
        "Startup",
        "CRM Desktop is already open on this computer. We brought its window to the front, "
        "so you can carry on there.",
    )
    if not shown:
        text = QCoreApplication.translate(
            "Startup",
            "CRM Desktop is already open on this computer with the same data. "
            "Please use the window that is already open.",
        )
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text)
    box.setObjectName("alreadyOpenMessage")
    box.exec() if sys.stdin is None or not _headless() else None


def _headless() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.platformName() in {"offscreen", "minimal"}
