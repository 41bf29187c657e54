"""The window's sharing: status words, Share now off the window's thread, the conflict dialog.

Real widgets (pytest-qt) against a real office server (both backends).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pcs import PASSWORD, PC, person, set_up_company
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import URL

from crm_desktop.app import Started, start
from crm_desktop.config import Paths, Preferences, save_preferences
from crm_desktop.services import sync_service
from crm_desktop.store.models import Client
from crm_desktop.sync.server import init_server
from crm_desktop.ui.sync.conflict_dialog import ConflictDialog
from crm_desktop.ui.sync.status import SyncIntegration
from crm_desktop.ui.sync.words import SyncState, status_text

pytestmark = pytest.mark.server
WAIT_MS = 120_000


@pytest.fixture
def office(server_db: URL, tmp_path: Path, qtbot: QtBot) -> Iterator[dict[str, object]]:
    """The administrator's PC, shared with the server, opened as a window; a second PC."""
    init_server(server_db)
    alpha = PC.open(tmp_path, "alpha")
    ids = set_up_company(alpha)
    with alpha.ws.session() as session:
        client = Client(name="华东贸易", owner_id=ids["admin"], notes="first")
        session.add(client)
    sync_service.sync_now(alpha.ws, url=server_db.render_as_string(hide_password=False),
                          login="admin", password=PASSWORD)
    alpha.close()
    beta = PC.open(tmp_path, "beta")
    beta.sync(person(server_db, "admin"))
    beta.sign_in(ids["admin"])
    paths = Paths(tmp_path / "alpha")
    save_preferences(paths, Preferences(language="en", zoom_percent=100))
    started = start(paths)
    qtbot.addWidget(started.window)
    started.window.show()
    yield {"started": started, "beta": beta, "url": server_db, "client": client.id}
    started.window.close()
    started.context.translations.install("en")
    started.context.workspace.close()
    beta.close()


def _sync_ui(office: dict[str, object]) -> SyncIntegration:
    started = office["started"]
    assert isinstance(started, Started) and started.sync is not None
    return started.sync


def _share(qtbot: QtBot, ui: SyncIntegration) -> dict[str, object]:
    with qtbot.waitSignal(ui.controller.finished, timeout=WAIT_MS) as blocker:
        assert ui.controller.share_now()
    assert isinstance(blocker.args, list)
    return blocker.args[0]  # type: ignore[no-any-return]


def _beta_edit(office: dict[str, object], **values: object) -> None:
    beta = office["beta"]
    assert isinstance(beta, PC)
    with beta.ws.session() as session:
        row = session.get(Client, office["client"])
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
    beta.sync(person(office["url"], "admin"))  # type: ignore[arg-type]


def _alpha_edit(office: dict[str, object], **values: object) -> None:
    started = office["started"]
    assert isinstance(started, Started)
    with started.context.workspace.session() as session:
        row = session.get(Client, office["client"])
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


def _alpha_client(office: dict[str, object]) -> Client:
    started = office["started"]
    assert isinstance(started, Started)
    with started.context.workspace.session() as session:
        row = session.scalars(select(Client).where(Client.id == office["client"])).one()
        session.expunge(row)
        return row


def test_status_words_and_share_now_off_the_window_thread(
        office: dict[str, object], qtbot: QtBot) -> None:
    ui = _sync_ui(office)
    window = ui.window
    assert ui.controller.state.configured
    assert ui.share_action.isEnabled()
    _beta_edit(office, notes="from the other PC")
    with qtbot.waitSignal(ui.controller.finished, timeout=WAIT_MS) as blocker:
        ui.share_action.trigger()  # File ▸ Share with the office now
        assert ui.controller.running  # the click returned while the work goes on
        assert window.storage_label.text().startswith("Sharing")
    assert blocker.args is not None and blocker.args[0]["pulled"] >= 1
    assert ui.controller.last_thread_id not in (None, threading.get_ident())
    assert _alpha_client(office).notes == "from the other PC"
    assert window.storage_label.text() == "Saved on this PC · shared with the office just now"
    assert ui.bar.share_button.isVisible() and not ui.bar.cancel_button.isVisible()

    now = datetime.now(UTC)
    state = SyncState(configured=True, last_ok=now - timedelta(minutes=2))
    assert status_text(state, now) == "Saved on this PC · shared with the office 2 minutes ago"
    running = SyncState(configured=True, running=True, done=340, total=1200)
    assert status_text(running) == "Sharing… 340 of 1,200"
    started = office["started"]
    assert isinstance(started, Started)
    started.context.translations.install("ru")
    assert status_text(state, now) == "Сохранено на этом ПК · отправлено в офис 2 минуты назад"
    assert status_text(SyncState(configured=True, last_ok=now - timedelta(minutes=5)),
                       now).endswith("5 минут назад")
    assert status_text(running) == "Идёт обмен… 340 из 1\u00a0200"  # a no-break space
    started.context.translations.install("zh_CN")
    assert "2" in status_text(state, now) and "分钟" in status_text(state, now)
    started.context.translations.install("en")

    # the server goes away: the words say the work is safe, and nothing is raised
    sync_service.save_server_settings(started.context.workspace,
                                      "postgresql+psycopg://127.0.0.1:1/office", "admin")
    sync_service.remember_password("postgresql+psycopg://127.0.0.1:1/office", "admin", PASSWORD)
    assert _share(qtbot, ui) == {}
    assert window.storage_label.text() == "Not connected — your work is safe on this PC"
    assert "safe" in ui.controller.last_problem


