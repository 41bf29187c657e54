"""A started main window on a fresh data folder, for tests that drive the real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.app import Started, start
from crm_desktop.config import Paths, Preferences, save_preferences


@pytest.fixture
def started(qtbot: QtBot, paths: Paths) -> Iterator[Started]:
    save_preferences(paths, Preferences(language="en", zoom_percent=100))
    result = start(paths)
    qtbot.addWidget(result.window)
    result.window.show()
    qtbot.waitExposed(result.window)
    yield result
    result.window.close()
    result.context.translations.install("en")  # removes the translators it installed
    result.context.workspace.close()


@pytest.fixture(autouse=True)
def _english_at_100_percent_after_each_test(qapp: object) -> Iterator[None]:
    """Language and text size are app-wide: a test that changes them must not leak them."""
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui import theme
    from crm_desktop.ui.i18n import Translations

    Translations().install("en")  # English too has a catalogue: its plural forms
    yield
    Translations().install("en")
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.font().pointSizeF() != theme.point_size(100):
        theme.apply(app, 100)
