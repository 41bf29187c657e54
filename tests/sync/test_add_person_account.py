"""Adding a person on a server-backed company gives them their own server account."""

from __future__ import annotations

from pathlib import Path

import pytest
from pcs import PASSWORD, PC, set_up_company
from sqlalchemy import select
from sqlalchemy.engine import URL

from crm_desktop.services import sync_service
from crm_desktop.store.models import User
from crm_desktop.sync.server import init_server

pytestmark = pytest.mark.server


def _text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_a_new_person_can_join_from_another_pc(server_db: URL, tmp_path: Path) -> None:
    init_server(server_db)
    alpha = PC.open(tmp_path, "alpha")
    beta = PC.open(tmp_path, "beta")
    try:
        ids = set_up_company(alpha)
        sync_service.sync_now(alpha.ws, url=_text(server_db), login="admin", password=PASSWORD)
        added = sync_service.add_person(alpha.ws, login="olga", display_name="Ольга",
                                        role="staff", department_id=ids["dept"],
                                        password="Olga-pass-7")
        assert added.problem is None
        assert added.account is not None and added.account.endswith("olga")
        office = _text(server_db._replace(username=None, password=None))
        sync_service.sync_now(beta.ws, url=office, login="olga", password="Olga-pass-7")
        with beta.ws.session() as session:
            assert session.scalar(select(User.display_name).where(User.login == "olga")) == "Ольга"
        with pytest.raises(sync_service.SyncError):
            sync_service.sync_now(beta.ws, url=office, login="olga", password="wrong-pass-1")
    finally:
        alpha.close()
        beta.close()


def test_no_server_or_server_away(tmp_path: Path) -> None:
    alpha = PC.open(tmp_path, "alpha")
    try:
        set_up_company(alpha)
        alone = sync_service.add_person(alpha.ws, login="ivan", password="Ivan-pass-7")
        assert (alone.account, alone.problem) == (None, None)
        sync_service.save_server_settings(alpha.ws, "postgresql+psycopg://127.0.0.1:1/office",
                                          "admin")
        sync_service.remember_password("postgresql+psycopg://127.0.0.1:1/office", "admin",
                                       PASSWORD)
        away = sync_service.add_person(alpha.ws, login="petr", password="Petr-pass-7")
        assert away.account is None
        assert away.problem_code == "not_connected"
        with alpha.ws.session() as session:  # the person is on this PC all the same
            assert session.scalar(select(User.id).where(User.login == "petr")) is not None
    finally:
        alpha.close()
