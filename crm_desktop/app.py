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
from crm_desktop.services.users import ensure_local_user
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.migrate import DatabaseTooNewError
from crm_desktop.ui import theme
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.errors import ErrorReporter
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.single_instance import SingleInstance


@dataclass
class Started:
    context: AppContext
    window: MainWindow


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


def start(paths: Paths, *, practice: bool = False) -> Started:
    """Open the data folder and build the window (used by run_gui, the tests and the renderer)."""
    app = ensure_application()
    prefs = load_preferences(paths)
    translations = Translations()
    translations.install(prefs.language)
    theme.apply(app, prefs.zoom_percent, high_contrast=prefs.high_contrast, practice=practice)
    workspace = Workspace.open(paths, practice=practice)
    with workspace.session() as session:
        workspace.act_as(ensure_local_user(session))
    context = AppContext(workspace, prefs, translations)
    window = MainWindow(context)
    return Started(context, window)


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
    try:
        started = start(paths, practice=args.practice)
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
    window.show()
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, window.close)
    code = app.exec()
    started.context.workspace.close()
    instance.release()
    return code


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