def test_conflict_dialog_keep_mine_and_keep_theirs(office: dict[str, object],
                                                   qtbot: QtBot) -> None:
    ui = _sync_ui(office)
    started = office["started"]
    assert isinstance(started, Started)
    _alpha_edit(office, name="Alpha's name", notes="alpha notes")
    _beta_edit(office, name="Beta's name", notes="beta notes")  # later: wins both fields
    counts = _share(qtbot, ui)
    assert counts["conflicts"] == 2
    assert ui.controller.conflicts == 2
    assert ui.bar.conflicts_button.isVisible()
    assert ui.bar.conflicts_button.text() == "2 changes to look at"
    assert _alpha_client(office).name == "Beta's name"

    dialog = ConflictDialog(started.context, ui.window)
    qtbot.addWidget(dialog)
    assert len(dialog.cards) == 2
    by_field = {card.conflict.field: card for card in dialog.cards}
    words = by_field["name"].words.text()
    assert "Beta's name" in words and "Alpha's name" in words and "was replaced" in words
    qtbot.mouseClick(by_field["name"].mine_button, qtbot_button())
    qtbot.mouseClick(by_field["notes"].theirs_button, qtbot_button())
    assert dialog.cards == [] and dialog.empty.isVisibleTo(dialog)
    mine = _alpha_client(office)
    assert (mine.name, mine.notes, mine.dirty) == ("Alpha's name", "beta notes", True)

    _share(qtbot, ui)  # the choice is shared like any change
    assert ui.controller.conflicts == 0
    beta = office["beta"]
    assert isinstance(beta, PC)
    beta.sync(person(office["url"], "admin"))  # type: ignore[arg-type]
    with beta.ws.session() as session:
        row = session.get(Client, office["client"])
        assert row is not None
        assert (row.name, row.notes) == ("Alpha's name", "beta notes")


def test_offline_edit_of_a_deleted_record_offers_restore(office: dict[str, object],
                                                         qtbot: QtBot) -> None:
    ui = _sync_ui(office)
    started = office["started"]
    assert isinstance(started, Started)
    _alpha_edit(office, notes="edited while away")
    _beta_edit(office, deleted=True)
    counts = _share(qtbot, ui)
    assert counts["conflicts"] >= 1
    dialog = ConflictDialog(started.context, ui.window)
    qtbot.addWidget(dialog)
    card = next(c for c in dialog.cards if c.conflict.reason == "deleted")
    assert card.mine_button.text() == "Restore it"
    assert "Recycle Bin" in card.words.text()
    qtbot.mouseClick(card.mine_button, qtbot_button())
    restored = _alpha_client(office)
    assert (restored.deleted, restored.notes) == (False, "edited while away")


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_settings_office_server_section(office: dict[str, object], qtbot: QtBot) -> None:
    from crm_desktop.ui.sync.server_settings import OfficeServerSection

    started = office["started"]
    assert isinstance(started, Started)
    url = office["url"]
    assert isinstance(url, URL)
    page = started.window.show_page("settings")
    section = page.findChild(OfficeServerSection)
    assert isinstance(section, OfficeServerSection)
    office_url = url._replace(username=None, password=None).render_as_string(
        hide_password=False)
    section.address.setText(office_url)
    section.password.setText("not-the-password")
    with qtbot.waitSignal(section.check_finished, timeout=WAIT_MS):
        section.connect_button.click()
        assert not section.connect_button.isEnabled()  # the check runs off the window's thread
    assert section.result.text().startswith("The office server did not accept that name")
    section.password.setText(PASSWORD)
    with qtbot.waitSignal(section.connected, timeout=WAIT_MS):
        section.connect_button.click()
    assert section.result.text().startswith("Connected")
    assert sync_service.saved_password(office_url, "admin") == PASSWORD
    database = started.context.workspace.database
    assert PASSWORD.encode() not in Path(database).read_bytes()  # never in a file
    ui = _sync_ui(office)
    qtbot.waitUntil(lambda: not ui.controller.running, timeout=WAIT_MS)
