"""The "Why?" buttons open the part of the help that explains the rule, in the user's
language, and every place that uses one points at a heading that exists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.app import start
from crm_desktop.config import LANGUAGES, Paths, Preferences, save_preferences
from crm_desktop.ui.help.content import load_pages
from crm_desktop.ui.help.why import WhyLink
from crm_desktop.ui.help.window import HelpWindow


@pytest.fixture
def started(paths: Paths) -> Iterator[object]:
    save_preferences(paths, replace(Preferences(), language="ru"))
    app = start(paths)
    app.window.show()  # type: ignore[attr-defined]
    yield app
    for widget in QApplication.topLevelWidgets():
        widget.close()
    app.context.workspace.close()  # type: ignore[attr-defined]


def _shown_help() -> HelpWindow:
    shown = [w for top in QApplication.topLevelWidgets()
             for w in [top, *top.findChildren(HelpWindow)]
             if isinstance(w, HelpWindow) and w.isVisible()]
    assert shown, "no help window opened"
    return shown[-1]


def test_why_beside_brought_in_by_opens_that_part_of_the_help(
    qtbot: QtBot, started: object
) -> None:
    from crm_desktop.ui.clients.form import NewClientDialog

    context = started.context  # type: ignore[attr-defined]
    dialog = NewClientDialog(context, started.window)  # type: ignore[attr-defined]
    dialog.show()
    why = dialog.findChild(WhyLink, "whyBroughtInBy")
    assert why is not None and why.isVisible()
    assert why.text() == "Почему?"
    assert why.accessibleName() == "Почему? Кто привёл"
    assert why.height() >= 44
    qtbot.mouseClick(why, Qt.MouseButton.LeftButton)
    help_window = _shown_help()
    assert (help_window.current_topic, help_window.current_anchor) == ("clients",
                                                                       "brought-in-by")
    heading = load_pages("ru")["clients"].heading_for("brought-in-by")
    assert heading and heading in help_window.browser.toPlainText()
    help_window.close()
    dialog.close()


def test_every_why_points_at_a_heading_in_every_language(qtbot: QtBot, started: object) -> None:
    from crm_desktop.ui.clients.form import NewClientDialog

    window = started.window  # type: ignore[attr-defined]
    dialog = NewClientDialog(started.context, window)  # type: ignore[attr-defined]
    links = dialog.findChildren(WhyLink) + window.findChildren(WhyLink)
    assert {link.objectName() for link in links} >= {
        "whyBroughtInBy", "whyGrade", "whyDuplicate", "whyKeepInTouch"}
    for link in links:
        for language in LANGUAGES:
            page = load_pages(language).get(link.help_id)
            assert page is not None, f"{link.objectName()}: no page {link.help_id}"
            assert page.heading_for(link.anchor), (
                f"{link.objectName()}: {language}/{link.help_id}.md has no {{#{link.anchor}}}")
    dialog.close()
