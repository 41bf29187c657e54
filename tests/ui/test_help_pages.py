"""Every screen has a help page in each language; F1 opens it; Chinese and Russian search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.app import start
from crm_desktop.config import LANGUAGES, Paths, Preferences, save_preferences
from crm_desktop.ui.help.content import IMAGES_DIR, load_pages, page_path
from crm_desktop.ui.help.search import HelpIndex, stem
from crm_desktop.ui.screens import screens


def _started(paths: Paths, language: str) -> object:
    save_preferences(paths, replace(Preferences(), language=language))
    return start(paths)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_screen_has_a_help_page_in_every_language(paths: Paths) -> None:
    started = _started(paths, "en")
    missing = [
        f"{page_path(screen.help_id, lang).relative_to(page_path('x', 'en').parents[1])}"
        f" (screen {screen.name})"
        for screen in screens() for lang in LANGUAGES
        if not screen.help_id or not page_path(screen.help_id, lang).exists()
    ]
    started.window.close()  # type: ignore[attr-defined]
    started.context.workspace.close()  # type: ignore[attr-defined]
    assert not missing, "screens without a help page: " + ", ".join(missing)


def test_the_same_pages_exist_in_all_three_languages() -> None:
    ids = {lang: set(load_pages(lang)) for lang in LANGUAGES}
    assert ids["zh_CN"] == ids["ru"] == ids["en"]


def test_every_picture_a_page_shows_exists_and_every_link_leads_somewhere() -> None:
    import re

    for lang in LANGUAGES:
        pages = load_pages(lang)
        for page in pages.values():
            for name in page.pictures:
                assert (IMAGES_DIR / lang / f"{name}.png").exists(), (
                    f"{lang}/{page.help_id}.md shows {name}; run scripts/make_help_pictures.py")
            for target in re.findall(r"\]\(help:([\w-]+)", page.markdown):
                assert target in pages, f"{lang}/{page.help_id}.md links to missing {target}"


def _focus_target(widget: QWidget) -> QWidget:
    """The widget F1 is pressed on: the one the screen names, the focus widget, or the first
    widget that takes the focus."""
    named = widget.property("f1_target")
    if isinstance(named, str) and named:
        found = widget.findChild(QWidget, named)
        assert found is not None, f"f1_target {named} is not on the screen"
        return found
    focus = QApplication.focusWidget()
    if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
        return focus
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(widget):
            return child
    return widget


def test_f1_on_every_screen_opens_its_page_in_the_current_language(
    qtbot: object, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    from PySide6.QtTest import QTest

    paths = Paths(tmp_path_factory.mktemp("f1") / "data").ensure()
    started = _started(paths, language)
    context, window = started.context, started.window  # type: ignore[attr-defined]
    window.show()
    checked = []
    for screen in screens():
        widget = screen.build(context, window)
        widget.show()
        QApplication.processEvents()
        target = _focus_target(widget)
        QTest.keyClick(target, Qt.Key.Key_F1)
        help_window = _visible_help_window(besides=widget)
        assert help_window is not None, f"F1 on {screen.name} opened no help"
        assert help_window.current_topic == screen.help_id, (
            f"F1 on {screen.name} ({target.objectName()}) opened {help_window.current_topic}")
        expected_title = load_pages(language)[screen.help_id].title
        assert expected_title in help_window.browser.toPlainText()
        help_window.close()
        if widget is not window:
            widget.close()
            widget.deleteLater()
        checked.append(screen.name)
    window.close()
    context.workspace.close()
    assert len(checked) == len(screens())


def _visible_help_window(besides: QWidget) -> object:
    from crm_desktop.ui.help.window import HelpWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)
             and w.isVisible() and w is not besides]
    shown += [w for top in QApplication.topLevelWidgets() for w in top.findChildren(HelpWindow)
              if w.isVisible() and w is not besides]
    return shown[-1] if shown else None


def test_chinese_search_finds_a_phrase_without_spaces() -> None:
    index = HelpIndex(load_pages("zh_CN"))
    hits = index.search("找回删除的客户")
    assert hits and hits[0].help_id == "recycle_bin"
    assert index.search("字号")[0].help_id == "settings"
    assert index.search("练习")[0].help_id == "practice"


def test_russian_search_finds_other_word_forms() -> None:
    index = HelpIndex(load_pages("ru"))
    # The page says "Корзина"/"Корзине"; the user types other forms.
    assert index.search("корзину")[0].help_id == "recycle_bin"
    assert index.search("тренировкой")[0].help_id == "practice"
    assert "settings" in [h.help_id for h in index.search("размеры текста")]
    assert stem("клиентов") == stem("клиенту") == stem("клиента") == "клиент"


def test_english_search_and_nothing_found() -> None:
    index = HelpIndex(load_pages("en"))
    assert index.search("restoring deleted clients")[0].help_id == "recycle_bin"
    assert index.search("xylophone") == []


def test_help_window_search_box_lists_results(
    qtbot: object, paths: Paths
) -> None:
    started = _started(paths, "ru")
    from crm_desktop.ui.help.hub import open_help

    window = open_help("welcome", origin=started.window)  # type: ignore[attr-defined]
    assert window is not None
    window.search.setText("корзину")
    assert window.results()[0].startswith("recycle_bin")
    window.search.clear()
    assert "settings" in window.results()
    window.close()
    started.context.workspace.close()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
