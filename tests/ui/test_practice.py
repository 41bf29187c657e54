"""Practice never writes the real file and never talks to a server."""

from __future__ import annotations

import hashlib
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crm_desktop.app import start
from crm_desktop.config import Paths
from crm_desktop.services.practice import open_practice
from crm_desktop.ui.help.hub import back_to_real_work, enter_practice, start_practice_over

COUNTED = ("client", "activity", "task", "audit_event", "company_setting", "app_user")


def _fingerprint(paths: Paths, scratch: Path) -> tuple[dict[str, str], dict[str, int]]:
    """Bytes and mtime of the real file and its WAL companions, and its row counts
    (read from a copy, since even a reader would leave -wal/-shm files behind)."""
    files: dict[str, str] = {}
    db = paths.database
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if path.exists():
            files[path.name] = (hashlib.sha256(path.read_bytes()).hexdigest()
                                + f"@{path.stat().st_mtime_ns}")
    copy = scratch / f"copy-{len(list(scratch.iterdir()))}.sqlite"
    shutil.copy(db, copy)
    connection = sqlite3.connect(copy)
    try:
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in COUNTED}
    finally:
        connection.close()
    return files, counts


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("practice must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: refuse(socket.socket(), address))
    return attempts


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_practice_file_is_separate_and_filled(paths: Paths) -> None:
    workspace = open_practice(paths, "ru", clients=10)
    try:
        assert workspace.practice
        assert workspace.database == paths.practice_database
        assert workspace.database != paths.database
        from crm_desktop.services.instructions import company_name

        assert workspace.run(lambda s, _a: company_name(s)) == "Учебная компания (не настоящая)"
    finally:
        workspace.close()
    assert not paths.database.exists(), "opening practice must not create the real file"


def test_no_practice_action_touches_the_real_file_or_the_network(
    qtbot: object, paths: Paths, no_network: list[object]
) -> None:
    from crm_desktop.services.instructions import save_instruction
    from crm_desktop.services.practice import fill_practice

    started = start(paths)
    real_window = started.window
    real_window.show()
    started.context.workspace.close()  # let go of the pool so the file is quiet
    scratch = paths.data_dir.parent / "scratch"
    scratch.mkdir()
    before = _fingerprint(paths, scratch)

    practice = enter_practice(real_window)
    assert practice.context.workspace.practice
    assert practice.practice_banner.isVisible()
    assert not real_window.isVisible()
    # Things a learner does: add data, write an instruction, undo, start over.
    practice.context.write(fill_practice, "en", 3, 99)
    practice.context.write(save_instruction, "Practice instruction", "<p>try</p>")
    for page_id in list(practice.pages):
        practice.show_page(page_id)
        QApplication.processEvents()
    practice = start_practice_over(practice, ask=False)
    assert practice is not None
    practice.context.write(save_instruction, "Again", "<p>x</p>")
    after_practice = _fingerprint(paths, scratch)

    back = back_to_real_work(practice)
    assert back is real_window and real_window.isVisible()
    QApplication.processEvents()

    assert after_practice == before, "practice wrote to the real data file"
    assert no_network == [], f"practice tried to connect to {no_network}"


def test_start_over_throws_practice_away(paths: Paths) -> None:
    from crm_desktop.services.instructions import list_instructions, save_instruction
    from crm_desktop.services.practice import reset_practice

    workspace = open_practice(paths, "en", clients=5)
    workspace.run(save_instruction, "Only in practice", "<p>x</p>")
    workspace.close()
    reset_practice(paths)
    assert not Path(paths.practice_database).exists()
    again = open_practice(paths, "en", clients=5)
    try:
        assert again.run(list_instructions) == []
    finally:
        again.close()


def test_practice_first_from_the_sign_in_window(qtbot: object, paths: Paths) -> None:
    """On a set-up PC the sign-in window offers "Practice first"; it opens practice mode
    without signing in, and the real file is not opened for work."""
    from PySide6.QtCore import QTimer

    from crm_desktop.app import StartCancelled
    from crm_desktop.services.setup import run_setup
    from crm_desktop.services.workspace import Workspace
    from crm_desktop.ui.people.sign_in import SignInDialog

    real = Workspace.open(paths)
    real.run(run_setup, company="华东贸易", admin_name="张经理",
             password="green tea at nine", language="en")
    real.close()
    offered: list[str] = []

    def press_practice_first(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            offered.append(dialog.practice_button.accessibleName())
            dialog.practice_button.click()
        elif tries:
            QTimer.singleShot(10, lambda: press_practice_first(tries - 1))

    QTimer.singleShot(0, press_practice_first)
    with pytest.raises(StartCancelled) as stopped:
        start(paths, sign_in=True)
    assert offered == ["Practice first, with made-up clients"]
    assert stopped.value.practice
    started = start(paths, practice=True)  # what run_gui does next
    try:
        workspace = started.context.workspace
        assert workspace.practice and workspace.database != paths.database
    finally:
        started.window.close()
        started.context.workspace.close()
