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
