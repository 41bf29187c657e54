"""The main window: word navigation, zoom, languages, status words, recycle bin, undo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.app import Started
from crm_desktop.config import load_preferences
from crm_desktop.services import records
from crm_desktop.store.models import Client

ROOT = Path(__file__).resolve().parents[2]


def _client(started: Started, name: str = "华东贸易") -> str:
    ws = started.context.workspace
    with ws.session() as s:
        client = Client(name=name, owner_id=ws.actor.id, brought_in_by=ws.actor.id)
        s.add(client)
        s.flush()
        return client.id


def test_navigation_lists_pages_with_words(started: Started) -> None:
    window = started.window
    assert window.nav_buttons, "no pages in the navigation"
    for page_id, nav in window.nav_buttons.items():
        assert nav.text().strip(), f"navigation button for {page_id} has no words"
        nav.click()
        assert window.current_page() is window.pages[page_id]
    assert window.storage_label.text() == "Saved on this PC"


def test_zoom_shortcuts_scale_the_whole_program_and_are_remembered(
    qtbot: QtBot, started: Started
) -> None:
    window = started.window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.font().pointSizeF() == 14
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == 28, "200 % is the top step"
    assert load_preferences(started.context.paths).zoom_percent == 200
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == 14 * 1.75
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == 14
    assert load_preferences(started.context.paths).zoom_percent == 100


def test_language_switch_retranslates_at_once(started: Started) -> None:
    window = started.window
    ru = next(a for a in window.language_group.actions() if a.data() == "ru")
    ru.trigger()
    assert window.storage_label.text() == "Сохранено на этом компьютере"
    assert window.nav_buttons["recycle_bin"].text() == "Корзина"
    assert QLocale().name().startswith("ru")
    assert load_preferences(started.context.paths).language == "ru"
    zh = next(a for a in window.language_group.actions() if a.data() == "zh_CN")
    zh.trigger()
    assert window.storage_label.text() == "已保存在本机"
    assert window.nav_buttons["recycle_bin"].text() == "回收站"


def test_qt_own_dialog_buttons_are_translated(started: Started) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    started.context.apply_preferences(started.context.preferences.with_language("ru"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_delete_restore_and_undo_through_the_recycle_bin_page(
    qtbot: QtBot, started: Started
) -> None:
    ctx = started.context
    cid = _client(started)
    ctx.edit("delete", records.send_to_recycle_bin, "client", cid)
    page = started.window.show_page("recycle_bin")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    with ctx.workspace.session() as s:
        client = s.get(Client, cid)
        assert client is not None and not client.deleted
    qtbot.keyClick(started.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1, "Ctrl+Z takes the restore back"
    qtbot.keyClick(started.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0, "and then the delete"


def test_undo_and_redo_an_edit(started: Started) -> None:
    ctx = started.context
    cid = _client(started)
    ctx.edit("grade", records.update_fields, "client", cid, {"grade": "A"})
    ctx.undo_stack.undo()
    with ctx.workspace.session() as s:
        assert s.get(Client, cid).grade == "C"  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    with ctx.workspace.session() as s:
        assert s.get(Client, cid).grade == "A"  # type: ignore[union-attr]


def test_entry_point_opens_the_window_and_closes_clean(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(data), "--quit-after", "300"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (data / "crm.sqlite").exists()
    assert "Traceback" not in done.stderr


def test_data_dir_from_environment(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRM_DESKTOP_DATA_DIR": str(tmp_path / "env")}
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--json", "backup", str(tmp_path / "copy.sqlite")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    assert (tmp_path / "env" / "crm.sqlite").exists()


def test_russian_plural_forms_follow_the_count(started: Started) -> None:
    started.context.apply_preferences(started.context.preferences.with_language("ru"))
    page = started.window.show_page("recycle_bin")
    texts = {}
    for n in (1, 3, 5, 21):
        texts[n] = page.tr("%n record(s) waiting to be restored.", "", n)
    assert texts[1] == "1 запись ждёт, когда её вернут."
    assert texts[3] == "3 записи ждут, когда их вернут."
    assert texts[5] == "5 записей ждут, когда их вернут."
    assert texts[21] == "21 запись ждёт, когда её вернут."


def test_dates_and_money_follow_the_chosen_language(started: Started) -> None:
    from datetime import date

    from crm_desktop.ui.formatting import date_text, money_text

    started.context.apply_preferences(started.context.preferences.with_language("ru"))
    assert "марта" in date_text(date(2025, 3, 2), long=True)
    started.context.apply_preferences(started.context.preferences.with_language("zh_CN"))
    assert date_text(date(2025, 3, 2), long=True).startswith("2025年3月2日")
    assert money_text(1234.5, "CNY").startswith("¥")


def test_english_plurals_read_naturally(started: Started) -> None:
    page = started.window.show_page("recycle_bin")
    assert page.tr("%n record(s) waiting to be restored.", "", 1) == (
        "1 record waiting to be restored."
    )
    assert page.tr("%n record(s) waiting to be restored.", "", 4) == (
        "4 records waiting to be restored."
    )


def test_undo_never_overwrites_a_newer_change(qtbot: QtBot, started: Started) -> None:
    ctx = started.context
    cid = _client(started)
    ctx.edit("grade", records.update_fields, "client", cid, {"grade": "A"})
    ctx.workspace.run(records.update_fields, "client", cid, {"grade": "B"})  # e.g. pulled
    refused: list[str] = []
    ctx.undo_refused.connect(lambda what, _e: refused.append(what))
    ctx.undo_stack.undo()
    with ctx.workspace.session() as s:
        assert s.get(Client, cid).grade == "B"  # type: ignore[union-attr]
    assert refused == ["grade"]
    assert ctx.undo_stack.count() == 0, "a refused undo leaves the stack"
